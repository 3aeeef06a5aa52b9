// irql-call-below-min, regression test (fixed), was: false positive: a lock taken and released under the same
// condition (`if (x) acquire; ... if (x) release;`). locks.c follows the guard for the
// held locks (the release edge where x is false drops nothing, no spinlock finding:
// DESIGN.md section 4, "merge policy errs toward silence"), but the IRQL is joined
// without the guard, so KeReleaseSpinLock (minimum DISPATCH_LEVEL) is taken to run at
// PASSIVE_LEVEL on the x == 0 path, where it is never called.
// Expected: no finding. Actual: 'KeReleaseSpinLock' may run at
// PASSIVE_LEVEL here, below its minimum of DISPATCH_LEVEL, exit status 1.
// RUN: %dpccheck --checks=-*,irql-call-below-min %s > %t.out; test $? = 0
// RUN: FileCheck %s --allow-empty --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	KSPIN_LOCK Lock;
	BOOLEAN Shared;
	ULONG Value;
} EXT, *PEXT;

HW_PASSIVE_INITIALIZE_ROUTINE good_passive_init;

static VOID MaybeLocked(PEXT ext, BOOLEAN shared)
{
	KIRQL old = PASSIVE_LEVEL;
	if (shared)
		KeAcquireSpinLock(&ext->Lock, &old);
	ext->Value++;
	if (shared)
		KeReleaseSpinLock(&ext->Lock, old);
}

_Use_decl_annotations_
BOOLEAN good_passive_init(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	MaybeLocked(ext, ext->Shared);
	return TRUE;
}

VOID Register(PVOID DeviceExtension)
{
	StorPortEnablePassiveInitialization(DeviceExtension, good_passive_init);
}
