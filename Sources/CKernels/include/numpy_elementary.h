#ifndef DOCBUILD_NUMPY_ELEMENTARY_H
#define DOCBUILD_NUMPY_ELEMENTARY_H

#include <stddef.h>

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

#endif
