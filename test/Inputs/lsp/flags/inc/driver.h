/* driver.h - a two-file driver for the editor server's tests. */
#include <sal.h>
typedef void *PVOID;
typedef struct _STOR_DPC { int Opaque; } STOR_DPC, *PSTOR_DPC;
typedef void HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;
void StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PHW_DPC_ROUTINE HwDpcRoutine);

struct ext {
	STOR_DPC Completion, Reset;
};

HW_DPC_ROUTINE CompletionDpc;
void ResetDpc(PSTOR_DPC Dpc, PVOID Ext, PVOID A, PVOID B);
