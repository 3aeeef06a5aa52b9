// irql-annotation-conflict: a function's own IRQL annotation contradicts the context of
// the role it is registered for (RULES.md; STORPORT.md sections 4 and 7): a DPC routine
// annotated _IRQL_requires_max_(PASSIVE_LEVEL) runs at DISPATCH_LEVEL whatever it says.
// Roles whose level depends on the control type (HwStorAdapterControl) are not compared.
// Reported at the annotated declaration (its name), with a note at the registration.
// RUN: %dpccheck --checks=-*,irql-annotation-conflict %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: FileCheck %s --check-prefix=REG < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc[4];
	STOR_DPC Legacy;
	PVOID Worker;
	ULONG Value;
} EXT, *PEXT;

sp_DRIVER_INITIALIZE DriverEntry;
HW_INITIALIZE HwInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE PassiveInit;

// CHECK: irql-annotation-conflict.c:[[@LINE+2]]:16: warning: 'warn_dpc_passive' is annotated to run at PASSIVE_LEVEL or below, but runs at DISPATCH_LEVEL as a DPC routine [irql-annotation-conflict]
_IRQL_requires_max_(PASSIVE_LEVEL)
HW_DPC_ROUTINE warn_dpc_passive;
// CHECK-NEXT: note: 'warn_dpc_passive' registered as a DPC routine with StorPortInitializeDpc here

// The annotation on a separate prototype: reported there, not at the role declaration.
HW_DPC_ROUTINE warn_dpc_legacy;
// CHECK: irql-annotation-conflict.c:[[@LINE+2]]:6: warning: 'warn_dpc_legacy' is annotated to run at PASSIVE_LEVEL or below, but runs at DISPATCH_LEVEL as a DPC routine [irql-annotation-conflict]
__drv_maxIRQL(PASSIVE_LEVEL)
VOID warn_dpc_legacy(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
// CHECK-NEXT: note: 'warn_dpc_legacy' registered as a DPC routine with StorPortInitializeDpc here

// Consistent with DISPATCH_LEVEL: fine.
_IRQL_requires_(DISPATCH_LEVEL)
HW_DPC_ROUTINE good_dpc_dispatch;
_IRQL_requires_max_(DISPATCH_LEVEL)
HW_DPC_ROUTINE good_dpc_max_dispatch;
_IRQL_requires_min_(DISPATCH_LEVEL)
HW_DPC_ROUTINE good_dpc_min_dispatch;

// A work item runs at PASSIVE_LEVEL, not at DISPATCH_LEVEL or above.
// CHECK: irql-annotation-conflict.c:[[@LINE+2]]:13: warning: 'warn_worker_min' is annotated to run at DISPATCH_LEVEL or above, but runs at PASSIVE_LEVEL as a work-item routine [irql-annotation-conflict]
_IRQL_requires_min_(DISPATCH_LEVEL)
HW_WORKITEM warn_worker_min;
// CHECK-NEXT: note: 'warn_worker_min' registered as a work-item routine with StorPortQueueWorkItem here

// A message-signaled interrupt routine runs at DIRQL, above DISPATCH_LEVEL. (The same
// for HwStorInterrupt: irql-annotation-conflict-bug-1.c.)
// CHECK: irql-annotation-conflict.c:[[@LINE+2]]:39: warning: 'warn_msi' is annotated to run at DISPATCH_LEVEL or below, but runs at DIRQL as a message-signaled interrupt routine [irql-annotation-conflict]
_IRQL_requires_max_(DISPATCH_LEVEL)
HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE warn_msi;
// CHECK-NEXT: note: 'warn_msi' registered as a message-signaled interrupt routine by the assignment to ConfigInfo->HwMSInterruptRoutine here

// A timer routine registered through StorPortNotification(RequestTimerCall).
// CHECK: irql-annotation-conflict.c:[[@LINE+2]]:10: warning: 'warn_timer' is annotated to run at PASSIVE_LEVEL or below, but runs at DISPATCH_LEVEL as a timer routine [irql-annotation-conflict]
_IRQL_requires_(PASSIVE_LEVEL)
HW_TIMER warn_timer;
// CHECK-NEXT: note: 'warn_timer' registered as a timer routine with StorPortNotification(RequestTimerCall) here

// Consistent: HwStorFindAdapter at PASSIVE_LEVEL; HwStorAdapterControl is not compared.
_IRQL_requires_max_(PASSIVE_LEVEL)
HW_FIND_ADAPTER good_find_adapter;
_IRQL_requires_max_(PASSIVE_LEVEL)
HW_ADAPTER_CONTROL good_adapter_control;
_IRQL_requires_max_(PASSIVE_LEVEL)
HW_WORKITEM good_worker;

// Annotated but never registered: no role, nothing to contradict.
_IRQL_requires_max_(PASSIVE_LEVEL)
HW_DPC_ROUTINE good_unregistered;

_Use_decl_annotations_
VOID warn_dpc_passive(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_
VOID warn_dpc_legacy(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_
VOID good_dpc_dispatch(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_
VOID good_dpc_max_dispatch(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_
VOID good_dpc_min_dispatch(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_
VOID good_unregistered(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_
VOID warn_worker_min(PVOID HwDeviceExtension, PVOID Context, PVOID Worker) {}
_Use_decl_annotations_
VOID good_worker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker) {}
_Use_decl_annotations_
BOOLEAN warn_msi(PVOID HwDeviceExtension, ULONG MessageId) { return TRUE; }
_Use_decl_annotations_
VOID warn_timer(PVOID DeviceExtension) {}

_Use_decl_annotations_
SCSI_ADAPTER_CONTROL_STATUS good_adapter_control(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
						 PVOID Parameters)
{
	return ScsiAdapterControlSuccess;
}

_Use_decl_annotations_
BOOLEAN PassiveInit(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	// REG-DAG: irql-annotation-conflict.c:[[@LINE+1]]:43: note: 'warn_dpc_passive' registered as a DPC routine with StorPortInitializeDpc here
	StorPortInitializeDpc(ext, &ext->Dpc[0], warn_dpc_passive);
	// Registered twice: one finding.
	StorPortInitializeDpc(ext, &ext->Dpc[1], warn_dpc_passive);
	// REG-DAG: irql-annotation-conflict.c:[[@LINE+1]]:43: note: 'warn_dpc_legacy' registered as a DPC routine with StorPortInitializeDpc here
	StorPortInitializeDpc(ext, &ext->Legacy, warn_dpc_legacy);
	StorPortInitializeDpc(ext, &ext->Dpc[2], good_dpc_dispatch);
	StorPortInitializeDpc(ext, &ext->Dpc[3], good_dpc_max_dispatch);
	StorPortInitializeDpc(ext, &ext->Dpc[3], good_dpc_min_dispatch);
	// REG-DAG: irql-annotation-conflict.c:[[@LINE+1]]:46: note: 'warn_timer' registered as a timer routine with StorPortNotification(RequestTimerCall) here
	StorPortNotification(RequestTimerCall, ext, warn_timer, 1000);
	// REG-DAG: irql-annotation-conflict.c:[[@LINE+1]]:29: note: 'warn_worker_min' registered as a work-item routine with StorPortQueueWorkItem here
	StorPortQueueWorkItem(ext, warn_worker_min, ext->Worker, NULL);
	StorPortQueueWorkItem(ext, good_worker, ext->Worker, NULL);
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN HwInitialize(PVOID DeviceExtension)
{
	return StorPortEnablePassiveInitialization(DeviceExtension, PassiveInit);
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	hwInitData.HwFindAdapter = good_find_adapter;
	hwInitData.HwInitialize = HwInitialize;
	hwInitData.HwAdapterControl = good_adapter_control;
	return StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
}

_Use_decl_annotations_
ULONG good_find_adapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
			PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	// REG-DAG: irql-annotation-conflict.c:[[@LINE+1]]:2: note: 'warn_msi' registered as a message-signaled interrupt routine by the assignment to ConfigInfo->HwMSInterruptRoutine here
	ConfigInfo->HwMSInterruptRoutine = warn_msi;
	return SP_RETURN_FOUND;
}
