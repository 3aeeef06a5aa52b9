// context-wrong-callback: a routine documented as callable only from certain callbacks
// is reached from another (RULES.md; STORPORT.md sections 2.4, 5.1 and 10 question 5):
// StorPortInitializeDpc outside HwStorPassiveInitializeRoutine/HwStorInitialize,
// StorPortEnablePassiveInitialization outside HwStorInitialize, StorPortGetUncachedExtension
// and friends outside HwStorFindAdapter, StorPortInitialize outside DriverEntry. The
// callback is the entry the call is reached from, through helpers. Reported at the call,
// with the chain and the registration (or, for DriverEntry, its declaration).
// RUN: %dpccheck --checks=-*,context-wrong-callback %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
// RUN: FileCheck %s --check-prefix=REG < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	STOR_DPC FindAdapterDpc;
	STOR_DPC InitDpc;
	STOR_DPC SharedDpc;
	PVOID Uncached;
	PVOID Base;
	ULONG Value;
} EXT, *PEXT;

EXT g_Ext;

// REG-DAG: context-wrong-callback.c:[[@LINE+1]]:22: note: 'DriverEntry' runs as a driver entry point (declared here)
sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER warn_find_adapter;
HW_INITIALIZE good_hw_initialize;
HW_PASSIVE_INITIALIZE_ROUTINE good_passive_init;
HW_PASSIVE_INITIALIZE_ROUTINE good_passive_init_unused;
HW_DPC_ROUTINE warn_dpc;
HW_STARTIO warn_startio;
HW_ADAPTER_CONTROL good_adapter_control;

// Shared by HwStorFindAdapter (wrong) and the passive initialization routine (right):
// one finding, for the HwStorFindAdapter chain.
static VOID InitSharedDpc(PEXT ext)
{
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortInitializeDpc' may be called only from HwStorPassiveInitializeRoutine or HwStorInitialize, but is reached here from a HwStorFindAdapter routine [context-wrong-callback]
	StorPortInitializeDpc(ext, &ext->SharedDpc, warn_dpc);
}
// CHECK-NEXT: context-wrong-callback.c:[[@LINE+18]]:2: note: 'InitSharedDpc' called here from 'warn_find_adapter'
// CHECK-NEXT: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)

// StorPortGetUncachedExtension belongs in HwStorFindAdapter, here through a helper.
static VOID AllocUncached(PEXT ext, PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
	ext->Uncached = StorPortGetUncachedExtension(ext, ConfigInfo, 4096);
	StorPortFreeDeviceBase(ext, ext->Base);
	StorPortSetAdapterBusType(ext, 0);
}

_Use_decl_annotations_
ULONG warn_find_adapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
			PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
	PEXT ext = (PEXT)DeviceExtension;
	AllocUncached(ext, ConfigInfo);
	StorPortGetBusData(ext, 4, 0, 0, &ext->Value, sizeof(ext->Value));
	InitSharedDpc(ext);
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortInitializeDpc' may be called only from HwStorPassiveInitializeRoutine or HwStorInitialize, but is reached here from a HwStorFindAdapter routine [context-wrong-callback]
	StorPortInitializeDpc(ext, &ext->FindAdapterDpc, warn_dpc);
	// CHECK-NEXT: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortEnablePassiveInitialization' may be called only from HwStorInitialize, but is reached here from a HwStorFindAdapter routine [context-wrong-callback]
	StorPortEnablePassiveInitialization(ext, good_passive_init_unused);
	// CHECK-NEXT: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortInitialize' may be called only from DriverEntry, but is reached here from a HwStorFindAdapter routine [context-wrong-callback]
	StorPortInitialize(NULL, NULL, NULL, NULL);
	// CHECK-NEXT: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)
	return SP_RETURN_FOUND;
}

// Both allowed places for StorPortInitializeDpc, directly and through the shared helper;
// StorPortEnablePassiveInitialization in HwStorInitialize.
_Use_decl_annotations_
BOOLEAN good_passive_init(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	StorPortInitializeDpc(ext, &ext->Dpc, warn_dpc);
	InitSharedDpc(ext);
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN good_passive_init_unused(PVOID DeviceExtension)
{
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN good_hw_initialize(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	StorPortInitializeDpc(ext, &ext->InitDpc, warn_dpc);
	return StorPortEnablePassiveInitialization(ext, good_passive_init);
}

// In a DPC routine: the HwStorFindAdapter-only routines, directly and through a helper.
static VOID FreeBase(PEXT ext)
{
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortFreeDeviceBase' may be called only from HwStorFindAdapter or VirtualHwStorFindAdapter, but is reached here from a DPC routine [context-wrong-callback]
	StorPortFreeDeviceBase(ext, ext->Base);
}
// CHECK-NEXT: context-wrong-callback.c:[[@LINE+10]]:2: note: 'FreeBase' called here from 'warn_dpc'
// CHECK-NEXT: note: 'warn_dpc' runs as a DPC routine (registered here)

_Use_decl_annotations_
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:18: warning: 'StorPortGetUncachedExtension' may be called only from HwStorFindAdapter or VirtualHwStorFindAdapter, but is reached here from a DPC routine [context-wrong-callback]
	ext->Uncached = StorPortGetUncachedExtension(ext, NULL, 4096);
	// CHECK-NEXT: note: 'warn_dpc' runs as a DPC routine (registered here)
	FreeBase(ext);
	// Any callback may issue a DPC.
	StorPortIssueDpc(ext, &ext->Dpc, NULL, NULL);
}

_Use_decl_annotations_
BOOLEAN warn_startio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	PEXT ext = (PEXT)DeviceExtension;
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortGetBusData' may be called only from HwStorFindAdapter or VirtualHwStorFindAdapter or HwStorAdapterControl, but is reached here from a HwStorStartIo routine [context-wrong-callback]
	StorPortGetBusData(ext, 4, 0, 0, &ext->Value, sizeof(ext->Value));
	// CHECK-NEXT: note: 'warn_startio' runs as a HwStorStartIo routine (registered here)
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortSetAdapterBusType' may be called only from HwStorFindAdapter or VirtualHwStorFindAdapter, but is reached here from a HwStorStartIo routine [context-wrong-callback]
	StorPortSetAdapterBusType(ext, 0);
	// CHECK-NEXT: note: 'warn_startio' runs as a HwStorStartIo routine (registered here)
	return TRUE;
}

// StorPortGetBusData is also allowed in HwStorAdapterControl (ScsiSetRunningConfig).
_Use_decl_annotations_
SCSI_ADAPTER_CONTROL_STATUS good_adapter_control(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
						 PVOID Parameters)
{
	PEXT ext = (PEXT)DeviceExtension;
	if (ControlType == ScsiSetRunningConfig)
		StorPortGetBusData(ext, 4, 0, 0, &ext->Value, sizeof(ext->Value));
	return ScsiAdapterControlSuccess;
}

// No caller and no role: no context, no finding.
VOID good_no_context(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->Dpc, warn_dpc);
	StorPortGetUncachedExtension(ext, NULL, 4096);
	StorPortInitialize(NULL, NULL, NULL, NULL);
}

// StorPortInitialize in DriverEntry, directly or through a helper: fine.
static ULONG Register(PVOID DriverObject, PVOID RegistryPath, PHW_INITIALIZATION_DATA hwInitData)
{
	return StorPortInitialize(DriverObject, RegistryPath, hwInitData, NULL);
}

_Use_decl_annotations_
ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
	HW_INITIALIZATION_DATA hwInitData = { 0 };
	hwInitData.HwInitializationDataSize = sizeof(hwInitData);
	// REG-DAG: context-wrong-callback.c:[[@LINE+1]]:2: note: 'warn_find_adapter' runs as a HwStorFindAdapter routine (registered here)
	hwInitData.HwFindAdapter = warn_find_adapter;
	hwInitData.HwInitialize = good_hw_initialize;
	// REG-DAG: context-wrong-callback.c:[[@LINE+1]]:2: note: 'warn_startio' runs as a HwStorStartIo routine (registered here)
	hwInitData.HwStartIo = warn_startio;
	hwInitData.HwAdapterControl = good_adapter_control;
	// DriverEntry is registered by name: the note points at its role-type declaration.
	// CHECK: context-wrong-callback.c:[[@LINE+1]]:2: warning: 'StorPortInitializeDpc' may be called only from HwStorPassiveInitializeRoutine or HwStorInitialize, but is reached here from a driver entry point [context-wrong-callback]
	StorPortInitializeDpc(&g_Ext, &g_Ext.Dpc, warn_dpc);
	// CHECK-NEXT: note: 'DriverEntry' runs as a driver entry point (declared here)
	StorPortInitialize(DriverObject, RegistryPath, &hwInitData, NULL);
	return Register(DriverObject, RegistryPath, &hwInitData);
}
