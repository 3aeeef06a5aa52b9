#include <storport.h>

/* The DPC routine is registered through a table of function pointers, which dpccheck
 * does not follow: only .dpccheck's Roles entry says DrvTableDpc is a DPC routine. */
typedef struct _DRV_EXT {
	STOR_DPC Dpc;
	PHW_DPC_ROUTINE Routines[1];
	ULONG Setting;
} DRV_EXT, *PDRV_EXT;

VOID DrvTableDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PDRV_EXT ext = (PDRV_EXT)HwDeviceExtension;
	StorPortRegistryRead(ext, (PUCHAR)"Setting", 1, MINIPORT_REG_DWORD, (PUCHAR)&ext->Setting, NULL);
}

HW_PASSIVE_INITIALIZE_ROUTINE DrvPassiveInit;
_Use_decl_annotations_
BOOLEAN DrvPassiveInit(PVOID HwDeviceExtension)
{
	PDRV_EXT ext = (PDRV_EXT)HwDeviceExtension;
	ext->Routines[0] = DrvTableDpc;
	StorPortInitializeDpc(ext, &ext->Dpc, ext->Routines[0]);
	return TRUE;
}
