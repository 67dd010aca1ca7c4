// NumPy's own float32 arcsin, arccos, arctan, arctan2, tan and cbrt, reproduced bit for bit.
//
// Why: on x86-64 with AVX-512, NumPy 2.4 computes these for float32 operands it reads forwards with Intel SVML's
// float32 vector functions (`__svml_asinf16` and the like, the `_la` accuracy; numpy/_core/src/umath/
// loops_umath_fp.dispatch.c.src), which are not correctly rounded, and a float32 repr is the shortest that round-trips,
// so every last bit shows (Tests/TensorCoreTests/Fixtures/svml_trig_f32_proof.txt counts the inputs). As in
// numpy_elementary_trig.c, only the algorithm and its constants carry over: the lanes (numpy_trig_f32_lanes.h, one
// source for the AVX-512, AVX2+FMA and portable paths) use IEEE float operations, correctly rounded fused multiply-adds
// where SVML has them, and vrsqrt14ps / vrcp14ps computed as Intel's reference defines them, with contraction off.
// prove_svml_trig_f32.py checks every float32 input on every path against NumPy. Lanes beyond an algorithm's main
// path go to the scalar special cases below.

#include "numpy_elementary.h"

#include <stdint.h>
#include <string.h>

#include "CKernels.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// arctan: atan(k/4) for k = 0...31 rounded to float (SVML's table).
static const uint32_t atan_f32_table[32] = {
    0x00000000u, 0x3e7adbb0u, 0x3eed6338u, 0x3f24bc7du, 0x3f490fdbu, 0x3f6563e3u, 0x3f7b985fu, 0x3f869c79u,
    0x3f8db70du, 0x3f93877bu, 0x3f985b6cu, 0x3f9c6b53u, 0x3f9fe0bbu, 0x3fa2daa4u, 0x3fa57088u, 0x3fa7b46fu,
    0x3fa9b465u, 0x3fab7b7au, 0x3fad1283u, 0x3fae809eu, 0x3fafcb99u, 0x3fb0f836u, 0x3fb20a6au, 0x3fb30581u,
    0x3fb3ec43u, 0x3fb4c10au, 0x3fb585d7u, 0x3fb63c64u, 0x3fb6e62cu, 0x3fb78478u, 0x3fb81868u, 0x3fb8a2f5u,
};

// tan: tan(k pi/32) for k = 0...31 rounded to float, -FLT_MAX at the pole k = 16 (SVML's table).
static const uint32_t tan_f32_table[32] = {
    0x80000000u, 0x3dc9b5dcu, 0x3e4bafafu, 0x3e9b5042u, 0x3ed413cdu, 0x3f08d5b9u, 0x3f2b0dc1u, 0x3f521801u,
    0x3f800000u, 0x3f9bf7ecu, 0x3fbf90c7u, 0x3fef789eu, 0x401a827au, 0x4052facfu, 0x40a0dff7u, 0x41227363u,
    0xff7fffffu, 0xc1227363u, 0xc0a0dff7u, 0xc052facfu, 0xc01a827au, 0xbfef789eu, 0xbfbf90c7u, 0xbf9bf7ecu,
    0xbf800000u, 0xbf521801u, 0xbf2b0dc1u, 0xbf08d5b9u, 0xbed413cdu, 0xbe9b5042u, 0xbe4bafafu, 0xbdc9b5dcu,
};

// cbrt: cbrt(1 / rcp) for rcp = 16/32 ... 31/32 and 1 (by rcp's float bits), and 2^(k/3) for k = 0, 1, 2 as a head
// and a tail, rounded to float (SVML's tables, padded to 32 and 16).
static const uint32_t cbrt_f32_table[32] = {
    0x3fa14518u, 0x3f9e0b2bu, 0x3f9b0f9bu, 0x3f984a9au, 0x3f95b5afu, 0x3f934b6cu, 0x3f910737u, 0x3f8ee526u,
    0x3f8ce1dau, 0x3f8afa6au, 0x3f892c4eu, 0x3f87754eu, 0x3f85d377u, 0x3f844510u, 0x3f82c892u, 0x3f815c9fu,
    0x3f800000u,
};
static const uint32_t cbrt_f32_power_head[16] = {0x3f800000u, 0x3fa14518u, 0x3fcb2ff5u};
static const uint32_t cbrt_f32_power_tail[16] = {0x00000000u, 0xb2ce51afu, 0x32a7adc8u};

typedef size_t (*TrigF32Loop)(const double *, double *, size_t, uint32_t *);

// The functions in the order of each path's trig_f32_loops.
typedef enum { TRIG_F32_ASIN, TRIG_F32_ACOS, TRIG_F32_ATAN, TRIG_F32_TAN, TRIG_F32_CBRT } TrigF32Function;

#define LANES "numpy_trig_f32_lanes.h"
#include "lanes_per_path.h"
#undef LANES
#include "numpy_loop_dispatch.h"

DEFINE_NUMPY_DISPATCH(TrigF32Function, trig_f32_loops)

// The float32 NaN SVML returns for a NaN input: the input, quieted (as x86 arithmetic does); the double holding it
// carries the same sign and top payload bits.
static double quieted(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  bits |= 0x0008000000000000ull;
  memcpy(&x, &bits, sizeof x);
  return x;
}

// x86's default NaN (0 / 0), float32's 0xffc00000 as a double.
static double default_nan(void) {
  uint64_t bits = 0xfff8000000000000ull;
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

// arcsin and arccos of |x| > 1 (infinities included): SVML's scalar fallback returns the default NaN.
static double inverse_sine_special(double x) { return x != x ? quieted(x) : default_nan(); }

void docbuild_numpy_asin_float32(const double *x, double *y, size_t n) {
  run_finished(TRIG_F32_ASIN, inverse_sine_special, x, y, n);
}

void docbuild_numpy_acos_float32(const double *x, double *y, size_t n) {
  run_finished(TRIG_F32_ACOS, inverse_sine_special, x, y, n);
}

// arctan of NaN: quieted (SVML passes it through).
static double atan_special(double x) { return quieted(x); }

void docbuild_numpy_atan_float32(const double *x, double *y, size_t n) {
  run_finished(TRIG_F32_ATAN, atan_special, x, y, n);
}

// arctan2 where SVML's scalar fallback takes over and its result is exact: a NaN (y's if y is one, quieted, else
// x's), an infinite argument (the quadrant's multiple of pi/4 in float32, signed as y; 0 or pi against x = +-inf).
// Returns 0 for the rest (finite arguments below 2^-125 or from 2^123 in magnitude, neither zero), which that fallback
// computes with an algorithm not reproduced here.
static int atan2_special(double y, double x, double *result) {
  int y_negative = __builtin_signbit(y) != 0;
  if (y != y) {
    *result = quieted(y);
  } else if (x != x) {
    *result = quieted(x);
  } else if (__builtin_isinf(y)) {
    float magnitude = __builtin_isinf(x) ? (x > 0 ? 0x1.921fb6p-1f : 0x1.2d97c8p+1f) : 0x1.921fb6p+0f;
    *result = y_negative ? -magnitude : magnitude;
  } else if (__builtin_isinf(x)) {
    float magnitude = x > 0 ? 0.0f : 0x1.921fb6p+1f;
    *result = y_negative ? -magnitude : magnitude;
  } else {
    return 0;
  }
  return 1;
}

size_t docbuild_numpy_atan2_float32(const double *y, const double *x, double *out, size_t n, uint32_t *undecided) {
  size_t left;
  switch (docbuild_elementary_path()) {
#if defined(__x86_64__)
  case 2: left = atan2_avx512(y, x, out, n, undecided); break;
  case 1: left = atan2_avx2(y, x, out, n, undecided); break;
#endif
  default: left = atan2_portable(y, x, out, n, undecided); break;
  }
  size_t count = 0;
  for (size_t k = 0; k < left; k++) {
    uint32_t i = undecided[k];
    if (!atan2_special(y[i], x[i], &out[i])) undecided[count++] = i;
  }
  return count;
}

size_t docbuild_numpy_tan_float32(const double *x, double *y, size_t n, uint32_t *undecided) {
  size_t left = run(TRIG_F32_TAN, x, y, n, undecided);
  size_t count = 0;
  for (size_t k = 0; k < left; k++) {
    uint32_t i = undecided[k];
    double v = y[i];  // the input
    if (v != v)
      y[i] = quieted(v);
    else if (__builtin_isfinite(v))  // SVML's large-argument reduction, not reproduced
      undecided[count++] = i;
    else
      y[i] = default_nan();  // infinity
  }
  return count;
}

// cbrt of +-0 and +-infinity is itself; a NaN comes back quieted.
static double cbrt_special(double x) { return x != x ? quieted(x) : x; }

void docbuild_numpy_cbrt_float32(const double *x, double *y, size_t n) {
  run_finished(TRIG_F32_CBRT, cbrt_special, x, y, n);
}
