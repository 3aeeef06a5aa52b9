#include <storport.h>

typedef struct _DRV_EXT {
	STOR_DPC Dpc;
	ULONG Setting;
} DRV_EXT, *PDRV_EXT;
