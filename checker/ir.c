/*
 * ir.c - operations on the IR: comparing and spelling access paths, and the textual
 * dump that `dpccheck --dump-ir` prints and the CFG tests pin.
 */
#include "ir.h"

#include "arena.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool step_same(const struct ir_step *a, const struct ir_step *b)
{
	if (a->kind == IR_STEP_INDEX || b->kind == IR_STEP_INDEX)
		return a->kind == b->kind &&
		       (!a->index_known || !b->index_known || a->index == b->index);
	if (a->kind == IR_STEP_DEREF || b->kind == IR_STEP_DEREF)
		return a->kind == b->kind;
	/* `.` and `->` name the same member when the roots already matched */
	return a->field && b->field && !strcmp(a->field, b->field);
}

bool ir_path_same(const struct ir_path *a, const struct ir_path *b)
{
	if (a->root != b->root || a->nsteps != b->nsteps)
		return false;
	if (a->root == IR_ROOT_PARAM) {
		if (a->param != b->param)
			return false;
	} else if (!(a->usr && b->usr && !strcmp(a->usr, b->usr))) {
		if (!(a->name && b->name && !strcmp(a->name, b->name)) || a->usr || b->usr)
			return false;
	}
	for (int i = 0; i < a->nsteps; i++)
		if (!step_same(&a->steps[i], &b->steps[i]))
			return false;
	return true;
}

void ir_index_str(struct strbuf *sb, const struct ir_step *s)
{
	if (s && s->index_known) {
		char num[32];
		sb_add(sb, num, (size_t)snprintf(num, sizeof(num), "[%lld]", s->index));
	} else {
		sb_adds(sb, "[?]");
	}
}

/* Spells a path as C would: `(*pp)->Count`, `*p`, `ext->Dpc[?]`; appended to sb. */
static void path_str(struct strbuf *sb, const struct ir_path *p)
{
	size_t start = sb->len;
	sb_adds(sb, p->name ? p->name : "?");
	for (int i = 0; i < p->nsteps; i++) {
		const struct ir_step *s = &p->steps[i];
		switch (s->kind) {
		case IR_STEP_DOT: /* appended, not formatted: the lock tracker spells paths often */
		case IR_STEP_ARROW:
			sb_adds(sb, s->kind == IR_STEP_DOT ? "." : "->");
			sb_adds(sb, s->field ? s->field : "(null)");
			break;
		case IR_STEP_INDEX:
			ir_index_str(sb, s);
			break;
		case IR_STEP_DEREF: {
			bool last = i == p->nsteps - 1;
			char *inner = xstrfmt(last ? "*%s" : "(*%s)", sb->buf + start);
			sb->len = start;
			sb_adds(sb, inner);
			free(inner);
			break;
		}
		}
	}
}

const char *ir_path_str(struct arena *a, const struct ir_path *p)
{
	/* room for most paths at once: the lock tracker and the rules spell many */
	struct strbuf sb = { xmalloc(96), 0, 96 };
	sb.buf[0] = '\0';
	path_str(&sb, p);
	const char *r = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return r;
}

const char *ir_path_object(struct arena *a, const struct ir_path *p)
{
	struct strbuf sb = { 0 };
	int first = -1;
	for (int i = 0; i < p->nsteps && first < 0; i++)
		if ((p->steps[i].kind == IR_STEP_DOT || p->steps[i].kind == IR_STEP_ARROW) && p->steps[i].record)
			first = i;
	if (first < 0) {
		static const char *roots[] = { "param ", "", "local " };
		sb_addf(&sb, "%s%s", p->root == IR_ROOT_LOCAL && !p->is_auto ? "static " : roots[p->root],
			p->name ? p->name : "?");
		first = p->nsteps;
	} else {
		sb_adds(&sb, p->steps[first].record);
	}
	for (int i = first; i < p->nsteps; i++) {
		const struct ir_step *s = &p->steps[i];
		if (s->kind == IR_STEP_DOT || s->kind == IR_STEP_ARROW) {
			sb_adds(&sb, ".");
			sb_adds(&sb, s->field ? s->field : "(null)");
		}
		else if (s->kind == IR_STEP_INDEX)
			sb_adds(&sb, "[]");
	}
	const char *r = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return r;
}

int ir_unit_defs(const struct ir_unit *u, struct ir_def *out)
{
	if (u->summary) {
		if (out && u->ndefs)
			memcpy(out, u->defs, sizeof(*out) * (size_t)u->ndefs);
		return u->ndefs;
	}
	int n = 0;
	for (int i = 0; i < u->nfunctions; i++) {
		const struct ir_function *fn = &u->functions[i];
		for (int k = 0; fn->defined && k < fn->ndecls; k++)
			if (fn->decls[k].is_definition && fn->decls[k].loc.file) {
				if (out)
					out[n] = (struct ir_def){ fn->decls[k].loc.file, fn->name, fn->def_begin_offset,
								  fn->def_end_offset };
				n++;
			}
	}
	return n;
}

const struct ir_typedef *ir_find_typedef(const struct ir_unit *u, const char *name)
{
	for (int i = 0; i < u->ntypedefs; i++)
		if (!strcmp(u->typedefs[i].name, name))
			return &u->typedefs[i];
	return NULL;
}

static void dump_path(struct strbuf *sb, const struct ir_path *p)
{
	static const char *roots[] = { "param", "global", "local" };
	const char *r = roots[p->root];
	if (p->root == IR_ROOT_LOCAL && !p->is_auto)
		r = "static";
	sb_addf(sb, "%s:", r);
	path_str(sb, p);
}

static void dump_arg(struct strbuf *sb, const struct ir_arg *a)
{
	if (a->cast_type)
		sb_addf(sb, "(%s)", a->cast_type);
	switch (a->kind) {
	case IR_ARG_INT:
		if (a->name)
			sb_addf(sb, "%s=%lld", a->name, a->value);
		else
			sb_addf(sb, "%lld", a->value);
		break;
	case IR_ARG_NULL: sb_adds(sb, "NULL"); break;
	case IR_ARG_STRING: sb_addf(sb, "string %s", a->name ? a->name : ""); break;
	case IR_ARG_FUNC: sb_addf(sb, "func %s", a->name); break;
	case IR_ARG_PATH: dump_path(sb, a->path); break;
	case IR_ARG_ADDR: sb_adds(sb, "&"); dump_path(sb, a->path); break;
	case IR_ARG_OTHER: sb_addf(sb, "other '%s'", a->text ? a->text : ""); break;
	}
}

static const char *cmp_str[] = { "true", "==", "!=", "<", "<=", ">", ">=" };

static void dump_cond(struct strbuf *sb, const struct ir_cond *c)
{
	switch (c->kind) {
	case IR_COND_CALL: sb_addf(sb, "call#%d", c->event); break;
	case IR_COND_PATH: dump_path(sb, c->path); break;
	case IR_COND_SWITCH:
		sb_adds(sb, "switch");
		if (c->event >= 0)
			sb_addf(sb, " call#%d", c->event);
		for (int i = 0; i < c->ncases; i++) {
			if (c->case_is_default[i])
				sb_adds(sb, " default");
			else
				sb_addf(sb, " %lld", c->case_values[i]);
		}
		sb_addf(sb, " '%s'", c->text ? c->text : "");
		return;
	case IR_COND_OTHER: sb_adds(sb, "expr"); break;
	}
	if (c->cmp != IR_CMP_TRUE && c->rhs) {
		sb_addf(sb, " %s ", cmp_str[c->cmp]);
		dump_arg(sb, c->rhs);
	}
	sb_addf(sb, " '%s'", c->text ? c->text : "");
}

static const char *use_str[] = { "ignored", "assigned", "tested", "used" };

static void dump_event(struct strbuf *sb, const struct ir_event *e)
{
	sb_addf(sb, "    %u:%u ", e->loc.line, e->loc.col);
	switch (e->kind) {
	case IR_EV_CALL: {
		const struct ir_call *c = &e->u.call;
		if (c->callee)
			sb_addf(sb, "call %s(", c->callee);
		else
			sb_addf(sb, "call [%s](", c->callee_text ? c->callee_text : "?");
		for (int i = 0; i < c->nargs; i++) {
			if (i)
				sb_adds(sb, ", ");
			dump_arg(sb, &c->args[i]);
		}
		sb_addf(sb, ") %s", use_str[c->result]);
		if (c->result_path) {
			sb_adds(sb, " to ");
			dump_path(sb, c->result_path);
		}
		break;
	}
	case IR_EV_ASSIGN:
		sb_adds(sb, "assign ");
		dump_path(sb, e->u.assign.path);
		if (e->u.assign.compound)
			sb_adds(sb, " (compound)");
		if (e->u.assign.rhs) {
			sb_adds(sb, " = ");
			dump_arg(sb, e->u.assign.rhs);
		}
		break;
	case IR_EV_READ:
		sb_adds(sb, "read ");
		dump_path(sb, e->u.read);
		break;
	case IR_EV_LOCAL:
		sb_addf(sb, "local %s %s%s", e->u.local.type, e->u.local.name,
			e->u.local.is_auto ? "" : " (static storage)");
		break;
	case IR_EV_RETURN: sb_adds(sb, "return"); break;
	}
	if (e->loc.macro)
		sb_addf(sb, " [macro %s]", e->loc.macro);
	sb_adds(sb, "\n");
}

static void dump_function(struct strbuf *sb, const struct ir_function *fn)
{
	sb_addf(sb, "function %s%s", fn->name, fn->partial ? " (partial)" : "");
	if (fn->paged)
		sb_addf(sb, " (pageable: %u:%u)", fn->paged_at.line, fn->paged_at.col);
	sb_adds(sb, "\n");
	for (int i = 0; i < fn->ndecls; i++) {
		const struct ir_decl *d = &fn->decls[i];
		sb_addf(sb, "  %s %u:%u", d->is_definition ? "definition" : "declaration", d->loc.line, d->loc.col);
		if (d->role_typedef)
			sb_addf(sb, " role-type %s", d->role_typedef);
		for (int j = 0; j < d->nannots; j++)
			if (d->annots[j].own_text)
				sb_addf(sb, " %s%s%s%s", d->annots[j].name, d->annots[j].args ? "(" : "",
					d->annots[j].args ? d->annots[j].args : "", d->annots[j].args ? ")" : "");
		if (d->use_decl_macro)
			sb_adds(sb, " [macro _Use_decl_annotations_]");
		sb_adds(sb, "\n");
	}
	sb_addf(sb, "  returns %s, params (", fn->ret ? fn->ret : "?");
	for (int i = 0; i < fn->nparams; i++)
		sb_addf(sb, "%s%s %s", i ? ", " : "", fn->params[i].type, fn->params[i].name ? fn->params[i].name : "");
	sb_adds(sb, ")\n");
	for (int i = 0; i < fn->nblocks; i++) {
		const struct ir_block *b = &fn->blocks[i];
		sb_addf(sb, "  B%d%s ->", b->id, i == 0 ? " (entry)" : i == 1 ? " (exit)" : "");
		for (int j = 0; j < b->nsucc; j++)
			sb_addf(sb, " B%d", b->succ[j]);
		sb_adds(sb, "\n");
		for (int j = 0; j < b->nevents; j++)
			dump_event(sb, &b->events[j]);
		if (b->cond) {
			sb_adds(sb, "    branch ");
			dump_cond(sb, b->cond);
			sb_adds(sb, "\n");
		}
	}
}

void ir_dump(const struct ir_unit *u, FILE *out)
{
	struct strbuf sb = { 0 };
	for (int i = 0; i < u->nfunctions; i++) {
		const struct ir_function *fn = &u->functions[i];
		bool main_def = false;
		for (int j = 0; j < fn->ndecls; j++)
			main_def |= fn->decls[j].is_definition && fn->decls[j].in_main_file;
		if (main_def)
			dump_function(&sb, fn);
	}
	if (sb.buf)
		fputs(sb.buf, out);
	sb_release(&sb);
}
