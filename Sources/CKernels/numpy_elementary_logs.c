// NumPy's own float64 log1p, expm1, log2, log10, arcsinh, arccosh and arctanh, reproduced bit for bit.
//
// Why: NumPy 2.4 on x86-64 with AVX-512 computes these for a forward operand with Intel SVML's high-accuracy vector
// functions (`__svml_log1p8_ha`, `__svml_expm18_ha`, `__svml_log28_ha`, `__svml_log108_ha`, linked into NumPy), which
// are not correctly rounded: their last bit differs from the correctly rounded value on a few inputs in ten thousand
// (Benchmarks/numpy_logs_bits_check.py counts them), so a snippet printing np.log1p(x) at full precision must run
// SVML's algorithm to print NumPy's digits. As in numpy_elementary.c, only the algorithm and its constants carry over:
// the lanes (numpy_logs_lanes.h, one source for every code path) use IEEE operations, correctly rounded fused
// multiply-adds where SVML has them and exact table reads, so the result is the same bits on every CPU. Contraction is
// off: an implicit fused multiply-add would change the bits of the operations SVML does unfused.
//
// The algorithms (from SVML's sources, linux/avx512/svml_z0_*_d_ha.s in numpy/SVML):
// - log1p: 1 + x as a rounded sum and the part the rounding lost; log of the sum as SVML's log does it (log_reduce:
//   rcp = 1/m to 1/32, R = rcp * m - 1, -log(rcp) from log's tables, a degree-9 polynomial), the lost part, scaled by
//   2^-E and rcp, added to R.
// - expm1: N = x log2(e) to 1/16, r = x - N ln 2 in two steps, 2^(j/16) from exp's table scaled by 2^floor(N), then
//   2^N - 1 + 2^N (e^r - 1) with 2^N - 1 and the products carried as sums of two doubles.
// - log2 and log10: log's reduction with their own tables of -log2(rcp) and -log10(rcp) as a head and a tail, R /
//   ln 2 (or ln 10) as a product with its rounding error, a degree-9 polynomial.

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "CKernels.h"
#include "double_bits.h"
#include "numpy_elementary.h"
#include "numpy_exp_tables.h"
#include "numpy_log_tables.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// -log2(rcp) (1 - log2(2 rcp) where rcp < 0.75) by log_reduce's index, as a head (its low 14 bits zero, so that
// E + head is exact) and a tail.
static const uint64_t log2_head[16] = {
    0x0000000000000000ull, 0xbfb663f6fac90000ull, 0xbfc5c01a39fc0000ull, 0xbfcfbc16b9028000ull, 0xbfd49a784bcd0000ull,
    0xbfd91bba891f0000ull, 0xbfdd6753e0330000ull, 0xbfe0c10500d64000ull, 0x3fda8ff971810000ull, 0x3fd6cb0f6865c000ull,
    0x3fd32bfee3710000ull, 0x3fcf5fd8a9060000ull, 0x3fc8a8980abf8000ull, 0x3fc22dadc2ab0000ull, 0x3fb7d60496d00000ull,
    0x3fa77394c9da0000ull,
};
static const uint64_t log2_tail[16] = {
    0x0000000000000000ull, 0xbd33167ccc538261ull, 0x3d54bc302ffa76fbull, 0x3d47f5dc57266758ull, 0xbd5b8afe492bf6ffull,
    0xbd5708b4b2b5056cull, 0x3d55f101c141e670ull, 0x3d45669df6a2b592ull, 0x3d44bc302ffa76fbull, 0x3d41d406db502403ull,
    0xbd51979a5db68722ull, 0x3d5f1a4847f7b278ull, 0x3d5e9933354dbf17ull, 0x3d5a4b69691d7994ull, 0xbd512ce6312ebb82ull,
    0xbd54e55443478fe0ull,
};

// -log10(rcp), the same way.
static const uint64_t log10_head[16] = {
    0x0000000000000000ull, 0xbf9af5f92b000000ull, 0xbfaa30a9d60a0000ull, 0xbfb31b3055c40000ull, 0xbfb8cf1838860000ull,
    0xbfbe3bc1ab0e0000ull, 0xbfc1b3e71ec98000ull, 0xbfc42c7e7fe40000ull, 0x3fbffbfc2bbc0000ull, 0x3fbb721cd1710000ull,
    0x3fb715d0ce360000ull, 0x3fb2e3a740b80000ull, 0x3fadb11ed7660000ull, 0x3fa5e3966b7e0000ull, 0x3f9cb38fccd80000ull,
    0x3f8c3d0837780000ull,
};
static const uint64_t log10_tail[16] = {
    0x0000000000000000ull, 0xbd4cc1f4dbc14db5ull, 0x3d20163d7e67d282ull, 0xbd5c46006d082e6dull, 0xbd520326ca2c7e5full,
    0xbd39fe3d562a53f0ull, 0x3d5842a222666db0ull, 0x3d1ff1d22abd8abeull, 0x3d5e00dd60df12c3ull, 0x3d55f8a57d982e77ull,
    0x3d5ebeeb67bf155aull, 0xbd5ffc5aef53f2edull, 0x3d557e865b878377ull, 0x3d5252a37739a5f7ull, 0x3d47fb6d2d6528c7ull,
    0x3d2310272fe17537ull,
};

// -log(1 + j/16) as a head (its low bits zero, so that sums with multiples of ln 2's head are exact) and a tail, by
// the top 4 mantissa bits j of a reciprocal rounded to 4 (SVML's arcsinh, arccosh and arctanh).
static const uint64_t log_rcp_head[16] = {
    0x0000000000000000ull, 0xbfaf0a30c0120000ull, 0xbfbe27076e2b0000ull, 0xbfc5ff3070a78000ull, 0xbfcc8ff7c79a8000ull,
    0xbfd1675cababc000ull, 0xbfd4618bc21c4000ull, 0xbfd739d7f6bbc000ull, 0xbfd9f323ecbf8000ull, 0xbfdc8ff7c79a8000ull,
    0xbfdf128f5faf0000ull, 0xbfe0be72e4252000ull, 0xbfe1e85f5e704000ull, 0xbfe307d7334f2000ull, 0xbfe41d8fe8468000ull,
    0xbfe52a2d265bc000ull,
};
static const uint64_t log_rcp_tail[16] = {
    0x0000000000000000ull, 0x3d53ab33d066d1d2ull, 0x3d2a342c2af0003cull, 0xbd43d3c873e20a07ull, 0xbd4a21ac25d81ef3ull,
    0x3d59f1fc63382a8full, 0xbd5ec27d0b7b37b3ull, 0xbd50069ce24c53fbull, 0xbd584bf2b68d766full, 0xbd5a21ac25d81ef3ull,
    0xbd3bb2cd720ec44cull, 0xbd55056d312f7668ull, 0xbd1a07bd8b34be7cull, 0x3d5e83c094debc15ull, 0x3d5aa33736867a17ull,
    0xbd46abb9df22bc57ull,
};

typedef size_t (*NumpyLoop)(const double *, double *, size_t, uint32_t *);

// The functions in the order of each path's numpy_log_loops.
typedef enum {
  NUMPY_LOG1P,
  NUMPY_EXPM1,
  NUMPY_LOG2,
  NUMPY_LOG10,
  NUMPY_ARCSINH,
  NUMPY_ARCCOSH,
  NUMPY_ARCTANH
} NumpyLogFunction;

#define LANES "numpy_logs_lanes.h"
#include "lanes_per_path.h"
#undef LANES
#include "numpy_loop_dispatch.h"

// The NaN SVML returns for a NaN input: the input, quieted (as x86 arithmetic does).
static double quieted(double x) { return double_of(bits_of(x) | 0x0008000000000000ull); }

// x86's default NaN, which SVML's special paths return for arguments outside the domain (0 / 0).
static const uint64_t default_nan = 0xfff8000000000000ull;

// The lanes log1p_lanes leaves (SVML's scalar fallback): NaN, +inf, x <= -1.
static double log1p_special(double x) {
  if (x != x) return quieted(x);
  if (x == -1) return double_of(0xfff0000000000000ull);
  if (x < -1) return double_of(default_nan);
  return x;  // +inf
}

// The lanes expm1_lanes leaves: NaN, which NumPy's loop gives back as it is (it hands SVML 1 in its place), and
// x >= 707.70..., where SVML's fallback is its exp's (e^x - 1 rounds to e^x there), which docbuild_numpy_exp runs.
static double expm1_special(double x) {
  if (x != x) return x;
  double y;
  docbuild_numpy_exp(&x, &y, 1);
  return y;
}

// The lanes log2_lanes and log10_lanes leave: NaN, +-0, negative numbers, +inf.
static double log_family_special(double x) {
  if (x != x) return quieted(x);
  if (x == 0) return double_of(0xfff0000000000000ull);
  if (x < 0) return double_of(default_nan);
  return x;  // +inf
}

// The lanes arcsinh_lanes leaves: NaN and +-inf (arcsinh(+-inf) = +-inf).
static double arcsinh_special(double x) { return x != x ? quieted(x) : x; }

// The lanes arccosh_lanes leaves: NaN, +inf, x <= 1 (arccosh(1) = 0).
static double arccosh_special(double x) {
  if (x != x) return quieted(x);
  if (x == 1) return 0.0;
  if (x < 1) return double_of(default_nan);
  return x;  // +inf
}

// The lanes arctanh_lanes leaves: NaN, |x| >= 1 (arctanh(+-1) = +-inf).
static double arctanh_special(double x) {
  if (x != x) return quieted(x);
  if (x == 1 || x == -1) return x / 0.0;
  return double_of(default_nan);
}

DEFINE_NUMPY_DISPATCH(NumpyLogFunction, numpy_log_loops)

void docbuild_numpy_log1p(const double *x, double *y, size_t n) { run_finished(NUMPY_LOG1P, log1p_special, x, y, n); }

void docbuild_numpy_expm1(const double *x, double *y, size_t n) { run_finished(NUMPY_EXPM1, expm1_special, x, y, n); }

void docbuild_numpy_log2(const double *x, double *y, size_t n) { run_finished(NUMPY_LOG2, log_family_special, x, y, n); }

void docbuild_numpy_log10(const double *x, double *y, size_t n) {
  run_finished(NUMPY_LOG10, log_family_special, x, y, n);
}

void docbuild_numpy_arcsinh(const double *x, double *y, size_t n) {
  run_finished(NUMPY_ARCSINH, arcsinh_special, x, y, n);
}

void docbuild_numpy_arccosh(const double *x, double *y, size_t n) {
  run_finished(NUMPY_ARCCOSH, arccosh_special, x, y, n);
}

void docbuild_numpy_arctanh(const double *x, double *y, size_t n) {
  run_finished(NUMPY_ARCTANH, arctanh_special, x, y, n);
}
