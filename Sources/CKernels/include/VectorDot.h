#ifndef DOCBUILD_VECTOR_DOT_H
#define DOCBUILD_VECTOR_DOT_H

#include <stddef.h>

/// x · y for two contiguous float64 vectors of length n, summed in the order NumPy's OpenBLAS (its AVX-512 "SkylakeX"
/// ddot kernel) sums them, with C's correctly rounded fma for each of its fused multiply-adds: the same bits on every
/// CPU, and NumPy's on x86-64 with AVX-512. See docs/04-numbers.md, "Vector dot products".
double docbuild_vector_dot(const double *x, const double *y, ptrdiff_t n);

#endif
