// Regression test (the defect described here is fixed): a for header's init/condition/increment are told apart by scanning the
// header's text for the two `;` at parenthesis depth 1 (libclang leaves absent parts
// out of the ForStmt's children). The scan ignores string and character literals and
// comments, and a header spelled by a macro falls back to "the parts present come in
// order". Then `for (; *p != ')'; p++)` takes the condition for the init and `p++` for
// the condition; `for (s = ";"; *s; s++)` loses its condition (an endless loop whose
// exit is dropped); a macro `for (i = 0;; i++)` tests `i++`. Expected: the same CFG as
// the header written plainly (see loops.c: head B2, body B3, increment B4, exit B5).
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// CHECK-LABEL: function paren_in_char
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK:        branch param:*p != 41 '*p != ')''
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign param:p (compound)
// CHECK-NEXT: B5 -> B1
void paren_in_char(const char *p)
{
	for (; *p != ')'; p++)
		f(1);
}

// CHECK-LABEL: function semicolon_in_string
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   assign param:s = string ";"
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B5
// CHECK:        branch param:*s '*s'
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign param:s (compound)
// CHECK-NEXT: B5 -> B1
void semicolon_in_string(const char *s)
{
	for (s = ";"; *s; s++)
		f(2);
}

#define FOREVER_FROM(i) for (i = 0;; i++)
// CHECK-LABEL: function macro_header
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT:   assign param:i = 0 [macro FOREVER_FROM]
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT: B3 -> B6 B7
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   assign param:i (compound) [macro FOREVER_FROM]
// CHECK-NEXT: B5 -> B1
// CHECK-NEXT: B6 -> B5
// CHECK-NEXT: B7 -> B4
void macro_header(int i)
{
	FOREVER_FROM(i)
		if (g())
			break;
}
