/*
 * srb.h - dpccheck's model of the SCSI request block header: the SCSI_REQUEST_BLOCK and
 * STORAGE_REQUEST_BLOCK layouts, the SRB function, status and flag codes, and the Srb*
 * accessor helpers, written for dpccheck from Microsoft's public documentation
 * (https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/). It is not the WDK
 * header: declarations are our own, with the documented names, types and values.
 *
 * Miniports normally get this file through storport.h. The Srb* helpers, which the WDK
 * keeps in srbhelper.h, are here as small inline functions of our own that handle both
 * request-block kinds (a STORAGE_REQUEST_BLOCK is recognised by its Function code,
 * SRB_FUNCTION_STORAGE_REQUEST_BLOCK).
 */
#ifndef DPCCHECK_SRB_H
#define DPCCHECK_SRB_H

#include <ntdef.h>
#include <sal.h>

/* ------------------------------------------------------------------------------------
 * Configuration limits
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_port_configuration_information
 * ------------------------------------------------------------------------------------ */
#define SCSI_MAXIMUM_LOGICAL_UNITS      8
#define SCSI_MAXIMUM_TARGETS_PER_BUS    128
#define SCSI_MAXIMUM_LUNS_PER_TARGET    255
#define SCSI_MAXIMUM_BUSES              8
#define SCSI_MAXIMUM_BUSES_PER_ADAPTER  255
#define SCSI_MINIMUM_PHYSICAL_BREAKS    16
#define SCSI_MAXIMUM_PHYSICAL_BREAKS    255
#define SCSI_MAXIMUM_TARGETS            8

/* Values of PORT_CONFIGURATION_INFORMATION.Dma64BitAddresses. */
#define SCSI_DMA64_MINIPORT_SUPPORTED                            0x01
#define SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED                  0x02
#define SCSI_DMA64_MINIPORT_FULL64BIT_NO_BOUNDARY_REQ_SUPPORTED  0x04
#define SCSI_DMA64_SYSTEM_SUPPORTED                              0x80

#define SP_UNINITIALIZED_VALUE  ((ULONG)~0)
#define SP_UNTAGGED             ((UCHAR)~0)

/* Asynchronous event flags. */
#define SRBEV_BUS_RESET                 0x0001
#define SRBEV_SCSI_ASYNC_NOTIFICATION   0x0002

#define MAXIMUM_CDB_SIZE 12

/* ------------------------------------------------------------------------------------
 * SRB function codes (SCSI_REQUEST_BLOCK.Function, STORAGE_REQUEST_BLOCK.SrbFunction)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_scsi_request_block
 * ------------------------------------------------------------------------------------ */
#define SRB_FUNCTION_EXECUTE_SCSI           0x00
#define SRB_FUNCTION_CLAIM_DEVICE           0x01
#define SRB_FUNCTION_IO_CONTROL             0x02
#define SRB_FUNCTION_RECEIVE_EVENT          0x03
#define SRB_FUNCTION_RELEASE_QUEUE          0x04
#define SRB_FUNCTION_ATTACH_DEVICE          0x05
#define SRB_FUNCTION_RELEASE_DEVICE         0x06
#define SRB_FUNCTION_SHUTDOWN               0x07
#define SRB_FUNCTION_FLUSH                  0x08
#define SRB_FUNCTION_PROTOCOL_COMMAND       0x09
#define SRB_FUNCTION_ABORT_COMMAND          0x10
#define SRB_FUNCTION_RELEASE_RECOVERY       0x11
#define SRB_FUNCTION_RESET_BUS              0x12
#define SRB_FUNCTION_RESET_DEVICE           0x13
#define SRB_FUNCTION_TERMINATE_IO           0x14
#define SRB_FUNCTION_FLUSH_QUEUE            0x15
#define SRB_FUNCTION_REMOVE_DEVICE          0x16
#define SRB_FUNCTION_WMI                    0x17
#define SRB_FUNCTION_LOCK_QUEUE             0x18
#define SRB_FUNCTION_UNLOCK_QUEUE           0x19
#define SRB_FUNCTION_QUIESCE_DEVICE         0x1a
#define SRB_FUNCTION_RESET_LOGICAL_UNIT     0x20
#define SRB_FUNCTION_SET_LINK_TIMEOUT       0x21
#define SRB_FUNCTION_LINK_TIMEOUT_OCCURRED  0x22
#define SRB_FUNCTION_LINK_TIMEOUT_COMPLETE  0x23
#define SRB_FUNCTION_POWER                  0x24
#define SRB_FUNCTION_PNP                    0x25
#define SRB_FUNCTION_DUMP_POINTERS          0x26
#define SRB_FUNCTION_FREE_DUMP_POINTERS     0x27
/* The Function byte of every STORAGE_REQUEST_BLOCK; its real function is SrbFunction. */
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK  0x28
#define SRB_FUNCTION_CRYPTO_OPERATION       0x29
#define SRB_FUNCTION_GET_DUMP_INFO          0x2a
#define SRB_FUNCTION_FREE_DUMP_INFO         0x2b

/* ------------------------------------------------------------------------------------
 * SRB status codes (SrbStatus)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_scsi_request_block
 * ------------------------------------------------------------------------------------ */
#define SRB_STATUS_PENDING                  0x00
#define SRB_STATUS_SUCCESS                  0x01
#define SRB_STATUS_ABORTED                  0x02
#define SRB_STATUS_ABORT_FAILED             0x03
#define SRB_STATUS_ERROR                    0x04
#define SRB_STATUS_BUSY                     0x05
#define SRB_STATUS_INVALID_REQUEST          0x06
#define SRB_STATUS_INVALID_PATH_ID          0x07
#define SRB_STATUS_NO_DEVICE                0x08
#define SRB_STATUS_TIMEOUT                  0x09
#define SRB_STATUS_SELECTION_TIMEOUT        0x0A
#define SRB_STATUS_COMMAND_TIMEOUT          0x0B
#define SRB_STATUS_MESSAGE_REJECTED         0x0D
#define SRB_STATUS_BUS_RESET                0x0E
#define SRB_STATUS_PARITY_ERROR             0x0F
#define SRB_STATUS_REQUEST_SENSE_FAILED     0x10
#define SRB_STATUS_NO_HBA                   0x11
#define SRB_STATUS_DATA_OVERRUN             0x12
#define SRB_STATUS_UNEXPECTED_BUS_FREE      0x13
#define SRB_STATUS_PHASE_SEQUENCE_FAILURE   0x14
#define SRB_STATUS_BAD_SRB_BLOCK_LENGTH     0x15
#define SRB_STATUS_REQUEST_FLUSHED          0x16
#define SRB_STATUS_INVALID_LUN              0x20
#define SRB_STATUS_INVALID_TARGET_ID        0x21
#define SRB_STATUS_BAD_FUNCTION             0x22
#define SRB_STATUS_ERROR_RECOVERY           0x23
#define SRB_STATUS_NOT_POWERED              0x24
#define SRB_STATUS_LINK_DOWN                0x25
#define SRB_STATUS_INSUFFICIENT_RESOURCES   0x26
#define SRB_STATUS_THROTTLED_REQUEST        0x27
#define SRB_STATUS_INTERNAL_ERROR           0x30

/* Bits that may be or-ed into a status; SRB_STATUS() strips them. */
#define SRB_STATUS_QUEUE_FROZEN             0x40
#define SRB_STATUS_AUTOSENSE_VALID          0x80

#define SRB_STATUS(Status) \
    ((Status) & ~(SRB_STATUS_AUTOSENSE_VALID | SRB_STATUS_QUEUE_FROZEN))

/* ------------------------------------------------------------------------------------
 * SRB flags (SrbFlags)
 * ------------------------------------------------------------------------------------ */
#define SRB_FLAGS_QUEUE_ACTION_ENABLE       0x00000002
#define SRB_FLAGS_DISABLE_DISCONNECT        0x00000004
#define SRB_FLAGS_DISABLE_SYNCH_TRANSFER    0x00000008
#define SRB_FLAGS_BYPASS_FROZEN_QUEUE       0x00000010
#define SRB_FLAGS_DISABLE_AUTOSENSE         0x00000020
#define SRB_FLAGS_DATA_IN                   0x00000040
#define SRB_FLAGS_DATA_OUT                  0x00000080
#define SRB_FLAGS_NO_DATA_TRANSFER          0x00000000
#define SRB_FLAGS_UNSPECIFIED_DIRECTION     (SRB_FLAGS_DATA_IN | SRB_FLAGS_DATA_OUT)
#define SRB_FLAGS_NO_QUEUE_FREEZE           0x00000100
#define SRB_FLAGS_ADAPTER_CACHE_ENABLE      0x00000200
#define SRB_FLAGS_FREE_SENSE_BUFFER         0x00000400
#define SRB_FLAGS_D3_PROCESSING             0x00000800
#define SRB_FLAGS_SEQUENTIAL_REQUIRED       0x00001000
#define SRB_FLAGS_IS_ACTIVE                 0x00010000
#define SRB_FLAGS_ALLOCATED_FROM_ZONE       0x00020000
#define SRB_FLAGS_SGLIST_FROM_POOL          0x00040000
#define SRB_FLAGS_BYPASS_LOCKED_QUEUE       0x00080000
#define SRB_FLAGS_NO_KEEP_AWAKE             0x00100000
#define SRB_FLAGS_PORT_DRIVER_ALLOCSENSE    0x00200000
#define SRB_FLAGS_PORT_DRIVER_SENSEHASPORT  0x00400000
#define SRB_FLAGS_DONT_START_NEXT_PACKET    0x00800000
#define SRB_FLAGS_PORT_DRIVER_RESERVED      0x0F000000
#define SRB_FLAGS_CLASS_DRIVER_RESERVED     0xF0000000

/* Queue actions (QueueAction). */
#define SRB_SIMPLE_TAG_REQUEST              0x20
#define SRB_HEAD_OF_QUEUE_TAG_REQUEST       0x21
#define SRB_ORDERED_QUEUE_TAG_REQUEST       0x22

/* Adapter-request flags of the WMI, power and PnP request blocks. */
#define SRB_WMI_FLAGS_ADAPTER_REQUEST       0x0001
#define SRB_POWER_FLAGS_ADAPTER_REQUEST     0x0001
#define SRB_PNP_FLAGS_ADAPTER_REQUEST       0x0001

/* ------------------------------------------------------------------------------------
 * Error-log codes (StorPortLogError ErrorCode) and HwStorFindAdapter return values
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/nc-storport-hw_find_adapter
 * ------------------------------------------------------------------------------------ */
#define SP_BUS_PARITY_ERROR             0x0001
#define SP_UNEXPECTED_DISCONNECT        0x0002
#define SP_INVALID_RESELECTION          0x0003
#define SP_BUS_TIME_OUT                 0x0004
#define SP_PROTOCOL_ERROR               0x0005
#define SP_INTERNAL_ADAPTER_ERROR       0x0006
#define SP_REQUEST_TIMEOUT              0x0007
#define SP_IRQ_NOT_RESPONDING           0x0008
#define SP_BAD_FW_WARNING               0x0009
#define SP_BAD_FW_ERROR                 0x000a
#define SP_LOST_WMI_MINIPORT_REQUEST    0x000b

#define SP_VER_TRACE_SUPPORT            0x0010

#define SP_RETURN_NOT_FOUND     0
#define SP_RETURN_FOUND         1
#define SP_RETURN_ERROR         2
#define SP_RETURN_BAD_CONFIG    3

/* ------------------------------------------------------------------------------------
 * SCSI bus status codes (ScsiStatus). scsi.h may define the same names with the same
 * values; the guard keeps the two sets from clashing.
 * ------------------------------------------------------------------------------------ */
#ifndef SCSISTAT_GOOD
#define SCSISTAT_GOOD                   0x00
#define SCSISTAT_CHECK_CONDITION        0x02
#define SCSISTAT_CONDITION_MET          0x04
#define SCSISTAT_BUSY                   0x08
#define SCSISTAT_INTERMEDIATE           0x10
#define SCSISTAT_INTERMEDIATE_COND_MET  0x14
#define SCSISTAT_RESERVATION_CONFLICT   0x18
#define SCSISTAT_COMMAND_TERMINATED     0x22
#define SCSISTAT_QUEUE_FULL             0x28
#endif

/* ------------------------------------------------------------------------------------
 * SCSI_REQUEST_BLOCK
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_scsi_request_block
 * ------------------------------------------------------------------------------------ */
typedef struct _SCSI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR QueueTag;
    UCHAR QueueAction;
    UCHAR CdbLength;
    UCHAR SenseInfoBufferLength;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    union {
        ULONG InternalStatus;
        ULONG QueueSortKey;
        ULONG LinkTimeoutValue;
    };
#if defined(_WIN64)
    ULONG Reserved;             /* keeps Cdb pointer-aligned on 64-bit targets */
#endif
    UCHAR Cdb[16];
} SCSI_REQUEST_BLOCK, *PSCSI_REQUEST_BLOCK;

#define SCSI_REQUEST_BLOCK_SIZE sizeof(SCSI_REQUEST_BLOCK)

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_scsi_wmi_request_block */
typedef struct _SCSI_WMI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR WMISubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR Reserved1;
    UCHAR WMIFlags;
    UCHAR Reserved2[2];
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID DataPath;
    PVOID Reserved3;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG Reserved4;
#if defined(_WIN64)
    ULONG Reserved6;
#endif
    UCHAR Reserved5[16];
} SCSI_WMI_REQUEST_BLOCK, *PSCSI_WMI_REQUEST_BLOCK;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ne-srb-_stor_device_power_state */
typedef enum _STOR_DEVICE_POWER_STATE {
    StorPowerDeviceUnspecified = 0,
    StorPowerDeviceD0,
    StorPowerDeviceD1,
    StorPowerDeviceD2,
    StorPowerDeviceD3,
    StorPowerDeviceMaximum
} STOR_DEVICE_POWER_STATE, *PSTOR_DEVICE_POWER_STATE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ne-srb-stor_power_action */
typedef enum _STOR_POWER_ACTION {
    StorPowerActionNone = 0,
    StorPowerActionReserved,
    StorPowerActionSleep,
    StorPowerActionHibernate,
    StorPowerActionShutdown,
    StorPowerActionShutdownReset,
    StorPowerActionShutdownOff,
    StorPowerActionWarmEject
} STOR_POWER_ACTION, *PSTOR_POWER_ACTION;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_scsi_power_request_block */
typedef struct _SCSI_POWER_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR SrbPowerFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_DEVICE_POWER_STATE DevicePowerState;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    STOR_POWER_ACTION PowerAction;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved5[16];
} SCSI_POWER_REQUEST_BLOCK, *PSCSI_POWER_REQUEST_BLOCK;

/* PnP actions; the values are the IRP_MN_ minor codes they stand for.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ne-srb-stor_pnp_action */
typedef enum _STOR_PNP_ACTION {
    StorStartDevice = 0x0,
    StorRemoveDevice = 0x2,
    StorStopDevice = 0x4,
    StorQueryCapabilities = 0x9,
    StorQueryResourceRequirements = 0xB,
    StorFilterResourceRequirements = 0xD,
    StorSurpriseRemoval = 0x17
} STOR_PNP_ACTION, *PSTOR_PNP_ACTION;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_stor_device_capabilities */
typedef struct _STOR_DEVICE_CAPABILITIES {
    USHORT Version;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG NoDisplayInUI : 1;
} STOR_DEVICE_CAPABILITIES, *PSTOR_DEVICE_CAPABILITIES;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_scsi_pnp_request_block */
typedef struct _SCSI_PNP_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR PnPSubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_PNP_ACTION PnPAction;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG SrbPnPFlags;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved4[16];
} SCSI_PNP_REQUEST_BLOCK, *PSCSI_PNP_REQUEST_BLOCK;

/* ------------------------------------------------------------------------------------
 * Extended SRB (STORAGE_REQUEST_BLOCK) and its extended-data blocks
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_storage_request_block
 * On 64-bit targets the blocks and their pointer members are 8-byte aligned.
 * ------------------------------------------------------------------------------------ */
#if defined(_WIN64)
#define SRB_ALIGN           __declspec(align(8))
#define POINTER_ALIGN       __declspec(align(8))
#define STOR_ADDRESS_ALIGN  __declspec(align(8))
#else
#define SRB_ALIGN
#define POINTER_ALIGN
#define STOR_ADDRESS_ALIGN
#endif

/* Values of SRBEXDATATYPE; constants after SrbExDataTypeIoInfo in newer WDKs are left out. */
typedef enum _SRBEXDATATYPE {
    SrbExDataTypeUnknown = 0,
    SrbExDataTypeBidirectional,
    SrbExDataTypeScsiCdb16 = 0x40,
    SrbExDataTypeScsiCdb32,
    SrbExDataTypeScsiCdbVar,
    SrbExDataTypeWmi = 0x60,
    SrbExDataTypePower,
    SrbExDataTypePnP,
    SrbExDataTypeIoInfo = 0x80,
    SrbExDataTypeMSReservedStart = 0xf0000000,
    SrbExDataTypeReserved = 0xffffffff
} SRBEXDATATYPE, *PSRBEXDATATYPE;

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/srb/ns-srb-_srbex_data */
typedef struct SRB_ALIGN _SRBEX_DATA {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR Data[1];
} SRBEX_DATA, *PSRBEX_DATA;

#define SRBEX_DATA_BIDIRECTIONAL_LENGTH     ((2 * sizeof(ULONG)) + sizeof(PVOID))

typedef struct SRB_ALIGN _SRBEX_DATA_BIDIRECTIONAL {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG DataInTransferLength;
    ULONG Reserved1;
    PVOID POINTER_ALIGN DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

#define SRBEX_DATA_SCSI_CDB16_LENGTH        ((20 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))

typedef struct SRB_ALIGN _SRBEX_DATA_SCSI_CDB16 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID POINTER_ALIGN SenseInfoBuffer;
    UCHAR POINTER_ALIGN Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

#define SRBEX_DATA_SCSI_CDB32_LENGTH        ((36 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))

typedef struct SRB_ALIGN _SRBEX_DATA_SCSI_CDB32 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID POINTER_ALIGN SenseInfoBuffer;
    UCHAR POINTER_ALIGN Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN  ((4 * sizeof(UCHAR)) + (3 * sizeof(ULONG)) + sizeof(PVOID))
#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MAX  0xffffffffUL

typedef struct SRB_ALIGN _SRBEX_DATA_SCSI_CDB_VAR {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR Reserved[2];
    ULONG CdbLength;
    ULONG Reserved1[2];
    PVOID POINTER_ALIGN SenseInfoBuffer;
    UCHAR POINTER_ALIGN Cdb[1];       /* CdbLength bytes */
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

#define SRBEX_DATA_WMI_LENGTH               ((4 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))

typedef struct SRB_ALIGN _SRBEX_DATA_WMI {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR WMISubFunction;
    UCHAR WMIFlags;
    UCHAR Reserved[2];
    ULONG Reserved1;
    PVOID POINTER_ALIGN DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

#define SRBEX_DATA_POWER_LENGTH \
    ((4 * sizeof(UCHAR)) + sizeof(STOR_DEVICE_POWER_STATE) + sizeof(STOR_POWER_ACTION))

typedef struct SRB_ALIGN _SRBEX_DATA_POWER {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR SrbPowerFlags;
    UCHAR Reserved[3];
    STOR_DEVICE_POWER_STATE DevicePowerState;
    STOR_POWER_ACTION PowerAction;
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

#define SRBEX_DATA_PNP_LENGTH \
    ((4 * sizeof(UCHAR)) + sizeof(STOR_PNP_ACTION) + (2 * sizeof(ULONG)))

typedef struct SRB_ALIGN _SRBEX_DATA_PNP {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR PnPSubFunction;
    UCHAR Reserved[3];
    STOR_PNP_ACTION PnPAction;
    ULONG SrbPnPFlags;
    ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

#define SRBEX_DATA_IO_INFO_LENGTH           ((5 * sizeof(ULONG)) + (4 * sizeof(UCHAR)))

/* Flags of SRBEX_DATA_IO_INFO.Flags. */
#define REQUEST_INFO_NO_CACHE_FLAG              0x00000001
#define REQUEST_INFO_PAGING_IO_FLAG             0x00000002
#define REQUEST_INFO_SEQUENTIAL_IO_FLAG         0x00000004
#define REQUEST_INFO_TEMPORARY_FLAG             0x00000008
#define REQUEST_INFO_WRITE_THROUGH_FLAG         0x00000010
#define REQUEST_INFO_HYBRID_WRITE_THROUGH_FLAG  0x00000020
#define REQUEST_INFO_NO_FILE_OBJECT_FLAG        0x00000040
#define REQUEST_INFO_VOLSNAP_IO_FLAG            0x00000080
#define REQUEST_INFO_STREAM_FLAG                0x00000100
#define REQUEST_INFO_VALID_CACHEPRIORITY_FLAG   0x80000000

typedef struct SRB_ALIGN _SRBEX_DATA_IO_INFO {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG Flags;
    ULONG Key;
    ULONG RWLength;
    BOOLEAN IsWriteRequest;
    UCHAR CachePriority;
    UCHAR Reserved[2];
    ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

/* ------------------------------------------------------------------------------------
 * Storage addresses (the unit an extended SRB is for). The WDK declares these in
 * storport.h; they are here because the Srb* helpers below need them.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_address
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/storport/ns-storport-_stor_addr_btl8
 * ------------------------------------------------------------------------------------ */
#ifndef STOR_ADDRESS_TYPE_UNKNOWN
#define STOR_ADDRESS_TYPE_UNKNOWN       0x0
#define STOR_ADDRESS_TYPE_BTL8          0x1
#define STOR_ADDRESS_TYPE_MAX           0xffff
#define STOR_ADDR_BTL8_ADDRESS_LENGTH   4

typedef struct STOR_ADDRESS_ALIGN _STOR_ADDRESS {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR AddressData[1];             /* AddressLength bytes */
} STOR_ADDRESS, *PSTOR_ADDRESS;

typedef struct STOR_ADDRESS_ALIGN _STOR_ADDR_BTL8 {
    USHORT Type;                      /* STOR_ADDRESS_TYPE_BTL8 */
    USHORT Port;
    ULONG AddressLength;              /* STOR_ADDR_BTL8_ADDRESS_LENGTH */
    UCHAR Path;
    UCHAR Target;
    UCHAR Lun;
    UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;
#endif /* STOR_ADDRESS_TYPE_UNKNOWN */

#define SRB_SIGNATURE                       0x53524258  /* "SRBX" */
#define STORAGE_REQUEST_BLOCK_VERSION_1     0x1

typedef struct SRB_ALIGN _STORAGE_REQUEST_BLOCK_HEADER {
    USHORT Length;
    UCHAR Function;                   /* SRB_FUNCTION_STORAGE_REQUEST_BLOCK */
    UCHAR SrbStatus;
} STORAGE_REQUEST_BLOCK_HEADER, *PSTORAGE_REQUEST_BLOCK_HEADER;

typedef struct SRB_ALIGN _STORAGE_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;                   /* SRB_FUNCTION_STORAGE_REQUEST_BLOCK */
    UCHAR SrbStatus;
    ULONG ReservedUlong1;
    ULONG Signature;                  /* SRB_SIGNATURE */
    ULONG Version;                    /* STORAGE_REQUEST_BLOCK_VERSION_1 */
    ULONG SrbLength;
    ULONG SrbFunction;
    ULONG SrbFlags;
    ULONG ReservedUlong2;
    ULONG RequestTag;
    USHORT RequestPriority;
    USHORT RequestAttribute;
    ULONG TimeOutValue;
    ULONG SystemStatus;
    ULONG ZeroGuard1;
    ULONG AddressOffset;
    ULONG NumSrbExData;
    ULONG DataTransferLength;
    PVOID POINTER_ALIGN DataBuffer;
    PVOID POINTER_ALIGN ZeroGuard2;
    PVOID POINTER_ALIGN OriginalRequest;
    PVOID POINTER_ALIGN ClassContext;
    PVOID POINTER_ALIGN PortContext;
    PVOID POINTER_ALIGN MiniportContext;
    struct _STORAGE_REQUEST_BLOCK POINTER_ALIGN *NextSrb;
    ULONG SrbExDataOffset[1];         /* NumSrbExData offsets from the start of the block */
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

/* Kinds of request block (HW_INITIALIZATION_DATA.SrbTypeFlags, ConfigInfo->SrbType). */
#define SRB_TYPE_SCSI_REQUEST_BLOCK         0
#define SRB_TYPE_STORAGE_REQUEST_BLOCK      1
#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK    0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK 0x2

/* Address kinds (HW_INITIALIZATION_DATA.AddressTypeFlags, ConfigInfo->AddressType). */
#define STORAGE_ADDRESS_TYPE_BTL8           0
#define ADDRESS_TYPE_FLAG_BTL8              0x1

/* ------------------------------------------------------------------------------------
 * Srb* accessor helpers. Each takes either kind of request block and looks at the
 * Function byte to tell them apart. Names and parameters follow the WDK's srbhelper.h;
 * the bodies are dpccheck's own.
 * ------------------------------------------------------------------------------------ */
#define DPCCHECK_SRB_IS_EX(Srb) \
    (((PSTORAGE_REQUEST_BLOCK_HEADER)(Srb))->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK)

FORCEINLINE PSRBEX_DATA
SrbGetSrbExDataByIndex(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ ULONG SrbExDataIndex)
{
    ULONG offset;

    if (Srb == NULL || SrbExDataIndex >= Srb->NumSrbExData) {
        return NULL;
    }
    offset = Srb->SrbExDataOffset[SrbExDataIndex];
    if (offset < sizeof(STORAGE_REQUEST_BLOCK) || offset >= Srb->SrbLength) {
        return NULL;
    }
    return (PSRBEX_DATA)((PUCHAR)Srb + offset);
}

FORCEINLINE PSRBEX_DATA
SrbGetSrbExDataByType(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ SRBEXDATATYPE Type)
{
    ULONG i;
    PSRBEX_DATA data;

    if (Srb == NULL) {
        return NULL;
    }
    for (i = 0; i < Srb->NumSrbExData; i++) {
        data = SrbGetSrbExDataByIndex(Srb, i);
        if (data != NULL && data->Type == Type) {
            return data;
        }
    }
    return NULL;
}

/* The extended-data block that carries the request's main parameters: the CDB block of
 * an EXECUTE_SCSI request, the WMI, power or PnP block of those requests. */
FORCEINLINE PSRBEX_DATA
SrbGetPrimarySrbExData(_In_ PSTORAGE_REQUEST_BLOCK Srb)
{
    PSRBEX_DATA data;

    if (Srb == NULL) {
        return NULL;
    }
    switch (Srb->SrbFunction) {
    case SRB_FUNCTION_EXECUTE_SCSI:
        data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb16);
        if (data == NULL) {
            data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb32);
        }
        if (data == NULL) {
            data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdbVar);
        }
        return data;
    case SRB_FUNCTION_WMI:
        return SrbGetSrbExDataByType(Srb, SrbExDataTypeWmi);
    case SRB_FUNCTION_POWER:
        return SrbGetSrbExDataByType(Srb, SrbExDataTypePower);
    case SRB_FUNCTION_PNP:
        return SrbGetSrbExDataByType(Srb, SrbExDataTypePnP);
    default:
        return NULL;
    }
}

FORCEINLINE PSTOR_ADDRESS
SrbGetAddress(_In_ PSTORAGE_REQUEST_BLOCK Srb)
{
    if (Srb == NULL || Srb->AddressOffset == 0) {
        return NULL;
    }
    return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

FORCEINLINE ULONG
SrbGetSrbFunction(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFunction;
    }
    return (ULONG)((PSCSI_REQUEST_BLOCK)Srb)->Function;
}

FORCEINLINE UCHAR
SrbGetSrbStatus(_In_ PVOID Srb)
{
    return ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->SrbStatus;
}

FORCEINLINE VOID
SrbSetSrbStatus(_In_ PVOID Srb, _In_ UCHAR Status)
{
    ((PSTORAGE_REQUEST_BLOCK_HEADER)Srb)->SrbStatus = Status;
}

FORCEINLINE ULONG
SrbGetSrbLength(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength;
    }
    return (ULONG)((PSCSI_REQUEST_BLOCK)Srb)->Length;
}

FORCEINLINE ULONG
SrbGetSrbFlags(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags;
}

FORCEINLINE VOID
SrbSetSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags |= Flags;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags |= Flags;
    }
}

FORCEINLINE VOID
SrbClearSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags &= ~Flags;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags &= ~Flags;
    }
}

FORCEINLINE VOID
SrbAssignSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SrbFlags = Flags;
    }
}

FORCEINLINE ULONG
SrbGetTimeOutValue(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue;
}

FORCEINLINE VOID
SrbSetTimeOutValue(_In_ PVOID Srb, _In_ ULONG TimeOutValue)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->TimeOutValue = TimeOutValue;
    }
}

FORCEINLINE PVOID
SrbGetDataBuffer(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer;
}

FORCEINLINE VOID
SrbSetDataBuffer(_In_ PVOID Srb, _In_opt_ PVOID DataBuffer)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->DataBuffer = DataBuffer;
    }
}

FORCEINLINE ULONG
SrbGetDataTransferLength(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength;
}

FORCEINLINE VOID
SrbSetDataTransferLength(_In_ PVOID Srb, _In_ ULONG DataTransferLength)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->DataTransferLength = DataTransferLength;
    }
}

FORCEINLINE PVOID
SrbGetOriginalRequest(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest;
}

FORCEINLINE VOID
SrbSetOriginalRequest(_In_ PVOID Srb, _In_opt_ PVOID OriginalRequest)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->OriginalRequest = OriginalRequest;
    }
}

FORCEINLINE PVOID
SrbGetNextSrb(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return (PVOID)((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb;
    }
    return (PVOID)((PSCSI_REQUEST_BLOCK)Srb)->NextSrb;
}

FORCEINLINE VOID
SrbSetNextSrb(_In_ PVOID Srb, _In_opt_ PVOID NextSrb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
    }
}

/* The miniport's per-request context: MiniportContext of an extended SRB, the SRB
 * extension of a classic one. */
FORCEINLINE PVOID
SrbGetMiniportContext(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->MiniportContext;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbExtension;
}

FORCEINLINE ULONG
SrbGetRequestTag(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag;
    }
    return (ULONG)((PSCSI_REQUEST_BLOCK)Srb)->QueueTag;
}

FORCEINLINE ULONG
SrbGetQueueTag(_In_ PVOID Srb)
{
    return SrbGetRequestTag(Srb);
}

FORCEINLINE VOID
SrbSetQueueTag(_In_ PVOID Srb, _In_ ULONG QueueTag)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag = QueueTag;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag = (UCHAR)QueueTag;
    }
}

FORCEINLINE UCHAR
SrbGetQueueAction(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        return (UCHAR)((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction;
}

FORCEINLINE VOID
SrbSetQueueAction(_In_ PVOID Srb, _In_ UCHAR QueueAction)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute = QueueAction;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction = QueueAction;
    }
}

/* Path, target and LUN: from the BTL8 address of an extended SRB. */
FORCEINLINE VOID
SrbGetPathTargetLun(_In_ PVOID Srb, _Out_opt_ PUCHAR PathId, _Out_opt_ PUCHAR TargetId,
                    _Out_opt_ PUCHAR Lun)
{
    UCHAR path = 0, target = 0, lun = 0;

    if (DPCCHECK_SRB_IS_EX(Srb)) {
        PSTOR_ADDRESS address = SrbGetAddress((PSTORAGE_REQUEST_BLOCK)Srb);
        if (address != NULL && address->Type == STOR_ADDRESS_TYPE_BTL8) {
            path = ((PSTOR_ADDR_BTL8)address)->Path;
            target = ((PSTOR_ADDR_BTL8)address)->Target;
            lun = ((PSTOR_ADDR_BTL8)address)->Lun;
        }
    } else {
        path = ((PSCSI_REQUEST_BLOCK)Srb)->PathId;
        target = ((PSCSI_REQUEST_BLOCK)Srb)->TargetId;
        lun = ((PSCSI_REQUEST_BLOCK)Srb)->Lun;
    }
    if (PathId != NULL) {
        *PathId = path;
    }
    if (TargetId != NULL) {
        *TargetId = target;
    }
    if (Lun != NULL) {
        *Lun = lun;
    }
}

FORCEINLINE UCHAR
SrbGetPathId(_In_ PVOID Srb)
{
    UCHAR path;

    SrbGetPathTargetLun(Srb, &path, NULL, NULL);
    return path;
}

FORCEINLINE UCHAR
SrbGetTargetId(_In_ PVOID Srb)
{
    UCHAR target;

    SrbGetPathTargetLun(Srb, NULL, &target, NULL);
    return target;
}

FORCEINLINE UCHAR
SrbGetLun(_In_ PVOID Srb)
{
    UCHAR lun;

    SrbGetPathTargetLun(Srb, NULL, NULL, &lun);
    return lun;
}

/* SCSI fields of an extended SRB (in its CDB block); each out pointer may be NULL. */
FORCEINLINE VOID
SrbGetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx, _Out_opt_ PUCHAR CdbLength8,
               _Out_opt_ PULONG CdbLength32, _Out_opt_ PUCHAR ScsiStatus,
               _Out_opt_ PVOID *SenseInfoBuffer, _Out_opt_ PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA data = SrbGetPrimarySrbExData(SrbEx);
    UCHAR cdbLength8 = 0, scsiStatus = 0, senseLength = 0;
    ULONG cdbLength32 = 0;
    PVOID sense = NULL;

    if (data != NULL) {
        switch (data->Type) {
        case SrbExDataTypeScsiCdb16:
            cdbLength8 = ((PSRBEX_DATA_SCSI_CDB16)data)->CdbLength;
            cdbLength32 = cdbLength8;
            scsiStatus = ((PSRBEX_DATA_SCSI_CDB16)data)->ScsiStatus;
            sense = ((PSRBEX_DATA_SCSI_CDB16)data)->SenseInfoBuffer;
            senseLength = ((PSRBEX_DATA_SCSI_CDB16)data)->SenseInfoBufferLength;
            break;
        case SrbExDataTypeScsiCdb32:
            cdbLength8 = ((PSRBEX_DATA_SCSI_CDB32)data)->CdbLength;
            cdbLength32 = cdbLength8;
            scsiStatus = ((PSRBEX_DATA_SCSI_CDB32)data)->ScsiStatus;
            sense = ((PSRBEX_DATA_SCSI_CDB32)data)->SenseInfoBuffer;
            senseLength = ((PSRBEX_DATA_SCSI_CDB32)data)->SenseInfoBufferLength;
            break;
        case SrbExDataTypeScsiCdbVar:
            cdbLength32 = ((PSRBEX_DATA_SCSI_CDB_VAR)data)->CdbLength;
            cdbLength8 = (UCHAR)cdbLength32;
            scsiStatus = ((PSRBEX_DATA_SCSI_CDB_VAR)data)->ScsiStatus;
            sense = ((PSRBEX_DATA_SCSI_CDB_VAR)data)->SenseInfoBuffer;
            senseLength = ((PSRBEX_DATA_SCSI_CDB_VAR)data)->SenseInfoBufferLength;
            break;
        default:
            break;
        }
    }
    if (CdbLength8 != NULL) {
        *CdbLength8 = cdbLength8;
    }
    if (CdbLength32 != NULL) {
        *CdbLength32 = cdbLength32;
    }
    if (ScsiStatus != NULL) {
        *ScsiStatus = scsiStatus;
    }
    if (SenseInfoBuffer != NULL) {
        *SenseInfoBuffer = sense;
    }
    if (SenseInfoBufferLength != NULL) {
        *SenseInfoBufferLength = senseLength;
    }
}

/* Sets the SCSI fields of an extended SRB; a NULL pointer leaves that field alone. */
FORCEINLINE VOID
SrbSetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx, _In_opt_ PUCHAR CdbLength8,
               _In_opt_ PULONG CdbLength32, _In_opt_ PUCHAR ScsiStatus,
               _In_opt_ PVOID *SenseInfoBuffer, _In_opt_ PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA data = SrbGetPrimarySrbExData(SrbEx);

    if (data == NULL) {
        return;
    }
    switch (data->Type) {
    case SrbExDataTypeScsiCdb16:
        if (CdbLength8 != NULL) {
            ((PSRBEX_DATA_SCSI_CDB16)data)->CdbLength = *CdbLength8;
        }
        if (ScsiStatus != NULL) {
            ((PSRBEX_DATA_SCSI_CDB16)data)->ScsiStatus = *ScsiStatus;
        }
        if (SenseInfoBuffer != NULL) {
            ((PSRBEX_DATA_SCSI_CDB16)data)->SenseInfoBuffer = *SenseInfoBuffer;
        }
        if (SenseInfoBufferLength != NULL) {
            ((PSRBEX_DATA_SCSI_CDB16)data)->SenseInfoBufferLength = *SenseInfoBufferLength;
        }
        break;
    case SrbExDataTypeScsiCdb32:
        if (CdbLength8 != NULL) {
            ((PSRBEX_DATA_SCSI_CDB32)data)->CdbLength = *CdbLength8;
        }
        if (ScsiStatus != NULL) {
            ((PSRBEX_DATA_SCSI_CDB32)data)->ScsiStatus = *ScsiStatus;
        }
        if (SenseInfoBuffer != NULL) {
            ((PSRBEX_DATA_SCSI_CDB32)data)->SenseInfoBuffer = *SenseInfoBuffer;
        }
        if (SenseInfoBufferLength != NULL) {
            ((PSRBEX_DATA_SCSI_CDB32)data)->SenseInfoBufferLength = *SenseInfoBufferLength;
        }
        break;
    case SrbExDataTypeScsiCdbVar:
        if (CdbLength32 != NULL) {
            ((PSRBEX_DATA_SCSI_CDB_VAR)data)->CdbLength = *CdbLength32;
        }
        if (ScsiStatus != NULL) {
            ((PSRBEX_DATA_SCSI_CDB_VAR)data)->ScsiStatus = *ScsiStatus;
        }
        if (SenseInfoBuffer != NULL) {
            ((PSRBEX_DATA_SCSI_CDB_VAR)data)->SenseInfoBuffer = *SenseInfoBuffer;
        }
        if (SenseInfoBufferLength != NULL) {
            ((PSRBEX_DATA_SCSI_CDB_VAR)data)->SenseInfoBufferLength = *SenseInfoBufferLength;
        }
        break;
    default:
        break;
    }
}

/* The CDB of either kind of request. Declared with the union tag scsi.h gives CDB, so the
 * result converts to PCDB without srb.h depending on scsi.h. */
FORCEINLINE union _CDB *
SrbGetCdb(_In_ PVOID Srb)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        PSRBEX_DATA data = SrbGetPrimarySrbExData((PSTORAGE_REQUEST_BLOCK)Srb);
        if (data == NULL) {
            return NULL;
        }
        switch (data->Type) {
        case SrbExDataTypeScsiCdb16:
            return (union _CDB *)((PSRBEX_DATA_SCSI_CDB16)data)->Cdb;
        case SrbExDataTypeScsiCdb32:
            return (union _CDB *)((PSRBEX_DATA_SCSI_CDB32)data)->Cdb;
        case SrbExDataTypeScsiCdbVar:
            return (union _CDB *)((PSRBEX_DATA_SCSI_CDB_VAR)data)->Cdb;
        default:
            return NULL;
        }
    }
    return (union _CDB *)((PSCSI_REQUEST_BLOCK)Srb)->Cdb;
}

FORCEINLINE UCHAR
SrbGetCdbLength(_In_ PVOID Srb)
{
    UCHAR length = 0;

    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &length, NULL, NULL, NULL, NULL);
        return length;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength;
}

FORCEINLINE VOID
SrbSetCdbLength(_In_ PVOID Srb, _In_ UCHAR CdbLength)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        ULONG length32 = CdbLength;
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, &CdbLength, &length32, NULL, NULL, NULL);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->CdbLength = CdbLength;
    }
}

FORCEINLINE UCHAR
SrbGetScsiStatus(_In_ PVOID Srb)
{
    UCHAR status = 0;

    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &status, NULL, NULL);
        return status;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus;
}

FORCEINLINE VOID
SrbSetScsiStatus(_In_ PVOID Srb, _In_ UCHAR ScsiStatus)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, &ScsiStatus, NULL, NULL);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->ScsiStatus = ScsiStatus;
    }
}

FORCEINLINE PVOID
SrbGetSenseInfoBuffer(_In_ PVOID Srb)
{
    PVOID sense = NULL;

    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &sense, NULL);
        return sense;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer;
}

FORCEINLINE VOID
SrbSetSenseInfoBuffer(_In_ PVOID Srb, _In_opt_ PVOID SenseInfoBuffer)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, &SenseInfoBuffer, NULL);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBuffer = SenseInfoBuffer;
    }
}

FORCEINLINE UCHAR
SrbGetSenseInfoBufferLength(_In_ PVOID Srb)
{
    UCHAR length = 0;

    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL, &length);
        return length;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength;
}

FORCEINLINE VOID
SrbSetSenseInfoBufferLength(_In_ PVOID Srb, _In_ UCHAR SenseInfoBufferLength)
{
    if (DPCCHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData((PSTORAGE_REQUEST_BLOCK)Srb, NULL, NULL, NULL, NULL,
                       &SenseInfoBufferLength);
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->SenseInfoBufferLength = SenseInfoBufferLength;
    }
}

#endif /* DPCCHECK_SRB_H */
