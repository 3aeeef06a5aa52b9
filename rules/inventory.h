/*
 * inventory.h - `dpccheck --inventory`: the driver's DPC objects with their
 * initialization and issue sites, and its callbacks with their roles and contexts.
 */
#ifndef DPCCHECK_INVENTORY_H
#define DPCCHECK_INVENTORY_H

#include <stdbool.h>
#include <stdio.h>

struct program;
struct roles;

int inventory_print(const struct program *p, const struct roles *r, bool json, FILE *out);

#endif /* DPCCHECK_INVENTORY_H */
