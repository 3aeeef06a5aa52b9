// spinlock-release-mismatch, regression test (fixed), was: missed finding: a spin lock taken with KeAcquireSpinLock
// and released with KeReleaseSpinLockFromDpcLevel. STORPORT.md 5.3 (from the
// KeReleaseSpinLockFromDpcLevel page and "Calling Support Routines That Use Spin
// Locks"): "releasing a KeAcquireSpinLock lock with it is an error because the original
// IRQL is not restored"; RULES.md: the rule fires when a lock is released through a
// different mechanism than it was acquired with. The tracker puts MECH_KE and
// MECH_KE_DPC in one family (locks.c same_family), so the pair matches.
// Expected: the finding below. Actual: no output, exit 0.
// RUN: %dpccheck --checks=-*,spinlock-release-mismatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	KSPIN_LOCK Lock;
	ULONG Count;
} EXT, *PEXT;

VOID warn_ke_released_from_dpc_level(PEXT ext)
{
	KIRQL oldIrql;
	KeAcquireSpinLock(&ext->Lock, &oldIrql);
	ext->Count++;
	// CHECK: spinlock-release-mismatch-dpc-level.c:[[@LINE+2]]:2: error: spin lock 'ext->Lock', acquired with {{KeAcquireSpinLock|KeAcquireSpinLockRaiseToDpc}}, is released with KeReleaseSpinLockFromDpcLevel [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch-dpc-level.c:[[@LINE-3]]:2: note: spin lock 'ext->Lock' was acquired here
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

VOID good_dpc_level_pair(PEXT ext)
{
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	ext->Count++;
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}
