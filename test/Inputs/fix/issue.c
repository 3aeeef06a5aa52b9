#include "drv.h"

VOID DrvKick(PDRV_EXT Ext)
{
	StorPortIssueDpc(Ext, &Ext->Dpc, 0, 0);
	StorPortIssueDpc(Ext, &Ext->ResetDpc, 0, 0);
}
