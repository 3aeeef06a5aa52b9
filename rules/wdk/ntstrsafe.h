/*
 * ntstrsafe.h - dpccheck's model of the kernel-mode safe string header, written for
 * dpccheck from Microsoft's public documentation (the ntstrsafe DDI reference,
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntstrsafe/). Declarations are
 * ours; only names, types, values and signatures are facts from the documentation. The
 * WDK implements these routines inline; here they are prototypes.
 *
 * IRQL: the RtlString* pages give "any IRQL if the strings being manipulated are always
 * resident in memory, otherwise PASSIVE_LEVEL" (and Unicode conversions such as %wZ or %ls
 * in an ANSI format need PASSIVE_LEVEL), so no annotation is given: the limit depends on
 * the data, not on the routine.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntstrsafe/nf-ntstrsafe-rtlstringcbprintfa
 */
#ifndef DPCCHECK_NTSTRSAFE_H
#define DPCCHECK_NTSTRSAFE_H

#include <ntdef.h>
#include <ntstatus.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef wchar_t *NTSTRSAFE_PWSTR;
typedef const wchar_t *NTSTRSAFE_PCWSTR;
typedef const wchar_t UNALIGNED *NTSTRSAFE_PCUWSTR;
typedef ULONG STRSAFE_DWORD;

#define NTSTRSAFEDDI NTSTATUS NTAPI
#define NTSTRSAFEWORKERDDI NTSTATUS NTAPI
/* The variadic routines use the C calling convention. */
#define NTSTRSAFEDDIV NTSTATUS __cdecl

/* Limits (https://learn.microsoft.com/windows-hardware/drivers/kernel/using-safe-string-functions). */
#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH (0xffff / sizeof(wchar_t))
#define NTSTRSAFE_MAX_LENGTH (NTSTRSAFE_MAX_CCH - 1)

/* dwFlags of the Ex forms. */
#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
#define STRSAFE_FILL_BYTE(x) ((STRSAFE_DWORD)(((x) & 0x000000FF) | STRSAFE_FILL_BEHIND_NULL))
#define STRSAFE_FAILURE_BYTE(x) ((STRSAFE_DWORD)(((x) & 0x000000FF) | STRSAFE_FILL_ON_FAILURE))
#define STRSAFE_ZERO_LENGTH_ON_FAILURE 0x00002000
#define STRSAFE_FILL_BEHIND STRSAFE_FILL_BEHIND_NULL

/* ---- RtlStringCb*: sizes in bytes. */

NTSTRSAFEDDI RtlStringCbCopyA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest,
				  _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCopyNA(NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc,
				   _In_ size_t cbToCopy);
NTSTRSAFEDDI RtlStringCbCopyExA(NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				    _Outptr_opt_result_buffer_(pcbRemaining) NTSTRSAFE_PSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcbRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCbCopyNExA(NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				     _In_ size_t cbToCopy, _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd,
				     _Out_opt_ size_t *pcbRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCbCatA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCatNA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCSTR pszSrc,
				  _In_ size_t cbToAppend);
NTSTRSAFEDDI RtlStringCbCatExA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				   _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining,
				   _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCbCatNExA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				    _In_ size_t cbToAppend, _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcbRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDIV RtlStringCbPrintfA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest,
				    _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDIV RtlStringCbPrintfExA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest,
				      _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining,
				      _In_ STRSAFE_DWORD dwFlags,
				      _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCbVPrintfA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest,
				     _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCbVPrintfExA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cbDest,
				       _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining,
				       _In_ STRSAFE_DWORD dwFlags,
				       _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCbCopyW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest,
				  _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCopyNW(NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc,
				   _In_ size_t cbToCopy);
NTSTRSAFEDDI RtlStringCbCopyExW(NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				    _Outptr_opt_result_buffer_(pcbRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcbRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCbCopyNExW(NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				     _In_ size_t cbToCopy, _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd,
				     _Out_opt_ size_t *pcbRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCbCatW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCatNW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc,
				  _In_ size_t cbToAppend);
NTSTRSAFEDDI RtlStringCbCatExW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				   _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining,
				   _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCbCatNExW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				    _In_ size_t cbToAppend, _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcbRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDIV RtlStringCbPrintfW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest,
				    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDIV RtlStringCbPrintfExW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest,
				      _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining,
				      _In_ STRSAFE_DWORD dwFlags,
				      _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCbVPrintfW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest,
				     _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCbVPrintfExW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cbDest,
				       _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcbRemaining,
				       _In_ STRSAFE_DWORD dwFlags,
				       _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCbLengthA(_In_reads_or_z_(cbMax) NTSTRSAFE_PCSTR psz, _In_ size_t cbMax,
				    _Out_opt_ size_t *pcbLength);
NTSTRSAFEDDI RtlStringCbLengthW(_In_reads_or_z_(cbMax) NTSTRSAFE_PCWSTR psz, _In_ size_t cbMax,
				    _Out_opt_ size_t *pcbLength);

/* ---- RtlStringCch*: sizes in characters. */

NTSTRSAFEDDI RtlStringCchCopyA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest,
				  _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCopyNA(NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc,
				   _In_ size_t cchToCopy);
NTSTRSAFEDDI RtlStringCchCopyExA(NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				    _Outptr_opt_result_buffer_(pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcchRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCchCopyNExA(NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				     _In_ size_t cchToCopy, _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd,
				     _Out_opt_ size_t *pcchRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCchCatA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCatNA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCSTR pszSrc,
				  _In_ size_t cchToAppend);
NTSTRSAFEDDI RtlStringCchCatExA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				   _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining,
				   _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCchCatNExA(_Inout_ NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCSTR pszSrc,
				    _In_ size_t cchToAppend, _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcchRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDIV RtlStringCchPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest,
				    _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDIV RtlStringCchPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest,
				      _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining,
				      _In_ STRSAFE_DWORD dwFlags,
				      _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCchVPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest,
				     _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCchVPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ size_t cchDest,
				       _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining,
				       _In_ STRSAFE_DWORD dwFlags,
				       _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCchCopyW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest,
				  _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCopyNW(NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc,
				   _In_ size_t cchToCopy);
NTSTRSAFEDDI RtlStringCchCopyExW(NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				    _Outptr_opt_result_buffer_(pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcchRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCchCopyNExW(NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				     _In_ size_t cchToCopy, _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd,
				     _Out_opt_ size_t *pcchRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCchCatW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCatNW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc,
				  _In_ size_t cchToAppend);
NTSTRSAFEDDI RtlStringCchCatExW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				   _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining,
				   _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlStringCchCatNExW(_Inout_ NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest, _In_opt_ NTSTRSAFE_PCWSTR pszSrc,
				    _In_ size_t cchToAppend, _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd,
				    _Out_opt_ size_t *pcchRemaining, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDIV RtlStringCchPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest,
				    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDIV RtlStringCchPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest,
				      _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining,
				      _In_ STRSAFE_DWORD dwFlags,
				      _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCchVPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest,
				     _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCchVPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ size_t cchDest,
				       _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ size_t *pcchRemaining,
				       _In_ STRSAFE_DWORD dwFlags,
				       _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCchLengthA(_In_reads_or_z_(cchMax) NTSTRSAFE_PCSTR psz, _In_ size_t cchMax,
				    _Out_opt_ size_t *pcchLength);
NTSTRSAFEDDI RtlStringCchLengthW(_In_reads_or_z_(cchMax) NTSTRSAFE_PCWSTR psz, _In_ size_t cchMax,
				    _Out_opt_ size_t *pcchLength);

/* ---- UNICODE_STRING forms (RtlUnicodeStringPrintf and related pages). */

NTSTRSAFEDDI RtlUnicodeStringInit(_Out_ PUNICODE_STRING DestinationString,
				  _In_opt_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlUnicodeStringInitEx(_Out_ PUNICODE_STRING DestinationString,
				    _In_opt_ NTSTRSAFE_PCWSTR pszSrc, _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlUnicodeStringValidate(_In_opt_ PCUNICODE_STRING SourceString);
NTSTRSAFEDDI RtlUnicodeStringValidateEx(_In_opt_ PCUNICODE_STRING SourceString,
					_In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlUnicodeStringCopy(_Inout_ PUNICODE_STRING DestinationString,
				  _In_ PCUNICODE_STRING SourceString);
NTSTRSAFEDDI RtlUnicodeStringCopyString(_Inout_ PUNICODE_STRING DestinationString,
					_In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlUnicodeStringCopyEx(_Inout_ PUNICODE_STRING DestinationString,
				    _In_ PCUNICODE_STRING SourceString,
				    _Out_opt_ PUNICODE_STRING RemainingString,
				    _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDI RtlUnicodeStringCopyStringN(_Inout_ PUNICODE_STRING DestinationString,
					 _In_ NTSTRSAFE_PCWSTR pszSrc, _In_ size_t cchToCopy);
NTSTRSAFEDDI RtlUnicodeStringCat(_Inout_ PUNICODE_STRING DestinationString,
				 _In_ PCUNICODE_STRING SourceString);
NTSTRSAFEDDI RtlUnicodeStringCatString(_Inout_ PUNICODE_STRING DestinationString,
				       _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlUnicodeStringCatEx(_Inout_ PUNICODE_STRING DestinationString,
				   _In_ PCUNICODE_STRING SourceString,
				   _Out_opt_ PUNICODE_STRING RemainingString,
				   _In_ STRSAFE_DWORD dwFlags);
NTSTRSAFEDDIV RtlUnicodeStringPrintf(_Inout_ PUNICODE_STRING DestinationString,
				    _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDIV RtlUnicodeStringPrintfEx(_Inout_ PUNICODE_STRING DestinationString,
				      _Out_opt_ PUNICODE_STRING RemainingString,
				      _In_ STRSAFE_DWORD dwFlags,
				      _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlUnicodeStringVPrintf(_Inout_ PUNICODE_STRING DestinationString,
				     _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
				     _In_ va_list argList);
NTSTRSAFEDDI RtlUnicodeStringVPrintfEx(_Inout_ PUNICODE_STRING DestinationString,
				       _Out_opt_ PUNICODE_STRING RemainingString,
				       _In_ STRSAFE_DWORD dwFlags,
				       _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat,
				       _In_ va_list argList);

/* The generic names follow UNICODE, as in the SDK's strsafe.h. */
#ifdef UNICODE
#define RtlStringCbCopy RtlStringCbCopyW
#define RtlStringCchCopy RtlStringCchCopyW
#define RtlStringCbCat RtlStringCbCatW
#define RtlStringCchCat RtlStringCchCatW
#define RtlStringCbPrintf RtlStringCbPrintfW
#define RtlStringCchPrintf RtlStringCchPrintfW
#define RtlStringCbVPrintf RtlStringCbVPrintfW
#define RtlStringCchVPrintf RtlStringCchVPrintfW
#define RtlStringCbLength RtlStringCbLengthW
#define RtlStringCchLength RtlStringCchLengthW
#else
#define RtlStringCbCopy RtlStringCbCopyA
#define RtlStringCchCopy RtlStringCchCopyA
#define RtlStringCbCat RtlStringCbCatA
#define RtlStringCchCat RtlStringCchCatA
#define RtlStringCbPrintf RtlStringCbPrintfA
#define RtlStringCchPrintf RtlStringCchPrintfA
#define RtlStringCbVPrintf RtlStringCbVPrintfA
#define RtlStringCchVPrintf RtlStringCchVPrintfA
#define RtlStringCbLength RtlStringCbLengthA
#define RtlStringCchLength RtlStringCchLengthA
#endif

#ifdef __cplusplus
}
#endif

#endif /* DPCCHECK_NTSTRSAFE_H */
