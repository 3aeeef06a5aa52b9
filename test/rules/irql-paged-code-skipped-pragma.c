// irql-paged-code, regression test (fixed), was: false positive: a pragma in a region the preprocessor skips (#if 0)
// makes the function pageable. The pragma scan (checker/cx.c scan_pragmas) reads the raw
// text and ignores conditional compilation; clang knows the skipped ranges. (The WDK
// idiom `#ifdef ALLOC_PRAGMA` keeps working: the model wdm.h defines ALLOC_PRAGMA.)
// Expected: no finding. Actual: 'Helper' is pageable but may be called at DISPATCH_LEVEL
// here [irql-paged-code], note at the skipped pragma.
// RUN: %dpccheck --checks=-*,irql-paged-code %s > %t.out; test $? = 0
// RUN: FileCheck %s --allow-empty --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	ULONG Value;
} EXT, *PEXT;

HW_DPC_ROUTINE good_dpc;
VOID Helper(PEXT ext);

#if 0 /* pageable no more: called from the DPC */
#pragma alloc_text(PAGE, Helper)
#endif

VOID Helper(PEXT ext)
{
	ext->Value = 1;
}

_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	Helper((PEXT)HwDeviceExtension);
}

VOID Register(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->Dpc, good_dpc);
}
