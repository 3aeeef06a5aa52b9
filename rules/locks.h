/*
 * locks.h - the context tracker: which locks each program point may and must hold, and
 * the IRQL range it runs at,
 * from the entry context of each callback (the locks Storport holds on entry,
 * STORPORT.md section 3.4) through the dataflow engine, with wrapper functions
 * summarized as acquires and releases at their call sites. It computes; the
 * spinlock-* rules judge its events (locks_run hands each one to a callback).
 */
#ifndef DPCCHECK_LOCKS_H
#define DPCCHECK_LOCKS_H

#include "program.h"
#include "roles.h"

enum lock_kind {
	LK_INVALID,	   /* InvalidLock */
	LK_DPC,		   /* DpcLock of one STOR_DPC */
	LK_STARTIO,
	LK_INTERRUPT,
	LK_THREADED_DPC,
	LK_DPC_LEVEL,
	LK_MSI,		   /* one message's MSI lock */
	LK_KE,		   /* a kernel spin lock (KSPIN_LOCK or an interrupt's) */
	LK_UNKNOWN,	   /* a Storport lock whose kind is not a constant */
};

enum lock_mech {
	MECH_STOR,	/* StorPortAcquireSpinLock / StorPortReleaseSpinLock */
	MECH_STOR_EX,	/* StorPortAcquireSpinLockEx (released with StorPortReleaseSpinLock) */
	MECH_MSI,	/* StorPortAcquireMSISpinLock / StorPortReleaseMSISpinLock */
	MECH_KE,	/* KeAcquireSpinLock(RaiseToDpc) / KeReleaseSpinLock and the like */
	MECH_KE_DPC,	/* KeAcquireSpinLockAtDpcLevel / KeReleaseSpinLockFromDpcLevel */
	MECH_KE_QUEUED, /* in-stack queued spin locks */
};

/* One lock held at a program point. */
struct held {
	unsigned char kind, mech;
	bool must;	/* held on every path reaching the point */
	bool uncertain; /* its holding depends on something dpccheck cannot follow */
	bool on_entry;	/* held by the caller (Storport or the calling function) on entry */
	const char *object;  /* DpcLock: the STOR_DPC; LK_KE: the spin lock; LK_MSI: the message */
	const char *handle;  /* the lock handle / old-IRQL variable, or NULL */
	const char *display; /* "StartIoLock", "DpcLock of 'ext->Dpc[?]'", "spin lock 'ext->Lock'" */
	signed char handle_param; /* the handle is the caller's: parameter index, or -1 */
	bool caller_handle;	  /* the handle lives in the caller's or global memory */
	const struct ir_event *ev; /* the acquire (or the call of the wrapper that acquires) */
	struct ir_loc at;
	int fn;		      /* where it was taken: a program function, or -1 */
	const char *entry_role; /* on_entry from a role: the role's "what" */
	const char *result_var; /* StorPortAcquireSpinLockEx: where its status went */
	const char *routine;	/* the routine that acquired it */
	signed char irql;	/* the IRQL holding it means (enum irql_level), or -1 */
	unsigned char nguards;
	struct {
		const char *var;
		bool value;
	} guards[2]; /* the branch decisions it was taken under */
};

/* What the tracker hands the rules. */
enum lock_event_kind {
	LE_ACQUIRE,	 /* an acquire; state: before it */
	LE_RELEASE,	 /* a release that matched a held lock (released: that lock) */
	LE_RELEASE_NOT_HELD, /* partial: held on some paths reaching it only */
	LE_RELEASE_MISMATCH, /* released: the lock taken by another mechanism or handle */
	LE_EXIT_HELD,	 /* the function returns with `released` (not the caller's) held */
	LE_MSI_ACQUIRE,	 /* StorPortAcquireMSISpinLock (for the MSI mode rule) */
	LE_CALL,	 /* any call, before it runs (for the IRQL and context rules) */
	LE_ENTER,	 /* a function entered in a context (for the inventory) */
	LE_ACCESS,	 /* a read or write of an access path (for the shared-state rule) */
};

struct lock_event {
	enum lock_event_kind kind;
	const struct held *lock;      /* the lock acquired / released / left held */
	const struct held *released;  /* the held lock a release or mismatch concerns */
	const struct held *conflict;  /* LE_ACQUIRE: a held lock with the same identity, if any */
	const struct held *interrupt; /* LE_ACQUIRE: a held InterruptLock / MSI lock, if any */
	struct ir_loc loc;	      /* the call (or the return) */
	const char *routine;	      /* the routine called */
	const struct ir_arg *context; /* LE_ACQUIRE of a Storport lock: the LockContext argument */
	int fn;			      /* the function the event is in */
	/* the call chain from the entry routine to fn: functions and the call sites */
	int depth;
	const int *chain_fns;
	const struct ir_loc *chain_calls;
	const struct registration *entry_reg; /* the registration giving the entry context */
	const struct role_def *entry_role;
	/* the IRQL at the event: at least irql_lo, at most irql_hi (-1: unknown, the entry
	 * context is not known) */
	int irql_lo, irql_hi;
	const struct ir_event *call; /* LE_CALL: the call; LE_ACCESS: the read or assignment */
	bool partial;		     /* LE_RELEASE_NOT_HELD: some paths reaching it hold it */
	const struct held *held;     /* LE_ACCESS: the locks held at the access */
	int nheld;
	int callee;		     /* LE_CALL: the program function called, or -1 */
};

typedef void lock_visitor(const struct lock_event *e, void *ctx);

/* The IRQL level an annotation argument names ("DISPATCH_LEVEL", "2"), or -1. */
int irql_of_text(const char *s);

/* Runs the tracker over every entry of the program and calls visit for each event.
 * An event in a helper reached from several entries is visited once per context. */
void locks_run(const struct program *p, const struct roles *roles, lock_visitor *visit, void *ctx);

struct finding;
/* Adds the notes that walk from the event's function back to its entry: each call up
 * the chain, then (with entry_note) the registration or role that gives the entry its
 * context. */
void locks_note_chain(struct finding *f, const struct program *p, const struct lock_event *e, bool entry_note);
/* The note that says in which role function fn runs: at its registration, or at its
 * role-typed declaration when it runs by name (DriverEntry) or was not registered. */
void locks_note_entry(struct finding *f, const struct program *p, int fn, const struct role_def *role,
		      const struct registration *reg);
/* Adds the note saying where a held lock was taken (or that the entry holds it). */
void locks_note_held(struct finding *f, const struct program *p, const struct lock_event *e,
		     const struct held *h);

/* "StartIoLock", "InterruptLock", ... for a kind. */
const char *lock_kind_name(enum lock_kind k);

#endif /* DPCCHECK_LOCKS_H */
