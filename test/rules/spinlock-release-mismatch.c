// spinlock-release-mismatch: a spin lock is released through another mechanism or
// handle than it was acquired with: InterruptLock taken with StorPortAcquireSpinLock
// and given back with StorPortReleaseMSISpinLock (a bug in a public driver), an
// in-stack queued spin lock released with KeReleaseSpinLock, KeReleaseSpinLock given
// the old IRQL of another acquire (RULES.md, STORPORT.md 3 and 5.3). Reported at the
// release, with a note at the acquire it does not match.
// RUN: %dpccheck --checks=-*,spinlock-release-mismatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	KSPIN_LOCK LockA;
	KSPIN_LOCK LockB;
	STOR_LOCK_HANDLE Handle;
	ULONG MessageCount;
	ULONG Count;
} EXT, *PEXT;

VOID LockInterrupt(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, h);
}

// ---- Storport interrupt and MSI locks --------------------------------------------------

VOID warn_interrupt_released_as_msi(PEXT ext, ULONG MessageId)
{
	STOR_LOCK_HANDLE h;
	ULONG oldIrql = 0;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: InterruptLock, acquired with StorPortAcquireSpinLock, is released with StorPortReleaseMSISpinLock [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-3]]:2: note: InterruptLock was acquired here
	StorPortReleaseMSISpinLock(ext, MessageId, oldIrql);
}

// Through an acquire wrapper, in a DPC routine: the note is at the wrapper's call.
HW_DPC_ROUTINE warn_dpc_wrapper;
_Use_decl_annotations_
VOID warn_dpc_wrapper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE h;
	LockInterrupt(ext, &h);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: InterruptLock, acquired with StorPortAcquireSpinLock, is released with StorPortReleaseMSISpinLock [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-3]]:2: note: InterruptLock was acquired here
	StorPortReleaseMSISpinLock(ext, 0, 0);
}

VOID good_interrupt_pair(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
	LockInterrupt(ext, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_msi_pair(PEXT ext, ULONG MessageId)
{
	ULONG oldIrql;
	StorPortAcquireMSISpinLock(ext, MessageId, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, MessageId, oldIrql);
	StorPortAcquireMSISpinLock(ext, 1, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, 1, oldIrql);
}

// Per-message mode: the MSI routine takes the lock of the other messages (STORPORT.md
// 3.6); Storport holds its own message's lock on entry.
HW_FIND_ADAPTER FindAdapter;
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE good_msi_other_message;

_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
	ConfigInfo->HwMSInterruptRoutine = good_msi_other_message;
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
BOOLEAN good_msi_other_message(PVOID HwDeviceExtension, ULONG MessageId)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG oldIrql;
	ULONG other = MessageId == 0 ? 1 : 0;
	StorPortAcquireMSISpinLock(ext, other, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, other, oldIrql);
	return TRUE;
}

// ---- kernel spin locks: the old IRQL of another acquire --------------------------------

VOID warn_ke_old_irql(PEXT ext)
{
	KIRQL oldA, oldB;
	KeAcquireSpinLock(&ext->LockA, &oldA);
	KeAcquireSpinLock(&ext->LockB, &oldB);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: KeReleaseSpinLock releases spin lock 'ext->LockA' with the old IRQL of spin lock 'ext->LockB' [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-3]]:2: note: spin lock 'ext->LockB' was acquired here
	KeReleaseSpinLock(&ext->LockA, oldB);
	KeReleaseSpinLock(&ext->LockB, oldB);
}

// The same with KeAcquireSpinLockRaiseToDpc, whose result is the old IRQL.
VOID warn_ke_raise_old_irql(PEXT ext)
{
	KIRQL oldA = KeAcquireSpinLockRaiseToDpc(&ext->LockA);
	KIRQL oldB = KeAcquireSpinLockRaiseToDpc(&ext->LockB);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: KeReleaseSpinLock releases spin lock 'ext->LockB' with the old IRQL of spin lock 'ext->LockA' [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-4]]:15: note: spin lock 'ext->LockA' was acquired here
	KeReleaseSpinLock(&ext->LockB, oldA);
	KeReleaseSpinLock(&ext->LockA, oldA);
}

VOID good_ke_reverse(PEXT ext)
{
	KIRQL oldA, oldB;
	KeAcquireSpinLock(&ext->LockA, &oldA);
	KeAcquireSpinLock(&ext->LockB, &oldB);
	ext->Count++;
	KeReleaseSpinLock(&ext->LockB, oldB);
	KeReleaseSpinLock(&ext->LockA, oldA);
}

VOID good_ke_dpc_level(PEXT ext)
{
	KIRQL oldA = KeAcquireSpinLockRaiseToDpc(&ext->LockA);
	KeAcquireSpinLockAtDpcLevel(&ext->LockB);
	ext->Count++;
	KeReleaseSpinLockFromDpcLevel(&ext->LockB);
	KeReleaseSpinLock(&ext->LockA, oldA);
	oldA = KeAcquireSpinLockForDpc(&ext->LockA);
	ext->Count++;
	KeReleaseSpinLockForDpc(&ext->LockA, oldA);
}

// ---- in-stack queued spin locks --------------------------------------------------------

VOID warn_queued_released_with_ke(PEXT ext)
{
	KLOCK_QUEUE_HANDLE qh;
	KeAcquireInStackQueuedSpinLock(&ext->LockA, &qh);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: spin lock 'ext->LockA', acquired with KeAcquireInStackQueuedSpinLock, is released with KeReleaseSpinLock [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-3]]:2: note: spin lock 'ext->LockA' was acquired here
	KeReleaseSpinLock(&ext->LockA, qh.OldIrql);
}

VOID good_queued(PEXT ext)
{
	KLOCK_QUEUE_HANDLE qa, qb;
	KeAcquireInStackQueuedSpinLock(&ext->LockA, &qa);
	KeAcquireInStackQueuedSpinLock(&ext->LockB, &qb);
	ext->Count++;
	KeReleaseInStackQueuedSpinLock(&qb);
	KeReleaseInStackQueuedSpinLock(&qa);
	KeAcquireInStackQueuedSpinLockAtDpcLevel(&ext->LockA, &qa);
	ext->Count++;
	KeReleaseInStackQueuedSpinLockFromDpcLevel(&qa);
}

// ---- a kernel spin lock released with a Storport routine ------------------------------
// (regression: the Storport release's handle, a cast of the kernel lock, named no held
// lock; it was taken for a release wrapper's effect and the lock reported as leaked)

VOID warn_ke_released_with_storport(PEXT ext)
{
	KIRQL oldIrql;
	KeAcquireSpinLock(&ext->LockA, &oldIrql);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: spin lock 'ext->LockA', acquired with {{KeAcquireSpinLock|KeAcquireSpinLockRaiseToDpc}}, is released with StorPortReleaseSpinLock [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-3]]:2: note: spin lock 'ext->LockA' was acquired here
	StorPortReleaseSpinLock(ext, (PSTOR_LOCK_HANDLE)&ext->LockA);
}

VOID good_storport_handle_beside_ke_lock(PEXT ext)
{
	KIRQL oldIrql;
	KeAcquireSpinLock(&ext->LockA, &oldIrql);
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpc, &ext->Handle);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &ext->Handle);
	KeReleaseSpinLock(&ext->LockA, oldIrql);
}

// ---- swapped old IRQLs ---------------------------------------------------------------
// (regression: another acquire's old IRQL was recognized only while its lock was still
// held, so the second release of a swapped pair was not reported)

VOID warn_swapped_old_irqls(PEXT ext)
{
	KIRQL oldA, oldB;
	KeAcquireSpinLock(&ext->LockA, &oldA);
	KeAcquireSpinLock(&ext->LockB, &oldB);
	ext->Count++;
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: KeReleaseSpinLock releases spin lock 'ext->LockA' with the old IRQL of spin lock 'ext->LockB' [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-3]]:2: note: spin lock 'ext->LockB' was acquired here
	KeReleaseSpinLock(&ext->LockA, oldB);
	// CHECK: spinlock-release-mismatch.c:[[@LINE+2]]:2: error: KeReleaseSpinLock releases spin lock 'ext->LockB' with the old IRQL of spin lock 'ext->LockA' [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch.c:[[@LINE-7]]:2: note: spin lock 'ext->LockA' was acquired here
	KeReleaseSpinLock(&ext->LockB, oldA);
}

VOID good_old_irql_variable_reused(PEXT ext)
{
	KIRQL old;
	KeAcquireSpinLock(&ext->LockA, &old);
	ext->Count++;
	KeReleaseSpinLock(&ext->LockA, old);
	KeAcquireSpinLock(&ext->LockB, &old);
	ext->Count++;
	KeReleaseSpinLock(&ext->LockB, old);
}

VOID good_old_irql_copied(PEXT ext)
{
	KIRQL oldA, saved;
	KeAcquireSpinLock(&ext->LockA, &oldA);
	saved = oldA;
	ext->Count++;
	KeReleaseSpinLock(&ext->LockA, saved);
}
