/*
 * yamlout.h - writing YAML with libyaml's emitter, for --export-fixes and --dump-config:
 * one block-style document, errors remembered rather than checked at every call.
 */
#ifndef DPCCHECK_YAMLOUT_H
#define DPCCHECK_YAMLOUT_H

#include <stdbool.h>
#include <stdio.h>
#include <yaml.h>

struct yamlout {
	yaml_emitter_t em;
	bool ok; /* false once anything failed; later calls do nothing */
};

/* Starts a stream and a document ("---") written to out. */
void yo_begin(struct yamlout *y, FILE *out);
/* Ends the document ("...") and the stream; false if anything failed. */
bool yo_end(struct yamlout *y);
void yo_scalar(struct yamlout *y, const char *s, yaml_scalar_style_t style);
/* A key (plain) and a string value (single-quoted, as clang-tidy writes them). */
void yo_key_str(struct yamlout *y, const char *key, const char *value);
/* A key and an unsigned number. */
void yo_key_uint(struct yamlout *y, const char *key, unsigned long value);
void yo_map_begin(struct yamlout *y);
void yo_map_end(struct yamlout *y);
void yo_seq_begin(struct yamlout *y);
void yo_seq_end(struct yamlout *y);

#endif /* DPCCHECK_YAMLOUT_H */
