// spinlock-release-not-held, regression test (fixed): a kernel spin lock released without a handle
// (KeReleaseSpinLockFromDpcLevel) where it is not held is taken for a release wrapper's
// effect (the lock is the caller's memory) and not reported, even in a DPC routine
// (Storport calls it: no caller holds the lock) and even right after the same function
// released it. KeReleaseSpinLock with an old-IRQL variable is reported. Expected: the
// finding below. Actual: no output, exit 0.
// RUN: %dpccheck --checks=-*,spinlock-release-not-held %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	KSPIN_LOCK Lock;
	ULONG Count;
} EXT, *PEXT;

HW_DPC_ROUTINE warn_ke_dpc_level_double_release;

_Use_decl_annotations_
VOID warn_ke_dpc_level_double_release(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1,
				      PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	ext->Count++;
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
	// CHECK: spinlock-release-not-held-ke-dpc.c:[[@LINE+2]]:2: error: KeReleaseSpinLockFromDpcLevel releases spin lock 'ext->Lock', which is not held here [spinlock-release-not-held]
	// CHECK-NEXT: spinlock-release-not-held-ke-dpc.c:[[@LINE-11]]:16: note: 'warn_ke_dpc_level_double_release' runs as a DPC routine (declared here)
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}
