// The helpers every file of NumPy (SVML) lanes uses, compiled once per code path with them (numpy_lanes.h,
// numpy_logs_lanes.h, numpy_trig_lanes.h): exact table reads, the fused multiply-add, a lane-wise choice, and the loop over an array.

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

// The loop over an array: whole vectors, then the last n mod WIDTH elements in one vector padded with zeros. A
// special lane keeps its input in `y` and its index goes to `undecided` (room for n), for the caller to finish; the
// count is returned. `x` and `y` may be the same array.
#define DEFINE_NUMPY_LOOP(NAME)                                                                                        \
  ATTRIBUTES static size_t F(NAME)(const double *x, double *y, size_t n, uint32_t *undecided) {                       \
    size_t count = 0;                                                                                                  \
    for (size_t i = 0; i < n; i += WIDTH) {                                                                            \
      size_t lanes = n - i < WIDTH ? n - i : WIDTH;                                                                    \
      VD v = 0;                                                                                                        \
      if (lanes == WIDTH)                                                                                              \
        memcpy(&v, x + i, sizeof v);                                                                                   \
      else                                                                                                             \
        memcpy(&v, x + i, lanes * sizeof(double));                                                                     \
      VL special;                                                                                                      \
      VD r = F(NAME##_lanes)(v, &special);                                                                             \
      if (__builtin_reduce_or(special)) {                                                                              \
        r = (VD)F(choose)(special, (VU)v, (VU)r);                                                                      \
        for (size_t l = 0; l < lanes; l++)                                                                             \
          if (special[l]) undecided[count++] = (uint32_t)(i + l);                                                      \
      }                                                                                                                \
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
