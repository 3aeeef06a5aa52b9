/*
 * program.h - the program level: the translation units of one run linked into one
 * driver. Functions are merged across units by USR (external functions by name as a
 * fallback), each with all its declarations and its one definition, and the direct
 * calls between them form the call graph.
 */
#ifndef DPCCHECK_PROGRAM_H
#define DPCCHECK_PROGRAM_H

#include "ir.h"

struct prog_decl {
	const struct ir_decl *decl;
	const struct ir_unit *unit;
};

struct prog_call {
	int callee; /* index into program.fns */
	const struct ir_event *event;
};

struct prog_fn {
	const char *name;
	const char *usr;
	bool is_static;
	int ndecls;
	struct prog_decl *decls;
	const struct ir_function *def; /* the definition, or NULL */
	const struct ir_unit *def_unit;
	const struct ir_function *any; /* the definition, else the first declaration's function */
	const struct ir_unit *any_unit;
	int ncalls;
	struct prog_call *calls; /* direct calls to other program functions, in block order */
	int ncallers;
	int *callers; /* indices of the functions calling this one (each once) */
};

struct program {
	struct arena *arena;
	int nunits;
	struct ir_unit **units;
	int nfns;
	struct prog_fn *fns;
	int *by_usr, *by_name; /* open-addressing hash tables of fns indices (-1: empty) */
	unsigned nslots;
};

/* Links the units (which stay owned by the caller and must outlive the program). */
struct program *program_link(struct ir_unit **units, int nunits);
void program_free(struct program *p);
/* The function a call or function reference names, or -1. */
int program_find(const struct program *p, const char *usr, const char *name);
/* The definition's declaration of fn, or NULL. */
const struct prog_decl *program_def_decl(const struct prog_fn *fn);

#endif /* DPCCHECK_PROGRAM_H */
