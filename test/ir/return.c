// The CFG of return: a return event ends its block with one edge to the exit block B1;
// an early return in a branch leaves the rest of the function to the other edge; a
// returned call's result is `used`; code after a return is unreachable and dropped (a
// join that only dead code reaches goes too).
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);
int h(int);

// CHECK-LABEL: function early_return
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   branch param:n < 0 'n < 0'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   return
// CHECK-NEXT: B3 -> B4 B5
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#1 == 0 'g() == 0'
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT:   return
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT:   return
// CHECK-NOT:  {{^ }}
int early_return(int n)
{
	if (n < 0)
		return -1;
	f(1);
	if (g() == 0) {
		f(2);
		return 0;
	}
	return 1;
}

// The returned call's result is used; its argument's call comes first and is used too.
// CHECK-LABEL: function return_call
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   call h(other 'g()') used
// CHECK-NEXT:   return
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
int return_call(void)
{
	return h(g());
}

// Dead code after a return is dropped; the return's own block goes to the exit.
// CHECK-LABEL: function dead_after_return
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   return
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void dead_after_return(void)
{
	f(1);
	return;
	f(2);
	if (g())
		f(3);
}

// Both arms return: the join after the if (and the call in it) is unreachable.
// CHECK-LABEL: function both_return
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   branch param:n 'n'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   return
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   return
// CHECK-NOT:  {{^ }}
int both_return(int n)
{
	if (n)
		return g();
	else
		return 0;
	f(1);
}

// Returning a member reads it before the return.
struct dev { int state; };
// CHECK-LABEL: function return_path
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   read param:d->state
// CHECK-NEXT:   return
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
int return_path(struct dev *d)
{
	return d->state;
}

// A short circuit in the returned value splits blocks; the return is in the join.
// CHECK-LABEL: function return_and
// CHECK:      B0 (entry) -> B3 B2
// CHECK-NEXT:   branch param:a 'a'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   return
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call g() used
// CHECK-NOT:  {{^ }}
int return_and(int a)
{
	return a && g();
}

// Falling off the end of the body goes to the exit without a return event.
// CHECK-LABEL: function no_return
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   branch param:n 'n'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   return
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
void no_return(int n)
{
	if (n)
		return;
	f(1);
}
