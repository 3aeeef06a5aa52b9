// spinlock-lock-context: a Storport spin lock is acquired with the wrong LockContext:
// DpcLock with something that is not a STOR_DPC (NULL, a pointer to another type),
// StartIoLock or InterruptLock with a non-NULL one (RULES.md, STORPORT.md 3.3).
// ThreadedDpcLock and DpcLevelLock take any context (STORPORT.md 10, question 2); an
// untyped (PVOID) context is unknown and accepted. Reported at the acquire (for a
// wrapper whose kind and context are parameters, at the call that passes them); notes:
// the call chain and the role of the entry routine.
// RUN: %dpccheck --checks=-*,spinlock-lock-context %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef STOR_DPC MY_DPC;

typedef struct _QUEUE {
	STOR_DPC Dpc;
	ULONG Depth;
} QUEUE, *PQUEUE;

typedef struct _EXT {
	STOR_DPC Dpc;
	STOR_DPC CompletionDpc[4];
	MY_DPC AliasDpc;
	PSTOR_DPC DpcPointer;
	QUEUE Queue;
	ULONG SomeCounter;
	PVOID Context;
} EXT, *PEXT;

VOID Lock(PEXT ext, STOR_SPINLOCK kind, PVOID context, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, kind, context, h);
}

VOID Unlock(PEXT ext, PSTOR_LOCK_HANDLE h)
{
	StorPortReleaseSpinLock(ext, h);
}

// ---- DpcLock ---------------------------------------------------------------------------

HW_DPC_ROUTINE good_dpc_own;
_Use_decl_annotations_
VOID good_dpc_own(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(HwDeviceExtension, DpcLock, Dpc, &h);
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
}

HW_DPC_ROUTINE warn_dpc_null;
_Use_decl_annotations_
VOID warn_dpc_null(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+2]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	// CHECK-NEXT: spinlock-lock-context.c:[[@LINE-6]]:16: note: 'warn_dpc_null' runs as a DPC routine (declared here)
	StorPortAcquireSpinLock(HwDeviceExtension, DpcLock, NULL, &h);
	StorPortReleaseSpinLock(HwDeviceExtension, &h);
}

// The per-queue element of a DPC array (vioscsi, viostor), by unknown and known index.
VOID good_completion_dpc(PEXT ext, ULONG q)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, DpcLock, &ext->CompletionDpc[q], &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, DpcLock, &ext->CompletionDpc[1], &h);
	StorPortReleaseSpinLock(ext, &h);
}

// A STOR_DPC through a typedef, a pointer member, a local pointer, a member of a member.
VOID good_dpc_spellings(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	PSTOR_DPC dpc = &ext->CompletionDpc[2];
	StorPortAcquireSpinLock(ext, DpcLock, &ext->AliasDpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, DpcLock, ext->DpcPointer, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, DpcLock, dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Queue.Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, DpcLock, (PVOID)&ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_counter(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not '&ext->SomeCounter' [spinlock-lock-context]
	StorPortAcquireSpinLock(ext, DpcLock, &ext->SomeCounter, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// The device extension, and a structure that merely contains the STOR_DPC.
VOID warn_other_struct(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'ext' [spinlock-lock-context]
	StorPortAcquireSpinLock(ext, DpcLock, ext, &h);
	StorPortReleaseSpinLock(ext, &h);
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not '&ext->Queue' [spinlock-lock-context]
	StorPortAcquireSpinLock(ext, DpcLock, &ext->Queue, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// An untyped context may be a STOR_DPC: unknown, silent.
VOID good_untyped(PEXT ext, PVOID context)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, DpcLock, context, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, DpcLock, ext->Context, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// Deep in a helper: reported at the acquire, with the chain back to the DPC routine.
VOID CounterLocked(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+3]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not '&ext->SomeCounter' [spinlock-lock-context]
	// CHECK-NEXT: spinlock-lock-context.c:[[@LINE+11]]:2: note: 'CounterLocked' called here from 'warn_dpc_helper'
	// CHECK-NEXT: spinlock-lock-context.c:[[@LINE+6]]:16: note: 'warn_dpc_helper' runs as a DPC routine (declared here)
	StorPortAcquireSpinLock(ext, DpcLock, &ext->SomeCounter, &h);
	ext->SomeCounter++;
	StorPortReleaseSpinLock(ext, &h);
}

HW_DPC_ROUTINE warn_dpc_helper;
_Use_decl_annotations_
VOID warn_dpc_helper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	CounterLocked((PEXT)HwDeviceExtension);
}

// ---- StartIoLock and InterruptLock -----------------------------------------------------

VOID good_startio_interrupt_null(PEXT ext)
{
	STOR_LOCK_HANDLE h, hi;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	StorPortAcquireSpinLock(ext, InterruptLock, NULL, &hi);
	StorPortReleaseSpinLock(ext, &hi);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, StartIoLock, 0, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLock(ext, InterruptLock, (PVOID)0, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_startio_context(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: StartIoLock takes a NULL LockContext, not '&ext->Dpc' [spinlock-lock-context]
	StorPortAcquireSpinLock(ext, StartIoLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_interrupt_context(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: InterruptLock takes a NULL LockContext, not 'ext' [spinlock-lock-context]
	StorPortAcquireSpinLock(ext, InterruptLock, ext, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// ---- StorPortAcquireSpinLockEx ---------------------------------------------------------

// ThreadedDpcLock and DpcLevelLock: any context.
VOID good_ex_any_context(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLockEx(ext, ThreadedDpcLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, ThreadedDpcLock, &ext->SomeCounter, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, DpcLevelLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, DpcLevelLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, DpcLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	StorPortAcquireSpinLockEx(ext, StartIoLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// The Ex variant has the same LockContext rules for the three documented kinds.
VOID warn_ex(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	StorPortAcquireSpinLockEx(ext, DpcLock, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: InterruptLock takes a NULL LockContext, not '&ext->Dpc' [spinlock-lock-context]
	StorPortAcquireSpinLockEx(ext, InterruptLock, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
}

// ---- wrappers and the StorPortNotification spelling ------------------------------------

VOID warn_wrapper(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	Lock(ext, DpcLock, NULL, &h);
	Unlock(ext, &h);
}

VOID good_wrapper(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	Lock(ext, DpcLock, &ext->Dpc, &h);
	Unlock(ext, &h);
	Lock(ext, StartIoLock, NULL, &h);
	Unlock(ext, &h);
	Lock(ext, DpcLevelLock, &ext->SomeCounter, &h);
	Unlock(ext, &h);
}

HW_DPC_ROUTINE warn_dpc_wrapper;
_Use_decl_annotations_
VOID warn_dpc_wrapper(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+2]]:2: error: InterruptLock takes a NULL LockContext, not 'Dpc' [spinlock-lock-context]
	// CHECK-NEXT: spinlock-lock-context.c:[[@LINE-6]]:16: note: 'warn_dpc_wrapper' runs as a DPC routine (declared here)
	Lock((PEXT)HwDeviceExtension, InterruptLock, Dpc, &h);
	Unlock((PEXT)HwDeviceExtension, &h);
}

VOID warn_notification(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	StorPortNotification(AcquireSpinLock, ext, DpcLock, NULL, &h);
	StorPortNotification(ReleaseSpinLock, ext, &h);
	// CHECK: spinlock-lock-context.c:[[@LINE+1]]:2: error: StartIoLock takes a NULL LockContext, not '&ext->Dpc' [spinlock-lock-context]
	StorPortNotification(AcquireSpinLock, ext, StartIoLock, &ext->Dpc, &h);
	StorPortNotification(ReleaseSpinLock, ext, &h);
}

VOID good_notification(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	StorPortNotification(AcquireSpinLock, ext, DpcLock, &ext->Dpc, &h);
	StorPortNotification(ReleaseSpinLock, ext, &h);
	StorPortNotification(AcquireSpinLock, ext, InterruptLock, NULL, &h);
	StorPortNotification(ReleaseSpinLock, ext, &h);
}
