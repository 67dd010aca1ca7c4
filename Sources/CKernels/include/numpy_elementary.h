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

/// y[i] = NumPy 2.4's float64 exp2(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_exp28_ha`), bit for bit on any
/// CPU. `x` and `y` may be the same array.
void docbuild_numpy_exp2(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 cosh(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_cosh8_ha`, its scalar fallback
/// beyond |x| = 707.69 included), bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_cosh(const double *x, double *y, size_t n);

/// out[i] = NumPy 2.4's float64 power(x[i], y[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_pow8_ha` on an Intel
/// CPU), bit for bit on any CPU, where x[i] is positive and finite, y[i] finite and |y[i] log2 x[i]| at most 1021.5
/// (SVML's main path); the indices of the other elements go to `undecided` (room for n) for the caller, and their
/// count is returned. `out` must not overlap `x` or `y`.
size_t docbuild_numpy_power(const double *x, const double *y, double *out, size_t n, uint32_t *undecided);

/// NumPy 2.4's float64 power(x, y) for a pair `docbuild_numpy_power` leaves undecided (Intel SVML's scalar fallback
/// `__svml_dpow_ha_cout_rare_internal`, which `__svml_pow8_ha` calls for those pairs), bit for bit on any CPU.
double docbuild_numpy_power_rare(double x, double y);

/// glibc 2.36's sin(x) and cos(x) as its FMA build computes them (what CPython's math.sin and NumPy 2.4's float64
/// np.sin call on x86-64 Linux), bit for bit on any CPU.
double docbuild_glibc_sin(double x);
double docbuild_glibc_cos(double x);

/// glibc 2.36's tan(x) as its FMA build computes it (CPython's math.tan), bit for bit on any CPU.
double docbuild_glibc_tan(double x);

/// glibc 2.36's atan(x), atan2(y, x), asin(x) and acos(x) as its FMA build computes them (CPython's math.atan, ...,
/// and NumPy's float64 loops for operands read backwards), bit for bit on any CPU.
double docbuild_glibc_atan(double x);
double docbuild_glibc_atan2(double y, double x);
double docbuild_glibc_asin(double x);
double docbuild_glibc_acos(double x);

/// y[i] = glibc's sin(x[i]) and cos(x[i]), as the scalar functions. `x` and `y` may be the same array.
void docbuild_glibc_sin_array(const double *x, double *y, size_t n);
void docbuild_glibc_cos_array(const double *x, double *y, size_t n);

// NumPy's float64 log1p, expm1, log2, log10, arcsinh, arccosh and arctanh (numpy_elementary_logs.c).

/// y[i] = NumPy 2.4's float64 log1p(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_log1p8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_log1p(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 expm1(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_expm18_ha`; a NaN comes back
/// as it is, as NumPy's loop returns it), bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_expm1(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 log2(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_log28_ha`), bit for bit on any
/// CPU. `x` and `y` may be the same array.
void docbuild_numpy_log2(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 log10(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_log108_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_log10(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 arcsinh(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_asinh8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_arcsinh(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 arccosh(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_acosh8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_arccosh(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 arctanh(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_atanh8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_arctanh(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float32 log2 and log10 of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's
/// `__svml_log2f16` and `__svml_log10f16`), bit for bit on any CPU; float32 values held in doubles (exactly).
void docbuild_numpy_log2_float32(const double *x, double *y, size_t n);
void docbuild_numpy_log10_float32(const double *x, double *y, size_t n);
// NumPy's arcsin, arccos, ... (Sources/CKernels/numpy_elementary_trig.c).

/// y[i] = NumPy 2.4's float64 arcsin(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_asin8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_asin(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 arccos(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_acos8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_acos(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 arctan(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_atan8_ha`), bit for bit on
/// any CPU. `x` and `y` may be the same array.
void docbuild_numpy_atan(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 sinh(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_sinh8_ha`, its scalar fallback
/// beyond |x| = 669.77 included), bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_sinh(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 cbrt(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_cbrt8_ha`), bit for bit on any
/// CPU. `x` and `y` may be the same array.
void docbuild_numpy_cbrt(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float64 tan(x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_tan8_ha`), bit for bit on any
/// CPU, except for finite |x[i]| > 65536.0035 (SVML's large-argument reduction): those keep their input in `y`, their
/// indices go to `undecided` (room for n) and their count is returned. `x` and `y` may be the same array.
size_t docbuild_numpy_tan(const double *x, double *y, size_t n, uint32_t *undecided);

/// out[i] = NumPy 2.4's float64 arctan2(y[i], x[i]) on x86-64 with AVX-512 (Intel SVML's `__svml_atan28_ha`), bit
/// for bit on any CPU, except where SVML's scalar fallback computes it for finite arguments (one below 2^-1020 or from
/// 2^993 in magnitude, neither zero): those indices go to `undecided` (room for n), their count is returned, and their
/// `out` is meaningless. `out` must not overlap `y` or `x`.
size_t docbuild_numpy_atan2(const double *y, const double *x, double *out, size_t n, uint32_t *undecided);

// NumPy's float32 log1p, expm1, arcsinh, arccosh, arctanh and sinh (numpy_elementary_logs_f32.c): y[i] = NumPy 2.4's
// float32 function of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's `__svml_*f16`), bit for bit on any
// CPU; float32 values held in doubles (exactly). `x` and `y` may be the same array.

/// NumPy's float32 log1p (`__svml_log1pf16`).
void docbuild_numpy_log1p_float32(const double *x, double *y, size_t n);

/// NumPy's float32 expm1 (`__svml_expm1f16`).
void docbuild_numpy_expm1_float32(const double *x, double *y, size_t n);

/// NumPy's float32 arcsinh (`__svml_asinhf16`).
void docbuild_numpy_arcsinh_float32(const double *x, double *y, size_t n);

/// NumPy's float32 arccosh (`__svml_acoshf16`).
void docbuild_numpy_arccosh_float32(const double *x, double *y, size_t n);

/// NumPy's float32 arctanh (`__svml_atanhf16`).
void docbuild_numpy_arctanh_float32(const double *x, double *y, size_t n);

/// NumPy's float32 sinh (`__svml_sinhf16`).
void docbuild_numpy_sinh_float32(const double *x, double *y, size_t n);

// NumPy's float32 arcsin, arccos, arctan, arctan2, tan and cbrt (Sources/CKernels/numpy_elementary_trig_f32.c): float32
// values held in doubles (exactly), as docbuild stores them.

/// y[i] = NumPy 2.4's float32 arcsin of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's `__svml_asinf16`),
/// bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_asin_float32(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float32 arccos of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's `__svml_acosf16`),
/// bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_acos_float32(const double *x, double *y, size_t n);

/// y[i] = NumPy 2.4's float32 arctan of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's `__svml_atanf16`),
/// bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_atan_float32(const double *x, double *y, size_t n);

/// out[i] = NumPy 2.4's float32 arctan2 of the float32 values y[i] and x[i] on x86-64 with AVX-512 (Intel SVML's
/// `__svml_atan2f16`), bit for bit on any CPU, except where SVML's scalar fallback computes it for finite arguments
/// (one below 2^-125 or from 2^123 in magnitude, neither zero): those indices go to `undecided` (room for n), their
/// count is returned, and their `out` is meaningless. `out` must not overlap `y` or `x`.
size_t docbuild_numpy_atan2_float32(const double *y, const double *x, double *out, size_t n, uint32_t *undecided);

/// y[i] = NumPy 2.4's float32 tan of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's `__svml_tanf16`), bit
/// for bit on any CPU, except for finite |x[i]| > 8256 (SVML's large-argument reduction): those keep their input in
/// `y`, their indices go to `undecided` (room for n) and their count is returned. `x` and `y` may be the same array.
size_t docbuild_numpy_tan_float32(const double *x, double *y, size_t n, uint32_t *undecided);

/// y[i] = NumPy 2.4's float32 cbrt of the float32 value x[i] on x86-64 with AVX-512 (Intel SVML's `__svml_cbrtf16`),
/// bit for bit on any CPU. `x` and `y` may be the same array.
void docbuild_numpy_cbrt_float32(const double *x, double *y, size_t n);

// np.sqrt's loops (Sources/CKernels/numpy_sqrt.c): the correctly rounded square root of each element, as NumPy's
// vsqrtpd and vsqrtps give it, on any CPU.

/// y[i] = the float64 square root of x[i] (Swift's squareRoot(), NumPy's np.sqrt). `x` and `y` may be the same array.
void docbuild_numpy_sqrt(const double *x, double *y, size_t n);

/// y[i] = NumPy's float32 square root of the float32 value x[i], held in a double (exactly), as docbuild stores it.
/// `x` and `y` may be the same array.
void docbuild_numpy_sqrt_float32(const double *x, double *y, size_t n);

#endif
