/*
 * io.c - Request path of the Contoso Queue Controller miniport: CqcBuildIo, CqcStartIo,
 * CqcResetBus, SCSI command emulation and the helpers that complete requests.
 *
 * CqcBuildIo runs at DISPATCH_LEVEL without locks and may run on several processors at
 * once, so it only writes the request's own SRB extension. CqcStartIo and CqcResetBus run
 * with the StartIo lock held by Storport (full-duplex physical miniport); CqcStartIo takes
 * the interrupt lock around the ring and slot updates it shares with the completion path.
 */

#include "cqc.h"

#define CQC_ASC_UNRECOVERED_READ_ERROR      0x11
#define CQC_ASC_LBA_OUT_OF_RANGE            0x21
#define CQC_ASC_INTERNAL_TARGET_FAILURE     0x44

#define CQC_MIN(a, b)                       ((a) < (b) ? (a) : (b))

/*
 * Lock helpers. The interrupt lock is taken with a NULL LockContext; DPC locks are
 * taken directly with the STOR_DPC they belong to.
 */
_Use_decl_annotations_
VOID
CqcAcquireInterruptLock(PCQC_ADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE LockHandle)
{
    StorPortAcquireSpinLock(Ext, InterruptLock, NULL, LockHandle);
}

_Use_decl_annotations_
VOID
CqcReleaseLock(PCQC_ADAPTER_EXTENSION Ext, PSTOR_LOCK_HANDLE LockHandle)
{
    StorPortReleaseSpinLock(Ext, LockHandle);
}

/*
 * storport.h has no RtlZeroMemory. The buffers cleared here are small.
 */
_Use_decl_annotations_
VOID
CqcZeroMemory(PVOID Buffer, ULONG Length)
{
    PUCHAR bytes = Buffer;

    while (Length-- != 0) {
        *bytes++ = 0;
    }
}

static ULONG
CqcGetBe32(_In_reads_(4) const UCHAR *Bytes)
{
    return ((ULONG)Bytes[0] << 24) | ((ULONG)Bytes[1] << 16) |
           ((ULONG)Bytes[2] << 8) | Bytes[3];
}

static VOID
CqcPutBe32(_Out_writes_(4) PUCHAR Bytes, _In_ ULONG Value)
{
    Bytes[0] = (UCHAR)(Value >> 24);
    Bytes[1] = (UCHAR)(Value >> 16);
    Bytes[2] = (UCHAR)(Value >> 8);
    Bytes[3] = (UCHAR)Value;
}

/*
 * Fills in fixed-format sense data and returns the SRB status that goes with it.
 */
static UCHAR
CqcSetSense(
    _Inout_ PSCSI_REQUEST_BLOCK Srb,
    _In_ UCHAR SenseKey,
    _In_ UCHAR AdditionalSenseCode
    )
{
    PSENSE_DATA sense = Srb->SenseInfoBuffer;

    Srb->ScsiStatus = SCSISTAT_CHECK_CONDITION;
    if (sense == NULL || Srb->SenseInfoBufferLength < sizeof(SENSE_DATA)) {
        return SRB_STATUS_ERROR;
    }

    CqcZeroMemory(sense, sizeof(SENSE_DATA));
    sense->ErrorCode = SCSI_SENSE_ERRORCODE_FIXED_CURRENT;
    sense->SenseKey = SenseKey;
    sense->AdditionalSenseLength = sizeof(SENSE_DATA) - FIELD_OFFSET(SENSE_DATA, CommandSpecificInformation);
    sense->AdditionalSenseCode = AdditionalSenseCode;
    Srb->SenseInfoBufferLength = sizeof(SENSE_DATA);
    return SRB_STATUS_ERROR | SRB_STATUS_AUTOSENSE_VALID;
}

_Use_decl_annotations_
VOID
CqcCompleteSrb(PCQC_ADAPTER_EXTENSION Ext, PSCSI_REQUEST_BLOCK Srb, UCHAR SrbStatus)
{
    Srb->SrbStatus = SrbStatus;
    StorPortNotification(RequestComplete, Ext, Srb);
}

/*
 * Completes a request the controller has finished, translating the device status.
 * Called from the completion DPC and, without DPCs, from the interrupt routines.
 */
_Use_decl_annotations_
VOID
CqcCompleteIo(PCQC_ADAPTER_EXTENSION Ext, PCQC_COMPLETION Completion)
{
    PSCSI_REQUEST_BLOCK srb = Completion->Srb;
    UCHAR srbStatus;

    switch (Completion->Status) {
    case CQC_CQ_STATUS_SUCCESS:
        srb->ScsiStatus = SCSISTAT_GOOD;
        srbStatus = SRB_STATUS_SUCCESS;
        if (Completion->BytesTransferred < srb->DataTransferLength) {
            srb->DataTransferLength = Completion->BytesTransferred;
            srbStatus = SRB_STATUS_DATA_OVERRUN;
        }
        break;
    case CQC_CQ_STATUS_MEDIA_ERROR:
        srbStatus = CqcSetSense(srb, SCSI_SENSE_MEDIUM_ERROR, CQC_ASC_UNRECOVERED_READ_ERROR);
        break;
    case CQC_CQ_STATUS_LBA_RANGE:
        srbStatus = CqcSetSense(srb, SCSI_SENSE_ILLEGAL_REQUEST, CQC_ASC_LBA_OUT_OF_RANGE);
        break;
    case CQC_CQ_STATUS_ABORTED:
        srbStatus = SRB_STATUS_ABORTED;
        break;
    default:
        srbStatus = CqcSetSense(srb, SCSI_SENSE_HARDWARE_ERROR, CQC_ASC_INTERNAL_TARGET_FAILURE);
        break;
    }

    CqcCompleteSrb(Ext, srb, srbStatus);
}

/*
 * Decodes the LBA and block count of READ/WRITE (6), (10) and (16).
 */
static BOOLEAN
CqcParseReadWrite(
    _In_ PSCSI_REQUEST_BLOCK Srb,
    _Out_ PULONGLONG Lba,
    _Out_ PULONG Blocks,
    _Out_ PUCHAR Opcode
    )
{
    const UCHAR *cdb = Srb->Cdb;

    switch (cdb[0]) {
    case SCSIOP_READ6:
    case SCSIOP_WRITE6:
        *Lba = ((ULONG)(cdb[1] & 0x1F) << 16) | ((ULONG)cdb[2] << 8) | cdb[3];
        *Blocks = (cdb[4] != 0) ? cdb[4] : 256;
        break;
    case SCSIOP_READ:
    case SCSIOP_WRITE:
        *Lba = CqcGetBe32(&cdb[2]);
        *Blocks = ((ULONG)cdb[7] << 8) | cdb[8];
        break;
    case SCSIOP_READ16:
    case SCSIOP_WRITE16:
        *Lba = ((ULONGLONG)CqcGetBe32(&cdb[2]) << 32) | CqcGetBe32(&cdb[6]);
        *Blocks = CqcGetBe32(&cdb[10]);
        break;
    default:
        return FALSE;
    }

    *Opcode = (cdb[0] == SCSIOP_READ6 || cdb[0] == SCSIOP_READ || cdb[0] == SCSIOP_READ16) ?
              CQC_OP_READ : CQC_OP_WRITE;
    return TRUE;
}

/*
 * Builds the controller command for a transfer in the SRB extension: checks the range,
 * copies the scatter/gather list into the device's format.
 */
static UCHAR
CqcBuildTransfer(
    _In_ PCQC_ADAPTER_EXTENSION Ext,
    _In_ PSCSI_REQUEST_BLOCK Srb,
    _In_ ULONGLONG Lba,
    _In_ ULONG Blocks,
    _In_ UCHAR Opcode
    )
{
    PCQC_SRB_EXTENSION srbExt = Srb->SrbExtension;
    PCQC_SQ_ENTRY cmd = &srbExt->Command;
    PSTOR_SCATTER_GATHER_LIST sgList;
    ULONG length;
    ULONG i;

    if (Lba >= Ext->BlockCount || Blocks > Ext->BlockCount - Lba) {
        return CqcSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, CQC_ASC_LBA_OUT_OF_RANGE);
    }
    if ((ULONGLONG)Blocks * Ext->BlockSize != Srb->DataTransferLength) {
        return SRB_STATUS_INVALID_REQUEST;
    }

    sgList = StorPortGetScatterGatherList(Ext, Srb);
    if (sgList == NULL || sgList->NumberOfElements > CQC_MAX_SG_ENTRIES) {
        return SRB_STATUS_INVALID_REQUEST;
    }
    for (i = 0; i < sgList->NumberOfElements; i++) {
        srbExt->SgList[i].Address = (ULONGLONG)sgList->List[i].PhysicalAddress.QuadPart;
        srbExt->SgList[i].Length = sgList->List[i].Length;
        srbExt->SgList[i].Reserved = 0;
    }

    CqcZeroMemory(cmd, sizeof(*cmd));
    cmd->Opcode = Opcode;
    cmd->BlockCount = Blocks;
    cmd->Lba = Lba;
    cmd->SgCount = sgList->NumberOfElements;
    length = sizeof(srbExt->SgList);
    cmd->SgListAddress = (ULONGLONG)StorPortGetPhysicalAddress(Ext, Srb, srbExt->SgList, &length).QuadPart;

    srbExt->CommandBuilt = TRUE;
    return SRB_STATUS_PENDING;
}

/*
 * HwStorBuildIo: prepares transfers and flushes outside the StartIo lock. Returns FALSE
 * when it has completed the request itself.
 */
BOOLEAN
CqcBuildIo(
    PVOID DeviceExtension,
    PSCSI_REQUEST_BLOCK Srb
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    PCQC_SRB_EXTENSION srbExt = Srb->SrbExtension;
    ULONGLONG lba;
    ULONG blocks;
    UCHAR opcode;
    UCHAR status;

    if (Srb->Function != SRB_FUNCTION_EXECUTE_SCSI) {
        return TRUE;
    }

    srbExt->CommandBuilt = FALSE;

    if (Srb->PathId != 0 || Srb->TargetId != 0 || Srb->Lun != 0) {
        CqcCompleteSrb(ext, Srb, SRB_STATUS_INVALID_LUN);
        return FALSE;
    }

    if (Srb->Cdb[0] == SCSIOP_SYNCHRONIZE_CACHE || Srb->Cdb[0] == SCSIOP_SYNCHRONIZE_CACHE16) {
        CqcZeroMemory(&srbExt->Command, sizeof(srbExt->Command));
        srbExt->Command.Opcode = CQC_OP_FLUSH;
        srbExt->CommandBuilt = TRUE;
        return TRUE;
    }

    if (!CqcParseReadWrite(Srb, &lba, &blocks, &opcode)) {
        return TRUE;    /* emulated in CqcStartIo */
    }

    if (blocks == 0) {
        CqcCompleteSrb(ext, Srb, SRB_STATUS_SUCCESS);
        return FALSE;
    }

    status = CqcBuildTransfer(ext, Srb, lba, blocks, opcode);
    if (status != SRB_STATUS_PENDING) {
        CqcCompleteSrb(ext, Srb, status);
        return FALSE;
    }
    return TRUE;
}

/*
 * Places a prepared command on the next queue. Called from CqcStartIo with the StartIo
 * lock held; the interrupt lock covers the ring and slots shared with the completion path.
 */
static VOID
CqcSubmit(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PSCSI_REQUEST_BLOCK Srb)
{
    PCQC_SRB_EXTENSION srbExt = Srb->SrbExtension;
    STOR_LOCK_HANDLE lock;
    PCQC_QUEUE queue;
    USHORT slot;
    ULONG q;

    if (!srbExt->CommandBuilt) {
        CqcCompleteSrb(Ext, Srb, SRB_STATUS_ERROR);
        return;
    }
    if (Ext->ResetInProgress) {
        CqcCompleteSrb(Ext, Srb, SRB_STATUS_BUSY);
        return;
    }

    q = Ext->NextQueue;
    Ext->NextQueue = (q + 1) % Ext->NumberOfQueues;
    queue = &Ext->Queue[q];

    CqcAcquireInterruptLock(Ext, &lock);

    if (queue->Outstanding >= Ext->QueueDepth) {
        CqcReleaseLock(Ext, &lock);
        /* Hold further requests until one completes; Storport retries this one. */
        StorPortBusy(Ext, 1);
        CqcCompleteSrb(Ext, Srb, SRB_STATUS_BUSY);
        return;
    }

    for (slot = 0; slot < CQC_QUEUE_DEPTH - 1 && queue->Slots[slot] != NULL; slot++) {
        ;
    }
    queue->Slots[slot] = Srb;
    queue->Outstanding++;

    srbExt->Command.CommandId = slot;
    StorPortCopyMemory(&queue->SqRing[queue->SqTail], &srbExt->Command, sizeof(CQC_SQ_ENTRY));
    queue->SqTail = (queue->SqTail + 1) % CQC_QUEUE_DEPTH;
    StorPortWriteRegisterUlong(Ext, &Ext->Registers->Queue[q].SqTailDoorbell, queue->SqTail);

    CqcReleaseLock(Ext, &lock);

    /* The timer's hang check measures from the first request after an idle period. */
    if (Ext->ActiveRequests++ == 0) {
        Ext->LastProgressTick = Ext->TimerTicks;
    }
}

static UCHAR
CqcInquiry(_In_ PSCSI_REQUEST_BLOCK Srb)
{
    INQUIRYDATA data;
    ULONG length;

    if (Srb->Cdb[1] & 0x01) {
        /* No vital product data pages. */
        return CqcSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB);
    }

    CqcZeroMemory(&data, sizeof(data));
    data.DeviceType = DIRECT_ACCESS_DEVICE;
    data.Versions = 0x05;
    data.ResponseDataFormat = 2;
    data.AdditionalLength = sizeof(INQUIRYDATA) - 5;
    data.CommandQueue = 1;
    StorPortCopyMemory(data.VendorId, "CONTOSO ", sizeof(data.VendorId));
    StorPortCopyMemory(data.ProductId, "QUEUE CONTROLLER", sizeof(data.ProductId));
    data.ProductRevisionLevel[0] = '0' + (CQC_VERSION % 10);
    data.ProductRevisionLevel[1] = '.';
    data.ProductRevisionLevel[2] = '0';
    data.ProductRevisionLevel[3] = '0';

    length = CQC_MIN(Srb->DataTransferLength, (ULONG)sizeof(data));
    StorPortCopyMemory(Srb->DataBuffer, &data, length);
    Srb->DataTransferLength = length;
    return SRB_STATUS_SUCCESS;
}

static UCHAR
CqcReadCapacity(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PSCSI_REQUEST_BLOCK Srb)
{
    PREAD_CAPACITY_DATA capacity = Srb->DataBuffer;

    if (Srb->DataTransferLength < sizeof(READ_CAPACITY_DATA)) {
        return SRB_STATUS_DATA_OVERRUN;
    }
    /* CqcInitialize accepts at most 2^32 blocks, so the last LBA always fits. */
    CqcPutBe32((PUCHAR)&capacity->LogicalBlockAddress, (ULONG)(Ext->BlockCount - 1));
    CqcPutBe32((PUCHAR)&capacity->BytesPerBlock, Ext->BlockSize);
    Srb->DataTransferLength = sizeof(READ_CAPACITY_DATA);
    return SRB_STATUS_SUCCESS;
}

/*
 * MODE SENSE (6): no block descriptors; the caching page reports the write cache.
 */
static UCHAR
CqcModeSense(_In_ PSCSI_REQUEST_BLOCK Srb)
{
    PMODE_PARAMETER_HEADER header = Srb->DataBuffer;
    PMODE_CACHING_PAGE caching;
    UCHAR pageCode = Srb->Cdb[2] & 0x3F;
    ULONG length = sizeof(MODE_PARAMETER_HEADER);

    if (pageCode != MODE_PAGE_CACHING && pageCode != MODE_SENSE_RETURN_ALL) {
        return CqcSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB);
    }
    if (Srb->DataTransferLength < sizeof(MODE_PARAMETER_HEADER) + sizeof(MODE_CACHING_PAGE)) {
        return SRB_STATUS_DATA_OVERRUN;
    }

    CqcZeroMemory(header, sizeof(MODE_PARAMETER_HEADER) + sizeof(MODE_CACHING_PAGE));
    caching = (PMODE_CACHING_PAGE)(header + 1);
    caching->PageCode = MODE_PAGE_CACHING;
    caching->PageLength = sizeof(MODE_CACHING_PAGE) - 2;
    caching->WriteCacheEnable = 1;
    length += sizeof(MODE_CACHING_PAGE);

    header->ModeDataLength = (UCHAR)(length - 1);
    header->BlockDescriptorLength = 0;
    Srb->DataTransferLength = length;
    return SRB_STATUS_SUCCESS;
}

static VOID
CqcExecuteScsi(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PSCSI_REQUEST_BLOCK Srb)
{
    UCHAR status;

    if (Ext->ControllerDead) {
        CqcCompleteSrb(Ext, Srb, SRB_STATUS_NO_DEVICE);
        return;
    }

    switch (Srb->Cdb[0]) {
    case SCSIOP_READ6:
    case SCSIOP_READ:
    case SCSIOP_READ16:
    case SCSIOP_WRITE6:
    case SCSIOP_WRITE:
    case SCSIOP_WRITE16:
    case SCSIOP_SYNCHRONIZE_CACHE:
    case SCSIOP_SYNCHRONIZE_CACHE16:
        CqcSubmit(Ext, Srb);
        return;

    case SCSIOP_INQUIRY:
        status = CqcInquiry(Srb);
        break;
    case SCSIOP_READ_CAPACITY:
        status = CqcReadCapacity(Ext, Srb);
        break;
    case SCSIOP_MODE_SENSE:
        status = CqcModeSense(Srb);
        break;
    case SCSIOP_TEST_UNIT_READY:
    case SCSIOP_VERIFY:
    case SCSIOP_VERIFY16:
    case SCSIOP_START_STOP_UNIT:
    case SCSIOP_MEDIUM_REMOVAL:
        Srb->DataTransferLength = 0;
        status = SRB_STATUS_SUCCESS;
        break;
    default:
        status = CqcSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB);
        break;
    }

    CqcCompleteSrb(Ext, Srb, status);
}

/*
 * Schedules the reset DPC. Called with the StartIo lock held (CqcStartIo, CqcResetBus,
 * the timers, or the completion DPC after taking it). Without DPCs (crash dump) there is
 * nothing to defer to and the caller fails the reset.
 */
_Use_decl_annotations_
BOOLEAN
CqcScheduleReset(PCQC_ADAPTER_EXTENSION Ext)
{
    if (Ext->ResetInProgress) {
        return TRUE;
    }
    if (!Ext->DpcsReady) {
        return FALSE;
    }

    Ext->ResetInProgress = TRUE;
    StorPortIssueDpc(Ext, &Ext->ResetDpc, NULL, NULL);
    return TRUE;
}

static UCHAR
CqcHandlePnp(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PSCSI_REQUEST_BLOCK Srb)
{
    PSCSI_PNP_REQUEST_BLOCK pnp = (PSCSI_PNP_REQUEST_BLOCK)Srb;

    if ((pnp->SrbPnPFlags & SRB_PNP_FLAGS_ADAPTER_REQUEST) &&
        (pnp->PnPAction == StorRemoveDevice || pnp->PnPAction == StorSurpriseRemoval)) {
        if (Ext->ErrorWorker != NULL &&
            StorPortFreeWorker(Ext, Ext->ErrorWorker) == STOR_STATUS_SUCCESS) {
            Ext->ErrorWorker = NULL;
        }
    }
    return SRB_STATUS_SUCCESS;
}

_Use_decl_annotations_
BOOLEAN
CqcStartIo(
    PVOID DeviceExtension,
    PSCSI_REQUEST_BLOCK Srb
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;

    switch (Srb->Function) {
    case SRB_FUNCTION_EXECUTE_SCSI:
        CqcExecuteScsi(ext, Srb);
        break;

    case SRB_FUNCTION_RESET_LOGICAL_UNIT:
    case SRB_FUNCTION_RESET_DEVICE:
    case SRB_FUNCTION_RESET_BUS:
        CqcCompleteSrb(ext, Srb, CqcScheduleReset(ext) ? SRB_STATUS_SUCCESS : SRB_STATUS_ERROR);
        break;

    case SRB_FUNCTION_PNP:
        CqcCompleteSrb(ext, Srb, CqcHandlePnp(ext, Srb));
        break;

    case SRB_FUNCTION_FLUSH:
    case SRB_FUNCTION_SHUTDOWN:
    case SRB_FUNCTION_POWER:
        /* The cache is flushed by SYNCHRONIZE CACHE, which the class driver sends first. */
        CqcCompleteSrb(ext, Srb, SRB_STATUS_SUCCESS);
        break;

    default:
        CqcCompleteSrb(ext, Srb, SRB_STATUS_INVALID_REQUEST);
        break;
    }

    return TRUE;
}

_Use_decl_annotations_
BOOLEAN
CqcResetBus(
    PVOID DeviceExtension,
    ULONG PathId
    )
{
    UNREFERENCED_PARAMETER(PathId);

    return CqcScheduleReset(DeviceExtension);
}
