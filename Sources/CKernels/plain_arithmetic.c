// `+ - * /` of two float64 arrays of one length, element by element, for `Layout.plainArithmetic`: the same IEEE
// operation on the same pairs as its Swift loop did, so the same bits, with the test for a NaN in the result made in
// the same pass (a second loop over the result, which tested for NaNs and infinities through the exponent's bits,
// cost about as much as the arithmetic: 315 of `a + b`'s 4,573 instructions on (10, 10) arrays). The Swift loop over
// two operands was not vectorised; this one is, and where the CPU has AVX2 four lanes at a time. One operation per
// element, never contracted, so every path gives the same bits.
#include "CKernels.h"

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// One loop per operator, so each is a plain loop with nothing to decide inside; a NaN is the one value unequal to
// itself.
#define PLAIN_LOOP(OPERATOR)              \
  for (ptrdiff_t i = 0; i < count; i++) { \
    double value = x[i] OPERATOR y[i];    \
    out[i] = value;                       \
    nan |= value != value;                \
  }

#define DEFINE_PLAIN(SUFFIX, ATTRIBUTES)                                                                      \
  ATTRIBUTES static int plain_##SUFFIX(int op, const double *restrict x, const double *restrict y,          \
                                       double *restrict out, ptrdiff_t count) {                             \
    int64_t nan = 0;                                                                                          \
    switch (op) {                                                                                             \
      case 0: PLAIN_LOOP(+) break;                                                                            \
      case 1: PLAIN_LOOP(-) break;                                                                            \
      case 2: PLAIN_LOOP(*) break;                                                                            \
      default: PLAIN_LOOP(/) break;                                                                           \
    }                                                                                                         \
    return nan != 0;                                                                                          \
  }

DEFINE_PLAIN(portable, )
#if defined(__x86_64__)
DEFINE_PLAIN(avx2, __attribute__((target("avx2"))))
#endif

int docbuild_plain_arithmetic(int op, const double *x, const double *y, double *out, ptrdiff_t count) {
#if defined(__x86_64__)
  if (__builtin_cpu_supports("avx2")) return plain_avx2(op, x, y, out, count);
#endif
  return plain_portable(op, x, y, out, count);
}
