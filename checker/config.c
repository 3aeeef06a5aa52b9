/*
 * config.c - reading, finding and merging .dpccheck files (docs/config.md).
 *
 * A .dpccheck is a YAML mapping read with libyaml's document loader; every key and value
 * is checked, and a mistake is one line "FILE:LINE:COL: error: ..." (the caller exits
 * with status 2). Discovery is clang-tidy's: the nearest .dpccheck in the file's
 * directory or a parent; InheritParentConfig merges it over the next one up (Checks and
 * WarningsAsErrors appended to the parent's, HeaderFilterRegex replaced, IrqlFacts
 * and Roles added after the file's own). Every directory's result is cached.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "config.h"

#include "diag.h"
#include "util.h"
#include "yamlout.h"

#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

static struct config_options opts;

struct entry {
	char *key;	   /* a directory (discovery) or a file (a loaded .dpccheck) */
	struct config *c; /* NULL: the file was malformed (already reported) */
	/* the command line merged in, computed on first use */
	char *eff_checks, *eff_wae;
	bool has_re;
	regex_t re;
};

static struct entry *cache;
static int ncache, capcache;
static struct config default_config;

int config_init(const struct config_options *opt)
{
	opts = *opt;
	regex_t re;
	int rc = opts.header_filter ? regcomp(&re, opts.header_filter, REG_EXTENDED | REG_NOSUB) : 0;
	if (rc) {
		char msg[256];
		regerror(rc, &re, msg, sizeof(msg));
		return error("--header-filter: bad regular expression '%s': %s", opts.header_filter, msg);
	}
	if (opts.header_filter)
		regfree(&re);
	return 0;
}

static struct entry *cache_find(const char *key)
{
	for (int i = 0; i < ncache; i++)
		if (!strcmp(cache[i].key, key))
			return &cache[i];
	return NULL;
}

static struct entry *cache_add(const char *key, struct config *c)
{
	VEC_PUSH(cache, ncache, capcache);
	struct entry *e = &cache[ncache++];
	memset(e, 0, sizeof(*e));
	e->key = xstrdup(key);
	e->c = c;
	return e;
}

static struct entry *entry_of(const struct config *c)
{
	for (int i = 0; i < ncache; i++)
		if (cache[i].c == c)
			return &cache[i];
	return NULL;
}

static char *join(const char *a, const char *b)
{
	if (!a || !*a)
		return b ? xstrdup(b) : NULL;
	if (!b || !*b)
		return xstrdup(a);
	return xstrfmt("%s,%s", a, b);
}

static void free_config(struct config *c)
{
	if (!c || c == &default_config)
		return;
	free(c->file);
	free(c->checks);
	free(c->warnings_as_errors);
	free(c->header_filter);
	for (int i = 0; i < c->nfacts; i++) {
		free(c->facts[i].name);
		free(c->facts[i].min);
		free(c->facts[i].max);
		free((char *)c->facts[i].at.file);
	}
	free(c->facts);
	for (int i = 0; i < c->nroles; i++) {
		free(c->roles[i].name);
		free(c->roles[i].role);
		free((char *)c->roles[i].at.file);
	}
	free(c->roles);
	free(c);
}

/* ---- reading one file ----------------------------------------------------------------- */

struct reader {
	const char *file;
	yaml_document_t doc;
	bool failed;
};

static yaml_node_t *node(struct reader *r, int index)
{
	return yaml_document_get_node(&r->doc, index);
}

#define FOR_PAIRS(p, map) \
	for (yaml_node_pair_t *p = (map)->data.mapping.pairs.start; p < (map)->data.mapping.pairs.top; p++)
#define FOR_ITEMS(it, seq) \
	for (yaml_node_item_t *it = (seq)->data.sequence.items.start; it < (seq)->data.sequence.items.top; \
	     it++)

static void bad(struct reader *r, const yaml_node_t *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void bad(struct reader *r, const yaml_node_t *n, const char *fmt, ...)
{
	if (r->failed)
		return; /* one error per file: the first */
	r->failed = true;
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "%s:%lu:%lu: error: ", r->file, (unsigned long)n->start_mark.line + 1,
		(unsigned long)n->start_mark.column + 1);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

static const char *scalar_of(struct reader *r, const yaml_node_t *n, const char *key)
{
	if (n->type != YAML_SCALAR_NODE) {
		bad(r, n, "'%s' takes a string in .dpccheck", key);
		return NULL;
	}
	return (const char *)n->data.scalar.value;
}

/* A glob list: a string "a,-b" or a sequence of such strings. Each positive glob must
 * match a rule. */
static char *globs_of(struct reader *r, yaml_node_t *n, const char *key)
{
	char *s = NULL;
	if (n->type == YAML_SEQUENCE_NODE) {
		FOR_ITEMS(it, n) {
			const char *v = scalar_of(r, node(r, *it), key);
			char *t = join(s, v);
			free(s);
			s = t;
		}
	} else {
		const char *v = scalar_of(r, n, key);
		s = v ? xstrdup(v) : NULL;
	}
	if (!s || r->failed)
		return s;
	char *copy = xstrdup(s);
	for (char *tok = strtok(copy, ", \t\n"); tok; tok = strtok(NULL, ", \t\n")) {
		if (*tok == '-')
			continue;
		bool any = false;
		for (int i = 0; i < opts.nrules && !any; i++)
			any = glob_match(tok, opts.rules[i]);
		if (!any) {
			bad(r, n, "%s: '%s' matches no rule (see --list-rules) in .dpccheck", key, tok);
			break;
		}
	}
	free(copy);
	/* the glob syntax of --checks: commas separate, blanks around them do not matter */
	for (char *p = s; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	return s;
}

static bool bool_of(struct reader *r, const yaml_node_t *n, const char *key)
{
	const char *v = scalar_of(r, n, key);
	if (!v)
		return false;
	if (!strcmp(v, "true") || !strcmp(v, "True") || !strcmp(v, "TRUE"))
		return true;
	if (!strcmp(v, "false") || !strcmp(v, "False") || !strcmp(v, "FALSE"))
		return false;
	bad(r, n, "'%s' takes true or false, not '%s', in .dpccheck", key, v);
	return false;
}

static char *level_of(struct reader *r, const yaml_node_t *n, const char *key)
{
	const char *v = scalar_of(r, n, key);
	if (!v)
		return NULL;
	for (int i = 0; i < opts.nlevels; i++)
		if (!strcmp(v, opts.levels[i]))
			return xstrdup(v);
	struct strbuf sb = { 0 };
	for (int i = 0; i < opts.nlevels; i++)
		sb_addf(&sb, "%s%s", i ? ", " : "", opts.levels[i]);
	bad(r, n, "bad value '%s' for '%s' in .dpccheck (one of %s)", v, key, sb.buf ? sb.buf : "");
	sb_release(&sb);
	return NULL;
}

/* Where an IrqlFacts or Roles entry is written (a finding's note points there). */
static struct ir_loc entry_loc(const struct reader *r, const yaml_node_t *n)
{
	struct ir_loc at = { 0 };
	at.file = xstrdup(r->file);
	at.line = (unsigned)n->start_mark.line + 1;
	at.col = (unsigned)n->start_mark.column + 1;
	return at;
}

static void read_function(struct reader *r, struct config *c, yaml_node_t *n)
{
	if (n->type != YAML_MAPPING_NODE) {
		bad(r, n, "an IrqlFacts function is a mapping {Name: ..., MaxIrql: ...} in .dpccheck");
		return;
	}
	struct config_fact f = { 0 };
	FOR_PAIRS(p, n) {
		yaml_node_t *k = node(r, p->key), *v = node(r, p->value);
		if (r->failed)
			break;
		const char *key = scalar_of(r, k, "key");
		if (!key)
			break;
		if (!strcmp(key, "Name")) {
			const char *s = scalar_of(r, v, key);
			free(f.name);
			f.name = s ? xstrdup(s) : NULL;
		} else if (!strcmp(key, "MinIrql")) {
			free(f.min);
			f.min = level_of(r, v, key);
		} else if (!strcmp(key, "MaxIrql")) {
			free(f.max);
			f.max = level_of(r, v, key);
		} else {
			bad(r, k, "unknown key '%s' in .dpccheck (an IrqlFacts function has Name, MinIrql, "
				  "MaxIrql)", key);
		}
	}
	if (!r->failed && (!f.name || !*f.name))
		bad(r, n, "an IrqlFacts function needs a Name in .dpccheck");
	else if (!r->failed && !f.min && !f.max)
		bad(r, n, "IrqlFacts function '%s' needs MinIrql or MaxIrql in .dpccheck", f.name);
	if (r->failed) {
		free(f.name);
		free(f.min);
		free(f.max);
		return;
	}
	f.at = entry_loc(r, n);
	VEC_PUSH(c->facts, c->nfacts, c->capfacts);
	c->facts[c->nfacts++] = f;
}

static void read_irql_facts(struct reader *r, struct config *c, yaml_node_t *n)
{
	if (n->type != YAML_MAPPING_NODE) {
		bad(r, n, "'IrqlFacts' is a mapping (Functions: [...]) in .dpccheck");
		return;
	}
	FOR_PAIRS(p, n) {
		yaml_node_t *k = node(r, p->key), *v = node(r, p->value);
		if (r->failed)
			break;
		const char *key = scalar_of(r, k, "key");
		if (!key)
			break;
		if (strcmp(key, "Functions")) {
			bad(r, k, "unknown key '%s' in .dpccheck (IrqlFacts has Functions)", key);
			break;
		}
		if (v->type != YAML_SEQUENCE_NODE) {
			bad(r, v, "'Functions' is a list in .dpccheck");
			break;
		}
		FOR_ITEMS(it, v) {
			if (!r->failed)
				read_function(r, c, node(r, *it));
		}
	}
}

static void read_role(struct reader *r, struct config *c, yaml_node_t *n)
{
	if (n->type != YAML_MAPPING_NODE) {
		bad(r, n, "a Roles entry is a mapping {Name: ..., Role: ...} in .dpccheck");
		return;
	}
	struct config_role x = { 0 };
	FOR_PAIRS(p, n) {
		yaml_node_t *k = node(r, p->key), *v = node(r, p->value);
		if (r->failed)
			break;
		const char *key = scalar_of(r, k, "key");
		const char *s = key ? scalar_of(r, v, key) : NULL;
		if (!s)
			break;
		if (!strcmp(key, "Name")) {
			free(x.name);
			x.name = xstrdup(s);
		} else if (!strcmp(key, "Role")) {
			bool known = false;
			for (int i = 0; i < opts.nrole_types && !known; i++)
				known = !strcmp(s, opts.role_types[i]);
			if (!known)
				bad(r, v,
				    "unknown role type '%s' in .dpccheck (a typedef of rules/roles.def: "
				    "HW_DPC_ROUTINE, HW_STARTIO, ...)",
				    s);
			free(x.role);
			x.role = xstrdup(s);
		} else {
			bad(r, k, "unknown key '%s' in .dpccheck (a Roles entry has Name, Role)", key);
		}
	}
	if (!r->failed && (!x.name || !*x.name || !x.role))
		bad(r, n, "a Roles entry needs a Name and a Role in .dpccheck");
	if (r->failed) {
		free(x.name);
		free(x.role);
		return;
	}
	x.at = entry_loc(r, n);
	VEC_PUSH(c->roles, c->nroles, c->caproles);
	c->roles[c->nroles++] = x;
}

/* The keys of a .dpccheck (root is a mapping). */
static void read_keys(struct reader *r, struct config *c, yaml_node_t *root, bool *inherit)
{
	FOR_PAIRS(p, root) {
		yaml_node_t *k = node(r, p->key), *v = node(r, p->value);
		if (r->failed)
			break;
		const char *key = scalar_of(r, k, "key");
		if (!key)
			break;
		if (!strcmp(key, "Checks")) {
			free(c->checks);
			c->checks = globs_of(r, v, key);
		} else if (!strcmp(key, "WarningsAsErrors")) {
			free(c->warnings_as_errors);
			c->warnings_as_errors = globs_of(r, v, key);
		} else if (!strcmp(key, "HeaderFilterRegex")) {
			const char *s = scalar_of(r, v, key);
			regex_t re;
			int rc = s ? regcomp(&re, s, REG_EXTENDED | REG_NOSUB) : 0;
			if (s && rc) {
				char msg[256];
				regerror(rc, &re, msg, sizeof(msg));
				bad(r, v, "bad HeaderFilterRegex '%s': %s, in .dpccheck", s, msg);
			} else if (s) {
				regfree(&re);
				free(c->header_filter);
				c->header_filter = xstrdup(s);
			}
		} else if (!strcmp(key, "InheritParentConfig")) {
			*inherit = bool_of(r, v, key);
		} else if (!strcmp(key, "IrqlFacts")) {
			read_irql_facts(r, c, v);
		} else if (!strcmp(key, "Roles")) {
			if (v->type != YAML_SEQUENCE_NODE)
				bad(r, v, "'Roles' is a list in .dpccheck");
			else
				FOR_ITEMS(it, v) {
					if (!r->failed)
						read_role(r, c, node(r, *it));
				}
		} else {
			bad(r, k, "unknown key '%s' in .dpccheck", key);
		}
	}
}

/* Reads one file; *inherit says whether it asks for its parent's configuration. */
static struct config *read_config(const char *file, bool *inherit)
{
	*inherit = false;
	FILE *in = fopen(file, "rb");
	if (!in) {
		error("cannot read '%s': %s", file, strerror(errno));
		return NULL;
	}
	yaml_parser_t parser;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, in);
	struct reader r = { .file = file };
	if (!yaml_parser_load(&parser, &r.doc)) {
		const yaml_mark_t *m = &parser.problem_mark;
		fprintf(stderr, "%s:%lu:%lu: error: %s in .dpccheck\n", file, (unsigned long)m->line + 1,
			(unsigned long)m->column + 1, parser.problem ? parser.problem : "malformed YAML");
		yaml_parser_delete(&parser);
		fclose(in);
		return NULL;
	}
	yaml_parser_delete(&parser);
	fclose(in);
	struct config *c = xcalloc(1, sizeof(*c));
	c->file = xstrdup(file);
	yaml_node_t *root = yaml_document_get_root_node(&r.doc);
	if (root && root->type == YAML_SCALAR_NODE && !*root->data.scalar.value)
		root = NULL; /* an empty document */
	if (root && root->type != YAML_MAPPING_NODE)
		bad(&r, root, "a .dpccheck is a mapping of keys (Checks: ..., WarningsAsErrors: ...)");
	if (root && !r.failed)
		read_keys(&r, c, root, inherit);
	yaml_document_delete(&r.doc);
	if (r.failed) {
		free_config(c);
		return NULL;
	}
	return c;
}

/* ---- discovery and merging ------------------------------------------------------------- */

static char *parent_dir(const char *dir)
{
	const char *slash = strrchr(dir, '/');
	if (!slash || !strcmp(dir, "/"))
		return NULL;
	return slash == dir ? xstrdup("/") : xstrfmt("%.*s", (int)(slash - dir), dir);
}

static const struct config *dir_config(const char *dir, bool *ok);

/* child over parent: lists appended, the regex replaced, the child's facts first */
static struct config *merge(struct config *child, const struct config *parent)
{
	char *s = parent->checks && child->checks ? join(parent->checks, child->checks) : NULL;
	if (s) {
		free(child->checks);
		child->checks = s;
	} else if (!child->checks && parent->checks) {
		child->checks = xstrdup(parent->checks);
	}
	s = join(parent->warnings_as_errors, child->warnings_as_errors);
	free(child->warnings_as_errors);
	child->warnings_as_errors = s;
	if (!child->header_filter && parent->header_filter)
		child->header_filter = xstrdup(parent->header_filter);
	for (int i = 0; i < parent->nfacts; i++) {
		struct config_fact f = parent->facts[i];
		f.name = xstrdup(f.name);
		f.min = f.min ? xstrdup(f.min) : NULL;
		f.max = f.max ? xstrdup(f.max) : NULL;
		f.at.file = xstrdup(f.at.file);
		VEC_PUSH(child->facts, child->nfacts, child->capfacts);
		child->facts[child->nfacts++] = f;
	}
	for (int i = 0; i < parent->nroles; i++) {
		struct config_role x = parent->roles[i];
		x.name = xstrdup(x.name);
		x.role = xstrdup(x.role);
		x.at.file = xstrdup(x.at.file);
		VEC_PUSH(child->roles, child->nroles, child->caproles);
		child->roles[child->nroles++] = x;
	}
	return child;
}

/* A .dpccheck file (cached by its path), merged with its parents when it says so. */
static const struct config *file_config(const char *file, bool *ok)
{
	struct entry *e = cache_find(file);
	if (e) {
		*ok = e->c != NULL;
		return e->c;
	}
	bool inherit;
	struct config *c = read_config(file, &inherit);
	if (c && inherit) {
		char *abs = realpath(file, NULL);
		char *dir = abs ? parent_dir(abs) : NULL;
		char *up = dir ? parent_dir(dir) : NULL;
		bool pok = true;
		const struct config *p = up ? dir_config(up, &pok) : NULL;
		if (!pok) {
			free_config(c);
			c = NULL;
		} else if (p) {
			merge(c, p);
		}
		free(abs);
		free(dir);
		free(up);
	}
	cache_add(file, c);
	*ok = c != NULL;
	return c;
}

/* The configuration of an absolute directory: its .dpccheck, or its parent's. */
static const struct config *dir_config(const char *dir, bool *ok)
{
	struct entry *e = cache_find(dir);
	if (e) {
		*ok = e->c != NULL;
		return e->c;
	}
	char *file = xstrfmt("%s%s.dpccheck", dir, strcmp(dir, "/") ? "/" : "");
	const struct config *c;
	if (!access(file, F_OK)) {
		c = file_config(file, ok);
	} else {
		char *up = parent_dir(dir);
		c = up ? dir_config(up, ok) : (*ok = true, &default_config);
		free(up);
	}
	free(file);
	cache_add(dir, (struct config *)c);
	return c;
}

/* The last file's config: findings come grouped by file, and realpath costs a system call
 * per directory of the path (20,000 per run on the benchmark, one per finding). */
static struct {
	char *path;
	bool is_dir;
	const struct config *c;
} last;

const struct config *config_for(const char *path, bool is_dir)
{
	bool ok = true;
	if (opts.config_file) {
		const struct config *c = file_config(opts.config_file, &ok);
		return ok ? c : NULL;
	}
	if (last.path && last.is_dir == is_dir && !strcmp(last.path, path))
		return last.c;
	char *abs = realpath(path, NULL);
	if (!abs)
		abs = xstrdup(path);
	char *dir = is_dir ? xstrdup(abs) : parent_dir(abs);
	if (!dir)
		dir = xstrdup(".");
	if (dir[0] != '/') {
		char *cwd = getcwd(NULL, 0);
		char *t = xstrfmt("%s/%s", cwd ? cwd : "", dir);
		free(cwd);
		free(dir);
		dir = t;
	}
	const struct config *c = dir_config(dir, &ok);
	free(dir);
	free(abs);
	if (!ok)
		return NULL;
	free(last.path);
	last.path = xstrdup(path);
	last.is_dir = is_dir;
	last.c = c;
	return c;
}

bool config_any(const char *const *files, int nfiles)
{
	if (opts.config_file)
		return true;
	for (int i = 0; i < nfiles; i++) {
		const struct config *c = config_for(files[i], false);
		if (c && c != &default_config)
			return true;
	}
	return false;
}

/* The cache entry that holds a config's command-line merge (the default config has
 * none of its own: a synthetic entry). */
static struct entry *effective(const struct config *c)
{
	struct entry *e = entry_of(c);
	if (!e)
		e = cache_add("", (struct config *)c);
	if (!e->eff_checks && (c->checks || opts.checks))
		e->eff_checks = c->checks ? join(c->checks, opts.checks) : xstrdup(opts.checks);
	if (!e->eff_wae)
		e->eff_wae = join(c->warnings_as_errors, opts.warnings_as_errors);
	const char *hf = opts.header_filter ? opts.header_filter : c->header_filter;
	if (!e->has_re && hf && *hf && !regcomp(&e->re, hf, REG_EXTENDED | REG_NOSUB))
		e->has_re = true;
	return e;
}

const char *config_checks(const struct config *c)
{
	return effective(c)->eff_checks;
}

static bool is_main(const char *file, const char *const *main_files, int nmain)
{
	char *abs = realpath(file, NULL);
	bool hit = false;
	for (int i = 0; i < nmain && !hit; i++) {
		if (!strcmp(file, main_files[i])) {
			hit = true;
		} else if (abs) {
			char *m = realpath(main_files[i], NULL);
			hit = m && !strcmp(m, abs);
			free(m);
		}
	}
	free(abs);
	return hit;
}

int config_filter(struct diag *d, const char *const *main_files, int nmain)
{
	int ret = 0, n = 0;
	for (int i = 0; i < d->n; i++) {
		struct finding *f = d->v[i];
		const struct config *c = f->loc.file ? config_for(f->loc.file, false) : &default_config;
		if (!c) {
			ret = -1;
			c = &default_config;
		}
		struct entry *e = effective(c);
		bool keep = !f->rule || diag_rule_enabled(e->eff_checks, f->rule);
		if (keep && e->has_re && f->loc.file && !is_main(f->loc.file, main_files, nmain))
			keep = !regexec(&e->re, f->loc.file, 0, NULL, 0);
		if (keep && f->rule && e->eff_wae && diag_rule_enabled(e->eff_wae, f->rule))
			f->severity = DIAG_ERROR;
		if (keep) {
			d->v[n++] = f;
		} else {
			diag_free_finding(f);
		}
	}
	d->n = n;
	return ret;
}

/* ---- --dump-config -------------------------------------------------------------------- */

int config_dump(const char *path, bool is_dir, FILE *out)
{
	const struct config *c = config_for(path, is_dir);
	if (!c)
		return -1;
	struct entry *x = effective(c);
	const char *hf = opts.header_filter ? opts.header_filter : c->header_filter;
	struct yamlout y;
	yo_begin(&y, out);
	yo_map_begin(&y);
	yo_key_str(&y, "Checks", x->eff_checks ? x->eff_checks : "*");
	yo_key_str(&y, "WarningsAsErrors", x->eff_wae ? x->eff_wae : "");
	yo_key_str(&y, "HeaderFilterRegex", hf ? hf : "");
	if (c->nfacts) {
		yo_scalar(&y, "IrqlFacts", YAML_PLAIN_SCALAR_STYLE);
		yo_map_begin(&y);
		yo_scalar(&y, "Functions", YAML_PLAIN_SCALAR_STYLE);
		yo_seq_begin(&y);
		for (int i = 0; i < c->nfacts; i++) {
			yo_map_begin(&y);
			yo_scalar(&y, "Name", YAML_PLAIN_SCALAR_STYLE);
			yo_scalar(&y, c->facts[i].name, YAML_PLAIN_SCALAR_STYLE);
			if (c->facts[i].min) {
				yo_scalar(&y, "MinIrql", YAML_PLAIN_SCALAR_STYLE);
				yo_scalar(&y, c->facts[i].min, YAML_PLAIN_SCALAR_STYLE);
			}
			if (c->facts[i].max) {
				yo_scalar(&y, "MaxIrql", YAML_PLAIN_SCALAR_STYLE);
				yo_scalar(&y, c->facts[i].max, YAML_PLAIN_SCALAR_STYLE);
			}
			yo_map_end(&y);
		}
		yo_seq_end(&y);
		yo_map_end(&y);
	}
	if (c->nroles) {
		yo_scalar(&y, "Roles", YAML_PLAIN_SCALAR_STYLE);
		yo_seq_begin(&y);
		for (int i = 0; i < c->nroles; i++) {
			yo_map_begin(&y);
			yo_scalar(&y, "Name", YAML_PLAIN_SCALAR_STYLE);
			yo_scalar(&y, c->roles[i].name, YAML_PLAIN_SCALAR_STYLE);
			yo_scalar(&y, "Role", YAML_PLAIN_SCALAR_STYLE);
			yo_scalar(&y, c->roles[i].role, YAML_PLAIN_SCALAR_STYLE);
			yo_map_end(&y);
		}
		yo_seq_end(&y);
	}
	yo_map_end(&y);
	return yo_end(&y) && !fflush(out) && !ferror(out) ? 0 : -1;
}

void config_free_all(void)
{
	free(last.path);
	memset(&last, 0, sizeof(last));
	/* several directories share one config: free each once, through the entry of the
	 * file it was read from */
	struct config **owned = xcalloc((size_t)ncache + 1, sizeof(*owned));
	int nowned = 0;
	for (int i = 0; i < ncache; i++) {
		struct entry *e = &cache[i];
		if (e->c && e->c != &default_config && e->c->file && !strcmp(e->key, e->c->file))
			owned[nowned++] = e->c;
		free(e->key);
		free(e->eff_checks);
		free(e->eff_wae);
		if (e->has_re)
			regfree(&e->re);
	}
	for (int i = 0; i < nowned; i++)
		free_config(owned[i]);
	free(owned);
	free(cache);
	cache = NULL;
	ncache = capcache = 0;
}
