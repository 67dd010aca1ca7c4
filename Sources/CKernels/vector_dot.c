// The summation order of OpenBLAS's ddot on AVX-512 x86-64, which NumPy calls for `np.dot`, `@`, `np.inner` and
// `np.vdot` of two float64 vectors; `docs/04-numbers.md` describes it. Every multiply-add of that kernel is fused
// (GCC contracts `accumulator += x * y` on vector types), so each is C's `fma`, correctly rounded on any CPU.
#include "VectorDot.h"
#include "product_kernels.h"

#include <math.h>

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// OpenBLAS's Haswell ddot (AVX2): four accumulators of four lanes over the largest multiple of 16, folded as its
// assembly folds them (each accumulator's halves, then accumulators pairwise, then the two lanes), and the rest
// added one rounded product at a time: that C is compiled without FMA for Haswell, so GCC does not contract it.
static double haswell_dot(const double *x, const double *y, ptrdiff_t n) {
  double dot = 0.0;
  ptrdiff_t blocked = n & ~(ptrdiff_t)15;
  if (blocked > 0) {
    double lanes[4][4] = {{0}};
    for (ptrdiff_t i = 0; i < blocked; i += 16) {
      for (int a = 0; a < 4; a++) {
        for (int l = 0; l < 4; l++) lanes[a][l] = fma(x[i + 4 * a + l], y[i + 4 * a + l], lanes[a][l]);
      }
    }
    double halves[4][2];
    for (int a = 0; a < 4; a++) {
      for (int l = 0; l < 2; l++) halves[a][l] = lanes[a][l] + lanes[a][l + 2];
    }
    double pair[2];
    for (int l = 0; l < 2; l++) pair[l] = (halves[0][l] + halves[1][l]) + (halves[2][l] + halves[3][l]);
    dot = pair[0] + pair[1];
  }
  for (ptrdiff_t i = blocked; i < n; i++) {
    double product = y[i] * x[i];
    dot = dot + product;
  }
  return dot;
}

// One thread's share: the whole vector, or its part of a threaded one.
static double skylake_dot(const double *x, const double *y, ptrdiff_t n);

// OpenBLAS's threaded ddot: above 10,000 elements it splits the vectors between its threads (NumPy's two, as on the
// fixtures' machine, which the threaded dgemm assumes too), the first taking (n + 1) / 2 elements
// (blas_level1_thread's width), each summed by the kernel alone; their results are then added to 0 in thread order.
static double kernel_dot(const double *x, const double *y, ptrdiff_t n) {
  return docbuild_product_kernel_set == kHaswellKernels ? haswell_dot(x, y, n) : skylake_dot(x, y, n);
}

enum { kThreadedDotThreshold = 10000 };

// `kernel` over x · y, split as OpenBLAS's two threads split it past kThreadedDotThreshold elements.
static double threaded_dot(double (*kernel)(const double *, const double *, ptrdiff_t), const double *x,
                           const double *y, ptrdiff_t n) {
  if (n <= 0) return 0.0;
  if (n > 1) docbuild_order_sensitive_count++;
  if (n <= kThreadedDotThreshold) return kernel(x, y, n);
  ptrdiff_t first = (n + 1) / 2;
  double dot = 0.0;
  dot = dot + kernel(x, y, first);
  dot = dot + kernel(x + first, y + first, n - first);
  return dot;
}

double docbuild_vector_dot(const double *x, const double *y, ptrdiff_t n) { return threaded_dot(kernel_dot, x, y, n); }

static double skylake_dot(const double *x, const double *y, ptrdiff_t n) {
  double dot = 0.0;
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

// OpenBLAS's ddot when either vector has a step other than one (NumPy passes a positive step on, `A[:, j].dot(v)`):
// not the vector kernel but its generic C loop. Each group of four rounded products adds its first and third to one
// running sum and its second and fourth to another (each pair summed first); the products past the last group go to
// the first sum one at a time; the two sums are added at the end. The AVX-512 build contracts that last loop's
// `sum += y * x` into a fused multiply-add (C's fma here); the Haswell build, compiled without FMA, rounds the product.
static double strided_kernel_dot(const double *x, const double *y, ptrdiff_t n) {
  double first = 0.0;
  double second = 0.0;
  ptrdiff_t grouped = n & ~(ptrdiff_t)3;
  ptrdiff_t i = 0;
  for (; i < grouped; i += 4) {
    double m1 = y[i] * x[i];
    double m2 = y[i + 1] * x[i + 1];
    double m3 = y[i + 2] * x[i + 2];
    double m4 = y[i + 3] * x[i + 3];
    first += m1 + m3;
    second += m2 + m4;
  }
  if (docbuild_product_kernel_set == kHaswellKernels) {
    for (; i < n; i++) {
      double product = y[i] * x[i];
      first += product;
    }
  } else {
    for (; i < n; i++) first = fma(y[i], x[i], first);
  }
  return first + second;
}

// The threaded split of `docbuild_vector_dot`, each thread's share summed by the strided loop.
double docbuild_strided_vector_dot(const double *x, const double *y, ptrdiff_t n) {
  return threaded_dot(strided_kernel_dot, x, y, n);
}
