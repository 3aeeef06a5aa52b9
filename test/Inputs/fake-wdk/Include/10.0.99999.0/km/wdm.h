/* Test stand-in for the WDK's wdm.h (written for dpccheck's tests). */
#pragma once
#include <ntdef.h>
typedef UCHAR KIRQL;
#define PASSIVE_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
