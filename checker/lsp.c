/*
 * lsp.c - the editor server: JSON-RPC 2.0 over stdio with the Language Server
 * Protocol's Content-Length framing (jansson for every message), full-text document
 * sync, and an analysis of the whole driver after each edit that publishes the
 * diagnostics of every open document. Unsaved buffers stand in for the files on disk;
 * the IR cache serves the units that read none that was edited (cache.c).
 *
 * Simple first: one thread, and the analysis runs synchronously once no further
 * message is waiting (a burst of edits is analyzed once, after its last message).
 * Protocol: https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/
 */
#define _DEFAULT_SOURCE /* fdopen, strncasecmp */
#include "lsp.h"

#include "compdb.h"
#include "diag.h"
#include "ir.h"
#include "run.h"
#include "util.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* JSON-RPC and LSP error codes */
enum {
	RPC_PARSE_ERROR = -32700,
	RPC_INVALID_REQUEST = -32600,
	RPC_METHOD_NOT_FOUND = -32601,
	RPC_INVALID_PARAMS = -32602,
	LSP_SERVER_NOT_INITIALIZED = -32002,
};

/* The largest header block and message body accepted; more is a broken stream. */
enum { MAX_HEADER = 64 * 1024, MAX_BODY = 256 * 1024 * 1024 };

/* ---- framing --------------------------------------------------------------------------- */

struct reader {
	int fd;
	char *buf;
	size_t len, cap, pos;
};

/* Reads more input; false at the end of the input. */
static bool fill(struct reader *r)
{
	if (r->pos) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
	}
	if (r->cap - r->len < 65536) {
		r->cap = r->cap * 2 + 65536;
		r->buf = xrealloc(r->buf, r->cap);
	}
	for (;;) {
		ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		r->len += (size_t)n;
		return true;
	}
}

/* Whether another message is already waiting (buffered or readable). */
static bool pending(struct reader *r)
{
	for (size_t i = r->pos; i < r->len; i++)
		if (!strchr(" \t\r\n", r->buf[i]))
			return true;
	struct pollfd p = {.fd = r->fd, .events = POLLIN};
	return poll(&p, 1, 0) > 0;
}

/* The end of the header block at the read position: the offset of its empty line, and
 * the length of that separator; 0 when the block is not complete yet. */
static size_t header_end(const struct reader *r, size_t *seplen)
{
	for (size_t i = r->pos; i + 1 < r->len; i++) {
		if (r->buf[i] != '\n')
			continue;
		if (r->buf[i + 1] == '\n') {
			*seplen = 2;
			return i + 1;
		}
		if (r->buf[i + 1] == '\r' && i + 2 < r->len && r->buf[i + 2] == '\n') {
			*seplen = 3;
			return i + 1;
		}
	}
	return 0;
}

/* The Content-Length of a header block; -1 when it has none or a malformed one. Other
 * fields (Content-Type) are ignored. */
static long long content_length(const char *h, size_t n)
{
	long long len = -1;
	for (const char *p = h, *end = h + n; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		if ((size_t)(eol - p) > 15 && !strncasecmp(p, "Content-Length:", 15)) {
			const char *q = p + 15;
			while (q < eol && (*q == ' ' || *q == '\t'))
				q++;
			long long v = 0;
			const char *digits = q;
			while (q < eol && *q >= '0' && *q <= '9' && v <= MAX_BODY)
				v = v * 10 + (*q++ - '0');
			while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r'))
				q++;
			len = q == eol && q > digits && v <= MAX_BODY ? v : -2;
		}
		p = eol + 1;
	}
	return len < 0 ? -1 : len;
}

/* Reads one message. 1: *body (NUL-terminated, the caller frees it); 0: end of input;
 * -1: a header block without a usable Content-Length, which has been skipped. */
static int read_message(struct reader *r, char **body, size_t *n)
{
	size_t seplen = 0, end;
	while (!(end = header_end(r, &seplen))) {
		if (r->len - r->pos > MAX_HEADER) {
			r->pos = r->len;
			return -1;
		}
		if (!fill(r))
			return 0;
	}
	long long len = content_length(r->buf + r->pos, end - r->pos);
	r->pos = end + seplen - 1;
	if (len < 0)
		return -1;
	while (r->len - r->pos < (size_t)len)
		if (!fill(r))
			return 0;
	*n = (size_t)len;
	*body = xmalloc(*n + 1);
	memcpy(*body, r->buf + r->pos, *n);
	(*body)[*n] = '\0';
	r->pos += *n;
	return 1;
}

/* ---- the server ------------------------------------------------------------------------ */

struct server {
	const struct lsp_options *opt;
	struct reader in;
	FILE *out;
	bool initialized, shut_down, dirty;
	int exit_status; /* -1 until "exit" */
	struct lsp_docs docs;
	struct run_result *results; /* of the last analysis, one per driver */
	int nresults;
	char *failure; /* the drivers the last analysis could not fully analyze, or NULL */
};

static void lsp_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void lsp_log(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("dpccheck: lsp: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

/* Sends a message (and releases it). */
static void send_message(struct server *s, json_t *msg)
{
	json_t *full = json_pack("{s:s}", "jsonrpc", "2.0");
	json_object_update(full, msg);
	json_decref(msg);
	char *body = json_dumps(full, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(full);
	if (!body)
		die("cannot encode a message");
	fprintf(s->out, "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
	if (fflush(s->out) || ferror(s->out)) {
		/* the client is gone: nobody to serve */
		lsp_log("cannot write to the client: %s", strerror(errno));
		s->exit_status = s->shut_down ? 0 : 1;
	}
	free(body);
}

static void reply(struct server *s, json_t *id, json_t *result)
{
	send_message(s, json_pack("{s:O, s:o}", "id", id, "result", result));
}

static void reply_error(struct server *s, json_t *id, int code, const char *msg)
{
	lsp_log("%s", msg);
	send_message(s, json_pack("{s:O, s:{s:i, s:s}}", "id", id ? id : json_null(), "error", "code", code,
	                          "message", msg));
}

static void notify(struct server *s, const char *method, json_t *params)
{
	send_message(s, json_pack("{s:s, s:o}", "method", method, "params", params));
}

/* ---- documents ------------------------------------------------------------------------- */

static struct lsp_doc *find_doc(struct server *s, const char *uri)
{
	for (int i = 0; i < s->docs.n; i++)
		if (!strcmp(s->docs.v[i].uri, uri))
			return &s->docs.v[i];
	return NULL;
}

static void set_text(struct lsp_doc *d, const char *text, size_t len)
{
	free(d->text);
	d->text = xmalloc(len + 1);
	memcpy(d->text, text, len);
	d->text[len] = '\0';
	d->len = len;
}

static void free_doc(struct lsp_doc *d)
{
	free(d->uri);
	free(d->path);
	free(d->real);
	free(d->text);
}

static void publish(struct server *s, const struct lsp_doc *d, json_t *diags)
{
	json_t *params = json_pack("{s:s, s:o}", "uri", d->uri, "diagnostics", diags);
	if (d->version >= 0)
		json_object_set_new(params, "version", json_integer(d->version));
	notify(s, "textDocument/publishDiagnostics", params);
}

/* ---- analysis -------------------------------------------------------------------------- */

static void free_results(struct server *s)
{
	for (int i = 0; i < s->nresults; i++)
		run_free(&s->results[i]);
	free(s->results);
	s->results = NULL;
	s->nresults = 0;
}

/* A driver: the database the open documents belong to (NULL: none) and its open sources. */
struct driver {
	char *compdb_dir;
	struct strv files;
};

static struct driver *driver_of(struct driver **v, int *n, int *cap, char *dir)
{
	for (int i = 0; i < *n; i++)
		if ((!dir && !(*v)[i].compdb_dir) ||
		    (dir && (*v)[i].compdb_dir && !strcmp(dir, (*v)[i].compdb_dir))) {
			free(dir);
			return &(*v)[i];
		}
	VEC_PUSH(*v, *n, *cap);
	struct driver *d = &(*v)[(*n)++];
	memset(d, 0, sizeof(*d));
	d->compdb_dir = dir;
	return d;
}

/* The folder of the compile_commands.json clangd would use for a file; NULL for none, and
 * for a compile_flags.txt (run.c finds it again for each file: it lists no units). */
static char *database_dir(struct compdb_finder *finder, const char *path)
{
	bool bad;
	const struct compdb *db = compdb_discover(finder, path, &bad);
	if (!db || db->flags_only)
		return NULL;
	const char *slash = strrchr(db->path, '/');
	return slash ? xstrfmt("%.*s", (int)(slash - db->path), db->path) : xstrdup(".");
}

/* Groups the open documents by driver, as the command line would analyze them: with
 * -p, that database; else the database found for each document the way clangd finds
 * it; a document with none joins the other such documents as one program. */
static int plan_drivers(struct server *s, struct driver **out)
{
	struct driver *v = NULL;
	int n = 0, cap = 0;
	struct compdb_finder *finder = s->opt->compdb_dir ? NULL : compdb_finder_new();
	for (int i = 0; i < s->docs.n; i++) {
		const struct lsp_doc *doc = &s->docs.v[i];
		char *dir = finder ? database_dir(finder, doc->path) : xstrdup(s->opt->compdb_dir);
		struct driver *d = driver_of(&v, &n, &cap, dir);
		if (compdb_is_source(doc->path))
			strv_push(&d->files, doc->path);
	}
	compdb_finder_free(finder);
	*out = v;
	return n;
}

/* Tells the user (once, not after every edit) that a driver could not be analyzed: a
 * database that cannot be read, a file that cannot be opened. The log has the reasons. */
static void report_failure(struct server *s, const char *failed)
{
	if (!failed != !s->failure || (failed && strcmp(failed, s->failure))) {
		if (failed) {
			char *msg = xstrfmt("dpccheck could not fully analyze %s; its log says why", failed);
			notify(s, "window/showMessage", json_pack("{s:i, s:s}", "type", 2, "message", msg));
			free(msg);
		}
		free(s->failure);
		s->failure = failed ? xstrdup(failed) : NULL;
	}
}

static void analyze(struct server *s)
{
	struct strbuf failed = { 0 };
	s->dirty = false;
	free_results(s);
	struct file_override *unsaved = xcalloc((size_t)s->docs.n + 1, sizeof(*unsaved));
	for (int i = 0; i < s->docs.n; i++)
		unsaved[i] = (struct file_override){s->docs.v[i].path, s->docs.v[i].text, s->docs.v[i].len};
	struct driver *drivers;
	int ndrivers = plan_drivers(s, &drivers);
	s->results = xcalloc((size_t)ndrivers + 1, sizeof(*s->results));
	for (int i = 0; i < ndrivers; i++) {
		struct driver *d = &drivers[i];
		if (d->compdb_dir || d->files.n) {
			struct run_request rq = {
			    .files = d->files.v,
			    .nfiles = d->files.n,
			    .compdb_dir = d->compdb_dir,
			    .wdk_root = s->opt->wdk_root,
			    .threads = s->opt->threads,
			    .extra = s->opt->extra,
			    .nextra = s->opt->nextra,
			    .checks = s->opt->checks,
			    .findings = true,
			    /* the IR cache: after an edit, only the units that read an edited
			     * buffer are parsed again (an entry records the buffer's contents as
			     * the unit's input, and is stale once the buffer differs from them) */
			    .cache_dir = s->opt->cache_dir,
			    .no_cache = s->opt->no_cache,
			    .verbose = s->opt->verbose,
			    .all_entries = true,
			    .unlisted_ok = true,
			    .unsaved = unsaved,
			    .nunsaved = s->docs.n,
			};
			if (run_analysis(&rq, &s->results[s->nresults++]))
				sb_addf(&failed, "%s'%s'", failed.len ? ", " : "",
					d->compdb_dir ? d->compdb_dir : "the open files");
		}
		free(d->compdb_dir);
		strv_clear(&d->files);
	}
	free(drivers);
	free(unsaved);
	report_failure(s, failed.buf);
	sb_release(&failed);
}

/* Calls fn for each finding of the last analysis located in document d. */
static void for_each_finding(struct server *s, const struct lsp_doc *d,
                             void (*fn)(struct server *, const struct lsp_doc *, const struct finding *,
                                        void *),
                             void *data)
{
	for (int i = 0; i < s->nresults; i++)
		for (int j = 0; j < s->results[i].diag.n; j++) {
			const struct finding *f = s->results[i].diag.v[j];
			if (!f->loc.file)
				continue;
			bool same = !strcmp(f->loc.file, d->path);
			if (!same) {
				char *real = lsp_real_path(f->loc.file);
				same = !strcmp(real, d->real);
				free(real);
			}
			if (same)
				fn(s, d, f, data);
		}
}

static void add_diagnostic(struct server *s, const struct lsp_doc *d, const struct finding *f, void *data)
{
	json_array_append_new(data, lsp_diagnostic(f, &s->docs));
}

/* The information that the document's unit parsed only partly, first in its list. */
static void add_parse_problems(struct server *s, const struct lsp_doc *d, json_t *diags)
{
	for (int i = 0; i < s->nresults; i++)
		for (int j = 0; j < s->results[i].nunits; j++) {
			const struct ir_unit *u = s->results[i].units[j];
			if (!u->nerrors && !u->nmissing_includes)
				continue;
			char *real = lsp_real_path(u->file);
			if (!strcmp(real, d->real))
				json_array_append_new(diags, lsp_parse_diagnostic(u, &s->docs));
			free(real);
		}
}

static void analyze_and_publish(struct server *s)
{
	analyze(s);
	for (int i = 0; i < s->docs.n; i++) {
		json_t *diags = json_array();
		add_parse_problems(s, &s->docs.v[i], diags);
		for_each_finding(s, &s->docs.v[i], add_diagnostic, diags);
		publish(s, &s->docs.v[i], diags);
	}
}

/* ---- notifications ------------------------------------------------------------------- */

static const char *str_at(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static void did_open(struct server *s, json_t *params)
{
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = str_at(td, "uri"), *text = str_at(td, "text");
	char *path = uri ? lsp_uri_to_path(uri) : NULL;
	if (!path || !text) {
		lsp_log("didOpen without a file:// uri and text: ignored");
		free(path);
		return;
	}
	struct lsp_doc *d = find_doc(s, uri);
	if (!d) {
		VEC_PUSH(s->docs.v, s->docs.n, s->docs.cap);
		d = &s->docs.v[s->docs.n++];
		memset(d, 0, sizeof(*d));
		d->uri = xstrdup(uri);
		d->path = path;
		d->real = lsp_real_path(path);
	} else {
		free(path);
	}
	json_t *version = json_object_get(td, "version");
	d->version = json_is_integer(version) ? json_integer_value(version) : -1;
	set_text(d, text, json_string_length(json_object_get(td, "text")));
	s->dirty = true;
}

static void did_change(struct server *s, json_t *params)
{
	json_t *td = json_object_get(params, "textDocument");
	struct lsp_doc *d = find_doc(s, str_at(td, "uri") ? str_at(td, "uri") : "");
	if (!d) {
		lsp_log("didChange of a document that is not open: ignored");
		return;
	}
	size_t i;
	json_t *change;
	json_array_foreach(json_object_get(params, "contentChanges"), i, change)
	{
		json_t *text = json_object_get(change, "text");
		if (json_object_get(change, "range") || !json_is_string(text)) {
			lsp_log("incremental change ignored: the server asked for full text sync");
			continue;
		}
		set_text(d, json_string_value(text), json_string_length(text));
	}
	json_t *version = json_object_get(td, "version");
	if (json_is_integer(version))
		d->version = json_integer_value(version);
	s->dirty = true;
}

static void did_save(struct server *s, json_t *params)
{
	const char *uri = str_at(json_object_get(params, "textDocument"), "uri");
	struct lsp_doc *d = find_doc(s, uri ? uri : "");
	json_t *text = json_object_get(params, "text");
	if (d && json_is_string(text))
		set_text(d, json_string_value(text), json_string_length(text));
	s->dirty = true; /* other files of the driver may have changed on disk too */
}

static void did_close(struct server *s, json_t *params)
{
	const char *uri = str_at(json_object_get(params, "textDocument"), "uri");
	struct lsp_doc *d = find_doc(s, uri ? uri : "");
	if (!d)
		return;
	d->version = -1;
	publish(s, d, json_array()); /* clears the editor's list for it */
	free_doc(d);
	*d = s->docs.v[--s->docs.n];
	s->dirty = true;
}

static void handle_notification(struct server *s, const char *method, json_t *params)
{
	if (!strcmp(method, "exit"))
		s->exit_status = s->shut_down ? 0 : 1;
	else if (!s->initialized || s->shut_down)
		return;
	else if (!strcmp(method, "textDocument/didOpen"))
		did_open(s, params);
	else if (!strcmp(method, "textDocument/didChange"))
		did_change(s, params);
	else if (!strcmp(method, "textDocument/didSave"))
		did_save(s, params);
	else if (!strcmp(method, "textDocument/didClose"))
		did_close(s, params);
	/* "initialized", "$/cancelRequest" (requests are answered at once) and unknown
	 * notifications need nothing */
}

/* ---- requests -------------------------------------------------------------------------- */

static json_t *capabilities(void)
{
	return json_pack("{s:s, s:{s:b, s:i, s:{s:b}}, s:{s:[s]}}", "positionEncoding", "utf-16",
	                 "textDocumentSync", "openClose", 1, "change", 1, "save", "includeText", 0,
	                 "codeActionProvider", "codeActionKinds", "quickfix");
}

static void initialize(struct server *s, json_t *id)
{
	if (s->initialized) {
		reply_error(s, id, RPC_INVALID_REQUEST, "initialize sent twice");
		return;
	}
	s->initialized = true;
	reply(s, id,
	      json_pack("{s:o, s:{s:s, s:s}}", "capabilities", capabilities(), "serverInfo", "name",
	                "dpccheck", "version", DPCCHECK_VERSION));
}

struct action_query {
	json_t *range;
	json_t *actions;
};

static void add_actions(struct server *s, const struct lsp_doc *d, const struct finding *f, void *data)
{
	struct action_query *q = data;
	json_t *diag = lsp_diagnostic(f, &s->docs);
	if (lsp_ranges_share_line(json_object_get(diag, "range"), q->range))
		lsp_code_actions(f, diag, &s->docs, q->actions);
	json_decref(diag);
}

static void code_action(struct server *s, json_t *id, json_t *params)
{
	const char *uri = str_at(json_object_get(params, "textDocument"), "uri");
	json_t *range = json_object_get(params, "range");
	if (!uri || !json_is_object(range)) {
		reply_error(s, id, RPC_INVALID_PARAMS, "codeAction needs textDocument.uri and range");
		return;
	}
	if (s->dirty)
		analyze_and_publish(s);
	struct action_query q = {range, json_array()};
	const struct lsp_doc *d = find_doc(s, uri);
	if (d)
		for_each_finding(s, d, add_actions, &q);
	reply(s, id, q.actions);
}

static void handle_request(struct server *s, json_t *id, const char *method, json_t *params)
{
	if (!strcmp(method, "initialize")) {
		initialize(s, id);
	} else if (!s->initialized) {
		reply_error(s, id, LSP_SERVER_NOT_INITIALIZED, "the server is not initialized");
	} else if (s->shut_down) {
		reply_error(s, id, RPC_INVALID_REQUEST, "the server is shut down");
	} else if (!strcmp(method, "shutdown")) {
		/* an analysis still pending would be for nobody: the client is leaving */
		s->dirty = false;
		s->shut_down = true;
		reply(s, id, json_null());
	} else if (!strcmp(method, "textDocument/codeAction")) {
		code_action(s, id, params);
	} else {
		char *msg = xstrfmt("method not found: '%s'", method);
		reply_error(s, id, RPC_METHOD_NOT_FOUND, msg);
		free(msg);
	}
}

static void handle_message(struct server *s, const char *body, size_t n)
{
	json_error_t err;
	json_t *msg = json_loadb(body, n, JSON_ALLOW_NUL, &err);
	if (!msg) {
		char *m = xstrfmt("parse error: %s (offset %d)", err.text, err.position);
		reply_error(s, NULL, RPC_PARSE_ERROR, m);
		free(m);
		return;
	}
	json_t *id = json_object_get(msg, "id");
	const char *method = str_at(msg, "method");
	if (id && !json_is_string(id) && !json_is_integer(id))
		reply_error(s, NULL, RPC_INVALID_REQUEST,
		            "invalid request: the id is neither a number nor a string");
	else if (!json_is_object(msg) || (!method && !id))
		reply_error(s, NULL, RPC_INVALID_REQUEST, "invalid request: no method");
	else if (!method)
		; /* a response to a request of ours: the server sends none */
	else if (id)
		handle_request(s, id, method, json_object_get(msg, "params"));
	else
		handle_notification(s, method, json_object_get(msg, "params"));
	json_decref(msg);
}

int lsp_serve(const struct lsp_options *opt)
{
	struct server s = {.opt = opt, .in = {.fd = 0}, .exit_status = -1};
	/* a client that goes away must not kill the server mid-write: the write fails */
	signal(SIGPIPE, SIG_IGN);
	/* stdout carries the protocol alone: anything else printed goes to stderr */
	int fd = dup(1);
	if (fd < 0 || dup2(2, 1) < 0 || !(s.out = fdopen(fd, "w")))
		die("cannot set up the output: %s", strerror(errno));
	while (s.exit_status < 0) {
		if (s.dirty && !pending(&s.in))
			analyze_and_publish(&s);
		char *body;
		size_t n;
		int r = read_message(&s.in, &body, &n);
		if (r == 0)
			break;
		if (r < 0) {
			reply_error(&s, NULL, RPC_PARSE_ERROR,
			            "invalid message header: no valid Content-Length");
			continue;
		}
		handle_message(&s, body, n);
		free(body);
	}
	free_results(&s);
	free(s.failure);
	for (int i = 0; i < s.docs.n; i++)
		free_doc(&s.docs.v[i]);
	free(s.docs.v);
	free(s.in.buf);
	fclose(s.out);
	diag_sources_reset();
	if (s.exit_status < 0) /* the input ended without "exit" */
		return s.shut_down ? 0 : 1;
	return s.exit_status;
}
