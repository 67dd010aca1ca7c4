extension ModuleSources {
  /// `numpy.polynomial.hermite` after NumPy 2.4's hermite.py: the physicists' `herm*` functions and the `Hermite`
  /// class.
  /// Statement for statement NumPy's, with the shared parts from `numpy.polynomial.polyutils`.
  static let numpyHermite = #"""
    import numpy as np
    from numpy.polynomial.polyutils import (as_series, trimseq, trimcoef, mapdomain, _ndmin1, _integer, _fromroots,
                                            _add, _sub, _div, _pow, _valnd, _gridnd, _vander_nd_flat, _fit,
                                            _float_coefficients, _count_and_axis, _integration_arguments,
                                            _companion_eigenvalues, _gauss_nodes)
    from numpy.polynomial._polybase import ABCPolyBase

    hermtrim = trimcoef

    def poly2herm(pol):
        [pol] = as_series([pol])
        deg = len(pol) - 1
        res = 0
        for i in range(deg, -1, -1):
            res = hermadd(hermmulx(res), pol[i])
        return res

    def herm2poly(c):
        from numpy.polynomial.polynomial import polyadd, polymulx, polysub
        [c] = as_series([c])
        n = len(c)
        if n == 1:
            return c
        if n == 2:
            c[1] *= 2
            return c
        else:
            c0 = c[-2]
            c1 = c[-1]
            for i in range(n - 1, 1, -1):
                tmp = c0
                c0 = polysub(c[i - 2], c1 * (2 * (i - 1)))
                c1 = polyadd(tmp, polymulx(c1) * 2)
            return polyadd(c0, polymulx(c1) * 2)
    hermdomain = np.array([-1.0, 1.0])
    hermzero = np.array([0])
    hermone = np.array([1])
    hermx = np.array([0, 1 / 2])

    def hermline(off, scl):
        if scl != 0:
            return np.array([off, scl / 2])
        else:
            return np.array([off])

    def hermfromroots(roots):
        return _fromroots(hermline, hermmul, roots)

    def hermadd(c1, c2):
        return _add(c1, c2)

    def hermsub(c1, c2):
        return _sub(c1, c2)

    def hermmulx(c):
        [c] = as_series([c])
        if len(c) == 1 and c[0] == 0:
            return c
        prd = np.empty(len(c) + 1, dtype=c.dtype)
        prd[0] = c[0] * 0
        prd[1] = c[0] / 2
        for i in range(1, len(c)):
            prd[i + 1] = c[i] / 2
            prd[i - 1] += c[i] * i
        return prd

    def hermmul(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if len(c1) > len(c2):
            c = c2
            xs = c1
        else:
            c = c1
            xs = c2
        if len(c) == 1:
            c0 = c[0] * xs
            c1 = 0
        elif len(c) == 2:
            c0 = c[0] * xs
            c1 = c[1] * xs
        else:
            nd = len(c)
            c0 = c[-2] * xs
            c1 = c[-1] * xs
            for i in range(3, len(c) + 1):
                tmp = c0
                nd = nd - 1
                c0 = hermsub(c[-i] * xs, c1 * (2 * (nd - 1)))
                c1 = hermadd(tmp, hermmulx(c1) * 2)
        return hermadd(c0, hermmulx(c1) * 2)

    def hermdiv(c1, c2):
        return _div(hermmul, c1, c2)

    def hermpow(c, pow, maxpower=16):
        return _pow(hermmul, c, pow, maxpower)

    def hermder(c, m=1, scl=1, axis=0):
        c = np.array(_float_coefficients(c))
        cnt = _count_and_axis(m, axis, 'derivation')
        if cnt == 0:
            return c
        n = len(c)
        if cnt >= n:
            c = c[:1] * 0
        else:
            for i in range(cnt):
                n = n - 1
                c *= scl
                der = np.empty((n,) + c.shape[1:], dtype=c.dtype)
                for j in range(n, 0, -1):
                    der[j - 1] = 2 * j * c[j]
                c = der
        return c

    def hermint(c, m=1, k=[], lbnd=0, scl=1, axis=0):
        c = np.array(_float_coefficients(c))
        cnt, k = _integration_arguments(m, k, lbnd, scl, axis)
        if cnt == 0:
            return c
        for i in range(cnt):
            n = len(c)
            c *= scl
            if n == 1 and np.all(c[0] == 0):
                c[0] += k[i]
            else:
                tmp = np.empty((n + 1,) + c.shape[1:], dtype=c.dtype)
                tmp[0] = c[0] * 0
                tmp[1] = c[0] / 2
                for j in range(1, n):
                    tmp[j + 1] = c[j] / (2 * (j + 1))
                tmp[0] += k[i] - hermval(lbnd, tmp)
                c = tmp
        return c

    def hermval(x, c, tensor=True):
        c = _float_coefficients(c)
        if isinstance(x, (tuple, list)):
            x = np.asarray(x)
        if isinstance(x, np.ndarray) and tensor:
            c = c.reshape(c.shape + (1,) * x.ndim)
        x2 = x * 2
        if len(c) == 1:
            c0 = c[0]
            c1 = 0
        elif len(c) == 2:
            c0 = c[0]
            c1 = c[1]
        else:
            nd = len(c)
            c0 = c[-2]
            c1 = c[-1]
            for i in range(3, len(c) + 1):
                tmp = c0
                nd = nd - 1
                c0 = c[-i] - c1 * (2 * (nd - 1))
                c1 = tmp + c1 * x2
        return c0 + c1 * x2

    def hermval2d(x, y, c):
        return _valnd(hermval, c, x, y)

    def hermgrid2d(x, y, c):
        return _gridnd(hermval, c, x, y)

    def hermval3d(x, y, z, c):
        return _valnd(hermval, c, x, y, z)

    def hermgrid3d(x, y, z, c):
        return _gridnd(hermval, c, x, y, z)

    def hermvander(x, deg):
        ideg = _integer(deg, 'deg')
        if ideg < 0:
            raise ValueError('deg must be non-negative')
        x = _ndmin1(x) + 0.0
        dims = (ideg + 1,) + x.shape
        dtyp = x.dtype
        v = np.empty(dims, dtype=dtyp)
        v[0] = x * 0 + 1
        if ideg > 0:
            x2 = x * 2
            v[1] = x2
            for i in range(2, ideg + 1):
                v[i] = v[i - 1] * x2 - v[i - 2] * (2 * (i - 1))
        return np.moveaxis(v, 0, -1)

    def hermvander2d(x, y, deg):
        return _vander_nd_flat((hermvander, hermvander), (x, y), deg)

    def hermvander3d(x, y, z, deg):
        return _vander_nd_flat((hermvander, hermvander, hermvander), (x, y, z), deg)

    def hermfit(x, y, deg, rcond=None, full=False, w=None):
        return _fit(hermvander, x, y, deg, rcond, full, w)

    def hermcompanion(c):
        [c] = as_series([c])
        if len(c) < 2:
            raise ValueError('Series must have maximum degree of at least 1.')
        if len(c) == 2:
            return np.array([[-0.5 * c[0] / c[1]]])
        n = len(c) - 1
        mat = np.zeros((n, n), dtype=c.dtype)
        scl = np.hstack((1.0, 1.0 / np.sqrt(2.0 * np.arange(n - 1, 0, -1))))
        scl = np.cumprod(scl)[::-1]
        top = mat.reshape(-1)[1::n + 1]
        bot = mat.reshape(-1)[n::n + 1]
        top[...] = np.sqrt(0.5 * np.arange(1, n))
        bot[...] = top
        mat[:, -1] -= scl * c[:-1] / (2.0 * c[-1])
        return mat

    def hermroots(c):
        [c] = as_series([c])
        if len(c) <= 1:
            return np.array([], dtype=c.dtype)
        if len(c) == 2:
            return np.array([-0.5 * c[0] / c[1]])
        return _companion_eigenvalues(hermcompanion(c)[::-1, ::-1])

    def _normed_hermite_n(x, n):
        if n == 0:
            return np.full(x.shape, 1 / np.sqrt(np.sqrt(np.pi)))
        c0 = 0.0
        c1 = 1.0 / np.sqrt(np.sqrt(np.pi))
        nd = float(n)
        for i in range(n - 1):
            tmp = c0
            c0 = -c1 * np.sqrt((nd - 1.0) / nd)
            c1 = tmp + c1 * x * np.sqrt(2.0 / nd)
            nd = nd - 1.0
        return c0 + c1 * x * np.sqrt(2)

    def hermgauss(deg):
        ideg = _integer(deg, 'deg')
        if ideg <= 0:
            raise ValueError('deg must be a positive integer')
        c = np.array([0] * deg + [1], dtype=np.float64)
        m = hermcompanion(c)
        x = _gauss_nodes(m, 'numpy.polynomial.hermite.hermgauss')
        dy = _normed_hermite_n(x, ideg)
        df = _normed_hermite_n(x, ideg - 1) * np.sqrt(2 * ideg)
        x -= dy / df
        fm = _normed_hermite_n(x, ideg - 1)
        fm /= np.abs(fm).max()
        w = 1 / (fm * fm)
        w = (w + w[::-1]) / 2
        x = (x - x[::-1]) / 2
        w *= np.sqrt(np.pi) / w.sum()
        return (x, w)

    def hermweight(x):
        w = np.exp(-x ** 2)
        return w

    class Hermite(ABCPolyBase):
        _add = staticmethod(hermadd)
        _sub = staticmethod(hermsub)
        _mul = staticmethod(hermmul)
        _div = staticmethod(hermdiv)
        _pow = staticmethod(hermpow)
        _val = staticmethod(hermval)
        _int = staticmethod(hermint)
        _der = staticmethod(hermder)
        _fit = staticmethod(hermfit)
        _line = staticmethod(hermline)
        _roots = staticmethod(hermroots)
        _fromroots = staticmethod(hermfromroots)
        domain = np.array(hermdomain)
        window = np.array(hermdomain)
        basis_name = 'H'

    Hermite.__module__ = 'numpy.polynomial.hermite'
    """#

  /// `numpy.polynomial.hermite_e` after NumPy 2.4's hermite_e.py: the probabilists' `herme*` functions and the
  /// `HermiteE` class.
  /// Statement for statement NumPy's, with the shared parts from `numpy.polynomial.polyutils`.
  static let numpyHermiteE = #"""
    import numpy as np
    from numpy.polynomial.polyutils import (as_series, trimseq, trimcoef, mapdomain, _ndmin1, _integer, _fromroots,
                                            _add, _sub, _div, _pow, _valnd, _gridnd, _vander_nd_flat, _fit,
                                            _float_coefficients, _count_and_axis, _integration_arguments,
                                            _companion_eigenvalues, _gauss_nodes)
    from numpy.polynomial._polybase import ABCPolyBase

    hermetrim = trimcoef

    def poly2herme(pol):
        [pol] = as_series([pol])
        deg = len(pol) - 1
        res = 0
        for i in range(deg, -1, -1):
            res = hermeadd(hermemulx(res), pol[i])
        return res

    def herme2poly(c):
        from numpy.polynomial.polynomial import polyadd, polymulx, polysub
        [c] = as_series([c])
        n = len(c)
        if n == 1:
            return c
        if n == 2:
            return c
        else:
            c0 = c[-2]
            c1 = c[-1]
            for i in range(n - 1, 1, -1):
                tmp = c0
                c0 = polysub(c[i - 2], c1 * (i - 1))
                c1 = polyadd(tmp, polymulx(c1))
            return polyadd(c0, polymulx(c1))
    hermedomain = np.array([-1.0, 1.0])
    hermezero = np.array([0])
    hermeone = np.array([1])
    hermex = np.array([0, 1])

    def hermeline(off, scl):
        if scl != 0:
            return np.array([off, scl])
        else:
            return np.array([off])

    def hermefromroots(roots):
        return _fromroots(hermeline, hermemul, roots)

    def hermeadd(c1, c2):
        return _add(c1, c2)

    def hermesub(c1, c2):
        return _sub(c1, c2)

    def hermemulx(c):
        [c] = as_series([c])
        if len(c) == 1 and c[0] == 0:
            return c
        prd = np.empty(len(c) + 1, dtype=c.dtype)
        prd[0] = c[0] * 0
        prd[1] = c[0]
        for i in range(1, len(c)):
            prd[i + 1] = c[i]
            prd[i - 1] += c[i] * i
        return prd

    def hermemul(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if len(c1) > len(c2):
            c = c2
            xs = c1
        else:
            c = c1
            xs = c2
        if len(c) == 1:
            c0 = c[0] * xs
            c1 = 0
        elif len(c) == 2:
            c0 = c[0] * xs
            c1 = c[1] * xs
        else:
            nd = len(c)
            c0 = c[-2] * xs
            c1 = c[-1] * xs
            for i in range(3, len(c) + 1):
                tmp = c0
                nd = nd - 1
                c0 = hermesub(c[-i] * xs, c1 * (nd - 1))
                c1 = hermeadd(tmp, hermemulx(c1))
        return hermeadd(c0, hermemulx(c1))

    def hermediv(c1, c2):
        return _div(hermemul, c1, c2)

    def hermepow(c, pow, maxpower=16):
        return _pow(hermemul, c, pow, maxpower)

    def hermeder(c, m=1, scl=1, axis=0):
        c = np.array(_float_coefficients(c))
        cnt = _count_and_axis(m, axis, 'derivation')
        if cnt == 0:
            return c
        n = len(c)
        if cnt >= n:
            return c[:1] * 0
        else:
            for i in range(cnt):
                n = n - 1
                c *= scl
                der = np.empty((n,) + c.shape[1:], dtype=c.dtype)
                for j in range(n, 0, -1):
                    der[j - 1] = j * c[j]
                c = der
        return c

    def hermeint(c, m=1, k=[], lbnd=0, scl=1, axis=0):
        c = np.array(_float_coefficients(c))
        cnt, k = _integration_arguments(m, k, lbnd, scl, axis)
        if cnt == 0:
            return c
        for i in range(cnt):
            n = len(c)
            c *= scl
            if n == 1 and np.all(c[0] == 0):
                c[0] += k[i]
            else:
                tmp = np.empty((n + 1,) + c.shape[1:], dtype=c.dtype)
                tmp[0] = c[0] * 0
                tmp[1] = c[0]
                for j in range(1, n):
                    tmp[j + 1] = c[j] / (j + 1)
                tmp[0] += k[i] - hermeval(lbnd, tmp)
                c = tmp
        return c

    def hermeval(x, c, tensor=True):
        c = _float_coefficients(c)
        if isinstance(x, (tuple, list)):
            x = np.asarray(x)
        if isinstance(x, np.ndarray) and tensor:
            c = c.reshape(c.shape + (1,) * x.ndim)
        if len(c) == 1:
            c0 = c[0]
            c1 = 0
        elif len(c) == 2:
            c0 = c[0]
            c1 = c[1]
        else:
            nd = len(c)
            c0 = c[-2]
            c1 = c[-1]
            for i in range(3, len(c) + 1):
                tmp = c0
                nd = nd - 1
                c0 = c[-i] - c1 * (nd - 1)
                c1 = tmp + c1 * x
        return c0 + c1 * x

    def hermeval2d(x, y, c):
        return _valnd(hermeval, c, x, y)

    def hermegrid2d(x, y, c):
        return _gridnd(hermeval, c, x, y)

    def hermeval3d(x, y, z, c):
        return _valnd(hermeval, c, x, y, z)

    def hermegrid3d(x, y, z, c):
        return _gridnd(hermeval, c, x, y, z)

    def hermevander(x, deg):
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
                v[i] = v[i - 1] * x - v[i - 2] * (i - 1)
        return np.moveaxis(v, 0, -1)

    def hermevander2d(x, y, deg):
        return _vander_nd_flat((hermevander, hermevander), (x, y), deg)

    def hermevander3d(x, y, z, deg):
        return _vander_nd_flat((hermevander, hermevander, hermevander), (x, y, z), deg)

    def hermefit(x, y, deg, rcond=None, full=False, w=None):
        return _fit(hermevander, x, y, deg, rcond, full, w)

    def hermecompanion(c):
        [c] = as_series([c])
        if len(c) < 2:
            raise ValueError('Series must have maximum degree of at least 1.')
        if len(c) == 2:
            return np.array([[-c[0] / c[1]]])
        n = len(c) - 1
        mat = np.zeros((n, n), dtype=c.dtype)
        scl = np.hstack((1.0, 1.0 / np.sqrt(np.arange(n - 1, 0, -1))))
        scl = np.cumprod(scl)[::-1]
        top = mat.reshape(-1)[1::n + 1]
        bot = mat.reshape(-1)[n::n + 1]
        top[...] = np.sqrt(np.arange(1, n))
        bot[...] = top
        mat[:, -1] -= scl * c[:-1] / c[-1]
        return mat

    def hermeroots(c):
        [c] = as_series([c])
        if len(c) <= 1:
            return np.array([], dtype=c.dtype)
        if len(c) == 2:
            return np.array([-c[0] / c[1]])
        return _companion_eigenvalues(hermecompanion(c)[::-1, ::-1])

    def _normed_hermite_e_n(x, n):
        if n == 0:
            return np.full(x.shape, 1 / np.sqrt(np.sqrt(2 * np.pi)))
        c0 = 0.0
        c1 = 1.0 / np.sqrt(np.sqrt(2 * np.pi))
        nd = float(n)
        for i in range(n - 1):
            tmp = c0
            c0 = -c1 * np.sqrt((nd - 1.0) / nd)
            c1 = tmp + c1 * x * np.sqrt(1.0 / nd)
            nd = nd - 1.0
        return c0 + c1 * x

    def hermegauss(deg):
        ideg = _integer(deg, 'deg')
        if ideg <= 0:
            raise ValueError('deg must be a positive integer')
        c = np.array([0] * deg + [1])
        m = hermecompanion(c)
        x = _gauss_nodes(m, 'numpy.polynomial.hermite_e.hermegauss')
        dy = _normed_hermite_e_n(x, ideg)
        df = _normed_hermite_e_n(x, ideg - 1) * np.sqrt(ideg)
        x -= dy / df
        fm = _normed_hermite_e_n(x, ideg - 1)
        fm /= np.abs(fm).max()
        w = 1 / (fm * fm)
        w = (w + w[::-1]) / 2
        x = (x - x[::-1]) / 2
        w *= np.sqrt(2 * np.pi) / w.sum()
        return (x, w)

    def hermeweight(x):
        w = np.exp(-0.5 * x ** 2)
        return w

    class HermiteE(ABCPolyBase):
        _add = staticmethod(hermeadd)
        _sub = staticmethod(hermesub)
        _mul = staticmethod(hermemul)
        _div = staticmethod(hermediv)
        _pow = staticmethod(hermepow)
        _val = staticmethod(hermeval)
        _int = staticmethod(hermeint)
        _der = staticmethod(hermeder)
        _fit = staticmethod(hermefit)
        _line = staticmethod(hermeline)
        _roots = staticmethod(hermeroots)
        _fromroots = staticmethod(hermefromroots)
        domain = np.array(hermedomain)
        window = np.array(hermedomain)
        basis_name = 'He'

    HermiteE.__module__ = 'numpy.polynomial.hermite_e'
    """#
}
