#ifndef DOCBUILD_CKERNELS_H
#define DOCBUILD_CKERNELS_H

#include <stddef.h>
#include <stdint.h>

/// C (n×m, row-major, contiguous, zero on entry) = A · B, where A is n×k and B is k×m, each read through a row stride
/// and a column stride (so a transposed operand needs no copy). Every element of C is summed in one fixed order of
/// correctly rounded fused multiply-adds and additions — for row-major operands the order NumPy's OpenBLAS uses on
/// AVX-512 x86-64 up to 100^3 multiply-adds (docs/04-numbers.md), otherwise chains in ascending p — so the result is
/// the same bits on every CPU, whatever vector width or blocking the kernel uses.
void docbuild_dgemm(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t a_row_stride,
                    ptrdiff_t a_column_stride, const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
                    double *c);

/// Which code path `docbuild_dgemm` takes on this CPU: 2 for AVX-512, 1 for AVX2 with FMA, 0 for the portable one.
/// For benchmarks and tests that force a path; the bits never depend on it.
int docbuild_dgemm_path(void);

/// Forces a path (0, 1 or 2, only one this CPU has) or restores the automatic choice (-1), so tests can compare the
/// paths' bits.
void docbuild_dgemm_force_path(int path);

/// The OpenBLAS kernel set whose summation orders the float64 products follow on this thread (docs/04-numbers.md,
/// "NumPy's own last bits depend on the CPU"): 0 for its AVX-512 "SkylakeX" kernels, every build's default, 1 for
/// its AVX2 "Haswell" ones, which NumPy runs on CPUs without AVX-512. Returns the set that was in force.
int docbuild_swap_product_kernels(int kernels);

/// The kernel set in force on this thread (see `docbuild_swap_product_kernels`).
int docbuild_current_product_kernels(void);

/// Counts one order-sensitive computation made outside these kernels (an LU factorization's sums).
void docbuild_count_order_sensitive_product(void);

/// How many float64 products on this thread, since the count was last swapped, summed two or more terms, so that
/// the two kernel sets could give other bits; sets the count to `count` and returns what it was.
long docbuild_swap_order_sensitive_products(long count);

/// The functions with a vector fast path in `docbuild_elementary`.
typedef enum {
  DOCBUILD_EXP = 0,
  DOCBUILD_LOG = 1,
  DOCBUILD_TANH = 2,
  DOCBUILD_SINH = 3,
  DOCBUILD_COSH = 4,
  DOCBUILD_EXP2 = 5,
  DOCBUILD_LOG2 = 6,
  DOCBUILD_LOG10 = 7,
  DOCBUILD_EXPM1 = 8,
  DOCBUILD_SIN = 9,
  DOCBUILD_COS = 10,
  DOCBUILD_TAN = 11,
  DOCBUILD_ATAN = 12,
  DOCBUILD_ASIN = 13,
  DOCBUILD_ACOS = 14,
  DOCBUILD_LOG1P = 15,
  DOCBUILD_ASINH = 16,
  DOCBUILD_ACOSH = 17,
  DOCBUILD_ATANH = 18,
} DocbuildElementaryFunction;

/// The elementary functions' tables (ElementaryTables in Swift, from mpmath), passed in so there is one copy.
typedef struct {
  const double *exp2_fraction_1024;  ///< 2^(j/1024), j in 0..<1024, as (hi, lo) pairs
  const double *exp2_fraction;       ///< 2^(j/128), j in 0..<128, as (hi, lo) pairs
  const double *log_inverse_center;  ///< 128 values
  const double *log_center;          ///< 128 (hi, lo) pairs
  const double *sin_cos;             ///< sin(i/64) (hi, lo) then cos(i/64) (hi, lo), i in 0..<52
  const double *atan_table;          ///< atan(i/64), i in 0...64, as (hi, lo) pairs
  const double *tan_table;           ///< tan(i/64), i in 0..<52, as (hi, lo) pairs
  const double *log_quad;            ///< (log_inverse_center, log_center hi, lo, 0) for each i: one load per lane
} DocbuildElementaryTables;

/// y[i] = function(x[i]) for the i whose fast evaluation decides the correctly rounded result; every other index
/// (undecided rounding, special values, the last n mod the vector width) is written to `undecided`, in increasing
/// order, and left for the caller. Returns how many; `undecided` must hold n entries, n < 2^32.
size_t docbuild_elementary(DocbuildElementaryFunction function, const double *x, double *y, size_t n,
                           const DocbuildElementaryTables *tables, uint32_t *undecided);

/// The two-argument functions with a vector loop in `docbuild_elementary_binary`.
typedef enum {
  DOCBUILD_POW = 0,
  DOCBUILD_ATAN2 = 1,
  DOCBUILD_HYPOT = 2,
  DOCBUILD_POW_FAST = 3,  ///< pow's plain-double fast lanes alone, every other lane undecided: for tests
} DocbuildElementaryBinaryFunction;

/// out[i] = function(x[i], y[i]) where the loop decides it, as `docbuild_elementary`; every other index goes to
/// `undecided` for the caller.
size_t docbuild_elementary_binary(DocbuildElementaryBinaryFunction function, const double *x, const double *y,
                                  double *out, size_t n, const DocbuildElementaryTables *tables, uint32_t *undecided);

/// The path `docbuild_elementary` takes: 2 for AVX-512, 1 for AVX2, 0 portable. The bits never depend on it.
int docbuild_elementary_path(void);

/// Forces a path (0, 1 or 2, only one this CPU has) or restores the automatic choice (-1), so tests compare paths.
void docbuild_elementary_force_path(int path);

/// out[i] = x[i] op y[i] for i < count, op 0 `+`, 1 `-`, 2 `*`, 3 `/` (IEEE, no contraction): the arithmetic of two
/// float64 arrays of one shape. Returns 1 when some result is a NaN, else 0. `out` overlaps neither operand (the
/// operands may be one array). The same bits on every CPU (AVX2 lanes where it has them).
int docbuild_plain_arithmetic(int op, const double *x, const double *y, double *out, ptrdiff_t count);

/// The transpose of a row-major (rows, columns) matrix of 8-byte elements into `to`, row-major (columns, rows): the
/// elements' bits copied, `to` overlapping nothing of `from`.
void docbuild_transpose_tile64(const uint64_t *from, uint64_t *to, ptrdiff_t rows, ptrdiff_t columns);

#endif
