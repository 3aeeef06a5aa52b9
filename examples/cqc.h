/*
 * cqc.h - Shared definitions of the Contoso Queue Controller (cqc) Storport miniport.
 *
 * The Contoso Queue Controller is a fictional PCIe storage controller: one namespace
 * exposed as a single SCSI logical unit, up to CQC_MAX_QUEUES pairs of submission and
 * completion rings in host memory, and one MSI-X message per queue (message 0 also
 * carries adapter events). This header holds the register and ring layouts, the device
 * extension, the role-type declarations of every Storport callback and the prototypes
 * of the helpers shared between the source files.
 *
 * This driver is the dpccheck example. It contains a few deliberate defects, each marked
 * with a PLANTED comment and listed in README.md; everything else is meant to be correct.
 */

#ifndef CQC_H
#define CQC_H

/* wdm.h only for CqcLegacyDpc, which still uses the kernel DPC types of the WDM port. */
#include <wdm.h>
#include <storport.h>

#ifndef CQC_VERSION
#define CQC_VERSION 1
#endif

/*
 * Limits.
 */
#define CQC_MAX_QUEUES              4
#define CQC_QUEUE_DEPTH             64      /* entries per ring, a power of two */
#define CQC_DEFAULT_QUEUE_DEPTH     32      /* requests per queue unless the registry says otherwise */
#define CQC_MAX_SG_ENTRIES          33
#define CQC_MAX_TRANSFER_LENGTH     (128 * 1024)
#define CQC_BATCH_SIZE              16      /* completions harvested per interrupt-lock hold */

#define CQC_TIMER_INTERVAL_US       500000  /* periodic adapter timer: 0.5 s */
#define CQC_WATCHDOG_INTERVAL_US    100000  /* one-shot check after a reset: 0.1 s */
#define CQC_HANG_TICKS              10      /* timer ticks without a completion before a reset */
#define CQC_READY_POLLS             1000    /* controller-ready polls of CQC_READY_POLL_US each */
#define CQC_READY_POLL_US           10

#define CQC_PCI_VENDOR_ID           0x1C5C
#define CQC_PCI_DEVICE_ID           0x0C0C
#define CQC_MIN_HW_VERSION          0x00020000

/*
 * Registers (BAR 0, memory space).
 */
#define CQC_CTRL_ENABLE             0x00000001
#define CQC_CTRL_RESET              0x00000002

#define CQC_STS_READY               0x00000001
#define CQC_STS_FATAL               0x00000002
#define CQC_STS_REMOVED             0xFFFFFFFF  /* reads as all ones once the device is gone */

#define CQC_INT_QUEUE(q)            (1UL << (q))
#define CQC_INT_QUEUE_MASK          ((1UL << CQC_MAX_QUEUES) - 1)
#define CQC_INT_FATAL               0x40000000
#define CQC_INT_ASYNC_EVENT         0x80000000

#define CQC_EVENT_CONFIG_CHANGED    0x00000001

typedef struct _CQC_QUEUE_REGISTERS {
    ULONG SqBaseLow;
    ULONG SqBaseHigh;
    ULONG CqBaseLow;
    ULONG CqBaseHigh;
    ULONG SqTailDoorbell;
    ULONG CqHeadDoorbell;
    ULONG Reserved[2];
} CQC_QUEUE_REGISTERS;

typedef struct _CQC_REGISTERS {
    ULONG Version;                      /* 0x00 */
    ULONG Capabilities;                 /* 0x04: bits 0-3 number of queues */
    ULONG Control;                      /* 0x08 */
    ULONG Status;                       /* 0x0C */
    ULONG InterruptStatus;              /* 0x10: write 1 to clear */
    ULONG InterruptMask;                /* 0x14: 1 = masked */
    ULONG AsyncEvent;                   /* 0x18: read to clear */
    ULONG BlockSize;                    /* 0x1C */
    ULONG BlockCountLow;                /* 0x20 */
    ULONG BlockCountHigh;               /* 0x24 */
    ULONG Reserved[6];
    CQC_QUEUE_REGISTERS Queue[CQC_MAX_QUEUES];  /* 0x40 */
} CQC_REGISTERS, *PCQC_REGISTERS;

/*
 * Ring entries, shared with the device.
 */
#define CQC_OP_FLUSH                0x00
#define CQC_OP_WRITE                0x01
#define CQC_OP_READ                 0x02

#define CQC_CQ_PHASE                0x0001
#define CQC_CQ_STATUS(sp)           ((USHORT)((sp) >> 1))
#define CQC_CQ_STATUS_SUCCESS       0
#define CQC_CQ_STATUS_MEDIA_ERROR   1
#define CQC_CQ_STATUS_LBA_RANGE     2
#define CQC_CQ_STATUS_INTERNAL      3
#define CQC_CQ_STATUS_ABORTED       4

typedef struct _CQC_SG_ENTRY {
    ULONGLONG Address;
    ULONG Length;
    ULONG Reserved;
} CQC_SG_ENTRY, *PCQC_SG_ENTRY;

typedef struct _CQC_SQ_ENTRY {
    UCHAR Opcode;
    UCHAR Flags;
    USHORT CommandId;
    ULONG BlockCount;
    ULONGLONG Lba;
    ULONGLONG SgListAddress;
    ULONG SgCount;
    ULONG Reserved;
} CQC_SQ_ENTRY, *PCQC_SQ_ENTRY;

typedef struct _CQC_CQ_ENTRY {
    USHORT CommandId;
    USHORT StatusPhase;                 /* bit 0 phase tag, bits 1-15 CQC_CQ_STATUS_* */
    ULONG BytesTransferred;
} CQC_CQ_ENTRY, *PCQC_CQ_ENTRY;

/*
 * Per-request context: Storport allocates one for every SRB (SrbExtensionSize).
 */
typedef struct _CQC_SRB_EXTENSION {
    CQC_SQ_ENTRY Command;               /* built by CqcBuildIo, copied to the ring by CqcStartIo */
    BOOLEAN CommandBuilt;
    CQC_SG_ENTRY SgList[CQC_MAX_SG_ENTRIES];
} CQC_SRB_EXTENSION, *PCQC_SRB_EXTENSION;

/*
 * One harvested completion, handed from the ring to the code that completes the SRB.
 */
typedef struct _CQC_COMPLETION {
    PSCSI_REQUEST_BLOCK Srb;
    USHORT Status;
    ULONG BytesTransferred;
} CQC_COMPLETION, *PCQC_COMPLETION;

typedef struct _CQC_QUEUE {
    /* Set up in CqcFindAdapter, constant afterwards. */
    PCQC_SQ_ENTRY SqRing;
    PCQC_CQ_ENTRY CqRing;
    STOR_PHYSICAL_ADDRESS SqRingPa;
    STOR_PHYSICAL_ADDRESS CqRingPa;

    /* Interrupt lock: the ISR, CqcStartIo and the DPCs all touch these. */
    USHORT SqTail;
    USHORT CqHead;
    USHORT CqPhase;
    USHORT Outstanding;
    PSCSI_REQUEST_BLOCK Slots[CQC_QUEUE_DEPTH];

    /* This queue's DPC lock (DpcLock, &Ext->CompletionDpc[q]). */
    ULONG Completed;
    ULONG Errors;
} CQC_QUEUE, *PCQC_QUEUE;

typedef struct _CQC_ADAPTER_EXTENSION {
    /* Set up during initialization, read-only afterwards. */
    PCQC_REGISTERS Registers;
    ULONG NumberOfQueues;
    ULONG QueueDepth;
    ULONG MessageCount;
    ULONG BlockSize;
    ULONGLONG BlockCount;
    PVOID UncachedBase;
    ULONG UncachedLength;

    /* DPC objects, initialized by CqcPassiveInitialize; DpcsReady is set once they are. */
    STOR_DPC CompletionDpc[CQC_MAX_QUEUES];
    STOR_DPC ResetDpc;
    STOR_DPC LegacyDpc;
    BOOLEAN DpcsReady;

    /* Per-queue state; see CQC_QUEUE for the locks. */
    CQC_QUEUE Queue[CQC_MAX_QUEUES];

    /* StartIo lock (Storport holds it around CqcStartIo, CqcResetBus and CqcTimer). */
    ULONG NextQueue;
    ULONG ActiveRequests;
    ULONG TimerTicks;
    ULONG LastProgressTick;
    ULONG CompletedRequests;
    ULONG ResetCount;
    BOOLEAN ResetInProgress;
    BOOLEAN ControllerDead;
    PVOID ErrorWorker;                  /* Storport work item for PASSIVE_LEVEL error logging */
} CQC_ADAPTER_EXTENSION, *PCQC_ADAPTER_EXTENSION;

/*
 * Storport callbacks, declared with their role types.
 */
sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER CqcFindAdapter;
HW_INITIALIZE CqcInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE CqcPassiveInitialize;
HW_ADAPTER_CONTROL CqcAdapterControl;
HW_STARTIO CqcStartIo;
HW_RESET_BUS CqcResetBus;
HW_INTERRUPT CqcInterrupt;
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE CqcMsiInterrupt;
HW_DPC_ROUTINE CqcCompletionDpc;
HW_DPC_ROUTINE CqcResetDpc;
HW_TIMER CqcTimer;
HW_WORKITEM CqcErrorLogWorker;

/* Carried over from the old WDM port of this driver. */
KDEFERRED_ROUTINE CqcLegacyDpc;

/* PLANTED: role-type-missing — registered as HwInitializationData.HwBuildIo but declared with a plain prototype; declare it "HW_BUILDIO CqcBuildIo;" */
BOOLEAN CqcBuildIo(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);

/* PLANTED: role-type-missing — passed to RequestTimerCall through a (PHW_TIMER) cast with no HW_TIMER declaration */
BOOLEAN CqcWatchdog(_In_ PVOID DeviceExtension);

/*
 * Lock helpers (io.c). CQC_LOCK_STARTIO is for callbacks Storport does not already
 * call with the StartIo lock held (DPC routines, work items); release with CqcReleaseLock.
 */
#define CQC_LOCK_STARTIO(Ext, Handle) \
    StorPortAcquireSpinLock((Ext), StartIoLock, NULL, (Handle))

_IRQL_requires_max_(DISPATCH_LEVEL)
_Acquires_lock_(*LockHandle)
VOID
CqcAcquireInterruptLock(
    _In_ PCQC_ADAPTER_EXTENSION Ext,
    _Out_ PSTOR_LOCK_HANDLE LockHandle
    );

_Releases_lock_(*LockHandle)
VOID
CqcReleaseLock(
    _In_ PCQC_ADAPTER_EXTENSION Ext,
    _Inout_ PSTOR_LOCK_HANDLE LockHandle
    );

/*
 * Shared helpers.
 */

/* init.c */
_IRQL_requires_(PASSIVE_LEVEL)
ULONG CqcReadRegistryDword(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_z_ PCHAR Name, _In_ ULONG Default);
BOOLEAN CqcProgramController(_In_ PCQC_ADAPTER_EXTENSION Ext);
VOID CqcMaskInterrupts(_In_ PCQC_ADAPTER_EXTENSION Ext);
VOID CqcUnmaskInterrupts(_In_ PCQC_ADAPTER_EXTENSION Ext);

/* io.c */
VOID CqcZeroMemory(_Out_writes_bytes_(Length) PVOID Buffer, _In_ ULONG Length);
VOID CqcCompleteSrb(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PSCSI_REQUEST_BLOCK Srb, _In_ UCHAR SrbStatus);
VOID CqcCompleteIo(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PCQC_COMPLETION Completion);
BOOLEAN CqcScheduleReset(_In_ PCQC_ADAPTER_EXTENSION Ext);

/* isr.c: called with the interrupt lock held. */
ULONG CqcHarvestCompletions(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PCQC_QUEUE Queue,
                            _Out_writes_(Max) PCQC_COMPLETION Batch, _In_ ULONG Max);
ULONG CqcAbortQueue(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PCQC_QUEUE Queue,
                    _Out_writes_(CQC_QUEUE_DEPTH) PSCSI_REQUEST_BLOCK *Aborted);

#endif /* CQC_H */
