// The summation orders of NumPy's complex vector dot products: OpenBLAS 0.3.31's zdot.c and cdot.c (zdotu/zdotc,
// cdotu/cdotc), which NumPy's `CDOUBLE_dot`/`CFLOAT_dot` and `CDOUBLE_vdot`/`CFLOAT_vdot` call for vectors whose steps
// BLAS takes, and NumPy's own loops for the others. Both OpenBLAS kernel sets (SkylakeX and Haswell) include the
// same AVX2 assembly for the blocked part; they differ in the C around it, which the SkylakeX build contracts into
// fused multiply-adds and the Haswell build (compiled without FMA) does not. NumPy's loops are never contracted.
#include "ComplexDot.h"
#include "product_kernels.h"

#include <math.h>

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// The four running sums of OpenBLAS's complex dot: Σ xr·yr, Σ xi·yi, Σ xr·yi, Σ xi·yr.
typedef struct {
  double sums[4];
} ComplexDotSums;

// One element added to the four sums by OpenBLAS's C loop: fused on SkylakeX, a rounded product on Haswell.
static void add_element(ComplexDotSums *s, double xr, double xi, double yr, double yi, int fused) {
  if (fused) {
    s->sums[0] = fma(xr, yr, s->sums[0]);
    s->sums[1] = fma(xi, yi, s->sums[1]);
    s->sums[2] = fma(xr, yi, s->sums[2]);
    s->sums[3] = fma(xi, yr, s->sums[3]);
  } else {
    double p0 = xr * yr, p1 = xi * yi, p2 = xr * yi, p3 = xi * yr;
    s->sums[0] = s->sums[0] + p0;
    s->sums[1] = s->sums[1] + p1;
    s->sums[2] = s->sums[2] + p2;
    s->sums[3] = s->sums[3] + p3;
  }
}

// zdot_compute for one thread's share. The contiguous path hands the largest multiple of 8 elements to
// zdot_microk_haswell-2.c: four ymm accumulators per sum, each holding two elements, so element i goes to fused chain
// i mod 8; they are folded as (c0 + c2) + (c4 + c6) and (c1 + c3) + (c5 + c7) lane by lane, and the two lanes added.
static ComplexDotSums zdot_compute(const double *x, const double *y, ptrdiff_t n, int contiguous, int fused) {
  ComplexDotSums s = {{0.0, 0.0, 0.0, 0.0}};
  ptrdiff_t start = 0;
  if (contiguous) {
    ptrdiff_t blocked = n & ~(ptrdiff_t)7;
    if (blocked > 0) {
      double chains[4][8] = {{0}};
      for (ptrdiff_t i = 0; i < blocked; i++) {
        int e = (int)(i & 7);
        double xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
        chains[0][e] = fma(xr, yr, chains[0][e]);
        chains[1][e] = fma(xi, yi, chains[1][e]);
        chains[2][e] = fma(xr, yi, chains[2][e]);
        chains[3][e] = fma(xi, yr, chains[3][e]);
      }
      for (int q = 0; q < 4; q++) {
        double *c = chains[q];
        double low = (c[0] + c[2]) + (c[4] + c[6]);
        double high = (c[1] + c[3]) + (c[5] + c[7]);
        s.sums[q] = low + high;
      }
      start = blocked;
    }
  }
  for (ptrdiff_t i = start; i < n; i++) add_element(&s, x[2 * i], x[2 * i + 1], y[2 * i], y[2 * i + 1], fused);
  return s;
}

static void zdot_result(ComplexDotSums s, int conjugate, double out[2]) {
  if (conjugate) {
    out[0] = s.sums[0] + s.sums[1];
    out[1] = s.sums[2] - s.sums[3];
  } else {
    out[0] = s.sums[0] - s.sums[1];
    out[1] = s.sums[2] + s.sums[3];
  }
}

// OpenBLAS threads zdot past 10,000 elements (with a step that is not zero): NumPy's two threads take the first
// (n + 1) / 2 elements and the rest (blas_level1_thread's split, as for ddot), and their complex results are added to
// zero in thread order.
enum { kThreadedComplexDotThreshold = 10000 };

void docbuild_complex_dot(const double *x, const double *y, ptrdiff_t n, int conjugate, int path, double out[2]) {
  if (n > 1) docbuild_order_sensitive_count++;
  if (path == DOCBUILD_COMPLEX_DOT_NUMPY_LOOP) {
    // CDOUBLE_dot's and CDOUBLE_vdot's own loops: one sum per part, from zero, each element's parts rounded.
    double real = 0.0, imag = 0.0;
    for (ptrdiff_t i = 0; i < n; i++) {
      double xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
      if (conjugate) {
        real += xr * yr + xi * yi;
        imag += xr * yi - xi * yr;
      } else {
        real += xr * yr - xi * yi;
        imag += xr * yi + xi * yr;
      }
    }
    out[0] = real;
    out[1] = imag;
    return;
  }
  int contiguous = path == DOCBUILD_COMPLEX_DOT_KERNEL;
  int fused = docbuild_product_kernel_set != kHaswellKernels;
  if (n <= 0) {
    out[0] = 0.0;
    out[1] = 0.0;
    return;
  }
  if (n <= kThreadedComplexDotThreshold) {
    zdot_result(zdot_compute(x, y, n, contiguous, fused), conjugate, out);
    return;
  }
  ptrdiff_t first = (n + 1) / 2;
  double part[2];
  double real = 0.0, imag = 0.0;
  zdot_result(zdot_compute(x, y, first, contiguous, fused), conjugate, part);
  real = real + part[0];
  imag = imag + part[1];
  zdot_result(zdot_compute(x + 2 * first, y + 2 * first, n - first, contiguous, fused), conjugate, part);
  real = real + part[0];
  imag = imag + part[1];
  out[0] = real;
  out[1] = imag;
}

// cdot.c, not threaded: the contiguous path hands the largest multiple of 16 elements to cdot_microk_haswell-2.c,
// four ymm accumulators of four elements per sum (element i in fused chain i mod 16), folded lane by lane as
// (c0 + c4) + (c8 + c12) for each of the four element slots, then slots 0 + 2 and 1 + 3 by the kernel's halves, and
// those two added by cdot.c (`dot[0] += dot[2]`).
void docbuild_complex64_dot(const float *x, const float *y, ptrdiff_t n, int conjugate, int path, float out[2]) {
  if (n > 1) docbuild_order_sensitive_count++;
  if (path == DOCBUILD_COMPLEX_DOT_NUMPY_LOOP) {
    float real = 0.0f, imag = 0.0f;
    for (ptrdiff_t i = 0; i < n; i++) {
      float xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
      if (conjugate) {
        real += xr * yr + xi * yi;
        imag += xr * yi - xi * yr;
      } else {
        real += xr * yr - xi * yi;
        imag += xr * yi + xi * yr;
      }
    }
    out[0] = real;
    out[1] = imag;
    return;
  }
  int fused = docbuild_product_kernel_set != kHaswellKernels;
  float sums[4] = {0.0f, 0.0f, 0.0f, 0.0f};
  ptrdiff_t start = 0;
  if (path == DOCBUILD_COMPLEX_DOT_KERNEL) {
    ptrdiff_t blocked = n & ~(ptrdiff_t)15;
    if (blocked > 0) {
      float chains[4][16] = {{0}};
      for (ptrdiff_t i = 0; i < blocked; i++) {
        int e = (int)(i & 15);
        float xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
        chains[0][e] = fmaf(xr, yr, chains[0][e]);
        chains[1][e] = fmaf(xi, yi, chains[1][e]);
        chains[2][e] = fmaf(xr, yi, chains[2][e]);
        chains[3][e] = fmaf(xi, yr, chains[3][e]);
      }
      for (int q = 0; q < 4; q++) {
        float *c = chains[q];
        float slot[4];
        for (int k = 0; k < 4; k++) slot[k] = (c[k] + c[4 + k]) + (c[8 + k] + c[12 + k]);
        float even = slot[0] + slot[2];
        float odd = slot[1] + slot[3];
        sums[q] = even + odd;
      }
      start = blocked;
    }
  }
  for (ptrdiff_t i = start; i < n; i++) {
    float xr = x[2 * i], xi = x[2 * i + 1], yr = y[2 * i], yi = y[2 * i + 1];
    if (fused) {
      sums[0] = fmaf(xr, yr, sums[0]);
      sums[1] = fmaf(xi, yi, sums[1]);
      sums[2] = fmaf(xr, yi, sums[2]);
      sums[3] = fmaf(xi, yr, sums[3]);
    } else {
      float p0 = xr * yr, p1 = xi * yi, p2 = xr * yi, p3 = xi * yr;
      sums[0] = sums[0] + p0;
      sums[1] = sums[1] + p1;
      sums[2] = sums[2] + p2;
      sums[3] = sums[3] + p3;
    }
  }
  if (conjugate) {
    out[0] = sums[0] + sums[1];
    out[1] = sums[2] - sums[3];
  } else {
    out[0] = sums[0] - sums[1];
    out[1] = sums[2] + sums[3];
  }
}
