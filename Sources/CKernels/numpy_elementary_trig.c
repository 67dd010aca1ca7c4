// NumPy's own float64 arcsin, arccos, arctan, arctan2, sinh, cbrt and tan, reproduced bit for bit.
//
// Why: on x86-64 with AVX-512, NumPy 2.4 computes these for float64 operands it reads forwards with Intel SVML's
// high-accuracy vector functions (`__svml_asin8_ha` and the like; numpy/_core/src/umath/
// loops_umath_fp.dispatch.c.src), which are not correctly rounded: np.arcsin(x) shows another last digit than the
// correctly rounded value on about 9% of the inputs, np.arccos on 9%, np.arctan2 on 8%, the others on 0.07-0.8%
// (Tests/TensorCoreTests/Fixtures/svml_trig_proof.txt). A snippet printing them must print NumPy's digits. As in
// numpy_elementary.c, only the algorithm and its constants carry over: the lanes (numpy_trig_lanes.h, one source for
// the AVX-512, AVX2+FMA and portable paths) use IEEE operations, correctly rounded fused multiply-adds where SVML has
// them, and exact table reads, with contraction off. SVML starts arcsin and arccos from vrsqrt14pd's estimate of
// 1/sqrt and arctan, arctan2, tan and cbrt from vrcp14pd's estimate of 1/x, which the final rounding depends on: the
// lanes compute them as Intel's reference defines the instructions (numpy_lane_helpers.h), so every path gives the
// bits NumPy gives on a CPU whose instructions follow that definition (checked on this machine's). Lanes beyond an
// algorithm's main path go to the scalar special cases below: SVML's exact special values, sinh's scalar fallback,
// and (left to the caller, which refuses them) tan's large arguments and arctan2's tiny or huge ones.

#include "numpy_elementary.h"

#include <stdint.h>
#include <string.h>

#include "CKernels.h"
#include "double_bits.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// arctan: atan(k/4) for k = 0...31 as a head and a tail (SVML's table).
static const uint64_t atan_head[32] = {
    0x0000000000000000ull, 0x3fcf5b75f92c80ddull, 0x3fddac670561bb4full, 0x3fe4978fa3269ee1ull, 0x3fe921fb54442d18ull,
    0x3fecac7c57846f9eull, 0x3fef730bd281f69bull, 0x3ff0d38f2c5ba09full, 0x3ff1b6e192ebbe44ull, 0x3ff270ef55a53a25ull,
    0x3ff30b6d796a4da8ull, 0x3ff38d6a6ce13353ull, 0x3ff3fc176b7a8560ull, 0x3ff45b54837351a0ull, 0x3ff4ae10fc6589a5ull,
    0x3ff4f68dea672617ull, 0x3ff5368c951e9cfdull, 0x3ff56f6f33a3e6a7ull, 0x3ff5a25052114e60ull, 0x3ff5d013c41adabdull,
    0x3ff5f97315254857ull, 0x3ff61f06c6a92b89ull, 0x3ff6414d44094c7cull, 0x3ff660b02c736a06ull, 0x3ff67d8863bc99bdull,
    0x3ff698213a9d5053ull, 0x3ff6b0bae830c070ull, 0x3ff6c78c7edeb195ull, 0x3ff6dcc57bb565fdull, 0x3ff6f08f07435fecull,
    0x3ff7030cf9403197ull, 0x3ff7145eac2088a4ull,
};
static const uint64_t atan_tail[32] = {
    0x0000000000000000ull, 0x3c68ab6e3cf7afbdull, 0x3c7a2b7f222f65e2ull, 0x3c72419a87f2a458ull, 0x3c81a62633145c07ull,
    0x3c80dae13ad18a6bull, 0x3c7007887af0cbbdull, 0xbc9bd0dc231bfd70ull, 0x3c9b1b466a88828eull, 0xbc9a66b1af5f84fbull,
    0x3c96254cb03bb199ull, 0xbc812c77e8a80f5cull, 0xbc4441a3bd3f1084ull, 0x3c79e4a72eedacc4ull, 0xbc93b03e8a27f555ull,
    0x3c9934f9f2b0020eull, 0xbc996f47948a99f1ull, 0xbc7df6edd6f1ec3bull, 0x3c78c2d0c89de218ull, 0x3c9f82bba194dd5dull,
    0xbc831151a43b51caull, 0xbc8487d50bceb1a5ull, 0xbc9c5f60a65c7397ull, 0xbc7acb6afb332a0full, 0xbc99b7bd2e1e8c9cull,
    0xbc9b9839085189e3ull, 0xbc97d1ab82ffb70bull, 0x3c99239ad620ffe2ull, 0xbc929c86447928e7ull, 0xbc8957a7170df016ull,
    0xbc7cbe1896221608ull, 0xbc9fda5797b32a0bull,
};

// sinh: 2^(j/16) / 2 and 2^(-j/16) / 2 for j = 0...15, each as a head and a tail (SVML's tables).
static const uint64_t sinh_head[16] = {
    0x3fe0000000000000ull, 0x3fe0b5586cf9890full, 0x3fe172b83c7d517bull, 0x3fe2387a6e756238ull, 0x3fe306fe0a31b715ull,
    0x3fe3dea64c123422ull, 0x3fe4bfdad5362a27ull, 0x3fe5ab07dd485429ull, 0x3fe6a09e667f3bcdull, 0x3fe7a11473eb0187ull,
    0x3fe8ace5422aa0dbull, 0x3fe9c49182a3f090ull, 0x3feae89f995ad3adull, 0x3fec199bdd85529cull, 0x3fed5818dcfba487ull,
    0x3feea4afa2a490daull,
};
static const uint64_t sinh_tail[16] = {
    0x0000000000000000ull, 0x3c88a62e4adc610bull, 0xbc719041b9d78a76ull, 0x3c89b07eb6c70573ull, 0x3c76f46ad23182e4ull,
    0x3c7ada0911f09ebcull, 0x3c6d4397afec42e2ull, 0x3c86324c054647adull, 0xbc8bdd3413b26456ull, 0xbc741577ee04992full,
    0x3c86e9f156864b27ull, 0x3c6c7c46b071f2beull, 0x3c87a1cd345dcc81ull, 0x3c711065895048ddull, 0x3c72ed02d75b3707ull,
    0xbc8e9c23179c2893ull,
};
static const uint64_t sinh_negative_head[16] = {
    0x3fe0000000000000ull, 0x3fdea4afa2a490daull, 0x3fdd5818dcfba487ull, 0x3fdc199bdd85529cull, 0x3fdae89f995ad3adull,
    0x3fd9c49182a3f090ull, 0x3fd8ace5422aa0dbull, 0x3fd7a11473eb0187ull, 0x3fd6a09e667f3bcdull, 0x3fd5ab07dd485429ull,
    0x3fd4bfdad5362a27ull, 0x3fd3dea64c123422ull, 0x3fd306fe0a31b715ull, 0x3fd2387a6e756238ull, 0x3fd172b83c7d517bull,
    0x3fd0b5586cf9890full,
};
static const uint64_t sinh_negative_tail[16] = {
    0x0000000000000000ull, 0xbc7e9c23179c2893ull, 0x3c62ed02d75b3707ull, 0x3c611065895048ddull, 0x3c77a1cd345dcc81ull,
    0x3c5c7c46b071f2beull, 0x3c76e9f156864b27ull, 0xbc641577ee04992full, 0xbc7bdd3413b26456ull, 0x3c76324c054647adull,
    0x3c5d4397afec42e2ull, 0x3c6ada0911f09ebcull, 0x3c66f46ad23182e4ull, 0x3c79b07eb6c70573ull, 0xbc619041b9d78a76ull,
    0x3c78a62e4adc610bull,
};

// cbrt: 2^(k/3) for k = 0, 1, 2 and cbrt(16 / (8 + k)) for k = 0...8 (the rounded reciprocal's points), each as a
// head and a tail (SVML's tables, padded to 16).
static const uint64_t cbrt_power_head[16] = {0x3ff0000000000000ull, 0x3ff428a2f98d728bull, 0x3ff965fea53d6e3dull};
static const uint64_t cbrt_power_tail[16] = {0, 0xbc7ddc22548ea41eull, 0xbc9f53e999952f09ull};
static const uint64_t cbrt_table_head[16] = {
    0x3ff428a2f98d728bull, 0x3ff361f35ca116ffull, 0x3ff2b6b5edf6b54aull, 0x3ff220e6dd675180ull, 0x3ff19c3b38e975a8ull,
    0x3ff12589c21fb842ull, 0x3ff0ba6ee5f9aad4ull, 0x3ff059123d3a9848ull, 0x3ff0000000000000ull,
};
static const uint64_t cbrt_table_tail[16] = {
    0xbc7ddc22548ea41eull, 0x3c934f1f2588cb24ull, 0xbc9623da69e513d4ull, 0x3c930b0a26a8bb5cull, 0xbc76b70b4d3bd257ull,
    0xbc9e13c8505a4a7aull, 0x3c8dcc718f7857e5ull, 0x3c770e4a1da627b9ull, 0,
};

// tan: tan(k pi/16) for k = 0...15 as a head and a tail; k = 8 (the pole) holds -DBL_MAX (SVML's tables).
static const uint64_t tan_head[16] = {
    0x8000000000000000ull, 0x3fc975f5e0553158ull, 0x3fda827999fcef32ull, 0x3fe561b82ab7f990ull, 0x3ff0000000000000ull,
    0x3ff7f218e25a7461ull, 0x4003504f333f9de6ull, 0x40141bfee2424771ull, 0xffefffffffffffffull, 0xc0141bfee2424771ull,
    0xc003504f333f9de6ull, 0xbff7f218e25a7461ull, 0xbff0000000000000ull, 0xbfe561b82ab7f990ull, 0xbfda827999fcef32ull,
    0xbfc975f5e0553158ull,
};
static const uint64_t tan_tail[16] = {
    0x8000000000000000ull, 0x3c2ef5d367441946ull, 0x3c708b2fb1366ea9ull, 0x3c87a8c52172b675ull, 0x0000000000000000ull,
    0x3c9419fa6954928full, 0x3ca21165f626cdd5ull, 0x3c810706fed37f0eull, 0xfca0000000000000ull, 0xbc810706fed37f0eull,
    0xbca21165f626cdd5ull, 0xbc9419fa6954928full, 0x0000000000000000ull, 0xbc87a8c52172b675ull, 0xbc708b2fb1366ea9ull,
    0xbc2ef5d367441946ull,
};

typedef size_t (*TrigLoop)(const double *, double *, size_t, uint32_t *);

// The functions in the order of each path's trig_loops.
typedef enum { TRIG_ASIN, TRIG_ACOS, TRIG_ATAN, TRIG_SINH, TRIG_CBRT, TRIG_TAN } TrigFunction;

#define LANES "numpy_trig_lanes.h"
#include "lanes_per_path.h"
#undef LANES
#include "numpy_loop_dispatch.h"

DEFINE_NUMPY_DISPATCH(TrigFunction, trig_loops)

// arcsin of |x| > 1 (infinities included): SVML's scalar fallback divides 0 by 0, x86's default NaN (sign set); a
// NaN comes back quieted, as SVML's main path passes it through.
static double asin_special(double x) {
  if (x != x) return double_of(bits_of(x) | 0x0008000000000000ull);
  return double_of(0xfff8000000000000ull);
}

// arccos of |x| > 1 as arcsin's; a NaN comes back quieted with its sign flipped (SVML's main path flips the sign of
// its result by x's sign bit, which a NaN operand does not lose on the way).
static double acos_special(double x) {
  if (x != x) return double_of((bits_of(x) | 0x0008000000000000ull) ^ 0x8000000000000000ull);
  return double_of(0xfff8000000000000ull);
}

void docbuild_numpy_asin(const double *x, double *y, size_t n) {
  run_finished(TRIG_ASIN, asin_special, x, y, n);
}

void docbuild_numpy_acos(const double *x, double *y, size_t n) {
  run_finished(TRIG_ACOS, acos_special, x, y, n);
}

// arctan of NaN: quieted (SVML's main path passes it through).
static double atan_special(double x) { return double_of(bits_of(x) | 0x0008000000000000ull); }

void docbuild_numpy_atan(const double *x, double *y, size_t n) { run_finished(TRIG_ATAN, atan_special, x, y, n); }

// arctan2 where SVML's scalar fallback takes over and its result is exact: a NaN (y's if y is one, quieted, else
// x's), an infinite argument (the quadrant's multiple of pi/4, signed as y; 0 or pi against x = +-inf). Returns 0 for
// the rest (finite arguments below 2^-1020 or from 2^993 in magnitude, neither zero), which that fallback computes
// with an algorithm not reproduced here.
static int atan2_special(double y, double x, double *result) {
  uint64_t y_sign = bits_of(y) & 0x8000000000000000ull;
  if (y != y) {
    *result = double_of(bits_of(y) | 0x0008000000000000ull);
  } else if (x != x) {
    *result = double_of(bits_of(x) | 0x0008000000000000ull);
  } else if (y == y * 2 && y != 0) {  // y infinite
    uint64_t magnitude = x == x * 2 && x != 0 ? (x > 0 ? 0x3fe921fb54442d18ull : 0x4002d97c7f3321d2ull)
                                              : 0x3ff921fb54442d18ull;
    *result = double_of(magnitude | y_sign);
  } else if (x == x * 2 && x != 0) {  // x infinite, y finite
    *result = double_of((x > 0 ? 0 : 0x400921fb54442d18ull) | y_sign);
  } else {
    return 0;
  }
  return 1;
}

// cbrt of +-0 and +-infinity is itself; a NaN comes back quieted.
static double cbrt_special(double x) { return x != x ? double_of(bits_of(x) | 0x0008000000000000ull) : x; }

void docbuild_numpy_cbrt(const double *x, double *y, size_t n) { run_finished(TRIG_CBRT, cbrt_special, x, y, n); }

// sinh beyond SVML's main path (|x| > 669.77...): its scalar fallback, plain double operations in its order. From
// |x| = 710.4758600739440 on, DBL_MAX * x (+-infinity); below, e^|x| / 2 (e^-|x| is below its last bit there) as
// 2^(N/64) (1 + p(r)), N = |x| 64 / ln 2 rounded, r = |x| - N ln 2 / 64 in two steps, the table's 2^(j/64) as a head
// and a tail, scaled by 2^(floor(N/64) - 1); the sign of x put back. An infinity doubles to itself, a NaN is quieted.
static const uint64_t sinh_rare_table[128] = {
    0x3ff0000000000000ull, 0x0000000000000000ull, 0x3ff02c9a3e778061ull, 0xbc719083535b085dull,
    0x3ff059b0d3158574ull, 0x3c8d73e2a475b465ull, 0x3ff0874518759bc8ull, 0x3c6186be4bb284ffull,
    0x3ff0b5586cf9890full, 0x3c98a62e4adc610bull, 0x3ff0e3ec32d3d1a2ull, 0x3c403a1727c57b53ull,
    0x3ff11301d0125b51ull, 0xbc96c51039449b3aull, 0x3ff1429aaea92de0ull, 0xbc932fbf9af1369eull,
    0x3ff172b83c7d517bull, 0xbc819041b9d78a76ull, 0x3ff1a35beb6fcb75ull, 0x3c8e5b4c7b4968e4ull,
    0x3ff1d4873168b9aaull, 0x3c9e016e00a2643cull, 0x3ff2063b88628cd6ull, 0x3c8dc775814a8495ull,
    0x3ff2387a6e756238ull, 0x3c99b07eb6c70573ull, 0x3ff26b4565e27cddull, 0x3c82bd339940e9d9ull,
    0x3ff29e9df51fdee1ull, 0x3c8612e8afad1255ull, 0x3ff2d285a6e4030bull, 0x3c90024754db41d5ull,
    0x3ff306fe0a31b715ull, 0x3c86f46ad23182e4ull, 0x3ff33c08b26416ffull, 0x3c932721843659a6ull,
    0x3ff371a7373aa9cbull, 0xbc963aeabf42eae2ull, 0x3ff3a7db34e59ff7ull, 0xbc75e436d661f5e3ull,
    0x3ff3dea64c123422ull, 0x3c8ada0911f09ebcull, 0x3ff4160a21f72e2aull, 0xbc5ef3691c309278ull,
    0x3ff44e086061892dull, 0x3c489b7a04ef80d0ull, 0x3ff486a2b5c13cd0ull, 0x3c73c1a3b69062f0ull,
    0x3ff4bfdad5362a27ull, 0x3c7d4397afec42e2ull, 0x3ff4f9b2769d2ca7ull, 0xbc94b309d25957e3ull,
    0x3ff5342b569d4f82ull, 0xbc807abe1db13cadull, 0x3ff56f4736b527daull, 0x3c99bb2c011d93adull,
    0x3ff5ab07dd485429ull, 0x3c96324c054647adull, 0x3ff5e76f15ad2148ull, 0x3c9ba6f93080e65eull,
    0x3ff6247eb03a5585ull, 0xbc9383c17e40b497ull, 0x3ff6623882552225ull, 0xbc9bb60987591c34ull,
    0x3ff6a09e667f3bcdull, 0xbc9bdd3413b26456ull, 0x3ff6dfb23c651a2full, 0xbc6bbe3a683c88abull,
    0x3ff71f75e8ec5f74ull, 0xbc816e4786887a99ull, 0x3ff75feb564267c9ull, 0xbc90245957316dd3ull,
    0x3ff7a11473eb0187ull, 0xbc841577ee04992full, 0x3ff7e2f336cf4e62ull, 0x3c705d02ba15797eull,
    0x3ff82589994cce13ull, 0xbc9d4c1dd41532d8ull, 0x3ff868d99b4492edull, 0xbc9fc6f89bd4f6baull,
    0x3ff8ace5422aa0dbull, 0x3c96e9f156864b27ull, 0x3ff8f1ae99157736ull, 0x3c85cc13a2e3976cull,
    0x3ff93737b0cdc5e5ull, 0xbc675fc781b57ebcull, 0x3ff97d829fde4e50ull, 0xbc9d185b7c1b85d1ull,
    0x3ff9c49182a3f090ull, 0x3c7c7c46b071f2beull, 0x3ffa0c667b5de565ull, 0xbc9359495d1cd533ull,
    0x3ffa5503b23e255dull, 0xbc9d2f6edb8d41e1ull, 0x3ffa9e6b5579fdbfull, 0x3c90fac90ef7fd31ull,
    0x3ffae89f995ad3adull, 0x3c97a1cd345dcc81ull, 0x3ffb33a2b84f15fbull, 0xbc62805e3084d708ull,
    0x3ffb7f76f2fb5e47ull, 0xbc75584f7e54ac3bull, 0x3ffbcc1e904bc1d2ull, 0x3c823dd07a2d9e84ull,
    0x3ffc199bdd85529cull, 0x3c811065895048ddull, 0x3ffc67f12e57d14bull, 0x3c92884dff483cadull,
    0x3ffcb720dcef9069ull, 0x3c7503cbd1e949dbull, 0x3ffd072d4a07897cull, 0xbc9cbc3743797a9cull,
    0x3ffd5818dcfba487ull, 0x3c82ed02d75b3707ull, 0x3ffda9e603db3285ull, 0x3c9c2300696db532ull,
    0x3ffdfc97337b9b5full, 0xbc91a5cd4f184b5cull, 0x3ffe502ee78b3ff6ull, 0x3c839e8980a9cc8full,
    0x3ffea4afa2a490daull, 0xbc9e9c23179c2893ull, 0x3ffefa1bee615a27ull, 0x3c9dc7f486a4b6b0ull,
    0x3fff50765b6e4540ull, 0x3c99d3e12dd8a18bull, 0x3fffa7c1819e90d8ull, 0x3c874853f3a5931eull,
};

static double sinh_rare(double x) {
  if (x != x || x == x * 2) return x + x;  // NaN, infinity
  double a = __builtin_fabs(x);
  if (!(a < double_of(0x408633ce8fb9f87eull))) return double_of(0x7fefffffffffffffull) * x;
  const double shift = double_of(0x4338000000000000ull);
  double shifted = a * double_of(0x40571547652b82feull) + shift;
  uint32_t n = (uint32_t)bits_of(shifted);
  double nd = shifted - shift;
  double r = a - nd * double_of(0x3f862e42fefa0000ull);
  r = r - nd * double_of(0x3d1cf79abc9e3b3aull);
  uint32_t j = n & 63;
  double head = double_of(sinh_rare_table[2 * j]);
  double p = double_of(0x3f56c16a1c2a3ffdull) * r;
  p = (p + double_of(0x3f8111123aaf20d3ull)) * r;
  p = (p + double_of(0x3fa5555555558fccull)) * r;
  p = (p + double_of(0x3fc55555555548f8ull)) * r;
  p = (p + 0.5) * r;
  p = p * r + r;
  p = (p * head + double_of(sinh_rare_table[2 * j + 1])) + head;
  uint32_t e = ((n >> 6) + 1022) & 2047;
  double result = e > 2046 ? p * double_of((uint64_t)(2046) << 52) * 2.0 : p * double_of((uint64_t)e << 52);
  return double_of((bits_of(result) & 0x7fffffffffffffffull) | (bits_of(x) & 0x8000000000000000ull));
}

void docbuild_numpy_sinh(const double *x, double *y, size_t n) { run_finished(TRIG_SINH, sinh_rare, x, y, n); }

size_t docbuild_numpy_tan(const double *x, double *y, size_t n, uint32_t *undecided) {
  size_t left = run(TRIG_TAN, x, y, n, undecided);
  size_t count = 0;
  for (size_t k = 0; k < left; k++) {
    uint32_t i = undecided[k];
    double v = y[i];  // the input
    if (v != v)
      y[i] = double_of(bits_of(v) | 0x0008000000000000ull);
    else if (__builtin_isfinite(v))  // SVML's large-argument reduction, not reproduced
      undecided[count++] = i;
    else
      y[i] = double_of(0xfff8000000000000ull);  // infinity: x86's default NaN
  }
  return count;
}

size_t docbuild_numpy_atan2(const double *y, const double *x, double *out, size_t n, uint32_t *undecided) {
  size_t left;
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2: left = numpy_atan2_avx512(y, x, out, n, undecided); break;
  case 1: left = numpy_atan2_avx2(y, x, out, n, undecided); break;
#endif
  default: left = numpy_atan2_portable(y, x, out, n, undecided); break;
  }
  size_t count = 0;
  for (size_t k = 0; k < left; k++) {
    uint32_t i = undecided[k];
    if (!atan2_special(y[i], x[i], &out[i])) undecided[count++] = i;
  }
  return count;
}
