// Regression test (the defect described here is fixed): reading through a dereference records no read of the dereferenced path.
// `*pp` and `*s->P` are access paths with steps (the dump prints them as arguments),
// and ir.h says a read of a path with steps is an IR_EV_READ event, but lower_expr
// lowers `*X` by lowering X only: `take_ptr(*pp)` has no read at all and
// `take_int(*s->P)` only reads `s->P`. Member and index paths (`ext->Count`) do get
// their read. Expected: a `read param:*pp` and a `read param:*s->P` event before the
// calls (a read of the pointer `s->P` before it may stay).
// RUN: %dpccheck --dump-ir %s | FileCheck %s

struct sub { int *P; };
void take_ptr(void *);
void take_int(int);

// CHECK-LABEL: function deref_reads
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   read param:*pp
// CHECK-NEXT:   call take_ptr(param:*pp) ignored
// CHECK:        read param:*s->P
// CHECK-NEXT:   call take_int(param:*s->P) ignored
// CHECK-NEXT: B1 (exit) ->
void deref_reads(struct sub **pp, struct sub *s)
{
	take_ptr(*pp);
	take_int(*s->P);
}
