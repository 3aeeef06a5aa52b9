/*
 * shared.h - the shared-state tracker: every read and write of the device extension's
 * members and of globals, in each callback context that reaches it (through helpers),
 * with the locks held at the access; and which callbacks run concurrently with
 * themselves. race-unsynchronized-access judges it; the inventory prints it.
 */
#ifndef DPCCHECK_SHARED_H
#define DPCCHECK_SHARED_H

#include "arena.h"
#include "program.h"
#include "roles.h"
#include "util.h"

enum { MAX_LOCKS = 8 };

struct access {
	const char *key;   /* "_EXT.Queue[3].Head", "[?]" for an unknown index (interned) */
	const char *group; /* the key without indices (interned) */
	const struct ir_path *path; /* as written (ir_path_str spells it, when reported) */
	bool write;
	int fn, entry;	/* the function, the callback it is reached from */
	const struct role_def *role;
	const struct registration *reg; /* the entry's registration (for the note), or NULL */
	struct ir_loc loc;
	int nlocks;
	bool indexed, unknown_index; /* the key has an index; one dpccheck does not know */
	struct {
		int kind;
		const char *object;
		const char *display;
		bool unsure; /* an object dpccheck cannot tell from others ("[?]", a parameter) */
	} locks[MAX_LOCKS];
};

struct race {
	const struct program *p;
	char **records; /* the device extension's struct names */
	int nrecords, caprecords;
	struct access *v;
	int n, cap;
	/* accesses through pointers to other structs, not traced to the device extension
	 * ("_QUEUE.Head"): never judged, only counted as pairs dpccheck cannot tell apart */
	struct access *untraced;
	int nuntraced, capuntraced;
	bool *self_concurrent; /* per function */
	bool per_message;
	/* the keys and groups, one copy of each (most accesses repeat a few members), in
	 * an arena of the set's own (made with the first) */
	struct str_set names;
	struct strbuf kb, gb; /* where a key and its group are spelled */
};

/* Collects the accesses of a program (see the file comment). */
void shared_compute(struct race *r, const struct program *p, const struct roles *roles);
/* The same in two steps, for a caller that runs the spin-lock tracker itself (once for
 * every rule that needs it): shared_begin, then shared_lock_event for each of the
 * tracker's events (a lock_visitor, data: r). */
void shared_begin(struct race *r, const struct program *p, const struct roles *roles);
struct lock_event;
void shared_lock_event(const struct lock_event *e, void *data);
void shared_free(struct race *r);

#endif /* DPCCHECK_SHARED_H */
