/*
 * miniport.h - dpccheck's model of the Windows Driver Kit header of the same name, which
 * older miniports include by name for the basic NT types. Written for dpccheck from the
 * Microsoft documentation. The kit's miniport.h also declares the legacy port-driver
 * interfaces; here it only brings in ntdef.h (and nothing of storport.h), so including it
 * beside storport.h can never clash.
 */
#ifndef DPCCHECK_MINIPORT_H
#define DPCCHECK_MINIPORT_H

#include <ntdef.h>

#endif /* DPCCHECK_MINIPORT_H */
