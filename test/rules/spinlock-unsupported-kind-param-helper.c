// spinlock-unsupported-kind, regression test (fixed), was: missed finding: a helper whose lock kind is a parameter
// but which acquires AND releases the lock itself (a "run this under lock X" helper,
// not an acquire wrapper). RULES.md: the rule fires on StorPortAcquireSpinLock with
// ThreadedDpcLock, DpcLevelLock or InvalidLock, and acquires through wrapper functions
// are followed. The tracker substitutes the caller's kind only into the effects of
// functions that return holding the lock, so inside this helper the kind stays unknown
// (LK_UNKNOWN) and the call that passes DpcLevelLock is never judged. Same root cause as
// spinlock-lock-context-bug-2.c.
// Expected: the finding below, at the call that passes DpcLevelLock.
// Actual: no output, exit 0.
// RUN: %dpccheck --checks=-*,spinlock-unsupported-kind %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	ULONG Count;
} EXT, *PEXT;

VOID IncrementLocked(PEXT ext, STOR_SPINLOCK kind)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, kind, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_helper_dpc_level(PEXT ext)
{
	// CHECK: spinlock-unsupported-kind-param-helper.c:[[@LINE+1]]:2: error: StorPortAcquireSpinLock does not take DpcLevelLock: only StorPortAcquireSpinLockEx does [spinlock-unsupported-kind]
	IncrementLocked(ext, DpcLevelLock);
}

VOID good_helper_startio(PEXT ext)
{
	IncrementLocked(ext, StartIoLock);
}
