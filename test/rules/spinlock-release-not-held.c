// spinlock-release-not-held: a spin lock or lock handle is released where it is not held
// (RULES.md; reported at the release, or at the call of the wrapper or macro that
// releases; notes: the call chain and the role of the entry routine). A function that
// releases a handle its caller passes is a release wrapper, judged at its call sites.
// RUN: %dpccheck --checks=-*,spinlock-release-not-held %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	KSPIN_LOCK Lock;
	ULONG Count;
	BOOLEAN Flag;
} EXT, *PEXT;

#define LOCK(e, h) StorPortAcquireSpinLock(e, StartIoLock, NULL, h)
#define UNLOCK(e, h) StorPortReleaseSpinLock(e, h)

VOID LockStartIo(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, h);
}

VOID Lock(PEXT ext, STOR_SPINLOCK kind, PVOID context, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, kind, context, h);
}

VOID Unlock(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	StorPortReleaseSpinLock(ext, h);
}

// ---- double release, release without acquire -----------------------------------------

VOID warn_double_release(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_release_without_acquire(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	ext->Count++;
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_pair(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

HW_DPC_ROUTINE warn_dpc_double_release;
_Use_decl_annotations_
VOID warn_dpc_double_release(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(HwDeviceExtension, DpcLock, Dpc, &h);
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
	// CHECK: spinlock-release-not-held.c:[[@LINE+2]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	// CHECK-NEXT: spinlock-release-not-held.c:[[@LINE-8]]:16: note: 'warn_dpc_double_release' runs as a DPC routine (declared here)
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
}

// Early return: the early path releases and returns, the rest releases once.
VOID good_early_return(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	if (ext->Count == 0) {
		StorPortReleaseSpinLock(ext, &h);
		return;
	}
	ext->Count--;
	StorPortReleaseSpinLock(ext, &h);
}

// ---- goto cleanup ---------------------------------------------------------------------

VOID good_goto_cleanup(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	if (ext->Flag)
		goto cleanup;
	ext->Count--;
cleanup:
	StorPortReleaseSpinLock(ext, &h);
}

// Every path released before reaching the label.
VOID warn_goto_cleanup_released_before(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	if (ext->Flag) {
		StorPortReleaseSpinLock(ext, &h);
		goto cleanup;
	}
	ext->Count--;
	StorPortReleaseSpinLock(ext, &h);
cleanup:
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	StorPortReleaseSpinLock(ext, &h);
}

// ---- loops -------------------------------------------------------------------------------

// Acquired and released in every iteration, then released once more.
VOID warn_loop_extra_release(PEXT ext, ULONG n)
{
	STOR_LOCK_HANDLE h;
	for (ULONG i = 0; i < n; i++) {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	}
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_loop_per_iteration(PEXT ext, ULONG n)
{
	STOR_LOCK_HANDLE h;
	for (ULONG i = 0; i < n; i++) {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		if (ext->Flag) {
			StorPortReleaseSpinLock(ext, &h);
			continue;
		}
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	}
}

// ---- switch fall-through ------------------------------------------------------------------

// Case 0 releases and falls through into case 1, which releases again; case 1 itself
// takes no lock.
VOID warn_switch_fallthrough(PEXT ext, ULONG op)
{
	STOR_LOCK_HANDLE h;
	switch (op) {
	case 0:
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		ext->Count = 0;
		StorPortReleaseSpinLock(ext, &h);
		/* fall through */
	case 1:
		ext->Count++;
		// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:3: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
		StorPortReleaseSpinLock(ext, &h);
		break;
	default:
		break;
	}
}

VOID good_switch_fallthrough(PEXT ext, ULONG op)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	switch (op) {
	case 0:
		ext->Count = 0;
		/* fall through */
	case 1:
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
		return;
	default:
		break;
	}
	StorPortReleaseSpinLock(ext, &h);
}

// ---- wrappers and macros ---------------------------------------------------------------

VOID warn_release_wrapper_twice(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	LockStartIo(ext, &h);
	Unlock(ext, &h);
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	Unlock(ext, &h);
}

VOID good_wrappers(PEXT ext)
{
	STOR_LOCK_HANDLE a, b;
	LockStartIo(ext, &a);
	Lock(ext, InterruptLock, NULL, &b);
	Unlock(ext, &b);
	Unlock(ext, &a);
}

VOID warn_release_wrapper_without_acquire(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	ext->Count++;
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	Unlock(ext, &h);
}

VOID warn_macro_twice(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	LOCK(ext, &h);
	UNLOCK(ext, &h);
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
	UNLOCK(ext, &h);
}

VOID good_macro(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	LOCK(ext, &h);
	UNLOCK(ext, &h);
}

// ---- StorPortAcquireSpinLockEx: nothing to release where it failed -------------------

VOID warn_ex_release_on_failure(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h) != STOR_STATUS_SUCCESS) {
		// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:3: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
		StorPortReleaseSpinLock(ext, &h);
		return;
	}
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_ex_status_variable(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	ULONG status = StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	if (status == STOR_STATUS_SUCCESS) {
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	} else {
		// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:3: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
		StorPortReleaseSpinLock(ext, &h);
	}
}

VOID good_ex_tested(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h) == STOR_STATUS_SUCCESS) {
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	}
}

VOID good_ex_status_variable(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	ULONG status;
	status = StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	if (status != STOR_STATUS_SUCCESS)
		return;
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

// The result ignored: the lock counts as acquired.
VOID good_ex_ignored(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

// ---- kernel spin locks ----------------------------------------------------------------

VOID warn_ke_double_release(PEXT ext)
{
	KIRQL old;
	KeAcquireSpinLock(&ext->Lock, &old);
	KeReleaseSpinLock(&ext->Lock, old);
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: KeReleaseSpinLock releases spin lock 'ext->Lock', which is not held here [spinlock-release-not-held]
	KeReleaseSpinLock(&ext->Lock, old);
}

VOID good_ke(PEXT ext)
{
	KIRQL old;
	KeAcquireSpinLock(&ext->Lock, &old);
	KeReleaseSpinLock(&ext->Lock, old);
}

VOID warn_ke_queued_double_release(PEXT ext)
{
	KLOCK_QUEUE_HANDLE qh;
	KeAcquireInStackQueuedSpinLock(&ext->Lock, &qh);
	KeReleaseInStackQueuedSpinLock(&qh);
	// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:2: error: KeReleaseInStackQueuedSpinLock releases the lock of handle 'qh', which is not held here [spinlock-release-not-held]
	KeReleaseInStackQueuedSpinLock(&qh);
}

VOID good_ke_queued(PEXT ext)
{
	KLOCK_QUEUE_HANDLE qh;
	KeAcquireInStackQueuedSpinLock(&ext->Lock, &qh);
	KeReleaseInStackQueuedSpinLock(&qh);
}

HW_DPC_ROUTINE good_ke_dpc_level;
_Use_decl_annotations_
VOID good_ke_dpc_level(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	ext->Count++;
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

// ---- the correlated pattern ------------------------------------------------------------

VOID good_correlated(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (ext->Flag)
		StorPortReleaseSpinLock(ext, &h);
}

VOID good_correlated_negated(PEXT ext, BOOLEAN callerHoldsLock)
{
	STOR_LOCK_HANDLE h;
	if (!callerHoldsLock)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (!callerHoldsLock)
		StorPortReleaseSpinLock(ext, &h);
}

// Released under the opposite test: never held there.
VOID warn_anti_correlated(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (!ext->Flag)
		// CHECK: spinlock-release-not-held.c:[[@LINE+1]]:3: error: StorPortReleaseSpinLock releases the lock of handle 'h', which is not held here [spinlock-release-not-held]
		StorPortReleaseSpinLock(ext, &h);
}
