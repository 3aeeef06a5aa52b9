/*
 * driverspecs.h - dpccheck's model of the driver SAL header: the IRQL and function-class
 * annotations (the __drv_* forms and the _IRQL_* forms) live in sal.h; this header exists
 * because drivers include it by name.
 */
#ifndef DPCCHECK_DRIVERSPECS_H
#define DPCCHECK_DRIVERSPECS_H
#include <sal.h>
#endif /* DPCCHECK_DRIVERSPECS_H */
