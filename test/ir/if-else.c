// The CFG of if, if/else and else-if chains: a two-way branch with the true edge first,
// both arms joining after the statement.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// CHECK-LABEL: function if_only
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   call f(2) ignored
void if_only(void)
{
	if (g())
		f(1);
	f(2);
}

// CHECK-LABEL: function if_else
// CHECK:      B0 (entry) -> B2 B4
// CHECK-NEXT:   branch param:x > 0 'x > 0'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT: B4 -> B3
// CHECK-NEXT:   call f(2) ignored
void if_else(int x)
{
	if (x > 0)
		f(1);
	else
		f(2);
}

// `!` swaps the edges instead of being recorded; a constant on the left is moved to
// the right with the comparison mirrored.
// CHECK-LABEL: function negated
// CHECK:      B0 (entry) -> B3 B2
// CHECK-NEXT:   branch param:x < 3 '3 > x'
// CHECK:      B2 -> B3
// CHECK-NEXT:   call f(1) ignored
void negated(int x)
{
	if (!(3 > x))
		f(1);
}

// CHECK-LABEL: function else_if
// CHECK:      B0 (entry) -> B2 B4
// CHECK-NEXT:   branch param:x == 1 'x == 1'
// CHECK:      B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT: B4 -> B5 B7
// CHECK-NEXT:   branch param:x == 2 'x == 2'
// CHECK-NEXT: B5 -> B6
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B6 -> B3
// CHECK-NEXT: B7 -> B6
// CHECK-NEXT:   call f(3) ignored
void else_if(int x)
{
	if (x == 1)
		f(1);
	else if (x == 2)
		f(2);
	else
		f(3);
}

// A constant condition has one edge: the dead arm is dropped.
// CHECK-LABEL: function constant
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NOT:  call f(2)
void constant(void)
{
	if (1)
		f(1);
	else
		f(2);
}
