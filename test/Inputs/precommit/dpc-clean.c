#include "drv.h"

_Use_decl_annotations_
VOID DrvDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PDRV_EXT ext = (PDRV_EXT)HwDeviceExtension;
	ext->Setting++;
}
