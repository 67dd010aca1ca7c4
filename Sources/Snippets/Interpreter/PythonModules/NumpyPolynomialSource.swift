extension ModuleSources {
  /// `numpy.polynomial.polynomial`, after NumPy 2.4's numpy/polynomial/polynomial.py: the power-series functions
  /// (`polyval polyadd polysub polymul polydiv polypow polyder polyint polyfit polyvander polyroots polyfromroots
  /// polyline polycompanion`, the functions of two and three variables) and the `Polynomial` class, the same
  /// statements in the same order over the shared `numpy.polynomial.polyutils` and `_polybase`, so every coefficient
  /// is NumPy's; `str` with NumPy's superscript powers.
  static let numpyPolynomial = #"""
    import numpy as np
    from numpy.polynomial.polyutils import (as_series, trimseq, trimcoef, _ndmin1, _integer, _fromroots, _add, _sub,
                                            _pow, _valnd, _gridnd, _vander_nd_flat, _fit, _companion_eigenvalues)
    from numpy.polynomial._polybase import ABCPolyBase, _SUPERSCRIPTS

    polytrim = trimcoef
    polydomain = np.array([-1.0, 1.0])
    polyzero = np.array([0])
    polyone = np.array([1])
    polyx = np.array([0, 1])

    def polyline(off, scl):
        if scl != 0:
            return np.array([off, scl])
        else:
            return np.array([off])

    def polyfromroots(roots):
        return _fromroots(polyline, polymul, roots)

    def polyadd(c1, c2):
        return _add(c1, c2)

    def polysub(c1, c2):
        return _sub(c1, c2)

    def polymulx(c):
        [c] = as_series([c])
        if len(c) == 1 and c[0] == 0:
            return c
        prd = np.empty(len(c) + 1, dtype=c.dtype)
        prd[0] = c[0] * 0
        prd[1:] = c
        return prd

    def polymul(c1, c2):
        [c1, c2] = as_series([c1, c2])
        ret = np.convolve(c1, c2)
        return trimseq(ret)

    def polydiv(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if c2[-1] == 0:
            raise ZeroDivisionError
        lc1 = len(c1)
        lc2 = len(c2)
        if lc1 < lc2:
            return (c1[:1] * 0, c1)
        elif lc2 == 1:
            return (c1 / c2[-1], c1[:1] * 0)
        else:
            dlen = lc1 - lc2
            scl = c2[-1]
            c2 = c2[:-1] / scl
            i = dlen
            j = lc1 - 1
            while i >= 0:
                c1[i:j] -= c2 * c1[j]
                i -= 1
                j -= 1
            return (c1[j + 1:] / scl, trimseq(c1[:j + 1]))

    def polypow(c, pow, maxpower=None):
        return _pow(np.convolve, c, pow, maxpower)

    def polyder(c, m=1, scl=1, axis=0):
        c = np.array(_ndmin1(c))
        if c.dtype.kind in 'biu':
            c = c + 0.0
        cdt = c.dtype
        cnt = _integer(m, 'the order of derivation')
        iaxis = _integer(axis, 'the axis')
        if cnt < 0:
            raise ValueError('The order of derivation must be non-negative')
        if iaxis != 0:
            __docbuild_refuse__("numpy.polynomial's axis= other than 0 is not supported in snippets")
        if cnt == 0:
            return c
        n = len(c)
        if cnt >= n:
            c = c[:1] * 0
        else:
            for i in range(cnt):
                n = n - 1
                c *= scl
                der = np.empty((n,) + c.shape[1:], dtype=cdt)
                for j in range(n, 0, -1):
                    der[j - 1] = j * c[j]
                c = der
        return c

    def polyint(c, m=1, k=[], lbnd=0, scl=1, axis=0):
        c = np.array(_ndmin1(c))
        if c.dtype.kind in 'biu':
            c = c + 0.0
        cdt = c.dtype
        if not isinstance(k, (list, tuple, np.ndarray)):
            k = [k]
        cnt = _integer(m, 'the order of integration')
        iaxis = _integer(axis, 'the axis')
        if cnt < 0:
            raise ValueError('The order of integration must be non-negative')
        if len(k) > cnt:
            raise ValueError('Too many integration constants')
        if np.ndim(lbnd) != 0:
            raise ValueError('lbnd must be a scalar.')
        if np.ndim(scl) != 0:
            raise ValueError('scl must be a scalar.')
        if iaxis != 0:
            __docbuild_refuse__("numpy.polynomial's axis= other than 0 is not supported in snippets")
        if cnt == 0:
            return c
        k = list(k) + [0] * (cnt - len(k))
        for i in range(cnt):
            n = len(c)
            c *= scl
            if n == 1 and np.all(c[0] == 0):
                c[0] += k[i]
            else:
                tmp = np.empty((n + 1,) + c.shape[1:], dtype=cdt)
                tmp[0] = c[0] * 0
                tmp[1] = c[0]
                for j in range(1, n):
                    tmp[j + 1] = c[j] / (j + 1)
                tmp[0] += k[i] - polyval(lbnd, tmp)
                c = tmp
        return c

    def polyval(x, c, tensor=True):
        c = _ndmin1(c)
        if c.dtype.kind in 'biu':
            c = c + 0.0
        if isinstance(x, (tuple, list)):
            x = np.asarray(x)
        if isinstance(x, np.ndarray) and tensor:
            c = c.reshape(c.shape + (1,) * x.ndim)
        c0 = c[-1] + x * 0
        for i in range(2, len(c) + 1):
            c0 = c[-i] + c0 * x
        return c0

    def polyvander(x, deg):
        ideg = _integer(deg, 'deg')
        if ideg < 0:
            raise ValueError('deg must be non-negative')
        x = _ndmin1(x) + 0.0
        dims = (ideg + 1,) + x.shape
        dtyp = x.dtype
        v = np.empty(dims, dtype=dtyp)
        v[0] = x * 0 + 1
        if ideg > 0:
            v[1] = x
            for i in range(2, ideg + 1):
                v[i] = v[i - 1] * x
        return np.moveaxis(v, 0, -1)

    def polyvalfromroots(x, r, tensor=True):
        r = _ndmin1(r)
        if r.dtype.kind in 'biu':
            r = r.astype(np.double)
        if isinstance(x, (tuple, list)):
            x = np.asarray(x)
        if isinstance(x, np.ndarray):
            if tensor:
                r = r.reshape(r.shape + (1,) * x.ndim)
            elif x.ndim >= r.ndim:
                raise ValueError('x.ndim must be < r.ndim when tensor == False')
        return np.prod(x - r, axis=0)

    def polyval2d(x, y, c):
        return _valnd(polyval, c, x, y)

    def polyval3d(x, y, z, c):
        return _valnd(polyval, c, x, y, z)

    def polygrid2d(x, y, c):
        return _gridnd(polyval, c, x, y)

    def polygrid3d(x, y, z, c):
        return _gridnd(polyval, c, x, y, z)

    def polyvander2d(x, y, deg):
        return _vander_nd_flat((polyvander, polyvander), (x, y), deg)

    def polyvander3d(x, y, z, deg):
        return _vander_nd_flat((polyvander, polyvander, polyvander), (x, y, z), deg)

    def polyfit(x, y, deg, rcond=None, full=False, w=None):
        return _fit(polyvander, x, y, deg, rcond, full, w)

    def polycompanion(c):
        [c] = as_series([c])
        if len(c) < 2:
            raise ValueError('Series must have maximum degree of at least 1.')
        if len(c) == 2:
            return np.array([[-c[0] / c[1]]])
        n = len(c) - 1
        mat = np.zeros((n, n), dtype=c.dtype)
        for i in range(1, n):
            mat[i, i - 1] = 1
        mat[:, -1] -= c[:-1] / c[-1]
        return mat

    def polyroots(c):
        [c] = as_series([c])
        if len(c) < 2:
            return np.array([], dtype=c.dtype)
        if len(c) == 2:
            return np.array([-c[0] / c[1]])
        return _companion_eigenvalues(polycompanion(c))

    class Polynomial(ABCPolyBase):
        _add = staticmethod(polyadd)
        _sub = staticmethod(polysub)
        _mul = staticmethod(polymul)
        _div = staticmethod(polydiv)
        _pow = staticmethod(polypow)
        _val = staticmethod(polyval)
        _int = staticmethod(polyint)
        _der = staticmethod(polyder)
        _fit = staticmethod(polyfit)
        _line = staticmethod(polyline)
        _roots = staticmethod(polyroots)
        _fromroots = staticmethod(polyfromroots)
        domain = np.array(polydomain)
        window = np.array(polydomain)
        basis_name = None

        @classmethod
        def _str_term_unicode(cls, i, arg_str):
            if i == '1':
                return f"·{arg_str}"
            return f"·{arg_str}" + ''.join(_SUPERSCRIPTS[d] for d in i)

        @staticmethod
        def _str_term_ascii(i, arg_str):
            if i == '1':
                return f" {arg_str}"
            return f" {arg_str}**{i}"

    Polynomial.__module__ = 'numpy.polynomial.polynomial'
    """#

  /// `numpy.polynomial`: the six bases' modules and classes, and `set_default_printstyle`.
  static let numpyPolynomialPackage = #"""
    import numpy as _np
    import numpy.polynomial.polyutils as polyutils
    import numpy.polynomial._polybase as _polybase
    import numpy.polynomial.polynomial as polynomial
    import numpy.polynomial.chebyshev as chebyshev
    import numpy.polynomial.legendre as legendre
    import numpy.polynomial.hermite as hermite
    import numpy.polynomial.hermite_e as hermite_e
    import numpy.polynomial.laguerre as laguerre
    from numpy.polynomial.polynomial import Polynomial
    from numpy.polynomial.chebyshev import Chebyshev
    from numpy.polynomial.legendre import Legendre
    from numpy.polynomial.hermite import Hermite
    from numpy.polynomial.hermite_e import HermiteE
    from numpy.polynomial.laguerre import Laguerre

    def set_default_printstyle(style):
        if style not in ('unicode', 'ascii'):
            raise ValueError(
                f"Unsupported format string '{style}'. Valid options are 'ascii' and 'unicode'")
        _polybase.ABCPolyBase._use_unicode = style != 'ascii'
    """#
}
