/*
 * dpccheck-wdk-prelude.h - forced into every unit dpccheck parses with a real Windows
 * Driver Kit (--wdk, or WDK include paths in the build's commands), instead of the model
 * headers: the WDK's own SAL headers first, then dpccheck's definitions of the annotations
 * its rules read (a non-PREfast WDK build defines them as nothing). The WDK headers'
 * include guards keep the re-definitions in force for the rest of the unit.
 */
#ifndef DPCCHECK_WDK_PRELUDE_H
#define DPCCHECK_WDK_PRELUDE_H
#if __has_include(<sal.h>)
#include <sal.h>
#endif
#if __has_include(<driverspecs.h>)
#include <driverspecs.h>
#endif
#include "dpccheck-sal-annotations.h"
#endif /* DPCCHECK_WDK_PRELUDE_H */
