// irql-call-below-min: a routine whose minimum IRQL is DISPATCH_LEVEL (the "at DPC
// level" spin-lock routines, a helper annotated _IRQL_requires_min_(DISPATCH_LEVEL)) is
// called where the IRQL can be lower (RULES.md; STORPORT.md section 5.3). Only where the
// entry context is known. Reported at the call, with the chain and the registration; for
// an annotated helper, a note at its annotated declaration.
// RUN: %dpccheck --checks=-*,irql-call-below-min %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: FileCheck %s --check-prefix=REG < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	KSPIN_LOCK Lock;
	PVOID Worker;
	ULONG Value;
} EXT, *PEXT;

sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER warn_find_adapter;
HW_INITIALIZE HwInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE warn_passive_init;
HW_DPC_ROUTINE good_dpc;
HW_WORKITEM warn_worker;

// A helper that expects its caller to be at DISPATCH_LEVEL already.
_IRQL_requires_min_(DISPATCH_LEVEL)
VOID TouchAtDpcLevel(PEXT ext);
VOID TouchAtDpcLevel(PEXT ext)
{
	ext->Value++;
}

// Called at PASSIVE_LEVEL from HwStorFindAdapter: below its minimum.
_Use_decl_annotations_
ULONG warn_find_adapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
			PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	// CHECK: irql-call-below-min.c:[[@LINE+1]]:2: warning: 'TouchAtDpcLevel' may run at PASSIVE_LEVEL here, below its minimum of DISPATCH_LEVEL [irql-call-below-min]
	TouchAtDpcLevel((PEXT)DeviceExtension);
	// CHECK-NEXT: irql-call-below-min.c:[[@LINE-13]]:6: note: 'TouchAtDpcLevel' is annotated to run at DISPATCH_LEVEL or above here
	// CHECK-NEXT: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)
	return SP_RETURN_FOUND;
}

// KeAcquireSpinLockAtDpcLevel at PASSIVE_LEVEL, one call deep from a work item. (Its
// release at PASSIVE_LEVEL: irql-call-below-min-at-dpc-level-release.c.)
static VOID LockAtDpcLevel(PEXT ext)
{
	// CHECK: irql-call-below-min.c:[[@LINE+1]]:2: warning: 'KeAcquireSpinLockAtDpcLevel' may run at PASSIVE_LEVEL here, below its minimum of DISPATCH_LEVEL [irql-call-below-min]
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	// CHECK-NEXT: irql-call-below-min.c:[[@LINE+7]]:2: note: 'LockAtDpcLevel' called here from 'warn_worker'
	// CHECK-NEXT: note: 'warn_worker' runs as a work-item routine (registered here)
}

_Use_decl_annotations_
VOID warn_worker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker)
{
	LockAtDpcLevel((PEXT)HwDeviceExtension);
}

// In a DPC routine the IRQL is DISPATCH_LEVEL: all fine, through the same helper too.
_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	TouchAtDpcLevel(ext);
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
	LockAtDpcLevel(ext);
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
	// REG-DAG: irql-call-below-min.c:[[@LINE+1]]:29: note: 'warn_worker' runs as a work-item routine (registered here)
	StorPortQueueWorkItem(ext, warn_worker, ext->Worker, NULL);
}

// At PASSIVE_LEVEL, KeAcquireSpinLock raises to DISPATCH_LEVEL first: fine while held;
// after the release the helper is below its minimum again.
_Use_decl_annotations_
BOOLEAN warn_passive_init(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	KIRQL old;
	KeAcquireSpinLock(&ext->Lock, &old);
	TouchAtDpcLevel(ext);
	KeReleaseSpinLock(&ext->Lock, old);
	// CHECK: irql-call-below-min.c:[[@LINE+1]]:2: warning: 'TouchAtDpcLevel' may run at PASSIVE_LEVEL here, below its minimum of DISPATCH_LEVEL [irql-call-below-min]
	TouchAtDpcLevel(ext);
	// CHECK-NEXT: note: 'TouchAtDpcLevel' is annotated to run at DISPATCH_LEVEL or above here
	// CHECK-NEXT: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	StorPortInitializeDpc(ext, &ext->Dpc, good_dpc);
	return TRUE;
}

// No caller and no role: no context, no finding.
VOID good_no_context(PEXT ext)
{
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

// No caller, but annotated for DISPATCH_LEVEL: its own annotation is its context.
_IRQL_requires_(DISPATCH_LEVEL)
VOID good_annotated_no_caller(PEXT ext)
{
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
}

_Use_decl_annotations_
BOOLEAN HwInitialize(PVOID DeviceExtension)
{
	// REG-DAG: irql-call-below-min.c:[[@LINE+1]]:62: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	return StorPortEnablePassiveInitialization(DeviceExtension, warn_passive_init);
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	// REG-DAG: irql-call-below-min.c:[[@LINE+1]]:2: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)
	hwInitData.HwFindAdapter = warn_find_adapter;
	hwInitData.HwInitialize = HwInitialize;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}
