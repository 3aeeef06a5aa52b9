/*
 * run.c - one analysis run, shared by the command line and the editor server: plans
 * each unit's compiler arguments, parses and lowers the units, links the program,
 * computes the roles and runs the rules. Everything a run allocates is freed by
 * run_free, so a long-lived process can run it again and again.
 */
#define _GNU_SOURCE /* readlink, strverscmp */
#include "run.h"

#include "cache.h"
#include "compdb.h"
#include "config.h"
#include "cx.h"
#include "fix.h"
#include "ir.h"
#include "irser.h"
#include "arena.h"
#include "irql.h"
#include "pool.h"
#include "preamble.h"
#include "program.h"
#include "rule.h"
#include "sal_stubs.h"
#include "wpp.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the real WDK ---------------------------------------------------------------------- */

static bool is_dir(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/* The WDK's Include/<version> folder from what --wdk names: that folder itself (km/ or
 * shared/ in it), its Include/ parent, or the Kits root (Include/<highest version>). */
char *run_wdk_include_root(const char *dir)
{
	char *km = xstrfmt("%s/km", dir), *shared = xstrfmt("%s/shared", dir);
	bool here = is_dir(km) || is_dir(shared);
	free(km);
	free(shared);
	if (here)
		return xstrdup(dir);
	char *inc = xstrfmt("%s/Include", dir);
	const char *parent = is_dir(inc) ? inc : dir;
	char *best = NULL;
	DIR *d = opendir(parent);
	for (struct dirent *e; d && (e = readdir(d));) {
		if (!isdigit((unsigned char)e->d_name[0]))
			continue;
		char *cand = xstrfmt("%s/%s", parent, e->d_name);
		char *ckm = xstrfmt("%s/km", cand);
		/* versions compare as dotted numbers: 10.0.22621.0 after 10.0.9600.0 */
		if (is_dir(ckm) && (!best || strverscmp(strrchr(best, '/') + 1, e->d_name) < 0)) {
			free(best);
			best = cand;
			cand = NULL;
		}
		free(cand);
		free(ckm);
	}
	if (d)
		closedir(d);
	free(inc);
	return best;
}

/* The WDK a unit's own arguments already put on the include path: a folder with wdm.h
 * or storport.h in it; the WDK's Include/<version> folder when it is km/ or shared/
 * there, else that folder itself. NULL when there is none. */
static char *args_wdk_root(const struct strv *args)
{
	struct strv dirs = { 0 };
	char *root = NULL;
	compdb_include_dirs(args, false, &dirs);
	for (int i = 0; i < dirs.n && !root; i++) {
		const char *dir = dirs.v[i];
		char *wdm = xstrfmt("%s/wdm.h", dir), *sp = xstrfmt("%s/storport.h", dir);
		bool found = !access(wdm, R_OK) || !access(sp, R_OK);
		free(wdm);
		free(sp);
		if (!found)
			continue;
		root = xstrdup(dir);
		size_t n = strlen(root);
		while (n > 1 && root[n - 1] == '/')
			root[--n] = '\0';
		char *slash = strrchr(root, '/');
		if (slash && (!strcmp(slash, "/km") || !strcmp(slash, "/shared")))
			*slash = '\0';
	}
	strv_clear(&dirs);
	return root;
}

/* ---- compiler arguments -------------------------------------------------------------- */

static const char *wdk_dir(void)
{
	static char path[PATH_MAX + 64];
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/../share/dpccheck/wdk/storport.h", exe);
			if (!access(path, R_OK)) {
				snprintf(path, sizeof(path), "%s/../share/dpccheck/wdk", exe);
				return path;
			}
		}
	}
	return DPCCHECK_SOURCE_WDK_DIR;
}

/* The arguments every unit is parsed with, before its own: the Windows target as the
 * WDK's x64 build sets it (DESIGN.md section 6), Clang's builtin headers, then either the
 * model headers first on the include path or, with a real WDK, its include folders (when
 * --wdk names it) and the SAL prelude (DESIGN.md section 3). */
static void base_args(struct strv *v, const char *wdk_root, bool real_wdk)
{
	/* -w: dpccheck reports the parse's errors only (a unit that parsed partly), never
	 * its warnings, so Clang need not look for them (3% of a parse on the benchmark); a
	 * warning the build's -Werror makes an error is then no parse error for dpccheck.
	 * Errors Clang raises by default (an undeclared function in C99) stay errors. */
	static const char *target[] = {
		"-target", "x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
		"-ffreestanding", "-w", "-D_AMD64_", "-DAMD64", "-D_KERNEL_MODE", "-DWINNT=1",
	};
	for (size_t i = 0; i < ARRAY_SIZE(target); i++)
		strv_push(v, target[i]);
	strv_push(v, "-resource-dir");
	strv_push(v, DPCCHECK_RESOURCE_DIR);
	if (!real_wdk) {
		strv_push(v, "-I");
		strv_push(v, wdk_dir());
		return;
	}
	static const char *const sub[] = { "km", "km/crt", "shared" };
	for (size_t i = 0; wdk_root && i < ARRAY_SIZE(sub); i++) {
		char *d = xstrfmt("%s/%s", wdk_root, sub[i]);
		if (is_dir(d)) {
			strv_push(v, "-isystem");
			strv_push(v, d);
		}
		free(d);
	}
	char *prelude = xstrfmt("%s/dpccheck-wdk-prelude.h", wdk_dir());
	strv_push(v, "-include");
	strv_push(v, prelude);
	free(prelude);
}

/* SAL names the unit uses that no SAL header defines get empty stubs (rules/sal.c):
 * the model's, or the WDK's own and dpccheck's annotations. */
static void stub_args(struct sal_memo *memo, const char *file, const char *wdk_root, bool real_wdk,
		      struct strv *args)
{
	char *h[4] = { 0 };
	int n = 0;
	h[n++] = xstrfmt("%s/dpccheck-sal-annotations.h", wdk_dir());
	if (!real_wdk) {
		h[n++] = xstrfmt("%s/sal.h", wdk_dir());
	} else if (wdk_root) {
		h[n++] = xstrfmt("%s/shared/sal.h", wdk_root);
		h[n++] = xstrfmt("%s/shared/driverspecs.h", wdk_root);
		h[n++] = xstrfmt("%s/shared/concurrencysal.h", wdk_root);
	}
	sal_stub_args(memo, file, (const char *const *)h, n, args);
	for (int i = 0; i < n; i++)
		free(h[i]);
}

/* Headers below these folders are not the user's code: the model headers or the WDK,
 * and Clang's builtin headers. */
static void add_system_dirs(struct strv *v, const char *wdk_root)
{
	char *d = xstrfmt("%s/", wdk_root ? wdk_root : wdk_dir());
	strv_push(v, d);
	free(d);
	d = xstrfmt("%s/", DPCCHECK_RESOURCE_DIR);
	strv_push(v, d);
	free(d);
	if (wdk_root) { /* the prelude */
		d = xstrfmt("%s/", wdk_dir());
		strv_push(v, d);
		free(d);
	}
}

/* A file's real path into buf, or its name when it has none: two names of one file give
 * the same string. */
static const char *real_or_name(const char *file, char buf[PATH_MAX])
{
	return realpath(file, buf) ? buf : file;
}

static void resolve_all(const struct strv *names, struct strv *real)
{
	char buf[PATH_MAX];
	for (int k = 0; k < names->n; k++)
		strv_push(real, real_or_name(names->v[k], buf));
}

/* Adds file to names unless it is one of them by name or real path; real holds the real
 * path of each name (resolve_all) and grows with it. Each name is resolved once:
 * resolving both sides of each comparison cost a system call per directory of each
 * path, for every pair. */
static void add_once(struct strv *names, struct strv *real, const char *file)
{
	char buf[PATH_MAX];
	const char *file_real = real_or_name(file, buf);
	for (int k = 0; k < names->n; k++)
		if (!strcmp(names->v[k], file) || !strcmp(real->v[k], file_real))
			return;
	strv_push(names, file);
	strv_push(real, file_real);
}

/* Adds each C/C++ unit of a database once (a file compiled twice is one unit). */
static void add_db_files(struct strv *names, const struct compdb *db)
{
	struct strv real = { 0 };
	resolve_all(names, &real);
	for (int i = 0; i < db->n; i++)
		if (db->entries[i].file && compdb_is_source(db->entries[i].file))
			add_once(names, &real, db->entries[i].file);
	strv_clear(&real);
}

static bool unsaved(const struct run_request *rq, const char *file)
{
	for (int i = 0; i < rq->nunsaved; i++)
		if (!strcmp(rq->unsaved[i].path, file))
			return true;
	return false;
}

/* The files libclang reads from memory: the editor's buffers, then the WPP stand-ins. */
static void unit_unsaved(const struct run_request *rq, struct run_unit *j)
{
	j->nunsaved = rq->nunsaved + j->standin_names.n;
	j->nbuffers = rq->nunsaved;
	j->unsaved = xcalloc((size_t)j->nunsaved + 1, sizeof(*j->unsaved));
	for (int k = 0; k < rq->nunsaved; k++)
		j->unsaved[k] = (struct cx_unsaved){ rq->unsaved[k].path, rq->unsaved[k].text, rq->unsaved[k].len };
	for (int k = 0; k < j->standin_names.n; k++) {
		if (rq->verbose)
			fprintf(stderr, "dpccheck: '%s': supplying a stand-in for the WPP header '%s'\n", j->file,
				j->standin_names.v[k]);
		struct cx_unsaved *u = &j->unsaved[rq->nunsaved + k];
		u->filename = j->standin_names.v[k];
		u->contents = j->standin_texts.v[k];
		u->length = strlen(j->standin_texts.v[k]);
	}
}

/* Each file's compile command: from -p DIR, else from the database clangd would find for
 * it (compdb.h), else the defaults. With no file named, every unit of the database. */
int run_plan(const struct run_request *rq, struct run_plan *plan)
{
	struct compdb *db = NULL;
	struct compdb_finder *finder = NULL;
	int ret = 0;
	struct strv *names = &plan->names;
	memset(plan, 0, sizeof(*plan));
	/* the editor server's whole driver: the database's units in its order, as the command
	 * line analyzes them, then the named files it does not list */
	bool db_first = rq->all_entries && rq->compdb_dir;
	for (int i = 0; i < rq->nfiles && !db_first; i++)
		strv_push(names, rq->files[i]);
	if (rq->compdb_dir) {
		db = compdb_load(rq->compdb_dir);
		if (!db)
			return -1;
		if (db->nbad)
			ret = -1;
		if (!names->n || rq->all_entries)
			add_db_files(names, db);
		if (db_first && rq->nfiles) {
			struct strv real = { 0 };
			resolve_all(names, &real);
			for (int i = 0; i < rq->nfiles; i++)
				add_once(names, &real, rq->files[i]);
			strv_clear(&real);
		}
	} else {
		finder = compdb_finder_new();
		if (!names->n) {
			bool bad;
			const struct compdb *found = compdb_discover(finder, ".", &bad);
			if (bad)
				ret = -1;
			if (found && !found->flags_only) {
				if (rq->verbose)
					fprintf(stderr, "dpccheck: analyzing every unit of '%s'\n", found->path);
				add_db_files(names, found);
			}
			if (!names->n) {
				compdb_finder_free(finder);
				return ret < 0 ? -1 : error("no input files, and no compile_commands.json here or above (see --help)");
			}
		}
	}
	plan->n = names->n;
	plan->units = xcalloc((size_t)plan->n + 1, sizeof(*plan->units));
	struct sal_memo *sal = sal_memo_new();
	for (int i = 0; i < plan->n; i++) {
		struct run_unit *j = &plan->units[i];
		j->file = names->v[i];
		if (access(j->file, F_OK) && !unsaved(rq, j->file)) {
			base_args(&j->args, rq->wdk_root, rq->wdk_root != NULL);
			add_system_dirs(&j->system_dirs, rq->wdk_root);
			continue; /* reported as unreadable when the units are parsed */
		}
		const struct compdb *from = db;
		if (finder) {
			bool bad;
			from = compdb_discover(finder, names->v[i], &bad);
			if (bad) {
				ret = -1; /* reported when read; the unit would be parsed wrongly */
				j->file = NULL;
				continue;
			}
		}
		const struct compdb_entry *e = from ? compdb_find(from, names->v[i]) : NULL;
		if (finder && from && rq->verbose)
			fprintf(stderr, "dpccheck: '%s' %s '%s'\n", names->v[i],
				e ? "takes its command from" : "is not in, and takes the default arguments:", from->path);
		if ((finder || rq->unlisted_ok) && !e)
			from = NULL; /* a database found around a file that is not in it: as clangd without one */
		if (from && !e) {
			ret = error("'%s' is not in '%s'", names->v[i], from->path);
			j->file = NULL;
			continue;
		}
		if (e && e->file) {
			strv_push(&j->owned, e->file); /* the database is freed below */
			j->file = j->owned.v[j->owned.n - 1];
		}
		struct strv own = { 0 };
		for (int k = 0; e && k < e->args.n; k++)
			strv_push(&own, e->args.v[k]);
		for (int k = 0; k < rq->nextra; k++)
			strv_push(&own, rq->extra[k]);
		char *found_root = rq->wdk_root ? NULL : args_wdk_root(&own);
		const char *root = rq->wdk_root ? rq->wdk_root : found_root;
		bool real_wdk = root != NULL;
		base_args(&j->args, root, real_wdk);
		add_system_dirs(&j->system_dirs, root);
		/* stubs first: a definition the user passes wins over a stub */
		stub_args(sal, j->file, root, real_wdk, &j->args);
		free(found_root);
		for (int k = 0; k < own.n; k++)
			strv_push(&j->args, own.v[k]);
		strv_clear(&own);
		wpp_standins(j->file, &j->args, &j->standin_names, &j->standin_texts);
		unit_unsaved(rq, j);
	}
	sal_memo_free(sal);
	compdb_free(db);
	compdb_finder_free(finder);
	return ret;
}

void run_plan_free(struct run_plan *plan)
{
	for (int i = 0; i < plan->n; i++) {
		struct run_unit *j = &plan->units[i];
		strv_clear(&j->args);
		strv_clear(&j->owned);
		strv_clear(&j->system_dirs);
		strv_clear(&j->standin_names);
		strv_clear(&j->standin_texts);
		free(j->unsaved);
	}
	free(plan->units);
	strv_clear(&plan->names);
	memset(plan, 0, sizeof(*plan));
}

/* ---- running --------------------------------------------------------------------------- */

static struct cx_options cx_opts(const struct run_unit *j)
{
	struct cx_options c = { .args = j->args.v, .nargs = j->args.n, .system_dirs = j->system_dirs.v,
				.nsystem_dirs = j->system_dirs.n, .unsaved = j->unsaved, .nunsaved = j->nunsaved,
				.nbuffers = j->nbuffers };
	return c;
}

/* One line per unit that did not parse cleanly (RULES.md: never silent on a broken AST);
 * with --verbose, each error and missing include. */
static void report_parse(const struct ir_unit *u, const struct run_request *rq)
{
	if (!u->nerrors && !u->nmissing_includes)
		return;
	fprintf(stderr, "dpccheck: %s: '%s' parsed with %d error%s (%d include%s not found); findings may be incomplete%s\n",
		rq->strict_parse ? "error" : "note", u->file, u->nerrors, u->nerrors == 1 ? "" : "s",
		u->nmissing_includes, u->nmissing_includes == 1 ? "" : "s",
		rq->verbose ? "" : " (--verbose lists them)");
	if (!rq->verbose)
		return;
	for (int i = 0; i < u->ndiags; i++) {
		const struct ir_diag *d = &u->diags[i];
		if (d->is_error)
			fprintf(stderr, "%s:%u:%u: error: %s\n", d->loc.file ? d->loc.file : u->file, d->loc.line,
				d->loc.col, d->text ? d->text : "");
	}
}

/* ---- shared preambles (preamble.h, cx.h) ----------------------------------------------- */

/* A unit's share of a preamble: its main file as read, with the lines blanked. */
struct unit_preamble {
	struct cx_preamble *shared;
	char *text;
	size_t size;
	unsigned long long hash;
};

struct preamble_group {
	struct cx_preamble cx;
	char *text, *header, *pch;
};

struct preambles {
	struct preamble_group *g;
	int n;
	char *dir; /* the run's temporary folder of precompiled headers */
};

/* Options that a precompiled header could not replace exactly, or that name the
 * language or a precompiled header themselves. */
static bool preamble_args_ok(const struct strv *args)
{
	static const char *const refused[] = { "-x", "-include-p", "-imacros", "--include", "-Xclang", "-emit-",
					       "-fmodules", "-fimplicit-modules" };
	for (int i = 0; i < args->n; i++)
		for (size_t k = 0; k < ARRAY_SIZE(refused); k++)
			if (!strncmp(args->v[i], refused[k], strlen(refused[k])))
				return false;
	return true;
}

struct preamble_candidate {
	int unit;
	char *key; /* what units sharing a preamble must have alike */
	char *text;
	size_t size;
	struct preamble_include *inc;
	int ninc;
	bool cplusplus; /* the language, by the file's extension */
};

static int cmp_candidate(const void *x, const void *y)
{
	const struct preamble_candidate *a = x, *b = y;
	int c = strcmp(a->key, b->key);
	return c ? c : (a->unit > b->unit) - (a->unit < b->unit);
}

/* Finds the units (of todo[0..n)) that begin with the same #include lines in the same
 * folder, language, arguments and unsaved files, and gives each group of at least
 * CX_PREAMBLE_MIN_UNITS a shared preamble: the lines all of them begin with. */
static void plan_preambles(const struct run_request *rq, const struct run_unit *jobs, const int *todo, int n,
			   struct unit_preamble *pre, struct preambles *out)
{
	memset(out, 0, sizeof(*out));
	struct preamble_candidate *c = xcalloc((size_t)n + 1, sizeof(*c));
	int nc = 0;
	for (int t = 0; t < n; t++) {
		const struct run_unit *j = &jobs[todo[t]];
		const char *dot = strrchr(j->file, '.'), *slash = strrchr(j->file, '/');
		if (!dot || (slash && dot < slash) || !compdb_is_source(j->file) || unsaved(rq, j->file) ||
		    !preamble_args_ok(&j->args))
			continue;
		struct preamble_candidate *p = &c[nc];
		p->text = read_file(j->file, &p->size);
		p->ninc = p->text ? preamble_scan(p->text, p->size, &p->inc) : 0;
		if (!p->ninc) {
			free(p->text);
			continue;
		}
		p->cplusplus = strcmp(dot, ".c") != 0;
		struct strbuf k = { 0 };
		sb_addf(&k, "%.*s\n%s\n", slash ? (int)(slash - j->file) : 0, j->file, p->cplusplus ? "c++" : "c");
		for (int a = 0; a < j->args.n; a++) /* by length: the key is compared as a string */
			sb_addf(&k, "%zu:%s\n", strlen(j->args.v[a]), j->args.v[a]);
		for (int u = 0; u < j->nbuffers; u++) /* editor buffers, not stand-ins */
			sb_addf(&k, "\n%s %lu %016llx", j->unsaved[u].filename, j->unsaved[u].length,
				(unsigned long long)hash_bytes(HASH_INIT, j->unsaved[u].contents, j->unsaved[u].length));
		sb_addf(&k, "\n%s", p->inc[0].directive);
		p->key = k.buf;
		p->unit = todo[t];
		nc++;
	}
	qsort(c, (size_t)nc, sizeof(*c), cmp_candidate);
	out->g = xcalloc((size_t)nc / 2 + 1, sizeof(*out->g));
	for (int b = 0, e; b < nc; b = e) {
		for (e = b + 1; e < nc && !strcmp(c[e].key, c[b].key); e++)
			;
		if (e - b < CX_PREAMBLE_MIN_UNITS)
			continue;
		if (!out->dir) {
			const char *tmp = getenv("TMPDIR");
			char *d = xstrfmt("%s/dpccheck-XXXXXX", tmp && *tmp ? tmp : "/tmp");
			if (!mkdtemp(d)) {
				free(d);
				break; /* no precompiled headers: every unit parses whole */
			}
			out->dir = d;
		}
		int common = c[b].ninc; /* the lines every unit of the group begins with */
		for (int m = b + 1; m < e; m++) {
			int l = 0;
			while (l < common && l < c[m].ninc && !strcmp(c[m].inc[l].directive, c[b].inc[l].directive))
				l++;
			common = l;
		}
		struct preamble_group *g = &out->g[out->n];
		struct strbuf text = { 0 };
		for (int l = 0; l < common; l++)
			sb_addf(&text, "%s\n", c[b].inc[l].directive);
		const char *file = jobs[c[b].unit].file, *slash = strrchr(file, '/');
		g->text = text.buf;
		g->header = xstrfmt("%.*s.dpccheck-preamble-%d.h", slash ? (int)(slash - file + 1) : 0, file, out->n);
		g->pch = xstrfmt("%s/preamble-%d.pch", out->dir, out->n);
		g->cx = (struct cx_preamble){ .text = g->text, .header = g->header, .pch = g->pch,
					      .cplusplus = c[b].cplusplus };
		pthread_mutex_init(&g->cx.lock, NULL);
		g->cx.arena = arena_new();
		g->cx.unstarted = e - b;
		g->cx.nunsaved = rq->nunsaved;
		out->n++;
		for (int m = b; m < e; m++) {
			struct unit_preamble *u = &pre[c[m].unit];
			u->shared = &g->cx;
			u->size = c[m].size;
			u->hash = hash_bytes(HASH_INIT, c[m].text, c[m].size);
			for (int l = 0; l < common; l++)
				memset(c[m].text + c[m].inc[l].begin, ' ', c[m].inc[l].end - c[m].inc[l].begin);
			u->text = c[m].text;
			c[m].text = NULL;
		}
	}
	for (int i = 0; i < nc; i++) {
		free(c[i].key);
		free(c[i].text);
		preamble_free(c[i].inc, c[i].ninc);
	}
	free(c);
}

/* Removes the precompiled headers; their lowering, which the units point into, goes to
 * res (run_free). */
static void free_preambles(struct preambles *p, struct unit_preamble *pre, int njobs, struct run_result *res)
{
	if (p->n)
		res->preamble_arenas = xcalloc((size_t)p->n, sizeof(struct arena *));
	for (int i = 0; i < p->n; i++) {
		struct preamble_group *g = &p->g[i];
		unlink(g->pch);
		pthread_mutex_destroy(&g->cx.lock);
		res->preamble_arenas[res->npreamble_arenas++] = g->cx.arena;
		free(g->text);
		free(g->header);
		free(g->pch);
	}
	if (p->dir)
		rmdir(p->dir);
	free(p->dir);
	free(p->g);
	for (int i = 0; i < njobs; i++)
		free(pre[i].text);
	free(pre);
}

/* The worker threads of a run: -j N, or one per processor. */
static int run_threads(const struct run_request *rq)
{
	return rq->threads ? rq->threads : pool_default_threads();
}

/* The units parsed on worker threads (pool.h), each into its own slot. */
struct parse_run {
	struct run_unit *jobs;
	struct ir_unit **parsed;
	bool *skip;
	bool progress; /* a progress line on stderr: a terminal, several units */
	int total;
	struct cache *cache;
	char **notes; /* with --verbose, each unit's cache line, printed in order */
	int *order; /* the units by decreasing size: the pool takes them in this order */
	int flags; /* unit_get's */
	int ndone; /* units read or parsed, for the progress line */
	struct unit_preamble *pre; /* each unit's shared preamble, if any */
};

static void parse_one(int k, void *ctx)
{
	struct parse_run *r = ctx;
	int i = r->order[k];
	if (r->skip[i])
		return;
	struct cx_options c = cx_opts(&r->jobs[i]);
	const struct unit_preamble *p = &r->pre[i];
	if (p->shared) {
		c.preamble = p->shared;
		c.main_text = p->text;
		c.main_size = p->size;
		c.main_hash = p->hash;
	}
	char **note = r->notes ? &r->notes[i] : NULL;
	if (note)
		free(*note); /* the lookup's, when the unit is parsed after it */
	r->parsed[i] = unit_get(r->jobs[i].file, &c, r->cache, r->flags, note);
}

static void parse_done(int k, int ndone, void *ctx)
{
	struct parse_run *r = ctx;
	int i = r->order[k];
	if (r->skip[i] || ((r->flags & UNIT_CACHED_ONLY) && !r->parsed[i]))
		return; /* to be parsed: counted then */
	const char *f = r->jobs[i].file ? r->jobs[i].file : "";
	const char *base = strrchr(f, '/');
	fprintf(stderr, "\r\033[K[%d/%d] %s", ++r->ndone, r->total, base ? base + 1 : f);
	fflush(stderr);
}

/* A unit from the cache or the parser; with --verbose, says which on stderr. */
static struct ir_unit *unit_get_verbose(const char *file, const struct cx_options *c, struct cache *cache,
					bool verbose)
{
	char *note = NULL;
	struct ir_unit *u = unit_get(file, c, cache, 0, verbose ? &note : NULL);
	if (note)
		fputs(note, stderr);
	free(note);
	return u;
}

struct ir_unit *run_parse_unit(const struct run_request *rq, const struct run_unit *j, struct cache *cache)
{
	if (!unsaved(rq, j->file) && access(j->file, R_OK)) {
		error("cannot open '%s': %s", j->file, strerror(errno));
		return NULL;
	}
	struct cx_options c = cx_opts(j);
	struct ir_unit *u = unit_get_verbose(j->file, &c, cache, rq->verbose);
	if (u)
		report_parse(u, rq);
	return u;
}

/* Parses the planned units on worker threads; reports in the plan's order. Units read
 * from the cache are summaries when the findings may be cached (whole_units reads the
 * rest when they are not); job_of[k] is the plan's unit of res->units[k]. */
static int parse_units(const struct run_request *rq, struct run_plan *plan, struct run_result *res, int *job_of)
{
	int status = 0, njobs = plan->n;
	struct run_unit *jobs = plan->units;
	res->units = xcalloc((size_t)njobs + 1, sizeof(*res->units));
	res->scan = xcalloc((size_t)njobs + 1, sizeof(*res->scan));
	/* open while the units live: closed by run_free */
	struct cache *cache = res->cache = rq->no_cache ? NULL : cache_open(rq->cache_dir);
	struct parse_run run = { .jobs = jobs,
				 .parsed = xcalloc((size_t)njobs + 1, sizeof(struct ir_unit *)),
				 .skip = xcalloc((size_t)njobs + 1, sizeof(bool)),
				 .progress = isatty(2) && njobs > 1,
				 .cache = cache,
				 .flags = rq->findings && cache ? UNIT_SUMMARY : 0,
				 .pre = xcalloc((size_t)njobs + 1, sizeof(struct unit_preamble)) };
	if (rq->verbose && cache)
		run.notes = xcalloc((size_t)njobs + 1, sizeof(char *));
	for (int i = 0; i < njobs; i++) {
		struct run_unit *j = &jobs[i];
		run.skip[i] = !j->file;
		if (j->file && !unsaved(rq, j->file) && access(j->file, R_OK)) {
			error("cannot open '%s': %s", j->file, strerror(errno));
			status = 2;
			run.skip[i] = true;
		}
		if (rq->fix && !run.skip[i])
			fix_snapshot(j->file); /* before the parse reads it */
	}
	/* the largest units first: the last ones to finish are then small, and no worker
	 * waits long for another at the end (outputs stay in the plan's order) */
	run.order = xcalloc((size_t)njobs + 1, sizeof(int));
	off_t *size = xcalloc((size_t)njobs + 1, sizeof(off_t));
	for (int i = 0; i < njobs; i++) {
		struct stat st;
		run.order[i] = i;
		size[i] = jobs[i].file && !stat(jobs[i].file, &st) ? st.st_size : 0;
	}
	for (int i = 1; i < njobs; i++) { /* insertion sort: stable, and units are few */
		int x = run.order[i], j = i;
		for (; j > 0 && size[run.order[j - 1]] < size[x]; j--)
			run.order[j] = run.order[j - 1];
		run.order[j] = x;
	}
	free(size);
	int threads = run_threads(rq);
	run.total = 0;
	for (int i = 0; i < njobs; i++)
		run.total += !run.skip[i];
	run.progress = run.progress && run.total > 1;
	if (cache) { /* what the cache holds first: the units to parse may then share preambles */
		run.flags |= UNIT_CACHED_ONLY;
		pool_run(njobs, threads, parse_one, run.progress ? parse_done : NULL, &run);
		run.flags &= ~UNIT_CACHED_ONLY;
	}
	int ntodo = 0;
	for (int k = 0; k < njobs; k++)
		if (!run.skip[run.order[k]] && !run.parsed[run.order[k]])
			run.order[ntodo++] = run.order[k];
	struct preambles pre = { 0 };
	if (!rq->no_pch && ntodo > 1)
		plan_preambles(rq, jobs, run.order, ntodo, run.pre, &pre);
	/* each group's largest unit first: it builds the precompiled header, and with
	 * several workers the headers of several groups are built at once, not one at the
	 * end while the other workers parse whole the units that would have used it */
	for (int g = 0, front = 0; g < pre.n; g++)
		for (int k = front; k < ntodo; k++)
			if (run.pre[run.order[k]].shared == &pre.g[g].cx) {
				int x = run.order[k];
				memmove(run.order + front + 1, run.order + front, sizeof(int) * (size_t)(k - front));
				run.order[front++] = x;
				break;
			}
	pool_run(ntodo, threads, parse_one, run.progress ? parse_done : NULL, &run);
	if (run.progress)
		fputs("\r\033[K", stderr);
	for (int g = 0; rq->verbose && g < pre.n; g++) {
		const struct preamble_group *pg = &pre.g[g];
		int users = 0, lines = 0;
		for (int i = 0; i < njobs; i++)
			users += run.pre[i].shared == &pg->cx;
		for (const char *c = pg->text; *c; c++)
			lines += *c == '\n';
		const char *nl = strchr(pg->text, '\n');
		fprintf(stderr, "dpccheck: %d units share one parse of their first %d #include line%s ('%.*s'%s): ", users,
			lines, lines == 1 ? "" : "s", (int)(nl - pg->text), pg->text, lines > 1 ? "..." : "");
		if (pg->cx.state == CX_PREAMBLE_FAILED)
			fputs("not precompiled (errors in those headers), each parsed whole\n", stderr);
		else if (pg->cx.state == CX_PREAMBLE_NEW)
			fputs("not precompiled (too few were left to parse)\n", stderr);
		else /* the others started while it was built, or libclang refused it */
			fprintf(stderr, "%d parsed with it\n", pg->cx.used);
	}
	free_preambles(&pre, run.pre, njobs, res);
	free(run.order);
	/* in the order of the command line (or database), whatever the threads did */
	for (int i = 0; i < njobs; i++) {
		struct ir_unit *u = run.parsed[i];
		if (run.notes && run.notes[i]) {
			fputs(run.notes[i], stderr);
			free(run.notes[i]);
		}
		if (run.skip[i])
			continue;
		if (!u) {
			status = 2;
			continue;
		}
		report_parse(u, rq);
		if (rq->strict_parse && (u->nerrors || u->nmissing_includes))
			status = 2;
		res->scan[res->nunits] = u->file;
		job_of[res->nunits] = i;
		res->units[res->nunits++] = u;
	}
	free(run.parsed);
	free(run.skip);
	free(run.notes);
	return status;
}

/* Reads the whole of each unit that parse_units read as a summary, on worker threads:
 * the findings were not cached, the rules need the functions. */
struct whole_run {
	const struct run_plan *plan;
	struct run_result *res;
	const int *job_of;
	struct ir_unit **whole;
};

static void whole_one(int k, void *ctx)
{
	struct whole_run *w = ctx;
	if (!w->res->units[k]->summary)
		return;
	const struct run_unit *j = &w->plan->units[w->job_of[k]];
	struct cx_options c = cx_opts(j);
	w->whole[k] = unit_get(j->file, &c, w->res->cache, 0, NULL);
}

static int whole_units(const struct run_request *rq, const struct run_plan *plan, struct run_result *res,
		       const int *job_of)
{
	int status = 0;
	struct whole_run w = { plan, res, job_of, xcalloc((size_t)res->nunits + 1, sizeof(struct ir_unit *)) };
	pool_run(res->nunits, run_threads(rq), whole_one, NULL, &w);
	for (int k = 0; k < res->nunits; k++) {
		if (!res->units[k]->summary)
			continue;
		if (!w.whole[k]) { /* changed since, and no longer parses: reported by cx_parse */
			status = 2;
			continue;
		}
		cx_free_unit(res->units[k]);
		res->units[k] = w.whole[k];
		res->scan[k] = w.whole[k]->file;
	}
	free(w.whole);
	return status;
}

/* The configuration of every input, before any work: a malformed .dpccheck stops the run
 * (-1, reported; res->stopped); IrqlFacts and Roles hold for the whole program. */
static int configure(const struct run_plan *plan, struct run_result *res)
{
	const char **inputs = xcalloc((size_t)plan->n + 1, sizeof(*inputs));
	int ninputs = 0;
	for (int i = 0; i < plan->n; i++) {
		const char *file = plan->units[i].file;
		const struct config *c = file ? config_for(file, false) : NULL;
		if (file && !c) {
			free(inputs);
			res->stopped = true;
			return -1;
		}
		irql_add_config_facts(c);
		roles_add_config(c);
		if (file)
			inputs[ninputs++] = file;
	}
	res->configured = config_any(inputs, ninputs);
	free(inputs);
	return 0;
}

/* ---- the whole program's findings, cached ----------------------------------------------
 *
 * When every unit's inputs are recorded (no include was missing), the rules' findings
 * are a function of: each unit's key (file, arguments, environment, the build) and the
 * contents of every file it read, the rules that run (--checks), whether they gather
 * statistics (--verbose) and the .dpccheck facts and roles they are given. A run whose
 * all of these match an earlier one's reads its findings back instead of running the
 * rules (the spin-lock tracker and the race pairs are most of a warm run). NOLINT,
 * --header-filter and the rest of diag_finish and config_filter still run after. */

static void hash_line(uint64_t h[2], const char *s, size_t n)
{
	h[0] = hash_bytes(h[0], s, n);
	h[1] = hash_bytes(h[1] ^ 0x5bd1e9955bd1e995ULL, s, n);
}

/* The key of the findings and the name of their entry, or false when they cannot be
 * cached. Called while the plan lives; units are res->units in plan order. The editor's
 * runs (with its buffers) have an entry of their own, so that they and the command line
 * do not replace each other's findings in turn. */
static bool findings_key(const struct run_plan *plan, const struct run_result *res, const char *checks,
			 bool stats, char **name, char **key)
{
	if (!res->cache || res->nunits != plan->n || !plan->n)
		return false;
	bool editor = plan->units[0].nbuffers > 0; /* every unit has the editor's buffers */
	struct strbuf k = { 0 }, nm = { 0 };
	sb_addf(&k, "findings %d\nchecks %s\nstats %d\n", IRSER_FORMAT, checks ? checks : "(all)", stats);
	sb_addf(&nm, "findings\n%s\n%d\n%s", checks ? checks : "(all)", stats, editor ? "editor\n" : "");
	for (int i = 0; i < plan->n; i++) {
		const struct run_unit *j = &plan->units[i];
		const struct ir_unit *u = res->units[i];
		if (!j->file || u->nmissing_includes || strcmp(u->file, j->file)) {
			sb_release(&k);
			sb_release(&nm);
			return false;
		}
		struct cx_options c = cx_opts(j);
		char *uk = cache_unit_key(res->cache, j->file, &c);
		uint64_t h[2] = { HASH_INIT, HASH_INIT };
		hash_line(h, uk, strlen(uk));
		free(uk);
		for (int n = 0; n < u->ninputs; n++) {
			char buf[64];
			const struct ir_input *in = &u->inputs[n];
			hash_line(h, in->path, strlen(in->path) + 1);
			int len = snprintf(buf, sizeof(buf), "%llu %016llx", (unsigned long long)in->size,
					   (unsigned long long)in->hash);
			hash_line(h, buf, (size_t)len);
		}
		sb_addf(&k, "unit %s %016llx%016llx\n", j->file, (unsigned long long)h[0], (unsigned long long)h[1]);
		sb_addf(&nm, "%s\n", j->file);
		const struct config *cf = config_for(j->file, false);
		for (int n = 0; cf && n < cf->nfacts; n++) {
			const struct config_fact *f = &cf->facts[n];
			sb_addf(&k, "fact %s %s %s %s:%u:%u\n", f->name, f->min ? f->min : "-", f->max ? f->max : "-",
				f->at.file ? f->at.file : "", f->at.line, f->at.col);
		}
		for (int n = 0; cf && n < cf->nroles; n++) {
			const struct config_role *r = &cf->roles[n];
			sb_addf(&k, "role %s %s %s:%u:%u\n", r->name, r->role, r->at.file ? r->at.file : "", r->at.line,
				r->at.col);
		}
	}
	*key = k.buf;
	*name = nm.buf;
	return true;
}

static bool findings_load(struct run_result *res, const char *name, const char *key, struct diag *d)
{
	size_t n;
	void *data = cache_blob_get(res->cache, name, key, &n);
	if (!data)
		return false;
	if (!res->findings_arena)
		res->findings_arena = arena_new();
	int first = d->n, firststat = d->nstats;
	bool ok = irser_read_findings(data, n, d, res->findings_arena) == 0;
	free(data);
	for (int i = first; i < d->n; i++) {
		/* rule IDs as the rules give them: rule_infos' strings */
		struct finding *f = d->v[i];
		for (int r = 0; f->rule && r < rule_count; r++)
			if (!strcmp(f->rule, rule_infos[r].id))
				f->rule = rule_infos[r].id;
	}
	if (!ok) {
		for (int i = first; i < d->n; i++)
			diag_free_finding(d->v[i]);
		d->n = first;
		for (int i = firststat; i < d->nstats; i++)
			free(d->stats[i]);
		d->nstats = firststat;
	}
	return ok;
}

static void findings_store(const struct run_result *res, const char *name, const char *key, const struct diag *d)
{
	struct strbuf sb = { 0 };
	irser_write_findings(d, &sb);
	cache_blob_put(res->cache, name, key, sb.buf ? sb.buf : "", sb.len);
	sb_release(&sb);
}

int run_analysis(const struct run_request *rq, struct run_result *res)
{
	memset(res, 0, sizeof(*res));
	int status = 0;
	/* every reader of a file (SAL stubs, WPP stand-ins, NOLINT comments, fix-its) sees
	 * the editor's buffers, and nothing from an earlier run */
	diag_sources_reset();
	read_file_overrides(rq->unsaved, rq->nunsaved);
	struct run_plan plan;
	if (run_plan(rq, &plan) < 0)
		status = 2;
	res->nplanned = plan.n;
	if (!plan.n) {
		run_plan_free(&plan);
		read_file_overrides(NULL, 0);
		return status;
	}
	if (configure(&plan, res) < 0) {
		run_plan_free(&plan);
		read_file_overrides(NULL, 0);
		return 2;
	}
	int *job_of = xcalloc((size_t)plan.n + 1, sizeof(int));
	if (parse_units(rq, &plan, res, job_of))
		status = 2;
	const char *checks = res->configured ? NULL : rq->checks; /* per file below, when configured */
	char *fname = NULL, *fkey = NULL;
	bool cacheable = rq->findings && findings_key(&plan, res, checks, rq->verbose, &fname, &fkey);
	struct diag *d = &res->diag;
	bool hit = false;
	if (rq->findings) {
		d->checks = checks;
		d->scan_files = res->scan;
		d->nscan_files = res->nunits;
		d->want_stats = rq->verbose;
		hit = cacheable && findings_load(res, fname, fkey, d);
	}
	if (!hit) { /* the rules' input (and the inventory's); findings read back need neither */
		bool summaries = false;
		for (int k = 0; k < res->nunits; k++)
			summaries |= res->units[k]->summary;
		if (summaries) {
			if (whole_units(rq, &plan, res, job_of))
				status = 2;
			/* the key of what the rules will see */
			free(fname);
			free(fkey);
			fname = fkey = NULL;
			cacheable = findings_key(&plan, res, checks, rq->verbose, &fname, &fkey);
		}
		res->program = program_link(res->units, res->nunits);
		res->roles = roles_compute(res->program);
	}
	run_plan_free(&plan);
	free(job_of);
	if (rq->findings) {
		if (!hit) {
			rules_run(res->program, res->roles, d);
			if (cacheable)
				findings_store(res, fname, fkey, d);
		}
		if (rq->verbose && cacheable)
			fprintf(stderr, "dpccheck: cache: %s the whole program's findings\n", hit ? "hit" : "miss");
		const char **ids = xmalloc(sizeof(char *) * (size_t)rule_count);
		for (int i = 0; i < rule_count; i++)
			ids[i] = rule_infos[i].id;
		diag_finish(d, ids, rule_count);
		free(ids);
		if (config_filter(d, res->scan, res->nunits) < 0)
			status = 2;
	}
	free(fname);
	free(fkey);
	read_file_overrides(NULL, 0);
	return status;
}

void run_free(struct run_result *res)
{
	diag_free(&res->diag);
	if (res->roles)
		roles_free(res->roles);
	if (res->program)
		program_free(res->program);
	for (int i = 0; i < res->nunits; i++)
		cx_free_unit(res->units[i]);
	cache_close(res->cache);
	arena_free(res->findings_arena);
	for (int i = 0; i < res->npreamble_arenas; i++)
		arena_free(res->preamble_arenas[i]);
	free(res->preamble_arenas);
	free(res->units);
	free(res->scan);
	memset(res, 0, sizeof(*res));
	config_free_all();
	irql_free_user_facts();
	roles_free_config();
}
