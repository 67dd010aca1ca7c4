#ifndef DOCBUILD_VECTOR_DOT_H
#define DOCBUILD_VECTOR_DOT_H

#include <stddef.h>

/// x · y for two contiguous float64 vectors of length n, summed in the order NumPy's OpenBLAS (its AVX-512 "SkylakeX"
/// ddot kernel) sums them, with C's correctly rounded fma for each of its fused multiply-adds: the same bits on every
/// CPU, and NumPy's on x86-64 with AVX-512. See docs/04-numbers.md, "Vector dot products".
double docbuild_vector_dot(const double *x, const double *y, ptrdiff_t n);

/// x · y as OpenBLAS's ddot sums it when either vector has a step other than one in memory (NumPy hands BLAS a
/// column or every other element in place): two running sums over groups of four products, the rest added to the
/// first (fused on AVX-512, rounded first under the Haswell kernels). The values are passed contiguous, in the
/// vectors' order.
double docbuild_strided_vector_dot(const double *x, const double *y, ptrdiff_t n);

/// y[j] = Σ_i a[j·lda + i] · x[i] for j < rows, i < k (a row-major matrix times a contiguous vector), summed in the
/// order of the OpenBLAS dgemv_t kernel NumPy calls for it on AVX-512 x86-64, including the split over the two
/// threads it uses for large products there. See docs/04-numbers.md, "Matrix products".
void docbuild_matrix_vector(ptrdiff_t rows, ptrdiff_t k, const double *a, ptrdiff_t lda, const double *x, double *y);

/// y[c] = Σ_j x[j] · b[j·ldb + c] for c < columns, j < k (a contiguous vector times a row-major matrix, or the
/// transpose of a row-major matrix times a vector), summed in the order of OpenBLAS's dgemv_n kernel as NumPy calls
/// it on AVX-512 x86-64.
void docbuild_vector_matrix(ptrdiff_t k, ptrdiff_t columns, const double *b, ptrdiff_t ldb, const double *x,
                            double *y);

#endif
