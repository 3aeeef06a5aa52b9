/* twins.c - the same defect on the same line text in two DPC routines, for the baseline
 * test: the fingerprint tells them apart by their function. NEW_TWIN marks where the
 * test inserts a third one. */
#include <storport.h>

typedef struct _EXT {
	STOR_DPC FirstDpc, SecondDpc, ThirdDpc;
	ULONG Value;
} EXT, *PEXT;

HW_PASSIVE_INITIALIZE_ROUTINE PassiveInit;
HW_DPC_ROUTINE FirstTwin;
HW_DPC_ROUTINE SecondTwin;
HW_DPC_ROUTINE ThirdTwin;

/* NEW_TWIN */

_Use_decl_annotations_
VOID FirstTwin(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	ULONG len = sizeof(ULONG);
	StorPortRegistryRead(HwDeviceExtension, (PUCHAR)"Setting", 0, MINIPORT_REG_DWORD, (PUCHAR)&len, &len);
}

_Use_decl_annotations_
VOID SecondTwin(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	ULONG len = sizeof(ULONG);
	StorPortRegistryRead(HwDeviceExtension, (PUCHAR)"Setting", 0, MINIPORT_REG_DWORD, (PUCHAR)&len, &len);
}

_Use_decl_annotations_
BOOLEAN PassiveInit(PVOID HwDeviceExtension)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	StorPortInitializeDpc(ext, &ext->FirstDpc, FirstTwin);
	StorPortInitializeDpc(ext, &ext->SecondDpc, SecondTwin);
	StorPortInitializeDpc(ext, &ext->ThirdDpc, ThirdTwin);
	return TRUE;
}
