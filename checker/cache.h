/*
 * cache.h - the per-unit IR cache: a unit whose arguments and input files are unchanged
 * since the last run is read back from disk instead of parsed (docs/cache.md).
 */
#ifndef DPCCHECK_CACHE_H
#define DPCCHECK_CACHE_H

#include <stdbool.h>
#include <stddef.h>

struct cache;
struct cx_options;
struct ir_unit;

/* Opens the cache in dir, or with dir NULL in $XDG_CACHE_HOME/dpccheck, else in
 * $HOME/.cache/dpccheck, creating it. NULL when there is no usable directory: silently
 * for the default, with a warning for a dir the user named. */
struct cache *cache_open(const char *dir);
void cache_close(struct cache *c);

/* The unit of file parsed with opt: read from the cache when it holds an entry for the
 * same dpccheck, libclang, working directory, file and arguments whose every input file
 * is unchanged; otherwise parsed with cx_parse and stored. cache NULL: parse only.
 * NULL when the file could not be parsed at all (reported). When note is not NULL,
 * *note is set to the line --verbose prints for the unit ("dpccheck: cache: hit
 * 'io.c'\n", malloc'ed; NULL without a cache). Thread-safe: callers may run it for
 * several units at once. With UNIT_SUMMARY, a unit read from the cache is only its
 * summary (irser_read_summary); a parsed one is whole. With UNIT_CACHED_ONLY, a unit the
 * cache does not hold is not parsed: NULL (the note says why). */
enum { UNIT_SUMMARY = 1, UNIT_CACHED_ONLY = 2 };
struct ir_unit *unit_get(const char *file, const struct cx_options *opt, struct cache *cache, int flags,
			 char **note);

/* The whole program's findings are cached too (run.c), as blobs: data stored under a
 * name (which file) and a key compared in full, both given without the build, which the
 * cache adds. cache_unit_key is the key of one unit's entry (its file, arguments and
 * environment), for the caller's key. cache_blob_get returns the data (malloc'ed, *n
 * bytes) or NULL. */
char *cache_unit_key(const struct cache *c, const char *file, const struct cx_options *opt);
void *cache_blob_get(const struct cache *c, const char *name, const char *key, size_t *n);
void cache_blob_put(const struct cache *c, const char *name, const char *key, const void *data, size_t n);

#endif /* DPCCHECK_CACHE_H */
