// spinlock-not-released: a path from a spin-lock acquire reaches the function's exit
// with the lock still held (RULES.md; reported at the acquire, or at the call of the
// wrapper or macro that acquires; note at the return, or the closing brace, reached with
// the lock held). A wrapper that returns holding a lock in its caller's handle is not
// reported: it acts as an acquire at its call sites.
// RUN: %dpccheck --checks=-*,spinlock-not-released %s > %t.out; test $? = 1
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

HW_DPC_ROUTINE warn_dpc_early_return;
HW_DPC_ROUTINE good_dpc_early_return;

// Wrappers: they return holding the lock in the caller's handle (not reported here).
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

// ---- early returns inside the locked region ------------------------------------------

VOID warn_early_return(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: StartIoLock acquired here is still held when 'warn_early_return' returns [spinlock-not-released]
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	if (ext->Count == 0)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_early_return' returns here with StartIoLock held
		return;
	ext->Count--;
	StorPortReleaseSpinLock(ext, &h);
}

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

_Use_decl_annotations_
VOID warn_dpc_early_return(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: DpcLock of 'ext->Dpc' acquired here is still held when 'warn_dpc_early_return' returns [spinlock-not-released]
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpc, &h);
	if (ext->Flag)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_dpc_early_return' returns here with DpcLock of 'ext->Dpc' held
		return;
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

_Use_decl_annotations_
VOID good_dpc_early_return(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		return;
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpc, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

// Falls off the end: the note is at the closing brace.
VOID warn_no_release(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: InterruptLock acquired here is still held when 'warn_no_release' returns [spinlock-not-released]
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	ext->Count++;
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:1: note: 'warn_no_release' returns here with InterruptLock held
}

// ---- goto cleanup ---------------------------------------------------------------------

// One goto jumps past the release at the cleanup label.
VOID warn_goto_past_cleanup(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: StartIoLock acquired here is still held when 'warn_goto_past_cleanup' returns [spinlock-not-released]
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	if (ext->Flag)
		goto out;
	if (ext->Count == 0)
		goto cleanup;
	ext->Count--;
cleanup:
	StorPortReleaseSpinLock(ext, &h);
out:
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:2: note: 'warn_goto_past_cleanup' returns here with StartIoLock held
	return;
}

VOID good_goto_cleanup(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	if (ext->Flag)
		goto cleanup;
	if (ext->Count == 0)
		goto cleanup;
	ext->Count--;
cleanup:
	StorPortReleaseSpinLock(ext, &h);
}

// ---- loops -------------------------------------------------------------------------------

// A break leaves the loop between the acquire and the release.
VOID warn_loop_break(PEXT ext, ULONG n)
{
	STOR_LOCK_HANDLE h;
	for (ULONG i = 0; i < n; i++) {
		// CHECK: spinlock-not-released.c:[[@LINE+1]]:3: error: StartIoLock acquired here is still held when 'warn_loop_break' returns [spinlock-not-released]
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		if (ext->Flag)
			break;
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	}
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:1: note: 'warn_loop_break' returns here with StartIoLock held
}

// Acquired and released in every iteration, a continue releasing first.
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

// Case 0 acquires and falls through into case 1, which never releases.
VOID warn_switch_fallthrough(PEXT ext, ULONG op)
{
	STOR_LOCK_HANDLE h;
	switch (op) {
	case 0:
		// CHECK: spinlock-not-released.c:[[@LINE+1]]:3: error: StartIoLock acquired here is still held when 'warn_switch_fallthrough' returns [spinlock-not-released]
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		ext->Count = 0;
		/* fall through */
	case 1:
		ext->Count++;
		break;
	case 2:
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		ext->Flag = TRUE;
		StorPortReleaseSpinLock(ext, &h);
		break;
	default:
		break;
	}
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:1: note: 'warn_switch_fallthrough' returns here with StartIoLock held
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
		break;
	case 2:
		StorPortReleaseSpinLock(ext, &h);
		return;
	default:
		break;
	}
	StorPortReleaseSpinLock(ext, &h);
}

// ---- wrappers and macros ---------------------------------------------------------------

VOID warn_wrapper_fixed_kind(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: StartIoLock acquired here is still held when 'warn_wrapper_fixed_kind' returns [spinlock-not-released]
	LockStartIo(ext, &h);
	if (ext->Flag)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_wrapper_fixed_kind' returns here with StartIoLock held
		return;
	Unlock(ext, &h);
}

VOID good_wrapper_fixed_kind(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	LockStartIo(ext, &h);
	ext->Count++;
	Unlock(ext, &h);
}

VOID warn_wrapper_kind_param(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: InterruptLock acquired here is still held when 'warn_wrapper_kind_param' returns [spinlock-not-released]
	Lock(ext, InterruptLock, NULL, &h);
	if (ext->Flag)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_wrapper_kind_param' returns here with InterruptLock held
		return;
	Unlock(ext, &h);
}

VOID good_wrapper_kind_param(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	Lock(ext, DpcLock, &ext->Dpc, &h);
	ext->Count++;
	Unlock(ext, &h);
}

VOID warn_macro(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: StartIoLock acquired here is still held when 'warn_macro' returns [spinlock-not-released]
	LOCK(ext, &h);
	if (ext->Count == 0)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_macro' returns here with StartIoLock held
		return;
	UNLOCK(ext, &h);
}

VOID good_macro(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	LOCK(ext, &h);
	ext->Count++;
	UNLOCK(ext, &h);
}

// ---- StorPortAcquireSpinLockEx: held only where it succeeded ---------------------------

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
	ULONG status = StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	if (status != STOR_STATUS_SUCCESS)
		return;
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

// A non-zero status is a failure.
VOID good_ex_nonzero_is_failure(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h))
		return;
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

// StorPortAcquireSpinLockEx failing, then a plain acquire into the same handle: held
// once on every path, released once.
VOID good_ex_fallback(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	ULONG status = StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	if (status != STOR_STATUS_SUCCESS)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

// Tested, but the success branch forgets to release.
VOID warn_ex_status_variable(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	ULONG status;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:11: error: StartIoLock acquired here is still held when 'warn_ex_status_variable' returns [spinlock-not-released]
	status = StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	if (status == STOR_STATUS_SUCCESS) {
		ext->Count++;
	}
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:1: note: 'warn_ex_status_variable' returns here with StartIoLock held
}

// The result ignored: the lock counts as acquired.
VOID warn_ex_ignored(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: StartIoLock acquired here is still held when 'warn_ex_ignored' returns [spinlock-not-released]
	StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	ext->Count++;
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:1: note: 'warn_ex_ignored' returns here with StartIoLock held
}

// ---- kernel spin locks ----------------------------------------------------------------

VOID warn_ke(PEXT ext)
{
	KIRQL old;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: spin lock 'ext->Lock' acquired here is still held when 'warn_ke' returns [spinlock-not-released]
	KeAcquireSpinLock(&ext->Lock, &old);
	if (ext->Count == 0)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_ke' returns here with spin lock 'ext->Lock' held
		return;
	ext->Count--;
	KeReleaseSpinLock(&ext->Lock, old);
}

VOID good_ke(PEXT ext)
{
	KIRQL old;
	KeAcquireSpinLock(&ext->Lock, &old);
	ext->Count--;
	KeReleaseSpinLock(&ext->Lock, old);
}

VOID warn_ke_queued(PEXT ext)
{
	KLOCK_QUEUE_HANDLE qh;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: spin lock 'ext->Lock' acquired here is still held when 'warn_ke_queued' returns [spinlock-not-released]
	KeAcquireInStackQueuedSpinLock(&ext->Lock, &qh);
	if (ext->Flag)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_ke_queued' returns here with spin lock 'ext->Lock' held
		return;
	KeReleaseInStackQueuedSpinLock(&qh);
}

VOID good_ke_queued(PEXT ext)
{
	KLOCK_QUEUE_HANDLE qh;
	KeAcquireInStackQueuedSpinLock(&ext->Lock, &qh);
	ext->Count++;
	KeReleaseInStackQueuedSpinLock(&qh);
}

// No handle, and a DPC routine: Storport calls it, so it is no acquire wrapper.
HW_DPC_ROUTINE warn_ke_dpc_level;
_Use_decl_annotations_
VOID warn_ke_dpc_level(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: spin lock 'ext->Lock' acquired here is still held when 'warn_ke_dpc_level' returns [spinlock-not-released]
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	if (ext->Count == 0)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_ke_dpc_level' returns here with spin lock 'ext->Lock' held
		return;
	ext->Count--;
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

// A function that releases the lock on one path is no wrapper either.
VOID warn_ke_dpc_level_helper(PEXT ext)
{
	// CHECK: spinlock-not-released.c:[[@LINE+1]]:2: error: spin lock 'ext->Lock' acquired here is still held when 'warn_ke_dpc_level_helper' returns [spinlock-not-released]
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	if (ext->Count == 0)
		// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:3: note: 'warn_ke_dpc_level_helper' returns here with spin lock 'ext->Lock' held
		return;
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

// An acquire wrapper for a kernel spin lock: returns holding the caller's lock.
VOID LockQueue(PEXT ext)
{
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
}

VOID UnlockQueue(PEXT ext)
{
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

VOID good_ke_wrappers(PEXT ext)
{
	LockQueue(ext);
	ext->Count++;
	UnlockQueue(ext);
}

HW_DPC_ROUTINE good_ke_dpc_level;
_Use_decl_annotations_
VOID good_ke_dpc_level(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	if (ext->Flag) {
		KeReleaseSpinLockFromDpcLevel(&ext->Lock);
		return;
	}
	ext->Count++;
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

// ---- the correlated pattern ------------------------------------------------------------

// `if (x) acquire; ...; if (x) release;` releases exactly what it took.
VOID good_correlated(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (ext->Flag)
		StorPortReleaseSpinLock(ext, &h);
}

VOID good_correlated_parameter(PEXT ext, BOOLEAN locked)
{
	STOR_LOCK_HANDLE h;
	if (!locked)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (!locked)
		StorPortReleaseSpinLock(ext, &h);
}

// Another form of the correlated pattern: a flag records that the lock was taken.
VOID good_locked_flag(PEXT ext, BOOLEAN need)
{
	STOR_LOCK_HANDLE h;
	BOOLEAN locked = FALSE;
	if (need) {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		locked = TRUE;
	}
	ext->Count++;
	if (locked)
		StorPortReleaseSpinLock(ext, &h);
}

// A different variable decides the release: the lock leaks when a && !b.
VOID warn_uncorrelated(PEXT ext, BOOLEAN a, BOOLEAN b)
{
	STOR_LOCK_HANDLE h;
	if (a)
		// CHECK: spinlock-not-released.c:[[@LINE+1]]:3: error: StartIoLock acquired here is still held when 'warn_uncorrelated' returns [spinlock-not-released]
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (b)
		StorPortReleaseSpinLock(ext, &h);
	// CHECK-NEXT: spinlock-not-released.c:[[@LINE+1]]:1: note: 'warn_uncorrelated' returns here with StartIoLock held
}
