/*
 * yamlout.c - see yamlout.h.
 */
#include "yamlout.h"

#include <string.h>

static void emit(struct yamlout *y, yaml_event_t *ev, int built)
{
	if (!built || !yaml_emitter_emit(&y->em, ev))
		y->ok = false;
}

static int write_handler(void *data, unsigned char *buf, size_t n)
{
	return fwrite(buf, 1, n, data) == n;
}

void yo_begin(struct yamlout *y, FILE *out)
{
	yaml_event_t ev;
	y->ok = true;
	yaml_emitter_initialize(&y->em);
	yaml_emitter_set_output(&y->em, write_handler, out);
	yaml_emitter_set_unicode(&y->em, 1);
	yaml_emitter_set_width(&y->em, -1); /* never fold a long message */
	emit(y, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	if (y->ok)
		emit(y, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 0));
}

bool yo_end(struct yamlout *y)
{
	yaml_event_t ev;
	if (y->ok)
		emit(y, &ev, yaml_document_end_event_initialize(&ev, 0));
	if (y->ok)
		emit(y, &ev, yaml_stream_end_event_initialize(&ev));
	if (!yaml_emitter_flush(&y->em))
		y->ok = false;
	yaml_emitter_delete(&y->em);
	return y->ok;
}

void yo_scalar(struct yamlout *y, const char *s, yaml_scalar_style_t style)
{
	yaml_event_t ev;
	yaml_char_t *v = (yaml_char_t *)s;
	if (y->ok)
		emit(y, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL, v, (int)strlen(s), 1, 1, style));
}

void yo_key_str(struct yamlout *y, const char *key, const char *value)
{
	yo_scalar(y, key, YAML_PLAIN_SCALAR_STYLE);
	yo_scalar(y, value, YAML_SINGLE_QUOTED_SCALAR_STYLE);
}

void yo_key_uint(struct yamlout *y, const char *key, unsigned long value)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%lu", value);
	yo_scalar(y, key, YAML_PLAIN_SCALAR_STYLE);
	yo_scalar(y, buf, YAML_PLAIN_SCALAR_STYLE);
}

void yo_map_begin(struct yamlout *y)
{
	yaml_event_t ev;
	if (y->ok)
		emit(y, &ev,
		     yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

void yo_map_end(struct yamlout *y)
{
	yaml_event_t ev;
	if (y->ok)
		emit(y, &ev, yaml_mapping_end_event_initialize(&ev));
}

void yo_seq_begin(struct yamlout *y)
{
	yaml_event_t ev;
	if (y->ok)
		emit(y, &ev,
		     yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

void yo_seq_end(struct yamlout *y)
{
	yaml_event_t ev;
	if (y->ok)
		emit(y, &ev, yaml_sequence_end_event_initialize(&ev));
}
