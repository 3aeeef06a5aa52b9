/*
 * compdb.h - the compile commands of a build, found the way clangd finds them and made
 * usable for a libclang parse: compile_commands.json (read with jansson) or
 * compile_flags.txt, gcc/clang-style and cl.exe/clang-cl-style commands, response files.
 */
#ifndef DPCCHECK_COMPDB_H
#define DPCCHECK_COMPDB_H

#include "util.h"

struct compdb_entry {
	char *file;	  /* the source, joined with its directory when relative */
	struct strv args; /* clang-style arguments that matter for parsing (no -c, -o, source):
			     filled by compdb_find */
	/* private: the command as written, its directory and "file", until translated */
	struct strv raw;
	char *dir, *name;
};

struct compdb {
	char *path;	 /* the compile_commands.json or compile_flags.txt read */
	bool flags_only; /* compile_flags.txt: entries[0] (file NULL) applies to every file */
	int n;
	struct compdb_entry *entries;
	int nbad; /* entries left out because they were malformed (each reported) */
};

/* Loads DIR/compile_commands.json (-p DIR); NULL (error reported) when it is missing or
 * not a JSON array. A malformed entry is reported and left out (nbad). */
struct compdb *compdb_load(const char *dir);
/* The entry for a file, matched by its real path; NULL when the file is not listed. For
 * a compile_flags.txt, its one entry. */
const struct compdb_entry *compdb_find(const struct compdb *db, const char *file);
/* Whether a database entry's file is a C or C++ unit (not .rc, .asm, .mc ...). */
bool compdb_is_source(const char *file);
void compdb_free(struct compdb *db);

/* Finds databases as clangd does: from the file's directory up to the root, the first of
 * DIR/compile_commands.json, DIR/build/compile_commands.json, DIR/compile_flags.txt.
 * Each directory is looked at once per run. */
struct compdb_finder;
struct compdb_finder *compdb_finder_new(void);
/* The database that covers `path` (a file, or a directory to start in), or NULL when
 * there is none; *bad is set when one was found but could not be read (reported once). */
const struct compdb *compdb_discover(struct compdb_finder *f, const char *path, bool *bad);
void compdb_finder_free(struct compdb_finder *f);

/* Turns a compiler command line (argv[0] the compiler) into clang-style parse arguments:
 * cl.exe/clang-cl options (/I /D /U /FI /std: /TC /TP ...) translated, @response files
 * expanded (relative to dir), relative include paths joined with dir, and -c, -o, the
 * source itself dropped. Exposed for the unit tests. */
void compdb_translate(const struct strv *raw, const char *dir, const char *file, const char *src,
		      struct strv *out);

/* The include folders of clang-style arguments, in Clang's search order: -iquote when
 * `quote` is set (a quoted include), then -I (joined or not), -isystem, -idirafter, each
 * kind in command-line order. */
void compdb_include_dirs(const struct strv *args, bool quote, struct strv *dirs);

#endif /* DPCCHECK_COMPDB_H */
