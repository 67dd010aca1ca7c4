// The square root loops of one code path, compiled once per path by numpy_sqrt.c through lanes_per_path.h: WIDTH
// double lanes a vector (sqrtpd, vsqrtpd ymm, vsqrtpd zmm), four vectors an iteration so that the square roots of
// independent vectors overlap, the last n mod WIDTH elements one at a time with the same correctly rounded operation.

#ifndef DOCBUILD_NUMPY_SQRT_NAMES
#define DOCBUILD_NUMPY_SQRT_NAMES
#define FLOAT_LANES WIDTH
#define VF CAT(vf, SUFFIX)
#endif

typedef float VF __attribute__((ext_vector_type(FLOAT_LANES)));

// float64: y[i] = sqrt(x[i]).
ATTRIBUTES static void F(sqrt_float64)(const double *x, double *y, size_t n) {
  size_t i = 0;
  for (; i + 4 * WIDTH <= n; i += 4 * WIDTH) {
    VD a[4];
    memcpy(a, x + i, sizeof a);
    for (int k = 0; k < 4; k++) a[k] = __builtin_elementwise_sqrt(a[k]);
    memcpy(y + i, a, sizeof a);
  }
  for (; i + WIDTH <= n; i += WIDTH) {
    VD a;
    memcpy(&a, x + i, sizeof a);
    a = __builtin_elementwise_sqrt(a);
    memcpy(y + i, &a, sizeof a);
  }
  for (; i < n; i++) y[i] = __builtin_elementwise_sqrt(x[i]);
}

// float32 held in doubles: y[i] = the float square root of x[i] (vsqrtps's), exactly converted to float and back.
ATTRIBUTES static void F(sqrt_float32)(const double *x, double *y, size_t n) {
  size_t i = 0;
  for (; i + 4 * WIDTH <= n; i += 4 * WIDTH) {
    VD a[4];
    memcpy(a, x + i, sizeof a);
    for (int k = 0; k < 4; k++)
      a[k] = __builtin_convertvector(__builtin_elementwise_sqrt(__builtin_convertvector(a[k], VF)), VD);
    memcpy(y + i, a, sizeof a);
  }
  for (; i + WIDTH <= n; i += WIDTH) {
    VD a;
    memcpy(&a, x + i, sizeof a);
    a = __builtin_convertvector(__builtin_elementwise_sqrt(__builtin_convertvector(a, VF)), VD);
    memcpy(y + i, &a, sizeof a);
  }
  for (; i < n; i++) y[i] = (double)__builtin_elementwise_sqrt((float)x[i]);
}
