// dpc-not-initialized: a STOR_DPC object is issued but no StorPortInitializeDpc in the
// program initializes it (RULES.md; reported at the issue, note at the object's
// declaration). Objects are the members or variables that hold them, followed through
// local pointers and wrapper parameters; one file initializes what the other issues.
// RUN: %dpccheck --checks=-*,dpc-not-initialized %s %S/Inputs/dpc-init-other-file.c > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// The same file alone: what only the other file initializes is reported.
// RUN: %dpccheck --checks=-*,dpc-not-initialized %s > %t.alone; test $? = 1
// RUN: FileCheck %s --check-prefix=ALONE < %t.alone
// ALONE: error: StorPortIssueDpc on 'ext->InitElsewhere'
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Completion[8];
	// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:11: note: the DPC object is declared here
	STOR_DPC NeverInitialized;
	STOR_DPC Reset;
	STOR_DPC InitElsewhere;
	// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:11: note: the DPC object is declared here
	STOR_DPC ThroughWrapper;
	PSTOR_DPC Pointer;
} EXT, *PEXT;

// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:10: note: the DPC object is declared here
STOR_DPC g_NeverInitialized;
STOR_DPC g_Initialized;

HW_DPC_ROUTINE CompletionDpc;
HW_PASSIVE_INITIALIZE_ROUTINE PassiveInit;
VOID IssueHelper(PEXT ext, PSTOR_DPC dpc);

_Use_decl_annotations_
BOOLEAN PassiveInit(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	ULONG i;
	for (i = 0; i < 8; i++)
		StorPortInitializeDpc(ext, &ext->Completion[i], CompletionDpc);
	StorPortNotification(InitializeDpc, ext, &ext->Reset, CompletionDpc);
	StorPortInitializeDpc(ext, &g_Initialized, CompletionDpc);
	return TRUE;
}

VOID IssueHelper(PEXT ext, PSTOR_DPC dpc)
{
	// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:2: error: StorPortIssueDpc on 'ext->ThroughWrapper', which no StorPortInitializeDpc in the analyzed files initializes [dpc-not-initialized]
	StorPortIssueDpc(ext, dpc, NULL, NULL);
}

VOID warn_direct(PEXT ext)
{
	// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:2: error: StorPortIssueDpc on 'ext->NeverInitialized', which no StorPortInitializeDpc in the analyzed files initializes [dpc-not-initialized]
	StorPortIssueDpc(ext, &ext->NeverInitialized, NULL, NULL);
}

VOID warn_global_by_notification(PEXT ext)
{
	LONG issued;
	// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:2: error: StorPortNotification(IssueDpc) on 'g_NeverInitialized', which no StorPortInitializeDpc
	StorPortNotification(IssueDpc, ext, &g_NeverInitialized, NULL, NULL, &issued);
}

VOID warn_through_wrapper(PEXT ext)
{
	// CHECK-DAG: dpc-not-initialized.c:[[@LINE+1]]:19: note: 'warn_through_wrapper' passes 'ext->ThroughWrapper' to 'IssueHelper' here
	IssueHelper(ext, &ext->ThroughWrapper);
}

VOID good_wrapper_initialized(PEXT ext)
{
	IssueHelper(ext, &ext->Reset);
}

VOID good_array_element(PEXT ext, ULONG queue)
{
	StorPortIssueDpc(ext, &ext->Completion[queue], NULL, NULL);
	StorPortIssueDpc(ext, &ext->Completion[3], NULL, NULL);
}

VOID good_local_pointer(PEXT ext, ULONG queue)
{
	PSTOR_DPC dpc = &ext->Completion[queue];
	StorPortIssueDpc(ext, dpc, NULL, NULL);
}

VOID good_initialized_in_other_file(PEXT ext)
{
	StorPortIssueDpc(ext, &ext->InitElsewhere, NULL, NULL);
}

VOID good_global(PEXT ext)
{
	StorPortIssueDpc(ext, &g_Initialized, NULL, NULL);
}

// A pointer held in the extension could point anywhere: silent.
VOID good_pointer_member(PEXT ext)
{
	StorPortIssueDpc(ext, ext->Pointer, NULL, NULL);
}

// A DPC routine re-issuing its own object: Storport passes an initialized one.
_Use_decl_annotations_
VOID CompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	StorPortIssueDpc(HwDeviceExtension, Dpc, NULL, NULL);
}
