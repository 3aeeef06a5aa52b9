/*
 * preamble.c - unit tests of preamble_scan (checker/preamble.c): which leading lines of a
 * main file are #include directives a precompiled header may stand for, and where.
 */
#include "preamble.h"

#include "expect.h"

#include <string.h>

/* The directives found in text, joined with '|', and each line's bytes checked to be
 * the directive's own line. */
static char *scan(const char *text)
{
	static char out[512];
	struct preamble_include *v;
	size_t n = strlen(text);
	int k = preamble_scan(text, n, &v);
	out[0] = 0;
	for (int i = 0; i < k; i++) {
		EXPECT(v[i].begin < v[i].end && v[i].end <= n && text[v[i].begin] == '#');
		EXPECT(v[i].end == n || text[v[i].end] == '\n' || text[v[i].end] == '\r');
		if (i)
			strcat(out, "|");
		strcat(out, v[i].directive);
	}
	preamble_free(v, k);
	return out;
}

int main(void)
{
	EXPECT(!strcmp(scan("#include \"a.h\"\n#include <b.h>\nint x;\n"), "#include \"a.h\"|#include <b.h>"));
	/* comments, blank lines, spacing, CRLF, a BOM, a trailing // comment */
	EXPECT(!strcmp(scan("\xEF\xBB\xBF/* head\n * more */\n\n  #  include   \"a.h\"  // why\r\n"
			    "// note\n#include<b.h>\r\nVOID f(void);\n"),
		       "#include \"a.h\"|#include <b.h>"));
	/* a block comment before the # on the same line */
	EXPECT(!strcmp(scan("/* x */ #include \"a.h\"\n"), "#include \"a.h\""));
	/* what ends the preamble */
	EXPECT(!strcmp(scan("#define X 1\n#include \"a.h\"\n"), ""));
	EXPECT(!strcmp(scan("#include \"a.h\"\n#if X\n#include \"b.h\"\n#endif\n"), "#include \"a.h\""));
	EXPECT(!strcmp(scan("#include \"a.h\"\n#pragma once\n#include \"b.h\"\n"), "#include \"a.h\""));
	EXPECT(!strcmp(scan("#include \"a.h\" /* trailing */\n#include \"b.h\"\n"), ""));
	EXPECT(!strcmp(scan("#include \"a.h\" \\\n\n#include \"b.h\"\n"), ""));
	EXPECT(!strcmp(scan("// comment \\\n#include \"a.h\"\n"), ""));
	EXPECT(!strcmp(scan("#include_next <a.h>\n"), ""));
	EXPECT(!strcmp(scan("#include MACRO_H\n"), ""));
	EXPECT(!strcmp(scan("#include \"\"\n"), ""));
	EXPECT(!strcmp(scan("#include \"a.h\n\"\n"), ""));
	EXPECT(!strcmp(scan("%:include \"a.h\"\n"), ""));
	EXPECT(!strcmp(scan("/* never closed\n#include \"a.h\"\n"), ""));
	EXPECT(!strcmp(scan("int x;\n#include \"a.h\"\n"), ""));
	/* the last line without its newline */
	EXPECT(!strcmp(scan("#include <a.h>"), "#include <a.h>"));
	EXPECT(!strcmp(scan(""), ""));
	return expect_done("preamble");
}
