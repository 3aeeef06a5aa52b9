/*
 * cx.h - the front end: parses one translation unit with libclang and lowers it into
 * the IR of ir.h. cx.c is the only file of dpccheck that includes <clang-c/Index.h>; it
 * is built into a module with libclang, loaded by cx_load.c on the first parse.
 */
#ifndef DPCCHECK_CX_H
#define DPCCHECK_CX_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

struct arena;
struct ir_function;
struct ir_input;
struct ir_typedef;
struct ir_unit;
struct strbuf;

/* A file given by its contents instead of the disk: an editor's unsaved buffer, or a
 * generated header the build would have produced (a WPP .tmh). */
struct cx_unsaved {
	const char *filename;
	const char *contents;
	unsigned long length;
};

/* The #include lines several units begin with alike (preamble.h), parsed once into a
 * precompiled header that each of their parses loads instead of parsing those headers
 * again. run.c groups the units (same folder, language, arguments and files given by
 * contents) and names the file; the first parse of the group builds it, when at least
 * CX_PREAMBLE_MIN_UNITS units are still to parse (building and saving it costs about
 * two parses of the headers); another that starts while it is being built parses whole. When it cannot be built (an error in
 * those headers), every unit of the group is parsed whole, as without it.
 *
 * A unit parsed with the precompiled header visits its own declarations only (the
 * index excludes the header's: deserializing them all would cost as much as parsing
 * them). What the headers declare and define is lowered once, when the header is built,
 * into fns and tds; each unit begins its lowering with them, as it would have lowered
 * them first itself. */
#define CX_PREAMBLE_MIN_UNITS 3

enum cx_preamble_state { CX_PREAMBLE_NEW, CX_PREAMBLE_BUILDING, CX_PREAMBLE_READY, CX_PREAMBLE_FAILED };

struct cx_preamble {
	const char *text;   /* the #include lines, each ending in '\n' */
	const char *header; /* a file that does not exist, in the units' folder: the lines' includer */
	const char *pch;    /* where the precompiled header is written */
	bool cplusplus;
	int nunsaved; /* the units' first nunsaved unsaved files are the same: editor buffers
		       * (the others, WPP stand-ins, are each unit's own; the header is built
		       * without them, and fails if it needs one) */
	pthread_mutex_t lock;
	enum cx_preamble_state state;
	int unstarted; /* units of the group whose parse has not begun (run.c: all of them) */
	int used;      /* units parsed with the precompiled header (--verbose) */
	struct arena *arena; /* run.c's, alive as long as the units: the lowering below */
	struct ir_function *fns; /* set by the build */
	int nfns;
	struct ir_typedef *tds;
	int ntds;
	struct ir_input *inputs; /* the headers the lines read, in order */
	int ninputs;
};

struct cx_options {
	const char *const *args; /* the full compiler argument list, without the file */
	int nargs;
	const char *const *system_dirs; /* headers below these are not the user's code */
	int nsystem_dirs;
	const struct cx_unsaved *unsaved;
	int nunsaved;
	int nbuffers; /* the first nbuffers of unsaved are the editor's buffers, the rest
		       * stand-ins for generated headers (the cache tells them apart) */
	/* The preamble this unit shares, or NULL. Its parse then reads the main file from
	 * main_text: the file as it was read, main_size bytes whose hash_bytes() is
	 * main_hash, with the preamble's #include lines blanked (the same length). */
	struct cx_preamble *preamble;
	const char *main_text;
	size_t main_size;
	unsigned long long main_hash;
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
