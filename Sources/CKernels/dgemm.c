// Deterministic float64 matrix product.
//
// Why C: the kernel needs AVX-512, or AVX2 and FMA, on the CPUs that have them and a portable path elsewhere, chosen
// at run time, and Swift cannot compile one function for a CPU feature the rest of the binary may not assume. Every
// path computes every output element as one chain of correctly rounded fused multiply-adds in ascending order of the
// inner index, so their results are identical bits: the vector width, the tile, the blocking, packing and the CPU
// decide only how many chains run side by side, never how one chain is summed.

#include "CKernels.h"
#include "kernel_path.h"
#include "product_kernels.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif
#include <math.h>
#include <stdlib.h>
#include <string.h>

// Any contraction the compiler chose on its own would depend on the target; the only fused operations are the
// explicit fma() calls, which are exact on every platform.
#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

enum {
  kTileRows = 6,         // rows of C the portable and AVX2 micro-kernels keep in registers
  kTileColumns = 8,      // columns of C the portable and AVX2 micro-kernels keep in registers
  kWideRows = 8,         // rows of C the AVX-512 micro-kernel keeps in registers
  kWideColumns = 16,     // columns of C the AVX-512 micro-kernel keeps in registers
  kInnerBlock = 256,     // inner-index extent packed at once (A and B panels stay in L1/L2)
  kRowBlock = 96,        // rows of A packed at once (a multiple of every tile height)
  kColumnBlock = 2048,   // columns of B packed at once (a multiple of every tile width)
  kDirectWork = 8 * 8 * 8,     // up to this many multiply-adds, packing costs more than it saves
  kUnpackedLimit = 128 * 128,  // B of up to this many elements stays in cache unpacked (AVX2 and AVX-512)
  kUnpackedAvx2Columns = 48,  // B of up to this many columns is read unpacked on the AVX2 path
};

// Copies A[rows, inner] (strided) into panels of `tile` rows, each stored inner-index-major, zero-padded.
static void pack_a(ptrdiff_t rows, ptrdiff_t inner, const double *a, ptrdiff_t rs, ptrdiff_t cs, ptrdiff_t tile,
                   double *out) {
  for (ptrdiff_t r0 = 0; r0 < rows; r0 += tile) {
    ptrdiff_t height = rows - r0 < tile ? rows - r0 : tile;
    for (ptrdiff_t p = 0; p < inner; p++) {
      for (ptrdiff_t r = 0; r < tile; r++) {
        *out++ = r < height ? a[(r0 + r) * rs + p * cs] : 0.0;
      }
    }
  }
}

// Copies B[inner, columns] (strided) into panels of `tile` columns, each stored inner-index-major, zero-padded.
static void pack_b(ptrdiff_t inner, ptrdiff_t columns, const double *b, ptrdiff_t rs, ptrdiff_t cs, ptrdiff_t tile,
                   double *out) {
  for (ptrdiff_t c0 = 0; c0 < columns; c0 += tile) {
    ptrdiff_t width = columns - c0 < tile ? columns - c0 : tile;
    for (ptrdiff_t p = 0; p < inner; p++) {
      const double *row = b + p * rs + c0 * cs;
      if (width == tile && cs == 1) {
        memcpy(out, row, sizeof(double) * tile);
        out += tile;
      } else {
        for (ptrdiff_t c = 0; c < tile; c++) *out++ = c < width ? row[c * cs] : 0.0;
      }
    }
  }
}

// The scalar micro-kernel: advances a kTileRows × kTileColumns tile of C by `inner` steps of packed panels. The AVX2
// one below computes the same chains with the tile in registers.
static void micro_portable(ptrdiff_t inner, const double *restrict a, const double *restrict b, double *restrict c,
                           ptrdiff_t ldc, ptrdiff_t height, ptrdiff_t width) {
  double tile[kTileRows][kTileColumns];
  for (ptrdiff_t r = 0; r < kTileRows; r++)
    for (ptrdiff_t j = 0; j < kTileColumns; j++) tile[r][j] = (r < height && j < width) ? c[r * ldc + j] : 0.0;
  for (ptrdiff_t p = 0; p < inner; p++) {
    const double *bp = b + p * kTileColumns;
    const double *ap = a + p * kTileRows;
    for (ptrdiff_t r = 0; r < kTileRows; r++) {
      double scale = ap[r];
      for (ptrdiff_t j = 0; j < kTileColumns; j++) tile[r][j] = fma(scale, bp[j], tile[r][j]);
    }
  }
  for (ptrdiff_t r = 0; r < height; r++)
    for (ptrdiff_t j = 0; j < width; j++) c[r * ldc + j] = tile[r][j];
}

// The unpacked kernels, written once and compiled per target: `direct` for small products (i, then p, then j: each
// C element still sees p ascending) and `dots` for matrix · vector (one chain per row, four rows side by side).
#define DEFINE_KERNELS(SUFFIX, ATTRIBUTES)                                                                            \
  ATTRIBUTES static void direct_##SUFFIX(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars,       \
                                         ptrdiff_t acs, const double *b, ptrdiff_t brs, ptrdiff_t bcs, double *c) {   \
    for (ptrdiff_t i = 0; i < n; i++) {                                                                               \
      double *restrict row = c + i * m;                                                                               \
      for (ptrdiff_t p = 0; p < k; p++) {                                                                             \
        double scale = a[i * ars + p * acs];                                                                          \
        const double *brow = b + p * brs;                                                                             \
        if (bcs == 1) {                                                                                               \
          for (ptrdiff_t j = 0; j < m; j++) row[j] = fma(scale, brow[j], row[j]);                                     \
        } else {                                                                                                      \
          for (ptrdiff_t j = 0; j < m; j++) row[j] = fma(scale, brow[j * bcs], row[j]);                               \
        }                                                                                                             \
      }                                                                                                               \
    }                                                                                                                 \
  }                                                                                                                   \
                                                                                                                      \
  ATTRIBUTES static void dots_##SUFFIX(ptrdiff_t n, ptrdiff_t k, const double *a, ptrdiff_t ars, ptrdiff_t acs,       \
                                       const double *b, ptrdiff_t brs, double *c) {                                   \
    ptrdiff_t i = 0;                                                                                                  \
    for (; i + 4 <= n; i += 4) {                                                                                      \
      double s0 = c[i], s1 = c[i + 1], s2 = c[i + 2], s3 = c[i + 3];                                                  \
      const double *r0 = a + i * ars;                                                                                 \
      for (ptrdiff_t p = 0; p < k; p++) {                                                                             \
        double x = b[p * brs];                                                                                        \
        s0 = fma(r0[p * acs], x, s0);                                                                                 \
        s1 = fma(r0[ars + p * acs], x, s1);                                                                           \
        s2 = fma(r0[2 * ars + p * acs], x, s2);                                                                       \
        s3 = fma(r0[3 * ars + p * acs], x, s3);                                                                       \
      }                                                                                                               \
      c[i] = s0, c[i + 1] = s1, c[i + 2] = s2, c[i + 3] = s3;                                                         \
    }                                                                                                                 \
    for (; i < n; i++) {                                                                                              \
      double s = c[i];                                                                                                \
      for (ptrdiff_t p = 0; p < k; p++) s = fma(a[i * ars + p * acs], b[p * brs], s);                                 \
      c[i] = s;                                                                                                       \
    }                                                                                                                 \
  }

DEFINE_KERNELS(portable, )

#if defined(__x86_64__)
#define AVX2 __attribute__((target("avx2,fma")))
DEFINE_KERNELS(avx2, AVX2)

// The AVX2 micro-kernel spelled out, so the 6×8 tile of C stays in twelve registers; each lane is the same fma chain
// as micro_portable's.
AVX2 static void micro_avx2(ptrdiff_t inner, const double *restrict a, const double *restrict b, double *restrict c,
                            ptrdiff_t ldc, ptrdiff_t height, ptrdiff_t width) {
  double buffer[kTileRows * kTileColumns];
  double *out = c;
  ptrdiff_t ld = ldc;
  if (height < kTileRows || width < kTileColumns) {
    for (ptrdiff_t r = 0; r < kTileRows; r++)
      for (ptrdiff_t j = 0; j < kTileColumns; j++)
        buffer[r * kTileColumns + j] = (r < height && j < width) ? c[r * ldc + j] : 0.0;
    out = buffer;
    ld = kTileColumns;
  }
  __m256d c00 = _mm256_loadu_pd(out), c01 = _mm256_loadu_pd(out + 4);
  __m256d c10 = _mm256_loadu_pd(out + ld), c11 = _mm256_loadu_pd(out + ld + 4);
  __m256d c20 = _mm256_loadu_pd(out + 2 * ld), c21 = _mm256_loadu_pd(out + 2 * ld + 4);
  __m256d c30 = _mm256_loadu_pd(out + 3 * ld), c31 = _mm256_loadu_pd(out + 3 * ld + 4);
  __m256d c40 = _mm256_loadu_pd(out + 4 * ld), c41 = _mm256_loadu_pd(out + 4 * ld + 4);
  __m256d c50 = _mm256_loadu_pd(out + 5 * ld), c51 = _mm256_loadu_pd(out + 5 * ld + 4);
  for (ptrdiff_t p = 0; p < inner; p++) {
    __m256d b0 = _mm256_loadu_pd(b), b1 = _mm256_loadu_pd(b + 4);
    __m256d x;
    x = _mm256_broadcast_sd(a + 0), c00 = _mm256_fmadd_pd(x, b0, c00), c01 = _mm256_fmadd_pd(x, b1, c01);
    x = _mm256_broadcast_sd(a + 1), c10 = _mm256_fmadd_pd(x, b0, c10), c11 = _mm256_fmadd_pd(x, b1, c11);
    x = _mm256_broadcast_sd(a + 2), c20 = _mm256_fmadd_pd(x, b0, c20), c21 = _mm256_fmadd_pd(x, b1, c21);
    x = _mm256_broadcast_sd(a + 3), c30 = _mm256_fmadd_pd(x, b0, c30), c31 = _mm256_fmadd_pd(x, b1, c31);
    x = _mm256_broadcast_sd(a + 4), c40 = _mm256_fmadd_pd(x, b0, c40), c41 = _mm256_fmadd_pd(x, b1, c41);
    x = _mm256_broadcast_sd(a + 5), c50 = _mm256_fmadd_pd(x, b0, c50), c51 = _mm256_fmadd_pd(x, b1, c51);
    a += kTileRows;
    b += kTileColumns;
  }
  _mm256_storeu_pd(out, c00), _mm256_storeu_pd(out + 4, c01);
  _mm256_storeu_pd(out + ld, c10), _mm256_storeu_pd(out + ld + 4, c11);
  _mm256_storeu_pd(out + 2 * ld, c20), _mm256_storeu_pd(out + 2 * ld + 4, c21);
  _mm256_storeu_pd(out + 3 * ld, c30), _mm256_storeu_pd(out + 3 * ld + 4, c31);
  _mm256_storeu_pd(out + 4 * ld, c40), _mm256_storeu_pd(out + 4 * ld + 4, c41);
  _mm256_storeu_pd(out + 5 * ld, c50), _mm256_storeu_pd(out + 5 * ld + 4, c51);
  if (out == buffer) {
    for (ptrdiff_t r = 0; r < height; r++)
      for (ptrdiff_t j = 0; j < width; j++) c[r * ldc + j] = buffer[r * kTileColumns + j];
  }
}

// The row pointers of a tile of `count` rows of A (`ars` apart) and C (`ldc` apart): rows past `height` repeat the
// last one, so a partial tile reads nothing outside A, and its kernel stores only rows below `height`.
static inline __attribute__((always_inline)) void tile_rows(const double *a, ptrdiff_t ars, double *c, ptrdiff_t ldc,
                                                            ptrdiff_t height, ptrdiff_t count, const double **row,
                                                            double **out) {
  for (ptrdiff_t r = 0; r < count; r++) {
    ptrdiff_t clamped = r < height ? r : height - 1;
    row[r] = a + clamped * ars;
    out[r] = c + clamped * ldc;
  }
}

// The AVX2 micro-kernel without packing, for products small enough to stay in cache as they are: a 6×8 tile of C in
// twelve registers, A's element (r, p) read at a[r * ars + p * acs] and B's row p at b + p * brs (contiguous). As in
// micro_avx512_strided, partial tiles use masked loads and stores and rows past `height` repeat the last row and are
// not stored, so nothing outside the operands is touched; each lane is the same fma chain as micro_portable's. `halves`
// (a constant where it is inlined) says which of the tile's two four-column halves are computed and how: 1 the first
// alone, masked (width ≤ 4); 2 both, masked (width 5 to 7); 3 both, whole (width 8). Packing a 10 × 10 product cost
// more instructions than its multiply-adds.
AVX2 static inline __attribute__((always_inline)) void
micro_avx2_strided(ptrdiff_t inner, const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, ptrdiff_t brs,
                   double *c, ptrdiff_t ldc, ptrdiff_t height, ptrdiff_t width, int halves) {
  const __m256i lane = _mm256_setr_epi64x(0, 1, 2, 3);
  const __m256i m0 = _mm256_cmpgt_epi64(_mm256_set1_epi64x(width), lane);
  const __m256i m1 = _mm256_cmpgt_epi64(_mm256_set1_epi64x(width - 4), lane);
  const double *row[kTileRows];
  double *out[kTileRows];
  tile_rows(a, ars, c, ldc, height, kTileRows, row, out);
#define LOAD_HALF(pointer, mask) (halves == 3 ? _mm256_loadu_pd(pointer) : _mm256_maskload_pd(pointer, mask))
#define LOAD_ROW(r)                                                                    \
  __m256d c##r##0 = LOAD_HALF(out[r], m0);                                             \
  __m256d c##r##1 = halves >= 2 ? LOAD_HALF(out[r] + 4, m1) : _mm256_setzero_pd();
  LOAD_ROW(0) LOAD_ROW(1) LOAD_ROW(2) LOAD_ROW(3) LOAD_ROW(4) LOAD_ROW(5)
#undef LOAD_ROW
  for (ptrdiff_t p = 0; p < inner; p++) {
    const double *bp = b + p * brs;
    ptrdiff_t offset = p * acs;
    __m256d b0 = LOAD_HALF(bp, m0);
    __m256d b1 = halves >= 2 ? LOAD_HALF(bp + 4, m1) : _mm256_setzero_pd();
    __m256d x;
#define STEP(r)                                           \
  x = _mm256_broadcast_sd(row[r] + offset);               \
  c##r##0 = _mm256_fmadd_pd(x, b0, c##r##0);              \
  if (halves >= 2) c##r##1 = _mm256_fmadd_pd(x, b1, c##r##1);
    STEP(0) STEP(1) STEP(2) STEP(3) STEP(4) STEP(5)
#undef STEP
  }
#undef LOAD_HALF
  // Rows past `height` only repeated the last row's reads; they are not stored.
#define STORE_HALF(pointer, mask, value) \
  (halves == 3 ? _mm256_storeu_pd(pointer, value) : _mm256_maskstore_pd(pointer, mask, value))
#define STORE_ROW(r)                                        \
  if (r < height) {                                         \
    STORE_HALF(out[r], m0, c##r##0);                        \
    if (halves >= 2) STORE_HALF(out[r] + 4, m1, c##r##1);   \
  }
  STORE_ROW(5) STORE_ROW(4) STORE_ROW(3) STORE_ROW(2) STORE_ROW(1) STORE_ROW(0)
#undef STORE_ROW
#undef STORE_HALF
}

// The AVX2 product without packing (see micro_avx2_strided): C's rows are `ldc` apart; only its first m columns are
// written.
AVX2 static void unpacked_avx2(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars, ptrdiff_t acs,
                               const double *b, ptrdiff_t brs, double *c, ptrdiff_t ldc) {
  for (ptrdiff_t i = 0; i < n; i += kTileRows) {
    ptrdiff_t height = n - i < kTileRows ? n - i : kTileRows;
    const double *block = a + i * ars;
    double *out = c + i * ldc;
    ptrdiff_t j = 0;
    for (; j + kTileColumns <= m; j += kTileColumns)
      micro_avx2_strided(k, block, ars, acs, b + j, brs, out + j, ldc, height, kTileColumns, 3);
    if (m - j > 4) {
      micro_avx2_strided(k, block, ars, acs, b + j, brs, out + j, ldc, height, m - j, 2);
    } else if (m > j) {
      micro_avx2_strided(k, block, ars, acs, b + j, brs, out + j, ldc, height, m - j, 1);
    }
  }
}

#define AVX512 __attribute__((target("avx512f,fma")))

// The AVX-512 micro-kernel: an 8×16 tile of C in sixteen registers, for CPUs with thirty-two of them, reading A's
// element (r, p) at a[r * ars + p * acs] and B's row p at b + p * brs (contiguous). Partial tiles use masked loads
// and stores, and rows past `height` repeat the last row and are not stored, so nothing outside the operands is
// read or written and neither operand needs a padded copy. Each lane is the same fma chain as micro_portable's, in
// the same order; only the tile is larger. `halves` (a constant where it is inlined) says how much of the tile's
// second eight columns is computed: 1 none (width ≤ 8), 2 four of them in a 256-bit register (width ≤ 12), 3 all
// eight; a narrow tile (an affine layer's ten columns) then does not pay for 512-bit multiply-adds on columns it
// drops.
AVX512 static inline __attribute__((always_inline)) void
micro_avx512_strided(ptrdiff_t inner, const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, ptrdiff_t brs,
                     double *c, ptrdiff_t ldc, ptrdiff_t height, ptrdiff_t width, int halves) {
  __mmask8 m0 = width >= 8 ? 0xFF : (__mmask8)((1u << width) - 1);
  __mmask8 m1 = width >= 16 ? 0xFF : width <= 8 ? 0 : (__mmask8)((1u << (width - 8)) - 1);
  // The 256-bit half's lanes j < width - 8, as AVX's masked loads and stores take them (all ones where used).
  __m256i mh = _mm256_cmpgt_epi64(_mm256_set1_epi64x(width - 8), _mm256_setr_epi64x(0, 1, 2, 3));
  const double *row[kWideRows];
  double *out[kWideRows];
  tile_rows(a, ars, c, ldc, height, kWideRows, row, out);
#define LOAD_ROW(r)                                                                                \
  __m512d c##r##0 = _mm512_maskz_loadu_pd(m0, out[r]);                                             \
  __m512d c##r##1 = halves == 3 ? _mm512_maskz_loadu_pd(m1, out[r] + 8) : _mm512_setzero_pd();    \
  __m256d c##r##h = halves == 2 ? _mm256_maskload_pd(out[r] + 8, mh) : _mm256_setzero_pd();
  LOAD_ROW(0) LOAD_ROW(1) LOAD_ROW(2) LOAD_ROW(3) LOAD_ROW(4) LOAD_ROW(5) LOAD_ROW(6) LOAD_ROW(7)
#undef LOAD_ROW
  for (ptrdiff_t p = 0; p < inner; p++) {
    __m512d b0 = _mm512_maskz_loadu_pd(m0, b + p * brs);
    __m512d b1 = halves == 3 ? _mm512_maskz_loadu_pd(m1, b + p * brs + 8) : _mm512_setzero_pd();
    __m256d bh = halves == 2 ? _mm256_maskload_pd(b + p * brs + 8, mh) : _mm256_setzero_pd();
    __m512d x;
#define STEP(r)                                                                          \
  x = _mm512_set1_pd(row[r][p * acs]);                                                    \
  c##r##0 = _mm512_fmadd_pd(x, b0, c##r##0);                                              \
  if (halves == 3) c##r##1 = _mm512_fmadd_pd(x, b1, c##r##1);                             \
  if (halves == 2) c##r##h = _mm256_fmadd_pd(_mm512_castpd512_pd256(x), bh, c##r##h);
    STEP(0) STEP(1) STEP(2) STEP(3) STEP(4) STEP(5) STEP(6) STEP(7)
#undef STEP
  }
  // Rows past `height` only repeated the last row's reads; they are not stored.
#define STORE_ROW(r)                                                          \
  if (r < height) {                                                           \
    _mm512_mask_storeu_pd(out[r], m0, c##r##0);                               \
    if (halves == 3) _mm512_mask_storeu_pd(out[r] + 8, m1, c##r##1);          \
    if (halves == 2) _mm256_maskstore_pd(out[r] + 8, mh, c##r##h);            \
  }
  STORE_ROW(7) STORE_ROW(6) STORE_ROW(5) STORE_ROW(4) STORE_ROW(3) STORE_ROW(2) STORE_ROW(1) STORE_ROW(0)
#undef STORE_ROW
}

// The micro-kernel for a tile `width` columns wide, its second half as narrow as the width allows.
AVX512 static inline __attribute__((always_inline)) void
micro_avx512_tile(ptrdiff_t inner, const double *a, ptrdiff_t ars, ptrdiff_t acs, const double *b, ptrdiff_t brs,
                  double *c, ptrdiff_t ldc, ptrdiff_t height, ptrdiff_t width) {
  if (width > 12) {
    micro_avx512_strided(inner, a, ars, acs, b, brs, c, ldc, height, width, 3);
  } else if (width > 8) {
    micro_avx512_strided(inner, a, ars, acs, b, brs, c, ldc, height, width, 2);
  } else {
    micro_avx512_strided(inner, a, ars, acs, b, brs, c, ldc, height, width, 1);
  }
}

// The AVX-512 micro-kernel on packed panels (A: kWideRows rows inner-index-major, B: kWideColumns columns).
AVX512 static void micro_avx512(ptrdiff_t inner, const double *restrict a, const double *restrict b,
                                double *restrict c, ptrdiff_t ldc, ptrdiff_t height, ptrdiff_t width) {
  micro_avx512_tile(inner, a, 1, kWideRows, b, kWideColumns, c, ldc, height, width);
}

// The AVX-512 product without packing, for operands small enough to stay in cache as they are and a B with
// contiguous rows: the tiles read A and B in place. C's rows are `ldc` apart; only its first m columns are written.
AVX512 static void unpacked_avx512(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars,
                                   ptrdiff_t acs, const double *b, ptrdiff_t brs, double *c, ptrdiff_t ldc) {
  for (ptrdiff_t i = 0; i < n; i += kWideRows) {
    ptrdiff_t height = n - i < kWideRows ? n - i : kWideRows;
    for (ptrdiff_t j = 0; j < m; j += kWideColumns) {
      ptrdiff_t width = m - j < kWideColumns ? m - j : kWideColumns;
      micro_avx512_tile(k, a + i * ars, ars, acs, b + j, brs, c + i * ldc + j, ldc, height, width);
    }
  }
}
#endif

typedef void (*MicroKernel)(ptrdiff_t, const double *, const double *, double *, ptrdiff_t, ptrdiff_t, ptrdiff_t);
typedef void (*DirectKernel)(ptrdiff_t, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, const double *,
                             ptrdiff_t, ptrdiff_t, double *);
typedef void (*DotsKernel)(ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t, ptrdiff_t, const double *, ptrdiff_t,
                           double *);

// One code path's kernels and the micro-kernel's tile of C.
typedef struct {
  MicroKernel micro;
  DirectKernel direct;
  DotsKernel dots;
  ptrdiff_t rows, columns;
} Path;

static int forced_path = -1;

void docbuild_dgemm_force_path(int path) { __atomic_store_n(&forced_path, path, __ATOMIC_RELAXED); }

// DOCBUILD_PORTABLE_KERNELS=1 in the environment forces the portable path, as on a CPU without AVX2 and FMA: CI
// builds the book that way and compares the bytes. Read once; -1 until then.
static int portable_from_environment = -1;

int docbuild_portable_kernels_requested(void) {
  int cached = __atomic_load_n(&portable_from_environment, __ATOMIC_RELAXED);
  if (cached < 0) {
    const char *value = getenv("DOCBUILD_PORTABLE_KERNELS");
    cached = value != NULL && value[0] != '\0' && value[0] != '0';
    __atomic_store_n(&portable_from_environment, cached, __ATOMIC_RELAXED);
  }
  return cached;
}

int docbuild_dgemm_path(void) {
  int forced = __atomic_load_n(&forced_path, __ATOMIC_RELAXED);
  if (forced >= 0) return forced;
#if defined(__x86_64__)
  if (docbuild_portable_kernels_requested()) return 0;
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma")) return 2;
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
#endif
  return 0;
}

static Path path_for(int number) {
  Path path = {micro_portable, direct_portable, dots_portable, kTileRows, kTileColumns};
#if defined(__x86_64__)
  if (number == 1) path = (Path){micro_avx2, direct_avx2, dots_avx2, kTileRows, kTileColumns};
  if (number == 2) path = (Path){micro_avx512, direct_avx2, dots_avx2, kWideRows, kWideColumns};
#endif
  return path;
}

// Packing space, kept per thread between products: allocating it per call made every mid-sized product pay for fresh
// pages (glibc maps blocks this large anew each time).
static _Thread_local double *panel_storage = NULL;
static _Thread_local ptrdiff_t panel_capacity = 0;

static double *panel_buffer(ptrdiff_t count) {
  if (count > panel_capacity) {
    free(panel_storage);
    panel_storage = malloc(sizeof(double) * count);
    panel_capacity = panel_storage == NULL ? 0 : count;
  }
  return panel_storage;
}

// C += A · B with every element one fma chain in ascending order of p, continuing from C's value. The last `unused`
// columns of C may be left as they were (the small kernel's tail computes them its own way): the unpacked paths skip
// them, the others compute them anyway.
static void chains(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars, ptrdiff_t acs,
                   const double *b, ptrdiff_t brs, ptrdiff_t bcs, double *c, ptrdiff_t unused) {
  if (n <= 0 || k <= 0 || m <= 0) return;
  Path path = path_for(docbuild_dgemm_path());
  if (m == 1) {
    // Matrix · vector: one dot product per row, several rows side by side.
    path.dots(n, k, a, ars, acs, b, brs, c);
    return;
  }
#if defined(__x86_64__)
  if (path.micro == micro_avx512 && bcs == 1 && k * m <= kUnpackedLimit && n * k * m > kDirectWork) {
    unpacked_avx512(n, k, m - unused, a, ars, acs, b, brs, c, m);
    return;
  }
  // On AVX2, B's rows read in place only while they are narrow: 64 columns and wider (rows 512 bytes and more apart)
  // ran slower than packing from (64, 64, 64) up (B's rows fall on too few cache sets), narrower ones faster.
  if (path.micro == micro_avx2 && bcs == 1 && m <= kUnpackedAvx2Columns && k * m <= kUnpackedLimit &&
      n * k * m > kDirectWork) {
    unpacked_avx2(n, k, m - unused, a, ars, acs, b, brs, c, m);
    return;
  }
#endif
  ptrdiff_t tile = path.columns;
  // Products this small, and those narrower than a tile, skip packing.
  if (n * k * m <= kDirectWork || n < path.rows || m < tile) {
    path.direct(n, k, m, a, ars, acs, b, brs, bcs, c);
    return;
  }
  ptrdiff_t column_block = m < kColumnBlock ? m : kColumnBlock;
  ptrdiff_t inner_block = k < kInnerBlock ? k : kInnerBlock;
  ptrdiff_t row_block = n < kRowBlock ? (n + path.rows - 1) / path.rows * path.rows : kRowBlock;
  ptrdiff_t b_size = inner_block * ((column_block + tile - 1) / tile * tile);
  ptrdiff_t a_size = inner_block * row_block;
  double *panels = panel_buffer(a_size + b_size);
  if (panels == NULL) {
    // Out of memory for the panels: the unpacked loop gives the same bits, only slower.
    path.direct(n, k, m, a, ars, acs, b, brs, bcs, c);
    return;
  }
  double *packed_a = panels;
  double *packed_b = panels + a_size;
  for (ptrdiff_t j0 = 0; j0 < m; j0 += kColumnBlock) {
    ptrdiff_t columns = m - j0 < kColumnBlock ? m - j0 : kColumnBlock;
    for (ptrdiff_t p0 = 0; p0 < k; p0 += kInnerBlock) {
      ptrdiff_t inner = k - p0 < kInnerBlock ? k - p0 : kInnerBlock;
      pack_b(inner, columns, b + p0 * brs + j0 * bcs, brs, bcs, tile, packed_b);
      for (ptrdiff_t i0 = 0; i0 < n; i0 += kRowBlock) {
        ptrdiff_t rows = n - i0 < kRowBlock ? n - i0 : kRowBlock;
        pack_a(rows, inner, a + i0 * ars + p0 * acs, ars, acs, path.rows, packed_a);
        for (ptrdiff_t jt = 0; jt < columns; jt += tile) {
          ptrdiff_t width = columns - jt < tile ? columns - jt : tile;
          for (ptrdiff_t it = 0; it < rows; it += path.rows) {
            ptrdiff_t height = rows - it < path.rows ? rows - it : path.rows;
            path.micro(inner, packed_a + it * inner, packed_b + jt * inner, c + (i0 + it) * m + j0 + jt, m, height,
                       width);
          }
        }
      }
    }
  }
}

// NumPy's OpenBLAS on AVX-512 ("SkylakeX") sends a product of at most 100^3 multiply-adds to its small-matrix kernel
// (dgemm_small_kernel_nn: C-ordered operands are its column-major B·A). Each element there is one fma chain over p
// from zero, except in the last m mod 8 columns when there are at most four of them and k ≥ 16: those are eight
// chains, lane q taking p ≡ q (mod 8), added in one of two trees (docs/04-numbers.md).
enum {
  kSmallWork = 100 * 100 * 100,  // DGEMM_SMALL_M_PERMIT's limit
  kInnerSplit = 384,             // DGEMM_DEFAULT_Q on SkylakeX: larger products sum k in blocks of this
  kSplitRows = 256,              // rows of C whose later blocks' partial sums are formed at once
};

// The eight-lane trees of the small kernel: its four-result reduction (pairs of neighbouring lanes first) and
// _mm512_reduce_add_pd (lanes four apart first).
static double neighbour_tree(const double *l) { return ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7])); }
static double halves_tree(const double *l) { return ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7])); }

// The tail's lanes on CPUs with vector fused multiply-adds: the tail columns of B copied side by side, each contiguous
// (`columns`, kTailColumns of them, zero past `count`), so that lane q of one vector accumulator per element takes
// p ≡ q (mod 8) in ascending order, exactly the scalar loop's chains, and the lanes are added by the same trees.
// Columns past `count` are computed from the zeros and dropped. (Where several operands of an addition or a fused
// multiply-add are NaN, which one's sign and payload survives is the compiler's choice of operand order and
// instruction form: -O0 and -O2 builds of the scalar loop already differ there; every other bit is the same.)
enum { kTailColumns = 4 };

static void tail_trees(const double *lanes, ptrdiff_t count, ptrdiff_t row, ptrdiff_t four_rows, double *out) {
  for (ptrdiff_t j = 0; j < count; j++)
    out[j] = (count == 4 || row < four_rows) ? neighbour_tree(lanes + 8 * j) : halves_tree(lanes + 8 * j);
}

#if defined(__x86_64__)
// `width` (2 or 4, a constant where inlined) accumulators per row, for tails of up to `width` columns, and rows in
// fours so that sixteen (or eight) independent chains are in flight rather than one row's two or four.
AVX512 static inline __attribute__((always_inline)) void
tail_avx512_columns(ptrdiff_t n, ptrdiff_t k, ptrdiff_t count, const double *a, ptrdiff_t ars, const double *columns,
                    double *c, ptrdiff_t ldc, ptrdiff_t four_rows, int width) {
  const double *b0 = columns, *b1 = columns + k, *b2 = columns + 2 * k, *b3 = columns + 3 * k;
  ptrdiff_t whole = k & ~(ptrdiff_t)7;
  __mmask8 rest = (__mmask8)((1u << (k - whole)) - 1);
  enum { kRows = 4 };
  for (ptrdiff_t i0 = 0; i0 < n; i0 += kRows) {
    ptrdiff_t height = n - i0 < kRows ? n - i0 : kRows;
    // Rows past `height` repeat the last row's reads and are not stored.
    const double *row[kRows];
    for (ptrdiff_t r = 0; r < kRows; r++) row[r] = a + (i0 + (r < height ? r : height - 1)) * ars;
    __m512d l[kRows][kTailColumns];
    for (int r = 0; r < kRows; r++)
      for (int j = 0; j < width; j++) l[r][j] = _mm512_setzero_pd();
    for (ptrdiff_t p = 0; p < whole; p += 8) {
      __m512d y0 = _mm512_loadu_pd(b0 + p), y1 = _mm512_loadu_pd(b1 + p);
      __m512d y2 = width == 4 ? _mm512_loadu_pd(b2 + p) : y0, y3 = width == 4 ? _mm512_loadu_pd(b3 + p) : y1;
      for (int r = 0; r < kRows; r++) {
        __m512d x = _mm512_loadu_pd(row[r] + p);
        l[r][0] = _mm512_fmadd_pd(x, y0, l[r][0]);
        l[r][1] = _mm512_fmadd_pd(x, y1, l[r][1]);
        if (width == 4) {
          l[r][2] = _mm512_fmadd_pd(x, y2, l[r][2]);
          l[r][3] = _mm512_fmadd_pd(x, y3, l[r][3]);
        }
      }
    }
    if (rest) {
      // Lanes outside the mask keep their value exactly (a fused add of 0 · 0 would turn -0 into +0).
      __m512d y0 = _mm512_maskz_loadu_pd(rest, b0 + whole), y1 = _mm512_maskz_loadu_pd(rest, b1 + whole);
      __m512d y2 = width == 4 ? _mm512_maskz_loadu_pd(rest, b2 + whole) : y0;
      __m512d y3 = width == 4 ? _mm512_maskz_loadu_pd(rest, b3 + whole) : y1;
      for (int r = 0; r < kRows; r++) {
        __m512d x = _mm512_maskz_loadu_pd(rest, row[r] + whole);
        l[r][0] = _mm512_mask3_fmadd_pd(x, y0, l[r][0], rest);
        l[r][1] = _mm512_mask3_fmadd_pd(x, y1, l[r][1], rest);
        if (width == 4) {
          l[r][2] = _mm512_mask3_fmadd_pd(x, y2, l[r][2], rest);
          l[r][3] = _mm512_mask3_fmadd_pd(x, y3, l[r][3], rest);
        }
      }
    }
    for (ptrdiff_t r = 0; r < height; r++) {
      double lanes[8 * kTailColumns];
      for (int j = 0; j < width; j++) _mm512_storeu_pd(lanes + 8 * j, l[r][j]);
      tail_trees(lanes, count, i0 + r, four_rows, c + (i0 + r) * ldc);
    }
  }
}

AVX512 static void tail_avx512(ptrdiff_t n, ptrdiff_t k, ptrdiff_t count, const double *a, ptrdiff_t ars,
                               const double *columns, double *c, ptrdiff_t ldc, ptrdiff_t four_rows) {
  if (count <= 2) {
    tail_avx512_columns(n, k, count, a, ars, columns, c, ldc, four_rows, 2);
  } else {
    tail_avx512_columns(n, k, count, a, ars, columns, c, ldc, four_rows, 4);
  }
}

// The same with each accumulator as two four-lane halves (lanes 0–3 and 4–7); the last k mod 8 products one by one.
AVX2 static void tail_avx2(ptrdiff_t n, ptrdiff_t k, ptrdiff_t count, const double *a, ptrdiff_t ars,
                           const double *columns, double *c, ptrdiff_t ldc, ptrdiff_t four_rows) {
  ptrdiff_t whole = k & ~(ptrdiff_t)7;
  for (ptrdiff_t i = 0; i < n; i++) {
    const double *row = a + i * ars;
    __m256d low[kTailColumns], high[kTailColumns];
    for (int j = 0; j < kTailColumns; j++) low[j] = high[j] = _mm256_setzero_pd();
    for (ptrdiff_t p = 0; p < whole; p += 8) {
      __m256d x0 = _mm256_loadu_pd(row + p), x1 = _mm256_loadu_pd(row + p + 4);
      for (int j = 0; j < kTailColumns; j++) {
        low[j] = _mm256_fmadd_pd(x0, _mm256_loadu_pd(columns + j * k + p), low[j]);
        high[j] = _mm256_fmadd_pd(x1, _mm256_loadu_pd(columns + j * k + p + 4), high[j]);
      }
    }
    double lanes[8 * kTailColumns];
    for (int j = 0; j < kTailColumns; j++) {
      _mm256_storeu_pd(lanes + 8 * j, low[j]);
      _mm256_storeu_pd(lanes + 8 * j + 4, high[j]);
    }
    for (ptrdiff_t j = 0; j < count; j++)
      for (ptrdiff_t p = whole; p < k; p++) lanes[8 * j + (p & 7)] = fma(row[p], columns[j * k + p], lanes[8 * j + (p & 7)]);
    tail_trees(lanes, count, i, four_rows, c + i * ldc);
  }
}
#endif

// How many of the last columns the small kernel computes as eight chains (0 when none).
static ptrdiff_t small_kernel_tail_columns(ptrdiff_t k, ptrdiff_t m) {
  ptrdiff_t count = m - (m & ~(ptrdiff_t)7);
  return count > 4 || k < 16 ? 0 : count;
}

static void small_kernel_tail(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars, const double *b,
                              ptrdiff_t brs, double *c) {
  ptrdiff_t first = m & ~(ptrdiff_t)7, count = small_kernel_tail_columns(k, m);
  if (count == 0) return;
  // Four columns: every row by the neighbour tree. Fewer: rows in fours by it, the last n mod 4 rows by halves.
  ptrdiff_t four_rows = n & ~(ptrdiff_t)3;
#if defined(__x86_64__)
  int path = docbuild_dgemm_path();
  if (path >= 1) {
    enum { kStackColumns = 256 };
    double stack[kTailColumns * kStackColumns];
    double *columns = k <= kStackColumns ? stack : malloc(sizeof(double) * kTailColumns * k);
    if (columns != NULL) {
      for (ptrdiff_t j = 0; j < kTailColumns; j++)
        for (ptrdiff_t p = 0; p < k; p++) columns[j * k + p] = j < count ? b[p * brs + first + j] : 0.0;
      if (path >= 2) {
        tail_avx512(n, k, count, a, ars, columns, c + first, m, four_rows);
      } else {
        tail_avx2(n, k, count, a, ars, columns, c + first, m, four_rows);
      }
      if (columns != stack) free(columns);
      return;
    }
  }
#endif
  for (ptrdiff_t i = 0; i < n; i++) {
    const double *row = a + i * ars;
    for (ptrdiff_t j = first; j < m; j++) {
      double lanes[8] = {0, 0, 0, 0, 0, 0, 0, 0};
      for (ptrdiff_t p = 0; p < k; p++) lanes[p & 7] = fma(row[p], b[p * brs + j], lanes[p & 7]);
      c[i * m + j] = (count == 4 || i < four_rows) ? neighbour_tree(lanes) : halves_tree(lanes);
    }
  }
}

// `A @ B.T` (B read transposed, its rows contiguous) goes to the small kernel's "TN" variant when C has at most 1200
// elements and k ≥ 32: every element is eight fused chains (lane q taking p ≡ q mod 8), added by the neighbour tree
// in the columns in fours, and in the last m mod 4 columns by it in the rows in fours, by the halves tree below them.
#define DEFINE_SMALL_TN(SUFFIX, ATTRIBUTES)                                                                           \
  ATTRIBUTES static void small_tn_##SUFFIX(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars,     \
                                           const double *b, ptrdiff_t bcs, double *c) {                              \
    for (ptrdiff_t i = 0; i < n; i++) {                                                                               \
      for (ptrdiff_t j = 0; j < m; j++) {                                                                             \
        const double *x = a + i * ars, *y = b + j * bcs;                                                             \
        double l[8] = {0, 0, 0, 0, 0, 0, 0, 0};                                                                      \
        ptrdiff_t p = 0;                                                                                             \
        for (; p + 8 <= k; p += 8)                                                                                   \
          for (int q = 0; q < 8; q++) l[q] = fma(x[p + q], y[p + q], l[q]);                                          \
        for (int q = 0; p + q < k; q++) l[q] = fma(x[p + q], y[p + q], l[q]);                                        \
        int neighbours = j < (m & ~(ptrdiff_t)3) || i < (n & ~(ptrdiff_t)3);                                          \
        c[i * m + j] = neighbours ? neighbour_tree(l) : halves_tree(l);                                              \
      }                                                                                                               \
    }                                                                                                                 \
  }
DEFINE_SMALL_TN(portable, )
#if defined(__x86_64__)
DEFINE_SMALL_TN(avx2, AVX2)
#endif

// OpenBLAS's Haswell build has no small-matrix kernel: every product goes through its level-3 driver, which sums k in
// blocks (256 while at least 512 remain; past 256, about half of what is left: rounded up to a multiple of 4 by the
// one-thread driver, (left + 1) / 2 by the threaded one), each block one fma chain from its first product, added to
// C (zero first, so a -0 sum becomes 0). Its kernel's one-column case (OpenBLAS's N is NumPy's rows) is the
// exception: the last row of each group of rows the kernel is handed, when the group has an odd number of rows, is
// summed in tiles of four columns by four chains each (`haswell_tile_sum`). The groups: all rows for the one-thread
// driver; for the threaded one (a product of at least 2 · 64^3 multiply-adds, split over NumPy's two OpenBLAS
// threads as on the fixtures' machine) each thread's rows in two halves, and the tiles start anew at each thread's
// first column.
enum {
  kHaswellInnerBlock = 256,          // DGEMM_DEFAULT_Q on Haswell
  kHaswellThreadedWork = 65536 * 4,  // SMP_THRESHOLD_MIN × GEMM_MULTITHREAD_THRESHOLD, per thread
  kHaswellSwitchRatio = 4,           // SWITCH_RATIO for double on Haswell
};

// Four chains over each eight p (chain q takes p ≡ q mod 4), the rest of p on the first, added as (0 + 1) + (2 + 3).
static double haswell_tile_sum(ptrdiff_t k, const double *a, ptrdiff_t acs, const double *b, ptrdiff_t brs) {
  ptrdiff_t eights = k & ~(ptrdiff_t)7;
  double chain[4] = {0, 0, 0, 0};
  for (ptrdiff_t p = 0; p < eights; p++) chain[p & 3] = fma(a[p * acs], b[p * brs], chain[p & 3]);
  for (ptrdiff_t p = eights; p < k; p++) chain[0] = fma(a[p * acs], b[p * brs], chain[0]);
  return (chain[0] + chain[1]) + (chain[2] + chain[3]);
}

// How OpenBLAS's threaded driver shares a product between two threads (gemm_thread's choice of nthreads_m and
// nthreads_n): by OpenBLAS's M (NumPy's columns), by its N (NumPy's rows), or not at all.
typedef struct {
  int threaded;
  ptrdiff_t column_split;  // first column of the second thread's columns, or m
  ptrdiff_t row_split;     // first row of the second thread's rows, or n
} HaswellSplit;

static ptrdiff_t haswell_round_up(ptrdiff_t total, ptrdiff_t width) {
  width = (width + 7) / 8 * 8;
  return width < total ? width : total;
}

static HaswellSplit haswell_split(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m) {
  HaswellSplit split = {0, m, n};
  if ((double)n * (double)k * (double)m < 2.0 * kHaswellThreadedWork) return split;
  ptrdiff_t by_columns = m < 2 * kHaswellSwitchRatio ? 1 : 2, by_rows = 1;
  if (n >= kHaswellSwitchRatio * by_columns) {
    by_rows = (n + kHaswellSwitchRatio * by_columns - 1) / (kHaswellSwitchRatio * by_columns);
    if (by_columns * by_rows > 2) by_rows = 2 / by_columns;
    if (by_columns == 2 && n * by_columns + m * by_rows > n + m * by_rows * 2) {
      by_columns = 1;
      by_rows *= 2;
    }
  }
  if (by_columns * by_rows <= 1) return split;
  split.threaded = 1;
  // Both extents are shared out as halves; when the columns are split too, each half is rounded up to a multiple of
  // eight (as NumPy 2.4's OpenBLAS does; found by comparing its bits, not in its 0.3.28 source).
  if (by_columns == 2) split.column_split = haswell_round_up(m, (m + 1) / 2);
  ptrdiff_t width = (n + 1) / 2;
  if (width < kHaswellSwitchRatio && width > 1) width = kHaswellSwitchRatio;
  if (by_columns == 2) width = haswell_round_up(n, width);
  split.row_split = width < n ? width : n;
  return split;
}

// Whether row i is the last of an odd group of rows: for the threaded driver the rows are shared out in two parts,
// and each part [from, to) goes to the kernel in two halves of ⌈(to − from)/2⌉ and the rest.
static int haswell_odd_group_end(ptrdiff_t i, ptrdiff_t n, HaswellSplit split) {
  if (!split.threaded) return i == n - 1 && (n & 1);
  ptrdiff_t from = i < split.row_split ? 0 : split.row_split, to = i < split.row_split ? split.row_split : n;
  ptrdiff_t half = (to - from + 1) / 2;
  ptrdiff_t group_from = i < from + half ? from : from + half, group_to = i < from + half ? from + half : to;
  return i == group_to - 1 && ((group_to - group_from) & 1);
}

// Whether column j falls in a whole tile of four of its thread's columns.
static int haswell_tiled_column(ptrdiff_t j, ptrdiff_t m, HaswellSplit split) {
  ptrdiff_t from = j < split.column_split ? 0 : split.column_split, to = j < split.column_split ? split.column_split : m;
  return j - from < ((to - from) & ~(ptrdiff_t)3);
}

static void haswell_dgemm(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars, ptrdiff_t acs,
                          const double *b, ptrdiff_t brs, ptrdiff_t bcs, double *c) {
  enum { kChunk = 256 };  // columns summed side by side
  HaswellSplit split = haswell_split(n, k, m);
  double row[kChunk];
  ptrdiff_t start = 0;
  while (start < k) {
    ptrdiff_t left = k - start, block = left;
    if (left >= 2 * kHaswellInnerBlock) {
      block = kHaswellInnerBlock;
    } else if (left > kHaswellInnerBlock) {
      block = split.threaded ? (left + 1) / 2 : (left / 2 + 3) / 4 * 4;
    }
    for (ptrdiff_t i = 0; i < n; i++) {
      const double *a_row = a + i * ars + start * acs;
      int group_end = haswell_odd_group_end(i, n, split);
      for (ptrdiff_t j0 = 0; j0 < m; j0 += kChunk) {
        ptrdiff_t width = m - j0 < kChunk ? m - j0 : kChunk;
        const double *b_block = b + start * brs + j0 * bcs;
        for (ptrdiff_t j = 0; j < width; j++) row[j] = a_row[0] * b_block[j * bcs];
        for (ptrdiff_t p = 1; p < block; p++) {
          double weight = a_row[p * acs];
          const double *b_row = b_block + p * brs;
          for (ptrdiff_t j = 0; j < width; j++) row[j] = fma(weight, b_row[j * bcs], row[j]);
        }
        if (group_end) {
          for (ptrdiff_t j = 0; j < width; j++) {
            if (haswell_tiled_column(j0 + j, m, split)) {
              row[j] = haswell_tile_sum(block, a_row, acs, b_block + j * bcs, brs);
            }
          }
        }
        double *out = c + i * m + j0;
        for (ptrdiff_t j = 0; j < width; j++) out[j] = out[j] + row[j];
      }
    }
    start += block;
  }
}

void docbuild_dgemm(ptrdiff_t n, ptrdiff_t k, ptrdiff_t m, const double *a, ptrdiff_t ars, ptrdiff_t acs,
                    const double *b, ptrdiff_t brs, ptrdiff_t bcs, double *c) {
  if (n <= 0 || k <= 0 || m <= 0) return;
  if (k > 1) docbuild_order_sensitive_count++;
  if (docbuild_product_kernel_set == kHaswellKernels) {
    haswell_dgemm(n, k, m, a, ars, acs, b, brs, bcs, c);
    return;
  }
  // NumPy's layouts: A in C order, and B in C order or NumPy's transposed view (a gradient's g @ bᵀ). A read
  // transposed (aᵀ @ g, X.T @ B) keeps the plain chains, which is what NumPy's kernel computes there for small sizes.
  int a_ordered = acs == 1;
  int b_ordered = bcs == 1;
  int b_transposed = brs == 1 && !b_ordered;
  double work = (double)n * (double)k * (double)m;
  if (a_ordered && b_transposed && work <= kSmallWork && n * m <= 1200 && k >= 32) {
#if defined(__x86_64__)
    if (docbuild_dgemm_path() >= 1) {
      small_tn_avx2(n, k, m, a, ars, b, bcs, c);
      return;
    }
#endif
    small_tn_portable(n, k, m, a, ars, b, bcs, c);
    return;
  }
  // Past the small kernel, A read transposed (`X.T @ B`, a gradient's aᵀ @ g) sums k in the threaded driver's blocks
  // too; both operands transposed keep the plain chains.
  if (!(a_ordered || b_ordered) || !(b_ordered || b_transposed) || work <= kSmallWork || k <= kInnerSplit) {
    int tail = a_ordered && b_ordered && work <= kSmallWork;
    chains(n, k, m, a, ars, acs, b, brs, bcs, c, tail ? small_kernel_tail_columns(k, m) : 0);
    if (tail) small_kernel_tail(n, k, m, a, ars, b, brs, c);
    return;
  }
  // Larger: OpenBLAS's threaded driver sums k in blocks (384 while at least 768 remain, then two halves of what is
  // left if over 384), each block's chain from zero, added to C in order. Its kernels' edge tiles differ further.
  ptrdiff_t rows = n < kSplitRows ? n : kSplitRows;
  double *partial = malloc(sizeof(double) * rows * m);
  if (partial == NULL) {
    // Out of memory for the partial sums: the plain chains, not NumPy's order but still the same bits everywhere.
    chains(n, k, m, a, ars, acs, b, brs, bcs, c, 0);
    return;
  }
  for (ptrdiff_t i0 = 0; i0 < n; i0 += kSplitRows) {
    ptrdiff_t height = n - i0 < kSplitRows ? n - i0 : kSplitRows;
    double *out = c + i0 * m;
    ptrdiff_t start = 0;
    while (start < k) {
      ptrdiff_t left = k - start;
      ptrdiff_t block = left >= 2 * kInnerSplit ? kInnerSplit : left > kInnerSplit ? (left + 1) / 2 : left;
      const double *a_block = a + i0 * ars + start * acs, *b_block = b + start * brs;
      if (start == 0) {
        chains(height, block, m, a_block, ars, acs, b_block, brs, bcs, out, 0);
      } else {
        memset(partial, 0, sizeof(double) * height * m);
        chains(height, block, m, a_block, ars, acs, b_block, brs, bcs, partial, 0);
        for (ptrdiff_t e = 0; e < height * m; e++) out[e] = out[e] + partial[e];
      }
      start += block;
    }
  }
  free(partial);
}
