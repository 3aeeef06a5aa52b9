// role-type-missing: a function registered for a Storport callback role is not
// declared with that role's typedef (RULES.md; reported at the function's first
// declaration, note at the registration, fix-it adding the role-type declaration).
// RUN: %dpccheck --checks=-*,role-type-missing %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: %dpccheck --checks=-*,role-type-missing --format=json %s > %t.json; test $? = 1
// RUN: FileCheck %s --check-prefix=JSON < %t.json
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Dpc[4];
	STOR_DPC Other;
	PVOID Worker;
} EXT, *PEXT;

// CHECK: role-type-missing.c:[[@LINE+1]]:6: warning: 'warn_dpc' is registered as a DPC routine but is not declared with its role type 'HW_DPC_ROUTINE' [role-type-missing]
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
// CHECK-NEXT: note: 'warn_dpc' registered as a DPC routine with StorPortInitializeDpc here
// JSON: "message": "'warn_dpc' is registered as a DPC routine but is not declared with its role type 'HW_DPC_ROUTINE'"
// JSON: "insert": "HW_DPC_ROUTINE warn_dpc;\n"

// CHECK: role-type-missing.c:[[@LINE+1]]:6: warning: 'warn_notification_dpc' is registered as a DPC routine
VOID warn_notification_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
// CHECK-NEXT: note: 'warn_notification_dpc' registered as a DPC routine with StorPortNotification(InitializeDpc) here

// CHECK: role-type-missing.c:[[@LINE+1]]:9: warning: 'warn_startio' is registered as a HwStorStartIo routine but is not declared with its role type 'HW_STARTIO'
BOOLEAN warn_startio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
// CHECK-NEXT: note: 'warn_startio' registered as a HwStorStartIo routine by the assignment to init.HwStartIo here

// CHECK: role-type-missing.c:[[@LINE+1]]:9: warning: 'warn_msi' is registered as a message-signaled interrupt routine but is not declared with its role type 'HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE'
BOOLEAN warn_msi(PVOID HwDeviceExtension, ULONG MessageId);
// CHECK-NEXT: note: 'warn_msi' registered as a message-signaled interrupt routine by the assignment to ConfigInfo->HwMSInterruptRoutine here

// CHECK: role-type-missing.c:[[@LINE+1]]:6: warning: 'warn_timer' is registered as a timer routine but is not declared with its role type 'HW_TIMER'
VOID warn_timer(PVOID DeviceExtension);
// CHECK-NEXT: note: 'warn_timer' registered as a timer routine with StorPortNotification(RequestTimerCall) here

// CHECK: role-type-missing.c:[[@LINE+1]]:6: warning: 'warn_workitem' is registered as a work-item routine but is not declared with its role type 'HW_WORKITEM'
VOID warn_workitem(PVOID HwDeviceExtension, PVOID Context, PVOID Worker);

// CHECK: role-type-missing.c:[[@LINE+1]]:9: warning: 'warn_sync' is registered as a StorPortSynchronizeAccess callback but is not declared with its role type 'STOR_SYNCHRONIZED_ACCESS'
BOOLEAN warn_sync(PVOID HwDeviceExtension, PVOID Context);

// No prototype: the definition is the first declaration.
// CHECK: role-type-missing.c:[[@LINE+1]]:9: warning: 'warn_passive' is registered as a passive initialization routine but is not declared with its role type 'HW_PASSIVE_INITIALIZE_ROUTINE'
BOOLEAN warn_passive(PVOID DeviceExtension)
{
	return TRUE;
}

HW_DPC_ROUTINE good_dpc;
HW_INTERRUPT good_isr;
typedef HW_TIMER CQC_TIMER;
CQC_TIMER good_chained_timer;
HW_TIMER good_timer_by_cast;
// Registered with a different role's typedef: that is role-type-mismatch.
HW_TIMER good_other_role;
// DriverEntry is registered by its name, not by code: not this rule's business.
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath);

VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
VOID warn_notification_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
BOOLEAN warn_startio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) { return TRUE; }
BOOLEAN warn_msi(PVOID HwDeviceExtension, ULONG MessageId) { return TRUE; }
VOID warn_timer(PVOID DeviceExtension) {}
VOID warn_workitem(PVOID HwDeviceExtension, PVOID Context, PVOID Worker) {}
BOOLEAN warn_sync(PVOID HwDeviceExtension, PVOID Context) { return TRUE; }
_Use_decl_annotations_ VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_ BOOLEAN good_isr(PVOID DeviceExtension) { return TRUE; }
_Use_decl_annotations_ VOID good_chained_timer(PVOID DeviceExtension) {}
_Use_decl_annotations_ VOID good_timer_by_cast(PVOID DeviceExtension) {}
_Use_decl_annotations_ VOID good_other_role(PVOID DeviceExtension) {}

BOOLEAN Initialize(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	StorPortInitializeDpc(ext, &ext->Dpc[0], warn_dpc);
	// Registered twice: one finding.
	StorPortInitializeDpc(ext, &ext->Dpc[1], warn_dpc);
	StorPortNotification(InitializeDpc, ext, &ext->Dpc[2], warn_notification_dpc);
	StorPortInitializeDpc(ext, &ext->Dpc[3], good_dpc);
	StorPortInitializeDpc(ext, &ext->Other, (PHW_DPC_ROUTINE)good_other_role);
	StorPortNotification(RequestTimerCall, ext, warn_timer, 1000);
	StorPortNotification(RequestTimerCall, ext, good_chained_timer, 1000);
	StorPortNotification(RequestTimerCall, ext, (PHW_TIMER)good_timer_by_cast, 1000);
	StorPortQueueWorkItem(ext, warn_workitem, ext->Worker, NULL);
	StorPortSynchronizeAccess(ext, warn_sync, NULL);
	StorPortEnablePassiveInitialization(ext, warn_passive);
	return TRUE;
}

ULONG FindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
		  PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	ConfigInfo->HwMSInterruptRoutine = warn_msi;
	return SP_RETURN_FOUND;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA init = { 0 };
	init.HwInitializationDataSize = sizeof(init);
	init.HwStartIo = warn_startio;
	init.HwInterrupt = good_isr;
	return StorPortInitialize(DriverObject, RegistryPath, &init, NULL);
}
