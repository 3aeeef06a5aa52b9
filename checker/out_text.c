/*
 * out_text.c - findings as clang and clang-tidy print them:
 *   path:line:col: warning: message [rule-id]
 *   path:line:col: note: message
 */
#include "diag.h"
#include "output.h"

static void print_loc(FILE *out, const struct ir_loc *l)
{
	fprintf(out, "%s:%u:%u: ", l->file ? l->file : "<unknown>", l->line, l->col);
}

int output_text(const struct diag *d, FILE *out)
{
	for (int i = 0; i < d->n; i++) {
		const struct finding *f = d->v[i];
		print_loc(out, &f->loc);
		fprintf(out, "%s: %s", f->severity == DIAG_ERROR ? "error" : "warning", f->msg);
		if (f->rule)
			fprintf(out, " [%s]", f->rule);
		fputc('\n', out);
		for (int j = 0; j < f->nnotes; j++) {
			print_loc(out, &f->notes[j].loc);
			fprintf(out, "note: %s\n", f->notes[j].msg);
		}
	}
	return fflush(out) || ferror(out) ? -1 : 0;
}
