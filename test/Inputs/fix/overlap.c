#include <storport.h>

/* registered for two roles with the same signature: two role-type-missing findings
 * whose fix-its collide */
BOOLEAN DrvBoth(PVOID DeviceExtension);

BOOLEAN DrvBoth(PVOID DeviceExtension)
{
	return TRUE;
}

/* its signature is not the timer role type's: declared with that type, it would not
 * compile, so the finding has no fix-it (role-signature-mismatch says what to change) */
BOOLEAN DrvBadTimer(PVOID DeviceExtension)
{
	return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA init = { 0 };
	init.HwInitialize = DrvBoth;
	return StorPortInitialize(DriverObject, RegistryPath, &init, NULL);
}

VOID DrvSetupBoth(PVOID Ext)
{
	StorPortEnablePassiveInitialization(Ext, DrvBoth);
	StorPortNotification(RequestTimerCall, Ext, (PHW_TIMER)DrvBadTimer, 1000);
}
