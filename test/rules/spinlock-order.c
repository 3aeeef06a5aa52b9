// spinlock-order: DpcLock or StartIoLock is acquired while InterruptLock (or an MSI
// message lock) may be held; the documented order is DpcLock or StartIoLock first,
// InterruptLock last (RULES.md, STORPORT.md 3.5). Reported at the offending acquire
// however deep (at the call of a wrapper whose lock kind is its caller's argument), with
// a note where the interrupt lock was taken or the role that holds it on entry, then
// the call chain.
// RUN: %dpccheck --checks=-*,spinlock-order %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
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

VOID LockInterrupt(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, h);
}

// ---- taken by the code, in the wrong order --------------------------------------------

HW_DPC_ROUTINE warn_dpc_dpclock_under_interrupt;
_Use_decl_annotations_
VOID warn_dpc_dpclock_under_interrupt(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1,
				      PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE i, d;
	StorPortAcquireSpinLock(HwDeviceExtension, InterruptLock, NULL, &i);
	// CHECK: spinlock-order.c:[[@LINE+3]]:2: error: DpcLock of 'Dpc' is acquired while InterruptLock may be held: the order is DpcLock or StartIoLock before InterruptLock (a deadlock) [spinlock-order]
	// CHECK-NEXT: spinlock-order.c:[[@LINE-2]]:2: note: InterruptLock was acquired here
	// CHECK-NEXT: spinlock-order.c:[[@LINE-9]]:16: note: 'warn_dpc_dpclock_under_interrupt' runs as a DPC routine (declared here)
	StorPortAcquireSpinLock(HwDeviceExtension, DpcLock, Dpc, &d);
	StorPortReleaseSpinLock(HwDeviceExtension, &d);
	StorPortReleaseSpinLock(HwDeviceExtension, &i);
}

// The documented order: DpcLock, then StartIoLock, then InterruptLock.
HW_DPC_ROUTINE good_dpc_order;
_Use_decl_annotations_
VOID good_dpc_order(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE d, s, i;
	StorPortAcquireSpinLock(HwDeviceExtension, DpcLock, Dpc, &d);
	StorPortAcquireSpinLock(HwDeviceExtension, StartIoLock, NULL, &s);
	StorPortAcquireSpinLock(HwDeviceExtension, InterruptLock, NULL, &i);
	StorPortReleaseSpinLock(HwDeviceExtension, &i);
	StorPortReleaseSpinLock(HwDeviceExtension, &s);
	StorPortReleaseSpinLock(HwDeviceExtension, &d);
}

VOID warn_startio_under_interrupt(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	ext->Count++;
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while InterruptLock may be held: the order is DpcLock or StartIoLock before InterruptLock (a deadlock) [spinlock-order]
	// CHECK-NEXT: spinlock-order.c:[[@LINE-3]]:2: note: InterruptLock was acquired here
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
	StorPortReleaseSpinLock(ext, &i);
}

// InterruptLock while StartIoLock is held: that is the order.
VOID good_interrupt_under_startio(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &i);
	StorPortReleaseSpinLock(ext, &s);
}

// The interrupt lock is released before the StartIo lock is taken.
VOID good_after_release(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &i);
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
}

// An early return inside the interrupt-locked region: the StartIo lock comes after the
// release on the other path.
VOID good_early_return(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	if (ext->Flag) {
		StorPortReleaseSpinLock(ext, &i);
		return;
	}
	StorPortReleaseSpinLock(ext, &i);
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
}

// Held on one path only (a goto past the release): still an order violation.
VOID warn_goto_past_release(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	if (ext->Flag)
		goto locked;
	StorPortReleaseSpinLock(ext, &i);
locked:
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-6]]:2: note: InterruptLock was acquired here
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
}

// ---- held by Storport on entry --------------------------------------------------------

HW_INTERRUPT warn_isr_startio;
_Use_decl_annotations_
BOOLEAN warn_isr_startio(PVOID DeviceExtension)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while InterruptLock may be held: the order is DpcLock or StartIoLock before InterruptLock (a deadlock) [spinlock-order]
	// CHECK-NEXT: spinlock-order.c:[[@LINE-6]]:14: note: Storport holds InterruptLock when it calls 'warn_isr_startio', an interrupt service routine
	StorPortAcquireSpinLock(DeviceExtension, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(DeviceExtension, &h);
	return TRUE;
}

HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE warn_msi_dpclock;
_Use_decl_annotations_
BOOLEAN warn_msi_dpclock(PVOID HwDeviceExtension, ULONG MessageId)
{
	PEXT ext = (PEXT)HwDeviceExtension;
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: DpcLock of 'ext->Dpc' is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-7]]:39: note: Storport holds InterruptLock when it calls 'warn_msi_dpclock', a message-signaled interrupt routine
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	return TRUE;
}

HW_INITIALIZE warn_initialize_startio;
_Use_decl_annotations_
BOOLEAN warn_initialize_startio(PVOID DeviceExtension)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-6]]:15: note: Storport holds InterruptLock when it calls 'warn_initialize_startio', a HwStorInitialize routine
	StorPortAcquireSpinLock(DeviceExtension, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(DeviceExtension, &h);
	return TRUE;
}

// The ISR reaches the StartIo lock through a helper; the DPC may call the helper.
VOID CompleteRequests(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-order.c:[[@LINE+3]]:2: error: StartIoLock is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE+7]]:14: note: Storport holds InterruptLock when it calls 'warn_isr_helper', an interrupt service routine
	// CHECK-NEXT: spinlock-order.c:[[@LINE+10]]:2: note: 'CompleteRequests' called here from 'warn_isr_helper'
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count = 0;
	StorPortReleaseSpinLock(ext, &h);
}

HW_INTERRUPT warn_isr_helper;
_Use_decl_annotations_
BOOLEAN warn_isr_helper(PVOID DeviceExtension)
{
	CompleteRequests((PEXT)DeviceExtension);
	return TRUE;
}

HW_DPC_ROUTINE good_dpc_helper;
_Use_decl_annotations_
VOID good_dpc_helper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	CompleteRequests((PEXT)HwDeviceExtension);
}

// StartIo holds the StartIo lock: it may take the DPC and interrupt locks.
HW_STARTIO good_startio;
_Use_decl_annotations_
BOOLEAN good_startio(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
	PEXT ext = (PEXT)DeviceExtension;
	STOR_LOCK_HANDLE d, i;
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Dpc, &d);
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	StorPortReleaseSpinLock(ext, &i);
	StorPortReleaseSpinLock(ext, &d);
	return TRUE;
}

HW_TIMER good_timer;
_Use_decl_annotations_
VOID good_timer(PVOID DeviceExtension)
{
	STOR_LOCK_HANDLE i;
	StorPortAcquireSpinLock(DeviceExtension, InterruptLock, NULL, &i);
	StorPortReleaseSpinLock(DeviceExtension, &i);
}

// ---- wrappers and macros ---------------------------------------------------------------

VOID warn_wrapper_kind_param(PEXT ext)
{
	STOR_LOCK_HANDLE i, d;
	Lock(ext, InterruptLock, NULL, &i);
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: DpcLock of 'ext->Dpc' is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-2]]:2: note: InterruptLock was acquired here
	Lock(ext, DpcLock, &ext->Dpc, &d);
	Unlock(ext, &d);
	Unlock(ext, &i);
}

VOID good_wrapper_kind_param(PEXT ext)
{
	STOR_LOCK_HANDLE i, d;
	Lock(ext, DpcLock, &ext->Dpc, &d);
	Lock(ext, InterruptLock, NULL, &i);
	Unlock(ext, &i);
	Unlock(ext, &d);
}

VOID LockStartIo(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	// CHECK: spinlock-order.c:[[@LINE+3]]:2: error: StartIoLock is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE+8]]:2: note: InterruptLock was acquired here
	// CHECK-NEXT: spinlock-order.c:[[@LINE+8]]:2: note: 'LockStartIo' called here from 'warn_wrapper_fixed_kind'
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, h);
}

VOID warn_wrapper_fixed_kind(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	LockInterrupt(ext, &i);
	LockStartIo(ext, &s);
	Unlock(ext, &s);
	Unlock(ext, &i);
}

VOID good_wrapper_fixed_kind(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	LockStartIo(ext, &s);
	LockInterrupt(ext, &i);
	Unlock(ext, &i);
	Unlock(ext, &s);
}

VOID warn_macro(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	LockInterrupt(ext, &i);
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-2]]:2: note: InterruptLock was acquired here
	LOCK(ext, &s);
	UNLOCK(ext, &s);
	Unlock(ext, &i);
}

VOID good_macro(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	LOCK(ext, &s);
	LockInterrupt(ext, &i);
	Unlock(ext, &i);
	UNLOCK(ext, &s);
}

// ---- MSI message locks count as the interrupt lock --------------------------------------

VOID warn_msi_lock(PEXT ext)
{
	STOR_LOCK_HANDLE s;
	ULONG old;
	StorPortAcquireMSISpinLock(ext, 1, &old);
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while the MSI lock of message 1 may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-2]]:2: note: the MSI lock of message 1 was acquired here
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
	StorPortReleaseMSISpinLock(ext, 1, old);
}

// ---- StorPortAcquireSpinLockEx -------------------------------------------------------

// The result ignored: the interrupt lock counts as held.
VOID warn_ex_ignored(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	StorPortAcquireSpinLockEx(ext, InterruptLock, NULL, &i);
	// CHECK: spinlock-order.c:[[@LINE+2]]:2: error: StartIoLock is acquired while InterruptLock may be held
	// CHECK-NEXT: spinlock-order.c:[[@LINE-2]]:2: note: InterruptLock was acquired here
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
	StorPortReleaseSpinLock(ext, &i);
}

// On the failure branch the interrupt lock is not held.
VOID good_ex_failed(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	if (StorPortAcquireSpinLockEx(ext, InterruptLock, NULL, &i) != STOR_STATUS_SUCCESS) {
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
		StorPortReleaseSpinLock(ext, &s);
		return;
	}
	StorPortReleaseSpinLock(ext, &i);
}

VOID good_ex_status_variable(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	ULONG status = StorPortAcquireSpinLockEx(ext, InterruptLock, NULL, &i);
	if (status == STOR_STATUS_SUCCESS) {
		ext->Count++;
		StorPortReleaseSpinLock(ext, &i);
	}
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
}

// ---- the correlated pattern ------------------------------------------------------------

VOID good_correlated(PEXT ext)
{
	STOR_LOCK_HANDLE i, s;
	if (ext->Flag)
		StorPortAcquireSpinLock(ext, InterruptLock, NULL, &i);
	ext->Count++;
	if (ext->Flag)
		StorPortReleaseSpinLock(ext, &i);
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &s);
	StorPortReleaseSpinLock(ext, &s);
}
