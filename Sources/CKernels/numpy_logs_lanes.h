// NumPy's float64 log1p, expm1, log2, log10, arcsinh, arccosh and arctanh over arrays (Intel SVML's `_ha` algorithms), compiled once per code
// path by numpy_elementary_logs.c through lanes_per_path.h, as numpy_lanes.h is: each lane runs SVML's operations in
// its order, fused multiply-adds exactly where SVML has them, exact table reads, so every path gives the same bits.
// Lanes outside an algorithm's main range are marked special and finished by numpy_elementary_logs.c.

#include "numpy_lane_helpers.h"

// x = 2^E * m with m in [1, 2) (SVML's getexp and getmant, subnormals included: they are first scaled by 2^52,
// exactly), and rcp = 1/m as SVML's vrcp14pd estimate rounded to a multiple of 1/32 (log_rcp_base), for positive
// finite x; `index` is the entry of rcp in the 16-row -log(rcp) tables.
ATTRIBUTES static inline VD F(log_reduce)(VD x, VD *e, VD *rcp, VU *index) {
  VU bits = (VU)x;
  VL subnormal = (VL)(bits < 0x0010000000000000ul);
  bits = F(choose)(subnormal, (VU)(x * 0x1p52), bits);
  *e = __builtin_convertvector((VL)(bits >> 52) - (1023 + (subnormal & 52)), VD);
  VU mantissa = (bits & 0x000ffffffffffffful) | 0x3ff0000000000000ul;
#if WIDTH == 8
  // The instructions themselves: vrcp14pd's bits are defined by Intel's reference (see rcp14), which the tables
  // below step with.
  *rcp = (VD)_mm512_roundscale_pd(_mm512_rcp14_pd((__m512d)mantissa), (5 << 4) | _MM_FROUND_NO_EXC);
  *index = ((VU)*rcp >> 48) & 15;  // the top 4 mantissa bits; rcp = 1 reads row 0, as rcp = 1/2 does
#else
  VU bucket = (mantissa >> 47) & 31;
  VL k = (VL)F(lookup32)(log_rcp_base, bucket) + (VL)(mantissa >= F(lookup32)(log_rcp_step_in, bucket));
  *rcp = __builtin_convertvector(k, VD) * 0x1p-5;
  *index = (VU)(k - 16) & 15;  // k = 32 reads row 0, as k = 16 does
#endif
  return (VD)mantissa;
}

// E + 1 where rcp < 0.75 (SVML reads -log(2 rcp) from its tables there).
ATTRIBUTES static inline VD F(log_exponent)(VD e, VD rcp) {
  return e + (VD)((VU)(rcp < 0.75) & 0x3ff0000000000000ul);
}

// log1p: SVML's log1p (see numpy_elementary_logs.c) for -1 < x < infinity; the other lanes (and NaN) are special.
ATTRIBUTES static inline VD F(log1p_lanes)(VD x, VL *special) {
  *special = ~((x > -1.0) & (x < __builtin_inf()));
  const VD one = 1.0;
  VL above = x > one;
  VD high1 = (VD)F(choose)(above, (VU)x, (VU)one), low1 = (VD)F(choose)(above, (VU)one, (VU)x);
  VD sum = one + x;                       // 1 + x in [2^-53, 2^1024) on the main path: a positive normal double
  VD sum_low = low1 - (sum - high1);      // what the rounding of 1 + x lost
  VD e, rcp;
  VU j;
  VD m = F(log_reduce)(sum, &e, &rcp, &j);
  // sum_low * 2^-E, as vscalefpd rounds it once; 2^-1023 (E = 1023, x near the largest double) is subnormal.
  VL exponent = __builtin_convertvector(e, VL);
  VU scale = F(choose)((VL)(exponent > 1022), 0x0008000000000000ul, (VU)(1023 - exponent) << 52);
  VD scaled_low = sum_low * (VD)scale;
  VD r_main = F(fma)(rcp, m, -one);
  VD r_extra = rcp * scaled_low;
  e = F(log_exponent)(e, rcp);
  VD r = r_main + r_extra;
  VD r2 = r * r;
  VD p9 = F(fma)(r, double_of(0x3fbc81cd309d7c70ul), double_of(0xbfc007357e93af62ul));
  VD r_low = r_extra - (r - r_main);
  VD table_low = (VD)F(lookup16)(log_tail, j);
  VD head = F(fma)(e, double_of(0x3fe62e42fefa0000ul), (VD)F(lookup16)(log_head, j));
  VD low = r_low + table_low;
  VD p7 = F(fma)(r, double_of(0x3fc249229cee81eful), double_of(0xbfc55553fb28db06ul));
  VD p3 = F(fma)(r, double_of(0x3fd5555555555466ul), double_of(0xbfdfffffffffffc6ul));
  VD high = r + head;
  p9 = F(fma)(r2, p9, p7);
  VD p5 = F(fma)(r, double_of(0x3fc9999999cc9f5cul), double_of(0xbfd00000000c05bdul));
  VD r4 = r2 * r2;
  p5 = F(fma)(r2, p5, p3);
  VD r_high = high - head;
  p9 = F(fma)(r4, p9, p5);
  p9 = F(fma)(r2, p9, r - r_high);
  low = F(fma)(double_of(0x3d7cf79abc9e0000ul), e, low);
  VD result = high + (low + p9);
  return (VD)((VU)result | ((VU)x & 0x8000000000000000ul));  // -0 gives -0
}

// expm1: SVML's expm1 (see numpy_elementary_logs.c) for x < 707.70...; larger x and NaN are special. Below -64 the
// result is -1 (e^x < 2^-92), which SVML's lanes give too after reducing garbage kept finite by masks; it is set
// directly so that no NaN's bits (which differ between CPUs) enter.
ATTRIBUTES static inline VD F(expm1_lanes)(VD x, VL *special) {
  *special = ~(x < double_of(0x40861da04cbafe44ul));
  const VD shift = double_of(0x42f8000000003ff0ul);  // 1.5 * 2^48 + 1023: 4 fractional bits, j below them
  VD shifted = F(fma)(x, double_of(0x3ff71547652b82feul), shift);
  VD n = shifted - shift;  // x log2(e) rounded to a multiple of 1/16
  VU j = (VU)shifted & 15;
  VD head = (VD)F(lookup16)(exp_main_head, j);
  VD tail = (VD)F(lookup16)(exp_main_tail, j);
  const VD ln2_high = double_of(0x3fe62e42fefa39eful), ln2_low = double_of(0x3c7abc9e3b39803ful);
  VD reduced_high = F(fma)(-n, ln2_high, x);
  // head * 2^floor(max(n, -128)), exact (vscalefpd): n <= 1021 on the main path.
  VD clamped = __builtin_elementwise_min(__builtin_elementwise_max(n, (VD)-128.0), (VD)1024.0);  // special lanes
  VL floor_n = __builtin_convertvector(__builtin_elementwise_floor(clamped), VL);
  VD scaled = head * (VD)((VU)(floor_n + 1023) << 52);
  VD reduced = F(fma)(-n, ln2_low, reduced_high);
  VL below_one = scaled < 1.0;
  VD product_high = reduced_high - reduced;
  VD r = (VD)((VU)reduced & 0xbffffffffffffffful);  // as SVML: clears bit 62, |r| < 2
  VD q = F(fma)(r, double_of(0x3f56c16c16304601ul), double_of(0x3f81111110a65711ul));
  VD s = F(fma)(r, double_of(0x3fa555555555560aul), double_of(0x3fc55555555555f9ul));
  VD r_low = (VD)((VU)F(fma)(-n, ln2_low, product_high) & 0xbffffffffffffffful);
  VD r2 = r * r;
  VD p = F(fma)(r, double_of(0x3efa01f8f4be0bb2ul), double_of(0x3f2a01f8f4b129c3ul));
  VD low = F(fma)(r, tail, r_low + tail);
  p = F(fma)(r2, p, q);
  // head - 1 as a sum of two doubles: the larger magnitude first.
  VD big = (VD)F(choose)(below_one, (VU)(VD)-1.0, (VU)scaled);
  VD small = (VD)F(choose)(below_one, (VU)scaled, (VU)(VD)-1.0);
  p = F(fma)(r2, p, s);
  VD head_minus_one = scaled + -1.0;
  p = F(fma)(r, p, 0.5);
  VD head_minus_one_low = (big - head_minus_one) + small;
  p = F(fma)(r2, p, low);
  VD sum = F(fma)(r, scaled, head_minus_one);
  VD product_low = F(fma)(r, scaled, -(sum - head_minus_one));
  VD rest = F(fma)(p, scaled, head_minus_one_low) + product_low;
  VD result = (VD)((VU)(sum + rest) | ((VU)x & 0x8000000000000000ul));
  return (VD)F(choose)((VL)(x < -64.0), (VU)(VD)-1.0, (VU)result);
}

// log2: SVML's log2 (see log2_head) for positive finite x (subnormals too); the other lanes (and NaN) are special.
ATTRIBUTES static inline VD F(log2_lanes)(VD x, VL *special) {
  *special = ~((x > 0.0) & (x < __builtin_inf()));
  VD e, rcp;
  VU j;
  VD m = F(log_reduce)(x, &e, &rcp, &j);
  VD r = F(fma)(rcp, m, -1.0);
  VD p = F(fma)(r, double_of(0xbfc283074b6385edul), double_of(0x3fc48f3d7961ddc4ul));
  VD q = F(fma)(r, double_of(0xbfc715442d67f111ul), double_of(0x3fca6173d9393468ul));
  VD s = F(fma)(r, double_of(0xbfcec709dc9f7735ul), double_of(0x3fd2776c510a3422ul));
  VD r2 = r * r;
  p = F(fma)(r2, p, q);
  e = F(log_exponent)(e, rcp);
  VD head = (VD)F(lookup16)(log2_head, j);
  VD tail = (VD)F(lookup16)(log2_tail, j);
  VD r4 = r2 * r2;
  VD t = F(fma)(r, double_of(0xbfd71547652b8064ul), double_of(0x3fdec709dc3a0328ul));
  VD e_head = e + head;
  s = F(fma)(r2, s, t);
  VD u = F(fma)(r, double_of(0xbfe71547652b82feul), double_of(0x3c77bc726bb4732eul));
  p = F(fma)(r4, p, s);
  const VD inverse_ln2 = double_of(0x3ff71547652b82feul);
  VD high = F(fma)(r, inverse_ln2, e_head);
  p = F(fma)(r2, p, u);
  VD product_low = F(fma)(r, inverse_ln2, -(high - e_head));
  p = F(fma)(r, p, tail + product_low);
  return high + p;
}

// log10: SVML's log10 (see log10_head) for positive finite x (subnormals too); the other lanes (and NaN) are special.
ATTRIBUTES static inline VD F(log10_lanes)(VD x, VL *special) {
  *special = ~((x > 0.0) & (x < __builtin_inf()));
  VD e, rcp;
  VU j;
  VD m = F(log_reduce)(x, &e, &rcp, &j);
  VD r = F(fma)(rcp, m, -1.0);
  VD q = F(fma)(r, double_of(0x3fafc3f6f38b58a2ul), double_of(0xbfb287a63464dc80ul));
  VD p = F(fma)(r, double_of(0x3fa8c2d828480370ul), double_of(0xbfabd80d96029814ul));
  VD r2 = r * r;
  VD r4 = r2 * r2;
  p = F(fma)(r2, p, q);
  e = F(log_exponent)(e, rcp);
  VD e_head = F(fma)(e, double_of(0x3fd34413509f0000ul), (VD)F(lookup16)(log10_head, j));
  VD low = F(fma)(double_of(0x3d7e7fbcc47c4acdul), e, (VD)F(lookup16)(log10_tail, j));
  VD t = F(fma)(r, double_of(0x3fc287a7636f428cul), double_of(0xbfcbcb7b1526e4dbul));
  VD s = F(fma)(r, double_of(0x3fb63c62777f27d9ul), double_of(0xbfbbcb7b153c06a3ul));
  const VD inverse_ln10 = double_of(0x3fdbcb7b1526e50eul);
  VD high = F(fma)(r, inverse_ln10, e_head);
  s = F(fma)(r2, s, t);
  VD product_high = high - e_head;
  p = F(fma)(r4, p, s);
  p = F(fma)(r, p, double_of(0x3c69a5fdaaf11825ul));
  VD product_low = F(fma)(r, inverse_ln10, -product_high);
  p = F(fma)(r, p, low + product_low);
  return high + p;
}

// The reciprocal estimate rounded to a 4-bit mantissa, as SVML rounds it (adding half a unit to the bits, carrying
// into the exponent, and truncating).
ATTRIBUTES static inline VD F(rcp_rounded)(VD v) {
  return (VD)(((VU)F(rcp14)(v) + 0x0000800000000000ul) & 0xffff000000000000ul);
}

// The exponent of a positive normal double (vgetexppd), as a double.
ATTRIBUTES static inline VD F(exponent_of)(VD v) {
  return __builtin_convertvector((VL)((VU)v >> 52) - 1023, VD);
}

// log(x_high + x_low) for x_high >= 1 as SVML's arcsinh and arccosh finish (see arcsinh_lanes): rcp = 1/x_high to a
// 4-bit mantissa, R = rcp x_high - 1 + rcp x_low, -log(rcp) = -E ln 2 + log_rcp_head/tail, a degree-9 polynomial.
// `extra` (0 or 4) is subtracted from E: the lanes that scaled x by 1/8 add 4 ln 2 back (log 2x from x / 8).
ATTRIBUTES static inline VD F(log_of_sum)(VD x_high, VD x_low, VD extra) {
  VD rcp = F(rcp_rounded)(x_high);
  VU j = ((VU)rcp >> 48) & 15;
  VD r_high = F(fma)(x_high, rcp, -1.0);
  VD k = F(exponent_of)(rcp) - extra;
  VD r = F(fma)(x_low, rcp, r_high);
  VD low = F(fma)(x_low, rcp, (VD)F(lookup16)(log_rcp_tail, j));
  VD head = F(fma)(-k, double_of(0x3fe62e42fefa0000ul), (VD)F(lookup16)(log_rcp_head, j));
  VD p = F(fma)(r, double_of(0xbfb9a9b040214368ul), double_of(0x3fbc80666e249778ul));
  p = F(fma)(r, p, double_of(0xbfbffffb8a054bc9ul));
  low = F(fma)(-k, double_of(0x3d7cf79abc9e0000ul), low);
  p = F(fma)(r, p, double_of(0x3fc24922f71256f1ul));
  p = F(fma)(r, p, double_of(0xbfc55555559ba736ul));
  VD high = r_high + head;
  p = F(fma)(r, p, double_of(0x3fc9999999be77aful));
  VD r_high_negated = head - high;
  p = F(fma)(r, p, double_of(0xbfcffffffffffc65ul));
  VD r2 = r * r;
  p = F(fma)(r, p, double_of(0x3fd55555555554c1ul));
  VD r_low = r_high + r_high_negated;
  p = F(fma)(r, p, -0.5);
  p = F(fma)(r2, p, low);
  return high + (p + r_low);
}

// sqrt(y_high + y_low) as SVML computes it from the estimate r0 = rsqrt14(y_high): s = y_high r0 and its rounding
// error plus r0 y_low, corrected by the relative error e = 1 - (s_high + s_low) r0 with a degree-3 polynomial.
// Returns the correction's sum `low` (sqrt = s_high + low) and s_high in *root.
ATTRIBUTES static inline VD F(root_correction)(VD y_high, VD y_low, VD *root) {
  VD r0 = F(rsqrt14)(y_high);
  VD s_high = y_high * r0;
  VD s_low = F(fma)(r0, y_low, F(fma)(r0, y_high, -s_high));
  VD e = F(fma)(-r0, s_high, 1.0);
  e = F(fma)(-r0, s_low, e);
  VD s_e = s_high * e;
  VD p = F(fma)(e, double_of(0x3fd1800001943612ul), double_of(0x3fd40000013b0000ul));
  p = F(fma)(e, p, 0.375);
  p = F(fma)(e, p, 0.5);
  *root = s_high;
  return F(fma)(p, s_e, s_low);
}

// arcsinh: SVML's asinh: for |x| >= 0.0221 the log of |x| + sqrt(1 + x^2) carried as a sum of two doubles (for
// |x| >= 2^511, of |x| / 8, with 4 ln 2 added back), below it |x| + |x|^3 times a degree-2 polynomial in x^2; the sign
// of x restored. Infinities and NaN are special.
ATTRIBUTES static inline VD F(arcsinh_lanes)(VD x, VL *special) {
  VU sign = (VU)x & 0x8000000000000000ul;
  VD a = (VD)((VU)x & 0x7ffffffffffffffful);
  *special = ~(a <= double_of(0x7feffffffffffffful));
  VD x2 = x * x;
  VL large = ~(a < double_of(0x5fe0000000000000ul));
  VL not_small = ~(a < double_of(0x3f96a00000000000ul));
  VD big = (VD)F(choose)((VL)(x2 > 1.0), (VU)x2, (VU)(VD)1.0), little = (VD)F(choose)((VL)(x2 > 1.0), (VU)(VD)1.0, (VU)x2);
  VD small = F(fma)(x2, double_of(0xbfa6d78aac4ca025ul), double_of(0x3fb333330c569eeaul));
  VD y = x2 + 1.0;
  small = F(fma)(x2, small, double_of(0xbfc555555554d8fdul));
  small = F(fma)(a, x2 * small, a);
  VD y_low = (little - (y - big)) + F(fma)(x, x, -x2);
  // Infinite y (|x| >= 2^512) and its NaNs stay in the large lanes, whose x_high and x_low are replaced below.
  y = (VD)F(choose)(large, (VU)(VD)1.0, (VU)y);
  y_low = (VD)F(choose)(large, 0, (VU)y_low);
  VD root;
  VD correction = F(root_correction)(y, y_low, &root);
  VD sum = root + a;
  VD x_high = sum + correction;
  VD x_low = (a - (sum - root)) + (correction - (x_high - sum));
  x_high = (VD)F(choose)(large, (VU)(a * 0.125), (VU)x_high);
  x_low = (VD)F(choose)(large, 0, (VU)x_low);
  VD result = F(log_of_sum)(x_high, x_low, (VD)((VU)large & (VU)(VD)4.0));
  result = (VD)F(choose)(not_small, (VU)result, (VU)small);
  return (VD)((VU)result ^ sign);
}

// arccosh: SVML's acosh: the log of x + sqrt(x^2 - 1) carried as a sum of two doubles (for x >= 2^511, of x / 8, with
// 4 ln 2 added back); where x^2 - 1 < 2^-11, sqrt(x^2 - 1) times a degree-2 polynomial in x^2 - 1. x <= 1, infinity
// and NaN are special.
ATTRIBUTES static inline VD F(arccosh_lanes)(VD x, VL *special) {
  *special = ~((x > 1.0) & (x <= double_of(0x7feffffffffffffful)));
  VD x2 = x * x;
  VD y = x2 - 1.0;
  VD y_low = F(fma)(x, x, -x2) + ((x2 - y) - 1.0);
  VD y_high = y + y_low;
  VL large = ~(x < double_of(0x5fe0000000000000ul));
  VL not_small = ~(y_high < double_of(0x3f40000000000000ul));
  y_low = y_low - (y_high - y);
  y_high = (VD)F(choose)(large, (VU)(VD)1.0, (VU)y_high);
  y_low = (VD)F(choose)(large, 0, (VU)y_low);
  VD polynomial = F(fma)(y_high, double_of(0xbfa6d78aac4ca025ul), double_of(0x3fb333330c569eeaul));
  polynomial = F(fma)(y_high, polynomial, double_of(0xbfc555555554d8fdul)) * y_high;
  VD root;
  VD correction = F(root_correction)(y_high, y_low, &root);
  VD sum = root + x;
  VD root_low = root - (sum - x);
  VD small = F(fma)(polynomial, root + correction, correction) + root;
  VD x_high = sum + correction;
  VD x_low = (correction - (x_high - sum)) + root_low;
  x_high = (VD)F(choose)(large, (VU)(x * 0.125), (VU)x_high);
  x_low = (VD)F(choose)(large, 0, (VU)x_low);
  VD result = F(log_of_sum)(x_high, x_low, (VD)((VU)large & (VU)(VD)4.0));
  return (VD)F(choose)(not_small, (VU)result, (VU)small);
}

// arctanh: SVML's atanh: (log(1 + |x|) - log(1 - |x|)) / 2, each log as log_of_sum reduces it (its own reciprocal
// and table row), the two reductions and polynomials subtracted as sums of two doubles; the sign of x restored.
// |x| >= 1 and NaN are special.
ATTRIBUTES static inline VD F(arctanh_lanes)(VD x, VL *special) {
  VD y = (VD)((VU)x & 0x7ffffffffffffffful);
  VU sign = (VU)x & 0x8000000000000000ul;
  *special = ~(y < 1.0);
  y = (VD)F(choose)(*special, 0, (VU)y);  // keeps the estimates of special lanes finite
  VD plus = y + 1.0, minus = 1.0 - y;
  VD plus_low = y - (plus - 1.0);
  VD minus_low_negated = y + (minus - 1.0);
  VD rcp_plus = F(rcp_rounded)(plus), rcp_minus = F(rcp_rounded)(minus);
  VD r_plus = F(fma)(rcp_plus, plus_low, F(fma)(rcp_plus, plus, -1.0));
  VU j_plus = ((VU)rcp_plus >> 48) & 15, j_minus = ((VU)rcp_minus >> 48) & 15;
  VD r_minus = F(fma)(-rcp_minus, minus_low_negated, F(fma)(minus, rcp_minus, -1.0));
  VD k = F(exponent_of)(rcp_minus) - F(exponent_of)(rcp_plus);
  // The tables hold -log of the rounded mantissa; the difference minus minus plus is that of log(1 + j/16).
  VD table_low = (VD)F(lookup16)(log_rcp_tail, j_plus) - (VD)F(lookup16)(log_rcp_tail, j_minus);
  VD table_high = (VD)F(lookup16)(log_rcp_head, j_plus) - (VD)F(lookup16)(log_rcp_head, j_minus);
  VD p_plus = F(fma)(r_plus, double_of(0xbfb9a9b040214368ul), double_of(0x3fbc80666e249778ul));
  VD p_minus = F(fma)(r_minus, double_of(0xbfb9a9b040214368ul), double_of(0x3fbc80666e249778ul));
  p_plus = F(fma)(r_plus, p_plus, double_of(0xbfbffffb8a054bc9ul));
  p_minus = F(fma)(r_minus, p_minus, double_of(0xbfbffffb8a054bc9ul));
  table_high = F(fma)(k, double_of(0x3fe62e42fefa0000ul), table_high);
  p_plus = F(fma)(r_plus, p_plus, double_of(0x3fc24922f71256f1ul));
  p_minus = F(fma)(r_minus, p_minus, double_of(0x3fc24922f71256f1ul));
  VD low = F(fma)(double_of(0x3d7cf79abc9e0000ul), k, table_low);
  VD r_plus2 = r_plus * r_plus;
  p_plus = F(fma)(r_plus, p_plus, double_of(0xbfc55555559ba736ul));
  p_minus = F(fma)(r_minus, p_minus, double_of(0xbfc55555559ba736ul));
  VD high = r_plus + table_high;
  p_plus = F(fma)(r_plus, p_plus, double_of(0x3fc9999999be77aful));
  p_minus = F(fma)(r_minus, p_minus, double_of(0x3fc9999999be77aful));
  VD r_minus2 = r_minus * r_minus;
  p_plus = F(fma)(r_plus, p_plus, double_of(0xbfcffffffffffc65ul));
  p_minus = F(fma)(r_minus, p_minus, double_of(0xbfcffffffffffc65ul));
  VD r_plus_high_negated = table_high - high;
  VD sum = high - r_minus;
  p_plus = F(fma)(r_plus, p_plus, double_of(0x3fd55555555554c1ul));
  p_minus = F(fma)(r_minus, p_minus, double_of(0x3fd55555555554c1ul));
  p_plus = F(fma)(r_plus, p_plus, -0.5);
  p_minus = F(fma)(r_minus, p_minus, -0.5);
  VD r_plus_low = r_plus + r_plus_high_negated;
  VD r_minus_high_negated = sum - high;
  p_plus = F(fma)(r_plus2, p_plus, low);
  p_minus = F(fma)(-r_minus2, p_minus, r_plus_low);
  VD r_minus_low = r_minus + r_minus_high_negated;
  VD total = sum + ((p_plus + p_minus) - r_minus_low);
  return total * (VD)(sign | 0x3fe0000000000000ul);
}

DEFINE_NUMPY_LOOP(log1p)
DEFINE_NUMPY_LOOP(expm1)
DEFINE_NUMPY_LOOP(log2)
DEFINE_NUMPY_LOOP(log10)
DEFINE_NUMPY_LOOP(arcsinh)
DEFINE_NUMPY_LOOP(arccosh)
DEFINE_NUMPY_LOOP(arctanh)

#undef DEFINE_NUMPY_LOOP
#undef DEFINE_NUMPY_PAIR_LOOP

// One code path's loops, in the order of NumpyLogFunction.
static const NumpyLoop F(numpy_log_loops)[] = {F(log1p),   F(expm1),   F(log2),   F(log10),
                                               F(arcsinh), F(arccosh), F(arctanh)};
