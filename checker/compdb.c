/*
 * compdb.c - reads compile_commands.json (clang's JSON compilation database) with
 * jansson. Relative paths in an entry resolve against its "directory", and a relative
 * "directory" against the database's own folder, so a database can travel with its
 * sources; include paths are made absolute so no working-directory change is needed.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "compdb.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* dir/path, without "./" segments, so reported paths read as the user wrote them. */
static char *join(const char *dir, const char *path)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	if (path[0] == '/' || !dir || !*dir || !strcmp(dir, "."))
		return xstrdup(path);
	if (!strcmp(path, ".") || !*path)
		return xstrdup(dir);
	size_t n = strlen(dir);
	return xstrfmt("%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", path);
}

/* Splits a "command" string into words: whitespace separates, quotes group, a
 * backslash escapes the next character (the shell's basic rules). */
static void split_command(const char *s, struct strv *out)
{
	struct strbuf w = { 0 };
	bool in_word = false;
	char quote = 0;
	for (; *s; s++) {
		char c = *s;
		if (quote) {
			if (c == quote)
				quote = 0;
			else if (c == '\\' && quote == '"' && s[1])
				sb_add(&w, ++s, 1);
			else
				sb_add(&w, &c, 1);
		} else if (c == '"' || c == '\'') {
			quote = c;
			in_word = true;
		} else if (c == '\\' && s[1]) {
			sb_add(&w, ++s, 1);
			in_word = true;
		} else if (c == ' ' || c == '\t' || c == '\n') {
			if (in_word)
				strv_push(out, w.buf ? w.buf : "");
			w.len = 0;
			if (w.buf)
				w.buf[0] = '\0';
			in_word = false;
		} else {
			sb_add(&w, &c, 1);
			in_word = true;
		}
	}
	if (in_word)
		strv_push(out, w.buf ? w.buf : "");
	sb_release(&w);
}

static const char *const path_options[] = { "-I", "-isystem", "-include", "-iquote", "-idirafter" };

/* Keeps the arguments that shape the parse; drops the compiler, -c, -o and the source. */
static void filter_args(const struct strv *raw, const char *dir, const char *file, const char *src,
			struct strv *out)
{
	for (int i = 1; i < raw->n; i++) {
		const char *a = raw->v[i];
		if (!strcmp(a, "-c") || !strcmp(a, file) || !strcmp(a, src))
			continue;
		if (!strcmp(a, "-o")) {
			i++;
			continue;
		}
		bool done = false;
		for (size_t k = 0; k < ARRAY_SIZE(path_options) && !done; k++) {
			const char *opt = path_options[k];
			size_t n = strlen(opt);
			if (!strcmp(a, opt) && i + 1 < raw->n) {
				char *p = join(dir, raw->v[++i]);
				strv_push(out, opt);
				strv_push(out, p);
				free(p);
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
		split_command(json_string_value(jcmd), &raw);
	}
	filter_args(&raw, dir, json_string_value(jfile), ce->file, &ce->args);
	strv_clear(&raw);
	free(dir);
	return 0;
}

struct compdb *compdb_load(const char *dir)
{
	char *path = xstrfmt("%s/compile_commands.json", dir);
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	if (!root) {
		error("cannot read '%s': %s (line %d)", path, err.text, err.line);
		free(path);
		return NULL;
	}
	if (!json_is_array(root)) {
		error("'%s': not a JSON array of compile commands", path);
		json_decref(root);
		free(path);
		return NULL;
	}
	struct compdb *db = xcalloc(1, sizeof(*db));
	db->entries = xcalloc(json_array_size(root) + 1, sizeof(*db->entries));
	size_t i;
	json_t *e;
	int bad = 0;
	json_array_foreach(root, i, e) {
		if (!json_is_object(e))
			bad = error("'%s': entry %zu is not a JSON object", path, i);
		else if (load_entry(db, e, dir, path, i) < 0)
			bad = -1;
	}
	json_decref(root);
	free(path);
	if (bad) {
		compdb_free(db);
		return NULL;
	}
	return db;
}

const struct compdb_entry *compdb_find(const struct compdb *db, const char *file)
{
	char want[PATH_MAX], have[PATH_MAX];
	if (!realpath(file, want))
		return NULL;
	for (int i = 0; i < db->n; i++)
		if (realpath(db->entries[i].file, have) && !strcmp(want, have))
			return &db->entries[i];
	return NULL;
}

void compdb_free(struct compdb *db)
{
	if (!db)
		return;
	for (int i = 0; i < db->n; i++) {
		free(db->entries[i].file);
		strv_clear(&db->entries[i].args);
	}
	free(db->entries);
	free(db);
}
