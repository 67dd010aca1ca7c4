// NumPy's float64 log1p, expm1, log2 and log10 over arrays (Intel SVML's `_ha` algorithms), compiled once per code
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
  VU bucket = (mantissa >> 47) & 31;
  VL k = (VL)F(lookup32)(log_rcp_base, bucket) + (VL)(mantissa >= F(lookup32)(log_rcp_step_in, bucket));
  *rcp = __builtin_convertvector(k, VD) * 0x1p-5;
  *index = (VU)(k - 16) & 15;  // k = 32 reads row 0, as k = 16 does
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
  // head * 2^floor(max(n, -128)), exact (vscalefpd): n <= 1021 here.
  VL floor_n = __builtin_convertvector(__builtin_elementwise_floor(__builtin_elementwise_max(n, (VD)-128.0)), VL);
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

DEFINE_NUMPY_LOOP(log1p)
DEFINE_NUMPY_LOOP(expm1)
DEFINE_NUMPY_LOOP(log2)
DEFINE_NUMPY_LOOP(log10)

#undef DEFINE_NUMPY_LOOP

// One code path's loops, in the order of NumpyLogFunction.
static const NumpyLoop F(numpy_log_loops)[] = {F(log1p), F(expm1), F(log2), F(log10)};
