/*
 * ntddscsi.h - dpccheck's model of the Windows Driver Kit header of the same name: the
 * SCSI port I/O control codes and the structures they carry (pass-through requests,
 * SRB_IO_CONTROL, SCSI_ADDRESS, adapter capabilities). Written for dpccheck from the
 * Microsoft documentation; the names, values and layouts are those facts, the text is ours.
 *
 * The device-I/O-control basics (CTL_CODE, METHOD_*, FILE_*_ACCESS, FILE_DEVICE_*) belong
 * to devioctl.h in the kit; wdm.h and ntddstor.h may provide them too, so every one of them
 * is guarded here.
 */
#ifndef DPCCHECK_NTDDSCSI_H
#define DPCCHECK_NTDDSCSI_H

#include <ntdef.h>

/* ------------------------------------------------------------------------------------- */
/* Device I/O control code basics                                                         */
/* ------------------------------------------------------------------------------------- */

typedef ULONG DEVICE_TYPE;

#ifndef CTL_CODE
#define CTL_CODE(DeviceType, Function, Method, Access) \
    (((DeviceType) << 16) | ((Access) << 14) | ((Function) << 2) | (Method))
#endif
#ifndef DEVICE_TYPE_FROM_CTL_CODE
#define DEVICE_TYPE_FROM_CTL_CODE(CtrlCode) (((ULONG)((CtrlCode) & 0xffff0000)) >> 16)
#endif
#ifndef METHOD_FROM_CTL_CODE
#define METHOD_FROM_CTL_CODE(CtrlCode) ((ULONG)((CtrlCode) & 3))
#endif
#ifndef METHOD_BUFFERED
#define METHOD_BUFFERED     0
#endif
#ifndef METHOD_IN_DIRECT
#define METHOD_IN_DIRECT    1
#endif
#ifndef METHOD_OUT_DIRECT
#define METHOD_OUT_DIRECT   2
#endif
#ifndef METHOD_NEITHER
#define METHOD_NEITHER      3
#endif
#ifndef METHOD_DIRECT_TO_HARDWARE
#define METHOD_DIRECT_TO_HARDWARE   METHOD_IN_DIRECT
#endif
#ifndef METHOD_DIRECT_FROM_HARDWARE
#define METHOD_DIRECT_FROM_HARDWARE METHOD_OUT_DIRECT
#endif
#ifndef FILE_ANY_ACCESS
#define FILE_ANY_ACCESS     0
#endif
#ifndef FILE_SPECIAL_ACCESS
#define FILE_SPECIAL_ACCESS (FILE_ANY_ACCESS)
#endif
#ifndef FILE_READ_ACCESS
#define FILE_READ_ACCESS    (0x0001)
#endif
#ifndef FILE_WRITE_ACCESS
#define FILE_WRITE_ACCESS   (0x0002)
#endif
#ifndef FILE_DEVICE_CONTROLLER
#define FILE_DEVICE_CONTROLLER      0x00000004
#endif
#ifndef FILE_DEVICE_DISK
#define FILE_DEVICE_DISK            0x00000007
#endif
#ifndef FILE_DEVICE_SCSI
#define FILE_DEVICE_SCSI            0x0000001b
#endif
#ifndef FILE_DEVICE_MASS_STORAGE
#define FILE_DEVICE_MASS_STORAGE    0x0000002d
#endif

/* ------------------------------------------------------------------------------------- */
/* I/O control codes                                                                      */
/* ------------------------------------------------------------------------------------- */

#define IOCTL_SCSI_BASE                 FILE_DEVICE_CONTROLLER

#define IOCTL_SCSI_PASS_THROUGH         CTL_CODE(IOCTL_SCSI_BASE, 0x0401, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_MINIPORT             CTL_CODE(IOCTL_SCSI_BASE, 0x0402, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_GET_INQUIRY_DATA     CTL_CODE(IOCTL_SCSI_BASE, 0x0403, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_GET_CAPABILITIES     CTL_CODE(IOCTL_SCSI_BASE, 0x0404, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT  CTL_CODE(IOCTL_SCSI_BASE, 0x0405, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_GET_ADDRESS          CTL_CODE(IOCTL_SCSI_BASE, 0x0406, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_RESCAN_BUS           CTL_CODE(IOCTL_SCSI_BASE, 0x0407, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_GET_DUMP_POINTERS    CTL_CODE(IOCTL_SCSI_BASE, 0x0408, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_FREE_DUMP_POINTERS   CTL_CODE(IOCTL_SCSI_BASE, 0x0409, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_IDE_PASS_THROUGH          CTL_CODE(IOCTL_SCSI_BASE, 0x040a, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_PASS_THROUGH          CTL_CODE(IOCTL_SCSI_BASE, 0x040b, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_PASS_THROUGH_DIRECT   CTL_CODE(IOCTL_SCSI_BASE, 0x040c, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_MINIPORT              CTL_CODE(IOCTL_SCSI_BASE, 0x040d, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MINIPORT_PROCESS_SERVICE_IRP CTL_CODE(IOCTL_SCSI_BASE, 0x040e, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH    CTL_CODE(IOCTL_SCSI_BASE, 0x040f, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT CTL_CODE(IOCTL_SCSI_BASE, 0x0410, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_EX      CTL_CODE(IOCTL_SCSI_BASE, 0x0411, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0412, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0413, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0414, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* Control codes carried in SRB_IO_CONTROL.ControlCode of IOCTL_SCSI_MINIPORT requests. */
#define IOCTL_SCSI_MINIPORT_SMART_VERSION               ((FILE_DEVICE_SCSI << 16) + 0x0500)
#define IOCTL_SCSI_MINIPORT_IDENTIFY                    ((FILE_DEVICE_SCSI << 16) + 0x0501)
#define IOCTL_SCSI_MINIPORT_READ_SMART_ATTRIBS          ((FILE_DEVICE_SCSI << 16) + 0x0502)
#define IOCTL_SCSI_MINIPORT_READ_SMART_THRESHOLDS       ((FILE_DEVICE_SCSI << 16) + 0x0503)
#define IOCTL_SCSI_MINIPORT_ENABLE_SMART                ((FILE_DEVICE_SCSI << 16) + 0x0504)
#define IOCTL_SCSI_MINIPORT_DISABLE_SMART               ((FILE_DEVICE_SCSI << 16) + 0x0505)
#define IOCTL_SCSI_MINIPORT_RETURN_STATUS               ((FILE_DEVICE_SCSI << 16) + 0x0506)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTOSAVE     ((FILE_DEVICE_SCSI << 16) + 0x0507)
#define IOCTL_SCSI_MINIPORT_SAVE_ATTRIBUTE_VALUES       ((FILE_DEVICE_SCSI << 16) + 0x0508)
#define IOCTL_SCSI_MINIPORT_EXECUTE_OFFLINE_DIAGS       ((FILE_DEVICE_SCSI << 16) + 0x0509)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTO_OFFLINE ((FILE_DEVICE_SCSI << 16) + 0x050a)
#define IOCTL_SCSI_MINIPORT_READ_SMART_LOG              ((FILE_DEVICE_SCSI << 16) + 0x050b)
#define IOCTL_SCSI_MINIPORT_WRITE_SMART_LOG             ((FILE_DEVICE_SCSI << 16) + 0x050c)
#define IOCTL_SCSI_MINIPORT_NOT_QUORUM_CAPABLE          ((FILE_DEVICE_SCSI << 16) + 0x0520)
#define IOCTL_SCSI_MINIPORT_NOT_CLUSTER_CAPABLE         ((FILE_DEVICE_SCSI << 16) + 0x0521)
#define IOCTL_SCSI_MINIPORT_NVCACHE                     ((FILE_DEVICE_SCSI << 16) + 0x0600)
#define IOCTL_SCSI_MINIPORT_HYBRID                      ((FILE_DEVICE_SCSI << 16) + 0x0620)
#define IOCTL_SCSI_MINIPORT_DSM                         ((FILE_DEVICE_SCSI << 16) + 0x0720)
#define IOCTL_SCSI_MINIPORT_DSM_GENERAL                 ((FILE_DEVICE_SCSI << 16) + 0x0721)
#define IOCTL_SCSI_MINIPORT_FIRMWARE                    ((FILE_DEVICE_SCSI << 16) + 0x0780)
#define IOCTL_SCSI_MINIPORT_DIAGNOSTIC                  ((FILE_DEVICE_SCSI << 16) + 0x0790)

/* ------------------------------------------------------------------------------------- */
/* SCSI pass-through                                                                      */
/* ------------------------------------------------------------------------------------- */

/* Data direction (DataIn / DataDirection). */
#define SCSI_IOCTL_DATA_OUT             0
#define SCSI_IOCTL_DATA_IN              1
#define SCSI_IOCTL_DATA_UNSPECIFIED     2
#define SCSI_IOCTL_DATA_BIDIRECTIONAL   3

#define MPIO_IOCTL_FLAG_USE_PATHID      1
#define MPIO_IOCTL_FLAG_USE_SCSIADDRESS 2
#define MPIO_IOCTL_FLAG_INVOLVE_DSM     4

/* Data buffer follows the structure, at DataBufferOffset. */
typedef struct _SCSI_PASS_THROUGH {
    USHORT Length;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR CdbLength;
    UCHAR SenseInfoLength;
    UCHAR DataIn;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    ULONG_PTR DataBufferOffset;
    ULONG SenseInfoOffset;
    UCHAR Cdb[16];
} SCSI_PASS_THROUGH, *PSCSI_PASS_THROUGH;

/* Data buffer given by address. */
typedef struct _SCSI_PASS_THROUGH_DIRECT {
    USHORT Length;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR CdbLength;
    UCHAR SenseInfoLength;
    UCHAR DataIn;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    ULONG SenseInfoOffset;
    UCHAR Cdb[16];
} SCSI_PASS_THROUGH_DIRECT, *PSCSI_PASS_THROUGH_DIRECT;

/* Extended forms: variable-length CDB, bidirectional data, STOR_ADDRESS addressing. */
typedef struct _SCSI_PASS_THROUGH_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG_PTR DataOutBufferOffset;
    ULONG_PTR DataInBufferOffset;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_EX, *PSCSI_PASS_THROUGH_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    PVOID DataOutBuffer;
    PVOID DataInBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT_EX, *PSCSI_PASS_THROUGH_DIRECT_EX;

/* MPIO pass-through: a SCSI pass-through aimed at one path. */
typedef struct _MPIO_PASS_THROUGH_PATH {
    SCSI_PASS_THROUGH PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH, *PMPIO_PASS_THROUGH_PATH;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT {
    SCSI_PASS_THROUGH_DIRECT PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT, *PMPIO_PASS_THROUGH_PATH_DIRECT;

/* ------------------------------------------------------------------------------------- */
/* ATA pass-through                                                                       */
/* ------------------------------------------------------------------------------------- */

typedef struct _ATA_PASS_THROUGH_EX {
    USHORT Length;
    USHORT AtaFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR ReservedAsUchar;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    ULONG ReservedAsUlong;
    ULONG_PTR DataBufferOffset;
    UCHAR PreviousTaskFile[8];
    UCHAR CurrentTaskFile[8];
} ATA_PASS_THROUGH_EX, *PATA_PASS_THROUGH_EX;

typedef struct _ATA_PASS_THROUGH_DIRECT {
    USHORT Length;
    USHORT AtaFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR ReservedAsUchar;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    ULONG ReservedAsUlong;
    PVOID DataBuffer;
    UCHAR PreviousTaskFile[8];
    UCHAR CurrentTaskFile[8];
} ATA_PASS_THROUGH_DIRECT, *PATA_PASS_THROUGH_DIRECT;

/* AtaFlags */
#define ATA_FLAGS_DRDY_REQUIRED     (1 << 0)
#define ATA_FLAGS_DATA_IN           (1 << 1)
#define ATA_FLAGS_DATA_OUT          (1 << 2)
#define ATA_FLAGS_48BIT_COMMAND     (1 << 3)
#define ATA_FLAGS_USE_DMA           (1 << 4)
#define ATA_FLAGS_NO_MULTIPLE       (1 << 5)

/* IDE pass-through (IOCTL_IDE_PASS_THROUGH): registers followed by data. */
typedef struct _IDE_IO_CONTROL {
    ULONG HeaderLength;
    UCHAR Signature[8];
    ULONG Timeout;
    ULONG ControlCode;
    ULONG ReturnStatus;
    ULONG DataLength;
} IDE_IO_CONTROL, *PIDE_IO_CONTROL;

/* ------------------------------------------------------------------------------------- */
/* Miniport I/O control, addressing and adapter information                               */
/* ------------------------------------------------------------------------------------- */

/* Header of an IOCTL_SCSI_MINIPORT buffer; the miniport's data follows it. */
typedef struct _SRB_IO_CONTROL {
    ULONG HeaderLength;     /* sizeof(SRB_IO_CONTROL) */
    UCHAR Signature[8];     /* identifies the miniport the request is for */
    ULONG Timeout;          /* seconds */
    ULONG ControlCode;
    ULONG ReturnCode;
    ULONG Length;           /* bytes of data after the header */
} SRB_IO_CONTROL, *PSRB_IO_CONTROL;

typedef struct _SCSI_ADDRESS {
    ULONG Length;
    UCHAR PortNumber;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
} SCSI_ADDRESS, *PSCSI_ADDRESS;

typedef struct _IO_SCSI_CAPABILITIES {
    ULONG Length;
    ULONG MaximumTransferLength;
    ULONG MaximumPhysicalPages;
    ULONG SupportedAsynchronousEvents;
    ULONG AlignmentMask;
    BOOLEAN TaggedQueuing;
    BOOLEAN AdapterScansDown;
    BOOLEAN AdapterUsesPio;
} IO_SCSI_CAPABILITIES, *PIO_SCSI_CAPABILITIES;

/* IOCTL_SCSI_GET_INQUIRY_DATA output. */
typedef struct _SCSI_BUS_DATA {
    UCHAR NumberOfLogicalUnits;
    UCHAR InitiatorBusId;
    ULONG InquiryDataOffset;
} SCSI_BUS_DATA, *PSCSI_BUS_DATA;

typedef struct _SCSI_ADAPTER_BUS_INFO {
    UCHAR NumberOfBuses;
    SCSI_BUS_DATA BusData[1];
} SCSI_ADAPTER_BUS_INFO, *PSCSI_ADAPTER_BUS_INFO;

typedef struct _SCSI_INQUIRY_DATA {
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    BOOLEAN DeviceClaimed;
    ULONG InquiryDataLength;
    ULONG NextInquiryDataOffset;
    UCHAR InquiryData[1];
} SCSI_INQUIRY_DATA, *PSCSI_INQUIRY_DATA;

/* IOCTL_SCSI_GET_DUMP_POINTERS output. */
typedef struct _DUMP_POINTERS {
    struct _ADAPTER_OBJECT *AdapterObject;
    PVOID MappedRegisterBase;
    PVOID DumpData;
    PVOID CommonBufferVa;
    LARGE_INTEGER CommonBufferPa;
    ULONG CommonBufferSize;
    BOOLEAN AllocateCommonBuffers;
    BOOLEAN UseDiskDump;
    UCHAR Spare1[2];
    PVOID DeviceObject;
} DUMP_POINTERS, *PDUMP_POINTERS;

_Static_assert(sizeof(SRB_IO_CONTROL) == 28, "ntddscsi.h: size of SRB_IO_CONTROL");
_Static_assert(sizeof(SCSI_ADDRESS) == 8, "ntddscsi.h: size of SCSI_ADDRESS");
_Static_assert(__builtin_offsetof(SCSI_PASS_THROUGH, Cdb) == (sizeof(PVOID) == 8 ? 36 : 28),
               "ntddscsi.h: offset of SCSI_PASS_THROUGH.Cdb");

#endif /* DPCCHECK_NTDDSCSI_H */
