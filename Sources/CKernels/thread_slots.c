#include "ThreadSlots.h"

_Thread_local void *docbuild_thread_slots[DOCBUILD_THREAD_SLOT_COUNT] __attribute__((tls_model("initial-exec")));
