#include "drv.h"

_Use_decl_annotations_
VOID DrvDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PDRV_EXT ext = (PDRV_EXT)HwDeviceExtension;
	/* PLANTED: a PASSIVE_LEVEL routine in a DPC */
	StorPortRegistryRead(ext, (PUCHAR)"Setting", 1, MINIPORT_REG_DWORD, (PUCHAR)&ext->Setting, NULL);
}
