// spinlock-* in C++: a guard class acquires the spin lock in its constructor and
// releases it in its destructor. dpccheck does not follow the implicit destructor
// calls, so it must not report the constructor as leaking the lock, the function that
// owns the guard as returning with the lock held, or the destructor as releasing a lock
// it does not hold: no finding from any spinlock rule, exit 0, empty output.
// (Members are named through `this->` here; implicit member access is
// spinlock-raii-bug-1.cpp.)
// RUN: %dpccheck --strict-parse --checks=-*,spinlock-* %s > %t.out; test $? = 0
// RUN: test ! -s %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	KSPIN_LOCK Lock;
	ULONG Count;
	BOOLEAN Flag;
} EXT, *PEXT;

class StartIoGuard {
public:
	explicit StartIoGuard(PVOID ext) : m_ext(ext)
	{
		StorPortAcquireSpinLock(this->m_ext, StartIoLock, NULL, &this->m_handle);
	}
	~StartIoGuard() { StorPortReleaseSpinLock(this->m_ext, &this->m_handle); }

private:
	PVOID m_ext;
	STOR_LOCK_HANDLE m_handle;
};

// The kind given to the constructor.
class StorLockGuard {
public:
	StorLockGuard(PVOID ext, STOR_SPINLOCK kind, PVOID context) : m_ext(ext)
	{
		StorPortAcquireSpinLock(this->m_ext, kind, context, &this->m_handle);
	}
	~StorLockGuard() { StorPortReleaseSpinLock(this->m_ext, &this->m_handle); }

private:
	PVOID m_ext;
	STOR_LOCK_HANDLE m_handle;
};

// A kernel spin lock with an in-stack queued handle.
class QueuedGuard {
public:
	explicit QueuedGuard(PKSPIN_LOCK lock) { KeAcquireInStackQueuedSpinLock(lock, &this->m_handle); }
	~QueuedGuard() { KeReleaseInStackQueuedSpinLock(&this->m_handle); }

private:
	KLOCK_QUEUE_HANDLE m_handle;
};

extern "C" {
HW_DPC_ROUTINE good_dpc_guard;
}

// Early return with the guard alive: the destructor releases.
_Use_decl_annotations_
VOID good_dpc_guard(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = static_cast<PEXT>(HwDeviceExtension);
	StartIoGuard guard(ext);
	if (ext->Count == 0)
		return;
	ext->Count--;
}

// Guards in nested scopes, one after another, in the documented order.
VOID good_scopes(PEXT ext)
{
	{
		StartIoGuard guard(ext);
		ext->Count++;
	}
	{
		StorLockGuard startIo(ext, StartIoLock, NULL);
		StorLockGuard interrupt(ext, InterruptLock, NULL);
		ext->Flag = TRUE;
	}
	QueuedGuard queued(&ext->Lock);
	ext->Count++;
}
