#include "drv.h"

HW_DPC_ROUTINE DrvAnnotatedLater;
HW_TIMER DrvTimer;
HW_DPC_ROUTINE DrvIndented;
HW_DPC_ROUTINE DrvAfterComment;

VOID DrvCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

static VOID
DrvResetDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

VOID DrvAnnotatedLater(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

static VOID
DrvTimer(PVOID DeviceExtension)
{
}

#if 1
	VOID DrvIndented(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
	{
	}
#endif

/* after a comment */ VOID DrvAfterComment(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

VOID DrvSetup(PDRV_EXT Ext)
{
	StorPortInitializeDpc(Ext, &Ext->Dpc, DrvCompletionDpc);
	StorPortInitializeDpc(Ext, &Ext->ResetDpc, DrvResetDpc);
	StorPortNotification(RequestTimerCall, Ext, DrvTimer, 1000);
}
