// role-use-decl-annotations: the definition of a role-typed function lacks
// _Use_decl_annotations_ (RULES.md; reported at the definition's name, note at the
// role-type declaration, fix-it inserting the annotation on its own line).
// RUN: %dpccheck --checks=-*,role-use-decl-annotations %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: %dpccheck --checks=-*,role-use-decl-annotations --format=json %s > %t.json; test $? = 1
// RUN: FileCheck %s --check-prefix=JSON < %t.json
#include <storport.h>
#include <wdm.h>

#define CQC_CALLBACK _Use_decl_annotations_

HW_DPC_ROUTINE warn_dpc;
// CHECK: role-use-decl-annotations.c:[[@LINE+1]]:6: warning: definition of DPC routine 'warn_dpc' lacks _Use_decl_annotations_ [role-use-decl-annotations]
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}
// CHECK-NEXT: role-use-decl-annotations.c:[[@LINE-5]]:16: note: 'warn_dpc' declared with role type 'HW_DPC_ROUTINE' here
// JSON: "line": [[@LINE-4]],
// JSON: "message": "definition of DPC routine 'warn_dpc' lacks _Use_decl_annotations_"
// JSON: "insert": "_Use_decl_annotations_\n"

// The return type on its own line: reported at the name, fixed before the return type.
static HW_TIMER warn_static_timer;
static VOID
// CHECK: role-use-decl-annotations.c:[[@LINE+1]]:1: warning: definition of timer routine 'warn_static_timer' lacks _Use_decl_annotations_
warn_static_timer(PVOID DeviceExtension)
{
}
// CHECK-NEXT: note: 'warn_static_timer' declared with role type 'HW_TIMER' here

// A WDM role type counts too.
KDEFERRED_ROUTINE warn_kernel_dpc;
// CHECK: role-use-decl-annotations.c:[[@LINE+1]]:6: warning: definition of kernel DPC routine 'warn_kernel_dpc' lacks _Use_decl_annotations_
VOID warn_kernel_dpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

// A typedef of a role typedef is that role.
typedef HW_DPC_ROUTINE CQC_DPC_ROUTINE;
CQC_DPC_ROUTINE warn_chained;
// CHECK: role-use-decl-annotations.c:[[@LINE+1]]:6: warning: definition of DPC routine 'warn_chained' lacks _Use_decl_annotations_
VOID warn_chained(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}
// CHECK-NEXT: note: 'warn_chained' declared with role type 'CQC_DPC_ROUTINE' here

// The annotation on the declaration is inherited by the definition in Clang's AST, but
// it is not written on the definition: still reported.
_Use_decl_annotations_ HW_INITIALIZE warn_inherited;
// CHECK: role-use-decl-annotations.c:[[@LINE+1]]:9: warning: definition of HwStorInitialize routine 'warn_inherited' lacks _Use_decl_annotations_
BOOLEAN warn_inherited(PVOID DeviceExtension)
{
	return TRUE;
}

HW_DPC_ROUTINE good_annotated;
_Use_decl_annotations_
VOID good_annotated(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

// Through a project macro that expands to it.
HW_BUILDIO good_macro;
CQC_CALLBACK
BOOLEAN good_macro(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	return TRUE;
}

// On the same line as the return type.
HW_RESET_BUS good_same_line;
_Use_decl_annotations_ BOOLEAN good_same_line(PVOID DeviceExtension, ULONG PathId)
{
	return TRUE;
}

// No role-typed declaration: role-type-missing's business, not this rule's.
VOID good_no_role(PVOID DeviceExtension)
{
}

// A function typedef that is no role.
typedef VOID CQC_HELPER(PVOID Context);
CQC_HELPER good_user_typedef;
VOID good_user_typedef(PVOID Context)
{
}

// Declared with a role type but not defined here.
HW_DPC_ROUTINE good_not_defined;
