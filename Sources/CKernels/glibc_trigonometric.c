// glibc 2.36's sin, cos and tan (IBM's Accurate Mathematical Library, without the slow paths since 2.28), operation for
// operation as its FMA build computes them: CPython's `math.sin`/`math.cos` call them, and so does NumPy 2.4 for
// float64 `np.sin`/`np.cos` (its SIMD loops are float32 only), so both print these bits. A table of sin and cos at
// i/128 as double-double pairs turns the argument into a small remainder whose Taylor polynomials are short; arguments
// past 2.426 are first reduced by multiples of pi/2 (to 136 bits; by 2/pi in base-2^24 digits past 105414350).
//
// Why C: every `a * b + c` that GCC fuses in glibc's FMA build is FMA(a, b, c) below, one instruction on a CPU with
// FMA (the path compiled with that target) and C's correctly rounded fma() elsewhere, the same value either way;
// Swift could only call fma() for each. Every other operation rounds as written (contraction off).

#include "numpy_elementary.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "double_bits.h"
#include "glibc_fused_dispatch.h"
#include "glibc_sincos_table.h"

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

int docbuild_elementary_path(void);


// Taylor coefficients of sin for |x| < 0.126 (s1...s5), and of sin and cos near the table points.
static const double s1 = -0x1.5555555555555p-3, s2 = 0x1.1111111110ECEp-7, s3 = -0x1.A01A019DB08B8p-13,
                    s4 = 0x1.71DE27B9A7ED9p-19, s5 = -0x1.ADDFFC2FCDF59p-26;
static const double sn3 = -1.66666666666664880952546298448555E-01, sn5 = 8.33333214285722277379541354343671E-03,
                    cs2 = 4.99999999999999999999950396842453E-01, cs4 = -4.16666666666664434524222570944589E-02,
                    cs6 = 1.38888874007937613028114285595617E-03;
// 1.5 * 2^45: adding it rounds |x| to a multiple of 1/128 whose low word is the table index.
static const double table_shift = 0x1.8p45;
// pi/2 as a double-double, and in pieces for the reduction of |x| < 105414350 (mp1, mp2 give exact products).
static const double half_pi = 0x1.921FB54442D18p0, half_pi_low = 0x1.1A62633145C07p-54;
static const double mp1 = 0x1.921FB58000000p0, mp2 = -0x1.DDE973C000000p-27, pp3 = -0x1.CB3B398000000p-55,
                    pp4 = -0x1.d747f23e32ed7p-83, inverse_half_pi = 0x1.45F306DC9C883p-1, to_integer = 0x1.8p52;

// tan: Taylor coefficients below 0.0608 (tan_d*), near the table points (tan_e*); the last piece of pi/2 for its
// reduction to 25 (after mp1 and mp2).
static const double tan_small = 0x1.f212dp-5, tan_d3 = 0x1.5555555555555p-2, tan_d5 = 0x1.11111111107c6p-3,
                    tan_d7 = 0x1.ba1ba1cdb8745p-5, tan_d9 = 0x1.664ed49cfc666p-6, tan_d11 = 0x1.2385a3cf2e4eap-7,
                    tan_e0 = 0x1.5555555554dbdp-2, tan_e1 = 0x1.11112e0a6b45fp-3,
                    tan_mp3 = -0x1.cb3b399d747f2p-55;

// The large reduction (glibc's branred.c, built without FMA): x split in two halves of 26 bits, each multiplied by
// six base-2^24 digits of 2/pi chosen by its exponent, the integer parts dropped as they go.
static void large_part(double x, double *b_out, double *bb_out, double *sum_out) {
  double r[6], s, t, bb, b, sum = 0;
  int k = (int)((bits_of(x) >> 52) & 2047);
  k = (k - 450) / 24;
  if (k < 0) k = 0;
  double scale = double_of(0x63f0000000000000ULL - ((uint64_t)(k * 24) << 52));  // 2^(576 - 24k)
  for (int i = 0; i < 6; i++) {
    r[i] = x * glibc_two_over_pi_digits[k + i] * scale;
    scale *= 0x1p-24;
  }
  for (int i = 0; i < 3; i++) {
    s = (r[i] + 0x1.8p52) - 0x1.8p52;
    sum += s;
    r[i] -= s;
  }
  t = 0;
  for (int i = 0; i < 6; i++) t += r[5 - i];
  bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
  s = (t + 0x1.8p52) - 0x1.8p52;
  sum += s;
  t -= s;
  b = t + bb;
  bb = (t - b) + bb;
  s = (sum + 0x1.8p54) - 0x1.8p54;
  sum -= s;
  *b_out = b;
  *bb_out = bb;
  *sum_out = sum;
}

// x = n pi/2 + (a + da), |a + da| <= pi/4, for |x| >= 105414350; returns n mod 4.
static int large_reduction(double x, double *a, double *da) {
  const double split = 134217729.0, mp2_short = -0x1.DDE9740000000p-27;
  x *= 0x1p-600;
  double t = x * split;
  double x1 = t - (t - x), x2 = x - x1;
  double b1, bb1, sum1, b2, bb2, sum2;
  large_part(x1, &b1, &bb1, &sum1);
  large_part(x2, &b2, &bb2, &sum2);
  double sum = sum1 + sum2, b = b1 + b2;
  double bb = fabs(b1) > fabs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  double s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * split;
  double t1 = b - (b - s), t2 = s - t1;
  b = s * half_pi;
  bb = (((t1 * mp1 - b) + t1 * mp2_short) + t2 * mp1) + (t2 * mp2_short + s * half_pi_low + t * half_pi);
  s = b + bb;
  *a = s;
  *da = (b - s) + bb;
  return ((int)sum) & 3;
}

// The same text twice: with FMA as one instruction (x86-64 CPUs with FMA) and as C's fma().
#define SUFFIX fused
#define ATTRIBUTES __attribute__((target("fma")))
#define FMA __builtin_fma
#include "glibc_trigonometric_body.h"

#define SUFFIX portable
#define ATTRIBUTES
#define FMA fma
#include "glibc_trigonometric_body.h"

DEFINE_GLIBC_FUNCTION(sin)
DEFINE_GLIBC_FUNCTION(cos)
DEFINE_GLIBC_FUNCTION(tan)

void docbuild_glibc_sin_array(const double *x, double *y, size_t n) {
#if defined(__x86_64__)
  if (GLIBC_RUNS_FUSED()) {
    for (size_t i = 0; i < n; i++) y[i] = sin_fused(x[i]);
    return;
  }
#endif
  for (size_t i = 0; i < n; i++) y[i] = sin_portable(x[i]);
}

void docbuild_glibc_cos_array(const double *x, double *y, size_t n) {
#if defined(__x86_64__)
  if (GLIBC_RUNS_FUSED()) {
    for (size_t i = 0; i < n; i++) y[i] = cos_fused(x[i]);
    return;
  }
#endif
  for (size_t i = 0; i < n; i++) y[i] = cos_portable(x[i]);
}
