// NumPy's float64 arcsin, arccos, arctan, arctan2, sinh, cbrt and tan over arrays (Intel SVML's `__svml_asin8_ha`
// and the like), compiled once per code path by numpy_elementary_trig.c through lanes_per_path.h. Each lane runs
// SVML's operations in its order, fused multiply-adds exactly where SVML has them (correctly rounded on every path),
// and SVML's estimate instructions vrcp14pd and vrsqrt14pd as Intel defines them (numpy_lane_helpers.h: the AVX-512
// path runs the instructions, the others compute Intel's reference), so every path gives the same bits. Lanes outside
// an algorithm's main range are finished by numpy_elementary_trig.c's scalar special cases.

#include "numpy_lane_helpers.h"

// SVML's shared arcsin core: Y = (1 - |x|) / 2, its 2 sqrt(Y) as Sh (rounded) less a correction built from the
// estimate's error e = rs^2 2Y - 2, and the odd polynomial's R P(R), R = min(x^2, Y). The pieces each function
// combines in its own order.
typedef struct {
  VD sh, correction, p;
} F(AsinParts);

ATTRIBUTES static inline F(AsinParts) F(asin_parts)(VD y, VD r) {
  VD rs = F(rsqrt14)(y);
  rs = (VD)((VU)rs & ~(VU)(y < double_of(0x3000000000000000ul)));  // 0 below 2^-255 (and for Y = 0)
  VD two_y = y + y;
  VD rs2 = rs * rs;
  VD sh = rs * two_y;
  VD e = F(fma)(rs2, two_y, -2.0);
  VD sl = F(fma)(rs, two_y, -sh);
  VD c = F(fma)(double_of(0xbf918000993b24c3ul), e, double_of(0x3fa400006f70d42dul));
  VD sh_e = sh * e;
  c = F(fma)(e, c, double_of(0xbfb7fffffffffe97ul));
  VD q1 = F(fma)(double_of(0x3f943f44bfbc3baeul), r, double_of(0x3f7a583395d45ed5ul));
  VD q5 = F(fma)(double_of(0x3f9f1c72e13ad8beul), r, double_of(0x3fa6db6db3b445f8ul));
  c = F(fma)(e, c, double_of(0x3fcfffffffffff9dul));
  c = F(fma)(sh_e, c, -sl);
  VD q0 = F(fma)(double_of(0x3fa07520c70eb909ul), r, double_of(0xbf90fb17f7dbb0edul));
  VD r2 = r * r;
  VD q2 = F(fma)(double_of(0x3f88f8dc2afccad6ul), r, double_of(0x3f8c6dbbcb88bd57ul));
  q0 = F(fma)(r2, q0, q1);
  VD q3 = F(fma)(double_of(0x3f91c6dcf538ad2eul), r, double_of(0x3f96e89cebdefaddul));
  q2 = F(fma)(r2, q2, q3);
  VD r4 = r2 * r2;
  q0 = F(fma)(r4, q0, q2);
  q0 = F(fma)(r2, q0, q5);
  q0 = F(fma)(r, q0, double_of(0x3fb333333337e0deul));
  q0 = F(fma)(r, q0, double_of(0x3fc555555555529cul));
  F(AsinParts) parts = {sh, c, r * q0};
  return parts;
}

// arcsin: SVML's main path, |x| <= 1; larger |x| and NaN are left to asin_special.
ATTRIBUTES static inline VD F(asin_lanes)(VD x, VL *special) {
  VU magnitude_bits = (VU)x & 0x7ffffffffffffffful;
  *special = (VL)(magnitude_bits > 0x3ff0000000000000ul);
  VD a = (VD)magnitude_bits;
  VU sign = (VU)x ^ magnitude_bits;
  VD x2 = a * a;
  VL large = ~(a < 0.5);
  VD y = F(fma)(-0.5, a, 0.5);
  VD r = (VD)F(choose)(x2 < y, (VU)x2, (VU)y);  // vminpd(x^2, Y)
  F(AsinParts) parts = F(asin_parts)(y, r);
  VD pi2h = double_of(0x3ff921fb54442d18ul), pi2l = double_of(0x3c91a62633145c07ul);
  VD minus_two_root = parts.correction - parts.sh;
  VD head = pi2h - parts.sh;
  VD low = pi2l + parts.correction;
  VD sh_rounding = parts.sh - (pi2h - head);
  low = (VD)((VU)(low - sh_rounding) & (VU)large);
  VD s = F(fma)((VD)F(choose)(large, (VU)minus_two_root, (VU)a), parts.p, low);
  VD result = (VD)F(choose)(large, (VU)head, (VU)a) + s;
  return (VD)((VU)result ^ sign);
}

// arccos: SVML's main path, |x| <= 1; larger |x| and NaN are left to acos_special.
ATTRIBUTES static inline VD F(acos_lanes)(VD x, VL *special) {
  VU magnitude_bits = (VU)x & 0x7ffffffffffffffful;
  *special = (VL)(magnitude_bits > 0x3ff0000000000000ul);
  VU sign = (VU)x & 0x8000000000000000ul;
  VD minus_a = (VD)((VU)x | 0x8000000000000000ul);
  VD y = F(fma)(minus_a, 0.5, 0.5);
  VD x2 = minus_a * minus_a;
  VD r = (VD)F(choose)(x2 < y, (VU)x2, (VU)y);  // vminpd(x^2, Y)
  VL large = ~(r < y);                          // R is Y: |x| >= 0.5 or so
  VL large_negative = large & ~(r < x);         // and x < 0 (R >= x only for negative x there)
  F(AsinParts) parts = F(asin_parts)(y, r);
  VD correction = (VD)((VU)parts.correction & (VU)large);
  // The constant added: pi/2 (head and tail) for small |x|, pi for large negative x, 0 for large positive x.
  VU tail_bits = F(choose)(large, 0, 0x3c91a62633145c07ul) | ((VU)large_negative & 0x3ca1a62633145c07ul);
  VU head_bits = F(choose)(large, 0, 0x3ff921fb54442d18ul) | ((VU)large_negative & 0x400921fb54442d18ul);
  VD tail = (VD)(tail_bits ^ sign);
  VD base = (VD)F(choose)(large, (VU)parts.sh, (VU)minus_a);
  VD low = tail - correction;
  VD root = base - correction;
  VD result = F(fma)(root, parts.p, low) + base;
  return (VD)((VU)result ^ sign) + (VD)head_bits;
}

// arctan: SVML's algorithm, every lane (NaN lanes are left to atan_special). For |x| < 7.875, x0 = |x| rounded to
// a multiple of 1/4 and atan|x| = atan(x0) + atan((|x| - x0) / (1 + |x| x0)), atan(x0) from the table as a head and
// a tail; beyond, atan|x| = pi/2 + atan(-1 / |x|) (|x| saturated at 2^128). The quotient R comes from vrcp14pd's
// estimate refined twice, with its rounding error carried in a low part.
ATTRIBUTES static inline VD F(atan_lanes)(VD x, VL *special) {
  *special = x != x;
  VU magnitude_bits = (VU)x & 0x7ffffffffffffffful;
  VD a = (VD)magnitude_bits;
  VU sign = (VU)x ^ magnitude_bits;
  VL near = a < 7.875;
  const VD shift = double_of(0x4318000000000000ul);  // 1.5 * 2^50: adding it rounds to a multiple of 1/4
  VD shifted = a + shift;
  VD x0 = shifted - shift;
  VD diff = (VD)F(choose)(near, (VU)(a - x0), (VU)(VD)-1.0);  // vreducepd: |x| - x0, exact
  VD y = (VD)F(choose)(near, (VU)F(fma)(x0, a, 1.0), (VU)__builtin_elementwise_min(a, (VD)0x1p128));
  VU index = (VU)shifted & 31;  // 4 x0, for |x| < 7.875
  VD rcp = F(rcp14)(y);
  VD product_high = y - 1.0;
  VD product_low = F(fma)(x0, a, -product_high);
  VD eps = F(fma)(-rcp, y, 1.0);
  VD eps2 = eps * eps;
  rcp = F(fma)(eps, rcp, rcp);
  rcp = F(fma)(eps2, rcp, rcp);
  VD r = diff * rcp;
  VD low_times_rcp = product_low * rcp;
  VD eps1 = F(fma)(-rcp, y, 1.0);
  VD r_low = F(fma)(rcp, diff, -r);
  r_low = F(fma)(r, eps1, r_low);
  VD r2 = r * r;
  r_low = (VD)F(choose)(near, (VU)F(fma)(-low_times_rcp, r, r_low), (VU)r_low);
  VD head = (VD)F(choose)(near, F(lookup32)(atan_head, index), 0x3ff921fb54442d18ul);
  VD tail = (VD)F(choose)(near, F(lookup32)(atan_tail, index), 0x3c91a62633145c07ul);
  VD r4 = r2 * r2;
  VD r3 = r * r2;
  VD p = F(fma)(double_of(0x3fb2e9b9f5c4fe97ul), r2, double_of(0xbfb74257c46790ccul));
  VD p2 = F(fma)(double_of(0x3fbc71bfeff916a0ul), r2, double_of(0xbfc249248eef04daul));
  VD low = r_low + tail;
  VD sum = head + r;
  p = F(fma)(r4, p, p2);
  VD r_rounding = sum - head;
  VD p1 = F(fma)(double_of(0x3fc999999998741eul), r2, double_of(0xbfd555555555554dul));
  VD r_lost = r - r_rounding;
  p = F(fma)(r4, p, p1);
  low = low + r_lost;
  p = F(fma)(r3, p, low);
  VD result = p + sum;
  return (VD)((VU)result ^ sign);
}

// arctan2: SVML's main path, for |y| and |x| in [2^-1020, 2^993), and its vector branch for a zero argument (neither
// a NaN); the other lanes are marked special. |y/x| picks one of five intervals (seams at 7/16, 11/16, 19/16, 39/16)
// with a point c/d whose arctangent the table holds as a head and a tail, and atan(|y|/|x|) = atan(c/d) +
// atan(A/B), A = c|y| - d|x| (c = 0, d = -1 beyond 39/16), B = c|x| + d|y|; A/B comes from vrcp14pd's estimate of
// 1/B refined twice, with its rounding error carried in a low part. Then the quadrant from the signs.
ATTRIBUTES static inline VD F(atan2_lanes)(VD y, VD x, VL *special) {
  VU ax_bits = (VU)x & 0x7ffffffffffffffful, ay_bits = (VU)y & 0x7ffffffffffffffful;
  VD ax = (VD)ax_bits, ay = (VD)ay_bits;
  VU sx = (VU)x ^ ax_bits, sy = (VU)y ^ ay_bits;
  VL x_negative = x < 0.0;
  // SVML compares the high words: in range when 0x00300000 <= high word < 0x7e000000.
  VL out_of_range = (VL)((ax_bits >> 32) - 0x00300000ul >= 0x7dd00000ul) | (VL)((ay_bits >> 32) - 0x00300000ul >= 0x7dd00000ul);
  VL k1 = ax * 0.6875 < ay, k5 = ax * 0.4375 < ay, k2 = ax * 1.1875 < ay, k3 = ax * 2.4375 < ay;
  VU atan_high = F(choose)(k1, 0x3fe921fb54442d18ul, 0x3fddac670561bb4ful);  // atan(1) : atan(1/2)
  VU atan_low = F(choose)(k1, 0x3c81a62633145c07ul, 0x3c7a2b7f222f65e2ul);
  VU d = F(choose)(k1, 0x3ff0000000000000ul, 0x3fe0000000000000ul);
  VU d_far = F(choose)(k3, 0x3ff0000000000000ul, 0x3ff8000000000000ul);
  VU high_far = F(choose)(k3, 0x3ff921fb54442d18ul, 0x3fef730bd281f69bul);  // atan(inf) : atan(3/2)
  VU low_far = F(choose)(k3, 0x3c91a62633145c07ul, 0x3c7007887af0cbbdul);
  VD dd = (VD)F(choose)(k2, d_far, d);
  atan_high = F(choose)(k2, high_far, atan_high);
  atan_low = F(choose)(k2, low_far, atan_low);
  VD b = (VD)(ax_bits & ~(VU)k3);  // c |x|, c = 0 beyond 39/16
  b = (VD)F(choose)(k5, (VU)F(fma)(dd, ay, b), (VU)b);
  VD rcp = F(rcp14)(b);
  VD e = F(fma)(-rcp, b, 1.0);
  rcp = F(fma)(e, rcp, rcp);
  VD e2 = F(fma)(-rcp, b, 1.0);
  VD a = (VD)(ay_bits & ~(VU)k3);  // c |y|
  rcp = F(fma)(e2, rcp, rcp);
  a = (VD)F(choose)(k5, (VU)F(fma)(-dd, ax, a), (VU)a);
  VD r = a * rcp;
  VD r2 = r * r;
  VD remainder = F(fma)(-r, b, a);
  VD r4 = r2 * r2;
  VD r_low = rcp * remainder;
  r_low = (VD)F(choose)(k5, (VU)(r_low + (VD)atan_low), (VU)r_low);
  VD p = F(fma)(double_of(0x3f8be4fbe6733718ul), r4, double_of(0x3fa6ad5558fe19c9ul));
  VD q = F(fma)(double_of(0xbfa04cd71f92185eul), r4, double_of(0xbfaa9e755ca13d23ul));
  p = F(fma)(r4, p, double_of(0x3fae12f1edf7c393ul));
  q = F(fma)(r4, q, double_of(0xbfb1108d326c68edul));
  p = F(fma)(r4, p, double_of(0x3fb3b132b731e73aul));
  q = F(fma)(r4, q, double_of(0xbfb745d119677a4ful));
  p = F(fma)(r4, p, double_of(0x3fbc71c719f99f96ul));
  q = F(fma)(r4, q, double_of(0xbfc2492492441a21ul));
  p = F(fma)(r4, p, double_of(0x3fc9999999998f43ul));
  q = F(fma)(r4, q, double_of(0xbfd5555555555552ul));
  p = F(fma)(r2, p, q);
  p = r2 * p;
  VD pi_low = (VD)(0x3ca1a64000000000ul ^ sx);
  r_low = (VD)F(choose)(x_negative, (VU)(r_low + pi_low), (VU)r_low);
  p = F(fma)(r, p, r_low);
  VD sum = r + p;
  sum = (VD)F(choose)(k5, (VU)(sum + (VD)atan_high), (VU)sum);
  VD result = (VD)((VU)sum ^ sx);
  result = (VD)F(choose)(x_negative, (VU)(result + double_of(0x400921fb54442d18ul)), (VU)result);
  VU main = (VU)result | sy;
  // A zero argument, neither a NaN: sign(y) ((x negative ? pi : 0) + (|y| >= |x| and not both zero ? pi/2 : 0)).
  VL no_nan = (x == x) & (y == y);
  VL zero = ((ax == 0.0) | (ay == 0.0)) & no_nan;
  VL both_zero = (ax == 0.0) & (ay == 0.0);
  VU pio2 = F(choose)(ay < ax, 0, 0x3ff921fb54442d18ul) & ~(VU)both_zero;
  VD z = (VD)(pio2 | sx);
  VL x_sign = (VL)x < 0;  // the sign bit, of -0.0 too
  z = (VD)F(choose)(x_sign, (VU)(z + double_of(0x400921fb54442d18ul)), (VU)z);
  VU zero_result = (VU)z | sy;
  *special = out_of_range & ~zero;
  return (VD)F(choose)(zero, zero_result, main);
}

DEFINE_NUMPY_PAIR_LOOP(numpy_atan2, atan2_lanes)

// sinh: SVML's main path, |x| <= 669.77... (SVML compares the high words); the other lanes (and NaN) are left to
// the caller. N = |x| log2(e) to 1/16, r = |x| - N ln 2 in two steps, sinh|x| = (2^(j/16) - 2^(-j/16)) / 2 times an
// even polynomial + their sum times an odd one, with 2^(j/16) / 2 and 2^(-j/16) / 2 as heads and tails, each
// scaled by 2^+-floor(N) through its exponent field.
ATTRIBUTES static inline VD F(sinh_lanes)(VD x, VL *special) {
  VU magnitude_bits = (VU)x & 0x7ffffffffffffffful;
  VU sign = (VU)x ^ magnitude_bits;
  VD a = (VD)magnitude_bits;
  *special = (VL)((magnitude_bits >> 32) > 0x4084ee33ul);
  const VD shift = double_of(0x42f8000000000000ul);  // 1.5 * 2^48: adding it rounds to a multiple of 1/16
  VD m = F(fma)(a, double_of(0x3ff71547652b82feul), shift);
  m = (VD)F(choose)(m == double_of(0x42f8000000000001ul), (VU)shift, (VU)m);  // as SVML: N = 1/16 becomes 0
  VU j = (VU)m & 15;
  VU scale = ((VU)m ^ j) << 48;  // floor(N) in the exponent field
  VD head = (VD)F(lookup16)(half_exp2_head, j);
  VD negative = (VD)F(lookup16)(half_exp2_negative_head, j);
  VD tail = (VD)F(lookup16)(half_exp2_tail, j);
  VD negative_tail = (VD)F(lookup16)(sinh_negative_tail, j);
  VD n = m - shift;
  VD tiny = (VD)((VU)negative_tail & 0x7ffffffffffffffful);
  VD r = F(fma)(-n, double_of(0x3fe62e42fefa0000ul), a);
  r = F(fma)(-n, double_of(0x3d7cf79abc9e3b3aul), r);
  VD r2 = r * r;
  VL drop = tiny < (VD)scale;  // the scaled 2^(-j/16) tail would be subnormal: SVML drops it
  head = (VD)((VU)head + scale);
  negative = (VD)((VU)negative - scale);
  tail = (VD)((VU)tail + scale);
  negative_tail = (VD)(((VU)negative_tail - scale) & ~(VU)drop);
  VD difference = head - negative;
  VD sum = head + negative;
  VD lost = negative + (difference - head);
  VD odd = F(fma)(double_of(0x3f2a026d06015ec6ul), r2, double_of(0x3f8111110edc6edaul));
  VD low = (tail - lost) - negative_tail;
  odd = F(fma)(r2, odd, double_of(0x3fc5555555555ca6ul));
  VD even = F(fma)(double_of(0x3efa01ac1b806259ul), r2, double_of(0x3f56c16c1902580bul));
  odd = r2 * odd;
  even = F(fma)(r2, even, double_of(0x3fa5555555554b4cul));
  odd = F(fma)(r, odd, r);
  even = F(fma)(r2, even, 0.5);
  even = r2 * even;
  even = F(fma)(difference, even, low);
  VD result = F(fma)(sum, odd, even) + difference;
  return (VD)((VU)result | sign);
}

// cbrt: SVML's algorithm for finite nonzero x; 0, infinities and NaN (which SVML passes through its special-value
// instructions to the same results) are left to cbrt_special. |x| = 2^e m (vgetexppd, vgetmantpd; a subnormal's
// true exponent), rcp = vrcp14pd(m) rounded to 1/16, R = m rcp - 1, cbrt|x| = 2^floor(e/3) 2^((e mod 3)/3)
// cbrt(1/rcp) (1 + R)^(1/3), the two table values as heads and tails and a degree-10 polynomial in R.
ATTRIBUTES static inline VD F(cbrt_lanes)(VD x, VL *special) {
  VU magnitude_bits = (VU)x & 0x7ffffffffffffffful;
  VU sign = (VU)x ^ magnitude_bits;
  *special = (VL)(magnitude_bits - 1 >= 0x7feffffffffffffful);  // 0, infinite or NaN
  VL subnormal = (VL)(magnitude_bits < 0x0010000000000000ul);
  VU bits = F(choose)(subnormal, (VU)((VD)magnitude_bits * 0x1p52), magnitude_bits);
  VD e = __builtin_convertvector((VL)(bits >> 52) - (1023 + (subnormal & 52)), VD);
  VD m = (VD)((bits & 0x000ffffffffffffful) | 0x3ff0000000000000ul);
  const VD sixteenths = double_of(0x42f8000000000000ul);  // 1.5 * 2^48: adding it rounds to a multiple of 1/16
  VD rcp = (F(rcp14)(m) + sixteenths) - sixteenths;   // vrndscalepd to 4 fraction bits, to nearest
  VD shifted_e = e + double_of(0x4338000000000000ul);  // 1.5 * 2^52 + e
  VD third = F(fma)(double_of(0x3fd5555555555556ul), shifted_e, -0x1p51);  // about e / 3
  VD r = F(fma)(m, rcp, -1.0);
  VD q = __builtin_elementwise_floor(third);
  VU index = ((VU)rcp >> 49) & 15;  // 0...7 for rcp = 8/16 ... 15/16, 8 for 1
  VU remainder = (VU)F(fma)(-3.0, q, shifted_e) & 7;  // e mod 3, in the low bits
  VD p = F(fma)(double_of(0xbf882e3b6adeca62ul), r, double_of(0x3f8bda24bae48875ul));
  VD sh = (VD)F(lookup16)(cbrt_power_head, remainder);
  VD th = (VD)F(lookup16)(cbrt_table_head, index);
  VD tl = (VD)F(lookup16)(cbrt_table_tail, index);
  VD sl = (VD)F(lookup16)(cbrt_power_tail, remainder);
  VD product = th * sh;
  VD r2 = r * r;
  VD p1 = F(fma)(double_of(0xbf98090d77f2468eul), r, double_of(0x3f9ee71141dcf569ul));
  VD p2 = F(fma)(double_of(0xbf9036b87c71d55ful), r, double_of(0x3f9374ed9398b914ul));
  p = F(fma)(r2, p, p2);
  VD product_low = F(fma)(th, sh, -product);
  p = F(fma)(r2, p, p1);
  product_low = F(fma)(tl, sh, product_low);
  VD low = F(fma)(th, sl, product_low);
  VD p3 = F(fma)(double_of(0xbfa511e8d2b0363eul), r, double_of(0x3faf9add3c0b7e31ul));
  p = F(fma)(r2, p, p3);
  VD p4 = F(fma)(double_of(0xbfbc71c71c71c741ul), r, double_of(0x3fd5555555555557ul));
  VD product_r = product * r;
  p = F(fma)(r2, p, p4);
  VD result = F(fma)(p, product_r, low) + product;
  // 2^q, q = floor(e / 3) in [-358, 341]: a normal power of two, so the product is exact (vscalefpd's result).
  VU scale = (VU)(__builtin_convertvector(q, VL) + 1023) << 52;
  return (VD)((VU)(result * (VD)scale) | sign);
}

// tan: SVML's main path, |x| <= 65536.0035 (beyond, and for NaN, the lanes are left to the caller). x = N pi/16 + R,
// R in three steps with its rounding error Rl; tan(x) = (tan(k pi/16) + tan R) / (1 - tan(k pi/16) tan R), k = N mod
// 16, tan(k pi/16) from the table as a head and a tail (k = 8: -DBL_MAX, which turns the quotient into -1/tan R),
// tan R as an odd polynomial; numerator and denominator each carry a low part, and the quotient comes from
// vrcp14pd's estimate refined once, then one correction step.
ATTRIBUTES static inline VD F(tan_lanes)(VD x, VL *special) {
  VD a = (VD)((VU)x & 0x7ffffffffffffffful);
  *special = ~(a <= double_of(0x40f000000e4db24cul));
  const VD shift = double_of(0x4338000000000000ul);  // 1.5 * 2^52
  VD shifted = F(fma)(x, double_of(0x40145f306dc9c883ul), shift);  // x 16/pi, rounded to an integer
  VD n = shifted - shift;
  const VD p1 = double_of(0x3fc921fb54442d18ul), p2 = double_of(0x3c61a62633000000ul);
  const VD p3 = double_of(0x3a645c06e0e68948ul);
  VD r1 = F(fma)(-n, p1, x);
  VD r2 = F(fma)(-n, p2, r1);
  VD r = F(fma)(-n, p3, r2);
  VD low1 = F(fma)(-p2, n, r1 - r2);
  VD low2 = F(fma)(p3, n, r - r2);
  VD r_low = low1 - low2;
  VU k = (VU)shifted & 15;
  VD r_sq = r * r;
  VD th = (VD)F(lookup16)(tan_head, k);
  VD tl = (VD)F(lookup16)(tan_tail, k);
  VD poly = F(fma)(double_of(0x3f825cccc7c9fa5dul), r_sq, double_of(0x3f9664ab664efba9ul));
  poly = F(fma)(r_sq, poly, double_of(0x3faba1ba489d25caul));
  poly = F(fma)(r_sq, poly, double_of(0x3fc11111110b0802ul));
  poly = F(fma)(r_sq, poly, double_of(0x3fd55555555555dcul));
  VD cube = r * poly;
  cube = F(fma)(-r_sq, cube, -r_low);  // -(R^3 P + Rl)
  VD p = r - cube;                      // tan R
  VD p_low = (r - p) - cube;
  VD numerator = p + th;
  VD numerator_low = ((p - (numerator - th)) + tl) + p_low;
  VD denominator = F(fma)(-p, th, 1.0);
  VD denominator_low = F(fma)(p, th, denominator - 1.0);
  denominator_low = F(fma)(p_low, th, denominator_low);
  denominator_low = F(fma)(p, tl, denominator_low);
  VD rcp = F(rcp14)(denominator);
  VD e = F(fma)(-denominator, rcp, 1.0);
  e = F(fma)(denominator_low, rcp, e);
  rcp = F(fma)(e, rcp, rcp);
  VD quotient = numerator * rcp;
  VD error = F(fma)(quotient, denominator, -numerator);
  error = F(fma)(-quotient, denominator_low, error);
  error = error - numerator_low;
  return F(fma)(-rcp, error, quotient);
}

DEFINE_NUMPY_LOOP(asin)
DEFINE_NUMPY_LOOP(acos)
DEFINE_NUMPY_LOOP(atan)
DEFINE_NUMPY_LOOP(sinh)
DEFINE_NUMPY_LOOP(cbrt)
DEFINE_NUMPY_LOOP(tan)

#undef DEFINE_NUMPY_LOOP
#undef DEFINE_NUMPY_PAIR_LOOP

// One code path's loops, in the order of TrigFunction.
static const TrigLoop F(trig_loops)[] = {F(asin), F(acos), F(atan), F(sinh), F(cbrt), F(tan)};
