// spinlock-release-not-held, regression test: RULES.md has the rule fire on a release
// "that is not held on some path reaching it"; it once fired only where no path held
// the lock, so a release reached both with and without it (goto cleanup past the
// acquire, a switch case falling into another release, `if (x) acquire; release;`) was
// silent. The correlated `if (x) acquire; ... if (x) release;` stays silent
// (spinlock-release-not-held.c).
// RUN: %dpccheck --checks=-*,spinlock-release-not-held %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>

typedef struct _EXT {
	ULONG Count;
	BOOLEAN Flag;
} EXT, *PEXT;

// goto cleanup taken before the acquire: the label releases a lock never taken.
VOID warn_goto_before_acquire(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		goto cleanup;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
cleanup:
	// CHECK: spinlock-release-not-held-partial.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases StartIoLock, which is not held on every path reaching here [spinlock-release-not-held]
	StorPortReleaseSpinLock(ext, &h);
}

// Case 0 releases and falls through into case 1, which releases again.
VOID warn_switch_fallthrough(PEXT ext, ULONG op)
{
	STOR_LOCK_HANDLE h;
	StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	switch (op) {
	case 0:
		StorPortReleaseSpinLock(ext, &h);
		/* fall through */
	case 1:
		ext->Count++;
		// CHECK: spinlock-release-not-held-partial.c:[[@LINE+1]]:3: error: StorPortReleaseSpinLock releases StartIoLock, which is not held on every path reaching here [spinlock-release-not-held]
		StorPortReleaseSpinLock(ext, &h);
		return;
	default:
		break;
	}
	StorPortReleaseSpinLock(ext, &h);
}

// Acquired conditionally, released unconditionally.
VOID warn_conditional_acquire(PEXT ext)
{
	STOR_LOCK_HANDLE h;
	if (ext->Flag)
		StorPortAcquireSpinLock(ext, StartIoLock, NULL, &h);
	ext->Count++;
	// CHECK: spinlock-release-not-held-partial.c:[[@LINE+1]]:2: error: StorPortReleaseSpinLock releases StartIoLock, which is not held on every path reaching here [spinlock-release-not-held]
	StorPortReleaseSpinLock(ext, &h);
}
