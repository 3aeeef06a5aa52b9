#include "drv.h"

HW_DPC_ROUTINE DrvDpc;

HW_PASSIVE_INITIALIZE_ROUTINE DrvPassiveInit;
_Use_decl_annotations_
BOOLEAN DrvPassiveInit(PVOID HwDeviceExtension)
{
	PDRV_EXT ext = (PDRV_EXT)HwDeviceExtension;
	/* registers DrvDpc, defined in dpc.c: only with this file does dpc.c's DrvDpc run at
	 * DISPATCH_LEVEL */
	StorPortInitializeDpc(ext, &ext->Dpc, DrvDpc);
	return TRUE;
}

/* an old defect, already committed: not the business of a commit that does not touch
 * this file */
HW_INITIALIZE DrvInitialize;
BOOLEAN DrvInitialize(PVOID HwDeviceExtension)
{
	StorPortEnablePassiveInitialization(HwDeviceExtension, DrvPassiveInit);
	return TRUE;
}
