#include "mini.h"
HW_DPC_ROUTINE UnannotatedDpc;
void UnannotatedDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}
