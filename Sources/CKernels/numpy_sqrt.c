// np.sqrt of float64 and float32 arrays, as vector loops.
//
// Why: NumPy 2.4 takes square roots with vsqrtpd and vsqrtps (AVX-512 on x86-64), eight or sixteen at a time; a loop
// of Swift's squareRoot() took them one at a time, at twice NumPy's time for float64 and seven times for float32. IEEE
// 754 defines the square root as correctly rounded, so every instruction that computes it (sqrtsd, sqrtpd, vsqrtpd,
// vsqrtps, ARM's fsqrt) gives the same bits as squareRoot(): the same result for every number, -0 for -0, +inf for
// +inf, an input NaN quieted with its sign and payload, and x86's default NaN (sign set) for a negative number or
// -inf, as NumPy's loop gives. Tests/TensorCoreTests/SquareRootLoopTests.swift holds every path to squareRoot().
//
// float32: docbuild holds float32 values exactly in doubles, so converting them to float is exact and vsqrtps gives
// NumPy's float32 square root itself; converting it back is exact. This also equals the float64 square root rounded
// to float32, the Swift loop's Double(Float(x.squareRoot())), since double rounding is innocuous for the square root
// when the wider format has at least 2p + 2 bits of precision for p of the narrower one (S. A. Figueroa, "When is
// double rounding innocuous?", ACM SIGNUM Newsletter 30(3), 1995): 53 >= 2 * 24 + 2.

#include "numpy_elementary.h"

#include <string.h>

#include "CKernels.h"

#define LANES "numpy_sqrt_lanes.h"
#include "lanes_per_path.h"
#undef LANES

void docbuild_numpy_sqrt(const double *x, double *y, size_t n) {
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2: sqrt_float64_avx512(x, y, n); return;
  case 1: sqrt_float64_avx2(x, y, n); return;
#endif
  default: sqrt_float64_portable(x, y, n); return;
  }
}

void docbuild_numpy_sqrt_float32(const double *x, double *y, size_t n) {
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2: sqrt_float32_avx512(x, y, n); return;
  case 1: sqrt_float32_avx2(x, y, n); return;
#endif
  default: sqrt_float32_portable(x, y, n); return;
  }
}
