// Declarations: the role typedef each declaration was written with (found through the
// declaration's TypeRef, so also when a plain prototype came first and C type merging
// kept its type, when spelled through a macro, for `static` and for several declarators
// in one declaration), and the SAL annotations written on each declaration (annotate
// attributes from sal.h; the ones Clang copies from an earlier declaration are not
// shown), with the macro-expansion cross-check for _Use_decl_annotations_. SAL names no
// header defines get empty stubs and break nothing.
// RUN: %dpccheck --dump-ir %s > %t.out 2> %t.err
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %s --check-prefix=CLEAN --allow-empty < %t.err
// CLEAN-NOT: parsed with
#include <storport.h>

#define CQC_DPC_DECL(name) HW_DPC_ROUTINE name
#define CQC_CALLBACK _Use_decl_annotations_

// CHECK-LABEL: function plain_first
// CHECK-NEXT:   declaration [[@LINE+4]]:6{{$}}
// CHECK-NEXT:   declaration [[@LINE+4]]:16 role-type HW_DPC_ROUTINE{{$}}
// CHECK-NEXT:   definition [[@LINE+6]]:6 _Use_decl_annotations_ [macro _Use_decl_annotations_]{{$}}
// CHECK-NEXT:   returns void, params (PSTOR_DPC Dpc, PVOID Ext, PVOID A1, PVOID A2)
VOID plain_first(PSTOR_DPC Dpc, PVOID Ext, PVOID A1, PVOID A2);
HW_DPC_ROUTINE plain_first;

_Use_decl_annotations_
VOID plain_first(PSTOR_DPC Dpc, PVOID Ext, PVOID A1, PVOID A2)
{
}

// CHECK-LABEL: function through_macro
// CHECK-NEXT:   declaration [[@LINE+3]]:1 role-type HW_DPC_ROUTINE{{$}}
// CHECK-NEXT:   definition [[@LINE+5]]:6 _Use_decl_annotations_{{$}}
// CHECK-NEXT:   returns void
CQC_DPC_DECL(through_macro);

CQC_CALLBACK
VOID through_macro(PSTOR_DPC Dpc, PVOID Ext, PVOID A1, PVOID A2)
{
}

// The annotation written on the declaration only: Clang copies it to the definition,
// which shows none of its own.
// CHECK-LABEL: function static_role
// CHECK-NEXT:   declaration [[@LINE+3]]:40 role-type HW_TIMER _Use_decl_annotations_{{$}}
// CHECK-NEXT:   definition [[@LINE+3]]:13{{$}}
// CHECK-NEXT:   returns void, params (PVOID DeviceExtension)
_Use_decl_annotations_ static HW_TIMER static_role;
static VOID static_role(PVOID DeviceExtension)
{
}

// CHECK-LABEL: function first_of_two
// CHECK-NEXT:   declaration [[@LINE+5]]:21 role-type HW_INTERRUPT{{$}}
// CHECK-NEXT:   definition
// CHECK-LABEL: function second_of_two
// CHECK-NEXT:   declaration [[@LINE+2]]:35 role-type HW_INTERRUPT{{$}}
// CHECK-NEXT:   definition
static HW_INTERRUPT first_of_two, second_of_two;
_Use_decl_annotations_ static BOOLEAN first_of_two(PVOID DeviceExtension) { return TRUE; }
_Use_decl_annotations_ static BOOLEAN second_of_two(PVOID DeviceExtension) { return FALSE; }

// IRQL and lock annotations keep their argument text unexpanded.
// CHECK-LABEL: function annotated_helper
// CHECK-NEXT:   declaration [[@LINE+4]]:6 _IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_requires_min_(APC_LEVEL){{$}}
// CHECK-NEXT:   definition [[@LINE+6]]:6 _Use_decl_annotations_ [macro _Use_decl_annotations_]{{$}}
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_min_(APC_LEVEL)
VOID annotated_helper(_In_ PVOID Ext, _Inout_updates_bytes_(Length) PUCHAR Buffer, ULONG Length);

_Use_decl_annotations_
VOID annotated_helper(PVOID Ext, PUCHAR Buffer, ULONG Length)
{
}

// A SAL name from a newer WDK that no header defines: stubbed, the declaration survives.
// CHECK-LABEL: function newer_sal
// CHECK-NEXT:   definition [[@LINE+2]]:31{{$}}
// CHECK-NEXT:   returns ULONG, params (PVOID Ext)
_Ret_range_newer_(0, 3) ULONG newer_sal(_In_newer_ PVOID Ext)
{
	return 0;
}
