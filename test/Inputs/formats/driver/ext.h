/* ext.h - the device extension and role-type declarations of the format tests' driver. */
#include <storport.h>

typedef struct _EXT {
	STOR_DPC CompletionDpc;
	STOR_DPC ResetDpc;
	ULONG Value;
} EXT, *PEXT;

HW_PASSIVE_INITIALIZE_ROUTINE PassiveInit;
HW_DPC_ROUTINE CompletionDpc;
HW_DPC_ROUTINE NaiveDpc;
