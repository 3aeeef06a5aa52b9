// irql-wait-at-dispatch: a wait whose limit depends on its timeout (KeWaitForSingleObject,
// KeWaitForMultipleObjects, StorPortWaitForSingleObject) is made at DISPATCH_LEVEL with a
// timeout that can block: NULL, or a local the function only ever sets to a non-zero
// constant (RULES.md; STORPORT.md sections 5.1 and 5.3). A zero timeout is allowed; a
// timeout dpccheck cannot evaluate is not reported. KeDelayExecutionThread and blocking
// waits above DISPATCH_LEVEL are reported here too. Reported at the wait, with the chain and the registration.
// RUN: %dpccheck --checks=-*,irql-wait-at-dispatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: FileCheck %s --check-prefix=REG < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	STOR_DPC HelperDpc;
	STOR_DPC GoodDpc;
	KEVENT Event;
	KEVENT Other;
	KSPIN_LOCK Lock;
	PVOID Worker;
	LARGE_INTEGER Configured;
} EXT, *PEXT;

sp_DRIVER_INITIALIZE DriverEntry;
HW_INITIALIZE HwInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE warn_passive_init;
HW_DPC_ROUTINE warn_dpc;
HW_DPC_ROUTINE warn_dpc_helper;
HW_DPC_ROUTINE good_dpc;
HW_DPC_ROUTINE warn_dpc_delay;
HW_TIMER warn_timer;
HW_WORKITEM good_worker;
HW_INTERRUPT good_isr;

_Use_decl_annotations_
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	LARGE_INTEGER timeout;
	timeout.QuadPart = -10000; // 1 ms, relative
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'KeWaitForSingleObject' with a NULL timeout (it waits until the object is signaled) may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, NULL);
	// CHECK-NEXT: note: 'warn_dpc' runs as a DPC routine (registered here)
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'KeWaitForSingleObject' with a non-zero timeout may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, &timeout);
	// CHECK-NEXT: note: 'warn_dpc' runs as a DPC routine (registered here)
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'StorPortWaitForSingleObject' with a NULL timeout (it waits until the object is signaled) may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	StorPortWaitForSingleObject(ext, &ext->Event, FALSE, NULL);
	// CHECK-NEXT: note: 'warn_dpc' runs as a DPC routine (registered here)
}

// The wait two calls below the DPC routine, in a helper a work item shares: one finding,
// for the DPC's chain.
static VOID WaitInner(PEXT ext)
{
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'KeWaitForSingleObject' with a NULL timeout (it waits until the object is signaled) may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	KeWaitForSingleObject(&ext->Other, Executive, KernelMode, FALSE, NULL);
}
// CHECK-NEXT: irql-wait-at-dispatch.c:[[@LINE+5]]:2: note: 'WaitInner' called here from 'WaitOuter'
// CHECK-NEXT: irql-wait-at-dispatch.c:[[@LINE+10]]:2: note: 'WaitOuter' called here from 'warn_dpc_helper'
// CHECK-NEXT: note: 'warn_dpc_helper' runs as a DPC routine (registered here)
static VOID WaitOuter(PEXT ext)
{
	WaitInner(ext);
}

_Use_decl_annotations_
VOID warn_dpc_helper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	WaitOuter((PEXT)HwDeviceExtension);
}

// Zero timeouts only poll: fine at DISPATCH_LEVEL. So is a timeout dpccheck cannot
// evaluate (a pointer into the extension, a local set to different values on two paths).
_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	LARGE_INTEGER zero;
	LARGE_INTEGER either;
	zero.QuadPart = 0;
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, &zero);
	StorPortWaitForSingleObject(ext, &ext->Event, FALSE, &zero);
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, &ext->Configured);
	if (SystemArgument1)
		either.QuadPart = 0;
	else
		either.QuadPart = 10000;
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, &either);
}

// KeDelayExecutionThread always sleeps, whatever its interval (RULES.md lists it here).
_Use_decl_annotations_
VOID warn_dpc_delay(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	LARGE_INTEGER zero;
	zero.QuadPart = 0;
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'KeDelayExecutionThread' with its delay (it always sleeps) may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	KeDelayExecutionThread(KernelMode, FALSE, &zero);
	// CHECK-NEXT: note: 'warn_dpc_delay' runs as a DPC routine (declared here)
}

// A timer routine runs at DISPATCH_LEVEL.
_Use_decl_annotations_
VOID warn_timer(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	PVOID objects[2] = { &ext->Event, &ext->Other };
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'KeWaitForMultipleObjects' with a NULL timeout (it waits until the object is signaled) may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	KeWaitForMultipleObjects(2, objects, WaitAny, Executive, KernelMode, FALSE, NULL, NULL);
	// CHECK-NEXT: note: 'warn_timer' runs as a timer routine (registered here)
}

// A work item runs at PASSIVE_LEVEL: it may block, through the shared helper too.
_Use_decl_annotations_
VOID good_worker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	LARGE_INTEGER timeout;
	timeout.QuadPart = 10000;
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, NULL);
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, &timeout);
	StorPortWaitForSingleObject(ext, &ext->Event, FALSE, NULL);
	WaitOuter(ext);
}

// A blocking wait above DISPATCH_LEVEL is this rule's too (irql-call-above-max skips it).
_Use_decl_annotations_
BOOLEAN good_isr(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, NULL);
	// CHECK: :[[@LINE-1]]:2: error: 'KeWaitForSingleObject' with a NULL timeout (it waits until the object is signaled) may block at DIRQL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	// CHECK-NEXT: note: 'good_isr' runs as an interrupt service routine (registered here)
	return TRUE;
}

// A PASSIVE_LEVEL routine holding a Ke spin lock waits at DISPATCH_LEVEL.
_Use_decl_annotations_
BOOLEAN warn_passive_init(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	KIRQL old;
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, NULL);
	KeAcquireSpinLock(&ext->Lock, &old);
	// CHECK: irql-wait-at-dispatch.c:[[@LINE+1]]:2: error: 'KeWaitForSingleObject' with a NULL timeout (it waits until the object is signaled) may block at DISPATCH_LEVEL here; only a zero timeout is allowed at DISPATCH_LEVEL [irql-wait-at-dispatch]
	KeWaitForSingleObject(&ext->Event, Executive, KernelMode, FALSE, NULL);
	// CHECK-NEXT: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	KeReleaseSpinLock(&ext->Lock, old);
	// REG-DAG: irql-wait-at-dispatch.c:[[@LINE+1]]:40: note: 'warn_dpc' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->Dpc, warn_dpc);
	// REG-DAG: irql-wait-at-dispatch.c:[[@LINE+1]]:46: note: 'warn_dpc_helper' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->HelperDpc, warn_dpc_helper);
	StorPortInitializeDpc(ext, &ext->GoodDpc, good_dpc);
	// REG-DAG: irql-wait-at-dispatch.c:[[@LINE+1]]:46: note: 'warn_timer' runs as a timer routine (registered here)
	StorPortNotification(RequestTimerCall, ext, warn_timer, 1000);
	StorPortQueueWorkItem(ext, good_worker, ext->Worker, NULL);
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN HwInitialize(PVOID DeviceExtension)
{
	// REG-DAG: irql-wait-at-dispatch.c:[[@LINE+1]]:62: note: 'warn_passive_init' runs as a passive initialization routine (registered here)
	return StorPortEnablePassiveInitialization(DeviceExtension, warn_passive_init);
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	hwInitData.HwInitialize = HwInitialize;
	hwInitData.HwInterrupt = good_isr;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}
