/*
 * scsi.h - dpccheck's model of the Windows Driver Kit header of the same name: SCSI command
 * descriptor blocks, operation codes, sense data, inquiry data, VPD and mode pages. Written
 * for dpccheck from the Microsoft documentation and the T10 standards (SPC, SBC, MMC, SAT);
 * the names, values and layouts are those facts, the text is ours.
 *
 * Layout notes. Every multi-byte field in the wire structures below is big-endian as the
 * standards define it and is therefore declared as a byte array (or as UCHAR bytes named
 * Msb/Lsb). Bit fields are declared lowest bit first, which is how the Microsoft compiler
 * (and Clang for the Windows target) allocates them, so that every field sits on the bit
 * the standard gives it. Everything that mirrors a byte-exact layout is packed to 1.
 */
#ifndef DPCCHECK_SCSI_H
#define DPCCHECK_SCSI_H

#include <ntdef.h>

#define DPCCHECK_SCSI_SIZE(type, bytes) \
    _Static_assert(sizeof(type) == (bytes), "scsi.h: size of " #type)
#define DPCCHECK_SCSI_OFFSET(type, field, bytes) \
    _Static_assert(__builtin_offsetof(type, field) == (bytes), "scsi.h: offset of " #type "." #field)

#pragma pack(push, dpccheck_scsi, 1)

/* ------------------------------------------------------------------------------------- */
/* Command descriptor blocks                                                              */
/* ------------------------------------------------------------------------------------- */

#define CDB6GENERIC_LENGTH  6
#define CDB10GENERIC_LENGTH 10
#define CDB12GENERIC_LENGTH 12
#define CDB16GENERIC_LENGTH 16

/*
 * CDB: one 16-byte buffer viewed through the layout of each command. The member structures
 * keep their tags (struct _CDB10 and so on) because drivers name them.
 */
typedef union _CDB {

    /* Any 6-byte command. */
    struct _CDB6GENERIC {
        UCHAR OperationCode;
        UCHAR Immediate : 1;
        UCHAR CommandUniqueBits : 4;
        UCHAR LogicalUnitNumber : 3;
        UCHAR CommandUniqueBytes[3];
        UCHAR Link : 1;
        UCHAR Flag : 1;
        UCHAR Reserved : 4;
        UCHAR VendorUnique : 2;
    } CDB6GENERIC;

    /* READ(6) / WRITE(6): 21-bit block address, 8-bit block count. */
    struct _CDB6READWRITE {
        UCHAR OperationCode;
        UCHAR LogicalBlockMsb1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlockMsb0;
        UCHAR LogicalBlockLsb;
        UCHAR TransferBlocks;
        UCHAR Control;
    } CDB6READWRITE;

    /* INQUIRY, SCSI-2 form. */
    struct _CDB6INQUIRY {
        UCHAR OperationCode;
        UCHAR Reserved1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode;
        UCHAR IReserved;
        UCHAR AllocationLength;
        UCHAR Control;
    } CDB6INQUIRY;

    /* INQUIRY, SPC form (EVPD bit, page code). */
    struct _CDB6INQUIRY3 {
        UCHAR OperationCode;
        UCHAR EnableVitalProductData : 1;
        UCHAR CommandSupportData : 1;
        UCHAR Reserved1 : 6;
        UCHAR PageCode;
        UCHAR Reserved2;
        UCHAR AllocationLength;
        UCHAR Control;
    } CDB6INQUIRY3;

    /* VERIFY(6), sequential-access form. */
    struct _CDB6VERIFY {
        UCHAR OperationCode;
        UCHAR Fixed : 1;
        UCHAR ByteCompare : 1;
        UCHAR Immediate : 1;
        UCHAR Reserved : 2;
        UCHAR LogicalUnitNumber : 3;
        UCHAR VerificationLength[3];
        UCHAR Control;
    } CDB6VERIFY;

    /* FORMAT UNIT(6). */
    struct _CDB6FORMAT {
        UCHAR OperationCode;
        UCHAR FormatControl : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR FReserved1;
        UCHAR InterleaveMsb;
        UCHAR InterleaveLsb;
        UCHAR FReserved2;
    } CDB6FORMAT;

    /* Any 10-byte block command: READ(10), WRITE(10), VERIFY(10), ... */
    struct _CDB10 {
        UCHAR OperationCode;
        UCHAR RelativeAddress : 1;
        UCHAR Reserved1 : 2;
        UCHAR ForceUnitAccess : 1;
        UCHAR DisablePageOut : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlockByte0;        /* most significant */
        UCHAR LogicalBlockByte1;
        UCHAR LogicalBlockByte2;
        UCHAR LogicalBlockByte3;        /* least significant */
        UCHAR Reserved2;
        UCHAR TransferBlocksMsb;
        UCHAR TransferBlocksLsb;
        UCHAR Control;
    } CDB10;

    /* Any 12-byte block command. */
    struct _CDB12 {
        UCHAR OperationCode;
        UCHAR RelativeAddress : 1;
        UCHAR Reserved1 : 2;
        UCHAR ForceUnitAccess : 1;
        UCHAR DisablePageOut : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlock[4];
        UCHAR TransferLength[4];
        UCHAR Reserved2;
        UCHAR Control;
    } CDB12;

    /* Any 16-byte block command: READ(16), WRITE(16), VERIFY(16), ... */
    struct _CDB16 {
        UCHAR OperationCode;
        UCHAR Reserved1 : 3;
        UCHAR ForceUnitAccess : 1;
        UCHAR DisablePageOut : 1;
        UCHAR Protection : 3;
        UCHAR LogicalBlock[8];
        UCHAR TransferLength[4];
        UCHAR Reserved2;
        UCHAR Control;
    } CDB16;

    /* READ TOC/PMA/ATIP (MMC). */
    struct _READ_TOC {
        UCHAR OperationCode;
        UCHAR Reserved0 : 1;
        UCHAR Msf : 1;
        UCHAR Reserved1 : 3;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Format2 : 4;
        UCHAR Reserved2 : 4;
        UCHAR Reserved3[3];
        UCHAR StartingTrack;
        UCHAR AllocationLength[2];
        UCHAR Control : 6;
        UCHAR Format : 2;
    } READ_TOC;

    /* MODE SENSE(6). */
    struct _MODE_SENSE {
        UCHAR OperationCode;
        UCHAR Reserved1 : 3;
        UCHAR Dbd : 1;
        UCHAR Reserved2 : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode : 6;
        UCHAR Pc : 2;
        UCHAR SubPageCode;
        UCHAR AllocationLength;
        UCHAR Control;
    } MODE_SENSE;

    /* MODE SENSE(10). */
    struct _MODE_SENSE10 {
        UCHAR OperationCode;
        UCHAR Reserved1 : 3;
        UCHAR Dbd : 1;
        UCHAR LongLBAAccepted : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode : 6;
        UCHAR Pc : 2;
        UCHAR SubPageCode;
        UCHAR Reserved2[3];
        UCHAR AllocationLength[2];
        UCHAR Control;
    } MODE_SENSE10;

    /* MODE SELECT(6). */
    struct _MODE_SELECT {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR PFBit : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[2];
        UCHAR ParameterListLength;
        UCHAR Control;
    } MODE_SELECT;

    /* MODE SELECT(10). */
    struct _MODE_SELECT10 {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR PFBit : 1;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[5];
        UCHAR ParameterListLength[2];
        UCHAR Control;
    } MODE_SELECT10;

    /* LOG SENSE. */
    struct _LOGSENSE {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR PPCBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR LogicalUnitNumber : 3;
        UCHAR PageCode : 6;
        UCHAR PCBit : 2;
        UCHAR SubPageCode;
        UCHAR Reserved2;
        UCHAR ParameterPointer[2];
        UCHAR AllocationLength[2];
        UCHAR Control;
    } LOGSENSE;

    /* LOG SELECT. */
    struct _LOGSELECT {
        UCHAR OperationCode;
        UCHAR SPBit : 1;
        UCHAR PCRBit : 1;
        UCHAR Reserved1 : 3;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved : 6;
        UCHAR PCBit : 2;
        UCHAR Reserved2[4];
        UCHAR ParameterListLength[2];
        UCHAR Control;
    } LOGSELECT;

    /* SEEK(10). */
    struct _SEEK {
        UCHAR OperationCode;
        UCHAR Reserved1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR LogicalBlockAddress[4];
        UCHAR Reserved2[3];
        UCHAR Control;
    } SEEK;

    /* START STOP UNIT. */
    struct _START_STOP {
        UCHAR OperationCode;
        UCHAR Immediate : 1;
        UCHAR Reserved1 : 4;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[2];
        UCHAR Start : 1;
        UCHAR LoadEject : 1;
        UCHAR Reserved3 : 2;
        UCHAR PowerConditions : 4;
        UCHAR Control;
    } START_STOP;

    /* PREVENT ALLOW MEDIUM REMOVAL. */
    struct _MEDIA_REMOVAL {
        UCHAR OperationCode;
        UCHAR Reserved1 : 5;
        UCHAR LogicalUnitNumber : 3;
        UCHAR Reserved2[2];
        UCHAR Prevent : 1;
        UCHAR Persistant : 1;
        UCHAR Reserved3 : 6;
        UCHAR Control;
    } MEDIA_REMOVAL;

    /* SYNCHRONIZE CACHE(10). */
    struct _SYNCHRONIZE_CACHE10 {
        UCHAR OperationCode;
        UCHAR RelAddr : 1;
        UCHAR Immediate : 1;
        UCHAR Reserved : 3;
        UCHAR Lun : 3;
        UCHAR LogicalBlockAddress[4];
        UCHAR Reserved2;
        UCHAR BlockCount[2];
        UCHAR Control;
    } SYNCHRONIZE_CACHE10;

    /* SYNCHRONIZE CACHE(16). */
    struct _SYNCHRONIZE_CACHE16 {
        UCHAR OperationCode;
        UCHAR Reserved1 : 1;
        UCHAR Immediate : 1;
        UCHAR Reserved2 : 6;
        UCHAR LogicalBlock[8];
        UCHAR BlockCount[4];
        UCHAR Reserved3;
        UCHAR Control;
    } SYNCHRONIZE_CACHE16;

    /* READ CAPACITY(16) (SERVICE ACTION IN(16), service action 0x10). */
    struct _READ_CAPACITY16 {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR LogicalBlock[8];
        UCHAR BlockCount[4];
        UCHAR PMI : 1;
        UCHAR Reserved2 : 7;
        UCHAR Control;
    } READ_CAPACITY16;

    /* Any SERVICE ACTION IN(16) command. */
    struct _SERVICE_ACTION_IN16 {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR ServiceActionSpecific1[8];
        UCHAR AllocationLength[4];
        UCHAR ServiceActionSpecific2 : 1;
        UCHAR Reserved2 : 7;
        UCHAR Control;
    } SERVICE_ACTION_IN16;

    /* GET LBA STATUS (SERVICE ACTION IN(16), service action 0x12). */
    struct _GET_LBA_STATUS {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR StartingLBA[8];
        UCHAR AllocationLength[4];
        UCHAR Reserved2;
        UCHAR Control;
    } GET_LBA_STATUS;

    /* GET PHYSICAL ELEMENT STATUS (SERVICE ACTION IN(16), service action 0x17). */
    struct _GET_PHYSICAL_ELEMENT_STATUS {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Reserved2[4];
        UCHAR StartingElement[4];
        UCHAR AllocationLength[4];
        UCHAR ReportType : 4;
        UCHAR Reserved3 : 2;
        UCHAR Filter : 2;
        UCHAR Control;
    } GET_PHYSICAL_ELEMENT_STATUS;

    /* REMOVE ELEMENT AND TRUNCATE (SERVICE ACTION IN(16), service action 0x18). */
    struct _REMOVE_ELEMENT_AND_TRUNCATE {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR RequestedCapacity[8];
        UCHAR ElementIdentifier[4];
        UCHAR Reserved2;
        UCHAR Control;
    } REMOVE_ELEMENT_AND_TRUNCATE;

    /* REPORT LUNS. */
    struct _REPORT_LUNS {
        UCHAR OperationCode;
        UCHAR Reserved1[5];
        UCHAR AllocationLength[4];
        UCHAR Reserved2[1];
        UCHAR Control;
    } REPORT_LUNS;

    /* PERSISTENT RESERVE IN. */
    struct _PERSISTENT_RESERVE_IN {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Reserved2[5];
        UCHAR AllocationLength[2];
        UCHAR Control;
    } PERSISTENT_RESERVE_IN;

    /* PERSISTENT RESERVE OUT. */
    struct _PERSISTENT_RESERVE_OUT {
        UCHAR OperationCode;
        UCHAR ServiceAction : 5;
        UCHAR Reserved1 : 3;
        UCHAR Type : 4;
        UCHAR Scope : 4;
        UCHAR Reserved2[4];
        UCHAR ParameterListLength[2];
        UCHAR Control;
    } PERSISTENT_RESERVE_OUT;

    /* UNMAP. */
    struct _UNMAP {
        UCHAR OperationCode;
        UCHAR Anchor : 1;
        UCHAR Reserved1 : 7;
        UCHAR Reserved2[4];
        UCHAR GroupNumber : 5;
        UCHAR Reserved3 : 3;
        UCHAR AllocationLength[2];
        UCHAR Control;
    } UNMAP;

    /* SECURITY PROTOCOL IN. */
    struct _SECURITY_PROTOCOL_IN {
        UCHAR OperationCode;
        UCHAR SecurityProtocol;
        UCHAR SecurityProtocolSpecific[2];
        UCHAR Reserved1 : 7;
        UCHAR INC_512 : 1;
        UCHAR Reserved2;
        UCHAR AllocationLength[4];
        UCHAR Reserved3;
        UCHAR Control;
    } SECURITY_PROTOCOL_IN;

    /* SECURITY PROTOCOL OUT. */
    struct _SECURITY_PROTOCOL_OUT {
        UCHAR OperationCode;
        UCHAR SecurityProtocol;
        UCHAR SecurityProtocolSpecific[2];
        UCHAR Reserved1 : 7;
        UCHAR INC_512 : 1;
        UCHAR Reserved2;
        UCHAR TransferLength[4];
        UCHAR Reserved3;
        UCHAR Control;
    } SECURITY_PROTOCOL_OUT;

    /* WRITE BUFFER(10). */
    struct _WRITE_BUFFER {
        UCHAR OperationCode;
        UCHAR Mode : 5;
        UCHAR ModeSpecific : 3;
        UCHAR BufferID;
        UCHAR BufferOffset[3];
        UCHAR ParameterListLength[3];
        UCHAR Control;
    } WRITE_BUFFER;

    /* READ BUFFER(10). */
    struct _READ_BUFFER_10 {
        UCHAR OperationCode;
        UCHAR Mode : 5;
        UCHAR ModeSpecific : 3;
        UCHAR BufferId;
        UCHAR BufferOffset[3];
        UCHAR AllocationLength[3];
        UCHAR Control;
    } READ_BUFFER_10;

    /* READ BUFFER(16). */
    struct _READ_BUFFER_16 {
        UCHAR OperationCode;
        UCHAR Mode : 5;
        UCHAR ModeSpecific : 3;
        UCHAR BufferOffset[8];
        UCHAR AllocationLength[4];
        UCHAR BufferId;
        UCHAR Control;
    } READ_BUFFER_16;

    /* ATA PASS-THROUGH(12) (SAT). */
    struct _ATA_PASSTHROUGH12 {
        UCHAR OperationCode;
        UCHAR Reserved1 : 1;
        UCHAR Protocol : 4;
        UCHAR MultipleCount : 3;
        UCHAR TLength : 2;
        UCHAR ByteBlock : 1;
        UCHAR TDir : 1;
        UCHAR Reserved2 : 1;
        UCHAR CkCond : 1;
        UCHAR Offline : 2;
        UCHAR Features;
        UCHAR SectorCount;
        UCHAR LbaLow;
        UCHAR LbaMid;
        UCHAR LbaHigh;
        UCHAR Device;
        UCHAR Command;
        UCHAR Reserved3;
        UCHAR Control;
    } ATA_PASSTHROUGH12;

    /* ATA PASS-THROUGH(16) (SAT). */
    struct _ATA_PASSTHROUGH16 {
        UCHAR OperationCode;
        UCHAR Extend : 1;
        UCHAR Protocol : 4;
        UCHAR MultipleCount : 3;
        UCHAR TLength : 2;
        UCHAR ByteBlock : 1;
        UCHAR TDir : 1;
        UCHAR Reserved1 : 1;
        UCHAR CkCond : 1;
        UCHAR Offline : 2;
        UCHAR Features15_8;
        UCHAR Features7_0;
        UCHAR SectorCount15_8;
        UCHAR SectorCount7_0;
        UCHAR LbaLow15_8;
        UCHAR LbaLow7_0;
        UCHAR LbaMid15_8;
        UCHAR LbaMid7_0;
        UCHAR LbaHigh15_8;
        UCHAR LbaHigh7_0;
        UCHAR Device;
        UCHAR Command;
        UCHAR Control;
    } ATA_PASSTHROUGH16;

    UCHAR AsByte[16];
    ULONG AsUlong[4];
} CDB, *PCDB;

/* ------------------------------------------------------------------------------------- */
/* Operation codes                                                                        */
/* ------------------------------------------------------------------------------------- */

/* 6-byte commands */
#define SCSIOP_TEST_UNIT_READY          0x00
#define SCSIOP_REZERO_UNIT              0x01
#define SCSIOP_REWIND                   0x01
#define SCSIOP_REQUEST_BLOCK_ADDR       0x02
#define SCSIOP_REQUEST_SENSE            0x03
#define SCSIOP_FORMAT_UNIT              0x04
#define SCSIOP_READ_BLOCK_LIMITS        0x05
#define SCSIOP_REASSIGN_BLOCKS          0x07
#define SCSIOP_INIT_ELEMENT_STATUS      0x07
#define SCSIOP_READ6                    0x08
#define SCSIOP_RECEIVE                  0x08
#define SCSIOP_WRITE6                   0x0A
#define SCSIOP_PRINT                    0x0A
#define SCSIOP_SEND                     0x0A
#define SCSIOP_SEEK6                    0x0B
#define SCSIOP_TRACK_SELECT             0x0B
#define SCSIOP_SLEW_PRINT               0x0B
#define SCSIOP_SET_CAPACITY             0x0B
#define SCSIOP_SEEK_BLOCK               0x0C
#define SCSIOP_PARTITION                0x0D
#define SCSIOP_READ_REVERSE             0x0F
#define SCSIOP_WRITE_FILEMARKS          0x10
#define SCSIOP_FLUSH_BUFFER             0x10
#define SCSIOP_SPACE                    0x11
#define SCSIOP_INQUIRY                  0x12
#define SCSIOP_VERIFY6                  0x13
#define SCSIOP_RECOVER_BUF_DATA         0x14
#define SCSIOP_MODE_SELECT              0x15
#define SCSIOP_RESERVE_UNIT             0x16
#define SCSIOP_RELEASE_UNIT             0x17
#define SCSIOP_COPY                     0x18
#define SCSIOP_ERASE                    0x19
#define SCSIOP_MODE_SENSE               0x1A
#define SCSIOP_START_STOP_UNIT          0x1B
#define SCSIOP_STOP_PRINT               0x1B
#define SCSIOP_LOAD_UNLOAD              0x1B
#define SCSIOP_RECEIVE_DIAGNOSTIC       0x1C
#define SCSIOP_SEND_DIAGNOSTIC          0x1D
#define SCSIOP_MEDIUM_REMOVAL           0x1E

/* 10-byte commands */
#define SCSIOP_READ_FORMATTED_CAPACITY  0x23
#define SCSIOP_READ_CAPACITY            0x25
#define SCSIOP_READ                     0x28
#define SCSIOP_WRITE                    0x2A
#define SCSIOP_SEEK                     0x2B
#define SCSIOP_LOCATE                   0x2B
#define SCSIOP_POSITION_TO_ELEMENT      0x2B
#define SCSIOP_WRITE_VERIFY             0x2E
#define SCSIOP_VERIFY                   0x2F
#define SCSIOP_SEARCH_DATA_HIGH         0x30
#define SCSIOP_SEARCH_DATA_EQUAL        0x31
#define SCSIOP_SEARCH_DATA_LOW          0x32
#define SCSIOP_SET_LIMITS               0x33
#define SCSIOP_READ_POSITION            0x34
#define SCSIOP_SYNCHRONIZE_CACHE        0x35
#define SCSIOP_COMPARE                  0x39
#define SCSIOP_COPY_COMPARE             0x3A
#define SCSIOP_WRITE_DATA_BUFF          0x3B
#define SCSIOP_READ_DATA_BUFF           0x3C
#define SCSIOP_WRITE_LONG               0x3F
#define SCSIOP_CHANGE_DEFINITION        0x40
#define SCSIOP_WRITE_SAME               0x41
#define SCSIOP_READ_SUB_CHANNEL         0x42
#define SCSIOP_UNMAP                    0x42
#define SCSIOP_READ_TOC                 0x43
#define SCSIOP_READ_HEADER              0x44
#define SCSIOP_REPORT_DENSITY_SUPPORT   0x44
#define SCSIOP_PLAY_AUDIO               0x45
#define SCSIOP_GET_CONFIGURATION        0x46
#define SCSIOP_PLAY_AUDIO_MSF           0x47
#define SCSIOP_PLAY_TRACK_INDEX         0x48
#define SCSIOP_SANITIZE                 0x48
#define SCSIOP_PLAY_TRACK_RELATIVE      0x49
#define SCSIOP_GET_EVENT_STATUS         0x4A
#define SCSIOP_PAUSE_RESUME             0x4B
#define SCSIOP_LOG_SELECT               0x4C
#define SCSIOP_LOG_SENSE                0x4D
#define SCSIOP_STOP_PLAY_SCAN           0x4E
#define SCSIOP_XDWRITE                  0x50
#define SCSIOP_XPWRITE                  0x51
#define SCSIOP_READ_DISK_INFORMATION    0x51
#define SCSIOP_READ_DISC_INFORMATION    0x51
#define SCSIOP_READ_TRACK_INFORMATION   0x52
#define SCSIOP_XDWRITE_READ             0x53
#define SCSIOP_RESERVE_TRACK_RZONE      0x53
#define SCSIOP_SEND_OPC_INFORMATION     0x54
#define SCSIOP_MODE_SELECT10            0x55
#define SCSIOP_RESERVE_UNIT10           0x56
#define SCSIOP_RESERVE_ELEMENT          0x56
#define SCSIOP_RELEASE_UNIT10           0x57
#define SCSIOP_RELEASE_ELEMENT          0x57
#define SCSIOP_REPAIR_TRACK             0x58
#define SCSIOP_MODE_SENSE10             0x5A
#define SCSIOP_CLOSE_TRACK_SESSION      0x5B
#define SCSIOP_READ_BUFFER_CAPACITY     0x5C
#define SCSIOP_SEND_CUE_SHEET           0x5D
#define SCSIOP_PERSISTENT_RESERVE_IN    0x5E
#define SCSIOP_PERSISTENT_RESERVE_OUT   0x5F

/* 32-byte (variable length) commands */
#define SCSIOP_OPERATION32              0x7F

/* 16-byte commands */
#define SCSIOP_XDWRITE_EXTENDED16       0x80
#define SCSIOP_WRITE_FILEMARKS16        0x80
#define SCSIOP_REBUILD16                0x81
#define SCSIOP_READ_REVERSE16           0x81
#define SCSIOP_REGENERATE16             0x82
#define SCSIOP_EXTENDED_COPY            0x83
#define SCSIOP_POPULATE_TOKEN           0x83
#define SCSIOP_WRITE_USING_TOKEN        0x83
#define SCSIOP_RECEIVE_COPY_RESULTS     0x84
#define SCSIOP_RECEIVE_ROD_TOKEN_INFORMATION 0x84
#define SCSIOP_ATA_PASSTHROUGH16        0x85
#define SCSIOP_ACCESS_CONTROL_IN        0x86
#define SCSIOP_ACCESS_CONTROL_OUT       0x87
#define SCSIOP_READ16                   0x88
#define SCSIOP_COMPARE_AND_WRITE        0x89
#define SCSIOP_WRITE16                  0x8A
#define SCSIOP_READ_ATTRIBUTES          0x8C
#define SCSIOP_WRITE_ATTRIBUTES         0x8D
#define SCSIOP_WRITE_VERIFY16           0x8E
#define SCSIOP_VERIFY16                 0x8F
#define SCSIOP_PREFETCH16               0x90
#define SCSIOP_SYNCHRONIZE_CACHE16      0x91
#define SCSIOP_SPACE16                  0x91
#define SCSIOP_LOCK_UNLOCK_CACHE16      0x92
#define SCSIOP_LOCATE16                 0x92
#define SCSIOP_WRITE_SAME16             0x93
#define SCSIOP_ERASE16                  0x93
#define SCSIOP_ZBC_OUT                  0x94
#define SCSIOP_ZBC_IN                   0x95
#define SCSIOP_READ_DATA_BUFF16         0x9B
#define SCSIOP_READ_CAPACITY16          0x9E
#define SCSIOP_GET_LBA_STATUS           0x9E
#define SCSIOP_GET_PHYSICAL_ELEMENT_STATUS   0x9E
#define SCSIOP_REMOVE_ELEMENT_AND_TRUNCATE   0x9E
#define SCSIOP_SERVICE_ACTION_IN16      0x9E
#define SCSIOP_SERVICE_ACTION_OUT16     0x9F

/* 12-byte commands */
#define SCSIOP_REPORT_LUNS              0xA0
#define SCSIOP_BLANK                    0xA1
#define SCSIOP_ATA_PASSTHROUGH12        0xA1
#define SCSIOP_SEND_EVENT               0xA2
#define SCSIOP_SECURITY_PROTOCOL_IN     0xA2
#define SCSIOP_SEND_KEY                 0xA3
#define SCSIOP_MAINTENANCE_IN           0xA3
#define SCSIOP_REPORT_KEY               0xA4
#define SCSIOP_MAINTENANCE_OUT          0xA4
#define SCSIOP_MOVE_MEDIUM              0xA5
#define SCSIOP_LOAD_UNLOAD_SLOT         0xA6
#define SCSIOP_EXCHANGE_MEDIUM          0xA6
#define SCSIOP_SET_READ_AHEAD           0xA7
#define SCSIOP_MOVE_MEDIUM_ATTACHED     0xA7
#define SCSIOP_READ12                   0xA8
#define SCSIOP_GET_MESSAGE              0xA8
#define SCSIOP_SERVICE_ACTION_OUT12     0xA9
#define SCSIOP_WRITE12                  0xAA
#define SCSIOP_SEND_MESSAGE             0xAB
#define SCSIOP_SERVICE_ACTION_IN12      0xAB
#define SCSIOP_GET_PERFORMANCE          0xAC
#define SCSIOP_READ_DVD_STRUCTURE       0xAD
#define SCSIOP_WRITE_VERIFY12           0xAE
#define SCSIOP_VERIFY12                 0xAF
#define SCSIOP_SEARCH_DATA_HIGH12       0xB0
#define SCSIOP_SEARCH_DATA_EQUAL12      0xB1
#define SCSIOP_SEARCH_DATA_LOW12        0xB2
#define SCSIOP_SET_LIMITS12             0xB3
#define SCSIOP_READ_ELEMENT_STATUS_ATTACHED 0xB4
#define SCSIOP_REQUEST_VOL_ELEMENT      0xB5
#define SCSIOP_SECURITY_PROTOCOL_OUT    0xB5
#define SCSIOP_SEND_VOLUME_TAG          0xB6
#define SCSIOP_SET_STREAMING            0xB6
#define SCSIOP_READ_DEFECT_DATA         0xB7
#define SCSIOP_READ_ELEMENT_STATUS      0xB8
#define SCSIOP_READ_CD_MSF              0xB9
#define SCSIOP_SCAN_CD                  0xBA
#define SCSIOP_REDUNDANCY_GROUP_IN      0xBA
#define SCSIOP_SET_CD_SPEED             0xBB
#define SCSIOP_REDUNDANCY_GROUP_OUT     0xBB
#define SCSIOP_PLAY_CD                  0xBC
#define SCSIOP_SPARE_IN                 0xBC
#define SCSIOP_MECHANISM_STATUS         0xBD
#define SCSIOP_SPARE_OUT                0xBD
#define SCSIOP_READ_CD                  0xBE
#define SCSIOP_VOLUME_SET_IN            0xBE
#define SCSIOP_SEND_DVD_STRUCTURE       0xBF
#define SCSIOP_VOLUME_SET_OUT           0xBF
#define SCSIOP_INIT_ELEMENT_RANGE       0xE7

/* Service actions of SERVICE ACTION IN(16) and friends */
#define SERVICE_ACTION_READ_CAPACITY16              0x10
#define SERVICE_ACTION_GET_LBA_STATUS               0x12
#define SERVICE_ACTION_GET_PHYSICAL_ELEMENT_STATUS  0x17
#define SERVICE_ACTION_REMOVE_ELEMENT_AND_TRUNCATE  0x18
#define SERVICE_ACTION_POPULATE_TOKEN               0x10
#define SERVICE_ACTION_WRITE_USING_TOKEN            0x11
#define SERVICE_ACTION_RECEIVE_TOKEN_INFORMATION    0x07

/* READ TOC formats */
#define READ_TOC_FORMAT_TOC         0x00
#define READ_TOC_FORMAT_SESSION     0x01
#define READ_TOC_FORMAT_FULL_TOC    0x02
#define READ_TOC_FORMAT_PMA         0x03
#define READ_TOC_FORMAT_ATIP        0x04

/* READ BUFFER / WRITE BUFFER modes */
#define READ_BUFFER_MODE_ERROR_HISTORY                  0x1C
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_SAVE_DEFER_ACTIVATE 0x0E
#define SCSI_WRITE_BUFFER_MODE_ACTIVATE_DEFERRED_MICROCODE 0x0F
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_PO_ACT  0x04
#define SCSI_WRITE_BUFFER_MODE_0D_MODE_SPECIFIC_HR_ACT  0x02

/* PERSISTENT RESERVE service actions, scopes and types */
#define RESERVATION_ACTION_READ_KEYS                    0x00
#define RESERVATION_ACTION_READ_RESERVATIONS            0x01
#define RESERVATION_ACTION_REGISTER                     0x00
#define RESERVATION_ACTION_RESERVE                      0x01
#define RESERVATION_ACTION_RELEASE                      0x02
#define RESERVATION_ACTION_CLEAR                        0x03
#define RESERVATION_ACTION_PREEMPT                      0x04
#define RESERVATION_ACTION_PREEMPT_ABORT                0x05
#define RESERVATION_ACTION_REGISTER_IGNORE_EXISTING     0x06
#define RESERVATION_SCOPE_LU                            0x00
#define RESERVATION_SCOPE_ELEMENT                       0x02
#define RESERVATION_TYPE_WRITE_EXCLUSIVE                0x01
#define RESERVATION_TYPE_EXCLUSIVE                      0x03
#define RESERVATION_TYPE_WRITE_EXCLUSIVE_REGISTRANTS    0x05
#define RESERVATION_TYPE_EXCLUSIVE_REGISTRANTS          0x06

/* START STOP UNIT bits and power conditions */
#define START_UNIT_CODE 0x01
#define STOP_UNIT_CODE  0x00

/* ------------------------------------------------------------------------------------- */
/* Status codes returned by the target (SAM)                                              */
/* ------------------------------------------------------------------------------------- */

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
#ifndef SCSISTAT_TASK_ABORTED
#define SCSISTAT_TASK_ABORTED           0x40
#endif

/* ------------------------------------------------------------------------------------- */
/* Sense data                                                                             */
/* ------------------------------------------------------------------------------------- */

/* Fixed-format sense data (response codes 0x70 / 0x71). */
typedef struct _SENSE_DATA {
    UCHAR ErrorCode : 7;
    UCHAR Valid : 1;
    UCHAR SegmentNumber;
    UCHAR SenseKey : 4;
    UCHAR Reserved : 1;
    UCHAR IncorrectLength : 1;
    UCHAR EndOfMedia : 1;
    UCHAR FileMark : 1;
    UCHAR Information[4];
    UCHAR AdditionalSenseLength;
    UCHAR CommandSpecificInformation[4];
    UCHAR AdditionalSenseCode;
    UCHAR AdditionalSenseCodeQualifier;
    UCHAR FieldReplaceableUnitCode;
    UCHAR SenseKeySpecific[3];
} SENSE_DATA, *PSENSE_DATA, FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;

/* Descriptor-format sense data (response codes 0x72 / 0x73). */
typedef struct _DESCRIPTOR_SENSE_DATA {
    UCHAR ErrorCode : 7;
    UCHAR Reserved1 : 1;
    UCHAR SenseKey : 4;
    UCHAR Reserved2 : 4;
    UCHAR AdditionalSenseCode;
    UCHAR AdditionalSenseCodeQualifier;
    UCHAR Reserved3[3];
    UCHAR AdditionalSenseLength;
    UCHAR DescriptorBuffer[ANYSIZE_ARRAY];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;

/* Common head of every sense data descriptor. */
typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
    UCHAR DescriptorType;
    UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;

/* Information descriptor (type 0x00). */
typedef struct _SCSI_SENSE_DESCRIPTOR_INFORMATION {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Reserved : 7;
    UCHAR Valid : 1;
    UCHAR Reserved2;
    UCHAR Information[8];
} SCSI_SENSE_DESCRIPTOR_INFORMATION, *PSCSI_SENSE_DESCRIPTOR_INFORMATION;

/* ATA Status Return descriptor (type 0x09, SAT). */
typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Extend : 1;
    UCHAR Reserved0 : 7;
    UCHAR Error;
    UCHAR SectorCount15_8;
    UCHAR SectorCount7_0;
    UCHAR LbaLow15_8;
    UCHAR LbaLow7_0;
    UCHAR LbaMid15_8;
    UCHAR LbaMid7_0;
    UCHAR LbaHigh15_8;
    UCHAR LbaHigh7_0;
    UCHAR Device;
    UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN, *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;

#ifndef SENSE_BUFFER_SIZE
#define SENSE_BUFFER_SIZE       sizeof(SENSE_DATA)
#endif
#ifndef MAX_SENSE_BUFFER_SIZE
#define MAX_SENSE_BUFFER_SIZE   255
#endif
#define MAX_ADDITIONAL_SENSE_BYTES (MAX_SENSE_BUFFER_SIZE - SENSE_BUFFER_SIZE)

/* Response codes (SENSE_DATA.ErrorCode) */
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT          0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED         0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT     0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED    0x73

/* Sense data descriptor types */
#define SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION              0x00
#define SCSI_SENSE_DESCRIPTOR_TYPE_COMMAND_SPECIFIC         0x01
#define SCSI_SENSE_DESCRIPTOR_TYPE_SENSE_KEY_SPECIFIC       0x02
#define SCSI_SENSE_DESCRIPTOR_TYPE_FIELD_REPLACEABLE_UNIT   0x03
#define SCSI_SENSE_DESCRIPTOR_TYPE_STREAM_COMMAND           0x04
#define SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND            0x05
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_OBJECT_IDENTIFICATION 0x06
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_INTEGRITY_CHECK      0x07
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_ATTRIBUTE_IDENTIFICATION 0x08
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN        0x09
#define SCSI_SENSE_DESCRIPTOR_TYPE_PROGRESS_INDICATION      0x0A
#define SCSI_SENSE_DESCRIPTOR_TYPE_USER_DATA_SEGMENT_REFERRAL 0x0B
#define SCSI_SENSE_DESCRIPTOR_TYPE_FORWARDED_SENSE_DATA     0x0C
#define SCSI_SENSE_DESCRIPTOR_TYPE_DIRECT_ACCESS_BLOCK_DEVICE 0x0D
#define SCSI_SENSE_DESCRIPTOR_TYPE_VENDOR_SPECIFIC          0x80

/* Sense keys */
#define SCSI_SENSE_NO_SENSE         0x00
#define SCSI_SENSE_RECOVERED_ERROR  0x01
#define SCSI_SENSE_NOT_READY        0x02
#define SCSI_SENSE_MEDIUM_ERROR     0x03
#define SCSI_SENSE_HARDWARE_ERROR   0x04
#define SCSI_SENSE_ILLEGAL_REQUEST  0x05
#define SCSI_SENSE_UNIT_ATTENTION   0x06
#define SCSI_SENSE_DATA_PROTECT     0x07
#define SCSI_SENSE_BLANK_CHECK      0x08
#define SCSI_SENSE_UNIQUE           0x09
#define SCSI_SENSE_COPY_ABORTED     0x0A
#define SCSI_SENSE_ABORTED_COMMAND  0x0B
#define SCSI_SENSE_EQUAL            0x0C
#define SCSI_SENSE_VOL_OVERFLOW     0x0D
#define SCSI_SENSE_MISCOMPARE       0x0E
#define SCSI_SENSE_RESERVED         0x0F

/* Additional sense codes (ASC) */
#define SCSI_ADSENSE_NO_SENSE                               0x00
#define SCSI_ADSENSE_NO_SEEK_COMPLETE                       0x02
#define SCSI_ADSENSE_WRITE                                  0x03
#define SCSI_ADSENSE_LUN_NOT_READY                          0x04
#define SCSI_ADSENSE_LUN_COMMUNICATION                      0x08
#define SCSI_ADSENSE_SERVO_ERROR                            0x09
#define SCSI_ADSENSE_WARNING                                0x0B
#define SCSI_ADSENSE_WRITE_ERROR                            0x0C
#define SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR               0x0D
#define SCSI_ADSENSE_CRC_OR_ECC_ERROR                       0x10
#define SCSI_ADSENSE_UNRECOVERED_ERROR                      0x11
#define SCSI_ADSENSE_TRACK_ERROR                            0x14
#define SCSI_ADSENSE_SEEK_ERROR                             0x15
#define SCSI_ADSENSE_REC_DATA_NOECC                         0x17
#define SCSI_ADSENSE_REC_DATA_ECC                           0x18
#define SCSI_ADSENSE_DEFECT_LIST_ERROR                      0x19
#define SCSI_ADSENSE_PARAMETER_LIST_LENGTH                  0x1A
#define SCSI_ADSENSE_MISCOMPARE_DURING_VERIFY_OPERATION     0x1D
#define SCSI_ADSENSE_ILLEGAL_COMMAND                        0x20
#define SCSI_ADSENSE_ACCESS_DENIED                          0x20
#define SCSI_ADSENSE_ILLEGAL_BLOCK                          0x21
#define SCSI_ADSENSE_INVALID_TOKEN                          0x23
#define SCSI_ADSENSE_INVALID_CDB                            0x24
#define SCSI_ADSENSE_INVALID_LUN                            0x25
#define SCSI_ADSENSE_INVALID_FIELD_PARAMETER_LIST           0x26
#define SCSI_ADSENSE_WRITE_PROTECT                          0x27
#define SCSI_ADSENSE_MEDIUM_CHANGED                         0x28
#define SCSI_ADSENSE_BUS_RESET                              0x29
#define SCSI_ADSENSE_PARAMETERS_CHANGED                     0x2A
#define SCSI_ADSENSE_COMMAND_SEQUENCE_ERROR                 0x2C
#define SCSI_ADSENSE_INSUFFICIENT_TIME_FOR_OPERATION        0x2E
#define SCSI_ADSENSE_INVALID_MEDIA                          0x30
#define SCSI_ADSENSE_MEDIUM_FORMAT_CORRUPTED                0x31
#define SCSI_ADSENSE_DEFECT_LIST                            0x32
#define SCSI_ADSENSE_ENCLOSURE_FAILURE                      0x34
#define SCSI_ADSENSE_ENCLOSURE_SERVICES_FAILURE             0x35
#define SCSI_ADSENSE_LB_PROVISIONING                        0x38
#define SCSI_ADSENSE_NO_MEDIA_IN_DEVICE                     0x3A
#define SCSI_ADSENSE_POSITION_ERROR                         0x3B
#define SCSI_ADSENSE_LOGICAL_UNIT_ERROR                     0x3E
#define SCSI_ADSENSE_OPERATING_CONDITIONS_CHANGED           0x3F
#define SCSI_ADSENSE_DATA_PATH_FAILURE                      0x41
#define SCSI_ADSENSE_POWER_ON_SELF_TEST_FAILURE             0x42
#define SCSI_ADSENSE_INTERNAL_TARGET_FAILURE                0x44
#define SCSI_ADSENSE_DATA_TRANSFER_ERROR                    0x4B
#define SCSI_ADSENSE_LUN_FAILED_SELF_CONFIGURATION          0x4C
#define SCSI_ADSENSE_RESOURCE_FAILURE                       0x55
#define SCSI_ADSENSE_OPERATOR_REQUEST                       0x5A
#define SCSI_ADSENSE_FAILURE_PREDICTION_THRESHOLD_EXCEEDED  0x5D
#define SCSI_ADSENSE_ILLEGAL_MODE_FOR_THIS_TRACK            0x64
#define SCSI_ADSENSE_COPY_PROTECTION_FAILURE                0x6F
#define SCSI_ADSENSE_POWER_CALIBRATION_ERROR                0x73
#define SCSI_ADSENSE_VENDOR_UNIQUE                          0x80
#define SCSI_ADSENSE_MUSIC_AREA                             0xA0
#define SCSI_ADSENSE_DATA_AREA                              0xA1
#define SCSI_ADSENSE_VOLUME_OVERFLOW                        0xA7

/* Additional sense code qualifiers (ASCQ); the comment names the ASC they go with. */
#define SCSI_SENSEQ_CAUSE_NOT_REPORTABLE            0x00 /* 0x04 */
#define SCSI_SENSEQ_BECOMING_READY                  0x01 /* 0x04 */
#define SCSI_SENSEQ_INIT_COMMAND_REQUIRED           0x02 /* 0x04 */
#define SCSI_SENSEQ_MANUAL_INTERVENTION_REQUIRED    0x03 /* 0x04 */
#define SCSI_SENSEQ_FORMAT_IN_PROGRESS              0x04 /* 0x04 */
#define SCSI_SENSEQ_REBUILD_IN_PROGRESS             0x05 /* 0x04 */
#define SCSI_SENSEQ_RECALCULATION_IN_PROGRESS       0x06 /* 0x04 */
#define SCSI_SENSEQ_OPERATION_IN_PROGRESS           0x07 /* 0x04 */
#define SCSI_SENSEQ_LONG_WRITE_IN_PROGRESS          0x08 /* 0x04 */
#define SCSI_SENSEQ_SELF_TEST_IN_PROGRESS           0x09 /* 0x04 */
#define SCSI_SENSEQ_ASYMMETRIC_ACCESS_STATE_TRANSITION 0x0A /* 0x04 */
#define SCSI_SENSEQ_TARGET_PORT_IN_STANDBY_STATE    0x0B /* 0x04 */
#define SCSI_SENSEQ_TARGET_PORT_IN_UNAVAILABLE_STATE 0x0C /* 0x04 */
#define SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS         0x14 /* 0x04 */
#define SCSI_SENSEQ_FILEMARK_DETECTED               0x01 /* 0x00 */
#define SCSI_SENSEQ_END_OF_MEDIA_DETECTED           0x02 /* 0x00 */
#define SCSI_SENSEQ_SETMARK_DETECTED                0x03 /* 0x00 */
#define SCSI_SENSEQ_BEGINNING_OF_MEDIA_DETECTED     0x04 /* 0x00 */
#define SCSI_SENSEQ_LOGICAL_BLOCK_GUARD_CHECK_FAILED            0x01 /* 0x10 */
#define SCSI_SENSEQ_LOGICAL_BLOCK_TAG_CHECK_FAILED              0x02 /* 0x10 */
#define SCSI_SENSEQ_LOGICAL_BLOCK_REFERENCE_TAG_CHECK_FAILED    0x03 /* 0x10 */
#define SCSI_SENSEQ_ILLEGAL_ELEMENT_ADDR            0x01 /* 0x21 */
#define SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION 0x04 /* 0x26 */
#define SCSI_SENSEQ_TOO_MANY_TARGET_DESCRIPTORS     0x06 /* 0x26 */
#define SCSI_SENSEQ_UNSUPPORTED_TARGET_DESCRIPTOR_TYPE_CODE 0x07 /* 0x26 */
#define SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS    0x08 /* 0x26 */
#define SCSI_SENSEQ_UNSUPPORTED_SEGMENT_DESCRIPTOR_TYPE_CODE 0x09 /* 0x26 */
#define SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT 0x07 /* 0x27 */
#define SCSI_SENSEQ_IMPORT_OR_EXPORT_ELEMENT_ACCESSED 0x01 /* 0x28 */
#define SCSI_SENSEQ_FORMAT_LAYER_MAY_HAVE_CHANGED   0x02 /* 0x28 */
#define SCSI_SENSEQ_POWER_ON_RESET                  0x00 /* 0x29 */
#define SCSI_SENSEQ_POWER_ON_OCCURRED               0x01 /* 0x29 */
#define SCSI_SENSEQ_SCSI_BUS_RESET_OCCURRED         0x02 /* 0x29 */
#define SCSI_SENSEQ_BUS_DEVICE_RESET_OCCURRED       0x03 /* 0x29 */
#define SCSI_SENSEQ_DEVICE_INTERNAL_RESET           0x04 /* 0x29 */
#define SCSI_SENSEQ_MODE_PARAMETERS_CHANGED         0x01 /* 0x2A */
#define SCSI_SENSEQ_LOG_PARAMETERS_CHANGED          0x02 /* 0x2A */
#define SCSI_SENSEQ_RESERVATIONS_PREEMPTED          0x03 /* 0x2A */
#define SCSI_SENSEQ_RESERVATIONS_RELEASED           0x04 /* 0x2A */
#define SCSI_SENSEQ_REGISTRATIONS_PREEMPTED         0x05 /* 0x2A */
#define SCSI_SENSEQ_CAPACITY_DATA_CHANGED           0x09 /* 0x2A */
#define SCSI_SENSEQ_INCOMPATIBLE_MEDIA_INSTALLED    0x00 /* 0x30 */
#define SCSI_SENSEQ_UNKNOWN_FORMAT                  0x01 /* 0x30 */
#define SCSI_SENSEQ_INCOMPATIBLE_FORMAT             0x02 /* 0x30 */
#define SCSI_SENSEQ_CLEANING_CARTRIDGE_INSTALLED    0x03 /* 0x30 */
#define SCSI_SENSEQ_SOFT_THRESHOLD_REACHED          0x07 /* 0x38 */
#define SCSI_SENSEQ_MEDIUM_NOT_PRESENT_TRAY_CLOSED  0x01 /* 0x3A */
#define SCSI_SENSEQ_MEDIUM_NOT_PRESENT_TRAY_OPEN    0x02 /* 0x3A */
#define SCSI_SENSEQ_DESTINATION_FULL                0x0D /* 0x3B */
#define SCSI_SENSEQ_SOURCE_EMPTY                    0x0E /* 0x3B */
#define SCSI_SENSEQ_MEDIUM_REMOVAL                  0x11 /* 0x3B: medium magazine not accessible */
#define SCSI_SENSEQ_TARGET_OPERATING_CONDITIONS_CHANGED 0x00 /* 0x3F */
#define SCSI_SENSEQ_MICROCODE_CHANGED               0x01 /* 0x3F */
#define SCSI_SENSEQ_OPERATING_DEFINITION_CHANGED    0x02 /* 0x3F */
#define SCSI_SENSEQ_INQUIRY_DATA_CHANGED            0x03 /* 0x3F */
#define SCSI_SENSEQ_COMPONENT_DEVICE_ATTACHED       0x04 /* 0x3F */
#define SCSI_SENSEQ_DEVICE_IDENTIFIER_CHANGED       0x05 /* 0x3F */
#define SCSI_SENSEQ_REDUNDANCY_GROUP_MODIFIED       0x06 /* 0x3F */
#define SCSI_SENSEQ_REDUNDANCY_GROUP_DELETED        0x07 /* 0x3F */
#define SCSI_SENSEQ_SPARE_MODIFIED                  0x08 /* 0x3F */
#define SCSI_SENSEQ_SPARE_DELETED                   0x09 /* 0x3F */
#define SCSI_SENSEQ_VOLUME_SET_MODIFIED             0x0A /* 0x3F */
#define SCSI_SENSEQ_VOLUME_SET_DELETED              0x0B /* 0x3F */
#define SCSI_SENSEQ_VOLUME_SET_DEASSIGNED           0x0C /* 0x3F */
#define SCSI_SENSEQ_VOLUME_SET_REASSIGNED           0x0D /* 0x3F */
#define SCSI_SENSEQ_REPORTED_LUNS_DATA_CHANGED      0x0E /* 0x3F */
#define SCSI_SENSEQ_ECHO_BUFFER_OVERWRITTEN         0x0F /* 0x3F */
#define SCSI_SENSEQ_MEDIUM_LOADABLE                 0x10 /* 0x3F */
#define SCSI_SENSEQ_MEDIUM_AUXILIARY_MEMORY_ACCESSIBLE 0x11 /* 0x3F */
#define SCSI_SENSEQ_COMM_FAILURE                    0x00 /* 0x08 */
#define SCSI_SENSEQ_COMM_TIMEOUT                    0x01 /* 0x08 */
#define SCSI_SENSEQ_COMM_PARITY_ERROR               0x02 /* 0x08 */
#define SCSI_SESNEQ_COMM_CRC_ERROR                  0x03 /* 0x08; the misspelling is the documented name */
#define SCSI_SENSEQ_UNREACHABLE_TARGET              0x04 /* 0x08 */
#define SCSI_SENSEQ_WRITE_ERROR_RECOVERY_NEEDED     0x08 /* 0x0C */
#define SCSI_SENSEQ_NO_ACCESS_RIGHTS                0x02 /* 0x20 */
#define SCSI_SENSEQ_INVALID_LU_IDENTIFIER           0x09 /* 0x20 */
#define SCSI_SENSEQ_AUTHENTICATION_FAILURE          0x00 /* 0x6F */
#define SCSI_SENSEQ_KEY_NOT_PRESENT                 0x01 /* 0x6F */
#define SCSI_SENSEQ_KEY_NOT_ESTABLISHED             0x02 /* 0x6F */
#define SCSI_SENSEQ_READ_OF_SCRAMBLED_SECTOR_WITHOUT_AUTHENTICATION 0x03 /* 0x6F */
#define SCSI_SENSEQ_MEDIA_CODE_MISMATCHED_TO_LOGICAL_UNIT 0x04 /* 0x6F */
#define SCSI_SENSEQ_LOGICAL_UNIT_RESET_COUNT_ERROR  0x05 /* 0x6F */

/* ------------------------------------------------------------------------------------- */
/* Standard INQUIRY data                                                                  */
/* ------------------------------------------------------------------------------------- */

/* Version descriptor: a big-endian 16-bit code. */
typedef struct _VERSION_DESCRIPTOR {
    UCHAR MSB;
    UCHAR LSB;
} VERSION_DESCRIPTOR, *PVERSION_DESCRIPTOR;

#define VER_DESCRIPTOR_1667_NOVERSION   0xFFC0
#define VER_DESCRIPTOR_1667_2006        0xFFC1
#define VER_DESCRIPTOR_1667_2009        0xFFC2

typedef struct _INQUIRYDATA {
    UCHAR DeviceType : 5;               /* byte 0 */
    UCHAR DeviceTypeQualifier : 3;
    UCHAR DeviceTypeModifier : 7;       /* byte 1 */
    UCHAR RemovableMedia : 1;
    union {                             /* byte 2 */
        UCHAR Versions;
        struct {
            UCHAR ANSIVersion : 3;
            UCHAR ECMAVersion : 3;
            UCHAR ISOVersion : 2;
        };
    };
    UCHAR ResponseDataFormat : 4;       /* byte 3 */
    UCHAR HiSupport : 1;
    UCHAR NormACA : 1;
    UCHAR TerminateTask : 1;
    UCHAR AERC : 1;
    UCHAR AdditionalLength;             /* byte 4 */
    union {                             /* byte 5 */
        UCHAR Reserved;
        struct {
            UCHAR PROTECT : 1;
            UCHAR Reserved_1 : 2;
            UCHAR ThirdPartyCoppy : 1;
            UCHAR TPGS : 2;
            UCHAR ACC : 1;
            UCHAR SCCS : 1;
        };
    };
    UCHAR Addr16 : 1;                   /* byte 6 */
    UCHAR Addr32 : 1;
    UCHAR AckReqQ : 1;
    UCHAR MediumChanger : 1;
    UCHAR MultiPort : 1;
    UCHAR ReservedBit2 : 1;
    UCHAR EnclosureServices : 1;
    UCHAR ReservedBit3 : 1;
    UCHAR SoftReset : 1;                /* byte 7 */
    UCHAR CommandQueue : 1;
    UCHAR TransferDisable : 1;
    UCHAR LinkedCommands : 1;
    UCHAR Synchronous : 1;
    UCHAR Wide16Bit : 1;
    UCHAR Wide32Bit : 1;
    UCHAR RelativeAddressing : 1;
    UCHAR VendorId[8];                  /* bytes 8-15 */
    UCHAR ProductId[16];                /* bytes 16-31 */
    UCHAR ProductRevisionLevel[4];      /* bytes 32-35 */
    UCHAR VendorSpecific[20];           /* bytes 36-55 */
    UCHAR Reserved3[2];                 /* bytes 56-57 */
    VERSION_DESCRIPTOR VersionDescriptors[8]; /* bytes 58-73 */
    UCHAR Reserved4[30];
} INQUIRYDATA, *PINQUIRYDATA;

/* The part of INQUIRYDATA that every device returns. */
#define INQUIRYDATABUFFERSIZE 36
#define INQUIRY_DATA_SIZE     (sizeof(INQUIRYDATA))

/* Peripheral device types (INQUIRYDATA.DeviceType) */
#define DIRECT_ACCESS_DEVICE                0x00
#define SEQUENTIAL_ACCESS_DEVICE            0x01
#define PRINTER_DEVICE                      0x02
#define PROCESSOR_DEVICE                    0x03
#define WRITE_ONCE_READ_MULTIPLE_DEVICE     0x04
#define READ_ONLY_DIRECT_ACCESS_DEVICE      0x05
#define SCANNER_DEVICE                      0x06
#define OPTICAL_DEVICE                      0x07
#define MEDIUM_CHANGER                      0x08
#define COMMUNICATION_DEVICE                0x09
#define ARRAY_CONTROLLER_DEVICE             0x0C
#define SCSI_ENCLOSURE_DEVICE               0x0D
#define REDUCED_BLOCK_DEVICE                0x0E
#define OPTICAL_CARD_READER_WRITER_DEVICE   0x0F
#define BRIDGE_CONTROLLER_DEVICE            0x10
#define OBJECT_BASED_STORAGE_DEVICE         0x11
#define HOST_MANAGED_ZONED_BLOCK_DEVICE     0x14
#define UNKNOWN_OR_NO_DEVICE                0x1F
#define LOGICAL_UNIT_NOT_PRESENT_DEVICE     0x7F

/* Peripheral qualifiers (INQUIRYDATA.DeviceTypeQualifier) */
#define DEVICE_QUALIFIER_ACTIVE             0x00
#define DEVICE_QUALIFIER_NOT_ACTIVE         0x01
#define DEVICE_QUALIFIER_NOT_SUPPORTED      0x03
#define DEVICE_CONNECTED                    0x00

/* ------------------------------------------------------------------------------------- */
/* Vital product data pages                                                               */
/* ------------------------------------------------------------------------------------- */

#define VPD_MAX_BUFFER_SIZE                     0xFF

#define VPD_SUPPORTED_PAGES                     0x00
#define VPD_SERIAL_NUMBER                       0x80
#define VPD_DEVICE_IDENTIFIERS                  0x83
#define VPD_MEDIA_SERIAL_NUMBER                 0x84
#define VPD_SOFTWARE_INTERFACE_IDENTIFIERS      0x84
#define VPD_NETWORK_MANAGEMENT_ADDRESSES        0x85
#define VPD_EXTENDED_INQUIRY_DATA               0x86
#define VPD_MODE_PAGE_POLICY                    0x87
#define VPD_SCSI_PORTS                          0x88
#define VPD_ATA_INFORMATION                     0x89
#define VPD_THIRD_PARTY_COPY                    0x8F
#define VPD_BLOCK_LIMITS                        0xB0
#define VPD_BLOCK_DEVICE_CHARACTERISTICS        0xB1
#define VPD_LOGICAL_BLOCK_PROVISIONING          0xB2
#define VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS  0xB6

/* Page 0x00: list of supported page codes. */
typedef struct _VPD_SUPPORTED_PAGES_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR Reserved;
    UCHAR PageLength;
    UCHAR SupportedPageList[0];
} VPD_SUPPORTED_PAGES_PAGE, *PVPD_SUPPORTED_PAGES_PAGE;

/* Page 0x80: unit serial number (ASCII). */
typedef struct _VPD_SERIAL_NUMBER_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR Reserved;
    UCHAR PageLength;
    UCHAR SerialNumber[0];
} VPD_SERIAL_NUMBER_PAGE, *PVPD_SERIAL_NUMBER_PAGE;

/* Page 0x83: device identification. */
typedef enum _VPD_CODE_SET {
    VpdCodeSetReserved = 0,
    VpdCodeSetBinary = 1,
    VpdCodeSetAscii = 2,
    VpdCodeSetUTF8 = 3
} VPD_CODE_SET, *PVPD_CODE_SET;

typedef enum _VPD_ASSOCIATION {
    VpdAssocDevice = 0,
    VpdAssocPort = 1,
    VpdAssocTarget = 2,
    VpdAssocReserved1 = 3,
    VpdAssocReserved2 = 4
} VPD_ASSOCIATION, *PVPD_ASSOCIATION;

typedef enum _VPD_IDENTIFIER_TYPE {
    VpdIdentifierTypeVendorSpecific = 0,
    VpdIdentifierTypeVendorId = 1,
    VpdIdentifierTypeEUI64 = 2,
    VpdIdentifierTypeFCPHName = 3,
    VpdIdentifierTypePortRelative = 4,
    VpdIdentifierTypeTargetPortGroup = 5,
    VpdIdentifierTypeLogicalUnitGroup = 6,
    VpdIdentifierTypeMD5LogicalUnitId = 7,
    VpdIdentifierTypeSCSINameString = 8
} VPD_IDENTIFIER_TYPE, *PVPD_IDENTIFIER_TYPE;

typedef struct _VPD_IDENTIFICATION_DESCRIPTOR {
    UCHAR CodeSet : 4;          /* VPD_CODE_SET */
    UCHAR Reserved : 4;         /* protocol identifier */
    UCHAR IdentifierType : 4;   /* VPD_IDENTIFIER_TYPE */
    UCHAR Association : 2;      /* VPD_ASSOCIATION */
    UCHAR Reserved2 : 2;        /* bit 7: PIV */
    UCHAR Reserved3;
    UCHAR IdentifierLength;
    UCHAR Identifier[0];
} VPD_IDENTIFICATION_DESCRIPTOR, *PVPD_IDENTIFICATION_DESCRIPTOR;

typedef struct _VPD_IDENTIFICATION_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR Reserved;
    UCHAR PageLength;
    UCHAR Descriptors[0];       /* VPD_IDENTIFICATION_DESCRIPTORs */
} VPD_IDENTIFICATION_PAGE, *PVPD_IDENTIFICATION_PAGE;

/* Page 0x86: extended INQUIRY data. */
typedef struct _VPD_EXTENDED_INQUIRY_DATA_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR RefChk : 1;           /* byte 4 */
    UCHAR AppChk : 1;
    UCHAR GrdChk : 1;
    UCHAR Spt : 3;
    UCHAR ActivateMicrocode : 2;
    UCHAR SimpSup : 1;          /* byte 5 */
    UCHAR OrdSup : 1;
    UCHAR HeadSup : 1;
    UCHAR PriorSup : 1;
    UCHAR GroupSup : 1;
    UCHAR UaskSup : 1;
    UCHAR Reserved0 : 2;
    UCHAR VSup : 1;             /* byte 6 */
    UCHAR NvSup : 1;
    UCHAR CrdSup : 1;
    UCHAR WuSup : 1;
    UCHAR Reserved1 : 4;
    UCHAR LuiClr : 1;           /* byte 7 */
    UCHAR Reserved2 : 3;
    UCHAR PiiSup : 1;
    UCHAR NoPiChk : 1;
    UCHAR Reserved3 : 2;
    UCHAR Cbcs : 1;             /* byte 8 */
    UCHAR Reserved4 : 3;
    UCHAR RSup : 1;
    UCHAR Reserved5 : 3;
    UCHAR MultiITNexusMicrocodeDownload : 4; /* byte 9 */
    UCHAR Reserved6 : 4;
    UCHAR ExtendedSelfTestCompletionMinutes[2]; /* bytes 10-11 */
    UCHAR Reserved7 : 5;        /* byte 12 */
    UCHAR VsaSup : 1;
    UCHAR HraSup : 1;
    UCHAR PoaSup : 1;
    UCHAR MaxSupportedSenseDataLength; /* byte 13 */
    UCHAR Reserved8[50];
} VPD_EXTENDED_INQUIRY_DATA_PAGE, *PVPD_EXTENDED_INQUIRY_DATA_PAGE;

/* Page 0x89: ATA information (SAT). */
typedef struct _VPD_ATA_INFORMATION_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR Reserved0[4];
    UCHAR VendorId[8];
    UCHAR ProductId[16];
    UCHAR ProductRevisionLevel[4];
    UCHAR DeviceSignature[20];
    UCHAR CommandCode;
    UCHAR Reserved1[3];
    UCHAR IdentifyDeviceData[512];
} VPD_ATA_INFORMATION_PAGE, *PVPD_ATA_INFORMATION_PAGE;

/* Page 0xB0: block limits (SBC). */
typedef struct _VPD_BLOCK_LIMITS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    union {
        struct {
            UCHAR WSNZ : 1;                                 /* byte 4 */
            UCHAR Reserved0 : 7;
            UCHAR MaximumCompareAndWriteLength;             /* byte 5 */
            UCHAR OptimalTransferLengthGranularity[2];      /* bytes 6-7 */
            UCHAR MaximumTransferLength[4];                 /* bytes 8-11 */
            UCHAR OptimalTransferLength[4];                 /* bytes 12-15 */
            UCHAR MaxPrefetchXDReadXDWriteTransferLength[4];/* bytes 16-19 */
            UCHAR MaximumUnmapLBACount[4];                  /* bytes 20-23 */
            UCHAR MaximumUnmapBlockDescriptorCount[4];      /* bytes 24-27 */
            UCHAR OptimalUnmapGranularity[4];               /* bytes 28-31 */
            union {                                         /* bytes 32-35 */
                struct {
                    UCHAR UnmapGranularityAlignmentByte3 : 7;
                    UCHAR UGAValid : 1;
                    UCHAR UnmapGranularityAlignmentByte2;
                    UCHAR UnmapGranularityAlignmentByte1;
                    UCHAR UnmapGranularityAlignmentByte0;
                };
                UCHAR UnmapGranularityAlignment[4];
            };
            UCHAR MaxWriteSameLength[8];                    /* bytes 36-43 */
            UCHAR MaxAtomicTransferLength[4];               /* bytes 44-47 */
            UCHAR AtomicAlignment[4];                       /* bytes 48-51 */
            UCHAR AtomicTransferLengthGranularity[4];       /* bytes 52-55 */
            UCHAR MaxAtomicTransferLengthWithAtomicBoundary[4]; /* bytes 56-59 */
            UCHAR MaxAtomicBoundarySize[4];                 /* bytes 60-63 */
        };
        UCHAR Descriptors[0];
    };
} VPD_BLOCK_LIMITS_PAGE, *PVPD_BLOCK_LIMITS_PAGE;

/* Page 0xB1: block device characteristics (SBC). */
typedef struct _VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR Reserved0;
    UCHAR PageLength;
    UCHAR MediumRotationRateMsb;    /* 0x0001: non-rotating medium */
    UCHAR MediumRotationRateLsb;
    UCHAR MediumProductType;
    UCHAR NominalFormFactor : 4;    /* byte 7 */
    UCHAR WACEREQ : 2;
    UCHAR WABEREQ : 2;
    UCHAR VBULS : 1;                /* byte 8 */
    UCHAR FUAB : 1;
    UCHAR BOCS : 1;
    UCHAR Reserved1 : 1;
    UCHAR ZONED : 2;
    UCHAR Reserved2 : 2;
    UCHAR Reserved3[55];
} VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE, *PVPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE;

/* Page 0xB2: logical block provisioning (SBC). */
#define PROVISIONING_TYPE_UNKNOWN   0x00
#define PROVISIONING_TYPE_RESOURCE  0x01
#define PROVISIONING_TYPE_THIN      0x02

typedef struct _VPD_LOGICAL_BLOCK_PROVISIONING_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR ThresholdExponent;        /* byte 4 */
    UCHAR DP : 1;                   /* byte 5 */
    UCHAR ANC_SUP : 1;
    UCHAR LBPRZ : 1;
    UCHAR Reserved0 : 2;
    UCHAR LBPWS10 : 1;
    UCHAR LBPWS : 1;
    UCHAR LBPU : 1;
    UCHAR ProvisioningType : 3;     /* byte 6 */
    UCHAR Reserved1 : 5;
    UCHAR Reserved2;
    UCHAR ProvisioningGroupDescr[0];
} VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, *PVPD_LOGICAL_BLOCK_PROVISIONING_PAGE;

/* ------------------------------------------------------------------------------------- */
/* READ CAPACITY parameter data                                                           */
/* ------------------------------------------------------------------------------------- */

#pragma pack(pop, dpccheck_scsi)

/* READ CAPACITY(10): both values big-endian on the wire. */
typedef struct _READ_CAPACITY_DATA {
    ULONG LogicalBlockAddress;
    ULONG BytesPerBlock;
} READ_CAPACITY_DATA, *PREAD_CAPACITY_DATA;

#pragma pack(push, dpccheck_scsi, 1)

/* First 12 bytes of READ CAPACITY(16) data. */
typedef struct _READ_CAPACITY_DATA_EX {
    LARGE_INTEGER LogicalBlockAddress;
    ULONG BytesPerBlock;
} READ_CAPACITY_DATA_EX, *PREAD_CAPACITY_DATA_EX;

/* Full READ CAPACITY(16) parameter data. */
typedef struct _READ_CAPACITY16_DATA {
    LARGE_INTEGER LogicalBlockAddress;          /* bytes 0-7 */
    ULONG BytesPerBlock;                        /* bytes 8-11 */
    UCHAR ProtectionEnable : 1;                 /* byte 12 */
    UCHAR ProtectionType : 3;
    UCHAR Reserved : 4;
    UCHAR LogicalPerPhysicalExponent : 4;       /* byte 13 */
    UCHAR ProtectionInfoIntervalExponent : 4;
    UCHAR LowestAlignedBlock_MSB : 6;           /* byte 14 */
    UCHAR LBPRZ : 1;
    UCHAR LBPME : 1;
    UCHAR LowestAlignedBlock_LSB;               /* byte 15 */
    UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

/* ------------------------------------------------------------------------------------- */
/* Mode parameters                                                                        */
/* ------------------------------------------------------------------------------------- */

typedef struct _MODE_PARAMETER_HEADER {
    UCHAR ModeDataLength;
    UCHAR MediumType;
    UCHAR DeviceSpecificParameter;
    UCHAR BlockDescriptorLength;
} MODE_PARAMETER_HEADER, *PMODE_PARAMETER_HEADER;

typedef struct _MODE_PARAMETER_HEADER10 {
    UCHAR ModeDataLength[2];
    UCHAR MediumType;
    UCHAR DeviceSpecificParameter;
    UCHAR Reserved[2];
    UCHAR BlockDescriptorLength[2];
} MODE_PARAMETER_HEADER10, *PMODE_PARAMETER_HEADER10;

/* DeviceSpecificParameter bits for direct-access devices */
#define MODE_FD_SINGLE_SIDE     0x01
#define MODE_FD_DOUBLE_SIDE     0x02
#define MODE_FD_MAXIMUM_TYPE    0x1E
#define MODE_DSP_FUA_SUPPORTED  0x10
#define MODE_DSP_WRITE_PROTECT  0x80

typedef struct _MODE_PARAMETER_BLOCK {
    UCHAR DensityCode;
    UCHAR NumberOfBlocks[3];
    UCHAR Reserved;
    UCHAR BlockLength[3];
} MODE_PARAMETER_BLOCK, *PMODE_PARAMETER_BLOCK;

/* Long LBA block descriptor (MODE SENSE(10) with LongLBAAccepted). */
typedef struct _LONG_LBA_MODE_PARAMETER_BLOCK {
    UCHAR NumberOfBlocks[8];
    UCHAR Reserved[4];
    UCHAR BlockLength[4];
} LONG_LBA_MODE_PARAMETER_BLOCK, *PLONG_LBA_MODE_PARAMETER_BLOCK;

/* Header of a mode page in page_0 format. */
typedef struct _MODE_PAGE_HEADER {
    UCHAR PageCode : 6;
    UCHAR Reserved : 1;
    UCHAR PageSavable : 1;
    UCHAR PageLength;
} MODE_PAGE_HEADER, *PMODE_PAGE_HEADER;

/* Header of a mode page in sub_page format. */
typedef struct _MODE_PAGE_SUBPAGE_HEADER {
    UCHAR PageCode : 6;
    UCHAR SubPageFormat : 1;
    UCHAR PageSavable : 1;
    UCHAR SubPageCode;
    UCHAR PageLength[2];
} MODE_PAGE_SUBPAGE_HEADER, *PMODE_PAGE_SUBPAGE_HEADER;

/* Page 0x01: read-write error recovery. */
typedef struct _MODE_READ_WRITE_RECOVERY_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved1 : 1;
    UCHAR PSBit : 1;
    UCHAR PageLength;
    UCHAR DCRBit : 1;
    UCHAR DTEBit : 1;
    UCHAR PERBit : 1;
    UCHAR EERBit : 1;
    UCHAR RCBit : 1;
    UCHAR TBBit : 1;
    UCHAR ARRE : 1;
    UCHAR AWRE : 1;
    UCHAR ReadRetryCount;
    UCHAR Reserved4[4];
    UCHAR WriteRetryCount;
    UCHAR Reserved5[3];
} MODE_READ_WRITE_RECOVERY_PAGE, *PMODE_READ_WRITE_RECOVERY_PAGE;

/* Page 0x03: format device. */
typedef struct _MODE_FORMAT_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved : 1;
    UCHAR PageSavable : 1;
    UCHAR PageLength;
    UCHAR TracksPerZone[2];
    UCHAR AlternateSectorsPerZone[2];
    UCHAR AlternateTracksPerZone[2];
    UCHAR AlternateTracksPerLogicalUnit[2];
    UCHAR SectorsPerTrack[2];
    UCHAR BytesPerPhysicalSector[2];
    UCHAR Interleave[2];
    UCHAR TrackSkewFactor[2];
    UCHAR CylinderSkewFactor[2];
    UCHAR Reserved2 : 4;
    UCHAR SurfaceFirst : 1;
    UCHAR RemovableMedia : 1;
    UCHAR HardSectorFormating : 1;
    UCHAR SoftSectorFormating : 1;
    UCHAR Reserved3[3];
} MODE_FORMAT_PAGE, *PMODE_FORMAT_PAGE;

/* Page 0x08: caching (the first twelve bytes the documentation describes). */
typedef struct _MODE_CACHING_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved : 1;
    UCHAR PageSavable : 1;
    UCHAR PageLength;
    UCHAR ReadDisableCache : 1;         /* RCD */
    UCHAR MultiplicationFactor : 1;     /* MF */
    UCHAR WriteCacheEnable : 1;         /* WCE */
    UCHAR Reserved2 : 5;
    UCHAR WriteRetensionPriority : 4;
    UCHAR ReadRetensionPriority : 4;
    UCHAR DisablePrefetchTransfer[2];
    UCHAR MinimumPrefetch[2];
    UCHAR MaximumPrefetch[2];
    UCHAR MaximumPrefetchCeiling[2];
} MODE_CACHING_PAGE, *PMODE_CACHING_PAGE;

/* Page 0x0A: control. */
typedef struct _MODE_CONTROL_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved : 1;
    UCHAR PageSavable : 1;
    UCHAR PageLength;
    UCHAR RLEC : 1;                     /* byte 2 */
    UCHAR GLTSD : 1;
    UCHAR D_SENSE : 1;
    UCHAR DPICZ : 1;
    UCHAR TMF_ONLY : 1;
    UCHAR TST : 3;
    UCHAR Reserved1 : 1;                /* byte 3 */
    UCHAR QERR : 2;
    UCHAR NUAR : 1;
    UCHAR QueueAlgorithmModifier : 4;
    UCHAR Reserved2 : 3;                /* byte 4 */
    UCHAR SWP : 1;
    UCHAR UA_INTLCK_CTRL : 2;
    UCHAR RAC : 1;
    UCHAR VS : 1;
    UCHAR AutoloadMode : 3;             /* byte 5 */
    UCHAR Reserved3 : 1;
    UCHAR RWWP : 1;
    UCHAR ATMPE : 1;
    UCHAR TAS : 1;
    UCHAR ATO : 1;
    UCHAR Reserved4[2];
    UCHAR BusyTimeoutPeriod[2];
    UCHAR ExtendedSelfTestCompletionTime[2];
} MODE_CONTROL_PAGE, *PMODE_CONTROL_PAGE;

/* Page 0x1A: power condition. */
typedef struct _POWER_CONDITION_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved : 1;
    UCHAR PSBit : 1;
    UCHAR PageLength;
    UCHAR Standby : 1;
    UCHAR Idle : 1;
    UCHAR Reserved2 : 6;
    UCHAR Reserved3;
    UCHAR IdleTimer[4];
    UCHAR StandbyTimer[4];
} POWER_CONDITION_PAGE, *PPOWER_CONDITION_PAGE;

/* Page 0x1C: informational exceptions control. */
typedef struct _MODE_INFO_EXCEPTIONS {
    UCHAR PageCode : 6;
    UCHAR Reserved1 : 1;
    UCHAR PSBit : 1;
    UCHAR PageLength;
    union {
        UCHAR Flags;
        struct {
            UCHAR LogErr : 1;
            UCHAR Reserved2 : 1;
            UCHAR Test : 1;
            UCHAR Dexcpt : 1;
            UCHAR Reserved3 : 3;
            UCHAR Perf : 1;
        };
    };
    UCHAR ReportMethod : 4;
    UCHAR Reserved4 : 4;
    UCHAR IntervalTimer[4];
    UCHAR ReportCount[4];
} MODE_INFO_EXCEPTIONS, *PMODE_INFO_EXCEPTIONS;

/* Mode page codes */
#define MODE_PAGE_VENDOR_SPECIFIC           0x00
#define MODE_PAGE_ERROR_RECOVERY            0x01
#define MODE_PAGE_DISCONNECT                0x02
#define MODE_PAGE_FORMAT_DEVICE             0x03
#define MODE_PAGE_MRW                       0x03
#define MODE_PAGE_RIGID_GEOMETRY            0x04
#define MODE_PAGE_FLEXIBILE                 0x05    /* sic, the documented spelling */
#define MODE_PAGE_WRITE_PARAMETERS          0x05
#define MODE_PAGE_VERIFY_ERROR              0x07
#define MODE_PAGE_CACHING                   0x08
#define MODE_PAGE_PERIPHERAL                0x09
#define MODE_PAGE_CONTROL                   0x0A
#define MODE_PAGE_MEDIUM_TYPES              0x0B
#define MODE_PAGE_NOTCH_PARTITION           0x0C
#define MODE_PAGE_CD_AUDIO_CONTROL          0x0E
#define MODE_PAGE_DATA_COMPRESS             0x0F
#define MODE_PAGE_DEVICE_CONFIG             0x10
#define MODE_PAGE_XOR_CONTROL               0x10
#define MODE_PAGE_MEDIUM_PARTITION          0x11
#define MODE_PAGE_ENCLOSURE_SERVICES_MANAGEMENT 0x14
#define MODE_PAGE_EXTENDED                  0x15
#define MODE_PAGE_EXTENDED_DEVICE_SPECIFIC  0x16
#define MODE_PAGE_CDVD_FEATURE_SET          0x18
#define MODE_PAGE_PROTOCOL_SPECIFIC_LUN     0x18
#define MODE_PAGE_PROTOCOL_SPECIFIC_PORT    0x19
#define MODE_PAGE_POWER_CONDITION           0x1A
#define MODE_PAGE_LUN_MAPPING               0x1B
#define MODE_PAGE_FAULT_REPORTING           0x1C
#define MODE_PAGE_CDVD_INACTIVITY           0x1D
#define MODE_PAGE_ELEMENT_ADDRESS           0x1D
#define MODE_PAGE_TRANSPORT_GEOMETRY        0x1E
#define MODE_PAGE_DEVICE_CAPABILITIES       0x1F
#define MODE_PAGE_CAPABILITIES              0x2A
#define MODE_SENSE_RETURN_ALL               0x3F

/* Page control field of MODE SENSE (the Pc member, shifted into the page byte) */
#define MODE_SENSE_CURRENT_VALUES           0x00
#define MODE_SENSE_CHANGEABLE_VALUES        0x40
#define MODE_SENSE_DEFAULT_VAULES           0x80    /* sic, the documented spelling */
#define MODE_SENSE_DEFAULT_VALUES           0x80
#define MODE_SENSE_SAVED_VALUES             0xC0

/* MODE SELECT flags */
#define SETBITON    1
#define SETBITOFF   0

/* ------------------------------------------------------------------------------------- */
/* REPORT LUNS and UNMAP parameter data                                                   */
/* ------------------------------------------------------------------------------------- */

typedef struct _LUN_LIST {
    UCHAR LunListLength[4];     /* bytes of LUN entries that follow, big-endian */
    UCHAR Reserved[4];
    UCHAR Lun[0][8];
} LUN_LIST, *PLUN_LIST;

typedef struct _UNMAP_BLOCK_DESCRIPTOR {
    UCHAR StartingLba[8];
    UCHAR LbaCount[4];
    UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;

typedef struct _UNMAP_LIST_HEADER {
    UCHAR DataLength[2];
    UCHAR BlockDescrDataLength[2];
    UCHAR Reserved[4];
    UNMAP_BLOCK_DESCRIPTOR Descriptors[0];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;

#pragma pack(pop, dpccheck_scsi)

/* ------------------------------------------------------------------------------------- */
/* Byte-order helpers                                                                     */
/* ------------------------------------------------------------------------------------- */

typedef union _EIGHT_BYTE {
    struct {
        UCHAR Byte0;
        UCHAR Byte1;
        UCHAR Byte2;
        UCHAR Byte3;
        UCHAR Byte4;
        UCHAR Byte5;
        UCHAR Byte6;
        UCHAR Byte7;
    };
    ULONGLONG AsULongLong;
} EIGHT_BYTE, *PEIGHT_BYTE;

typedef union _FOUR_BYTE {
    struct {
        UCHAR Byte0;
        UCHAR Byte1;
        UCHAR Byte2;
        UCHAR Byte3;
    };
    ULONG AsULong;
} FOUR_BYTE, *PFOUR_BYTE;

typedef union _TWO_BYTE {
    struct {
        UCHAR Byte0;
        UCHAR Byte1;
    };
    USHORT AsUShort;
} TWO_BYTE, *PTWO_BYTE;

/*
 * Copy a 2-, 4- or 8-byte value from Source to Destination with its byte order reversed
 * (big-endian wire value to host order and back). Both arguments are pointers. Like the
 * documented macros these are brace blocks, so they are statements, not expressions.
 */
#define REVERSE_BYTES_QUAD(Destination, Source) {                   \
    PEIGHT_BYTE dpcDst8_ = (PEIGHT_BYTE)(Destination);              \
    PEIGHT_BYTE dpcSrc8_ = (PEIGHT_BYTE)(Source);                   \
    dpcDst8_->Byte7 = dpcSrc8_->Byte0;                              \
    dpcDst8_->Byte6 = dpcSrc8_->Byte1;                              \
    dpcDst8_->Byte5 = dpcSrc8_->Byte2;                              \
    dpcDst8_->Byte4 = dpcSrc8_->Byte3;                              \
    dpcDst8_->Byte3 = dpcSrc8_->Byte4;                              \
    dpcDst8_->Byte2 = dpcSrc8_->Byte5;                              \
    dpcDst8_->Byte1 = dpcSrc8_->Byte6;                              \
    dpcDst8_->Byte0 = dpcSrc8_->Byte7;                              \
}

#define REVERSE_BYTES(Destination, Source) {                        \
    PFOUR_BYTE dpcDst4_ = (PFOUR_BYTE)(Destination);                \
    PFOUR_BYTE dpcSrc4_ = (PFOUR_BYTE)(Source);                     \
    dpcDst4_->Byte3 = dpcSrc4_->Byte0;                              \
    dpcDst4_->Byte2 = dpcSrc4_->Byte1;                              \
    dpcDst4_->Byte1 = dpcSrc4_->Byte2;                              \
    dpcDst4_->Byte0 = dpcSrc4_->Byte3;                              \
}

#define REVERSE_BYTES_SHORT(Destination, Source) {                  \
    PTWO_BYTE dpcDst2_ = (PTWO_BYTE)(Destination);                  \
    PTWO_BYTE dpcSrc2_ = (PTWO_BYTE)(Source);                       \
    dpcDst2_->Byte1 = dpcSrc2_->Byte0;                              \
    dpcDst2_->Byte0 = dpcSrc2_->Byte1;                              \
}

/* Reverse a 2- or 4-byte value in place; the argument is a pointer. */
#define REVERSE_SHORT(Short) {                                      \
    UCHAR dpcTmp_;                                                  \
    PTWO_BYTE dpcW_ = (PTWO_BYTE)(Short);                           \
    dpcTmp_ = dpcW_->Byte0;                                         \
    dpcW_->Byte0 = dpcW_->Byte1;                                    \
    dpcW_->Byte1 = dpcTmp_;                                         \
}

#define REVERSE_LONG(Long) {                                        \
    UCHAR dpcTmp_;                                                  \
    PFOUR_BYTE dpcL_ = (PFOUR_BYTE)(Long);                          \
    dpcTmp_ = dpcL_->Byte3;                                         \
    dpcL_->Byte3 = dpcL_->Byte0;                                    \
    dpcL_->Byte0 = dpcTmp_;                                         \
    dpcTmp_ = dpcL_->Byte2;                                         \
    dpcL_->Byte2 = dpcL_->Byte1;                                    \
    dpcL_->Byte1 = dpcTmp_;                                         \
}

/* ------------------------------------------------------------------------------------- */
/* Layout checks against the standards                                                    */
/* ------------------------------------------------------------------------------------- */

DPCCHECK_SCSI_SIZE(CDB, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->CDB6GENERIC, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->CDB6READWRITE, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->CDB6INQUIRY3, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->CDB10, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->CDB12, 12);
DPCCHECK_SCSI_SIZE(((CDB *)0)->CDB16, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->MODE_SENSE, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->MODE_SENSE10, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->MODE_SELECT, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->MODE_SELECT10, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->LOGSENSE, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->START_STOP, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->MEDIA_REMOVAL, 6);
DPCCHECK_SCSI_SIZE(((CDB *)0)->SYNCHRONIZE_CACHE10, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->SYNCHRONIZE_CACHE16, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->READ_CAPACITY16, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->SERVICE_ACTION_IN16, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->GET_LBA_STATUS, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->GET_PHYSICAL_ELEMENT_STATUS, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->REMOVE_ELEMENT_AND_TRUNCATE, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->REPORT_LUNS, 12);
DPCCHECK_SCSI_SIZE(((CDB *)0)->PERSISTENT_RESERVE_IN, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->PERSISTENT_RESERVE_OUT, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->UNMAP, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->SECURITY_PROTOCOL_IN, 12);
DPCCHECK_SCSI_SIZE(((CDB *)0)->SECURITY_PROTOCOL_OUT, 12);
DPCCHECK_SCSI_SIZE(((CDB *)0)->WRITE_BUFFER, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->READ_BUFFER_10, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->READ_BUFFER_16, 16);
DPCCHECK_SCSI_SIZE(((CDB *)0)->READ_TOC, 10);
DPCCHECK_SCSI_SIZE(((CDB *)0)->ATA_PASSTHROUGH12, 12);
DPCCHECK_SCSI_SIZE(((CDB *)0)->ATA_PASSTHROUGH16, 16);
DPCCHECK_SCSI_SIZE(SENSE_DATA, 18);
DPCCHECK_SCSI_SIZE(SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN, 14);
DPCCHECK_SCSI_OFFSET(DESCRIPTOR_SENSE_DATA, DescriptorBuffer, 8);
DPCCHECK_SCSI_SIZE(INQUIRYDATA, 104);
DPCCHECK_SCSI_OFFSET(INQUIRYDATA, VendorId, 8);
DPCCHECK_SCSI_OFFSET(INQUIRYDATA, VendorSpecific, INQUIRYDATABUFFERSIZE);
DPCCHECK_SCSI_OFFSET(INQUIRYDATA, VersionDescriptors, 58);
DPCCHECK_SCSI_SIZE(VPD_SUPPORTED_PAGES_PAGE, 4);
DPCCHECK_SCSI_SIZE(VPD_IDENTIFICATION_DESCRIPTOR, 4);
DPCCHECK_SCSI_SIZE(VPD_EXTENDED_INQUIRY_DATA_PAGE, 64);
DPCCHECK_SCSI_SIZE(VPD_ATA_INFORMATION_PAGE, 572);
DPCCHECK_SCSI_SIZE(VPD_BLOCK_LIMITS_PAGE, 64);
DPCCHECK_SCSI_OFFSET(VPD_BLOCK_LIMITS_PAGE, MaximumUnmapLBACount, 20);
DPCCHECK_SCSI_OFFSET(VPD_BLOCK_LIMITS_PAGE, UnmapGranularityAlignment, 32);
DPCCHECK_SCSI_SIZE(VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE, 64);
DPCCHECK_SCSI_SIZE(VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, 8);
DPCCHECK_SCSI_SIZE(READ_CAPACITY_DATA, 8);
DPCCHECK_SCSI_SIZE(READ_CAPACITY_DATA_EX, 12);
DPCCHECK_SCSI_SIZE(READ_CAPACITY16_DATA, 32);
DPCCHECK_SCSI_SIZE(MODE_PARAMETER_HEADER, 4);
DPCCHECK_SCSI_SIZE(MODE_PARAMETER_HEADER10, 8);
DPCCHECK_SCSI_SIZE(MODE_PARAMETER_BLOCK, 8);
DPCCHECK_SCSI_SIZE(LONG_LBA_MODE_PARAMETER_BLOCK, 16);
DPCCHECK_SCSI_SIZE(MODE_READ_WRITE_RECOVERY_PAGE, 12);
DPCCHECK_SCSI_SIZE(MODE_FORMAT_PAGE, 24);
DPCCHECK_SCSI_SIZE(MODE_CACHING_PAGE, 12);
DPCCHECK_SCSI_SIZE(MODE_CONTROL_PAGE, 12);
DPCCHECK_SCSI_SIZE(POWER_CONDITION_PAGE, 12);
DPCCHECK_SCSI_SIZE(MODE_INFO_EXCEPTIONS, 12);
DPCCHECK_SCSI_SIZE(LUN_LIST, 8);
DPCCHECK_SCSI_SIZE(UNMAP_BLOCK_DESCRIPTOR, 16);
DPCCHECK_SCSI_SIZE(UNMAP_LIST_HEADER, 8);
DPCCHECK_SCSI_SIZE(EIGHT_BYTE, 8);
DPCCHECK_SCSI_SIZE(FOUR_BYTE, 4);
DPCCHECK_SCSI_SIZE(TWO_BYTE, 2);

#endif /* DPCCHECK_SCSI_H */
