// Regression test (the defect described here is fixed): an integer zero with an explicit cast is described as NULL. describe_arg
// treats any explicit cast of a constant 0 as a pointer, so `(long)0` becomes
// `(long)NULL` and ntstatus.h's `#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)`
// becomes a bare `NULL` (kind IR_ARG_NULL, cast and name dropped), in arguments and in
// branch conditions. A rule matching `status == STATUS_SUCCESS` never sees it.
// Expected: kind IR_ARG_INT with value 0, the cast and the macro name kept, exactly as
// for the nonzero STATUS_PENDING (and NULL only when the expression's type is a pointer).
// RUN: %dpccheck --dump-ir %s | FileCheck %s

typedef long NTSTATUS;
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#define STATUS_PENDING ((NTSTATUS)0x00000103L)

void take_long(long);
void take_ptr(void *);
int g(void);
void f(int);

// CHECK-LABEL: function int_casts
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call take_long((long)0) ignored
// CHECK-NEXT:   call take_long((NTSTATUS)STATUS_SUCCESS=0) ignored
// CHECK-NEXT:   call take_long((NTSTATUS)STATUS_PENDING=259) ignored
// CHECK-NEXT:   call take_ptr((void *)NULL) ignored
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#4 == (NTSTATUS)STATUS_SUCCESS=0 'g() == STATUS_SUCCESS'
void int_casts(void)
{
	take_long((long)0);
	take_long(STATUS_SUCCESS);
	take_long(STATUS_PENDING);
	take_ptr((void *)0);
	if (g() == STATUS_SUCCESS)
		f(1);
}
