// context-wrong-callback, article regression: "reached here from an interrupt service
// routine" (once printed "a interrupt"; fixed in rules/context_wrong_callback.c).
// RUN: %dpccheck --checks=-*,context-wrong-callback %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	PVOID Uncached;
} EXT, *PEXT;

HW_INTERRUPT warn_isr;

_Use_decl_annotations_
BOOLEAN warn_isr(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	// CHECK: context-wrong-callback-article.c:[[@LINE+1]]:18: warning: 'StorPortGetUncachedExtension' may be called only from HwStorFindAdapter or VirtualHwStorFindAdapter, but is reached here from an interrupt service routine [context-wrong-callback]
	ext->Uncached = StorPortGetUncachedExtension(ext, NULL, 4096);
	// CHECK-NEXT: context-wrong-callback-article.c:[[@LINE+8]]:2: note: 'warn_isr' runs as an interrupt service routine (registered here)
	return TRUE;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	hwInitData.HwInterrupt = warn_isr;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}
