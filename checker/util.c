/*
 * util.c - allocation, error reporting, string building and file reading helpers.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die("out of memory allocating %zu bytes", n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		die("out of memory allocating %zu bytes", n * size);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory allocating %zu bytes", n);
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

char *xstrfmt(const char *fmt, ...)
{
	struct strbuf sb = { 0 };
	va_list ap;
	va_start(ap, fmt);
	char tmp[256];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	if (n < 0)
		die("bad format '%s'", fmt);
	if ((size_t)n < sizeof(tmp)) {
		va_end(ap2);
		va_end(ap);
		return xstrdup(tmp);
	}
	sb.buf = xmalloc((size_t)n + 1);
	vsnprintf(sb.buf, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	va_end(ap);
	return sb.buf;
}

static void report(const char *prefix, const char *fmt, va_list ap)
{
	fprintf(stderr, "dpccheck: %s: ", prefix);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report("error", fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report("warning", fmt, ap);
	va_end(ap);
}

void die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	report("fatal", fmt, ap);
	va_end(ap);
	exit(2);
}

void sb_add(struct strbuf *sb, const char *s, size_t n)
{
	if (sb->len + n + 1 > sb->cap) {
		sb->cap = (sb->len + n + 1) * 2;
		sb->buf = xrealloc(sb->buf, sb->cap);
	}
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("bad format '%s'", fmt);
	if (sb->len + (size_t)n + 1 > sb->cap) {
		sb->cap = (sb->len + (size_t)n + 1) * 2;
		sb->buf = xrealloc(sb->buf, sb->cap);
	}
	va_start(ap, fmt);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

void sb_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

static const struct file_override *overrides;
static int noverrides;

void read_file_overrides(const struct file_override *v, int n)
{
	overrides = v;
	noverrides = v ? n : 0;
}

const struct file_override *file_override_of(const char *path)
{
	char want[PATH_MAX], have[PATH_MAX];
	for (int i = 0; i < noverrides; i++)
		if (!strcmp(overrides[i].path, path))
			return &overrides[i];
	if (!noverrides || !realpath(path, want))
		return NULL;
	for (int i = 0; i < noverrides; i++)
		if (realpath(overrides[i].path, have) && !strcmp(want, have))
			return &overrides[i];
	return NULL;
}

char *read_file(const char *path, size_t *len)
{
	const struct file_override *o = file_override_of(path);
	if (o) {
		char *text = xmalloc(o->len + 1);
		memcpy(text, o->text, o->len);
		text[o->len] = '\0';
		if (len)
			*len = o->len;
		return text;
	}
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct strbuf sb = { 0 };
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		sb_add(&sb, chunk, n);
	int failed = ferror(f);
	fclose(f);
	if (failed) {
		sb_release(&sb);
		errno = EIO;
		return NULL;
	}
	if (!sb.buf)
		sb.buf = xcalloc(1, 1);
	if (len)
		*len = sb.len;
	return sb.buf;
}

bool glob_match(const char *p, const char *s)
{
	if (!*p)
		return !*s;
	if (*p == '*')
		return glob_match(p + 1, s) || (*s && glob_match(p, s + 1));
	return *s == *p && glob_match(p + 1, s + 1);
}

/* The 128-bit product of a and b, folded to 64 bits: the mixing step. */
static inline uint64_t fold_mul(uint64_t a, uint64_t b)
{
	unsigned __int128 r = (unsigned __int128)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL;
	h ^= (uint64_t)n * k1;
	for (; n >= 16; b += 16, n -= 16) {
		uint64_t x, y;
		memcpy(&x, b, 8);
		memcpy(&y, b + 8, 8);
		h = fold_mul(x ^ k0 ^ h, y ^ k1);
	}
	if (n >= 8) {
		uint64_t x;
		memcpy(&x, b, 8);
		h = fold_mul(x ^ k0, h ^ k1);
		b += 8;
		n -= 8;
	}
	uint64_t tail = 0;
	if (n)
		memcpy(&tail, b, n);
	return fold_mul(tail ^ k0 ^ (uint64_t)n, h ^ k1);
}

bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

void strv_push(struct strv *v, const char *s)
{
	if (v->n + 2 > v->cap) {
		v->cap = v->cap ? 2 * v->cap : 16;
		v->v = xrealloc(v->v, sizeof(char *) * (size_t)v->cap);
	}
	v->v[v->n++] = xstrdup(s);
	v->v[v->n] = NULL;
}

void strv_clear(struct strv *v)
{
	for (int i = 0; i < v->n; i++)
		free((char *)v->v[i]);
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}

static const char **sort_keys_of;

static int cmp_keyed(const void *x, const void *y)
{
	int i = *(const int *)x, j = *(const int *)y;
	int c = strcmp(sort_keys_of[i], sort_keys_of[j]);
	return c ? c : (i > j) - (i < j);
}

void str_index_build(struct str_index *x, const void *base, size_t n, size_t stride, size_t offset)
{
	x->n = (int)n;
	x->keys = xcalloc(n + 1, sizeof(*x->keys));
	x->order = xcalloc(n + 1, sizeof(*x->order));
	for (size_t i = 0; i < n; i++) {
		memcpy(&x->keys[i], (const char *)base + i * stride + offset, sizeof(const char *));
		x->order[i] = (int)i;
	}
	sort_keys_of = x->keys; /* built once, under pthread_once by the callers */
	qsort(x->order, n, sizeof(int), cmp_keyed);
}

int str_index_find(const struct str_index *x, const char *key)
{
	int lo = 0, hi = x->n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (strcmp(x->keys[x->order[mid]], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->n && !strcmp(x->keys[x->order[lo]], key) ? lo : -1;
}
