/*
 * ctype.h - dpccheck's model of the character classification routines, written for
 * dpccheck from Microsoft's C runtime reference (learn.microsoft.com: isalpha, isdigit,
 * toupper, iswspace and related pages).
 */
#ifndef DPCCHECK_CTYPE_H
#define DPCCHECK_CTYPE_H

#include <stddef.h>

#ifndef _WCTYPE_T_DEFINED
#define _WCTYPE_T_DEFINED
typedef unsigned short wint_t;
typedef unsigned short wctype_t;
#endif

int __cdecl isalpha(int c);
int __cdecl isupper(int c);
int __cdecl islower(int c);
int __cdecl isdigit(int c);
int __cdecl isxdigit(int c);
int __cdecl isspace(int c);
int __cdecl ispunct(int c);
int __cdecl isalnum(int c);
int __cdecl isprint(int c);
int __cdecl isgraph(int c);
int __cdecl iscntrl(int c);
int __cdecl toupper(int c);
int __cdecl tolower(int c);
int __cdecl _toupper(int c);
int __cdecl _tolower(int c);
int __cdecl __isascii(int c);
#define isascii __isascii

int __cdecl iswalpha(wint_t c);
int __cdecl iswupper(wint_t c);
int __cdecl iswlower(wint_t c);
int __cdecl iswdigit(wint_t c);
int __cdecl iswxdigit(wint_t c);
int __cdecl iswspace(wint_t c);
int __cdecl iswalnum(wint_t c);
int __cdecl iswprint(wint_t c);
wint_t __cdecl towupper(wint_t c);
wint_t __cdecl towlower(wint_t c);

#endif /* DPCCHECK_CTYPE_H */
