/*
 * ntdef.h - dpccheck's model of the basic NT kernel types and macros, written for dpccheck
 * from Microsoft's public documentation (Windows Data Types, the kernel DDI reference and
 * the "Windows kernel data types" pages).
 *
 * Every other model header includes this one, so it holds everything two of them share:
 * the base integer and string types, IRQL values, list heads, LARGE_INTEGER, GUID, version
 * constants, and the kernel and bus types that both storport.h and wdm.h use (interface and
 * bus types, power states, processor affinity, caching types, PCI configuration space,
 * opaque kernel object pointers, KSPIN_LOCK, registry value types) and the I/O control
 * code macros (CTL_CODE, METHOD_*, FILE_*_ACCESS, FILE_DEVICE_*) that the IOCTL headers
 * share. Define a shared name here and nowhere else.
 *
 * Declarations are ours; only names, types and values are facts from the documentation.
 * The x64 target is the one modelled exactly; x86 differences are kept where they are
 * simple (pointer-sized integers, IRQL numbering).
 */
#ifndef DPCCHECK_NTDEF_H
#define DPCCHECK_NTDEF_H

#include <sal.h>
#include <stddef.h>
#include <stdarg.h>

/* ---- Version constants (sdkddkver.h on learn.microsoft.com: "Using the Windows headers") */

#define _WIN32_WINNT_NT4 0x0400
#define _WIN32_WINNT_WIN2K 0x0500
#define _WIN32_WINNT_WINXP 0x0501
#define _WIN32_WINNT_WS03 0x0502
#define _WIN32_WINNT_WIN6 0x0600
#define _WIN32_WINNT_VISTA 0x0600
#define _WIN32_WINNT_WS08 0x0600
#define _WIN32_WINNT_LONGHORN 0x0600
#define _WIN32_WINNT_WIN7 0x0601
#define _WIN32_WINNT_WIN8 0x0602
#define _WIN32_WINNT_WINBLUE 0x0603
#define _WIN32_WINNT_WINTHRESHOLD 0x0A00
#define _WIN32_WINNT_WIN10 0x0A00

#define NTDDI_WIN2K 0x05000000
#define NTDDI_WINXP 0x05010000
#define NTDDI_WINXPSP1 0x05010100
#define NTDDI_WINXPSP2 0x05010200
#define NTDDI_WS03 0x05020000
#define NTDDI_WS03SP1 0x05020100
#define NTDDI_WIN6 0x06000000
#define NTDDI_VISTA 0x06000000
#define NTDDI_WIN6SP1 0x06000100
#define NTDDI_VISTASP1 0x06000100
#define NTDDI_WS08 0x06000100
#define NTDDI_WIN6SP2 0x06000200
#define NTDDI_VISTASP2 0x06000200
#define NTDDI_WIN7 0x06010000
#define NTDDI_WIN8 0x06020000
#define NTDDI_WINBLUE 0x06030000
#define NTDDI_WINTHRESHOLD 0x0A000000
#define NTDDI_WIN10 0x0A000000
#define NTDDI_WIN10_TH2 0x0A000001
#define NTDDI_WIN10_RS1 0x0A000002
#define NTDDI_WIN10_RS2 0x0A000003
#define NTDDI_WIN10_RS3 0x0A000004
#define NTDDI_WIN10_RS4 0x0A000005
#define NTDDI_WIN10_RS5 0x0A000006
#define NTDDI_WIN10_19H1 0x0A000007
#define NTDDI_WIN10_VB 0x0A000008
#define NTDDI_WIN10_MN 0x0A000009
#define NTDDI_WIN10_FE 0x0A00000A
#define NTDDI_WIN10_CO 0x0A00000B
#define NTDDI_WIN10_NI 0x0A00000C
#define NTDDI_WIN10_CU 0x0A00000D
#define NTDDI_WIN11_ZN 0x0A00000E
#define NTDDI_WIN11_GA 0x0A00000F
#define NTDDI_WIN11_GE 0x0A000010

#define WDK_NTDDI_VERSION NTDDI_WIN10_NI

#define OSVERSION_MASK 0xFFFF0000U
#define SPVERSION_MASK 0x0000FF00
#define SUBVERSION_MASK 0x000000FF
#define OSVER(Version) ((Version) & OSVERSION_MASK)
#define SPVER(Version) (((Version) & SPVERSION_MASK) >> 8)
#define SUBVER(Version) ((Version) & SUBVERSION_MASK)

/* A Windows 11 (22H2) target unless the build says otherwise, so that version-guarded
 * code (NTDDI_VERSION >= NTDDI_WIN10_RS5 and older) is parsed. */
#ifndef NTDDI_VERSION
#define NTDDI_VERSION WDK_NTDDI_VERSION
#endif
#ifndef _WIN32_WINNT
#define _WIN32_WINNT _WIN32_WINNT_WIN10
#endif
#ifndef WINVER
#define WINVER _WIN32_WINNT
#endif
#ifndef _NT_TARGET_VERSION
#define _NT_TARGET_VERSION 0x0A00
#endif

/* ---- Keywords and declaration helpers */

#ifndef VOID
#define VOID void
#endif

#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef CONST
#define CONST const
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif

#define FAR
#define NEAR
#define RESTRICTED_POINTER
#define UNALIGNED __unaligned
#define UNALIGNED64 __unaligned
#define POINTER_32 __ptr32
#define POINTER_64 __ptr64
#define POINTER_SIGNED __sptr
#define POINTER_UNSIGNED __uptr

/* NTAPI is __stdcall; Clang ignores it silently on x64, as the compiler does. */
#define NTAPI __stdcall
#define NTAPI_INLINE NTAPI
#define WINAPI __stdcall
#define STDMETHODCALLTYPE __stdcall
#define CALLBACK __stdcall

/* Import declarations are modelled as plain extern declarations: a driver that declares a
 * routine itself must not be told that it "adds dllimport". */
#define NTSYSAPI
#define NTSYSCALLAPI
#define NTKERNELAPI
#define NTHALAPI
#define DECLSPEC_IMPORT
#define DECLSPEC_EXPORT __declspec(dllexport)

#define FORCEINLINE __forceinline
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#define DECLSPEC_NOINLINE __declspec(noinline)
#define DECLSPEC_NORETURN __declspec(noreturn)
#define DECLSPEC_NOTHROW __declspec(nothrow)
#define DECLSPEC_NOVTABLE
#define DECLSPEC_SELECTANY __declspec(selectany)
#define DECLSPEC_DEPRECATED __declspec(deprecated)
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_DEPRECATED_DDK_WINXP
#define DECLSPEC_DEPRECATED_DDK_WIN2K
#define DECLSPEC_RESTRICT __declspec(restrict)
#define DECLSPEC_NOALIAS __declspec(noalias)
#define DECLSPEC_GUARDNOCF
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(SYSTEM_CACHE_ALIGNMENT_SIZE)
#define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#define DEPRECATE_DDK_FUNCTIONS 1
#define NOP_FUNCTION (void)0
#define EXTERN_C extern
#define EXTERN_C_START
#define EXTERN_C_END
#define DUMMYSTRUCTNAME
#define DUMMYSTRUCTNAME2
#define DUMMYSTRUCTNAME3
#define DUMMYSTRUCTNAME4
#define DUMMYSTRUCTNAME5
#define DUMMYUNIONNAME
#define DUMMYUNIONNAME2
#define DUMMYUNIONNAME3
#define DUMMYUNIONNAME4
#define DUMMYUNIONNAME5
#define ANYSIZE_ARRAY 1

/* ---- Base integer types (Windows Data Types) */

typedef char CHAR;
typedef short SHORT;
typedef long LONG;
typedef int INT;
typedef unsigned char UCHAR;
typedef unsigned short USHORT;
typedef unsigned long ULONG;
typedef unsigned int UINT;
typedef __int64 LONGLONG;
typedef unsigned __int64 ULONGLONG;
typedef __int64 LONG64;
typedef unsigned __int64 ULONG64;
typedef __int64 DWORD64;
typedef signed char INT8;
typedef unsigned char UINT8;
typedef short INT16;
typedef unsigned short UINT16;
typedef int INT32;
typedef unsigned int UINT32;
typedef __int64 INT64;
typedef unsigned __int64 UINT64;
typedef int LONG32;
typedef unsigned int ULONG32;
typedef unsigned int DWORD32;
typedef char CCHAR;
typedef short CSHORT;
typedef ULONG CLONG;
typedef UCHAR BOOLEAN;
typedef unsigned char BYTE;
typedef unsigned short WORD;
typedef unsigned long DWORD;
typedef int BOOL;
typedef float FLOAT;
typedef double DOUBLE;
typedef wchar_t WCHAR;
typedef ULONG LOGICAL;
typedef LONG HRESULT;
typedef LONG KPRIORITY;
typedef ULONG ACCESS_MASK;
typedef USHORT RTL_STRING_LENGTH_TYPE;

#define TRUE 1
#define FALSE 0

#if defined(_WIN64)
typedef __int64 INT_PTR;
typedef unsigned __int64 UINT_PTR;
typedef __int64 LONG_PTR;
typedef unsigned __int64 ULONG_PTR;
typedef __int64 SHANDLE_PTR;
typedef unsigned __int64 HANDLE_PTR;
typedef unsigned int UHALF_PTR;
typedef int HALF_PTR;
#else
typedef int INT_PTR;
typedef unsigned int UINT_PTR;
typedef long LONG_PTR;
typedef unsigned long ULONG_PTR;
typedef long SHANDLE_PTR;
typedef unsigned long HANDLE_PTR;
typedef unsigned short UHALF_PTR;
typedef short HALF_PTR;
#endif
typedef ULONG_PTR SIZE_T;
typedef LONG_PTR SSIZE_T;
typedef ULONG_PTR DWORD_PTR;
typedef ULONG_PTR KAFFINITY;

/* Pointer forms. */
typedef void *PVOID;
typedef void *LPVOID;
typedef CONST void *PCVOID;
typedef CONST void *LPCVOID;
typedef PVOID *PPVOID;
typedef CHAR *PCHAR, *LPCH, *PCH, *NPSTR, *LPSTR, *PSTR, *PSZ;
typedef CONST CHAR *LPCCH, *PCCH, *LPCSTR, *PCSTR, *PCSZ;
typedef UCHAR *PUCHAR;
typedef CONST UCHAR *PCUCHAR;
typedef SHORT *PSHORT;
typedef USHORT *PUSHORT;
typedef CONST USHORT *PCUSHORT;
typedef LONG *PLONG;
typedef ULONG *PULONG;
typedef CONST ULONG *PCULONG;
typedef INT *PINT;
typedef UINT *PUINT;
typedef LONGLONG *PLONGLONG;
typedef ULONGLONG *PULONGLONG;
typedef LONG64 *PLONG64;
typedef ULONG64 *PULONG64;
typedef DWORD64 *PDWORD64;
typedef INT8 *PINT8;
typedef UINT8 *PUINT8;
typedef INT16 *PINT16;
typedef UINT16 *PUINT16;
typedef INT32 *PINT32;
typedef UINT32 *PUINT32;
typedef INT64 *PINT64;
typedef UINT64 *PUINT64;
typedef LONG32 *PLONG32;
typedef ULONG32 *PULONG32;
typedef DWORD32 *PDWORD32;
typedef CCHAR *PCCHAR;
typedef CSHORT *PCSHORT;
typedef CLONG *PCLONG;
typedef BOOLEAN *PBOOLEAN;
typedef BYTE *PBYTE, *LPBYTE;
typedef WORD *PWORD, *LPWORD;
typedef DWORD *PDWORD, *LPDWORD;
typedef BOOL *PBOOL;
typedef FLOAT *PFLOAT;
typedef LOGICAL *PLOGICAL;
typedef INT_PTR *PINT_PTR;
typedef UINT_PTR *PUINT_PTR;
typedef LONG_PTR *PLONG_PTR;
typedef ULONG_PTR *PULONG_PTR;
typedef SIZE_T *PSIZE_T;
typedef SSIZE_T *PSSIZE_T;
typedef DWORD_PTR *PDWORD_PTR;
typedef KAFFINITY *PKAFFINITY;
typedef ACCESS_MASK *PACCESS_MASK;
typedef WCHAR *PWCHAR, *LPWCH, *PWCH, *LPWSTR, *PWSTR, *NWPSTR;
typedef CONST WCHAR *LPCWCH, *PCWCH, *LPCWSTR, *PCWSTR;
typedef PWSTR *PZPWSTR;
typedef PCWSTR *PZPCWSTR;
typedef PSTR *PZPSTR;
typedef PCSTR *PZPCSTR;

/* HANDLE is an opaque pointer; NTSTATUS a signed 32-bit code (ntstatus.h). */
typedef void *HANDLE;
typedef HANDLE *PHANDLE;
typedef _Return_type_success_(return >= 0) LONG NTSTATUS;
typedef NTSTATUS *PNTSTATUS;

/* ---- Limits */

#define MINCHAR 0x80
#define MAXCHAR 0x7f
#define MINSHORT 0x8000
#define MAXSHORT 0x7fff
#define MINLONG 0x80000000
#define MAXLONG 0x7fffffff
#define MAXUCHAR 0xff
#define MAXUSHORT 0xffff
#define MAXULONG 0xffffffff
#define MAXBYTE 0xff
#define MAXWORD 0xffff
#define MAXDWORD 0xffffffff
#define MAXLONGLONG (0x7fffffffffffffffLL)
#define MINLONGLONG ((LONGLONG)~MAXLONGLONG)
#define MAXULONGLONG ((ULONGLONG)~((ULONGLONG)0))
#define MAXULONG32 ((ULONG32)~((ULONG32)0))
#define MAXLONG32 ((LONG32)(MAXULONG32 >> 1))
#define MAXULONG64 ((ULONG64)~((ULONG64)0))
#define MAXLONG64 ((LONG64)(MAXULONG64 >> 1))
#define MAXUINT8 ((UINT8)~((UINT8)0))
#define MAXUINT16 ((UINT16)~((UINT16)0))
#define MAXUINT32 ((UINT32)~((UINT32)0))
#define MAXUINT64 ((UINT64)~((UINT64)0))
#define MAXULONG_PTR (~((ULONG_PTR)0))
#define MAXLONG_PTR ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXSIZE_T ((SIZE_T)~((SIZE_T)0))
#define MAXSSIZE_T ((SSIZE_T)(MAXSIZE_T >> 1))

/* ---- Status tests (Using NTSTATUS Values) */

#define NT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
#define NT_INFORMATION(Status) ((((ULONG)(Status)) >> 30) == 1)
#define NT_WARNING(Status) ((((ULONG)(Status)) >> 30) == 2)
#define NT_ERROR(Status) ((((ULONG)(Status)) >> 30) == 3)

/* ---- Utility macros */

#define UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_PARAMETER(P) ((void)(P))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) ((void)(V))
#define UNUSED_PARAMETER(P) ((void)(P))
#define FIELD_OFFSET(type, field) ((LONG)__builtin_offsetof(type, field))
#define UFIELD_OFFSET(type, field) ((ULONG)__builtin_offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_FIELD_TYPE(type, field) __typeof__(((type *)0)->field)
#define RTL_SIZEOF_THROUGH_FIELD(type, field) \
	(FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_CONTAINS_FIELD(Struct, Size, Field) \
	((((PCHAR)(&(Struct)->Field)) + sizeof((Struct)->Field)) <= (((PCHAR)(Struct)) + (Size)))
#define RTL_NUMBER_OF_V1(A) (sizeof(A) / sizeof((A)[0]))
#define RTL_NUMBER_OF_V2(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF(A) RTL_NUMBER_OF_V1(A)
#define ARRAYSIZE(A) RTL_NUMBER_OF_V2(A)
#define _ARRAYSIZE(A) RTL_NUMBER_OF_V1(A)
#define RTL_NUMBER_OF_FIELD(type, field) (RTL_NUMBER_OF(RTL_FIELD_TYPE(type, field)))
#define CONTAINING_RECORD(address, type, field) \
	((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define ARGUMENT_PRESENT(ArgumentPointer) \
	((CHAR *)((ULONG_PTR)(ArgumentPointer)) != (CHAR *)NULL)
#define C_ASSERT(e) _Static_assert(e, #e)
#define RTL_CONST_CAST(type) (type)
#define RTL_BITS_OF(sizeOfArg) (sizeof(sizeOfArg) * 8)
#define RTL_BITS_OF_FIELD(type, field) (RTL_BITS_OF(RTL_FIELD_TYPE(type, field)))
#define RTL_PADDING_BETWEEN_FIELDS(T, F1, F2) \
	((FIELD_OFFSET(T, F2) > FIELD_OFFSET(T, F1)) \
		 ? (FIELD_OFFSET(T, F2) - FIELD_OFFSET(T, F1) - RTL_FIELD_SIZE(T, F1)) \
		 : (FIELD_OFFSET(T, F1) - FIELD_OFFSET(T, F2) - RTL_FIELD_SIZE(T, F2)))
#define TYPE_ALIGNMENT(t) __alignof(t)
#define PROBE_ALIGNMENT(_s) TYPE_ALIGNMENT(ULONG)
#define MAX_NATURAL_ALIGNMENT sizeof(ULONGLONG)
#define MEMORY_ALLOCATION_ALIGNMENT 16

#ifndef NOMINMAX
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#endif

#define LOBYTE(w) ((UCHAR)(((ULONG_PTR)(w)) & 0xff))
#define HIBYTE(w) ((UCHAR)((((ULONG_PTR)(w)) >> 8) & 0xff))
#define LOWORD(l) ((USHORT)(((ULONG_PTR)(l)) & 0xffff))
#define HIWORD(l) ((USHORT)((((ULONG_PTR)(l)) >> 16) & 0xffff))
#define MAKEWORD(a, b) ((USHORT)(((UCHAR)(((ULONG_PTR)(a)) & 0xff)) | \
				 ((USHORT)((UCHAR)(((ULONG_PTR)(b)) & 0xff))) << 8))
#define MAKELONG(a, b) ((LONG)(((USHORT)(((ULONG_PTR)(a)) & 0xffff)) | \
				((ULONG)((USHORT)(((ULONG_PTR)(b)) & 0xffff))) << 16))

#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#define ALIGN_DOWN_POINTER_BY(address, alignment) ((PVOID)((ULONG_PTR)(address) & ~((ULONG_PTR)(alignment) - 1)))
#define ALIGN_UP_POINTER_BY(address, alignment) (ALIGN_DOWN_POINTER_BY(((ULONG_PTR)(address) + (alignment) - 1), alignment))
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#define ALIGN_DOWN_POINTER(address, type) ALIGN_DOWN_POINTER_BY(address, sizeof(type))
#define ALIGN_UP_POINTER(address, type) ALIGN_UP_POINTER_BY(address, sizeof(type))

/* ---- Pages (x64 and x86: 4 KB pages; "Memory Management for Windows Drivers") */

#define PAGE_SIZE 0x1000
#define PAGE_SHIFT 12L
#define BYTE_OFFSET(Va) ((ULONG)((LONG_PTR)(Va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(Va) ((PVOID)((ULONG_PTR)(Va) & ~(PAGE_SIZE - 1)))
#define BYTES_TO_PAGES(Size) (((Size) >> PAGE_SHIFT) + (((Size) & (PAGE_SIZE - 1)) != 0))
#define ROUND_TO_PAGES(Size) (((ULONG_PTR)(Size) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size) \
	((BYTE_OFFSET(Va) + ((SIZE_T)(Size)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)
#define COMPUTE_PAGES_SPANNED(Va, Size) ADDRESS_AND_SIZE_TO_SPAN_PAGES(Va, Size)

/* ---- IRQL (wdm.h; values per "Managing Hardware Priorities") */

typedef UCHAR KIRQL;
typedef KIRQL *PKIRQL;
typedef CCHAR KPROCESSOR_MODE;

#define PASSIVE_LEVEL 0
#define LOW_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2
#if defined(_AMD64_) || defined(_M_X64) || defined(_M_AMD64) || defined(__x86_64__)
#define CMCI_LEVEL 5
#define CLOCK_LEVEL 13
#define IPI_LEVEL 14
#define DRS_LEVEL 14
#define POWER_LEVEL 14
#define PROFILE_LEVEL 15
#define HIGH_LEVEL 15
#define SYNCH_LEVEL 12
#else
#define CMCI_LEVEL 5
#define PROFILE_LEVEL 27
#define CLOCK1_LEVEL 28
#define CLOCK2_LEVEL 28
#define CLOCK_LEVEL 28
#define IPI_LEVEL 29
#define POWER_LEVEL 30
#define HIGH_LEVEL 31
#define SYNCH_LEVEL (IPI_LEVEL - 2)
#endif

/* ---- Scalar unions and addresses */

typedef union _LARGE_INTEGER {
	struct {
		ULONG LowPart;
		LONG HighPart;
	} DUMMYSTRUCTNAME;
	struct {
		ULONG LowPart;
		LONG HighPart;
	} u;
	LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
	struct {
		ULONG LowPart;
		ULONG HighPart;
	} DUMMYSTRUCTNAME;
	struct {
		ULONG LowPart;
		ULONG HighPart;
	} u;
	ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;
typedef ULONG_PTR PFN_NUMBER, *PPFN_NUMBER;
typedef LONGLONG USN;

typedef struct _LUID {
	ULONG LowPart;
	LONG HighPart;
} LUID, *PLUID;

/* ---- Lists (LIST_ENTRY, SINGLE_LIST_ENTRY, SLIST_HEADER pages) */

typedef struct _LIST_ENTRY {
	struct _LIST_ENTRY *Flink;
	struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
	struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct LIST_ENTRY32 {
	ULONG Flink;
	ULONG Blink;
} LIST_ENTRY32, *PLIST_ENTRY32;

typedef struct LIST_ENTRY64 {
	ULONGLONG Flink;
	ULONGLONG Blink;
} LIST_ENTRY64, *PLIST_ENTRY64;

#if defined(_WIN64)
/* On 64-bit Windows the interlocked singly linked list entries and heads are 16-byte
 * aligned. */
typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
	struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;

typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
	struct {
		ULONGLONG Alignment;
		ULONGLONG Region;
	} DUMMYSTRUCTNAME;
	struct {
		ULONGLONG Depth : 16;
		ULONGLONG Sequence : 48;
		ULONGLONG Reserved : 4;
		ULONGLONG NextEntry : 60;
	} HeaderX64;
} SLIST_HEADER, *PSLIST_HEADER;
#else
typedef SINGLE_LIST_ENTRY SLIST_ENTRY, *PSLIST_ENTRY;

typedef union _SLIST_HEADER {
	ULONGLONG Alignment;
	struct {
		SLIST_ENTRY Next;
		USHORT Depth;
		USHORT CpuId;
	} DUMMYSTRUCTNAME;
} SLIST_HEADER, *PSLIST_HEADER;
#endif

/* ---- Counted strings (UNICODE_STRING, STRING pages) */

typedef struct _UNICODE_STRING {
	USHORT Length;
	USHORT MaximumLength;
	_Field_size_bytes_part_opt_(MaximumLength, Length) PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

typedef struct _STRING {
	USHORT Length;
	USHORT MaximumLength;
	_Field_size_bytes_part_opt_(MaximumLength, Length) PCHAR Buffer;
} STRING, *PSTRING;
typedef STRING ANSI_STRING, *PANSI_STRING;
typedef STRING OEM_STRING, *POEM_STRING;
typedef STRING UTF8_STRING, *PUTF8_STRING;
typedef const STRING *PCSTRING;
typedef const STRING *PCANSI_STRING;
typedef const STRING *PCOEM_STRING;

#define UNICODE_NULL ((WCHAR)0)
#define ANSI_NULL ((CHAR)0)
#define UNICODE_STRING_MAX_BYTES ((USHORT)65534)
#define UNICODE_STRING_MAX_CHARS (32767)
#define RTL_CONSTANT_STRING(s) \
	{ (USHORT)(sizeof(s) - sizeof((s)[0])), (USHORT)sizeof(s), (void *)(s) }
#define DECLARE_CONST_UNICODE_STRING(_var, _string) \
	const WCHAR _var##_buffer[] = _string; \
	const UNICODE_STRING _var = { sizeof(_string) - sizeof(WCHAR), sizeof(_string), \
				      (PWCH)_var##_buffer }
#define DECLARE_UNICODE_STRING_SIZE(_var, _size) \
	WCHAR _var##_buffer[_size]; \
	UNICODE_STRING _var = { 0, (_size) * sizeof(WCHAR), _var##_buffer }

/* ---- GUID (guiddef.h; GUID structure page) */

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
	ULONG Data1;
	USHORT Data2;
	USHORT Data3;
	UCHAR Data4[8];
} GUID;
#endif
typedef GUID *LPGUID, *PGUID;
typedef const GUID *LPCGUID, *PCGUID;
typedef const GUID *REFGUID;
typedef GUID IID, *LPIID;
typedef const GUID *REFIID;
typedef GUID CLSID, *LPCLSID;
typedef const GUID *REFCLSID;

#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	const GUID DECLSPEC_SELECTANY name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) extern const GUID name
#endif
#define DEFINE_GUIDEX(name) extern const GUID name
#define IsEqualGUID(rguid1, rguid2) \
	(!__builtin_memcmp((rguid1), (rguid2), sizeof(GUID)))
#define InlineIsEqualGUID(rguid1, rguid2) IsEqualGUID(rguid1, rguid2)

/* ---- Object attributes (InitializeObjectAttributes page) */

typedef struct _OBJECT_ATTRIBUTES {
	ULONG Length;
	HANDLE RootDirectory;
	PUNICODE_STRING ObjectName;
	ULONG Attributes;
	PVOID SecurityDescriptor;
	PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef CONST OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT 0x00000002L
#define OBJ_PERMANENT 0x00000010L
#define OBJ_EXCLUSIVE 0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF 0x00000080L
#define OBJ_OPENLINK 0x00000100L
#define OBJ_KERNEL_HANDLE 0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define OBJ_IGNORE_IMPERSONATED_DEVICEMAP 0x00000800L
#define OBJ_DONT_REPARSE 0x00001000L
#define OBJ_VALID_ATTRIBUTES 0x00001FF2L

#define InitializeObjectAttributes(p, n, a, r, s) \
	do { \
		(p)->Length = sizeof(OBJECT_ATTRIBUTES); \
		(p)->RootDirectory = (r); \
		(p)->Attributes = (a); \
		(p)->ObjectName = (n); \
		(p)->SecurityDescriptor = (s); \
		(p)->SecurityQualityOfService = NULL; \
	} while (0)
#define RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a) { sizeof(OBJECT_ATTRIBUTES), NULL, RTL_CONST_CAST(PUNICODE_STRING)(n), a, NULL, NULL }
#define RTL_INIT_OBJECT_ATTRIBUTES(n, a) RTL_CONSTANT_OBJECT_ATTRIBUTES(n, a)

/* ---- Kernel dispatcher-object kinds (EVENT_TYPE, TIMER_TYPE, WAIT_TYPE pages) */

typedef enum _EVENT_TYPE {
	NotificationEvent,
	SynchronizationEvent
} EVENT_TYPE;

typedef enum _TIMER_TYPE {
	NotificationTimer,
	SynchronizationTimer
} TIMER_TYPE;

typedef enum _WAIT_TYPE {
	WaitAll,
	WaitAny,
	WaitNotification,
	WaitDequeue,
	WaitDpc
} WAIT_TYPE;

typedef enum _NT_PRODUCT_TYPE {
	NtProductWinNt = 1,
	NtProductLanManNt,
	NtProductServer
} NT_PRODUCT_TYPE, *PNT_PRODUCT_TYPE;

/* ==== Kernel and bus types that storport.h and wdm.h both use =========================== */

/* Opaque kernel objects: complete in wdm.h; storport.h only passes pointers. */
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _IRP *PIRP;
typedef struct _MDL *PMDL;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _KPROCESS *PKPROCESS, *PRKPROCESS;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef struct _ADAPTER_OBJECT *PADAPTER_OBJECT;
typedef struct _DMA_ADAPTER *PDMA_ADAPTER;
typedef PVOID PSECURITY_DESCRIPTOR;

/* KSPIN_LOCK is pointer-sized (KeInitializeSpinLock page). */
typedef ULONG_PTR KSPIN_LOCK;
typedef KSPIN_LOCK *PKSPIN_LOCK;

/* INTERFACE_TYPE page. */
typedef enum _INTERFACE_TYPE {
	InterfaceTypeUndefined = -1,
	Internal = 0,
	Isa,
	Eisa,
	MicroChannel,
	TurboChannel,
	PCIBus,
	VMEBus,
	NuBus,
	PCMCIABus,
	CBus,
	MPIBus,
	MPSABus,
	ProcessorInternal,
	InternalPowerBus,
	PNPISABus,
	PNPBus,
	Vmcs,
	ACPIBus,
	MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

/* BUS_DATA_TYPE (HalGetBusData documentation). */
typedef enum _BUS_DATA_TYPE {
	ConfigurationSpaceUndefined = -1,
	Cmos,
	EisaConfiguration,
	Pos,
	CbusConfiguration,
	PCIConfiguration,
	VMEConfiguration,
	NuBusConfiguration,
	PCMCIAConfiguration,
	MPIConfiguration,
	MPSAConfiguration,
	PNPISAConfiguration,
	SgiInternalConfiguration,
	MaximumBusDataType
} BUS_DATA_TYPE, *PBUS_DATA_TYPE;

/* KINTERRUPT_MODE page. */
typedef enum _KINTERRUPT_MODE {
	LevelSensitive,
	Latched
} KINTERRUPT_MODE;

typedef enum _KINTERRUPT_POLARITY {
	InterruptPolarityUnknown,
	InterruptActiveHigh,
	InterruptRisingEdge = InterruptActiveHigh,
	InterruptActiveLow,
	InterruptFallingEdge = InterruptActiveLow,
	InterruptActiveBoth,
	InterruptActiveBothTriggerLow = InterruptActiveBoth,
	InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY, *PKINTERRUPT_POLARITY;

/* DMA_WIDTH and DMA_SPEED (DEVICE_DESCRIPTION page). */
typedef enum _DMA_WIDTH {
	Width8Bits,
	Width16Bits,
	Width32Bits,
	Width64Bits,
	WidthNoWrap,
	MaximumDmaWidth
} DMA_WIDTH, *PDMA_WIDTH;

typedef enum _DMA_SPEED {
	Compatible,
	TypeA,
	TypeB,
	TypeC,
	TypeF,
	MaximumDmaSpeed
} DMA_SPEED, *PDMA_SPEED;

/* MEMORY_CACHING_TYPE page. */
typedef enum _MEMORY_CACHING_TYPE_ORIG {
	MmFrameBufferCached = 2
} MEMORY_CACHING_TYPE_ORIG;

typedef enum _MEMORY_CACHING_TYPE {
	MmNonCached = FALSE,
	MmCached = TRUE,
	MmWriteCombined = MmFrameBufferCached,
	MmHardwareCoherentCached,
	MmNonCachedUnordered,
	MmUSWCCached,
	MmMaximumCacheType,
	MmNotMapped = -1
} MEMORY_CACHING_TYPE;

typedef ULONG NODE_REQUIREMENT;
#define MM_ANY_NODE_OK 0x80000000

/* Power states (DEVICE_POWER_STATE, SYSTEM_POWER_STATE, POWER_ACTION, POWER_STATE pages). */
typedef enum _DEVICE_POWER_STATE {
	PowerDeviceUnspecified = 0,
	PowerDeviceD0,
	PowerDeviceD1,
	PowerDeviceD2,
	PowerDeviceD3,
	PowerDeviceMaximum
} DEVICE_POWER_STATE, *PDEVICE_POWER_STATE;

typedef enum _SYSTEM_POWER_STATE {
	PowerSystemUnspecified = 0,
	PowerSystemWorking = 1,
	PowerSystemSleeping1 = 2,
	PowerSystemSleeping2 = 3,
	PowerSystemSleeping3 = 4,
	PowerSystemHibernate = 5,
	PowerSystemShutdown = 6,
	PowerSystemMaximum = 7
} SYSTEM_POWER_STATE, *PSYSTEM_POWER_STATE;

#define POWER_SYSTEM_MAXIMUM 7

typedef enum _POWER_ACTION {
	PowerActionNone = 0,
	PowerActionReserved,
	PowerActionSleep,
	PowerActionHibernate,
	PowerActionShutdown,
	PowerActionShutdownReset,
	PowerActionShutdownOff,
	PowerActionWarmEject,
	PowerActionDisplayOff
} POWER_ACTION, *PPOWER_ACTION;

typedef enum _POWER_STATE_TYPE {
	SystemPowerState = 0,
	DevicePowerState
} POWER_STATE_TYPE, *PPOWER_STATE_TYPE;

typedef union _POWER_STATE {
	SYSTEM_POWER_STATE SystemState;
	DEVICE_POWER_STATE DeviceState;
} POWER_STATE, *PPOWER_STATE;

/* Processor groups (GROUP_AFFINITY, PROCESSOR_NUMBER pages). */
typedef struct _GROUP_AFFINITY {
	KAFFINITY Mask;
	USHORT Group;
	USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

typedef struct _PROCESSOR_NUMBER {
	USHORT Group;
	UCHAR Number;
	UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

#define ALL_PROCESSOR_GROUPS 0xffff
#define MAXIMUM_PROC_PER_GROUP 64
#define MAXIMUM_PROCESSORS MAXIMUM_PROC_PER_GROUP

/* PCI configuration space (PCI_COMMON_CONFIG, PCI_SLOT_NUMBER pages). */
typedef struct _PCI_SLOT_NUMBER {
	union {
		struct {
			ULONG DeviceNumber : 5;
			ULONG FunctionNumber : 3;
			ULONG Reserved : 24;
		} bits;
		ULONG AsULONG;
	} u;
} PCI_SLOT_NUMBER, *PPCI_SLOT_NUMBER;

#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5

/* The three PCI header layouts, at file scope so that C++ sees the same tags. */
struct _PCI_HEADER_TYPE_0 {
	ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
	ULONG CIS;
	USHORT SubVendorID;
	USHORT SubSystemID;
	ULONG ROMBaseAddress;
	UCHAR CapabilitiesPtr;
	UCHAR Reserved1[3];
	ULONG Reserved2;
	UCHAR InterruptLine;
	UCHAR InterruptPin;
	UCHAR MinimumGrant;
	UCHAR MaximumLatency;
};

struct _PCI_HEADER_TYPE_1 {
	ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];
	UCHAR PrimaryBus;
	UCHAR SecondaryBus;
	UCHAR SubordinateBus;
	UCHAR SecondaryLatency;
	UCHAR IOBase;
	UCHAR IOLimit;
	USHORT SecondaryStatus;
	USHORT MemoryBase;
	USHORT MemoryLimit;
	USHORT PrefetchBase;
	USHORT PrefetchLimit;
	ULONG PrefetchBaseUpper32;
	ULONG PrefetchLimitUpper32;
	USHORT IOBaseUpper16;
	USHORT IOLimitUpper16;
	UCHAR CapabilitiesPtr;
	UCHAR Reserved1[3];
	ULONG ROMBaseAddress;
	UCHAR InterruptLine;
	UCHAR InterruptPin;
	USHORT BridgeControl;
};

struct _PCI_HEADER_TYPE_2 {
	ULONG SocketRegistersBaseAddress;
	UCHAR CapabilitiesPtr;
	UCHAR Reserved;
	USHORT SecondaryStatus;
	UCHAR PrimaryBus;
	UCHAR SecondaryBus;
	UCHAR SubordinateBus;
	UCHAR SecondaryLatency;
	struct {
		ULONG Base;
		ULONG Limit;
	} Range[PCI_TYPE2_ADDRESSES - 1];
	UCHAR InterruptLine;
	UCHAR InterruptPin;
	USHORT BridgeControl;
};

typedef struct _PCI_COMMON_HEADER {
	USHORT VendorID;
	USHORT DeviceID;
	USHORT Command;
	USHORT Status;
	UCHAR RevisionID;
	UCHAR ProgIf;
	UCHAR SubClass;
	UCHAR BaseClass;
	UCHAR CacheLineSize;
	UCHAR LatencyTimer;
	UCHAR HeaderType;
	UCHAR BIST;
	union {
		struct _PCI_HEADER_TYPE_0 type0;
		struct _PCI_HEADER_TYPE_1 type1;
		struct _PCI_HEADER_TYPE_2 type2;
	} u;
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;

/* PCI_COMMON_CONFIG is the 64-byte header followed by the device-specific area, 256 bytes
 * in all. Its members are those of PCI_COMMON_HEADER (VendorID ... u.type0 ...). */
typedef struct _PCI_COMMON_CONFIG {
	USHORT VendorID;
	USHORT DeviceID;
	USHORT Command;
	USHORT Status;
	UCHAR RevisionID;
	UCHAR ProgIf;
	UCHAR SubClass;
	UCHAR BaseClass;
	UCHAR CacheLineSize;
	UCHAR LatencyTimer;
	UCHAR HeaderType;
	UCHAR BIST;
	union {
		struct _PCI_HEADER_TYPE_0 type0;
		struct _PCI_HEADER_TYPE_1 type1;
		struct _PCI_HEADER_TYPE_2 type2;
	} u;
	UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_EXTENDED_CONFIG_LENGTH 0x1000
#define PCI_MAX_DEVICES 32
#define PCI_MAX_FUNCTION 8
#define PCI_MAX_BRIDGE_NUMBER 0xFF
#define PCI_INVALID_VENDORID 0xFFFF

#define PCI_MULTIFUNCTION 0x80
#define PCI_DEVICE_TYPE 0x00
#define PCI_BRIDGE_TYPE 0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
#define PCI_CONFIGURATION_TYPE(PciData) (((PPCI_COMMON_CONFIG)(PciData))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_MULTIFUNCTION_DEVICE(PciData) ((((PPCI_COMMON_CONFIG)(PciData))->HeaderType & PCI_MULTIFUNCTION) != 0)

#define PCI_ENABLE_IO_SPACE 0x0001
#define PCI_ENABLE_MEMORY_SPACE 0x0002
#define PCI_ENABLE_BUS_MASTER 0x0004
#define PCI_ENABLE_SPECIAL_CYCLES 0x0008
#define PCI_ENABLE_WRITE_AND_VALIDATE 0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY 0x0040
#define PCI_ENABLE_WAIT_CYCLE 0x0080
#define PCI_ENABLE_SERR 0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK 0x0200
#define PCI_DISABLE_LEVEL_INTERRUPT 0x0400

#define PCI_STATUS_INTERRUPT_PENDING 0x0008
#define PCI_STATUS_CAPABILITIES_LIST 0x0010
#define PCI_STATUS_66MHZ_CAPABLE 0x0020
#define PCI_STATUS_UDF_SUPPORTED 0x0040
#define PCI_STATUS_FAST_BACK_TO_BACK 0x0080
#define PCI_STATUS_DATA_PARITY_DETECTED 0x0100
#define PCI_STATUS_DEVSEL 0x0600
#define PCI_STATUS_SIGNALED_TARGET_ABORT 0x0800
#define PCI_STATUS_RECEIVED_TARGET_ABORT 0x1000
#define PCI_STATUS_RECEIVED_MASTER_ABORT 0x2000
#define PCI_STATUS_SIGNALED_SYSTEM_ERROR 0x4000
#define PCI_STATUS_DETECTED_PARITY_ERROR 0x8000

#define PCI_ADDRESS_IO_SPACE 0x00000001
#define PCI_ADDRESS_MEMORY_TYPE_MASK 0x00000006
#define PCI_ADDRESS_MEMORY_PREFETCHABLE 0x00000008
#define PCI_ADDRESS_IO_ADDRESS_MASK 0xfffffffc
#define PCI_ADDRESS_MEMORY_ADDRESS_MASK 0xfffffff0
#define PCI_ADDRESS_ROM_ADDRESS_MASK 0xfffff800
#define PCI_TYPE_32BIT 0
#define PCI_TYPE_20BIT 2
#define PCI_TYPE_64BIT 4
#define PCI_ROMADDRESS_ENABLED 0x00000001

#define PCI_CAPABILITY_ID_POWER_MANAGEMENT 0x01
#define PCI_CAPABILITY_ID_AGP 0x02
#define PCI_CAPABILITY_ID_VPD 0x03
#define PCI_CAPABILITY_ID_SLOT_ID 0x04
#define PCI_CAPABILITY_ID_MSI 0x05
#define PCI_CAPABILITY_ID_CPCI_HOTSWAP 0x06
#define PCI_CAPABILITY_ID_PCIX 0x07
#define PCI_CAPABILITY_ID_HYPERTRANSPORT 0x08
#define PCI_CAPABILITY_ID_VENDOR_SPECIFIC 0x09
#define PCI_CAPABILITY_ID_DEBUG_PORT 0x0A
#define PCI_CAPABILITY_ID_CPCI_RES_CTRL 0x0B
#define PCI_CAPABILITY_ID_SHPC 0x0C
#define PCI_CAPABILITY_ID_P2P_SSID 0x0D
#define PCI_CAPABILITY_ID_AGP_TARGET 0x0E
#define PCI_CAPABILITY_ID_SECURE 0x0F
#define PCI_CAPABILITY_ID_PCI_EXPRESS 0x10
#define PCI_CAPABILITY_ID_MSIX 0x11
#define PCI_CAPABILITY_ID_SATA_CONFIG 0x12
#define PCI_CAPABILITY_ID_ADVANCED_FEATURES 0x13

#define PCI_CLASS_PRE_20 0x00
#define PCI_CLASS_MASS_STORAGE_CTLR 0x01
#define PCI_CLASS_NETWORK_CTLR 0x02
#define PCI_CLASS_DISPLAY_CTLR 0x03
#define PCI_CLASS_MULTIMEDIA_DEV 0x04
#define PCI_CLASS_MEMORY_CTLR 0x05
#define PCI_CLASS_BRIDGE_DEV 0x06
#define PCI_CLASS_SIMPLE_COMMS_CTLR 0x07
#define PCI_CLASS_BASE_SYSTEM_DEV 0x08
#define PCI_CLASS_INPUT_DEV 0x09
#define PCI_CLASS_DOCKING_STATION 0x0a
#define PCI_CLASS_PROCESSOR 0x0b
#define PCI_CLASS_SERIAL_BUS_CTLR 0x0c
#define PCI_CLASS_WIRELESS_CTLR 0x0d
#define PCI_CLASS_INTELLIGENT_IO_CTLR 0x0e
#define PCI_CLASS_SATELLITE_COMMS_CTLR 0x0f
#define PCI_CLASS_ENCRYPTION_DECRYPTION 0x10
#define PCI_CLASS_DATA_ACQ_SIGNAL_PROC 0x11
#define PCI_CLASS_NOT_DEFINED 0xff

#define PCI_SUBCLASS_MSC_SCSI_BUS_CTLR 0x00
#define PCI_SUBCLASS_MSC_IDE_CTLR 0x01
#define PCI_SUBCLASS_MSC_FLOPPY_CTLR 0x02
#define PCI_SUBCLASS_MSC_IPI_CTLR 0x03
#define PCI_SUBCLASS_MSC_RAID_CTLR 0x04
#define PCI_SUBCLASS_MSC_AHCI_CTLR 0x06
#define PCI_SUBCLASS_MSC_NVM_CTLR 0x08
#define PCI_SUBCLASS_MSC_OTHER 0x80

/* PCI capability list entries (PCI_CAPABILITIES_HEADER page). */
typedef struct _PCI_CAPABILITIES_HEADER {
	UCHAR CapabilityID;
	UCHAR Next;
} PCI_CAPABILITIES_HEADER, *PPCI_CAPABILITIES_HEADER;

#define PCI_WHICHSPACE_CONFIG 0x0
#define PCI_WHICHSPACE_ROM 0x52696350

/* Registry value types (ZwSetValueKey and KEY_VALUE_* pages); storport.h's
 * MINIPORT_REG_* values are its own. */
#define REG_NONE 0
#define REG_SZ 1
#define REG_EXPAND_SZ 2
#define REG_BINARY 3
#define REG_DWORD 4
#define REG_DWORD_LITTLE_ENDIAN 4
#define REG_DWORD_BIG_ENDIAN 5
#define REG_LINK 6
#define REG_MULTI_SZ 7
#define REG_RESOURCE_LIST 8
#define REG_FULL_RESOURCE_DESCRIPTOR 9
#define REG_RESOURCE_REQUIREMENTS_LIST 10
#define REG_QWORD 11
#define REG_QWORD_LITTLE_ENDIAN 11

/* I/O control codes (devioctl.h in the WDK; "Defining I/O Control Codes"): shared by
 * wdm.h, ntddscsi.h and the other IOCTL headers. */
typedef ULONG DEVICE_TYPE;

#define CTL_CODE(DeviceType, Function, Method, Access) \
	(((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
#define DEVICE_TYPE_FROM_CTL_CODE(ctrlCode) (((ULONG)(ctrlCode & 0xffff0000)) >> 16)
#define METHOD_FROM_CTL_CODE(ctrlCode) ((ULONG)(ctrlCode & 3))

#define METHOD_BUFFERED 0
#define METHOD_IN_DIRECT 1
#define METHOD_OUT_DIRECT 2
#define METHOD_NEITHER 3
#define METHOD_DIRECT_TO_HARDWARE METHOD_IN_DIRECT
#define METHOD_DIRECT_FROM_HARDWARE METHOD_OUT_DIRECT

#define FILE_ANY_ACCESS 0
#define FILE_SPECIAL_ACCESS (FILE_ANY_ACCESS)
#define FILE_READ_ACCESS (0x0001)
#define FILE_WRITE_ACCESS (0x0002)

#define FILE_DEVICE_BEEP 0x00000001
#define FILE_DEVICE_CD_ROM 0x00000002
#define FILE_DEVICE_CD_ROM_FILE_SYSTEM 0x00000003
#define FILE_DEVICE_CONTROLLER 0x00000004
#define FILE_DEVICE_DATALINK 0x00000005
#define FILE_DEVICE_DFS 0x00000006
#define FILE_DEVICE_DISK 0x00000007
#define FILE_DEVICE_DISK_FILE_SYSTEM 0x00000008
#define FILE_DEVICE_FILE_SYSTEM 0x00000009
#define FILE_DEVICE_INPORT_PORT 0x0000000a
#define FILE_DEVICE_KEYBOARD 0x0000000b
#define FILE_DEVICE_MAILSLOT 0x0000000c
#define FILE_DEVICE_MIDI_IN 0x0000000d
#define FILE_DEVICE_MIDI_OUT 0x0000000e
#define FILE_DEVICE_MOUSE 0x0000000f
#define FILE_DEVICE_MULTI_UNC_PROVIDER 0x00000010
#define FILE_DEVICE_NAMED_PIPE 0x00000011
#define FILE_DEVICE_NETWORK 0x00000012
#define FILE_DEVICE_NETWORK_BROWSER 0x00000013
#define FILE_DEVICE_NETWORK_FILE_SYSTEM 0x00000014
#define FILE_DEVICE_NULL 0x00000015
#define FILE_DEVICE_PARALLEL_PORT 0x00000016
#define FILE_DEVICE_PHYSICAL_NETCARD 0x00000017
#define FILE_DEVICE_PRINTER 0x00000018
#define FILE_DEVICE_SCANNER 0x00000019
#define FILE_DEVICE_SERIAL_MOUSE_PORT 0x0000001a
#define FILE_DEVICE_SERIAL_PORT 0x0000001b
#define FILE_DEVICE_SCREEN 0x0000001c
#define FILE_DEVICE_SOUND 0x0000001d
#define FILE_DEVICE_STREAMS 0x0000001e
#define FILE_DEVICE_TAPE 0x0000001f
#define FILE_DEVICE_TAPE_FILE_SYSTEM 0x00000020
#define FILE_DEVICE_TRANSPORT 0x00000021
#define FILE_DEVICE_UNKNOWN 0x00000022
#define FILE_DEVICE_VIDEO 0x00000023
#define FILE_DEVICE_VIRTUAL_DISK 0x00000024
#define FILE_DEVICE_WAVE_IN 0x00000025
#define FILE_DEVICE_WAVE_OUT 0x00000026
#define FILE_DEVICE_8042_PORT 0x00000027
#define FILE_DEVICE_NETWORK_REDIRECTOR 0x00000028
#define FILE_DEVICE_BATTERY 0x00000029
#define FILE_DEVICE_BUS_EXTENDER 0x0000002a
#define FILE_DEVICE_MODEM 0x0000002b
#define FILE_DEVICE_VDM 0x0000002c
#define FILE_DEVICE_MASS_STORAGE 0x0000002d
#define FILE_DEVICE_SMB 0x0000002e
#define FILE_DEVICE_KS 0x0000002f
#define FILE_DEVICE_CHANGER 0x00000030
#define FILE_DEVICE_SMARTCARD 0x00000031
#define FILE_DEVICE_ACPI 0x00000032
#define FILE_DEVICE_DVD 0x00000033
#define FILE_DEVICE_FULLSCREEN_VIDEO 0x00000034
#define FILE_DEVICE_DFS_FILE_SYSTEM 0x00000035
#define FILE_DEVICE_DFS_VOLUME 0x00000036
#define FILE_DEVICE_SERENUM 0x00000037
#define FILE_DEVICE_TERMSRV 0x00000038
#define FILE_DEVICE_KSEC 0x00000039
#define FILE_DEVICE_FIPS 0x0000003A
#define FILE_DEVICE_INFINIBAND 0x0000003B
#define FILE_DEVICE_VMBUS 0x0000003E
#define FILE_DEVICE_CRYPT_PROVIDER 0x0000003F
#define FILE_DEVICE_WPD 0x00000040
#define FILE_DEVICE_BLUETOOTH 0x00000041
#define FILE_DEVICE_MT_COMPOSITE 0x00000042
#define FILE_DEVICE_MT_TRANSPORT 0x00000043
#define FILE_DEVICE_BIOMETRIC 0x00000044
#define FILE_DEVICE_PMI 0x00000045
#define FILE_DEVICE_EHSTOR 0x00000046
#define FILE_DEVICE_DEVAPI 0x00000047
#define FILE_DEVICE_GPIO 0x00000048
#define FILE_DEVICE_USBEX 0x00000049
#define FILE_DEVICE_CONSOLE 0x00000050
#define FILE_DEVICE_NFP 0x00000051
#define FILE_DEVICE_SYSENV 0x00000052
#define FILE_DEVICE_VIRTUAL_BLOCK 0x00000053
#define FILE_DEVICE_POINT_OF_SERVICE 0x00000054
#define FILE_DEVICE_STORAGE_REPLICATION 0x00000055
#define FILE_DEVICE_TRUST_ENV 0x00000056
#define FILE_DEVICE_UCM 0x00000057
#define FILE_DEVICE_UCMTCPCI 0x00000058
#define FILE_DEVICE_PERSISTENT_MEMORY 0x00000059
#define FILE_DEVICE_NVDIMM 0x0000005a
#define FILE_DEVICE_HOLOGRAPHIC 0x0000005b
#define FILE_DEVICE_SDFXHCI 0x0000005c
#define FILE_DEVICE_UCMUCSI 0x0000005d

#endif /* DPCCHECK_NTDEF_H */
