#!/usr/bin/env python3
"""Writes what CPython 3.11 (its C `decimal`, libmpdec 2.5.1) prints for the `decimal` module session 34 (lang34) added.

236: the statements tutorials write (the Python tutorial's floating-point and standard-library-tour chapters, Fluent
Python's unary plus and strategy examples, the library reference): constructors, text, arithmetic with ints, the
context (`getcontext`, `localcontext`, flags and traps), signals as CPython raises them, `quantize`, `sqrt`,
`normalize`, `as_tuple`, `round`, conversions, hashing, comparisons with ints, floats and Fractions, format specs;
`Fraction(Decimal(...))`, `Fraction.from_decimal` and `hash()` of Fractions; and `pow(x, y[, z])` answered by a
class's `__pow__`/`__rpow__` (main raised a TypeError); `statistics` of Decimals (mean, variance, pvariance,
harmonic_mean: exact sums converted by dividing in the current context).

237: generated arithmetic: random operands (finite, zeros, NaNs, infinities, exponents from -30 to 25), every rounding
mode, precisions from 1 to 40: `+ - * / // % divmod **`, unary operators, comparisons, `quantize`, `sqrt`,
`normalize`, `to_integral_value`, `round`, `int`, `float`, with the Inexact/Rounded/InvalidOperation/DivisionByZero
flags each operation leaves; and the same with no traps set (NaN results instead of signals).

238: generated text: format specs (fill, alignment, sign, zero padding, width, `,`, precision, types e E f F g G %
and none) under every rounding mode; conversions from floats (exactly), strings (underscores, whitespace, NaN
payloads, bad syntax) and tuples; `str`, `as_tuple`, `hash`, `as_integer_ratio`, `adjusted`, mixed comparisons and
the TypeErrors of float operands.

239: `@dataclass` leaves the `__init__`, `__repr__`, `__eq__` and `__hash__` a class body defines itself, as CPython's
`_set_new_attribute` and table of hash actions do (main replaced them: a dataclass with its own `__repr__` printed
the generated one), and raises CPython's TypeError when `order=True` meets an ordering the class defines.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34_lang34_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the fixtures named below; rerunning gives identical bytes.
"""

import decimal
import pathlib
import random

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session34_lang34_fixtures.py"

TUTORIALS = [
    "from decimal import *",
    "round(Decimal('0.70') * Decimal('1.05'), 2)",
    "round(.70 * 1.05, 2)",
    "Decimal('1.00') % Decimal('.10')",
    "1.00 % 0.10",
    "sum([Decimal('0.1')]*10) == Decimal('1.0')",
    "getcontext().prec = 36",
    "Decimal(1) / Decimal(7)",
    "getcontext().prec = 28",
    "from fractions import Fraction",
    "Decimal.from_float(0.1)",
    "format(Decimal.from_float(0.1), '.17')",
    "import decimal",
    "ctx = decimal.getcontext()",
    "ctx.prec = 40",
    "one_third = decimal.Decimal('1') / decimal.Decimal('3')",
    "one_third",
    "one_third == +one_third",
    "ctx.prec = 28",
    "one_third == +one_third",
    "+one_third",
    "ctx",
    "ctx.clear_flags()",
    "ctx",
    "Decimal(10)",
    "Decimal('3.14')",
    "Decimal(3.14)",
    "Decimal((0, (3, 1, 4), -2))",
    "Decimal(str(2.0 ** 0.5))",
    "Decimal('NaN'), Decimal('-Infinity'), Decimal('-0'), Decimal('1E+3'), Decimal('0.0000001'), Decimal('sNaN')",
    "str(Decimal('-0')), str(Decimal('1.20E+5')), str(Decimal('123E-10')), str(Decimal('inf'))",
    "Decimal('1.30') + Decimal('1.20')",
    "Decimal('1.3') * Decimal('1.2')",
    "getcontext().prec = 6",
    "Decimal(1) / Decimal(7)",
    "getcontext().prec = 28",
    "Decimal(1) / Decimal(7)",
    "data = list(map(Decimal, '1.34 1.87 3.45 2.35 1.00 0.03 9.25'.split()))",
    "max(data)",
    "min(data)",
    "sorted(data)",
    "sum(data)",
    "a, b, c = data[:3]",
    "str(a)",
    "float(a)",
    "round(a, 1)",
    "int(a)",
    "a * 5",
    "a * b",
    "c % a",
    "Decimal(2).sqrt()",
    "Decimal(4).sqrt(), Decimal('0.0025').sqrt(), Decimal('1E+4').sqrt(), Decimal('-0').sqrt()",
    "Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN)",
    "Decimal('7.325').quantize(Decimal('1.'), rounding=ROUND_UP)",
    "Decimal('1.41421356').quantize(Decimal('1.000'))",
    "Decimal('-7.5').quantize(Decimal('1'), rounding=ROUND_HALF_UP)",
    "Decimal('-7.5').quantize(Decimal('1'), rounding=ROUND_FLOOR), Decimal('-7.5').quantize(Decimal(1), ROUND_CEILING)",
    "Decimal('123456').quantize(Decimal('0.01'), context=Context(prec=5))",
    "Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'), divmod(Decimal('-7'), 2), -7 // 2, -7 % 2",
    "Decimal(-7) // 0",
    "Decimal(0) / 0",
    "Decimal(7) % 0",
    "Decimal('abc')",
    "Decimal(-1).sqrt()",
    "Decimal(1) < Decimal('NaN')",
    "Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1",
    "Decimal(1) + 1.5",
    "1.5 * Decimal(2)",
    "Decimal(1) + Fraction(1, 2)",
    "Decimal(1) + 'a'",
    "Decimal([1, 2])",
    "Decimal(None)",
    "Decimal(1) == 1, Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal('0.5') < 1",
    "Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Fraction(1, 3) > Decimal('0.3')",
    "hash(Decimal(2)) == hash(2), hash(Decimal('2.5')) == hash(2.5), hash(Decimal('0.1')) == hash(0.1)",
    "hash(Decimal('0.5')) == hash(Fraction(1, 2)), hash(Decimal('-1')), hash(Decimal('Infinity'))",
    "Decimal('-1.5').copy_abs(), -Decimal('1.5'), abs(Decimal('-1.5')), +Decimal('-0'), -Decimal('0')",
    "Decimal('1.2300').normalize(), Decimal('120E2').normalize(), Decimal('0.000').normalize()",
    "Decimal('3.14159').as_tuple()",
    "Decimal('-Infinity').as_tuple(), Decimal('NaN').as_tuple()",
    "Decimal('3.14159').as_tuple().exponent",
    "Decimal('-3.75').as_integer_ratio()",
    "Decimal('12.345').adjusted(), Decimal('0.00012').adjusted()",
    "Decimal('2.5').to_integral_value(), Decimal('3.5').to_integral_value(), Decimal('-2.5').to_integral_value(ROUND_HALF_UP)",
    "round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-2.5')), round(Decimal('2.675'), 2)",
    "import math",
    "math.floor(Decimal('-2.5')), math.ceil(Decimal('-2.5')), math.trunc(Decimal('-2.5'))",
    "int(Decimal('1E+3')), float(Decimal('1.5E-3')), float(Decimal('-NaN')), bool(Decimal('0.00'))",
    "int(Decimal('NaN'))",
    "int(Decimal('-Infinity'))",
    "round(Decimal('Infinity'))",
    "float(Decimal('sNaN'))",
    "hash(Decimal('sNaN'))",
    "Decimal(10) ** 3, Decimal('1.1') ** 2, Decimal(2) ** -2, Decimal('0.5') ** 10, Decimal(-2) ** 3",
    "Decimal(2) ** 100",
    "Decimal(0) ** 0",
    "pow(Decimal(3), 4), 2 ** Decimal(3)",
    "with localcontext() as ctx2:\n    ctx2.prec = 42\n    s = Decimal(2).sqrt()",
    "s",
    "+s",
    "with localcontext(prec=5, rounding=ROUND_DOWN):\n    print(Decimal(2) / 3, Decimal('-2') / 3)",
    "with localcontext(rounding=ROUND_UP) as c:\n    print(c.rounding, c.prec, Decimal(1) / 7)",
    "getcontext().rounding",
    "getcontext().rounding = ROUND_HALF_UP",
    "Decimal('0.125').quantize(Decimal('0.01')), Decimal('0.135').quantize(Decimal('0.01'))",
    "getcontext().rounding = ROUND_HALF_EVEN",
    "Decimal('0.125').quantize(Decimal('0.01')), Decimal('0.135').quantize(Decimal('0.01'))",
    "getcontext().prec = 0",
    "getcontext().rounding = 'nearest'",
    "getcontext().traps[DivisionByZero] = False",
    "Decimal(1) / 0, Decimal(-1) / 0, getcontext().flags[DivisionByZero]",
    "getcontext().traps[DivisionByZero] = True",
    "getcontext().traps[InvalidOperation] = False",
    "Decimal(0) / 0, Decimal('xyz'), Decimal(-4).sqrt()",
    "getcontext().traps[InvalidOperation] = True",
    "getcontext().flags[InvalidOperation], getcontext().flags[Inexact]",
    "getcontext().clear_flags()",
    "getcontext()",
    "myothercontext = Context(prec=60, rounding=ROUND_HALF_DOWN)",
    "setcontext(myothercontext)",
    "Decimal(1) / Decimal(7)",
    "myothercontext",
    "setcontext(DefaultContext)",
    "Decimal(1) / Decimal(7)",
    "ExtendedContext",
    "setcontext(ExtendedContext)",
    "Decimal(1) / Decimal(0)",
    "Decimal(42) / Decimal(0)",
    "getcontext()",
    "setcontext(BasicContext)",
    "getcontext()",
    "setcontext(Context())",
    "try:\n    Decimal(1) / 0\nexcept ZeroDivisionError as error:\n    print(type(error).__name__, error.args)",
    "try:\n    Decimal(0) / 0\nexcept ZeroDivisionError as error:\n    print(type(error), error)",
    "try:\n    Decimal('1.2.3')\nexcept ArithmeticError as error:\n    print(repr(error))",
    "issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), Inexact.__mro__",
    "DivisionByZero, InvalidOperation, type(Decimal(1)), type(getcontext())",
    "f'{Decimal(\"3.14159\"):.2f}', f'{Decimal(\"1234567.891\"):,.2f}', f'{Decimal(\"0.25\"):.1%}'",
    "f'{Decimal(\"1E+3\")}', f'{Decimal(\"1E+3\"):f}', f'{Decimal(\"12.5\"):>10}', f'{Decimal(\"-12.5\"):010.3f}'",
    "'{:e}'.format(Decimal('123.456')), '{:.2e}'.format(Decimal('0.000123456')), '{:g}'.format(Decimal('1E-7'))",
    "format(Decimal('1.5'), 'd')",
    "format(Decimal('NaN'), '>6'), format(Decimal('-Infinity'), '.3f')",
    "Decimal(1).foo",
    "getcontext().divide(Decimal(1), Decimal(3))",
    "getcontext().create_decimal('3.14159265358979323846264338327950288')",
    "Context(prec=3).create_decimal_from_float(0.1)",
    "MAX_PREC, MAX_EMAX, MIN_EMIN, ROUND_HALF_EVEN, ROUND_05UP",
    "DecimalTuple(0, (1,), 2)",
    "Decimal(DecimalTuple(1, (2, 5), -1))",
    "Decimal('1_000.5'), Decimal('  12  '), Decimal('-0E-5'), Decimal('NaN123')",
    "Decimal(10 ** 30) + 1",
    "Decimal('1e100') + Decimal('1e-100')",
    "Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3",
    "Decimal('10') / Decimal('4'), Decimal('10') / Decimal('5'), Decimal('1.0') / Decimal('0.1'), Decimal(100) / 10",
    "Decimal('5.0') * 2, 2 - Decimal('0.5'), 7 / Decimal(2), 7 // Decimal(2), 7 % Decimal(2)",
    "Decimal(3).real, Decimal(3).imag, Decimal(3).conjugate(), Decimal('NaN').is_nan(), Decimal(1).is_finite()",
    "Decimal('2.50').same_quantum(Decimal('1.00')), Decimal('-0').is_signed(), Decimal('0E+3').is_zero()",
    "Decimal('1.1').compare(Decimal('2.2')), Decimal(1).compare(1), Decimal('-3').copy_sign(Decimal('1'))",
    "import copy",
    "copy.copy(Decimal('1.5')), copy.deepcopy([Decimal('2.5')])",
    "repr(getcontext().flags)",
    "isinstance(Decimal(1), Decimal), isinstance(1, Decimal)",
    "from decimal import Decimal as D",
    "D('27.5') + D('30.25')",
    "Fraction(Decimal('1.1')), Fraction(Decimal('-0.125')), Fraction.from_decimal(Decimal('2.50'))",
    "Fraction.from_decimal(3), hash(Fraction(1, 3)) == hash(Decimal(1) / 3)",
    "hash(Fraction(1, 3)), hash(Fraction(-7, 2)), hash(Fraction(5, 1)) == hash(5), hash(Fraction(1, 4)) == hash(0.25)",
    "Fraction.from_decimal(1.5)",
    "Fraction(Decimal('NaN'))",
    "Fraction(Decimal('-Infinity'))",
    "Fraction(1, 2) + Decimal(1)",
    "Fraction(1, 3) < Decimal('0.34'), Fraction(1, 2) == Decimal('0.5')",
    "Fraction(Decimal('1.5'), 2)",
    "class Power:\n    def __pow__(self, other, modulo=None):\n        return ('pow', other, modulo)\n"
    "    def __rpow__(self, other):\n        return ('rpow', other)",
    "pow(Power(), 2), pow(Power(), 2, 5), pow(2, Power()), Power() ** 3, 3 ** Power()",
    "math.sqrt(D(2)), math.isclose(D('1.0'), 1), math.fsum([D('0.1')] * 3), math.isnan(D('NaN')), math.log(D(100), 10)",
    "'%.2f' % D('1.005'), '%s' % D('1.5'), '%d' % D('3.7'), '{}'.format(D('1E+2')), str(D('1.5')).zfill(6)",
    "complex(D('1.5')), int(D('-0.5')), round(D('-0.5')), abs(D('-0')), -D('NaN'), bool(D('NaN')), D(True), D(1) == True",
    "[D(1), 2] == [1, D(2)], D(1) in [1, 2], (D(1), 2) < (1, 3), divmod(D(7), D('-2')), D('1.5').quantize(1)",
    "print(D('1.10'), D('-0E-3'), D('1e-7'))",
    "from statistics import mean, median, variance, pvariance, harmonic_mean, fmean",
    "mean([D('0.5'), D('0.75'), D('0.625'), D('0.375')])",
    "pvariance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])",
    "variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])",
    "mean([D(1), D(2), 4]), mean([D(1), D(2) / 3]), variance([D(1), D(2), D(4)]), pvariance([D(1), D(2)], mu=D('1.5'))",
    "mean([D('NaN'), D(1)]), mean([D('Infinity'), D(1)]), mean([D(1) / D(3)] * 3)",
    "mean([D('1.5'), 2.5])",
    "mean([D(1), Fraction(1, 3)])",
    "harmonic_mean([D('1.5'), D('2.5')]), harmonic_mean([D('2.5')]), harmonic_mean([D('2.5'), D(0)])",
    "median([D('1.5'), D('2.5')]), fmean([D('1.5'), D('2')])",
    "with localcontext(prec=5):\n    print(mean([D(1), D(2), D(2)]), variance([D(1), D(2), D(2)]))",
]

ROUNDINGS = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_DOWN', 'ROUND_UP', 'ROUND_FLOOR',
             'ROUND_CEILING', 'ROUND_05UP']


def number(rng, specials=True):
    if specials and rng.random() < 0.06:
        return rng.choice(['NaN', '-NaN', 'Infinity', '-Infinity', 'sNaN', 'NaN12', '-0', '0.000', '0E+3', '-0E-2'])
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 30, 35])))
    digits = digits.lstrip('0') or '0'
    sign = rng.choice(['', '', '-'])
    kind = rng.random()
    if kind < 0.4:
        point = rng.randrange(len(digits) + 1)
        return sign + digits[:point] + '.' + digits[point:] if point < len(digits) else sign + digits
    if kind < 0.8:
        return sign + digits
    return sign + digits + 'E' + str(rng.choice([-30, -12, -7, -6, -5, -1, 0, 1, 2, 5, 10, 25]))


def expression(rng):
    a, b = number(rng), number(rng)
    op = rng.choice(['+', '-', '*', '/', '//', '%', 'divmod', 'pow', 'cmp', 'neg', 'quantize', 'sqrt',
                     'normalize', 'int', 'round', 'integral', 'eq'])
    if op == 'divmod':
        return f"divmod(D('{a}'), D('{b}'))"
    if op == 'pow':
        return f"D('{a}') ** {rng.choice([0, 1, 2, 3, 5, 7, 10, 13, -1, -2, -3, 25])}"
    if op == 'cmp':
        return f"D('{a}') {rng.choice(['<', '<=', '>', '>='])} D('{b}')"
    if op == 'eq':
        return f"D('{a}') {rng.choice(['==', '!='])} D('{b}')"
    if op == 'neg':
        return f"{rng.choice(['-', '+', 'abs'])}(D('{a}'))"
    if op == 'quantize':
        q = rng.choice(['1', '0.1', '0.01', '1.000', '1E+2', '1E-10', '0.00001'])
        return f"D('{a}').quantize(D('{q}'), rounding={rng.choice(ROUNDINGS + ['None'])})"
    if op == 'sqrt':
        return f"D('{a}').sqrt()"
    if op == 'normalize':
        return f"D('{a}').normalize()"
    if op == 'int':
        n = rng.choice([0, 1, -1, 7, 10 ** 20, -3])
        return rng.choice([f"D('{a}') + {n}", f"{n} - D('{a}')", f"{n} * D('{a}')", f"{n} / D('{a}')",
                           f"D('{a}') == {n}", f"D('{a}') < {n}"])
    if op == 'round':
        return rng.choice([f"round(D('{a}'))", f"round(D('{a}'), {rng.choice([0, 1, 2, 5, -1])})", f"int(D('{a}'))",
                           f"float(D('{a}'))"])
    if op == 'integral':
        return f"D('{a}').to_integral_value(rounding={rng.choice(ROUNDINGS)})"
    return f"D('{a}') {op} D('{b}')"


RUN_HELPERS = [
    "from decimal import *",
    "D = Decimal",
    "def run(prec, rounding, compute, traps=None):\n"
    "    with localcontext(prec=prec, rounding=rounding) as ctx:\n"
    "        ctx.clear_flags()\n"
    "        if traps is not None:\n"
    "            ctx.clear_traps()\n"
    "        result = compute()\n"
    "        return result, [name for name, signal in (('Inexact', Inexact), ('Rounded', Rounded),\n"
    "            ('InvalidOperation', InvalidOperation), ('DivisionByZero', DivisionByZero)) if ctx.flags[signal]]",
]


def arithmetic_statements():
    rng = random.Random(34)
    statements = list(RUN_HELPERS)
    for index in range(420):
        prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 28, 28, 40])
        traps = ", traps=[]" if index % 5 == 4 else ""
        statements.append(f"run({prec}, {rng.choice(ROUNDINGS)}, lambda: {expression(rng)}{traps})")
    return statements


def text_statements():
    rng = random.Random(3434)
    statements = ["from decimal import *", "D = Decimal"]
    for _ in range(220):
        a = number(rng)
        spec = ''
        if rng.random() < 0.3:
            spec += rng.choice(['<', '>', '^', '*<', '*>', '_^', '='])
        if rng.random() < 0.3:
            spec += rng.choice(['+', '-', ' '])
        if rng.random() < 0.2 and not any(c in spec for c in '<>^='):
            spec += '0'
        if rng.random() < 0.5:
            spec += str(rng.choice([1, 5, 8, 12, 20]))
        if rng.random() < 0.25:
            spec += ','
        if rng.random() < 0.6:
            spec += '.' + str(rng.choice([0, 1, 2, 3, 6, 10, 17]))
        spec += rng.choice(['', '', 'f', 'e', 'E', 'g', 'G', '%', 'F'])
        rounding = rng.choice(ROUNDINGS)
        statements.append(f"with localcontext(rounding={rounding}):\n    print(repr(format(D('{a}'), '{spec}')))")
    floats = [0.1, 0.5, 1 / 3, 2.675, 1e100, 1e-300, 5e-324, -0.0, 1.7976931348623157e308, 123456789.125, -2.5,
              float('inf'), float('-inf'), float('nan'), 3.14159]
    for _ in range(200):
        k = rng.random()
        if k < 0.2:
            f = rng.choice(floats + [rng.uniform(-1e6, 1e6), rng.random() * 10 ** rng.randint(-30, 30)])
            statements.append(rng.choice([f"D({f!r})", f"D.from_float({f!r})"]))
        elif k < 0.35:
            a = number(rng)
            statements.append(rng.choice([
                f"str(D('{a}'))", f"D('{a}').as_tuple()", f"hash(D('{a}'))", f"D('{a}').as_integer_ratio()",
                f"D('{a}').adjusted()", f"float(D('{a}'))", f"int(D('{a}'))", f"bool(D('{a}'))",
                f"D('{a}').is_nan()", f"D('{a}').is_signed()"]))
        elif k < 0.5:
            n = rng.choice([0, 1, -1, 10 ** 30, -12345, 7])
            f = rng.choice(floats[:6])
            a = number(rng, False)
            statements.append(rng.choice([
                f"D({n})", f"D('{a}') == {f!r}", f"D('{a}') < {f!r}", f"hash(D({n})) == hash({n})",
                f"hash(D({f!r})) == hash({f!r})", f"D('{a}') + {f!r}", f"{f!r} * D('{a}')", f"D('{a}') ** 0.5"]))
        elif k < 0.7:
            s = rng.choice(['1_000', '  3.5  ', '1e5', '.5', '5.', 'inf', '-INFINITY', 'nan', 'NaN123', 'sNaN', 'abc',
                            '', '1..2', '1e', 'e5', '+.e1', '1_', '_1', '1__0', '0x10', '-0.0', '1E+2',
                            '123456789012345678901234567890123', '\t7\n', '1,000'])
            statements.append(f"D({s!r})")
        else:
            t = rng.choice(["(0, (1, 4, 1, 4), -3)", "(1, (0,), 0)", "(0, (), 'F')", "(1, (3,), 'n')",
                            "(0, (1, 2), 5)", "(2, (1,), 0)", "(0, (1, 10), 0)", "(0, (1,), 1.5)", "(0, (1,))",
                            "[0, [1, 2], -1]"])
            statements.append(f"D({t})")
    return statements


DATACLASS_OWN_METHODS = [
    "from dataclasses import dataclass, field, fields, replace, astuple",
    "@dataclass\nclass P:\n    x: int\n    def __repr__(self):\n        return f'P<{self.x}>'",
    "P(1), [P(2)], str(P(3)), P(1) == P(1), P.__hash__, P.__eq__.__qualname__, P.__init__.__qualname__",
    "@dataclass\nclass Init:\n    x: int\n    def __init__(self, x):\n        self.x = x * 2",
    "Init(2), Init(2) == Init(2)",
    "@dataclass(order=True)\nclass O:\n    x: int\n    def __lt__(self, other):\n        return True",
    "@dataclass(order=True)\nclass G:\n    x: int\n    def __ge__(self, other):\n        return True",
    "@dataclass\nclass E:\n    x: int\n    def __eq__(self, other):\n        return True",
    "E(1) == E(2), E(1) != E(2), E.__hash__, E(1)",
    "@dataclass\nclass NE:\n    x: int",
    "NE(1) == NE(1), NE.__hash__",
    "@dataclass(eq=False)\nclass NoEq:\n    x: int\n    def __eq__(self, other):\n        return 'own'",
    "NoEq(1) == NoEq(2), NoEq(1) != NoEq(1)",
    "@dataclass(repr=False)\nclass R:\n    x: int\n    def __repr__(self):\n        return 'R!'",
    "R(5), replace(R(5), x=6), astuple(R(7))",
    "@dataclass\nclass Base:\n    x: int\n    def __repr__(self):\n        return 'Base!'",
    "@dataclass\nclass Child(Base):\n    y: int = 0",
    "Child(1), Child(1, 2) == Child(1, 2), Base(3)",
    "@dataclass\nclass Money:\n    amount: float\n    currency: str = 'EUR'\n    def __str__(self):\n"
    "        return f'{self.amount:.2f} {self.currency}'\n    def __eq__(self, other):\n"
    "        return isinstance(other, Money) and round(self.amount, 2) == round(other.amount, 2)",
    "print(Money(2.5)), Money(2.5), Money(1.004) == Money(1.0), Money.__hash__",
]


def fresh(statements):
    # Each fixture runs in a session of its own in docbuild; here they share one process, whose decimal context
    # is reset before each.
    decimal.setcontext(decimal.Context())
    return statements


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "236-lang34-decimal-tutorials.txt", SCRIPT,
        "decimal as tutorials use it: constructors, text, arithmetic, contexts, signals, quantize, sqrt, hashing, "
        "format specs", fresh(TUTORIALS))
    write_numpy_fixture(
        HERE / "interpreter" / "237-lang34-decimal-generated-arithmetic.txt", SCRIPT,
        "decimal arithmetic on random operands under every rounding mode and precisions 1 to 40, with the flags "
        "each operation sets (seed 34)", fresh(arithmetic_statements()))
    write_numpy_fixture(
        HERE / "interpreter" / "238-lang34-decimal-generated-text.txt", SCRIPT,
        "decimal format specs under every rounding mode, conversions from floats, strings and tuples, hashes and "
        "mixed comparisons (seed 3434)", fresh(text_statements()))
    write_numpy_fixture(
        HERE / "interpreter" / "239-lang34-dataclass-own-methods.txt", SCRIPT,
        "@dataclass keeps the __init__, __repr__, __eq__ and __hash__ a class defines itself (main replaced them), "
        "and raises CPython's TypeError for an ordering it defines", DATACLASS_OWN_METHODS)


if __name__ == "__main__":
    main()
