// role-signature-mismatch in C++: a definition whose parameters differ from the
// role-typed declaration declares an overload, silently; still reported.
// RUN: %dpccheck --checks=-*,role-signature-mismatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

extern "C" {
HW_DPC_ROUTINE warn_overload;
HW_DPC_ROUTINE good_dpc;
}

// CHECK: role-signature-mismatch-cpp.cpp:[[@LINE+1]]:6: error: 'warn_overload' takes 2 parameters but role type 'HW_DPC_ROUTINE' takes 4 [role-signature-mismatch]
VOID warn_overload(PSTOR_DPC Dpc, PVOID HwDeviceExtension)
{
}
// CHECK-NEXT: role-signature-mismatch-cpp.cpp:8:16: note: 'warn_overload' declared with role type 'HW_DPC_ROUTINE' here

_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
}
