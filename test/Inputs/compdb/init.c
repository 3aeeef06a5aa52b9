#include "dpcs.h"
void Setup(PTEST_EXT ext)
{
	int i;
	StorPortInitializeDpc(ext, &ext->Completion, CompletionDpc);
	for (i = 0; i < 8; i++)
		StorPortInitializeDpc(ext, &ext->PerQueue[i], CompletionDpc);
}
_Use_decl_annotations_
void CompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	Kick((PTEST_EXT)HwDeviceExtension, 0);
}
