// irql-paged-code, regression test (fixed), was: missed finding: `#pragma alloc_text("PAGE", f)`, the section name
// quoted as in Microsoft's own syntax line for the pragma (`#pragma alloc_text(
// "textsection", function_1, ... )`), is not recognized: checker/cx.c scan_pragmas
// compares the text right after '(' (and spaces) with PAGE, and '"' is not skipped.
// Expected: the finding below. Actual: no output, exit status 0.
// RUN: %dpccheck --checks=-*,irql-paged-code %s > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: < %t.out
#include <storport.h>
#include <wdm.h>

typedef struct _EXT {
	STOR_DPC Dpc;
	ULONG Value;
} EXT, *PEXT;

HW_DPC_ROUTINE warn_dpc;
VOID Helper(PEXT ext);

#pragma alloc_text("PAGE", Helper)

VOID Helper(PEXT ext)
{
	ext->Value = 1;
}

_Use_decl_annotations_
VOID warn_dpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
	// CHECK: irql-paged-code-quoted-section.c:[[@LINE+1]]:2: error: 'Helper' is pageable but may be called at DISPATCH_LEVEL here [irql-paged-code]
	Helper((PEXT)HwDeviceExtension);
	// CHECK-NEXT: irql-paged-code-quoted-section.c:[[@LINE-12]]:9: note: 'Helper' is made pageable here
	// CHECK-NEXT: irql-paged-code-quoted-section.c:[[@LINE+5]]:40: note: 'warn_dpc' runs as a DPC routine (registered here)
}

VOID Register(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->Dpc, warn_dpc);
}
