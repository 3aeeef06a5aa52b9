/*
 * config.h - .dpccheck, dpccheck's clang-tidy-like configuration file (YAML, libyaml):
 * found in a file's directory or its parents, merged with the parent directory's when it
 * says InheritParentConfig, and with the command line. docs/config.md is the user's view.
 *
 * This module knows YAML and globs, nothing of Windows: the IRQL facts it reads are kept
 * as text with their place in the file, for rules/irql.c to interpret.
 */
#ifndef DPCCHECK_CONFIG_H
#define DPCCHECK_CONFIG_H

#include "ir.h"

#include <stdbool.h>
#include <stdio.h>

struct diag;

/* IrqlFacts: Functions: - {Name: X, MinIrql: L, MaxIrql: L} */
struct config_fact {
	char *name;
	char *min, *max; /* the level names as written, or NULL */
	struct ir_loc at; /* the entry in its file */
};

/* Roles: - {Name: F, Role: HW_DPC_ROUTINE} */
struct config_role {
	char *name, *role; /* the function, the role's typedef */
	struct ir_loc at;
};

struct config {
	char *file; /* the file it was read from; NULL for the built-in default */
	char *checks; /* NULL when no file in the chain sets Checks */
	char *warnings_as_errors;
	char *header_filter;
	int nfacts, capfacts;
	struct config_fact *facts; /* nearer files first */
	int nroles, caproles;
	struct config_role *roles;
};

/* What the command line says. rules[] are the rule IDs (to validate globs); levels[]
 * the IRQL names IrqlFacts may use. */
struct config_options {
	const char *config_file; /* --config-file: replaces discovery */
	const char *checks;	 /* --checks, appended to the file's Checks */
	const char *warnings_as_errors;
	const char *header_filter;
	const char *const *rules;
	int nrules;
	const char *const *levels;
	int nlevels;
	const char *const *role_types; /* the role typedefs Roles may name */
	int nrole_types;
};

/* -1 (reported) if the command line's header filter is no valid regular expression. */
int config_init(const struct config_options *opt);
/* The configuration for a file (or a directory, if is_dir), from .dpccheck files and
 * --config-file only (the command line is merged by the functions below). NULL after
 * reporting a malformed file ("FILE:LINE:COL: error: ..."). Cached; never free it. */
const struct config *config_for(const char *path, bool is_dir);
/* Whether any .dpccheck (or --config-file) applies to one of these files. */
bool config_any(const char *const *files, int nfiles);
/* The effective --checks string for a file (config Checks, then the command line's), or
 * NULL for every rule. Returned string owned by the cache. */
const char *config_checks(const struct config *c);
/* Drops the findings the configuration of their file disables (Checks, and
 * HeaderFilterRegex for a file that is not one of main_files), and makes errors of the
 * warnings WarningsAsErrors lists. -1 if a configuration could not be read (reported). */
int config_filter(struct diag *d, const char *const *main_files, int nmain);
/* --dump-config: the effective configuration for a file or directory as YAML. */
int config_dump(const char *path, bool is_dir, FILE *out);
void config_free_all(void);

#endif /* DPCCHECK_CONFIG_H */
