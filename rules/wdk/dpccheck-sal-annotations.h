/*
 * dpccheck-sal-annotations.h - the SAL annotations dpccheck's rules read, defined so that
 * they stay in Clang's AST: each expands to __attribute__((annotate("NAME(ARGS)"))), the
 * argument text stringified unexpanded (PASSIVE_LEVEL stays a name). libclang shows them
 * as AnnotateAttr children of the declaration they belong to (DESIGN.md section 3).
 *
 * Included by dpccheck's model sal.h, and by the prelude forced into every unit parsed
 * with a real WDK (dpccheck-wdk-prelude.h), after the WDK's own SAL headers: a
 * non-PREfast WDK build defines these names as nothing, so each is re-defined here, and
 * the WDK headers' include guards keep the re-definition in force.
 */
#ifndef DPCCHECK_SAL_ANNOTATIONS_H
#define DPCCHECK_SAL_ANNOTATIONS_H

#undef _Use_decl_annotations_
#define _Use_decl_annotations_ __attribute__((annotate("_Use_decl_annotations_")))
#undef _IRQL_requires_same_
#define _IRQL_requires_same_ __attribute__((annotate("_IRQL_requires_same_")))
#undef __drv_sameIRQL
#define __drv_sameIRQL __attribute__((annotate("__drv_sameIRQL")))
#undef _IRQL_is_cancel_
#define _IRQL_is_cancel_ __attribute__((annotate("_IRQL_is_cancel_")))
#undef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_ __attribute__((annotate("_IRQL_uses_cancel_")))
#undef _IRQL_requires_
#define _IRQL_requires_(...) __attribute__((annotate("_IRQL_requires_(" #__VA_ARGS__ ")")))
#undef _IRQL_requires_max_
#define _IRQL_requires_max_(...) __attribute__((annotate("_IRQL_requires_max_(" #__VA_ARGS__ ")")))
#undef _IRQL_requires_min_
#define _IRQL_requires_min_(...) __attribute__((annotate("_IRQL_requires_min_(" #__VA_ARGS__ ")")))
#undef _IRQL_raises_
#define _IRQL_raises_(...) __attribute__((annotate("_IRQL_raises_(" #__VA_ARGS__ ")")))
#undef _IRQL_saves_global_
#define _IRQL_saves_global_(...) __attribute__((annotate("_IRQL_saves_global_(" #__VA_ARGS__ ")")))
#undef _IRQL_restores_global_
#define _IRQL_restores_global_(...) __attribute__((annotate("_IRQL_restores_global_(" #__VA_ARGS__ ")")))
#undef _IRQL_always_function_max_
#define _IRQL_always_function_max_(...) __attribute__((annotate("_IRQL_always_function_max_(" #__VA_ARGS__ ")")))
#undef _IRQL_always_function_min_
#define _IRQL_always_function_min_(...) __attribute__((annotate("_IRQL_always_function_min_(" #__VA_ARGS__ ")")))
#undef _Function_class_
#define _Function_class_(...) __attribute__((annotate("_Function_class_(" #__VA_ARGS__ ")")))
#undef __drv_maxIRQL
#define __drv_maxIRQL(...) __attribute__((annotate("__drv_maxIRQL(" #__VA_ARGS__ ")")))
#undef __drv_minIRQL
#define __drv_minIRQL(...) __attribute__((annotate("__drv_minIRQL(" #__VA_ARGS__ ")")))
#undef __drv_requiresIRQL
#define __drv_requiresIRQL(...) __attribute__((annotate("__drv_requiresIRQL(" #__VA_ARGS__ ")")))
#undef __drv_raisesIRQL
#define __drv_raisesIRQL(...) __attribute__((annotate("__drv_raisesIRQL(" #__VA_ARGS__ ")")))
#undef __drv_functionClass
#define __drv_functionClass(...) __attribute__((annotate("__drv_functionClass(" #__VA_ARGS__ ")")))
#undef __drv_setsIRQL
#define __drv_setsIRQL(...) __attribute__((annotate("__drv_setsIRQL(" #__VA_ARGS__ ")")))
#undef __drv_savesIRQLGlobal
#define __drv_savesIRQLGlobal(...) __attribute__((annotate("__drv_savesIRQLGlobal(" #__VA_ARGS__ ")")))
#undef __drv_restoresIRQLGlobal
#define __drv_restoresIRQLGlobal(...) __attribute__((annotate("__drv_restoresIRQLGlobal(" #__VA_ARGS__ ")")))
#undef _Acquires_lock_
#define _Acquires_lock_(...) __attribute__((annotate("_Acquires_lock_(" #__VA_ARGS__ ")")))
#undef _Releases_lock_
#define _Releases_lock_(...) __attribute__((annotate("_Releases_lock_(" #__VA_ARGS__ ")")))
#undef _Requires_lock_held_
#define _Requires_lock_held_(...) __attribute__((annotate("_Requires_lock_held_(" #__VA_ARGS__ ")")))
#undef _Requires_lock_not_held_
#define _Requires_lock_not_held_(...) __attribute__((annotate("_Requires_lock_not_held_(" #__VA_ARGS__ ")")))
#undef _Acquires_nonreentrant_lock_
#define _Acquires_nonreentrant_lock_(...) __attribute__((annotate("_Acquires_nonreentrant_lock_(" #__VA_ARGS__ ")")))
#undef _Releases_nonreentrant_lock_
#define _Releases_nonreentrant_lock_(...) __attribute__((annotate("_Releases_nonreentrant_lock_(" #__VA_ARGS__ ")")))
#undef _Acquires_exclusive_lock_
#define _Acquires_exclusive_lock_(...) __attribute__((annotate("_Acquires_exclusive_lock_(" #__VA_ARGS__ ")")))
#undef _Releases_exclusive_lock_
#define _Releases_exclusive_lock_(...) __attribute__((annotate("_Releases_exclusive_lock_(" #__VA_ARGS__ ")")))
#undef _Acquires_shared_lock_
#define _Acquires_shared_lock_(...) __attribute__((annotate("_Acquires_shared_lock_(" #__VA_ARGS__ ")")))
#undef _Releases_shared_lock_
#define _Releases_shared_lock_(...) __attribute__((annotate("_Releases_shared_lock_(" #__VA_ARGS__ ")")))
#undef _IRQL_saves_
#define _IRQL_saves_ __attribute__((annotate("_IRQL_saves_")))
#undef _IRQL_restores_
#define _IRQL_restores_ __attribute__((annotate("_IRQL_restores_")))
#undef __drv_savesIRQL
#define __drv_savesIRQL __attribute__((annotate("__drv_savesIRQL")))
#undef __drv_restoresIRQL
#define __drv_restoresIRQL __attribute__((annotate("__drv_restoresIRQL")))

#endif /* DPCCHECK_SAL_ANNOTATIONS_H */
