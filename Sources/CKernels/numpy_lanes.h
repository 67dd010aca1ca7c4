// NumPy's float64 tanh, exp, log and power over arrays, compiled once per code path by numpy_elementary.c through
// lanes_per_path.h. Each lane runs the operations of NumPy's (or Intel SVML's) algorithm in its order, fused
// multiply-adds exactly where the algorithm has them (a fused multiply-add is correctly rounded on every path: one
// instruction with FMA hardware, libm's fma() in the portable path), and table reads are exact, so every path gives
// the same bits. Lanes outside an algorithm's main range are finished by numpy_elementary.c's scalar special cases.

#include "numpy_lane_helpers.h"

// tanh: NumPy's SIMD loop (see tanh_table); NaN lanes are left to tanh_special.
ATTRIBUTES static inline VD F(tanh_lanes)(VD x, VL *special) {
  VU bits = (VU)x;
  VU key = bits & 0x7ff8000000000000ul;  // the exponent and the top mantissa bit of |x|: they pick the interval
  VU sign = bits & 0x8000000000000000ul;
  VL offset = (VL)(key >> 32) - 0x3fc00000;
  offset = __builtin_elementwise_min(__builtin_elementwise_max(offset, (VL)0), (VL)0x780000);
  VU row = (VU)(offset >> 19);
  VD y = (VD)(bits & 0x7ffffffffffffffful) - (VD)F(lookup16)(tanh_table[0], row);
  VD r = F(fma)((VD)F(lookup16)(tanh_table[17], row), y, (VD)F(lookup16)(tanh_table[16], row));
  for (int k = 15; k >= 1; k--) r = F(fma)(r, y, (VD)F(lookup16)(tanh_table[k], row));
  VU result = (VU)r | sign;
  // Infinity (and, as in NumPy, |x| >= 1.5 * 2^1023): +-1; 0 * inf in the polynomial gave NaN there.
  result = F(choose)((VL)(key > 0x7fe0000000000000ul), 0x3ff0000000000000ul | sign, result);
  *special = x != x;
  return (VD)result;
}

// exp: SVML's main path (see exp_main_head); lanes with |x| >= 707.70... or NaN are left to exp_rare.
ATTRIBUTES static inline VD F(exp_lanes)(VD x, VL *special) {
  *special = ~((VD)((VU)x & 0x7ffffffffffffffful) < double_of(0x40861da04cbafe44ul));
  const VD log2e = double_of(0x3ff71547652b82feul);
  // 1.5 * 2^48 + 1023: adding it keeps 4 fractional bits; its low bits are 0 mod 16 so j is N's fraction.
  const VD shift = double_of(0x42f8000000003ff0ul);
  // SVML rounds x * log2(e) + shift toward zero. The sum is positive: round to nearest, then step down where that
  // rounded up, which the sign of the exact remainder (fma of the exact difference) tells.
  VD shifted = F(fma)(x, log2e, shift);
  VL up = F(fma)(x, log2e, shift - shifted) < 0;
  VU shifted_bits = (VU)shifted + (VU)up;  // minus one ulp where `up`
  VD n = (VD)shifted_bits - shift;
  VU j = shifted_bits & 15;
  VD r = F(fma)(-n, double_of(0x3fe62e42fefa39eful), x);
  r = F(fma)(-n, double_of(0x3c7abc9e3b39803ful), r);
  r = (VD)((VU)r & 0xbffffffffffffffful);  // as SVML: clears bit 62, a no-op for |r| < 2
  VD r2 = r * r;
  VD p56 = F(fma)(double_of(0x3f57411836940c04ul), r, double_of(0x3f81101cbbc265c0ul));
  VD p34 = F(fma)(r, double_of(0x3fa55557242d68feul), double_of(0x3fc5555553939732ul));
  VD p12 = F(fma)(r, double_of(0x3fe000000000d008ul), double_of(0x3fefffffffffff70ul));
  VD p = F(fma)(p56, r2, p34);
  p = F(fma)(p, r2, p12);
  p = F(fma)(p, r, (VD)F(lookup16)(exp_main_tail, j));
  VD head = (VD)F(lookup16)(exp_main_head, j);
  VD result = F(fma)(p, head, head);
  // 2^floor(N): the shifted sum's bits above j hold floor(N) + 1023, in 1 ... 2044 here, so 2^floor(N) is a normal
  // double and the product exact.
  VU scale = ((shifted_bits >> 4) & 0x7ff) << 52;
  return result * (VD)scale;
}

// log: SVML's algorithm (see log_head); +-0, negative numbers, infinity and NaN are left to log_special.
ATTRIBUTES static inline VD F(log_lanes)(VD x, VL *special) {
  VU bits = (VU)x;
  *special = (VL)(bits - 1 >= 0x7feffffffffffffful);
  // x = 2^E * m, m in [1, 2): subnormals are first scaled by 2^52 (exactly).
  VL subnormal = (VL)(bits < 0x0010000000000000ul);
  bits = F(choose)(subnormal, (VU)(x * 0x1p52), bits);
  VD e = __builtin_convertvector((VL)(bits >> 52) - (1023 + (subnormal & 52)), VD);
  VU mantissa = (bits & 0x000ffffffffffffful) | 0x3ff0000000000000ul;
  VD m = (VD)mantissa;
  // rcp = vrcp14pd(m) rounded to a multiple of 1/32: the instructions themselves on AVX-512 (as numpy_logs_lanes.h's
  // log_reduce), elsewhere the steps of Intel's reference definition, by table.
#if WIDTH == 8
  VD rcp = (VD)_mm512_roundscale_pd(_mm512_rcp14_pd((__m512d)m), (5 << 4) | _MM_FROUND_NO_EXC);
  VU j = ((VU)rcp >> 48) & 15;  // the top 4 mantissa bits; rcp = 1 reads row 0, as rcp = 1/2 does
#else
  VU bucket = (mantissa >> 47) & 31;
  VL k = (VL)F(lookup32)(log_rcp_base, bucket) + (VL)(mantissa >= F(lookup32)(log_rcp_step_in, bucket));
  VD rcp = __builtin_convertvector(k, VD) * 0x1p-5;
  VU j = (VU)(k - 16) & 15;  // k = 32 reads row 0, as k = 16 does
#endif
  VD r = F(fma)(rcp, m, -1.0);
  e = e + (VD)((VU)(rcp < 0.75) & 0x3ff0000000000000ul);  // E + 1 where rcp < 0.75
  VD p7 = F(fma)(r, double_of(0x3fc249229cee81eful), double_of(0xbfc55553fb28db06ul));
  VD p9 = F(fma)(r, double_of(0x3fbc81cd309d7c70ul), double_of(0xbfc007357e93af62ul));
  VD r2 = r * r;
  VD p5 = F(fma)(r, double_of(0x3fc9999999cc9f5cul), double_of(0xbfd00000000c05bdul));
  p9 = F(fma)(p9, r2, p7);
  VD r4 = r2 * r2;
  VD p3 = F(fma)(r, double_of(0x3fd5555555555466ul), double_of(0xbfdfffffffffffc6ul));
  p5 = F(fma)(p5, r2, p3);
  VD high = F(fma)(e, double_of(0x3fe62e42fefa0000ul), (VD)F(lookup16)(log_head, j));
  p9 = F(fma)(p9, r4, p5);
  VD sum = high + r;
  VD low_r = r - (sum - high);
  p9 = F(fma)(p9, r2, low_r);
  VD low = F(fma)(e, double_of(0x3d7cf79abc9e0000ul), (VD)F(lookup16)(log_tail, j));
  return sum + (p9 + low);
}

// The rounding directions SVML's pow asks for: AVX-512 has them in the instruction; the other paths switch the
// rounding mode around the operations (correctly rounded either way, so the same bits). In pow_lanes' order:
// ph = y * high, zl = y * high - ph, zl = y * tll + zl, z = ph + zl, all rounded toward zero; then two sums rounded
// down.
#if WIDTH == 8
ATTRIBUTES static inline VD F(pow_product_toward_zero)(VD high, VD low, VD y, VD *ph, VD *zl) {
#define TOWARD_ZERO (_MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC)
  __m512d p = _mm512_mul_round_pd((__m512d)y, (__m512d)high, TOWARD_ZERO);
  __m512d l = _mm512_fmsub_round_pd((__m512d)y, (__m512d)high, p, TOWARD_ZERO);
  l = _mm512_fmadd_round_pd((__m512d)y, (__m512d)low, l, TOWARD_ZERO);
  *ph = (VD)p;
  *zl = (VD)l;
  return (VD)_mm512_add_round_pd(p, l, TOWARD_ZERO);
#undef TOWARD_ZERO
}

// z + shift and z - floor16 (z rounded down to a multiple of 1/16, as vreducepd does), both rounded down.
ATTRIBUTES static inline VD F(split_down)(VD z, VD floor16, double shift, VD *shifted) {
#define DOWN (_MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC)
  *shifted = (VD)_mm512_add_round_pd((__m512d)z, _mm512_set1_pd(shift), DOWN);
  return (VD)_mm512_sub_round_pd((__m512d)z, (__m512d)floor16, DOWN);
#undef DOWN
}
#else
ATTRIBUTES __attribute__((noinline)) static VD F(pow_product_toward_zero)(VD high, VD low, VD y, VD *ph, VD *zl) {
#pragma STDC FENV_ACCESS ON
  fesetround(FE_TOWARDZERO);
  VD p = y * high;
  VD l = __builtin_elementwise_fma(y, high, -p);
  l = __builtin_elementwise_fma(y, low, l);
  VD z = p + l;
  fesetround(FE_TONEAREST);
  *ph = p;
  *zl = l;
  return z;
}

ATTRIBUTES __attribute__((noinline)) static VD F(split_down)(VD z, VD floor16, double shift, VD *shifted) {
#pragma STDC FENV_ACCESS ON
  fesetround(FE_DOWNWARD);
  *shifted = z + shift;
  VD reduced = z - floor16;
  fesetround(FE_TONEAREST);
  return reduced;
}
#endif

// pow: SVML's main path (see pow_log_head) for x positive and finite (subnormals too), y finite and
// |y log2 x| <= 1021.5; the other lanes are marked special.
ATTRIBUTES static inline VD F(pow_lanes)(VD x, VD y, VL *special) {
  VU bits = (VU)x;
  *special = (VL)(bits - 1 >= 0x7feffffffffffffful) | (VL)(((VU)y & 0x7ff0000000000000ul) == 0x7ff0000000000000ul);
  // x = 2^E * m with m in [1/2, 1) (getexp, getmant): subnormals are first scaled by 2^52 (exactly).
  VL subnormal = (VL)(bits < 0x0010000000000000ul);
  bits = F(choose)(subnormal, (VU)(x * 0x1p52), bits);
  VD e = __builtin_convertvector((VL)(bits >> 52) - (1023 + (subnormal & 52)), VD);
  VU mantissa = (bits & 0x000ffffffffffffful) | 0x3fe0000000000000ul;
  // rcp = vrcp14pd(m) rounded to a multiple of 1/32: the instructions themselves on AVX-512, elsewhere by table.
#if WIDTH == 8
  VD rcp = (VD)_mm512_roundscale_pd(_mm512_rcp14_pd((__m512d)mantissa), (5 << 4) | _MM_FROUND_NO_EXC);
  VU index = ((VU)rcp >> 47) & 31;  // the bits of rcp below its leading one; rcp = 2 reads entry 0
#else
  VU bucket = (mantissa >> 47) & 31;
  VL k = (VL)F(lookup32)(pow_rcp_base, bucket) + (VL)(mantissa >= F(lookup32)(pow_rcp_first_step, bucket)) +
         (VL)(mantissa >= F(lookup32)(pow_rcp_second_step, bucket));
  VD rcp = __builtin_convertvector(k, VD) * 0x1p-5;
  VU index = (VU)(k - 32) & 31;  // the bits of rcp below its leading one; rcp = 2 reads entry 0
#endif
  e = e + (VD)((VU)(rcp < 1.5) & 0x3ff0000000000000ul);
  VD th = (VD)F(lookup32)(pow_log_head, index);
  VD tl = (VD)F(lookup32)(pow_log_tail, index);
  VD r = F(fma)((VD)mantissa * 0.5, rcp, -0.5);
  VD r2 = r * r;
  VD p9 = F(fma)(double_of(0xc0627a394386376ful), r, double_of(0x4054873cf87141d1ul));
  VD p7 = F(fma)(double_of(0xc04715473528efc1ul), r, double_of(0x403a617607e55815ul));
  VD e_th = e + th;
  p9 = F(fma)(r2, p9, p7);
  VD p1 = F(fma)(double_of(0xbc8778d9c7190437ul), r, double_of(0x3c8777df70b75d10ul));
  VD p5 = F(fma)(double_of(0xc02ec709dc3b71a1ul), r, double_of(0x4022776c50effbdeul));
  VD p3 = F(fma)(double_of(0xc0171547652b82fcul), r, double_of(0x400ec709dc3a03fdul));
  VD r4 = r2 * r2;
  p5 = F(fma)(r2, p5, p3);
  p9 = F(fma)(r4, p9, p5);
  p9 = F(fma)(r2, p9, p1);
  p9 = F(fma)(r, p9, tl);
  // E + th + (2 / ln 2) R as a sum of parts: the product's head rh and tail rl, less R * (rh + rl) (the polynomial's
  // R^2 term folded in).
  const VD c1 = double_of(0x40071547652b82feul);
  VD sum1 = F(fma)(c1, r, e_th);
  VD rh = sum1 - e_th;
  VD t = F(fma)(-r, rh, sum1);
  VD rl = F(fma)(r, c1, -rh);
  VD rrh = sum1 - t;
  rl = F(fma)(-rl, r, rl);
  VD rrl = F(fma)(rh, r, -rrh);
  VD low = p9 + (rl - rrl);
  VD high = t + low;  // log2 x = high + tll
  VD tll = low - (high - t);
  // y log2 x = z + (zl - (z - ph)), then 2^that = 2^floor(16 z)/16 * 2^(reduced).
  VD ph, zl;
  VD z = F(pow_product_toward_zero)(high, tll, y, &ph, &zl);
  VD correction = zl - (z - ph);
  VD shifted;
  VD reduced = F(split_down)(z, __builtin_elementwise_floor(z * 16) * 0.0625, double_of(0x42f8000000003ff0ul), &shifted);
  *special |= ~((VD)((VU)z & 0x7ffffffffffffffful) <= 1021.5);
  reduced = (VD)((VU)(reduced + correction) & 0xbffffffffffffffful);  // as SVML: clears bit 62, |R| < 2
  VU shifted_bits = (VU)shifted;
  VU j = shifted_bits & 15;
  VD q2 = reduced * reduced;
  VD q = F(fma)(double_of(0x3f24a1d7f58c2d59ul), reduced, double_of(0x3f55d7472783d279ul));
  VD q3 = F(fma)(double_of(0x3f83b2ad1b14ebaaul), reduced, double_of(0x3fac6b08d4ad8eb9ul));
  VD q1 = F(fma)(double_of(0x3fcebfbdff84554dul), reduced, double_of(0x3fe62e42fefa398bul));
  q = F(fma)(q2, q, q3);
  q = F(fma)(q2, q, q1);
  q = F(fma)(reduced, q, (VD)F(lookup16)(exp_main_tail, j));
  VD head = (VD)F(lookup16)(exp_main_head, j);
  q = F(fma)(head, q, head);
  return q * (VD)((shifted_bits << 48) & 0x7ff0000000000000ul);
}

DEFINE_NUMPY_PAIR_LOOP(numpy_power, pow_lanes)

// exp2: SVML's algorithm (see exp2_tail) for finite x; 2^floor(x) is applied as vscalefpd does, with one rounding
// into the subnormal range: the scale is split into an exact normal factor and, below 2^-1022, 2^-1074 (whose
// product rounds once). NaN and |x| >= 2048 (0 or infinity) are left to exp2_special.
ATTRIBUTES static inline VD F(exp2_lanes)(VD x, VL *special) {
  *special = ~((VD)((VU)x & 0x7ffffffffffffffful) < 2048.0);
  VD shifted;
  VD r = F(split_down)(x, __builtin_elementwise_floor(x * 16) * 0.0625, double_of(0x42f8000000000000ul), &shifted);
  VD p = F(fma)(double_of(0x3f24a1d7f526371bul), r, double_of(0x3f55d7472713cd19ul));
  p = F(fma)(r, p, double_of(0x3f83b2ad1b172252ul));
  p = F(fma)(r, p, double_of(0x3fac6b08d4ad86b9ul));
  p = F(fma)(r, p, double_of(0x3fcebfbdff84555aul));
  p = F(fma)(r, p, double_of(0x3fe62e42fefa398bul));
  VU j = (VU)shifted & 15;
  VD head = (VD)F(lookup16)(exp_main_head, j);
  VD q = F(fma)(head * r, p, (VD)F(lookup16)(exp2_tail, j));
  VD result = q + head;
  // result * 2^n, n = floor(x), clamped where the result is 0 or infinite anyway.
  VD floor = __builtin_elementwise_floor(x);
  VL n = __builtin_convertvector(__builtin_elementwise_min(__builtin_elementwise_max(floor, (VD)-1100), (VD)1100), VL);
  VL normal = n >= -1022;
  VL first = (VL)F(choose)(normal, (VU)__builtin_elementwise_min(n, (VL)1023), (VU)(n + 1074));
  VL second = (VL)F(choose)(normal, (VU)(n - first), (VU)(VL)-1074);
  VU first_scale = (VU)(first + 1023) << 52;
  VU second_scale = F(choose)((VL)(second >= -1022), (VU)(second + 1023) << 52, (VU)1);
  return result * (VD)first_scale * (VD)second_scale;
}

// cosh: SVML's algorithm (see numpy_elementary.c's cosh) for |x| <= 707.69...; the other lanes (and NaN) are left to the caller.
ATTRIBUTES static inline VD F(cosh_lanes)(VD x, VL *special) {
  VU magnitude_bits = (VU)x & 0x7ffffffffffffffful;
  VD a = (VD)magnitude_bits;
  *special = (VL)((magnitude_bits >> 32) > 0x40861d99);  // SVML compares the high words
  const VD shift = double_of(0x42f8000000000000ul);
  VD shifted = F(fma)(a, double_of(0x3ff71547652b82feul), shift);  // N = |x| log2(e) to 1/16
  VD n = shifted - shift;
  VU bits = (VU)shifted;
  VU j = bits & 15;
  VD r = F(fma)(-n, double_of(0x3fe62e42fefa0000ul), a);
  r = F(fma)(-n, double_of(0x3d7cf79abc9e3b3aul), r);
  // 2^floor(N) and 2^-floor(N) applied to the table entries by adding to or subtracting from their exponent fields.
  VU scale = (bits << 48) & 0x7ff0000000000000ul;
  VD r2 = r * r;
  VD low = (VD)(F(lookup16)(half_exp2_tail, j) + scale);
  VD high = (VD)(F(lookup16)(half_exp2_head, j) + scale);
  VD negative = (VD)(F(lookup16)(half_exp2_negative_head, j) - scale);
  VD plus = high + negative;
  VD minus = high - negative;
  VD odd = F(fma)(double_of(0x3f2a018d76da03daul), r2, double_of(0x3f81111111286a0cul));
  odd = F(fma)(r2, odd, double_of(0x3fc5555555555543ul));
  VD even = F(fma)(double_of(0x3f56c183da08f116ul), r2, double_of(0x3fa5555555484f37ul));
  odd = odd * r2;
  even = F(fma)(r2, even, double_of(0x3fe0000000000004ul));
  odd = F(fma)(r, odd, r);
  even = even * r2;
  even = F(fma)(plus, even, low);
  VD sum = F(fma)(minus, odd, even);
  return (sum + negative) + high;
}

DEFINE_NUMPY_LOOP(tanh)
DEFINE_NUMPY_LOOP(exp)
DEFINE_NUMPY_LOOP(log)
DEFINE_NUMPY_LOOP(exp2)
DEFINE_NUMPY_LOOP(cosh)

#undef DEFINE_NUMPY_LOOP
#undef DEFINE_NUMPY_PAIR_LOOP

// One code path's loops, in the order of NumpyFunction.
static const NumpyLoop F(numpy_loops)[] = {F(tanh), F(exp), F(log), F(exp2), F(cosh)};
