/*
 * lsp.h - the editor server (dpccheck --lsp): a Language Server over stdio that editors
 * run beside clangd. lsp.c speaks the protocol and keeps the open documents; lsp_json.c
 * turns findings into LSP diagnostics and code actions, with UTF-16 positions and
 * file:// URIs.
 */
#ifndef DPCCHECK_LSP_H
#define DPCCHECK_LSP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

struct finding;
struct ir_unit;

struct lsp_options {
	const char *compdb_dir;   /* -p DIR; NULL: each document's database, found like clangd */
	const char *wdk_root;     /* --wdk's Include/<version> folder, or NULL */
	const char *checks;       /* --checks, or NULL */
	const char *const *extra; /* arguments after -- */
	int nextra;
	int threads; /* -j N; 0: one per processor */
	const char *cache_dir; /* --cache-dir, or NULL for the default */
	bool no_cache;	       /* --no-cache */
	bool verbose;	       /* --verbose: each analysis's parse problems and cache use, on stderr */
};

/* Serves the protocol on stdin and stdout until "exit" or the end of the input.
 * Returns the process exit status: 0 after a shutdown request, 1 otherwise. */
int lsp_serve(const struct lsp_options *opt);

/* An open document: the editor's text replaces the file's contents on disk. */
struct lsp_doc {
	char *uri;
	char *path; /* absolute, decoded from the URI */
	char *real; /* the real path, or a copy of path when the file is not on disk */
	char *text;
	size_t len;
	json_int_t version;
};

struct lsp_docs {
	struct lsp_doc *v;
	int n, cap;
};

/* The file name of a file:// URI (percent-decoded); NULL for another scheme or a bad
 * escape. The caller frees it. */
char *lsp_uri_to_path(const char *uri);
/* The file:// URI of a path (made absolute against the working directory, "." and ".."
 * segments removed), with every byte outside RFC 3986's unreserved set and '/'
 * percent-encoded. */
char *lsp_path_to_uri(const char *path);
/* The real path of a file, or a copy of the name when it does not exist. */
char *lsp_real_path(const char *file);

/* The diagnostic of a finding (its file is an open document or on disk). */
json_t *lsp_diagnostic(const struct finding *f, const struct lsp_docs *docs);
/* The information that a unit parsed only partly (RULES.md: never silent on a broken
 * AST), at the top of its file, with its first errors as related information. */
json_t *lsp_parse_diagnostic(const struct ir_unit *u, const struct lsp_docs *docs);
/* Appends the quick fixes of a finding to ACTIONS: its fix-its as one edit, and the
 * NOLINT comment that suppresses it. DIAG is the finding's diagnostic (borrowed). */
void lsp_code_actions(const struct finding *f, json_t *diag, const struct lsp_docs *docs, json_t *actions);
/* Whether two LSP ranges share a line: a code action request for the cursor's position
 * offers the quick fixes of every diagnostic on its line. */
bool lsp_ranges_share_line(json_t *a, json_t *b);

#endif /* DPCCHECK_LSP_H */
