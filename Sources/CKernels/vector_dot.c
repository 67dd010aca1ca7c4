// The summation order of OpenBLAS's ddot on AVX-512 x86-64, which NumPy calls for `np.dot`, `@`, `np.inner` and
// `np.vdot` of two float64 vectors; `docs/04-numbers.md` describes it. Every multiply-add of that kernel is fused
// (GCC contracts `accumulator += x * y` on vector types), so each is C's `fma`, correctly rounded on any CPU.
#include "VectorDot.h"

#include <math.h>

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

double docbuild_vector_dot(const double *x, const double *y, ptrdiff_t n) {
  double dot = 0.0;
  if (n <= 0) return dot;
  // The kernel takes the largest multiple of 16; the rest is added one product at a time.
  ptrdiff_t blocked = n & ~(ptrdiff_t)15;
  if (blocked > 0) {
    // Four accumulators of four lanes; before them, while 32 elements remain, four of eight lanes, folded to four.
    double lanes[4][4] = {{0}};
    ptrdiff_t i = 0;
    ptrdiff_t wide = blocked & ~(ptrdiff_t)31;
    if (wide > 0) {
      double wideLanes[4][8] = {{0}};
      for (; i < wide; i += 32) {
        for (int a = 0; a < 4; a++) {
          for (int l = 0; l < 8; l++) {
            wideLanes[a][l] = fma(x[i + 8 * a + l], y[i + 8 * a + l], wideLanes[a][l]);
          }
        }
      }
      for (int a = 0; a < 4; a++) {
        for (int l = 0; l < 4; l++) lanes[a][l] = wideLanes[a][l] + wideLanes[a][l + 4];
      }
    }
    for (; i < blocked; i += 16) {
      for (int a = 0; a < 4; a++) {
        for (int l = 0; l < 4; l++) lanes[a][l] = fma(x[i + 4 * a + l], y[i + 4 * a + l], lanes[a][l]);
      }
    }
    double folded[4];
    for (int l = 0; l < 4; l++) folded[l] = ((lanes[0][l] + lanes[1][l]) + lanes[2][l]) + lanes[3][l];
    double low = folded[0] + folded[2];
    double high = folded[1] + folded[3];
    dot = low + high;
  }
  for (ptrdiff_t i = blocked; i < n; i++) dot = fma(y[i], x[i], dot);
  return dot;
}
