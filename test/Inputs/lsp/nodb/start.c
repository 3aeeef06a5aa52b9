#include "bus.h"

VOID BusStart(PBUS_EXT Ext)
{
	StorPortInitializeDpc(Ext, &Ext->Other, BusDpc);
	StorPortIssueDpc(Ext, &Ext->Dpc, NULL, NULL);
}
