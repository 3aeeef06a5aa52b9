#include "drv.h"

HW_DPC_ROUTINE DrvAnnotatedLater;
HW_TIMER DrvTimer;
HW_DPC_ROUTINE DrvIndented;
HW_DPC_ROUTINE DrvAfterComment;

_Use_decl_annotations_
VOID DrvCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

static HW_DPC_ROUTINE DrvResetDpc;
_Use_decl_annotations_
static VOID
DrvResetDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

_Use_decl_annotations_
VOID DrvAnnotatedLater(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

_Use_decl_annotations_
static VOID
DrvTimer(PVOID DeviceExtension)
{
}

#if 1
	_Use_decl_annotations_
	VOID DrvIndented(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
	{
	}
#endif

/* after a comment */ _Use_decl_annotations_ VOID DrvAfterComment(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

VOID DrvSetup(PDRV_EXT Ext)
{
	StorPortInitializeDpc(Ext, &Ext->Dpc, DrvCompletionDpc);
	StorPortInitializeDpc(Ext, &Ext->ResetDpc, DrvResetDpc);
	StorPortNotification(RequestTimerCall, Ext, DrvTimer, 1000);
}
