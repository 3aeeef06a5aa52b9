#include "bus.h"

_Use_decl_annotations_
VOID BusDpc(PSTOR_DPC Dpc, PVOID Ext, PVOID A, PVOID B)
{
	ULONG v = 0;
	StorPortRegistryRead(Ext, (PUCHAR)"Depth", 1, MINIPORT_REG_DWORD, (PUCHAR)&v, &v); /* Tiefe */
}

VOID BusInit(PBUS_EXT Ext)
{
	StorPortInitializeDpc(Ext, &Ext->Dpc, BusDpc);
}
