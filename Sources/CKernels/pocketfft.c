// NumPy 2.4's np.fft: the loops of numpy/fft/_pocketfft_umath.cpp over pocketfft's C++ header (pocketfft_hdronly.h,
// the submodule at commit 33ae5dc), ported routine by routine so that every transform gives NumPy's bits.
//
// What decides those bits, and how each is kept here:
// - the plan: lengths whose largest prime factor p has p*p > n (and n >= 50) may go to Bluestein's algorithm by
//   pocketfft's cost guess; otherwise Cooley-Tukey passes in pocketfft's factor order (complex: 8s, 4s, a 2 moved to
//   the front, then odd factors ascending; real: 4s, a 2 to the front, odd factors);
// - the twiddle factors: sincos_2pibyn computes cos and sin in double (for float32 too) of x * (pi/4/n) where
//   pi/4/n is rounded first to x87 long double and then to double (emulated exactly with integers below), takes
//   glibc 2.36's sin and cos (what NumPy's process calls on x86-64 Linux), and multiplies two table entries;
// - every pass's additions and multiplications in the C++ order, with contraction off (NumPy's wheels are built
//   without FMA for this code), float32 arithmetic in float;
// - the scale factor multiplied in at the end of the pass (or inside Bluestein's last step), as pocketfft does.

#include "pocketfft.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numpy_elementary.h"

#pragma STDC FP_CONTRACT OFF
#pragma clang fp contract(off)

// ---- plan arithmetic shared by both precisions (pocketfft's struct util) ----

static size_t largest_prime_factor(size_t n) {
  size_t res = 1;
  while ((n & 1) == 0) {
    res = 2;
    n >>= 1;
  }
  for (size_t x = 3; x * x <= n; x += 2)
    while ((n % x) == 0) {
      res = x;
      n /= x;
    }
  if (n > 1) res = n;
  return res;
}

static double cost_guess(size_t n) {
  const double lfp = 1.1;  // penalty for non-hardcoded larger factors
  size_t ni = n;
  double result = 0.;
  while ((n & 1) == 0) {
    result += 2;
    n >>= 1;
  }
  for (size_t x = 3; x * x <= n; x += 2)
    while ((n % x) == 0) {
      result += (x <= 5) ? (double)x : lfp * (double)x;
      n /= x;
    }
  if (n > 1) result += (n <= 5) ? (double)n : lfp * (double)n;
  return result * (double)ni;
}

// The smallest product of 2, 3, 5, 7 and 11 that is >= n.
static size_t good_size_complex(size_t n) {
  if (n <= 12) return n;
  size_t bestfac = 2 * n;
  for (size_t f11 = 1; f11 < bestfac; f11 *= 11)
    for (size_t f117 = f11; f117 < bestfac; f117 *= 7)
      for (size_t f1175 = f117; f1175 < bestfac; f1175 *= 5) {
        size_t x = f1175;
        while (x < n) x *= 2;
        for (;;) {
          if (x < n)
            x *= 3;
          else if (x > n) {
            if (x < bestfac) bestfac = x;
            if (x & 1) break;
            x >>= 1;
          } else
            return n;
        }
      }
  return bestfac;
}

// pocketfft_c and pocketfft_r's choice between FFTPACK passes and Bluestein's algorithm.
static int use_bluestein(size_t length, int real) {
  size_t tmp = (length < 50) ? 0 : largest_prime_factor(length);
  if (tmp * tmp <= length) return 0;
  double comp1 = real ? 0.5 * cost_guess(length) : cost_guess(length);
  double comp2 = 2 * cost_guess(good_size_complex(2 * length - 1));
  comp2 *= 1.5;  // pocketfft's fudge factor
  return comp2 < comp1;
}

// The end of both factorizations, once the 8s (complex) and 4s are out: a remaining 2 goes to the front, then the
// odd prime factors ascending. `n` factors are already in `factors`.
static void factorize_rest(size_t len, size_t *factors, size_t n, size_t *count) {
  if ((len & 1) == 0) {
    len >>= 1;
    factors[n++] = 2;
    size_t t = factors[0];
    factors[0] = factors[n - 1];
    factors[n - 1] = t;
  }
  for (size_t divisor = 3; divisor * divisor <= len; divisor += 2)
    while ((len % divisor) == 0) {
      factors[n++] = divisor;
      len /= divisor;
    }
  if (len > 1) factors[n++] = len;
  *count = n;
}

static void factorize_complex(size_t len, size_t *factors, size_t *count) {
  size_t n = 0;
  while ((len & 7) == 0) {
    factors[n++] = 8;
    len >>= 3;
  }
  while ((len & 3) == 0) {
    factors[n++] = 4;
    len >>= 2;
  }
  factorize_rest(len, factors, n, count);
}

static void factorize_real(size_t len, size_t *factors, size_t *count) {
  size_t n = 0;
  while ((len & 3) == 0) {
    factors[n++] = 4;
    len >>= 2;
  }
  factorize_rest(len, factors, n, count);
}

// ---- twiddle factors (class sincos_2pibyn, in double) ----

// `0.25L*pi/n` as pocketfft's x86-64 build computes it: x87 long double pi (64-bit significand 0xC90FDAA22168C235)
// divided by n and rounded to 64 bits, then rounded again to double; the same value on any machine.
static double quarter_pi_over(size_t n) {
  const unsigned __int128 pi_significand = 0xC90FDAA22168C235ull;  // pi/4 = this * 2^-64
  unsigned __int128 numerator = pi_significand << 64;
  unsigned __int128 quotient = numerator / n;
  int sticky = (numerator % n) != 0;
  int bits = 0;
  for (unsigned __int128 q = quotient; q; q >>= 1) bits++;
  int shift = bits - 64;  // >= 1 for any n < 2^63
  unsigned __int128 m64 = quotient >> shift;
  unsigned __int128 lower = quotient & ((((unsigned __int128)1) << shift) - 1);
  unsigned __int128 half = ((unsigned __int128)1) << (shift - 1);
  if (lower > half || (lower == half && (sticky || (m64 & 1)))) m64++;
  if (m64 >> 64) {
    m64 >>= 1;
    shift++;
  }
  uint64_t m53 = (uint64_t)(m64 >> 11);
  unsigned low = (unsigned)(m64 & 0x7FF);
  if (low > 0x400 || (low == 0x400 && (m53 & 1))) m53++;
  return ldexp((double)m53, shift - 128 + 11);
}

typedef struct {
  double r, i;
} dcmplx;

typedef struct {
  size_t n, mask, shift;
  dcmplx *v1, *v2;
} sincos_table;

static dcmplx make_dcmplx(double r, double i) {
  dcmplx value = {r, i};
  return value;
}

static dcmplx sincos_calc(size_t x, size_t n, double ang) {
  x <<= 3;
  if (x < 4 * n) {  // first half
    if (x < 2 * n) {  // first quadrant
      if (x < n) return make_dcmplx(docbuild_glibc_cos((double)x * ang), docbuild_glibc_sin((double)x * ang));
      return make_dcmplx(docbuild_glibc_sin((double)(2 * n - x) * ang), docbuild_glibc_cos((double)(2 * n - x) * ang));
    }
    x -= 2 * n;  // second quadrant
    if (x < n) return make_dcmplx(-docbuild_glibc_sin((double)x * ang), docbuild_glibc_cos((double)x * ang));
    return make_dcmplx(-docbuild_glibc_cos((double)(2 * n - x) * ang), docbuild_glibc_sin((double)(2 * n - x) * ang));
  }
  x = 8 * n - x;
  if (x < 2 * n) {  // third quadrant
    if (x < n) return make_dcmplx(docbuild_glibc_cos((double)x * ang), -docbuild_glibc_sin((double)x * ang));
    return make_dcmplx(docbuild_glibc_sin((double)(2 * n - x) * ang), -docbuild_glibc_cos((double)(2 * n - x) * ang));
  }
  x -= 2 * n;  // fourth quadrant
  if (x < n) return make_dcmplx(-docbuild_glibc_sin((double)x * ang), -docbuild_glibc_cos((double)x * ang));
  return make_dcmplx(-docbuild_glibc_cos((double)(2 * n - x) * ang), -docbuild_glibc_sin((double)(2 * n - x) * ang));
}

static void sincos_free(sincos_table *table) {
  free(table->v1);
  free(table->v2);
}

static int sincos_make(sincos_table *table, size_t n) {
  table->n = n;
  double ang = quarter_pi_over(n);
  size_t nval = (n + 2) / 2;
  size_t shift = 1;
  while (((size_t)1 << shift) * ((size_t)1 << shift) < nval) ++shift;
  table->shift = shift;
  table->mask = ((size_t)1 << shift) - 1;
  size_t count1 = table->mask + 1, count2 = (nval + table->mask) / (table->mask + 1);
  table->v1 = malloc(count1 * sizeof(dcmplx));
  table->v2 = malloc(count2 * sizeof(dcmplx));
  if (!table->v1 || !table->v2) {
    sincos_free(table);
    return -1;
  }
  table->v1[0] = make_dcmplx(1, 0);
  for (size_t i = 1; i < count1; ++i) table->v1[i] = sincos_calc(i, n, ang);
  table->v2[0] = make_dcmplx(1, 0);
  for (size_t i = 1; i < count2; ++i) table->v2[i] = sincos_calc(i * (table->mask + 1), n, ang);
  return 0;
}

// exp(2 pi i index / n) as double products, before the rounding to the plan's precision.
static void sincos_lookup(const sincos_table *table, size_t index, double *re, double *im) {
  if (2 * index <= table->n) {
    dcmplx x1 = table->v1[index & table->mask], x2 = table->v2[index >> table->shift];
    *re = x1.r * x2.r - x1.i * x2.i;
    *im = x1.r * x2.i + x1.i * x2.r;
    return;
  }
  index = table->n - index;
  dcmplx x1 = table->v1[index & table->mask], x2 = table->v2[index >> table->shift];
  *re = x1.r * x2.r - x1.i * x2.i;
  *im = -(x1.r * x2.i + x1.i * x2.r);
}

// The start of making a Cooley-Tukey plan, complex or real: the length's factors in its passes' order, memory for
// the plan's twiddles and the table they come from. The twiddles take (ip - 1) * (ido - 1) elements per factor (a
// complex value each, or a real), and a factor the generic pass takes (above 11 complex, above 5 real) ip complex
// values more, or 2 * ip reals. NULL, with nothing left allocated, when memory runs out.
static void *plan_memory(size_t length, int real, size_t *factors, size_t *count, size_t element_size,
                         sincos_table *table) {
  if (real)
    factorize_real(length, factors, count);
  else
    factorize_complex(length, factors, count);
  size_t twsize = 0, l1 = 1;
  for (size_t k = 0; k < *count; ++k) {
    size_t ip = factors[k], ido = length / (l1 * ip);
    twsize += (ip - 1) * (ido - 1);
    if (ip > (real ? 5 : 11)) twsize += real ? 2 * ip : ip;
    l1 *= ip;
  }
  void *memory = malloc((twsize ? twsize : 1) * element_size);
  if (memory && sincos_make(table, length) == 0) return memory;
  free(memory);
  return NULL;
}

// The generic real passes' next angle index, j * l modulo ip. ip is a prime there (the real factorization's factors
// above 5 are), so the index is never 0 and never ip, and pocketfft's radfg (`iang >= ip`) and radbg (`iang > ip`)
// agree; one subtraction is enough since iang and l are below ip.
static inline size_t next_angle(size_t iang, size_t l, size_t ip) {
  iang += l;
  if (iang >= ip) iang -= ip;
  return iang;
}

// ---- the two precisions ----

#define R double
#define NAME(x) x##_f64
#include "pocketfft_body.h"
#undef R
#undef NAME

#define R float
#define NAME(x) x##_f32
#include "pocketfft_body.h"
#undef R
#undef NAME

// ---- the public plans ----

struct docbuild_fft_plan {
  int single;
  plan_f64 *f64;
  plan_f32 *f32;
};

static docbuild_fft_plan *make_plan(size_t length, int single, int real) {
  if (length == 0) return NULL;
  docbuild_fft_plan *plan = calloc(1, sizeof(docbuild_fft_plan));
  if (!plan) return NULL;
  plan->single = single != 0;
  if (single)
    plan->f32 = plan_make_f32(length, real);
  else
    plan->f64 = plan_make_f64(length, real);
  if (!plan->f32 && !plan->f64) {
    free(plan);
    return NULL;
  }
  return plan;
}

docbuild_fft_plan *docbuild_fft_plan_complex(size_t length, int single) { return make_plan(length, single, 0); }

docbuild_fft_plan *docbuild_fft_plan_real(size_t length, int single) { return make_plan(length, single, 1); }

void docbuild_fft_plan_free(docbuild_fft_plan *plan) {
  if (!plan) return;
  plan_free_f64(plan->f64);
  plan_free_f32(plan->f32);
  free(plan);
}

int docbuild_fft_complex(const docbuild_fft_plan *plan, const void *input, size_t input_count, void *output,
                         double factor, int forward) {
  if (plan->single)
    return loop_complex_f32(plan->f32, input, input_count, output, (float)factor, forward != 0);
  return loop_complex_f64(plan->f64, input, input_count, output, factor, forward != 0);
}

int docbuild_fft_real_forward(const docbuild_fft_plan *plan, const void *input, size_t input_count, void *output,
                              double factor) {
  if (plan->single) return loop_real_forward_f32(plan->f32, input, input_count, output, (float)factor);
  return loop_real_forward_f64(plan->f64, input, input_count, output, factor);
}

int docbuild_fft_real_backward(const docbuild_fft_plan *plan, const void *input, size_t input_count, void *output,
                               double factor) {
  if (plan->single) return loop_real_backward_f32(plan->f32, input, input_count, output, (float)factor);
  return loop_real_backward_f64(plan->f64, input, input_count, output, factor);
}
