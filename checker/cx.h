/*
 * cx.h - the front end: parses one translation unit with libclang and lowers it into
 * the IR of ir.h. cx.c is the only file of dpccheck that includes <clang-c/Index.h>; it
 * is built into a module with libclang, loaded by cx_load.c on the first parse.
 */
#ifndef DPCCHECK_CX_H
#define DPCCHECK_CX_H

#include <stdbool.h>

struct ir_unit;
struct strbuf;

/* A file given by its contents instead of the disk: an editor's unsaved buffer, or a
 * generated header the build would have produced (a WPP .tmh). */
struct cx_unsaved {
	const char *filename;
	const char *contents;
	unsigned long length;
};

struct cx_options {
	const char *const *args; /* the full compiler argument list, without the file */
	int nargs;
	const char *const *system_dirs; /* headers below these are not the user's code */
	int nsystem_dirs;
	const struct cx_unsaved *unsaved;
	int nunsaved;
};

/* Parses FILE and lowers it. Returns NULL only when libclang could not build a
 * translation unit at all (the reason has been reported); otherwise a unit whose
 * diagnostics say how well the parse went. Thread-safe: each call has its own index. */
struct ir_unit *cx_parse(const char *file, const struct cx_options *opt);
void cx_free_unit(struct ir_unit *u);
/* The version of the libclang in use, e.g. "Debian clang version 19.1.7". */
const char *cx_version(void);
/* Appends what identifies the front end, its module and libclang (path, size, time),
 * without loading them: the cache keys on it (cx_load.c). */
void cx_identity(struct strbuf *sb);

#endif /* DPCCHECK_CX_H */
