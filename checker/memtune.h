/*
 * memtune.h - the C library's allocator, set for a run that builds large structures
 * once and frees them at the end (docs/speed.md, "Memory"): on glibc, dpccheck starts
 * itself again with GLIBC_TUNABLES asking for transparent huge pages and for freed
 * memory to be kept for reuse, unless the environment already sets GLIBC_TUNABLES or
 * DPCCHECK_MALLOC_DEFAULTS, or the process runs under Valgrind or a sanitizer.
 */
#ifndef DPCCHECK_MEMTUNE_H
#define DPCCHECK_MEMTUNE_H

/* Returns only if dpccheck is to run as it is (already tuned, not wanted, or the new
 * start failed). */
void memtune_reexec(char **argv);

#endif /* DPCCHECK_MEMTUNE_H */
