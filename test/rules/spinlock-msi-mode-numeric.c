// spinlock-msi-mode, regression test (fixed), was: false positive: the mode is assigned as the integer 2, which is
// InterruptSynchronizePerMessage (storport.h: InterruptSupportNone = 0,
// InterruptSynchronizeAll = 1, InterruptSynchronizePerMessage = 2). The rule
// (spinlock_msi_mode.c find_mode) compares the enumerator's name, not its value, so
// any constant without that name counts as "not per message".
// Expected: no finding, exit 0, empty output. Actual: "warning: StorPortAcquireMSISpinLock
// in a driver whose InterruptSynchronizationMode is 2: ..." at the acquire, exit 1
// (the same for `(INTERRUPT_SYNCHRONIZATION_MODE)2`).
// RUN: %dpccheck --strict-parse --checks=-*,spinlock-msi-mode %s > %t.out; test $? = 0
// RUN: test ! -s %t.out
#include <storport.h>

typedef struct _EXT {
	ULONG Count;
} EXT, *PEXT;

HW_FIND_ADAPTER FindAdapter;
HW_DPC_ROUTINE good_dpc;

_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	ConfigInfo->InterruptSynchronizationMode = 2;
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG oldIrql;
	StorPortAcquireMSISpinLock(ext, 0, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, 0, oldIrql);
}
