// spinlock-msi-mode: StorPortAcquireMSISpinLock in a driver whose HwStorFindAdapter
// sets ConfigInfo->InterruptSynchronizationMode to something other than
// InterruptSynchronizePerMessage (RULES.md, STORPORT.md 3.6, SDV StorPortMSILock).
// The mode is program-wide: this file sets InterruptSynchronizeAll; the per-message and
// unknown-mode cases are spinlock-msi-mode-per-message.c, spinlock-msi-mode-unset.c and
// spinlock-msi-mode-unknown.c. Reported at the acquire, however deep in helpers (one
// finding per acquire), with a note where the mode is set.
// RUN: %dpccheck --checks=-*,spinlock-msi-mode %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	ULONG Count;
} EXT, *PEXT;

HW_FIND_ADAPTER FindAdapter;
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE MsiIsr;
HW_DPC_ROUTINE warn_dpc;

_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	ConfigInfo->HwMSInterruptRoutine = MsiIsr;
	ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizeAll;
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG oldIrql;
	// CHECK: spinlock-msi-mode.c:[[@LINE+2]]:2: warning: StorPortAcquireMSISpinLock in a driver whose InterruptSynchronizationMode is InterruptSynchronizeAll: per-message locks need InterruptSynchronizePerMessage [spinlock-msi-mode]
	// CHECK-NEXT: spinlock-msi-mode.c:[[@LINE-10]]:2: note: the mode is set here
	StorPortAcquireMSISpinLock(ext, 1, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, 1, oldIrql);
}

// Reached from the MSI routine and from a function without callers: one finding.
VOID CompleteOtherMessage(PEXT ext, ULONG MessageId)
{
	ULONG oldIrql;
	// CHECK: spinlock-msi-mode.c:[[@LINE+2]]:2: warning: StorPortAcquireMSISpinLock in a driver whose InterruptSynchronizationMode is InterruptSynchronizeAll: per-message locks need InterruptSynchronizePerMessage [spinlock-msi-mode]
	// CHECK-NEXT: spinlock-msi-mode.c:[[@LINE-21]]:2: note: the mode is set here
	StorPortAcquireMSISpinLock(ext, MessageId, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, MessageId, oldIrql);
}

_Use_decl_annotations_
BOOLEAN MsiIsr(PVOID HwDeviceExtension, ULONG MessageId)
{
	CompleteOtherMessage((PEXT)HwDeviceExtension, MessageId == 0 ? 1 : 0);
	return TRUE;
}

VOID NoRoleCaller(PEXT ext)
{
	CompleteOtherMessage(ext, 2);
}

// Other lock routines are not this rule's business, even in this mode.
VOID good_other_locks(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}
