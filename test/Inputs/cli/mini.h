/* mini.h - just enough of the Storport declarations for the command-line tests, so they
 * do not depend on the model headers. */
#include <sal.h>
typedef unsigned char BOOLEAN;
typedef unsigned long ULONG;
typedef void *PVOID;
typedef struct _STOR_DPC { int Opaque; } STOR_DPC, *PSTOR_DPC;
typedef void HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;
void StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PHW_DPC_ROUTINE HwDpcRoutine);
