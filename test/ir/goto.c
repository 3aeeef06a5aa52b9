// The CFG of goto and labels: a label starts a block that the code before it falls
// into; each goto ends its block with one edge to the label's block, forward (the
// "goto cleanup" error path) or backward (a loop). Code after a goto that no label makes
// reachable is dropped.
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// Two gotos and the fall-through all reach the cleanup block B6.
// CHECK-LABEL: function goto_cleanup
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   local int status
// CHECK-NEXT:   call g() assigned to local:status
// CHECK-NEXT:   assign local:status = other 'g()'
// CHECK-NEXT:   branch local:status != 0 'status != 0'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B6
// CHECK-NEXT: B3 -> B4 B5
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B4 -> B6
// CHECK-NEXT: B5 -> B6
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B6 -> B1
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT:   return
// CHECK-NOT:  {{^ }}
int goto_cleanup(int n)
{
	int status;
	status = g();
	if (status != 0)
		goto cleanup;
	f(1);
	if (n > 0)
		goto cleanup;
	f(2);
cleanup:
	f(3);
	return status;
}

// A backward goto is a loop: B3 -> B2.
// CHECK-LABEL: function goto_loop
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#1 'g()'
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void goto_loop(void)
{
	f(0);
again:
	f(1);
	if (g())
		goto again;
	f(2);
}

// The statements between the goto and the label are unreachable and dropped.
// CHECK-LABEL: function goto_dead_code
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(3) ignored
// CHECK-NOT:  {{^ }}
void goto_dead_code(void)
{
	goto out;
	f(1);
	f(2);
out:
	f(3);
}

// A label after a return is reachable only through the goto.
// CHECK-LABEL: function label_after_return
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   branch param:n 'n'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B4
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   return
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void label_after_return(int n)
{
	if (n)
		goto skip;
	f(1);
	return;
skip:
	f(2);
}

// A goto out of two nested loops goes straight to the label (B12), past both exits.
// CHECK-LABEL: function goto_out_of_loops
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
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT:   return
// CHECK-NEXT: B6 -> B7 B9
// CHECK-NEXT:   branch local:j < 10 'j < 10'
// CHECK-NEXT: B7 -> B10 B11
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B8 -> B6
// CHECK-NEXT:   assign local:j (compound)
// CHECK-NEXT: B9 -> B4
// CHECK-NEXT: B10 -> B12
// CHECK-NEXT: B11 -> B8
// CHECK-NEXT: B12 -> B1
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void goto_out_of_loops(void)
{
	int i, j;
	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++)
			if (g())
				goto found;
	f(0);
	return;
found:
	f(1);
}

// A label nobody jumps to only starts a block; a label on an empty statement at the
// end of the body is an empty block before the exit.
// CHECK-LABEL: function unused_label
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NOT:  {{^ }}
void unused_label(void)
{
	f(0);
here:
	f(1);
end:
	;
}

// A goto forward into the middle of a loop body (into B5, after the test): the loop's
// blocks are reached from the entry only through the goto.
// CHECK-LABEL: function goto_into_loop
// CHECK:      B0 (entry) -> B5
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B3 -> B5
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT: B5 -> B2
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void goto_into_loop(void)
{
	goto inside;
	while (g()) {
		f(1);
inside:
		f(2);
	}
}
