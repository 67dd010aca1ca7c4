#ifndef DOCBUILD_COMPLEX_DOT_H
#define DOCBUILD_COMPLEX_DOT_H

#include <stddef.h>

/// How NumPy's complex dot functions (`CDOUBLE_dot`, `CDOUBLE_vdot` and their complex64 forms) reach two vectors:
/// OpenBLAS's vector kernel when both steps are one element, its strided loop when both are positive and one is not
/// one, NumPy's own loop when either step is zero or negative.
typedef enum {
  DOCBUILD_COMPLEX_DOT_KERNEL = 0,
  DOCBUILD_COMPLEX_DOT_STRIDED = 1,
  DOCBUILD_COMPLEX_DOT_NUMPY_LOOP = 2,
} DocbuildComplexDotPath;

/// x · y of two complex128 vectors of n elements (conjugate != 0: conj(x) · y, NumPy's vdot), their real and
/// imaginary parts interleaved and passed contiguous in the vectors' order, summed as `path` sums them under the
/// kernel set in force (OpenBLAS's zdotu/zdotc, or NumPy's own loop); out[0] and out[1] get the parts.
void docbuild_complex_dot(const double *x, const double *y, ptrdiff_t n, int conjugate, int path, double out[2]);

/// The complex64 form of `docbuild_complex_dot`: OpenBLAS's cdotu/cdotc, or NumPy's own float loop.
void docbuild_complex64_dot(const float *x, const float *y, ptrdiff_t n, int conjugate, int path, float out[2]);

#endif
