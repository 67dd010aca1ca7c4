extension ModuleSources {
  /// `fractions`, after CPython 3.11's Lib/fractions.py: Fraction's constructor (ints, floats exactly, strings by the
  /// module's pattern, two Rationals), its normalisation and ZeroDivisionError text, the arithmetic with the same
  /// gcd steps (so a zero divisor names the same numerator), float and complex fallbacks, comparisons, numeric hash,
  /// `limit_denominator`, rounding half to even. NumPy values as operands are refused (NumPy's integers are
  /// `numbers.Rational` in CPython, with their own result types). Decimals convert exactly (`Fraction(Decimal('1.1'))`,
  /// `from_decimal`).
  static let fractions = #"""
    import math
    import numpy as _np

    _MODULUS = 2305843009213693951
    _HASH_INF = 314159


    def _refuse_numpy(value, where):
        if isinstance(value, (_np.generic, _np.ndarray)):
            __docbuild_refuse__(f'fractions.Fraction {where} a NumPy {type(value).__name__} is not supported in snippets')


    def _is_decimal(value):
        # decimal.Decimal, without importing decimal (CPython's fractions imports it; snippets load it on first use).
        return type(value).__name__ == 'Decimal' and not isinstance(value, (str, float, complex)) and (
            type(value).__module__ == 'decimal')


    def _digits(text, i):
        # The end of a run of digits with single underscores between them (`1_000`) from i, or i when there is none.
        n = len(text)
        if i >= n or not text[i].isdecimal():
            return i
        while i < n and text[i].isdecimal():
            i += 1
        while i + 1 < n and text[i] == '_' and text[i + 1].isdecimal():
            i += 2
            while i < n and text[i].isdecimal():
                i += 1
        return i


    def _parse(original):
        # CPython 3.11's pattern for a Fraction's string: sign, numerator, then `/denominator` or a decimal part and an
        # exponent; its decimal group is `d*` (letters) or digits, so '1.d' reaches int('d').
        text = original.strip()
        n = len(text)
        i = 0
        sign = ''
        if i < n and text[i] in '+-':
            sign = text[i]
            i += 1
        if not (i < n and text[i].isdecimal()) and not (i + 1 < n and text[i] == '.' and text[i + 1].isdecimal()):
            return None
        start = i
        i = _digits(text, i)
        num = text[start:i]
        denom = None
        decimal = None
        exp = None
        if i < n and text[i] == '/':
            end = _digits(text, i + 1)
            if end == i + 1:
                return None
            denom = text[i + 1:end]
            i = end
        else:
            if i < n and text[i] == '.':
                i += 1
                start = i
                if i < n and text[i] in 'dD':
                    while i < n and text[i] in 'dD':
                        i += 1
                else:
                    i = _digits(text, i)
                decimal = text[start:i]
            if i < n and text[i] in 'eE':
                j = i + 1
                if j < n and text[j] in '+-':
                    j += 1
                end = _digits(text, j)
                if end > j:
                    exp = text[i + 1:end]
                    i = end
        if i != n:
            return None
        return sign, num, denom, decimal, exp


    class Fraction:
        def __init__(self, numerator=0, denominator=None, *, _normalize=True):
            if denominator is None:
                if type(numerator) is int:
                    self._numerator = numerator
                    self._denominator = 1
                    return
                _refuse_numpy(numerator, 'of')
                if isinstance(numerator, (int, Fraction)):
                    self._numerator = numerator.numerator
                    self._denominator = numerator.denominator
                    return
                if isinstance(numerator, float) or _is_decimal(numerator):
                    self._numerator, self._denominator = numerator.as_integer_ratio()
                    return
                if isinstance(numerator, str):
                    parts = _parse(numerator)
                    if parts is None:
                        raise ValueError('Invalid literal for Fraction: %r' % numerator)
                    sign, num, denom, decimal, exp = parts
                    numerator = int(num or '0')
                    if denom:
                        denominator = int(denom)
                    else:
                        denominator = 1
                        if decimal:
                            decimal = decimal.replace('_', '')
                            scale = 10 ** len(decimal)
                            numerator = numerator * scale + int(decimal)
                            denominator *= scale
                        if exp:
                            exp = int(exp)
                            if exp >= 0:
                                numerator *= 10 ** exp
                            else:
                                denominator *= 10 ** -exp
                    if sign == '-':
                        numerator = -numerator
                else:
                    raise TypeError('argument should be a string or a Rational instance')
            elif type(numerator) is int and type(denominator) is int:
                pass
            else:
                _refuse_numpy(numerator, 'of')
                _refuse_numpy(denominator, 'of')
                if isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
                    numerator, denominator = (numerator.numerator * denominator.denominator,
                                              denominator.numerator * numerator.denominator)
                else:
                    raise TypeError('both arguments should be Rational instances')
            if denominator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
            if _normalize:
                g = math.gcd(numerator, denominator)
                if denominator < 0:
                    g = -g
                numerator //= g
                denominator //= g
            self._numerator = numerator
            self._denominator = denominator

        @classmethod
        def from_float(cls, f):
            _refuse_numpy(f, 'from_float of')
            if isinstance(f, int):
                return cls(f)
            if not isinstance(f, float):
                raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
            return cls(*f.as_integer_ratio())

        @classmethod
        def from_decimal(cls, dec):
            _refuse_numpy(dec, 'from_decimal of')
            if isinstance(dec, int):
                return cls(int(dec))
            if not _is_decimal(dec):
                raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec,
                                                                                        type(dec).__name__))
            return cls(*dec.as_integer_ratio())

        def as_integer_ratio(self):
            return (self._numerator, self._denominator)

        def limit_denominator(self, max_denominator=1000000):
            # The best approximations from the continued fraction, then the closer of the two bounds.
            if max_denominator < 1:
                raise ValueError('max_denominator should be at least 1')
            if self._denominator <= max_denominator:
                return Fraction(self)
            p0, q0, p1, q1 = 0, 1, 1, 0
            n, d = self._numerator, self._denominator
            while True:
                a = n // d
                q2 = q0 + a * q1
                if q2 > max_denominator:
                    break
                p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
                n, d = d, n - a * d
            k = (max_denominator - q0) // q1
            bound1 = Fraction(p0 + k * p1, q0 + k * q1)
            bound2 = Fraction(p1, q1)
            if abs(bound2 - self) <= abs(bound1 - self):
                return bound2
            return bound1

        @property
        def numerator(self):
            return self._numerator

        @property
        def denominator(self):
            return self._denominator

        def __repr__(self):
            return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

        def __str__(self):
            if self._denominator == 1:
                return str(self._numerator)
            return '%s/%s' % (self._numerator, self._denominator)

        # Arithmetic: exact with ints and Fractions, through float with floats, through complex with complex numbers.
        def _other(self, other):
            _refuse_numpy(other, 'with')
            if isinstance(other, (int, Fraction)):
                return other
            return None

        def _add(a, b):
            na, da = a.numerator, a.denominator
            nb, db = b.numerator, b.denominator
            g = math.gcd(da, db)
            if g == 1:
                return Fraction(na * db + da * nb, da * db, _normalize=False)
            s = da // g
            t = na * (db // g) + nb * s
            g2 = math.gcd(t, g)
            if g2 == 1:
                return Fraction(t, s * db, _normalize=False)
            return Fraction(t // g2, s * (db // g2), _normalize=False)

        def _sub(a, b):
            na, da = a.numerator, a.denominator
            nb, db = b.numerator, b.denominator
            g = math.gcd(da, db)
            if g == 1:
                return Fraction(na * db - da * nb, da * db, _normalize=False)
            s = da // g
            t = na * (db // g) - nb * s
            g2 = math.gcd(t, g)
            if g2 == 1:
                return Fraction(t, s * db, _normalize=False)
            return Fraction(t // g2, s * (db // g2), _normalize=False)

        def _mul(a, b):
            na, da = a.numerator, a.denominator
            nb, db = b.numerator, b.denominator
            g1 = math.gcd(na, db)
            if g1 > 1:
                na //= g1
                db //= g1
            g2 = math.gcd(nb, da)
            if g2 > 1:
                nb //= g2
                da //= g2
            return Fraction(na * nb, db * da, _normalize=False)

        def _div(a, b):
            na, da = a.numerator, a.denominator
            nb, db = b.numerator, b.denominator
            g1 = math.gcd(na, nb)
            if g1 > 1:
                na //= g1
                nb //= g1
            g2 = math.gcd(db, da)
            if g2 > 1:
                da //= g2
                db //= g2
            n, d = na * db, nb * da
            if d < 0:
                n, d = -n, -d
            return Fraction(n, d, _normalize=False)

        def _floordiv(a, b):
            return (a.numerator * b.denominator) // (a.denominator * b.numerator)

        def _divmod(a, b):
            da, db = a.denominator, b.denominator
            div, n_mod = divmod(a.numerator * db, da * b.numerator)
            return div, Fraction(n_mod, da * db)

        def _mod(a, b):
            da, db = a.denominator, b.denominator
            return Fraction((a.numerator * db) % (b.numerator * da), da * db)

        def _float_operands(a, b, forward):
            # The operands as floats (or complex numbers) when `b` is one, else None.
            if isinstance(b, float):
                return (float(a), b) if forward else (b, float(a))
            if isinstance(b, complex):
                return (complex(float(a)), b) if forward else (b, complex(float(a)))
            return None

        def __add__(a, b):
            if a._other(b) is not None:
                return Fraction._add(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else pair[0] + pair[1]

        def __radd__(a, b):
            if a._other(b) is not None:
                return Fraction._add(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else pair[0] + pair[1]

        def __sub__(a, b):
            if a._other(b) is not None:
                return Fraction._sub(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else pair[0] - pair[1]

        def __rsub__(a, b):
            if a._other(b) is not None:
                return Fraction._sub(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else pair[0] - pair[1]

        def __mul__(a, b):
            if a._other(b) is not None:
                return Fraction._mul(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else pair[0] * pair[1]

        def __rmul__(a, b):
            if a._other(b) is not None:
                return Fraction._mul(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else pair[0] * pair[1]

        def __truediv__(a, b):
            if a._other(b) is not None:
                return Fraction._div(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else pair[0] / pair[1]

        def __rtruediv__(a, b):
            if a._other(b) is not None:
                return Fraction._div(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else pair[0] / pair[1]

        def __floordiv__(a, b):
            if a._other(b) is not None:
                return Fraction._floordiv(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else pair[0] // pair[1]

        def __rfloordiv__(a, b):
            if a._other(b) is not None:
                return Fraction._floordiv(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else pair[0] // pair[1]

        def __mod__(a, b):
            if a._other(b) is not None:
                return Fraction._mod(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else pair[0] % pair[1]

        def __rmod__(a, b):
            if a._other(b) is not None:
                return Fraction._mod(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else pair[0] % pair[1]

        def __divmod__(a, b):
            if a._other(b) is not None:
                return Fraction._divmod(a, b)
            pair = a._float_operands(b, True)
            return NotImplemented if pair is None else divmod(pair[0], pair[1])

        def __rdivmod__(a, b):
            if a._other(b) is not None:
                return Fraction._divmod(b if isinstance(b, Fraction) else Fraction(b), a)
            pair = a._float_operands(b, False)
            return NotImplemented if pair is None else divmod(pair[0], pair[1])

        def __pow__(a, b):
            _refuse_numpy(b, 'to the power of')
            if isinstance(b, (int, Fraction)):
                if b.denominator == 1:
                    power = b.numerator
                    if power >= 0:
                        return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                    if a._numerator >= 0:
                        return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                    return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
                return float(a) ** float(b)
            return float(a) ** b

        def __rpow__(b, a):
            _refuse_numpy(a, 'raised to')
            if b._denominator == 1 and b._numerator >= 0:
                return a ** b._numerator
            if isinstance(a, (int, Fraction)):
                return Fraction(a.numerator, a.denominator) ** b
            if b._denominator == 1:
                return a ** b._numerator
            return a ** float(b)

        def __pos__(a):
            return Fraction(a._numerator, a._denominator, _normalize=False)

        def __neg__(a):
            return Fraction(-a._numerator, a._denominator, _normalize=False)

        def __abs__(a):
            return Fraction(abs(a._numerator), a._denominator, _normalize=False)

        def __int__(a):
            if a._numerator < 0:
                return -(-a._numerator // a._denominator)
            return a._numerator // a._denominator

        def __trunc__(a):
            if a._numerator < 0:
                return -(-a._numerator // a._denominator)
            return a._numerator // a._denominator

        def __floor__(a):
            return a.numerator // a.denominator

        def __ceil__(a):
            return -(-a.numerator // a.denominator)

        def __float__(a):
            return a._numerator / a._denominator

        def __round__(self, ndigits=None):
            # Half to even.
            if ndigits is None:
                floor, remainder = divmod(self.numerator, self.denominator)
                if remainder * 2 < self.denominator:
                    return floor
                if remainder * 2 > self.denominator:
                    return floor + 1
                if floor % 2 == 0:
                    return floor
                return floor + 1
            shift = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * shift), shift)
            return Fraction(round(self / shift) * shift)

        def __hash__(self):
            # Python's numeric hash (equal to an equal int's or float's): |N| times the inverse of D modulo 2**61 - 1.
            if self._denominator % _MODULUS == 0:
                value = _HASH_INF
            else:
                value = hash(hash(abs(self._numerator)) * pow(self._denominator, _MODULUS - 2, _MODULUS))
            result = value if self._numerator >= 0 else -value
            return -2 if result == -1 else result

        def __eq__(a, b):
            if type(b) is int:
                return a._numerator == b and a._denominator == 1
            _refuse_numpy(b, 'compared with')
            if isinstance(b, (int, Fraction)):
                return a._numerator == b.numerator and a._denominator == b.denominator
            if isinstance(b, complex) and b.imag == 0:
                b = b.real
            if isinstance(b, float):
                if math.isnan(b) or math.isinf(b):
                    return 0.0 == b
                return a == a.from_float(b)
            return NotImplemented

        def _order(self, other):
            # The two integers whose order is the operands' order, or None when `other` is not a number of this kind.
            _refuse_numpy(other, 'compared with')
            if isinstance(other, (int, Fraction)):
                return self._numerator * other.denominator, self._denominator * other.numerator
            if isinstance(other, float):
                if math.isnan(other) or math.isinf(other):
                    return 0.0, other
                return self, self.from_float(other)
            return None

        def __lt__(a, b):
            pair = a._order(b)
            return NotImplemented if pair is None else pair[0] < pair[1]

        def __gt__(a, b):
            pair = a._order(b)
            return NotImplemented if pair is None else pair[0] > pair[1]

        def __le__(a, b):
            pair = a._order(b)
            return NotImplemented if pair is None else pair[0] <= pair[1]

        def __ge__(a, b):
            pair = a._order(b)
            return NotImplemented if pair is None else pair[0] >= pair[1]

        def __bool__(a):
            return bool(a._numerator)

        def __copy__(self):
            if type(self) == Fraction:
                return self
            return type(self)(self._numerator, self._denominator)

        def __deepcopy__(self, memo):
            if type(self) == Fraction:
                return self
            return type(self)(self._numerator, self._denominator)
    """#
}
