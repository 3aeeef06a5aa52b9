/*
 * sal.c - empty stubs for SAL annotation names no header defines (DESIGN.md section 3).
 *
 * dpccheck's sal.h defines the SAL vocabulary it knows; a driver written against a newer
 * WDK may use a name it lacks, and an undefined annotation breaks the declaration it
 * sits on (the function then vanishes from the AST). Before parsing, the source and the
 * headers it includes from its own folder are scanned for identifiers that look like
 * SAL (a known SAL prefix, a trailing underscore, or __drv_) and are not defined by the
 * SAL header; each gets a command-line definition that expands to nothing, function-like
 * when the source writes it with parentheses. Command-line definitions come first, so
 * a header that does define the name still wins.
 */
#include "sal_stubs.h"

#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const prefixes[] = {
	"_In_", "_Out_", "_Inout_", "_Ret_", "_Deref_", "_Pre_", "_Post_", "_Field_", "_Struct_",
	"_When_", "_At_", "_IRQL_", "_Kernel_", "_Must_", "_Check_", "_Success_", "_Analysis_",
	"_Acquires_", "_Releases_", "_Requires_", "_Guarded_", "_Interlocked_", "_Function_",
	"_Dispatch_", "_Use_", "_Outptr_", "_Frees_", "_Readable_", "_Writable_", "_Null", "_Notnull",
	"_Maybenull", "_Printf_", "_Scanf_", "_Literal_", "_Reserved_", "_Strict_", "_Points_",
	"_Always_", "_On_failure_", "_Return_type_", "_Satisfies_", "_Unchanged_", "_Const_",
	"_Callback_", "_Benign_", "_No_competing_", "_Create_lock_", "_Has_lock_", "_Lock_level_",
	"_Write_guarded_", "_Enum_is_", "_Inexpressible_", "_Group_", "_Result_", "_Post_", "__drv_",
};

struct names {
	char **v;
	bool *fn;
	int n, cap, capfn;
};

static int find(const struct names *ns, const char *s, size_t len)
{
	for (int i = 0; i < ns->n; i++)
		if (strlen(ns->v[i]) == len && !strncmp(ns->v[i], s, len))
			return i;
	return -1;
}

/* The names the SAL headers define, sorted: looked up for every identifier of every
 * unit. */
static int cmp_name(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static bool is_known(const struct names *known, const char *s, size_t len)
{
	int lo = 0, hi = known->n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		const char *k = known->v[mid];
		int c = strncmp(k, s, len);
		if (!c)
			c = k[len] ? 1 : 0;
		if (!c)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static bool looks_like_sal(const char *s, size_t len)
{
	if (len < 4)
		return false;
	bool trailing = s[len - 1] == '_' || !strncmp(s, "__drv_", 6);
	for (size_t i = 0; trailing && i < ARRAY_SIZE(prefixes); i++)
		if (len >= strlen(prefixes[i]) && !strncmp(s, prefixes[i], strlen(prefixes[i])))
			return true;
	return false;
}

/* Collects the macro names a header defines. */
static void defined_names(const char *text, struct names *ns)
{
	for (const char *p = strstr(text, "#define"); p; p = strstr(p + 7, "#define")) {
		const char *s = p + 7;
		while (*s == ' ' || *s == '\t')
			s++;
		const char *e = s;
		while (isalnum((unsigned char)*e) || *e == '_')
			e++;
		if (e > s && find(ns, s, (size_t)(e - s)) < 0) {
			VEC_PUSH(ns->v, ns->n, ns->cap);
			ns->v[ns->n++] = xstrfmt("%.*s", (int)(e - s), s);
		}
	}
}

static bool is_ident(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Every SAL-looking name begins with '_' (looks_like_sal): only identifiers that start
 * with one are looked at. An identifier starts at a letter or '_' not inside another one
 * (digits before it are skipped as no identifier starts with one). */
static void scan_text(const char *text, const struct names *known, struct names *used)
{
	for (const char *p = text; (p = strchr(p, '_'));) {
		const char *j = p;
		while (j > text && isdigit((unsigned char)j[-1]))
			j--;
		if (j > text && is_ident(j[-1])) {
			while (is_ident(*p)) /* inside an identifier: to its end */
				p++;
			continue;
		}
		const char *s = p;
		while (is_ident(*p))
			p++;
		size_t len = (size_t)(p - s);
		if (!looks_like_sal(s, len) || is_known(known, s, len))
			continue;
		const char *q = p;
		while (*q == ' ' || *q == '\t')
			q++;
		int i = find(used, s, len);
		if (i < 0) {
			VEC_PUSH(used->v, used->n, used->cap);
			int cap = used->capfn;
			VEC_PUSH(used->fn, used->n, cap);
			used->capfn = cap;
			used->v[used->n] = xstrfmt("%.*s", (int)len, s);
			used->fn[used->n] = false;
			i = used->n++;
		}
		used->fn[i] |= *q == '(';
	}
}

/* What one header uses, in the order of first use (a memo entry: every unit of a driver
 * includes its headers again). */
struct header_scan {
	char *path;
	const struct names *known; /* the SAL names it was scanned against */
	struct names used;
};

struct sal_memo;
static struct header_scan *header_scan(struct sal_memo *m, const char *path, const struct names *known);

/* Adds what a header uses to used: as scanning it there would (new names in order, the
 * function-like mark or-ed). */
static void merge_used(struct names *used, const struct names *from)
{
	for (int k = 0; k < from->n; k++) {
		int i = find(used, from->v[k], strlen(from->v[k]));
		if (i < 0) {
			VEC_PUSH(used->v, used->n, used->cap);
			int cap = used->capfn;
			VEC_PUSH(used->fn, used->n, cap);
			used->capfn = cap;
			used->v[used->n] = xstrdup(from->v[k]);
			used->fn[used->n] = false;
			i = used->n++;
		}
		used->fn[i] |= from->fn[k];
	}
}

/* The headers a file includes with quotes, resolved against the file's folder. */
static void scan_includes(struct sal_memo *m, const char *file, const char *text, const struct names *known,
			  struct names *used)
{
	const char *slash = strrchr(file, '/');
	int dirlen = slash ? (int)(slash - file + 1) : 0;
	for (const char *p = strstr(text, "#include"); p; p = strstr(p + 8, "#include")) {
		const char *q = p + 8;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != '"')
			continue;
		const char *e = strchr(q + 1, '"');
		if (!e || memchr(q, '\n', (size_t)(e - q)))
			continue;
		char *path = xstrfmt("%.*s%.*s", dirlen, file, (int)(e - q - 1), q + 1);
		if (m) {
			struct header_scan *h = header_scan(m, path, known);
			if (h)
				merge_used(used, &h->used);
		} else {
			char *h = read_file(path, NULL);
			if (h)
				scan_text(h, known, used);
			free(h);
		}
		free(path);
	}
}

static void free_names(struct names *ns)
{
	for (int i = 0; i < ns->n; i++)
		free(ns->v[i]);
	free(ns->v);
	free(ns->fn);
}

/* The SAL headers' names, read once per set of headers in a run (every unit of a
 * driver names the same ones). */
struct sal_memo {
	struct entry {
		char *key; /* the header paths, joined */
		struct names known;
	} **v; /* each allocated alone: header scans keep a pointer to its names */
	int n, cap;
	struct header_scan *h;
	int nh, caph;
};

static struct header_scan *header_scan(struct sal_memo *m, const char *path, const struct names *known)
{
	for (int i = 0; i < m->nh; i++)
		if (m->h[i].known == known && !strcmp(m->h[i].path, path))
			return &m->h[i];
	char *text = read_file(path, NULL);
	VEC_PUSH(m->h, m->nh, m->caph);
	struct header_scan *h = &m->h[m->nh++];
	memset(h, 0, sizeof(*h));
	h->path = xstrdup(path);
	h->known = known;
	if (text)
		scan_text(text, known, &h->used);
	free(text);
	return h;
}

struct sal_memo *sal_memo_new(void)
{
	return xcalloc(1, sizeof(struct sal_memo));
}

void sal_memo_free(struct sal_memo *m)
{
	if (!m)
		return;
	for (int i = 0; i < m->n; i++) {
		free(m->v[i]->key);
		free_names(&m->v[i]->known);
		free(m->v[i]);
	}
	for (int i = 0; i < m->nh; i++) {
		free(m->h[i].path);
		free_names(&m->h[i].used);
	}
	free(m->v);
	free(m->h);
	free(m);
}

static void load_known(const char *const *headers, int nheaders, struct names *known)
{
	for (int i = 0; i < nheaders; i++) {
		char *sal = read_file(headers[i], NULL);
		if (sal)
			defined_names(sal, known);
		free(sal);
	}
	if (known->n)
		qsort(known->v, (size_t)known->n, sizeof(*known->v), cmp_name);
}

static const struct names *known_names(struct sal_memo *m, const char *const *headers, int nheaders)
{
	struct strbuf key = { 0 };
	sb_adds(&key, "");
	for (int i = 0; i < nheaders; i++)
		sb_addf(&key, "%s\n", headers[i]);
	for (int i = 0; i < m->n; i++)
		if (!strcmp(m->v[i]->key, key.buf)) {
			sb_release(&key);
			return &m->v[i]->known;
		}
	VEC_PUSH(m->v, m->n, m->cap);
	struct entry *e = m->v[m->n++] = xcalloc(1, sizeof(struct entry));
	e->key = key.buf;
	load_known(headers, nheaders, &e->known);
	return &e->known;
}

void sal_stub_args(struct sal_memo *memo, const char *file, const char *const *headers, int nheaders,
		   struct strv *args)
{
	char *text = read_file(file, NULL);
	if (!text)
		return;
	struct names own = { 0 }, used = { 0 };
	const struct names *known = &own;
	if (memo)
		known = known_names(memo, headers, nheaders);
	else
		load_known(headers, nheaders, &own);
	scan_text(text, known, &used);
	scan_includes(memo, file, text, known, &used);
	for (int i = 0; i < used.n; i++) {
		char *d = xstrfmt("-D%s%s=", used.v[i], used.fn[i] ? "(...)" : "");
		strv_push(args, d);
		free(d);
	}
	free_names(&own);
	free_names(&used);
	free(text);
}
