// NumPy's float32 arcsin, arccos, arctan, arctan2, tan and cbrt over arrays (Intel SVML's `__svml_asinf16` and the
// like, the `_la` accuracy), compiled once per code path by numpy_elementary_trig_f32.c through lanes_per_path.h.
// Each lane runs SVML's float operations in its order, fused multiply-adds exactly where SVML has them (correctly
// rounded on every path), so every path gives the same bits. A path of WIDTH double lanes has FLOAT_LANES = 2 WIDTH
// float lanes (the same register width): VF, VI and VW are its vectors of floats and of signed and unsigned 32-bit
// integers. The arrays hold float32 values as doubles (how docbuild stores them), converted exactly both ways.

#ifndef DOCBUILD_NUMPY_TRIG_F32_NAMES
#define DOCBUILD_NUMPY_TRIG_F32_NAMES
#define FLOAT_LANES (2 * WIDTH)
#define VF CAT(vf, SUFFIX)
#define VI CAT(vi, SUFFIX)
#define VW CAT(vw, SUFFIX)
#define VDF CAT(vdf, SUFFIX)
#endif

typedef float VF __attribute__((ext_vector_type(FLOAT_LANES)));
typedef int VI __attribute__((ext_vector_type(FLOAT_LANES)));
typedef unsigned VW __attribute__((ext_vector_type(FLOAT_LANES)));
typedef double VDF __attribute__((ext_vector_type(FLOAT_LANES)));

#include "numpy_lane_helpers.h"

ATTRIBUTES static inline VF F(fmaf)(VF a, VF b, VF c) { return __builtin_elementwise_fma(a, b, c); }

// mask ? a : b for a mask of comparison results (all bits set or clear).
ATTRIBUTES static inline VF F(choosef)(VI mask, VF a, VF b) {
  return (VF)(((VW)a & (VW)mask) | ((VW)b & ~(VW)mask));
}

// A float constant from its bit pattern (SVML's tables hold them so).
#define FLOAT(bits) ((VF)(VW)(bits##u))

// vrsqrt14ps, the estimate of 1/sqrt(v), as Intel's reference defines it (the segments of numpy_lane_helpers.h, the
// mantissa's top 15 fraction bits), for a positive normal v; other lanes get a meaningless value. The AVX-512 path
// runs the instruction itself; Tests/TensorCoreTests/Fixtures/check_svml_f32_estimates.c checks this definition and
// rcp14f's against the instructions on every positive normal float.
ATTRIBUTES static inline VF F(rsqrt14f)(VF v) {
#if WIDTH == 8
  return (VF)_mm512_rsqrt14_ps((__m512)v);
#else
  VW bits = (VW)v;
  VI exponent = (VI)(bits >> 23) - 127;
  VW odd = (VW)exponent & 1;  // m in [2, 4) when the exponent is odd
  VI k = exponent >> 1;       // floor(exponent / 2): the shift is arithmetic
  VW fraction = bits & 0x007fffffu;
  VW t = fraction >> 8;  // the top 15 fraction bits
  VI scaled;
  for (int l = 0; l < FLOAT_LANES; l++) {
    uint64_t segment = rsqrt14_segments[((t[l] >> 10) | (odd[l] << 5)) & 63];
    scaled[l] = (int)(segment & 0xffffffff) * 128 - (int)(segment >> 32) * ((int)(t[l] & 1023) - 512);
  }
  VF truncated = __builtin_convertvector(scaled >> 9, VF);  // 17 bits: exact
  VF power = (VF)((VW)(127 - k) << 23);                     // 2^-k
  VF estimate = truncated * 0x1p-17f * power;
  return F(choosef)((VI)((fraction | odd) == 0), power, estimate);  // even powers of two: exact
#endif
}

// vrcp14ps, the estimate of 1/v, as Intel's reference defines it (the mantissa's top 16 fraction bits), for a normal
// v with |v| < 2^126; other lanes get a meaningless value. The AVX-512 path runs the instruction itself.
ATTRIBUTES static inline VF F(rcp14f)(VF v) {
#if WIDTH == 8
  return (VF)_mm512_rcp14_ps((__m512)v);
#else
  VW magnitude_bits = (VW)v & 0x7fffffffu;
  VW sign = (VW)v ^ magnitude_bits;
  VI exponent = (VI)(magnitude_bits >> 23) - 127;
  VW fraction = magnitude_bits & 0x007fffffu;
  VW t = fraction >> 7;  // the top 16 fraction bits
  VI scaled;
  for (int l = 0; l < FLOAT_LANES; l++) {
    uint64_t segment = rcp14_segments[(t[l] >> 10) & 63];
    scaled[l] = (int)(segment & 0xffffffff) * 256 - (int)(segment >> 32) * ((int)(t[l] & 1023) - 512);
  }
  VF truncated = __builtin_convertvector(scaled >> 9, VF);
  VF power = (VF)((VW)(127 - exponent) << 23);  // 2^-k
  VF estimate = truncated * 0x1p-17f * power;
  estimate = F(choosef)((VI)(fraction == 0), power, estimate);  // powers of two: the exact reciprocal
  return (VF)((VW)estimate | sign);
#endif
}

// vgetexpps: floor(log2|v|) as a float for a finite v (a subnormal's true exponent; 0 gives -infinity).
ATTRIBUTES static inline VF F(getexpf)(VF v) {
#if WIDTH == 8
  return (VF)_mm512_getexp_ps((__m512)v);
#else
  VW magnitude_bits = (VW)v & 0x7fffffffu;
  VI subnormal = magnitude_bits < 0x00800000u;
  VW normalized = (VW)F(choosef)(subnormal, (VF)magnitude_bits * 0x1p24f, (VF)magnitude_bits);
  VF e = __builtin_convertvector((VI)(normalized >> 23) - 127 - (subnormal & 24), VF);
  return F(choosef)((VI)(magnitude_bits == 0), (VF)(-__builtin_inff()), e);
#endif
}

// vgetmantps with the interval [1, 2) and v's sign: v's mantissa, for a finite v (+-1 for +-0).
ATTRIBUTES static inline VF F(getmantf)(VF v) {
#if WIDTH == 8
  return (VF)_mm512_getmant_ps((__m512)v, _MM_MANT_NORM_1_2, _MM_MANT_SIGN_src);
#else
  VW magnitude_bits = (VW)v & 0x7fffffffu;
  VI subnormal = magnitude_bits < 0x00800000u;
  VW normalized = (VW)F(choosef)(subnormal, (VF)magnitude_bits * 0x1p24f, (VF)magnitude_bits);
  return (VF)((normalized & 0x007fffffu) | 0x3f800000u | ((VW)v & 0x80000000u));
#endif
}

// vscalefps: v 2^e rounded once, for a finite v and an integral e in [-300, 300] or -infinity (+-0 then); the other
// paths scale in double, where the product is exact, and round it to float.
ATTRIBUTES static inline VF F(scalef)(VF v, VF e) {
#if WIDTH == 8
  return (VF)_mm512_scalef_ps((__m512)v, (__m512)e);
#else
  VDF clamped = __builtin_convertvector(__builtin_elementwise_max(e, (VF)-300.0f), VDF);
  typedef long VLF __attribute__((ext_vector_type(FLOAT_LANES)));
  VDF power = (VDF)((__builtin_convertvector(clamped, VLF) + 1023) << 52);
  return __builtin_convertvector(__builtin_convertvector(v, VDF) * power, VF);
#endif
}

// The loop over an array of float32 values held as doubles: whole vectors, then the last n mod FLOAT_LANES elements
// in one vector padded with zeros (as NumPy pads). A special lane keeps its input in `y` and its index goes to
// `undecided` (room for n), for the caller to finish; the count is returned. `x` and `y` may be the same array.
#define FLOAT_MARK_SPECIAL(out, wide, special, i, lanes)                                                              \
  if (__builtin_reduce_or(special)) {                                                                                  \
    for (size_t l = 0; l < (lanes); l++)                                                                               \
      if (special[l]) {                                                                                                \
        out[l] = wide[l];                                                                                              \
        undecided[count++] = (uint32_t)((i) + l);                                                                      \
      }                                                                                                                \
  }
#include "numpy_float_loop.h"

// The loop over two arrays of n float32 values held as doubles (a function of two operands, `LANES` its lanes):
// whole vectors, two an iteration on AVX-512 (independent chains, as DEFINE_FLOAT_LOOP's; each lane's operations
// unchanged), then the last n mod FLOAT_LANES elements in one vector padded with ones (as NumPy pads). Special lanes'
// indices go to `undecided` (room for n) in increasing order for the caller, whose `out` values there are
// meaningless; the count is returned.
#define FLOAT_PAIR_LANES(LANES, i, lanes, u, v)                                                                        \
  {                                                                                                                    \
    VI special;                                                                                                        \
    VF r = F(LANES)(__builtin_convertvector(u, VF), __builtin_convertvector(v, VF), &special);                         \
    VDF wide = __builtin_convertvector(r, VDF);                                                                        \
    if ((lanes) == FLOAT_LANES)                                                                                        \
      memcpy(out + (i), &wide, sizeof wide);                                                                           \
    else                                                                                                               \
      memcpy(out + (i), &wide, (lanes) * sizeof(double));                                                              \
    if (__builtin_reduce_or(special))                                                                                  \
      for (size_t l = 0; l < (lanes); l++)                                                                             \
        if (special[l]) undecided[count++] = (uint32_t)((i) + l);                                                      \
  }
#define DEFINE_FLOAT_PAIR_LOOP(NAME, LANES)                                                                            \
  ATTRIBUTES static size_t F(NAME)(const double *a, const double *b, double *out, size_t n, uint32_t *undecided) {    \
    size_t count = 0, i = 0;                                                                                           \
    if (WIDTH == 8)                                                                                                    \
      for (; i + 2 * FLOAT_LANES <= n; i += 2 * FLOAT_LANES) {                                                         \
        VDF u0, v0, u1, v1;                                                                                            \
        memcpy(&u0, a + i, sizeof u0);                                                                                 \
        memcpy(&v0, b + i, sizeof v0);                                                                                 \
        memcpy(&u1, a + i + FLOAT_LANES, sizeof u1);                                                                   \
        memcpy(&v1, b + i + FLOAT_LANES, sizeof v1);                                                                   \
        FLOAT_PAIR_LANES(LANES, i, FLOAT_LANES, u0, v0)                                                                \
        FLOAT_PAIR_LANES(LANES, i + FLOAT_LANES, FLOAT_LANES, u1, v1)                                                  \
      }                                                                                                                \
    for (; i < n; i += FLOAT_LANES) {                                                                                  \
      size_t lanes = n - i < FLOAT_LANES ? n - i : FLOAT_LANES;                                                        \
      VDF u = 1, v = 1;                                                                                                \
      if (lanes == FLOAT_LANES) {                                                                                      \
        memcpy(&u, a + i, sizeof u);                                                                                   \
        memcpy(&v, b + i, sizeof v);                                                                                   \
      } else {                                                                                                         \
        memcpy(&u, a + i, lanes * sizeof(double));                                                                     \
        memcpy(&v, b + i, lanes * sizeof(double));                                                                     \
      }                                                                                                                \
      FLOAT_PAIR_LANES(LANES, i, lanes, u, v)                                                                          \
    }                                                                                                                  \
    return count;                                                                                                      \
  }

// arcsin: SVML's algorithm for |x| <= 1 (larger |x| and NaN are left to the caller). For |x| < 0.5, asin|x| = |x| +
// |x| z P(z), z = x^2; beyond, asin|x| = pi/2 - 2 sqrt(Y) (1 + Y P(Y)), Y = (1 - |x|) / 2, with -2 sqrt(Y) from
// vrsqrt14ps's estimate refined once (zeroed for Y = 0).
ATTRIBUTES static inline VF F(asin_lanes)(VF x, VI *special) {
  VW magnitude_bits = (VW)x & 0x7fffffffu;
  VW sign = (VW)x ^ magnitude_bits;
  VF a = (VF)magnitude_bits;
  *special = ~(a <= 1.0f);  // |x| > 1 or NaN
  VI large = a >= 0.5f;
  VF x2 = a * a;
  VF y = F(fmaf)(-0.5f, a, 0.5f);
  VF rsqrt = F(rsqrt14f)(y);
  rsqrt = (VF)((VW)rsqrt & ~(VW)(y < FLOAT(0x2f800000)));  // Y below 2^-32 (that is, 0): no estimate
  VF z = F(choosef)(x2 < y, x2, y);                           // vminps
  VF y2 = y + y;
  VF rsqrt2 = rsqrt * rsqrt;
  VF s = rsqrt * y2;  // about 2 sqrt(Y)
  VF e = F(fmaf)(rsqrt2, y2, -2.0f);
  VF es = s * e;
  VF c = F(fmaf)(FLOAT(0xbdc00004), e, FLOAT(0x3e800001));
  VF root = F(fmaf)(es, c, -s);  // about -2 sqrt(Y)
  VF p_low = F(fmaf)(FLOAT(0x3d3a9ab4), z, FLOAT(0x3d997c12));
  VF p_high = F(fmaf)(FLOAT(0x3d2edc07), z, FLOAT(0x3cc32a6b));
  VF z2 = z * z;
  VF base = F(choosef)(large, root, a);
  VF p = F(fmaf)(z2, p_high, p_low);
  p = F(fmaf)(z, p, FLOAT(0x3e2aaaff));
  VF zp = z * p;
  VF result = F(fmaf)(base, zp, base);
  result = F(choosef)(large, result + FLOAT(0x3fc90fdb), result);
  return (VF)((VW)result ^ sign);
}

// arccos: SVML's algorithm for |x| <= 1 (larger |x| and NaN are left to the caller), as arcsin's: with z = min(x^2, Y),
// Y = (1 - |x|) / 2, acos(x) = pi/2 - x (1 + z P(z)) while x^2 < Y; beyond, +-2 sqrt(Y) (1 + Y P(Y)), plus pi for
// negative x.
ATTRIBUTES static inline VF F(acos_lanes)(VF x, VI *special) {
  VW sign = (VW)x & 0x80000000u;
  VF minus_a = (VF)((VW)x | 0x80000000u);  // -|x|
  *special = ~(minus_a >= -1.0f);           // |x| > 1 or NaN
  VF y = F(fmaf)(0.5f, minus_a, 0.5f);
  VF x2 = minus_a * minus_a;
  VF rsqrt = F(rsqrt14f)(y);
  rsqrt = (VF)((VW)rsqrt & ~(VW)(y < FLOAT(0x2f800000)));  // Y below 2^-32 (that is, 0): no estimate
  VF z = F(choosef)(x2 < y, x2, y);                           // vminps
  VF y2 = y + y;
  VF z2 = z * z;
  VF rsqrt2 = rsqrt * rsqrt;
  VF s = rsqrt * y2;  // about 2 sqrt(Y)
  VI large = ~(z < y);
  VI negative = x < z;  // x < x^2: x < 0
  VF e = F(fmaf)(rsqrt2, y2, -2.0f);
  VF p_low = F(fmaf)(FLOAT(0x3d3a9ab4), z, FLOAT(0x3d997c12));
  VF c = F(fmaf)(FLOAT(0xbdc00004), e, FLOAT(0x3e800001));
  VF p_high = F(fmaf)(FLOAT(0x3d2edc07), z, FLOAT(0x3cc32a6b));
  VF es = s * e;
  VF p = F(fmaf)(z2, p_high, p_low);
  VF base_offset = (VF)((VW)FLOAT(0x3fc90fdb) & ~(VW)large);  // pi/2 for small |x|, else 0
  VF root = F(fmaf)(-es, c, s);                                // about 2 sqrt(Y)
  p = F(fmaf)(z, p, FLOAT(0x3e2aaaff));
  VF zp = p * z;
  VF base = (VF)((VW)F(choosef)(large, root, minus_a) ^ sign);
  VF result = F(fmaf)(base, zp, base);
  VF offset = (VF)((VW)base_offset | ((VW)FLOAT(0x40490fdb) & (VW)(large & negative)));
  return offset + result;
}

// arctan: SVML's algorithm, every lane but NaN (left to the caller). For |x| < 7.75, x0 = |x| rounded to a multiple
// of 1/4 and atan|x| = atan(x0) + atan((|x| - x0) / (1 + |x| x0)), atan(x0) from a table of 32; beyond, atan|x| =
// pi/2 + atan(-1 / min(|x|, 2^32)). The quotient R comes from the operands' mantissas (vgetmantps), vrcp14ps's
// estimate of the divisor's reciprocal refined once, and their exponents' difference (vgetexpps, vscalefps).
ATTRIBUTES static inline VF F(atan_lanes)(VF x, VI *special) {
  *special = x != x;
  VW magnitude_bits = (VW)x & 0x7fffffffu;
  VF a = (VF)magnitude_bits;
  VW sign = (VW)x ^ magnitude_bits;
  VI large = a >= 7.75f;
  VF shifted = a + FLOAT(0x4a000000);  // + 2^21: rounds to a multiple of 1/4
  VF x0 = F(choosef)(large, 0.0f, shifted - FLOAT(0x4a000000));
  VF diff = F(choosef)(large, -1.0f, a - x0);  // vreduceps: |x| - x0, exact
  VF y = F(choosef)(large, __builtin_elementwise_min(a, FLOAT(0x4f800000)), F(fmaf)(x0, a, 1.0f));
  VF diff_mantissa = F(getmantf)(diff), diff_exponent = F(getexpf)(diff);
  VF y_mantissa = F(getmantf)(y), y_exponent = F(getexpf)(y);
  VW index = (VW)shifted & 31;
  VF head;
#if WIDTH == 8
  head = (VF)_mm512_permutex2var_ps(_mm512_loadu_ps((const float *)atan_f32_table), (__m512i)index,
                                    _mm512_loadu_ps((const float *)atan_f32_table + 16));
#else
  for (int l = 0; l < FLOAT_LANES; l++) head[l] = ((const float *)atan_f32_table)[index[l]];
#endif
  head = F(choosef)(large, FLOAT(0x3fc90fdb), head);
  VF rcp = F(rcp14f)(y_mantissa);
  VF exponent = diff_exponent - y_exponent;
  VF q = diff_mantissa * rcp;
  VF remainder = F(fmaf)(-q, y_mantissa, diff_mantissa);
  VF r = F(scalef)(F(fmaf)(rcp, remainder, q), exponent);
  VF r2 = r * r;
  VF r3 = r * r2;
  VF p = F(fmaf)(FLOAT(0xbe0fa8de), r2, FLOAT(0x3e4cc8e2));
  p = F(fmaf)(p, r2, FLOAT(0xbeaaaaaa));
  p = F(fmaf)(r3, p, r);
  return (VF)((VW)(p + head) ^ sign);
}

// arctan2: SVML's main path, for |y| and |x| in [2^-125, 2^123), and its vector branch for a zero argument (neither a
// NaN); the other lanes are marked special. With a = |y|, b = |x| and no offset where |y| < |x|, else a = -|x|, b =
// |y| and an offset of pi/2, atan(|y| / |x|) = offset + atan(a / b), a / b from vrcp14ps's estimate of 1 / b refined
// once, then one correction step, and an odd polynomial of degree 17. Then the quadrant from the signs.
ATTRIBUTES static inline VF F(atan2_lanes)(VF y, VF x, VI *special) {
  VW ax_bits = (VW)x & 0x7fffffffu, ay_bits = (VW)y & 0x7fffffffu;
  VF ax = (VF)ax_bits, ay = (VF)ay_bits;
  VW sx = (VW)x ^ ax_bits, sy = (VW)y ^ ay_bits;
  // In range when 0x01000000 <= |bits| < 0x7d000000 (SVML subtracts 0x81000000 and compares as signed integers).
  VI out_of_range = (VI)(ax_bits - 0x01000000u >= 0x7c000000u) | (VI)(ay_bits - 0x01000000u >= 0x7c000000u);
  VI y_smaller = ay < ax;
  VF a = F(choosef)(y_smaller, ay, -ax);
  VF b = F(choosef)(y_smaller, ax, ay);
  VF offset = (VF)((VW)FLOAT(0x3fc90fdb) & ~(VW)y_smaller);
  VF rcp = F(rcp14f)(b);
  VF e = F(fmaf)(-rcp, b, 1.0f);
  rcp = F(fmaf)(e, rcp, rcp);
  VF q = a * rcp;
  VF remainder = F(fmaf)(-q, b, a);
  VF r = F(fmaf)(remainder, rcp, q);
  VF r2 = r * r;
  VF r4 = r2 * r2;
  VF even = F(fmaf)(FLOAT(0x3b322cc0), r4, FLOAT(0x3d2bc384));
  VF odd = F(fmaf)(FLOAT(0xbc7f2631), r4, FLOAT(0xbd987629));
  even = F(fmaf)(r4, even, FLOAT(0x3dd96474));
  odd = F(fmaf)(r4, odd, FLOAT(0xbe1161f8));
  even = F(fmaf)(r4, even, FLOAT(0x3e4cb79f));
  odd = F(fmaf)(r4, odd, FLOAT(0xbeaaaa49));
  even = F(fmaf)(r4, even, 1.0f);
  VF p = F(fmaf)(r2, odd, even);
  VF result = (VF)((VW)F(fmaf)(r, p, offset) | sx);
  result = F(choosef)(x <= 0.0f, result + FLOAT(0x40490fdb), result);
  VW main = (VW)result | sy;
  *special = out_of_range;
  // A zero argument is out of range (its bits are below 0x01000000), so a vector with no lane out of range has none
  // and skips the dozen operations below (SVML too handles zeros on its out-of-range branch only).
  if (!__builtin_reduce_or(out_of_range)) return (VF)main;
  // A zero argument, neither a NaN: (offset, or 0 where both are zero) with x's sign, plus pi where x's sign bit is
  // set, with y's sign.
  VI no_nan = (x == x) & (y == y);
  VI zero = ((VI)(ax_bits == 0) | (VI)(ay_bits == 0)) & no_nan;
  VF zero_offset = (VF)((VW)offset & ~(VW)(b == 0.0f));
  VF z = (VF)((VW)zero_offset | sx);
  z = F(choosef)((VI)((VW)x >> 31) != 0, z + FLOAT(0x40490fdb), z);
  VW zero_result = (VW)z | sy;
  *special = out_of_range & ~zero;
  return (VF)(((VW)zero & zero_result) | (~(VW)zero & main));
}

DEFINE_FLOAT_PAIR_LOOP(atan2, atan2_lanes)

#ifdef DOCBUILD_FLOAT_STORAGE_LOOPS
// arctan2 over arrays of floats, as DEFINE_FLOAT_STORAGE_LOOP (numpy_float_loop.h) for the other functions.
ATTRIBUTES size_t F(atan2_float_storage)(const float *a, const float *b, float *out, size_t n, uint32_t *undecided) {
  size_t count = 0;
  for (size_t i = 0; i < n; i += FLOAT_LANES) {
    size_t lanes = n - i < FLOAT_LANES ? n - i : FLOAT_LANES;
    VF u = 1, v = 1;
    if (lanes == FLOAT_LANES) {
      memcpy(&u, a + i, sizeof u);
      memcpy(&v, b + i, sizeof v);
    } else {
      memcpy(&u, a + i, lanes * sizeof(float));
      memcpy(&v, b + i, lanes * sizeof(float));
    }
    VI special;
    VF r = F(atan2_lanes)(u, v, &special);
    if (lanes == FLOAT_LANES)
      memcpy(out + i, &r, sizeof r);
    else
      memcpy(out + i, &r, lanes * sizeof(float));
    if (__builtin_reduce_or(special))
      for (size_t l = 0; l < lanes; l++)
        if (special[l]) undecided[count++] = (uint32_t)(i + l);
  }
  return count;
}
#endif

// tan: SVML's main path, |x| <= 8256 (beyond, and for NaN, the lanes are left to the caller). x = N pi/32 + R, R in
// three steps; tan(x) = (tan(k pi/32) + tan R) / (1 - tan(k pi/32) tan R), k = N mod 32, tan(k pi/32) from a table
// (k = 16: -FLT_MAX), tan R as an odd polynomial; the quotient comes from vrcp14ps's estimate, then one correction
// step with the numerator's and denominator's rounding errors.
ATTRIBUTES static inline VF F(tan_lanes)(VF x, VI *special) {
  VF a = (VF)((VW)x & 0x7fffffffu);
  *special = ~(a <= FLOAT(0x46010000));
  const VF shift = FLOAT(0x4b400000);  // 1.5 * 2^23
  VF shifted = F(fmaf)(x, FLOAT(0x4122f983), shift);  // x 32/pi, rounded to an integer
  VF n = shifted - shift;
  VF r = F(fmaf)(-n, FLOAT(0x3dc90fda), x);
  r = F(fmaf)(-FLOAT(0x31a22168), n, r);
  r = F(fmaf)(-FLOAT(0x25c234c5), n, r);
  VW index = (VW)shifted & 31;
  VF th;
#if WIDTH == 8
  th = (VF)_mm512_permutex2var_ps(_mm512_loadu_ps((const float *)tan_f32_table), (__m512i)index,
                                  _mm512_loadu_ps((const float *)tan_f32_table + 16));
#else
  for (int l = 0; l < FLOAT_LANES; l++) th[l] = ((const float *)tan_f32_table)[index[l]];
#endif
  VF r2 = r * r;
  VF poly = F(fmaf)(FLOAT(0x3e08b888), r2, FLOAT(0x3eaaaaa6));
  VF p = poly * r;
  p = F(fmaf)(r2, p, r);  // tan R
  VF product = th * p;
  VF numerator = p + th;
  VF denominator = 1.0f - product;
  VF numerator_rounding = numerator - th;
  VF rcp = F(rcp14f)(denominator);
  VF denominator_rounding = denominator - 1.0f;
  VF numerator_low = p - numerator_rounding;
  VF quotient = numerator * rcp;
  VF denominator_low = denominator_rounding + product;
  VF error = F(fmaf)(quotient, denominator, -numerator);
  error = F(fmaf)(-quotient, denominator_low, error);
  error = error - numerator_low;
  return F(fmaf)(-rcp, error, quotient);
}

// cbrt: SVML's algorithm for finite nonzero x; 0, infinities and NaN are left to the caller. x = 2^e m (vgetexpps,
// vgetmantps, m signed as x), rcp = vrcp14ps(m) rounded to 1/32, R = m rcp - 1, cbrt|x| = 2^floor(e/3) cbrt(1/rcp)
// (2^((e mod 3)/3) as a head and a tail) (1 + R P(R)), the tables by rcp's and e mod 3's bits.
ATTRIBUTES static inline VF F(cbrt_lanes)(VF x, VI *special) {
  VW magnitude_bits = (VW)x & 0x7fffffffu;
  *special = (VI)(magnitude_bits - 1 >= 0x7f7fffffu);  // 0, infinite or NaN
  VF m = F(getmantf)(x);
  VF e = F(getexpf)(x);
  VF rcp = F(rcp14f)(m);
  VF shifted_e = e + FLOAT(0x4b400000);  // 1.5 * 2^23 + e
  VW sign = (VW)x & 0x80000000u;
  const VF thirty_seconds = FLOAT(0x48c00000);  // 1.5 * 2^18: adding it rounds to a multiple of 1/32
  rcp = (rcp + thirty_seconds) - thirty_seconds;  // vrndscaleps to 5 fraction bits, to nearest
  VF third = F(fmaf)(FLOAT(0x3eaaaaab), shifted_e, -FLOAT(0x4a800000));  // about e / 3
  VF r = F(fmaf)(m, rcp, -1.0f);
  VF q = __builtin_elementwise_floor(third);
  VW index = ((VW)rcp >> 19) & 31;
  VF p = F(fmaf)(FLOAT(0x3d7d057c), r, FLOAT(0xbde3a363));
  VW remainder = (VW)F(fmaf)(-3.0f, q, shifted_e) & 15;  // e mod 3, in the low bits
  VF th, sh, sl;
#if WIDTH == 8
  th = (VF)_mm512_permutex2var_ps(_mm512_loadu_ps((const float *)cbrt_f32_table), (__m512i)index,
                                  _mm512_loadu_ps((const float *)cbrt_f32_table + 16));
  sh = (VF)_mm512_permutexvar_ps((__m512i)remainder, _mm512_loadu_ps((const float *)cbrt_f32_power_head));
  sl = (VF)_mm512_permutexvar_ps((__m512i)remainder, _mm512_loadu_ps((const float *)cbrt_f32_power_tail));
#else
  for (int l = 0; l < FLOAT_LANES; l++) {
    th[l] = ((const float *)cbrt_f32_table)[index[l]];
    sh[l] = ((const float *)cbrt_f32_power_head)[remainder[l]];
    sl[l] = ((const float *)cbrt_f32_power_tail)[remainder[l]];
  }
#endif
  p = F(fmaf)(r, p, FLOAT(0x3eaaaaaa));
  VF scaled = F(scalef)(th, q);  // 2^q cbrt(1/rcp), q in [-50, 42]: exact
  VF shr = sh * r;
  shr = F(fmaf)(p, shr, sl);
  VF result = (shr + sh) * scaled;
  return (VF)((VW)result | sign);
}

DEFINE_FLOAT_LOOP(asin)
DEFINE_FLOAT_LOOP(acos)
DEFINE_FLOAT_LOOP(atan)
DEFINE_FLOAT_LOOP(tan)
DEFINE_FLOAT_LOOP(cbrt)

#undef DEFINE_FLOAT_LOOP
#undef DEFINE_FLOAT_STORAGE_LOOP
#undef FLOAT_MARK_SPECIAL
#undef DEFINE_FLOAT_PAIR_LOOP
#undef FLOAT_PAIR_LANES
#undef DEFINE_NUMPY_LOOP
#undef DEFINE_NUMPY_PAIR_LOOP

// One code path's loops, in the order of TrigF32Function.
static const TrigF32Loop F(trig_f32_loops)[] = {F(asin), F(acos), F(atan), F(tan), F(cbrt)};
