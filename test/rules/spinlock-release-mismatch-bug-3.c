// spinlock-release-mismatch, missed finding: StorPortReleaseMSISpinLock given the old
// IRQL of another message's acquire. STORPORT.md 3.6: "The acquire returns OldIrql
// through its pointer parameter; the release takes it back by value"; RULES.md: the
// rule fires when a lock is "released with a handle that belongs to another acquire",
// and it does so for the same pattern with KeAcquireSpinLock/KeReleaseSpinLock
// (spinlock-release-mismatch.c, warn_ke_old_irql). api.def gives the MSI routines no
// handle argument (-1), so their old IRQL is never tracked.
// Expected: the finding below (wording by analogy with the kernel case).
// Actual: no output, exit 0.
// XFAIL: *
// RUN: %dpccheck --checks=-*,spinlock-release-mismatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	ULONG Count;
} EXT, *PEXT;

VOID warn_msi_old_irql_of_other_message(PEXT ext)
{
	ULONG old0, old1;
	StorPortAcquireMSISpinLock(ext, 0, &old0);
	StorPortAcquireMSISpinLock(ext, 1, &old1);
	ext->Count++;
	// CHECK: spinlock-release-mismatch-bug-3.c:[[@LINE+2]]:2: error: StorPortReleaseMSISpinLock releases the MSI lock of message 0 with the old IRQL of the MSI lock of message 1 [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch-bug-3.c:[[@LINE-3]]:2: note: the MSI lock of message 1 was acquired here
	StorPortReleaseMSISpinLock(ext, 0, old1);
	StorPortReleaseMSISpinLock(ext, 1, old1);
}
