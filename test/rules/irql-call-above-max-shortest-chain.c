// irql-call-above-max, regression test (fixed), was: wrong chain: RULES.md ("Where a finding is reported"): "the same
// offending call reached through several chains is reported once, with the shortest
// chain". Here ZwClose in Deep is reached from ShortDpc directly (one call) and from
// LongDpc through Mid (two calls). dpccheck reports the chain of whichever entry
// reaches Deep first, apparently (helpers are analyzed once per context and their events carry the
// chain of that first analysis, locks.c): declaring LongDpc before ShortDpc gives
// LongDpc -> Mid -> Deep; swapping the two role-type declarations makes the output right.
// Expected: the finding with one note 'Deep' called here from 'ShortDpc' and ShortDpc's
// registration. Actual: notes 'Deep' called here from 'Mid', 'Mid' called here from
// 'LongDpc', 'LongDpc' runs as a DPC routine (registered here).
// RUN: %dpccheck --checks=-*,irql-call-above-max %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC LongObj;
	STOR_DPC ShortObj;
} EXT, *PEXT;

HW_DPC_ROUTINE LongDpc;
HW_DPC_ROUTINE ShortDpc;
HW_PASSIVE_INITIALIZE_ROUTINE PassiveInit;

static VOID Deep(PEXT ext)
{
	// CHECK: irql-call-above-max-shortest-chain.c:[[@LINE+1]]:2: error: 'ZwClose' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	ZwClose(NULL);
}
// CHECK-NEXT: irql-call-above-max-shortest-chain.c:[[@LINE+5]]:2: note: 'Deep' called here from 'ShortDpc'
// CHECK-NEXT: irql-call-above-max-shortest-chain.c:[[@LINE+23]]:45: note: 'ShortDpc' runs as a DPC routine (registered here)
_Use_decl_annotations_
VOID ShortDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	Deep((PEXT)HwDeviceExtension);
}

static VOID Mid(PEXT ext)
{
	Deep(ext);
}

_Use_decl_annotations_
VOID LongDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	Mid((PEXT)HwDeviceExtension);
}

_Use_decl_annotations_
BOOLEAN PassiveInit(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	StorPortInitializeDpc(ext, &ext->LongObj, LongDpc);
	StorPortInitializeDpc(ext, &ext->ShortObj, ShortDpc);
	return TRUE;
}
