#include "mini.h"
#include "generated_by_the_build_mof.h"
HW_DPC_ROUTINE BrokenDpc;
void BrokenDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	UNKNOWN_TYPE x = 0;
}
