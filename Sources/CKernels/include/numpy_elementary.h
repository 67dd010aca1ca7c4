#ifndef DOCBUILD_NUMPY_ELEMENTARY_H
#define DOCBUILD_NUMPY_ELEMENTARY_H

#include <stddef.h>
#include <stdint.h>

/// y[i] = NumPy 2.4's float64 tanh(x[i]) on x86-64 with AVX2+FMA3 or AVX-512 (its SIMD loop), bit for bit, on any
/// CPU: same intervals, coefficients and operation order, fused multiply-adds through the correctly rounded `fma()`.
/// `x` and `y` may be the same array.
void docbuild_numpy_tanh(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 exp(x[i]) on x86-64 with AVX-512, which is Intel SVML's `__svml_exp8_ha`, bit for bit
/// on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_exp(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 log(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_log8_ha` on an Intel CPU), bit
/// for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_log(const double *x, double *y, size_t n);

/// out[i] = NumPy 2.4's float64 power(x[i], y[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_pow8_ha` on an Intel
/// CPU), bit for bit on any CPU, where x[i] is positive and finite, y[i] finite and |y[i] log2 x[i]| at most 1021.5
/// (SVML's main path); the indices of the other elements go to `undecided` (room for n) for the caller, and their
/// count is returned. `out` may be `x` or `y`.
size_t docbuild_numpy_power(const double *x, const double *y, double *out, size_t n, uint32_t *undecided);

#endif
