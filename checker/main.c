/*
 * main.c - the dpccheck command line: parses the options, has run.c analyze the files
 * (compiler arguments, parse and lowering of every unit, the linked program, the rules)
 * and prints the findings (or the inventory, the IR, the arguments) as RULES.md says.
 */
#include "baseline.h"
#include "cache.h"
#include "config.h"
#include "cx.h"
#include "diag.h"
#include "fix.h"
#include "inventory.h"
#include "irql.h"
#include "ir.h"
#include "lsp.h"
#include "memtune.h"
#include "output.h"
#include "program.h"
#include "rule.h"
#include "run.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum mode { MODE_CHECK, MODE_INVENTORY, MODE_DUMP_IR, MODE_PRINT_ARGS, MODE_LIST_RULES, MODE_LSP };

struct options {
	enum mode mode;
	const char *checks;
	const char *format;
	const char *compdb_dir;
	const char *wdk; /* --wdk DIR as given */
	char *wdk_root;	 /* its Include/<version> folder (with km/ and shared/) */
	const char *cache_dir;
	bool verbose, strict_parse, no_cache, no_pch;
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
	"  --no-pch            parse each unit's headers itself, even when several units\n"
	"                      begin with the same #include lines (they share one parse)\n"
	"  --lsp               serve the Language Server Protocol on stdin/stdout (editors)\n"
	"  --version           print the version\n"
	"  --help              print this help\n"
	"\n"
	"exit status: 0 no finding, 1 findings, 2 dpccheck could not do its job\n";

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
		else if (!strcmp(a, "--lsp"))
			o->mode = MODE_LSP;
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
		else if (starts_with(a, "--jobs=") || (starts_with(a, "-j") && a[2]) || (!strcmp(a, "-j") && i + 1 < argc)) {
			const char *n = !strcmp(a, "-j") ? argv[++i] : a[1] == '-' ? a + 7 : a + 2;
			char *end;
			long v = strtol(n, &end, 10);
			if (*end || v < 1 || v > 1024)
				return error("-j wants a number of threads from 1 to 1024, not '%s'", n);
			o->threads = (int)v;
		} else if (!strcmp(a, "--no-cache"))
			o->no_cache = true;
		else if (!strcmp(a, "--no-pch"))
			o->no_pch = true;
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
	if (o->wdk && !(o->wdk_root = run_wdk_include_root(o->wdk)))
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

static int single_file_mode(struct options *o, const struct run_request *rq, const struct run_unit *j,
			    struct cache *cache)
{
	if (!j->file)
		return 2;
	if (o->mode == MODE_PRINT_ARGS) {
		for (int i = 0; i < j->args.n; i++)
			printf("%s\n", j->args.v[i]);
		printf("%s\n", j->file);
		return 0;
	}
	struct ir_unit *u = run_parse_unit(rq, j, cache);
	if (!u)
		return 2;
	ir_dump(u, stdout);
	cx_free_unit(u);
	return 0;
}

static void free_options(struct options *o)
{
	strv_clear(&o->only_report);
	free(o->files);
	free(o->wdk_root);
	baseline_free(o->out.baseline);
}

int main(int argc, char **argv)
{
	memtune_reexec(argv);
	struct options o = { 0 };
	if (parse_options(argc, argv, &o) < 0) {
		free_options(&o);
		return 2;
	}
	if (o.mode == MODE_LIST_RULES) {
		for (int i = 0; i < rule_count; i++)
			printf("%-28s %-7s %s\n", rule_infos[i].id,
			       rule_infos[i].severity == DIAG_ERROR ? "error" : "warning", rule_infos[i].summary);
		free_options(&o);
		return 0;
	}
	if (o.dump_config) {
		int r = config_dump(o.nfiles ? o.files[0] : ".", !o.nfiles, stdout);
		config_free_all();
		free_options(&o);
		return r < 0 ? 2 : 0;
	}
	if (o.mode == MODE_LSP) {
		struct lsp_options lo = { o.compdb_dir, o.wdk_root, o.checks, o.extra, o.nextra, o.threads,
					  o.cache_dir, o.no_cache, o.verbose };
		int status = o.nfiles ? error("--lsp takes no FILE: the editor names the files") + 3 : lsp_serve(&lo);
		free_options(&o);
		return status;
	}
	struct run_request rq = {
		.files = o.files, .nfiles = o.nfiles, .compdb_dir = o.compdb_dir, .wdk_root = o.wdk_root,
		.extra = o.extra, .nextra = o.nextra, .checks = o.checks, .threads = o.threads,
		.verbose = o.verbose, .strict_parse = o.strict_parse, .findings = o.mode == MODE_CHECK,
		.fix = o.fix, .cache_dir = o.cache_dir, .no_cache = o.no_cache, .no_pch = o.no_pch,
	};
	int status = 0;
	if (o.mode == MODE_PRINT_ARGS || o.mode == MODE_DUMP_IR) {
		struct run_plan plan;
		if (run_plan(&rq, &plan) < 0)
			status = 2;
		struct cache *cache = NULL;
		if (plan.n && !o.no_cache && o.mode != MODE_PRINT_ARGS)
			cache = cache_open(o.cache_dir);
		if (!plan.n)
			status = status ? status : 2;
		else if (plan.n != 1)
			status = error("--print-args and --dump-ir take one file") + 3;
		else
			status = single_file_mode(&o, &rq, &plan.units[0], cache);
		cache_close(cache);
		run_plan_free(&plan);
		free_options(&o);
		return status;
	}
	struct run_result r;
	status = run_analysis(&rq, &r);
	if (!r.nplanned || r.stopped) {
		run_free(&r);
		free_options(&o);
		return status ? status : 2;
	}
	int rc;
	if (o.mode == MODE_INVENTORY) {
		struct output_dest dst;
		rc = output_open(&dst, o.out.path);
		if (!rc) {
			int w = inventory_print(r.program, r.roles, o.out.format == OUTPUT_JSON, dst.f);
			if (output_close(&dst, w == 0) < 0 || w < 0)
				rc = -1;
		}
	} else {
		struct diag *d = &r.diag;
		for (int i = 0; o.verbose && i < d->nstats; i++)
			fprintf(stderr, "dpccheck: %s\n", d->stats[i]);
		if (o.only_report.n)
			diag_only_files(d, o.only_report.v, o.only_report.n);
		rc = output_report(d, &o.out, r.units, r.nunits, status == 2);
		if (d->n)
			fprintf(stderr, "dpccheck: %d finding%s in %d file%s\n", d->n, d->n == 1 ? "" : "s", r.nunits,
				r.nunits == 1 ? "" : "s");
		if (d->n && status == 0)
			status = 1;
		if (o.export_fixes && fix_export(d, r.nunits ? r.units[0]->file : NULL, o.export_fixes) < 0)
			status = 2;
		if (o.fix && fix_apply(d) < 0)
			status = 2;
	}
	if (rc < 0)
		status = 2;
	run_free(&r);
	fix_free();
	free_options(&o);
	return status;
}
