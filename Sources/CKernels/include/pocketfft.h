#ifndef DOCBUILD_POCKETFFT_H
#define DOCBUILD_POCKETFFT_H

#include <stddef.h>

// NumPy 2.4's FFTs (numpy/fft/_pocketfft_umath.cpp over pocketfft's C++ header at submodule commit 33ae5dc), operation
// for operation, so every transform gives NumPy's bits on any CPU (Sources/CKernels/pocketfft.c says how).

/// A plan for transforms of one length in one precision: twiddle factors and the chosen algorithm (Cooley-Tukey
/// passes, or Bluestein's for lengths with a large prime factor), as pocketfft makes it.
typedef struct docbuild_fft_plan docbuild_fft_plan;

/// A plan for complex transforms of `length` points (`single` nonzero for float32 arithmetic), or NULL when
/// `length` is 0 or memory runs out.
docbuild_fft_plan *docbuild_fft_plan_complex(size_t length, int single);

/// A plan for real transforms (NumPy's rfft and irfft) of `length` points, or NULL as above.
docbuild_fft_plan *docbuild_fft_plan_real(size_t length, int single);

/// Frees a plan (NULL is allowed).
void docbuild_fft_plan_free(docbuild_fft_plan *plan);

/// NumPy's fft (`forward` nonzero) or ifft loop for one row: `input` holds `input_count` complex numbers (interleaved
/// real and imaginary parts, of the plan's precision: double or float) and `output` receives the plan's length,
/// the input cut or padded with zeros, transformed and multiplied by `factor`. Returns 0, or -1 when memory runs out.
int docbuild_fft_complex(const docbuild_fft_plan *plan, const void *input, size_t input_count, void *output,
                         double factor, int forward);

/// NumPy's rfft loop for one row: `input_count` reals in, the plan's length / 2 + 1 complex numbers out.
int docbuild_fft_real_forward(const docbuild_fft_plan *plan, const void *input, size_t input_count, void *output,
                              double factor);

/// NumPy's irfft loop for one row: `input_count` complex numbers in, the plan's length of reals out (the imaginary
/// parts of the first number, and of the middle one for an even length, are ignored as NumPy ignores them).
int docbuild_fft_real_backward(const docbuild_fft_plan *plan, const void *input, size_t input_count, void *output,
                               double factor);

#endif
