// Vector fast paths of the elementary functions over arrays.
//
// Why C: as for the matrix product, the loops use AVX-512 or AVX2 on the CPUs that have them and a portable path
// elsewhere, chosen at run time, which Swift cannot compile. Every path runs the same source text (elementary_lanes.h)
// with IEEE + - * /, square roots and bit operations only, no libm, and fused multiply-adds only on the paths with
// FMA hardware, either for exact values or in fast paths that keep only correctly rounded lanes; so a lane's result
// is the same bits on every path and equals the Swift function's (Sources/TensorCore/Elementary), which handles every
// lane left undecided here.

#include "CKernels.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "elementary_asin_table.h"
#include "kernel_path.h"

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

typedef size_t (*ElementaryLoop)(const double *, double *, size_t, const DocbuildElementaryTables *, uint32_t *);
typedef size_t (*ElementaryLoop2)(const double *, const double *, double *, size_t, const DocbuildElementaryTables *,
                                  uint32_t *);

#define LANES "elementary_lanes.h"
#define AVX512_WIDE
#include "lanes_per_path.h"
#undef AVX512_WIDE
#undef LANES

static int forced_path = -1;

void docbuild_elementary_force_path(int path) { __atomic_store_n(&forced_path, path, __ATOMIC_RELAXED); }

int docbuild_elementary_path(void) {
  int forced = __atomic_load_n(&forced_path, __ATOMIC_RELAXED);
  if (forced >= 0) return forced;
  if (docbuild_portable_kernels_requested()) return 0;
#if defined(__x86_64__)
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")) return 2;
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return 1;
#endif
  return 0;
}

size_t docbuild_elementary(DocbuildElementaryFunction function, const double *x, double *y, size_t n,
                           const DocbuildElementaryTables *tables, uint32_t *undecided) {
  if ((unsigned)function >= sizeof(loops_portable) / sizeof(loops_portable[0])) {
    for (size_t i = 0; i < n; i++) undecided[i] = (uint32_t)i;
    return n;
  }
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2:
    (void)loops_avx512;  // the 8-lane AVX-512 loops serve the two-argument functions below
    return loops_avx512wide[function](x, y, n, tables, undecided);
  case 1: return loops_avx2[function](x, y, n, tables, undecided);
#endif
  default: return loops_portable[function](x, y, n, tables, undecided);
  }
}

size_t docbuild_elementary_binary(DocbuildElementaryBinaryFunction function, const double *x, const double *y,
                                  double *out, size_t n, const DocbuildElementaryTables *tables, uint32_t *undecided) {
  if ((unsigned)function >= sizeof(loops2_portable) / sizeof(loops2_portable[0])) {
    for (size_t i = 0; i < n; i++) undecided[i] = (uint32_t)i;
    return n;
  }
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2:
    // pow's loop keeps 8 lanes (16 run out of registers); atan2's and hypot's take 16.
    if (function == DOCBUILD_POW || function == DOCBUILD_POW_FAST)
      return loops2_avx512[function](x, y, out, n, tables, undecided);
    return loops2_avx512wide[function](x, y, out, n, tables, undecided);
  case 1: return loops2_avx2[function](x, y, out, n, tables, undecided);
#endif
  default: return loops2_portable[function](x, y, out, n, tables, undecided);
  }
}
