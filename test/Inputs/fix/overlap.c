#include <storport.h>

/* registered for two roles: two role-type-missing findings whose fix-its collide */
VOID DrvBoth(PVOID DeviceExtension);

VOID DrvBoth(PVOID DeviceExtension)
{
}

VOID DrvSetupBoth(PVOID Ext, PSTOR_DPC Dpc)
{
	StorPortInitializeDpc(Ext, Dpc, (PHW_DPC_ROUTINE)DrvBoth);
	StorPortNotification(RequestTimerCall, Ext, DrvBoth, 1000);
}
