// spinlock-release-mismatch, missed finding: a kernel spin lock released with a
// Storport routine. The rule's own header (rules/spinlock_release_mismatch.c) lists "a
// kernel spin lock released with a Storport routine" among its cases, and RULES.md
// says it fires when a lock is released "through a different mechanism". It can only
// be written with a cast (StorPortReleaseSpinLock takes a PSTOR_LOCK_HANDLE). The
// release names a handle (`ext->Lock`) that is not the handle of any held lock (the
// Ke lock's handle is its old-IRQL variable), and being in caller memory it is taken
// for a release wrapper's effect; spinlock-not-released then reports the Ke lock as
// leaked instead.
// Expected: the finding below. Actual: no output from this rule, exit 0.
// XFAIL: *
// RUN: %dpccheck --checks=-*,spinlock-release-mismatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	KSPIN_LOCK Lock;
	ULONG Count;
} EXT, *PEXT;

VOID warn_ke_released_with_storport(PEXT ext)
{
	KIRQL oldIrql;
	KeAcquireSpinLock(&ext->Lock, &oldIrql);
	ext->Count++;
	// CHECK: spinlock-release-mismatch-bug-4.c:[[@LINE+2]]:2: error: spin lock 'ext->Lock', acquired with {{KeAcquireSpinLock|KeAcquireSpinLockRaiseToDpc}}, is released with StorPortReleaseSpinLock [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch-bug-4.c:[[@LINE-3]]:2: note: spin lock 'ext->Lock' was acquired here
	StorPortReleaseSpinLock(ext, (PSTOR_LOCK_HANDLE)&ext->Lock);
}
