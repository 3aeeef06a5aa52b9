// The CFG of switch: the dispatching block has one successor per case label, in source
// order (default where it is written), plus one to the code after the switch when there
// is no default; the branch line lists the value each successor is taken for. A case
// label starts a block that the previous case falls into; break goes to the block after
// the switch, except inside a loop in the switch (the loop's exit); continue inside a
// switch goes to the enclosing loop. Code before the first label is unreachable.
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

void f(int);
int g(void);

// case 1 falls through into case 2; no default: the last edge goes to B2, after the
// switch.
// CHECK-LABEL: function fallthrough
// CHECK:      B0 (entry) -> B3 B4 B5 B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT:   branch switch 1 2 3 default 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(9) ignored
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   call f(2) ignored
// CHECK-NEXT: B5 -> B2
// CHECK-NEXT:   call f(3) ignored
// CHECK-NOT:  {{^ }}
void fallthrough(int x)
{
	f(0);
	switch (x) {
	case 1:
		f(1);
	case 2:
		f(2);
		break;
	case 3:
		f(3);
		break;
	}
	f(9);
}

// default between two cases: it is the second successor, and falls into case 2.
// CHECK-LABEL: function default_middle
// CHECK:      B0 (entry) -> B3 B4 B5
// CHECK-NEXT:   branch switch 1 default 2 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(9) ignored
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B4 -> B5
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B5 -> B2
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void default_middle(int x)
{
	switch (x) {
	case 1:
		f(1);
		break;
	default:
		f(0);
		/* fall through */
	case 2:
		f(2);
		break;
	}
	f(9);
}

// `case 1: case 2:` are two labels: two successors, the first an empty block that
// falls into the second. The last case falls out of the switch without a break.
// CHECK-LABEL: function stacked
// CHECK:      B0 (entry) -> B3 B4 B5 B2
// CHECK-NEXT:   branch switch 1 2 3 default 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   call f(12) ignored
// CHECK-NEXT: B5 -> B2
// CHECK-NEXT:   call f(3) ignored
// CHECK-NOT:  {{^ }}
void stacked(int x)
{
	switch (x) {
	case 1:
	case 2:
		f(12);
		break;
	case 3:
		f(3);
	}
}

// Case values: enumerators, a macro, a negative value and a character constant are
// listed by value.
enum color { RED, GREEN = 5 };
#define BLUE 7
// CHECK-LABEL: function values
// CHECK:      B0 (entry) -> B3 B4 B5 B6 B7 B2
// CHECK-NEXT:   branch switch 0 5 7 -1 97 default 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   call f(5) ignored
// CHECK-NEXT: B5 -> B2
// CHECK-NEXT:   call f(7) ignored
// CHECK-NEXT: B6 -> B2
// CHECK-NEXT:   call f(-1) ignored
// CHECK-NEXT: B7 -> B2
// CHECK-NEXT:   call f(97) ignored
// CHECK-NOT:  {{^ }}
void values(int x)
{
	switch (x) {
	case RED: f(0); break;
	case GREEN: f(5); break;
	case BLUE: f(7); break;
	case -1: f(-1); break;
	case 'a': f(97); break;
	}
}

// The break in the loop leaves the loop (B6, still in case 1); the break after it
// leaves the switch (B2).
// CHECK-LABEL: function loop_in_switch
// CHECK:      B0 (entry) -> B3 B9
// CHECK-NEXT:   branch switch 1 default 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(9) ignored
// CHECK-NEXT: B3 -> B4
// CHECK-NEXT: B4 -> B5 B6
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B5 -> B7 B8
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#0 'g()'
// CHECK-NEXT: B6 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B7 -> B6
// CHECK-NEXT: B8 -> B4
// CHECK-NEXT:   assign param:n (compound)
// CHECK-NEXT: B9 -> B2
// CHECK-NEXT:   call f(0) ignored
// CHECK-NOT:  {{^ }}
void loop_in_switch(int x, int n)
{
	switch (x) {
	case 1:
		while (n > 0) {
			if (g())
				break;
			n--;
		}
		f(1);
		break;
	default:
		f(0);
	}
	f(9);
}

// In a switch in a loop: continue goes to the loop's head (B2), break to the code after
// the switch (B5), return to the exit. The switched-on call is evaluated in the
// dispatching block (its result use is not pinned here, see the report on switch).
// CHECK-LABEL: function switch_in_loop
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3 B4
// CHECK-NEXT:   branch param:n > 0 'n > 0'
// CHECK-NEXT: B3 -> B6 B7 B8
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch switch call#0 0 1 default 'g()'
// CHECK-NEXT: B4 -> B1
// CHECK-NEXT: B5 -> B2
// CHECK-NEXT:   assign param:n (compound)
// CHECK-NEXT: B6 -> B2
// CHECK-NEXT: B7 -> B5
// CHECK-NEXT: B8 -> B1
// CHECK-NEXT:   return
// CHECK-NOT:  {{^ }}
void switch_in_loop(int n)
{
	while (n > 0) {
		switch (g()) {
		case 0:
			continue;
		case 1:
			break;
		default:
			return;
		}
		n--;
	}
}

// The inner switch's break goes to the inner switch's exit (B4); the inner switch has
// no default, so its last edge goes there too.
// CHECK-LABEL: function nested_switch
// CHECK:      B0 (entry) -> B3 B6 B2
// CHECK-NEXT:   branch switch 1 2 default 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT: B3 -> B5 B4
// CHECK-NEXT:   branch switch 1 default 'y'
// CHECK-NEXT: B4 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT: B5 -> B4
// CHECK-NEXT:   call f(11) ignored
// CHECK-NEXT: B6 -> B2
// CHECK-NEXT:   call f(2) ignored
// CHECK-NOT:  {{^ }}
void nested_switch(int x, int y)
{
	switch (x) {
	case 1:
		switch (y) {
		case 1:
			f(11);
			break;
		}
		f(1);
		break;
	case 2:
		f(2);
	}
}

// Switching on an access path reads it in the dispatching block. Only a default: one
// successor, so no branch line. A statement before the first label is unreachable.
// CHECK-LABEL: function only_default
// CHECK:      B0 (entry) -> B3
// CHECK-NEXT:   read param:s->state
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT: B3 -> B2
// CHECK-NEXT:   call f(1) ignored
// CHECK-NOT:  {{^ }}
struct dev { int state; };
void only_default(struct dev *s)
{
	switch (s->state) {
		f(0);
	default:
		f(1);
	}
}

// A switch with no label at all: the only successor is the code after it.
// CHECK-LABEL: function empty_switch
// CHECK:      B0 (entry) -> B2
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(9) ignored
// CHECK-NOT:  {{^ }}
void empty_switch(int x)
{
	switch (x) {
	}
	f(9);
}

// Every case returns and there is a default: the code after the switch is unreachable.
// CHECK-LABEL: function all_return
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   branch switch 1 default 'x'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B1
// CHECK-NEXT:   call f(1) ignored
// CHECK-NEXT:   return
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   return
// CHECK-NOT:  {{^ }}
void all_return(int x)
{
	switch (x) {
	case 1:
		f(1);
		return;
	default:
		return;
	}
	f(9);
}
