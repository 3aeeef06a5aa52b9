/*
 * init.c - Driver entry and adapter initialization of the Contoso Queue Controller miniport.
 *
 * Storport calls these routines in this order when it starts an adapter:
 * DriverEntry (once per driver), CqcFindAdapter (PASSIVE_LEVEL: resources, registry
 * tunables, uncached memory), CqcInitialize (DIRQL, interrupt lock held: program the
 * controller), then CqcPassiveInitialize (PASSIVE_LEVEL: DPC objects). CqcAdapterControl
 * handles stop and restart for power transitions.
 */

#include "cqc.h"

#define CQC_SQ_RING_BYTES   (CQC_QUEUE_DEPTH * sizeof(CQC_SQ_ENTRY))
#define CQC_CQ_RING_BYTES   (CQC_QUEUE_DEPTH * sizeof(CQC_CQ_ENTRY))
#define CQC_RING_BYTES      (CQC_SQ_RING_BYTES + CQC_CQ_RING_BYTES)

#pragma alloc_text(INIT, DriverEntry)

_Use_decl_annotations_
ULONG
DriverEntry(
    PVOID DriverObject,
    PVOID RegistryPath
    )
{
    HW_INITIALIZATION_DATA hwInitData;

    CqcZeroMemory(&hwInitData, sizeof(hwInitData));

    hwInitData.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
    hwInitData.AdapterInterfaceType = PCIBus;

    hwInitData.HwFindAdapter = CqcFindAdapter;
    hwInitData.HwInitialize = CqcInitialize;
    hwInitData.HwBuildIo = CqcBuildIo;
    hwInitData.HwStartIo = CqcStartIo;
    hwInitData.HwInterrupt = CqcInterrupt;
    hwInitData.HwResetBus = CqcResetBus;
    hwInitData.HwAdapterControl = CqcAdapterControl;

    hwInitData.DeviceExtensionSize = sizeof(CQC_ADAPTER_EXTENSION);
    hwInitData.SpecificLuExtensionSize = 0;
    hwInitData.SrbExtensionSize = sizeof(CQC_SRB_EXTENSION);
    hwInitData.NumberOfAccessRanges = 1;

    hwInitData.MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
    hwInitData.NeedPhysicalAddresses = TRUE;
    hwInitData.TaggedQueuing = TRUE;
    hwInitData.AutoRequestSense = TRUE;
    hwInitData.MultipleRequestPerLu = TRUE;

    return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}

/*
 * Reads a REG_DWORD tunable from the driver's Parameters\Device key. Storport allows
 * registry access only at PASSIVE_LEVEL, so this is for the initialization path.
 */
_Use_decl_annotations_
ULONG
CqcReadRegistryDword(PCQC_ADAPTER_EXTENSION Ext, PCHAR Name, ULONG Default)
{
    PUCHAR buffer;
    ULONG length = sizeof(ULONG);
    ULONG value = Default;

    buffer = StorPortAllocateRegistryBuffer(Ext, &length);
    if (buffer == NULL) {
        return Default;
    }

    length = sizeof(ULONG);
    if (StorPortRegistryRead(Ext, (PUCHAR)Name, 1, MINIPORT_REG_DWORD, buffer, &length) &&
        length == sizeof(ULONG)) {
        value = *(PULONG)buffer;
    }

    StorPortFreeRegistryBuffer(Ext, buffer);
    return value;
}

/*
 * Splits the uncached extension into the per-queue rings: all submission rings first
 * (their size keeps every ring aligned as the controller requires), then the completion
 * rings.
 */
static VOID
CqcCarveRings(_In_ PCQC_ADAPTER_EXTENSION Ext)
{
    PUCHAR base = Ext->UncachedBase;
    ULONG length;
    ULONG q;

    for (q = 0; q < Ext->NumberOfQueues; q++) {
        PCQC_QUEUE queue = &Ext->Queue[q];

        queue->SqRing = (PCQC_SQ_ENTRY)(base + q * CQC_SQ_RING_BYTES);
        queue->CqRing = (PCQC_CQ_ENTRY)(base + Ext->NumberOfQueues * CQC_SQ_RING_BYTES +
                                        q * CQC_CQ_RING_BYTES);

        length = CQC_SQ_RING_BYTES;
        queue->SqRingPa = StorPortGetPhysicalAddress(Ext, NULL, queue->SqRing, &length);
        length = CQC_CQ_RING_BYTES;
        queue->CqRingPa = StorPortGetPhysicalAddress(Ext, NULL, queue->CqRing, &length);
    }
}

_Use_decl_annotations_
ULONG
CqcFindAdapter(
    PVOID DeviceExtension,
    PVOID HwContext,
    PVOID BusInformation,
    PCHAR ArgumentString,
    PPORT_CONFIGURATION_INFORMATION ConfigInfo,
    PBOOLEAN Reserved3
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    PCI_COMMON_CONFIG pciConfig;
    PACCESS_RANGE range;
    ULONG length;
    ULONG result;

    UNREFERENCED_PARAMETER(HwContext);
    UNREFERENCED_PARAMETER(BusInformation);
    UNREFERENCED_PARAMETER(ArgumentString);
    UNREFERENCED_PARAMETER(Reserved3);

    length = StorPortGetBusData(ext, PCIConfiguration, ConfigInfo->SystemIoBusNumber,
                                ConfigInfo->SlotNumber, &pciConfig, sizeof(pciConfig));
    if (length < sizeof(ULONG) ||
        pciConfig.VendorID != CQC_PCI_VENDOR_ID ||
        pciConfig.DeviceID != CQC_PCI_DEVICE_ID) {
        return SP_RETURN_NOT_FOUND;
    }

    if (ConfigInfo->NumberOfAccessRanges < 1) {
        return SP_RETURN_NOT_FOUND;
    }
    range = &(*ConfigInfo->AccessRanges)[0];
    if (!range->RangeInMemory || range->RangeLength < sizeof(CQC_REGISTERS)) {
        return SP_RETURN_ERROR;
    }

    ext->Registers = (PCQC_REGISTERS)StorPortGetDeviceBase(ext,
                                                          ConfigInfo->AdapterInterfaceType,
                                                          ConfigInfo->SystemIoBusNumber,
                                                          range->RangeStart,
                                                          range->RangeLength,
                                                          FALSE);
    if (ext->Registers == NULL) {
        return SP_RETURN_ERROR;
    }

    if (StorPortReadRegisterUlong(ext, &ext->Registers->Version) < CQC_MIN_HW_VERSION) {
        result = SP_RETURN_NOT_FOUND;
        goto free_base;
    }

    ext->NumberOfQueues = StorPortReadRegisterUlong(ext, &ext->Registers->Capabilities) & 0xF;
    if (ext->NumberOfQueues == 0) {
        result = SP_RETURN_ERROR;
        goto free_base;
    }
    if (ext->NumberOfQueues > CQC_MAX_QUEUES) {
        ext->NumberOfQueues = CQC_MAX_QUEUES;
    }

    ext->QueueDepth = CqcReadRegistryDword(ext, "QueueDepth", CQC_DEFAULT_QUEUE_DEPTH);
    if (ext->QueueDepth < 2 || ext->QueueDepth >= CQC_QUEUE_DEPTH) {
        ext->QueueDepth = CQC_DEFAULT_QUEUE_DEPTH;
    }

    ConfigInfo->MaximumTransferLength = CQC_MAX_TRANSFER_LENGTH;
    ConfigInfo->NumberOfPhysicalBreaks = CQC_MAX_SG_ENTRIES - 1;
    ConfigInfo->AlignmentMask = 0x3;
    ConfigInfo->NumberOfBuses = 1;
    ConfigInfo->MaximumNumberOfTargets = 1;
    ConfigInfo->MaximumNumberOfLogicalUnits = 1;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    ConfigInfo->CachesData = TRUE;
    ConfigInfo->Dma64BitAddresses = SCSI_DMA64_MINIPORT_SUPPORTED;
    ConfigInfo->MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
    ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;

    /* One MSI-X message per queue; each message has its own lock. */
    ConfigInfo->HwMSInterruptRoutine = CqcMsiInterrupt;
    ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;

    /* Only valid here, and only once the SRB extension size is known. */
    ext->UncachedLength = ext->NumberOfQueues * CQC_RING_BYTES;
    ext->UncachedBase = StorPortGetUncachedExtension(ext, ConfigInfo, ext->UncachedLength);
    if (ext->UncachedBase == NULL) {
        result = SP_RETURN_ERROR;
        goto free_base;
    }
    CqcCarveRings(ext);

    /* Error logging needs PASSIVE_LEVEL; the DPC hands it to this work item. */
    if (StorPortInitializeWorker(ext, &ext->ErrorWorker) != STOR_STATUS_SUCCESS) {
        ext->ErrorWorker = NULL;
    }

    return SP_RETURN_FOUND;

free_base:
    StorPortFreeDeviceBase(ext, ext->Registers);
    ext->Registers = NULL;
    return result;
}

VOID
CqcMaskInterrupts(_In_ PCQC_ADAPTER_EXTENSION Ext)
{
    StorPortWriteRegisterUlong(Ext, &Ext->Registers->InterruptMask, 0xFFFFFFFF);
}

VOID
CqcUnmaskInterrupts(_In_ PCQC_ADAPTER_EXTENSION Ext)
{
    ULONG enabled = CQC_INT_FATAL | CQC_INT_ASYNC_EVENT |
                    (CQC_INT_QUEUE(Ext->NumberOfQueues) - 1);

    StorPortWriteRegisterUlong(Ext, &Ext->Registers->InterruptMask, ~enabled);
}

/*
 * Points the controller at the rings, enables it and waits for it to report ready.
 * Runs with the interrupt lock held (CqcInitialize, ScsiRestartAdapter, the reset DPC)
 * and must not touch the request slots: CqcAbortQueue empties those first on reset.
 */
BOOLEAN
CqcProgramController(_In_ PCQC_ADAPTER_EXTENSION Ext)
{
    PCQC_REGISTERS regs = Ext->Registers;
    ULONG status;
    ULONG poll;
    ULONG q;

    StorPortWriteRegisterUlong(Ext, &regs->Control, 0);

    for (q = 0; q < Ext->NumberOfQueues; q++) {
        PCQC_QUEUE queue = &Ext->Queue[q];

        queue->SqTail = 0;
        queue->CqHead = 0;
        queue->CqPhase = CQC_CQ_PHASE;
        CqcZeroMemory(queue->CqRing, CQC_CQ_RING_BYTES);

        StorPortWriteRegisterUlong(Ext, &regs->Queue[q].SqBaseLow, queue->SqRingPa.LowPart);
        StorPortWriteRegisterUlong(Ext, &regs->Queue[q].SqBaseHigh, (ULONG)queue->SqRingPa.HighPart);
        StorPortWriteRegisterUlong(Ext, &regs->Queue[q].CqBaseLow, queue->CqRingPa.LowPart);
        StorPortWriteRegisterUlong(Ext, &regs->Queue[q].CqBaseHigh, (ULONG)queue->CqRingPa.HighPart);
    }

    StorPortWriteRegisterUlong(Ext, &regs->Control, CQC_CTRL_ENABLE);

    for (poll = 0; poll < CQC_READY_POLLS; poll++) {
        status = StorPortReadRegisterUlong(Ext, &regs->Status);
        if (status == CQC_STS_REMOVED) {
            return FALSE;
        }
        if (status & CQC_STS_READY) {
            return TRUE;
        }
        StorPortStallExecution(CQC_READY_POLL_US);
    }
    return FALSE;
}

_Use_decl_annotations_
BOOLEAN
CqcInitialize(
    PVOID DeviceExtension
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    MESSAGE_INTERRUPT_INFORMATION msiInfo;
    ULONG id;

    CqcMaskInterrupts(ext);

    /* Count the MSI-X messages Storport connected; with none we run on the line interrupt. */
    for (id = 0; id < CQC_MAX_QUEUES; id++) {
        if (StorPortGetMSIInfo(ext, id, &msiInfo) != STOR_STATUS_SUCCESS) {
            break;
        }
    }
    ext->MessageCount = id;
    if (ext->MessageCount != 0 && ext->MessageCount < ext->NumberOfQueues) {
        ext->NumberOfQueues = ext->MessageCount;
    }

    ext->BlockSize = StorPortReadRegisterUlong(ext, &ext->Registers->BlockSize);
    ext->BlockCount = ((ULONGLONG)StorPortReadRegisterUlong(ext, &ext->Registers->BlockCountHigh) << 32) |
                      StorPortReadRegisterUlong(ext, &ext->Registers->BlockCountLow);
    /* READ CAPACITY (10) is all this generation supports: at most 2^32 blocks. */
    if (ext->BlockSize == 0 || ext->BlockCount == 0 || ext->BlockCount > 0x100000000ULL) {
        return FALSE;
    }

    if (!CqcProgramController(ext)) {
        return FALSE;
    }

    /*
     * Interrupts stay masked until CqcPassiveInitialize has set up the DPCs. Without
     * passive initialization (crash dump, hibernation) there are no DPCs at all: unmask
     * now and let the interrupt routines complete requests inline.
     */
    if (!StorPortEnablePassiveInitialization(ext, CqcPassiveInitialize)) {
        CqcUnmaskInterrupts(ext);
    }
    return TRUE;
}

_Use_decl_annotations_
BOOLEAN
CqcPassiveInitialize(
    PVOID DeviceExtension
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    ULONG q;

    for (q = 0; q < ext->NumberOfQueues; q++) {
        StorPortInitializeDpc(ext, &ext->CompletionDpc[q], CqcCompletionDpc);
    }
    StorPortInitializeDpc(ext, &ext->ResetDpc, CqcResetDpc);
    /* PLANTED: role-type-mismatch — CqcLegacyDpc is declared KDEFERRED_ROUTINE (a kernel DPC) but registered as a Storport HW_DPC_ROUTINE through a cast; declare it HW_DPC_ROUTINE and drop the cast */
    StorPortInitializeDpc(ext, &ext->LegacyDpc, (PHW_DPC_ROUTINE)CqcLegacyDpc);

    /* The interrupt routines issue DPCs only once this is set. */
    ext->DpcsReady = TRUE;
    CqcUnmaskInterrupts(ext);

    StorPortNotification(RequestTimerCall, ext, CqcTimer, CQC_TIMER_INTERVAL_US);
    return TRUE;
}

static VOID
CqcReportControlType(
    _Inout_ PSCSI_SUPPORTED_CONTROL_TYPE_LIST List,
    _In_ SCSI_ADAPTER_CONTROL_TYPE Type
    )
{
    if ((ULONG)Type < List->MaxControlType) {
        List->SupportedTypeList[Type] = TRUE;
    }
}

_Use_decl_annotations_
SCSI_ADAPTER_CONTROL_STATUS
CqcAdapterControl(
    PVOID DeviceExtension,
    SCSI_ADAPTER_CONTROL_TYPE ControlType,
    PVOID Parameters
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    SCSI_ADAPTER_CONTROL_STATUS status = ScsiAdapterControlSuccess;

    switch (ControlType) {
    case ScsiQuerySupportedControlTypes:
        CqcReportControlType(Parameters, ScsiQuerySupportedControlTypes);
        CqcReportControlType(Parameters, ScsiStopAdapter);
        CqcReportControlType(Parameters, ScsiRestartAdapter);
        break;

    case ScsiStopAdapter:
        /* Runs at DIRQL: register writes only. */
        CqcMaskInterrupts(ext);
        StorPortWriteRegisterUlong(ext, &ext->Registers->Control, 0);
        break;

    case ScsiRestartAdapter:
        if (CqcProgramController(ext)) {
            CqcUnmaskInterrupts(ext);
        } else {
            status = ScsiAdapterControlUnsuccessful;
        }
        break;

    default:
        status = ScsiAdapterControlUnsuccessful;
        break;
    }

    return status;
}
