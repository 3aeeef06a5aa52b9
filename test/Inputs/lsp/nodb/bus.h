/* bus.h - a driver without a compile database, for the editor server's tests. */
#include <storport.h>

typedef struct _BUS_EXT {
	STOR_DPC Dpc, Other;
} BUS_EXT, *PBUS_EXT;

HW_DPC_ROUTINE BusDpc;
