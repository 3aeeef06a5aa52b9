/*
 * TEMPLATE.c - the shape of a rule file (not built). Copy it to rules/<rule_id>.c,
 * add the rule to rules.def, write test/rules/<rule-id>.c and docs/rules/<rule-id>.md.
 *
 * The first sentence of a rule file's comment is the rule's summary, word for word as
 * in rules.def and the doc. Then: why the defect matters, with the STORPORT.md section
 * or Microsoft page that says so, and where the finding is reported (RULES.md pins it).
 *
 * A rule judges; it does not compute. Roles, registrations (roles.h) and, later, the
 * lock and IRQL trackers compute; the rule reads their results, decides, and reports
 * through rule_report() with notes that walk back to the evidence (the registration,
 * the role-type declaration, the call chain). Silence when unsure: a false positive
 * costs a driver team's trust.
 */
#include "rule.h"

static void check_function(struct rule_ctx *ctx, const struct prog_fn *fn)
{
	const struct prog_decl *def = program_def_decl(fn);
	if (!def)
		return;
	/* decide; then:
	 * struct finding *f = rule_report(ctx, def->decl->loc, "'%s' ...", fn->name);
	 * diag_note(f, other_loc, "... here");
	 */
}

static void check_registration(struct rule_ctx *ctx, const struct registration *reg)
{
	(void)ctx;
	(void)reg;
}

/* The one non-static function: named register_ + the rule ID with underscores. */
void register_template(struct rule_hooks *hooks)
{
	hooks->on_function = check_function;
	hooks->on_registration = check_registration;
}
