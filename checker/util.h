/*
 * util.h - small helpers shared by every part of dpccheck: allocation that dies on
 * out-of-memory, error reporting in Git's style, growable arrays and string building.
 */
#ifndef DPCCHECK_UTIL_H
#define DPCCHECK_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "dpccheck: error: ..." to stderr and returns -1. */
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "dpccheck: warning: ..." to stderr. */
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "dpccheck: fatal: ..." and exits with status 2: broken invariants, out of memory. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grows a (ptr, count, capacity) array so that one more element fits. */
#define VEC_PUSH(ptr, n, cap)                                                             \
	do {                                                                              \
		if ((n) >= (cap)) {                                                       \
			(cap) = (cap) ? 2 * (cap) : 8;                                    \
			(ptr) = xrealloc((ptr), (size_t)(cap) * sizeof(*(ptr)));          \
		}                                                                         \
	} while (0)

struct strbuf {
	char *buf;
	size_t len, cap;
};
void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_release(struct strbuf *sb);

/* A growable list of strings it owns. */
struct strv {
	const char **v; /* NULL-terminated */
	int n, cap;
};
void strv_push(struct strv *v, const char *s);
void strv_clear(struct strv *v);

/* Reads a whole file; returns NULL (errno set) when it cannot. */
char *read_file(const char *path, size_t *len);
/* Text that stands in for a file on disk: an editor's unsaved buffer. */
struct file_override {
	const char *path;
	const char *text;
	size_t len;
};
/* Makes read_file return the overrides' text for their files (matched by name or real
 * path) until the next call; the array stays the caller's. (NULL, 0) ends it. */
void read_file_overrides(const struct file_override *v, int n);
/* The override read_file gives for this file (by name or real path), or NULL. */
const struct file_override *file_override_of(const char *path);
/* Matches a clang-tidy style glob: '*' matches any run of characters. */
bool glob_match(const char *pattern, const char *s);
bool starts_with(const char *s, const char *prefix);

/* A 64-bit hash of n bytes, continuing from h (start from HASH_INIT), 16 bytes per step
 * (128-bit multiply and fold, as wyhash mixes): the cache's key and its record of file
 * contents, string tables. It detects change, not tampering. */
#define HASH_INIT 0xcbf29ce484222325ULL
uint64_t hash_bytes(uint64_t h, const void *p, size_t n);

/* An index of a table by one of its string fields, searched by bisection instead of a
 * scan with strcmp (the IRQL and lock tables are asked about every call the tracker
 * meets). Entries of one name stay in table order. str_index_find gives the first
 * position in order[] whose key is key, or -1; the next ones follow while keys match. */
struct str_index {
	const char **keys; /* by table index */
	int *order;	   /* table indices, by key then index */
	int n;
};
void str_index_build(struct str_index *x, const void *base, size_t n, size_t stride, size_t offset);
int str_index_find(const struct str_index *x, const char *key);

#endif /* DPCCHECK_UTIL_H */
