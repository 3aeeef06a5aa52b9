#include "driver.h"

/* Only with the flags of compile_flags.txt. */
#ifdef FROM_FLAGS
void CompletionDpc(PSTOR_DPC Dpc, PVOID Ext, PVOID A, PVOID B)
{
}
#endif
