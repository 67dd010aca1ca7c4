extension ModuleSources {
  /// `cmath`, after CPython 3.11's C module: its constants, and for finite arguments every function with CPython's
  /// steps in CPython's order (the C library's `hypot`, reached through `abs` of a complex number; the rescaling of
  /// very large and subnormal numbers; `log1p` near the unit circle; the same range and domain errors), the
  /// classification functions and `isclose`. Infinities and NaNs are refused by name where CPython reads the result
  /// from its tables of special values, as is `log` of zero with a base.
  static let cmath = #"""
    import math as _math
    import numpy as _np

    e = _math.e
    pi = _math.pi
    tau = _math.tau
    inf = _math.inf
    nan = _math.nan
    infj = complex(0.0, _math.inf)
    nanj = complex(0.0, _math.nan)

    _DBL_MIN = 2.2250738585072014e-308
    _LARGE_DOUBLE = 1.7976931348623157e308 / 4.0
    _LOG_LARGE_DOUBLE = _math.log(_LARGE_DOUBLE)
    _SQRT_LARGE_DOUBLE = _math.sqrt(_LARGE_DOUBLE)
    _SQRT_DBL_MIN = _math.sqrt(_DBL_MIN)
    _LN2 = 0.6931471805599453
    _LN10 = 2.302585092994046


    def _complex(z):
        # CPython's conversion of an argument to a C complex number.
        if isinstance(z, _np.generic) and not isinstance(z, (_np.floating, _np.integer, _np.complexfloating)):
            __docbuild_refuse__(f'cmath of a NumPy {type(z).__name__} is not supported in snippets')
        if isinstance(z, (complex, _np.complexfloating)):
            return complex(float(z.real), float(z.imag))
        if isinstance(z, (bool, int, float, _np.floating, _np.integer)):
            return complex(float(z), 0.0)
        if isinstance(z, (str, bytes, list, tuple, dict, set, type(None))):
            raise TypeError(f'must be real number, not {type(z).__name__}')
        __docbuild_refuse__(f'cmath of a {type(z).__name__} is not supported in snippets')


    def _real(x):
        # CPython's conversion of an argument to a C double.
        if isinstance(x, _np.generic) and not isinstance(x, (_np.floating, _np.integer)):
            __docbuild_refuse__(f'cmath of a NumPy {type(x).__name__} is not supported in snippets')
        if isinstance(x, (bool, int, float, _np.floating, _np.integer)):
            return float(x)
        if isinstance(x, (complex, str, bytes, list, tuple, dict, set, type(None))):
            raise TypeError(f'must be real number, not {type(x).__name__}')
        __docbuild_refuse__(f'cmath of a {type(x).__name__} is not supported in snippets')


    def _finite(name, z):
        if not (_math.isfinite(z.real) and _math.isfinite(z.imag)):
            __docbuild_refuse__(f'cmath.{name} of an infinity or a NaN is not supported in snippets (CPython reads '
                                'it from its table of special values)')


    def _magnitude(z):
        # CPython's _Py_c_abs, whose overflow isclose does not check.
        try:
            return abs(z)
        except OverflowError:
            return _math.inf


    def _hypot(x, y):
        # The C library's hypot, which abs() of a complex number calls as CPython's does.
        return abs(complex(x, y))


    def phase(z, /):
        z = _complex(z)
        result = _math.atan2(z.imag, z.real)
        # The C library's atan2 reports an angle that underflowed to zero as a range error, which CPython raises.
        if result == 0.0 and z.imag != 0.0 and _math.isfinite(z.real):
            raise OverflowError('math range error')
        return result


    def polar(z, /):
        z = _complex(z)
        if _math.isfinite(z.real) and _math.isfinite(z.imag):
            try:
                r = abs(z)
            except OverflowError:
                raise OverflowError('math range error')
        elif _math.isinf(z.real) or _math.isinf(z.imag):
            r = _math.inf
        else:
            r = _math.nan
        return (r, _math.atan2(z.imag, z.real))


    def rect(r, phi, /):
        r = _real(r)
        phi = _real(phi)
        if not (_math.isfinite(r) and _math.isfinite(phi)):
            __docbuild_refuse__('cmath.rect of an infinity or a NaN is not supported in snippets (CPython reads it '
                                'from its table of special values)')
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _math.cos(phi), r * _math.sin(phi))


    def exp(z, /):
        z = _complex(z)
        _finite('exp', z)
        if z.real > _LOG_LARGE_DOUBLE:
            scale = _math.exp(z.real - 1.0)
            real = scale * _math.cos(z.imag) * _math.e
            imag = scale * _math.sin(z.imag) * _math.e
        else:
            scale = _math.exp(z.real)
            real = scale * _math.cos(z.imag)
            imag = scale * _math.sin(z.imag)
        if _math.isinf(real) or _math.isinf(imag):
            raise OverflowError('math range error')
        return complex(real, imag)


    def _cosh(z):
        if _math.fabs(z.real) > _LOG_LARGE_DOUBLE:
            shifted = z.real - _math.copysign(1.0, z.real)
            real = _math.cos(z.imag) * _math.cosh(shifted) * _math.e
            imag = _math.sin(z.imag) * _math.sinh(shifted) * _math.e
        else:
            real = _math.cos(z.imag) * _math.cosh(z.real)
            imag = _math.sin(z.imag) * _math.sinh(z.real)
        if _math.isinf(real) or _math.isinf(imag):
            raise OverflowError('math range error')
        return complex(real, imag)


    def _sinh(z):
        if _math.fabs(z.real) > _LOG_LARGE_DOUBLE:
            shifted = z.real - _math.copysign(1.0, z.real)
            real = _math.cos(z.imag) * _math.sinh(shifted) * _math.e
            imag = _math.sin(z.imag) * _math.cosh(shifted) * _math.e
        else:
            real = _math.cos(z.imag) * _math.sinh(z.real)
            imag = _math.sin(z.imag) * _math.cosh(z.real)
        if _math.isinf(real) or _math.isinf(imag):
            raise OverflowError('math range error')
        return complex(real, imag)


    def _tanh(z):
        if _math.fabs(z.real) > _LOG_LARGE_DOUBLE:
            real = _math.copysign(1.0, z.real)
            imag = 4.0 * _math.sin(z.imag) * _math.cos(z.imag) * _math.exp(-2.0 * _math.fabs(z.real))
        else:
            tx = _math.tanh(z.real)
            ty = _math.tan(z.imag)
            cx = 1.0 / _math.cosh(z.real)
            txty = tx * ty
            denom = 1.0 + txty * txty
            real = tx * (1.0 + ty * ty) / denom
            imag = ((ty / denom) * cx) * cx
        return complex(real, imag)


    def cosh(z, /):
        z = _complex(z)
        _finite('cosh', z)
        return _cosh(z)


    def sinh(z, /):
        z = _complex(z)
        _finite('sinh', z)
        return _sinh(z)


    def tanh(z, /):
        z = _complex(z)
        _finite('tanh', z)
        return _tanh(z)


    def cos(z, /):
        z = _complex(z)
        _finite('cos', z)
        return _cosh(complex(-z.imag, z.real))


    def sin(z, /):
        z = _complex(z)
        _finite('sin', z)
        s = _sinh(complex(-z.imag, z.real))
        return complex(s.imag, -s.real)


    def tan(z, /):
        z = _complex(z)
        _finite('tan', z)
        s = _tanh(complex(-z.imag, z.real))
        return complex(s.imag, -s.real)


    def _sqrt(z):
        # CPython's cmath_sqrt_impl for a finite z.
        if z.real == 0.0 and z.imag == 0.0:
            return complex(0.0, z.imag)
        ax = _math.fabs(z.real)
        ay = _math.fabs(z.imag)
        if ax < _DBL_MIN and ay < _DBL_MIN:
            ax = _math.ldexp(ax, 53)
            s = _math.ldexp(_math.sqrt(ax + _hypot(ax, _math.ldexp(ay, 53))), -27)
        else:
            ax = ax / 8.0
            s = 2.0 * _math.sqrt(ax + _hypot(ax, ay / 8.0))
        d = ay / (2.0 * s)
        if z.real >= 0.0:
            return complex(s, _math.copysign(d, z.imag))
        return complex(d, _math.copysign(s, z.imag))


    def _large(z):
        return _math.fabs(z.real) > _LARGE_DOUBLE or _math.fabs(z.imag) > _LARGE_DOUBLE


    def _log_of_large(z):
        return _math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0


    def acos(z, /):
        z = _complex(z)
        _finite('acos', z)
        if _large(z):
            real = _math.atan2(_math.fabs(z.imag), z.real)
            if z.real < 0.0:
                return complex(real, -_math.copysign(_log_of_large(z), z.imag))
            return complex(real, _math.copysign(_log_of_large(z), -z.imag))
        s1 = _sqrt(complex(1.0 - z.real, -z.imag))
        s2 = _sqrt(complex(1.0 + z.real, z.imag))
        return complex(2.0 * _math.atan2(s1.real, s2.real), _math.asinh(s2.real * s1.imag - s2.imag * s1.real))


    def acosh(z, /):
        z = _complex(z)
        _finite('acosh', z)
        if _large(z):
            return complex(_log_of_large(z), _math.atan2(z.imag, z.real))
        s1 = _sqrt(complex(z.real - 1.0, z.imag))
        s2 = _sqrt(complex(z.real + 1.0, z.imag))
        return complex(_math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _math.atan2(s1.imag, s2.real))


    def _asinh(z):
        if _large(z):
            if z.imag >= 0.0:
                real = _math.copysign(_log_of_large(z), z.real)
            else:
                real = -_math.copysign(_log_of_large(z), -z.real)
            return complex(real, _math.atan2(z.imag, _math.fabs(z.real)))
        s1 = _sqrt(complex(1.0 + z.imag, -z.real))
        s2 = _sqrt(complex(1.0 - z.imag, z.real))
        return complex(_math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                       _math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


    def asinh(z, /):
        z = _complex(z)
        _finite('asinh', z)
        return _asinh(z)


    def asin(z, /):
        z = _complex(z)
        _finite('asin', z)
        s = _asinh(complex(-z.imag, z.real))
        return complex(s.imag, -s.real)


    def _atanh(z):
        if z.real < 0.0:
            r = _atanh(complex(-z.real, -z.imag))
            return complex(-r.real, -r.imag)
        ay = _math.fabs(z.imag)
        if z.real > _SQRT_LARGE_DOUBLE or ay > _SQRT_LARGE_DOUBLE:
            h = _hypot(z.real / 2.0, z.imag / 2.0)
            return complex(z.real / 4.0 / h / h, -_math.copysign(_math.pi / 2.0, -z.imag))
        if z.real == 1.0 and ay < _SQRT_DBL_MIN:
            if ay == 0.0:
                raise ValueError('math domain error')
            return complex(-_math.log(_math.sqrt(ay) / _math.sqrt(_hypot(ay, 2.0))),
                           _math.copysign(_math.atan2(2.0, -ay) / 2, z.imag))
        return complex(_math.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0,
                       -_math.atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0)


    def atanh(z, /):
        z = _complex(z)
        _finite('atanh', z)
        return _atanh(z)


    def atan(z, /):
        z = _complex(z)
        _finite('atan', z)
        s = _atanh(complex(-z.imag, z.real))
        return complex(s.imag, -s.real)


    def sqrt(z, /):
        z = _complex(z)
        _finite('sqrt', z)
        return _sqrt(z)


    def _log(z):
        # CPython's c_log for a finite, nonzero z.
        ax = _math.fabs(z.real)
        ay = _math.fabs(z.imag)
        if ax > _LARGE_DOUBLE or ay > _LARGE_DOUBLE:
            real = _math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
        elif ax < _DBL_MIN and ay < _DBL_MIN:
            real = _math.log(_hypot(_math.ldexp(ax, 53), _math.ldexp(ay, 53))) - 53 * _LN2
        else:
            h = _hypot(ax, ay)
            if 0.71 <= h and h <= 1.73:
                am = ax if ax > ay else ay
                an = ay if ax > ay else ax
                real = _math.log1p((am - 1) * (am + 1) + an * an) / 2.0
            else:
                real = _math.log(h)
        return complex(real, _math.atan2(z.imag, z.real))


    def log(x, base=None, /):
        x = _complex(x)
        _finite('log', x)
        if base is not None:
            base = _complex(base)
            _finite('log', base)
        if x.real == 0.0 and x.imag == 0.0:
            if base is not None and not (base.real == 0.0 and base.imag == 0.0):
                __docbuild_refuse__('cmath.log of zero with a base is not supported in snippets (CPython returns '
                                    'what its division of infinities gives)')
            raise ValueError('math domain error')
        result = _log(x)
        if base is None:
            return result
        if base.real == 0.0 and base.imag == 0.0:
            raise ValueError('math domain error')
        divisor = _log(base)
        if divisor.real == 0.0 and divisor.imag == 0.0:
            raise ValueError('math domain error')
        return result / divisor


    def log10(z, /):
        z = _complex(z)
        _finite('log10', z)
        if z.real == 0.0 and z.imag == 0.0:
            raise ValueError('math domain error')
        result = _log(z)
        return complex(result.real / _LN10, result.imag / _LN10)


    def isfinite(z, /):
        z = _complex(z)
        return _math.isfinite(z.real) and _math.isfinite(z.imag)


    def isinf(z, /):
        z = _complex(z)
        return _math.isinf(z.real) or _math.isinf(z.imag)


    def isnan(z, /):
        z = _complex(z)
        return _math.isnan(z.real) or _math.isnan(z.imag)


    def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
        a = _complex(a)
        b = _complex(b)
        rel_tol = _real(rel_tol)
        abs_tol = _real(abs_tol)
        if rel_tol < 0.0 or abs_tol < 0.0:
            raise ValueError('tolerances must be non-negative')
        if a.real == b.real and a.imag == b.imag:
            return True
        if _math.isinf(a.real) or _math.isinf(a.imag) or _math.isinf(b.real) or _math.isinf(b.imag):
            return False
        diff = _magnitude(complex(a.real - b.real, a.imag - b.imag))
        return diff <= rel_tol * _magnitude(b) or diff <= rel_tol * _magnitude(a) or diff <= abs_tol
    """#
}
