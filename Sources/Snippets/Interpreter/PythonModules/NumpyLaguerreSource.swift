extension ModuleSources {
  /// `numpy.polynomial.laguerre` after NumPy 2.4's laguerre.py: the `lag*` functions and the `Laguerre` class.
  /// Statement for statement NumPy's, with the shared parts from `numpy.polynomial.polyutils`.
  static let numpyLaguerre = polynomialBasis(
    prefix: "lag", className: "Laguerre", basisName: "L", module: "numpy.polynomial.laguerre",
    functions: numpyLaguerreFunctions)

  private static let numpyLaguerreFunctions = #"""
    def poly2lag(pol):
        [pol] = as_series([pol])
        res = 0
        for p in pol[::-1]:
            res = lagadd(lagmulx(res), p)
        return res

    def lag2poly(c):
        from numpy.polynomial.polynomial import polyadd, polymulx, polysub
        [c] = as_series([c])
        n = len(c)
        if n == 1:
            return c
        else:
            c0 = c[-2]
            c1 = c[-1]
            for i in range(n - 1, 1, -1):
                tmp = c0
                c0 = polysub(c[i - 2], c1 * (i - 1) / i)
                c1 = polyadd(tmp, polysub((2 * i - 1) * c1, polymulx(c1)) / i)
            return polyadd(c0, polysub(c1, polymulx(c1)))
    lagdomain = np.array([0.0, 1.0])
    lagzero = np.array([0])
    lagone = np.array([1])
    lagx = np.array([1, -1])

    def lagline(off, scl):
        if scl != 0:
            return np.array([off + scl, -scl])
        else:
            return np.array([off])

    def lagmulx(c):
        [c] = as_series([c])
        if len(c) == 1 and c[0] == 0:
            return c
        prd = np.empty(len(c) + 1, dtype=c.dtype)
        prd[0] = c[0]
        prd[1] = -c[0]
        for i in range(1, len(c)):
            prd[i + 1] = -c[i] * (i + 1)
            prd[i] += c[i] * (2 * i + 1)
            prd[i - 1] -= c[i] * i
        return prd

    def lagmul(c1, c2):
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
                c0 = lagsub(c[-i] * xs, c1 * (nd - 1) / nd)
                c1 = lagadd(tmp, lagsub((2 * nd - 1) * c1, lagmulx(c1)) / nd)
        return lagadd(c0, lagsub(c1, lagmulx(c1)))

    def lagder(c, m=1, scl=1, axis=0):
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
                for j in range(n, 1, -1):
                    der[j - 1] = -c[j]
                    c[j - 1] += c[j]
                der[0] = -c[1]
                c = der
        return c

    def lagint(c, m=1, k=[], lbnd=0, scl=1, axis=0):
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
                tmp[0] = c[0]
                tmp[1] = -c[0]
                for j in range(1, n):
                    tmp[j] += c[j]
                    tmp[j + 1] = -c[j]
                tmp[0] += k[i] - lagval(lbnd, tmp)
                c = tmp
        return c

    def lagval(x, c, tensor=True):
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
                c0 = c[-i] - c1 * (nd - 1) / nd
                c1 = tmp + c1 * (2 * nd - 1 - x) / nd
        return c0 + c1 * (1 - x)

    def lagvander(x, deg):
        ideg = _integer(deg, 'deg')
        if ideg < 0:
            raise ValueError('deg must be non-negative')
        x = _ndmin1(x) + 0.0
        dims = (ideg + 1,) + x.shape
        dtyp = x.dtype
        v = np.empty(dims, dtype=dtyp)
        v[0] = x * 0 + 1
        if ideg > 0:
            v[1] = 1 - x
            for i in range(2, ideg + 1):
                v[i] = (v[i - 1] * (2 * i - 1 - x) - v[i - 2] * (i - 1)) / i
        return np.moveaxis(v, 0, -1)

    def lagcompanion(c):
        [c] = as_series([c])
        if len(c) < 2:
            raise ValueError('Series must have maximum degree of at least 1.')
        if len(c) == 2:
            return np.array([[1 + c[0] / c[1]]])
        n = len(c) - 1
        mat = np.zeros((n, n), dtype=c.dtype)
        top = mat.reshape(-1)[1::n + 1]
        mid = mat.reshape(-1)[0::n + 1]
        bot = mat.reshape(-1)[n::n + 1]
        top[...] = -np.arange(1, n)
        mid[...] = 2.0 * np.arange(n) + 1.0
        bot[...] = top
        mat[:, -1] += c[:-1] / c[-1] * n
        return mat

    def lagroots(c):
        [c] = as_series([c])
        if len(c) <= 1:
            return np.array([], dtype=c.dtype)
        if len(c) == 2:
            return np.array([1 + c[0] / c[1]])
        return _companion_eigenvalues(lagcompanion(c)[::-1, ::-1])

    def laggauss(deg):
        ideg = _integer(deg, 'deg')
        if ideg <= 0:
            raise ValueError('deg must be a positive integer')
        c = np.array([0] * deg + [1])
        m = lagcompanion(c)
        x = _gauss_nodes(m, 'numpy.polynomial.laguerre.laggauss')
        dy = lagval(x, c)
        df = lagval(x, lagder(c))
        x -= dy / df
        fm = lagval(x, c[1:])
        fm /= np.abs(fm).max()
        df /= np.abs(df).max()
        w = 1 / (fm * df)
        w /= w.sum()
        return (x, w)

    def lagweight(x):
        w = np.exp(-x)
        return w
    """#
}
