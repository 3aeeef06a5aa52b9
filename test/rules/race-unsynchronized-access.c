// race-unsynchronized-access: shared state written in one context and accessed in a
// concurrent one without a common lock (RULES.md; reported at the access without the
// other side's lock, or the earlier; note at the conflicting access).
// RUN: %dpccheck --checks=-*,race-unsynchronized-access %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC QueueDpc[4];
	STOR_DPC ResetDpc;
	ULONG Pending;
	ULONG SharedByQueues;
	ULONG PerQueue[4];
	ULONG UnderStartIo;
	ULONG IsrStatus;
	ULONG ViaHelper;
	BOOLEAN DpcsReady;
	LONG Interlocked;
	ULONG ReadOnly;
	BOOLEAN Stopped;
	ULONG IsrOwned;
	ULONG PowerState;
	ULONG HelperCount;
} EXT, *PEXT;

HW_PASSIVE_INITIALIZE_ROUTINE PassiveInit;
HW_DPC_ROUTINE QueueDpc;
HW_DPC_ROUTINE ResetDpc;
// Each finding ends with a note per context: where it is registered, or its role-typed
// declaration when it is not registered in the program (as the IRQL rules say it).
// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:12: note: 'StartIo' runs as a HwStorStartIo routine (declared here)
HW_STARTIO StartIo;
// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:14: note: 'Isr' runs as an interrupt service routine (declared here)
HW_INTERRUPT Isr;
HW_BUILDIO BuildIo;
// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:20: note: 'AdapterControl' runs as a HwStorAdapterControl routine (declared here)
HW_ADAPTER_CONTROL AdapterControl;

_Use_decl_annotations_
BOOLEAN PassiveInit(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	ULONG i;
	for (i = 0; i < 4; i++)
		// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:49: note: 'QueueDpc' runs as a DPC routine (registered here)
		StorPortInitializeDpc(ext, &ext->QueueDpc[i], QueueDpc);
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:45: note: 'ResetDpc' runs as a DPC routine (registered here)
	StorPortInitializeDpc(ext, &ext->ResetDpc, ResetDpc);
	ext->ReadOnly = 8;
	// good: a "DPCs ready" flag set once during initialization
	ext->DpcsReady = TRUE;
	return TRUE;
}

static VOID warn_helper_count_unlocked(PEXT ext)
{
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: warning: 'ext->HelperCount' is written here in 'ResetDpc' (DPC routine) holding no lock, and written in 'StartIo' (HwStorStartIo routine) under StartIoLock: take StartIoLock around this access, as 'StartIo' holds it [race-unsynchronized-access]
	ext->HelperCount++;
}

static ULONG good_helper_reads_only(PEXT ext)
{
	return ext->ReadOnly + (ext->DpcsReady ? 1 : 0);
}

static VOID BumpViaHelper(PEXT ext)
{
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: warning: 'ext->ViaHelper' is written here in 'ResetDpc' (DPC routine) holding no lock, and written in 'StartIo' (HwStorStartIo routine) under StartIoLock: take StartIoLock around this access, as 'StartIo' holds it [race-unsynchronized-access]
	ext->ViaHelper++;
}

_Use_decl_annotations_
VOID QueueDpc(PSTOR_DPC Dpc, PVOID DeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)DeviceExtension;
	ULONG q = (ULONG)(ULONG_PTR)SystemArgument1;
	STOR_LOCK_HANDLE h;
	// good: the per-queue element of this queue's DPC
	ext->PerQueue[q]++;
	// warn: a per-queue DPC array shares this scalar with itself (four objects, one routine)
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+2]]:2: warning: 'ext->SharedByQueues' is written here in 'QueueDpc' (DPC routine) holding no lock, and written in 'QueueDpc' (DPC routine) holding no lock: the two can run at the same time
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: note: 'ext->SharedByQueues' is written here in 'QueueDpc', reached from 'QueueDpc', holding no lock
	ext->SharedByQueues++;
	// good: written under StartIoLock, as StartIo holds it
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->UnderStartIo++;
	StorPortReleaseSpinLock(ext, &h);
	// good: interlocked
	InterlockedIncrement(&ext->Interlocked);
	// good: reads only
	if (ext->DpcsReady && ext->ReadOnly)
		return;
}

_Use_decl_annotations_
VOID ResetDpc(PSTOR_DPC Dpc, PVOID DeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)DeviceExtension;
	STOR_LOCK_HANDLE h;
	// warn: ScsiStopAdapter writes it under the interrupt lock
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:11: warning: 'ext->Stopped' is read here in 'ResetDpc' (DPC routine) holding no lock, and written in 'AdapterControl' (HwStorAdapterControl routine) under InterruptLock: take InterruptLock around this access, as 'AdapterControl' holds it
	if (ext->Stopped)
		return;
	// good: not judged, the power control types have no documented concurrency with I/O
	if (ext->PowerState)
		return;
	warn_helper_count_unlocked(ext);
	if (good_helper_reads_only(ext) > 8)
		return;
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: warning: 'ext->Pending' is written here in 'ResetDpc' (DPC routine) holding no lock, and read in 'StartIo' (HwStorStartIo routine) under StartIoLock: take StartIoLock around this access, as 'StartIo' holds it
	ext->Pending = 0;
	// warn: the ISR writes it under the interrupt lock
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:11: warning: 'ext->IsrStatus' is read here in 'ResetDpc' (DPC routine) holding no lock, and written in 'Isr' (interrupt service routine) under InterruptLock: take InterruptLock around this access, as 'Isr' holds it
	if (ext->IsrStatus)
		BumpViaHelper(ext);
	// good: the same field under the interrupt lock
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	ext->IsrStatus = 0;
	StorPortReleaseSpinLock(ext, &h);
}

_Use_decl_annotations_
BOOLEAN StartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	PEXT ext = (PEXT)DeviceExtension;
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:11: note: 'ext->Pending' is read here in 'StartIo', reached from 'StartIo', holding StartIoLock
	if (ext->Pending > 8)
		return FALSE;
	ext->UnderStartIo = 0;
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: note: 'ext->HelperCount' is written here in 'StartIo', reached from 'StartIo', holding StartIoLock
	ext->HelperCount = good_helper_reads_only(ext);
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: note: 'ext->ViaHelper' is written here in 'StartIo', reached from 'StartIo', holding StartIoLock
	ext->ViaHelper = 0;
	return TRUE;
}

_Use_decl_annotations_
BOOLEAN Isr(PVOID DeviceExtension)
{
	PEXT ext = (PEXT)DeviceExtension;
	// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:2: note: 'ext->IsrStatus' is written here in 'Isr', reached from 'Isr', holding InterruptLock
	ext->IsrStatus = 1;
	// good: ScsiRestartAdapter writes it under the interrupt lock too
	ext->IsrOwned++;
	if (ext->DpcsReady)
		StorPortIssueDpc(ext, &ext->ResetDpc, NULL, NULL);
	return TRUE;
}

// good: reads only, on several processors at once
_Use_decl_annotations_
BOOLEAN BuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	PEXT ext = (PEXT)DeviceExtension;
	return ext->DpcsReady && ext->ReadOnly;
}

_Use_decl_annotations_
SCSI_ADAPTER_CONTROL_STATUS AdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
					   PVOID Parameters)
{
	PEXT ext = (PEXT)DeviceExtension;
	switch (ControlType) {
	case ScsiStopAdapter:
		// CHECK-DAG: race-unsynchronized-access.c:[[@LINE+1]]:3: note: 'ext->Stopped' is written here in 'AdapterControl', reached from 'AdapterControl', holding InterruptLock
		ext->Stopped = TRUE;
		break;
	case ScsiRestartAdapter:
		ext->IsrOwned = 0;
		ext->Stopped = FALSE;
		break;
	case ScsiAdapterPower:
		ext->PowerState = 1;
		break;
	default:
		break;
	}
	return ScsiAdapterControlSuccess;
}
