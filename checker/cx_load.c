/*
 * cx_load.c - loads the front end on first use. cx.c and libclang are built as a module,
 * dpccheck-cx.so, that the first cx_parse() or cx_version() opens: a run whose units
 * all come from the cache never loads libclang, whose loading alone (libLLVM's
 * relocations and static constructors, about 0.1 s) costs more than the rest of a warm
 * run (docs/cache.md).
 *
 * Each function of cx.h that needs libclang is forwarded here; a new one needs a line
 * in CX_FORWARD and a wrapper below (the link fails until it has them).
 */
#define _DEFAULT_SOURCE /* readlink */
#include "cx.h"

#include "arena.h"
#include "ir.h"
#include "util.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CX_FORWARD(X) X(cx_parse) X(cx_version)

/* Written once, under pthread_once, before any reader. */
static struct {
#define X(name) __typeof__(name) *name;
	CX_FORWARD(X)
#undef X
} fn;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

/* The module: beside the binary (the build tree), in ../lib/dpccheck (an installation),
 * or where this build put it (a copied binary). */
static void module_path(char *path, size_t size)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	exe[n > 0 ? n : 0] = '\0';
	char *slash = strrchr(exe, '/');
	if (slash) {
		*slash = '\0';
		snprintf(path, size, "%s/%s", exe, DPCCHECK_CX_MODULE_NAME);
		if (!access(path, R_OK))
			return;
		snprintf(path, size, "%s/../lib/dpccheck/%s", exe, DPCCHECK_CX_MODULE_NAME);
		if (!access(path, R_OK))
			return;
	}
	snprintf(path, size, "%s", DPCCHECK_CX_MODULE);
}

static void load(void)
{
	char path[PATH_MAX + 64];
	module_path(path, sizeof(path));
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h)
		die("cannot load the front end '%s': %s", path, dlerror());
	void *p;
#define X(name)                                                                        \
	if (!(p = dlsym(h, #name)))                                                    \
		die("cannot load the front end '%s': no '%s'", path, #name);          \
	memcpy(&fn.name, &p, sizeof(p));
	CX_FORWARD(X)
#undef X
}

struct ir_unit *cx_parse(const char *file, const struct cx_options *opt)
{
	pthread_once(&loaded, load);
	return fn.cx_parse(file, opt);
}

const char *cx_version(void)
{
	pthread_once(&loaded, load);
	return fn.cx_version();
}

/* A unit is its arena, whoever made it: freeing one read from the cache loads nothing. */
void cx_free_unit(struct ir_unit *u)
{
	if (u)
		arena_free(u->arena);
}

static void file_identity(struct strbuf *sb, const char *path)
{
	struct stat st;
	if (stat(path, &st))
		sb_addf(sb, "%s ?\n", path);
	else
		sb_addf(sb, "%s %lld %lld.%09ld\n", path, (long long)st.st_size, (long long)st.st_mtim.tv_sec,
			(long)st.st_mtim.tv_nsec);
}

void cx_identity(struct strbuf *sb)
{
	char path[PATH_MAX + 64];
	module_path(path, sizeof(path));
	file_identity(sb, path);
	file_identity(sb, DPCCHECK_LIBCLANG);
}
