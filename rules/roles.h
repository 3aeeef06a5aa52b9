/*
 * roles.h - callback roles: the table of roles.def, and which role each function of a
 * program has, from its role-typed declarations and from the registrations that hand
 * it to Storport (StorPortInitializeDpc, HwInitializationData.HwStartIo = ..., ...).
 */
#ifndef DPCCHECK_ROLES_H
#define DPCCHECK_ROLES_H

#include "program.h"

struct diag;
struct finding;

enum irql_level { IRQL_PASSIVE, IRQL_APC, IRQL_DISPATCH, IRQL_DIRQL, IRQL_HIGH };

enum {
	LOCK_NONE = 0,
	LOCK_INTERRUPT = 1,
	LOCK_STARTIO = 2,
};

enum role_id {
#define ROLE(id, td, alt, cb, what, sp, lo, hi, locks, src) ROLE_##id,
#include "roles.def"
	ROLE_COUNT
};

struct role_def {
	enum role_id id;
	const char *td, *alt; /* the role typedef, and another accepted spelling */
	const char *callback; /* the callback's documented name */
	const char *what;     /* "DPC routine" */
	bool storport;
	enum irql_level irql_lo, irql_hi;
	unsigned locks;
	const char *source;
};

extern const struct role_def role_defs[ROLE_COUNT];

/* The role whose typedef is `name`, or NULL. */
const struct role_def *role_by_typedef(const char *name);
/* The known role a declaration was written with (looking through typedefs of role
 * typedefs), or NULL; *td receives the typedef name as written. */
const struct role_def *role_of_decl(const struct ir_decl *d);
/* Whether a declaration's typedef chain includes the role's typedef. */
bool decl_has_role(const struct ir_decl *d, const struct role_def *r);
/* Whether a declaration carries _Use_decl_annotations_ written in its own text (also
 * through a macro), not only the copy Clang gives a definition from a prototype. */
bool decl_has_use_decl_annotations(const struct ir_decl *d);
const char *irql_name(enum irql_level l);
/* Describes in buf the first difference between a function's signature (after typedef
 * resolution) and a role typedef's, or returns false when they match (or the function
 * has no prototype). */
bool role_signature_differs(const struct ir_function *fn, const struct ir_typedef *td, char *buf, size_t n);

/* A place that registers a function for a role. */
struct registration {
	const struct role_def *role;
	int fn;			   /* the registered function (program index) */
	int in_fn;		   /* the function doing the registering, or -1 */
	bool by_name;		   /* DriverEntry: registered by its name, not by code */
	bool by_config;		   /* stated by a .dpccheck Roles entry (loc is the entry) */
	struct ir_loc loc;	   /* the argument, the assignment, or the definition */
	const char *via;	   /* "StorPortInitializeDpc", "HwInitializationData.HwStartIo" */
	const struct ir_arg *arg;  /* the function argument / right-hand side, if any */
	const struct ir_unit *unit;
};

struct roles {
	int nregs;
	struct registration *regs;
};

struct roles *roles_compute(const struct program *p);
struct config;
/* Adds the Roles of a configuration (config.h): functions registered in ways dpccheck
 * cannot follow (a table of function pointers), given their role by the user. They
 * become registrations of the functions that exist in the program. */
void roles_add_config(const struct config *c);
void roles_free_config(void);
void roles_free(struct roles *r);

/* The first declaration of fn written with a known role typedef, or NULL. */
const struct prog_decl *role_decl_of(const struct prog_fn *fn);
/* "a" or "an" before a role's name ("an interrupt service routine"). */
const char *role_article(const char *what);
/* Adds the note "registered as ... here" to a finding. */
void note_registration(struct finding *f, const struct program *p, const struct registration *reg);

#endif /* DPCCHECK_ROLES_H */
