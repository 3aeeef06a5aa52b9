/* Test stand-in for the WDK's ntdef.h (written for dpccheck's tests): basic types. */
#pragma once
#include <driverspecs.h>
#define VOID void
#define FORCEINLINE __forceinline
#define TRUE 1
#define FALSE 0
#ifndef NULL
#define NULL ((void *)0)
#endif
typedef void *PVOID;
typedef unsigned char UCHAR, BOOLEAN;
typedef unsigned long ULONG, *PULONG;
typedef long LONG, NTSTATUS;
typedef unsigned long long ULONG_PTR;
