// irql-paged-code, regression test (fixed), was: false positive: a commented-out `#pragma alloc_text(PAGE, f)` makes f
// pageable. The pragma scan (checker/cx.c scan_pragmas) reads the file's text and accepts
// a '#' preceded by a space, so `// #pragma ...` and a pragma inside a block comment
// count. A comment places nothing in a section (RULES.md: "a function placed in a
// pageable section").
// Expected: no finding. Actual: 'Helper' is pageable but may be called at DISPATCH_LEVEL
// here (note: made pageable at the comment), and the same for 'BlockHelper'.
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
VOID BlockHelper(PEXT ext);

// Moved out of the pageable section: the routine is called from the DPC.
// #pragma alloc_text(PAGE, Helper)
/*
 #pragma alloc_text(PAGE, BlockHelper)
 */

VOID Helper(PEXT ext)
{
	ext->Value = 1;
}

VOID BlockHelper(PEXT ext)
{
	ext->Value = 2;
}

_Use_decl_annotations_
VOID good_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	Helper((PEXT)HwDeviceExtension);
	BlockHelper((PEXT)HwDeviceExtension);
}

VOID Register(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->Dpc, good_dpc);
}
