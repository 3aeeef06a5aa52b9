// role-type-mismatch: a function declared with one role type is registered for a
// different role (RULES.md; reported at the registration, note at the role-type
// declaration), also through a cast.
// RUN: %dpccheck --checks=-*,role-type-mismatch %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc[4];
} EXT, *PEXT;

KDEFERRED_ROUTINE warn_kernel_dpc;
HW_TIMER warn_timer_as_dpc;
HW_STARTIO warn_startio_as_buildio;
HW_DPC_ROUTINE good_dpc;
typedef HW_DPC_ROUTINE CQC_DPC;
CQC_DPC good_chained_dpc;
HW_BUILDIO good_buildio;
sp_DRIVER_INITIALIZE DriverEntry;

_Use_decl_annotations_ VOID warn_kernel_dpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_ VOID warn_timer_as_dpc(PVOID DeviceExtension) {}
_Use_decl_annotations_ BOOLEAN warn_startio_as_buildio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) { return TRUE; }
_Use_decl_annotations_ VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_ VOID good_chained_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2) {}
_Use_decl_annotations_ BOOLEAN good_buildio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) { return TRUE; }

VOID Setup(PEXT ext)
{
	// CHECK: role-type-mismatch.c:[[@LINE+1]]:43: warning: 'warn_kernel_dpc' is declared with role type 'KDEFERRED_ROUTINE' (a kernel DPC routine) but registered as a DPC routine, which needs 'HW_DPC_ROUTINE' [role-type-mismatch]
	StorPortInitializeDpc(ext, &ext->Dpc[0], (PHW_DPC_ROUTINE)warn_kernel_dpc);
	// CHECK-NEXT: role-type-mismatch.c:13:19: note: 'warn_kernel_dpc' declared with role type 'KDEFERRED_ROUTINE' here
	// CHECK: role-type-mismatch.c:[[@LINE+1]]:43: warning: 'warn_timer_as_dpc' is declared with role type 'HW_TIMER' (a timer routine) but registered as a DPC routine, which needs 'HW_DPC_ROUTINE'
	StorPortInitializeDpc(ext, &ext->Dpc[1], (PHW_DPC_ROUTINE)warn_timer_as_dpc);
	// CHECK-NEXT: role-type-mismatch.c:14:10: note: 'warn_timer_as_dpc' declared with role type 'HW_TIMER' here
	StorPortInitializeDpc(ext, &ext->Dpc[2], good_dpc);
	StorPortInitializeDpc(ext, &ext->Dpc[3], good_chained_dpc);
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA init = { 0 };
	// CHECK: role-type-mismatch.c:[[@LINE+1]]:2: warning: 'warn_startio_as_buildio' is declared with role type 'HW_STARTIO' (a HwStorStartIo routine) but registered as a HwStorBuildIo routine, which needs 'HW_BUILDIO'
	init.HwBuildIo = warn_startio_as_buildio;
	init.HwStartIo = good_buildio == NULL ? warn_startio_as_buildio : warn_startio_as_buildio;
	init.HwBuildIo = good_buildio;
	return StorPortInitialize(DriverObject, RegistryPath, &init, NULL);
}
