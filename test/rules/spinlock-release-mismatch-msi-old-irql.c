// spinlock-release-mismatch, regression test (was a known miss): StorPortReleaseMSISpinLock
// given the old IRQL of another message's acquire. STORPORT.md 3.6: "The acquire returns
// OldIrql through its pointer parameter; the release takes it back by value"; RULES.md:
// the rule fires when a lock is "released with a handle that belongs to another
// acquire", as for KeAcquireSpinLock/KeReleaseSpinLock. api.def gave the MSI routines no
// handle argument, so their old IRQL was never tracked.
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
	// CHECK: spinlock-release-mismatch-msi-old-irql.c:[[@LINE+2]]:2: error: StorPortReleaseMSISpinLock releases the MSI lock of message 0 with the old IRQL of the MSI lock of message 1 [spinlock-release-mismatch]
	// CHECK-NEXT: spinlock-release-mismatch-msi-old-irql.c:[[@LINE-3]]:2: note: the MSI lock of message 1 was acquired here
	StorPortReleaseMSISpinLock(ext, 0, old1);
	StorPortReleaseMSISpinLock(ext, 1, old1);
}

VOID good_msi_each_message_its_old_irql(PEXT ext)
{
	ULONG old0, old1;
	StorPortAcquireMSISpinLock(ext, 0, &old0);
	StorPortAcquireMSISpinLock(ext, 1, &old1);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, 1, old1);
	StorPortReleaseMSISpinLock(ext, 0, old0);
}
