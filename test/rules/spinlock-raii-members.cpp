// spinlock-* in C++, regression test: dpccheck once crashed (stack overflow) on any
// member function naming a data member without `this->` (a MemberRefExpr with no
// children sent the lowering round in a circle). Expected: as spinlock-raii.cpp, no
// finding, exit 0, empty output.
// RUN: %dpccheck --strict-parse --checks=-*,spinlock-* %s > %t.out; test $? = 0
// RUN: test ! -s %t.out
#include <storport.h>

typedef struct _EXT {
	ULONG Count;
} EXT, *PEXT;

class StartIoGuard {
public:
	explicit StartIoGuard(PVOID ext) : m_ext(ext) { StorPortAcquireSpinLock(m_ext, StartIoLock, NULL, &m_handle); }
	~StartIoGuard() { StorPortReleaseSpinLock(m_ext, &m_handle); }

private:
	PVOID m_ext;
	STOR_LOCK_HANDLE m_handle;
};

extern "C" {
HW_DPC_ROUTINE good_dpc_guard;
}

_Use_decl_annotations_
VOID good_dpc_guard(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	PEXT ext = static_cast<PEXT>(HwDeviceExtension);
	StartIoGuard guard(ext);
	if (ext->Count == 0)
		return;
	ext->Count--;
}
