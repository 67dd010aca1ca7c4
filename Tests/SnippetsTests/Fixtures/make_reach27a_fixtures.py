#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for what the reach probe's session-27 corpus "python-library" (CPython's library
reference pages) showed docbuild printing otherwise, and for the modules and names it now runs there.

210: a range's `index`, `count`, `start`, `stop` and `step` (docbuild raised AttributeError), and `in` of a range for
a value that only equals an item (`10.0 in range(20)`: docbuild answered False); `ord` of a one-byte bytes or
bytearray (docbuild raised TypeError); a function's own attributes (`f.calls = 0`: docbuild raised AttributeError) and
what functools.wraps copies (`__doc__`: docbuild left the wrapper's own, `__wrapped__`, the wrapped function's
attributes).

211: fractions.Fraction (refused before), written after CPython's Lib/fractions.py. 212: what it needs of the
interpreter, for snippet classes too: abs, round, divmod and math.floor/ceil/trunc through `__abs__`, `__round__`,
`__divmod__`/`__rdivmod__`, `__floor__`, `__ceil__` and `__trunc__` (refused before), math's functions and
`%f`/`%d` formatting of an object through its `__float__`/`__int__`. 213: statistics (refused before), written after
CPython's Lib/statistics.py. 214: textwrap (refused before), written after CPython's Lib/textwrap.py.
215: an uncaught exception's class as CPython's traceback prints it: `f.<locals>.Local`, `Outer.Inner` (docbuild
printed `Local`, `Inner`), `statistics.StatisticsError` and `re.error` (which the comparison matches with the short
name docbuild prints); a KeyError subclass's str, its one argument's repr (docbuild printed its str).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach27a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/210-reach27a-ranges-ord-bytes-function-attributes.txt`, `211-reach27a-fractions.txt`,
`212-reach27a-number-special-methods.txt`, `213-reach27a-statistics.txt`,
`214-reach27a-textwrap.txt` and `215-reach27a-exception-class-names.txt`; rerunning gives identical bytes.
"""

import contextlib
import io
import pathlib
import traceback

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture, write_transcript

HERE = pathlib.Path(__file__).resolve().parent
FOLDER = HERE / "interpreter"

RANGES = [
    "r = range(0, 20, 2)",
    "r.index(10), r.index(10.0), r.index(0), r.index(18), r[5]",
    "r.count(10), r.count(10.0), r.count(11), r.count(True), range(2).count(True), range(2).count(1.0)",
    "10.0 in r, 11.0 in r, 10.5 in r, True in r, False in r, 'a' in r, None in r",
    "4 in range(10, 0, -2), 3 in range(10, 0, -2), 10 in range(10, 0, -2), 0 in range(10, 0, -2)",
    "2.0 in range(10, 0, -2), range(10, 0, -2).index(4), range(10, 0, -2).index(4.0)",
    "r.index(True)",
    "r.index(3)",
    "r.index(25)",
    "r.index(-2)",
    "r.index(3.0)",
    "r.index('a')",
    "r.index(10, 0)",
    "r.index()",
    "r.count()",
    "r.index(x=1)",
    "r.count(value=1)",
    "r.start, r.stop, r.step, range(5).start, range(5).step, range(3, -3, -1).stop",
    "range(0).index(0)",
    "range(-5, 5).index(-5), range(-5, 5).index(4), range(2**40, 2**40 + 3).index(2**40 + 2)",
    "complex(4, 0) in r, np.float64(4.0) in r, np.int64(6) in r, r.index(np.int64(6)), r.count(np.float64(6.0))",
    "class Anything:\n    def __eq__(self, other):\n        return True",
    "Anything() in r, r.index(Anything()), r.count(Anything())",
    "class Never:\n    def __eq__(self, other):\n        return False",
    "Never() in r, r.count(Never())",
    "r.index(Never())",
]

ORD_BYTES = [
    "ord(b'z'), ord(bytearray(b'a')), ord(b'\\x00'), ord(b'\\xff'), ord(bytearray([200]))",
    "ord(b'ab')",
    "ord(b'')",
    "ord(bytearray(b'xyz'))",
    "ord(bytearray())",
    "ord('é'), ord('\\n')",
    "ord('ab')",
    "ord(5)",
]

FUNCTION_ATTRIBUTES = [
    "def g():\n    '''Doc of g.'''\n    return 1",
    "g.attr = 5",
    "g.attr, hasattr(g, 'attr'), getattr(g, 'other', 9)",
    "g.attr += 1",
    "g.attr",
    "del g.attr",
    "hasattr(g, 'attr')",
    "del g.attr",
    "g.attr",
    "g.__doc__",
    "g.__doc__ = 'changed'",
    "g.__doc__",
    "g.__doc__ = None",
    "g.__doc__",
    "h = g",
    "h.shared = [1]",
    "g.shared, g.shared is h.shared",
    "def counter():\n    counter.calls += 1\n    return counter.calls",
    "counter.calls = 0",
    "counter(), counter(), counter.calls",
    "from functools import wraps",
    "def my_decorator(f):\n    @wraps(f)\n    def wrapper(*args, **kwds):\n        print('Calling decorated function')\n"
    "        return f(*args, **kwds)\n    return wrapper",
    "@my_decorator\ndef example():\n    '''Docstring'''\n    print('Called example function')",
    "example()",
    "example.__name__, example.__qualname__, example.__doc__",
    "example.__wrapped__()",
    "@my_decorator\ndef bare():\n    pass",
    "bare.__doc__, bare.__name__",
    "def counted(f):\n    @wraps(f)\n    def inner(*args):\n        inner.calls += 1\n        return f(*args)\n"
    "    inner.calls = 0\n    return inner",
    "@counted\ndef add(a, b):\n    '''Adds.'''\n    return a + b",
    "add(1, 2), add(3, 4), add.calls, add.__doc__, add.__name__",
    "add.__wrapped__(5, 6), add.__wrapped__.__name__",
    "twice = my_decorator(add)",
    "twice.calls, twice.__doc__, twice.__name__, twice.__wrapped__.__name__",
    "twice(1, 1)",
    "twice.calls, add.calls",
    "def tagged(f):\n    f.tag = 'T'\n    return f",
    "@my_decorator\n@tagged\ndef both():\n    return 'b'",
    "both.tag, both(), both.__wrapped__.tag",
    "class Box:\n    def method(self):\n        return 1",
    "Box.method.note = 'n'",
    "Box.method.note, Box().method.note",
]

FRACTIONS = [
    "from fractions import Fraction",
    "Fraction(16, -10), Fraction(123), Fraction(), Fraction(0, -5), Fraction(-6, -4), Fraction(True), Fraction(False, 3)",
    "Fraction('3/7'), Fraction(' -3/7 '), Fraction('1.414213 \\t\\n'), Fraction('-.125'), Fraction('7e-6')",
    "Fraction('+1_000.000_1'), Fraction('1E3'), Fraction('2.5e+2'), Fraction('12/8'), Fraction('1.'), Fraction('-0')",
    "Fraction('\u0663/\u0664'), Fraction('  5  ')",
    "Fraction('1/0')",
    "Fraction('-3/0')",
    "Fraction('1.5/2')",
    "Fraction('1 /2')",
    "Fraction('')",
    "Fraction('.')",
    "Fraction('1e')",
    "Fraction('1__0')",
    "Fraction('_1')",
    "Fraction('1.d')",
    "Fraction('1/2/3')",
    "Fraction('inf')",
    "Fraction(2.25), Fraction(1.1), Fraction(-0.0), Fraction(1e300).denominator, Fraction(5e-324).numerator",
    "Fraction(float('inf'))",
    "Fraction(float('nan'))",
    "Fraction(1, 0)",
    "Fraction(0, 0)",
    "Fraction(1.5, 2)",
    "Fraction(1, 2.0)",
    "Fraction([1])",
    "Fraction(None)",
    "Fraction(3j)",
    "Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction(3, Fraction(6, 7))",
    "Fraction(Fraction(1, 3), Fraction(0, 1))",
    "f = Fraction(3, 4)",
    "f.numerator, f.denominator, f.as_integer_ratio(), str(f), repr(f), str(Fraction(8, 4)), f'{f}', '%s' % (f,)",
    "print(f, Fraction(-5), [f, Fraction(1)])",
    "type(f), type(f).__name__, isinstance(f, Fraction), Fraction.__name__",
    "f + 1, 1 + f, f + f, f - 2, 2 - f, f * 3, 3 * f, f / 3, 3 / f, f // Fraction(1, 5), 2 // f",
    "f % Fraction(1, 3), 1 % f, divmod(f, Fraction(1, 5)), divmod(3, f), divmod(Fraction(-7, 2), 2)",
    "f + 0.5, 0.5 + f, f - 0.25, 1.5 * f, f / 0.5, 0.3 / f, f // 0.25, f % 0.5, divmod(f, 0.5), divmod(2.0, f)",
    "f + 1j, 1j * f, f ** 2, f ** -2, (-f) ** 3, (-f) ** -3, f ** 0, f ** Fraction(2), f ** 0.5, 2 ** f, 4 ** Fraction(1, 2)",
    "Fraction(2) in [1, 2], Fraction(1, 4) ** Fraction(1, 2), 2.0 ** f, Fraction(2) ** f, 2 ** Fraction(3), 2 ** Fraction(-3)",
    "f + True, True + f, f * False",
    "f / 0",
    "f / Fraction(0)",
    "Fraction(0) / 0",
    "Fraction(-3, 4) / 0",
    "f // 0",
    "f % 0",
    "divmod(f, 0)",
    "1 / Fraction(0)",
    "f / 0.0",
    "Fraction(0) ** -1",
    "f + 'a'",
    "'a' + f",
    "f + [1]",
    "f + None",
    "-f, +f, abs(Fraction(-3, 4)), abs(f), int(f), int(Fraction(-7, 2)), float(f), float(Fraction(1, 3))",
    "float(Fraction(10**400, 3 * 10**399)), float(Fraction(2476979795053773, 2251799813685248)), float(Fraction(-1, 3))",
    "float(Fraction(10**400, 1))",
    "complex(float(f)), bool(f), bool(Fraction(0)), not Fraction(0, 5)",
    "import math",
    "math.floor(Fraction(355, 113)), math.ceil(Fraction(355, 113)), math.trunc(Fraction(-7, 2))",
    "math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2))",
    "math.sqrt(Fraction(1, 4)), math.exp(Fraction(1, 2)), math.log(Fraction(1, 2)), math.isclose(f, 0.75)",
    "math.fsum([Fraction(1, 3), Fraction(2, 3), 0.1]), math.atan2(Fraction(1), Fraction(2)), math.fabs(-f)",
    "math.isnan(f), math.isinf(f), math.isfinite(f), math.hypot(f, Fraction(1)), math.pow(f, 2), math.log(f, 2)",
    "round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3)), round(Fraction(2, 3))",
    "round(Fraction(22, 7), 2), round(Fraction(1234, 1), -2), round(Fraction(1250), -2), round(Fraction(1, 3), 0), round(f, None)",
    "f == Fraction(6, 8), f == 0.75, f == 0.7, 0.75 == f, f == 3, Fraction(3) == 3, f != 1, f == 0.75 + 0j, f == 0.75 + 1j",
    "f == 'a', f == None, f == [f], Fraction(0) == 0.0, Fraction(0) == -0.0",
    "f == float('nan'), f == float('inf'), Fraction(0) == float('inf')",
    "f < 1, f > 0.5, f <= Fraction(3, 4), f >= 1, 1 > f, 0.5 < f, f < float('inf'), f > float('-inf'), f < float('nan')",
    "Fraction(1, 3) < 0.3333333333333333, Fraction(1, 3) > 0.3333333333333333, True < f, Fraction(-1) < False",
    "f < 'a'",
    "f < None",
    "sorted([Fraction(1, 2), 0.25, 1, Fraction(-1, 3), True]), max(Fraction(1, 2), 0.4), min([f, Fraction(2, 3)])",
    "sum([Fraction(1, 3)] * 3), sum([Fraction(1, 2), 0.5]), sum([Fraction(1, n) for n in range(1, 6)])",
    "Fraction('3.1415926535897932').limit_denominator(1000), Fraction('3.141592653589793').limit_denominator(10)",
    "Fraction('3.141592653589793').limit_denominator(100), Fraction(4321, 8765).limit_denominator(10000)",
    "from math import pi, cos",
    "Fraction(cos(pi/3)), Fraction(cos(pi/3)).limit_denominator(), Fraction(1.1).limit_denominator()",
    "Fraction(-1.1).limit_denominator(5), Fraction(2, 3).limit_denominator(1), Fraction(1, 2).limit_denominator(1)",
    "f.limit_denominator(0)",
    "Fraction.from_float(0.3), Fraction.from_float(3), Fraction.from_float(True), Fraction.from_float(-2.5)",
    "Fraction.from_float('0.3')",
    "Fraction.from_float(f)",
    "f.x = 1",
    "f._numerator",
    "import copy",
    "copy.copy(f) == f, copy.deepcopy([f]), f'{f!r}'",
    "format(f, '')",
    "'{}/{!s}'.format(f, f)",
    "class Sub(Fraction):\n    pass",
    "s = Sub(2, 4)",
    "s, type(s).__name__, type(s + 1).__name__, type(-s).__name__, isinstance(s, Fraction), s == Fraction(1, 2)",
    "s.extra = 5",
    "s.extra",
    "np.isscalar(f), np.isscalar(s), np.isscalar(b'a'), np.isscalar(bytearray(b'a')), np.isscalar([f])",
    "import fractions",
    "fractions.Fraction(1, 3), fractions.Fraction is Fraction",
]

NUMBER_PROTOCOLS = [
    "import math",
    "from fractions import Fraction",
    "f = Fraction(1, 2)",
    "'%.2f|%d|%i|%5.1e|%g|%s|%r|%-6.3F|' % (f, Fraction(7, 2), Fraction(-7, 2), f, f, f, f, Fraction(1, 3))",
    "'%x' % f",
    "'%o' % Fraction(8)",
    "'%(a)d %(a).1f' % {'a': Fraction(5, 2)}",
    "class Q:\n    def __abs__(self):\n        return 'abs'\n    def __round__(self, n=None):\n        return ('round', n)\n"
    "    def __floor__(self):\n        return 'floor'\n    def __ceil__(self):\n        return 'ceil'\n"
    "    def __trunc__(self):\n        return 'trunc'\n    def __divmod__(self, other):\n        return ('divmod', other)\n"
    "    def __rdivmod__(self, other):\n        return ('rdivmod', other)",
    "q = Q()",
    "abs(q), round(q), round(q, 2), round(q, None), math.floor(q), math.ceil(q), math.trunc(q), divmod(q, 1), divmod(1, q)",
    "class E:\n    pass",
    "abs(E())",
    "round(E())",
    "round(E(), 2)",
    "math.floor(E())",
    "math.ceil(E())",
    "math.trunc(E())",
    "divmod(E(), 1)",
    "divmod(1, E())",
    "divmod(E(), E())",
    "float(E())",
    "math.sqrt(E())",
    "'%f' % E()",
    "'%d' % E()",
    "'%x' % E()",
    "class NotDivmod:\n    def __divmod__(self, other):\n        return NotImplemented",
    "divmod(NotDivmod(), 2)",
    "divmod(f, 2, 3)",
    "divmod(f, b=2)",
    "divmod(f)",
    "round(f, 1), round(2.5), divmod(7, 2), round(q, ndigits=3)",
]

STATISTICS = [
    "import statistics",
    "from statistics import *",
    "from fractions import Fraction as F",
    "data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]",
    "mean(data), median(data), mode(data), variance(data), stdev(data), pvariance(data), pstdev(data)",
    "mean([1, 2, 3, 4, 4]), mean([-1.0, 2.5, 3.25, 5.75]), mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])",
    "mean([0.1] * 10), sum([0.1] * 10) / 10, mean([1e50, 1, -1e50] * 1000), mean([1, 2]), mean([True, False, True])",
    "mean([1, 2.5]), mean([F(1, 2), 1]), mean([F(1, 3), 0.5]), type(mean([F(1, 3), 0.5])), type(mean([3, 5]))",
    "mean([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]), mean([1e308, 1e308]), mean(range(10)), mean(iter([1.5, 2.5]))",
    "mean([1, float('inf')]), mean([float('inf'), float('-inf')]), mean([float('nan'), 1.0])",
    "mean([])",
    "mean(['a', 'b'])",
    "mean([1j])",
    "fmean([3.5, 4.0, 5.25]), fmean([85, 92, 83, 91], [0.20, 0.20, 0.30, 0.30]), fmean(iter([1, 2, 3])), fmean([0.1] * 10)",
    "fmean([])",
    "fmean([1, 2], [1])",
    "fmean([1, 2], [0, 0])",
    "geometric_mean([54, 24, 36]), round(geometric_mean([54, 24, 36]), 1), geometric_mean([2.5, F(1, 3)])",
    "geometric_mean([1, 0])",
    "geometric_mean([])",
    "harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([2.5, 3, 10]), harmonic_mean([7])",
    "harmonic_mean([1, 0, 3]), harmonic_mean([F(1, 2), F(1, 3)]), harmonic_mean([0.25, 0.5], [1, 0])",
    "harmonic_mean([1, -2])",
    "harmonic_mean([-3])",
    "harmonic_mean([])",
    "harmonic_mean([1, 2], [1])",
    "harmonic_mean(['a'])",
    "median([1, 3, 5]), median([1, 3, 5, 7]), median([1.5, 2]), median([F(1, 2), F(1, 3)]), median(['b', 'a', 'c'])",
    "median([20.7, float('nan'), 19.2, 18.3, float('nan'), 14.4])",
    "median([])",
    "median_low([1, 3, 5]), median_low([1, 3, 5, 7]), median_high([1, 3, 5]), median_high([1, 3, 5, 7])",
    "median_low([])",
    "median_grouped([52, 52, 53, 54]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])",
    "median_grouped([1, 3, 3, 5, 7], interval=1), median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([2.5])",
    "median_grouped([])",
    "mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode([2, 1, 1, 2])",
    "mode([])",
    "multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([3, 1, 3, 1]), multimode([1.0, 1, True, 2])",
    "quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129], n=10)",
    "quantiles([1, 2, 3, 4, 5]), quantiles([1, 2, 3, 4, 5], method='inclusive'), quantiles([1.5, 2.5], n=3)",
    "quantiles([F(1, 2), F(3, 4), 1], n=2), quantiles(range(7), n=4)",
    "quantiles([1], n=4)",
    "quantiles([1, 2], n=0)",
    "quantiles([1, 2], method='other')",
    "variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), variance([1, 2, 3, 4]), variance([F(1, 6), F(1, 2), F(5, 3)])",
    "variance([1, 2, 3, 4, 5], 3), variance([0.1, 0.2, 0.3]), variance([1e10 + 0.1, 1e10 + 0.2, 1e10 + 0.3])",
    "variance([1, 3, 5, 7, 9, 11]), type(variance([1, 3])), variance([1, 2]), variance([True, False])",
    "variance([1])",
    "variance([1.0, float('inf')])",
    "pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4]), pvariance([7])",
    "pvariance([1, 2, 3], mu=2), pvariance([F(1, 4), F(5, 4), F(1, 2)])",
    "pvariance([])",
    "stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), stdev([1, 2, 3, 4]), stdev([0.1, 0.2, 0.3]), stdev([F(1, 3), F(2, 3)])",
    "stdev([1e-300, 3e-300]), stdev([1e300, -1e300]), stdev([10**20, 10**20 + 1, 10**20 + 3])",
    "stdev([1, 2, 3], 2), stdev([2, 2])",
    "stdev([1])",
    "pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1, 2]), pstdev([5]), pstdev([0.1, 0.7, 0.9])",
    "pstdev([])",
    "[stdev([x, x + 1, x * 3]) for x in (0.1, 7.3, 1e-5, 123456.789)]",
    "[pstdev([x, 2 * x, x / 3, 1]) for x in (0.3, 2.9, 5e8, 1e-9)]",
    "statistics.mean([1, 2]), statistics.StatisticsError, issubclass(statistics.StatisticsError, ValueError)",
    "try:\n    statistics.mean([])\nexcept ValueError as e:\n    print(type(e).__name__, e)",
]

LOREM = (
    "The quick brown fox jumped over the lazy dog. Supercalifragilisticexpialidocious words--and em-dashes, "
    "well-known multi-part e-mail x-ray; 'quoted' text! Is it?  Two spaces.\tA tab,\nand a newline."
)

TEXTWRAP = [
    "import textwrap",
    f"text = {LOREM!r}",
    "textwrap.wrap(text)",
    "textwrap.wrap(text, width=20)",
    "textwrap.wrap(text, 12, break_on_hyphens=False)",
    "textwrap.wrap(text, 10, break_long_words=False)",
    "textwrap.wrap(text, 15, drop_whitespace=False)",
    "textwrap.wrap(text, 25, fix_sentence_endings=True)",
    "textwrap.wrap(text, 30, initial_indent='* ', subsequent_indent='    ')",
    "textwrap.wrap(text, 30, expand_tabs=False, replace_whitespace=False)",
    "textwrap.wrap('a\\tb\\tc', 8, tabsize=4), textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('x', 1)",
    "print(textwrap.fill(text, width=40))",
    "print(textwrap.fill(text, 28, max_lines=3))",
    "print(textwrap.fill(text, 28, max_lines=2, placeholder=' ...'))",
    "textwrap.wrap('abc-def-ghi-jkl', 5), textwrap.wrap('---- abc', 3), textwrap.wrap('a-b-c-d-e-f-g-h', 4)",
    "textwrap.wrap('Hello  world!  This is a test.', 5, max_lines=2)",
    "textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11)",
    "textwrap.shorten('Hello world', width=10, placeholder='...'), textwrap.shorten(text, 50)",
    "textwrap.shorten('Hello world', width=3)",
    "textwrap.wrap(text, 0)",
    "textwrap.wrap('abc', 5, max_lines=1, placeholder='       ')",
    "w = textwrap.TextWrapper(width=16, initial_indent='> ', max_lines=4)",
    "w.wrap(text), w.width, w.placeholder",
    "w.width = 30",
    "w.fill(text)",
    "s = 'hello\\n    world\\n      again\\n    '",
    "textwrap.dedent(s), textwrap.dedent('  a\\n\\tb\\n'), textwrap.dedent('\\t\\ta\\n\\t  b'), textwrap.dedent('no margin\\n  x')",
    "textwrap.dedent('    x\\n   \\n    y'), textwrap.dedent(''), textwrap.dedent('  \\t  a\\n  \\t b')",
    "s = 'hello\\n\\n \\nworld'",
    "textwrap.indent(s, '  ')",
    "print(textwrap.indent(s, '+ ', lambda line: True))",
    "textwrap.indent('a\\r\\nb\\rc', '> '), textwrap.indent('', 'x'), textwrap.indent('x', '> ', lambda line: False)",
    "from textwrap import dedent, indent, fill",
    "fill('one two three', 7)",
    "textwrap.TextWrapper.unicode_whitespace_trans",
    "class Simple(textwrap.TextWrapper):\n    wordsep_re = textwrap.TextWrapper.wordsep_simple_re",
    "Simple(width=8).wrap('well-known e-mail--test'), textwrap.TextWrapper(width=8).wrap('well-known e-mail--test')",
    "textwrap.TextWrapper.sentence_end_re.search('end.') is not None",
]

EXCEPTION_NAMES = [
    "import re, statistics",
    "statistics.mean([])",
    "statistics.variance([1])",
    "re.compile('(')",
    "class MyError(Exception):\n    pass",
    "raise MyError('x')",
    "def f():\n    class Local(ValueError):\n        pass\n    raise Local('in f')",
    "f()",
    "class Outer:\n    class Inner(Exception):\n        pass",
    "raise Outer.Inner(1, 2)",
    "raise Outer.Inner",
    "try:\n    f()\nexcept ValueError as e:\n    print(type(e).__name__, type(e).__qualname__, repr(e), e)",
    "try:\n    statistics.mean([])\nexcept statistics.StatisticsError as e:\n    print(type(e).__name__, repr(e), e.args)",
    "def g():\n    class Deeper:\n        class E(KeyError):\n            pass\n    raise Deeper.E('k')",
    "g()",
    "class MissingKey(KeyError):\n    pass",
    "raise MissingKey('k')",
    "str(MissingKey('k')), str(MissingKey(1, 2)), str(MissingKey()), repr(MissingKey('k'))",
    "class Lookup(LookupError):\n    pass",
    "str(Lookup('k'))",
]


def run_with_qualified_names(statement, namespace):
    """What the REPL shows for one statement, the exception's line as CPython's traceback prints it: the class's
    qualified name, after its module unless that is `__main__` or `builtins`."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(statement + "\n", "<stdin>", "single"), namespace)
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        out.write(traceback.format_exception_only(type(error), error)[-1])
    return out.getvalue()


if __name__ == "__main__":
    write_numpy_fixture(
        FOLDER / "210-reach27a-ranges-ord-bytes-function-attributes.txt",
        "make_reach27a_fixtures.py",
        "a range's index, count, start, stop and step, and in of a range for values equal to an item; ord of bytes; "
        "a function's own attributes and what functools.wraps copies",
        RANGES + ORD_BYTES + FUNCTION_ATTRIBUTES,
    )
    write_numpy_fixture(
        FOLDER / "211-reach27a-fractions.txt",
        "make_reach27a_fixtures.py",
        "fractions.Fraction: construction from ints, floats, strings and Rationals, its errors, arithmetic with ints, "
        "floats and complex numbers, comparisons, hashes, rounding, math's functions, limit_denominator",
        FRACTIONS,
    )
    write_numpy_fixture(
        FOLDER / "212-reach27a-number-special-methods.txt",
        "make_reach27a_fixtures.py",
        "abs, round, divmod, math.floor/ceil/trunc and math's functions of an object through its special methods, "
        "and %-formatting of a Fraction",
        NUMBER_PROTOCOLS,
    )
    write_numpy_fixture(
        FOLDER / "213-reach27a-statistics.txt",
        "make_reach27a_fixtures.py",
        "statistics: mean, fmean, geometric_mean, harmonic_mean, the medians, mode, multimode, quantiles, variance, "
        "pvariance, stdev, pstdev, their errors",
        STATISTICS,
    )
    write_numpy_fixture(
        FOLDER / "214-reach27a-textwrap.txt",
        "make_reach27a_fixtures.py",
        "textwrap: wrap, fill and shorten with each of TextWrapper's options, dedent, indent",
        TEXTWRAP,
    )
    # The REPL's own exception lines (write_numpy_fixture names the class by __name__ alone).
    write_transcript(
        FOLDER / "215-reach27a-exception-class-names.txt",
        f"# 215-reach27a-exception-class-names: generated by make_reach27a_fixtures.py from Python 3.11 and NumPy "
        f"{np.__version__}; an uncaught exception's class as CPython's traceback names it: a nested or local class by its "
        "qualified name, a module's after the module",
        EXCEPTION_NAMES,
        {"np": np, "__name__": "__main__"},
        runner=run_with_qualified_names,
        quiet=True,
    )
