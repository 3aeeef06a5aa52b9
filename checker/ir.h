/*
 * ir.h - dpccheck's intermediate representation: what the rules need to know of a
 * translation unit, lowered from Clang's AST by cx.c and independent of libclang.
 *
 * A unit holds functions; a function holds its declarations (with the role typedef each
 * one was written with and the SAL annotations written on it) and, when defined, a
 * control-flow graph of basic blocks whose events are the calls, accesses, local
 * declarations and returns of the body in evaluation order. Everything lives in the
 * unit's arena and is freed with it. DESIGN.md section 2 explains the choices.
 *
 * CFG conventions (pinned by test/ir/ *.c):
 *   - block 0 is the entry block, block 1 the exit block; the exit block has no events;
 *   - a block ending in a two-way branch has nsucc == 2, succ[0] the edge taken when the
 *     condition is true, succ[1] when it is false, and a cond descriptor;
 *   - a switch block has one successor per case label (in source order) and one for
 *     default (or for the code after the switch when there is no default); its cond
 *     kind is IR_COND_SWITCH and case_values[i] is the value leading to succ[i]
 *     (a call switched on directly is `tested`, its index in cond->event);
 *   - `if ((status = f()) != 0)` is an IR_COND_PATH on `status`, assigned just before;
 *   - a block with two successors and no cond may take either: the edges into an
 *     __except handler (from the block before the __try body and from its last block);
 *   - a return, break or continue that leaves a __try body runs its __finally body
 *     first (the finally body's events are repeated on that path); goto does not;
 *   - loops are real back edges; goto edges go to the label's block;
 *   - `&&`, `||` and `?:` split blocks, so each branching block tests one operand.
 */
#ifndef DPCCHECK_IR_H
#define DPCCHECK_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct arena;

/* A source position: the expansion location, in the user's file (never inside a header
 * for code that came from a macro). macro names the outermost macro the code was
 * expanded from, or NULL. */
struct ir_loc {
	const char *file;
	unsigned line, col;
	unsigned offset;
	const char *macro;
};

enum ir_root_kind {
	IR_ROOT_PARAM,	/* a parameter of the function: index */
	IR_ROOT_GLOBAL, /* a variable with static storage declared outside any function */
	IR_ROOT_LOCAL,	/* a variable declared in the function (see is_auto) */
};

enum ir_step_kind {
	IR_STEP_DOT,   /* .field */
	IR_STEP_ARROW, /* ->field */
	IR_STEP_INDEX, /* [index] */
	IR_STEP_DEREF, /* *p */
};

struct ir_step {
	enum ir_step_kind kind;
	const char *field;  /* DOT, ARROW: the member name */
	const char *record; /* DOT, ARROW: the struct the member belongs to ("_HW_INITIALIZATION_DATA") */
	bool index_known;   /* INDEX: the index is an integer constant */
	long long index;
	struct ir_loc decl; /* DOT, ARROW: where the member is declared */
};

/* An access path: a root variable and a chain of member, index and dereference steps.
 * `&ext->Dpc[i]` is IR_ARG_ADDR of the path ext->Dpc[?]. */
struct ir_path {
	enum ir_root_kind root;
	int param;	   /* IR_ROOT_PARAM: 0-based index */
	const char *name;  /* root variable's name */
	const char *usr;   /* root variable's USR (links globals across units) */
	bool is_auto;	   /* IR_ROOT_LOCAL: automatic storage (not static, not extern) */
	const char *type;  /* type spelling of the whole path's object ("STOR_DPC") */
	const char *ctype; /* canonical type spelling of the same */
	int nsteps;
	struct ir_step *steps;
	struct ir_loc decl; /* where the root variable is declared */
};

enum ir_arg_kind {
	IR_ARG_INT,    /* integer or enum constant: value, name = enumerator or macro name if any */
	IR_ARG_NULL,   /* NULL or a literal 0 converted to a pointer */
	IR_ARG_STRING, /* string literal: name = its spelling */
	IR_ARG_FUNC,   /* a function designator (`F`, `&F`): name, usr */
	IR_ARG_PATH,   /* an access path used as a value */
	IR_ARG_ADDR,   /* the address of an access path (`&ext->Dpc`) */
	IR_ARG_OTHER,  /* anything else (an arithmetic expression, a call result, ...) */
};

/* One argument of a call, or the right-hand side of an assignment. */
struct ir_arg {
	enum ir_arg_kind kind;
	long long value;
	const char *name;
	const char *usr;
	struct ir_path *path;
	const char *cast_type; /* spelling of the outermost explicit cast, or NULL */
	const char *type;      /* type spelling of a PATH, ADDR or OTHER argument, as passed */
	const char *text;      /* source text of the argument, for messages */
	struct ir_loc loc;
};

enum ir_result_use {
	IR_RESULT_IGNORED, /* the call is an expression statement (or cast to void) */
	IR_RESULT_ASSIGNED,/* assigned to result_path (or used to initialize a local) */
	IR_RESULT_TESTED,  /* tested by the branch that ends the call's block */
	IR_RESULT_USED,	   /* used some other way (an argument, returned, arithmetic) */
};

enum ir_event_kind {
	IR_EV_CALL,
	IR_EV_ASSIGN, /* a write of an access path: path, rhs (compound assignments and ++/-- too) */
	IR_EV_READ,   /* a read of an access path that has steps, or of a static-storage variable */
	IR_EV_LOCAL,  /* a local variable declaration */
	IR_EV_RETURN,
};

struct ir_call {
	const char *callee;	 /* name of the called function, or NULL for an indirect call */
	const char *callee_usr;	 /* USR of the called function's declaration, or NULL */
	const char *callee_text; /* an indirect call's callee expression text */
	int nargs;
	struct ir_arg *args;
	enum ir_result_use result;
	struct ir_path *result_path; /* IR_RESULT_ASSIGNED: where the result went */
};

struct ir_local {
	const char *name;
	const char *usr;
	const char *type;  /* type spelling */
	const char *ctype; /* canonical type spelling */
	bool is_auto;	   /* automatic storage */
	bool is_static;
};

struct ir_event {
	enum ir_event_kind kind;
	struct ir_loc loc;
	union {
		struct ir_call call;
		struct {
			struct ir_path *path;
			struct ir_arg *rhs; /* NULL for ++/-- and compound assignments */
			bool compound;	    /* compound assignment, ++ or --: also a read */
		} assign;
		struct ir_path *read;
		struct ir_local local;
	} u;
};

enum ir_cond_kind {
	IR_COND_OTHER,	/* some other expression: text */
	IR_COND_CALL,	/* the result of the block's call event `event` compared with a constant */
	IR_COND_PATH,	/* an access path compared with a constant (or tested for truth) */
	IR_COND_SWITCH, /* switch dispatch */
};

enum ir_cmp {
	IR_CMP_TRUE, /* the value is tested for non-zero: `if (x)`; `if (!x)` swaps the edges */
	IR_CMP_EQ,
	IR_CMP_NE,
	IR_CMP_LT,
	IR_CMP_LE,
	IR_CMP_GT,
	IR_CMP_GE,
};

/* What the branch at the end of a block tests. The true edge is succ[0]. */
struct ir_cond {
	enum ir_cond_kind kind;
	enum ir_cmp cmp;
	int event;	      /* IR_COND_CALL: index of the call event in the block; IR_COND_SWITCH:
			       * the call whose result is switched on, or -1 */
	struct ir_path *path; /* IR_COND_PATH */
	struct ir_arg *rhs;   /* the constant compared against (NULL for IR_CMP_TRUE) */
	const char *text;     /* the condition's source text */
	int ncases;	      /* IR_COND_SWITCH: one value per successor but the last */
	long long *case_values;
	bool *case_is_default; /* IR_COND_SWITCH: succ[i] is the default label */
};

struct ir_block {
	int id;
	int nevents;
	struct ir_event *events;
	int nsucc;
	int *succ;
	struct ir_cond *cond;
	struct ir_loc loc; /* where the block starts (for dumps) */
};

struct ir_annot {
	const char *name; /* "_IRQL_requires_max_" */
	const char *args; /* "DISPATCH_LEVEL", or NULL when written without arguments */
	struct ir_loc loc;
	bool inherited;	  /* attached by Clang from an earlier declaration */
	bool own_text;	  /* written within this declaration's own text */
};

/* One declaration (or the definition) of a function. */
struct ir_decl {
	struct ir_loc loc;	  /* the function's name in this declaration */
	struct ir_loc begin;	  /* the first character of the declaration (return type, `static`) */
	bool is_definition;
	const char *role_typedef; /* the function typedef it was declared with (`HW_DPC_ROUTINE X;`) */
	const char *role_chain[4];/* that typedef and the typedefs it is defined through */
	struct ir_loc role_typedef_loc;
	int nannots;
	struct ir_annot *annots;
	bool in_main_file;	  /* in a file named on the command line (not a header) */
	/* the second opinion on SAL: `_Use_decl_annotations_` is expanded as a macro within
	 * this declaration's text (before the body). The annotate attribute is the first
	 * opinion (annots, own_text); a WDK whose SAL macros expand to nothing leaves only
	 * this one. */
	bool use_decl_macro;
};

struct ir_param {
	const char *name;
	const char *type;
	const char *ctype;
};

/* The prototype of a function typedef referenced by a declaration. */
struct ir_typedef {
	const char *name;
	struct ir_loc loc;
	const char *ret, *cret; /* return type spelling and canonical spelling */
	int nparams;
	struct ir_param *params;
	bool variadic;
	int nannots;
	struct ir_annot *annots;
	const char *underlying; /* for a typedef of a typedef: the name it is defined as */
};

struct ir_function {
	const char *name;
	const char *usr;
	bool is_static;
	int ndecls;
	struct ir_decl *decls;
	/* the definition's signature as written there (or the first declaration's) */
	const char *ret, *cret;
	int nparams;
	struct ir_param *params;
	bool variadic;
	bool has_proto;
	/* the body */
	bool defined;
	struct ir_loc body_begin, body_end;
	unsigned def_begin_offset, def_end_offset; /* extent of the definition in its file */
	int nblocks;
	struct ir_block *blocks;
	bool partial; /* an error diagnostic lies inside the definition */
	/* pageable: PAGED_CODE() in the body, `#pragma alloc_text(PAGE..., name)`, or
	 * defined under `#pragma code_seg("PAGE...")`; paged_at says where */
	bool paged;
	struct ir_loc paged_at;
};

struct ir_diag {
	struct ir_loc loc;
	bool is_error;
	bool missing_include;
	const char *text;
};

/* A file the unit read (the main file or a header), with the size and hash_bytes() of
 * the contents Clang parsed: the cache validates its entries against these. */
struct ir_input {
	const char *path;
	unsigned long long size;
	unsigned long long hash;
};

/* Where a function is defined: the span of its definition in a file (offsets), which
 * the report's fingerprints look findings up in. */
struct ir_def {
	const char *file, *name;
	unsigned begin, end;
};

struct ir_unit {
	struct arena *arena;
	const char *file; /* the main file, as named on the command line */
	/* A summary read from the cache (irser_read_summary): the diagnostics, the inputs and
	 * defs only, no functions or typedefs. Enough for a run whose findings are cached. */
	bool summary;
	int ndefs;
	struct ir_def *defs; /* set in a summary only: otherwise the functions say it */
	int nfunctions;
	struct ir_function *functions;
	int ntypedefs;
	struct ir_typedef *typedefs; /* function typedefs referenced by declarations */
	int ndiags;
	struct ir_diag *diags; /* errors and warnings Clang reported */
	int nerrors, nmissing_includes;
	bool parse_failed; /* libclang produced no translation unit */
	int ninputs;
	struct ir_input *inputs; /* every file the unit read, the main file first */
};

/* Two paths name the same object: same root and same steps, where an unknown index
 * matches any index. */
bool ir_path_same(const struct ir_path *a, const struct ir_path *b);
/* A path's spelling, `ext->Dpc[?]`, allocated from the arena. */
const char *ir_path_str(struct arena *a, const struct ir_path *p);
/* Appends an index step as paths spell it: `[3]`, or `[?]` when it is not a constant (s
 * NULL: not known either). */
struct strbuf;
void ir_index_str(struct strbuf *sb, const struct ir_step *s);
/* The object a path names independently of the variable used to reach it: from the
 * first member step on, qualified by that member's struct ("_EXT.Dpc[]"), or the
 * variable for a path without members ("g_Dpc", "local Dpc", "param Dpc"). Indices are
 * dropped: every element of an array is the same object here. */
const char *ir_path_object(struct arena *a, const struct ir_path *p);
/* The definitions of a unit's functions (each defining declaration with a file), in
 * function order, into out when it is not NULL; returns how many. A summary's are its
 * defs. */
int ir_unit_defs(const struct ir_unit *u, struct ir_def *out);
/* Looks up the typedef of a unit by name, or NULL. */
const struct ir_typedef *ir_find_typedef(const struct ir_unit *u, const char *name);
/* Prints the IR of every function defined in the unit's main file (--dump-ir). */
void ir_dump(const struct ir_unit *u, FILE *out);

#endif /* DPCCHECK_IR_H */
