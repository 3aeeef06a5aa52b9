/*
 * ntddk.h - dpccheck's model of the Windows Driver Kit header of the same name, written
 * for dpccheck from Microsoft's public documentation (the ntddk DDI reference,
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntddk/). It is wdm.h plus the
 * few routines documented in ntddk.h that drivers use; declarations are ours, only names,
 * types, values and signatures are facts from the documentation. Routines that the
 * documentation places in ntddk.h but that miniports commonly reach through wdm.h
 * (MmGetPhysicalAddress, RtlTimeToSecondsSince1970, ...) are already in wdm.h, as are
 * routines that older headers placed here (PsGetVersion, KeSetSystemAffinityThread).
 */
#ifndef DPCCHECK_NTDDK_H
#define DPCCHECK_NTDDK_H

#include <wdm.h>

#ifdef __cplusplus
extern "C" {
#endif

#define _NTDDK_

/* NUMA nodes (KeGetCurrentNodeNumber, KeQueryHighestNodeNumber, KeQueryNodeActiveAffinity
 * pages); any IRQL. */
NTKERNELAPI USHORT NTAPI KeGetCurrentNodeNumber(VOID);
NTKERNELAPI USHORT NTAPI KeQueryHighestNodeNumber(VOID);
NTKERNELAPI VOID NTAPI KeQueryNodeActiveAffinity(_In_ USHORT NodeNumber,
						 _Out_opt_ PGROUP_AFFINITY Affinity,
						 _Out_opt_ PUSHORT Count);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ntddk/nf-ntddk-exsettimerresolution */
NTKERNELAPI ULONG NTAPI ExSetTimerResolution(_In_ ULONG DesiredTime, _In_ BOOLEAN SetResolution);

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/ntddk/nf-ntddk-mmisnonpagedsystemaddressvalid */
NTKERNELAPI BOOLEAN NTAPI MmIsNonPagedSystemAddressValid(_In_ PVOID VirtualAddress);

/* Process creation notifications: PASSIVE_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ntddk/nf-ntddk-pssetcreateprocessnotifyroutine */
typedef VOID NTAPI CREATE_PROCESS_NOTIFY_ROUTINE(_In_ HANDLE ParentId, _In_ HANDLE ProcessId,
						 _In_ BOOLEAN Create);
typedef CREATE_PROCESS_NOTIFY_ROUTINE *PCREATE_PROCESS_NOTIFY_ROUTINE;

_IRQL_requires_max_(PASSIVE_LEVEL)
NTKERNELAPI NTSTATUS NTAPI PsSetCreateProcessNotifyRoutine(
	_In_ PCREATE_PROCESS_NOTIFY_ROUTINE NotifyRoutine, _In_ BOOLEAN Remove);

/* Legacy bus data access (HalGetBusDataByOffset page). */
NTHALAPI ULONG NTAPI HalGetBusDataByOffset(_In_ BUS_DATA_TYPE BusDataType,
					   _In_ ULONG BusNumber, _In_ ULONG SlotNumber,
					   _Out_writes_bytes_(Length) PVOID Buffer,
					   _In_ ULONG Offset, _In_ ULONG Length);
NTHALAPI ULONG NTAPI HalSetBusDataByOffset(_In_ BUS_DATA_TYPE BusDataType,
					   _In_ ULONG BusNumber, _In_ ULONG SlotNumber,
					   _In_reads_bytes_(Length) PVOID Buffer,
					   _In_ ULONG Offset, _In_ ULONG Length);

#ifdef __cplusplus
}
#endif

#endif /* DPCCHECK_NTDDK_H */
