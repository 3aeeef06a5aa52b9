/* drv.h - shared by both units of the fix tests: the DPC routine's prototype, without its
 * role type (role-type-missing's fix-it goes here, once, although two units include it). */
#include <storport.h>

typedef struct _DRV_EXT {
	STOR_DPC Dpc;
	STOR_DPC ResetDpc;
} DRV_EXT, *PDRV_EXT;

VOID DrvCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
