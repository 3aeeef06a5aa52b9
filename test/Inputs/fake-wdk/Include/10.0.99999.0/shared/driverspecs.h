/* Test stand-in for the WDK's driverspecs.h (written for dpccheck's tests): the IRQL
 * annotations, empty as in a build without _PREFAST_. */
#pragma once
#include <sal.h>
#define _IRQL_requires_(irql)
#define _IRQL_requires_max_(irql)
#define _IRQL_requires_min_(irql)
#define _IRQL_requires_same_
#define _IRQL_raises_(irql)
#define _IRQL_saves_
#define _IRQL_restores_
#define __drv_maxIRQL(irql)
#define __drv_minIRQL(irql)
