// role-signature-mismatch: a callback's definition differs from its role typedef's
// return or parameter types (RULES.md; reported at the definition, note at the
// role-type declaration or, for a function without one, at the registration).
// RUN: %dpccheck --checks=-*,role-signature-mismatch %s > %t.out 2> %t.err; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// The conflicting definitions are compile errors in C: the unit is reported as partly parsed.
// RUN: FileCheck %s --check-prefix=PARSE < %t.err
// PARSE: note: '{{.*}}role-signature-mismatch.c' parsed with 2 errors
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Dpc[4];
} EXT, *PEXT;

// The HW_DPC_ROUTINE page's example returns BOOLEAN; the header says VOID.
HW_DPC_ROUTINE warn_boolean_dpc;
// CHECK: role-signature-mismatch.c:[[@LINE+1]]:9: error: 'warn_boolean_dpc' returns 'BOOLEAN' but role type 'HW_DPC_ROUTINE' returns 'void' [role-signature-mismatch]
BOOLEAN warn_boolean_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	return TRUE;
}
// CHECK-NEXT: role-signature-mismatch.c:[[@LINE-6]]:16: note: 'warn_boolean_dpc' declared with role type 'HW_DPC_ROUTINE' here

HW_DPC_ROUTINE warn_two_params;
// CHECK: role-signature-mismatch.c:[[@LINE+1]]:6: error: 'warn_two_params' takes 2 parameters but role type 'HW_DPC_ROUTINE' takes 4
VOID warn_two_params(PSTOR_DPC Dpc, PVOID HwDeviceExtension)
{
}

// No role-typed declaration, registered through a cast that hides the difference.
BOOLEAN warn_cast_timer(PVOID DeviceExtension);
// CHECK: role-signature-mismatch.c:[[@LINE+1]]:9: error: 'warn_cast_timer' returns 'BOOLEAN' but role type 'HW_TIMER' returns 'void'
BOOLEAN warn_cast_timer(PVOID DeviceExtension)
{
	return FALSE;
}
// CHECK-NEXT: note: 'warn_cast_timer' registered as a timer routine with StorPortNotification(RequestTimerCall) here, through a cast to 'PHW_TIMER'

VOID warn_cast_dpc_param(PSTOR_DPC Dpc, ULONG HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
// CHECK: role-signature-mismatch.c:[[@LINE+1]]:6: error: parameter 2 of 'warn_cast_dpc_param' has type 'ULONG' but role type 'HW_DPC_ROUTINE' declares 'PVOID'
VOID warn_cast_dpc_param(PSTOR_DPC Dpc, ULONG HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}

// Matches after typedef resolution: PVOID and void *, VOID and void.
HW_DPC_ROUTINE good_spelled_differently;
_Use_decl_annotations_
void good_spelled_differently(struct _STOR_DPC *Dpc, void *HwDeviceExtension, void *SystemArgument1, void *SystemArgument2)
{
}

// Registered without a role type but with the right prototype: not this rule's business.
VOID good_unannotated_timer(PVOID DeviceExtension)
{
}

HW_TIMER good_timer;
_Use_decl_annotations_ VOID good_timer(PVOID DeviceExtension) {}

VOID Setup(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->Dpc[0], warn_boolean_dpc);
	StorPortInitializeDpc(ext, &ext->Dpc[1], (PHW_DPC_ROUTINE)warn_cast_dpc_param);
	StorPortNotification(RequestTimerCall, ext, (PHW_TIMER)warn_cast_timer, 1000);
	StorPortNotification(RequestTimerCall, ext, good_unannotated_timer, 1000);
	StorPortNotification(RequestTimerCall, ext, good_timer, 1000);
}
