// irql-paged-code: a function placed in a pageable section (#pragma alloc_text(PAGE, f),
// #pragma code_seg("PAGE")) or containing PAGED_CODE() is reachable at DISPATCH_LEVEL or
// above (RULES.md; STORPORT.md section 6, SDV PagedCode). Reported at the call that enters
// it at that level, with the chain, the registration and where it is made pageable; a
// pageable callback whose role runs at DISPATCH_LEVEL is reported at its registration.
// RUN: %dpccheck --checks=-*,irql-paged-code %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: FileCheck %s --check-prefix=REG < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC AllocTextDpc;
	STOR_DPC PagedCodeDpc;
	STOR_DPC PagedDpc;
	STOR_DPC GoodDpc;
	KSPIN_LOCK Lock;
	PVOID Worker;
	ULONG Value;
} EXT, *PEXT;

sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER FindAdapter;
HW_INITIALIZE HwInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE warn_passive_init;
HW_DPC_ROUTINE warn_dpc_alloc_text;
HW_DPC_ROUTINE warn_dpc_paged_code;
HW_DPC_ROUTINE warn_paged_dpc;
HW_DPC_ROUTINE good_dpc;
HW_TIMER warn_timer_code_seg;
HW_WORKITEM good_paged_worker;

VOID AllocTextHelper(PEXT ext);
// REG-DAG: irql-paged-code.c:[[@LINE+1]]:9: note: 'AllocTextHelper' is made pageable here
#pragma alloc_text(PAGE, AllocTextHelper)
VOID AllocTextHelper(PEXT ext)
{
	ext->Value = 1;
}

// PAGED_CODE() makes the function pageable by itself.
static VOID PagedCodeHelper(PEXT ext)
{
	// REG-DAG: irql-paged-code.c:[[@LINE+1]]:2: note: 'PagedCodeHelper' is made pageable here
	PAGED_CODE();
	ext->Value = 2;
}

// A region of pageable code, closed by #pragma code_seg().
// REG-DAG: irql-paged-code.c:[[@LINE+1]]:9: note: 'CodeSegHelper' is made pageable here
#pragma code_seg("PAGE")
static VOID CodeSegHelper(PEXT ext)
{
	ext->Value = 3;
}
#pragma code_seg()

// After the region: resident again.
static VOID ResidentHelper(PEXT ext)
{
	ext->Value = 4;
}

// A pageable function entered from a DPC routine: reported at the entering call; the same
// helper is fine from HwStorFindAdapter (PASSIVE_LEVEL).
_Use_decl_annotations_
VOID warn_dpc_alloc_text(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	// CHECK: irql-paged-code.c:[[@LINE+1]]:2: error: 'AllocTextHelper' is pageable but may be called at DISPATCH_LEVEL here [irql-paged-code]
	AllocTextHelper((PEXT)HwDeviceExtension);
	// CHECK-NEXT: note: 'AllocTextHelper' is made pageable here
	// CHECK-NEXT: note: 'warn_dpc_alloc_text' runs as a DPC routine (registered here)
}

// One call deep.
static VOID CallsPaged(PEXT ext)
{
	// CHECK: irql-paged-code.c:[[@LINE+1]]:2: error: 'PagedCodeHelper' is pageable but may be called at DISPATCH_LEVEL here [irql-paged-code]
	PagedCodeHelper(ext);
	// CHECK-NEXT: note: 'PagedCodeHelper' is made pageable here
	// CHECK-NEXT: irql-paged-code.c:[[@LINE+7]]:2: note: 'CallsPaged' called here from 'warn_dpc_paged_code'
	// CHECK-NEXT: note: 'warn_dpc_paged_code' runs as a DPC routine (registered here)
}

_Use_decl_annotations_
VOID warn_dpc_paged_code(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	CallsPaged((PEXT)HwDeviceExtension);
}

// A timer routine (DISPATCH_LEVEL) entering the code_seg region.
_Use_decl_annotations_
VOID warn_timer_code_seg(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	// CHECK: irql-paged-code.c:[[@LINE+1]]:2: error: 'CodeSegHelper' is pageable but may be called at DISPATCH_LEVEL here [irql-paged-code]
	CodeSegHelper(ext);
	// CHECK-NEXT: note: 'CodeSegHelper' is made pageable here
	// CHECK-NEXT: note: 'warn_timer_code_seg' runs as a timer routine (registered here)
	ResidentHelper(ext);
}

// The DPC routine itself pageable: reported at its registration.
#pragma alloc_text(PAGE, warn_paged_dpc)
_Use_decl_annotations_
VOID warn_paged_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	((PEXT)HwDeviceExtension)->Value = 5;
}

_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	ResidentHelper((PEXT)HwDeviceExtension);
}

// A pageable work item runs at PASSIVE_LEVEL: fine, and so are the pageable helpers.
#pragma alloc_text(PAGE, good_paged_worker)
_Use_decl_annotations_
VOID good_paged_worker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	PAGED_CODE();
	AllocTextHelper(ext);
	PagedCodeHelper(ext);
	CodeSegHelper(ext);
}

// PASSIVE_LEVEL, but holding a Ke spin lock (DISPATCH_LEVEL) across the call.
_Use_decl_annotations_
BOOLEAN warn_passive_init(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	KIRQL old;
	AllocTextHelper(ext);
	KeAcquireSpinLock(&ext->Lock, &old);
	// CHECK: irql-paged-code.c:[[@LINE+1]]:2: error: 'AllocTextHelper' is pageable but may be called at DISPATCH_LEVEL here [irql-paged-code]
	AllocTextHelper(ext);
	// CHECK-NEXT: note: 'AllocTextHelper' is made pageable here
	// CHECK-NEXT: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	KeReleaseSpinLock(&ext->Lock, old);
	// REG-DAG: irql-paged-code.c:[[@LINE+1]]:49: note: 'warn_dpc_alloc_text' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->AllocTextDpc, warn_dpc_alloc_text);
	// REG-DAG: irql-paged-code.c:[[@LINE+1]]:49: note: 'warn_dpc_paged_code' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->PagedCodeDpc, warn_dpc_paged_code);
	// CHECK: irql-paged-code.c:[[@LINE+1]]:45: error: 'warn_paged_dpc' is pageable but runs at DISPATCH_LEVEL as a DPC routine [irql-paged-code]
	StorPortInitializeDpc(ext, &ext->PagedDpc, warn_paged_dpc);
	// CHECK-NEXT: irql-paged-code.c:[[@LINE-44]]:9: note: 'warn_paged_dpc' is made pageable here
	StorPortInitializeDpc(ext, &ext->GoodDpc, good_dpc);
	// REG-DAG: irql-paged-code.c:[[@LINE+1]]:46: note: 'warn_timer_code_seg' runs as a timer routine (registered here)
	StorPortNotification(RequestTimerCall, ext, warn_timer_code_seg, 1000);
	StorPortQueueWorkItem(ext, good_paged_worker, ext->Worker, NULL);
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN HwInitialize(PVOID DeviceExtension)
{
	// REG-DAG: irql-paged-code.c:[[@LINE+1]]:62: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	return StorPortEnablePassiveInitialization(DeviceExtension, warn_passive_init);
}

// HwStorFindAdapter runs at PASSIVE_LEVEL: pageable itself and calling pageable code.
#pragma alloc_text(PAGE, FindAdapter)
_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	PEXT ext = (PEXT)DeviceExtension;
	PAGED_CODE();
	AllocTextHelper(ext);
	PagedCodeHelper(ext);
	CodeSegHelper(ext);
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	hwInitData.HwFindAdapter = FindAdapter;
	hwInitData.HwInitialize = HwInitialize;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}
