// The loop every float32 SVML function of a lanes header runs (included by numpy_trig_f32_lanes.h and
// numpy_logs_f32_lanes.h once per code path, after each defines FLOAT_LANES, F, ATTRIBUTES, the vector types and its own
// FLOAT_MARK_SPECIAL): float64 storage converted to float lanes, the lanes run, and back; the including header
// #undefs DEFINE_FLOAT_LOOP at its end. No include guard: each path's copy is its own.
#define DEFINE_FLOAT_LOOP(NAME)                                                                                        \
  ATTRIBUTES static size_t F(NAME)(const double *x, double *y, size_t n, uint32_t *undecided) {                       \
    size_t count = 0, i = 0;                                                                                           \
    /* AVX-512: two vectors an iteration, side by side (independent chains; each lane's operations unchanged) */      \
    if (WIDTH == 8)                                                                                                    \
      for (; i + 2 * FLOAT_LANES <= n; i += 2 * FLOAT_LANES) {                                                         \
        VDF wide0, wide1;                                                                                              \
        memcpy(&wide0, x + i, sizeof wide0);                                                                           \
        memcpy(&wide1, x + i + FLOAT_LANES, sizeof wide1);                                                             \
        VI special0, special1;                                                                                         \
        VF r0 = F(NAME##_lanes)(__builtin_convertvector(wide0, VF), &special0);                                        \
        VF r1 = F(NAME##_lanes)(__builtin_convertvector(wide1, VF), &special1);                                        \
        VDF out0 = __builtin_convertvector(r0, VDF), out1 = __builtin_convertvector(r1, VDF);                          \
        FLOAT_MARK_SPECIAL(out0, wide0, special0, i, FLOAT_LANES)                                                      \
        FLOAT_MARK_SPECIAL(out1, wide1, special1, i + FLOAT_LANES, FLOAT_LANES)                                        \
        memcpy(y + i, &out0, sizeof out0);                                                                             \
        memcpy(y + i + FLOAT_LANES, &out1, sizeof out1);                                                               \
      }                                                                                                                \
    for (; i < n; i += FLOAT_LANES) {                                                                                  \
      size_t lanes = n - i < FLOAT_LANES ? n - i : FLOAT_LANES;                                                        \
      VDF wide = 0;                                                                                                    \
      if (lanes == FLOAT_LANES)                                                                                        \
        memcpy(&wide, x + i, sizeof wide);                                                                             \
      else                                                                                                             \
        memcpy(&wide, x + i, lanes * sizeof(double));                                                                  \
      VI special;                                                                                                      \
      VDF out = __builtin_convertvector(F(NAME##_lanes)(__builtin_convertvector(wide, VF), &special), VDF);            \
      FLOAT_MARK_SPECIAL(out, wide, special, i, lanes)                                                                 \
      if (lanes == FLOAT_LANES)                                                                                        \
        memcpy(y + i, &out, sizeof out);                                                                               \
      else                                                                                                             \
        memcpy(y + i, &out, lanes * sizeof(double));                                                                   \
    }                                                                                                                  \
    return count;                                                                                                      \
  }                                                                                                                    \
  DEFINE_FLOAT_STORAGE_LOOP(NAME)

// With DOCBUILD_FLOAT_STORAGE_LOOPS defined (Benchmarks/svml_f32_storage_speed.py compiles the kernels so; the package
// never does), each function also gets an exported loop over arrays of floats, NAME_float_storage_SUFFIX: the same
// lanes with no conversions, reading and writing NumPy's four bytes a value, to measure what float32 storage would
// save. A special lane keeps its input, as above.
#ifdef DOCBUILD_FLOAT_STORAGE_LOOPS
#define DEFINE_FLOAT_STORAGE_LOOP(NAME)                                                                                \
  ATTRIBUTES size_t F(NAME##_float_storage)(const float *x, float *y, size_t n, uint32_t *undecided) {                \
    size_t count = 0;                                                                                                  \
    for (size_t i = 0; i < n; i += FLOAT_LANES) {                                                                      \
      size_t lanes = n - i < FLOAT_LANES ? n - i : FLOAT_LANES;                                                        \
      VF in = 0;                                                                                                       \
      if (lanes == FLOAT_LANES)                                                                                        \
        memcpy(&in, x + i, sizeof in);                                                                                 \
      else                                                                                                             \
        memcpy(&in, x + i, lanes * sizeof(float));                                                                     \
      VI special;                                                                                                      \
      VF out = F(NAME##_lanes)(in, &special);                                                                          \
      if (__builtin_reduce_or(special))                                                                                \
        for (size_t l = 0; l < lanes; l++)                                                                             \
          if (special[l]) {                                                                                            \
            out[l] = in[l];                                                                                            \
            undecided[count++] = (uint32_t)(i + l);                                                                    \
          }                                                                                                            \
      if (lanes == FLOAT_LANES)                                                                                        \
        memcpy(y + i, &out, sizeof out);                                                                               \
      else                                                                                                             \
        memcpy(y + i, &out, lanes * sizeof(float));                                                                    \
    }                                                                                                                  \
    return count;                                                                                                      \
  }
#else
#define DEFINE_FLOAT_STORAGE_LOOP(NAME)
#endif
