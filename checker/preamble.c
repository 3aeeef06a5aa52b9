/*
 * preamble.c - finds the leading #include directives of a main file (preamble.h).
 *
 * The scan is deliberately narrow: what it accepts, a precompiled header of the same
 * directives replaces exactly (the blanked lines leave every other byte where it was).
 * Anything it is unsure of ends the preamble there, which only costs speed.
 */
#include "preamble.h"

#include "util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static bool is_hspace(char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}

/* The end of the line at p (its '\n', or '\r' before one, or n); -1 when the line ends
 * in a backslash (it continues on the next one). */
static long line_end(const char *t, size_t n, size_t p)
{
	while (p < n && t[p] != '\n')
		p++;
	size_t e = p;
	if (e > 0 && t[e - 1] == '\r')
		e--;
	if (e > 0 && t[e - 1] == '\\')
		return -1;
	return (long)e;
}

/* An #include directive at t[p] == '#': its spelling and the end of its line, or false. */
static bool include_at(const char *t, size_t n, size_t p, char **directive, size_t *end)
{
	p++;
	while (p < n && is_hspace(t[p]))
		p++;
	if (n - p < 7 || memcmp(t + p, "include", 7))
		return false;
	p += 7;
	while (p < n && is_hspace(t[p]))
		p++;
	if (p >= n || (t[p] != '"' && t[p] != '<'))
		return false;
	char close = t[p] == '"' ? '"' : '>';
	size_t name = ++p;
	while (p < n && t[p] != close && t[p] != '\n' && t[p] != '\r')
		p++;
	if (p >= n || t[p] != close || p == name)
		return false;
	size_t name_end = p++;
	while (p < n && is_hspace(t[p]))
		p++;
	bool comment = n - p >= 2 && t[p] == '/' && t[p + 1] == '/';
	if (!comment && p < n && t[p] != '\n' && !(t[p] == '\r' && p + 1 < n && t[p + 1] == '\n'))
		return false;
	long e = line_end(t, n, p);
	if (e < 0)
		return false;
	*end = (size_t)e;
	*directive = xstrfmt("#include %c%.*s%c", close == '"' ? '"' : '<', (int)(name_end - name), t + name,
			     close);
	return true;
}

int preamble_scan(const char *text, size_t n, struct preamble_include **v)
{
	int count = 0, cap = 0;
	*v = NULL;
	size_t p = 0;
	if (n >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		p = 3;
	while (p < n) {
		char c = text[p];
		if (is_hspace(c) || c == '\n' || (c == '\r' && p + 1 < n && text[p + 1] == '\n')) {
			p++;
		} else if (c == '/' && p + 1 < n && text[p + 1] == '/') {
			long e = line_end(text, n, p);
			if (e < 0)
				break;
			p = (size_t)e;
		} else if (c == '/' && p + 1 < n && text[p + 1] == '*') {
			const char *close = NULL;
			for (size_t q = p + 2; q + 1 < n && !close; q++)
				if (text[q] == '*' && text[q + 1] == '/')
					close = text + q;
			if (!close)
				break;
			p = (size_t)(close - text) + 2;
		} else if (c == '#') {
			char *directive;
			size_t end;
			if (!include_at(text, n, p, &directive, &end))
				break;
			VEC_PUSH(*v, count, cap);
			(*v)[count++] = (struct preamble_include){ directive, p, end };
			p = end;
		} else {
			break;
		}
	}
	return count;
}

void preamble_free(struct preamble_include *v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i].directive);
	free(v);
}
