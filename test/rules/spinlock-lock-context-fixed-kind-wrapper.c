// spinlock-lock-context, regression test (fixed), was: missed finding: a wrapper that fixes the kind (DpcLock) and
// takes only the LockContext from its caller. RULES.md: the rule fires when DpcLock is
// acquired with a LockContext that is not a STOR_DPC (NULL), and acquire wrappers are
// followed (a helper that returns holding the lock acts as an acquire at its call
// sites). Inside the wrapper the context is a parameter (PVOID: unknown; PSTOR_DPC: a
// STOR_DPC), so only the call site can judge it; the tracker substitutes the caller's
// context only when the kind is a parameter too (locks.c apply_effects: do_acquire gets
// the context only when kind_from_caller).
// Expected: the two findings below, at the calls that pass NULL. Actual: no output, exit 0.
// RUN: %dpccheck --checks=-*,spinlock-lock-context %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	ULONG Count;
} EXT, *PEXT;

VOID LockDpc(PEXT ext, PVOID context, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, DpcLock, context, h);
}

VOID LockDpcTyped(PEXT ext, PSTOR_DPC dpc, PSTOR_LOCK_HANDLE h)
{
	StorPortAcquireSpinLock(ext, DpcLock, dpc, h);
}

VOID warn_untyped_context_param(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context-fixed-kind-wrapper.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	LockDpc(ext, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID warn_typed_context_param(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	// CHECK: spinlock-lock-context-fixed-kind-wrapper.c:[[@LINE+1]]:2: error: DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not 'NULL' [spinlock-lock-context]
	LockDpcTyped(ext, NULL, &h);
	StorPortReleaseSpinLock(ext, &h);
}

VOID good_context_param(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	LockDpc(ext, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
	LockDpcTyped(ext, &ext->Dpc, &h);
	StorPortReleaseSpinLock(ext, &h);
}
