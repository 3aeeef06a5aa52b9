/*
 * paths.c - unit tests of the IR helpers the trackers rely on: when two access paths
 * name the same object, how paths and objects are spelled, clang-tidy globs, and the
 * interned strings of the trackers (str_set).
 */
#include "arena.h"
#include "ir.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

#include "expect.h"

static struct ir_step field(const char *name, const char *record, bool arrow)
{
	struct ir_step s = { arrow ? IR_STEP_ARROW : IR_STEP_DOT, name, record, false, 0 };
	return s;
}

static struct ir_step index_step(bool known, long long v)
{
	struct ir_step s = { IR_STEP_INDEX, NULL, NULL, known, v };
	return s;
}

static struct ir_path param_path(int param, const char *name, struct ir_step *steps, int n)
{
	struct ir_path p = { 0 };
	p.root = IR_ROOT_PARAM;
	p.param = param;
	p.name = name;
	p.steps = steps;
	p.nsteps = n;
	return p;
}

static void test_same(void)
{
	struct ir_step a[] = { field("Dpc", "_EXT", true), index_step(true, 1) };
	struct ir_step b[] = { field("Dpc", "_EXT", true), index_step(false, 0) };
	struct ir_step c[] = { field("Dpc", "_EXT", true), index_step(true, 2) };
	struct ir_step d[] = { field("Other", "_EXT", true), index_step(true, 1) };
	struct ir_path pa = param_path(1, "ext", a, 2), pb = param_path(1, "ext", b, 2);
	struct ir_path pc = param_path(1, "ext", c, 2), pd = param_path(1, "ext", d, 2);
	struct ir_path pe = param_path(0, "other", a, 2), pf = param_path(1, "ext", a, 1);
	EXPECT(ir_path_same(&pa, &pa));
	EXPECT(ir_path_same(&pa, &pb)); /* an unknown index matches any index */
	EXPECT(!ir_path_same(&pa, &pc));
	EXPECT(!ir_path_same(&pa, &pd));
	EXPECT(!ir_path_same(&pa, &pe)); /* another parameter */
	EXPECT(!ir_path_same(&pa, &pf)); /* a prefix is not the same object */

	struct ir_path g1 = { 0 }, g2 = { 0 }, g3 = { 0 };
	g1.root = g2.root = g3.root = IR_ROOT_GLOBAL;
	g1.name = g2.name = "g_Dpc";
	g3.name = "g_Other";
	g1.usr = g2.usr = "c:@g_Dpc";
	g3.usr = "c:@g_Other";
	EXPECT(ir_path_same(&g1, &g2));
	EXPECT(!ir_path_same(&g1, &g3));
}

static void test_spelling(void)
{
	struct arena *ar = arena_new();
	struct ir_step a[] = { field("Queue", "_EXT", true), index_step(false, 0), field("Dpc", "_QUEUE", false) };
	struct ir_path p = param_path(0, "ext", a, 3);
	EXPECT(!strcmp(ir_path_str(ar, &p), "ext->Queue[?].Dpc"));
	EXPECT(!strcmp(ir_path_object(ar, &p), "_EXT.Queue[].Dpc"));
	struct ir_path l = { 0 };
	l.root = IR_ROOT_LOCAL;
	l.is_auto = true;
	l.name = "dpc";
	EXPECT(!strcmp(ir_path_object(ar, &l), "local dpc"));
	arena_free(ar);
}

static void test_globs(void)
{
	EXPECT(glob_match("*", "role-type-missing"));
	EXPECT(glob_match("role-*", "role-type-missing"));
	EXPECT(!glob_match("spinlock-*", "role-type-missing"));
	EXPECT(glob_match("role-*-missing", "role-type-missing"));
	EXPECT(!glob_match("role-type", "role-type-missing"));
}

/* Interning (str_set): equal strings are one pointer, through the table's growth, and
 * the copies live in the caller's arena. */
static void test_str_set(void)
{
	struct arena *a = arena_new();
	struct str_set s = { .a = a };
	char buf[32];
	const char *first[1000];
	for (int i = 0; i < 1000; i++) {
		snprintf(buf, sizeof(buf), "_EXT.Field%d", i);
		first[i] = str_set_add(&s, buf);
		EXPECT(first[i] != buf && !strcmp(first[i], buf));
	}
	EXPECT(s.n == 1000);
	for (int i = 0; i < 1000; i++) {
		snprintf(buf, sizeof(buf), "_EXT.Field%d", i);
		EXPECT(str_set_add(&s, buf) == first[i]);
	}
	EXPECT(s.n == 1000 && s.cap >= 2000);
	EXPECT(str_set_add(&s, "") != first[0] && str_set_add(&s, "") == str_set_add(&s, ""));
	str_set_release(&s);
	EXPECT(!strcmp(first[999], "_EXT.Field999")); /* the strings are the arena's */
	arena_free(a);
}

int main(void)
{
	test_str_set();
	test_same();
	test_spelling();
	test_globs();
	return expect_done("paths");
}
