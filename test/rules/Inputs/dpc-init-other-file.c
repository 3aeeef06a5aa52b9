/* The other file of the dpc-not-initialized test's driver: it initializes a DPC object
 * the test file issues (a finding only when this file is not analyzed). */
#include <storport.h>

typedef struct _EXT {
	STOR_DPC Completion[8];
	STOR_DPC NeverInitialized;
	STOR_DPC Reset;
	STOR_DPC InitElsewhere;
	STOR_DPC ThroughWrapper;
	PSTOR_DPC Pointer;
} EXT, *PEXT;

HW_DPC_ROUTINE CompletionDpc;

VOID InitializeMore(PEXT ext)
{
	StorPortInitializeDpc(ext, &ext->InitElsewhere, CompletionDpc);
}
