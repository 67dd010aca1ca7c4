extension ModuleSources {
  /// `numpy.polynomial.polyutils`, after NumPy 2.4's numpy/polynomial/polyutils.py: what every basis shares (series
  /// checking and trimming, domains and their maps, `_add _sub _div _pow _fromroots _fit _valnd _gridnd
  /// _vander_nd_flat`, NumPy's float format), the same statements in the same order so every coefficient is NumPy's,
  /// with the companion matrices' eigenvalues (LAPACK's own steps for 2-by-2, `np.linalg.eigvals` beyond) and the Gauss
  /// nodes' `eigvalsh`.
  static let numpyPolyutils = #"""
    import math
    import numpy as np

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

    # NumPy's sort of complex values: by real part, then imaginary part. Taking the values in that order (rather than
    # making new ones) keeps an eigenvalue the value whose last digits docbuild knows it lacks. Values equal in both
    # parts but for a zero's sign, or holding NaN, are refused: NumPy's sort decides their order by rules of its own.
    def _sorted_complex(values):
        if np.any(np.isnan(values)):
            __docbuild_refuse__('sorting complex values that hold NaN is not supported in snippets')
        values = values[np.lexsort((values.imag, values.real))]
        for i in range(1, len(values)):
            if values[i] == values[i - 1] and (np.signbit(values[i].real) != np.signbit(values[i - 1].real) or
                                               np.signbit(values[i].imag) != np.signbit(values[i - 1].imag)):
                __docbuild_refuse__('sorting complex values equal but for the sign of a zero is not supported in '
                                    "snippets: NumPy's sort decides which comes first")
        return values

    # The product of the roots' lines, multiplied pairwise as a balanced tree (NumPy's order, so the rounding is its).
    def _fromroots(line_f, mul_f, roots):
        if len(roots) == 0:
            return np.ones(1)
        [roots] = as_series([roots], trim=False)
        if roots.dtype.kind == 'c':
            roots = _sorted_complex(roots)
        else:
            roots.sort()
        p = [line_f(-r, 1) for r in roots]
        n = len(p)
        while n > 1:
            m, r = divmod(n, 2)
            tmp = [mul_f(p[i], p[i + m]) for i in range(m)]
            if r:
                tmp[0] = mul_f(tmp[0], p[-1])
            p = tmp
            n = m
        return p[0]

    def _add(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if len(c1) > len(c2):
            c1[:c2.size] += c2
            ret = c1
        else:
            c2[:c1.size] += c1
            ret = c2
        return trimseq(ret)

    def _sub(c1, c2):
        [c1, c2] = as_series([c1, c2])
        if len(c1) > len(c2):
            c1[:c2.size] -= c2
            ret = c1
        else:
            c2 = -c2
            c2[:c1.size] += c1
            ret = c2
        return trimseq(ret)

    # Long division in a basis whose product is mul_f: each quotient coefficient removes the remainder's leading term.
    def _div(mul_f, c1, c2):
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
            quo = np.empty(lc1 - lc2 + 1, dtype=c1.dtype)
            rem = c1
            for i in range(lc1 - lc2, -1, -1):
                p = mul_f([0] * i + [1], c2)
                q = rem[-1] / p[-1]
                rem = rem[:-1] - q * p[:-1]
                quo[i] = q
            return (quo, trimseq(rem))

    def _pow(mul_f, c, pow, maxpower):
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
                prd = mul_f(prd, c)
            return prd

    # A series' coefficients as the bases' functions take them: at least one axis, bools and integers as float64.
    def _float_coefficients(c):
        c = _ndmin1(c)
        if c.dtype.kind in 'biu':
            c = c + 0.0
        return c

    # The order of derivation or integration and the axis, checked as NumPy checks them; an axis other than the first
    # is refused.
    def _count_and_axis(m, axis, what):
        cnt = _integer(m, f'the order of {what}')
        iaxis = _integer(axis, 'the axis')
        if cnt < 0:
            raise ValueError(f'The order of {what} must be non-negative')
        if iaxis != 0:
            __docbuild_refuse__("numpy.polynomial's axis= other than 0 is not supported in snippets")
        return cnt

    # The arguments of an integration checked in NumPy's order; returns the constants padded to the count.
    def _integration_arguments(m, k, lbnd, scl, axis):
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
        return cnt, list(k) + [0] * (cnt - len(k))

    # The values at points given one coordinate per argument, all of one shape: the first coordinate is taken as a
    # tensor over the coefficients' first axis, each later one elementwise over the next axis.
    def _valnd(val_f, c, *args):
        args = [np.asanyarray(a) for a in args]
        if any(a.shape != args[0].shape for a in args[1:]):
            if len(args) == 3:
                raise ValueError('x, y, z are incompatible')
            elif len(args) == 2:
                raise ValueError('x, y are incompatible')
            else:
                raise ValueError('ordinates are incompatible')
        c = val_f(args[0], c)
        for xi in args[1:]:
            c = val_f(xi, c, tensor=False)
        return c

    # The values on the grid the coordinates span (their Cartesian product), one evaluation per axis.
    def _gridnd(val_f, c, *args):
        for xi in args:
            c = val_f(xi, c)
        return c

    # The pseudo-Vandermonde matrix of several coordinates: each coordinate's Vandermonde matrix spread over an axis of
    # its own, multiplied together, the degree axes flattened into one (the first coordinate's degree slowest).
    def _vander_nd_flat(vander_fs, points, degrees):
        n_dims = len(vander_fs)
        if n_dims != len(points):
            raise ValueError(f'Expected {n_dims} dimensions of sample points, got {len(points)}')
        if n_dims != len(degrees):
            raise ValueError(f'Expected {n_dims} dimensions of degrees, got {len(degrees)}')
        points = tuple(np.asarray(tuple(points)) + 0.0)
        product = None
        for i in range(n_dims):
            spread = [None] * n_dims
            spread[i] = slice(None)
            matrix = vander_fs[i](points[i], degrees[i])[(Ellipsis,) + tuple(spread)]
            product = matrix if product is None else product * matrix
        return product.reshape(product.shape[:-len(degrees)] + (-1,))

    # The least-squares fit of a series in the basis whose Vandermonde matrix is vander_f, columns scaled to unit norm
    # as NumPy scales them.
    def _fit(vander_f, x, y, deg, rcond=None, full=False, w=None):
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
        if deg.ndim == 0:
            lmax = int(deg)
            order = lmax + 1
            van = vander_f(x, lmax)
        else:
            deg = np.sort(deg)
            lmax = int(deg[-1])
            order = len(deg)
            van = vander_f(x, lmax)[:, deg]
        if len(x) < order:
            __docbuild_refuse__(
                "numpy.polynomial's fit with fewer points than coefficients is not supported in snippets")
        lhs = van.T
        rhs = y.T
        if w is not None:
            w = np.asarray(w) + 0.0
            if w.ndim != 1:
                raise TypeError('expected 1D vector for w')
            if len(x) != len(w):
                raise TypeError('expected x and w to have same length')
            lhs = lhs * w
            rhs = rhs * w
        if rcond is None:
            rcond = len(x) * np.finfo(x.dtype).eps
        if lhs.dtype.kind == 'c':
            scl = np.sqrt((np.square(lhs.real) + np.square(lhs.imag)).sum(1))
        else:
            scl = np.sqrt(np.square(lhs).sum(1))
        scl[scl == 0] = 1
        c, resids, rank, s = np.linalg.lstsq(lhs.T / scl, rhs.T, rcond)
        c = (c.T / scl).T
        # docbuild's least squares are not LAPACK's bit for bit: the coefficients' error is about the condition number
        # times the rounding unit, relative to the largest. Printed with NumPy's 8 decimals, an error bound past 1e-11
        # could show (an ill-conditioned Laguerre fit printed -18680.62913114 where NumPy prints -18680.62913113), so
        # such a fit is refused; below it a changed last decimal is a thousandth as likely at worst (the bound is
        # rarely reached).
        if rank > 0 and np.any(s[0] / s[rank - 1] * np.finfo(np.float64).eps * np.abs(c).max() > 1e-11):
            __docbuild_refuse__(
                "numpy.polynomial's fit of an ill-conditioned least-squares problem is not supported in snippets: "
                "its coefficients' last printed digits would be docbuild's rounding rather than LAPACK's")
        if deg.ndim > 0:
            if c.ndim == 2:
                cc = np.zeros((lmax + 1, c.shape[1]), dtype=c.dtype)
            else:
                cc = np.zeros(lmax + 1, dtype=c.dtype)
            cc[deg] = c
            c = cc
        if full:
            return c, [resids, rank, s, rcond]
        return c

    # The eigenvalues of a companion matrix, sorted as NumPy sorts them: LAPACK's own steps for a 2-by-2 matrix
    # (_eigvals2), np.linalg.eigvals (whose refusals apply) for a larger one.
    def _companion_eigenvalues(m):
        if len(m) > 2:
            r = np.linalg.eigvals(m)
            if r.dtype.kind == 'c':
                return _sorted_complex(r)
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

    def format_float(x, parens=False):
        if not isinstance(x, (float, np.floating)):
            return str(x)
        return _format_float(x, parens)

    def _format_scalar(x, parens=False):
        if x.dtype.kind == 'f':
            return _format_float(x, parens)
        return str(x)


    # The Gauss nodes' first estimate: the eigenvalues of the symmetric companion matrix, as np.linalg.eigvalsh gives
    # them. NumPy polishes them with one Newton step, but its weights use the derivative at the first estimate, so
    # every bit of it shows; docbuild's eigvalsh has LAPACK's bits for one or two rows only (from three rows on its
    # last bits differ for every basis' companion matrix), so larger degrees are refused.
    def _gauss_nodes(m, name):
        if len(m) > 2:
            __docbuild_refuse__(
                f'{name} of degree {len(m)} is not supported in snippets: its nodes and weights start from '
                f"np.linalg.eigvalsh's eigenvalues, whose last bits docbuild reproduces for degrees 1 and 2 only")
        return np.linalg.eigvalsh(m)
    """# + "\n" + lapackEigenvalues2

  /// `numpy.polynomial._polybase`: NumPy's `ABCPolyBase`, every method of the series classes written once over the
  /// basis functions a subclass names, with NumPy's `str` (unicode or ascii terms, line breaks) and `repr`.
  static let numpyPolybase = #"""
    import numpy as np
    from numpy.polynomial.polyutils import (as_series, trimcoef, getdomain, mapparms, mapdomain, _is_identifier,
                                            _format_scalar)

    _SUPERSCRIPTS = {'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹'}
    _SUBSCRIPTS = {'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉'}

    # NumPy's base class of the bases: every method is written once here over the basis functions a subclass names
    # (_add, _sub, _mul, _div, _pow, _val, _int, _der, _fit, _line, _roots, _fromroots), so a bound method shows
    # `ABCPolyBase.__repr__` as NumPy's does.
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
            if isinstance(other, ABCPolyBase):
                if not isinstance(other, self.__class__):
                    raise TypeError('Polynomial types differ')
                elif not np.all(self.domain == other.domain):
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
            return isinstance(other, self.__class__)

        def __repr__(self):
            coef = repr(self.coef)[6:-1]
            domain = repr(self.domain)[6:-1]
            window = repr(self.window)[6:-1]
            name = self.__class__.__name__
            return f"{name}({coef}, domain={domain}, window={window}, symbol='{self.symbol}')"

        def __format__(self, fmt_str):
            if fmt_str == '':
                return self.__str__()
            if fmt_str not in ('ascii', 'unicode'):
                raise ValueError(
                    f"Unsupported format string '{fmt_str}' passed to "
                    f"<class '{self.__class__.__module__}.{self.__class__.__name__}'>.__format__. Valid options are "
                    f"'ascii' and 'unicode'")
            if fmt_str == 'ascii':
                return self._generate_string(self._str_term_ascii)
            return self._generate_string(self._str_term_unicode)

        def __str__(self):
            if self._use_unicode:
                return self._generate_string(self._str_term_unicode)
            return self._generate_string(self._str_term_ascii)

        @classmethod
        def _str_term_unicode(cls, i, arg_str):
            return f"·{cls.basis_name}" + ''.join(_SUBSCRIPTS[d] for d in i) + f"({arg_str})"

        @classmethod
        def _str_term_ascii(cls, i, arg_str):
            return f" {cls.basis_name}_{i}({arg_str})"

        def _generate_string(self, term_method):
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
                    # NumPy compares complex values by real part, then imaginary part (`coef >= 0`), and prints a
                    # complex coefficient as its str: `+ 3j`, `- (1-0j)`.
                    if coef.real > 0 or (coef.real == 0 and coef.imag >= 0):
                        next_term = "+ " + str(coef)
                    else:
                        next_term = "- " + str(-coef)
                elif coef >= 0:
                    next_term = "+ " + _format_scalar(coef, parens=True)
                else:
                    next_term = "- " + _format_scalar(-coef, parens=True)
                next_term += term_method(power, scaled_symbol)
                line_len = len(out.split('\n')[-1]) + len(next_term)
                if i < len(rest) - 1:
                    line_len += 2
                if line_len >= linewidth:
                    next_term = next_term.replace(" ", "\n", 1)
                out += next_term
            return out

        def _repr_latex_(self):
            __docbuild_refuse__("numpy.polynomial's _repr_latex_ (the series as LaTeX) is not supported in snippets")

        def _format_term(self, off, scale):
            if off == 0 and scale == 1:
                return self.symbol, False
            elif scale == 1:
                return f"{_format_scalar(off)} + {self.symbol}", True
            elif off == 0:
                return f"{_format_scalar(scale)}{self.symbol}", True
            return f"{_format_scalar(off)} + {_format_scalar(scale)}{self.symbol}", True

        def __call__(self, arg):
            # NumPy wraps a series argument in a 0-d object array, whose arithmetic is the series' own.
            if isinstance(arg, ABCPolyBase):
                off, scl = mapparms(self.domain, self.window)
                return self._val(off + scl * arg, self.coef)
            arg = mapdomain(arg, self.domain, self.window)
            return self._val(arg, self.coef)

        def __iter__(self):
            return iter(self.coef)

        def __len__(self):
            return len(self.coef)

        def __neg__(self):
            return self.__class__(-self.coef, self.domain, self.window, self.symbol)

        def __pos__(self):
            return self

        def __add__(self, other):
            othercoef = self._get_coefficients(other)
            return self.__class__(self._add(self.coef, othercoef), self.domain, self.window, self.symbol)

        def __sub__(self, other):
            othercoef = self._get_coefficients(other)
            return self.__class__(self._sub(self.coef, othercoef), self.domain, self.window, self.symbol)

        def __mul__(self, other):
            othercoef = self._get_coefficients(other)
            return self.__class__(self._mul(self.coef, othercoef), self.domain, self.window, self.symbol)

        def __truediv__(self, other):
            # NumPy asks for a numbers.Number: Python's numbers and NumPy's scalars, not arrays or bools.
            if isinstance(other, bool) or not isinstance(other, (int, float, complex, np.number)):
                raise TypeError(
                    f"unsupported types for true division: "
                    f"'<class '{self.__class__.__module__}.{self.__class__.__name__}'>', '{type(other)}'")
            return self.__floordiv__(other)

        def __floordiv__(self, other):
            return self.__divmod__(other)[0]

        def __mod__(self, other):
            return self.__divmod__(other)[1]

        def __divmod__(self, other):
            othercoef = self._get_coefficients(other)
            quo, rem = self._div(self.coef, othercoef)
            quo = self.__class__(quo, self.domain, self.window, self.symbol)
            rem = self.__class__(rem, self.domain, self.window, self.symbol)
            return quo, rem

        def __pow__(self, other):
            coef = self._pow(self.coef, other, maxpower=self.maxpower)
            return self.__class__(coef, self.domain, self.window, self.symbol)

        def __radd__(self, other):
            return self.__class__(self._add(other, self.coef), self.domain, self.window, self.symbol)

        def __rsub__(self, other):
            return self.__class__(self._sub(other, self.coef), self.domain, self.window, self.symbol)

        def __rmul__(self, other):
            return self.__class__(self._mul(other, self.coef), self.domain, self.window, self.symbol)

        def __rfloordiv__(self, other):
            return self.__rdivmod__(other)[0]

        def __rmod__(self, other):
            return self.__rdivmod__(other)[1]

        def __rdivmod__(self, other):
            quo, rem = self._div(other, self.coef)
            quo = self.__class__(quo, self.domain, self.window, self.symbol)
            rem = self.__class__(rem, self.domain, self.window, self.symbol)
            return quo, rem

        def __eq__(self, other):
            return (isinstance(other, self.__class__) and
                    np.all(self.domain == other.domain) and
                    np.all(self.window == other.window) and
                    (self.coef.shape == other.coef.shape) and
                    np.all(self.coef == other.coef) and
                    (self.symbol == other.symbol))

        def __ne__(self, other):
            return not self.__eq__(other)

        def copy(self):
            return self.__class__(self.coef, self.domain, self.window, self.symbol)

        def degree(self):
            return len(self) - 1

        def cutdeg(self, deg):
            return self.truncate(deg + 1)

        def trim(self, tol=0):
            coef = trimcoef(self.coef, tol)
            return self.__class__(coef, self.domain, self.window, self.symbol)

        def truncate(self, size):
            isize = int(size)
            if isize != size or isize < 1:
                raise ValueError('size must be a positive integer')
            if isize >= len(self.coef):
                coef = self.coef
            else:
                coef = self.coef[:isize]
            return self.__class__(coef, self.domain, self.window, self.symbol)

        def convert(self, domain=None, kind=None, window=None):
            if kind is None:
                kind = self.__class__
            if domain is None:
                domain = kind.domain
            if window is None:
                window = kind.window
            return self(kind.identity(domain, window=window, symbol=self.symbol))

        def mapparms(self):
            return mapparms(self.domain, self.window)

        def integ(self, m=1, k=[], lbnd=None):
            off, scl = self.mapparms()
            if lbnd is None:
                lbnd = 0
            else:
                lbnd = off + scl * lbnd
            coef = self._int(self.coef, m, k, lbnd, 1.0 / scl)
            return self.__class__(coef, self.domain, self.window, self.symbol)

        def deriv(self, m=1):
            off, scl = self.mapparms()
            coef = self._der(self.coef, m, scl)
            return self.__class__(coef, self.domain, self.window, self.symbol)

        def roots(self):
            roots = self._roots(self.coef)
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
            res = cls._fit(xnew, y, deg, w=w, rcond=rcond, full=full)
            if full:
                [coef, status] = res
                return cls(coef, domain=domain, window=window, symbol=symbol), status
            coef = res
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
            coef = cls._fromroots(rnew) / scl ** deg
            return cls(coef, domain=domain, window=window, symbol=symbol)

        @classmethod
        def identity(cls, domain=None, window=None, symbol='x'):
            if domain is None:
                domain = cls.domain
            if window is None:
                window = cls.window
            off, scl = mapparms(window, domain)
            coef = cls._line(off, scl)
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

        @classmethod
        def cast(cls, series, domain=None, window=None):
            if domain is None:
                domain = cls.domain
            if window is None:
                window = cls.window
            return series.convert(domain, cls, window)

    ABCPolyBase.__module__ = 'numpy.polynomial._polybase'
    """#
}
