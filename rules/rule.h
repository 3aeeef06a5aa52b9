/*
 * rule.h - what a rule sees and how it plugs in. Rules judge; they read the linked
 * program and the trackers' results (roles.h for now) and report findings through
 * diag.h. Each rule file defines one non-static function, register_<rule>(), which
 * fills in the hooks it needs (rules.def lists them; TEMPLATE.c shows the shape).
 */
#ifndef DPCCHECK_RULE_H
#define DPCCHECK_RULE_H

#include "diag.h"
#include "program.h"
#include "locks.h"
#include "roles.h"

struct rule_info {
	const char *id;
	enum diag_severity severity;
	const char *summary;
};

struct rule_ctx {
	const struct program *program;
	const struct roles *roles;
	struct diag *diag;
	const struct rule_info *rule;
};

struct race;

struct rule_hooks {
	/* once for the whole program */
	void (*on_program)(struct rule_ctx *ctx, const struct program *p);
	/* once per function of the program (declared or defined) */
	void (*on_function)(struct rule_ctx *ctx, const struct prog_fn *fn);
	/* once per registration of a function for a role */
	void (*on_registration)(struct rule_ctx *ctx, const struct registration *reg);
	/* once per event of the spin-lock tracker (locks.h), in each context it arises */
	void (*on_lock_event)(struct rule_ctx *ctx, const struct lock_event *e);
	/* once, with the accesses to shared state (shared.h) the same run of the tracker
	 * collected: the tracker runs once for all the rules that need it */
	void (*on_shared)(struct rule_ctx *ctx, struct race *r);
};

#define RULE(fn, id, sev, summary) void register_##fn(struct rule_hooks *hooks);
#include "rules.def"
#undef RULE

extern const struct rule_info rule_infos[];
extern const int rule_count;

/* Runs every rule that --checks enables over the program. */
void rules_run(const struct program *p, const struct roles *roles, struct diag *d);
/* Reports a finding of the rule the context is running. */
struct finding *rule_report(struct rule_ctx *ctx, struct ir_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The fix-it that inserts `text` (one or more lines, separated by '\n') on its own lines
 * before the line of `at`, indented like that line and ended like it (CRLF or LF); when
 * code precedes `at` on its line, on the same line right before `at` instead. */
void fixit_insert_line_before(struct finding *f, struct ir_loc at, const char *text);

#endif /* DPCCHECK_RULE_H */
