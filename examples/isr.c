/*
 * isr.c - Interrupt handling of the Contoso Queue Controller miniport: the line-based
 * and MSI-X interrupt routines and the ring helpers that run under the interrupt lock.
 *
 * Both interrupt routines run at DIRQL with the interrupt lock held (for MSI-X in
 * per-message mode, the lock of their own message). They do the minimum: acknowledge the
 * interrupt, note adapter events, and issue the queue's completion DPC. Until the DPCs
 * exist (crash dump and hibernation never get them) they complete requests inline.
 */

#include "cqc.h"

/*
 * Moves up to Max finished commands off the completion ring and frees their slots.
 * Caller holds the interrupt lock.
 */
_Use_decl_annotations_
ULONG
CqcHarvestCompletions(
    PCQC_ADAPTER_EXTENSION Ext,
    PCQC_QUEUE Queue,
    PCQC_COMPLETION Batch,
    ULONG Max
    )
{
    ULONG q = (ULONG)(Queue - &Ext->Queue[0]);
    PCQC_CQ_ENTRY entry;
    BOOLEAN moved = FALSE;
    ULONG count = 0;
    USHORT cid;

    while (count < Max) {
        entry = &Queue->CqRing[Queue->CqHead];
        if ((entry->StatusPhase & CQC_CQ_PHASE) != Queue->CqPhase) {
            break;
        }

        cid = entry->CommandId;
        if (cid < CQC_QUEUE_DEPTH && Queue->Slots[cid] != NULL) {
            Batch[count].Srb = Queue->Slots[cid];
            Batch[count].Status = CQC_CQ_STATUS(entry->StatusPhase);
            Batch[count].BytesTransferred = entry->BytesTransferred;
            Queue->Slots[cid] = NULL;
            Queue->Outstanding--;
            count++;
        }

        Queue->CqHead = (Queue->CqHead + 1) % CQC_QUEUE_DEPTH;
        if (Queue->CqHead == 0) {
            Queue->CqPhase ^= CQC_CQ_PHASE;
        }
        moved = TRUE;
    }

    if (moved) {
        StorPortWriteRegisterUlong(Ext, &Ext->Registers->Queue[q].CqHeadDoorbell, Queue->CqHead);
    }
    return count;
}

/*
 * Takes every outstanding request off a queue for the reset path. Caller holds the
 * interrupt lock; the controller is reset afterwards, so the rings are not consulted.
 */
_Use_decl_annotations_
ULONG
CqcAbortQueue(PCQC_ADAPTER_EXTENSION Ext, PCQC_QUEUE Queue, PSCSI_REQUEST_BLOCK *Aborted)
{
    ULONG count = 0;
    ULONG slot;

    UNREFERENCED_PARAMETER(Ext);

    for (slot = 0; slot < CQC_QUEUE_DEPTH; slot++) {
        if (Queue->Slots[slot] != NULL) {
            Aborted[count++] = Queue->Slots[slot];
            Queue->Slots[slot] = NULL;
        }
    }
    Queue->Outstanding = 0;
    return count;
}

/*
 * Completes everything the ring holds, at DIRQL. Only used without DPCs.
 */
static VOID
CqcDrainQueueInline(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ PCQC_QUEUE Queue)
{
    CQC_COMPLETION batch[CQC_BATCH_SIZE];
    ULONG count;
    ULONG i;

    do {
        count = CqcHarvestCompletions(Ext, Queue, batch, CQC_BATCH_SIZE);
        for (i = 0; i < count; i++) {
            CqcCompleteIo(Ext, &batch[i]);
        }
    } while (count == CQC_BATCH_SIZE);
}

static VOID
CqcServiceQueue(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ ULONG QueueIndex)
{
    if (Ext->DpcsReady) {
        StorPortIssueDpc(Ext, &Ext->CompletionDpc[QueueIndex], (PVOID)(ULONG_PTR)QueueIndex, NULL);
    } else {
        CqcDrainQueueInline(Ext, &Ext->Queue[QueueIndex]);
    }
}

static VOID
CqcServiceAdapterEvents(_In_ PCQC_ADAPTER_EXTENSION Ext, _In_ ULONG InterruptStatus)
{
    if (!Ext->DpcsReady) {
        return;     /* crash dump: the dump stack times out and retries instead */
    }
    if (InterruptStatus & CQC_INT_FATAL) {
        StorPortIssueDpc(Ext, &Ext->ResetDpc, NULL, NULL);
    }
    if (InterruptStatus & CQC_INT_ASYNC_EVENT) {
        StorPortIssueDpc(Ext, &Ext->LegacyDpc, NULL, NULL);
    }
}

/*
 * Line-based interrupt: one status register for all queues and events.
 */
_Use_decl_annotations_
BOOLEAN
CqcInterrupt(
    PVOID DeviceExtension
    )
{
    PCQC_ADAPTER_EXTENSION ext = DeviceExtension;
    ULONG status;
    ULONG q;

    status = StorPortReadRegisterUlong(ext, &ext->Registers->InterruptStatus);
    if (status == 0 || status == CQC_STS_REMOVED) {
        return FALSE;   /* not ours, or the device is gone */
    }
    StorPortWriteRegisterUlong(ext, &ext->Registers->InterruptStatus, status);

    CqcServiceAdapterEvents(ext, status);

    for (q = 0; q < ext->NumberOfQueues; q++) {
        if (status & CQC_INT_QUEUE(q)) {
            CqcServiceQueue(ext, q);
        }
    }
    return TRUE;
}

/*
 * MSI-X: message N belongs to queue N; message 0 also carries the adapter events.
 */
_Use_decl_annotations_
BOOLEAN
CqcMsiInterrupt(
    PVOID HwDeviceExtension,
    ULONG MessageId
    )
{
    PCQC_ADAPTER_EXTENSION ext = HwDeviceExtension;
    ULONG events;

    if (MessageId >= ext->NumberOfQueues) {
        return FALSE;
    }

    if (MessageId == 0) {
        events = StorPortReadRegisterUlong(ext, &ext->Registers->InterruptStatus) &
                 (CQC_INT_FATAL | CQC_INT_ASYNC_EVENT);
        if (events != 0) {
            StorPortWriteRegisterUlong(ext, &ext->Registers->InterruptStatus, events);
            CqcServiceAdapterEvents(ext, events);
        }
    }

    CqcServiceQueue(ext, MessageId);
    return TRUE;
}
