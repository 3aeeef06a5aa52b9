/* Test stand-in for the WDK's storport.h (written for dpccheck's tests from the
 * documented API): a DPC object, the DPC routine's role type, the spin-lock kinds, and
 * the DPC and lock routines as inline wrappers around StorPortNotification. */
#pragma once
#include <wdm.h>

typedef struct _STOR_DPC {
	UCHAR Opaque[64];
} STOR_DPC, *PSTOR_DPC;

typedef struct _STOR_LOCK_HANDLE {
	ULONG Lock;
	UCHAR Context[32];
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

typedef enum _STOR_SPINLOCK { DpcLock = 1, StartIoLock, InterruptLock } STOR_SPINLOCK;

typedef enum _SCSI_NOTIFICATION_TYPE {
	RequestComplete,
	NextRequest,
	InitializeDpc = 0x1001,
	IssueDpc,
	AcquireSpinLock,
	ReleaseSpinLock,
} SCSI_NOTIFICATION_TYPE;

typedef struct _SCSI_REQUEST_BLOCK {
	UCHAR SrbStatus;
	ULONG DataTransferLength;
} SCSI_REQUEST_BLOCK, *PSCSI_REQUEST_BLOCK;

typedef
_Function_class_(HW_DPC_ROUTINE)
_IRQL_requires_min_(DISPATCH_LEVEL)
_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_same_
VOID HW_DPC_ROUTINE(_In_ PSTOR_DPC Dpc, _In_ PVOID HwDeviceExtension, _In_ PVOID SystemArgument1,
		    _In_ PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

typedef
_Function_class_(HW_STARTIO)
_IRQL_requires_same_
BOOLEAN HW_STARTIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);

ULONG StorPortNotification(_In_ SCSI_NOTIFICATION_TYPE NotificationType, _In_ PVOID HwDeviceExtension, ...);

FORCEINLINE VOID StorPortInitializeDpc(_In_ PVOID DeviceExtension, _Out_ PSTOR_DPC Dpc,
				       _In_ PHW_DPC_ROUTINE HwDpcRoutine)
{
	StorPortNotification(InitializeDpc, DeviceExtension, Dpc, HwDpcRoutine);
}

FORCEINLINE BOOLEAN StorPortIssueDpc(_In_ PVOID DeviceExtension, _In_ PSTOR_DPC Dpc, _In_ PVOID SystemArgument1,
				     _In_ PVOID SystemArgument2)
{
	BOOLEAN queued = FALSE;
	StorPortNotification(IssueDpc, DeviceExtension, Dpc, SystemArgument1, SystemArgument2, &queued);
	return queued;
}

FORCEINLINE VOID StorPortAcquireSpinLock(_In_ PVOID DeviceExtension, _In_ STOR_SPINLOCK SpinLock,
					 _In_ PVOID LockContext, _Out_ PSTOR_LOCK_HANDLE LockHandle)
{
	StorPortNotification(AcquireSpinLock, DeviceExtension, SpinLock, LockContext, LockHandle);
}

FORCEINLINE VOID StorPortReleaseSpinLock(_In_ PVOID DeviceExtension, _Inout_ PSTOR_LOCK_HANDLE LockHandle)
{
	StorPortNotification(ReleaseSpinLock, DeviceExtension, LockHandle);
}
