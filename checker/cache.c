/*
 * cache.c - the per-unit IR cache: one file per unit and argument list, holding the
 * unit's IR (irser.c) and the size, modification time and content hash of every file
 * the unit read, so that an unchanged unit is read back instead of parsed.
 *
 * An entry's key is the dpccheck build (version, IR format, the size and time of the
 * binary, of the front-end module and of libclang), the working directory (relative
 * paths depend on it), the main file, the full argument list and the stand-ins given by
 * their contents (WPP headers). It is stored in the entry and compared in full; the
 * entry is named by the hash of the key without the build, so that a new build replaces
 * its predecessor's entries. An entry is valid while every input is unchanged: the same
 * size and modification time (the fast path), or, when the time differs, the same content
 * hash (a touched but unchanged file still hits). Like Git's index, an input whose
 * modification time is within RACY_NS of the moment the entry was written is always
 * compared by content: it may have changed again within the file system's timestamp
 * granularity. Entries are written to a temporary file and renamed into place, so a
 * concurrent run or thread never reads half an entry; a corrupt, truncated or
 * foreign entry fails its checksum or its bounds checks and is a miss, then rewritten.
 *
 * An editor's buffer (--lsp) is not in the key: it is an input like the file it stands
 * for, recorded with the buffer's contents and no modification time (MTIME_BUFFER), and
 * compared with the buffer while the editor holds one, else with the file.
 *
 * What is not cached: a unit with an include that was not found (a header appearing
 * later anywhere on the include path would change it, and no input records that), and
 * a unit whose input changed while it was parsed. A unit with parse errors is cached:
 * its diagnostics are part of its IR and a function of its inputs. docs/cache.md.
 */
#define _DEFAULT_SOURCE /* st_mtim, mkstemp, clock_gettime */
#include "cache.h"

#include "cx.h"
#include "ir.h"
#include "irser.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct cache {
	char *dir;
	char *cwd;
	char *build; /* what produced the IR: this dpccheck binary and its libclang */
};

static const char magic[8] = "DPCCIR\n";
enum { HEADER_SIZE = 8 + 8 + 8 }; /* magic, format, checksum of the rest */
#define RACY_NS (2 * 1000000000LL)
/* The modification time recorded for an input read from an editor's buffer: no file's,
 * so such an input is always compared by content. */
#define MTIME_BUFFER INT64_MIN

/* ---- opening ------------------------------------------------------------------------- */

static int64_t mtime_ns(const struct stat *st)
{
	return (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}


/* mkdir -p: 0 when dir exists (or was made) and is writable. */
static int make_dir(const char *dir)
{
	char *p = xstrdup(dir);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int r = mkdir(p, 0777) && errno != EEXIST ? -1 : access(p, W_OK | X_OK);
	free(p);
	return r;
}

/* A file's path, size and modification time: "/usr/bin/dpccheck 123 456". */
static void file_identity(struct strbuf *sb, const char *path)
{
	struct stat st;
	if (stat(path, &st))
		sb_addf(sb, "%s ?\n", path);
	else
		sb_addf(sb, "%s %lld %lld\n", path, (long long)st.st_size, (long long)mtime_ns(&st));
}

/* The version is not enough: a rebuilt dpccheck (a changed cx.c) lowers differently
 * under the same version number, so the binary itself is part of the key. */
static char *build_identity(void)
{
	struct strbuf sb = { 0 };
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	exe[n > 0 ? n : 0] = '\0';
	sb_addf(&sb, "dpccheck %s format %d\n", DPCCHECK_VERSION, IRSER_FORMAT);
	file_identity(&sb, exe);
	cx_identity(&sb);
	return sb.buf;
}

struct cache *cache_open(const char *dir)
{
	char *d = NULL;
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	if (dir)
		d = xstrdup(dir);
	else if (xdg && xdg[0] == '/')
		d = xstrfmt("%s/dpccheck", xdg);
	else if (home && home[0] == '/')
		d = xstrfmt("%s/.cache/dpccheck", home);
	if (!d)
		return NULL;
	if (make_dir(d) < 0) {
		if (dir)
			warning("cannot use cache directory '%s': %s; running without a cache", dir,
			        strerror(errno));
		free(d);
		return NULL;
	}
	char cwd[PATH_MAX];
	struct cache *c = xcalloc(1, sizeof(*c));
	c->dir = d;
	c->cwd = xstrdup(getcwd(cwd, sizeof(cwd)) ? cwd : "?");
	c->build = build_identity();
	return c;
}

void cache_close(struct cache *c)
{
	if (!c)
		return;
	free(c->dir);
	free(c->cwd);
	free(c->build);
	free(c);
}

/* ---- entries --------------------------------------------------------------------------- */

/* One input of an entry. */
struct dep {
	char *path;
	uint64_t size, hash;
	int64_t mtime;
};

struct entry {
	char *key;
	int64_t stamp; /* when it was written */
	int ndeps;
	struct dep *deps;
	const unsigned char *ir;
	size_t irlen;
};

static void entry_release(struct entry *e)
{
	for (int i = 0; i < e->ndeps; i++)
		free(e->deps[i].path);
	free(e->deps);
	free(e->key);
	memset(e, 0, sizeof(*e));
}

/* The key: the build, then what names the entry (the rest). A new build of dpccheck
 * replaces the entries of the old one instead of adding to them. */
static char *make_key(const struct cache *c, const char *file, const struct cx_options *opt)
{
	struct strbuf sb = { 0 };
	sb_addf(&sb, "%scwd %s\nfile %s\n", c->build, c->cwd, file);
	/* the include paths Clang takes from the environment */
	static const char *const env[] = { "CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH" };
	for (size_t i = 0; i < ARRAY_SIZE(env); i++)
		if (getenv(env[i]))
			sb_addf(&sb, "env %s=%s\n", env[i], getenv(env[i]));
	for (int i = 0; i < opt->nsystem_dirs; i++)
		sb_addf(&sb, "system %s\n", opt->system_dirs[i]);
	for (int i = 0; i < opt->nargs; i++)
		sb_addf(&sb, "arg %s\n", opt->args[i]);
	/* stand-ins (WPP headers): their contents here, their absence on disk in the plan;
	 * the editor's buffers are inputs like the files they stand for (check_deps) */
	for (int i = opt->nbuffers; i < opt->nunsaved; i++) {
		const struct cx_unsaved *f = &opt->unsaved[i];
		sb_addf(&sb, "unsaved %s %lu %016llx\n", f->filename, f->length,
			(unsigned long long)hash_bytes(HASH_INIT, f->contents, f->length));
	}
	return sb.buf;
}

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The content hash of a file and its size; -1 when it cannot be read. */
static int hash_file(const char *path, uint64_t *hash, uint64_t *size)
{
	size_t n;
	char *text = read_file(path, &n);
	if (!text)
		return -1;
	*hash = hash_bytes(HASH_INIT, text, n);
	*size = n;
	free(text);
	return 0;
}

static void put64(struct strbuf *sb, uint64_t v)
{
	unsigned char b[8];
	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> (8 * i));
	sb_add(sb, (const char *)b, 8);
}

static void put_bytes(struct strbuf *sb, const char *s, size_t n)
{
	put64(sb, n);
	sb_add(sb, s, n);
}

/* A bounds-checked cursor over an entry's bytes. */
struct cursor {
	const unsigned char *p, *end;
	bool bad;
};

static uint64_t get64(struct cursor *c)
{
	if (c->bad || c->end - c->p < 8) {
		c->bad = true;
		return 0;
	}
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v |= (uint64_t)c->p[i] << (8 * i);
	c->p += 8;
	return v;
}

static char *get_string(struct cursor *c)
{
	uint64_t n = get64(c);
	if (c->bad || n > (uint64_t)(c->end - c->p)) {
		c->bad = true;
		return NULL;
	}
	char *s = xmalloc(n + 1);
	memcpy(s, c->p, n);
	s[n] = '\0';
	c->p += n;
	return s;
}

/* Decodes an entry; -1 when it is not one of this format or fails its checksum. The
 * entry's ir points into buf. */
static int entry_decode(const unsigned char *buf, size_t n, struct entry *e)
{
	memset(e, 0, sizeof(*e));
	struct cursor c = { buf, buf + n, false };
	if (n < HEADER_SIZE || memcmp(buf, magic, sizeof(magic)))
		return -1;
	c.p += sizeof(magic);
	uint64_t format = get64(&c), sum = get64(&c);
	if (format != IRSER_FORMAT || sum != hash_bytes(HASH_INIT, c.p, (size_t)(c.end - c.p)))
		return -1;
	e->key = get_string(&c);
	e->stamp = (int64_t)get64(&c);
	uint64_t ndeps = get64(&c);
	if (c.bad || ndeps > (uint64_t)(c.end - c.p) / 32) {
		entry_release(e);
		return -1;
	}
	e->deps = xcalloc(ndeps + 1, sizeof(*e->deps));
	for (uint64_t i = 0; i < ndeps && !c.bad; i++, e->ndeps++) {
		struct dep *d = &e->deps[i];
		d->path = get_string(&c);
		d->size = get64(&c);
		d->mtime = (int64_t)get64(&c);
		d->hash = get64(&c);
	}
	if (c.bad) {
		entry_release(e);
		return -1;
	}
	e->ir = c.p;
	e->irlen = (size_t)(c.end - c.p);
	return 0;
}

/* Writes an entry to path through a temporary file renamed into place. */
static int entry_write(const struct cache *c, const char *path, const struct entry *e, char **why)
{
	struct strbuf sb = { 0 };
	sb_add(&sb, magic, sizeof(magic));
	put64(&sb, IRSER_FORMAT);
	put64(&sb, 0); /* the checksum, below */
	put_bytes(&sb, e->key, strlen(e->key));
	put64(&sb, (uint64_t)e->stamp);
	put64(&sb, (uint64_t)e->ndeps);
	for (int i = 0; i < e->ndeps; i++) {
		put_bytes(&sb, e->deps[i].path, strlen(e->deps[i].path));
		put64(&sb, e->deps[i].size);
		put64(&sb, (uint64_t)e->deps[i].mtime);
		put64(&sb, e->deps[i].hash);
	}
	sb_add(&sb, (const char *)e->ir, e->irlen);
	uint64_t sum = hash_bytes(HASH_INIT, sb.buf + HEADER_SIZE, sb.len - HEADER_SIZE);
	for (int i = 0; i < 8; i++)
		sb.buf[16 + i] = (char)(unsigned char)(sum >> (8 * i));
	char *tmp = xstrfmt("%s/.tmp-XXXXXX", c->dir);
	int fd = mkstemp(tmp), ret = -1;
	if (fd >= 0) {
		size_t done = 0;
		ssize_t w = 0;
		while (done < sb.len && (w = write(fd, sb.buf + done, sb.len - done)) > 0)
			done += (size_t)w;
		if (close(fd) == 0 && done == sb.len && rename(tmp, path) == 0)
			ret = 0;
	}
	if (ret < 0) {
		char msg[128];
		if (strerror_r(errno, msg, sizeof(msg)))
			snprintf(msg, sizeof(msg), "error %d", errno);
		*why = xstrfmt("cannot write '%s': %s", path, msg);
		if (fd >= 0)
			unlink(tmp);
	}
	free(tmp);
	sb_release(&sb);
	return ret;
}

/* ---- looking up and storing ------------------------------------------------------------ */

enum verdict { V_MISS, V_CORRUPT, V_STALE, V_HIT };

/* The editor's buffer that stands for this file (by name or real path, as read_file
 * and the parse find it), or NULL. */
static const struct file_override *editor_buffer(const struct cx_options *opt, const char *path)
{
	return opt->nbuffers ? file_override_of(path) : NULL;
}

/* Checks every input of an entry against the file system, or against the editor's
 * buffer that stands for it. V_STALE with *why naming the first input that changed;
 * *touched when an input's time changed but not its content (its new time is then
 * recorded in the entry). */
static enum verdict check_deps(struct entry *e, const struct cx_options *opt, char **why, bool *touched)
{
	for (int i = 0; i < e->ndeps; i++) {
		struct dep *d = &e->deps[i];
		const struct file_override *b = editor_buffer(opt, d->path);
		if (b) { /* what the unit would read now is the buffer, whatever the disk holds */
			if (b->len != d->size || hash_bytes(HASH_INIT, b->text, b->len) != d->hash) {
				*why = xstrfmt("'%s' edited", d->path);
				return V_STALE;
			}
			continue;
		}
		struct stat st;
		if (stat(d->path, &st)) {
			*why = xstrfmt("'%s' removed", d->path);
			return V_STALE;
		}
		if ((uint64_t)st.st_size != d->size) {
			*why = xstrfmt("'%s' changed", d->path);
			return V_STALE;
		}
		int64_t m = mtime_ns(&st);
		if (m == d->mtime && m < e->stamp - RACY_NS)
			continue; /* never for an input read from an editor's buffer (MTIME_BUFFER) */
		uint64_t h, size;
		if (hash_file(d->path, &h, &size) || h != d->hash || size != d->size) {
			*why = xstrfmt("'%s' changed", d->path);
			return V_STALE;
		}
		if (m != d->mtime) {
			d->mtime = m;
			*touched = true;
		}
	}
	return V_HIT;
}

static struct ir_unit *lookup(const struct cache *c, const char *key, const char *path,
			      const struct cx_options *opt, bool summary, enum verdict *v, char **why)
{
	size_t n;
	unsigned char *buf = (unsigned char *)read_file(path, &n);
	*v = V_MISS;
	if (!buf)
		return NULL;
	struct entry e;
	struct ir_unit *u = NULL;
	bool touched = false;
	*v = V_CORRUPT;
	if (entry_decode(buf, n, &e) < 0) {
		free(buf);
		return NULL;
	}
	if (strcmp(e.key, key)) {
		*v = V_MISS;
		if (strncmp(e.key, c->build, strlen(c->build)))
			*why = xstrdup("made by another dpccheck build");
	} else if ((*v = check_deps(&e, opt, why, &touched)) == V_HIT &&
		   !(u = summary ? irser_read_summary(e.ir, e.irlen) : irser_read(e.ir, e.irlen)))
		*v = V_CORRUPT;
	if (u && touched) {
		char *ignored = NULL;
		e.stamp = now_ns();
		entry_write(c, path, &e, &ignored);
		free(ignored);
	}
	entry_release(&e);
	free(buf);
	return u;
}

static bool is_standin(const struct cx_options *opt, const char *path)
{
	for (int i = opt->nbuffers; i < opt->nunsaved; i++)
		if (!strcmp(opt->unsaved[i].filename, path))
			return true;
	return false;
}

/* Stores a freshly parsed unit; -1 with *why when it is not stored. The inputs are the
 * files it read: a stand-in given by its contents is in the key instead; an editor's
 * buffer is an input with the buffer's contents, which a later run compares with the
 * file on disk (saved by then, or not). */
static int store(const struct cache *c, const char *key, const char *path, const struct cx_options *opt,
		 const struct ir_unit *u, char **why)
{
	if (u->nmissing_includes) {
		*why = xstrdup("an include was not found");
		return -1;
	}
	struct entry e = { 0 };
	e.key = xstrdup(key);
	e.stamp = now_ns(); /* before the stats: an input changed after them is racy */
	e.deps = xcalloc((size_t)u->ninputs + 1, sizeof(*e.deps));
	int ret = 0;
	for (int i = 0; i < u->ninputs && !ret; i++) {
		const struct ir_input *in = &u->inputs[i];
		if (is_standin(opt, in->path))
			continue;
		struct dep *d = &e.deps[e.ndeps++];
		struct stat st;
		d->path = xstrdup(in->path);
		d->size = in->size;
		d->hash = in->hash;
		if (editor_buffer(opt, in->path)) {
			d->mtime = MTIME_BUFFER; /* parsed from the buffer: nothing to check */
			continue;
		}
		uint64_t h, size;
		/* what is on disk now must be what was parsed */
		if (stat(in->path, &st) || hash_file(in->path, &h, &size) || h != in->hash ||
		    size != in->size) {
			*why = xstrfmt("'%s' changed during the parse", in->path);
			ret = -1;
		} else {
			d->mtime = mtime_ns(&st);
		}
	}
	if (!ret) {
		struct strbuf ir = { 0 };
		irser_write(u, &ir);
		e.ir = (const unsigned char *)ir.buf;
		e.irlen = ir.len;
		ret = entry_write(c, path, &e, why);
		sb_release(&ir);
	}
	entry_release(&e);
	return ret;
}

static const char *verdict_str[] = { "miss", "miss", "stale", "hit" };

struct ir_unit *unit_get(const char *file, const struct cx_options *opt, struct cache *cache, int flags,
			 char **note)
{
	if (note)
		*note = NULL;
	if (!cache)
		return cx_parse(file, opt);
	char *key = make_key(cache, file, opt);
	const char *name = key + strlen(cache->build);
	char *path = xstrfmt("%s/%016llx.ir", cache->dir,
	                     (unsigned long long)hash_bytes(HASH_INIT, name, strlen(name)));
	char *why = NULL, *not_stored = NULL;
	enum verdict v;
	struct ir_unit *u = lookup(cache, key, path, opt, flags & UNIT_SUMMARY, &v, &why);
	if (!u && !(flags & UNIT_CACHED_ONLY)) {
		u = cx_parse(file, opt);
		if (u)
			store(cache, key, path, opt, u, &not_stored);
	}
	if (note) {
		struct strbuf sb = { 0 };
		sb_addf(&sb, "dpccheck: cache: %s '%s'", verdict_str[v], file);
		if (why || v == V_CORRUPT)
			sb_addf(&sb, " (%s)", why ? why : "unreadable entry");
		if (not_stored)
			sb_addf(&sb, " (not stored: %s)", not_stored);
		sb_adds(&sb, "\n");
		*note = sb.buf;
	}
	free(why);
	free(not_stored);
	free(path);
	free(key);
	return u;
}

/* ---- the whole program's findings ------------------------------------------------------ */

char *cache_unit_key(const struct cache *c, const char *file, const struct cx_options *opt)
{
	char *key = make_key(c, file, opt);
	/* without the build: the caller's key gets it once, from cache_blob_* */
	char *r = xstrdup(key + strlen(c->build));
	free(key);
	return r;
}

static char *blob_path(const struct cache *c, const char *name)
{
	return xstrfmt("%s/%016llx.findings", c->dir, (unsigned long long)hash_bytes(HASH_INIT, name, strlen(name)));
}

/* A blob is an entry with no inputs (its key says all it depends on) whose payload is
 * the blob: written and checked as the units' entries are. */
void *cache_blob_get(const struct cache *c, const char *name, const char *key, size_t *n)
{
	char *path = blob_path(c, name);
	size_t len;
	unsigned char *buf = (unsigned char *)read_file(path, &len);
	free(path);
	if (!buf)
		return NULL;
	struct entry e;
	void *r = NULL;
	if (entry_decode(buf, len, &e) == 0) {
		size_t nb = strlen(c->build);
		if (!e.ndeps && !strncmp(e.key, c->build, nb) && !strcmp(e.key + nb, key)) {
			r = xmalloc(e.irlen + 1);
			memcpy(r, e.ir, e.irlen);
			*n = e.irlen;
		}
		entry_release(&e);
	}
	free(buf);
	return r;
}

void cache_blob_put(const struct cache *c, const char *name, const char *key, const void *data, size_t n)
{
	char *path = blob_path(c, name);
	struct entry e = { 0 };
	e.key = xstrfmt("%s%s", c->build, key);
	e.stamp = now_ns();
	e.ir = data;
	e.irlen = n;
	char *why = NULL;
	entry_write(c, path, &e, &why); /* not stored: the next run computes them again */
	free(why);
	free(e.key);
	free(path);
}
