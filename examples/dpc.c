/*
 * dpc.c - Deferred work of the Contoso Queue Controller miniport: the per-queue
 * completion DPC, the reset DPC, the asynchronous-event DPC, the adapter timers and the
 * PASSIVE_LEVEL error-logging work item.
 *
 * Lock order, as Storport requires: a DPC lock or the StartIo lock first, the interrupt
 * lock last. DPC routines run at DISPATCH_LEVEL holding no lock; the timers run with the
 * StartIo lock held by Storport; the work item runs at PASSIVE_LEVEL holding no lock.
 */

#include "cqc.h"

/*
 * Reports whether the controller is usable: present, ready and not in a fatal state.
 * The reset DPC resets and reprograms the controller under the interrupt lock; reading
 * the status under the same lock never sees a reset half done.
 */
static BOOLEAN
CqcControllerAlive(_In_ PCQC_ADAPTER_EXTENSION Ext)
{
    STOR_LOCK_HANDLE lock;
    BOOLEAN alive;
    ULONG status;

    /* PLANTED: spinlock-not-released — the surprise-removal return below leaves the interrupt lock held; release it before returning */
    CqcAcquireInterruptLock(Ext, &lock);
    status = StorPortReadRegisterUlong(Ext, &Ext->Registers->Status);
    if (status == CQC_STS_REMOVED) {
        return FALSE;
    }
    alive = (status & CQC_STS_READY) != 0 && (status & CQC_STS_FATAL) == 0;
    CqcReleaseLock(Ext, &lock);
    return alive;
}

/*
 * Whether a media error should also reset the controller (REG_DWORD "ResetOnMediaError").
 */
static BOOLEAN
CqcResetOnMediaError(_In_ PCQC_ADAPTER_EXTENSION Ext)
{
    ULONG value = 0;
    ULONG length = sizeof(value);

    /* PLANTED: irql-call-above-max — StorPortRegistryRead requires PASSIVE_LEVEL, but CqcCompletionDpc reaches it at DISPATCH_LEVEL through CqcHandleCompletionError; read the value once in CqcFindAdapter */
    if (!StorPortRegistryRead(Ext, (PUCHAR)"ResetOnMediaError", 1, MINIPORT_REG_DWORD,
                              (PUCHAR)&value, &length)) {
        return FALSE;
    }
    return value != 0;
}

/*
 * Reacts to a failed command: resets the controller when the failure calls for it and
 * hands the error to the work item, which records it in the registry at PASSIVE_LEVEL.
 * Called from the completion DPC with its DPC lock held.
 */
static VOID
CqcHandleCompletionError(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ USHORT Status)
{
    STOR_LOCK_HANDLE lock;
    BOOLEAN reset;

    reset = Status == CQC_CQ_STATUS_INTERNAL ||
            (Status == CQC_CQ_STATUS_MEDIA_ERROR && CqcResetOnMediaError(Ext));

    CQC_LOCK_STARTIO(Ext, &lock);
    if (reset) {
        (VOID)CqcScheduleReset(Ext);
    }
    if (Ext->ErrorWorker != NULL) {
        /* Fails while an earlier report is still queued; that one is enough. */
        (VOID)StorPortQueueWorkItem(Ext, CqcErrorLogWorker, Ext->ErrorWorker,
                                    (PVOID)(ULONG_PTR)Status);
    }
    CqcReleaseLock(Ext, &lock);
}

/*
 * Completion DPC, one STOR_DPC per queue. The interrupt routine passes the queue index
 * as SystemArgument1.
 */
_Use_decl_annotations_
VOID
CqcCompletionDpc(
    PSTOR_DPC Dpc,
    PVOID HwDeviceExtension,
    PVOID SystemArgument1,
    PVOID SystemArgument2
    )
{
    PCQC_ADAPTER_EXTENSION ext = HwDeviceExtension;
    ULONG queueIndex = (ULONG)(ULONG_PTR)SystemArgument1;
    CQC_COMPLETION batch[CQC_BATCH_SIZE];
    STOR_LOCK_HANDLE dpcLock;
    STOR_LOCK_HANDLE lock;
    PCQC_QUEUE queue;
    ULONG completed = 0;
    ULONG count;
    ULONG i;

    UNREFERENCED_PARAMETER(SystemArgument2);

    if (queueIndex >= ext->NumberOfQueues) {
        return;
    }
    queue = &ext->Queue[queueIndex];

    if (!CqcControllerAlive(ext)) {
        /* The reset DPC recovers the controller or fails what is outstanding. */
        StorPortIssueDpc(ext, &ext->ResetDpc, NULL, NULL);
        return;
    }

    /* Excludes the reset DPC, which empties this queue under the same lock. */
    StorPortAcquireSpinLock(ext, DpcLock, Dpc, &dpcLock);

    do {
        /* Keep the interrupt lock only while taking entries off the ring. */
        CqcAcquireInterruptLock(ext, &lock);
        count = CqcHarvestCompletions(ext, queue, batch, CQC_BATCH_SIZE);
        CqcReleaseLock(ext, &lock);

        for (i = 0; i < count; i++) {
            if (batch[i].Status != CQC_CQ_STATUS_SUCCESS) {
                queue->Errors++;
                CqcHandleCompletionError(ext, batch[i].Status);
            }
            CqcCompleteIo(ext, &batch[i]);
        }
        queue->Completed += count;
        completed += count;
    } while (count == CQC_BATCH_SIZE);

    if (completed != 0) {
        /* The timer's hang detection reads these under the StartIo lock. */
        CQC_LOCK_STARTIO(ext, &lock);
        ext->LastProgressTick = ext->TimerTicks;
        ext->CompletedRequests += completed;
        CqcReleaseLock(ext, &lock);
    }

    StorPortReleaseSpinLock(ext, &dpcLock);

    /* PLANTED: race-unsynchronized-access — CqcStartIo and CqcTimer use ActiveRequests under the StartIo lock, this write holds no lock; move it into the StartIo-locked block above */
    ext->ActiveRequests -= completed;
}

/* PLANTED: role-use-decl-annotations — declared HW_DPC_ROUTINE in cqc.h, but the definition below lacks _Use_decl_annotations_ */
VOID
CqcResetDpc(
    PSTOR_DPC Dpc,
    PVOID HwDeviceExtension,
    PVOID SystemArgument1,
    PVOID SystemArgument2
    )
{
    PCQC_ADAPTER_EXTENSION ext = HwDeviceExtension;
    PSCSI_REQUEST_BLOCK aborted[CQC_QUEUE_DEPTH];
    STOR_LOCK_HANDLE dpcLock;
    STOR_LOCK_HANDLE startIoLock;
    STOR_LOCK_HANDLE intLock;
    BOOLEAN ready;
    ULONG count;
    ULONG q;
    ULONG i;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    /* A fatal-error interrupt issues this DPC directly: hold off new requests. */
    CQC_LOCK_STARTIO(ext, &startIoLock);
    ext->ResetInProgress = TRUE;
    CqcReleaseLock(ext, &startIoLock);

    /*
     * Empty every queue: its DPC lock keeps its completion DPC out, the StartIo lock
     * covers ActiveRequests, the interrupt lock covers the ring and the slots.
     */
    for (q = 0; q < ext->NumberOfQueues; q++) {
        StorPortAcquireSpinLock(ext, DpcLock, &ext->CompletionDpc[q], &dpcLock);
        CQC_LOCK_STARTIO(ext, &startIoLock);
        CqcAcquireInterruptLock(ext, &intLock);

        count = CqcAbortQueue(ext, &ext->Queue[q], aborted);

        CqcReleaseLock(ext, &intLock);
        ext->ActiveRequests -= count;
        CqcReleaseLock(ext, &startIoLock);

        for (i = 0; i < count; i++) {
            CqcCompleteSrb(ext, aborted[i], SRB_STATUS_BUS_RESET);
        }
        StorPortReleaseSpinLock(ext, &dpcLock);
    }

    /* Reset the controller and bring it back with empty rings. */
    CqcAcquireInterruptLock(ext, &intLock);
    StorPortWriteRegisterUlong(ext, &ext->Registers->Control, CQC_CTRL_RESET);
    StorPortStallExecution(CQC_READY_POLL_US);
    ready = CqcProgramController(ext);
    CqcReleaseLock(ext, &intLock);

    if (!ready) {
        goto controller_dead;
    }

    CQC_LOCK_STARTIO(ext, &startIoLock);
    ext->ResetInProgress = FALSE;
    ext->ResetCount++;
    ext->LastProgressTick = ext->TimerTicks;
    CqcReleaseLock(ext, &startIoLock);

    StorPortNotification(ResetDetected, ext);

    /* Check once more shortly after the reset; CqcWatchdog hands back to CqcTimer. */
    StorPortNotification(RequestTimerCall, ext, (PHW_TIMER)CqcWatchdog, CQC_WATCHDOG_INTERVAL_US);
    return;

controller_dead:
    CqcMaskInterrupts(ext);
    CQC_LOCK_STARTIO(ext, &startIoLock);
    ext->ControllerDead = TRUE;
    ext->ResetInProgress = FALSE;
    CqcReleaseLock(ext, &startIoLock);
}

/*
 * Asynchronous event notification. This routine comes from the WDM version of the
 * driver, where it was queued with KeInsertQueueDpc.
 */
_Use_decl_annotations_
VOID
CqcLegacyDpc(
    PKDPC Dpc,
    PVOID DeferredContext,
    PVOID SystemArgument1,
    PVOID SystemArgument2
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeferredContext;
    ULONG events;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    events = StorPortReadRegisterUlong(ext, &ext->Registers->AsyncEvent);
    if (events & CQC_EVENT_CONFIG_CHANGED) {
        /* Have Storport rescan, so the class driver reads the new configuration. */
        StorPortNotification(BusChangeDetected, ext, 0);
    }
}

/*
 * Periodic adapter timer. Storport calls it with the StartIo lock held.
 */
/* PLANTED: role-use-decl-annotations — declared HW_TIMER in cqc.h, but the definition below lacks _Use_decl_annotations_ */
VOID
CqcTimer(
    PVOID DeviceExtension
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;

    ext->TimerTicks++;

    if (!ext->ResetInProgress && !ext->ControllerDead && ext->ActiveRequests != 0 &&
        ext->TimerTicks - ext->LastProgressTick >= CQC_HANG_TICKS) {
        /* Requests are outstanding but nothing has completed for a while. */
        (VOID)CqcScheduleReset(ext);
    }

    StorPortNotification(RequestTimerCall, ext, CqcTimer, CQC_TIMER_INTERVAL_US);
}

/*
 * One-shot check after a reset, run as the adapter timer; re-arms CqcTimer.
 */
/* PLANTED: role-signature-mismatch — registered through a (PHW_TIMER) cast, but returns BOOLEAN where HW_TIMER returns VOID; declare it HW_TIMER and return VOID */
BOOLEAN
CqcWatchdog(
    PVOID DeviceExtension
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    BOOLEAN healthy;
    ULONG status;

    status = StorPortReadRegisterUlong(ext, &ext->Registers->Status);
    healthy = status != CQC_STS_REMOVED &&
              (status & CQC_STS_READY) != 0 &&
              (status & CQC_STS_FATAL) == 0;
    if (!healthy) {
        (VOID)CqcScheduleReset(ext);
    }

    StorPortNotification(RequestTimerCall, ext, CqcTimer, CQC_TIMER_INTERVAL_US);
    return healthy;
}

/*
 * Records the last device error and the error total in the registry. Queued by the
 * completion DPC (Context is the device status); runs at PASSIVE_LEVEL.
 */
_Use_decl_annotations_
VOID
CqcErrorLogWorker(
    PVOID HwDeviceExtension,
    PVOID Context,
    PVOID Worker
    )
{
    PCQC_ADAPTER_EXTENSION ext = HwDeviceExtension;
    ULONG status = (ULONG)(ULONG_PTR)Context;
    STOR_LOCK_HANDLE lock;
    ULONG errors = 0;
    ULONG length;
    PUCHAR buffer;
    ULONG q;

    UNREFERENCED_PARAMETER(Worker);

    for (q = 0; q < ext->NumberOfQueues; q++) {
        /* PLANTED: spinlock-lock-context — DpcLock needs the STOR_DPC whose lock is wanted (&ext->CompletionDpc[q]), not NULL */
        StorPortAcquireSpinLock(ext, DpcLock, NULL, &lock);
        errors += ext->Queue[q].Errors;
        StorPortReleaseSpinLock(ext, &lock);
    }

    length = sizeof(ULONG);
    buffer = StorPortAllocateRegistryBuffer(ext, &length);
    if (buffer == NULL) {
        return;
    }

    *(PULONG)buffer = status;
    StorPortRegistryWrite(ext, (PUCHAR)"LastErrorStatus", 1, MINIPORT_REG_DWORD, buffer, sizeof(ULONG));
    *(PULONG)buffer = errors;
    StorPortRegistryWrite(ext, (PUCHAR)"ErrorCount", 1, MINIPORT_REG_DWORD, buffer, sizeof(ULONG));

    StorPortFreeRegistryBuffer(ext, buffer);
}
