/*
 * roles.c - gives functions their callback roles: from the typedef a declaration was
 * written with (HW_DPC_ROUTINE X;), and from registrations found in the code: the
 * callback arguments of api.def, StorPortNotification types, and assignments to the
 * fields of roles.def (HwInitializationData.HwStartIo, ConfigInfo->HwMSInterruptRoutine).
 */
#include "roles.h"

#include "arena.h"
#include "config.h"
#include "diag.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct role_def role_defs[ROLE_COUNT] = {
#define ROLE(id, td, alt, cb, what, sp, lo, hi, locks, src) \
	{ ROLE_##id, td, alt, cb, what, sp, lo, hi, locks, src },
#include "roles.def"
};

struct field_slot {
	const char *record, *field;
	enum role_id role;
};

static const struct field_slot field_slots[] = {
#define FIELD_SLOT(record, field, id) { record, field, ROLE_##id },
#include "roles.def"
};

struct callback_arg {
	const char *name;
	int arg;
	enum role_id role;
};

static const struct callback_arg callback_args[] = {
#define CALLBACK_ARG(routine, arg, role, src) { routine, arg, ROLE_##role },
#include "api.def"
};

static const struct callback_arg notify_args[] = {
#define NOTIFY_ARG(type, arg, role, src) { type, arg, ROLE_##role },
#include "api.def"
};

const char *irql_name(enum irql_level l)
{
	static const char *names[] = { "PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL", "HIGH_LEVEL" };
	return names[l];
}

const struct role_def *role_by_typedef(const char *name)
{
	if (!name)
		return NULL;
	for (int i = 0; i < ROLE_COUNT; i++)
		if (!strcmp(role_defs[i].td, name) || (role_defs[i].alt && !strcmp(role_defs[i].alt, name)))
			return &role_defs[i];
	return NULL;
}

const struct role_def *role_of_decl(const struct ir_decl *d)
{
	for (int i = 0; i < 4 && d->role_chain[i]; i++) {
		const struct role_def *r = role_by_typedef(d->role_chain[i]);
		if (r)
			return r;
	}
	return NULL;
}

bool decl_has_role(const struct ir_decl *d, const struct role_def *r)
{
	for (int i = 0; i < 4 && d->role_chain[i]; i++)
		if (role_by_typedef(d->role_chain[i]) == r)
			return true;
	return false;
}

bool role_signature_differs(const struct ir_function *fn, const struct ir_typedef *td, char *buf, size_t n)
{
	if (!fn->has_proto)
		return false;
	if (strcmp(fn->cret, td->cret)) {
		snprintf(buf, n, "'%s' returns '%s' but role type '%s' returns '%s'", fn->name, fn->ret, td->name,
			 td->ret);
		return true;
	}
	if (fn->nparams != td->nparams) {
		snprintf(buf, n, "'%s' takes %d parameter%s but role type '%s' takes %d", fn->name, fn->nparams,
			 fn->nparams == 1 ? "" : "s", td->name, td->nparams);
		return true;
	}
	for (int i = 0; i < fn->nparams; i++)
		if (strcmp(fn->params[i].ctype, td->params[i].ctype)) {
			snprintf(buf, n, "parameter %d of '%s' has type '%s' but role type '%s' declares '%s'", i + 1,
				 fn->name, fn->params[i].type, td->name, td->params[i].type);
			return true;
		}
	return false;
}

bool decl_has_use_decl_annotations(const struct ir_decl *d)
{
	if (d->use_decl_macro)
		return true;
	for (int i = 0; i < d->nannots; i++)
		if (d->annots[i].own_text && !strcmp(d->annots[i].name, "_Use_decl_annotations_"))
			return true;
	return false;
}

const struct prog_decl *role_decl_of(const struct prog_fn *fn)
{
	for (int i = 0; i < fn->ndecls; i++)
		if (role_of_decl(fn->decls[i].decl))
			return &fn->decls[i];
	return NULL;
}

struct regs {
	struct registration *v;
	int n, cap;
};

static void add_reg(struct regs *rs, const struct program *p, int in_fn, const struct ir_unit *u,
		    enum role_id role, const struct ir_arg *arg, struct ir_loc loc, const char *via)
{
	if (arg->kind != IR_ARG_FUNC)
		return;
	int fn = program_find(p, arg->usr, arg->name);
	if (fn < 0)
		return;
	VEC_PUSH(rs->v, rs->n, rs->cap);
	struct registration *r = &rs->v[rs->n++];
	memset(r, 0, sizeof(*r));
	r->role = &role_defs[role];
	r->fn = fn;
	r->in_fn = in_fn;
	r->loc = loc;
	r->via = via;
	r->arg = arg;
	r->unit = u;
}

static void scan_call(struct regs *rs, const struct program *p, int in_fn, const struct ir_unit *u,
		      const struct ir_call *c)
{
	for (size_t i = 0; i < ARRAY_SIZE(callback_args); i++)
		if (!strcmp(c->callee, callback_args[i].name) && c->nargs > callback_args[i].arg)
			add_reg(rs, p, in_fn, u, callback_args[i].role, &c->args[callback_args[i].arg],
				c->args[callback_args[i].arg].loc, callback_args[i].name);
	if (strcmp(c->callee, "StorPortNotification") || c->nargs < 1 || c->args[0].kind != IR_ARG_INT ||
	    !c->args[0].name)
		return;
	for (size_t i = 0; i < ARRAY_SIZE(notify_args); i++)
		if (!strcmp(c->args[0].name, notify_args[i].name) && c->nargs > notify_args[i].arg) {
			const struct ir_arg *a = &c->args[notify_args[i].arg];
			char via[96];
			snprintf(via, sizeof(via), "StorPortNotification(%s)", notify_args[i].name);
			add_reg(rs, p, in_fn, u, notify_args[i].role, a, a->loc, arena_strdup(p->arena, via));
		}
}

static void scan_assign(struct regs *rs, const struct program *p, int in_fn, const struct ir_unit *u,
			const struct ir_event *e)
{
	const struct ir_path *path = e->u.assign.path;
	if (!e->u.assign.rhs || !path->nsteps)
		return;
	const struct ir_step *last = &path->steps[path->nsteps - 1];
	if (last->kind != IR_STEP_DOT && last->kind != IR_STEP_ARROW)
		return;
	for (size_t i = 0; i < ARRAY_SIZE(field_slots); i++) {
		const struct field_slot *fs = &field_slots[i];
		if (strcmp(last->field, fs->field) || !last->record || !strstr(last->record, fs->record))
			continue;
		add_reg(rs, p, in_fn, u, fs->role, e->u.assign.rhs, e->loc, ir_path_str(p->arena, path));
		return;
	}
}

static void scan_function(struct regs *rs, const struct program *p, int i)
{
	const struct prog_fn *fn = &p->fns[i];
	for (int b = 0; b < fn->def->nblocks; b++) {
		const struct ir_block *bl = &fn->def->blocks[b];
		for (int k = 0; k < bl->nevents; k++) {
			const struct ir_event *e = &bl->events[k];
			if (e->kind == IR_EV_CALL && e->u.call.callee)
				scan_call(rs, p, i, fn->def_unit, &e->u.call);
			else if (e->kind == IR_EV_ASSIGN)
				scan_assign(rs, p, i, fn->def_unit, e);
		}
	}
}

/* DriverEntry is the driver's entry point by its name. */
static void add_driver_entry(struct regs *rs, const struct program *p, int i)
{
	const struct prog_fn *fn = &p->fns[i];
	const struct prog_decl *d = program_def_decl(fn);
	if (strcmp(fn->name, "DriverEntry") || fn->is_static || !d)
		return;
	VEC_PUSH(rs->v, rs->n, rs->cap);
	struct registration *r = &rs->v[rs->n++];
	memset(r, 0, sizeof(*r));
	r->role = &role_defs[ROLE_DRIVER_ENTRY];
	r->fn = i;
	r->in_fn = -1;
	r->by_name = true;
	r->loc = d->decl->loc;
	r->via = "the name DriverEntry";
	r->unit = d->unit;
}

struct user_role {
	char *fn;
	const struct role_def *role;
	struct ir_loc at;
};

static struct user_role *user_roles;
static int nuser_roles, capuser_roles;

void roles_add_config(const struct config *c)
{
	for (int i = 0; c && i < c->nroles; i++) {
		const struct role_def *r = role_by_typedef(c->roles[i].role);
		bool dup = false;
		for (int j = 0; j < nuser_roles && !dup; j++)
			dup = !strcmp(user_roles[j].fn, c->roles[i].name) && user_roles[j].role == r;
		if (!r || dup)
			continue;
		VEC_PUSH(user_roles, nuser_roles, capuser_roles);
		struct ir_loc at = c->roles[i].at;
		at.file = xstrdup(at.file);
		user_roles[nuser_roles++] = (struct user_role){ xstrdup(c->roles[i].name), r, at };
	}
}

void roles_free_config(void)
{
	for (int i = 0; i < nuser_roles; i++) {
		free(user_roles[i].fn);
		free((char *)user_roles[i].at.file);
	}
	free(user_roles);
	user_roles = NULL;
	nuser_roles = capuser_roles = 0;
}

static void add_user_roles(struct regs *rs, const struct program *p)
{
	for (int i = 0; i < nuser_roles; i++) {
		int fn = program_find(p, NULL, user_roles[i].fn);
		if (fn < 0)
			continue;
		VEC_PUSH(rs->v, rs->n, rs->cap);
		struct registration *r = &rs->v[rs->n++];
		memset(r, 0, sizeof(*r));
		r->role = user_roles[i].role;
		r->fn = fn;
		r->in_fn = -1;
		r->by_config = true;
		r->loc = user_roles[i].at;
		r->via = "a .dpccheck Roles entry";
		r->unit = p->fns[fn].any_unit;
	}
}

struct roles *roles_compute(const struct program *p)
{
	struct regs rs = { 0 };
	for (int i = 0; i < p->nfns; i++) {
		if (!p->fns[i].def)
			continue;
		add_driver_entry(&rs, p, i);
		scan_function(&rs, p, i);
	}
	add_user_roles(&rs, p);
	struct roles *r = xcalloc(1, sizeof(*r));
	r->regs = rs.v;
	r->nregs = rs.n;
	return r;
}

void roles_free(struct roles *r)
{
	if (!r)
		return;
	free(r->regs);
	free(r);
}

const char *role_article(const char *s)
{
	return strchr("aeiouAEIOU", s[0]) ? "an" : "a";
}

void note_registration(struct finding *f, const struct program *p, const struct registration *reg)
{
	const char *name = p->fns[reg->fn].name;
	const char *an = role_article(reg->role->what);
	if (reg->by_name)
		diag_note(f, reg->loc, "'%s' is the driver's entry point", name);
	else if (reg->by_config)
		diag_note(f, reg->loc, "'%s' runs as %s %s, says this Roles entry", name, an, reg->role->what);
	else if (reg->arg && reg->arg->cast_type)
		diag_note(f, reg->loc, "'%s' registered as %s %s with %s here, through a cast to '%s'", name, an,
			  reg->role->what, reg->via, reg->arg->cast_type);
	else if (strchr(reg->via, '.') || strstr(reg->via, "->"))
		diag_note(f, reg->loc, "'%s' registered as %s %s by the assignment to %s here", name, an,
			  reg->role->what, reg->via);
	else
		diag_note(f, reg->loc, "'%s' registered as %s %s with %s here", name, an, reg->role->what, reg->via);
}
