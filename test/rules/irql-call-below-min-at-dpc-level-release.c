// irql-call-below-min, regression test (fixed), was: missed finding: KeAcquireSpinLockAtDpcLevel does not change the
// IRQL (STORPORT.md 5.3: "no IRQL change; calling it below DISPATCH_LEVEL is a fatal
// error"), but the tracker counts every held Ke spin lock as raising to DISPATCH_LEVEL,
// so the matching KeReleaseSpinLockFromDpcLevel, still at PASSIVE_LEVEL in a work item,
// is taken to run at DISPATCH_LEVEL and is not reported.
// Expected: two findings, the acquire and the release. Actual: only the acquire.
// (Same cause: a ZwClose between the two is reported by irql-call-above-max as "may run
// at DISPATCH_LEVEL", though the IRQL is PASSIVE_LEVEL there.)
// RUN: %dpccheck --checks=-*,irql-call-below-min %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	KSPIN_LOCK Lock;
	PVOID Worker;
	ULONG Value;
} EXT, *PEXT;

HW_WORKITEM warn_worker;

_Use_decl_annotations_
VOID warn_worker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	// CHECK: irql-call-below-min-at-dpc-level-release.c:[[@LINE+1]]:2: warning: 'KeAcquireSpinLockAtDpcLevel' may run at PASSIVE_LEVEL here, below its minimum of DISPATCH_LEVEL [irql-call-below-min]
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	// CHECK-NEXT: note: 'warn_worker' runs as a work-item routine (registered here)
	ext->Value++;
	// CHECK: irql-call-below-min-at-dpc-level-release.c:[[@LINE+1]]:2: warning: 'KeReleaseSpinLockFromDpcLevel' may run at PASSIVE_LEVEL here, below its minimum of DISPATCH_LEVEL [irql-call-below-min]
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
	// CHECK-NEXT: note: 'warn_worker' runs as a work-item routine (registered here)
}

VOID Queue(PEXT ext)
{
	StorPortQueueWorkItem(ext, warn_worker, ext->Worker, NULL);
}
