// spinlock-lock-context, regression test (fixed), was: missed finding: a helper whose lock kind and LockContext are
// parameters but which acquires AND releases the lock itself (a "run this under lock X"
// helper, not an acquire wrapper). RULES.md: the rule fires when DpcLock is acquired
// with a NULL LockContext or InterruptLock with a non-NULL one; the rule's header
// (spinlock_lock_context.c) reports "for a wrapper whose kind and context are
// parameters, at the call that passes them". The tracker substitutes the caller's kind
// and context only into the effects of functions that return holding the lock, so
// inside this helper the kind stays unknown and nothing is judged anywhere.
// Expected: the two findings below, at the calls that pass the bad pairs.
// Actual: no output, exit 0.
// RUN: %dpccheck --checks=-*,spinlock-lock-context %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	ULONG Count;
} EXT, *PEXT;

VOID IncrementLocked(PEXT ext, STOR_SPINLOCK kind, PVOID context)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, kind, context, &h);
	ext->Count++;
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_dpc_null(PEXT ext)
{
	// CHECK: spinlock-lock-context-param-helper.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	IncrementLocked(ext, DpcLock, NULL);
}

VOID warn_interrupt_context(PEXT ext)
{
	// CHECK: spinlock-lock-context-param-helper.c:[[@LINE+1]]:2: error: InterruptLock takes a NULL LockContext, not '&ext->Dpc' [spinlock-lock-context]
	IncrementLocked(ext, InterruptLock, &ext->Dpc);
}

VOID good_pairs(PEXT ext)
{
	IncrementLocked(ext, DpcLock, &ext->Dpc);
	IncrementLocked(ext, InterruptLock, NULL);
}
