extension ModuleSources {
  /// `numpy.polynomial.polynomial`, after NumPy 2.4's numpy/polynomial/{polyutils,polynomial,_polybase}.py: the
  /// power-series functions (`polyval polyadd polysub polymul polydiv polypow polyder polyint polyfit polyvander
  /// polyroots polyfromroots polyline polycompanion`) and the `Polynomial` class, the same statements in the same
  /// order, so every coefficient is NumPy's (each operation below is one NumPy reproduces bit for bit); `str` with
  /// NumPy's unicode terms and line breaks. `roots` of degree 3 and more runs `np.linalg.eigvals` (refused where sorting its complex roots would be needed).
  static let numpyPolynomial = numpyPolynomialCode + "\n" + lapackEigenvalues2

  private static let numpyPolynomialCode = #"""
    import math
    import numpy as np

    _SUPERSCRIPTS = {'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸',
                     '9': '⁹'}

    polydomain = np.array([-1.0, 1.0])
    polyzero = np.array([0])
    polyone = np.array([1])
    polyx = np.array([0, 1])

    def _is_identifier(text):
        if not (text[0].isalpha() or text[0] == '_'):
            return False
        return all(c.isalnum() or c == '_' for c in text)

    def _ndmin1(a):
        a = np.asarray(a)
        if a.ndim == 0:
            a = a.reshape(1)
        return a

    # What operator.index takes, as NumPy's polyutils reads a count: an int (a bool too), a NumPy integer, or a 0-d
    # integer array.
    def _integer(x, desc):
        if isinstance(x, int):
            return int(x)
        if isinstance(x, np.integer) or (isinstance(x, np.ndarray) and x.ndim == 0 and x.dtype.kind in 'iu'):
            return int(x)
        raise TypeError(f'{desc} must be an integer, received {x}')

    def trimseq(seq):
        if len(seq) == 0 or seq[-1] != 0:
            return seq
        else:
            for i in range(len(seq) - 1, -1, -1):
                if seq[i] != 0:
                    break
            return seq[:i + 1]

    def as_series(alist, trim=True):
        arrays = [_ndmin1(a) for a in alist]
        for a in arrays:
            if a.size == 0:
                raise ValueError('Coefficient array is empty')
            if a.ndim != 1:
                raise ValueError('Coefficient array is not 1-d')
        if trim:
            arrays = [trimseq(a) for a in arrays]
        for a in arrays:
            if a.dtype == np.bool_:
                raise ValueError('Coefficient arrays have no common type')
        dtype = np.common_type(*arrays)
        return [np.array(a, dtype=dtype) for a in arrays]

    def trimcoef(c, tol=0):
        if tol < 0:
            raise ValueError('tol must be non-negative')
        [c] = as_series([c])
        [ind] = np.nonzero(np.abs(c) > tol)
        if len(ind) == 0:
            return c[:1] * 0
        else:
            return c[:ind[-1] + 1].copy()

    def getdomain(x):
        [x] = as_series([x], trim=False)
        if x.dtype.kind == 'c':
            rmin, rmax = (x.real.min(), x.real.max())
            imin, imax = (x.imag.min(), x.imag.max())
            return np.array((complex(rmin, imin), complex(rmax, imax)))
        else:
            return np.array((x.min(), x.max()))

    def mapparms(old, new):
        oldlen = old[1] - old[0]
        newlen = new[1] - new[0]
        off = (old[1] * new[0] - old[0] * new[1]) / oldlen
        scl = newlen / oldlen
        return (off, scl)

    def mapdomain(x, old, new):
        if isinstance(x, (list, tuple)):
            x = np.asarray(x)
        off, scl = mapparms(old, new)
        return off + scl * x

    def polyline(off, scl):
        if scl != 0:
            return np.array([off, scl])
        else:
            return np.array([off])

    def polyfromroots(roots):
        if len(roots) == 0:
            return np.ones(1)
        [roots] = as_series([roots], trim=False)
        roots.sort()
        p = [polyline(-r, 1) for r in roots]
        n = len(p)
        while n > 1:
            m, r = divmod(n, 2)
            tmp = [polymul(p[i], p[i + m]) for i in range(m)]
            if r:
                tmp[0] = polymul(tmp[0], p[-1])
            p = tmp
            n = m
        return p[0]

    def polyadd(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if len(c1) > len(c2):
            c1[:c2.size] += c2
            ret = c1
        else:
            c2[:c1.size] += c1
            ret = c2
        return trimseq(ret)

    def polysub(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if len(c1) > len(c2):
            c1[:c2.size] -= c2
            ret = c1
        else:
            c2 = -c2
            c2[:c1.size] += c1
            ret = c2
        return trimseq(ret)

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
        [c] = as_series([c])
        power = int(pow)
        if power != pow or power < 0:
            raise ValueError('Power must be a non-negative integer.')
        elif maxpower is not None and power > maxpower:
            raise ValueError('Power is too large')
        elif power == 0:
            return np.array([1], dtype=c.dtype)
        elif power == 1:
            return c
        else:
            prd = c
            for i in range(2, power + 1):
                prd = np.convolve(prd, c)
            return prd

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

    # The values at points given one coordinate per argument, all of one shape: the first coordinate is taken as a
    # tensor over the coefficients' first axis, each later one elementwise over the next axis.
    def _values_at_points(c, *coordinates):
        coordinates = [np.asanyarray(a) for a in coordinates]
        if any(a.shape != coordinates[0].shape for a in coordinates[1:]):
            if len(coordinates) == 3:
                raise ValueError('x, y, z are incompatible')
            if len(coordinates) == 2:
                raise ValueError('x, y are incompatible')
            raise ValueError('ordinates are incompatible')
        c = polyval(coordinates[0], c)
        for coordinate in coordinates[1:]:
            c = polyval(coordinate, c, tensor=False)
        return c

    # The values on the grid the coordinates span (their Cartesian product), one polyval per axis.
    def _values_on_grid(c, *coordinates):
        for coordinate in coordinates:
            c = polyval(coordinate, c)
        return c

    def polyval2d(x, y, c):
        return _values_at_points(c, x, y)

    def polyval3d(x, y, z, c):
        return _values_at_points(c, x, y, z)

    def polygrid2d(x, y, c):
        return _values_on_grid(c, x, y)

    def polygrid3d(x, y, z, c):
        return _values_on_grid(c, x, y, z)

    # The pseudo-Vandermonde matrix of several coordinates: each coordinate's Vandermonde matrix spread over an axis
    # of its own, multiplied together, the degree axes flattened into one (the first coordinate's degree slowest).
    def _vandermonde_of_coordinates(points, degrees):
        if len(points) != len(degrees):
            raise ValueError(f'Expected {len(degrees)} dimensions of sample points, got {len(points)}')
        points = tuple(np.asarray(tuple(points)) + 0.0)
        product = None
        for axis, (coordinate, degree) in enumerate(zip(points, degrees)):
            spread = [None] * len(points)
            spread[axis] = slice(None)
            matrix = polyvander(coordinate, degree)[(Ellipsis,) + tuple(spread)]
            product = matrix if product is None else product * matrix
        return product.reshape(product.shape[:-len(degrees)] + (-1,))

    def polyvander2d(x, y, deg):
        if len(deg) != 2:
            raise ValueError(f'Expected 2 dimensions of degrees, got {len(deg)}')
        return _vandermonde_of_coordinates((x, y), deg)

    def polyvander3d(x, y, z, deg):
        if len(deg) != 3:
            raise ValueError(f'Expected 3 dimensions of degrees, got {len(deg)}')
        return _vandermonde_of_coordinates((x, y, z), deg)

    def polyfit(x, y, deg, rcond=None, full=False, w=None):
        x = np.asarray(x) + 0.0
        y = np.asarray(y) + 0.0
        deg = np.asarray(deg)
        if deg.ndim > 1 or deg.dtype.kind not in 'iu' or deg.size == 0:
            raise TypeError('deg must be an int or non-empty 1-D array of int')
        if deg.min() < 0:
            raise ValueError('expected deg >= 0')
        if x.ndim != 1:
            raise TypeError('expected 1D vector for x')
        if x.size == 0:
            raise TypeError('expected non-empty vector for x')
        if y.ndim < 1 or y.ndim > 2:
            raise TypeError('expected 1D or 2D array for y')
        if len(x) != len(y):
            raise TypeError('expected x and y to have same length')
        if deg.ndim != 0:
            __docbuild_refuse__("numpy.polynomial's fit with a list of degrees is not supported in snippets")
        if rcond is not None or w is not None or full:
            __docbuild_refuse__("numpy.polynomial's fit with rcond=, w= or full=True is not supported in snippets")
        lmax = int(deg)
        order = lmax + 1
        if len(x) < order:
            __docbuild_refuse__(
                "numpy.polynomial's fit with fewer points than coefficients is not supported in snippets")
        van = polyvander(x, lmax)
        lhs = van.T
        rhs = y.T
        scl = np.sqrt(np.square(lhs).sum(1))
        scl[scl == 0] = 1
        c, resids, rank, s = np.linalg.lstsq(lhs.T / scl, rhs.T)
        c = (c.T / scl).T
        return c

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
        m = polycompanion(c)
        if len(c) > 3:
            r = np.linalg.eigvals(m)
            r.sort()
            return r
        r = _eigvals2(m)
        first = (float(r[0].real), float(r[0].imag))
        if r.dtype.kind == 'c' and first > (float(r[1].real), float(r[1].imag)):
            r = r[::-1].copy()
        elif r.dtype.kind == 'f' and r[0] > r[1]:
            r = r[::-1].copy()
        return r

    def _format_float(x, parens=False):
        opts = np.get_printoptions()
        if np.isnan(x):
            return opts['nanstr']
        elif np.isinf(x):
            return opts['infstr']
        exp_format = False
        if x != 0:
            a = np.abs(x)
            if a >= 1.e8 or a < 10**min(0, -(opts['precision'] - 1) // 2):
                exp_format = True
        trim, unique = '0', True
        if opts['floatmode'] == 'fixed':
            trim, unique = 'k', False
        if exp_format:
            s = np.format_float_scientific(x, precision=opts['precision'], unique=unique, trim=trim,
                                           sign=opts['sign'] == '+')
            if parens:
                s = '(' + s + ')'
        else:
            s = np.format_float_positional(x, precision=opts['precision'], fractional=True, unique=unique,
                                           trim=trim, sign=opts['sign'] == '+')
        return s

    def _format_scalar(x, parens=False):
        if x.dtype.kind == 'f':
            return _format_float(x, parens)
        return str(x)

    # NumPy's base class of the bases, where every method of Polynomial but its own basis functions is defined (a
    # bound method shows `ABCPolyBase.__repr__`); docbuild has the power basis only.
    class ABCPolyBase:
        maxpower = 100
        # NumPy's default off Windows; np.polynomial.set_default_printstyle sets it.
        _use_unicode = True

        def __init__(self, coef, domain=None, window=None, symbol='x'):
            [coef] = as_series([coef], trim=False)
            self.coef = coef
            if domain is not None:
                [domain] = as_series([domain], trim=False)
                if len(domain) != 2:
                    raise ValueError('Domain has wrong number of elements.')
                self.domain = domain
            if window is not None:
                [window] = as_series([window], trim=False)
                if len(window) != 2:
                    raise ValueError('Window has wrong number of elements.')
                self.window = window
            if not isinstance(symbol, str) or symbol == '':
                raise TypeError('Symbol must be a non-empty string')
            if not _is_identifier(symbol):
                raise ValueError('Symbol string must be a valid Python identifier')
            self.symbol = symbol

        def _get_coefficients(self, other):
            if isinstance(other, Polynomial):
                if not np.all(self.domain == other.domain):
                    raise TypeError('Domains differ')
                elif not np.all(self.window == other.window):
                    raise TypeError('Windows differ')
                elif self.symbol != other.symbol:
                    raise ValueError('Polynomial symbols differ')
                return other.coef
            return other

        def has_samecoef(self, other):
            return len(self.coef) == len(other.coef) and np.all(self.coef == other.coef)

        def has_samedomain(self, other):
            return np.all(self.domain == other.domain)

        def has_samewindow(self, other):
            return np.all(self.window == other.window)

        def has_sametype(self, other):
            return isinstance(other, Polynomial)

        def __repr__(self):
            coef = repr(self.coef)[6:-1]
            domain = repr(self.domain)[6:-1]
            window = repr(self.window)[6:-1]
            return f"Polynomial({coef}, domain={domain}, window={window}, symbol='{self.symbol}')"

        def __format__(self, fmt_str):
            if fmt_str == '':
                return self.__str__()
            if fmt_str not in ('ascii', 'unicode'):
                raise ValueError(
                    f"Unsupported format string '{fmt_str}' passed to "
                    f"<class 'numpy.polynomial.polynomial.Polynomial'>.__format__. Valid options are "
                    f"'ascii' and 'unicode'")
            return self._generate_string(fmt_str == 'unicode')

        def __str__(self):
            return self._generate_string(self._use_unicode)

        def _term(self, unicode, i, arg_str):
            if unicode:
                if i == '1':
                    return f"·{arg_str}"
                return f"·{arg_str}" + ''.join(_SUPERSCRIPTS[d] for d in i)
            if i == '1':
                return f" {arg_str}"
            return f" {arg_str}**{i}"

        def _generate_string(self, unicode):
            linewidth = np.get_printoptions().get('linewidth', 75)
            if linewidth < 1:
                linewidth = 1
            out = _format_scalar(self.coef[0])
            off, scale = self.mapparms()
            scaled_symbol, needs_parens = self._format_term(off, scale)
            if needs_parens:
                scaled_symbol = '(' + scaled_symbol + ')'
            rest = self.coef[1:]
            for i, coef in enumerate(rest):
                out += " "
                power = str(i + 1)
                if self.coef.dtype.kind == 'c':
                    next_term = f"+ {coef}"
                elif coef >= 0:
                    next_term = "+ " + _format_scalar(coef, parens=True)
                else:
                    next_term = "- " + _format_scalar(-coef, parens=True)
                next_term += self._term(unicode, power, scaled_symbol)
                line_len = len(out.split('\n')[-1]) + len(next_term)
                if i < len(rest) - 1:
                    line_len += 2
                if line_len >= linewidth:
                    next_term = next_term.replace(" ", "\n", 1)
                out += next_term
            return out

        def _format_term(self, off, scale):
            if off == 0 and scale == 1:
                return self.symbol, False
            elif scale == 1:
                return f"{_format_scalar(off)} + {self.symbol}", True
            elif off == 0:
                return f"{_format_scalar(scale)}{self.symbol}", True
            return f"{_format_scalar(off)} + {_format_scalar(scale)}{self.symbol}", True

        def __call__(self, arg):
            if isinstance(arg, Polynomial):
                off, scl = mapparms(self.domain, self.window)
                return polyval(off + scl * arg, self.coef)
            arg = mapdomain(arg, self.domain, self.window)
            return polyval(arg, self.coef)

        def __iter__(self):
            return iter(self.coef)

        def __len__(self):
            return len(self.coef)

        def __neg__(self):
            return Polynomial(-self.coef, self.domain, self.window, self.symbol)

        def __pos__(self):
            return self

        def __add__(self, other):
            othercoef = self._get_coefficients(other)
            return Polynomial(polyadd(self.coef, othercoef), self.domain, self.window, self.symbol)

        def __sub__(self, other):
            othercoef = self._get_coefficients(other)
            return Polynomial(polysub(self.coef, othercoef), self.domain, self.window, self.symbol)

        def __mul__(self, other):
            othercoef = self._get_coefficients(other)
            return Polynomial(polymul(self.coef, othercoef), self.domain, self.window, self.symbol)

        def __truediv__(self, other):
            if isinstance(other, bool) or not isinstance(other, (int, float, complex, np.ndarray)):
                raise TypeError(
                    f"unsupported types for true division: "
                    f"'<class 'numpy.polynomial.polynomial.Polynomial'>', '{type(other)}'")
            return self.__floordiv__(other)

        def __floordiv__(self, other):
            return self.__divmod__(other)[0]

        def __mod__(self, other):
            return self.__divmod__(other)[1]

        def __divmod__(self, other):
            othercoef = self._get_coefficients(other)
            quo, rem = polydiv(self.coef, othercoef)
            quo = Polynomial(quo, self.domain, self.window, self.symbol)
            rem = Polynomial(rem, self.domain, self.window, self.symbol)
            return quo, rem

        def __pow__(self, other):
            coef = polypow(self.coef, other, maxpower=self.maxpower)
            return Polynomial(coef, self.domain, self.window, self.symbol)

        def __radd__(self, other):
            return Polynomial(polyadd(other, self.coef), self.domain, self.window, self.symbol)

        def __rsub__(self, other):
            return Polynomial(polysub(other, self.coef), self.domain, self.window, self.symbol)

        def __rmul__(self, other):
            return Polynomial(polymul(other, self.coef), self.domain, self.window, self.symbol)

        def __eq__(self, other):
            return (isinstance(other, Polynomial) and
                    np.all(self.domain == other.domain) and
                    np.all(self.window == other.window) and
                    (self.coef.shape == other.coef.shape) and
                    np.all(self.coef == other.coef) and
                    (self.symbol == other.symbol))

        def __ne__(self, other):
            return not self.__eq__(other)

        def copy(self):
            return Polynomial(self.coef, self.domain, self.window, self.symbol)

        def degree(self):
            return len(self) - 1

        def cutdeg(self, deg):
            return self.truncate(deg + 1)

        def trim(self, tol=0):
            coef = trimcoef(self.coef, tol)
            return Polynomial(coef, self.domain, self.window, self.symbol)

        def truncate(self, size):
            isize = int(size)
            if isize != size or isize < 1:
                raise ValueError('size must be a positive integer')
            if isize >= len(self.coef):
                coef = self.coef
            else:
                coef = self.coef[:isize]
            return Polynomial(coef, self.domain, self.window, self.symbol)

        def convert(self, domain=None, kind=None, window=None):
            if kind is not None and kind is not Polynomial:
                __docbuild_refuse__("Polynomial.convert to another kind is not supported in snippets")
            if domain is None:
                domain = Polynomial.domain
            if window is None:
                window = Polynomial.window
            return self(Polynomial.identity(domain, window=window, symbol=self.symbol))

        def mapparms(self):
            return mapparms(self.domain, self.window)

        def integ(self, m=1, k=[], lbnd=None):
            off, scl = self.mapparms()
            if lbnd is None:
                lbnd = 0
            else:
                lbnd = off + scl * lbnd
            coef = polyint(self.coef, m, k, lbnd, 1.0 / scl)
            return Polynomial(coef, self.domain, self.window, self.symbol)

        def deriv(self, m=1):
            off, scl = self.mapparms()
            coef = polyder(self.coef, m, scl)
            return Polynomial(coef, self.domain, self.window, self.symbol)

        def roots(self):
            roots = polyroots(self.coef)
            return mapdomain(roots, self.window, self.domain)

        def linspace(self, n=100, domain=None):
            if domain is None:
                domain = self.domain
            x = np.linspace(domain[0], domain[1], n)
            y = self(x)
            return (x, y)

        @classmethod
        def fit(cls, x, y, deg, domain=None, rcond=None, full=False, w=None, window=None, symbol='x'):
            if domain is None:
                domain = getdomain(x)
                if domain[0] == domain[1]:
                    domain[0] -= 1
                    domain[1] += 1
            elif isinstance(domain, list) and len(domain) == 0:
                domain = cls.domain
            if window is None:
                window = cls.window
            xnew = mapdomain(x, domain, window)
            coef = polyfit(xnew, y, deg, w=w, rcond=rcond, full=full)
            return cls(coef, domain=domain, window=window, symbol=symbol)

        @classmethod
        def fromroots(cls, roots, domain=[], window=None, symbol='x'):
            [roots] = as_series([roots], trim=False)
            if domain is None:
                domain = getdomain(roots)
            elif isinstance(domain, list) and len(domain) == 0:
                domain = cls.domain
            if window is None:
                window = cls.window
            deg = len(roots)
            off, scl = mapparms(domain, window)
            rnew = off + scl * roots
            coef = polyfromroots(rnew) / scl ** deg
            return cls(coef, domain=domain, window=window, symbol=symbol)

        @classmethod
        def identity(cls, domain=None, window=None, symbol='x'):
            if domain is None:
                domain = cls.domain
            if window is None:
                window = cls.window
            off, scl = mapparms(window, domain)
            coef = polyline(off, scl)
            return cls(coef, domain, window, symbol)

        @classmethod
        def basis(cls, deg, domain=None, window=None, symbol='x'):
            if domain is None:
                domain = cls.domain
            if window is None:
                window = cls.window
            ideg = int(deg)
            if ideg != deg or ideg < 0:
                raise ValueError('deg must be non-negative integer')
            return cls([0] * ideg + [1], domain, window, symbol)

    ABCPolyBase.__module__ = 'numpy.polynomial._polybase'

    class Polynomial(ABCPolyBase):
        domain = np.array(polydomain)
        window = np.array(polydomain)
        basis_name = None
    """#

  /// `numpy.polynomial`: the `Polynomial` class and the `polynomial` module; the other bases (Chebyshev, Legendre,
  /// Laguerre, Hermite) are refused by name.
  static let numpyPolynomialPackage = #"""
    import numpy as _np
    from numpy.polynomial.polynomial import Polynomial, ABCPolyBase as _ABCPolyBase
    import numpy.polynomial.polynomial as polynomial

    def set_default_printstyle(style):
        if style not in ('unicode', 'ascii'):
            raise ValueError(
                f"Unsupported format string '{style}'. Valid options are 'ascii' and 'unicode'")
        _ABCPolyBase._use_unicode = style != 'ascii'

    def _refusal(name):
        # Raises the refusal itself (`raise _refusal(...)` reads as what it does).
        __docbuild_refuse__(
            f'np.polynomial.{name} is not supported in snippets: only the power basis (np.polynomial.Polynomial) is')

    # The other bases, as NumPy's classes on ABCPolyBase with their own domain, window and basis name; making one
    # (its constructor or a classmethod) is refused.
    class _RefusedBasis(_ABCPolyBase):
        def __init__(self, *args, **kwargs):
            raise _refusal(type(self).__name__)

        @classmethod
        def fit(cls, *args, **kwargs):
            raise _refusal(cls.__name__)

        @classmethod
        def fromroots(cls, *args, **kwargs):
            raise _refusal(cls.__name__)

        @classmethod
        def identity(cls, *args, **kwargs):
            raise _refusal(cls.__name__)

        @classmethod
        def basis(cls, *args, **kwargs):
            raise _refusal(cls.__name__)

        @classmethod
        def cast(cls, *args, **kwargs):
            raise _refusal(cls.__name__)

    class Chebyshev(_RefusedBasis):
        domain = _np.array([-1., 1.])
        window = _np.array([-1., 1.])
        basis_name = 'T'

    class Legendre(_RefusedBasis):
        domain = _np.array([-1., 1.])
        window = _np.array([-1., 1.])
        basis_name = 'P'

    class Laguerre(_RefusedBasis):
        domain = _np.array([0., 1.])
        window = _np.array([0., 1.])
        basis_name = 'L'

    class Hermite(_RefusedBasis):
        domain = _np.array([-1., 1.])
        window = _np.array([-1., 1.])
        basis_name = 'H'

    class HermiteE(_RefusedBasis):
        domain = _np.array([-1., 1.])
        window = _np.array([-1., 1.])
        basis_name = 'He'

    # The modules CPython names these classes by (`<class 'numpy.polynomial.chebyshev.Chebyshev'>`).
    Chebyshev.__module__ = 'numpy.polynomial.chebyshev'
    Legendre.__module__ = 'numpy.polynomial.legendre'
    Laguerre.__module__ = 'numpy.polynomial.laguerre'
    Hermite.__module__ = 'numpy.polynomial.hermite'
    HermiteE.__module__ = 'numpy.polynomial.hermite_e'
    """#
}
