/*
 * string.h - dpccheck's model of the memory and string routines of the kernel-mode C
 * runtime, written for dpccheck from Microsoft's C runtime reference (learn.microsoft.com,
 * "C runtime library reference": memset, memcpy, strlen, wcslen, _stricmp and the _s forms).
 *
 * The WDK makes these visible to drivers through its kernel headers; wdm.h includes this
 * file. Clang knows most of them as library builtins; the prototypes match the documented
 * ones so that it accepts the declarations silently.
 */
#ifndef DPCCHECK_STRING_H
#define DPCCHECK_STRING_H

#include <stddef.h>

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif

#ifndef _TRUNCATE
#define _TRUNCATE ((size_t)-1)
#endif

void *__cdecl memset(void *dest, int c, size_t count);
void *__cdecl memcpy(void *dest, const void *src, size_t count);
void *__cdecl memmove(void *dest, const void *src, size_t count);
int __cdecl memcmp(const void *buffer1, const void *buffer2, size_t count);
void *__cdecl memchr(const void *buffer, int c, size_t count);
int __cdecl _memicmp(const void *buffer1, const void *buffer2, size_t count);
errno_t __cdecl memcpy_s(void *dest, rsize_t destSize, const void *src, rsize_t count);
errno_t __cdecl memmove_s(void *dest, rsize_t numberOfElements, const void *src, rsize_t count);

size_t __cdecl strlen(const char *str);
size_t __cdecl strnlen(const char *str, size_t numberOfElements);
int __cdecl strcmp(const char *string1, const char *string2);
int __cdecl strncmp(const char *string1, const char *string2, size_t count);
int __cdecl _stricmp(const char *string1, const char *string2);
int __cdecl _strnicmp(const char *string1, const char *string2, size_t count);
int __cdecl _strcmpi(const char *string1, const char *string2);
char *__cdecl strcpy(char *dest, const char *src);
char *__cdecl strncpy(char *dest, const char *src, size_t count);
char *__cdecl strcat(char *dest, const char *src);
char *__cdecl strncat(char *dest, const char *src, size_t count);
char *__cdecl strchr(const char *str, int c);
char *__cdecl strrchr(const char *str, int c);
char *__cdecl strstr(const char *str, const char *strSearch);
size_t __cdecl strspn(const char *str, const char *strCharSet);
size_t __cdecl strcspn(const char *str, const char *strCharSet);
char *__cdecl strpbrk(const char *str, const char *strCharSet);
char *__cdecl strtok_s(char *str, const char *delimiters, char **context);
char *__cdecl _strupr(char *str);
char *__cdecl _strlwr(char *str);
char *__cdecl _strrev(char *str);
char *__cdecl _strset(char *str, int c);
char *__cdecl _strnset(char *str, int c, size_t count);
errno_t __cdecl strcpy_s(char *dest, rsize_t destSize, const char *src);
errno_t __cdecl strncpy_s(char *dest, size_t destSize, const char *src, size_t count);
errno_t __cdecl strcat_s(char *dest, rsize_t destSize, const char *src);
errno_t __cdecl strncat_s(char *dest, rsize_t destSize, const char *src, rsize_t count);
size_t __cdecl strnlen_s(const char *str, size_t numberOfElements);

size_t __cdecl wcslen(const wchar_t *str);
size_t __cdecl wcsnlen(const wchar_t *str, size_t numberOfElements);
int __cdecl wcscmp(const wchar_t *string1, const wchar_t *string2);
int __cdecl wcsncmp(const wchar_t *string1, const wchar_t *string2, size_t count);
int __cdecl _wcsicmp(const wchar_t *string1, const wchar_t *string2);
int __cdecl _wcsnicmp(const wchar_t *string1, const wchar_t *string2, size_t count);
wchar_t *__cdecl wcscpy(wchar_t *dest, const wchar_t *src);
wchar_t *__cdecl wcsncpy(wchar_t *dest, const wchar_t *src, size_t count);
wchar_t *__cdecl wcscat(wchar_t *dest, const wchar_t *src);
wchar_t *__cdecl wcsncat(wchar_t *dest, const wchar_t *src, size_t count);
wchar_t *__cdecl wcschr(const wchar_t *str, wchar_t c);
wchar_t *__cdecl wcsrchr(const wchar_t *str, wchar_t c);
wchar_t *__cdecl wcsstr(const wchar_t *str, const wchar_t *strSearch);
size_t __cdecl wcsspn(const wchar_t *str, const wchar_t *strCharSet);
size_t __cdecl wcscspn(const wchar_t *str, const wchar_t *strCharSet);
wchar_t *__cdecl _wcsupr(wchar_t *str);
wchar_t *__cdecl _wcslwr(wchar_t *str);
errno_t __cdecl wcscpy_s(wchar_t *dest, rsize_t destSize, const wchar_t *src);
errno_t __cdecl wcsncpy_s(wchar_t *dest, size_t destSize, const wchar_t *src, size_t count);
errno_t __cdecl wcscat_s(wchar_t *dest, rsize_t destSize, const wchar_t *src);
errno_t __cdecl wcsncat_s(wchar_t *dest, rsize_t destSize, const wchar_t *src, rsize_t count);
size_t __cdecl wcsnlen_s(const wchar_t *str, size_t numberOfElements);

#endif /* DPCCHECK_STRING_H */
