/* Test stand-in for the WDK's sal.h (written for dpccheck's tests): without _PREFAST_
 * every annotation expands to nothing. */
#pragma once
#define _In_
#define _In_opt_
#define _Out_
#define _Inout_
#define _Must_inspect_result_
#define _Use_decl_annotations_
#define _Function_class_(name)
#define _Acquires_lock_(lock)
#define _Releases_lock_(lock)
