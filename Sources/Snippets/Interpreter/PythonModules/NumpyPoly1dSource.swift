extension ModuleSources {
  /// The `np.NAME` members the poly1d source answers.
  static let numpyPoly1dNames: Set<String> = [
    "poly1d", "polyder", "polyint", "polyadd", "polysub", "polymul", "polydiv", "roots", "poly",
  ]

  /// NumPy's legacy polynomial API after NumPy 2.4's numpy/lib/_polynomial_impl.py: `np.poly1d` (its two-line
  /// `str`, call, arithmetic, `deriv`, `integ`, `roots`) and `np.polyder polyint polyadd polysub polymul polydiv
  /// roots poly`, the same statements in the same order. `roots` of degree 2 and more runs `np.linalg.eigvals`
  /// (refused where LAPACK's rounding would decide it).
  static let numpyPoly1d = numpyPoly1dCode + "\n" + lapackEigenvalues2

  private static let numpyPoly1dCode = #"""
    import math
    import numpy as np

    def _raise_power(astr, wrap=70):
        n = 0
        line1 = ''
        line2 = ''
        output = ' '
        while True:
            start = astr[n:].find('**')
            if start < 0:
                break
            start += n
            end = start + 2
            while end < len(astr) and astr[end] in '0123456789':
                end += 1
            power = astr[start + 2:end]
            partstr = astr[n:start]
            n = end
            toadd2 = partstr + ' ' * (len(power) - 1)
            toadd1 = ' ' * (len(partstr) - 1) + power
            if len(line2) + len(toadd2) > wrap or len(line1) + len(toadd1) > wrap:
                output += line1 + '\n' + line2 + '\n '
                line1 = toadd1
                line2 = toadd2
            else:
                line2 += partstr + ' ' * (len(power) - 1)
                line1 += ' ' * (len(partstr) - 1) + power
        output += line1 + '\n' + line2
        return output + astr[n:]

    def _coefficients(p):
        if isinstance(p, poly1d):
            return p.coeffs
        return p

    def poly(seq_of_zeros):
        if np.ndim(seq_of_zeros) == 0:
            raise TypeError('dispatcher for __array_function__ did not return an iterable')
        seq_of_zeros = np.atleast_1d(seq_of_zeros)
        sh = seq_of_zeros.shape
        if len(sh) == 2 and sh[0] == sh[1] and sh[0] != 0:
            __docbuild_refuse__(
                'np.poly of a matrix is not supported in snippets: it needs np.linalg.eigvals, which is refused')
        elif len(sh) == 1:
            if seq_of_zeros.dtype.kind in 'biu':
                seq_of_zeros = seq_of_zeros.astype(float)
        else:
            raise ValueError('input must be 1d or non-empty square 2d array.')
        if len(seq_of_zeros) == 0:
            return 1.0
        dt = seq_of_zeros.dtype
        a = np.ones((1,), dtype=dt)
        for zero in seq_of_zeros:
            a = np.convolve(a, np.array([1, -zero], dtype=dt))
        if dt.kind == 'c':
            # Roots that are all complex conjugate pairs give real coefficients.
            zeros = np.asarray(seq_of_zeros, complex)
            if np.all(np.sort(zeros) == np.sort(zeros.conjugate())):
                a = a.real.copy()
        return a

    def roots(p):
        if np.ndim(p) == 0:
            # NumPy's dispatcher iterates its argument.
            raise TypeError('dispatcher for __array_function__ did not return an iterable')
        p = np.atleast_1d(_coefficients(p))
        if p.ndim != 1:
            raise ValueError('Input must be a rank-1 array.')
        non_zero = np.nonzero(np.ravel(p))[0]
        if len(non_zero) == 0:
            return np.array([])
        trailing_zeros = len(p) - non_zero[-1] - 1
        p = p[int(non_zero[0]):int(non_zero[-1]) + 1]
        if p.dtype.kind not in 'fc':
            p = p.astype(float)
        N = len(p)
        if N > 1:
            if p.dtype == np.float16:
                # np.linalg.eigvals checks the companion matrix's values, then its dtype.
                ratios = np.abs(p[1:].astype(np.float64) / float(p[0]))
                if not np.isfinite(p).all() or (ratios >= 65520).any():
                    raise np.linalg.LinAlgError('Array must not contain infs or NaNs')
                raise TypeError('array type float16 is unsupported in linalg')
            if p.dtype != np.float64:
                __docbuild_refuse__(f'np.roots of {p.dtype} values is not supported in snippets: NumPy finds the '
                                    f'eigenvalues of the companion matrix in {p.dtype}; convert with '
                                    '.astype(np.float64) first')
            A = np.diag(np.ones((N - 2,), p.dtype), -1)
            A[0, :] = -p[1:] / p[0]
            if N == 2:
                # LAPACK's eigenvalue of a 1-by-1 matrix is its element.
                r = A[0].copy()
            elif N == 3:
                r = _eigvals2(A)
            else:
                r = np.linalg.eigvals(A)
        else:
            r = np.array([])
        return np.hstack((r, np.zeros(trailing_zeros, r.dtype)))

    def polyint(p, m=1, k=None):
        m = int(m)
        if m < 0:
            raise ValueError('Order of integral must be positive (see polyder)')
        if k is None:
            k = np.zeros(m, float)
        k = np.atleast_1d(k)
        if len(k) == 1 and m > 1:
            k = k[0] * np.ones(m, float)
        if len(k) < m:
            raise ValueError('k must be a scalar or a rank-1 array of length 1 or >m.')
        truepoly = isinstance(p, poly1d)
        p = np.asarray(_coefficients(p))
        if m == 0:
            if truepoly:
                return poly1d(p)
            return p
        else:
            y = np.concatenate((p / np.arange(len(p), 0, -1), [k[0]]))
            val = polyint(y, m - 1, k=k[1:])
            if truepoly:
                return poly1d(val)
            return val

    def polyder(p, m=1):
        m = int(m)
        if m < 0:
            raise ValueError('Order of derivative must be positive (see polyint)')
        truepoly = isinstance(p, poly1d)
        p = np.asarray(_coefficients(p))
        n = len(p) - 1
        y = p[:-1] * np.arange(n, 0, -1)
        if m == 0:
            val = p
        else:
            val = polyder(y, m - 1)
        if truepoly:
            val = poly1d(val)
        return val

    def polyadd(a1, a2):
        truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
        a1 = np.atleast_1d(_coefficients(a1))
        a2 = np.atleast_1d(_coefficients(a2))
        diff = len(a2) - len(a1)
        if diff == 0:
            val = a1 + a2
        elif diff > 0:
            zr = np.zeros(diff, a1.dtype)
            val = np.concatenate((zr, a1)) + a2
        else:
            zr = np.zeros(abs(diff), a2.dtype)
            val = a1 + np.concatenate((zr, a2))
        if truepoly:
            val = poly1d(val)
        return val

    def polysub(a1, a2):
        truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
        a1 = np.atleast_1d(_coefficients(a1))
        a2 = np.atleast_1d(_coefficients(a2))
        diff = len(a2) - len(a1)
        if diff == 0:
            val = a1 - a2
        elif diff > 0:
            zr = np.zeros(diff, a1.dtype)
            val = np.concatenate((zr, a1)) - a2
        else:
            zr = np.zeros(abs(diff), a2.dtype)
            val = a1 - np.concatenate((zr, a2))
        if truepoly:
            val = poly1d(val)
        return val

    def polymul(a1, a2):
        truepoly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
        a1, a2 = (poly1d(a1), poly1d(a2))
        val = np.convolve(a1.coeffs, a2.coeffs)
        if truepoly:
            val = poly1d(val)
        return val

    def polydiv(u, v):
        truepoly = isinstance(u, poly1d) or isinstance(v, poly1d)
        u = np.atleast_1d(_coefficients(u)) + 0.0
        v = np.atleast_1d(_coefficients(v)) + 0.0
        w = u[0] + v[0]
        m = len(u) - 1
        n = len(v) - 1
        scale = 1.0 / v[0]
        q = np.zeros((max(m - n + 1, 1),), w.dtype)
        r = u.astype(w.dtype)
        for k in range(m - n + 1):
            d = scale * r[k]
            q[k] = d
            r[k:k + n + 1] -= d * v
        while np.allclose(r[0], 0, rtol=1e-14) and r.shape[-1] > 1:
            r = r[1:]
        if truepoly:
            return (poly1d(q), poly1d(r))
        return (q, r)

    def _trim_leading_zeros(c):
        first = 0
        while first < len(c) and c[first] == 0:
            first += 1
        return c[first:]

    def _fmt_float(q):
        s = f'{float(q):.4g}'
        if s.endswith('.0000'):
            s = s[:-5]
        return s

    class poly1d:
        def __init__(self, c_or_r, r=False, variable=None):
            if isinstance(c_or_r, poly1d):
                self._variable = c_or_r._variable
                self._coeffs = c_or_r._coeffs
                if variable is not None:
                    self._variable = variable
                return
            if r:
                c_or_r = poly(c_or_r)
            c_or_r = np.atleast_1d(c_or_r)
            if c_or_r.ndim > 1:
                raise ValueError('Polynomial must be 1d only.')
            c_or_r = _trim_leading_zeros(c_or_r)
            if len(c_or_r) == 0:
                c_or_r = np.array([0], dtype=c_or_r.dtype)
            self._coeffs = c_or_r
            if variable is None:
                variable = 'x'
            self._variable = variable

        @property
        def coeffs(self):
            return self._coeffs

        @coeffs.setter
        def coeffs(self, value):
            if value is not self._coeffs:
                raise AttributeError('Cannot set attribute')

        @property
        def c(self):
            return self._coeffs

        @property
        def coef(self):
            return self._coeffs

        @property
        def coefficients(self):
            return self._coeffs

        @property
        def variable(self):
            return self._variable

        @property
        def order(self):
            return len(self._coeffs) - 1

        @property
        def o(self):
            return len(self._coeffs) - 1

        @property
        def roots(self):
            return roots(self._coeffs)

        @property
        def r(self):
            return roots(self._coeffs)

        def __repr__(self):
            vals = repr(self.coeffs)
            vals = vals[6:-1]
            return f'poly1d({vals})'

        def __len__(self):
            return self.order

        def __str__(self):
            thestr = '0'
            var = self.variable
            coeffs = self.coeffs[np.logical_or.accumulate(self.coeffs != 0)]
            N = len(coeffs) - 1
            for k, coeff in enumerate(coeffs):
                if coeff.dtype.kind != 'c' or np.imag(coeff) == 0:
                    coefstr = _fmt_float(np.real(coeff))
                elif np.real(coeff) == 0:
                    coefstr = f'{_fmt_float(np.imag(coeff))}j'
                else:
                    coefstr = f'({_fmt_float(np.real(coeff))} + {_fmt_float(np.imag(coeff))}j)'
                power = N - k
                if power == 0:
                    if coefstr != '0':
                        newstr = f'{coefstr}'
                    elif k == 0:
                        newstr = '0'
                    else:
                        newstr = ''
                elif power == 1:
                    if coefstr == '0':
                        newstr = ''
                    elif coefstr == 'b':
                        newstr = var
                    else:
                        newstr = f'{coefstr} {var}'
                elif coefstr == '0':
                    newstr = ''
                elif coefstr == 'b':
                    newstr = '%s**%d' % (var, power)
                else:
                    newstr = '%s %s**%d' % (coefstr, var, power)
                if k > 0:
                    if newstr != '':
                        if newstr.startswith('-'):
                            thestr = f'{thestr} - {newstr[1:]}'
                        else:
                            thestr = f'{thestr} + {newstr}'
                else:
                    thestr = newstr
            return _raise_power(thestr)

        def __call__(self, val):
            if isinstance(val, poly1d):
                __docbuild_refuse__('a poly1d called with a poly1d is not supported in snippets')
            return np.polyval(self.coeffs, val)

        def __neg__(self):
            return poly1d(-self.coeffs)

        def __pos__(self):
            return self

        def __mul__(self, other):
            if np.isscalar(other):
                return poly1d(self.coeffs * other)
            other = poly1d(other)
            return poly1d(polymul(self.coeffs, other.coeffs))

        def __rmul__(self, other):
            if np.isscalar(other):
                return poly1d(other * self.coeffs)
            other = poly1d(other)
            return poly1d(polymul(self.coeffs, other.coeffs))

        def __add__(self, other):
            other = poly1d(other)
            return poly1d(polyadd(self.coeffs, other.coeffs))

        def __radd__(self, other):
            other = poly1d(other)
            return poly1d(polyadd(self.coeffs, other.coeffs))

        def __pow__(self, val):
            if not np.isscalar(val) or int(val) != val or val < 0:
                raise ValueError('Power to non-negative integers only.')
            res = [1]
            for _ in range(val):
                res = polymul(self.coeffs, res)
            return poly1d(res)

        def __sub__(self, other):
            other = poly1d(other)
            return poly1d(polysub(self.coeffs, other.coeffs))

        def __rsub__(self, other):
            other = poly1d(other)
            return poly1d(polysub(other.coeffs, self.coeffs))

        def __truediv__(self, other):
            if np.isscalar(other):
                return poly1d(self.coeffs / other)
            other = poly1d(other)
            return polydiv(self, other)

        def __eq__(self, other):
            if not isinstance(other, poly1d):
                return NotImplemented
            if self.coeffs.shape != other.coeffs.shape:
                return False
            return (self.coeffs == other.coeffs).all()

        def __ne__(self, other):
            if not isinstance(other, poly1d):
                return NotImplemented
            return not self.__eq__(other)

        def __getitem__(self, val):
            ind = self.order - val
            if val > self.order:
                return self.coeffs.dtype.type(0)
            if val < 0:
                return self.coeffs.dtype.type(0)
            return self.coeffs[ind]

        def __iter__(self):
            return iter(self.coeffs)

        def integ(self, m=1, k=0):
            return poly1d(polyint(self.coeffs, m=m, k=k))

        def deriv(self, m=1):
            return poly1d(polyder(self.coeffs, m=m))
    # The module CPython names the class by (`type(x)`, `<class '…'>`).
    poly1d.__module__ = 'numpy'
    """#
}
