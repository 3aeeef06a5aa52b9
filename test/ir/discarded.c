// Regression test (the defect described here is fixed): a call whose value is discarded through a `?:` arm or a comma operand is
// reported `used` instead of `ignored`. In `c ? f(1) : f(2);` (an expression statement)
// and in `f(1), f(2);` (and the left operand of a comma in a condition) nothing reads
// the calls' values, so a "result must be checked" rule would wrongly accept them.
// Expected: each of those calls is `ignored`; the CFG is as the lowering builds it.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// CHECK-LABEL: function cond_stmt
// CHECK:      B0 (entry) -> B3 B4
// CHECK-NEXT:   branch param:c 'c'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   call f(2) ignored
void cond_stmt(int c)
{
	c ? f(1) : f(2);
}

// CHECK-LABEL: function comma_stmt
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B1 (exit) ->
void comma_stmt(void)
{
	f(1), f(2);
}

// CHECK-LABEL: function comma_cond
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#1 'g()'
void comma_cond(void)
{
	if (f(1), g())
		f(2);
}
