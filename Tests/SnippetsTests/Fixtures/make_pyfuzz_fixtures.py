#!/usr/bin/env python3
"""Writes what CPython prints for the Python statements the language fuzzer found docbuild getting wrong.

Run: `python3 Tests/SnippetsTests/Fixtures/make_pyfuzz_fixtures.py` (Python 3.11, numpy 2.4). It rewrites
`interpreter/57-pyfuzz-language.txt`; rerunning gives identical bytes.

`Fuzz/python_differential.py` runs random Python statements in CPython and in docbuild. Each block below is a
construct where docbuild printed other text than CPython (or raised where CPython did not) and now prints CPython's:
ordering comparisons of sets (inclusion), `zip` given one iterator twice, `reversed` of a dict and its views, the
format mini-language's checks in CPython's order (`,` with `x`, an unknown type before a precision, `c` with a sign,
`z`, `#` without a type, the `0` flag beside an explicit alignment, ints beyond 64 bits in binary, octal and hex),
`%`-formatting (`%s` of an object calls its `__str__`, `%c`, `%a`, `*` widths, a precision on `%d`), the `!a`
conversion, a float power that overflows and a negative number to a fractional power (a complex number), the callee
in "got multiple values", `int(None)`, `divmod` by a float zero, `find`/`count`/`startswith` with start and end,
`splitlines(True)`, Unicode digits and letters in `isdigit`/`isalpha` and in `int()`/`float()`, the repr of
non-printable code points (`'\\x80'`, `'\\xa0'`, `'\\u200b'`), `& | ^ << >>` on ints beyond 64 bits, underscores
in `float()`, a class's `__mro__`, `str()` of an exception class that defines only `__repr__`, signed `inf` and `nan` in `float()`, `str(b, encoding)`, set operators on `d.keys()` and `d.items()`, and
the parts and conjugate of a bool (`True.real` is `1`; `np.conj(True)` is `np.int8(1)`), and a complex array
to the power of a Python -1 (NumPy's reciprocal, whose imaginary part of a real value is -0).
"""

import math
import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "57-pyfuzz-language.txt"

SETS = [
    "a, b, c = {1, 2}, {1, 2, 3}, {4}",
    "a < b, a <= b, b > a, b >= a, a > b, a >= b",
    "a < a, a <= a, a > a, a >= a",
    "a <= c, c <= a, a < c, a > c, a >= c",
    "set() < a, set() <= set(), {0.5, 1} <= {1, 0.5, 2}",
    "{True, 2} <= {1, 2}",
    "a < [1, 2]",
]

ZIP = [
    "it = iter('abcde')",
    "list(zip(it, it))",
    "list(it)",
    "it = iter(range(7))",
    "list(zip(it, it, it))",
    "it = iter([1, 2, 3, 4])",
    "list(zip(it, 'xy'))",
    "list(it)",
    "it = iter([1, 2, 3])",
    "list(zip('ab', it))",
    "list(it)",
    "g = (n * n for n in range(6))",
    "dict(zip(g, g))",
    "it = iter([1, 2, 3])",
    "list(zip(it, it, strict=True))",
    "it = iter([1, 2])",
    "list(zip(it, it, strict=True))",
    "it = iter([1, 2, 3, 4])",
    "list(zip('ab', it, strict=True))",
]

REVERSED = [
    "d = {'b': 2, 'a': 1, 'c': 3}",
    "list(reversed(d)), list(reversed(d.keys()))",
    "list(reversed(d.values())), list(reversed(d.items()))",
    "type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__",
    "next(reversed({}), 'empty')",
]

FORMAT_SPECS = [
    "format(1, ',x')",
    "format(-42, '0>,o')",
    "format(True, ',b')",
    "format(1.5, ',n')",
    "format(3, ',c')",
    "format('a', ',')",
    "format(1, ',_')",
    "format(1, '_,')",
    "format(1, ',,')",
    "format(2**70, '_x'), format(255, '_b'), format(-(2**40), '_X')",
    "format(1, '_n')",
    "format(3, '.2s')",
    "format(True, 's')",
    "format(1, '=^+#05,.2x')",
    "format(7, '.2c')",
    "format(65, '-c')",
    "format(65, '+c')",
    "format(65, '#c')",
    "format(2**70, 'c')",
    "format(-1, 'c')",
    "format(65, 'z.1f'), format(-0.0001, 'z.2f'), format(-0.0, 'z'), format(-0.0001, 'z.1e')",
    "format(-1e-9, 'z%'), format(-0.0, 'z.3g'), format(-0.4, 'z.0f'), format(-0.5, 'z.0f'), format(-1.0, 'z')",
    "f'[{-0.0:-^ z_.2g}]'",
    "format(1, 'z')",
    "format('a', 'z')",
    "f'[{\"text\":^ 20s}]'",
    "format('a', '+')",
    "format(65, ' c')",
    "format('a', '#')",
    "format(1e16, '#'), format(1e16, 'x> #1'), format(-1e22, '^#01.0'), format(1.5, '#'), format(100.0, '#')",
    "format(1.0, '#.1'), format(100.0, '#.3'), format(12.0, '#.3'), format(0.0, '#.3'), format(1.5, '#.5')",
    "format(3.0, '#.0f'), format(3.0, '#.0e'), format(0.5, '#.0%'), format(2.5, '#g'), format(1e-7, '#.2')",
    "format('ab', '05'), format(1, '<05'), format(1, 'x<05'), format(-3, '^07'), format(2.5, '>08')",
    "[format(1234, f'0{w},d') for w in range(4, 14)]",
    "[format(-1234, f'0{w}_d') for w in (6, 7, 9, 12)], [format(255, f'#0{w}_x') for w in (5, 7, 9, 12)]",
    "[format(1.5, f'0{w},.2f') for w in (5, 7, 8, 11)], format(1234, '0=9,d'), format(1234, 'x=9,d')",
    "f'[{1e16:z020,g}]', format(-2.5e-7, '+015,e'), format(12345.678, '012_.1f'), format(1e300, '030,')",
    "format(2**70, '030_x'), format(-7, '08,b' if False else '08_b'), format(True, '06,')",
    "f'{2**70:b}'",
    "f'{2**70:#o}|{-(2**70):x}|{2**65:#X}|{2**64 - 1:x}|{-(2**63):b}'",
    "format(2**70, '<12x'), format(2**70, '1b')",
    "f'{np.int32(-3):= 010,o}'",
    "f'{True: #3c}'",
    "format(1, 'Z')",
    "format(1.5, 'q')",
    "format('a', 'd')",
]

PERCENT = [
    "class P:\n    def __str__(self):\n        return 'str of P'\n    def __repr__(self):\n        return 'P()'",
    "'%s and %r' % (P(), P())",
    "'%s' % P()",
    "'%-12s|%10r|' % (P(), P())",
    "'%s' % [P()]",
    "'%(k)s, %(k)r' % {'k': P()}",
    "'%c%c%c' % (72, 'i', 33)",
    "'<%c>' % (1.0,)",
    "'%c' % 'ab'",
    "'%c' % 2**70",
    "'%c' % -1",
    "'%5c|%-3c|' % (65, 'B')",
    "'%a %a' % ('é€😀', 'plain')",
    "'%*d|%-*d|%*d' % (6, 42, 5, 7, -6, 3)",
    "'%.*f|%*.*f' % (2, 3.14159, 8, 3, 2.71828)",
    "'%*d' % ('a', 3)",
    "'%.3d|%+.3d|%5.3d|%-6.2d|%05d' % (7, 7, -7, 7, -7)",
    "'%#.3x|%#o|%#5o|%#X|%x|%o' % (7, 8, 8, 255, 2**70, -(2**65))",
    "'%d|%i|%u' % (2.9, -2.9, True)",
    "'%x' % 2.5",
    "'%d' % '3'",
    "'%.2e|%+.2e|%10.3g|%-10.1f|' % (12345.678, -0.0, 1e-7, 2.25)",
]

CONVERSIONS = [
    "f'{\"é€\"!a}', f'{\"plain\"!a}', f'{\"😀\"!a:>12}'",
    "'{x!a:^10} {y:1s}'.format(x='é€', y='é€')",
    "'{0!a}|{0!r}|{0!s}'.format('\\x80é')",
    "'{0!x}'.format(1)",
    "f'{[\"ñ\"]!a}'",
]

POWERS = [
    "2.0 ** 10000",
    "try:\n    2.5 ** 1000\nexcept OverflowError as e:\n    print(repr(e), e.args, str(e))",
    "(123456789.0) ** 63",
    "10 ** -400, 2 ** -1, (-2.0) ** 1001",
    "(-8) ** (1 / 3)",
    "(-7) ** 0.5",
    "(-1) ** 1.5",
    "(-2.5) ** -0.25",
    "(-1e300) ** 1.5",
    "(-0.5) ** float('nan'), (-1.0) ** float('inf')",
    "pow(-4, 0.5), pow(-4.0, 2.5)",
    "math.floor(np.complex128(1+2j)), math.sqrt(np.complex128(4-1j)), math.isfinite(np.complex64(2j))",
]

MESSAGES = [
    "def f(a, b=2, **kw):\n    return a, b, kw",
    "f(1, b=2, **{'b': 3})",
    "print(**{'sep': '-'}, sep='+')",
    "f(1, **{'c': 1}, **{'c': 2})",
    "int(None)",
    "int([1])",
    "float(None)",
    "divmod(1.5, 0), 1",
    "divmod(1, 0.0)",
    "divmod(1, 0)",
    "divmod(-7.5, 2), divmod(7, -2.0)",
    "divmod(np.complex128(1+2j), 3)",
    "divmod('a', 2)",
    "divmod(1j, 2)",
]

STRINGS = [
    "s = 'mississippi'",
    "s.find('s', 3), s.find('s', 3, 6), s.find('ss', -5), s.find('', 20), s.find('', 11), s.find('i', -100, 2)",
    "s.rfind('s', 0, 4), s.rfind('i', 5), s.rfind('ss', -8, -2), s.rfind('', 3, 5), s.rfind('x', 2)",
    "s.index('ss', 3), s.rindex('i', 0, -1)",
    "s.index('ss', 6)",
    "s.count('s', 3), s.count('', 2, 5), s.count('', 20), s.count('ss', -8), s.count('i', None, 5)",
    "s.startswith('ss', 2), s.startswith(('a', 'is'), 1), s.startswith('', 11), s.startswith('', 12)",
    "s.endswith('ss', 0, 4), s.endswith('pi', -3), s.endswith('i', 0, -1), s.endswith(('x', 'ip'), 0, 10)",
    "s.find('s', 1.5)",
    "s.count()",
    "s.find('s', 1, 2, 3)",
    "s.startswith(prefix='m')",
    "'a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x1dh\\x1ei\\x85j\\u2028k\\u2029l'.splitlines()",
    "'a\\nb\\r\\nc\\rd\\x0be\\x1cf\\u2028'.splitlines(True)",
    "'café'.splitlines(True), ''.splitlines(True), '\\n\\n'.splitlines(keepends=True)",
    "'٣'.isdigit(), '²'.isdigit(), '½'.isdigit(), '١٢٣'.isdigit(), '12'.isdigit(), 'x1'.isdigit()",
    "'é'.isalpha(), 'e\\u0301'.isalpha(), 'ǅ'.isalpha(), '中文'.isalpha(), 'ab1'.isalpha()",
    "' \\x1c\\x1f\\xa0\\u2003'.isspace(), '\\u200b'.isspace()",
    "'ǅungla ǉ ÀÉÎ straße İ ﬁ'.swapcase(), 'ǅ'.swapcase(), 'aBc'.swapcase()",
    "'ÀÉÎ Straße'.swapcase().swapcase()",
    "np.char.swapcase(np.array(['straße', 'Ab', 'ǅx'])), np.char.upper(np.array(['ßß', 'ﬁ']))",
    "np.dtype('>f8').newbyteorder('ß')",
    "'ÀÉÎ İ Σ'.casefold(), 'MiXeD'.casefold()",
]

REPRS = [
    "'\\x80', '\\x9f', '\\xa0', '\\xad', '\\u200b', '\\u2028', '\\ue000', '\\U0001f600'",
    "['\\x00\\x7f\\x80é€😀']",
    "print(repr('\\xa0x\\u3000y'))",
    "'\\u0378', '\\U000e0001', '\\ufeff'",
    "str(['\\x85']), '%r' % '\\x85'",
]

NUMBER_TEXT = [
    "int('٣'), int('٣', 16), int('１２'), int(' ٤٢\\u2003'), int('\\u0663\\u0660', 0)",
    "float('٣.٥'), float('\\u2003 1e3 \\x0c'), float('１_０')",
    "int('\\x1c 7 \\x1f')",
    "float('1__0')",
    "float('_1')",
    "float('1_')",
    "float('1_0.5'), float('1_000e1_0')",
    "float('1._5')",
    "float('0x1p3')",
    "float('1e400'), float('-1e400'), float(' +1.5E-3 ')",
    "float('-Infinity'), float('+inf'), float('INFINITY'), float('-nan'), float('+NaN'), float(' -iNF ')",
    "float('infinit')",
]

BIG_BITWISE = [
    "(10**20 + 7) ^ False, (10**20 + 7) & True, (2**64) | True",
    "(5) & (3**40), (1) ^ (2**64), (2**70) | (2**3)",
    "-(2**70) & 0xFFFF, -(2**70) | 1, -(2**70) ^ -1, (2**70 - 1) & -(2**65)",
    "-(2**64) & -(2**64), ~(2**70), -1 & (2**100)",
    "(2**70) >> 3, -(2**70) >> 69, -(2**70) >> 200, (2**70 + 5) >> 1",
    "(2**70) << 3, -(2**70) << 1, 3 << 70, (2**70) >> 2**80",
    "(2**70) << -1",
    "(2**70) & 1.5",
]

CLASSES = [
    "class Shape:\n    pass",
    "class Square(Shape):\n    pass",
    "Square.__mro__",
    "[c.__name__ for c in Square.__mro__], Shape.__mro__[1]",
    "class Oops(ValueError):\n    pass",
    "[c.__name__ for c in Oops.__mro__]",
    "ZeroDivisionError.__mro__",
    "try:\n    1 / 0\nexcept Exception as e:\n    print(type(e).__mro__[1].__name__, len(type(e).__mro__))",
    "KeyError.__mro__[-2:]",
    "class Shape(Exception):\n    def __init__(self, name, *sides):\n        self.name = name\n"
    "    def __repr__(self):\n        return f'Shape({self.name!r})'",
    "class Square(Shape):\n    def __init__(self, side):\n        super().__init__('sq', side)",
    "shapes = [Shape('tri', 3, 4), Square(10), Shape('line')]",
    "shapes",
    "[str(s) for s in shapes], print(shapes[1]), f'{shapes[0]}', shapes[0].args",
    "class Loud(Exception):\n    def __str__(self):\n        return 'loud'\n    def __repr__(self):\n        return 'Loud!'",
    "str(Loud(1)), repr(Loud(1)), [Loud()]",
]

STR_DECODING = [
    "str(1, 2)",
    "str(1, 'utf-8')",
    "str(b'caf\\xc3\\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'abc', errors='strict')",
    "str(b'abc', 'ascii', 3)",
    "str('abc', 'utf-8')",
]

DICT_VIEWS = [
    "d = {'x': [1, 2], 'y': {'z': None}, 3: 'three'}",
    "d.keys() & {'x', 'z'}",
    "d.keys() & {'a', 'z'} == {'a'}",
    "sorted(d.keys() - {'y'}, key=str), sorted(d.keys() | {3}, key=str), d.keys() ^ {3, 4} == {'x', 'y', 4}",
    "{3, 'x'} & d.keys() == {3, 'x'}, {3} | d.keys() == {3, 'x', 'y'}",
    "e = {1: 'a', 2: 'b'}",
    "e.keys() & [2, 3], e.keys() - [1], e.items() & {(1, 'a'), (2, 'c')}, e.keys() | range(3, 5)",
    "e.keys() & 5",
    "e.values() & {1}",
]

# Found after the merge (seed 42): a bool's parts are ints, and NumPy's conjugate ufunc has no bool loop.
BOOL_PARTS = [
    "(False).real, True.imag, True.real + 1, type(True.real)",
    "np.real(True), np.imag(False), np.real(np.array([True]))",
    "True.conjugate(), np.conj(True), np.conjugate(np.array([True, False]))",
    "np.array([True]).conj(), np.True_.conjugate()",
]

# Found after the merge (numpy_differential.py --grammar special, seeds 609 and 612): an array to the power of a
# Python -1 is np.reciprocal in NumPy (a real value's imaginary part is -0) and to a Python 2 np.square; np.power
# (which printed the square's last digit) and other exponents are not.
COMPLEX_RECIPROCAL = [
    "z = np.array([2+0j, 3+1j, -1+1j, 0.7-2.1j, -2+0j, 1e-320+0j, 1e300+1e300j])",
    "(z ** -1).tolist()",
    "z[:4] ** -1",
    "np.power(z[:4], -1)",
    "w = np.array([0.7-2.1j, 1.3+0.4j, 3.3-1.7j])",
    "(w ** 2).tolist(), np.power(w, 2).tolist(), np.square(w).tolist()",
    "np.power(w.astype(np.complex64), 2).tolist(), (w.astype(np.complex64) ** 2).tolist()",
    "(z[:4] ** -1.0).tolist()",
    "(z[:4] ** -2).tolist()",
    "x = z[:4].copy(); x[[0, 2, 3]] **= -1; x",
    "y = z[:4].copy(); y **= -1; y",
    "(z[:4].astype(np.complex64) ** -1).tolist()",
    "np.array(2+0j) ** -1",
    "np.complex128(2) ** -1",
]

GROUPS = [["import math"], SETS, ZIP, REVERSED, FORMAT_SPECS, PERCENT, CONVERSIONS, POWERS, MESSAGES, STRINGS, REPRS, NUMBER_TEXT,
          BIG_BITWISE, CLASSES, STR_DECODING, DICT_VIEWS, BOOL_PARTS, COMPLEX_RECIPROCAL]


def main():
    statements = [statement for group in GROUPS for statement in group]
    header = (
        f"# 57-pyfuzz-language: generated by make_pyfuzz_fixtures.py from Python and NumPy {np.__version__}; "
        "the statements the language fuzzer (Fuzz/python_differential.py) found docbuild printing other text for."
    )
    write_transcript(OUTPUT, header, statements, {"np": np, "math": math, "__name__": "__main__"}, quiet=True)


if __name__ == "__main__":
    main()
