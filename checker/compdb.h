/*
 * compdb.h - the compile commands of a build: compile_commands.json read with jansson,
 * each entry's file resolved and its arguments made usable for a libclang parse.
 */
#ifndef DPCCHECK_COMPDB_H
#define DPCCHECK_COMPDB_H

#include "util.h"

struct compdb_entry {
	char *file;	  /* the source, joined with its directory when relative */
	struct strv args; /* the arguments that matter for parsing (no -c, -o, source) */
};

struct compdb {
	int n;
	struct compdb_entry *entries;
};

/* Loads DIR/compile_commands.json; NULL (error reported) when missing or malformed. */
struct compdb *compdb_load(const char *dir);
/* The entry for a file, matched by its real path; NULL when the file is not listed. */
const struct compdb_entry *compdb_find(const struct compdb *db, const char *file);
void compdb_free(struct compdb *db);

#endif /* DPCCHECK_COMPDB_H */
