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

// sinh: 2^(j/16) / 2 and 2^(-j/16) / 2 for j = 0...15, each as a head and a tail (SVML's tables): the heads and
// 2^(j/16) / 2's tail in numpy_hyperbolic_tables.h, shared with cosh, and 2^(-j/16) / 2's tail:
#include "numpy_hyperbolic_tables.h"
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

// sinh beyond SVML's main path (|x| > 669.77...): its scalar fallback. From |x| = 710.4758600739440 on, DBL_MAX * x
// (+-infinity); below, e^|x| / 2 (svml_half_exp_rare) with the sign of x put back. An infinity doubles to itself, a
// NaN is quieted.
static double sinh_rare(double x) {
  if (x != x || x == x * 2) return x + x;  // NaN, infinity
  double a = __builtin_fabs(x);
  if (!(a < double_of(0x408633ce8fb9f87eull))) return double_of(0x7fefffffffffffffull) * x;
  double result = svml_half_exp_rare(a);
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
