// The public functions of the glibc ports (glibc_trigonometric.c, glibc_inverse_trig.c): each runs the port's text
// compiled with FMA as one instruction (NAME_fused) on x86-64 CPUs that have it, as glibc's own FMA build runs there,
// and otherwise the same text with C's correctly rounded fma() (NAME_portable), which gives the same bits.
#ifndef DOCBUILD_GLIBC_FUSED_DISPATCH_H
#define DOCBUILD_GLIBC_FUSED_DISPATCH_H

#if defined(__x86_64__)
#define GLIBC_RUNS_FUSED() (docbuild_elementary_path() != 0)
#else
#define GLIBC_RUNS_FUSED() 0
#endif

#define DEFINE_GLIBC_FUNCTION(name)                                                                                    \
  double docbuild_glibc_##name(double x) { return GLIBC_RUNS_FUSED() ? name##_fused(x) : name##_portable(x); }

#define DEFINE_GLIBC_PAIR_FUNCTION(name)                                                                               \
  double docbuild_glibc_##name(double y, double x) {                                                                   \
    return GLIBC_RUNS_FUSED() ? name##_fused(y, x) : name##_portable(y, x);                                            \
  }

#endif
