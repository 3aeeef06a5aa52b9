#include <storport.h>

/* Defined in a library dpccheck does not see: only .dpccheck's IrqlFacts say at which
 * IRQL they may run. */
VOID DrvLibFlushLog(PVOID Context);
VOID DrvLibKickHardware(PVOID Context);

typedef struct _DRV_EXT {
	STOR_DPC Dpc;
} DRV_EXT, *PDRV_EXT;

HW_DPC_ROUTINE DrvDpc;
_Use_decl_annotations_
VOID DrvDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	DrvLibFlushLog(HwDeviceExtension);
}

HW_PASSIVE_INITIALIZE_ROUTINE DrvPassiveInit;
_Use_decl_annotations_
BOOLEAN DrvPassiveInit(PVOID HwDeviceExtension)
{
	PDRV_EXT ext = (PDRV_EXT)HwDeviceExtension;
	StorPortInitializeDpc(ext, &ext->Dpc, DrvDpc);
	DrvLibKickHardware(ext);
	return TRUE;
}

HW_INITIALIZE DrvInitialize;
_Use_decl_annotations_
BOOLEAN DrvInitialize(PVOID HwDeviceExtension)
{
	StorPortEnablePassiveInitialization(HwDeviceExtension, DrvPassiveInit);
	return TRUE;
}
