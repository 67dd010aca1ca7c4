#ifndef DOCBUILD_THREAD_SLOTS_H
#define DOCBUILD_THREAD_SLOTS_H

/// Per-thread pointers the Swift side binds its meters in for the duration of a synchronous call (TensorCore's
/// `ThreadSlot`). A C thread-local read inlines into the Swift caller as one load, where `pthread_getspecific` was a
/// call of 17 instructions and its key a lazily made global (`swift_once`), paid by every operation that charges a
/// meter. Initial-exec: the slots live in the program's static TLS block, so no `__tls_get_addr` call either.
enum { DOCBUILD_THREAD_SLOT_COUNT = 2 };

extern _Thread_local void *_Nullable docbuild_thread_slots[DOCBUILD_THREAD_SLOT_COUNT]
    __attribute__((tls_model("initial-exec")));

/// The pointer bound in `slot` on this thread, NULL when none is.
static inline void *_Nullable docbuild_thread_slot(int slot) { return docbuild_thread_slots[slot]; }

/// Binds `value` in `slot` on this thread (NULL: nothing bound).
static inline void docbuild_set_thread_slot(int slot, void *_Nullable value) { docbuild_thread_slots[slot] = value; }

#endif
