// irql-annotation-conflict, article regression: the message and the registration note must
// say "an interrupt service routine" (once printed "a interrupt service routine"; fixed by
// choosing the article from the role's name in irql_annotation_conflict.c and roles.c).
// RUN: %dpccheck --checks=-*,irql-annotation-conflict %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

// CHECK: irql-annotation-conflict-article.c:[[@LINE+2]]:14: warning: 'warn_isr' is annotated to run at DISPATCH_LEVEL or below, but runs at DIRQL as an interrupt service routine [irql-annotation-conflict]
_IRQL_requires_max_(DISPATCH_LEVEL)
HW_INTERRUPT warn_isr;
// CHECK-NEXT: irql-annotation-conflict-article.c:[[@LINE+12]]:2: note: 'warn_isr' registered as an interrupt service routine by the assignment to hwInitData.HwInterrupt here

_Use_decl_annotations_
BOOLEAN warn_isr(PVOID DeviceExtension)
{
	return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	hwInitData.HwInterrupt = warn_isr;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}
