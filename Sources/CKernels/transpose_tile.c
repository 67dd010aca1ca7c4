// The transpose of a small row-major matrix of 8-byte elements (`a.T` of a float64 or int64 array that fits in one
// tile, `TransposeKernel.oneTile`): 2×2 blocks moved through two vector registers each, two loads, two unpacks and
// two stores per four elements, where the element-by-element walk took six instructions an element. A copy of the
// elements' bits, in any order the same result.
#include "CKernels.h"

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

void docbuild_transpose_tile64(const uint64_t *from, uint64_t *to, ptrdiff_t rows, ptrdiff_t columns) {
  ptrdiff_t row = 0;
#if defined(__x86_64__)
  // Result element (c, r) is source element (r, c); the result has `rows` columns.
  for (; row + 1 < rows; row += 2) {
    const uint64_t *upper = from + row * columns;
    const uint64_t *lower = upper + columns;
    ptrdiff_t column = 0;
    for (; column + 1 < columns; column += 2) {
      __m128i a = _mm_loadu_si128((const __m128i *)(upper + column));
      __m128i b = _mm_loadu_si128((const __m128i *)(lower + column));
      _mm_storeu_si128((__m128i *)(to + column * rows + row), _mm_unpacklo_epi64(a, b));
      _mm_storeu_si128((__m128i *)(to + (column + 1) * rows + row), _mm_unpackhi_epi64(a, b));
    }
    if (column < columns) {
      to[column * rows + row] = upper[column];
      to[column * rows + row + 1] = lower[column];
    }
  }
#endif
  for (; row < rows; row++) {
    for (ptrdiff_t column = 0; column < columns; column++) to[column * rows + row] = from[row * columns + column];
  }
}
