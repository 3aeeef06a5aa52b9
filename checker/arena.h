/*
 * arena.h - a bump allocator freed whole: one per translation unit and one per analysis.
 */
#ifndef DPCCHECK_ARENA_H
#define DPCCHECK_ARENA_H

#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *a);
void *arena_alloc(struct arena *a, size_t n); /* zeroed, aligned for any type */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Copies n elements of size each into the arena (NULL for n == 0). */
void *arena_memdup(struct arena *a, const void *p, size_t n, size_t size);

/* Interned strings: one copy of each, in the arena `a` (the caller's), so that equal
 * strings are one pointer. An open-addressing hash set; str_set_release frees the set,
 * not the strings. */
struct str_set {
	const char **v; /* cap slots, a power of two */
	size_t n, cap;
	struct arena *a;
};
const char *str_set_add(struct str_set *s, const char *str);
void str_set_release(struct str_set *s);

#define ARENA_NEW(a, type) ((type *)arena_alloc((a), sizeof(type)))
#define ARENA_ARRAY(a, type, n) ((type *)arena_alloc((a), sizeof(type) * (size_t)(n)))

#endif /* DPCCHECK_ARENA_H */
