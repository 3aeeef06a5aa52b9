/*
 * irql.h - the IRQL facts of irql.def: the documented limits of the routines a
 * miniport calls, the waits whose limit depends on their timeout, and the routines
 * callable only from certain callbacks; and the limits a user function's own SAL
 * annotations give it.
 */
#ifndef DPCCHECK_IRQL_H
#define DPCCHECK_IRQL_H

#include "program.h"
#include "roles.h"

struct irql_fact {
	const char *routine;
	int min, max; /* enum irql_level */
	const char *source;
};

struct irql_wait {
	const char *routine;
	int timeout_arg;
	const char *source;
};

struct context_only {
	const char *routine;
	enum role_id roles[3]; /* ROLE_COUNT for unused */
	const char *source;
};

struct lock_event;
/* Whether a call to a waiting routine can block: KeDelayExecutionThread always; the
 * IRQL_WAIT routines with a NULL timeout or one pointing to a local only ever set to
 * non-zero constants (a timeout dpccheck cannot evaluate does not count). *why says how. */
bool irql_wait_blocks(const struct program *p, const struct lock_event *e, const char **why);
const struct irql_fact *irql_fact_of(const char *routine);
const struct irql_wait *irql_wait_of(const char *routine);
const struct context_only *context_only_of(const char *routine);
/* The IRQL limits a function's own annotations state (_IRQL_requires_, _max_, _min_
 * and the __drv_ forms); false when it has none. *at is the annotated declaration. */
bool irql_own_limits(const struct prog_fn *fn, int *min, int *max, struct ir_loc *at);

/* Facts the user states for routines dpccheck cannot see into (.dpccheck IrqlFacts, a
 * wrapper around a routine whose limit it inherits, a library function): consulted
 * after a program function's own annotations and before irql.def. The first fact added
 * for a name wins. `at` is the entry in the configuration file. */
void irql_add_user_fact(const char *routine, int min, int max, struct ir_loc at);
void irql_free_user_facts(void);
struct config;
/* Adds the IrqlFacts of a configuration (config.h) as user facts. */
void irql_add_config_facts(const struct config *c);
/* The level a name in IrqlFacts means (irql_name's spelling), or -1. */
int irql_level_of_name(const char *name);

enum irql_limit_source { IRQL_LIMIT_NONE, IRQL_LIMIT_ANNOTATION, IRQL_LIMIT_USER, IRQL_LIMIT_TABLE };
/* The IRQL limits of the routine a call event calls: the callee's own annotations
 * (*at: the annotated declaration), else a user fact (*at: its entry), else irql.def for
 * a routine outside the program. */
enum irql_limit_source irql_call_limits(const struct program *p, const struct lock_event *e, int *min, int *max,
					struct ir_loc *at);

#endif /* DPCCHECK_IRQL_H */
