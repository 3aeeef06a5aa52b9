// Suppression with clang-tidy's NOLINT comments (RULES.md): on the line, on the line
// before, around a region, with globs, bare; a misspelt dpccheck rule ID in a NOLINT
// list is itself reported; clang-tidy's own check names are left alone.
// RUN: %dpccheck %s -- -I %inputs/cli > %t.out; test $? = 1
// RUN: FileCheck %s --implicit-check-not=warning: < %t.out
#include "mini.h"

HW_DPC_ROUTINE warn_unsuppressed, good_line, good_nextline, good_glob, good_bare, good_region1,
	good_region2, warn_after_region, warn_other_rule, good_tidy_name;

// CHECK: nolint.c:[[@LINE+1]]:6: warning: definition of DPC routine 'warn_unsuppressed'
void warn_unsuppressed(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {}
void good_line(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {} // NOLINT(role-use-decl-annotations)
// NOLINTNEXTLINE(role-use-decl-annotations)
void good_nextline(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {}
void good_glob(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {} // NOLINT(role-*)
void good_bare(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {} // NOLINT
// NOLINTBEGIN(role-use-decl-annotations)
void good_region1(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {}
void good_region2(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {}
// NOLINTEND(role-use-decl-annotations)
// CHECK: nolint.c:[[@LINE+1]]:6: warning: definition of DPC routine 'warn_after_region'
void warn_after_region(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {}
// CHECK: nolint.c:[[@LINE+2]]:6: warning: definition of DPC routine 'warn_other_rule'
// CHECK: nolint.c:[[@LINE+1]]:68: warning: unknown rule 'role-type-mising'{{$}}
void warn_other_rule(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {} // NOLINT(role-type-mising)
void good_tidy_name(PSTOR_DPC D, PVOID E, PVOID A, PVOID B) {} // NOLINT(bugprone-*, readability-foo, role-use-decl-annotations)
