// irql-call-above-max: a routine is called where the IRQL can be above its documented
// maximum (RULES.md; STORPORT.md sections 4 and 5). The IRQL comes from the entry
// routine's role, raised by the spin locks held, followed into helpers. Reported at the
// offending call however deep, with a note for each call up the chain and the
// registration of the entry routine. REG pins where each registration note points.
// RUN: %dpccheck --checks=-*,irql-call-above-max %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: FileCheck %s --check-prefix=REG < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC DirectDpc;
	STOR_DPC TwoDeepDpc;
	STOR_DPC ThreeDeepDpc;
	STOR_DPC SharedDpc;
	STOR_DPC DeferDpc;
	STOR_DPC DelayDpc;
	STOR_DPC PoolDpc;
	STOR_DPC InterruptLockDpc;
	KSPIN_LOCK Lock;
	KEVENT Event;
	PVOID Worker;
	PVOID Buffer;
	ULONG Value;
} EXT, *PEXT;

sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER FindAdapter;
HW_INITIALIZE HwInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE warn_passive_init;
HW_DPC_ROUTINE warn_dpc_direct;
HW_DPC_ROUTINE warn_dpc_two_deep;
HW_DPC_ROUTINE warn_dpc_three_deep;
HW_DPC_ROUTINE warn_dpc_shared;
HW_DPC_ROUTINE good_dpc_delay_is_a_wait;
HW_DPC_ROUTINE warn_dpc_interrupt_lock;
HW_DPC_ROUTINE good_dpc_defers;
HW_DPC_ROUTINE good_dpc_frees_pool;
HW_WORKITEM good_worker;
HW_INTERRUPT warn_isr;
HW_TIMER warn_timer;
HW_TIMER warn_timer_annotated;

// Shared by HwStorFindAdapter (PASSIVE_LEVEL: fine) and a DPC routine: exactly one
// finding, for the DPC's chain.
static VOID ReadSetting(PEXT ext)
{
	ULONG len = sizeof(ext->Value);
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'StorPortRegistryRead' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	StorPortRegistryRead(ext, (PUCHAR)"Setting", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, &len);
}
// CHECK-NEXT: irql-call-above-max.c:[[@LINE+5]]:2: note: 'ReadSetting' called here from 'warn_dpc_shared'
// CHECK-NEXT: note: 'warn_dpc_shared' runs as a DPC routine (registered here)
_Use_decl_annotations_
VOID warn_dpc_shared(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	ReadSetting((PEXT)HwDeviceExtension);
}

// A PASSIVE-only call straight in a DPC routine.
_Use_decl_annotations_
VOID warn_dpc_direct(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG len = sizeof(ext->Value);
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'StorPortRegistryRead' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	StorPortRegistryRead(ext, (PUCHAR)"Direct", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, &len);
	// CHECK-NEXT: note: 'warn_dpc_direct' runs as a DPC routine (registered here)
}

// Two calls deep: DPC -> WriteLevel1 -> StorPortRegistryWrite.
static VOID WriteLevel1(PEXT ext)
{
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'StorPortRegistryWrite' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	StorPortRegistryWrite(ext, (PUCHAR)"TwoDeep", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, sizeof(ext->Value));
}
// CHECK-NEXT: irql-call-above-max.c:[[@LINE+5]]:2: note: 'WriteLevel1' called here from 'warn_dpc_two_deep'
// CHECK-NEXT: note: 'warn_dpc_two_deep' runs as a DPC routine (registered here)
_Use_decl_annotations_
VOID warn_dpc_two_deep(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	WriteLevel1((PEXT)HwDeviceExtension);
}

// Three calls deep: DPC -> AllocOuter -> AllocInner -> StorPortAllocateRegistryBuffer.
static PUCHAR AllocInner(PEXT ext)
{
	ULONG len = 16;
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:9: error: 'StorPortAllocateRegistryBuffer' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	return StorPortAllocateRegistryBuffer(ext, &len);
}
// CHECK-NEXT: irql-call-above-max.c:[[@LINE+5]]:9: note: 'AllocInner' called here from 'AllocOuter'
// CHECK-NEXT: irql-call-above-max.c:[[@LINE+10]]:2: note: 'AllocOuter' called here from 'warn_dpc_three_deep'
// CHECK-NEXT: note: 'warn_dpc_three_deep' runs as a DPC routine (registered here)
static PUCHAR AllocOuter(PEXT ext)
{
	return AllocInner(ext);
}

_Use_decl_annotations_
VOID warn_dpc_three_deep(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	AllocOuter((PEXT)HwDeviceExtension);
}

// The work item runs at PASSIVE_LEVEL: registry work deferred out of a DPC is fine.
_Use_decl_annotations_
VOID good_worker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	ULONG len = sizeof(ext->Value);
	StorPortRegistryRead(ext, (PUCHAR)"Deferred", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, &len);
	ZwClose(NULL);
}

_Use_decl_annotations_
VOID good_dpc_defers(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	StorPortQueueWorkItem(ext, good_worker, ext->Worker, NULL);
}

// Freeing pool at DISPATCH_LEVEL is within the limit.
_Use_decl_annotations_
VOID good_dpc_frees_pool(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	StorPortFreePool(ext, ext->Buffer);
	ExFreePool(ext->Buffer);
}

// KeDelayExecutionThread always sleeps: at DISPATCH_LEVEL that is irql-wait-at-dispatch's
// finding (RULES.md), not this rule's.
_Use_decl_annotations_
VOID good_dpc_delay_is_a_wait(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	LARGE_INTEGER interval;
	interval.QuadPart = -10000;
	KeDelayExecutionThread(KernelMode, FALSE, &interval);
}

// The interrupt lock raises a DPC routine to DIRQL while held.
_Use_decl_annotations_
VOID warn_dpc_interrupt_lock(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'StorPortFreePool' may run at DIRQL here, above its maximum of DISPATCH_LEVEL [irql-call-above-max]
	StorPortFreePool(ext, ext->Buffer);
	// CHECK-NEXT: note: 'warn_dpc_interrupt_lock' runs as a DPC routine (registered here)
	StorPortReleaseSpinLock(ext, &h);
	// Released: back at DISPATCH_LEVEL.
	StorPortFreePool(ext, ext->Buffer);
}

// The ISR runs at DIRQL: the pool routines stop at DISPATCH_LEVEL, and so does a
// KeWaitForSingleObject even with a zero timeout.
_Use_decl_annotations_
BOOLEAN warn_isr(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	LARGE_INTEGER zero;
	zero.QuadPart = 0;
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'ExFreePool' may run at DIRQL here, above its maximum of DISPATCH_LEVEL [irql-call-above-max]
	ExFreePool(ext->Buffer);
	// CHECK-NEXT: note: 'warn_isr' runs as an interrupt service routine (registered here)
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'StorPortFreePool' may run at DIRQL here, above its maximum of DISPATCH_LEVEL [irql-call-above-max]
	StorPortFreePool(ext, ext->Buffer);
	// CHECK-NEXT: note: 'warn_isr' runs as an interrupt service routine (registered here)
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'KeWaitForSingleObject' may run at DIRQL here, above its maximum of DISPATCH_LEVEL [irql-call-above-max]
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, &zero);
	// CHECK-NEXT: note: 'warn_isr' runs as an interrupt service routine (registered here)
	// Any level: fine.
	StorPortIssueDpc(ext, &ext->PoolDpc, NULL, NULL);
	return TRUE;
}

// A timer routine registered with StorPortNotification(RequestTimerCall) runs at
// DISPATCH_LEVEL.
_Use_decl_annotations_
VOID warn_timer(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'StorPortRegistryWrite' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	StorPortRegistryWrite(ext, (PUCHAR)"Timer", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, sizeof(ext->Value));
	// CHECK-NEXT: note: 'warn_timer' runs as a timer routine (registered here)
}

// A user helper annotated for PASSIVE_LEVEL, called from a timer routine: the note
// points at the annotated declaration.
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID PassiveOnlyHelper(PEXT ext);
VOID PassiveOnlyHelper(PEXT ext)
{
	ext->Value = 0;
}

_Use_decl_annotations_
VOID warn_timer_annotated(PVOID DeviceExtension)
{
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'PassiveOnlyHelper' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	PassiveOnlyHelper((PEXT)DeviceExtension);
	// CHECK-NEXT: irql-call-above-max.c:[[@LINE-11]]:6: note: 'PassiveOnlyHelper' is annotated to run at PASSIVE_LEVEL or below here
	// CHECK-NEXT: note: 'warn_timer_annotated' runs as a timer routine (registered here)
}

// A function with no caller and no role: no context, no finding.
VOID good_no_context(PEXT ext)
{
	ULONG len = sizeof(ext->Value);
	StorPortRegistryRead(ext, (PUCHAR)"Orphan", 0, MINIPORT_REG_DWORD, (PUCHAR)&ext->Value, &len);
}

// No caller, but its own annotation gives it a context: DISPATCH_LEVEL.
_IRQL_requires_(DISPATCH_LEVEL)
VOID warn_annotated_no_caller(PEXT ext)
{
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'ZwClose' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	ZwClose(NULL);
}

// A PASSIVE_LEVEL routine reaching a Zw call while it holds a Ke spin lock
// (KeAcquireSpinLock raises to DISPATCH_LEVEL).
static VOID OpenKeyLocked(PEXT ext)
{
	KIRQL old;
	HANDLE key;
	OBJECT_ATTRIBUTES oa;
	KeAcquireSpinLock(&ext->Lock, &old);
	// CHECK: irql-call-above-max.c:[[@LINE+1]]:2: error: 'ZwOpenKey' may run at DISPATCH_LEVEL here, above its maximum of PASSIVE_LEVEL [irql-call-above-max]
	ZwOpenKey(&key, KEY_READ, &oa);
	KeReleaseSpinLock(&ext->Lock, old);
	// Released: back at PASSIVE_LEVEL.
	ZwClose(key);
}
// CHECK-NEXT: irql-call-above-max.c:[[@LINE+6]]:2: note: 'OpenKeyLocked' called here from 'warn_passive_init'
// CHECK-NEXT: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
_Use_decl_annotations_
BOOLEAN warn_passive_init(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	OpenKeyLocked(ext);
	// Not locked: fine at PASSIVE_LEVEL.
	ReadSetting(ext);
	ZwClose(NULL);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:46: note: 'warn_dpc_direct' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->DirectDpc, warn_dpc_direct);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:47: note: 'warn_dpc_two_deep' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->TwoDeepDpc, warn_dpc_two_deep);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:49: note: 'warn_dpc_three_deep' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->ThreeDeepDpc, warn_dpc_three_deep);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:46: note: 'warn_dpc_shared' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->SharedDpc, warn_dpc_shared);
	StorPortInitializeDpc(ext, &ext->DeferDpc, good_dpc_defers);
	StorPortInitializeDpc(ext, &ext->DelayDpc, good_dpc_delay_is_a_wait);
	StorPortInitializeDpc(ext, &ext->PoolDpc, good_dpc_frees_pool);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:53: note: 'warn_dpc_interrupt_lock' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->InterruptLockDpc, warn_dpc_interrupt_lock);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:46: note: 'warn_timer' runs as a timer routine (registered here)
	StorPortNotification(RequestTimerCall, ext, warn_timer, 1000);
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:46: note: 'warn_timer_annotated' runs as a timer routine (registered here)
	StorPortNotification(RequestTimerCall, ext, warn_timer_annotated, 1000);
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN HwInitialize(PVOID DeviceExtension)
{
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:62: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	return StorPortEnablePassiveInitialization(DeviceExtension, warn_passive_init);
}

// HwStorFindAdapter runs at PASSIVE_LEVEL: the registry, the Zw routines, the shared
// helper and the PASSIVE-annotated helper are all fine here.
_Use_decl_annotations_
ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	PEXT ext = (PEXT)DeviceExtension;
	ReadSetting(ext);
	PassiveOnlyHelper(ext);
	ZwClose(NULL);
	return SP_RETURN_FOUND;
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	hwInitData.HwFindAdapter = FindAdapter;
	hwInitData.HwInitialize = HwInitialize;
	// REG-DAG: irql-call-above-max.c:[[@LINE+1]]:2: note: 'warn_isr' runs as an interrupt service routine (registered here)
	hwInitData.HwInterrupt = warn_isr;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}
