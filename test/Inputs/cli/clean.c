#include "mini.h"
HW_DPC_ROUTINE CleanDpc;
_Use_decl_annotations_
void CleanDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}
