/* dpcs.h - the DPC objects of the compile-database test driver. */
#include "../../cli/mini.h"
typedef struct _TEST_EXT {
	STOR_DPC Completion;
	STOR_DPC PerQueue[8];
} TEST_EXT, *PTEST_EXT;
HW_DPC_ROUTINE CompletionDpc;
void Kick(PTEST_EXT ext, int q);
BOOLEAN StorPortIssueDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PVOID SystemArgument1, PVOID SystemArgument2);
#ifndef FROM_DB
#error "compiled without the database's -DFROM_DB"
#endif
