// Regression test (the defect described here is fixed): ir_path_str (used by the dump and by messages) prints every dereference step
// in front of the root, so `(*pp)->Count` is spelled `*pp->Count`, which in C means
// `*(pp->Count)`, and `(*pa)[1]` is spelled `*pa[1]`, i.e. `*(pa[1])`. Expected: a
// dereference followed by more steps is parenthesized: `(*pp)->Count`, `(*pa)[1]`;
// `*s->P` (a dereference as the last step) stays as it is.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

struct ext { int Count; int *P; };
void take_int(int);

// CHECK-LABEL: function paren_deref
// CHECK:      read param:(*pp)->Count
// CHECK-NEXT: call take_int(param:(*pp)->Count) ignored
// CHECK:      call take_int(param:(*pa)[1]) ignored
// CHECK:      call take_int(param:*s->P) ignored
void paren_deref(struct ext **pp, int (*pa)[4], struct ext *s)
{
	take_int((*pp)->Count);
	take_int((*pa)[1]);
	take_int(*s->P);
}
