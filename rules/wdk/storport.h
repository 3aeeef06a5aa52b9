/*
 * storport.h - dpccheck's model of the Storport miniport interface, written for dpccheck
 * from Microsoft's public documentation (the storport DDI reference,
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/) and the facts in
 * STORPORT.md. It is not the WDK header: every declaration is ours; only names, types,
 * values and signatures are facts from the documentation.
 *
 * What differs from the WDK on purpose (DESIGN.md section 6):
 * - The DPC and lock routines (StorPortInitializeDpc, StorPortIssueDpc,
 *   StorPortAcquireSpinLock, ...) are plain prototypes, not inline wrappers over
 *   StorPortNotification, so that dpccheck sees a call to the named routine.
 * - Routines carry the IRQL limits their documentation pages state, also where the WDK
 *   header has no annotation (StorPortRegistryRead/Write: PASSIVE_LEVEL). Each annotated
 *   routine cites its page. Routines whose IRQL is not documented carry none.
 * - As in the WDK, the callback role typedefs (HW_DPC_ROUTINE, HW_STARTIO, ...) are function
 *   types with parameter annotations only: no IRQL and no _Function_class_ annotation. The
 *   entry context of each role comes from rules/roles.def (STORPORT.md section 4).
 *
 * Names that srb.h already declares (SCSI_REQUEST_BLOCK, STORAGE_REQUEST_BLOCK,
 * STOR_ADDRESS, STOR_ADDR_BTL8, STOR_DEVICE_POWER_STATE, STOR_POWER_ACTION, STOR_PNP_ACTION,
 * SCSI_PNP_REQUEST_BLOCK, SP_RETURN_*) and shared kernel types from ntdef.h (INTERFACE_TYPE,
 * KINTERRUPT_MODE, DMA_WIDTH, MEMORY_CACHING_TYPE, GROUP_AFFINITY, PROCESSOR_NUMBER, ...) are
 * not repeated here, so that this header and wdm.h/ntddk.h can be included in either order.
 */
#ifndef DPCCHECK_STORPORT_H
#define DPCCHECK_STORPORT_H

#include <ntdef.h>
#include <srb.h>
#include <scsi.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Exported Storport routines are modelled as plain extern declarations, like NTSYSAPI. */
#define STORPORT_API

/* Debug output through StorPortDebugPrint in checked builds only (DBG set by the build). */
#if DBG
#define DebugPrint(x) StorPortDebugPrint x
#else
#define DebugPrint(x)
#endif

/* ==== Status codes ========================================================================
 * Values returned by the extended StorPort routines (StorPortAllocatePool, ...); each
 * routine's page lists the ones it returns.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocatepool
 */
#define STOR_STATUS_SUCCESS			0x00000000L
#define STOR_STATUS_UNSUCCESSFUL		0xC1000001L
#define STOR_STATUS_NOT_IMPLEMENTED		0xC1000002L
#define STOR_STATUS_INSUFFICIENT_RESOURCES	0xC1000003L
#define STOR_STATUS_BUFFER_TOO_SMALL		0xC1000004L
#define STOR_STATUS_ACCESS_DENIED		0xC1000005L
#define STOR_STATUS_INVALID_PARAMETER		0xC1000006L
#define STOR_STATUS_INVALID_DEVICE_REQUEST	0xC1000007L
#define STOR_STATUS_INVALID_IRQL		0xC1000008L
#define STOR_STATUS_INVALID_DEVICE_STATE	0xC1000009L
#define STOR_STATUS_INVALID_BUFFER_SIZE		0xC100000AL
#define STOR_STATUS_UNSUPPORTED_VERSION		0xC100000BL
#define STOR_STATUS_BUSY			0xC100000CL

/* ==== Addresses, access ranges and scatter/gather lists ================================== */

typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;
typedef PHYSICAL_ADDRESS SCSI_PHYSICAL_ADDRESS, *PSCSI_PHYSICAL_ADDRESS;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_access_range */
typedef struct _ACCESS_RANGE {
	SCSI_PHYSICAL_ADDRESS RangeStart;
	ULONG RangeLength;
	BOOLEAN RangeInMemory;
} ACCESS_RANGE, *PACCESS_RANGE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_scatter_gather_element */
typedef struct _STOR_SCATTER_GATHER_ELEMENT {
	STOR_PHYSICAL_ADDRESS PhysicalAddress;
	ULONG Length;
	ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_scatter_gather_list */
typedef struct _STOR_SCATTER_GATHER_LIST {
	ULONG NumberOfElements;
	ULONG_PTR Reserved;
	STOR_SCATTER_GATHER_ELEMENT List[0];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

/* A region of memory set aside for the dump stack (PORT_CONFIGURATION_INFORMATION.DumpRegion). */
typedef struct _MEMORY_REGION {
	PUCHAR VirtualBase;
	PHYSICAL_ADDRESS PhysicalBase;
	ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;

/* ==== DPC objects and spin locks (STORPORT.md sections 1.2-1.4) ========================= */

/* The image of a kernel KDPC that a STOR_DPC embeds; drivers never touch its members.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_dpc */
typedef struct _DPC_BUFFER {
	CSHORT Type;
	UCHAR Number;
	UCHAR Importance;
	struct {
		PVOID F;
		PVOID B;
	};
	PVOID DeferredRoutine;
	PVOID DeferredContext;
	PVOID SystemArgument1;
	PVOID SystemArgument2;
	PVOID DpcData;
} DPC_BUFFER;

#define STOR_DPC_BUFFER_SIZE (sizeof(DPC_BUFFER))

/* A Storport DPC object. Lock is the per-DPC spin lock that DpcLock takes (STORPORT.md 1.2). */
typedef struct _STOR_DPC {
	DPC_BUFFER Dpc;
	ULONG_PTR Lock;
} STOR_DPC, *PSTOR_DPC;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-_stor_spinlock
 * StorPortAcquireSpinLock accepts DpcLock, StartIoLock and InterruptLock only; the other
 * kinds need StorPortAcquireSpinLockEx. InvalidLock must never be used. */
typedef enum _STOR_SPINLOCK {
	InvalidLock = 0,
	DpcLock = 1,
	StartIoLock = 2,
	InterruptLock = 3,
	ThreadedDpcLock = 4,
	DpcLevelLock = 5
} STOR_SPINLOCK;

/* An in-stack queued spin-lock handle plus the kind of lock it holds.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_lock_handle */
typedef struct _STOR_LOCK_HANDLE {
	STOR_SPINLOCK Lock;
	struct {
		struct {
			PVOID Next;
			PVOID Lock;
		} LockQueue;
		KIRQL OldIrql;
	} Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

/* ==== Synchronization and interrupt configuration ======================================== */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-_stor_synchronization_model */
typedef enum _STOR_SYNCHRONIZATION_MODEL {
	StorSynchronizeHalfDuplex,
	StorSynchronizeFullDuplex
} STOR_SYNCHRONIZATION_MODEL;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-_interrupt_synchronization_mode */
typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
	InterruptSupportNone,
	InterruptSynchronizeAll,
	InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_message_interrupt_information */
typedef struct _MESSAGE_INTERRUPT_INFORMATION {
	ULONG MessageId;
	ULONG MessageData;
	STOR_PHYSICAL_ADDRESS MessageAddress;
	ULONG InterruptVector;
	ULONG InterruptLevel;
	KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

/* ==== Adapter and unit control (HwStorAdapterControl, HwStorUnitControl) ================= */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-_scsi_adapter_control_type */
typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
	ScsiQuerySupportedControlTypes = 0,
	ScsiStopAdapter,
	ScsiRestartAdapter,
	ScsiSetBootConfig,
	ScsiSetRunningConfig,
	ScsiPowerSettingNotification,
	ScsiAdapterPower,
	ScsiAdapterPoFxPowerRequired,
	ScsiAdapterPoFxPowerActive,
	ScsiAdapterPoFxPowerSetFState,
	ScsiAdapterPoFxPowerControl,
	ScsiAdapterPrepareForBusReScan,
	ScsiAdapterSystemPowerHints,
	ScsiAdapterFilterResourceRequirements,
	ScsiAdapterPoFxMaxOperationalPower,
	ScsiAdapterPoFxSetPerfState,
	ScsiAdapterSurpriseRemoval,
	ScsiAdapterSerialNumber,
	ScsiAdapterCryptoOperation,
	ScsiAdapterQueryFruId,
	ScsiAdapterSetEventLogging,
	ScsiAdapterReportInternalData,
	ScsiAdapterResetBusSynchronous,
	ScsiAdapterPostHwInitialize,
	ScsiAdapterPrepareEarlyDumpData,
	ScsiAdapterRestoreEarlyDumpData,
	ScsiAdapterKsrPowerDown,
	ScsiAdapterPreparePLDR,
	ScsiNvmeofAdapterOperation,
	ScsiAdapterControlMax,
	MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
	ScsiAdapterControlSuccess = 0,
	ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS, *PSCSI_ADAPTER_CONTROL_STATUS;

/* Parameters of ScsiQuerySupportedControlTypes (adapter) and
 * ScsiQuerySupportedUnitControlTypes (unit): one BOOLEAN per control type below MaxControlType.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_scsi_supported_control_type_list */
typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
	ULONG MaxControlType;
	BOOLEAN SupportedTypeList[0];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-_scsi_unit_control_type */
typedef enum _SCSI_UNIT_CONTROL_TYPE {
	ScsiQuerySupportedUnitControlTypes = 0,
	ScsiUnitUsage,
	ScsiUnitStart,
	ScsiUnitPower,
	ScsiUnitPoFxPowerInfo,
	ScsiUnitPoFxPowerRequired,
	ScsiUnitPoFxPowerActive,
	ScsiUnitPoFxPowerSetFState,
	ScsiUnitPoFxPowerControl,
	ScsiUnitRemove,
	ScsiUnitSurpriseRemoval,
	ScsiUnitRichDescription,
	ScsiUnitQueryBusType,
	ScsiUnitQueryFruId,
	ScsiUnitReportInternalData,
	ScsiUnitKsrPowerDown,
	ScsiUnitNvmeIceInformation,
	ScsiUnitControlMax,
	MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
	ScsiUnitControlSuccess = 0,
	ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

/* ==== Callback role types (STORPORT.md section 1.5) =====================================
 * Function types, each with a pointer typedef. Parameter annotations only: entry IRQL and
 * locks come from the role table, not from these declarations.
 */

struct _PORT_CONFIGURATION_INFORMATION;

/* DriverEntry of a Storport miniport.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitialize */
typedef ULONG sp_DRIVER_INITIALIZE(_In_ PVOID DriverObject, _In_ PVOID Argument2);
typedef sp_DRIVER_INITIALIZE *Psp_DRIVER_INITIALIZE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_find_adapter */
typedef ULONG HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext,
			      _In_ PVOID BusInformation, _In_z_ PCHAR ArgumentString,
			      _Inout_ struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo,
			      _In_ PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-virtual_hw_find_adapter */
typedef ULONG VIRTUAL_HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext,
				      _In_ PVOID BusInformation, _In_ PVOID LowerDevice,
				      _In_ PCHAR ArgumentString,
				      _Inout_ struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo,
				      _Out_ PBOOLEAN Again);
typedef VIRTUAL_HW_FIND_ADAPTER *PVIRTUAL_HW_FIND_ADAPTER;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_initialize */
typedef BOOLEAN HW_INITIALIZE(_In_ PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_INITIALIZE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_passive_initialize_routine */
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(_In_ PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_startio */
typedef BOOLEAN HW_STARTIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_STARTIO *PHW_STARTIO;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_buildio */
typedef BOOLEAN HW_BUILDIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_interrupt */
typedef BOOLEAN HW_INTERRUPT(_In_ PVOID DeviceExtension);
typedef HW_INTERRUPT *PHW_INTERRUPT;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_message_signaled_interrupt_routine */
typedef BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(IN PVOID HwDeviceExtension, IN ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;

/* Returns VOID (the page's example that returns BOOLEAN is wrong; STORPORT.md 1.1).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_dpc_routine */
typedef VOID HW_DPC_ROUTINE(_In_ PSTOR_DPC Dpc, _In_ PVOID HwDeviceExtension,
			    _In_opt_ PVOID SystemArgument1, _In_opt_ PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_timer */
typedef VOID HW_TIMER(_In_ PVOID DeviceExtension);
typedef HW_TIMER *PHW_TIMER;

/* Callback of StorPortRequestTimer.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportrequesttimer */
typedef VOID HW_TIMER_EX(_In_ PVOID DeviceExtension, _In_opt_ PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_reset_bus */
typedef BOOLEAN HW_RESET_BUS(_In_ PVOID DeviceExtension, _In_ ULONG PathId);
typedef HW_RESET_BUS *PHW_RESET_BUS;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_adapter_control */
typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(_In_ PVOID DeviceExtension,
						       _In_ SCSI_ADAPTER_CONTROL_TYPE ControlType,
						       _In_ PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_unit_control */
typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(_In_ PVOID DeviceExtension,
						 _In_ SCSI_UNIT_CONTROL_TYPE ControlType,
						 _In_ PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_state_change */
typedef VOID HW_STATE_CHANGE(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context,
			     _In_ SHORT AddressType, _In_ PVOID Address, _In_ ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_tracing_enabled */
typedef VOID HW_TRACING_ENABLED(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_initialize_tracing */
typedef VOID HW_INITIALIZE_TRACING(_In_ PVOID Arg1, _In_ PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_cleanup_tracing */
typedef VOID HW_CLEANUP_TRACING(_In_ PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_process_service_request */
typedef VOID HW_PROCESS_SERVICE_REQUEST(_In_ PVOID DeviceExtension, _In_ PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_complete_service_irp */
typedef VOID HW_COMPLETE_SERVICE_IRP(_In_ PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_free_adapter_resources */
typedef VOID HW_FREE_ADAPTER_RESOURCES(_In_ PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_workitem */
typedef VOID HW_WORKITEM(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context, _In_ PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_registry_notification_routine */
typedef VOID HW_REGISTRY_NOTIFICATION_ROUTINE(_In_ PVOID HwDeviceExtension);
typedef HW_REGISTRY_NOTIFICATION_ROUTINE *PHW_REGISTRY_NOTIFICATION_ROUTINE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-stor_thread_start_routine */
typedef VOID STOR_THREAD_START_ROUTINE(_In_ PVOID StartContext);
typedef STOR_THREAD_START_ROUTINE *PSTOR_THREAD_START_ROUTINE;

/* Callback of StorPortSynchronizeAccess.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsynchronizeaccess */
typedef BOOLEAN STOR_SYNCHRONIZED_ACCESS(_In_ PVOID HwDeviceExtension, _In_ PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;

/* Legacy members of HW_INITIALIZATION_DATA; Storport never calls them (no doc page). */
typedef BOOLEAN HW_ADAPTER_STATE(_In_ PVOID DeviceExtension, _In_ PVOID Context,
				 _In_ BOOLEAN SaveState);
typedef HW_ADAPTER_STATE *PHW_ADAPTER_STATE;

typedef VOID HW_DMA_STARTED(_In_ PVOID DeviceExtension);
typedef HW_DMA_STARTED *PHW_DMA_STARTED;

/* ==== Initialization data and configuration ============================================= */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_hw_initialization_data */
typedef struct _HW_INITIALIZATION_DATA {
	ULONG HwInitializationDataSize;
	INTERFACE_TYPE AdapterInterfaceType;
	PHW_INITIALIZE HwInitialize;
	PHW_STARTIO HwStartIo;
	PHW_INTERRUPT HwInterrupt;
	PHW_FIND_ADAPTER HwFindAdapter;
	PHW_RESET_BUS HwResetBus;
	PHW_DMA_STARTED HwDmaStarted;
	PHW_ADAPTER_STATE HwAdapterState;
	ULONG DeviceExtensionSize;
	ULONG SpecificLuExtensionSize;
	ULONG SrbExtensionSize;
	ULONG NumberOfAccessRanges;
	PVOID Reserved;
	UCHAR MapBuffers;
	BOOLEAN NeedPhysicalAddresses;
	BOOLEAN TaggedQueuing;
	BOOLEAN AutoRequestSense;
	BOOLEAN MultipleRequestPerLu;
	BOOLEAN ReceiveEvent;
	USHORT VendorIdLength;
	PVOID VendorId;
	union {
		USHORT ReservedUshort;
		USHORT PortVersionFlags;
	};
	USHORT DeviceIdLength;
	PVOID DeviceId;
	PHW_ADAPTER_CONTROL HwAdapterControl;
	PHW_BUILDIO HwBuildIo;
	PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
	PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
	PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
	PHW_INITIALIZE_TRACING HwInitializeTracing;
	PHW_CLEANUP_TRACING HwCleanupTracing;
	PHW_TRACING_ENABLED HwTracingEnabled;
	ULONG FeatureSupport;
	ULONG SrbTypeFlags;
	ULONG AddressTypeFlags;
	ULONG Reserved1;
	PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

/* The same layout with the virtual-miniport HwFindAdapter.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_virtual_hw_initialization_data */
typedef struct _VIRTUAL_HW_INITIALIZATION_DATA {
	ULONG HwInitializationDataSize;
	INTERFACE_TYPE AdapterInterfaceType;
	PHW_INITIALIZE HwInitialize;
	PHW_STARTIO HwStartIo;
	PHW_INTERRUPT HwInterrupt;
	PVIRTUAL_HW_FIND_ADAPTER HwFindAdapter;
	PHW_RESET_BUS HwResetBus;
	PHW_DMA_STARTED HwDmaStarted;
	PHW_ADAPTER_STATE HwAdapterState;
	ULONG DeviceExtensionSize;
	ULONG SpecificLuExtensionSize;
	ULONG SrbExtensionSize;
	ULONG NumberOfAccessRanges;
	PVOID Reserved;
	UCHAR MapBuffers;
	BOOLEAN NeedPhysicalAddresses;
	BOOLEAN TaggedQueuing;
	BOOLEAN AutoRequestSense;
	BOOLEAN MultipleRequestPerLu;
	BOOLEAN ReceiveEvent;
	USHORT VendorIdLength;
	PVOID VendorId;
	union {
		USHORT ReservedUshort;
		USHORT PortVersionFlags;
	};
	USHORT DeviceIdLength;
	PVOID DeviceId;
	PHW_ADAPTER_CONTROL HwAdapterControl;
	PHW_BUILDIO HwBuildIo;
	PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
	PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
	PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
	PHW_INITIALIZE_TRACING HwInitializeTracing;
	PHW_CLEANUP_TRACING HwCleanupTracing;
	PHW_TRACING_ENABLED HwTracingEnabled;
	ULONG FeatureSupport;
	ULONG SrbTypeFlags;
	ULONG AddressTypeFlags;
	ULONG Reserved1;
	PHW_UNIT_CONTROL HwUnitControl;
} VIRTUAL_HW_INITIALIZATION_DATA, *PVIRTUAL_HW_INITIALIZATION_DATA;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_port_configuration_information */
typedef struct _PORT_CONFIGURATION_INFORMATION {
	ULONG Length;
	ULONG SystemIoBusNumber;
	INTERFACE_TYPE AdapterInterfaceType;
	ULONG BusInterruptLevel;
	ULONG BusInterruptVector;
	KINTERRUPT_MODE InterruptMode;
	ULONG MaximumTransferLength;
	ULONG NumberOfPhysicalBreaks;
	ULONG DmaChannel;
	ULONG DmaPort;
	DMA_WIDTH DmaWidth;
	DMA_SPEED DmaSpeed;
	ULONG AlignmentMask;
	ULONG NumberOfAccessRanges;
	ACCESS_RANGE (*AccessRanges)[];
	union {
		PVOID Reserved;
		PVOID MiniportDumpData;
	};
	UCHAR NumberOfBuses;
	CCHAR InitiatorBusId[8];
	BOOLEAN ScatterGather;
	BOOLEAN Master;
	BOOLEAN CachesData;
	BOOLEAN AdapterScansDown;
	BOOLEAN AtdiskPrimaryClaimed;
	BOOLEAN AtdiskSecondaryClaimed;
	BOOLEAN Dma32BitAddresses;
	BOOLEAN DemandMode;
	UCHAR MapBuffers;
	BOOLEAN NeedPhysicalAddresses;
	BOOLEAN TaggedQueuing;
	BOOLEAN AutoRequestSense;
	BOOLEAN MultipleRequestPerLu;
	BOOLEAN ReceiveEvent;
	BOOLEAN RealModeInitialized;
	BOOLEAN BufferAccessScsiPortControlled;
	UCHAR MaximumNumberOfTargets;
	/* SrbType and AddressType took the place of two reserved bytes (layout inferred). */
	union {
		UCHAR ReservedUchars[2];
		struct {
			UCHAR SrbType;
			UCHAR AddressType;
		};
	};
	ULONG SlotNumber;
	ULONG BusInterruptLevel2;
	ULONG BusInterruptVector2;
	KINTERRUPT_MODE InterruptMode2;
	ULONG DmaChannel2;
	ULONG DmaPort2;
	DMA_WIDTH DmaWidth2;
	DMA_SPEED DmaSpeed2;
	ULONG DeviceExtensionSize;
	ULONG SpecificLuExtensionSize;
	ULONG SrbExtensionSize;
	UCHAR Dma64BitAddresses;
	BOOLEAN ResetTargetSupported;
	UCHAR MaximumNumberOfLogicalUnits;
	BOOLEAN WmiDataProvider;
	STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
	PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
	INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
	MEMORY_REGION DumpRegion;
	ULONG RequestedDumpBufferSize;
	BOOLEAN VirtualDevice;
	UCHAR DumpMode;
	ULONG ExtendedFlags1;
	ULONG MaxNumberOfIO;
	ULONG MaxIOsPerLun;
	ULONG InitialLunQueueDepth;
	ULONG BusResetHoldTime;
	ULONG FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;

/* ==== Notifications ====================================================================== */

/* NotificationType of StorPortNotification. Values 0-15 are sequential; the Storport-only
 * types start at 0x1000. Order from the storport.h of WDK 10.0.22621 (read via public
 * copies of the enumeration); types after InitializeThreadedDpc are undocumented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportnotification */
typedef enum _SCSI_NOTIFICATION_TYPE {
	RequestComplete,
	NextRequest,
	NextLuRequest,
	ResetDetected,
	_obsolete1,
	_obsolete2,
	RequestTimerCall,
	BusChangeDetected,
	WMIEvent,
	WMIReregister,
	LinkUp,
	LinkDown,
	QueryTickCount,
	BufferOverrunDetected,
	TraceNotification,
	GetExtendedFunctionTable,
	EnablePassiveInitialization = 0x1000,
	InitializeDpc,
	IssueDpc,
	AcquireSpinLock,
	ReleaseSpinLock,
	StateChangeDetectedCall,
	IoTargetRequestServiceTime,
	AsyncNotificationDetected,
	RequestDirectComplete,
	InitializeDpcWithContext,
	InitializeThreadedDpc,
	SetTargetProcessorDpc,
	MarkDeviceFailed,
	MarkDeviceFailedEx,
	TerminateSystemThread
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportnotification
 * No IRQL is documented for any notification type (STORPORT.md 5.1). */
STORPORT_API VOID StorPortNotification(_In_ SCSI_NOTIFICATION_TYPE NotificationType,
					     _In_ PVOID HwDeviceExtension, ...);

/* ==== DPC routines (STORPORT.md section 2.1) =============================================
 * The WDK makes these inline wrappers over StorPortNotification/StorPortExtendedFunction;
 * here they are prototypes so that the call names the routine. No IRQL is documented for
 * any of them (STORPORT.md 2.2).
 */

/* Only from HwStorPassiveInitializeRoutine; never in dump mode.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializedpc */
STORPORT_API VOID StorPortInitializeDpc(_In_ PVOID DeviceExtension, _Out_ PSTOR_DPC Dpc,
					_In_ PHW_DPC_ROUTINE HwDpcRoutine);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportissuedpc */
STORPORT_API BOOLEAN StorPortIssueDpc(_In_ PVOID DeviceExtension, _In_ PSTOR_DPC Dpc,
				      _In_opt_ PVOID SystemArgument1,
				      _In_opt_ PVOID SystemArgument2);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportcanceldpc */
STORPORT_API ULONG StorPortCancelDpc(_In_ PVOID HwDeviceExtension, _In_ PSTOR_DPC Dpc,
				     _Out_ PBOOLEAN ReturnValue);

/* Header-only (no doc page); the return type is inferred. */
STORPORT_API VOID StorPortInitializeDpcWithContext(_In_ PVOID DeviceExtension,
						   _Out_ PSTOR_DPC Dpc,
						   _In_ PHW_DPC_ROUTINE HwDpcRoutine,
						   _In_opt_ PVOID Context,
						   _In_ ULONG Importance);

STORPORT_API VOID StorPortInitializeThreadedDpc(_In_ PVOID DeviceExtension,
						_Out_ PSTOR_DPC Dpc,
						_In_ PHW_DPC_ROUTINE HwDpcRoutine,
						_In_opt_ PVOID Context,
						_In_ BOOLEAN Importance);

/* Valid only from HwStorInitialize, which runs at DIRQL; the page gives DIRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportenablepassiveinitialization */
STORPORT_API BOOLEAN StorPortEnablePassiveInitialization(
	_In_ PVOID DeviceExtension,
	_In_ PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);

/* ==== Spin locks (STORPORT.md section 3.1) ===============================================
 * The lock the analyzers track is *LockHandle. No IRQL is documented for the acquire and
 * release routines; the lock kind decides what the IRQL becomes (STORPORT.md 3.2).
 */

/* Accepts DpcLock (LockContext = the STOR_DPC), StartIoLock and InterruptLock (NULL).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportacquirespinlock */
_Acquires_lock_(*LockHandle)
STORPORT_API VOID StorPortAcquireSpinLock(_In_ PVOID DeviceExtension, _In_ STOR_SPINLOCK SpinLock,
					  _In_opt_ PVOID LockContext,
					  _Inout_ PSTOR_LOCK_HANDLE LockHandle);

/* Accepts every lock kind; returns STOR_STATUS_INVALID_IRQL when the caller's IRQL does not
 * suit the kind. Released with StorPortReleaseSpinLock.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportacquirespinlockex */
_Acquires_lock_(*LockHandle)
STORPORT_API ULONG StorPortAcquireSpinLockEx(_In_ PVOID HwDeviceExtension,
					     _In_ STOR_SPINLOCK SpinLock,
					     _In_opt_ PVOID LockContext,
					     _Inout_ PSTOR_LOCK_HANDLE LockHandle);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportreleasespinlock */
_Releases_lock_(*LockHandle)
STORPORT_API VOID StorPortReleaseSpinLock(_In_ PVOID DeviceExtension,
					  _Inout_ PSTOR_LOCK_HANDLE LockHandle);

/* Per-message MSI locks, only for InterruptSynchronizePerMessage; callable at any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportacquiremsispinlock */
STORPORT_API ULONG StorPortAcquireMSISpinLock(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
					      _In_ PULONG OldIrql);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportreleasemsispinlock */
STORPORT_API ULONG StorPortReleaseMSISpinLock(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
					      _In_ ULONG OldIrql);

/* Runs the callback synchronized with the interrupt routine; returns what it returns.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsynchronizeaccess */
STORPORT_API BOOLEAN NTAPI StorPortSynchronizeAccess(
	_In_ PVOID HwDeviceExtension, _In_ PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine,
	_In_opt_ PVOID Context);

/* ==== Initialization ===================================================================== */

/* Only from DriverEntry.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitialize */
STORPORT_API ULONG NTAPI StorPortInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
					    _In_ PHW_INITIALIZATION_DATA HwInitializationData,
					    _In_opt_ PVOID HwContext);


/* ==== Configuration constants ============================================================ */

/* HW_INITIALIZATION_DATA.FeatureSupport.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_hw_initialization_data */
#define STOR_FEATURE_VIRTUAL_MINIPORT				0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH				0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES		0x00000004
#define STOR_FEATURE_DUMP_POINTERS				0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX			0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE			0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD	0x00000040
#define STOR_FEATURE_EXTRA_IO_INFORMATION			0x00000080
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER		0x00000100
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT		0x00000200
#define STOR_FEATURE_DUMP_16_BYTE_ALIGNMENT			0x00000400
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE			0x00000800
#define STOR_FEATURE_DUMP_INFO					0x00001000
#define STOR_FEATURE_DMA_ALLOCATION_NO_BOUNDARY			0x00002000
#define STOR_FEATURE_SUPPORTS_NVME_ADAPTER			0x00004000
#define STOR_FEATURE_REPORT_INTERNAL_DATA			0x00008000
#define STOR_FEATURE_EARLY_DUMP					0x00010000
#define STOR_FEATURE_NVME_ICE					0x00020000
/* Older name of STOR_FEATURE_SUPPORTS_NVME_ADAPTER (inferred from driver usage). */
#define STOR_FEATURE_NVME					STOR_FEATURE_SUPPORTS_NVME_ADAPTER

/* PORT_CONFIGURATION_INFORMATION.FeatureSupport.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_port_configuration_information */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY			0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN	0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED	0x00000004
#define STOR_ADAPTER_DMA_V3_PREFERRED				0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND			0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD		0x00000020
#define STOR_ADAPTER_DMA_ADDRESS_WIDTH_SPECIFIED		0x00000040

#define CONFIG_INFO_VERSION_2 sizeof(PORT_CONFIGURATION_INFORMATION)

/* PORT_CONFIGURATION_INFORMATION.DumpMode. */
#define DUMP_MODE_CRASH		0x01
#define DUMP_MODE_HIBER		0x02
#define DUMP_MODE_MARK_MEMORY	0x03
#define DUMP_MODE_RESUME	0x04

/* HW_INITIALIZATION_DATA.MapBuffers and PORT_CONFIGURATION_INFORMATION.MapBuffers. */
#define STOR_MAP_NO_BUFFERS				0
#define STOR_MAP_ALL_BUFFERS				1
#define STOR_MAP_NON_READ_WRITE_BUFFERS			2
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE	3

/* Value types of StorPortRegistryRead/Write.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportregistryread */
#define MINIPORT_REG_SZ		1
#define MINIPORT_REG_BINARY	3
#define MINIPORT_REG_DWORD	4
#define MINIPORT_REG_MULTI_SZ	7

/* ChangedEntity of StorPortStateChangeDetected.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportstatechangedetected */
#define STATE_CHANGE_LUN	0x1
#define STATE_CHANGE_TARGET	0x2
#define STATE_CHANGE_BUS	0x4

/* Flags of StorPortAsyncNotificationDetected.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportasyncnotificationdetected */
#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS	0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS	0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION	0x4

typedef enum _STOR_DMA_WIDTH {
	DmaUnknown,
	Dma32Bit,
	Dma64BitScatterGather,
	Dma64Bit
} STOR_DMA_WIDTH;

/* ==== Performance options (StorPortInitializePerfOpts) ===================================
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_perf_configuration_data
 */
#define STOR_PERF_DPC_REDIRECTION				0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS				0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES			0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY				0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO	0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU			0x00000020
/* Valid with version 5; the value is the next free bit (inferred). */
#define STOR_PERF_NO_SGL					0x00000040

#define STOR_PERF_VERSION_2	0x00000002
#define STOR_PERF_VERSION_3	0x00000003
#define STOR_PERF_VERSION_4	0x00000004
#define STOR_PERF_VERSION_5	0x00000005
#define STOR_PERF_VERSION	STOR_PERF_VERSION_5

typedef struct _PERF_CONFIGURATION_DATA {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	ULONG ConcurrentChannels;
	ULONG FirstRedirectionMessageNumber;
	ULONG LastRedirectionMessageNumber;
	ULONG DeviceNode;
	ULONG Reserved;
	PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_startio_performance_parameters */
typedef struct _STARTIO_PERFORMANCE_PARAMETERS {
	ULONG Version;
	ULONG Size;
	ULONG MessageNumber;
	ULONG ChannelNumber;
} STARTIO_PERFORMANCE_PARAMETERS, *PSTARTIO_PERFORMANCE_PARAMETERS;

/* ==== Device capabilities, unit attributes, dump pointers ================================= */

#define STOR_DEVICE_CAPABILITIES_EX_VERSION_1 0x1

/* The reply to StorQueryCapabilities (SRB_FUNCTION_PNP). The doc page shows ULONG Version and
 * Size; the header has USHORT, which we follow (STORPORT.md: the header wins on layout).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_device_capabilities_ex */
typedef struct _STOR_DEVICE_CAPABILITIES_EX {
	USHORT Version;
	USHORT Size;
	ULONG DeviceD1 : 1;
	ULONG DeviceD2 : 1;
	ULONG LockSupported : 1;
	ULONG EjectSupported : 1;
	ULONG Removable : 1;
	ULONG DockDevice : 1;
	ULONG UniqueID : 1;
	ULONG SilentInstall : 1;
	ULONG RawDeviceOK : 1;
	ULONG SurpriseRemovalOK : 1;
	ULONG NoDisplayInUI : 1;
	ULONG DefaultWriteCacheEnabled : 1;
	ULONG Reserved0 : 20;
	ULONG Address;
	ULONG UINumber;
	ULONG Reserved1[2];
} STOR_DEVICE_CAPABILITIES_EX, *PSTOR_DEVICE_CAPABILITIES_EX;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_unit_attributes */
typedef struct _STOR_UNIT_ATTRIBUTES {
	ULONG DeviceAttentionSupported : 1;
	ULONG AsyncNotificationSupported : 1;
	ULONG D3ColdNotSupported : 1;
	ULONG Reserved : 29;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

#define DUMP_MINIPORT_VERSION_1		0x0100
#define DUMP_MINIPORT_VERSION		0x0200
#define DUMP_MINIPORT_NAME_LENGTH	15

/* Data a miniport hands to the dump stack (SRB_FUNCTION_DUMP_POINTERS).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_miniport_dump_pointers */
typedef struct _MINIPORT_DUMP_POINTERS {
	USHORT Version;
	USHORT Size;
	WCHAR DriverName[DUMP_MINIPORT_NAME_LENGTH];
	struct _ADAPTER_OBJECT *AdapterObject;
	PVOID MappedRegisterBase;
	ULONG CommonBufferSize;
	PVOID MiniportPrivateDumpData;
	ULONG SystemIoBusNumber;
	INTERFACE_TYPE AdapterInterfaceType;
	ULONG MaximumTransferLength;
	ULONG NumberOfPhysicalBreaks;
	ULONG AlignmentMask;
	ULONG NumberOfAccessRanges;
	ACCESS_RANGE (*AccessRanges)[];
	UCHAR NumberOfBuses;
	BOOLEAN Master;
	BOOLEAN MapBuffers;
	UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

/* ==== Adapter and unit control parameter blocks ==========================================
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_adapter_control
 */

/* Common header; Address is NULL for the adapter and a STOR_ADDRESS for a unit. */
typedef struct _STOR_POWER_CONTROL_HEADER {
	ULONG Version;
	ULONG Size;
	PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

/* ScsiPowerSettingNotification. */
typedef struct _STOR_POWER_SETTING_INFO {
	GUID PowerSettingGuid;
	PVOID Value;
	ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

/* ScsiAdapterPower. */
typedef struct _STOR_ADAPTER_CONTROL_POWER {
	STOR_POWER_CONTROL_HEADER Header;
	STOR_POWER_ACTION PowerAction;
	STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

/* ScsiUnitPower. */
typedef struct _STOR_UNIT_CONTROL_POWER {
	PSTOR_ADDRESS Address;
	STOR_POWER_ACTION PowerAction;
	STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

typedef enum _RAID_SYSTEM_POWER {
	RaidSystemPowerUnknown,
	RaidSystemPowerLowest,
	RaidSystemPowerLow,
	RaidSystemPowerMedium,
	RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

/* ScsiAdapterSystemPowerHints. */
typedef struct _STOR_SYSTEM_POWER_HINTS {
	ULONG Version;
	ULONG Size;
	RAID_SYSTEM_POWER SystemPower;
	ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

#define STOR_SYSTEM_POWER_HINTS_V1 0x1

/* ScsiUnitPoFxPowerInfo. */
typedef struct _STOR_POFX_UNIT_POWER_INFO {
	STOR_POWER_CONTROL_HEADER Header;
	BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

/* Scsi(Adapter|Unit)PoFxPowerRequired. */
typedef struct _STOR_POFX_POWER_REQUIRED_CONTEXT {
	STOR_POWER_CONTROL_HEADER Header;
	BOOLEAN PowerRequired;
} STOR_POFX_POWER_REQUIRED_CONTEXT, *PSTOR_POFX_POWER_REQUIRED_CONTEXT;

/* Scsi(Adapter|Unit)PoFxPowerActive. */
typedef struct _STOR_POFX_ACTIVE_CONTEXT {
	STOR_POWER_CONTROL_HEADER Header;
	ULONG ComponentIndex;
	BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

/* Scsi(Adapter|Unit)PoFxPowerSetFState. */
typedef struct _STOR_POFX_FSTATE_CONTEXT {
	STOR_POWER_CONTROL_HEADER Header;
	ULONG ComponentIndex;
	ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

/* Scsi(Adapter|Unit)PoFxPowerControl. */
typedef struct _STOR_POFX_POWER_CONTROL {
	STOR_POWER_CONTROL_HEADER Header;
	LPCGUID PowerControlCode;
	SIZE_T InBufferSize;
	SIZE_T OutBufferSize;
	PVOID InBuffer;
	PVOID OutBuffer;
	PSIZE_T BytesReturned;
} STOR_POFX_POWER_CONTROL, *PSTOR_POFX_POWER_CONTROL;

/* ==== Runtime power management (StorPortInitializePoFxPower) =============================
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_pofx_device
 */
typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
	ULONG Version;
	ULONG Size;
	ULONGLONG TransitionLatency;
	ULONGLONG ResidencyRequirement;
	ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;

#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE (sizeof(STOR_POFX_COMPONENT_IDLE_STATE))
#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1 1
#define STOR_POFX_UNKNOWN_POWER 0xFFFFFFFF
#define STOR_POFX_UNKNOWN_TIME 0xFFFFFFFFFFFFFFFFULL

typedef struct _STOR_POFX_COMPONENT {
	ULONG Version;
	ULONG Size;
	ULONG FStateCount;
	ULONG DeepestWakeableFState;
	GUID Id;
	STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;

#define STOR_POFX_COMPONENT_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_COMPONENT, FStates))
#define STOR_POFX_COMPONENT_VERSION_V1 1

typedef struct _STOR_POFX_COMPONENT_V2 {
	ULONG Version;
	ULONG Size;
	ULONG FStateCount;
	ULONG DeepestWakeableFState;
	GUID Id;
	ULONG DeepestAdapterPowerRequiredFState;
	ULONG DeepestCrashDumpReadyFState;
	STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;

#define STOR_POFX_COMPONENT_V2_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_COMPONENT_V2, FStates))
#define STOR_POFX_COMPONENT_VERSION_V2 2

typedef struct _STOR_POFX_DEVICE {
	ULONG Version;
	ULONG Size;
	ULONG ComponentCount;
	ULONG Flags;
	STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;

#define STOR_POFX_DEVICE_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_DEVICE, Components))
#define STOR_POFX_DEVICE_VERSION_V1 1

typedef struct _STOR_POFX_DEVICE_V2 {
	ULONG Version;
	ULONG Size;
	ULONG ComponentCount;
	ULONG Flags;
	union {
		ULONG UnitMinIdleTimeoutInMS;
		ULONG AdapterIdleTimeoutInMS;
	};
	STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;

#define STOR_POFX_DEVICE_V2_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_DEVICE_V2, Components))
#define STOR_POFX_DEVICE_VERSION_V2 2

typedef struct _STOR_POFX_DEVICE_V3 {
	ULONG Version;
	ULONG Size;
	ULONG ComponentCount;
	ULONG Flags;
	union {
		ULONG UnitMinIdleTimeoutInMS;
		ULONG AdapterIdleTimeoutInMS;
	};
	ULONG MinimumPowerCyclePeriodInMS;
	STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;

#define STOR_POFX_DEVICE_V3_SIZE ((ULONG)FIELD_OFFSET(STOR_POFX_DEVICE_V3, Components))
#define STOR_POFX_DEVICE_VERSION_V3 3

#define STOR_POFX_UNIT_MIN_COMPONENTS		1
#define STOR_POFX_UNIT_MAX_COMPONENTS		1
#define STOR_POFX_ADAPTER_MIN_COMPONENTS	1
#define STOR_POFX_ADAPTER_MAX_COMPONENTS	1
#define STOR_POFX_UNIT_MIN_IDLE_STATES		1
#define STOR_POFX_UNIT_MAX_IDLE_STATES		2
#define STOR_POFX_ADAPTER_MIN_IDLE_STATES	1
#define STOR_POFX_ADAPTER_MAX_IDLE_STATES	8

/* STOR_POFX_DEVICE.Flags. */
#define STOR_POFX_DEVICE_FLAG_NO_D0			0x01
#define STOR_POFX_DEVICE_FLAG_NO_D3			0x02
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD		0x04
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE		0x08
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT		0x10
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT	0x20
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION	0x40
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL	0x80
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE		0x100
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON	0x200
#define STOR_POFX_DEVICE_FLAG_DISABLE_INTERRUPTS_ON_D3	0x400
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE		0x800
#define STOR_POFX_DEVICE_FLAG_GET_PERF_STATE_FROM_PEP	0x1000

typedef enum _STOR_POFX_PERF_STATE_UNIT {
	StorPoFxPerfStateUnitOther,
	StorPoFxPerfStateUnitFrequency,
	StorPoFxPerfStateUnitBandwidth,
	StorPoFxPerfStateUnitMilliwatts,
	StorPoFxPerfStateUnitMaximum
} STOR_POFX_PERF_STATE_UNIT, *PSTOR_POFX_PERF_STATE_UNIT;

typedef enum _STOR_POFX_PERF_STATE_TYPE {
	StorPoFxPerfStateTypeDiscrete,
	StorPoFxPerfStateTypeRange,
	StorPoFxPerfStateTypeMaximum
} STOR_POFX_PERF_STATE_TYPE, *PSTOR_POFX_PERF_STATE_TYPE;

typedef struct _STOR_POFX_PERF_STATE {
	ULONG Version;
	ULONG Size;
	ULONGLONG Value;
	PVOID Context;
} STOR_POFX_PERF_STATE, *PSTOR_POFX_PERF_STATE;

#define STOR_POFX_PERF_STATE_SIZE (sizeof(STOR_POFX_PERF_STATE))
#define STOR_POFX_PERF_STATE_VERSION_V1 1

typedef struct _STOR_POFX_COMPONENT_PERF_SET {
	ULONG Version;
	ULONG Size;
	ULONGLONG Flags;
	STOR_POFX_PERF_STATE_UNIT PStateUnit;
	STOR_POFX_PERF_STATE_TYPE PStateType;
	union {
		struct {
			ULONG Count;
			ULONG Offset;
		} Discrete;
		struct {
			ULONGLONG Minimum;
			ULONGLONG Maximum;
		} Range;
	} PStates;
} STOR_POFX_COMPONENT_PERF_SET, *PSTOR_POFX_COMPONENT_PERF_SET;

#define STOR_POFX_COMPONENT_PERF_SET_SIZE (sizeof(STOR_POFX_COMPONENT_PERF_SET))
#define STOR_POFX_COMPONENT_PERF_SET_VERSION_V1 1

/* ==== Request information, logging, ETW ================================================== */

typedef struct _STOR_UNICODE_STRING {
	USHORT Length;
	USHORT MaximumLength;
	PWCH Buffer;
} STOR_UNICODE_STRING, *PSTOR_UNICODE_STRING;

typedef enum _STOR_IO_PRIORITY_HINT {
	StorIoPriorityVeryLow = 0,
	StorIoPriorityLow,
	StorIoPriorityNormal,
	StorIoPriorityHigh,
	StorIoPriorityCritical,
	StorIoMaxPriorityTypes,
	StorIoMaxPriorityValue = 0xffff
} STOR_IO_PRIORITY_HINT, *PSTOR_IO_PRIORITY_HINT;

#define STOR_REQUEST_INFO_VER_1	1
#define STOR_REQUEST_INFO_VER_2	2
#define STOR_REQUEST_INFO_VER	STOR_REQUEST_INFO_VER_2

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_request_info */
typedef struct _STOR_REQUEST_INFO_V2 {
	USHORT Version;
	USHORT Size;
	STOR_IO_PRIORITY_HINT PriorityHint;
	ULONG Flags;
	ULONG Key;
	ULONG Length;
	BOOLEAN IsWriteRequest;
	UCHAR Reserved[3];
	PSTOR_UNICODE_STRING FileName;
	ULONG ProcessId;
} STOR_REQUEST_INFO_V2, *PSTOR_REQUEST_INFO_V2;

typedef STOR_REQUEST_INFO_V2 STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;

typedef enum _STOR_EVENT_ASSOCIATION_ENUM {
	StorEventAdapterAssociation = 0,
	StorEventLunAssociation,
	StorEventTargetAssociation,
	StorEventInvalidAssociation
} STOR_EVENT_ASSOCIATION_ENUM;

#define STOR_CURRENT_LOG_INTERFACE_REVISION 0x100 /* value inferred */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_log_event_details */
typedef struct _STOR_LOG_EVENT_DETAILS {
	ULONG InterfaceRevision;
	ULONG Size;
	ULONG Flags;
	STOR_EVENT_ASSOCIATION_ENUM EventAssociation;
	ULONG PathId;
	ULONG TargetId;
	ULONG LunId;
	BOOLEAN StorportSpecificErrorCode;
	ULONG ErrorCode;
	ULONG UniqueId;
	ULONG DumpDataSize;
	PVOID DumpData;
	ULONG StringCount;
	PWSTR *StringList;
} STOR_LOG_EVENT_DETAILS, *PSTOR_LOG_EVENT_DETAILS;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-_storport_etw_level */
typedef enum _STORPORT_ETW_LEVEL {
	StorportEtwLevelLogAlways = 0,
	StorportEtwLevelCritical = 1,
	StorportEtwLevelError = 2,
	StorportEtwLevelWarning = 3,
	StorportEtwLevelInformational = 4,
	StorportEtwLevelVerbose = 5,
	StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

#define STORPORT_ETW_EVENT_KEYWORD_IO			0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE		0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER		0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION		0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE	0x10

typedef enum _STORPORT_ETW_EVENT_OPCODE {
	StorportEtwEventOpcodeInfo = 0,
	StorportEtwEventOpcodeStart = 1,
	StorportEtwEventOpcodeStop = 2,
	StorportEtwEventOpcodeDC_Start = 3,
	StorportEtwEventOpcodeDC_Stop = 4,
	StorportEtwEventOpcodeExtension = 5,
	StorportEtwEventOpcodeReply = 6,
	StorportEtwEventOpcodeResume = 7,
	StorportEtwEventOpcodeSuspend = 8,
	StorportEtwEventOpcodeSend = 9,
	StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

/* Limits in characters, without the terminating NUL. */
#define STORPORT_ETW_MAX_DESCRIPTION_LENGTH	32
#define STORPORT_ETW_MAX_PARAM_NAME_LENGTH	16

typedef enum _STORPORT_ETW_EVENT_CHANNEL {
	StorportEtwEventDiagnostic,
	StorportEtwEventOperational,
	StorportEtwEventHealth,
	StorportEtwEventIoPerformance
} STORPORT_ETW_EVENT_CHANNEL, *PSTORPORT_ETW_EVENT_CHANNEL;

#define EVENT_BUFFER_MAX_LENGTH		4096
#define EVENT_NAME_MAX_LENGTH		32
#define EVENT_MAX_PARAM_NAME_LEN	32

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_storport_telemetry_event */
typedef struct _STORPORT_TELEMETRY_EVENT {
	ULONG DriverVersion;
	ULONG EventId;
	UCHAR EventName[EVENT_NAME_MAX_LENGTH];
	ULONG EventVersion;
	ULONG Flags;
	ULONG EventBufferLength;
	PUCHAR EventBuffer;
	UCHAR ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue0;
	UCHAR ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue1;
	UCHAR ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue2;
	UCHAR ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue3;
	UCHAR ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue4;
	UCHAR ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue5;
	UCHAR ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue6;
	UCHAR ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

/* ==== Small Storport object types ========================================================= */

/* Storport's own spellings of kernel list and lock types; modelled as the kernel types so
 * that drivers may pass either (layout identical; the aliasing is ours). */
typedef LIST_ENTRY STOR_LIST_ENTRY, *PSTOR_LIST_ENTRY;
typedef SLIST_ENTRY STOR_SLIST_ENTRY, *PSTOR_SLIST_ENTRY;
typedef SLIST_HEADER STOR_SLIST_HEADER, *PSTOR_SLIST_HEADER;
typedef KSPIN_LOCK STOR_KSPIN_LOCK, *PSTOR_KSPIN_LOCK;
typedef GROUP_AFFINITY STOR_GROUP_AFFINITY, *PSTOR_GROUP_AFFINITY;

/* An event object for StorPortInitializeEvent/SetEvent/WaitForSingleObject. Opaque to the
 * miniport; the size (that of a kernel event) is inferred.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-stor_event */
typedef struct _STOR_EVENT {
	ULONG_PTR Reserved[3];
} STOR_EVENT, *PSTOR_EVENT;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-stor_event_type */
typedef enum _STOR_EVENT_TYPE {
	StorNotificationEvent,
	StorSynchronizationEvent
} STOR_EVENT_TYPE, *PSTOR_EVENT_TYPE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-stor_thread_priority */
typedef enum _STOR_THREAD_PRIORITY {
	StorThreadPriorityBackground,
	StorThreadPriorityNormal,
	StorThreadPriorityDelayed,
	StorThreadPriorityCritical,
	StorThreadPrioritySuperCritical,
	StorThreadPriorityHyperCritical,
	StorThreadPriorityRealTime
} STOR_THREAD_PRIORITY, *PSTOR_THREAD_PRIORITY;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ne-storport-stor_device_reset_type */
typedef enum _STOR_DEVICE_RESET_TYPE {
	StorFunctionLevelReset,
	StorPlatformLevelReset,
	StorBusSpecificReset
} STOR_DEVICE_RESET_TYPE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-stor_dpc_watchdog_information */
typedef struct _STOR_DPC_WATCHDOG_INFORMATION {
	ULONG DpcTimeLimit;
	ULONG DpcTimeCount;
	ULONG DpcWatchdogLimit;
	ULONG DpcWatchdogCount;
	ULONG Reserved;
} STOR_DPC_WATCHDOG_INFORMATION, *PSTOR_DPC_WATCHDOG_INFORMATION;

/* Argument of StorPortCaptureLiveDump; its members are not modelled. */
typedef struct _STORPORT_CAPTURE_LIVEDUMP *PSTORPORT_CAPTURE_LIVEDUMP;

/* Result of the legacy scatter/gather builder; and the callback StorPortBuildScatterGatherList
 * runs once the list is built (the header spells the type PpostScaterGatherExecute).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportbuildscattergatherlist */
typedef enum _GETSGSTATUS {
	SG_ALLOCATED = 0,
	SG_BUFFER_TOO_SMALL
} GETSGSTATUS, *PGETSGSTATUS;

typedef VOID (*PpostScaterGatherExecute)(_In_ PVOID *DeviceObject, _In_ PVOID *Irp,
					 _In_ PSTOR_SCATTER_GATHER_LIST ScatterGather,
					 _In_ PVOID Context);
typedef PpostScaterGatherExecute PPOST_SCATTER_GATHER_EXECUTE;

/* ==== Extended functions ================================================================== */

/* FunctionCode of StorPortExtendedFunction, in header order from 0 (the WDK names the type
 * STORPORT_FUNCTION_CODE). The routines below are the documented way to reach them. */
typedef enum _STORPORT_FUNCTION_CODE {
	ExtFunctionAllocatePool,
	ExtFunctionFreePool,
	ExtFunctionAllocateMdl,
	ExtFunctionFreeMdl,
	ExtFunctionBuildMdlForNonPagedPool,
	ExtFunctionGetSystemAddress,
	ExtFunctionGetOriginalMdl,
	ExtFunctionCompleteServiceIrp,
	ExtFunctionGetDeviceObjects,
	ExtFunctionBuildScatterGatherList,
	ExtFunctionPutScatterGatherList,
	ExtFunctionAcquireMSISpinLock,
	ExtFunctionReleaseMSISpinLock,
	ExtFunctionGetMessageInterruptInformation,
	ExtFunctionInitializePerformanceOptimizations,
	ExtFunctionGetStartIoPerformanceParameters,
	ExtFunctionLogSystemEvent,
	ExtFunctionGetCurrentProcessorNumber,
	ExtFunctionGetActiveGroupCount,
	ExtFunctionGetGroupAffinity,
	ExtFunctionGetActiveNodeCount,
	ExtFunctionGetNodeAffinity,
	ExtFunctionGetHighestNodeNumber,
	ExtFunctionGetLogicalProcessorRelationship,
	ExtFunctionAllocateContiguousMemorySpecifyCacheNode,
	ExtFunctionFreeContiguousMemorySpecifyCache,
	ExtFunctionSetPowerSettingNotificationGuids,
	ExtFunctionInvokeAcpiMethod,
	ExtFunctionGetRequestInfo,
	ExtFunctionInitializeWorker,
	ExtFunctionQueueWorkItem,
	ExtFunctionFreeWorker,
	ExtFunctionInitializeTimer,
	ExtFunctionRequestTimer,
	ExtFunctionFreeTimer,
	ExtFunctionInitializeSListHead,
	ExtFunctionInterlockedFlushSList,
	ExtFunctionInterlockedPopEntrySList,
	ExtFunctionInterlockedPushEntrySList,
	ExtFunctionQueryDepthSList,
	ExtFunctionGetActivityId,
	ExtFunctionGetSystemPortNumber,
	ExtFunctionGetDataInBufferMdl,
	ExtFunctionGetDataInBufferSystemAddress,
	ExtFunctionGetDataInBufferScatterGatherList,
	ExtFunctionMarkDumpMemory,
	ExtFunctionSetUnitAttributes,
	ExtFunctionQueryPerformanceCounter,
	ExtFunctionInitializePoFxPower,
	ExtFunctionPoFxActivateComponent,
	ExtFunctionPoFxIdleComponent,
	ExtFunctionPoFxSetComponentLatency,
	ExtFunctionPoFxSetComponentResidency,
	ExtFunctionPoFxPowerControl,
	ExtFunctionFlushDataBufferMdl,
	ExtFunctionDeviceOperationAllowed,
	ExtFunctionGetProcessorIndexFromNumber,
	ExtFunctionPoFxSetIdleTimeout,
	ExtFunctionMiniportEtwEvent2,
	ExtFunctionMiniportEtwEvent4,
	ExtFunctionMiniportEtwEvent8,
	ExtFunctionCurrentOsInstallationUpgrade,
	ExtFunctionRegistryReadAdapterKey,
	ExtFunctionRegistryWriteAdapterKey,
	ExtFunctionSetAdapterBusType,
	ExtFunctionPoFxRegisterPerfStates,
	ExtFunctionPoFxSetPerfState,
	ExtFunctionGetD3ColdSupport,
	ExtFunctionInitializeRpmb,
	ExtFunctionAllocateHmb,
	ExtFunctionFreeHmb,
	ExtFunctionPropagateIrpExtension,
	ExtFunctionInterlockedInsertHeadList,
	ExtFunctionInterlockedInsertTailList,
	ExtFunctionInterlockedRemoveHeadList,
	ExtFunctionInitializeSpinlock,
	ExtFunctionGetPfns,
	ExtFunctionInitializeCryptoEngine,
	ExtFunctionGetRequestCryptoInfo,
	ExtFunctionMiniportTelemetry,
	ExtFunctionUpdateAdapterMaxIO,
	ExtFunctionDelayExecution,
	ExtFunctionAllocateDmaMemory,
	ExtFunctionFreeDmaMemory,
	ExtFunctionUpdateAdapterMaxIOInfo,
	ExtFunctionMiniportChannelEtwEvent2,
	ExtFunctionMiniportChannelEtwEvent4,
	ExtFunctionMiniportChannelEtwEvent8,
	ExtFunctionInitializeHighResolutionTimer,
	ExtFunctionRequestHighResolutionTimer,
	ExtFunctionCancelHighResolutionTimer,
	ExtFunctionFreeHighResolutionTimer,
	ExtFunctionGetCurrentProcessorIndex,
	ExtFunctionAcquireSpinLock,
	ExtFunctionGetProcessorCount,
	ExtFunctionCancelDpc,
	ExtFunctionMiniportTelemetryEx,
	ExtFunctionQueryConfiguration,
	ExtFunctionLogHardwareError,
	ExtFunctionInitializeEvent,
	ExtFunctionWaitForEvent,
	ExtFunctionSetEvent,
	ExtFunctionDeviceReset,
	ExtFunctionSetFeatureList,
	ExtFunctionCaptureLiveDump,
	ExtFunctionMiniportLogByteStream,
	ExtFunctionQueryDpcWatchdogInformation,
	ExtFunctionQueryTimerMinInterval,
	ExtFunctionMaskPciMsixEntry,
	ExtFunctionGetCurrentIrql,
	ExtFunctionCreateSystemThread,
	ExtFunctionSetPriorityThread,
	ExtFunctionSetSystemGroupAffinityThread,
	ExtFunctionRevertToUserGroupAffinityThread,
	ExtFunctionDeviceResetEx,
	ExtFunctionMiniportReportInternalData,
	ExtFunctionGetMessageInterruptIDFromProcessorIndex,
	ExtFunctionGetNodeAffinity2,
	ExtFunctionEnableRegistryKeyNotification,
	ExtFunctionPoFxRegisterPerfStatesEx
} STORPORT_FUNCTION_CODE, *PSTORPORT_FUNCTION_CODE;

/* The polymorphic entry behind the extended routines; no IRQL is documented for it.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportextendedfunction */
STORPORT_API ULONG StorPortExtendedFunction(_In_ STORPORT_FUNCTION_CODE FunctionCode,
					    _In_ PVOID HwDeviceExtension, ...);

/* ==== Adapter configuration and mapping (HwStorFindAdapter) ===============================
 * Several routines here have a context rule instead of an IRQL: only from HwStorFindAdapter
 * (STORPORT.md 5.1). They carry no IRQL annotation.
 */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetdevicebase */
STORPORT_API PVOID NTAPI StorPortGetDeviceBase(_In_ PVOID HwDeviceExtension,
					       _In_ INTERFACE_TYPE BusType,
					       _In_ ULONG SystemIoBusNumber,
					       _In_ STOR_PHYSICAL_ADDRESS IoAddress,
					       _In_ ULONG NumberOfBytes, _In_ BOOLEAN InIoSpace);

STORPORT_API ULONG StorPortGetDeviceBase2(_In_ PVOID HwDeviceExtension, _In_ INTERFACE_TYPE BusType,
					  _In_ ULONG SystemIoBusNumber,
					  _In_ STOR_PHYSICAL_ADDRESS Address, _In_ ULONG NumberOfBytes,
					  _In_ BOOLEAN InIoSpace, _In_ ULONG Flags,
					  _Out_ PVOID *BaseAddress);

/* Only from HwStorFindAdapter.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreedevicebase */
STORPORT_API VOID NTAPI StorPortFreeDeviceBase(_In_ PVOID HwDeviceExtension,
					       _In_ PVOID MappedAddress);

/* Only from HwStorFindAdapter, after SrbExtensionSize is set.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetuncachedextension */
STORPORT_API PVOID NTAPI StorPortGetUncachedExtension(
	_In_ PVOID HwDeviceExtension, _In_ PPORT_CONFIGURATION_INFORMATION ConfigInfo,
	_In_ ULONG NumberOfBytes);

/* Only from HwStorFindAdapter or HwStorAdapterControl(ScsiSetRunningConfig).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetbusdata */
STORPORT_API ULONG NTAPI StorPortGetBusData(_In_ PVOID DeviceExtension, _In_ ULONG BusDataType,
					    _In_ ULONG SystemIoBusNumber, _In_ ULONG SlotNumber,
					    _Inout_ PVOID Buffer, _In_ ULONG Length);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetbusdatabyoffset */
STORPORT_API ULONG NTAPI StorPortSetBusDataByOffset(_In_ PVOID DeviceExtension,
						    _In_ ULONG BusDataType,
						    _In_ ULONG SystemIoBusNumber,
						    _In_ ULONG SlotNumber, _In_ PVOID Buffer,
						    _In_ ULONG Offset, _In_ ULONG Length);

/* Deprecated (SDV StorPortDeprecated).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportvalidaterange */
STORPORT_API BOOLEAN NTAPI StorPortValidateRange(_In_ PVOID HwDeviceExtension,
						 _In_ INTERFACE_TYPE BusType,
						 _In_ ULONG SystemIoBusNumber,
						 _In_ STOR_PHYSICAL_ADDRESS IoAddress,
						 _In_ ULONG NumberOfBytes, _In_ BOOLEAN InIoSpace);

/* Returns STOR_STATUS_UNSUCCESSFUL outside HwStorFindAdapter.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetadapterbustype */
STORPORT_API ULONG StorPortSetAdapterBusType(_In_ PVOID HwDeviceExtension, _In_ ULONG BusType);

/* Early in HwStorFindAdapter.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetfeaturelist */
STORPORT_API ULONG StorPortSetFeatureList(_In_ PVOID HwDeviceExtension, _In_ ULONG FeatureCount,
					  _In_ PBOOLEAN FeatureList);

/* Any IRQL; only from DriverEntry or HwStorFindAdapter.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportmarkdumpmemory */
STORPORT_API ULONG StorPortMarkDumpMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID Address,
					  _In_ ULONG_PTR Length, _In_ ULONG Flags);

/* Any IRQL; called in HwStorFindAdapter.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetpowersettingnotificationguids */
STORPORT_API ULONG StorPortSetPowerSettingNotificationGuids(_In_ PVOID HwDeviceExtension,
							    _In_ ULONG GuidCount,
							    _In_ LPGUID Guid);

/* Only from HwStorInitialize or HwStorPassiveInitializeRoutine; no IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializeperfopts */
STORPORT_API ULONG StorPortInitializePerfOpts(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Query,
					      _Inout_ PPERF_CONFIGURATION_DATA PerfConfigData);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetstartioperfparams */
STORPORT_API ULONG StorPortGetStartIoPerfParams(
	_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
	_Inout_ PSTARTIO_PERFORMANCE_PARAMETERS StartIoPerfParams);

/* ==== Requests, units and queues ========================================================= */

/* Port-only: SDV StorPortCompleteRequest says to use StorPortNotification(RequestComplete).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportcompleterequest */
STORPORT_API VOID NTAPI StorPortCompleteRequest(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
						_In_ UCHAR TargetId, _In_ UCHAR Lun,
						_In_ UCHAR SrbStatus);

/* Takes the interrupt lock internally when called at DISPATCH_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetlogicalunit */
STORPORT_API PVOID NTAPI StorPortGetLogicalUnit(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
						_In_ UCHAR TargetId, _In_ UCHAR Lun);

/* Only after the first INQUIRY to the unit.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetdevicequeuedepth */
STORPORT_API BOOLEAN NTAPI StorPortSetDeviceQueueDepth(_In_ PVOID HwDeviceExtension,
						       _In_ UCHAR PathId, _In_ UCHAR TargetId,
						       _In_ UCHAR Lun, _In_ ULONG Depth);

/* Queue control; no IRQL documented for any of them.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpause */
STORPORT_API BOOLEAN NTAPI StorPortPause(_In_ PVOID HwDeviceExtension, _In_ ULONG TimeOut);
STORPORT_API BOOLEAN NTAPI StorPortResume(_In_ PVOID HwDeviceExtension);
STORPORT_API BOOLEAN NTAPI StorPortPauseDevice(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
					       _In_ UCHAR TargetId, _In_ UCHAR Lun,
					       _In_ ULONG TimeOut);
STORPORT_API BOOLEAN NTAPI StorPortResumeDevice(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
						_In_ UCHAR TargetId, _In_ UCHAR Lun);
STORPORT_API BOOLEAN NTAPI StorPortBusy(_In_ PVOID HwDeviceExtension,
					_In_ ULONG RequestsToComplete);
STORPORT_API BOOLEAN NTAPI StorPortReady(_In_ PVOID HwDeviceExtension);
STORPORT_API BOOLEAN NTAPI StorPortDeviceBusy(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
					      _In_ UCHAR TargetId, _In_ UCHAR Lun,
					      _In_ ULONG RequestsToComplete);
STORPORT_API BOOLEAN NTAPI StorPortDeviceReady(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
					       _In_ UCHAR TargetId, _In_ UCHAR Lun);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportstatechangedetected */
STORPORT_API ULONG StorPortStateChangeDetected(_In_ PVOID HwDeviceExtension,
					       _In_ ULONG ChangedEntity,
					       _In_ PSTOR_ADDRESS Address, _In_ ULONG Attributes,
					       _In_opt_ PHW_STATE_CHANGE HwStateChange,
					       _In_opt_ PVOID HwStateChangeContext);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportasyncnotificationdetected */
STORPORT_API ULONG StorPortAsyncNotificationDetected(_In_ PVOID HwDeviceExtension,
						     _In_ PSTOR_ADDRESS Address,
						     _In_ ULONGLONG Flags);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetunitattributes */
STORPORT_API ULONG StorPortSetUnitAttributes(_In_ PVOID HwDeviceExtension,
					     _In_ PSTOR_ADDRESS Address,
					     _In_ STOR_UNIT_ATTRIBUTES Attributes);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportmarkdevicefailed */
STORPORT_API VOID StorPortMarkDeviceFailed(_In_ PVOID HwDeviceExtension,
					   _In_opt_ PSTOR_ADDRESS StorAddress, _In_ ULONG Flags,
					   _In_ PWSTR FailReason);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportmarkdevicefailedex */
STORPORT_API ULONG StorPortMarkDeviceFailedEx(_In_ PVOID HwDeviceExtension,
					      _In_opt_ PSTOR_ADDRESS StorAddress,
					      _In_ ULONG Flags, _In_ USHORT FaultCode,
					      _In_ PWSTR FaultDescription,
					      _In_ USHORT AdditionalDataSize,
					      _In_ PUCHAR AdditionalData,
					      _In_ USHORT CriticalDataSize, _In_ PUCHAR CriticalData);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetrequestinfo */
STORPORT_API ULONG StorPortGetRequestInfo(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
					  _Out_ PSTOR_REQUEST_INFO RequestInfo);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetactivityidsrb */
STORPORT_API ULONG StorPortGetActivityIdSrb(_In_ PVOID HwDeviceExtension,
					    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ LPGUID ActivityId);

/* Returns STOR_STATUS_INVALID_DEVICE_STATE while no port number is assigned.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetsystemportnumber */
STORPORT_API ULONG StorPortGetSystemPortNumber(_In_ PVOID HwDeviceExtension,
					       _Inout_ PSTOR_ADDRESS Address);

/* Virtual miniports finish a service request with this.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportcompleteserviceirp */
STORPORT_API ULONG StorPortCompleteServiceIrp(_In_ PVOID HwDeviceExtension, _In_ PVOID Irp);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetdeviceobjects */
STORPORT_API ULONG StorPortGetDeviceObjects(_In_ PVOID HwDeviceExtension,
					    _Out_ PVOID *AdapterDeviceObject,
					    _Out_ PVOID *PhysicalDeviceObject,
					    _Out_ PVOID *LowerDeviceObject);

/* ==== Data buffers, addresses and scatter/gather ========================================= */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetphysicaladdress */
STORPORT_API STOR_PHYSICAL_ADDRESS NTAPI StorPortGetPhysicalAddress(
	_In_ PVOID HwDeviceExtension, _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ PVOID VirtualAddress,
	_Out_ ULONG *Length);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetvirtualaddress */
STORPORT_API PVOID NTAPI StorPortGetVirtualAddress(_In_ PVOID HwDeviceExtension,
						   _In_ STOR_PHYSICAL_ADDRESS PhysicalAddress);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetscattergatherlist */
STORPORT_API PSTOR_SCATTER_GATHER_LIST NTAPI StorPortGetScatterGatherList(
	_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetsystemaddress */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetSystemAddress(_In_ PVOID HwDeviceExtension,
					    _In_ PSCSI_REQUEST_BLOCK Srb,
					    _Out_ PVOID *SystemAddress);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetoriginalmdl */
STORPORT_API ULONG StorPortGetOriginalMdl(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
					  _Out_ PVOID *Mdl);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetdatainbuffermdl */
STORPORT_API ULONG StorPortGetDataInBufferMdl(_In_ PVOID HwDeviceExtension,
					      _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PVOID *Mdl);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetdatainbufferscattergatherlist */
STORPORT_API ULONG StorPortGetDataInBufferScatterGatherList(_In_ PVOID HwDeviceExtension,
							    _In_ PSCSI_REQUEST_BLOCK Srb,
							    _Out_ PSTOR_SCATTER_GATHER_LIST *SgList);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetdatainbuffersystemaddress */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetDataInBufferSystemAddress(_In_ PVOID HwDeviceExtension,
							_In_ PSCSI_REQUEST_BLOCK Srb,
							_Out_ PVOID *SystemAddress);

/* Runs at DISPATCH_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportbuildscattergatherlist */
_IRQL_requires_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortBuildScatterGatherList(
	_In_ PVOID HwDeviceExtension, _In_ PVOID Mdl, _In_ PVOID CurrentVa, _In_ ULONG Length,
	_In_ PPOST_SCATTER_GATHER_EXECUTE ExecutionRoutine, _In_ PVOID Context,
	_In_ BOOLEAN WriteToDevice, _Inout_ PVOID ScatterGatherBuffer,
	_In_ ULONG ScatterGatherBufferLength);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportputscattergatherlist */
_IRQL_requires_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPutScatterGatherList(_In_ PVOID HwDeviceExtension,
						_In_ PSTOR_SCATTER_GATHER_LIST ScatterGatherList,
						_In_ BOOLEAN WriteToDevice);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetpfns */
STORPORT_API ULONG StorPortGetPfns(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
				   _In_ PVOID Mdl, _Out_ PVOID *Pfns, _Out_ ULONG *PfnCount,
				   _Out_ ULONG *StartingOffset);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportconvertulongtophysicaladdress */
STORPORT_API STOR_PHYSICAL_ADDRESS NTAPI StorPortConvertUlongToPhysicalAddress(
	_In_ ULONG_PTR UlongAddress);

/* A macro in the WDK as well: the low 32 bits of the address. */
#define StorPortConvertPhysicalAddressToUlong(Address) ((ULONG)((Address).LowPart))

/* ==== Memory ============================================================================== */

/* <= DISPATCH_LEVEL; STOR_STATUS_INVALID_IRQL above. Not in half-duplex HwStorStartIo.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocatepool */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortAllocatePool(_In_ PVOID HwDeviceExtension, _In_ ULONG NumberOfBytes,
					_In_ ULONG Tag, _Out_ PVOID *BufferPointer);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreepool */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortFreePool(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocatemdl */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortAllocateMdl(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer,
				       _In_ ULONG NumberOfBytes, _Out_ PVOID *Mdl);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreemdl */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortFreeMdl(_In_ PVOID HwDeviceExtension, _In_ PVOID Mdl);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportbuildmdlfornonpagedpool */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortBuildMdlForNonPagedPool(_In_ PVOID HwDeviceExtension,
						   _Inout_ PVOID Mdl);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocatecontiguousmemoryspecifycachenode */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortAllocateContiguousMemorySpecifyCacheNode(
	_In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes,
	_In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
	_In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
	_In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple, _In_ MEMORY_CACHING_TYPE CacheType,
	_In_ NODE_REQUIREMENT PreferredNode, _Out_ PVOID *BufferPointer);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreecontiguousmemoryspecifycache */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortFreeContiguousMemorySpecifyCache(_In_ PVOID HwDeviceExtension,
							    _In_ PVOID BaseAddress,
							    _In_ SIZE_T NumberOfBytes,
							    _In_ MEMORY_CACHING_TYPE CacheType);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocatedmamemory */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortAllocateDmaMemory(
	_In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes,
	_In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
	_In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
	_In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple, _In_ MEMORY_CACHING_TYPE CacheType,
	_In_ NODE_REQUIREMENT PreferredNode, _Out_ PVOID *BufferPointer,
	_Out_ PPHYSICAL_ADDRESS PhysicalAddress);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreedmamemory */
STORPORT_API ULONG StorPortFreeDmaMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID BaseAddress,
					 _In_ SIZE_T NumberOfBytes,
					 _In_ MEMORY_CACHING_TYPE CacheType,
					 _In_opt_ PHYSICAL_ADDRESS PhysicalAddress);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocatehostmemorybuffer */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortAllocateHostMemoryBuffer(
	_In_ PVOID HwDeviceExtension, _In_ SIZE_T MinimumBytes, _In_ SIZE_T PreferredBytes,
	_In_ ULONGLONG UtilizationBytes, _In_ ULONG AlignmentBytes,
	_In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
	_In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
	_In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
	_Inout_ PACCESS_RANGE PhysicalAddressRanges, _Inout_ PULONG PhysicalAddressRangeCount);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreehostmemorybuffer */
STORPORT_API ULONG StorPortFreeHostMemoryBuffer(_In_ PVOID HwDeviceExtension,
						_In_ PACCESS_RANGE PhysicalAddressRanges,
						_In_ ULONG PhysicalAddressRangeCount);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportmovememory */
STORPORT_API VOID NTAPI StorPortMoveMemory(_Out_ PVOID WriteBuffer, _In_ PVOID ReadBuffer,
					   _In_ ULONG Length);

/* A macro over memcpy in the WDK too. */
#define StorPortCopyMemory(Destination, Source, Length) \
	__builtin_memcpy((Destination), (Source), (Length))

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsecurecopymemory */
STORPORT_API ULONG StorPortSecureCopyMemory(_Out_ PVOID Dest, _In_ SIZE_T DestSizeInBytes,
					    _In_ const PVOID Src, _In_ SIZE_T Count);

/* ==== Registry ============================================================================
 * PASSIVE_LEVEL routines. The WDK header does not annotate StorPortRegistryRead/Write; the
 * documentation and SDV StorPortIrql do (DESIGN.md section 6, STORPORT.md 5.1).
 */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportregistryread */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API BOOLEAN NTAPI StorPortRegistryRead(_In_ PVOID HwDeviceExtension,
						_In_ PUCHAR ValueName, _In_ ULONG Global,
						_In_ ULONG Type, _Out_ PUCHAR Buffer,
						_Inout_ PULONG BufferLength);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportregistrywrite */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API BOOLEAN NTAPI StorPortRegistryWrite(_In_ PVOID HwDeviceExtension,
						 _In_ PUCHAR ValueName, _In_ ULONG Global,
						 _In_ ULONG Type, _In_ PUCHAR Buffer,
						 _In_ ULONG BufferLength);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportallocateregistrybuffer */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API PUCHAR NTAPI StorPortAllocateRegistryBuffer(_In_ PVOID HwDeviceExtension,
							 _In_ PULONG Length);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreeregistrybuffer */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API VOID NTAPI StorPortFreeRegistryBuffer(_In_ PVOID HwDeviceExtension,
						   _In_ PUCHAR Buffer);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportregistryreadadapterkey */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortRegistryReadAdapterKey(_In_ PVOID HwDeviceExtension,
						  _In_opt_ PUCHAR SubKeyName,
						  _In_ PUCHAR ValueName, _In_ ULONG ValueType,
						  _Inout_ PVOID *ValueData,
						  _Inout_ PULONG ValueDataLength);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportregistrywriteadapterkey */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortRegistryWriteAdapterKey(_In_ PVOID HwDeviceExtension,
						   _In_opt_ PUCHAR SubKeyName,
						   _In_ PUCHAR ValueName, _In_ ULONG ValueType,
						   _In_ PVOID ValueData, _In_ ULONG ValueDataLength);

/* No IRQL documented; the callback it registers runs at PASSIVE_LEVEL (inferred).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportenableregistrykeynotification */
STORPORT_API ULONG StorPortEnableRegistryKeyNotification(
	_In_ PVOID HwDeviceExtension, _In_ PHW_REGISTRY_NOTIFICATION_ROUTINE NotificationCallback);

/* ==== Work items, timers, events, threads ================================================ */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializeworker */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortInitializeWorker(_In_ PVOID HwDeviceExtension, _Out_ PVOID *Worker);

/* The callback runs at PASSIVE_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportqueueworkitem */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortQueueWorkItem(_In_ PVOID HwDeviceExtension,
					 _In_ PHW_WORKITEM WorkItemCallback, _In_ PVOID Worker,
					 _In_opt_ PVOID Context);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportqueueworkitemtonode */
STORPORT_API ULONG StorPortQueueWorkItemToNode(_In_ PVOID HwDeviceExtension,
					       _In_ PHW_WORKITEM WorkItemCallback,
					       _In_ PVOID Worker, _In_opt_ PVOID Context,
					       _In_ ULONG Node);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreeworker */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortFreeWorker(_In_ PVOID HwDeviceExtension, _In_ PVOID Worker);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializetimer */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortInitializeTimer(_In_ PVOID HwDeviceExtension,
					   _Out_ PVOID *TimerHandle);

/* Any IRQL; above DISPATCH_LEVEL the scheduling is deferred.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportrequesttimer */
STORPORT_API ULONG StorPortRequestTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle,
					_In_ PHW_TIMER_EX TimerCallback,
					_In_opt_ PVOID CallbackContext, _In_ ULONGLONG TimerValue,
					_In_ ULONGLONG TolerableDelay);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportfreetimer */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortFreeTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportquerytimermininterval */
STORPORT_API ULONG StorPortQueryTimerMinInterval(_In_ PVOID HwDeviceExtension,
						 _Out_ PULONG TimerMinInterval);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializeevent */
STORPORT_API ULONG StorPortInitializeEvent(_In_ PVOID HwDeviceExtension, _In_ PSTOR_EVENT Event,
					   _In_ STOR_EVENT_TYPE Type, _In_ BOOLEAN State);

/* Returns STOR_STATUS_INVALID_IRQL above DISPATCH_LEVEL. The page shows two parameters.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetevent */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortSetEvent(_In_ PVOID HwDeviceExtension, _In_ PSTOR_EVENT Event);

/* <= DISPATCH_LEVEL only with a non-NULL zero Timeout; otherwise <= APC_LEVEL in a
 * nonarbitrary thread. The annotation gives the absolute limit; the Timeout-dependent one
 * is the rules' business (STORPORT.md 5.1).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportwaitforsingleobject */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortWaitForSingleObject(_In_ PVOID HwDeviceExtension, _In_ PVOID Object,
					       _In_ BOOLEAN Alertable,
					       _In_opt_ PLARGE_INTEGER Timeout);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportcreatesystemthread */
STORPORT_API ULONG StorPortCreateSystemThread(_In_ PVOID HwDeviceExtension,
					      _In_ PSTOR_THREAD_START_ROUTINE StartRoutine,
					      _In_opt_ PVOID StartContext,
					      _In_opt_ PSTOR_THREAD_PRIORITY Priority,
					      _Out_opt_ PVOID *ThreadContext);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportterminatesystemthread */
STORPORT_API VOID StorPortTerminateSystemThread(_In_ PVOID HwDeviceExtension,
						_In_opt_ PVOID ThreadContext);

/* Returns STOR_STATUS_INVALID_IRQL unless at PASSIVE_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetprioritythread */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortSetPriorityThread(_In_ PVOID HwDeviceExtension,
					     _In_ PVOID ThreadContext,
					     _In_ STOR_THREAD_PRIORITY Priority);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportsetsystemgroupaffinitythread */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortSetSystemGroupAffinityThread(
	_In_ PVOID HwDeviceExtension, _In_opt_ PVOID ThreadContext,
	_In_ PSTOR_GROUP_AFFINITY Affinity, _Out_opt_ PSTOR_GROUP_AFFINITY PreviousAffinity);

/* Returns STOR_STATUS_INVALID_IRQL unless at <= DISPATCH_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportreverttousergroupaffinitythread */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortRevertToUserGroupAffinityThread(
	_In_ PVOID HwDeviceExtension, _In_opt_ PVOID ThreadContext,
	_In_ PSTOR_GROUP_AFFINITY PreviousAffinity);

/* ==== Time and delays ===================================================================== */

/* No IRQL documented; Driver Verifier rejects delays over 0.1 s; not in StartIo (SDV).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportstallexecution */
STORPORT_API VOID NTAPI StorPortStallExecution(_In_ ULONG Delay);

/* Waits below DISPATCH_LEVEL, busy-waits at or above it: no IRQL limit.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportdelayexecution */
STORPORT_API ULONG StorPortDelayExecution(_In_ PVOID HwDeviceExtension,
					  _In_ ULONG DelayInMicroseconds);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportquerysystemtime */
STORPORT_API VOID NTAPI StorPortQuerySystemTime(_Out_ PLARGE_INTEGER CurrentTime);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportqueryperformancecounter */
STORPORT_API ULONG StorPortQueryPerformanceCounter(_In_ PVOID HwDeviceExtension,
						   _Out_opt_ PLARGE_INTEGER PerformanceFrequency,
						   _Out_ PLARGE_INTEGER PerformanceCounter);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetcurrentirql */
STORPORT_API ULONG StorPortGetCurrentIrql(_In_ PVOID HwDeviceExtension, _Out_ PKIRQL Irql);

/* Meant for DPC context; the page gives DISPATCH_LEVEL and the header _IRQL_requires_same_.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportquerydpcwatchdoginformation */
_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_requires_same_
STORPORT_API ULONG StorPortQueryDpcWatchdogInformation(
	_In_ PVOID HwDeviceExtension, _Out_ PSTOR_DPC_WATCHDOG_INFORMATION DpcWatchdogInformation);

/* ==== Processors and NUMA ================================================================= */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetcurrentprocessornumber */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetCurrentProcessorNumber(_In_ PVOID HwDeviceExtension,
						     _Out_ PPROCESSOR_NUMBER ProcNumber);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetactivegroupcount */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetActiveGroupCount(_In_ PVOID HwDeviceExtension,
					       _Out_ PUSHORT NumberGroups);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetgroupaffinity */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetGroupAffinity(_In_ PVOID HwDeviceExtension, _In_ USHORT GroupNumber,
					    _Out_ PKAFFINITY GroupAffinityMask);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetactivenodecount */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetActiveNodeCount(_In_ PVOID HwDeviceExtension,
					      _Out_ PULONG NumberNodes);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetnodeaffinity */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetNodeAffinity(_In_ PVOID HwDeviceExtension, _In_ ULONG NodeNumber,
					   _Out_ PGROUP_AFFINITY NodeAffinityMask);

/* No IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetnodeaffinity2 */
STORPORT_API ULONG StorPortGetNodeAffinity2(_In_ PVOID HwDeviceExtension, _In_ ULONG NodeNumber,
					    _Out_ PGROUP_AFFINITY GroupAffinities,
					    _In_ USHORT GroupAffinitiesCount,
					    _Out_ PUSHORT GroupAffinitiesCountRequired);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgethighestnodenumber */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetHighestNodeNumber(_In_ PVOID HwDeviceExtension,
						_Out_ PULONG HighestNode);

/* RelationshipType is a LOGICAL_PROCESSOR_RELATIONSHIP and Information a
 * PSYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX (both wdm.h); modelled here as ULONG and an
 * incomplete struct pointer so that this header does not need wdm.h.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetlogicalprocessorrelationship */
struct _SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX;

_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortGetLogicalProcessorRelationship(
	_In_ PVOID HwDeviceExtension, _In_opt_ PPROCESSOR_NUMBER ProcessorNumber,
	_In_ ULONG RelationshipType,
	_Out_ struct _SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *Information,
	_Inout_ PULONG Length);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetprocessorcount */
STORPORT_API ULONG StorPortGetProcessorCount(_In_ PVOID HwDeviceExtension,
					     _Out_ PULONG ProcessorCount);

/* ==== Message-signaled interrupts ========================================================= */

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetmsiinfo */
STORPORT_API ULONG StorPortGetMSIInfo(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
				      _Out_ PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportgetmessageinterruptidfromprocessorindex */
STORPORT_API ULONG StorPortGetMessageInterruptIDFromProcessorIndex(
	_In_ PVOID HwDeviceExtension, _In_ ULONG ProcessorIndex, _Out_ PULONG MessageInterruptID);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportmaskmsixinterrupt */
STORPORT_API ULONG StorPortMaskMsixInterrupt(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
					     _In_ BOOLEAN Mask);

/* ==== Interlocked lists and spin locks of the miniport's own ============================= */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializeslisthead */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortInitializeSListHead(_In_ PVOID HwDeviceExtension,
					       _Inout_ PSTOR_SLIST_HEADER SListHead);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinterlockedflushslist */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortInterlockedFlushSList(_In_ PVOID HwDeviceExtension,
						 _Inout_ PSTOR_SLIST_HEADER SListHead,
						 _Out_ PSTOR_SLIST_ENTRY *Result);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinterlockedpopentryslist */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortInterlockedPopEntrySList(_In_ PVOID HwDeviceExtension,
						    _Inout_ PSTOR_SLIST_HEADER SListHead,
						    _Out_ PSTOR_SLIST_ENTRY *Result);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinterlockedpushentryslist */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortInterlockedPushEntrySList(_In_ PVOID HwDeviceExtension,
						     _Inout_ PSTOR_SLIST_HEADER SListHead,
						     _Inout_ PSTOR_SLIST_ENTRY SListEntry,
						     _Out_ PSTOR_SLIST_ENTRY *Result);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportquerydepthslist */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortQueryDepthSList(_In_ PVOID HwDeviceExtension,
					   _Inout_ PSTOR_SLIST_HEADER SListHead,
					   _Out_ PSHORT Result);

/* The doubly linked list routines and StorPortInitializeSpinlock: no IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinterlockedinsertheadlist */
STORPORT_API VOID StorPortInitializeListHead(_In_ PVOID HwDeviceExtension,
					     _Out_ PSTOR_LIST_ENTRY ListHead);
STORPORT_API ULONG StorPortInterlockedInsertHeadList(_In_ PVOID HwDeviceExtension,
						     _Inout_ PSTOR_LIST_ENTRY ListHead,
						     _Inout_ PSTOR_LIST_ENTRY ListEntry,
						     _Inout_ PSTOR_LIST_ENTRY *Result,
						     _Inout_ PSTOR_KSPIN_LOCK Lock);
STORPORT_API ULONG StorPortInterlockedInsertTailList(_In_ PVOID HwDeviceExtension,
						     _Inout_ PSTOR_LIST_ENTRY ListHead,
						     _Inout_ PSTOR_LIST_ENTRY ListEntry,
						     _Inout_ PSTOR_LIST_ENTRY *Result,
						     _Inout_ PSTOR_KSPIN_LOCK Lock);
STORPORT_API ULONG StorPortInterlockedRemoveHeadList(_In_ PVOID HwDeviceExtension,
						     _Inout_ PSTOR_LIST_ENTRY ListHead,
						     _Inout_ PSTOR_LIST_ENTRY *Result,
						     _Inout_ PSTOR_KSPIN_LOCK Lock);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializespinlock */
STORPORT_API ULONG StorPortInitializeSpinlock(_In_ PVOID HwDeviceExtension,
					      _Out_ PSTOR_KSPIN_LOCK Lock);

/* ==== Power management ==================================================================== */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinitializepofxpower */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortInitializePoFxPower(_In_ PVOID HwDeviceExtension,
					       _In_opt_ PSTOR_ADDRESS Address,
					       _In_ PSTOR_POFX_DEVICE Device,
					       _Inout_ PBOOLEAN D3ColdEnabled);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxactivatecomponent */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPoFxActivateComponent(_In_ PVOID HwDeviceExtension,
						 _In_opt_ PSTOR_ADDRESS Address,
						 _In_opt_ PSCSI_REQUEST_BLOCK Srb,
						 _In_ ULONG Component, _In_ ULONG Flags);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxidlecomponent */
STORPORT_API ULONG StorPortPoFxIdleComponent(_In_ PVOID HwDeviceExtension,
					     _In_opt_ PSTOR_ADDRESS Address,
					     _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG Component,
					     _In_ ULONG Flags);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxsetcomponentlatency */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPoFxSetComponentLatency(_In_ PVOID HwDeviceExtension,
						   _In_opt_ PSTOR_ADDRESS Address,
						   _In_ ULONG Component, _In_ ULONGLONG Latency);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxsetcomponentresidency */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPoFxSetComponentResidency(_In_ PVOID HwDeviceExtension,
						     _In_opt_ PSTOR_ADDRESS Address,
						     _In_ ULONG Component,
						     _In_ ULONGLONG Residency);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxpowercontrol */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPoFxPowerControl(_In_ PVOID HwDeviceExtension,
					    _In_opt_ PSTOR_ADDRESS Address,
					    _In_ LPCGUID PowerControlCode,
					    _In_opt_ PVOID InBuffer, _In_ SIZE_T InBufferSize,
					    _Out_opt_ PVOID OutBuffer, _In_ SIZE_T OutBufferSize,
					    _Out_opt_ PSIZE_T BytesReturned);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxsetidletimeout */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPoFxSetIdleTimeout(_In_ PVOID HwDeviceExtension,
					      _In_opt_ PSTOR_ADDRESS Address,
					      _In_ ULONG IdleTimeoutInMS);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportpofxsetperfstate */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortPoFxSetPerfState(_In_ PVOID HwDeviceExtension,
					    _In_opt_ PSTOR_ADDRESS Address, _In_ ULONG Component,
					    _In_ ULONG Flags, _In_ ULONG SetIndex, _In_ ULONG State,
					    _In_opt_ PVOID Context);

/* ==== Device state, ACPI, reset, dumps ==================================================== */

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportinvokeacpimethod */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortInvokeAcpiMethod(_In_ PVOID HwDeviceExtension,
					    _In_opt_ PSTOR_ADDRESS Address,
					    _In_ ULONG MethodName, _In_opt_ PVOID InputBuffer,
					    _In_ ULONG InputBufferLength,
					    _Out_opt_ PVOID OutputBuffer,
					    _In_ ULONG OutputBufferLength,
					    _Out_opt_ PULONG BytesReturned);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportisdeviceoperationallowed */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortIsDeviceOperationAllowed(_In_ PVOID HwDeviceExtension,
						    _In_ PSTOR_ADDRESS Address,
						    _In_ LPCGUID DeviceOperation,
						    _Out_ ULONG *AllowedFlag);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportiscurrentosinstallationupgrade */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortIsCurrentOsInstallationUpgrade(_In_ PVOID HwDeviceExtension,
							  _Out_ PBOOLEAN IsUpgrade);

/* PASSIVE_LEVEL per the WDK header's annotation (STORPORT.md 5.2).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storporthardwarereset */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortHardwareReset(_In_ PVOID HwDeviceExtension,
					 _In_ STOR_DEVICE_RESET_TYPE Type);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportcapturelivedump */
_IRQL_requires_max_(PASSIVE_LEVEL)
STORPORT_API ULONG StorPortCaptureLiveDump(_In_ PVOID HwDeviceExtension,
					   _In_opt_ PSTOR_ADDRESS StorAddress,
					   _In_ PSTORPORT_CAPTURE_LIVEDUMP CaptureLivedump);

/* ==== Logging, tracing, ETW =============================================================== */

/* Deprecated (SDV StorPortDeprecated); no IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportlogerror */
STORPORT_API VOID NTAPI StorPortLogError(_In_ PVOID HwDeviceExtension,
					 _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ UCHAR PathId,
					 _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG ErrorCode,
					 _In_ ULONG UniqueId);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportlogsystemevent */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortLogSystemEvent(_In_ PVOID HwDeviceExtension,
					  _Inout_ PSTOR_LOG_EVENT_DETAILS LogDetails,
					  _Inout_ PULONG MaximumSize);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportdebugprint */
STORPORT_API VOID __cdecl StorPortDebugPrint(_In_ ULONG DebugPrintLevel,
					     _In_z_ _Printf_format_string_ PCCHAR DebugMessage, ...);

/* Any IRQL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportlogtelemetry */
STORPORT_API ULONG StorPortLogTelemetry(_In_ PVOID HwDeviceExtension,
					_In_opt_ PSTOR_ADDRESS StorAddress,
					_In_ PSTORPORT_TELEMETRY_EVENT Event);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportetwevent2 */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortEtwEvent2(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
				     _In_ ULONG EventId, _In_ PWSTR EventDescription,
				     _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
				     _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
				     _In_opt_ PSCSI_REQUEST_BLOCK Srb,
				     _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
				     _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportetwevent4 */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortEtwEvent4(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
				     _In_ ULONG EventId, _In_ PWSTR EventDescription,
				     _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
				     _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
				     _In_opt_ PSCSI_REQUEST_BLOCK Srb,
				     _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
				     _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value,
				     _In_opt_ PWSTR Parameter3Name, _In_ ULONGLONG Parameter3Value,
				     _In_opt_ PWSTR Parameter4Name, _In_ ULONGLONG Parameter4Value);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportetwevent8 */
_IRQL_requires_max_(DISPATCH_LEVEL)
STORPORT_API ULONG StorPortEtwEvent8(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
				     _In_ ULONG EventId, _In_ PWSTR EventDescription,
				     _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
				     _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
				     _In_opt_ PSCSI_REQUEST_BLOCK Srb,
				     _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
				     _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value,
				     _In_opt_ PWSTR Parameter3Name, _In_ ULONGLONG Parameter3Value,
				     _In_opt_ PWSTR Parameter4Name, _In_ ULONGLONG Parameter4Value,
				     _In_opt_ PWSTR Parameter5Name, _In_ ULONGLONG Parameter5Value,
				     _In_opt_ PWSTR Parameter6Name, _In_ ULONGLONG Parameter6Value,
				     _In_opt_ PWSTR Parameter7Name, _In_ ULONGLONG Parameter7Value,
				     _In_opt_ PWSTR Parameter8Name, _In_ ULONGLONG Parameter8Value);

/* The channel variants: no IRQL documented.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportetwchannelevent2 */
STORPORT_API ULONG StorPortEtwChannelEvent2(
	_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
	_In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
	_In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
	_In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
	_In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
	_In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
	_In_ ULONGLONG Parameter2Value);

STORPORT_API ULONG StorPortEtwChannelEvent4(
	_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
	_In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
	_In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
	_In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
	_In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
	_In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
	_In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
	_In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
	_In_ ULONGLONG Parameter4Value);

STORPORT_API ULONG StorPortEtwChannelEvent8(
	_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
	_In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
	_In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
	_In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
	_In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_opt_ PWSTR Parameter1Name,
	_In_ ULONGLONG Parameter1Value, _In_opt_ PWSTR Parameter2Name,
	_In_ ULONGLONG Parameter2Value, _In_opt_ PWSTR Parameter3Name,
	_In_ ULONGLONG Parameter3Value, _In_opt_ PWSTR Parameter4Name,
	_In_ ULONGLONG Parameter4Value, _In_opt_ PWSTR Parameter5Name,
	_In_ ULONGLONG Parameter5Value, _In_opt_ PWSTR Parameter6Name,
	_In_ ULONGLONG Parameter6Value, _In_opt_ PWSTR Parameter7Name,
	_In_ ULONGLONG Parameter7Value, _In_opt_ PWSTR Parameter8Name,
	_In_ ULONGLONG Parameter8Value);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportetwlogbytestream */
STORPORT_API ULONG StorPortEtwLogByteStream(
	_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
	_In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId,
	_In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
	_In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
	_In_ USHORT DataLength, _In_ PUCHAR Data);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportetwlogerror */
STORPORT_API ULONG StorPortEtwLogError(_In_ PVOID HwDeviceExtension,
				       _In_opt_ PSTOR_ADDRESS Address, _In_ ULONG Id,
				       _In_ PWSTR Description, _In_ ULONG DataBufferLength,
				       _In_ PVOID DataBuffer);

/* ==== Port and register access ============================================================
 * HwDeviceExtension first, then the mapped port or register address. The WDK expands these
 * to the HAL READ_/WRITE_ macros; prototypes keep the call visible. No IRQL limit.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nf-storport-storportreadregisterulong
 */
STORPORT_API UCHAR NTAPI StorPortReadPortUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port);
STORPORT_API USHORT NTAPI StorPortReadPortUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port);
STORPORT_API ULONG NTAPI StorPortReadPortUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port);
STORPORT_API VOID NTAPI StorPortReadPortBufferUchar(_In_ PVOID HwDeviceExtension,
						    _In_ PUCHAR Port, _Out_ PUCHAR Buffer,
						    _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortReadPortBufferUshort(_In_ PVOID HwDeviceExtension,
						     _In_ PUSHORT Port, _Out_ PUSHORT Buffer,
						     _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortReadPortBufferUlong(_In_ PVOID HwDeviceExtension,
						    _In_ PULONG Port, _Out_ PULONG Buffer,
						    _In_ ULONG Count);
STORPORT_API UCHAR NTAPI StorPortReadRegisterUchar(_In_ PVOID HwDeviceExtension,
						   _In_ PUCHAR Register);
STORPORT_API USHORT NTAPI StorPortReadRegisterUshort(_In_ PVOID HwDeviceExtension,
						     _In_ PUSHORT Register);
STORPORT_API ULONG NTAPI StorPortReadRegisterUlong(_In_ PVOID HwDeviceExtension,
						   _In_ PULONG Register);
STORPORT_API ULONG64 NTAPI StorPortReadRegisterUlong64(_In_ PVOID HwDeviceExtension,
						       _In_ PULONG64 Register);
STORPORT_API VOID NTAPI StorPortReadRegisterBufferUchar(_In_ PVOID HwDeviceExtension,
							_In_ PUCHAR Register, _Out_ PUCHAR Buffer,
							_In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortReadRegisterBufferUshort(_In_ PVOID HwDeviceExtension,
							 _In_ PUSHORT Register,
							 _Out_ PUSHORT Buffer, _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortReadRegisterBufferUlong(_In_ PVOID HwDeviceExtension,
							_In_ PULONG Register, _Out_ PULONG Buffer,
							_In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortReadRegisterBufferUlong64(_In_ PVOID HwDeviceExtension,
							  _In_ PULONG64 Register,
							  _Out_ PULONG64 Buffer, _In_ ULONG Count);

STORPORT_API VOID NTAPI StorPortWritePortUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port,
					       _In_ UCHAR Value);
STORPORT_API VOID NTAPI StorPortWritePortUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port,
						_In_ USHORT Value);
STORPORT_API VOID NTAPI StorPortWritePortUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port,
					       _In_ ULONG Value);
STORPORT_API VOID NTAPI StorPortWritePortBufferUchar(_In_ PVOID HwDeviceExtension,
						     _In_ PUCHAR Port, _In_ PUCHAR Buffer,
						     _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortWritePortBufferUshort(_In_ PVOID HwDeviceExtension,
						      _In_ PUSHORT Port, _In_ PUSHORT Buffer,
						      _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortWritePortBufferUlong(_In_ PVOID HwDeviceExtension,
						     _In_ PULONG Port, _In_ PULONG Buffer,
						     _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortWriteRegisterUchar(_In_ PVOID HwDeviceExtension,
						   _In_ PUCHAR Register, _In_ UCHAR Value);
STORPORT_API VOID NTAPI StorPortWriteRegisterUshort(_In_ PVOID HwDeviceExtension,
						    _In_ PUSHORT Register, _In_ USHORT Value);
STORPORT_API VOID NTAPI StorPortWriteRegisterUlong(_In_ PVOID HwDeviceExtension,
						   _In_ PULONG Register, _In_ ULONG Value);
STORPORT_API VOID NTAPI StorPortWriteRegisterUlong64(_In_ PVOID HwDeviceExtension,
						     _In_ PULONG64 Register, _In_ ULONG64 Value);
STORPORT_API VOID NTAPI StorPortWriteRegisterBufferUchar(_In_ PVOID HwDeviceExtension,
							 _In_ PUCHAR Register,
							 _In_ PUCHAR Buffer, _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortWriteRegisterBufferUshort(_In_ PVOID HwDeviceExtension,
							  _In_ PUSHORT Register,
							  _In_ PUSHORT Buffer, _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortWriteRegisterBufferUlong(_In_ PVOID HwDeviceExtension,
							 _In_ PULONG Register,
							 _In_ PULONG Buffer, _In_ ULONG Count);
STORPORT_API VOID NTAPI StorPortWriteRegisterBufferUlong64(_In_ PVOID HwDeviceExtension,
							   _In_ PULONG64 Register,
							   _In_ PULONG64 Buffer, _In_ ULONG Count);

/* ==== SCSI port names ======================================================================
 * Sources written for the SCSI port model use the ScsiPort names; storport.h maps them to the
 * StorPort routines (the register and port accessors gain a NULL HwDeviceExtension).
 */
#define ScsiPortInitialize StorPortInitialize
#define ScsiPortNotification StorPortNotification
#define ScsiPortCompleteRequest StorPortCompleteRequest
#define ScsiPortGetDeviceBase StorPortGetDeviceBase
#define ScsiPortFreeDeviceBase StorPortFreeDeviceBase
#define ScsiPortGetBusData StorPortGetBusData
#define ScsiPortSetBusDataByOffset StorPortSetBusDataByOffset
#define ScsiPortGetLogicalUnit StorPortGetLogicalUnit
#define ScsiPortGetPhysicalAddress StorPortGetPhysicalAddress
#define ScsiPortGetVirtualAddress StorPortGetVirtualAddress
#define ScsiPortGetUncachedExtension StorPortGetUncachedExtension
#define ScsiPortLogError StorPortLogError
#define ScsiPortMoveMemory StorPortMoveMemory
#define ScsiPortStallExecution StorPortStallExecution
#define ScsiPortValidateRange StorPortValidateRange
#define ScsiPortQuerySystemTime StorPortQuerySystemTime
#define ScsiPortConvertUlongToPhysicalAddress StorPortConvertUlongToPhysicalAddress
#define ScsiPortConvertPhysicalAddressToUlong StorPortConvertPhysicalAddressToUlong
#define ScsiPortReadPortUchar(Port) StorPortReadPortUchar(NULL, Port)
#define ScsiPortReadPortUshort(Port) StorPortReadPortUshort(NULL, Port)
#define ScsiPortReadPortUlong(Port) StorPortReadPortUlong(NULL, Port)
#define ScsiPortReadPortBufferUchar(Port, Buffer, Count) StorPortReadPortBufferUchar(NULL, Port, Buffer, Count)
#define ScsiPortReadPortBufferUshort(Port, Buffer, Count) StorPortReadPortBufferUshort(NULL, Port, Buffer, Count)
#define ScsiPortReadPortBufferUlong(Port, Buffer, Count) StorPortReadPortBufferUlong(NULL, Port, Buffer, Count)
#define ScsiPortReadRegisterUchar(Register) StorPortReadRegisterUchar(NULL, Register)
#define ScsiPortReadRegisterUshort(Register) StorPortReadRegisterUshort(NULL, Register)
#define ScsiPortReadRegisterUlong(Register) StorPortReadRegisterUlong(NULL, Register)
#define ScsiPortReadRegisterBufferUchar(Register, Buffer, Count) StorPortReadRegisterBufferUchar(NULL, Register, Buffer, Count)
#define ScsiPortReadRegisterBufferUshort(Register, Buffer, Count) StorPortReadRegisterBufferUshort(NULL, Register, Buffer, Count)
#define ScsiPortReadRegisterBufferUlong(Register, Buffer, Count) StorPortReadRegisterBufferUlong(NULL, Register, Buffer, Count)
#define ScsiPortWritePortUchar(Port, Value) StorPortWritePortUchar(NULL, Port, Value)
#define ScsiPortWritePortUshort(Port, Value) StorPortWritePortUshort(NULL, Port, Value)
#define ScsiPortWritePortUlong(Port, Value) StorPortWritePortUlong(NULL, Port, Value)
#define ScsiPortWritePortBufferUchar(Port, Buffer, Count) StorPortWritePortBufferUchar(NULL, Port, Buffer, Count)
#define ScsiPortWritePortBufferUshort(Port, Buffer, Count) StorPortWritePortBufferUshort(NULL, Port, Buffer, Count)
#define ScsiPortWritePortBufferUlong(Port, Buffer, Count) StorPortWritePortBufferUlong(NULL, Port, Buffer, Count)
#define ScsiPortWriteRegisterUchar(Register, Value) StorPortWriteRegisterUchar(NULL, Register, Value)
#define ScsiPortWriteRegisterUshort(Register, Value) StorPortWriteRegisterUshort(NULL, Register, Value)
#define ScsiPortWriteRegisterUlong(Register, Value) StorPortWriteRegisterUlong(NULL, Register, Value)
#define ScsiPortWriteRegisterBufferUchar(Register, Buffer, Count) StorPortWriteRegisterBufferUchar(NULL, Register, Buffer, Count)
#define ScsiPortWriteRegisterBufferUshort(Register, Buffer, Count) StorPortWriteRegisterBufferUshort(NULL, Register, Buffer, Count)
#define ScsiPortWriteRegisterBufferUlong(Register, Buffer, Count) StorPortWriteRegisterBufferUlong(NULL, Register, Buffer, Count)

#ifdef __cplusplus
}
#endif

#endif /* DPCCHECK_STORPORT_H */
