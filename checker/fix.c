/*
 * fix.c - --fix and --export-fixes (docs/fixes.md).
 *
 * Fix-its are insertions at byte offsets, computed from the text diag.c's cache read.
 * Applying them: group by file (its real path, so a header named two ways by two units
 * is one file), sort by offset, apply a duplicate once and drop one that collides with
 * an earlier fix-it at the same place, then write the new content to a temporary file
 * in the same directory with the old file's mode and rename it over the old one: a
 * reader sees the old file or the new one, never half of it. A file whose content is no
 * longer what was parsed is left alone with an error: its offsets would be wrong.
 *
 * Test hook: when DPCCHECK_TEST_BEFORE_FIX is set, it is run as a shell command just
 * before the files are checked and written, so a test can change a file "between parse
 * and write".
 */
#define _DEFAULT_SOURCE /* realpath, mkstemp, fchmod */
#include "fix.h"

#include "diag.h"
#include "util.h"
#include "yamlout.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- snapshots ------------------------------------------------------------------------ */

struct snapshot {
	char *path; /* real path */
	size_t size;
	uint64_t hash;
};

static struct snapshot *snaps;
static int nsnaps, capsnaps;

static char *real_path(const char *file)
{
	char buf[PATH_MAX];
	return xstrdup(realpath(file, buf) ? buf : file);
}

static struct snapshot *find_snapshot(const char *path)
{
	for (int i = 0; i < nsnaps; i++)
		if (!strcmp(snaps[i].path, path))
			return &snaps[i];
	return NULL;
}

void fix_snapshot(const char *file)
{
	char *path = real_path(file);
	size_t len;
	char *text = find_snapshot(path) ? NULL : read_file(file, &len);
	if (!text) {
		free(path);
		return;
	}
	VEC_PUSH(snaps, nsnaps, capsnaps);
	snaps[nsnaps++] = (struct snapshot){ path, len, hash_bytes(HASH_INIT, text, len) };
	free(text);
}

void fix_free(void)
{
	for (int i = 0; i < nsnaps; i++)
		free(snaps[i].path);
	free(snaps);
	snaps = NULL;
	nsnaps = capsnaps = 0;
}

/* ---- collecting ----------------------------------------------------------------------- */

struct edit {
	char *path; /* real path of the file */
	const struct diag_fixit *x;
	const struct finding *f;
	int order; /* in the findings' order, for a stable sort */
};

static int cmp_edits(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	int c = strcmp(x->path, y->path);
	if (c)
		return c;
	if (x->x->offset != y->x->offset)
		return x->x->offset < y->x->offset ? -1 : 1;
	return x->order - y->order;
}

static struct edit *collect(const struct diag *d, int *n)
{
	struct edit *v = NULL;
	int cap = 0;
	*n = 0;
	for (int i = 0; i < d->n; i++)
		for (int j = 0; j < d->v[i]->nfixits; j++) {
			VEC_PUSH(v, *n, cap);
			const struct diag_fixit *x = &d->v[i]->fixits[j];
			v[*n] = (struct edit){ real_path(x->file), x, d->v[i], *n };
			(*n)++;
		}
	if (*n)
		qsort(v, (size_t)*n, sizeof(*v), cmp_edits);
	return v;
}

/* ---- applying ------------------------------------------------------------------------- */

static int write_atomically(const char *path, const char *text, size_t len)
{
	struct stat st;
	if (stat(path, &st))
		return error("cannot fix '%s': %s", path, strerror(errno));
	if (access(path, W_OK)) /* rename would replace a read-only file: respect its mode */
		return error("cannot fix '%s': %s", path, strerror(errno));
	const char *slash = strrchr(path, '/');
	char *tmp = slash ? xstrfmt("%.*s/.%s.dpccheck-XXXXXX", (int)(slash - path), path, slash + 1)
			  : xstrfmt(".%s.dpccheck-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		int r = error("cannot fix '%s': cannot create a temporary file beside it: %s", path,
			      strerror(errno));
		free(tmp);
		return r;
	}
	size_t done = 0;
	bool ok = true;
	while (ok && done < len) {
		ssize_t w = write(fd, text + done, len - done);
		if (w < 0 && errno == EINTR)
			continue;
		ok = w > 0;
		if (ok)
			done += (size_t)w;
	}
	if (ok && fchown(fd, st.st_uid, st.st_gid)) {
		/* only root may give a file away; the group may not be ours either: keep what
		 * the temporary file got */
	}
	ok = ok && !fchmod(fd, st.st_mode & 07777) && !fsync(fd);
	ok = !close(fd) && ok;
	ok = ok && !rename(tmp, path);
	int r = 0;
	if (!ok) {
		r = error("cannot fix '%s': %s", path, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return r;
}

/* Whether the file still holds what was parsed and what the fix-its were computed from. */
static bool unchanged(const char *path, const char *fix_file, const char *now, size_t now_len)
{
	size_t seen_len;
	const char *seen = diag_source_text(fix_file, &seen_len);
	if (!seen || seen_len != now_len || memcmp(seen, now, now_len))
		return false;
	const struct snapshot *s = find_snapshot(path);
	return !s || (s->size == now_len && s->hash == hash_bytes(HASH_INIT, now, now_len));
}

/* Applies v[0..n), the edits of one file. Returns -1 when the file was not written. */
static int apply_file(struct edit *v, int n, int *napplied)
{
	const char *path = v[0].path;
	size_t len;
	char *old = read_file(path, &len);
	if (!old)
		return error("cannot fix '%s': %s", path, strerror(errno));
	if (!unchanged(path, v[0].x->file, old, len)) {
		free(old);
		return error("'%s' changed since it was parsed: its fixes were not applied "
			     "(run dpccheck again)",
			     v[0].x->file);
	}
	struct strbuf sb = { 0 };
	size_t at = 0;
	int applied = 0;
	for (int i = 0; i < n; i++) {
		const struct diag_fixit *x = v[i].x;
		if (x->offset > len) {
			warning("%s:%u:%u: fix-it past the end of the file; not applied", x->file, x->line,
				x->col);
			continue;
		}
		if (i && v[i - 1].x->offset == x->offset) {
			if (strcmp(v[i - 1].x->text, x->text))
				fprintf(stderr,
					"dpccheck: note: %s:%u:%u: fix-it of [%s] overlaps the fix-it of "
					"[%s] there; not applied\n",
					x->file, x->line, x->col, v[i].f->rule ? v[i].f->rule : "dpccheck",
					v[i - 1].f->rule ? v[i - 1].f->rule : "dpccheck");
			v[i].x = v[i - 1].x; /* what a third one at this offset compares with */
			continue;
		}
		sb_add(&sb, old + at, x->offset - at);
		sb_adds(&sb, x->text);
		at = x->offset;
		applied++;
	}
	sb_add(&sb, old + at, len - at);
	int r = 0;
	if (applied)
		r = write_atomically(path, sb.buf ? sb.buf : "", sb.len);
	if (!r)
		*napplied += applied;
	free(old);
	sb_release(&sb);
	return r ? r : applied ? 1 : 0;
}

int fix_apply(const struct diag *d)
{
	const char *hook = getenv("DPCCHECK_TEST_BEFORE_FIX");
	if (hook && *hook && system(hook) != 0)
		warning("DPCCHECK_TEST_BEFORE_FIX failed");
	int n;
	struct edit *v = collect(d, &n);
	int ret = 0, nfixes = 0, nfiles = 0;
	for (int i = 0; i < n;) {
		int j = i + 1;
		while (j < n && !strcmp(v[j].path, v[i].path))
			j++;
		int r = apply_file(v + i, j - i, &nfixes);
		if (r < 0)
			ret = -1;
		nfiles += r > 0;
		i = j;
	}
	if (nfixes)
		fprintf(stderr, "dpccheck: applied %d fix%s in %d file%s\n", nfixes, nfixes == 1 ? "" : "es",
			nfiles, nfiles == 1 ? "" : "s");
	for (int i = 0; i < n; i++)
		free(v[i].path);
	free(v);
	return ret;
}

/* ---- exporting ------------------------------------------------------------------------ */

static void export_finding(struct yamlout *e, const struct finding *f)
{
	yo_map_begin(e);
	yo_scalar(e, "DiagnosticName", YAML_PLAIN_SCALAR_STYLE);
	yo_scalar(e, f->rule ? f->rule : "dpccheck", YAML_ANY_SCALAR_STYLE);
	yo_scalar(e, "DiagnosticMessage", YAML_PLAIN_SCALAR_STYLE);
	yo_map_begin(e);
	yo_key_str(e, "Message", f->msg);
	char *path = real_path(f->loc.file ? f->loc.file : "");
	yo_key_str(e, "FilePath", path);
	free(path);
	yo_key_uint(e, "FileOffset", f->loc.offset);
	yo_scalar(e, "Replacements", YAML_PLAIN_SCALAR_STYLE);
	yo_seq_begin(e);
	for (int i = 0; i < f->nfixits; i++) {
		const struct diag_fixit *x = &f->fixits[i];
		yo_map_begin(e);
		path = real_path(x->file);
		yo_key_str(e, "FilePath", path);
		free(path);
		yo_key_uint(e, "Offset", x->offset);
		yo_key_uint(e, "Length", 0);
		yo_scalar(e, "ReplacementText", YAML_PLAIN_SCALAR_STYLE);
		yo_scalar(e, x->text, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
		yo_map_end(e);
	}
	yo_seq_end(e);
	yo_map_end(e);
	yo_scalar(e, "Level", YAML_PLAIN_SCALAR_STYLE);
	yo_scalar(e, f->severity == DIAG_ERROR ? "Error" : "Warning", YAML_ANY_SCALAR_STYLE);
	yo_map_end(e);
}

int fix_export(const struct diag *d, const char *main_file, const char *path)
{
	FILE *out = fopen(path, "wb");
	if (!out)
		return error("cannot write '%s': %s", path, strerror(errno));
	struct yamlout e;
	yo_begin(&e, out);
	yo_map_begin(&e);
	char *main_path = real_path(main_file ? main_file : "");
	yo_key_str(&e, "MainSourceFile", main_file ? main_path : "");
	free(main_path);
	yo_scalar(&e, "Diagnostics", YAML_PLAIN_SCALAR_STYLE);
	yo_seq_begin(&e);
	for (int i = 0; i < d->n; i++)
		export_finding(&e, d->v[i]);
	yo_seq_end(&e);
	yo_map_end(&e);
	bool ok = yo_end(&e) && !ferror(out);
	ok = !fclose(out) && ok;
	return ok ? 0 : error("cannot write '%s'", path);
}
