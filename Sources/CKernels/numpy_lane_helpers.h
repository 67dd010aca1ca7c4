// The helpers every file of NumPy (SVML) lanes uses, compiled once per code path with them (numpy_lanes.h,
// numpy_logs_lanes.h, numpy_trig_lanes.h): exact table reads, the fused multiply-add, a lane-wise choice, the AVX-512
// estimate instructions vrcp14pd and vrsqrt14pd as Intel defines them, and the loop over an array.

#ifndef DOCBUILD_NUMPY_ESTIMATE_SEGMENTS
#define DOCBUILD_NUMPY_ESTIMATE_SEGMENTS
// SVML's arcsin, arccos, arctan, arctan2, tan, cbrt, arcsinh, arccosh and arctanh start from the AVX-512 estimates
// vrcp14pd (1/v) and vrsqrt14pd (1/sqrt(v)), and their final rounding depends on the estimate's exact bits, so the
// lanes compute them as the instructions do. Intel publishes their exact definition ("Reference Implementations for
// IA Approximation Instructions VRCP14, VRSQRT14, VRCP28, VRSQRT28, and VEXP2", 2015): the mantissa m in [1, 2)
// truncated to 16 bits (15 for the square root, over [1, 4), m scaled by 2 for an odd exponent), a linear function
// value - slope * (m - the segment's middle) on each of 64 segments evaluated exactly, truncated to 17 bits; powers of
// two (even powers for the square root) exact. Below, the integers value | slope << 32 by segment, as that reference
// gives them. Tests/TensorCoreTests/Fixtures/check_svml_estimates.py checks that F(rcp14) and F(rsqrt14) equal this
// CPU's instructions (the project's AMD EPYC, Zen 4) on every truncated mantissa, at many exponents and low bits;
// Benchmarks/numpy_logs_bits_check.py and prove_svml_trig.py check the functions against NumPy's.
__attribute__((unused)) static const uint64_t rcp14_segments[64] = {
    0x3f10003f817ull, 0x3d10003e894ull, 0x3b50003d988ull, 0x3990003caeeull, 0x37d0003bcc1ull, 0x3650003aefdull,
    0x34b0003a19dull, 0x3350003949cull, 0x31d000387f8ull, 0x30900037baaull, 0x2f300036fb2ull, 0x2df0003640cull,
    0x2cd000358b2ull, 0x2bb00034da5ull, 0x2a9000342dfull, 0x2970003385eull, 0x28700032e21ull, 0x27700032423ull,
    0x26900031a64ull, 0x259000310e1ull, 0x24b00030797ull, 0x23d0002fe85ull, 0x2310002f5a8ull, 0x2230002ecffull,
    0x2170002e488ull, 0x20b0002dc42ull, 0x2010002d42bull, 0x1f50002cc40ull, 0x1eb0002c481ull, 0x1df0002bcefull,
    0x1d50002b584ull, 0x1cb0002ae41ull, 0x1c30002a724ull, 0x1b90002a02dull, 0x1b10002995aull, 0x1a7000292aaull,
    0x19f00028c1cull, 0x197000285afull, 0x18f00027f62ull, 0x18700027935ull, 0x18100027326ull, 0x17900026d33ull,
    0x1710002675full, 0x16b000261a5ull, 0x16500025c07ull, 0x15d00025683ull, 0x15700025118ull, 0x15100024bc6ull,
    0x14b0002468dull, 0x1450002416bull, 0x13f00023c60ull, 0x13b0002376cull, 0x1350002328cull, 0x12f00022dc3ull,
    0x12b0002290eull, 0x1250002246dull, 0x12100021fe0ull, 0x11d00021b65ull, 0x117000216ffull, 0x113000212adull,
    0x10f00020e6bull, 0x10b00020a39ull, 0x10700020617ull, 0x10300020205ull,
};
__attribute__((unused)) static const uint64_t rsqrt14_segments[64] = {
    0x3e90007f045ull, 0x3bb0007d1b5ull, 0x3930007b479ull, 0x36d0007987eull, 0x34900077daaull, 0x327000763ebull,
    0x30700074b31ull, 0x2eb00073365ull, 0x2cf00071c7eull, 0x2b50007066dull, 0x29d0006f123ull, 0x2870006dc98ull,
    0x2710006c8beull, 0x25b0006b58eull, 0x2490006a2fbull, 0x237000690ffull, 0x22500067f93ull, 0x21500066eafull,
    0x20500065e4bull, 0x1f500064e64ull, 0x1e700063ef1ull, 0x1d900062fefull, 0x1cd00062154ull, 0x1c10006131full,
    0x1b50006054bull, 0x1a90005f7d7ull, 0x19f0005eabaull, 0x1930005ddf2ull, 0x1890005d17bull, 0x1810005c552ull,
    0x1770005b973ull, 0x16f0005addeull, 0x2c300059d09ull, 0x2a30005876dull, 0x287000572c0ull, 0x26b00055ef8ull,
    0x25300054c00ull, 0x23b000539cbull, 0x2250005284dull, 0x20f0005177dull, 0x1fd00050749ull, 0x1eb0004f7afull,
    0x1d90004e8a1ull, 0x1c90004da19ull, 0x1b90004cc11ull, 0x1ab0004be7eull, 0x19d0004b15dull, 0x1910004a4a7ull,
    0x18500049853ull, 0x17900048c5full, 0x16d000480cbull, 0x1630004758dull, 0x15900046a9full, 0x14f00046002ull,
    0x145000455b0ull, 0x13d00044ba4ull, 0x135000441deull, 0x12d00043859ull, 0x12500042f13ull, 0x11d0004260aull,
    0x11700041d39ull, 0x10f000414a1ull, 0x10900040c3cull, 0x1030004040aull,
};
#endif

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

// table[index] in each lane, for a table of 32 bit patterns (AVX-512: two lookups of 16, chosen by bit 4).
ATTRIBUTES static inline VU F(lookup32)(const uint64_t table[32], VU index) {
  VL upper = (VL)((index & 16) != 0);
  return F(choose)(upper, F(lookup16)(table + 16, index), F(lookup16)(table, index));
}

// table[index] in each lane, for a table of 64 bit patterns (AVX-512: two lookups of 32, chosen by bit 5; the other
// paths read lane by lane).
ATTRIBUTES static inline VU F(lookup64)(const uint64_t table[64], VU index) {
#if WIDTH == 8
  VL upper = (VL)((index & 32) != 0);
  return F(choose)(upper, F(lookup32)(table + 32, index & 31), F(lookup32)(table, index & 31));
#else
  VU out;
  for (int l = 0; l < WIDTH; l++) out[l] = table[index[l] & 63];
  return out;
#endif
}

// vrcp14pd, the AVX-512 reciprocal estimate, exactly as Intel defines it (see rcp14_segments), for a normal v with
// |v| < 2^1021 (so that the estimate is normal too): v = +-2^k m with m in [1, 2) gives +-2^-k times m's estimate,
// whose 17 bits depend on the top 16 bits of m; 2^k itself gives 2^-k. Other lanes get a meaningless value. The
// AVX-512 path runs the instruction itself.
ATTRIBUTES static inline VD F(rcp14)(VD v) {
#if WIDTH == 8
  return (VD)_mm512_rcp14_pd((__m512d)v);
#else
  VU magnitude_bits = (VU)v & 0x7ffffffffffffffful;
  VU sign = (VU)v ^ magnitude_bits;
  VL exponent = (VL)(magnitude_bits >> 52) - 1023;
  VU fraction = magnitude_bits & 0x000ffffffffffffful;
  VU t = fraction >> 36;  // the top 16 fraction bits
  VU segment = F(lookup64)(rcp14_segments, t >> 10);
  // 256 (value - slope (m - middle)), m the truncated mantissa and middle its segment's, is an integer below 2^26;
  // truncated to 17 bits, it converts to a double exactly (1.5 2^52 + q is exact and has q's bits at the bottom).
  VL scaled = (VL)(segment & 0xffffffff) * 256 - (VL)(segment >> 32) * ((VL)(t & 1023) - 512);
  VD truncated = (VD)((VU)(scaled >> 9) | 0x4338000000000000ul) - 0x1.8p52;
  VD power = (VD)((VU)(1023 - exponent) << 52);  // 2^-k
  VD estimate = truncated * 0x1p-17 * power;
  estimate = (VD)F(choose)((VL)(fraction == 0), (VU)power, (VU)estimate);  // powers of two: the exact reciprocal
  return (VD)((VU)estimate | sign);
#endif
}

// vrsqrt14pd, the estimate of 1/sqrt(v), exactly as Intel defines it (see rsqrt14_segments), for a positive normal v:
// v = 4^k m with m in [1, 4) gives 2^-k times m's estimate, whose 17 bits depend on whether m < 2 and on the top 15
// bits of v's mantissa; 4^k itself gives 2^-k. Other lanes get a meaningless value. The AVX-512 path runs the
// instruction itself.
ATTRIBUTES static inline VD F(rsqrt14)(VD v) {
#if WIDTH == 8
  return (VD)_mm512_rsqrt14_pd((__m512d)v);
#else
  VU bits = (VU)v;
  VL exponent = (VL)(bits >> 52) - 1023;
  VU odd = (VU)exponent & 1;  // m in [2, 4) when the exponent is odd
  VL k = exponent >> 1;       // floor(exponent / 2): the shift is arithmetic
  VU fraction = bits & 0x000ffffffffffffful;
  VU t = fraction >> 37;  // the top 15 fraction bits
  VU segment = F(lookup64)(rsqrt14_segments, (t >> 10) | (odd << 5));
  VL scaled = (VL)(segment & 0xffffffff) * 128 - (VL)(segment >> 32) * ((VL)(t & 1023) - 512);  // as in rcp14
  VD truncated = (VD)((VU)(scaled >> 9) | 0x4338000000000000ul) - 0x1.8p52;
  VD power = (VD)((VU)(1023 - k) << 52);  // 2^-k
  VD estimate = truncated * 0x1p-17 * power;
  return (VD)F(choose)((VL)((fraction | odd) == 0), (VU)power, (VU)estimate);  // even powers of two: exact
#endif
}

// The special lanes of a vector computed from `v` at index i: their inputs go back into `r` and their indices to
// `undecided` (in increasing order), for the caller to finish.
#define NUMPY_MARK_SPECIAL(r, v, special, i, lanes)                                                                    \
  if (__builtin_reduce_or(special)) {                                                                                  \
    r = (VD)F(choose)(special, (VU)v, (VU)r);                                                                          \
    for (size_t l = 0; l < (lanes); l++)                                                                               \
      if (special[l]) undecided[count++] = (uint32_t)((i) + l);                                                        \
  }

// The loop over an array: whole vectors, then the last n mod WIDTH elements in one vector padded with zeros. A
// special lane keeps its input in `y` and its index goes to `undecided` (room for n), for the caller to finish; the
// count is returned. `x` and `y` may be the same array. AVX-512 takes two vectors an iteration, computed side by side:
// each lane function is one long chain of dependent instructions, and two independent ones keep the CPU busy while
// either waits (each lane's operations are unchanged, so are its bits).
#define DEFINE_NUMPY_LOOP(NAME)                                                                                        \
  ATTRIBUTES static size_t F(NAME)(const double *x, double *y, size_t n, uint32_t *undecided) {                       \
    size_t count = 0, i = 0;                                                                                           \
    if (WIDTH == 8)                                                                                                    \
      for (; i + 2 * WIDTH <= n; i += 2 * WIDTH) {                                                                     \
        VD v0, v1;                                                                                                     \
        memcpy(&v0, x + i, sizeof v0);                                                                                 \
        memcpy(&v1, x + i + WIDTH, sizeof v1);                                                                         \
        VL special0, special1;                                                                                         \
        VD r0 = F(NAME##_lanes)(v0, &special0);                                                                        \
        VD r1 = F(NAME##_lanes)(v1, &special1);                                                                        \
        NUMPY_MARK_SPECIAL(r0, v0, special0, i, WIDTH)                                                                 \
        NUMPY_MARK_SPECIAL(r1, v1, special1, i + WIDTH, WIDTH)                                                         \
        memcpy(y + i, &r0, sizeof r0);                                                                                 \
        memcpy(y + i + WIDTH, &r1, sizeof r1);                                                                         \
      }                                                                                                                \
    for (; i < n; i += WIDTH) {                                                                                        \
      size_t lanes = n - i < WIDTH ? n - i : WIDTH;                                                                    \
      VD v = 0;                                                                                                        \
      if (lanes == WIDTH)                                                                                              \
        memcpy(&v, x + i, sizeof v);                                                                                   \
      else                                                                                                             \
        memcpy(&v, x + i, lanes * sizeof(double));                                                                     \
      VL special;                                                                                                      \
      VD r = F(NAME##_lanes)(v, &special);                                                                             \
      NUMPY_MARK_SPECIAL(r, v, special, i, lanes)                                                                      \
      if (lanes == WIDTH)                                                                                              \
        memcpy(y + i, &r, sizeof r);                                                                                   \
      else                                                                                                             \
        memcpy(y + i, &r, lanes * sizeof(double));                                                                     \
    }                                                                                                                  \
    return count;                                                                                                      \
  }

// The loop over two arrays of n elements (a function of two operands, `LANES` its lanes): whole vectors, then the
// last n mod WIDTH elements in one vector padded with ones. Special lanes' indices go to `undecided` (room for n) for
// the caller, whose `out` values there are meaningless; the count is returned.
#define DEFINE_NUMPY_PAIR_LOOP(NAME, LANES)                                                                            \
  ATTRIBUTES static size_t F(NAME)(const double *a, const double *b, double *out, size_t n, uint32_t *undecided) {    \
    size_t count = 0;                                                                                                  \
    for (size_t i = 0; i < n; i += WIDTH) {                                                                            \
      size_t lanes = n - i < WIDTH ? n - i : WIDTH;                                                                    \
      VD u = 1, v = 1;                                                                                                 \
      if (lanes == WIDTH) {                                                                                            \
        memcpy(&u, a + i, sizeof u);                                                                                   \
        memcpy(&v, b + i, sizeof v);                                                                                   \
      } else {                                                                                                         \
        memcpy(&u, a + i, lanes * sizeof(double));                                                                     \
        memcpy(&v, b + i, lanes * sizeof(double));                                                                     \
      }                                                                                                                \
      VL special;                                                                                                      \
      VD r = F(LANES)(u, v, &special);                                                                                 \
      if (lanes == WIDTH)                                                                                              \
        memcpy(out + i, &r, sizeof r);                                                                                 \
      else                                                                                                             \
        memcpy(out + i, &r, lanes * sizeof(double));                                                                   \
      if (__builtin_reduce_or(special))                                                                                \
        for (size_t l = 0; l < lanes; l++)                                                                             \
          if (special[l]) undecided[count++] = (uint32_t)(i + l);                                                      \
    }                                                                                                                  \
    return count;                                                                                                      \
  }
