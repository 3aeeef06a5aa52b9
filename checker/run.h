/*
 * run.h - one analysis run: each unit's compiler arguments (from the compile database or
 * the defaults), parse and lowering of every unit, the linked program, the roles and,
 * for a check, the rules' finished findings. The command line runs it once; the editor
 * server (lsp.c) runs it again after every edit, so a run owns all it allocates.
 */
#ifndef DPCCHECK_RUN_H
#define DPCCHECK_RUN_H

#include "diag.h"
#include "util.h"

#include <stdbool.h>

struct cache;
struct ir_unit;
struct program;
struct roles;

struct run_request {
	const char *const *files; /* analyzed together; none with compdb_dir: every entry */
	int nfiles;
	const char *compdb_dir; /* -p DIR, or NULL: each file's database, found as clangd does */
	const char *wdk_root; /* --wdk's Include/<version> folder, or NULL */
	const char *const *extra; /* arguments after -- */
	int nextra;
	const char *checks; /* --checks, or NULL for all rules */
	int threads; /* -j N; 0: one per processor */
	bool verbose, strict_parse;
	bool findings; /* run the rules (false: the program and roles only, e.g. --inventory) */
	bool fix;      /* --fix: snapshot each file before the parse reads it (fix.h) */
	const char *cache_dir; /* --cache-dir, or NULL for the default */
	bool no_cache;	       /* --no-cache: parse every unit */
	bool no_pch; /* --no-pch: no unit shares the parse of its headers (cx.h, cx_preamble) */
	/* the editor server: every entry of the database besides the named files, and a named
	 * file the database does not list parsed with the default arguments */
	bool all_entries, unlisted_ok;
	const struct file_override *unsaved; /* editor buffers that replace files on disk */
	int nunsaved;
};

/* The arguments one unit is parsed with. */
struct run_unit {
	const char *file; /* NULL when the unit cannot be planned (the error was reported) */
	struct strv args;
	struct strv owned; /* strings the unit keeps after the database is freed */
	struct strv system_dirs; /* headers below these are not the user's code */
	struct strv standin_names, standin_texts; /* generated headers supplied (wpp.h) */
	struct cx_unsaved *unsaved; /* the editor's buffers, then the stand-ins */
	int nunsaved, nbuffers;	    /* all of them; the editor's */
};

struct run_plan {
	struct run_unit *units;
	int n;
	struct strv names; /* the files, named or from the database */
};

struct run_result {
	int nplanned; /* units planned; 0 means there was nothing to analyze */
	bool stopped; /* a .dpccheck could not be read: nothing was analyzed */
	bool configured; /* some input has a .dpccheck: --checks applies per file */
	struct ir_unit **units;
	int nunits;
	const char **scan; /* the parsed files, for NOLINT typos */
	struct program *program; /* NULL when the findings were read back from the cache */
	struct roles *roles;
	struct cache *cache; /* the IR cache the units came through, or NULL */
	struct arena *findings_arena; /* strings of findings read from the cache */
	struct arena **preamble_arenas; /* the lowering of shared preambles (cx.h), which units use */
	int npreamble_arenas;
	struct diag diag; /* finished findings when the request asked for them */
};

/* The WDK's Include/<version> folder from what --wdk names: that folder itself, its
 * Include/ parent, or the Kits root (the highest version); NULL when there is none. */
char *run_wdk_include_root(const char *dir);
/* Plans the units of a request; -1 when some file could not be planned (reported; its
 * unit has file NULL), 0 otherwise. The plan is freed with run_plan_free either way. */
int run_plan(const struct run_request *rq, struct run_plan *plan);
void run_plan_free(struct run_plan *plan);
/* Parses and lowers one planned unit; NULL when libclang could not (reported). */
struct ir_unit *run_parse_unit(const struct run_request *rq, const struct run_unit *u, struct cache *cache);

/* Runs the whole pipeline. Returns 0, or 2 when the tool could not do all of its job
 * (RULES.md exit status; findings do not count). res is freed with run_free either way. */
int run_analysis(const struct run_request *rq, struct run_result *res);
void run_free(struct run_result *res);

#endif /* DPCCHECK_RUN_H */
