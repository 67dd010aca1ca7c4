extension ModuleSources {
  /// `decimal`, as CPython 3.11's C implementation behaves, written after the General Decimal Arithmetic
  /// specification: Decimal from str/int/float (exactly)/tuple, its text, arithmetic correctly rounded to the context
  /// (`+ - * / // % divmod`, integer powers by libmpdec's squaring steps), comparisons and the numeric hash with ints,
  /// floats and Fractions, `quantize`, `sqrt`, `normalize`, `to_integral_value`, `round`, format specs; contexts
  /// (`getcontext`, `setcontext`, `localcontext`), flags and traps, the signals raised as the C module raises them.
  /// Refused by name: results past Emin/Emax (overflow, subnormals), other Emin/Emax/clamp, precisions above 1,000,
  /// non-integral powers, the transcendental and logical methods.
  static let decimal = #"""
    import math as _math
    import numpy as _np
    from collections import namedtuple as _namedtuple

    ROUND_DOWN = 'ROUND_DOWN'
    ROUND_HALF_UP = 'ROUND_HALF_UP'
    ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
    ROUND_CEILING = 'ROUND_CEILING'
    ROUND_FLOOR = 'ROUND_FLOOR'
    ROUND_UP = 'ROUND_UP'
    ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
    ROUND_05UP = 'ROUND_05UP'
    _ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
                  ROUND_05UP)

    MAX_PREC = 999999999999999999
    MAX_EMAX = 999999999999999999
    MIN_EMIN = -999999999999999999
    MIN_ETINY = -1999999999999999997
    HAVE_THREADS = True
    HAVE_CONTEXTVAR = True
    __version__ = '1.70'
    __libmpdec_version__ = '2.5.1'

    # Precisions past this would make coefficients longer than snippets' integers hold.
    _PREC_LIMIT = 1000
    _MODULUS = 2305843009213693951
    _TEN_INVERSE = pow(10, _MODULUS - 2, _MODULUS)

    DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')


    class DecimalException(ArithmeticError):
        pass


    class Clamped(DecimalException):
        pass


    class InvalidOperation(DecimalException):
        pass


    class ConversionSyntax(InvalidOperation):
        pass


    class DivisionByZero(DecimalException, ZeroDivisionError):
        pass


    class DivisionImpossible(InvalidOperation):
        pass


    class DivisionUndefined(InvalidOperation, ZeroDivisionError):
        pass


    class Inexact(DecimalException):
        pass


    class InvalidContext(InvalidOperation):
        pass


    class Rounded(DecimalException):
        pass


    class Subnormal(DecimalException):
        pass


    class Overflow(Inexact, Rounded):
        pass


    class Underflow(Inexact, Rounded, Subnormal):
        pass


    class FloatOperation(DecimalException, TypeError):
        pass


    # The signals in the order the C implementation lists them (a context's repr, its flags and traps).
    _SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
                Clamped)


    _BIT_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal,
                  Underflow)


    def _refuse(what):
        __docbuild_refuse__(f'decimal: {what} is not supported in snippets')


    class _SignalDict:
        # A context's flags or traps: one boolean per signal.
        def __init__(self, on):
            self._on = {signal: signal in on for signal in _SIGNALS}

        def __getitem__(self, signal):
            if signal not in self._on:
                raise KeyError(signal)
            return self._on[signal]

        def __setitem__(self, signal, value):
            if signal not in self._on:
                raise KeyError(signal)
            self._on[signal] = bool(value)

        def __contains__(self, signal):
            return signal in self._on

        def __iter__(self):
            return iter(self._on)

        def __len__(self):
            return len(self._on)

        def keys(self):
            return self._on.keys()

        def values(self):
            return self._on.values()

        def items(self):
            return self._on.items()

        def copy(self):
            return dict(self._on)

        def __repr__(self):
            return '{' + ', '.join(f'{signal!r}:{value}' for signal, value in self._on.items()) + '}'

        def _names(self):
            # A context's repr lists signals in libmpdec's order of condition bits, not in the order of the dict.
            return '[' + ', '.join(signal.__name__ for signal in _BIT_ORDER if self._on[signal]) + ']'


    _CONTEXT_METHODS = frozenset([
        'canonical', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_decimal', 'divmod', 'exp', 'fma',
        'is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_normal', 'is_qnan', 'is_signed', 'is_snan',
        'is_subnormal', 'is_zero', 'ln', 'log10', 'logb', 'logical_and', 'logical_invert', 'logical_or', 'logical_xor',
        'max', 'max_mag', 'min', 'min_mag', 'next_minus', 'next_plus', 'next_toward', 'normalize', 'number_class',
        'radix',
        'remainder_near', 'rotate', 'same_quantum', 'scaleb', 'shift', 'to_eng_string', 'to_integral',
        'to_integral_exact', 'to_integral_value', 'to_sci_string', 'copy_abs', 'copy_negate', 'copy_sign', '_apply',
    ])


    class Context:
        def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                     traps=None):
            self._prec = 28
            self._rounding = ROUND_HALF_EVEN
            self._capitals = 1
            self.prec = 28 if prec is None else prec
            self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
            if Emin is not None and Emin != -999999:
                _refuse('a context with Emin other than -999999')
            if Emax is not None and Emax != 999999:
                _refuse('a context with Emax other than 999999')
            if clamp is not None and clamp != 0:
                _refuse('a context with clamp=1')
            self.capitals = 1 if capitals is None else capitals
            if flags is None:
                flags = []
            if traps is None:
                traps = [InvalidOperation, DivisionByZero, Overflow]
            if isinstance(flags, dict) or isinstance(traps, dict):
                _refuse('a context built from dicts of signals')
            self.flags = _SignalDict(flags)
            self.traps = _SignalDict(traps)

        @property
        def prec(self):
            return self._prec

        @prec.setter
        def prec(self, value):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value < 1 or value > MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
            if value > _PREC_LIMIT:
                _refuse(f'a precision above {_PREC_LIMIT}')
            self._prec = value

        @property
        def rounding(self):
            return self._rounding

        @rounding.setter
        def rounding(self, value):
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
            self._rounding = value

        @property
        def capitals(self):
            return self._capitals

        @capitals.setter
        def capitals(self, value):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
            self._capitals = value

        @property
        def Emin(self):
            return -999999

        @Emin.setter
        def Emin(self, value):
            _refuse('setting a context\'s Emin')

        @property
        def Emax(self):
            return 999999

        @Emax.setter
        def Emax(self, value):
            _refuse('setting a context\'s Emax')

        @property
        def clamp(self):
            return 0

        @clamp.setter
        def clamp(self, value):
            _refuse('setting a context\'s clamp')

        def Etiny(self):
            return -999999 - self._prec + 1

        def Etop(self):
            return 999999 - self._prec + 1

        def __repr__(self):
            return (f'Context(prec={self._prec}, rounding={self._rounding}, Emin=-999999, Emax=999999, '
                    f'capitals={self._capitals}, clamp=0, flags={self.flags._names()}, traps={self.traps._names()})')

        def __getattr__(self, name):
            if name in _CONTEXT_METHODS:
                _refuse(f'Context.{name}')
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")

        def __reduce__(self):
            _refuse('pickling a context')

        def copy(self):
            other = Context(self._prec, self._rounding, capitals=self._capitals)
            other.flags._on = dict(self.flags._on)
            other.traps._on = dict(self.traps._on)
            return other

        __copy__ = copy

        def clear_flags(self):
            for signal in _SIGNALS:
                self.flags._on[signal] = False

        def clear_traps(self):
            for signal in _SIGNALS:
                self.traps._on[signal] = False

        def _signal(self, signal, condition=None):
            # Records a signal; raises it when trapped, as the C implementation does, with the condition in a list.
            self.flags._on[signal] = True
            if self.traps._on[signal]:
                if signal not in (InvalidOperation, DivisionByZero, FloatOperation):
                    _refuse(f'a trapped {signal.__name__} signal')
                raise signal([signal if condition is None else condition])

        def _signals(self, signals):
            # Several signals of one operation: the first trapped one raised, listing every trapped one.
            for signal in signals:
                self.flags._on[signal] = True
            trapped = [signal for signal in signals if self.traps._on[signal]]
            if trapped:
                for signal in trapped:
                    if signal not in (InvalidOperation, DivisionByZero, FloatOperation):
                        _refuse(f'a trapped {signal.__name__} signal')
                raise trapped[0](trapped)

        def create_decimal(self, num='0'):
            if isinstance(num, float):
                self._signal(FloatOperation)
                value = Decimal.from_float(num)
            else:
                value = Decimal(num, self)
            if value._kind == 'N' or value._kind == 'n':
                if len(str(value._coef)) > self._prec and value._coef:
                    return self._invalid(ConversionSyntax)
                return value
            return value._fix(self)

        def create_decimal_from_float(self, f):
            return Decimal.from_float(f)._fix(self)

        def _invalid(self, condition=InvalidOperation):
            self._signal(InvalidOperation, condition)
            return Decimal._nan()

        def add(self, a, b):
            return _operand(a, self)._add(_operand(b, self), self)

        def subtract(self, a, b):
            return _operand(a, self)._add(_operand(b, self), self, True)

        def multiply(self, a, b):
            return _operand(a, self)._multiply(_operand(b, self), self)

        def divide(self, a, b):
            return _operand(a, self)._divide(_operand(b, self), self)

        def divide_int(self, a, b):
            return _operand(a, self)._divmod(_operand(b, self), self, 'q')

        def remainder(self, a, b):
            return _operand(a, self)._divmod(_operand(b, self), self, 'r')

        def power(self, a, b, modulo=None):
            if modulo is not None:
                _refuse('power() with a modulus')
            return _operand(a, self)._power(_operand(b, self), self)

        def sqrt(self, a):
            return _operand(a, self).sqrt(self)

        def quantize(self, a, b):
            return _operand(a, self).quantize(_operand(b, self), context=self)

        def plus(self, a):
            return _operand(a, self)._plus(self)

        def minus(self, a):
            return -_operand(a, self) if self is _state.context else _operand(a, self)._negated()._plus(self)

        def abs(self, a):
            return abs(_operand(a, self)) if self is _state.context else _operand(a, self)._absolute()._plus(self)

        def compare(self, a, b):
            return _operand(a, self).compare(_operand(b, self), self)


    def _operand(value, context):
        if isinstance(value, Decimal):
            return value
        if isinstance(value, int):
            return Decimal(value)
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')


    class _State:
        def __init__(self):
            self.context = Context()


    _state = _State()
    DefaultContext = Context()
    BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                           traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Clamped])
    ExtendedContext = Context(prec=9, traps=[])


    def getcontext():
        return _state.context


    def setcontext(context):
        if not isinstance(context, Context):
            raise TypeError('argument must be a context')
        if context is DefaultContext or context is BasicContext or context is ExtendedContext:
            context = context.copy()
            context.clear_flags()
        _state.context = context


    class ContextManager:
        def __init__(self, context):
            self._new = context
            self._saved = None

        def __enter__(self):
            self._saved = _state.context
            setcontext(self._new)
            return _state.context

        def __exit__(self, *exc):
            _state.context = self._saved
            return None


    def localcontext(ctx=None, **kwargs):
        if ctx is None:
            ctx = getcontext()
        elif not isinstance(ctx, Context):
            raise TypeError('optional argument must be a context')
        new = ctx.copy()
        for name, value in kwargs.items():
            if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
            if name == 'flags' or name == 'traps':
                _refuse(f'localcontext({name}=...)')
            setattr(new, name, value)
        return ContextManager(new)


    def _digits_of(coefficient):
        return len(str(coefficient))


    def _round(coefficient, drop, rounding, sign):
        # Drops `drop` (> 0) digits from a coefficient: the rounded quotient and whether anything non-zero went.
        if drop > _digits_of(coefficient) + 1:
            quotient, rest, scale = 0, coefficient, None
        else:
            scale = 10 ** drop
            quotient, rest = divmod(coefficient, scale)
        if rest == 0:
            return quotient, False
        if scale is None:
            half = -1
        else:
            half = 2 * rest - scale
        if rounding == ROUND_DOWN:
            up = False
        elif rounding == ROUND_UP:
            up = True
        elif rounding == ROUND_CEILING:
            up = sign == 0
        elif rounding == ROUND_FLOOR:
            up = sign == 1
        elif rounding == ROUND_HALF_UP:
            up = half >= 0
        elif rounding == ROUND_HALF_DOWN:
            up = half > 0
        elif rounding == ROUND_HALF_EVEN:
            up = half > 0 or (half == 0 and quotient % 2 == 1)
        else:
            up = quotient % 5 == 0
        return quotient + 1 if up else quotient, True


    def _string_digits(text):
        # ASCII digits, or None.
        for ch in text:
            if ch not in '0123456789':
                return None
        return text


    def _parse(text):
        # (sign, coefficient, exponent or kind) of a numeric string, or None.
        # The C implementation drops every underscore before reading the digits.
        text = text.strip().replace('_', '')
        if not text.isascii():
            for ch in text:
                if ord(ch) > 127:
                    _refuse('a Decimal string with non-ASCII characters')
        sign = 0
        if text[:1] in ('+', '-'):
            sign = 1 if text[0] == '-' else 0
            text = text[1:]
        lower = text.lower()
        if lower in ('inf', 'infinity'):
            return sign, 0, 'F'
        for prefix, kind in (('snan', 'N'), ('nan', 'n')):
            if lower.startswith(prefix):
                payload = _string_digits(text[len(prefix):])
                if payload is None:
                    return None
                return sign, int(payload or '0'), kind
        exponent = 0
        mark = max(lower.find('e'), -1)
        if mark >= 0:
            tail = text[mark + 1:]
            if tail[:1] in ('+', '-'):
                digits = _string_digits(tail[1:])
                if not digits:
                    return None
                exponent = -int(digits) if tail[0] == '-' else int(digits)
            else:
                digits = _string_digits(tail)
                if not digits:
                    return None
                exponent = int(digits)
            text = text[:mark]
        point = text.find('.')
        if point >= 0:
            whole = _string_digits(text[:point])
            fraction = _string_digits(text[point + 1:])
        else:
            whole = _string_digits(text)
            fraction = ''
        if whole is None or fraction is None or (whole == '' and fraction == ''):
            return None
        return sign, int(whole + fraction), exponent - len(fraction)


    def _compare_finite(a, b):
        # -1, 0 or 1 for two finite values (exactly).
        if a._coef == 0 and b._coef == 0:
            return 0
        if a._coef == 0:
            return 1 if b._sign else -1
        if b._coef == 0:
            return -1 if a._sign else 1
        if a._sign != b._sign:
            return -1 if a._sign else 1
        adjusted_a = a._exp + _digits_of(a._coef)
        adjusted_b = b._exp + _digits_of(b._coef)
        if adjusted_a != adjusted_b:
            result = 1 if adjusted_a > adjusted_b else -1
        else:
            low = min(a._exp, b._exp)
            left = a._coef * 10 ** (a._exp - low)
            right = b._coef * 10 ** (b._exp - low)
            result = (left > right) - (left < right)
        return -result if a._sign else result


    _RAW = object()
    _OPERATORS = {'add': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//', 'mod': '%',
                  'divmod': 'divmod()', 'pow': '** or pow()'}


    class Decimal:
        def __init__(self, value='0', context=None):
            if type(self) is not Decimal:
                _refuse('a subclass of Decimal')
            if value is _RAW:
                return
            if context is None:
                context = _state.context
            elif not isinstance(context, Context):
                raise TypeError('optional argument must be a context')
            self._kind = ''
            if isinstance(value, str):
                parts = _parse(value)
                if parts is None:
                    self._sign, self._coef, self._exp = 0, 0, 0
                    self._kind = 'n'
                    context._signal(InvalidOperation, ConversionSyntax)
                    return
                self._sign, self._coef, self._exp = parts
                if isinstance(self._exp, str):
                    self._kind = self._exp
                    self._exp = 0
                    if self._kind == 'F':
                        self._coef = 0
                return
            if isinstance(value, bool) or isinstance(value, int):
                self._sign = 1 if value < 0 else 0
                self._coef = abs(int(value))
                self._exp = 0
                return
            if isinstance(value, Decimal):
                self._sign, self._coef, self._exp, self._kind = value._sign, value._coef, value._exp, value._kind
                return
            if isinstance(value, float):
                context._signal(FloatOperation)
                other = Decimal.from_float(value)
                self._sign, self._coef, self._exp, self._kind = other._sign, other._coef, other._exp, other._kind
                return
            if isinstance(value, (list, tuple)):
                if len(value) != 3:
                    raise ValueError('argument must be a sequence of length 3')
                sign, digits, exponent = value
                if not (isinstance(sign, int) and sign in (0, 1)):
                    raise ValueError('sign must be an integer with the value 0 or 1')
                if exponent == 'F':
                    self._sign, self._coef, self._exp, self._kind = sign, 0, 0, 'F'
                    return
                if exponent == 'n' or exponent == 'N':
                    self._kind = exponent
                    exponent = 0
                elif not isinstance(exponent, int) or isinstance(exponent, bool):
                    raise ValueError('exponent must be an integer')
                if not isinstance(digits, (list, tuple)):
                    raise ValueError('coefficient must be a tuple of digits')
                coefficient = 0
                for digit in digits:
                    if not isinstance(digit, int) or isinstance(digit, bool) or digit < 0 or digit > 9:
                        raise ValueError('coefficient must be a tuple of digits')
                    coefficient = coefficient * 10 + digit
                self._sign, self._coef, self._exp = sign, coefficient, exponent
                return
            raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

        @classmethod
        def from_float(cls, f):
            if isinstance(f, int) and not isinstance(f, bool):
                return cls(f)
            if isinstance(f, bool):
                return cls(int(f))
            if not isinstance(f, float):
                raise TypeError('argument must be int or float')
            if f != f:
                return _special(0, 'n')
            sign = 1 if _math.copysign(1.0, f) < 0 else 0
            if f in (float('inf'), float('-inf')):
                return _special(sign, 'F')
            numerator, denominator = abs(f).as_integer_ratio()
            shift = denominator.bit_length() - 1
            return _finite(sign, numerator * 5 ** shift, -shift)

        @staticmethod
        def _nan():
            return _special(0, 'n')

        # --- properties of the value ---

        @property
        def real(self):
            return self

        @property
        def imag(self):
            return Decimal(0)

        def conjugate(self):
            return self

        def adjusted(self):
            if self._kind:
                return 0
            return self._exp + _digits_of(self._coef) - 1

        def as_tuple(self):
            if self._kind == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            digits = tuple(int(d) for d in str(self._coef)) if self._coef or not self._kind else ()
            return DecimalTuple(self._sign, digits, self._kind or self._exp)

        def as_integer_ratio(self):
            if self._kind == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            if self._kind:
                raise ValueError('cannot convert NaN to integer ratio')
            if self._coef == 0:
                return 0, 1
            if self._exp >= 0:
                _limit_exponent(self._exp)
                numerator, denominator = self._coef * 10 ** self._exp, 1
            else:
                _limit_exponent(-self._exp)
                numerator, denominator = self._coef, 10 ** -self._exp
                common = _math.gcd(numerator, denominator)
                numerator //= common
                denominator //= common
            return (-numerator if self._sign else numerator), denominator

        def is_nan(self):
            return self._kind in ('n', 'N')

        def is_qnan(self):
            return self._kind == 'n'

        def is_snan(self):
            return self._kind == 'N'

        def is_infinite(self):
            return self._kind == 'F'

        def is_finite(self):
            return not self._kind

        def is_zero(self):
            return not self._kind and self._coef == 0

        def is_signed(self):
            return self._sign == 1

        def is_canonical(self):
            return True

        def canonical(self):
            return self

        def copy_abs(self):
            return _triple(0, self._coef, self._exp, self._kind)

        def copy_negate(self):
            return _triple(1 - self._sign, self._coef, self._exp, self._kind)

        def copy_sign(self, other, context=None):
            other = _operand(other, context)
            return _triple(other._sign, self._coef, self._exp, self._kind)

        def same_quantum(self, other, context=None):
            other = _operand(other, context)
            if self._kind or other._kind:
                return (self._kind in ('n', 'N') and other._kind in ('n', 'N')) or (
                    self._kind == 'F' and other._kind == 'F')
            return self._exp == other._exp

        def __getattr__(self, name):
            if name in _DECIMAL_METHODS:
                _refuse(f'Decimal.{name}')
            raise AttributeError(f"'decimal.Decimal' object has no attribute '{name}'")

        # --- text ---

        def _text(self, capitals=None):
            if capitals is None:
                capitals = _state.context._capitals
            sign = '-' if self._sign else ''
            if self._kind == 'F':
                return sign + 'Infinity'
            if self._kind:
                return sign + ('NaN' if self._kind == 'n' else 'sNaN') + (str(self._coef) if self._coef else '')
            digits = str(self._coef)
            leftdigits = self._exp + len(digits)
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
            if dotplace <= 0:
                text = '0.' + '0' * -dotplace + digits
            elif dotplace >= len(digits):
                text = digits + '0' * (dotplace - len(digits))
            else:
                text = digits[:dotplace] + '.' + digits[dotplace:]
            if leftdigits != dotplace:
                text += ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
            return sign + text

        def __str__(self):
            return self._text()

        def __repr__(self):
            return "Decimal('" + self._text() + "')"

        def to_eng_string(self, context=None):
            _refuse('Decimal.to_eng_string')

        # --- conversions ---

        def __float__(self):
            if self._kind == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._kind == 'n':
                return float('-nan') if self._sign else float('nan')
            return float(self._text(1))

        def __int__(self):
            if self._kind == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            if self._kind:
                raise ValueError('cannot convert NaN to integer')
            if self._exp >= 0:
                _limit_exponent(self._exp)
                value = self._coef * 10 ** self._exp
            else:
                value = self._coef // 10 ** -self._exp if -self._exp <= _digits_of(self._coef) else 0
            return -value if self._sign else value

        __trunc__ = __int__

        def __bool__(self):
            return bool(self._kind) or self._coef != 0

        def __complex__(self):
            return complex(float(self))

        def _integral(self, rounding):
            # The value rounded to an integer, as an int.
            if self._kind == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            if self._kind:
                raise ValueError('cannot convert NaN to integer')
            return int(self._rescaled(0, rounding))

        def __floor__(self):
            return self._integral(ROUND_FLOOR)

        def __ceil__(self):
            return self._integral(ROUND_CEILING)

        def __round__(self, n=None):
            if n is None:
                return self._integral(ROUND_HALF_EVEN)
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_finite(0, 1, -n))

        def __hash__(self):
            if self._kind == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == 'n':
                _refuse('hash() of a Decimal NaN (CPython hashes it by identity)')
            if self._kind == 'F':
                return -314159 if self._sign else 314159
            if self._exp >= 0:
                scale = pow(10, self._exp, _MODULUS)
            else:
                scale = pow(_TEN_INVERSE, -self._exp, _MODULUS)
            value = self._coef * scale % _MODULUS
            value = -value if self._sign else value
            return -2 if value == -1 else value

        def __reduce__(self):
            return (Decimal, (str(self),))

        def __copy__(self):
            return self

        def __deepcopy__(self, memo):
            return self

        # --- comparisons ---

        def _comparable(self, other, ordering):
            # `other` as a Decimal for a comparison, NotImplemented, or a Fraction-like pair.
            if isinstance(other, Decimal):
                return other
            if isinstance(other, int):
                return Decimal(other)
            if isinstance(other, float):
                context = _state.context
                if ordering:
                    context._signal(FloatOperation)
                else:
                    context.flags._on[FloatOperation] = True
                return Decimal.from_float(other)
            if _is_fraction(other):
                return other
            if isinstance(other, complex):
                if ordering:
                    return NotImplemented
                if other.imag != 0:
                    return None
                return Decimal.from_float(other.real)
            _refuse_numpy(other)
            return NotImplemented

        def _order(self, other, operator):
            other = self._comparable(other, True)
            if other is NotImplemented:
                return other
            if not isinstance(other, Decimal):
                return _fraction_order(self, other, operator)
            if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                _state.context._signal(InvalidOperation)
                return False
            result = _compare(self, other)
            if operator == '<':
                return result < 0
            if operator == '<=':
                return result <= 0
            if operator == '>':
                return result > 0
            return result >= 0

        def __eq__(self, other):
            other = self._comparable(other, False)
            if other is NotImplemented or other is None:
                return False if other is None else other
            if not isinstance(other, Decimal):
                return _fraction_order(self, other, '==')
            if self._kind == 'N' or other._kind == 'N':
                _state.context._signal(InvalidOperation)
                return False
            if self._kind == 'n' or other._kind == 'n':
                return False
            return _compare(self, other) == 0

        def __ne__(self, other):
            result = self.__eq__(other)
            return result if result is NotImplemented else not result

        def __lt__(self, other):
            return self._order(other, '<')

        def __le__(self, other):
            return self._order(other, '<=')

        def __gt__(self, other):
            return self._order(other, '>')

        def __ge__(self, other):
            return self._order(other, '>=')

        def compare(self, other, context=None):
            context = context or _state.context
            other = _operand(other, context)
            if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                return _propagate_nan(self, other, context)
            return Decimal(_compare(self, other))

        def max(self, other, context=None):
            _refuse('Decimal.max')

        def min(self, other, context=None):
            _refuse('Decimal.min')

        # --- arithmetic ---

        def _binary(self, other, name, reflected):
            if isinstance(other, Decimal):
                return other
            if isinstance(other, int):
                return Decimal(other)
            _refuse_numpy(other)
            if not reflected and not isinstance(other, _BUILTIN_OPERANDS) and not _is_fraction(other) and hasattr(
                    type(other), '__r' + name + '__'):
                return NotImplemented
            left, right = ('decimal.Decimal', type(other).__name__)
            if reflected:
                left, right = right, left
            raise TypeError(f"unsupported operand type(s) for {_OPERATORS[name]}: '{left}' and '{right}'")

        def __add__(self, other, context=None):
            other = self._binary(other, 'add', False)
            if other is NotImplemented:
                return other
            return self._add(other, _state.context)

        def __radd__(self, other):
            return self._binary(other, 'add', True)._add(self, _state.context)

        def __sub__(self, other):
            other = self._binary(other, 'sub', False)
            if other is NotImplemented:
                return other
            return self._add(other, _state.context, True)

        def __rsub__(self, other):
            return self._binary(other, 'sub', True)._add(self, _state.context, True)

        def __mul__(self, other):
            other = self._binary(other, 'mul', False)
            if other is NotImplemented:
                return other
            return self._multiply(other, _state.context)

        def __rmul__(self, other):
            return self._binary(other, 'mul', True)._multiply(self, _state.context)

        def __truediv__(self, other):
            other = self._binary(other, 'truediv', False)
            if other is NotImplemented:
                return other
            return self._divide(other, _state.context)

        def __rtruediv__(self, other):
            return self._binary(other, 'truediv', True)._divide(self, _state.context)

        def __floordiv__(self, other):
            other = self._binary(other, 'floordiv', False)
            if other is NotImplemented:
                return other
            return self._divmod(other, _state.context, 'q')

        def __rfloordiv__(self, other):
            return self._binary(other, 'floordiv', True)._divmod(self, _state.context, 'q')

        def __mod__(self, other):
            other = self._binary(other, 'mod', False)
            if other is NotImplemented:
                return other
            return self._divmod(other, _state.context, 'r')

        def __rmod__(self, other):
            return self._binary(other, 'mod', True)._divmod(self, _state.context, 'r')

        def __divmod__(self, other):
            other = self._binary(other, 'divmod', False)
            if other is NotImplemented:
                return other
            return self._divmod(other, _state.context)

        def __rdivmod__(self, other):
            return self._binary(other, 'divmod', True)._divmod(self, _state.context)

        def __pow__(self, other, modulo=None):
            if modulo is not None:
                _refuse('pow() with a modulus')
            other = self._binary(other, 'pow', False)
            if other is NotImplemented:
                return other
            return self._power(other, _state.context)

        def __rpow__(self, other, modulo=None):
            if modulo is not None:
                _refuse('pow() with a modulus')
            return self._binary(other, 'pow', True)._power(self, _state.context)

        def __neg__(self):
            if self._kind in ('n', 'N'):
                return _propagate_nan(self, None, _state.context)
            return self._negated()._plus(_state.context)

        def __pos__(self):
            return self._plus(_state.context)

        def __abs__(self):
            if self._kind in ('n', 'N'):
                return _propagate_nan(self, None, _state.context)
            return self._absolute()._plus(_state.context)

        def _negated(self):
            return _triple(1 - self._sign, self._coef, self._exp, self._kind)

        def _absolute(self):
            return _triple(0, self._coef, self._exp, self._kind)

        def _plus(self, context):
            # Unary plus and minus: the value rounded to the context; a zero is positive unless rounding to floor.
            if self._kind:
                if self._kind in ('n', 'N'):
                    return _propagate_nan(self, None, context)
                return self
            if self._coef == 0:
                return _finite(self._sign if context._rounding == ROUND_FLOOR else 0, 0, self._exp)._fix(context)
            return self._fix(context)

        def _fix(self, context):
            # The value rounded to the context's precision, signalling Rounded and Inexact; exponents past the context's
            # limits are refused.
            if self._kind:
                return self
            digits = _digits_of(self._coef)
            prec = context._prec
            coefficient, exponent = self._coef, self._exp
            if digits > prec:
                coefficient, inexact = _round(coefficient, digits - prec, context._rounding, self._sign)
                exponent += digits - prec
                if coefficient == 10 ** prec:
                    coefficient //= 10
                    exponent += 1
                if inexact:
                    context._signal(Inexact)
                context._signal(Rounded)
            if coefficient == 0:
                if exponent > 999999 or exponent < -999999 - prec + 1:
                    _refuse('a zero whose exponent is past the context\'s limits (Clamped)')
            else:
                adjusted = exponent + _digits_of(coefficient) - 1
                if adjusted > 999999:
                    _refuse('an Overflow (a result past the context\'s Emax)')
                if adjusted < -999999:
                    _refuse('a subnormal result or an Underflow (past the context\'s Emin)')
            return _finite(self._sign, coefficient, exponent)

        def _add(self, other, context, subtract=False):
            if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                return _propagate_nan(self, other, context)
            if subtract:
                other = other._negated()
            if self._kind or other._kind:
                if self._kind == 'F' and other._kind == 'F' and self._sign != other._sign:
                    return context._invalid()
                return self if self._kind == 'F' else other
            exponent = min(self._exp, other._exp)
            if self._coef == 0 and other._coef == 0:
                sign = self._sign if self._sign == other._sign else (1 if context._rounding == ROUND_FLOOR else 0)
                return _finite(sign, 0, exponent)._fix(context)
            if self._coef == 0:
                return other._padded(exponent, context)
            if other._coef == 0:
                return self._padded(exponent, context)
            a, b = self, other
            # An operand far below the other's last kept digit only decides the rounding: it stands in as one unit just
            # below the digits the sum could keep.
            if a._exp < b._exp:
                a, b = b, a
            limit = min(a._exp, a._exp + _digits_of(a._coef) - context._prec - 2)
            if b._exp + _digits_of(b._coef) <= limit:
                b = _finite(b._sign, 1, limit - 1)
            low = min(a._exp, b._exp)
            left = a._coef * 10 ** (a._exp - low)
            right = b._coef * 10 ** (b._exp - low)
            total = (-left if a._sign else left) + (-right if b._sign else right)
            if total == 0:
                return _finite(1 if context._rounding == ROUND_FLOOR else 0, 0, low)._fix(context)
            return _finite(1 if total < 0 else 0, abs(total), low)._fix(context)

        def _padded(self, exponent, context):
            # x + 0 with the zero's smaller exponent: x with trailing zeros down to that exponent (no further than one
            # digit past the precision, which rounding takes off again), rounded to the context.
            if self._coef == 0:
                return _finite(self._sign, 0, min(exponent, self._exp))._fix(context)
            exponent = max(exponent, self._exp + _digits_of(self._coef) - context._prec - 1)
            if exponent < self._exp:
                return _finite(self._sign, self._coef * 10 ** (self._exp - exponent), exponent)._fix(context)
            return self._fix(context)

        def _multiply(self, other, context):
            sign = self._sign ^ other._sign
            if self._kind or other._kind:
                if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                    return _propagate_nan(self, other, context)
                if (self._kind == 'F' and other.is_zero()) or (other._kind == 'F' and self.is_zero()):
                    return context._invalid()
                return _special(sign, 'F')
            return _finite(sign, self._coef * other._coef, self._exp + other._exp)._fix(context)

        def _divide(self, other, context):
            sign = self._sign ^ other._sign
            if self._kind or other._kind:
                if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                    return _propagate_nan(self, other, context)
                if self._kind == 'F' and other._kind == 'F':
                    return context._invalid()
                if self._kind == 'F':
                    return _special(sign, 'F')
                context._signal(Clamped)
                return _finite(sign, 0, -999999 - context._prec + 1)
            if other._coef == 0:
                if self._coef == 0:
                    return context._invalid(DivisionUndefined)
                context._signal(DivisionByZero)
                return _special(sign, 'F')
            ideal = self._exp - other._exp
            if self._coef == 0:
                return _finite(sign, 0, ideal)._fix(context)
            prec = context._prec
            shift = _digits_of(other._coef) - _digits_of(self._coef) + prec + 1
            exponent = ideal - shift
            if shift >= 0:
                quotient, rest = divmod(self._coef * 10 ** shift, other._coef)
            else:
                quotient, rest = divmod(self._coef, other._coef * 10 ** -shift)
            if rest:
                if quotient % 5 == 0:
                    quotient += 1
            else:
                while exponent < ideal and quotient % 10 == 0:
                    quotient //= 10
                    exponent += 1
            return _finite(sign, quotient, exponent)._fix(context)

        def _divmod(self, other, context, wanted='qr'):
            # self // other ('q'), self % other ('r') or both: the quotient truncated to an integer, the remainder with
            # self's sign at the smaller exponent.
            sign = self._sign ^ other._sign
            if self._kind or other._kind:
                if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                    nan = _propagate_nan(self, other, context)
                    return _wanted(wanted, nan, nan)
                if self._kind == 'F':
                    if other._kind != 'F' and wanted == 'q':
                        return _special(sign, 'F')
                    nan = context._invalid()
                    if other._kind == 'F' or wanted != 'qr':
                        return _wanted(wanted, nan, nan)
                    return _special(sign, 'F'), nan
                return _wanted(wanted, _finite(sign, 0, 0), self._fix(context) if 'r' in wanted else None)
            if other._coef == 0:
                if self._coef == 0:
                    nan = context._invalid(DivisionUndefined)
                    return _wanted(wanted, nan, nan)
                if wanted == 'q':
                    context._signal(DivisionByZero)
                    return _special(sign, 'F')
                if wanted == 'r':
                    return context._invalid()
                context._signals((InvalidOperation, DivisionByZero))
                return _special(sign, 'F'), _special(0, 'n')
            low = min(self._exp, other._exp)
            # The integer part of the quotient must fit the precision (its digit count is about the difference of the
            # adjusted exponents).
            adjusted_gap = (self._exp + _digits_of(self._coef)) - (other._exp + _digits_of(other._coef))
            if self._coef and adjusted_gap > context._prec + 1:
                nan = context._invalid(DivisionImpossible)
                return _wanted(wanted, nan, nan)
            if self._coef == 0 or adjusted_gap < -1:
                return _wanted(wanted, _finite(sign, 0, 0), self._padded(low, context) if 'r' in wanted else None)
            _limit_exponent(max(self._exp, other._exp) - low)
            left = self._coef * 10 ** (self._exp - low)
            right = other._coef * 10 ** (other._exp - low)
            quotient, rest = divmod(left, right)
            if _digits_of(quotient) > context._prec:
                nan = context._invalid(DivisionImpossible)
                return _wanted(wanted, nan, nan)
            return _wanted(wanted, _finite(sign, quotient, 0),
                           _finite(self._sign, rest, low)._fix(context) if 'r' in wanted else None)

        def _power(self, other, context):
            sign = 0
            if self._kind in ('n', 'N') or other._kind in ('n', 'N'):
                return _propagate_nan(self, other, context)
            if other._kind == 'F':
                _refuse('a Decimal power with an infinite exponent')
            if not _is_integral(other):
                _refuse('a Decimal power with a non-integral exponent')
            exponent_value = int(other)
            if self._sign and exponent_value % 2 == 1:
                sign = 1
            if self._kind == 'F':
                if other._coef == 0:
                    return _finite(0, 1, 0)
                return _special(sign, 'F') if exponent_value > 0 else _finite(sign, 0, 0)
            if self._coef == 0:
                if other._coef == 0:
                    return context._invalid()
                return _finite(sign, 0, 0) if exponent_value > 0 else _special(sign, 'F')
            if other._coef == 0:
                return _finite(0, 1, 0)
            if abs(exponent_value) > 10 ** 6:
                _refuse('a Decimal power with an exponent above a million')
            magnitude = abs(self._exp + _digits_of(self._coef)) * abs(exponent_value)
            if magnitude > 900000:
                _refuse('a Decimal power near the exponent limits')
            work = Context(prec=min(context._prec + _digits_of(other._coef) + other._exp + 2, _PREC_LIMIT * 3),
                           rounding=ROUND_HALF_EVEN)
            work.traps._on = {signal: False for signal in _SIGNALS}
            base = self._absolute()
            if exponent_value < 0:
                work._prec += 1
                base = _finite(0, 1, 0)._divide(base, work)
            result = base
            count = abs(exponent_value)
            bit = 1 << (count.bit_length() - 1)
            bit >>= 1
            while bit:
                result = result._multiply(result, work)
                if count & bit:
                    result = result._multiply(base, work)
                bit >>= 1
            for signal in (Inexact, Rounded):
                if work.flags._on[signal]:
                    context._signal(signal)
            return _finite(sign, result._coef, result._exp)._fix(context)

        # --- rounding and rescaling ---

        def _rescaled(self, exponent, rounding):
            # The value at `exponent`, rounded with `rounding` when digits go (no context, no signals).
            if self._exp >= exponent:
                _limit_exponent(self._exp - exponent)
                return _finite(self._sign, self._coef * 10 ** (self._exp - exponent), exponent)
            coefficient, _ = _round(self._coef, exponent - self._exp, rounding, self._sign)
            return _finite(self._sign, coefficient, exponent)

        def quantize(self, exp, rounding=None, context=None):
            context = context or _state.context
            exp = _operand(exp, context)
            if rounding is None:
                rounding = context._rounding
            elif rounding not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
            if self._kind or exp._kind:
                if self._kind in ('n', 'N') or exp._kind in ('n', 'N'):
                    return _propagate_nan(self, exp, context)
                if self._kind == 'F' and exp._kind == 'F':
                    return self
                return context._invalid()
            target = exp._exp
            if target > 999999 or target < -999999 - context._prec + 1:
                return context._invalid()
            if self._coef == 0:
                return _finite(self._sign, 0, target)
            if self._exp + _digits_of(self._coef) - target > context._prec:
                return context._invalid()
            result = self._rescaled(target, rounding)
            if _digits_of(result._coef) > context._prec:
                return context._invalid()
            if result._exp > self._exp:
                if _compare(result, self) != 0:
                    context._signal(Inexact)
                context._signal(Rounded)
            if result._coef and result._exp + _digits_of(result._coef) - 1 > 999999:
                return context._invalid()
            return result

        def to_integral_value(self, rounding=None, context=None):
            context = context or _state.context
            if self._kind:
                if self._kind in ('n', 'N'):
                    return _propagate_nan(self, None, context)
                return self
            if self._exp >= 0:
                return self
            return self._rescaled(0, rounding or context._rounding)

        to_integral = to_integral_value

        def to_integral_exact(self, rounding=None, context=None):
            context = context or _state.context
            if self._kind or self._exp >= 0:
                return self.to_integral_value(rounding, context)
            result = self._rescaled(0, rounding or context._rounding)
            if _compare(result, self) != 0:
                context._signal(Inexact)
            context._signal(Rounded)
            return result

        def normalize(self, context=None):
            context = context or _state.context
            if self._kind:
                if self._kind in ('n', 'N'):
                    return _propagate_nan(self, None, context)
                return self
            value = self._fix(context)
            if value._coef == 0:
                return _finite(value._sign, 0, 0)
            coefficient, exponent = value._coef, value._exp
            while coefficient % 10 == 0:
                coefficient //= 10
                exponent += 1
            return _finite(value._sign, coefficient, exponent)

        def sqrt(self, context=None):
            context = context or _state.context
            if self._kind:
                if self._kind in ('n', 'N'):
                    return _propagate_nan(self, None, context)
                if self._sign:
                    return context._invalid()
                return self
            ideal = self._exp // 2
            if self._coef == 0:
                return _finite(self._sign, 0, ideal)
            if self._sign:
                return context._invalid()
            prec = context._prec
            coefficient, exponent = self._coef, self._exp
            if exponent % 2:
                coefficient *= 10
                exponent -= 1
            # Scale the radicand by an even power of ten so that its root has prec + 1 digits or more.
            shift = max(prec + 1 - (_digits_of(coefficient) + 1) // 2, 0) + 1
            scaled = coefficient * 10 ** (2 * shift)
            root = _math.isqrt(scaled)
            root_exponent = exponent // 2 - shift
            if root * root == scaled:
                while root_exponent < ideal and root % 10 == 0:
                    root //= 10
                    root_exponent += 1
                halfway = _finite(0, root, root_exponent)
                if _digits_of(root) > prec:
                    rounded = halfway._fix(Context(prec, ROUND_HALF_EVEN))
                    context._signal(Rounded)
                    if _compare(rounded, halfway) != 0:
                        context._signal(Inexact)
                    return rounded
                return halfway
            if root % 5 == 0:
                root += 1
            work = context.copy()
            work._rounding = ROUND_HALF_EVEN
            work.traps._on = {signal: False for signal in _SIGNALS}
            work.clear_flags()
            result = _finite(0, root, root_exponent)._fix(work)
            context._signal(Inexact)
            context._signal(Rounded)
            return result

        # --- formatting ---

        def __format__(self, spec):
            return _format(self, spec)


    _DECIMAL_METHODS = frozenset([
        'compare_signal', 'compare_total', 'compare_total_mag', 'exp', 'fma', 'is_normal', 'is_subnormal', 'ln',
        'log10',
        'logb', 'logical_and', 'logical_invert', 'logical_or', 'logical_xor', 'max_mag', 'min_mag', 'next_minus',
        'next_plus', 'next_toward', 'number_class', 'radix', 'remainder_near', 'rotate', 'scaleb', 'shift',
    ])


    def _wanted(wanted, quotient, remainder):
        if wanted == 'q':
            return quotient
        if wanted == 'r':
            return remainder
        return quotient, remainder


    _BUILTIN_OPERANDS = (float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, type(None))


    def _is_fraction(value):
        return type(value).__name__ == 'Fraction' and not isinstance(value, _BUILTIN_OPERANDS) and (
            type(value).__module__ == 'fractions')


    def _is_integral(value):
        if value._exp >= 0:
            return True
        if -value._exp > _digits_of(value._coef):
            return value._coef == 0
        return value._coef % 10 ** -value._exp == 0


    def _limit_exponent(digits):
        if digits > 4000:
            _refuse('a Decimal whose integer value has more than 4000 digits')


    def _check_etiny(context):
        _refuse('a Decimal quotient by Infinity (a clamped zero)')


    def _refuse_numpy(value):
        if isinstance(value, (_np.generic, _np.ndarray)):
            _refuse('a NumPy value beside a Decimal')


    def _finite(sign, coefficient, exponent):
        value = Decimal(_RAW)
        value._sign, value._coef, value._exp, value._kind = sign, coefficient, exponent, ''
        return value


    def _special(sign, kind, payload=0):
        value = Decimal(_RAW)
        value._sign, value._coef, value._exp, value._kind = sign, payload, 0, kind
        return value


    def _triple(sign, coefficient, exponent, kind):
        value = Decimal(_RAW)
        value._sign, value._coef, value._exp, value._kind = sign, coefficient, exponent, kind
        return value


    def _compare(a, b):
        # -1, 0 or 1 for two non-NaN values.
        if a._kind == 'F' or b._kind == 'F':
            left = (-1 if a._sign else 1) if a._kind == 'F' else 0
            right = (-1 if b._sign else 1) if b._kind == 'F' else 0
            if a._kind == 'F' and b._kind == 'F':
                return (left > right) - (left < right)
            if a._kind == 'F':
                return left
            return -right
        return _compare_finite(a, b)


    def _propagate_nan(a, b, context):
        # The NaN an operation with a NaN operand gives: a signalling NaN first (InvalidOperation), then a quiet one.
        for value in (a, b):
            if value is not None and value._kind == 'N':
                context._signal(InvalidOperation)
                return _nan_result(value, context)
        for value in (a, b):
            if value is not None and value._kind == 'n':
                return _nan_result(value, context)
        return _special(0, 'n')


    def _nan_result(value, context):
        payload = value._coef % 10 ** context._prec
        return _special(value._sign, 'n', payload)


    def _fraction_order(decimal, fraction, operator):
        # Decimal against a Fraction: compared exactly, as CPython does (NaNs and infinities by their Decimal rules).
        if decimal._kind in ('n', 'N'):
            if operator == '==':
                if decimal._kind == 'N':
                    _state.context._signal(InvalidOperation)
                return False
            _state.context._signal(InvalidOperation)
            return False
        if decimal._kind == 'F':
            result = -1 if decimal._sign else 1
        else:
            numerator, denominator = decimal.as_integer_ratio()
            left = numerator * fraction.denominator
            right = fraction.numerator * denominator
            result = (left > right) - (left < right)
        if operator == '==':
            return result == 0
        if operator == '<':
            return result < 0
        if operator == '<=':
            return result <= 0
        if operator == '>':
            return result > 0
        return result >= 0


    def _parse_spec(spec):
        # [[fill]align][sign][z][#][0][width][grouping][.precision][type], as format specs read for Decimal.
        fill, align, sign, zero, width, grouping, precision, kind = None, None, None, False, None, None, None, None
        i = 0
        n = len(spec)
        if n >= 2 and spec[1] in '<>=^':
            fill, align = spec[0], spec[1]
            i = 2
        elif n >= 1 and spec[0] in '<>=^':
            align = spec[0]
            i = 1
        if i < n and spec[i] in '+- ':
            sign = spec[i]
            i += 1
        if i < n and spec[i] == 'z':
            _refuse("the 'z' format option with a Decimal")
        if i < n and spec[i] == '#':
            _refuse("the '#' format option with a Decimal")
        if i < n and spec[i] == '0':
            if align is not None:
                raise ValueError('invalid format string')
            zero = True
            i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i > start:
            width = int(spec[start:i])
        if i < n and spec[i] == ',':
            grouping = spec[i]
            i += 1
        if i < n and spec[i] == '.':
            i += 1
            start = i
            while i < n and spec[i].isdigit():
                i += 1
            if i == start:
                raise ValueError('invalid format string')
            precision = int(spec[start:i])
        if i < n:
            kind = spec[i]
            i += 1
        if i != n or (kind is not None and kind not in 'eEfFgG%'):
            if kind == 'n':
                _refuse("the 'n' format type with a Decimal (it reads the locale)")
            raise ValueError('invalid format string')
        return fill, align, sign, zero, width, grouping, precision, kind


    def _format(value, spec):
        fill, align, sign_option, zero, width, grouping, precision, kind = _parse_spec(spec)
        context = _state.context
        if zero and fill is None:
            fill = '0'
            if align is None:
                align = '='
        if fill is None:
            fill = ' '
        if align is None:
            align = '>'
        sign = '-' if value._sign else ''
        if not sign:
            sign = '+' if sign_option == '+' else (' ' if sign_option == ' ' else '')
        if value._kind:
            body = 'Infinity' if value._kind == 'F' else ('NaN' if value._kind == 'n' else 'sNaN')
            if value._kind != 'F' and value._coef:
                body += str(value._coef)
            if kind == '%':
                body += '%'
            if zero:
                fill, align = ' ', '>'
            return _pad(sign, body, fill, align, width)
        if kind is None:
            kind = 'G' if context._capitals else 'g'
        rounding = context._rounding
        coefficient, exponent = value._coef, value._exp
        if kind == '%':
            exponent += 2
        number = _finite(value._sign, coefficient, exponent)
        if precision == 0 and kind in 'gG':
            precision = 1
        if precision is not None:
            if kind in 'eE':
                number = _round_significant(number, precision + 1, rounding, True)
            elif kind in 'fF%':
                number = number._rescaled(-precision, rounding)
            else:
                number = _round_significant(number, precision, rounding)
        if number._coef == 0 and number._exp > 0 and kind in 'fF%':
            number = _finite(number._sign, 0, 0)
        digits = str(number._coef)
        leftdigits = number._exp + len(digits)
        if kind in 'eE':
            if number._coef == 0 and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif kind in 'fF%':
            dotplace = leftdigits
        else:
            if number._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            integer_part = '0'
            fraction_part = '0' * -dotplace + digits
        elif dotplace > len(digits):
            integer_part = digits + '0' * (dotplace - len(digits))
            fraction_part = ''
        else:
            integer_part = digits[:dotplace] or '0'
            fraction_part = digits[dotplace:]
        exponent_shown = leftdigits - dotplace
        if kind in 'eE' or (kind in 'gG' and exponent_shown != 0):
            marker = 'E' if kind in 'EG' else 'e'
            suffix = marker + '%+d' % exponent_shown
        else:
            suffix = ''
        if kind == '%':
            suffix += '%'
        point = '.' if fraction_part else ''
        if grouping == ',':
            minimum = 0
            if zero and width is not None:
                minimum = width - len(sign) - len(point) - len(fraction_part) - len(suffix)
            integer_part = _grouped(integer_part, minimum)
        body = integer_part + point + fraction_part + suffix
        return _pad(sign, body, fill, align, width)


    def _grouped(digits, minimum):
        # Digits in groups of three with commas, zero-padded (the commas counted) to at least `minimum` characters.
        groups = []
        while True:
            size = min(max(len(digits), minimum, 1), 3)
            groups.append('0' * (size - len(digits[-size:])) + digits[-size:])
            digits = digits[:-size] if len(digits) > size else ''
            minimum -= size
            if not digits and minimum <= 0:
                break
            minimum -= 1
        return ','.join(reversed(groups))


    def _round_significant(number, places, rounding, padded=False):
        # The number rounded to `places` significant digits (and given trailing zeros up to them when `padded`).
        digits = _digits_of(number._coef)
        if number._coef == 0:
            return number
        if padded and digits < places:
            return _finite(number._sign, number._coef * 10 ** (places - digits), number._exp - places + digits)
        if digits > places:
            coefficient, _ = _round(number._coef, digits - places, rounding, number._sign)
            exponent = number._exp + digits - places
            if coefficient == 10 ** places:
                coefficient //= 10
                exponent += 1
            return _finite(number._sign, coefficient, exponent)
        return number


    def _pad(sign, body, fill, align, width):
        if width is None or len(sign) + len(body) >= width:
            return sign + body
        room = width - len(sign) - len(body)
        if align == '<':
            return sign + body + fill * room
        if align == '>':
            return fill * room + sign + body
        if align == '=':
            return sign + fill * room + body
        left = room // 2
        return fill * left + sign + body + fill * (room - left)
    """#
}
