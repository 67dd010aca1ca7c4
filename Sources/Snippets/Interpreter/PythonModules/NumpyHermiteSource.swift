extension ModuleSources {
  /// `numpy.polynomial.hermite` after NumPy 2.4's hermite.py: the physicists' `herm*` functions and the `Hermite`
  /// class.
  /// Statement for statement NumPy's, with the shared parts from `numpy.polynomial.polyutils`.
  static let numpyHermite = polynomialBasis(
    prefix: "herm", className: "Hermite", basisName: "H", module: "numpy.polynomial.hermite",
    functions: numpyHermiteFunctions)

  private static let numpyHermiteFunctions = #"""
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
    """#

  /// `numpy.polynomial.hermite_e` after NumPy 2.4's hermite_e.py: the probabilists' `herme*` functions and the
  /// `HermiteE` class.
  /// Statement for statement NumPy's, with the shared parts from `numpy.polynomial.polyutils`.
  static let numpyHermiteE = polynomialBasis(
    prefix: "herme", className: "HermiteE", basisName: "He", module: "numpy.polynomial.hermite_e",
    functions: numpyHermiteEFunctions)

  private static let numpyHermiteEFunctions = #"""
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
    """#
}
