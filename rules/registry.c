/*
 * registry.c - the list of rules (from rules.def) and the loop that runs them.
 */
#include "rule.h"

#include "shared.h"
#include "util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

const struct rule_info rule_infos[] = {
#define RULE(fn, id, sev, summary) { id, sev, summary },
#include "rules.def"
#undef RULE
};

const int rule_count = (int)ARRAY_SIZE(rule_infos);

typedef void (*register_fn)(struct rule_hooks *);

static const register_fn registrations[] = {
#define RULE(fn, id, sev, summary) register_##fn,
#include "rules.def"
#undef RULE
};

struct finding *rule_report(struct rule_ctx *ctx, struct ir_loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct finding *f = diag_vreport(ctx->diag, ctx->rule->id, ctx->rule->severity, loc, fmt, ap);
	va_end(ap);
	return f;
}

void fixit_insert_line_before(struct finding *f, struct ir_loc at, const char *text)
{
	unsigned off;
	const char *line = diag_source_line(at.file, at.line, &off);
	if (!line || at.offset < off || at.offset > off + strlen(line))
		return;
	size_t indent = strspn(line, " \t");
	size_t len = strlen(line);
	const char *eol = len && line[len - 1] == '\r' ? "\r\n" : "\n"; /* a CRLF file stays CRLF */
	struct strbuf sb = { 0 };
	if (at.offset - off > indent) {
		/* code before it on its line (`static VOID f(...)` after a macro): insert on the
		 * same line, before it, as clang-tidy does */
		for (const char *p = text; *p; p++)
			if (*p == '\n')
				sb_adds(&sb, " ");
			else
				sb_add(&sb, p, 1);
		sb_adds(&sb, " ");
		diag_fixit(f, at.file, at.line, at.col, at.offset, sb.buf);
	} else {
		/* each line of text on its own line before it, indented like it */
		for (const char *p = text; *p;) {
			size_t n = strcspn(p, "\n");
			sb_add(&sb, line, indent);
			sb_add(&sb, p, n);
			sb_adds(&sb, eol);
			p += n + (p[n] == '\n');
		}
		diag_fixit(f, at.file, at.line, 1, off, sb.buf);
	}
	sb_release(&sb);
}

struct lock_rules {
	struct rule_ctx ctx[64];
	struct rule_hooks hooks[64];
	int n;
	struct race *shared; /* collecting the accesses to shared state, or NULL */
};

static void dispatch_lock_event(const struct lock_event *e, void *data)
{
	struct lock_rules *lr = data;
	for (int i = 0; i < lr->n; i++)
		if (lr->hooks[i].on_lock_event)
			lr->hooks[i].on_lock_event(&lr->ctx[i], e);
	if (lr->shared)
		shared_lock_event(e, lr->shared);
}

void rules_run(const struct program *p, const struct roles *roles, struct diag *d)
{
	struct lock_rules lr = { .n = 0 };
	bool want_shared = false;
	for (int i = 0; i < rule_count; i++) {
		if (!diag_rule_enabled(d->checks, rule_infos[i].id))
			continue;
		struct rule_hooks hooks = { 0 };
		registrations[i](&hooks);
		struct rule_ctx ctx = { p, roles, d, &rule_infos[i] };
		if (hooks.on_program)
			hooks.on_program(&ctx, p);
		if (hooks.on_function)
			for (int j = 0; j < p->nfns; j++)
				hooks.on_function(&ctx, &p->fns[j]);
		if (hooks.on_registration)
			for (int j = 0; j < roles->nregs; j++)
				hooks.on_registration(&ctx, &roles->regs[j]);
		if ((hooks.on_lock_event || hooks.on_shared) && lr.n < (int)ARRAY_SIZE(lr.ctx)) {
			lr.ctx[lr.n] = ctx;
			lr.hooks[lr.n++] = hooks;
			want_shared |= hooks.on_shared != NULL;
		}
	}
	/* the tracker runs once for all the rules that judge its events or the accesses
	 * to shared state it collects */
	struct race shared;
	if (want_shared) {
		shared_begin(&shared, p, roles);
		lr.shared = &shared;
	}
	if (lr.n)
		locks_run(p, roles, dispatch_lock_event, &lr);
	if (want_shared) {
		for (int i = 0; i < lr.n; i++)
			if (lr.hooks[i].on_shared)
				lr.hooks[i].on_shared(&lr.ctx[i], &shared);
		shared_free(&shared);
	}
}
