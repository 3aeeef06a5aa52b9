// Regression test: inside the arguments of a function-like macro, an argument's text
// is the part of the invocation it was written in (`g()` in `CALLH(g())`), not the
// whole invocation. The event's location and macro tag stay the invocation's.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

#define CALLH(x) h(x)
#define CALL2(a, b) h2(a, b)
int h(int);
int h2(int, int);
int g(void);
int gg(int, int);
struct s { int a; } *p;

// CHECK-LABEL: function macro_args
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   [[@LINE+14]]:2 call g() used [macro CALLH]
// CHECK-NEXT:   [[@LINE+13]]:2 call h(other 'g()') ignored [macro CALLH]
// CHECK-NEXT:   call gg(1, 2) used [macro CALLH]
// CHECK-NEXT:   call h(other 'gg(1, 2)') ignored [macro CALLH]
// CHECK-NEXT:   read global:p [macro CALL2]
// CHECK-NEXT:   read global:p->a [macro CALL2]
// CHECK-NEXT:   call g() used [macro CALL2]
// CHECK-NEXT:   call h2(global:p->a, other 'g()') ignored [macro CALL2]
// CHECK-NEXT:   read global:p [macro CALLH]
// CHECK-NEXT:   read global:p->a [macro CALLH]
// CHECK-NEXT:   call h(other 'p->a + 1') ignored [macro CALLH]
// CHECK-NEXT: B1 (exit) ->
void macro_args(void)
{
	CALLH(g());
	CALLH(gg(1, 2));
	CALL2(p->a, g());
	CALLH(p->a + 1);
}
