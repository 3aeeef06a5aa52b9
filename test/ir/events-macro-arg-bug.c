// Defect: inside the arguments of a function-like macro, argument descriptors take
// their name and text from the expansion location, which is the whole macro
// invocation: `CALLH(STATUS_OK)` (with `#define CALLH(x) h(x)`) describes the argument
// as a bare `0` (the STATUS_OK name is dropped because the invocation's text is not
// "STATUS_OK"), and in `CALLH(g())` the argument's text is `CALLH(g())` instead of
// `g()`. Expected: the argument as written in the invocation, `STATUS_OK=0` and
// `other 'g()'` (the spelling location of a macro argument is in the user's file).
// XFAIL: *
// RUN: %dpccheck --dump-ir %s | FileCheck %s

#define CALLH(x) h(x)
#define STATUS_OK 0
int h(int);
int g(void);

// CHECK-LABEL: function macro_args
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   call h(STATUS_OK=0) ignored [macro CALLH]
// CHECK-NEXT:   call g()
// CHECK-NEXT:   call h(other 'g()') ignored [macro CALLH]
void macro_args(void)
{
	CALLH(STATUS_OK);
	CALLH(g());
}
