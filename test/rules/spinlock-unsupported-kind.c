// spinlock-unsupported-kind: StorPortAcquireSpinLock (or its StorPortNotification
// spelling) is called with a lock kind only StorPortAcquireSpinLockEx takes:
// ThreadedDpcLock, DpcLevelLock, or InvalidLock, which must never be used (RULES.md,
// STORPORT.md 1.3). Reported at the acquire (for a wrapper whose kind is a parameter, at
// the call that passes it); notes: the call chain and the role of the entry routine.
// RUN: %dpccheck --checks=-*,spinlock-unsupported-kind %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	ULONG Count;
} EXT, *PEXT;

VOID Lock(PEXT ext, STOR_SPINLOCK kind, PVOID context, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, kind, context, h);
}

VOID LockKind(PEXT ext, STOR_SPINLOCK kind, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, kind, NULL, h);
}

// ---- the plain routine -----------------------------------------------------------------

VOID warn_threaded(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+1]]:2: error: StorPortAcquireSpinLock does not take ThreadedDpcLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	StorPortAcquireSpinLock(ext, ThreadedDpcLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_dpc_level(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+1]]:2: error: StorPortAcquireSpinLock does not take DpcLevelLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	StorPortAcquireSpinLock(ext, DpcLevelLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_invalid(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+1]]:2: error: InvalidLock is no lock kind: it must never be acquired [spinlock-unsupported-kind]
	StorPortAcquireSpinLock(ext, InvalidLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_notification(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+1]]:2: error: StorPortAcquireSpinLock does not take DpcLevelLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	StorPortNotification(AcquireSpinLock, ext, DpcLevelLock, NULL, &h);
	StorPortNotification(ReleaseSpinLock, ext, &h);
}

// In a DPC routine: the note names the role.
HW_DPC_ROUTINE warn_dpc;
_Use_decl_annotations_
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+2]]:2: error: StorPortAcquireSpinLock does not take ThreadedDpcLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	// CHECK-NEXT: spinlock-unsupported-kind.c:[[@LINE-6]]:16: note: 'warn_dpc' runs as a DPC routine (declared here)
	StorPortAcquireSpinLock(HwDeviceExtension, ThreadedDpcLock, Dpc, &h);
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
}

VOID good_plain_kinds(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortNotification(AcquireSpinLock, ext, StartIoLock, NULL, &h);
	StorPortNotification(ReleaseSpinLock, ext, &h);
}

// ---- the Ex variant takes every kind ---------------------------------------------------

// RULES.md: "must not fire when: Ex variant". (STORPORT.md 1.3 says InvalidLock must not
// be used with the Ex variant either, but that is outside this rule's contract.)
VOID good_ex(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLockEx(ext, ThreadedDpcLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, DpcLevelLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, InvalidLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	if (StorPortAcquireSpinLockEx(ext, DpcLevelLock, NULL, &h) == STOR_STATUS_SUCCESS)
		StorPortReleaseSpinLock(ext, &h);
}

// ---- wrappers whose kind is a parameter ------------------------------------------------

VOID warn_wrapper(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+1]]:2: error: StorPortAcquireSpinLock does not take DpcLevelLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	Lock(ext, DpcLevelLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+1]]:2: error: StorPortAcquireSpinLock does not take ThreadedDpcLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	LockKind(ext, ThreadedDpcLock, &h);
	StorPortReleaseSpinLock(ext, &h);
}

HW_DPC_ROUTINE warn_dpc_wrapper;
_Use_decl_annotations_
VOID warn_dpc_wrapper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-unsupported-kind.c:[[@LINE+2]]:2: error: InvalidLock is no lock kind: it must never be acquired [spinlock-unsupported-kind]
	// CHECK-NEXT: spinlock-unsupported-kind.c:[[@LINE-6]]:16: note: 'warn_dpc_wrapper' runs as a DPC routine (declared here)
	LockKind((PEXT)HwDeviceExtension, InvalidLock, &h);
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
}

VOID good_wrapper(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	Lock(ext, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	Lock(ext, DpcLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	LockKind(ext, InterruptLock, &h);
	StorPortReleaseSpinLock(ext, &h);
}
