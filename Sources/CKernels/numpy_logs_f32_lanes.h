// NumPy's float32 log1p, expm1, arcsinh, arccosh, arctanh, sinh, log2 and log10 over arrays (Intel SVML's `_la` float32
// algorithms), compiled once per code path by numpy_elementary_logs_f32.c through lanes_per_path.h: each lane runs
// SVML's float operations in its order, fused multiply-adds exactly where SVML has them, exact table reads and the
// AVX-512 estimate instructions as Intel defines them, so every path gives the same bits. A vector holds 2 * WIDTH
// floats (SVML's 16 on AVX-512), read from and written to arrays of doubles that hold float32 values. Lanes outside
// an algorithm's main range are marked special and finished by numpy_elementary_logs_f32.c.

#ifndef DOCBUILD_F32_LANE_TYPES
#define DOCBUILD_F32_LANE_TYPES
#define VF CAT(vf, SUFFIX)
#define VI CAT(vi, SUFFIX)
#define VW CAT(vw, SUFFIX)
#define VDF CAT(vdf, SUFFIX)
#define VLF CAT(vlf, SUFFIX)
#define FLOAT_LANES (2 * WIDTH)
#endif

typedef float VF __attribute__((ext_vector_type(FLOAT_LANES)));
typedef int VI __attribute__((ext_vector_type(FLOAT_LANES)));
typedef unsigned VW __attribute__((ext_vector_type(FLOAT_LANES)));
typedef double VDF __attribute__((ext_vector_type(FLOAT_LANES)));
typedef long VLF __attribute__((ext_vector_type(FLOAT_LANES)));

#include "numpy_lane_helpers.h"

// vrcp14ps and vrsqrt14ps, the AVX-512 estimates of 1/v and 1/sqrt(v), as Intel defines them: on positive normal
// floats, each gives the float its double version (F(rcp14), F(rsqrt14)) gives, rounded (checked on every such float
// on the project's AMD EPYC). The AVX-512 path runs the instructions themselves.
ATTRIBUTES static inline VF F(rcp14f)(VF v) {
#if WIDTH == 8
  return (VF)_mm512_rcp14_ps((__m512)v);
#else
  VDF wide = __builtin_convertvector(v, VDF);
  VD halves[2];
  memcpy(halves, &wide, sizeof wide);
  halves[0] = F(rcp14)(halves[0]);
  halves[1] = F(rcp14)(halves[1]);
  memcpy(&wide, halves, sizeof wide);
  return __builtin_convertvector(wide, VF);
#endif
}

ATTRIBUTES static inline VF F(rsqrt14f)(VF v) {
#if WIDTH == 8
  return (VF)_mm512_rsqrt14_ps((__m512)v);
#else
  VDF wide = __builtin_convertvector(v, VDF);
  VD halves[2];
  memcpy(halves, &wide, sizeof wide);
  halves[0] = F(rsqrt14)(halves[0]);
  halves[1] = F(rsqrt14)(halves[1]);
  memcpy(&wide, halves, sizeof wide);
  return __builtin_convertvector(wide, VF);
#endif
}

// vgetexpps: floor(log2 |v|) as a float, for positive normal v.
ATTRIBUTES static inline VF F(getexpf)(VF v) { return __builtin_convertvector((VI)((VW)v >> 23 & 0xff) - 127, VF); }

ATTRIBUTES static inline VF F(fmaf)(VF a, VF b, VF c) { return __builtin_elementwise_fma(a, b, c); }

// mask ? a : b for a mask of comparison results (all bits set or clear).
ATTRIBUTES static inline VF F(choosef)(VI mask, VF a, VF b) { return (VF)(((VW)a & (VW)mask) | ((VW)b & ~(VW)mask)); }

// table[index & 31] in each lane, for a table of 32 float bit patterns (AVX-512: vpermt2ps over two registers; the
// other paths read lane by lane). Either way the read is exact.
ATTRIBUTES static inline VF F(lookupf32)(const uint32_t table[32], VW index) {
#if WIDTH == 8
  __m512 low = _mm512_loadu_ps(table), high = _mm512_loadu_ps(table + 16);
  return (VF)_mm512_permutex2var_ps(low, (__m512i)index, high);
#else
  VW out;
  for (int l = 0; l < FLOAT_LANES; l++) out[l] = table[index[l] & 31];
  return (VF)out;
#endif
}

// table[index & 15] in each lane, for a table of 16 float bit patterns (AVX-512: one vpermps; the other paths read
// lane by lane). Either way the read is exact.
ATTRIBUTES static inline VF F(lookup16f32)(const uint32_t table[16], VW index) {
#if WIDTH == 8
  return (VF)_mm512_permutexvar_ps((__m512i)index, _mm512_loadu_ps(table));
#else
  VW out;
  for (int l = 0; l < FLOAT_LANES; l++) out[l] = table[index[l] & 15];
  return (VF)out;
#endif
}

// log1p: SVML's float32 log1p (see numpy_elementary_logs_f32.c) where 1 + x rounds to a normal float below 2^127;
// the other lanes (x <= -1, x >= 2^127, NaN) are special.
ATTRIBUTES static inline VF F(log1pf_lanes)(VF x, VI *special) {
  const VF one = 1.0f;
  VF high = F(choosef)(one > x, one, x), low = F(choosef)(one < x, one, x);  // vmaxps and vminps
  VF sum = high + low;
  VW sum_bits = (VW)sum;
  *special = ~((VI)(sum_bits + 0x01000000u) >= 0x01800000);
  VI shifted = (VI)(sum_bits - 0x3f2aaaabu);
  VI k = shifted >> 23;  // 1 + x = 2^k m with m in [2/3, 4/3)
  VF sum_low = (high - sum) + low;
  VF kf = __builtin_convertvector(k, VF);
  VF scale = (VF)(0x3f800000u - ((VW)k << 23));  // 2^-k
  VF scaled_low = sum_low * scale;
  VF m = (VF)(((VW)shifted & 0x007fffffu) + 0x3f2aaaabu);
  VF r = (m - one) + scaled_low;
  VF p = F(fmaf)(float_of(0x3e0d84edu), r, float_of(0xbe1ad9e3u));
  p = F(fmaf)(r, p, float_of(0x3e0fcb12u));
  p = F(fmaf)(r, p, float_of(0xbe28ad37u));
  p = F(fmaf)(r, p, float_of(0x3e4ce190u));
  p = F(fmaf)(r, p, float_of(0xbe80058eu));
  p = F(fmaf)(r, p, float_of(0x3eaaaa94u));
  p = F(fmaf)(r, p, -0.5f);
  VF q = F(fmaf)(r, r * p, r);
  VF result = F(fmaf)(kf, float_of(0x3f317218u), q);
  return (VF)((VW)result | ((VW)x & 0x80000000u));  // -0 gives -0
}

// expm1: SVML's float32 expm1 (see numpy_elementary_logs_f32.c) for x < 86.643394 (below -104 the result is -1);
// larger x and NaN are special.
ATTRIBUTES static inline VF F(expm1f_lanes)(VF x, VI *special) {
  *special = ~(x < float_of(0x42ad496bu));
  const VF shift = float_of(0x48c00000u);  // 1.5 * 2^18: 5 fractional bits, j below them
  VF shifted = F(fmaf)(x, float_of(0x3fb8aa3bu), shift);
  VF n = shifted - shift;  // x log2(e) rounded to a multiple of 1/32
  VW j = (VW)shifted & 31;
  VF head = F(lookupf32)(expm1f_head, j);
  VF tail = F(lookupf32)(expm1f_tail, j);
  VF reduced = F(fmaf)(-n, float_of(0x3f317218u), x);
  // head * 2^floor(n) rounded once (vscalefps, which the AVX-512 path runs): elsewhere exact in double, then rounded
  // to float (subnormals included).
#if WIDTH == 8
  VF scaled = (VF)_mm512_scalef_ps((__m512)head, (__m512)n);
#else
  VF clamped = __builtin_elementwise_min(__builtin_elementwise_max(n, (VF)-400.0f), (VF)400.0f);  // special lanes
  VLF power = __builtin_convertvector(__builtin_elementwise_floor(clamped), VLF);
  VF scaled = __builtin_convertvector(__builtin_convertvector(head, VDF) * (VDF)((power + 1023) << 52), VF);
#endif
  reduced = F(fmaf)(-n, float_of(0xb102e308u), reduced);
  VF r = (VF)((VW)reduced & 0xbfffffffu);  // as SVML: clears bit 30, |r| < 2
  VF head_minus_one = scaled - 1.0f;
  VF r2 = r * r;
  VF p = F(fmaf)(float_of(0x3e2aabf3u), r, float_of(0x3f0000f6u));
  p = F(fmaf)(r2, p, tail);
  VF sum = p + r;
  VF result = F(fmaf)(sum, scaled, head_minus_one);
  return (VF)((VW)result | ((VW)x & 0x80000000u));
}

// arcsinh: SVML's float32 arcsinh (see numpy_elementary_logs_f32.c) for finite x; +-inf and NaN are special.
ATTRIBUTES static inline VF F(arcsinhf_lanes)(VF x, VI *special) {
  const VF one = 1.0f;
  VF x2 = x * x;
  VF y = one + x2;
  VF ax = (VF)((VW)x & 0x7fffffffu);
  VF a = F(choosef)(one > x2, one, x2), b = F(choosef)(one < x2, one, x2);  // vmaxps and vminps
  VF r0 = F(rsqrt14f)(y);
  VI not_small = ~(ax < 0x1p-6f);
  VF b_high = y - a;
  VW sign = (VW)x ^ (VW)ax;
  VF s_high = y * r0;  // ~ sqrt(1 + x^2)
  *special = ~(ax <= float_of(0x7f7fffffu));
  VF b_low = b - b_high;
  VF x_plus_s = s_high + ax;
  VF s_product_low = F(fmaf)(r0, y, -s_high);
  VF small = F(fmaf)(ax, x2 * float_of(0xbe2aa5deu), ax);
  VF x2_low = F(fmaf)(x, x, -x2);
  VF y_low = x2_low + b_low;
  VF e = F(fmaf)(-r0, s_high, one);
  VF s_low = F(fmaf)(r0, y_low, s_product_low);
  VI large = ~(ax < 0x1p63f);
  e = F(fmaf)(-r0, s_low, e);
  VF s_e = s_high * e;
  VF poly = F(fmaf)(e, 0.375f, 0.5f);
  s_low = F(fmaf)(poly, s_e, s_low);
  VF x_high = x_plus_s - s_high;
  VF in = x_plus_s + s_low;
  VF x_low = ax - x_high;
  VF s_low_high = in - x_plus_s;
  in = F(choosef)(large, ax * 0.125f, in);
  VF s_low_low = s_low - s_low_high;
  VF rcp = F(rcp14f)(in);
  VF in_low = s_low_low + x_low;
  rcp = (VF)(((VW)rcp + 0x20000u) & 0xfffc0000u);  // rounded to 5 mantissa bits
  in_low = F(choosef)(large, 0.0f, in_low);
  VF r = F(fmaf)(in, rcp, -one);
  VF k = F(getexpf)(rcp);
  VW index = (VW)rcp >> 18;
  r = F(fmaf)(in_low, rcp, r);
  k = F(choosef)(large, k - 4.0f, k);
  VF head = F(lookupf32)(log_rcp_f_head, index);
  VF tail = F(lookupf32)(log_rcp_f_tail, index);
  VF p = F(fmaf)(float_of(0xbe800810u), r, float_of(0x3eaab11eu));
  head = F(fmaf)(-float_of(0x3f317000u), k, head);
  VF r2 = r * r;
  p = F(fmaf)(r, p, -0.5f);
  tail = F(fmaf)(-float_of(0x3805fdf4u), k, tail);
  p = F(fmaf)(r2, p, tail);
  VF result = F(choosef)(not_small, head + (p + r), small);
  return (VF)((VW)result ^ sign);
}

// arccosh: SVML's float32 arccosh (see numpy_elementary_logs_f32.c) for 1 < x < inf; the other lanes (x <= 1,
// +inf, NaN) are special.
ATTRIBUTES static inline VF F(arccoshf_lanes)(VF x, VI *special) {
  const VF one = 1.0f;
  VF y = F(fmaf)(x, x, -one);
  VI large = ~(x < 0x1p63f);
  *special = ~(x <= float_of(0x7f7fffffu)) | (x <= one);
  VF r0 = F(rsqrt14f)(y);
  VI not_small = ~(y < 0x1p-12f);
  VF y_small = y * float_of(0xbe2aa5deu);
  VF s_high = y * r0;  // ~ sqrt(x^2 - 1)
  VF x_plus_s = s_high + x;
  VF s_low = F(fmaf)(r0, y, -s_high);
  VF e = F(fmaf)(-r0, s_high, one);
  e = F(fmaf)(-r0, s_low, e);
  VF s_e = s_high * e;
  VF poly = F(fmaf)(e, 0.375f, 0.5f);
  s_low = F(fmaf)(poly, s_e, s_low);
  VF s_high_high = x_plus_s - x;
  VF root = s_high + s_low;
  VF in = x_plus_s + s_low;
  VF s_high_low = s_high - s_high_high;
  VF small = F(fmaf)(root, y_small, root);
  VF s_low_high = in - x_plus_s;
  in = F(choosef)(large, x * 0.125f, in);
  VF s_low_low = s_low - s_low_high;
  VF rcp = F(rcp14f)(in);
  VF in_low = s_low_low + s_high_low;
  rcp = (VF)(((VW)rcp + 0x20000u) & 0xfffc0000u);  // rounded to 5 mantissa bits
  in_low = F(choosef)(large, 0.0f, in_low);
  VF r = F(fmaf)(in, rcp, -one);
  VF k = F(getexpf)(rcp);
  VW index = (VW)rcp >> 18;
  r = F(fmaf)(in_low, rcp, r);
  k = F(choosef)(large, k - 4.0f, k);
  VF head = F(lookupf32)(log_rcp_f_head, index);
  VF tail = F(lookupf32)(log_rcp_f_tail, index);
  VF r2 = r * r;
  VF p = F(fmaf)(float_of(0xbe800810u), r, float_of(0x3eaab11eu));
  head = F(fmaf)(-float_of(0x3f317000u), k, head);
  tail = F(fmaf)(-float_of(0x3805fdf4u), k, tail);
  p = F(fmaf)(r, p, -0.5f);
  p = F(fmaf)(r2, p, tail);
  return F(choosef)(not_small, head + (p + r), small);
}

// arctanh: SVML's float32 arctanh (see numpy_elementary_logs_f32.c) for |x| < 1; the other lanes (|x| >= 1, NaN)
// are special.
ATTRIBUTES static inline VF F(arctanhf_lanes)(VF x, VI *special) {
  const VF one = 1.0f;
  VF y = (VF)((VW)x & 0x7fffffffu);
  VF plus = y + one, minus = one - y;
  VW sign = (VW)x ^ (VW)y;
  VF plus_high = plus - one, minus_high_negated = minus - one;
  VF rcp_plus = F(rcp14f)(plus), rcp_minus = F(rcp14f)(minus);
  *special = ~(y < one);
  VF plus_low = y - plus_high;
  rcp_plus = (VF)(((VW)rcp_plus + 0x20000u) & 0xfffc0000u);  // rounded to 5 mantissa bits
  rcp_minus = (VF)(((VW)rcp_minus + 0x20000u) & 0xfffc0000u);
  VF minus_low = y + minus_high_negated;
  VF r_plus = F(fmaf)(rcp_plus, plus, -one);
  VF r_minus = F(fmaf)(minus, rcp_minus, -one);
  VF k_plus = F(getexpf)(rcp_plus);
  r_plus = F(fmaf)(plus_low, rcp_plus, r_plus);
  VF k_minus = F(getexpf)(rcp_minus);
  r_minus = F(fmaf)(-minus_low, rcp_minus, r_minus);
  VW index_plus = (VW)rcp_plus >> 18, index_minus = (VW)rcp_minus >> 18;
  VF k = k_minus - k_plus;
  VF tail = F(lookupf32)(log_f_tail, index_minus) - F(lookupf32)(log_f_tail, index_plus);
  VF head = F(lookupf32)(log_f_head, index_minus) - F(lookupf32)(log_f_head, index_plus);
  head = F(fmaf)(float_of(0x3f317000u), k, head);
  tail = F(fmaf)(float_of(0x3805fdf4u), k, tail);
  VF p_plus = F(fmaf)(float_of(0xbe800810u), r_plus, float_of(0x3eaab11eu));
  VF p_minus = F(fmaf)(float_of(0xbe800810u), r_minus, float_of(0x3eaab11eu));
  p_plus = F(fmaf)(r_plus, p_plus, -0.5f);
  p_minus = F(fmaf)(r_minus, p_minus, -0.5f);
  p_plus = F(fmaf)(r_plus, p_plus, one);
  p_minus = F(fmaf)(r_minus, p_minus, one);
  p_plus = F(fmaf)(r_plus, p_plus, tail);
  VF sum = F(fmaf)(-r_minus, p_minus, p_plus);
  return (head + sum) * (VF)(sign | 0x3f000000u);
}

// sinh: SVML's float32 sinh (see numpy_elementary_logs_f32.c) for |x| <= 87.33654; the other lanes (and NaN) are
// special.
ATTRIBUTES static inline VF F(sinhf_lanes)(VF x, VI *special) {
  VW sign = (VW)x & 0x80000000u;
  VF ax = (VF)((VW)x ^ sign);
  const VF shift = float_of(0x4b400000u);  // 1.5 * 2^23: N in the low bits
  VF shifted = F(fmaf)(ax, float_of(0x3fb8aa3bu), shift);
  *special = ~((VI)ax <= (VI)0x42aeac4eu);
  VW n_bits = (VW)shifted << 23;
  VF n = shifted - shift;
  VF half_power = (VF)(0x3f000000u + n_bits), half_inverse = (VF)(0x3f000000u - n_bits);  // 2^(N-1), 2^(-N-1)
  VF g1 = half_power + half_inverse;
  VF r = F(fmaf)(-n, float_of(0x3f317000u), ax);
  VF g2 = half_power - half_inverse;
  r = F(fmaf)(-n, float_of(0x3805fdf4u), r);
  VF r2 = r * r;
  VF odd = F(fmaf)(r2, float_of(0x3c091461u), float_of(0x3e2aaa57u));
  odd = F(fmaf)(r2 * odd, r, r);  // sinh(r)
  VF even = F(fmaf)(r2, float_of(0x3ab6a8a3u), float_of(0x3d2aaa72u));
  even = F(fmaf)(r2, even, 0.5f);
  VF result = F(fmaf)(odd, g1, g2 * (r2 * even)) + g2;
  return (VF)((VW)result | sign);
}

// log2 (`log10` false) and log10 (true): SVML's float32 algorithm (see numpy_elementary_logs_f32.c) for positive
// normal finite x; zero, subnormals, negative x, +inf and NaN are special (the scalar log_family_float finishes them
// with the same operations).
ATTRIBUTES static inline VF F(log_family_lanes)(VF x, VI *special, int log10) {
  VW bits = (VW)x;
  *special = (VI)(bits - 0x00800000u >= 0x7f000000u);
  VW interval = bits >> 19;  // the fraction's top 4 bits are its low 4 (the lookups read those only)
#if WIDTH == 8
  // The same m and k in fewer instructions (the loop is bound by their count): vgetmantps normalises to [0.75, 1.5),
  // vgetexpps gives the exponent, one more where the mantissa was halved (fraction bit 22). The special lanes'
  // values differ and are discarded. All 2^32 inputs give the bits of the integer form below.
  __mmask16 upper = _mm512_test_epi32_mask((__m512i)bits, _mm512_set1_epi32(0x00400000));
  VF m = (VF)_mm512_getmant_ps((__m512)x, _MM_MANT_NORM_p75_1p5, _MM_MANT_SIGN_src);
  VF exponent = (VF)_mm512_getexp_ps((__m512)x);
  VF k = (VF)_mm512_mask_add_ps((__m512)exponent, upper, (__m512)exponent, _mm512_set1_ps(1.0f));
#else
  VW fraction = bits & 0x007fffffu;
  VI upper = (VI)(fraction >= 0x00400000u);  // m >= 1.5: SVML's mantissa is m / 2, its exponent one more
  VF m = (VF)(fraction | (0x3f800000u - ((VW)upper & 0x00800000u)));
  VF k = __builtin_convertvector((VI)(bits >> 23) - 127 - upper, VF);  // upper is -1 where set
#endif
  const uint32_t(*c)[16] = log10 ? log10f_coefficients : log2f_coefficients;
  if (log10) k = k * float_of(0x3e9a209bu);
  VF t = m - 1.0f;
  VF p = F(fmaf)(t, F(lookup16f32)(c[0], interval), F(lookup16f32)(c[1], interval));
  p = F(fmaf)(t, p, F(lookup16f32)(c[2], interval));
  p = F(fmaf)(t, p, F(lookup16f32)(c[3], interval));
  return F(fmaf)(t, p, k);
}

ATTRIBUTES static inline VF F(log2f_lanes)(VF x, VI *special) { return F(log_family_lanes)(x, special, 0); }

ATTRIBUTES static inline VF F(log10f_lanes)(VF x, VI *special) { return F(log_family_lanes)(x, special, 1); }

// The loop over an array of doubles holding float32 values: whole vectors of FLOAT_LANES, then the last n mod FLOAT_LANES
// elements in one vector padded with zeros. A special lane keeps its input in `y` and its index goes to `undecided`
// (room for n), for the caller to finish; the count is returned. `x` and `y` may be the same array.
#define FLOAT_MARK_SPECIAL(out, wide, special, i, lanes)                                                              \
  if (__builtin_reduce_or(special)) {                                                                                  \
    VLF wide_special = __builtin_convertvector(special, VLF);                                                          \
    out = (VDF)(((VLF)wide & wide_special) | ((VLF)out & ~wide_special));                                              \
    for (size_t l = 0; l < (lanes); l++)                                                                               \
      if (special[l]) undecided[count++] = (uint32_t)((i) + l);                                                        \
  }
#include "numpy_float_loop.h"

DEFINE_FLOAT_LOOP(log1pf)
DEFINE_FLOAT_LOOP(expm1f)
DEFINE_FLOAT_LOOP(arcsinhf)
DEFINE_FLOAT_LOOP(arccoshf)
DEFINE_FLOAT_LOOP(arctanhf)
DEFINE_FLOAT_LOOP(sinhf)
DEFINE_FLOAT_LOOP(log2f)
DEFINE_FLOAT_LOOP(log10f)

#undef DEFINE_FLOAT_LOOP
#undef DEFINE_FLOAT_STORAGE_LOOP
#undef FLOAT_MARK_SPECIAL

// One code path's loops, in the order of NumpyFloatFunction.
static const NumpyLoop F(numpy_f32_loops)[] = {F(log1pf), F(expm1f), F(arcsinhf), F(arccoshf),
                                               F(arctanhf), F(sinhf),  F(log2f),    F(log10f)};
