/*
 * compdb.c - reads compile_commands.json (clang's JSON compilation database) with
 * jansson, or compile_flags.txt, found as clangd finds them. Relative paths in an entry
 * resolve against its "directory", and a relative "directory" against the database's
 * own folder, so a database can travel with its sources; include paths are joined with
 * the directory so no working-directory change is needed (worker threads share one).
 * cl.exe/clang-cl commands are translated to the clang options that shape a parse;
 * @response files are expanded.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "compdb.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <sys/stat.h>

/* dir/path, without "./" segments, so reported paths read as the user wrote them. */
static char *join(const char *dir, const char *path)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	bool windows_abs = (isalpha((unsigned char)path[0]) && path[1] == ':') || (path[0] == '\\' && path[1] == '\\');
	if (path[0] == '/' || windows_abs || !dir || !*dir || !strcmp(dir, "."))
		return xstrdup(path);
	if (!strcmp(path, ".") || !*path)
		return xstrdup(dir);
	size_t n = strlen(dir);
	return xstrfmt("%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", path);
}

/* Splits a "command" string into words. POSIX rules for gcc/clang commands (quotes
 * group, a backslash escapes the next character); Windows rules for cl-style ones, whose
 * paths use backslashes: a backslash is literal unless a run of them precedes a quote
 * (2n backslashes + quote: n and the quote groups; 2n+1: n and a literal quote). */
static void split_command(const char *s, bool windows, struct strv *out)
{
	struct strbuf w = { 0 };
	bool in_word = false;
	char quote = 0;
	sb_adds(&w, "");
	for (; *s; s++) {
		char c = *s;
		if (windows && c == '\\') {
			size_t n = strspn(s, "\\");
			if (s[n] == '"') {
				for (size_t k = 0; k < n / 2; k++)
					sb_add(&w, "\\", 1);
				s += n;
				in_word = true;
				if (n % 2) {
					sb_add(&w, "\"", 1);
					continue;
				}
				quote = quote ? 0 : '"';
				continue;
			}
			sb_add(&w, s, n);
			s += n - 1;
			in_word = true;
		} else if (quote) {
			if (c == quote)
				quote = 0;
			else if (!windows && c == '\\' && quote == '"' && s[1])
				sb_add(&w, ++s, 1);
			else
				sb_add(&w, &c, 1);
		} else if (c == '"' || (c == '\'' && !windows)) {
			quote = c;
			in_word = true;
		} else if (!windows && c == '\\' && s[1]) {
			sb_add(&w, ++s, 1);
			in_word = true;
		} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (in_word)
				strv_push(out, w.buf);
			w.len = 0;
			w.buf[0] = '\0';
			in_word = false;
		} else {
			sb_add(&w, &c, 1);
			in_word = true;
		}
	}
	if (in_word)
		strv_push(out, w.buf);
	sb_release(&w);
}

static const char *base_name(const char *path)
{
	const char *b = path;
	for (const char *p = path; *p; p++)
		if (*p == '/' || *p == '\\')
			b = p + 1;
	return b;
}

/* cl.exe, clang-cl (any version suffix, .exe or not), or --driver-mode=cl. */
static bool cl_style(const struct strv *raw)
{
	if (!raw->n)
		return false;
	const char *b = base_name(raw->v[0]);
	if (!strcasecmp(b, "cl") || !strcasecmp(b, "cl.exe") || !strncasecmp(b, "clang-cl", 8))
		return true;
	for (int i = 1; i < raw->n; i++)
		if (!strcmp(raw->v[i], "--driver-mode=cl"))
			return true;
	return false;
}

enum { MAX_RSP_DEPTH = 8 };

/* Expands @file arguments in place (relative to dir), recursively. */
static void expand_rsp(const struct strv *in, const char *dir, bool windows, struct strv *out, int depth)
{
	for (int i = 0; i < in->n; i++) {
		const char *a = in->v[i];
		if (a[0] != '@' || !a[1] || depth >= MAX_RSP_DEPTH) {
			strv_push(out, a);
			continue;
		}
		char *path = join(dir, a + 1);
		size_t len;
		char *text = read_file(path, &len);
		if (!text) {
			warning("cannot read response file '%s': %s", path, strerror(errno));
			free(path);
			continue;
		}
		/* a UTF-8 byte order mark, as Visual Studio writes them */
		const char *body = !strncmp(text, "\xEF\xBB\xBF", 3) ? text + 3 : text;
		struct strv words = { 0 };
		split_command(body, windows, &words);
		expand_rsp(&words, dir, windows, out, depth + 1);
		strv_clear(&words);
		free(text);
		free(path);
	}
}

static void push_joined(struct strv *out, const char *opt, const char *dir, const char *path)
{
	char *p = join(dir, path);
	strv_push(out, opt);
	strv_push(out, p);
	free(p);
}

/* An option with its value either attached (`/Iinc`, `-DX=1`) or in the next word. */
static const char *opt_value(const struct strv *raw, int *i, const char *a, size_t n)
{
	if (a[n])
		return a + n;
	if (*i + 1 < raw->n)
		return raw->v[++*i];
	return NULL;
}

/* cl.exe / clang-cl options that shape a parse, as clang-style arguments; the rest
 * (optimization, code generation, output files, warning levels) is dropped. */
static void translate_cl(const struct strv *raw, const char *dir, const char *file, const char *src,
			 struct strv *out)
{
	for (int i = 1; i < raw->n; i++) {
		const char *a = raw->v[i], *v;
		if (!strcmp(a, file) || !strcmp(a, src))
			continue;
		if (a[0] != '/' && a[0] != '-')
			continue; /* another input */
		const char *o = a + 1;
		if (!strncmp(o, "clang:", 6)) {
			strv_push(out, o + 6);
		} else if (!strncmp(o, "external:I", 10) || !strncmp(o, "imsvc", 5)) {
			size_t n = o[0] == 'e' ? 10 : 5;
			if ((v = opt_value(raw, &i, o, n)))
				push_joined(out, "-isystem", dir, v);
		} else if (!strncmp(o, "FI", 2)) {
			if ((v = opt_value(raw, &i, o, 2))) {
				strv_push(out, "-include");
				strv_push(out, v); /* resolved by resolve_includes */
			}
		} else if (o[0] == 'I') {
			if ((v = opt_value(raw, &i, o, 1)))
				push_joined(out, "-I", dir, v);
		} else if (o[0] == 'D' || o[0] == 'U') {
			if ((v = opt_value(raw, &i, o, 1))) {
				char *d = xstrfmt("-%c%s", o[0], v);
				strv_push(out, d);
				free(d);
			}
		} else if (!strncmp(o, "std:", 4)) {
			const char *std = o + 4;
			char *d = !strcmp(std, "c++latest") ? xstrdup("-std=c++2c")
				  : !strcmp(std, "clatest") ? xstrdup("-std=c2x")
							    : xstrfmt("-std=%s", std);
			strv_push(out, d);
			free(d);
		} else if (!strcmp(o, "TC") || !strcmp(o, "TP")) {
			strv_push(out, "-x");
			strv_push(out, o[1] == 'C' ? "c" : "c++");
		} else if (!strncmp(o, "Tc", 2) || !strncmp(o, "Tp", 2)) {
			if (o[2] == '\0')
				i++; /* the source, spelled as a separate word */
		} else if (!strcmp(o, "J")) {
			strv_push(out, "-funsigned-char");
		} else if (o[0] == 'f' && a[0] == '-') {
			strv_push(out, a); /* -fms-..., accepted by clang-cl too */
		}
	}
}

/* Dependency-file options would make libclang write files: never passed on. */
static bool dep_option(const char *a, bool *takes_value)
{
	*takes_value = !strcmp(a, "-MF") || !strcmp(a, "-MT") || !strcmp(a, "-MQ");
	return *takes_value || !strcmp(a, "-MD") || !strcmp(a, "-MMD") || !strcmp(a, "-MP") || !strcmp(a, "-M") ||
	       !strcmp(a, "-MM");
}

static const char *const path_options[] = { "-I", "-isystem", "-include", "-iquote", "-idirafter" };

/* gcc/clang options: all kept but the compiler, -c, -o, dependency files and the source;
 * include paths joined with the entry's directory. */
static void translate_gcc(const struct strv *raw, const char *dir, const char *file, const char *src,
			  struct strv *out)
{
	for (int i = 1; i < raw->n; i++) {
		const char *a = raw->v[i];
		bool value;
		if (!strcmp(a, "-c") || !strcmp(a, file) || !strcmp(a, src))
			continue;
		if (!strcmp(a, "-o") || dep_option(a, &value)) {
			i += !strcmp(a, "-o") || value;
			continue;
		}
		bool done = false;
		for (size_t k = 0; k < ARRAY_SIZE(path_options) && !done; k++) {
			const char *opt = path_options[k];
			size_t n = strlen(opt);
			if (!strcmp(a, opt) && i + 1 < raw->n) {
				if (!strcmp(opt, "-include")) { /* resolved by resolve_includes */
					strv_push(out, opt);
					strv_push(out, raw->v[++i]);
				} else {
					push_joined(out, opt, dir, raw->v[++i]);
				}
				done = true;
			} else if (!strncmp(a, opt, n) && a[n] && (k == 0)) {
				char *p = join(dir, a + n);
				char *arg = xstrfmt("%s%s", opt, p);
				strv_push(out, arg);
				free(arg);
				free(p);
				done = true;
			}
		}
		if (!done)
			strv_push(out, a);
	}
}

/* A forced include (-include, /FI) is looked for as `#include "x"` would be, but from the
 * compiler's working directory (the entry's) first: there, then in the include folders
 * in their search order. A file found nowhere stays joined with the directory (the parse
 * then reports it missing). */
static void resolve_includes(struct strv *out, const char *dir)
{
	struct strv dirs = { 0 };
	compdb_include_dirs(out, true, &dirs);
	for (int i = 1; i < out->n; i++) {
		if (strcmp(out->v[i - 1], "-include"))
			continue;
		const char *name = out->v[i];
		char *found = join(dir, name);
		for (int k = 0; k < dirs.n && access(found, F_OK); k++) {
			free(found);
			found = join(dirs.v[k], name);
		}
		if (access(found, F_OK)) { /* nowhere: as the directory gives it */
			free(found);
			found = join(dir, name);
		}
		free((char *)out->v[i]);
		out->v[i] = found;
	}
	strv_clear(&dirs);
}

void compdb_translate(const struct strv *raw, const char *dir, const char *file, const char *src,
		      struct strv *out)
{
	bool cl = cl_style(raw);
	struct strv all = { 0 };
	expand_rsp(raw, dir, cl, &all, 0);
	if (cl)
		translate_cl(&all, dir, file, src, out);
	else
		translate_gcc(&all, dir, file, src, out);
	strv_clear(&all);
	resolve_includes(out, dir);
}

static int load_entry(struct compdb *db, json_t *e, const char *dbdir, const char *path, size_t idx)
{
	json_t *jdir = json_object_get(e, "directory"), *jfile = json_object_get(e, "file");
	json_t *jargs = json_object_get(e, "arguments"), *jcmd = json_object_get(e, "command");
	if (!json_is_string(jdir) || !json_is_string(jfile) || (!json_is_array(jargs) && !json_is_string(jcmd)))
		return error("'%s': entry %zu lacks \"directory\", \"file\" or \"arguments\"/\"command\"", path, idx);
	char *dir = join(dbdir, json_string_value(jdir));
	struct compdb_entry *ce = &db->entries[db->n++];
	memset(ce, 0, sizeof(*ce));
	ce->file = join(dir, json_string_value(jfile));
	struct strv raw = { 0 };
	if (json_is_array(jargs)) {
		size_t i;
		json_t *v;
		json_array_foreach(jargs, i, v)
			if (json_is_string(v))
				strv_push(&raw, json_string_value(v));
	} else {
		/* cl-style commands use Windows quoting (the compiler's own path too) */
		const char *cmd = json_string_value(jcmd);
		split_command(cmd, true, &raw);
		if (!cl_style(&raw)) {
			strv_clear(&raw);
			split_command(cmd, false, &raw);
		}
	}
	/* translated when asked for (compdb_find): a response file is read only then */
	ce->raw = raw;
	ce->dir = dir;
	ce->name = xstrdup(json_string_value(jfile));
	return 0;
}

static struct compdb *load_json(const char *path, const char *dir)
{
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	if (!root) {
		error("cannot read '%s': %s (line %d)", path, err.text, err.line);
		return NULL;
	}
	if (!json_is_array(root)) {
		error("'%s': not a JSON array of compile commands", path);
		json_decref(root);
		return NULL;
	}
	struct compdb *db = xcalloc(1, sizeof(*db));
	db->path = xstrdup(path);
	db->entries = xcalloc(json_array_size(root) + 1, sizeof(*db->entries));
	size_t i;
	json_t *e;
	json_array_foreach(root, i, e) {
		if (!json_is_object(e)) {
			error("'%s': entry %zu is not a JSON object", path, i);
			db->nbad++;
		} else if (load_entry(db, e, dir, path, i) < 0) {
			db->nbad++;
		}
	}
	json_decref(root);
	return db;
}

struct compdb *compdb_load(const char *dir)
{
	char *path = xstrfmt("%s/compile_commands.json", dir);
	struct compdb *db = load_json(path, dir);
	free(path);
	return db;
}

/* compile_flags.txt: one argument per line, for every file under its directory;
 * relative include paths resolve against that directory (clangd's rules). */
static struct compdb *load_flags(const char *path, const char *dir)
{
	size_t len;
	char *text = read_file(path, &len);
	if (!text) {
		error("cannot read '%s': %s", path, strerror(errno));
		return NULL;
	}
	struct strv raw = { 0 };
	strv_push(&raw, "clang");
	for (char *line = strtok(text, "\r\n"); line; line = strtok(NULL, "\r\n"))
		if (*line)
			strv_push(&raw, line);
	struct compdb *db = xcalloc(1, sizeof(*db));
	db->path = xstrdup(path);
	db->flags_only = true;
	db->entries = xcalloc(1, sizeof(*db->entries));
	db->n = 1;
	compdb_translate(&raw, dir, "", "", &db->entries[0].args);
	strv_clear(&raw);
	free(text);
	return db;
}

const struct compdb_entry *compdb_find(const struct compdb *cdb, const char *file)
{
	struct compdb *db = (struct compdb *)cdb; /* translation is a cache: logically const */
	if (db->flags_only)
		return &db->entries[0];
	char want[PATH_MAX], have[PATH_MAX];
	if (!realpath(file, want))
		return NULL;
	for (int i = 0; i < db->n; i++) {
		struct compdb_entry *e = &db->entries[i];
		if (!realpath(e->file, have) || strcmp(want, have))
			continue;
		if (e->raw.n) {
			compdb_translate(&e->raw, e->dir, e->name, e->file, &e->args);
			strv_clear(&e->raw);
		}
		return e;
	}
	return NULL;
}

void compdb_free(struct compdb *db)
{
	if (!db)
		return;
	for (int i = 0; i < db->n; i++) {
		free(db->entries[i].file);
		free(db->entries[i].dir);
		free(db->entries[i].name);
		strv_clear(&db->entries[i].args);
		strv_clear(&db->entries[i].raw);
	}
	free(db->entries);
	free(db->path);
	free(db);
}

void compdb_include_dirs(const struct strv *args, bool quote, struct strv *dirs)
{
	static const char *const chain[] = { "-iquote", "-I", "-isystem", "-idirafter" };
	for (size_t c = quote ? 0 : 1; c < ARRAY_SIZE(chain); c++)
		for (int i = 0; i < args->n; i++) {
			const char *a = args->v[i];
			if (!strcmp(a, chain[c]) && i + 1 < args->n)
				strv_push(dirs, args->v[++i]);
			else if (c == 1 && starts_with(a, "-I") && a[2])
				strv_push(dirs, a + 2);
		}
}

bool compdb_is_source(const char *file)
{
	static const char *const exts[] = { ".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".cp" };
	const char *dot = strrchr(base_name(file), '.');
	for (size_t i = 0; dot && i < ARRAY_SIZE(exts); i++)
		if (!strcmp(dot, exts[i]))
			return true;
	return false;
}

/* ---- discovery ------------------------------------------------------------------------- */

struct compdb_finder {
	struct seen {
		char *dir;
		struct compdb *db; /* NULL: none here (or unreadable: bad) */
		bool bad;
	} *v;
	int n, cap;
};

struct compdb_finder *compdb_finder_new(void)
{
	return xcalloc(1, sizeof(struct compdb_finder));
}

static bool exists(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISREG(st.st_mode);
}

/* The database of one directory (looked at once). */
static struct seen *look_in(struct compdb_finder *f, const char *dir)
{
	for (int i = 0; i < f->n; i++)
		if (!strcmp(f->v[i].dir, dir))
			return &f->v[i];
	VEC_PUSH(f->v, f->n, f->cap);
	struct seen *s = &f->v[f->n++];
	memset(s, 0, sizeof(*s));
	s->dir = xstrdup(dir);
	char *cc = xstrfmt("%s/compile_commands.json", dir);
	char *build = xstrfmt("%s/build", dir);
	char *bcc = xstrfmt("%s/compile_commands.json", build);
	char *flags = xstrfmt("%s/compile_flags.txt", dir);
	if (exists(cc))
		s->db = load_json(cc, dir);
	else if (exists(bcc))
		s->db = load_json(bcc, build);
	else if (exists(flags))
		s->db = load_flags(flags, dir);
	s->bad = !s->db && (exists(cc) || exists(bcc) || exists(flags));
	free(cc);
	free(build);
	free(bcc);
	free(flags);
	return s;
}

const struct compdb *compdb_discover(struct compdb_finder *f, const char *path, bool *bad)
{
	char real[PATH_MAX];
	*bad = false;
	if (!realpath(path, real))
		return NULL;
	struct stat st;
	if (!stat(real, &st) && !S_ISDIR(st.st_mode)) {
		char *slash = strrchr(real, '/');
		if (slash)
			slash[slash == real] = '\0';
	}
	for (;;) {
		struct seen *s = look_in(f, real);
		if (s->db || s->bad) {
			*bad = s->bad;
			return s->db;
		}
		char *slash = strrchr(real, '/');
		if (!slash || !strcmp(real, "/"))
			return NULL;
		slash[slash == real] = '\0';
	}
}

void compdb_finder_free(struct compdb_finder *f)
{
	if (!f)
		return;
	for (int i = 0; i < f->n; i++) {
		free(f->v[i].dir);
		compdb_free(f->v[i].db);
	}
	free(f->v);
	free(f);
}
