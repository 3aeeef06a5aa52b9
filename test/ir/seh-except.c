// Regression test (the defect described here is fixed): the exception edge of __try/__except is added to the block the __try starts
// in even when that block already ends in a two-way branch (a body that starts with
// `if`, or with `f(); if (...)`): the block gets three successors, the branch's two and
// the handler, with an IR_COND_PATH/CALL condition, breaking ir.h's convention that a
// branching block has nsucc == 2, succ[0] true and succ[1] false. Expected: every
// block in these functions has at most two successors (the exception edge comes from a
// block of its own) and the `if` keeps its branch.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// CHECK-LABEL: function except_body_starts_with_if
// CHECK-NOT:  -> B{{[0-9]+}} B{{[0-9]+}} B{{[0-9]+}}{{$}}
// CHECK:      call g() tested
// CHECK-NEXT: branch call#{{[0-9]+}} 'g()'
// CHECK-NOT:  -> B{{[0-9]+}} B{{[0-9]+}} B{{[0-9]+}}{{$}}
void except_body_starts_with_if(void)
{
	f(0);
	__try {
		if (g())
			f(1);
		f(2);
	} __except (1) {
		f(3);
	}
	f(4);
}

// CHECK-LABEL: function except_body_path_branch
// CHECK-NOT:  -> B{{[0-9]+}} B{{[0-9]+}} B{{[0-9]+}}{{$}}
// CHECK:      branch param:n 'n'
// CHECK-NOT:  -> B{{[0-9]+}} B{{[0-9]+}} B{{[0-9]+}}{{$}}
void except_body_path_branch(int n)
{
	__try {
		f(1);
		if (n)
			return;
	} __except (1) {
		f(2);
	}
}
