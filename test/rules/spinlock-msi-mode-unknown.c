// spinlock-msi-mode: the driver assigns InterruptSynchronizationMode, but not one
// constant dpccheck can read: a value computed at run time, and InterruptSynchronizeAll
// on one path with InterruptSynchronizePerMessage on another (chosen by whether the
// adapter has several messages). The mode is unknown (RULES.md: "must not fire when ...
// mode unknown"): no finding, exit 0, empty output.
// RUN: %dpccheck --strict-parse --checks=-*,spinlock-msi-mode %s > %t.out; test $? = 0
// RUN: test ! -s %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	INTERRUPT_SYNCHRONIZATION_MODE Mode;
	ULONG MessageCount;
	ULONG Count;
} EXT, *PEXT;

HW_FIND_ADAPTER FindAdapter;
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE MsiIsr;
HW_DPC_ROUTINE good_dpc;

_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	PEXT ext = (PEXT)DeviceExtension;
	ConfigInfo->HwMSInterruptRoutine = MsiIsr;
	if (ext->MessageCount > 1)
		ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
	else
		ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizeAll;
	return SP_RETURN_FOUND;
}

ULONG FindAdapterFromRegistry(PEXT ext, PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
	ConfigInfo->InterruptSynchronizationMode = ext->Mode;
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
BOOLEAN MsiIsr(PVOID HwDeviceExtension, ULONG MessageId)
{
	return TRUE;
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
