/*
 * wpp.c - stand-ins for WPP-generated .tmh headers (wpp.h). The source and the headers
 * it includes with quotes are scanned as text, before the parse: for the .tmh includes
 * that no folder of the include path has, and for the trace functions the WPP
 * configuration blocks declare.
 */
#include "wpp.h"

#include "compdb.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_DEPTH = 8, MAX_FILES = 256 };

struct scan {
	struct strv dirs;    /* -I, -iquote, -isystem folders */
	struct strv visited; /* files read */
	struct strv missing; /* .tmh paths to supply */
	struct strv funcs;   /* trace functions of WPP configuration blocks */
};

static bool has(const struct strv *v, const char *s)
{
	for (int i = 0; i < v->n; i++)
		if (!strcmp(v->v[i], s))
			return true;
	return false;
}

static char *dir_of(const char *file)
{
	const char *slash = strrchr(file, '/');
	return slash ? xstrfmt("%.*s", (int)(slash - file), file) : xstrdup(".");
}

/* Where `name`, included from a file in `dir`, is found: that folder, then the include
 * path. NULL when nowhere. */
static char *resolve(const struct scan *sc, const char *dir, const char *name)
{
	char *p = name[0] == '/' ? xstrdup(name) : xstrfmt("%s/%s", dir, name);
	for (int i = -1; i < sc->dirs.n; i++) {
		if (i >= 0) {
			free(p);
			p = xstrfmt("%s/%s", sc->dirs.v[i], name);
		}
		if (!access(p, R_OK))
			return p;
		if (name[0] == '/')
			break;
	}
	free(p);
	return NULL;
}

/* `FUNC Name(...)` / `FUNC Name{...}(...)` lines between `begin_wpp config` and
 * `end_wpp`. */
static void config_funcs(struct scan *sc, const char *text)
{
	for (const char *b = strstr(text, "begin_wpp config"); b; b = strstr(b + 1, "begin_wpp config")) {
		const char *e = strstr(b, "end_wpp");
		if (!e)
			e = b + strlen(b);
		for (const char *f = strstr(b, "FUNC"); f && f < e; f = strstr(f + 4, "FUNC")) {
			if (f > text && (isalnum((unsigned char)f[-1]) || f[-1] == '_'))
				continue;
			const char *s = f + 4;
			if (*s != ' ' && *s != '\t')
				continue;
			while (*s == ' ' || *s == '\t')
				s++;
			const char *n = s;
			while (isalnum((unsigned char)*n) || *n == '_')
				n++;
			if (n == s || (*n != '(' && *n != '{' && *n != ' '))
				continue;
			char *name = xstrfmt("%.*s", (int)(n - s), s);
			if (!has(&sc->funcs, name))
				strv_push(&sc->funcs, name);
			free(name);
		}
	}
}

static void visit(struct scan *sc, const char *file, int depth)
{
	if (depth > MAX_DEPTH || sc->visited.n >= MAX_FILES || has(&sc->visited, file))
		return;
	strv_push(&sc->visited, file);
	char *text = read_file(file, NULL);
	if (!text)
		return;
	config_funcs(sc, text);
	char *dir = dir_of(file);
	for (const char *p = text; (p = strchr(p, '#')); p++) {
		const char *q = p + 1;
		while (*q == ' ' || *q == '\t')
			q++;
		if (strncmp(q, "include", 7))
			continue;
		q += 7;
		while (*q == ' ' || *q == '\t')
			q++;
		char close = *q == '"' ? '"' : *q == '<' ? '>' : 0;
		const char *e = close ? strchr(q + 1, close) : NULL;
		if (!e || memchr(q, '\n', (size_t)(e - q)))
			continue;
		char *name = xstrfmt("%.*s", (int)(e - q - 1), q + 1);
		size_t n = strlen(name);
		char *found = resolve(sc, dir, name);
		if (n > 4 && !strcmp(name + n - 4, ".tmh")) {
			char *want = name[0] == '/' ? xstrdup(name) : xstrfmt("%s/%s", dir, name);
			if (!found && !has(&sc->missing, want))
				strv_push(&sc->missing, want);
			free(want);
		} else if (found && close == '"') {
			visit(sc, found, depth + 1);
		}
		free(found);
		free(name);
	}
	free(dir);
	free(text);
}

/* The stand-in: the WPP entry points and the configured trace functions as no-ops. */
static char *standin_text(const struct scan *sc, const char *path)
{
	static const char *const builtin[] = { "WPP_INIT_TRACING", "WPP_CLEANUP", "DoTraceMessage",
					       "WPP_RECORDER_LEVEL_FLAGS_ARGS" };
	struct strbuf sb = { 0 };
	const char *base = strrchr(path, '/');
	sb_addf(&sb, "/* dpccheck: stand-in for the WPP-generated '%s', absent from this checkout */\n",
		base ? base + 1 : path);
	for (size_t i = 0; i < ARRAY_SIZE(builtin); i++)
		sb_addf(&sb, "#undef %s\n#define %s(...) ((void)0)\n", builtin[i], builtin[i]);
	for (int i = 0; i < sc->funcs.n; i++)
		sb_addf(&sb, "#undef %s\n#define %s(...) ((void)0)\n", sc->funcs.v[i], sc->funcs.v[i]);
	return sb.buf;
}

void wpp_standins(const char *file, const struct strv *args, struct strv *names, struct strv *texts)
{
	struct scan sc = { 0 };
	compdb_include_dirs(args, true, &sc.dirs);
	visit(&sc, file, 0);
	for (int i = 0; i < sc.missing.n; i++) {
		char *t = standin_text(&sc, sc.missing.v[i]);
		strv_push(names, sc.missing.v[i]);
		strv_push(texts, t);
		free(t);
	}
	strv_clear(&sc.dirs);
	strv_clear(&sc.visited);
	strv_clear(&sc.missing);
	strv_clear(&sc.funcs);
}
