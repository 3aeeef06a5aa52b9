/*
 * main.c - the dpccheck command line: parses the options, builds each file's compiler
 * arguments, parses and lowers every unit, links them into one program, runs the rules
 * and prints the findings (or the inventory, the IR, the arguments) as RULES.md says.
 */
#define _GNU_SOURCE /* readlink, strverscmp */
#include "baseline.h"
#include "cache.h"
#include "compdb.h"
#include "config.h"
#include "cx.h"
#include "diag.h"
#include "fix.h"
#include "inventory.h"
#include "irql.h"
#include "ir.h"
#include "output.h"
#include "pool.h"
#include "program.h"
#include "rule.h"
#include "sal_stubs.h"
#include "util.h"
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

enum mode { MODE_CHECK, MODE_INVENTORY, MODE_DUMP_IR, MODE_PRINT_ARGS, MODE_LIST_RULES };

struct options {
	enum mode mode;
	const char *checks;
	const char *format;
	const char *compdb_dir;
	const char *wdk; /* --wdk DIR as given */
	char *wdk_root;	 /* its Include/<version> folder (with km/ and shared/) */
	const char *cache_dir;
	bool verbose, strict_parse, no_cache;
	int threads; /* -j N; 0: one per processor */
	bool fix;
	const char *export_fixes;
	const char *config_file, *warnings_as_errors, *header_filter;
	bool dump_config;
	struct strv only_report;
	struct output_options out; /* -o, --source-root, --baseline, --write-baseline */
	const char **files;
	int nfiles, capfiles;
	const char **extra; /* arguments after -- */
	int nextra;
	struct strv owned;
};

static const char usage[] =
	"usage: dpccheck [options] FILE... [-- COMPILER-ARGS...]\n"
	"\n"
	"Checks a Windows Storport miniport driver (its FILEs, analyzed together as one\n"
	"program) for DPC, IRQL and spin-lock defects. Without a WDK, dpccheck's bundled\n"
	"model headers are used.\n"
	"\n"
	"options:\n"
	"  --checks=GLOBS      select rules, clang-tidy style: '-*,role-*'\n"
	"  --list-rules        print every rule with its severity and summary\n"
	"  --inventory         print the DPC inventory instead of findings\n"
	"  --format=FMT        text (default), json, sarif or github (workflow annotations);\n"
	"                      the inventory: text or json\n"
	"  -o FILE             write the report to FILE instead of stdout\n"
	"  --source-root DIR   make paths in SARIF, annotations and fingerprints relative to\n"
	"                      DIR (default: the current directory)\n"
	"  --baseline FILE     suppress the findings recorded in FILE\n"
	"  --write-baseline FILE  record the current findings in FILE\n"
	"  -p DIR, --compile-commands-dir=DIR\n"
	"                      take the files' compile commands from DIR/compile_commands.json\n"
	"                      (without it: found as clangd does, from each file's folder up:\n"
	"                      compile_commands.json, build/compile_commands.json,\n"
	"                      compile_flags.txt); with no FILE, every unit it lists\n"
	"  --wdk DIR           parse with a real Windows Driver Kit (its Include/<version>\n"
	"                      folder, or the Kits folder above) instead of the model headers\n"
	"  -j N, --jobs=N      parse N units at a time (default: one per processor)\n"
	"  --fix               apply the fix-its of the findings to the sources\n"
	"  --export-fixes FILE write the findings and their fix-its to FILE (clang-tidy YAML)\n"
	"  --config-file FILE  read the configuration from FILE instead of .dpccheck files\n"
	"  --dump-config       print the effective configuration for the (first) FILE\n"
	"  --warnings-as-errors=GLOBS  report these rules' warnings as errors\n"
	"  --header-filter=REGEX  report findings in headers whose path matches REGEX only\n"
	"  --only-report FILE  report only the findings in FILE (repeatable); the other\n"
	"                      files are still analyzed, as context\n"
	"  --strict-parse      treat a unit that parses only partly as an error (exit 2)\n"
	"  --verbose           list every parse error and missing include\n"
	"  --print-args FILE   print the clang arguments FILE is parsed with, one per line\n"
	"  --dump-ir FILE      print the IR (declarations and control-flow graphs) of FILE\n"
	"  --cache-dir DIR     keep the parsed units in DIR (default: $XDG_CACHE_HOME/dpccheck)\n"
	"  --no-cache          parse every unit; read and write no cache\n"
	"  --version           print the version\n"
	"  --help              print this help\n"
	"\n"
	"exit status: 0 no finding, 1 findings, 2 dpccheck could not do its job\n";

/* ---- the real WDK ---------------------------------------------------------------------- */

static bool is_dir(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/* The WDK's Include/<version> folder from what --wdk names: that folder itself (km/ or
 * shared/ in it), its Include/ parent, or the Kits root (Include/<highest version>). */
static char *wdk_include_root(const char *dir)
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
	for (int i = 0; i < args->n; i++) {
		const char *a = args->v[i], *dir = NULL;
		if ((!strcmp(a, "-I") || !strcmp(a, "-isystem") || !strcmp(a, "-idirafter")) && i + 1 < args->n)
			dir = args->v[++i];
		else if (starts_with(a, "-I") && a[2])
			dir = a + 2;
		if (!dir)
			continue;
		char *wdm = xstrfmt("%s/wdm.h", dir), *sp = xstrfmt("%s/storport.h", dir);
		bool found = !access(wdm, R_OK) || !access(sp, R_OK);
		free(wdm);
		free(sp);
		if (!found)
			continue;
		char *root = xstrdup(dir);
		size_t n = strlen(root);
		while (n > 1 && root[n - 1] == '/')
			root[--n] = '\0';
		char *slash = strrchr(root, '/');
		if (slash && (!strcmp(slash, "/km") || !strcmp(slash, "/shared")))
			*slash = '\0';
		return root;
	}
	return NULL;
}

/* The field of an option of the report that takes a path (`-o FILE`, `--baseline FILE`
 * or `--baseline=FILE`), or NULL; *value is the path when it is in the same argument. */
static const char **report_option(struct options *o, const char *a, const char **value)
{
	static const char *const names[] = { "-o", "--source-root", "--baseline", "--write-baseline" };
	const char **fields[] = { &o->out.path, &o->out.source_root, &o->out.baseline_path, &o->out.write_baseline };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		size_t n = strlen(names[i]);
		if (!strncmp(a, names[i], n) && (!a[n] || (a[n] == '=' && a[1] == '-'))) {
			*value = a[n] ? a + n + 1 : NULL;
			return fields[i];
		}
	}
	return NULL;
}

static int parse_options(int argc, char **argv, struct options *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], **field, *value;
		if (!strcmp(a, "--")) {
			o->extra = (const char **)argv + i + 1;
			o->nextra = argc - i - 1;
			break;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(usage, stdout);
			exit(0);
		}
		if (!strcmp(a, "--version")) {
			printf("dpccheck %s (%s)\n", DPCCHECK_VERSION, cx_version());
			exit(0);
		}
		if (starts_with(a, "--checks="))
			o->checks = a + 9;
		else if (starts_with(a, "--format="))
			o->format = a + 9;
		else if (!strcmp(a, "--list-rules"))
			o->mode = MODE_LIST_RULES;
		else if (!strcmp(a, "--inventory"))
			o->mode = MODE_INVENTORY;
		else if (!strcmp(a, "--verbose"))
			o->verbose = true;
		else if (!strcmp(a, "--strict-parse"))
			o->strict_parse = true;
		else if (!strcmp(a, "--fix"))
			o->fix = true;
		else if (!strcmp(a, "--export-fixes") && i + 1 < argc)
			o->export_fixes = argv[++i];
		else if (starts_with(a, "--export-fixes="))
			o->export_fixes = a + 15;
		else if (!strcmp(a, "--config-file") && i + 1 < argc)
			o->config_file = argv[++i];
		else if (starts_with(a, "--config-file="))
			o->config_file = a + 14;
		else if (!strcmp(a, "--only-report") && i + 1 < argc)
			strv_push(&o->only_report, argv[++i]);
		else if (starts_with(a, "--only-report="))
			strv_push(&o->only_report, a + 14);
		else if (!strcmp(a, "--dump-config"))
			o->dump_config = true;
		else if (starts_with(a, "--warnings-as-errors="))
			o->warnings_as_errors = a + 21;
		else if (starts_with(a, "--header-filter="))
			o->header_filter = a + 16;
		else if (starts_with(a, "--jobs=") || (starts_with(a, "-j") && a[2])) {
			const char *n = a[1] == '-' ? a + 7 : a + 2;
			char *end;
			long v = strtol(n, &end, 10);
			if (*end || v < 1 || v > 1024)
				return error("-j wants a number of threads from 1 to 1024, not '%s'", n);
			o->threads = (int)v;
		} else if (!strcmp(a, "-j") && i + 1 < argc) {
			char *end;
			long v = strtol(argv[++i], &end, 10);
			if (*end || v < 1 || v > 1024)
				return error("-j wants a number of threads from 1 to 1024, not '%s'", argv[i]);
			o->threads = (int)v;
		} else if (!strcmp(a, "--no-cache"))
			o->no_cache = true;
		else if (starts_with(a, "--cache-dir="))
			o->cache_dir = a + 12;
		else if (!strcmp(a, "--cache-dir") && i + 1 < argc)
			o->cache_dir = argv[++i];
		else if (starts_with(a, "--wdk="))
			o->wdk = a + 6;
		else if (starts_with(a, "--compile-commands-dir="))
			o->compdb_dir = a + 23;
		else if ((!strcmp(a, "--dump-ir") || !strcmp(a, "--print-args") || !strcmp(a, "-p") || !strcmp(a, "--wdk") ||
			  !strcmp(a, "--compile-commands-dir")) &&
			 i + 1 < argc) {
			if (!strcmp(a, "-p") || !strcmp(a, "--compile-commands-dir"))
				o->compdb_dir = argv[++i];
			else if (!strcmp(a, "--wdk"))
				o->wdk = argv[++i];
			else {
				o->mode = !strcmp(a, "--dump-ir") ? MODE_DUMP_IR : MODE_PRINT_ARGS;
				VEC_PUSH(o->files, o->nfiles, o->capfiles);
				o->files[o->nfiles++] = argv[++i];
			}
		} else if ((field = report_option(o, a, &value)) && (value || i + 1 < argc))
			*field = value ? value : argv[++i];
		else if (starts_with(a, "-p") && a[2])
			o->compdb_dir = a + 2;
		else if (a[0] == '-' && a[1])
			return error("unknown option '%s' (see --help)", a);
		else {
			VEC_PUSH(o->files, o->nfiles, o->capfiles);
			o->files[o->nfiles++] = a;
		}
	}
	if (o->wdk && !(o->wdk_root = wdk_include_root(o->wdk)))
		return error("--wdk '%s': no km/ or shared/ folder there, nor in an Include/<version> folder below it",
			     o->wdk);
	if (o->format && output_format_parse(o->format, &o->out.format) < 0)
		return -1;
	if (o->mode == MODE_INVENTORY && o->out.format != OUTPUT_TEXT && o->out.format != OUTPUT_JSON)
		return error("--inventory prints text or json, not '%s'", o->format);
	o->out.verbose = o->verbose;
	o->out.strict_parse = o->strict_parse;
	if (o->out.baseline_path && !(o->out.baseline = baseline_load(o->out.baseline_path)))
		return -1;
	static const char *ids[256], *levels[IRQL_HIGH + 1], *role_types[ROLE_COUNT];
	for (int i = 0; i < rule_count && i < (int)ARRAY_SIZE(ids); i++)
		ids[i] = rule_infos[i].id;
	for (int l = IRQL_PASSIVE; l <= IRQL_HIGH; l++)
		levels[l] = irql_name(l);
	for (int r = 0; r < ROLE_COUNT; r++)
		role_types[r] = role_defs[r].td;
	if (o->checks && diag_check_globs(o->checks, ids, rule_count) < 0)
		return -1;
	if (o->warnings_as_errors && diag_check_globs(o->warnings_as_errors, ids, rule_count) < 0)
		return -1;
	struct config_options co = { o->config_file, o->checks, o->warnings_as_errors, o->header_filter,
				     ids, rule_count, levels, IRQL_HIGH + 1, role_types, ROLE_COUNT };
	return config_init(&co);
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
	static const char *target[] = {
		"-target", "x86_64-pc-windows-msvc", "-fms-extensions", "-fms-compatibility",
		"-ffreestanding", "-D_AMD64_", "-DAMD64", "-D_KERNEL_MODE", "-DWINNT=1",
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
static void stub_args(const char *file, const char *wdk_root, bool real_wdk, struct strv *args)
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
	sal_stub_args(file, (const char *const *)h, n, args);
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

struct unit_job {
	const char *file;
	struct strv args;
	struct strv owned; /* strings the job keeps after the database is freed */
	struct strv system_dirs; /* headers below these are not the user's code */
	struct strv standin_names, standin_texts; /* generated headers supplied (wpp.h) */
	struct cx_unsaved *unsaved;
};

/* Adds each C/C++ unit of a database once (a file compiled twice is one unit). */
static void add_db_files(struct options *o, const struct compdb *db)
{
	for (int i = 0; i < db->n; i++) {
		const char *f = db->entries[i].file;
		bool dup = !f || !compdb_is_source(f);
		for (int k = 0; k < o->nfiles && !dup; k++)
			dup = !strcmp(o->files[k], f);
		if (dup)
			continue;
		strv_push(&o->owned, f);
		VEC_PUSH(o->files, o->nfiles, o->capfiles);
		o->files[o->nfiles++] = o->owned.v[o->owned.n - 1];
	}
}

/* Each file's compile command: from -p DIR, else from the database clangd would find for
 * it (compdb.h), else the defaults. With no file named, every unit of the database. */
static int plan_units(struct options *o, struct unit_job **jobs, int *njobs)
{
	struct compdb *db = NULL;
	struct compdb_finder *finder = NULL;
	int ret = 0;
	*jobs = NULL;
	*njobs = 0;
	if (o->compdb_dir) {
		db = compdb_load(o->compdb_dir);
		if (!db)
			return -1;
		if (db->nbad)
			ret = -1;
		if (!o->nfiles)
			add_db_files(o, db);
	} else {
		finder = compdb_finder_new();
		if (!o->nfiles) {
			bool bad;
			const struct compdb *found = compdb_discover(finder, ".", &bad);
			if (bad)
				ret = -1;
			if (found && !found->flags_only) {
				if (o->verbose)
					fprintf(stderr, "dpccheck: analyzing every unit of '%s'\n", found->path);
				add_db_files(o, found);
			}
			if (!o->nfiles) {
				compdb_finder_free(finder);
				return ret < 0 ? -1 : error("no input files, and no compile_commands.json here or above (see --help)");
			}
		}
	}
	*jobs = xcalloc((size_t)o->nfiles + 1, sizeof(**jobs));
	*njobs = o->nfiles;
	for (int i = 0; i < o->nfiles; i++) {
		struct unit_job *j = &(*jobs)[i];
		j->file = o->files[i];
		if (access(j->file, F_OK)) {
			base_args(&j->args, o->wdk_root, o->wdk_root != NULL);
			add_system_dirs(&j->system_dirs, o->wdk_root);
			continue; /* reported as unreadable when the units are parsed */
		}
		const struct compdb *from = db;
		if (finder) {
			bool bad;
			from = compdb_discover(finder, o->files[i], &bad);
			if (bad) {
				ret = -1; /* reported when read; the unit would be parsed wrongly */
				j->file = NULL;
				continue;
			}
		}
		const struct compdb_entry *e = from ? compdb_find(from, o->files[i]) : NULL;
		if (finder && from && o->verbose)
			fprintf(stderr, "dpccheck: '%s' %s '%s'\n", o->files[i],
				e ? "takes its command from" : "is not in, and takes the default arguments:", from->path);
		if (finder && !e)
			from = NULL; /* a database found around a file that is not in it: as clangd without one */
		if (from && !e) {
			ret = error("'%s' is not in '%s'", o->files[i], from->path);
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
		for (int k = 0; k < o->nextra; k++)
			strv_push(&own, o->extra[k]);
		char *found_root = o->wdk_root ? NULL : args_wdk_root(&own);
		const char *root = o->wdk_root ? o->wdk_root : found_root;
		bool real_wdk = root != NULL;
		base_args(&j->args, root, real_wdk);
		add_system_dirs(&j->system_dirs, root);
		/* stubs first: a definition the user passes wins over a stub */
		stub_args(j->file, root, real_wdk, &j->args);
		free(found_root);
		for (int k = 0; k < own.n; k++)
			strv_push(&j->args, own.v[k]);
		strv_clear(&own);
		wpp_standins(j->file, &j->args, &j->standin_names, &j->standin_texts);
		j->unsaved = xcalloc((size_t)j->standin_names.n + 1, sizeof(*j->unsaved));
		for (int k = 0; k < j->standin_names.n; k++) {
			if (o->verbose)
				fprintf(stderr, "dpccheck: '%s': supplying a stand-in for the WPP header '%s'\n", j->file,
					j->standin_names.v[k]);
			j->unsaved[k].filename = j->standin_names.v[k];
			j->unsaved[k].contents = j->standin_texts.v[k];
			j->unsaved[k].length = strlen(j->standin_texts.v[k]);
		}
	}
	compdb_free(db);
	compdb_finder_free(finder);
	return ret;
}

/* ---- running --------------------------------------------------------------------------- */

static struct cx_options cx_opts(const struct unit_job *j)
{
	struct cx_options c = { j->args.v,	     j->args.n, j->system_dirs.v, j->system_dirs.n,
				j->unsaved, j->standin_names.n };
	return c;
}

/* One line per unit that did not parse cleanly (RULES.md: never silent on a broken AST);
 * with --verbose, each error and missing include. */
static void report_parse(const struct ir_unit *u, const struct options *o)
{
	if (!u->nerrors && !u->nmissing_includes)
		return;
	fprintf(stderr, "dpccheck: %s: '%s' parsed with %d error%s (%d include%s not found); findings may be incomplete%s\n",
		o->strict_parse ? "error" : "note", u->file, u->nerrors, u->nerrors == 1 ? "" : "s",
		u->nmissing_includes, u->nmissing_includes == 1 ? "" : "s",
		o->verbose ? "" : " (--verbose lists them)");
	if (!o->verbose)
		return;
	for (int i = 0; i < u->ndiags; i++) {
		const struct ir_diag *d = &u->diags[i];
		if (d->is_error)
			fprintf(stderr, "%s:%u:%u: error: %s\n", d->loc.file ? d->loc.file : u->file, d->loc.line,
				d->loc.col, d->text ? d->text : "");
	}
}

/* The units parsed on worker threads (pool.h), each into its own slot. */
struct parse_run {
	struct unit_job *jobs;
	struct ir_unit **parsed;
	bool *skip;
	bool progress; /* a progress line on stderr: a terminal, several units */
	int total;
	struct cache *cache;
	char **notes; /* with --verbose, each unit's cache line, printed in order */
};

static void parse_one(int i, void *ctx)
{
	struct parse_run *r = ctx;
	if (r->skip[i])
		return;
	struct cx_options c = cx_opts(&r->jobs[i]);
	r->parsed[i] = unit_get(r->jobs[i].file, &c, r->cache, r->notes ? &r->notes[i] : NULL);
}

static void parse_done(int i, int ndone, void *ctx)
{
	struct parse_run *r = ctx;
	const char *f = r->jobs[i].file ? r->jobs[i].file : "";
	const char *base = strrchr(f, '/');
	fprintf(stderr, "\r\033[K[%d/%d] %s", ndone, r->total, base ? base + 1 : f);
	fflush(stderr);
}

/* A unit from the cache or the parser; with --verbose, says which on stderr. */
static struct ir_unit *unit_get_verbose(const char *file, const struct cx_options *c, struct cache *cache,
					bool verbose)
{
	char *note = NULL;
	struct ir_unit *u = unit_get(file, c, cache, verbose ? &note : NULL);
	if (note)
		fputs(note, stderr);
	free(note);
	return u;
}

static int single_file_mode(struct options *o, struct unit_job *jobs, struct cache *cache)
{
	struct unit_job *j = &jobs[0];
	if (!j->file)
		return 2;
	if (o->mode == MODE_PRINT_ARGS) {
		for (int i = 0; i < j->args.n; i++)
			printf("%s\n", j->args.v[i]);
		printf("%s\n", j->file);
		return 0;
	}
	if (access(j->file, R_OK)) {
		error("cannot open '%s': %s", j->file, strerror(errno));
		return 2;
	}
	struct cx_options c = cx_opts(j);
	struct ir_unit *u = unit_get_verbose(j->file, &c, cache, o->verbose);
	if (!u)
		return 2;
	report_parse(u, o);
	ir_dump(u, stdout);
	cx_free_unit(u);
	return 0;
}

static void free_run(struct options *o, struct unit_job *jobs, int njobs)
{
	for (int i = 0; i < njobs; i++) {
		strv_clear(&jobs[i].args);
		strv_clear(&jobs[i].owned);
		strv_clear(&jobs[i].system_dirs);
		strv_clear(&jobs[i].standin_names);
		strv_clear(&jobs[i].standin_texts);
		free(jobs[i].unsaved);
	}
	free(jobs);
	strv_clear(&o->owned);
	strv_clear(&o->only_report);
	free(o->files);
	free(o->wdk_root);
	baseline_free(o->out.baseline);
}

int main(int argc, char **argv)
{
	struct options o = { 0 };
	if (parse_options(argc, argv, &o) < 0) {
		free_run(&o, NULL, 0);
		return 2;
	}
	if (o.mode == MODE_LIST_RULES) {
		for (int i = 0; i < rule_count; i++)
			printf("%-28s %-7s %s\n", rule_infos[i].id,
			       rule_infos[i].severity == DIAG_ERROR ? "error" : "warning", rule_infos[i].summary);
		free_run(&o, NULL, 0);
		return 0;
	}
	if (o.dump_config) {
		int r = config_dump(o.nfiles ? o.files[0] : ".", !o.nfiles, stdout);
		config_free_all();
		free_run(&o, NULL, 0);
		return r < 0 ? 2 : 0;
	}
	int status = 0;
	struct unit_job *jobs = NULL;
	int njobs = 0;
	if (plan_units(&o, &jobs, &njobs) < 0)
		status = 2;
	if (!njobs) {
		free_run(&o, jobs, njobs);
		return status ? status : 2;
	}
	if (o.mode == MODE_PRINT_ARGS || o.mode == MODE_DUMP_IR) {
		struct cache *cache = o.no_cache || o.mode == MODE_PRINT_ARGS ? NULL : cache_open(o.cache_dir);
		if (njobs != 1)
			status = error("--print-args and --dump-ir take one file") + 3;
		else
			status = single_file_mode(&o, jobs, cache);
		cache_close(cache);
		free_run(&o, jobs, njobs);
		return status;
	}
	/* the configuration of every input, before any work: a malformed .dpccheck stops
	 * the run; IrqlFacts hold for the whole program */
	const char **inputs = xcalloc((size_t)njobs + 1, sizeof(*inputs));
	int ninputs = 0;
	for (int i = 0; i < njobs; i++) {
		const struct config *c = jobs[i].file ? config_for(jobs[i].file, false) : NULL;
		if (jobs[i].file && !c) {
			free(inputs);
			config_free_all();
			free_run(&o, jobs, njobs);
			return 2;
		}
		irql_add_config_facts(c);
		roles_add_config(c);
		if (jobs[i].file)
			inputs[ninputs++] = jobs[i].file;
	}
	bool configured = config_any(inputs, ninputs);
	free(inputs);
	struct cache *cache = o.no_cache ? NULL : cache_open(o.cache_dir);
	struct ir_unit **units = xcalloc((size_t)njobs + 1, sizeof(*units));
	int nunits = 0;
	const char **scan = xcalloc((size_t)njobs + 1, sizeof(*scan));
	struct parse_run run = { jobs, xcalloc((size_t)njobs + 1, sizeof(struct ir_unit *)),
				 xcalloc((size_t)njobs + 1, sizeof(bool)), isatty(2) && njobs > 1, njobs,
				 cache, NULL };
	if (o.verbose && cache)
		run.notes = xcalloc((size_t)njobs + 1, sizeof(char *));
	for (int i = 0; i < njobs; i++) {
		struct unit_job *j = &jobs[i];
		run.skip[i] = !j->file;
		if (j->file && access(j->file, R_OK)) {
			error("cannot open '%s': %s", j->file, strerror(errno));
			status = 2;
			run.skip[i] = true;
		}
		if (o.fix && !run.skip[i])
			fix_snapshot(j->file); /* before the parse reads it */
	}
	pool_run(njobs, o.threads ? o.threads : pool_default_threads(), parse_one, run.progress ? parse_done : NULL,
		 &run);
	if (run.progress)
		fputs("\r\033[K", stderr);
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
		report_parse(u, &o);
		if (o.strict_parse && (u->nerrors || u->nmissing_includes))
			status = 2;
		scan[nunits] = u->file;
		units[nunits++] = u;
	}
	free(run.parsed);
	free(run.skip);
	free(run.notes);
	struct program *p = program_link(units, nunits);
	struct roles *roles = roles_compute(p);
	int rc;
	if (o.mode == MODE_INVENTORY) {
		struct output_dest dst;
		rc = output_open(&dst, o.out.path);
		if (!rc) {
			int w = inventory_print(p, roles, o.out.format == OUTPUT_JSON, dst.f);
			if (output_close(&dst, w == 0) < 0 || w < 0)
				rc = -1;
		}
	} else {
		struct diag d = { 0 };
		d.checks = configured ? NULL : o.checks; /* per file below, when configured */
		d.scan_files = scan;
		d.nscan_files = nunits;
		d.want_stats = o.verbose;
		rules_run(p, roles, &d);
		const char **ids = xmalloc(sizeof(char *) * (size_t)rule_count);
		for (int i = 0; i < rule_count; i++)
			ids[i] = rule_infos[i].id;
		diag_finish(&d, ids, rule_count);
		free(ids);
		for (int i = 0; o.verbose && i < d.nstats; i++)
			fprintf(stderr, "dpccheck: %s\n", d.stats[i]);
		if (config_filter(&d, scan, nunits) < 0)
			status = 2;
		if (o.only_report.n)
			diag_only_files(&d, o.only_report.v, o.only_report.n);
		rc = output_report(&d, &o.out, units, nunits, status == 2);
		if (d.n)
			fprintf(stderr, "dpccheck: %d finding%s in %d file%s\n", d.n, d.n == 1 ? "" : "s", nunits,
				nunits == 1 ? "" : "s");
		if (d.n && status == 0)
			status = 1;
		if (o.export_fixes && fix_export(&d, nunits ? units[0]->file : NULL, o.export_fixes) < 0)
			status = 2;
		if (o.fix && fix_apply(&d) < 0)
			status = 2;
		diag_free(&d);
	}
	if (rc < 0)
		status = 2;
	roles_free(roles);
	program_free(p);
	for (int i = 0; i < nunits; i++)
		cx_free_unit(units[i]);
	cache_close(cache);
	free_run(&o, jobs, njobs);
	free(units);
	free(scan);
	fix_free();
	config_free_all();
	irql_free_user_facts();
	roles_free_config();
	return status;
}
