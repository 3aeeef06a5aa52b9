/*
 * ntifs.h - dpccheck's model of the Windows Driver Kit header of the same name, written
 * for dpccheck from Microsoft's public documentation (the ntifs DDI reference,
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/). It is ntddk.h plus the
 * few ntifs.h routines that miniports call (file and device I/O by handle, process and
 * thread look-ups); declarations are ours, only names, types, values and signatures are
 * facts from the documentation. The file-system interfaces are left out.
 */
#ifndef DPCCHECK_NTIFS_H
#define DPCCHECK_NTIFS_H

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

#define _NTIFS_

/* PASSIVE_LEVEL. https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwwaitforsingleobject */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwWaitForSingleObject(_In_ HANDLE Handle, _In_ BOOLEAN Alertable,
					      _In_opt_ PLARGE_INTEGER Timeout);

/* PASSIVE_LEVEL. https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwdeviceiocontrolfile
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwfscontrolfile */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwDeviceIoControlFile(
	_In_ HANDLE FileHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG IoControlCode,
	_In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer, _In_ ULONG InputBufferLength,
	_Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer,
	_In_ ULONG OutputBufferLength);
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwFsControlFile(
	_In_ HANDLE FileHandle, _In_opt_ HANDLE Event, _In_opt_ PIO_APC_ROUTINE ApcRoutine,
	_In_opt_ PVOID ApcContext, _Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_ ULONG FsControlCode,
	_In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer, _In_ ULONG InputBufferLength,
	_Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer,
	_In_ ULONG OutputBufferLength);

/* PASSIVE_LEVEL. https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwqueryvolumeinformationfile */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSYSAPI NTSTATUS NTAPI ZwQueryVolumeInformationFile(
	_In_ HANDLE FileHandle, _Out_ PIO_STATUS_BLOCK IoStatusBlock,
	_Out_writes_bytes_(Length) PVOID FsInformation, _In_ ULONG Length,
	_In_ FS_INFORMATION_CLASS FsInformationClass);

/* <= APC_LEVEL. https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-pslookupprocessbyprocessid
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-pslookupthreadbythreadid */
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsLookupProcessByProcessId(_In_ HANDLE ProcessId,
						      _Outptr_ PEPROCESS *Process);
_IRQL_requires_max_(APC_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsLookupThreadByThreadId(_In_ HANDLE ThreadId,
						    _Outptr_ PETHREAD *Thread);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-iogetrelateddeviceobject */
NTKERNELAPI PDEVICE_OBJECT NTAPI IoGetRelatedDeviceObject(_In_ PFILE_OBJECT FileObject);

#ifdef __cplusplus
}
#endif

#endif /* DPCCHECK_NTIFS_H */
