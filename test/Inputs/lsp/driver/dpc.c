#include "driver.h"

/* Größe 😀 */ void CompletionDpc(PSTOR_DPC Dpc, PVOID Ext, PVOID A, PVOID B)
{
}

_Use_decl_annotations_
void ResetDpc(PSTOR_DPC Dpc, PVOID Ext, PVOID A, PVOID B)
{
}
