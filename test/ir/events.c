// Events and argument descriptors: each call's arguments are described as integer or
// enum constants (with the enumerator or macro name written), NULL, string literals,
// function references (with the outermost explicit cast), access paths (`[?]` for an
// unknown index; param:, global:, local:, static: roots), addresses of access paths, or
// `other`. A call through a function pointer shows its callee expression in brackets.
// A call's result is ignored, assigned to a path, tested or used. Compound assignments
// and ++/-- are `(compound)` assignments; local declarations are events, followed by an
// assignment when they have an initializer (not for static locals). Reads are recorded
// for paths with steps and globals. Calls written through a macro carry `[macro NAME]`
// and the macro invocation's position. Events come in evaluation order: a call's
// arguments (and their calls) before the call. Defects are pinned in events-bug.c.
// Each function's checks end with CHECK-NOT {{^ }}: no block or event follows.
// RUN: %dpccheck --dump-ir %s | FileCheck %s

#define NULL ((void *)0)
#define STATUS_OK 0
#define LOCK(x) acquire(x)
#define LOCK_TWICE(x) acquire(x), acquire(x)

typedef struct _DPC { int x; } DPC;
typedef void (*FNPTR)(void *);
struct sub { int Field; };
struct ext {
	DPC Dpc[4];
	struct sub Sub;
	void (*Callback)(struct ext *);
	int Count;
	int *Ptr;
	struct ext *Next;
};
enum lock_kind { DpcLock = 1, InterruptLock = 2 };

void take_int(int);
void take_long(long long);
void take_ptr(void *);
void take_str(const char *);
void take_fn(FNPTR);
void take_dpc(DPC *);
void take_dpc_val(DPC);
void take_lock(enum lock_kind);
void take_two(int, int);
void cb(void *);
int g(void);
int h(int);
void acquire(void *);

int gGlobal;
DPC gDpc;

// CHECK-LABEL: function const_args
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   call take_int(42) ignored
// CHECK-NEXT:   call take_int(-3) ignored
// CHECK-NEXT:   call take_int(0) ignored
// CHECK-NEXT:   call take_lock(DpcLock=1) ignored
// CHECK-NEXT:   call take_int(InterruptLock=2) ignored
// CHECK-NEXT:   call take_int(STATUS_OK=0) ignored
// CHECK-NEXT:   call take_ptr(NULL) ignored
// CHECK-NEXT:   call take_ptr(NULL) ignored
// CHECK-NEXT:   call take_str(string "hello") ignored
// CHECK-NEXT:   call take_int(97) ignored
// CHECK-NEXT:   call take_long(4) ignored
// CHECK-NEXT:   call take_int(6) ignored
// CHECK-NEXT:   call take_long(-1) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void const_args(void)
{
	take_int(42);
	take_int(-3);
	take_int(0);
	take_lock(DpcLock);
	take_int(InterruptLock);
	take_int(STATUS_OK);
	take_ptr(NULL);
	take_ptr(0);
	take_str("hello");
	take_int('a');
	take_long(sizeof(int));
	take_int(2 * 3);
	take_long(-1LL);
}

// A function is `func` whether written `cb` or `&cb`; an explicit cast is shown.
// CHECK-LABEL: function func_args
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   call take_fn(func cb) ignored
// CHECK-NEXT:   call take_fn(func cb) ignored
// CHECK-NEXT:   call take_fn((FNPTR)func cb) ignored
// CHECK-NEXT:   call take_fn((FNPTR)func cb) ignored
// CHECK-NEXT:   call take_ptr((void *)func cb) ignored
// CHECK-NEXT:   call take_fn(NULL) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void func_args(void)
{
	take_fn(cb);
	take_fn(&cb);
	take_fn((FNPTR)cb);
	take_fn((FNPTR)&cb);
	take_ptr((void *)cb);
	take_fn(NULL);
}

// Access paths: constant and unknown indices, `.` after `->`, a parenthesized
// dereference (its spelling is pinned in events-path-spelling-bug.c), a global, and
// addresses of paths (no read for those). A path read as a value is read first (a
// parameter or local without steps is not a read).
// CHECK-LABEL: function path_args
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   [[@LINE+31]]:2 call take_dpc(&param:ext->Dpc[3]) ignored
// CHECK-NEXT:   call take_dpc(&param:ext->Dpc[?]) ignored
// CHECK-NEXT:   call take_dpc(&param:ext->Dpc[0]) ignored
// CHECK-NEXT:   call take_ptr(&param:ext->Sub) ignored
// CHECK-NEXT:   read param:ext->Sub.Field
// CHECK-NEXT:   call take_int(param:ext->Sub.Field) ignored
// CHECK-NEXT:   [[@LINE+30]]:12 read param:*pp{{$}}
// CHECK-NEXT:   [[@LINE+29]]:18 read param:(*pp)->Count{{$}}
// CHECK-NEXT:   [[@LINE+28]]:2 call take_int(param:(*pp)->Count) ignored
// CHECK-NEXT:   read param:ext->Dpc[?].x
// CHECK-NEXT:   call take_int(param:ext->Dpc[?].x) ignored
// CHECK-NEXT:   read param:ext->Dpc[2].x
// CHECK-NEXT:   call take_int(param:ext->Dpc[2].x) ignored
// CHECK-NEXT:   read global:gGlobal
// CHECK-NEXT:   call take_int(global:gGlobal) ignored
// CHECK-NEXT:   call take_dpc(&global:gDpc) ignored
// CHECK-NEXT:   read global:gDpc.x
// CHECK-NEXT:   call take_int(global:gDpc.x) ignored
// CHECK-NEXT:   call take_ptr(param:ext) ignored
// CHECK-NEXT:   call take_int(param:i) ignored
// CHECK-NEXT:   call take_int(other 'i + 1') ignored
// CHECK-NEXT:   read param:ext->Next
// CHECK-NEXT:   read param:ext->Next->Count
// CHECK-NEXT:   call take_int(param:ext->Next->Count) ignored
// CHECK-NEXT:   call take_ptr((void *)&param:ext->Count) ignored
// CHECK-NEXT:   read param:ext->Dpc[3]
// CHECK-NEXT:   call take_dpc_val(param:ext->Dpc[3]) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void path_args(struct ext *ext, int i, struct ext **pp)
{
	take_dpc(&ext->Dpc[3]);
	take_dpc(&ext->Dpc[i]);
	take_dpc(&ext->Dpc[0]);
	take_ptr(&ext->Sub);
	take_int(ext->Sub.Field);
	take_int((*pp)->Count);
	take_int(ext->Dpc[i].x);
	take_int(ext->Dpc[1 + 1].x);
	take_int(gGlobal);
	take_dpc(&gDpc);
	take_int(gDpc.x);
	take_ptr(ext);
	take_int(i);
	take_int(i + 1);
	take_int(ext->Next->Count);
	take_ptr((void *)&ext->Count);
	take_dpc_val(ext->Dpc[3]);
}

// Locals: a declaration event, then an assignment for an initializer; static locals
// have static storage, no initializing assignment, and the `static:` root. Reads of
// locals and static locals without steps are not events (ir.h: reads are recorded for
// paths with steps and for globals).
// CHECK-LABEL: function locals
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   local int a
// CHECK-NEXT:   local int b
// CHECK-NEXT:   assign local:b = 5
// CHECK-NEXT:   local int s (static storage)
// CHECK-NEXT:   local int t (static storage)
// CHECK-NEXT:   local int c
// CHECK-NEXT:   call g() assigned to local:c
// CHECK-NEXT:   assign local:c = other 'g()'
// CHECK-NEXT:   local DPC d
// CHECK-NEXT:   local DPC * pd
// CHECK-NEXT:   assign local:pd = &local:d
// CHECK-NEXT:   local int u
// CHECK-NEXT:   local int v
// CHECK-NEXT:   assign local:v = 1
// CHECK-NEXT:   assign local:a = local:b
// CHECK-NEXT:   assign static:s = local:a
// CHECK-NEXT:   assign static:t (compound)
// CHECK-NEXT:   read static:s
// CHECK-NEXT:   call take_int(static:s) ignored
// CHECK-NEXT:   call take_dpc(&local:d) ignored
// CHECK-NEXT:   assign local:pd->x = 0
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void locals(void)
{
	int a;
	int b = 5;
	static int s = 1;
	static int t;
	int c = g();
	DPC d;
	DPC *pd = &d;
	int u, v = 1;
	a = b;
	s = a;
	t++;
	take_int(s);
	take_dpc(&d);
	pd->x = 0;
}

// Calls through function pointers: the callee expression, read first when it is a
// member; the arguments after it. A call to a function by its name is direct.
// CHECK-LABEL: function indirect
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   read param:ext->Callback
// CHECK-NEXT:   call [ext->Callback](param:ext) ignored
// CHECK-NEXT:   call [fp](NULL) ignored
// CHECK-NEXT:   call [(*fp)](param:ext) ignored
// CHECK-NEXT:   read param:ext->Next
// CHECK-NEXT:   read param:ext->Next->Callback
// CHECK-NEXT:   read param:ext->Next
// CHECK-NEXT:   call [ext->Next->Callback](param:ext->Next) ignored
// CHECK-NEXT:   call cb(param:ext) ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void indirect(struct ext *ext, FNPTR fp)
{
	ext->Callback(ext);
	fp(NULL);
	(*fp)(ext);
	ext->Next->Callback(ext->Next);
	cb(ext);
}

// Result uses: an expression statement or a cast to void ignores the result; an
// assignment or initialization assigns it (to the path); the branch after it tests it;
// an argument, arithmetic or a return uses it.
// CHECK-LABEL: function results
// CHECK:      B0 (entry) -> B2 B3
// CHECK-NEXT:   local int x
// CHECK-NEXT:   call g() ignored
// CHECK-NEXT:   call g() ignored
// CHECK-NEXT:   call g() assigned to local:x
// CHECK-NEXT:   assign local:x = other 'g()'
// CHECK-NEXT:   call g() assigned to param:ext->Count
// CHECK-NEXT:   assign param:ext->Count = other 'g()'
// CHECK-NEXT:   call g() assigned to param:ext->Dpc[?].x
// CHECK-NEXT:   assign param:ext->Dpc[?].x = other 'g()'
// CHECK-NEXT:   call g() tested
// CHECK-NEXT:   branch call#9 'g()'
// CHECK-NEXT: B1 (exit) ->
// CHECK-NEXT: B2 -> B3
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   call h(other 'g()') used
// CHECK-NEXT:   call take_int(other 'h(g())') ignored
// CHECK-NEXT: B3 -> B1
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   assign local:x = other 'g() + 1'
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   return
// CHECK-NOT:  {{^ }}
int results(struct ext *ext, int i)
{
	int x;
	g();
	(void)g();
	x = g();
	ext->Count = g();
	ext->Dpc[i].x = g();
	if (g())
		take_int(h(g()));
	x = g() + 1;
	return g();
}

// Compound assignments and ++/--: `(compound)`, no right-hand side, no separate read.
// CHECK-LABEL: function compound
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   local int x
// CHECK-NEXT:   assign local:x = 0
// CHECK-NEXT:   assign local:x (compound)
// CHECK-NEXT:   assign local:x (compound)
// CHECK-NEXT:   assign local:x (compound)
// CHECK-NEXT:   assign local:x (compound)
// CHECK-NEXT:   assign param:ext->Count (compound)
// CHECK-NEXT:   assign param:ext->Count (compound)
// CHECK-NEXT:   read param:ext->Ptr
// CHECK-NEXT:   assign param:ext->Ptr[1] (compound)
// CHECK-NEXT:   assign param:*p = 3
// CHECK-NEXT:   read param:ext->Count
// CHECK-NEXT:   assign param:ext->Count = other 'ext->Count + 1'
// CHECK-NEXT:   assign global:gGlobal (compound)
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void compound(struct ext *ext, int *p)
{
	int x = 0;
	x++;
	++x;
	x--;
	x += 2;
	ext->Count++;
	ext->Count -= 2;
	ext->Ptr[1] |= 1;
	*p = 3;
	ext->Count = ext->Count + 1;
	gGlobal <<= 1;
}

// A call written through a macro carries the macro's name and is located at the macro
// invocation; a macro expanding to two calls tags both.
// CHECK-LABEL: function macros
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   [[@LINE+9]]:2 call acquire(param:ext) ignored [macro LOCK]{{$}}
// CHECK-NEXT:   [[@LINE+9]]:2 call acquire(param:ext) ignored{{$}}
// CHECK-NEXT:   [[@LINE+9]]:2 call acquire(&param:ext->Dpc[0]) ignored [macro LOCK]{{$}}
// CHECK-NEXT:   [[@LINE+9]]:2 call acquire(param:ext) {{[a-z]+}} [macro LOCK_TWICE]{{$}}
// CHECK-NEXT:   [[@LINE+8]]:2 call acquire(param:ext) {{[a-z]+}} [macro LOCK_TWICE]{{$}}
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void macros(struct ext *ext)
{
	LOCK(ext);
	acquire(ext);
	LOCK(&ext->Dpc[0]);
	LOCK_TWICE(ext);
}

// Evaluation order: nested calls first, left to right, then the call that uses them.
// CHECK-LABEL: function order
// CHECK:      B0 (entry) -> B1
// CHECK-NEXT:   local int x
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   call h(other 'g()') used
// CHECK-NEXT:   call h(1) used
// CHECK-NEXT:   call take_two(other 'h(g())', other 'h(1)') ignored
// CHECK-NEXT:   call g() used
// CHECK-NEXT:   call h(other 'g()') assigned to local:x
// CHECK-NEXT:   assign local:x = other 'h(g())'
// CHECK-NEXT:   read param:ext->Count
// CHECK-NEXT:   call h(param:ext->Count) used
// CHECK-NEXT:   call take_int(other 'h(ext->Count) + x') ignored
// CHECK-NEXT: B1 (exit) ->
// CHECK-NOT:  {{^ }}
void order(struct ext *ext)
{
	int x;
	take_two(h(g()), h(1));
	x = h(g());
	take_int(h(ext->Count) + x);
}
