// The CFG of structured exception handling (parsed with -fms-extensions for the Windows
// target): a __try body starts a block of its own; a __finally block follows the body
// and falls into the code after the statement; __leave jumps to the end of the guarded
// body: into the __finally block, or past an __except handler. An __except handler is
// reached from the block before the body and from the body's last block, each of
// which then has two successors and no condition (either may be taken: ir.h), and
// falls into the code after the statement. seh-except.c and seh-return.c pin the
// cases that were once wrong.
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

#define EXCEPTION_EXECUTE_HANDLER 1

// CHECK-LABEL: function try_finally
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(3) ignored
// CHECK-NOT:  {{^ }}
void try_finally(void)
{
	__try {
		f(1);
	} __finally {
		f(2);
	}
	f(3);
}

// __leave goes into the __finally block B3 (not past it), like the end of the body.
// CHECK-LABEL: function try_finally_leave
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B5 B6
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#1 'g()'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(4) ignored
// CHECK-NEXT: B5 -> B3
// CHECK-NEXT: B6 -> B3
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void try_finally_leave(void)
{
	f(0);
	__try {
		f(1);
		if (g())
			__leave;
		f(2);
	} __finally {
		f(3);
	}
	f(4);
}

// The exception edge to the handler B3 comes first, then the normal edge to B2; the
// handler falls into B2 too.
// CHECK-LABEL: function try_except
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B4 B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(3) ignored
// CHECK-NOT:  {{^ }}
void try_except(void)
{
	f(0);
	__try {
		f(1);
	} __except (1) {
		f(2);
	}
	f(3);
}

// An empty guarded body: the exception edge still leaves from the block the __try
// starts in.
// CHECK-LABEL: function try_except_empty
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B4 B3
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void try_except_empty(void)
{
	f(0);
	__try {
	} __except (1) {
		f(1);
	}
	f(2);
}

// The filter expression is evaluated at the start of the handler block; a filter
// written as a macro constant has no event.
// CHECK-LABEL: function except_filter
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B4 B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B5 B6
// CHECK-NEXT: B5 -> B7 B6
// CHECK-NEXT:   call g() ignored
// CHECK-NEXT: B6 -> B7
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B7 -> B1
// CHECK-NOT:  {{^ }}
void except_filter(void)
{
	__try {
		f(1);
	} __except (g()) {
		f(2);
	}
	__try {
		g();
	} __except (EXCEPTION_EXECUTE_HANDLER) {
		f(3);
	}
}

// __leave in an __except-guarded body goes past the handler, to the code after the
// statement (B2). The body starts with a loop so that the __try's start block ends
// with a single edge (see seh-except-bug.c for a body that starts with a branch).
// CHECK-LABEL: function try_except_leave
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B5
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B5 -> B6 B7
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B6 -> B8 B9
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B7 -> B4 B3
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B8 -> B4
// CHECK-NEXT: B9 -> B5
// CHECK-NEXT:   assign param:n (compound)
// CHECK-NOT:  {{^ }}
void try_except_leave(int n)
{
	f(0);
	__try {
		while (n > 0) {
			if (g())
				__leave;
			n--;
		}
		f(1);
	} __except (1) {
		f(2);
	}
	f(3);
}

// __leave leaves the innermost __try only: into the inner __finally (B5), which falls
// into the rest of the outer body (B4). The statement after __leave is dropped.
// CHECK-LABEL: function nested_try
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B5
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(5) ignored
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT:   call f(6) ignored
// CHECK-NEXT: B5 -> B6
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B6 -> B7
// CHECK-NEXT:   call f(3) ignored
// CHECK-NEXT: B7 -> B4 B3
// CHECK-NEXT:   call f(4) ignored
// CHECK-NOT:  {{^ }}
void nested_try(void)
{
	f(0);
	__try {
		__try {
			f(1);
			__leave;
			f(2);
		} __finally {
			f(3);
		}
		f(4);
	} __except (1) {
		f(5);
	}
	f(6);
}
