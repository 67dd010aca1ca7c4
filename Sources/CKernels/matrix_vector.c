// Matrix · vector products in the summation order of OpenBLAS's dgemv on AVX-512 x86-64 ("SkylakeX": the Haswell
// dgemv_t kernel and the SkylakeX dgemv_n kernel), which NumPy 2 calls for `@`, `np.dot` and `np.matmul` of a
// float64 matrix and vector. docs/04-numbers.md describes the order; Tests/TensorCoreTests/Fixtures/
// make_matmul_bits_fixtures.py records NumPy's bits and the tests hold these functions to them.
//
// OpenBLAS's assembly adds without fusing where it uses SSE (`mulpd` then `addpd`) and fuses where its C is
// contracted by GCC or it uses vfmadd; each of those is C's correctly rounded fma() here, so every CPU gives the same
// bits. The vector paths below only run several of these chains side by side.
#include "CKernels.h"
#include "VectorDot.h"
#include "product_kernels.h"

#include <math.h>

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

enum {
  kBlock = 2048,  // OpenBLAS's NBMAX: the inner (gemv_t) or output (gemv_n) extent one kernel call covers
  kThreadedWork = 115200 * 4,  // from this many matrix elements on, OpenBLAS splits the product over its threads
};

// `a0 * x0 + a1 * x1` as GCC contracts it in OpenBLAS's C: the first product fused into the second.
#define PAIR(a0, x0, a1, x1) fma((a0), (x0), (a1) * (x1))

// The kernels, written once and compiled per target (the AVX2 copy lets the compiler turn each fma() into a vector
// instruction; the bits are the same).
#define DEFINE_GEMV(SUFFIX, ATTRIBUTES)                                                                               \
  /* dgemv_t on `rows` rows of A (row-major, row stride lda) and inner extent k: y[j] = Σ a[j][i] x[i]. */           \
  ATTRIBUTES static void rows_##SUFFIX(ptrdiff_t rows, ptrdiff_t k, const double *a, ptrdiff_t lda,              \
                                       const double *x, double *y) {                                             \
    for (ptrdiff_t j = 0; j < rows; j++) y[j] = 0.0;                                                             \
    ptrdiff_t tail = k & 3, whole = k & -4, last = (k & (kBlock - 1)) - tail;                                    \
    ptrdiff_t block = kBlock, offset = 0;                                                                        \
    ptrdiff_t fours = rows & ~(ptrdiff_t)3;                                                                      \
    while (block == kBlock) {                                                                                    \
      whole -= block;                                                                                            \
      if (whole < 0) {                                                                                           \
        if (last == 0) break;                                                                                    \
        block = last;                                                                                            \
      }                                                                                                          \
      const double *xs = x + offset;                                                                             \
      /* Rows in fours: one four-lane fused accumulator per row, lane q taking i ≡ q (mod 4); four rows at a time  \
         share the loads of x, as OpenBLAS's kernel does. */                                                     \
      for (ptrdiff_t j = 0; j < fours; j += 4) {                                                                 \
        const double *r0 = a + j * lda + offset, *r1 = r0 + lda, *r2 = r1 + lda, *r3 = r2 + lda;                \
        double l0[4] = {0, 0, 0, 0}, l1[4] = {0, 0, 0, 0}, l2[4] = {0, 0, 0, 0}, l3[4] = {0, 0, 0, 0};          \
        for (ptrdiff_t i = 0; i < block; i += 4) {                                                               \
          for (int q = 0; q < 4; q++) {                                                                          \
            l0[q] = fma(r0[i + q], xs[i + q], l0[q]);                                                            \
            l1[q] = fma(r1[i + q], xs[i + q], l1[q]);                                                            \
            l2[q] = fma(r2[i + q], xs[i + q], l2[q]);                                                            \
            l3[q] = fma(r3[i + q], xs[i + q], l3[q]);                                                            \
          }                                                                                                      \
        }                                                                                                        \
        y[j] = y[j] + ((l0[0] + l0[2]) + (l0[1] + l0[3]));                                                       \
        y[j + 1] = y[j + 1] + ((l1[0] + l1[2]) + (l1[1] + l1[3]));                                               \
        y[j + 2] = y[j + 2] + ((l2[0] + l2[2]) + (l2[1] + l2[3]));                                               \
        y[j + 3] = y[j + 3] + ((l3[0] + l3[2]) + (l3[1] + l3[3]));                                               \
      }                                                                                                          \
      /* The last rows: two-lane SSE sums without fusing. */                                                     \
      for (ptrdiff_t j = fours; j < rows; j++) {                                                                 \
        const double *r = a + j * lda + offset;                                                                  \
        double t;                                                                                                \
        if ((rows & 2) && j < fours + 2) {                                                                       \
          double e = 0.0, o = 0.0;                                                                               \
          for (ptrdiff_t i = 0; i < block; i += 2) {                                                             \
            e = e + r[i] * xs[i];                                                                                \
            o = o + r[i + 1] * xs[i + 1];                                                                        \
          }                                                                                                      \
          t = e + o;                                                                                             \
        } else {                                                                                                 \
          double p0 = 0.0, p1 = 0.0, q0 = 0.0, q1 = 0.0;                                                        \
          for (ptrdiff_t i = 0; i < block; i += 4) {                                                             \
            p0 = p0 + r[i] * xs[i];                                                                              \
            p1 = p1 + r[i + 1] * xs[i + 1];                                                                      \
            q0 = q0 + r[i + 2] * xs[i + 2];                                                                      \
            q1 = q1 + r[i + 3] * xs[i + 3];                                                                      \
          }                                                                                                      \
          t = (p0 + q0) + (p1 + q1);                                                                             \
        }                                                                                                        \
        y[j] = y[j] + t;                                                                                         \
      }                                                                                                          \
      offset += block;                                                                                           \
    }                                                                                                            \
    if (tail == 0) return;                                                                                       \
    /* The last k mod 4 inner elements, in C that GCC contracts. */                                              \
    const double *xs = x + offset;                                                                               \
    for (ptrdiff_t j = 0; j < rows; j++) {                                                                       \
      const double *r = a + j * lda + offset;                                                                    \
      if (tail == 3) {                                                                                           \
        y[j] = y[j] + fma(r[2], xs[2], PAIR(r[0], xs[0], r[1], xs[1]));                                          \
      } else if (tail == 2) {                                                                                    \
        y[j] = y[j] + PAIR(r[0], xs[0], r[1], xs[1]);                                                            \
      } else {                                                                                                   \
        y[j] = fma(r[0], xs[0], y[j]);                                                                           \
      }                                                                                                          \
    }                                                                                                            \
  }                                                                                                              \
                                                                                                                 \
  /* dgemv_n on k rows of B (row-major, row stride ldb) and `columns` outputs: y[c] = Σ b[j][c] x[j]. */           \
  ATTRIBUTES static void columns_##SUFFIX(ptrdiff_t k, ptrdiff_t columns, const double *b, ptrdiff_t ldb,         \
                                          const double *x, double *y) {                                          \
    for (ptrdiff_t c = 0; c < columns; c++) y[c] = 0.0;                                                          \
    ptrdiff_t tail = columns & 3, whole = columns & -4, last = (columns & (kBlock - 1)) - tail;                  \
    ptrdiff_t block = kBlock, offset = 0;                                                                        \
    ptrdiff_t fours = k & ~(ptrdiff_t)3;                                                                         \
    while (block == kBlock) {                                                                                    \
      whole -= block;                                                                                            \
      if (whole < 0) {                                                                                           \
        if (last == 0) break;                                                                                    \
        block = last;                                                                                            \
      }                                                                                                          \
      double *ys = y + offset;                                                                                   \
      /* Four rows of B at a time: their products summed (fused) first, then added to y. */                     \
      for (ptrdiff_t j = 0; j < fours; j += 4) {                                                                 \
        const double *b0 = b + j * ldb + offset, *b1 = b0 + ldb, *b2 = b1 + ldb, *b3 = b2 + ldb;                 \
        double x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];                                           \
        for (ptrdiff_t c = 0; c < block; c++) {                                                                  \
          double s = fma(b3[c], x3, fma(b2[c], x2, PAIR(b0[c], x0, b1[c], x1)));                                 \
          ys[c] = ys[c] + s;                                                                                     \
        }                                                                                                        \
      }                                                                                                          \
      ptrdiff_t j = fours;                                                                                       \
      if (k & 2) {                                                                                               \
        const double *b0 = b + j * ldb + offset, *b1 = b0 + ldb;                                                 \
        double x0 = x[j], x1 = x[j + 1];                                                                         \
        for (ptrdiff_t c = 0; c < block; c++) ys[c] = ys[c] + PAIR(b0[c], x0, b1[c], x1);                        \
        j += 2;                                                                                                  \
      }                                                                                                          \
      if (k & 1) {                                                                                               \
        /* SSE: the product rounded, then added. */                                                              \
        const double *b0 = b + j * ldb + offset;                                                                 \
        double x0 = x[j];                                                                                        \
        for (ptrdiff_t c = 0; c < block; c++) ys[c] = ys[c] + b0[c] * x0;                                        \
      }                                                                                                          \
      offset += block;                                                                                           \
    }                                                                                                            \
    if (tail == 0) return;                                                                                       \
    /* The last columns mod 4: one fused chain each, except OpenBLAS's own loops for exactly two or three          \
       columns in all. */                                                                                        \
    for (ptrdiff_t c = offset; c < columns; c++) {                                                               \
      double t = 0.0;                                                                                            \
      ptrdiff_t j = 0;                                                                                           \
      if ((columns == 3 && ldb == 3) || (columns == 2 && ldb == 2)) {                                            \
        for (; j < fours; j += 4) {                                                                              \
          t = t + PAIR(b[j * ldb + c], x[j], b[(j + 1) * ldb + c], x[j + 1]);                                    \
          t = t + PAIR(b[(j + 2) * ldb + c], x[j + 2], b[(j + 3) * ldb + c], x[j + 3]);                          \
        }                                                                                                        \
      }                                                                                                          \
      for (; j < k; j++) t = fma(b[j * ldb + c], x[j], t);                                                       \
      y[c] = y[c] + t;                                                                                           \
    }                                                                                                            \
  }

DEFINE_GEMV(portable, )

#if defined(__x86_64__)
DEFINE_GEMV(avx2, __attribute__((target("avx2,fma"))))

// The matrix product's path choice (forced by tests, or portable by DOCBUILD_PORTABLE_KERNELS) decides here too.
static int use_avx2(void) { return docbuild_dgemm_path() >= 1; }
#endif

static void rows_kernel(ptrdiff_t rows, ptrdiff_t k, const double *a, ptrdiff_t lda, const double *x, double *y) {
#if defined(__x86_64__)
  if (use_avx2()) {
    rows_avx2(rows, k, a, lda, x, y);
    return;
  }
#endif
  rows_portable(rows, k, a, lda, x, y);
}

// dgemv_n with OpenBLAS's Haswell kernels (AVX2): the same blocks as `columns_portable`, but four rows of B summed as
// (b0·x0 + b2·x2 fused) + (b1·x1 + b3·x3 fused), two rows as two rounded products added, and the last columns mod 4
// by C that the Haswell build does not contract: each product rounded, then added.
static void columns_haswell(ptrdiff_t k, ptrdiff_t columns, const double *b, ptrdiff_t ldb, const double *x,
                            double *y) {
  for (ptrdiff_t c = 0; c < columns; c++) y[c] = 0.0;
  ptrdiff_t tail = columns & 3, whole = columns & -4, last = (columns & (kBlock - 1)) - tail;
  ptrdiff_t block = kBlock, offset = 0;
  ptrdiff_t fours = k & ~(ptrdiff_t)3;
  while (block == kBlock) {
    whole -= block;
    if (whole < 0) {
      if (last == 0) break;
      block = last;
    }
    double *ys = y + offset;
    for (ptrdiff_t j = 0; j < fours; j += 4) {
      const double *b0 = b + j * ldb + offset, *b1 = b0 + ldb, *b2 = b1 + ldb, *b3 = b2 + ldb;
      double x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];
      for (ptrdiff_t c = 0; c < block; c++) {
        double even = fma(b2[c], x2, b0[c] * x0);
        double odd = fma(b3[c], x3, b1[c] * x1);
        ys[c] = ys[c] + (even + odd);
      }
    }
    ptrdiff_t j = fours;
    if (k & 2) {
      const double *b0 = b + j * ldb + offset, *b1 = b0 + ldb;
      double x0 = x[j], x1 = x[j + 1];
      for (ptrdiff_t c = 0; c < block; c++) {
        double first = b0[c] * x0, second = b1[c] * x1;
        ys[c] = ys[c] + (first + second);
      }
      j += 2;
    }
    if (k & 1) {
      const double *b0 = b + j * ldb + offset;
      double x0 = x[j];
      for (ptrdiff_t c = 0; c < block; c++) ys[c] = ys[c] + b0[c] * x0;
    }
    offset += block;
  }
  if (tail == 0) return;
  for (ptrdiff_t c = offset; c < columns; c++) {
    double t = 0.0;
    ptrdiff_t j = 0;
    if ((columns == 3 && ldb == 3) || (columns == 2 && ldb == 2)) {
      for (; j < fours; j += 2) {
        double first = b[j * ldb + c] * x[j], second = b[(j + 1) * ldb + c] * x[j + 1];
        t = t + (first + second);
      }
    }
    for (; j < k; j++) {
      double product = b[j * ldb + c] * x[j];
      t = t + product;
    }
    y[c] = y[c] + t;
  }
}

static void columns_kernel(ptrdiff_t k, ptrdiff_t columns, const double *b, ptrdiff_t ldb, const double *x,
                           double *y) {
  if (docbuild_product_kernel_set == kHaswellKernels) {
    columns_haswell(k, columns, b, ldb, x, y);
    return;
  }
#if defined(__x86_64__)
  if (use_avx2()) {
    columns_avx2(k, columns, b, ldb, x, y);
    return;
  }
#endif
  columns_portable(k, columns, b, ldb, x, y);
}

// OpenBLAS's split of a product over its two threads (the count NumPy's OpenBLAS uses on the machine the fixtures
// come from): the first ⌈count/2⌉ (at least 4) outputs, then the rest; each part is summed as a product of its own.
static ptrdiff_t first_share(ptrdiff_t count) {
  ptrdiff_t width = (count + 1) / 2;
  if (width < 4) width = 4;
  return width < count ? width : count;
}

void docbuild_matrix_vector(ptrdiff_t rows, ptrdiff_t k, const double *a, ptrdiff_t lda, const double *x,
                            double *y) {
  if (rows <= 0) return;
  if (k <= 0) {
    for (ptrdiff_t j = 0; j < rows; j++) y[j] = 0.0;
    return;
  }
  if (rows * k >= kThreadedWork) {
    ptrdiff_t first = first_share(rows);
    rows_kernel(first, k, a, lda, x, y);
    if (rows > first) rows_kernel(rows - first, k, a + first * lda, lda, x, y + first);
    return;
  }
  rows_kernel(rows, k, a, lda, x, y);
}

void docbuild_vector_matrix(ptrdiff_t k, ptrdiff_t columns, const double *b, ptrdiff_t ldb, const double *x,
                            double *y) {
  if (columns <= 0) return;
  if (k > 1) docbuild_order_sensitive_count++;
  if (k <= 0) {
    for (ptrdiff_t c = 0; c < columns; c++) y[c] = 0.0;
    return;
  }
  if (k * columns >= kThreadedWork) {
    ptrdiff_t first = first_share(columns);
    if (first == columns) {
      // Too few outputs to share: the threads split the inner extent instead, and their sums are added.
      double part[4];
      ptrdiff_t inner = first_share(k);
      columns_kernel(inner, columns, b, ldb, x, y);
      if (k > inner) {
        columns_kernel(k - inner, columns, b + inner * ldb, ldb, x + inner, part);
        for (ptrdiff_t c = 0; c < columns; c++) y[c] = y[c] + part[c];
      }
      return;
    }
    columns_kernel(k, first, b, ldb, x, y);
    columns_kernel(k, columns - first, b + first, ldb, x, y + first);
    return;
  }
  columns_kernel(k, columns, b, ldb, x, y);
}
