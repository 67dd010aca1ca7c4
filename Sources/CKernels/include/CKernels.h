#ifndef DOCBUILD_CKERNELS_H
#define DOCBUILD_CKERNELS_H

#include <stddef.h>

/// C (n×m, row-major, contiguous) += A · B, where A is n×k and B is k×m, each read through a row stride and a column
/// stride (so a transposed operand needs no copy). Every element of C is one chain of fused multiply-adds taken in
/// the order p = 0, 1, …, k-1, starting from C's value on entry: the result is the same bits on every CPU, whatever
/// vector width or blocking the kernel uses.
void docbuild_dgemm(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t a_row_stride,
                    ptrdiff_t a_column_stride, const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
                    double *c);

/// Which code path `docbuild_dgemm` takes on this CPU: 1 for AVX2 with FMA, 0 for the portable one. For benchmarks and
/// tests that force a path; the bits never depend on it.
int docbuild_dgemm_path(void);

/// Forces the portable path (1) or restores the automatic choice (0), so tests can compare both paths' bits.
void docbuild_dgemm_force_portable(int force);

#endif
