// spinlock-msi-mode: a driver in InterruptSynchronizePerMessage mode takes the MSI
// locks of other messages, as the HwMSInterruptRoutine page asks (STORPORT.md 3.6):
// no finding, exit 0, empty output. (InterruptSynchronizeAll: spinlock-msi-mode.c.)
// RUN: %dpccheck --strict-parse --checks=-*,spinlock-msi-mode %s > %t.out; test $? = 0
// RUN: test ! -s %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	ULONG MessageCount;
	ULONG Count;
} EXT, *PEXT;

HW_FIND_ADAPTER FindAdapter;
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE good_msi;
HW_DPC_ROUTINE good_dpc;

_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	ConfigInfo->HwMSInterruptRoutine = good_msi;
	ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
BOOLEAN good_msi(PVOID HwDeviceExtension, ULONG MessageId)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG oldIrql;
	ULONG other = MessageId == 0 ? 1 : 0;
	StorPortAcquireMSISpinLock(ext, other, &oldIrql);
	ext->Count++;
	StorPortReleaseMSISpinLock(ext, other, oldIrql);
	return TRUE;
}

_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG oldIrql;
	for (ULONG m = 0; m < ext->MessageCount; m++) {
		StorPortAcquireMSISpinLock(ext, m, &oldIrql);
		ext->Count++;
		StorPortReleaseMSISpinLock(ext, m, oldIrql);
	}
}
