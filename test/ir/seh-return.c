// Regression test (the defect described here is fixed): a return inside a __try guarded by __finally goes straight to the exit block,
// skipping the termination handler, although the __finally block runs on every way out
// of the body (return, and likewise break, continue and goto). A checker then sees
// `__try { acquire(); if (err) return; ... } __finally { release(); }` return with the
// lock held. Expected: the block holding the return does not jump straight to the exit
// B1 (it continues into the __finally code, which then goes to the exit). The RUN line
// keeps only the block headers in front of `return` events.
// RUN: %dpccheck --dump-ir %s | grep -B1 ' return$' | FileCheck %s

void f(int);
int g(void);

// CHECK-NOT: -> B1{{$}}
// CHECK:     return
void return_in_try_finally(void)
{
	__try {
		f(1);
		if (g())
			return;
		f(2);
	} __finally {
		f(3);
	}
	f(4);
}
