/*
 * output.c - chooses the output format and writes the report where -o says: a file is
 * written to a temporary file in its own directory and renamed over the target, so a
 * CI step that uploads it never reads a half-written report.
 */
#define _DEFAULT_SOURCE /* mkstemp, fchmod */
#include "output.h"

#include "baseline.h"
#include "diag.h"
#include "report.h"
#include "util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const format_names[] = {
	[OUTPUT_TEXT] = "text",
	[OUTPUT_JSON] = "json",
	[OUTPUT_SARIF] = "sarif",
	[OUTPUT_GITHUB] = "github",
};

int output_format_parse(const char *name, enum output_format *fmt)
{
	for (size_t i = 0; i < ARRAY_SIZE(format_names); i++)
		if (!strcmp(name, format_names[i])) {
			*fmt = (enum output_format)i;
			return 0;
		}
	return error("unknown format '%s': use text, json, sarif or github", name);
}

int output_findings(const struct report *r, enum output_format fmt, FILE *out)
{
	switch (fmt) {
	case OUTPUT_JSON: return output_json(r, out);
	case OUTPUT_SARIF: return output_sarif(r, out);
	case OUTPUT_GITHUB: return output_github(r, out);
	case OUTPUT_TEXT: break;
	}
	return output_text(r->diag, out);
}

int output_open(struct output_dest *dst, const char *path)
{
	memset(dst, 0, sizeof(*dst));
	dst->path = path;
	if (!path || !strcmp(path, "-")) {
		dst->f = stdout;
		return 0;
	}
	const char *slash = strrchr(path, '/');
	if (slash)
		dst->tmp = xstrfmt("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
	else
		dst->tmp = xstrfmt(".%s.XXXXXX", path);
	int fd = mkstemp(dst->tmp);
	if (fd < 0) {
		int e = errno;
		free(dst->tmp);
		dst->tmp = NULL;
		return error("cannot write '%s': %s", path, strerror(e));
	}
	/* mkstemp creates the file 0600; a report is an ordinary file */
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) < 0 || !(dst->f = fdopen(fd, "w"))) {
		int e = errno;
		close(fd);
		unlink(dst->tmp);
		free(dst->tmp);
		dst->tmp = NULL;
		return error("cannot write '%s': %s", path, strerror(e));
	}
	return 0;
}

int output_close(struct output_dest *dst, bool ok)
{
	if (!dst->tmp)
		return fflush(stdout) || ferror(stdout) ? -1 : 0;
	int ret = 0;
	bool bad = ferror(dst->f);
	if (fclose(dst->f) || bad) {
		if (ok)
			ret = error("cannot write '%s': %s", dst->path, strerror(errno ? errno : EIO));
		ok = false;
	}
	if (ok && rename(dst->tmp, dst->path) < 0) {
		ret = error("cannot write '%s': %s", dst->path, strerror(errno));
		ok = false;
	}
	if (!ok)
		unlink(dst->tmp);
	free(dst->tmp);
	dst->tmp = NULL;
	return ret;
}

int output_report(struct diag *d, const struct output_options *oo, struct ir_unit *const *units, int nunits,
                  bool failed)
{
	struct report r;
	/* the machine-readable formats and the baselines match findings by fingerprint */
	bool fingerprints = oo->format == OUTPUT_JSON || oo->format == OUTPUT_SARIF || oo->baseline ||
			    oo->write_baseline;
	if (report_init(&r, d, oo->source_root, units, nunits, fingerprints) < 0)
		return -1;
	r.strict_parse = oo->strict_parse;
	r.failed = failed;
	int ret = 0;
	/* before the baseline filters them: a new baseline records every current finding */
	if (oo->write_baseline && baseline_write(&r, oo->write_baseline) < 0)
		ret = -1;
	if (oo->baseline) {
		int n = baseline_apply(oo->baseline, &r);
		if (oo->verbose)
			fprintf(stderr, "dpccheck: %d finding%s suppressed by baseline '%s'\n", n,
			        n == 1 ? "" : "s", oo->baseline_path);
	}
	struct output_dest dst;
	if (output_open(&dst, oo->path) < 0) {
		ret = -1;
	} else {
		int w = output_findings(&r, oo->format, dst.f);
		if (w < 0 && oo->path)
			error("cannot write '%s'", oo->path);
		if (output_close(&dst, w == 0) < 0 || w < 0)
			ret = -1;
	}
	report_free(&r);
	return ret;
}
