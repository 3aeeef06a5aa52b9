/* driver.c - the format tests' driver: a call chain, a fix-it, a note in another file,
 * a NOLINT naming no rule, and a finding after a non-ASCII character on its line. */
#include "ext.h"

static VOID ReadSetting(PEXT ext)
{
	ULONG len = sizeof(ext->Value);
	StorPortRegistryRead(ext, (PUCHAR)"Setting", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, &len);
}

static VOID Refresh(PEXT ext)
{
	ReadSetting(ext);
}

_Use_decl_annotations_
VOID CompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	Refresh((PEXT)HwDeviceExtension); // NOLINT(irql-100%-sure, role-type-missing)
}

/* naïve */ VOID NaiveDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

_Use_decl_annotations_
BOOLEAN PassiveInit(PVOID HwDeviceExtension)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	StorPortInitializeDpc(ext, &ext->CompletionDpc, CompletionDpc);
	StorPortInitializeDpc(ext, &ext->ResetDpc, NaiveDpc);
	return TRUE;
}
