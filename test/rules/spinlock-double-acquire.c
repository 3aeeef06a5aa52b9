// spinlock-double-acquire: a spin lock is acquired where it may already be held,
// including a lock Storport holds when it calls the routine (RULES.md, STORPORT.md 3.4).
// Reported at the second acquire however deep in helpers (at the call of a wrapper whose
// lock kind is its caller's argument), with a note where the held lock was taken or the
// role that holds it on entry, then the call chain.
// RUN: %dpccheck --checks=-*,spinlock-double-acquire %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	STOR_DPC Dpc2;
	STOR_DPC Dpcs[4];
	KSPIN_LOCK Lock;
	KSPIN_LOCK Lock2;
	ULONG Count;
	BOOLEAN Flag;
} EXT, *PEXT;

#define LOCK(e, h) StorPortAcquireSpinLock(e, StartIoLock, NULL, h)
#define UNLOCK(e, h) StorPortReleaseSpinLock(e, h)

VOID Lock(PEXT ext, STOR_SPINLOCK kind, PVOID context, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, kind, context, h);
}

VOID Unlock(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	StorPortReleaseSpinLock(ext, h);
}

// ---- locks Storport holds on entry -----------------------------------------------------

HW_STARTIO warn_startio;
_Use_decl_annotations_
BOOLEAN warn_startio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-6]]:12: note: Storport holds StartIoLock when it calls 'warn_startio', a HwStorStartIo routine
	StorPortAcquireSpinLock(DeviceExtension, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(DeviceExtension, &h);
	return TRUE;
}

// BuildIo runs with no lock held: it may take the StartIo lock.
HW_BUILDIO good_buildio;
_Use_decl_annotations_
BOOLEAN good_buildio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(DeviceExtension, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(DeviceExtension, &h);
	return TRUE;
}

HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE warn_msi;
_Use_decl_annotations_
BOOLEAN warn_msi(PVOID HwDeviceExtension, ULONG MessageId)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: InterruptLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-6]]:39: note: Storport holds InterruptLock when it calls 'warn_msi', a message-signaled interrupt routine
	StorPortAcquireSpinLock(HwDeviceExtension, InterruptLock, NULL, &h);
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
	return TRUE;
}

HW_INITIALIZE warn_initialize;
_Use_decl_annotations_
BOOLEAN warn_initialize(PVOID DeviceExtension)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: InterruptLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-6]]:15: note: Storport holds InterruptLock when it calls 'warn_initialize', a HwStorInitialize routine
	StorPortAcquireSpinLock(DeviceExtension, InterruptLock, NULL, &h);
	StorPortReleaseSpinLock(DeviceExtension, &h);
	return TRUE;
}

// The ISR re-acquires the interrupt lock through a helper; the DPC may call the helper.
VOID AckInterrupt(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+3]]:2: error: InterruptLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+7]]:14: note: Storport holds InterruptLock when it calls 'warn_isr_helper', an interrupt service routine
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+10]]:2: note: 'AckInterrupt' called here from 'warn_isr_helper'
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &h);
	ext->Count = 0;
	StorPortReleaseSpinLock(ext, &h);
}

HW_INTERRUPT warn_isr_helper;
_Use_decl_annotations_
BOOLEAN warn_isr_helper(PVOID DeviceExtension)
{
	AckInterrupt((PEXT)DeviceExtension);
	return TRUE;
}

HW_DPC_ROUTINE good_dpc_helper;
_Use_decl_annotations_
VOID good_dpc_helper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	AckInterrupt((PEXT)HwDeviceExtension);
}

// The timer holds the StartIo lock on entry; the macro takes it again.
HW_TIMER warn_timer_macro;
_Use_decl_annotations_
VOID warn_timer_macro(PVOID DeviceExtension)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-6]]:10: note: Storport holds StartIoLock when it calls 'warn_timer_macro', a timer routine
	LOCK(DeviceExtension, &h);
	UNLOCK(DeviceExtension, &h);
}

HW_DPC_ROUTINE good_dpc_macro;
_Use_decl_annotations_
VOID good_dpc_macro(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	LOCK(HwDeviceExtension, &h);
	UNLOCK(HwDeviceExtension, &h);
}

// ResetBus holds the StartIo lock; a wrapper taking the kind as a parameter takes it
// again (reported at the wrapper's call: the wrapper alone cannot know the kind).
HW_RESET_BUS warn_reset_bus_wrapper;
_Use_decl_annotations_
BOOLEAN warn_reset_bus_wrapper(PVOID DeviceExtension, ULONG PathId)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-6]]:14: note: Storport holds StartIoLock when it calls 'warn_reset_bus_wrapper', a HwStorResetBus routine
	Lock((PEXT)DeviceExtension, StartIoLock, NULL, &h);
	Unlock((PEXT)DeviceExtension, &h);
	return TRUE;
}

// ResetBus may take the interrupt lock (not half-duplex).
HW_RESET_BUS good_reset_bus_wrapper;
_Use_decl_annotations_
BOOLEAN good_reset_bus_wrapper(PVOID DeviceExtension, ULONG PathId)
{
	STOR_LOCK_HANDLE h;
	Lock((PEXT)DeviceExtension, InterruptLock, NULL, &h);
	Unlock((PEXT)DeviceExtension, &h);
	return TRUE;
}

// ---- a wrapper with a fixed kind: reported inside it, with the chain -------------------

VOID LockStartIo(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	// CHECK: spinlock-double-acquire.c:[[@LINE+3]]:2: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+11]]:2: note: StartIoLock was acquired here
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+11]]:2: note: 'LockStartIo' called here from 'warn_wrapper_fixed_kind'
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, h);
}

HW_DPC_ROUTINE warn_wrapper_fixed_kind;
_Use_decl_annotations_
VOID warn_wrapper_fixed_kind(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE a, b;
	LockStartIo(ext, &a);
	LockStartIo(ext, &b);
	Unlock(ext, &b);
	Unlock(ext, &a);
}

HW_DPC_ROUTINE good_wrapper_fixed_kind;
_Use_decl_annotations_
VOID good_wrapper_fixed_kind(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE a;
	LockStartIo(ext, &a);
	Unlock(ext, &a);
	LockStartIo(ext, &a);
	Unlock(ext, &a);
}

VOID warn_wrapper_kind_param(PEXT ext)
{
	STOR_LOCK_HANDLE a, b;
	// CHECK: spinlock-double-acquire.c:[[@LINE+3]]:2: error: DpcLock of 'ext->Dpc' is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+1]]:2: note: DpcLock of 'ext->Dpc' was acquired here
	Lock(ext, DpcLock, &ext->Dpc, &a);
	Lock(ext, DpcLock, &ext->Dpc, &b);
	Unlock(ext, &b);
	Unlock(ext, &a);
}

// Two DPC objects, two locks.
VOID good_wrapper_kind_param(PEXT ext)
{
	STOR_LOCK_HANDLE a, b;
	Lock(ext, DpcLock, &ext->Dpc, &a);
	Lock(ext, DpcLock, &ext->Dpc2, &b);
	Unlock(ext, &b);
	Unlock(ext, &a);
}

// One DpcLock per STOR_DPC object: two elements of a DPC array are two locks.
VOID good_two_dpc_array_elements(PEXT ext)
{
	STOR_LOCK_HANDLE a, b;
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpcs[0], &a);
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpcs[1], &b);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &b);
	StorPortReleaseSpinLock(ext, &a);
}

VOID warn_same_dpc_array_element(PEXT ext)
{
	STOR_LOCK_HANDLE a, b;
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpcs[2], &a);
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: DpcLock of 'ext->Dpcs[2]' is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-2]]:2: note: DpcLock of 'ext->Dpcs[2]' was acquired here
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpcs[2], &b);
	StorPortReleaseSpinLock(ext, &b);
	StorPortReleaseSpinLock(ext, &a);
}

// ---- a helper two calls deep, while the caller holds the lock ---------------------------

VOID Inner(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-double-acquire.c:[[@LINE+4]]:2: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+17]]:2: note: StartIoLock was acquired here
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+10]]:2: note: 'Inner' called here from 'Middle'
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+17]]:2: note: 'Middle' called here from 'warn_two_deep'
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

VOID Middle(PEXT ext)
{
	ext->Flag = TRUE;
	Inner(ext);
}

VOID warn_two_deep(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count = 0;
	Middle(ext);
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_two_deep(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count = 0;
	StorPortReleaseSpinLock(ext, &h);
	Middle(ext);
}

// ---- loops ---------------------------------------------------------------------------

// Acquired in every iteration, released once after the loop: the second iteration
// takes the lock it already holds.
VOID warn_loop_release_after(PEXT ext, ULONG n)
{
	STOR_LOCK_HANDLE h;
	for (ULONG i = 0; i < n; i++) {
		// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:3: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
		// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE+1]]:3: note: StartIoLock was acquired here
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		ext->Count++;
	}
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_loop_per_iteration(PEXT ext, ULONG n)
{
	STOR_LOCK_HANDLE h;
	for (ULONG i = 0; i < n; i++) {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		if (ext->Flag) {
			StorPortReleaseSpinLock(ext, &h);
			continue;
		}
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	}
}

// ---- StorPortAcquireSpinLockEx -------------------------------------------------------

// The result ignored: the lock counts as acquired.
VOID warn_ex_ignored(PEXT ext)
{
	STOR_LOCK_HANDLE a, b;
	StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &a);
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: StartIoLock is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-2]]:2: note: StartIoLock was acquired here
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &b);
	StorPortReleaseSpinLock(ext, &b);
	StorPortReleaseSpinLock(ext, &a);
}

// Tested: not held after the if, nor on the failure branch.
VOID good_ex_tested(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h) == STOR_STATUS_SUCCESS) {
		ext->Count++;
		StorPortReleaseSpinLock(ext, &h);
	} else {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
		StorPortReleaseSpinLock(ext, &h);
	}
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_ex_status_variable(PEXT ext)
{
	STOR_LOCK_HANDLE h, h2;
	ULONG status = StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	if (status != STOR_STATUS_SUCCESS) {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h2);
		StorPortReleaseSpinLock(ext, &h2);
		return;
	}
	StorPortReleaseSpinLock(ext, &h);
}

// ---- kernel spin locks ----------------------------------------------------------------

VOID warn_ke(PEXT ext)
{
	KIRQL old;
	KeAcquireSpinLock(&ext->Lock, &old);
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: spin lock 'ext->Lock' is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-2]]:2: note: spin lock 'ext->Lock' was acquired here
	KeAcquireSpinLockAtDpcLevel(&ext->Lock);
	KeReleaseSpinLockFromDpcLevel(&ext->Lock);
	KeReleaseSpinLock(&ext->Lock, old);
}

// Two different kernel spin locks.
VOID good_ke(PEXT ext)
{
	KIRQL old;
	KeAcquireSpinLock(&ext->Lock, &old);
	KeAcquireSpinLockAtDpcLevel(&ext->Lock2);
	KeReleaseSpinLockFromDpcLevel(&ext->Lock2);
	KeReleaseSpinLock(&ext->Lock, old);
}

VOID warn_ke_queued(PEXT ext)
{
	KLOCK_QUEUE_HANDLE a, b;
	KeAcquireInStackQueuedSpinLock(&ext->Lock, &a);
	// CHECK: spinlock-double-acquire.c:[[@LINE+2]]:2: error: spin lock 'ext->Lock' is acquired while it may already be held (a deadlock) [spinlock-double-acquire]
	// CHECK-NEXT: spinlock-double-acquire.c:[[@LINE-2]]:2: note: spin lock 'ext->Lock' was acquired here
	KeAcquireInStackQueuedSpinLockAtDpcLevel(&ext->Lock, &b);
	KeReleaseInStackQueuedSpinLockFromDpcLevel(&b);
	KeReleaseInStackQueuedSpinLock(&a);
}

VOID good_ke_queued(PEXT ext)
{
	KLOCK_QUEUE_HANDLE a, b;
	KeAcquireInStackQueuedSpinLock(&ext->Lock, &a);
	KeAcquireInStackQueuedSpinLockAtDpcLevel(&ext->Lock2, &b);
	KeReleaseInStackQueuedSpinLockFromDpcLevel(&b);
	KeReleaseInStackQueuedSpinLock(&a);
}

// ---- the correlated pattern ------------------------------------------------------------

// Taken and released under the same test: not held at the second acquire.
VOID good_correlated(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	if (ext->Flag)
		StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// A DPC may take every lock, once each.
HW_DPC_ROUTINE good_dpc_all_locks;
_Use_decl_annotations_
VOID good_dpc_all_locks(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE d, s, i;
	StorPortAcquireSpinLock(HwDeviceExtension, DpcLock, Dpc, &d);
	StorPortAcquireSpinLock(HwDeviceExtension, StartIoLock, NULL, &s);
	StorPortAcquireSpinLock(HwDeviceExtension, InterruptLock, NULL, &i);
	StorPortReleaseSpinLock(HwDeviceExtension, &i);
	StorPortReleaseSpinLock(HwDeviceExtension, &s);
	StorPortReleaseSpinLock(HwDeviceExtension, &d);
}
