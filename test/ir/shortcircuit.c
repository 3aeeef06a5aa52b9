// Short circuits and branch conditions: `&&`, `||` and `?:` split blocks so that each
// branching block tests one operand (`!` swaps the edges); used as a value, the operands
// branch to a join block holding the rest of the expression. A branch on a call's
// result compared with a constant (integer, enumerator, macro; a constant on the left
// is moved to the right) is `call#N` (N the call's index in the block, the call
// `tested`); a branch on an access path is the path, read first. Result uses inside
// `?:` and comma operands are pinned in shortcircuit-bug.c.
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

#define NULL ((void *)0)
#define STATUS_OK 0

void f(int);
int g(void);
int h(int);

enum status { ST_OK, ST_BUSY = 3 };

// a false skips b: B0 -> (b) B4, (after) B3.
// CHECK-LABEL: function and_cond
// CHECK:      B0 (entry) -> B4 B3
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B2 B3
// CHECK-NEXT:   branch param:b 'b'
// CHECK-NOT:  {{^ }}
void and_cond(int a, int b)
{
	if (a && b)
		f(1);
	f(2);
}

// a true skips b: B0 -> (then) B2, (b) B4.
// CHECK-LABEL: function or_cond
// CHECK:      B0 (entry) -> B2 B4
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B2 B3
// CHECK-NEXT:   branch param:b 'b'
// CHECK-NOT:  {{^ }}
void or_cond(int a, int b)
{
	if (a || b)
		f(1);
	f(2);
}

// !a && (b || c): a true goes to the else arm B4; b true and c true to the then arm B2.
// CHECK-LABEL: function not_and_or
// CHECK:      B0 (entry) -> B4 B5
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT: B4 -> B3
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B2 B6
// CHECK-NEXT:   branch param:b 'b'
// CHECK-NEXT: B6 -> B2 B4
// CHECK-NEXT:   branch param:c 'c'
// CHECK-NOT:  {{^ }}
void not_and_or(int a, int b, int c)
{
	if (!a && (b || c))
		f(1);
	else
		f(2);
}

// The second call is evaluated only in the block of the second operand.
// CHECK-LABEL: function and_calls
// CHECK:      B0 (entry) -> B4 B3
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT: B4 -> B2 B3
// CHECK-NEXT:   call h(1) tested
// CHECK-NEXT:   branch call#0 == 2 'h(1) == 2'
// CHECK-NOT:  {{^ }}
void and_calls(void)
{
	if (g() && h(1) == 2)
		f(1);
}

// A loop condition with &&: the head B2 tests a, the mid block B5 tests g().
// CHECK-LABEL: function while_and
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B5 B4
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT: B5 -> B3 B4
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NOT:  {{^ }}
void while_and(int a)
{
	while (a && g())
		f(1);
}

// `x = a && b`: the assignment happens in the join block B2, reached from both.
// CHECK-LABEL: function and_value
// CHECK:      B0 (entry) -> B3 B2
// CHECK-NEXT:   local int x
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   assign local:x = other 'a && b'
// CHECK-NEXT:   return
// CHECK-NEXT: B3 -> B2
// CHECK-NOT:  {{^ }}
int and_value(int a, int b)
{
	int x;
	x = a && b;
	return x;
}

// `x = a || g()`: g() is called only when a is false (B3); its result is used.
// CHECK-LABEL: function or_value
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   local int x
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   assign local:x = other 'a || g()'
// CHECK-NEXT:   call f(local:x) ignored
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call g() used
// CHECK-NOT:  {{^ }}
void or_value(int a)
{
	int x;
	x = a || g();
	f(x);
}

// `c ? f(1) : f(2)`: join B2, true arm B3, false arm B4. (The calls' result use is
// pinned in shortcircuit-bug.c.)
// CHECK-LABEL: function cond_stmt
// CHECK:      B0 (entry) -> B3 B4
// CHECK-NEXT:   branch param:c 'c'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) {{[a-z]+$}}
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   call f(2) {{[a-z]+$}}
// CHECK-NOT:  {{^ }}
void cond_stmt(int c)
{
	c ? f(1) : f(2);
	f(3);
}

// A ?: value with a constant arm: the false arm B4 is empty; the assignment is in the
// join.
// CHECK-LABEL: function cond_value
// CHECK:      B0 (entry) -> B3 B4
// CHECK-NEXT:   local int x
// CHECK-NEXT:   branch param:c 'c'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   assign local:x = other 'c ? g() : 0'
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call g() {{[a-z]+$}}
// CHECK-NEXT: B4 -> B2
// CHECK-NOT:  {{^ }}
void cond_value(int c)
{
	int x;
	x = c ? g() : 0;
}

// Calls compared with constants. The constant is printed with its enumerator or macro
// name (`ST_BUSY=3`, `STATUS_OK=0`): the name the user wrote, which is what a message
// should quote. A constant on the left is moved right and the comparison mirrored.
// CHECK-LABEL: function call_compare
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 3 'g() == 3'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B4 B5
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == ST_BUSY=3 'g() == ST_BUSY'
// CHECK-NEXT: B4 -> B5
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B6 B7
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 != STATUS_OK=0 'g() != STATUS_OK'
// CHECK-NEXT: B6 -> B7
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B7 -> B8 B9
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == STATUS_OK=0 'STATUS_OK == g()'
// CHECK-NEXT: B8 -> B9
// CHECK-NEXT:   call f(4) ignored
// CHECK-NEXT: B9 -> B10 B11
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 > 0 '0 < g()'
// CHECK-NEXT: B10 -> B11
// CHECK-NEXT:   call f(5) ignored
// CHECK-NEXT: B11 -> B13 B12
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B12 -> B13
// CHECK-NEXT:   call f(6) ignored
// CHECK-NEXT: B13 -> B1
// CHECK-NOT:  {{^ }}
void call_compare(void)
{
	if (g() == 3)
		f(1);
	if (g() == ST_BUSY)
		f(2);
	if (g() != STATUS_OK)
		f(3);
	if (STATUS_OK == g())
		f(4);
	if (0 < g())
		f(5);
	if (!g())
		f(6);
}

// The tested call is the block's last event; N counts the events before it, including
// the argument's call (used).
// CHECK-LABEL: function call_index
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   call h(other 'g()') tested
// CHECK-NEXT:   branch call#2 >= 2 'h(g()) >= 2'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NOT:  {{^ }}
void call_index(void)
{
	f(0);
	if (h(g()) >= 2)
		f(1);
}

struct sub { int count; };
struct dev { int *ptr; struct sub sub; };

// Conditions on member paths: the path is read in the branching block, then tested
// (for truth, negated, or against a constant; NULL and a literal 0 compared with a
// pointer are both NULL).
// CHECK-LABEL: function path_cond
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   read param:d->ptr
// CHECK-NEXT:   branch param:d->ptr 'd->ptr'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B5 B4
// CHECK-NEXT:   read param:d->ptr
// CHECK-NEXT:   branch param:d->ptr 'd->ptr'
// CHECK-NEXT: B4 -> B5
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B6 B7
// CHECK-NEXT:   read param:d->sub.count
// CHECK-NEXT:   branch param:d->sub.count > 2 'd->sub.count > 2'
// CHECK-NEXT: B6 -> B7
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B7 -> B8 B9
// CHECK-NEXT:   read param:d->ptr
// CHECK-NEXT:   branch param:d->ptr != NULL 'd->ptr != NULL'
// CHECK-NEXT: B8 -> B9
// CHECK-NEXT:   call f(4) ignored
// CHECK-NEXT: B9 -> B10 B11
// CHECK-NEXT:   read param:d->ptr
// CHECK-NEXT:   branch param:d->ptr == NULL 'd->ptr == 0'
// CHECK-NEXT: B10 -> B11
// CHECK-NEXT:   call f(5) ignored
// CHECK-NEXT: B11 -> B1
// CHECK-NOT:  {{^ }}
void path_cond(struct dev *d)
{
	if (d->ptr)
		f(1);
	if (!d->ptr)
		f(2);
	if (d->sub.count > 2)
		f(3);
	if (d->ptr != NULL)
		f(4);
	if (d->ptr == 0)
		f(5);
}

// A condition that is neither a call nor a path compared with a constant is `expr`.
// CHECK-LABEL: function other_cond
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   branch expr 'a < b'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NOT:  {{^ }}
void other_cond(int a, int b)
{
	if (a < b)
		f(1);
}

// A constant operand is folded: `0 && x` never evaluates x, `1 || x` neither.
// CHECK-LABEL: function constant_operands
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NOT:  {{^ }}
void constant_operands(int x)
{
	if (0 && x)
		f(1);
	if (1 || x)
		f(2);
}

// An assignment used as the tested value: the condition is on the variable assigned.
// CHECK-LABEL: function assign_in_condition
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   local int status
// CHECK-NEXT:   local int p
// CHECK-NEXT:   call g() assigned to local:status
// CHECK-NEXT:   assign local:status = other 'g()'
// CHECK-NEXT:   branch local:status != 0 '(status = g()) != 0'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B4 B6
// CHECK-NEXT:   call g() assigned to local:p
// CHECK-NEXT:   assign local:p = other 'g()'
// CHECK-NEXT:   branch local:p 'p = g()'
// CHECK-NEXT: B4 -> B5
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT: B6 -> B5
// CHECK-NEXT:   call f(3) ignored
// CHECK-NOT:  {{^ }}
void assign_in_condition(void)
{
	int status, p;
	if ((status = g()) != 0)
		f(1);
	if ((p = g()))
		f(2);
	else
		f(3);
}
