/*
 * dpcs.h - the DPC object tracker: every StorPortInitializeDpc, StorPortIssueDpc and
 * StorPortCancelDpc of a program (direct calls and their StorPortNotification
 * spellings), with the STOR_DPC objects each one can act on. An object is named by the
 * member or variable that holds it (ir_path_object), followed through local pointers
 * and through the parameters of wrapper functions to their callers' arguments; a site
 * whose object cannot be named that way is marked unresolved, and rules stay silent
 * about what it might touch.
 */
#ifndef DPCCHECK_DPCS_H
#define DPCCHECK_DPCS_H

#include "program.h"

enum dpc_op { DPC_INIT, DPC_ISSUE, DPC_CANCEL };

/* One object a site acts on, and how the site got to it. */
struct dpc_object {
	const char *key;	   /* ir_path_object: "_EXT.Dpc[]", "g_Dpc", "local dpc" */
	const struct ir_path *path; /* the path as written where it was named */
	const char *spelling;	   /* that path in C ("ext->Dpc[?]") */
	bool is_auto;		   /* a local variable with automatic storage */
	struct ir_loc decl;	   /* the member's or variable's declaration */
	struct ir_loc named_at;	   /* where the object was named (the call, an argument) */
	int named_in;		   /* the function that named it */
	bool through_wrapper;	   /* named by a caller of the site's function */
};

struct dpc_site {
	enum dpc_op op;
	int fn; /* the calling function (program index) */
	struct ir_loc loc;
	const char *via;      /* "StorPortIssueDpc", "StorPortNotification(IssueDpc)" */
	const char *routine;  /* DPC_INIT: the routine's name, or its text */
	int nobjects;
	struct dpc_object *objects;
	bool unresolved;      /* some object this site may act on has no name */
};

struct dpc_info {
	int nsites;
	struct dpc_site *sites;
};

/* Collects the sites; the strings live in the program's arena. */
struct dpc_info *dpcs_compute(const struct program *p);
void dpcs_free(struct dpc_info *d);
const char *dpc_op_word(enum dpc_op op); /* "initialized", "issued", "cancelled" */

#endif /* DPCCHECK_DPCS_H */
