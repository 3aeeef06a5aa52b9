#include <storport.h>
#include "trace_mof.h"

HW_DPC_ROUTINE PartialDpc;

VOID PartialDpc(PSTOR_DPC Dpc, PVOID Ext, PVOID A, PVOID B)
{
	UNKNOWN_TYPE x = 0;
}
