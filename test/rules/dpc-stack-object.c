// dpc-stack-object: a STOR_DPC with automatic storage is passed to
// StorPortInitializeDpc or StorPortIssueDpc (RULES.md; reported at the call, note at
// the local's declaration), directly, through a local pointer or a wrapper.
// RUN: %dpccheck --checks=-*,dpc-stack-object %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	PVOID Buffer;
} EXT, *PEXT;

typedef struct _WORK {
	STOR_DPC Dpc;
	ULONG Count;
} WORK, *PWORK;

HW_DPC_ROUTINE MyDpc;
STOR_DPC g_Dpc;
VOID InitHelper(PEXT ext, PSTOR_DPC dpc);

VOID warn_local(PEXT ext)
{
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:11: note: 'dpc' is declared here with automatic storage
	STOR_DPC dpc;
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:2: error: StorPortInitializeDpc on 'dpc', a local variable of 'warn_local': the DPC object must outlive the call (device extension or nonpaged pool) [dpc-stack-object]
	StorPortInitializeDpc(ext, &dpc, MyDpc);
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:2: error: StorPortIssueDpc on 'dpc', a local variable of 'warn_local'
	StorPortIssueDpc(ext, &dpc, NULL, NULL);
}

VOID warn_local_struct_member_by_pointer(PEXT ext)
{
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:7: note: 'work' is declared here with automatic storage
	WORK work;
	PSTOR_DPC p = &work.Dpc;
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:2: error: StorPortIssueDpc on 'work.Dpc', a local variable of 'warn_local_struct_member_by_pointer'
	StorPortIssueDpc(ext, p, NULL, NULL);
}

VOID InitHelper(PEXT ext, PSTOR_DPC dpc)
{
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:2: error: StorPortInitializeDpc on 'dpcs[?]', a local variable of 'warn_through_wrapper'
	StorPortInitializeDpc(ext, dpc, MyDpc);
}

VOID warn_through_wrapper(PEXT ext, ULONG i)
{
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:11: note: 'dpcs' is declared here with automatic storage
	STOR_DPC dpcs[2];
	// CHECK-DAG: dpc-stack-object.c:[[@LINE+1]]:18: note: 'warn_through_wrapper' passes 'dpcs[?]' to 'InitHelper' here
	InitHelper(ext, &dpcs[i]);
}

VOID good_extension(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->Dpc, MyDpc);
	StorPortIssueDpc(ext, &ext->Dpc, NULL, NULL);
	InitHelper(ext, &ext->Dpc);
}

VOID good_static_local(PEXT ext)
{
	static STOR_DPC dpc;
	StorPortInitializeDpc(ext, &dpc, MyDpc);
}

VOID good_global(PEXT ext)
{
	StorPortInitializeDpc(ext, &g_Dpc, MyDpc);
}

// Pool memory reached through a local pointer to a struct: not the stack.
VOID good_pool(PEXT ext)
{
	PWORK work = (PWORK)ext->Buffer;
	StorPortInitializeDpc(ext, &work->Dpc, MyDpc);
}

_Use_decl_annotations_
VOID MyDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}
