/*
 * memtune.c - the allocator settings of memtune.h.
 *
 * Why: a cold run touches its memory once (libclang's ASTs, then the IR of every unit)
 * and on a virtual machine each first touch of a 4 KiB page is an expensive fault. On
 * the 44-unit benchmark that was 32,000 faults and a fifth of the run in the kernel,
 * more with two workers faulting at once. glibc reads its allocator settings from the
 * environment only, before main, so they are set by starting again:
 *   - hugetlb=1: the heaps are advised as transparent huge pages (with the kernel's
 *     default "madvise" mode, nothing else gets them), 2 MiB per fault;
 *   - top_pad: the heap grows 64 MiB at a time, so the huge pages are whole;
 *   - trim_threshold: memory freed at the top of the heap (a unit's AST after it is
 *     lowered) is kept for the next unit instead of being returned and faulted in again.
 * Measured on the benchmark: faults 32,000 -> 4,700; docs/speed.md has the times.
 */
#define _DEFAULT_SOURCE /* readlink, setenv */
#include "memtune.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define DPCCHECK_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define DPCCHECK_SANITIZED 1
#endif

void memtune_reexec(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__) && !defined(DPCCHECK_SANITIZED)
	/* set already (by us, one start ago, or by the user), or not wanted */
	if (getenv("GLIBC_TUNABLES") || getenv("DPCCHECK_MALLOC_DEFAULTS"))
		return;
	/* Valgrind runs the program on its own allocator, and would not follow the exec */
	const char *preload = getenv("LD_PRELOAD");
	if (preload && strstr(preload, "vgpreload"))
		return;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return;
	exe[n] = '\0';
	/* started through the dynamic loader (`ld-linux-x86-64.so.2 ./dpccheck`): the loader
	 * would take the first argument for the program */
	const char *slash = strrchr(exe, '/'), *base = slash ? slash + 1 : exe;
	if (!strncmp(base, "ld-", 3) || !strncmp(base, "ld.so", 5))
		return;
	if (setenv("GLIBC_TUNABLES",
		   "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864:glibc.malloc.trim_threshold=268435456", 1))
		return;
	execv(exe, argv);
	unsetenv("GLIBC_TUNABLES"); /* could not start again: run as we are */
#else
	(void)argv;
#endif
}
