/*
 * stdlib.h - dpccheck's model of the parts of <stdlib.h> that kernel-mode drivers use,
 * written for dpccheck from Microsoft's C runtime reference (learn.microsoft.com: abs,
 * _countof, _byteswap_uint64, _rotl, strtoul, qsort, _itoa_s).
 *
 * No allocation routines: kernel code allocates from pool (ExAllocatePool2 in wdm.h).
 */
#ifndef DPCCHECK_STDLIB_H
#define DPCCHECK_STDLIB_H

#include <stddef.h>

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256

/* _countof: the number of elements of a statically sized array. */
#ifndef _countof
#define _countof(_Array) (sizeof(_Array) / sizeof((_Array)[0]))
#endif
#ifndef __min
#define __min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef __max
#define __max(a, b) (((a) > (b)) ? (a) : (b))
#endif

typedef struct _div_t {
	int quot;
	int rem;
} div_t;

typedef struct _ldiv_t {
	long quot;
	long rem;
} ldiv_t;

int __cdecl abs(int n);
long __cdecl labs(long n);
long long __cdecl llabs(long long n);
__int64 __cdecl _abs64(__int64 n);
div_t __cdecl div(int numer, int denom);
ldiv_t __cdecl ldiv(long numer, long denom);

int __cdecl atoi(const char *str);
long __cdecl atol(const char *str);
long __cdecl strtol(const char *strSource, char **endptr, int base);
unsigned long __cdecl strtoul(const char *strSource, char **endptr, int base);
__int64 __cdecl _strtoi64(const char *strSource, char **endptr, int base);
unsigned __int64 __cdecl _strtoui64(const char *strSource, char **endptr, int base);
long __cdecl wcstol(const wchar_t *strSource, wchar_t **endptr, int base);
unsigned long __cdecl wcstoul(const wchar_t *strSource, wchar_t **endptr, int base);
int __cdecl _wtoi(const wchar_t *str);
long __cdecl _wtol(const wchar_t *str);
errno_t __cdecl _itoa_s(int value, char *buffer, size_t size, int radix);
errno_t __cdecl _ultoa_s(unsigned long value, char *buffer, size_t size, int radix);
errno_t __cdecl _i64toa_s(__int64 value, char *buffer, size_t size, int radix);
errno_t __cdecl _ui64toa_s(unsigned __int64 value, char *buffer, size_t size, int radix);
errno_t __cdecl _itow_s(int value, wchar_t *buffer, size_t size, int radix);

void __cdecl qsort(void *base, size_t number, size_t width,
		   int(__cdecl *compare)(const void *, const void *));
void *__cdecl bsearch(const void *key, const void *base, size_t number, size_t width,
		      int(__cdecl *compare)(const void *, const void *));

/* Byte swaps and rotates (compiler intrinsics; Clang knows them in Microsoft mode). */
unsigned short __cdecl _byteswap_ushort(unsigned short value);
unsigned long __cdecl _byteswap_ulong(unsigned long value);
unsigned __int64 __cdecl _byteswap_uint64(unsigned __int64 value);
unsigned int __cdecl _rotl(unsigned int value, int shift);
unsigned int __cdecl _rotr(unsigned int value, int shift);
unsigned __int64 __cdecl _rotl64(unsigned __int64 value, int shift);
unsigned __int64 __cdecl _rotr64(unsigned __int64 value, int shift);
unsigned long __cdecl _lrotl(unsigned long value, int shift);
unsigned long __cdecl _lrotr(unsigned long value, int shift);

#endif /* DPCCHECK_STDLIB_H */
