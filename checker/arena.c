/*
 * arena.c - a bump allocator made of chained chunks; everything is freed at once.
 */
#include "arena.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct chunk {
	struct chunk *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

struct arena {
	struct chunk *head;
};

enum { CHUNK_SIZE = 64 * 1024 };

struct arena *arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	for (struct chunk *c = a->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void *arena_alloc(struct arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	struct chunk *c = a->head;
	if (!c || c->used + n > c->size) {
		size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

void *arena_memdup(struct arena *a, const void *p, size_t n, size_t size)
{
	if (!n)
		return NULL;
	void *q = arena_alloc(a, n * size);
	memcpy(q, p, n * size);
	return q;
}

static size_t str_slot(const struct str_set *s, const char *str, size_t len)
{
	size_t h = (size_t)hash_bytes(HASH_INIT, str, len) & (s->cap - 1);
	while (s->v[h] && strcmp(s->v[h], str))
		h = (h + 1) & (s->cap - 1);
	return h;
}

const char *str_set_add(struct str_set *s, const char *str)
{
	if (2 * (s->n + 1) > s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 256;
		struct str_set g = { xcalloc(cap, sizeof(char *)), s->n, cap, s->a };
		for (size_t i = 0; i < s->cap; i++)
			if (s->v[i])
				g.v[str_slot(&g, s->v[i], strlen(s->v[i]))] = s->v[i];
		free(s->v);
		*s = g;
	}
	size_t h = str_slot(s, str, strlen(str));
	if (!s->v[h]) {
		s->v[h] = arena_strdup(s->a, str);
		s->n++;
	}
	return s->v[h];
}

void str_set_release(struct str_set *s)
{
	free(s->v);
	memset(s, 0, sizeof(*s));
}
