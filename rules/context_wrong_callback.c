/*
 * context_wrong_callback.c - a routine documented as callable only from certain
 * callbacks is reached from another.
 *
 * StorPortInitializeDpc belongs in HwStorPassiveInitializeRoutine (or HwStorInitialize,
 * STORPORT.md section 10 question 5); StorPortEnablePassiveInitialization works only
 * from HwStorInitialize; StorPortGetUncachedExtension, StorPortFreeDeviceBase,
 * StorPortGetBusData and StorPortSetAdapterBusType only from HwStorFindAdapter;
 * StorPortInitialize only from DriverEntry (sections 2.4 and 5.1). Elsewhere they fail,
 * or Driver Verifier bug-checks. The callback is the entry the call is reached from,
 * through helpers; reported at the call, with the chain and the registration.
 */
#include "irql.h"
#include "rule.h"

#include <stdio.h>
#include <string.h>

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_CALL || !e->entry_role)
		return;
	const struct context_only *c = context_only_of(e->routine);
	if (!c)
		return;
	char allowed[256] = "";
	for (int i = 0; i < 3; i++) {
		if (c->roles[i] == ROLE_COUNT)
			continue;
		if (c->roles[i] == e->entry_role->id)
			return;
		snprintf(allowed + strlen(allowed), sizeof(allowed) - strlen(allowed), "%s%s", allowed[0] ? " or " : "",
			 role_defs[c->roles[i]].callback);
	}
	struct finding *f = rule_report(ctx, e->loc, "'%s' may be called only from %s, but is reached here from %s %s",
					e->routine, allowed, role_article(e->entry_role->what),
					e->entry_role->what);
	locks_note_chain(f, ctx->program, e, true);
}

void register_context_wrong_callback(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
