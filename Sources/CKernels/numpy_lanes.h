// NumPy's float64 tanh, exp and log over arrays, compiled once per code path by numpy_elementary.c through
// lanes_per_path.h. Each lane runs the operations of NumPy's (or Intel SVML's) algorithm in its order, fused
// multiply-adds exactly where the algorithm has them (a fused multiply-add is correctly rounded on every path: one
// instruction with FMA hardware, libm's fma() in the portable path), and table reads are exact, so every path gives
// the same bits. Lanes outside an algorithm's main range are finished by numpy_elementary.c's scalar special cases.

// table[index] in each lane, for a table of 16 bit patterns. AVX-512 looks the lanes up in two registers at once;
// the other paths read lane by lane. Either way the read is exact.
ATTRIBUTES static inline VU F(lookup16)(const uint64_t table[16], VU index) {
#if WIDTH == 8
  __m512i low = _mm512_loadu_si512(table), high = _mm512_loadu_si512(table + 8);
  return (VU)_mm512_permutex2var_epi64(low, (__m512i)index, high);
#else
  VU out;
  for (int l = 0; l < WIDTH; l++) out[l] = table[index[l] & 15];
  return out;
#endif
}

ATTRIBUTES static inline VD F(fma)(VD a, VD b, VD c) { return __builtin_elementwise_fma(a, b, c); }

// mask ? a : b for a mask of comparison results (all bits set or clear).
ATTRIBUTES static inline VU F(choose)(VL mask, VU a, VU b) { return (a & (VU)mask) | (b & ~(VU)mask); }

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
  VL k = 32;  // minus the steps at or below m
  for (int i = 0; i < 16; i++) k += (VL)(mantissa >= log_rcp_steps[i]);
  VD rcp = __builtin_convertvector(k, VD) * 0x1p-5;
  VD r = F(fma)(rcp, m, -1.0);
  e = e + (VD)((VU)(rcp < 0.75) & 0x3ff0000000000000ul);  // E + 1 where rcp < 0.75
  VU j = (VU)(k - 16) & 15;                                  // k = 32 reads row 0, as k = 16 does
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

// The loop over an array: whole vectors, then the last n mod WIDTH elements in one vector padded with zeros; lanes
// marked special get NAME_special's scalar result. `x` and `y` may be the same array.
#define DEFINE_NUMPY_LOOP(NAME)                                                                                        \
  ATTRIBUTES static void F(NAME)(const double *x, double *y, size_t n) {                                              \
    for (size_t i = 0; i < n; i += WIDTH) {                                                                            \
      size_t count = n - i < WIDTH ? n - i : WIDTH;                                                                    \
      VD v = 0;                                                                                                        \
      if (count == WIDTH)                                                                                              \
        memcpy(&v, x + i, sizeof v);                                                                                   \
      else                                                                                                             \
        memcpy(&v, x + i, count * sizeof(double));                                                                     \
      VL special;                                                                                                      \
      VD r = F(NAME##_lanes)(v, &special);                                                                             \
      if (__builtin_reduce_or(special))                                                                                \
        for (int l = 0; l < WIDTH; l++)                                                                                \
          if (special[l]) r[l] = NAME##_special(v[l]);                                                                 \
      if (count == WIDTH)                                                                                              \
        memcpy(y + i, &r, sizeof r);                                                                                   \
      else                                                                                                             \
        memcpy(y + i, &r, count * sizeof(double));                                                                     \
    }                                                                                                                  \
  }

DEFINE_NUMPY_LOOP(tanh)
DEFINE_NUMPY_LOOP(exp)
DEFINE_NUMPY_LOOP(log)

#undef DEFINE_NUMPY_LOOP

// One code path's loops, in the order of NumpyFunction.
static const NumpyLoop F(numpy_loops)[] = {F(tanh), F(exp), F(log)};
