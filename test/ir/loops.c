// The CFG of while, do/while and for loops: a loop has a real back edge to its
// condition (while, for) or body (do/while); break goes to the block after the loop,
// continue to the condition (while), the test (do/while) or the increment (for). A for
// header lowers every combination of present and absent init, condition and increment
// (init in the block before the loop, the condition in the head, the increment in its
// own block before the back edge). A constant condition keeps one edge: `while (1)` and
// `for (;;)` have no exit edge, `do { } while (0)` has no back edge.
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// CHECK-LABEL: function while_loop
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void while_loop(void)
{
	f(0);
	while (g())
		f(1);
	f(2);
}

// CHECK-LABEL: function while_empty_body
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT: B4 -> B1
// CHECK-NOT:  {{^ }}
void while_empty_body(int n)
{
	while (n > 0)
		;
}

// break leaves the loop (B4), continue goes back to the condition (B2).
// CHECK-LABEL: function while_break_continue
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B3 -> B5 B6
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 1 'g() == 1'
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B4
// CHECK-NEXT: B6 -> B7 B8
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 2 'g() == 2'
// CHECK-NEXT: B7 -> B2
// CHECK-NEXT: B8 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void while_break_continue(int n)
{
	while (n > 0) {
		if (g() == 1)
			break;
		if (g() == 2)
			continue;
		f(1);
	}
	f(2);
}

// A constant true condition: the head has one edge, into the body; only the break
// reaches the code after the loop.
// CHECK-LABEL: function while_true
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B5 B6
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B4
// CHECK-NEXT: B6 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void while_true(void)
{
	while (1) {
		if (g())
			break;
		f(1);
	}
	f(2);
}

// No break: nothing after the loop is reachable, the exit block has no predecessor.
// CHECK-LABEL: function while_true_forever
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void while_true_forever(void)
{
	f(0);
	while (1)
		f(1);
	f(2);
}

// CHECK-LABEL: function do_while
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B2 B4
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void do_while(void)
{
	do {
		f(1);
	} while (g());
	f(2);
}

// continue goes to the test (B3), break past it (B4).
// CHECK-LABEL: function do_break_continue
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B5 B6
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 1 'g() == 1'
// CHECK-NEXT: B3 -> B2 B4
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 3 'g() == 3'
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B4
// CHECK-NEXT: B6 -> B7 B8
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 2 'g() == 2'
// CHECK-NEXT: B7 -> B3
// CHECK-NEXT: B8 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void do_break_continue(void)
{
	do {
		if (g() == 1)
			break;
		if (g() == 2)
			continue;
		f(1);
	} while (g() == 3);
	f(2);
}

// The test block of `while (0)` has one edge, out of the loop: no back edge.
// CHECK-LABEL: function do_while_zero
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void do_while_zero(void)
{
	f(0);
	do {
		f(1);
	} while (0);
	f(2);
}

// The do/while(0) statement macro idiom: the same CFG, the calls tagged with the macro.
#define DO_TWICE(x) do { f(x); f(x); } while (0)
// CHECK-LABEL: function do_while_zero_macro
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored [macro DO_TWICE]
// CHECK-NEXT:   call f(1) ignored [macro DO_TWICE]
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void do_while_zero_macro(void)
{
	DO_TWICE(1);
	f(2);
}

// The `do { ... break; ... } while (0)` error-exit idiom.
// CHECK-LABEL: function do_while_zero_break
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B5 B6
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B4
// CHECK-NEXT: B6 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void do_while_zero_break(void)
{
	do {
		if (g())
			break;
		f(1);
	} while (0);
	f(2);
}

// for: init in the block before the loop, head B2 (condition), body B3, increment B4,
// exit B5.
// CHECK-LABEL: function for_full
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int i
// CHECK-NEXT:   assign local:i = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch local:i < 10 'i < 10'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(local:i) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign local:i (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   call f(-1) ignored
// CHECK-NOT:  {{^ }}
void for_full(void)
{
	int i;
	for (i = 0; i < 10; i++)
		f(i);
	f(-1);
}

// CHECK-LABEL: function for_decl_init
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int j
// CHECK-NEXT:   assign local:j = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch local:j < 3 'j < 3'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(local:j) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign local:j (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NOT:  {{^ }}
void for_decl_init(void)
{
	for (int j = 0; j < 3; j++)
		f(j);
}

// for (;;): no condition, so the head has one edge and no branch.
// CHECK-LABEL: function for_none
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B6 B7
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B6 -> B5
// CHECK-NEXT: B7 -> B4
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void for_none(void)
{
	for (;;) {
		if (g())
			break;
		f(1);
	}
	f(2);
}

// for (; cond ;): the condition must be the head's branch, not taken for an init.
// CHECK-LABEL: function for_cond_only
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call g() assigned to param:n
// CHECK-NEXT:   assign param:n = other 'g()'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT: B5 -> B1
// CHECK-NOT:  {{^ }}
void for_cond_only(int n)
{
	for (; n > 0;)
		n = g();
}

// for (init;; inc): the increment must not be taken for a condition.
// CHECK-LABEL: function for_init_inc
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int i
// CHECK-NEXT:   assign local:i = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B6 B7
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign local:i (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   call f(local:i) ignored
// CHECK-NEXT: B6 -> B5
// CHECK-NEXT: B7 -> B4
// CHECK-NOT:  {{^ }}
void for_init_inc(void)
{
	int i;
	for (i = 0;; i++)
		if (g())
			break;
	f(i);
}

// CHECK-LABEL: function for_init_cond
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int i
// CHECK-NEXT:   assign local:i = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch local:i < 10 'i < 10'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call g() assigned to local:i
// CHECK-NEXT:   assign local:i = other 'g()'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT: B5 -> B1
// CHECK-NOT:  {{^ }}
void for_init_cond(void)
{
	int i;
	for (i = 0; i < 10;)
		i = g();
}

// CHECK-LABEL: function for_cond_inc
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(param:n) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign param:n (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NOT:  {{^ }}
void for_cond_inc(int n)
{
	for (; n > 0; n--)
		f(n);
}

// for (init;;) left only by a return: the loop's exit block is unreachable and dropped.
// CHECK-LABEL: function for_init_only
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int i
// CHECK-NEXT:   assign local:i = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B5 B6
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   return
// CHECK-NEXT: B6 -> B4
// CHECK-NOT:  {{^ }}
void for_init_only(void)
{
	int i;
	for (i = 0;;)
		if (g())
			return;
}

// CHECK-LABEL: function for_inc_only
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B6 B7
// CHECK-NEXT:   branch param:n > 10 'n > 10'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign param:n (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   call f(param:n) ignored
// CHECK-NEXT: B6 -> B5
// CHECK-NEXT: B7 -> B4
// CHECK-NOT:  {{^ }}
void for_inc_only(int n)
{
	for (;; n++)
		if (n > 10)
			break;
	f(n);
}

// continue goes to the increment (B4), break to the exit (B5).
// CHECK-LABEL: function for_break_continue
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int i
// CHECK-NEXT:   assign local:i = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch local:i < 10 'i < 10'
// CHECK-NEXT: B3 -> B6 B7
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 1 'g() == 1'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign local:i (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   call f(-1) ignored
// CHECK-NEXT: B6 -> B4
// CHECK-NEXT: B7 -> B8 B9
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 2 'g() == 2'
// CHECK-NEXT: B8 -> B5
// CHECK-NEXT: B9 -> B4
// CHECK-NEXT:   call f(local:i) ignored
// CHECK-NOT:  {{^ }}
void for_break_continue(void)
{
	int i;
	for (i = 0; i < 10; i++) {
		if (g() == 1)
			continue;
		if (g() == 2)
			break;
		f(i);
	}
	f(-1);
}

// Inner break leaves only the inner loop (B8), inner continue goes to the inner head
// (B6); after the inner loop, continue goes to the outer increment (B4).
// CHECK-LABEL: function nested
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   local int i
// CHECK-NEXT:   local int j
// CHECK-NEXT:   assign local:i = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK-NEXT:   branch local:i < 10 'i < 10'
// CHECK-NEXT: B3 -> B6
// CHECK-NEXT:   assign local:j = 0
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign local:i (compound)
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT: B6 -> B7 B8
// CHECK-NEXT:   branch local:j < 5 'j < 5'
// CHECK-NEXT: B7 -> B9 B10
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 1 'g() == 1'
// CHECK-NEXT: B8 -> B13 B14
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 3 'g() == 3'
// CHECK-NEXT: B9 -> B8
// CHECK-NEXT: B10 -> B11 B12
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 2 'g() == 2'
// CHECK-NEXT: B11 -> B6
// CHECK-NEXT: B12 -> B6
// CHECK-NEXT:   assign local:j (compound)
// CHECK-NEXT: B13 -> B4
// CHECK-NEXT: B14 -> B4
// CHECK-NEXT:   call f(local:j) ignored
// CHECK-NOT:  {{^ }}
void nested(void)
{
	int i, j;
	for (i = 0; i < 10; i++) {
		j = 0;
		while (j < 5) {
			if (g() == 1)
				break;
			if (g() == 2)
				continue;
			j++;
		}
		if (g() == 3)
			continue;
		f(j);
	}
}

// A do/while inside a while: the inner break goes to the do's exit (B7), which falls
// back to the outer head; the outer break, after the inner loop, to the outer exit (B4).
// CHECK-LABEL: function nested_do_in_while
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B3 -> B5
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B8 B9
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 1 'g() == 1'
// CHECK-NEXT: B6 -> B5 B7
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B7 -> B10 B11
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 == 2 'g() == 2'
// CHECK-NEXT: B8 -> B7
// CHECK-NEXT: B9 -> B6
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B10 -> B4
// CHECK-NEXT: B11 -> B2
// CHECK-NOT:  {{^ }}
void nested_do_in_while(int n)
{
	while (n > 0) {
		do {
			if (g() == 1)
				break;
			f(1);
		} while (g());
		if (g() == 2)
			break;
	}
	f(2);
}
