// The part every file of NumPy (SVML) kernels shares after its lanes: `run` picks this CPU's code path's loop for a
// function (the paths' loop tables come from lanes_per_path.h as LOOPS_avx512, LOOPS_avx2 and LOOPS_portable), and
// `run_finished` runs it over an array in chunks of 1024, finishing the special lanes (which hold their inputs) with
// the function's scalar `special`.
#ifndef DOCBUILD_NUMPY_LOOP_DISPATCH_H
#define DOCBUILD_NUMPY_LOOP_DISPATCH_H

#if defined(__x86_64__)
#define NUMPY_WIDE_PATHS(LOOPS)                                                                                        \
  case 2: return LOOPS##_avx512[function](x, y, n, undecided);                                                        \
  case 1: return LOOPS##_avx2[function](x, y, n, undecided);
#else
#define NUMPY_WIDE_PATHS(LOOPS)
#endif

#define DEFINE_NUMPY_DISPATCH(FUNCTION_TYPE, LOOPS)                                                                    \
  static size_t run(FUNCTION_TYPE function, const double *x, double *y, size_t n, uint32_t *undecided) {               \
    switch (docbuild_elementary_path()) {                                                                              \
      NUMPY_WIDE_PATHS(LOOPS)                                                                                          \
    default: return LOOPS##_portable[function](x, y, n, undecided);                                                    \
    }                                                                                                                  \
  }                                                                                                                    \
                                                                                                                       \
  static void run_finished(FUNCTION_TYPE function, double (*special)(double), const double *x, double *y, size_t n) { \
    uint32_t undecided[1024];                                                                                          \
    for (size_t start = 0; start < n; start += 1024) {                                                                 \
      size_t length = n - start < 1024 ? n - start : 1024;                                                             \
      size_t left = run(function, x + start, y + start, length, undecided);                                            \
      for (size_t k = 0; k < left; k++) y[start + undecided[k]] = special(y[start + undecided[k]]);                    \
    }                                                                                                                  \
  }

#endif
