#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4 prints for the statements session 44's reach probe (reach44) found docbuild
getting wrong in published NumPy tutorial code nobody here had tuned on (Datawhale's Powerful NumPy, fengdu78's code
for Li Hang's Statistical Learning Methods, the Chinese NumPy site's articles, Datawhale's machine-learning toy code).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach44_fixtures.py` (Python 3.11, numpy 2.4). It rewrites the
`interpreter/131-*` to `134-*` fixtures; rerunning gives identical bytes.

131: ordering of tuples and lists holding NumPy scalars (`sorted(Counter(a.flatten()).items())` raised TypeError: the
first unequal pair decides by its own comparison, so `(np.int64(1), 2) < (np.int64(2), 1)` is `np.True_`);
datetime64 arrays printed past the print threshold (docbuild printed nothing: NumPy formats only the shown elements
and adds `shape=`); `np.apply_along_axis` with func1d, axis and arr given by name (docbuild's TypeError said they
were missing).
132: the string ufuncs' scalars (`np.char.strip(' ab ')` is `np.str_('ab')`, not a 0-d array; `np.char.add` too) and
str mixed with bytes (`np.char.add(bytes_array, str_array)` is NumPy's UFuncTypeError, `==` is False everywhere, the
orderings, strip's chars and the searches have no loop, np.char's comparisons answer NotImplemented; docbuild
converted one kind to the other and answered), a bytes chars= for strip and a bytes fill char for center/ljust/rjust
(docbuild ignored them).
133: `np.ldexp` of a Python int beside a NumPy exponent (NumPy's float16 loop; docbuild answered float64),
`np.isnat` of a list of dates (docbuild raised TypeError), `np.cross` of two 2-vectors (a 0-d array, not a scalar).
134: refusals the new corpora met that NumPy answers cheaply: `np.cross`'s axisa, axisb, axisc and axis (and its
error for a 0-d operand), `np.char.index`/`rindex`, start= and end= of np.char's searches, `np.char.isdecimal` and
`istitle`, `np.apply_over_axes`; `np.testing.assert_raises` and `assert_raises_regex` (unittest's messages),
`assert_string_equal` and `assert_array_less` where they pass.
"""

import pathlib

import numpy as np

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_reach44_fixtures.py"

ORDERS_DATES_APPLY = [
    "from collections import Counter",
    "rng = np.random.default_rng(42)",
    "a = rng.integers(0, 5, (3, 4))",
    "sa = sorted(Counter(a.flatten()).items())",
    "sa",
    "np.sum([v[1] for v in sa if v[0] < 3])",
    "sorted(Counter(rng.integers(0, 10, 100)).items())",
    "(np.int64(1), 2) < (np.int64(2), 1)",
    "(np.int64(1), 2) < (np.int64(1), 3)",
    "(np.int64(1), 2) >= (np.int64(1), 2)",
    "(np.int64(1),) <= (np.int64(1), 0)",
    "[np.float64(1.5), 'b'] > [np.float64(1.5), 'a']",
    "[np.float64(1.5), 2] < [np.float32(1.5), 3]",
    "(np.int64(3), 'x') > (2, 'y')",
    "(1, np.int64(2)) < (1, 2.5)",
    "(np.uint8(200), 1) < (np.int8(-1), 0)",
    "sorted([(np.int64(2), 'b'), (np.int64(1), 'a'), (np.int64(2), 'a')])",
    "max([(np.int64(2), 'b'), (np.int64(1), 'a'), (np.int64(2), 'c')])",
    "min((np.float64(0.5), i) for i in range(3))",
    "sorted([(np.array(2), 1), (np.array(1), 2)])",
    "(np.arange(2), 1) < (np.arange(2), 2)",
    "(np.arange(2), 1) < (np.arange(1, 3), 2)",
    "t = (1, 2)",
    "t < t, t <= t",
    "dates = np.arange(np.datetime64('2018-02-01'), np.datetime64('2018-02-25'), 2)",
    "np.set_printoptions(threshold=6)",
    "print(dates)",
    "dates",
    "print(dates.reshape(3, 4))",
    "dates.reshape(3, 4)",
    "deltas = np.diff(dates)",
    "deltas",
    "with_nat = np.array(['2018-02-01', '2018-02-03', 'NaT', '2018-02-07', '2018-02-09', '2018-02-11', '2018-02-13'],"
    " dtype='datetime64[D]')",
    "with_nat",
    "with_nat[::-1]",
    "with_nat[:3]",
    "np.arange(np.datetime64('2018-02-01T10'), np.datetime64('2018-02-02T10'), 3)",
    "np.set_printoptions(edgeitems=1)",
    "dates",
    # Back to NumPy's defaults, which the fixtures after this one (written in the same process) print with.
    "np.set_printoptions(threshold=1000, edgeitems=3)",
    "dates",
    "a = np.array([[9, 9, 4], [8, 8, 1], [5, 3, 6]])",
    "np.apply_along_axis(np.max, arr=a, axis=1)",
    "np.apply_along_axis(lambda x: np.min(x) / np.max(x), arr=a, axis=1)",
    "np.apply_along_axis(func1d=np.max, arr=a, axis=0)",
    "np.apply_along_axis(np.max, 1, arr=a, keepdims=True)",
    "np.apply_along_axis(np.max, arr=a)",
    "np.apply_along_axis(np.max)",
    "np.apply_along_axis()",
    "np.apply_along_axis(np.max, 1, a, axis=0)",
    "np.apply_along_axis(np.sum, 0, a, dtype=float)",
]

STRING_UFUNCS = [
    "np.char.strip('abc '), np.char.strip('abc', 'c')",
    "np.char.lstrip('  ab '), np.char.rstrip('  ab ')",
    "np.char.strip(np.array(' a '))",
    "np.char.strip(np.array([' a ', 'b  ']))",
    "np.strings.strip(' ab ')",
    "np.strings.lstrip('xxab', 'x')",
    "np.char.strip(b' ab ')",
    "np.char.strip(np.array([b'xxa']), b'x')",
    "np.char.lstrip(np.array([b'xxa', b'axx']), b'x')",
    "np.char.strip(np.array(['xya']), np.str_('xy'))",
    "np.char.add('ab', 'c')",
    "np.char.add(np.array('a'), 'b')",
    "np.char.add(b'a', b'b')",
    "np.strings.add('a', 'b')",
    "np.char.add(['a', 'b'], 'c')",
    "np.char.swapcase('aBc')",
    "np.char.upper('ab'), np.char.zfill('1', 3), np.char.center('ab', 6)",
    "u = np.array(['a', 'b'])",
    "b = np.array([b'a', b'b'])",
    "np.char.add(np.array([1, 2], dtype=np.bytes_), np.array([1, 2], dtype=np.str_))",
    "np.char.add(u, b)",
    "np.char.add(b, 'x')",
    "np.char.add('x', b)",
    "np.char.add(u, b'xy')",
    "np.strings.add(u, b)",
    "u + b",
    "b + u",
    "b + 'x'",
    "u + b'x'",
    "u == b",
    "u != b",
    "b == u",
    "u == b'a'",
    "u != b'a'",
    "u == np.array([b'a'])",
    "u == np.array([[b'a'], [b'b']])",
    "u < b",
    "u >= b'a'",
    "b > u",
    "np.char.equal(u, b)",
    "np.char.not_equal(u, b)",
    "np.char.less(u, b)",
    "np.char.equal('a', b'a')",
    "np.strings.equal(u, b)",
    "np.strings.less(u, b)",
    "np.char.strip(u, b'a')",
    "np.char.lstrip(b, 'a')",
    "np.char.rstrip(b, np.str_('a'))",
    "np.char.find(u, b'a')",
    "np.char.rfind(b, 'a')",
    "np.char.count(b, 'a')",
    "np.char.startswith(u, b'a')",
    "np.char.endswith(b, 'a')",
    "np.char.endswith(b, b'a')",
    "np.char.find(b, b'b')",
    "np.char.count(np.array([b'aba']), b'a')",
    "np.char.center(b, 5, b'x')",
    "np.char.center(u, 5, b'x')",
    "np.char.ljust(b, 3, 'y')",
    "np.char.rjust(u, 3, b'z')",
]

LDEXP_ISNAT_CROSS = [
    "np.ldexp(2, np.arange(5)), 2 * 2**np.arange(5)",
    "np.ldexp(2.0, np.arange(3))",
    "np.ldexp(2, 3)",
    "np.ldexp(2.0, 3)",
    "np.ldexp(np.float32(2), np.arange(3))",
    "np.ldexp(np.int64(2), np.arange(3))",
    "np.ldexp(np.arange(3), 1)",
    "np.ldexp(np.int8(2), 1)",
    "np.ldexp(np.int16(2), 1)",
    "np.ldexp(np.int32(2), 1)",
    "np.ldexp(True, 1)",
    "np.ldexp(2, np.arange(3, dtype=np.int8))",
    "np.ldexp(2, [1, 2])",
    "np.ldexp([1, 2], 1)",
    "np.ldexp(2, 100)",
    "np.ldexp(7, np.int64(3))",
    "np.ldexp(2.5, np.arange(3))",
    "np.ldexp(70000, np.arange(2))",
    "np.ldexp(-3, np.array([-30, 0, 15, 16]))",
    "np.ldexp(1, np.array([-24, -25, -26]))",
    "np.ldexp(5, np.int8(-1))",
    "np.isnat([np.datetime64('2016-01-01')])",
    "np.isnat([np.datetime64('2016-01-01'), np.datetime64('NaT')])",
    "np.isnat((np.timedelta64(1, 'D'), np.timedelta64('NaT')))",
    "np.isnat([[np.datetime64('2016-01-01', 'h')], [np.datetime64('NaT')]])",
    "np.isnat([1, 2])",
    "np.isnat([])",
    "np.isnat(np.datetime64('NaT'))",
    "np.cross([1, 2], [3, 4])",
    "np.cross([0, 7], [4, 8]), np.cross([6, 4], [0, 6])",
    "np.cross([0, 4], [0, 0]), np.cross([7, 4], [6, 5]), np.cross([6, 8], [2, 9])",
    "np.cross([1., 2], [3, 4])",
    "np.cross(np.array([1, 2], np.int8), [3, 4])",
    "np.cross([[1, 2], [3, 4]], [[3, 4], [5, 6]])",
    "np.cross([1, 2], [3, 4, 5])",
    "np.cross([1, 2, 3], [4, 5, 6])",
    "c = np.cross(np.array([1.5, 2]), np.array([3, 4]))",
    "c.shape, c.ndim, type(c)",
]

# Refusals the new corpora met most that NumPy answers cheaply: np.cross's axisa/axisb/axisc/axis, np.char's
# index/rindex, start=/end= of the searches, isdecimal and istitle, np.apply_over_axes, and np.testing's
# assert_raises, assert_raises_regex, assert_string_equal and assert_array_less.
ANSWERED_REFUSALS = [
    "a = np.array([[0, 7, 6], [4, 4, 8]])",
    "b = np.array([[0, 6, 2], [0, 5, 9]])",
    "np.cross(a, b, axisc=0)",
    "np.cross(a, b, axisa=0, axisb=0)",
    "np.cross(a.T, b.T)",
    "np.cross(a, b, axis=0)",
    "np.cross(a.T, b.T, axis=0)",
    "np.cross(a, b, axisc=-2)",
    "np.cross(a, b, axisc=2)",
    "np.cross(a, b, axisa=2)",
    "np.cross(a, b, axisb=-3)",
    "np.cross(a, b, axisa=0)",
    "np.cross(np.ones((2, 3, 4)), np.ones((3, 4)), axisa=1, axisb=0, axisc=0)",
    "np.cross(np.ones((2, 3, 2)), np.ones((3, 2)), axisa=1, axisb=0, axisc=5)",
    "np.cross(np.ones((2, 2)), np.ones((2, 2)), axisa=0, axisb=1)",
    "np.cross(np.ones((2, 2)), np.ones((2, 2)), axisc=7)",
    "np.cross(np.float64(1), [1, 2])",
    "np.cross([1, 2], 3)",
    "np.cross([[1, 2, 3]], [[4, 5, 6], [7, 8, 9]], axis=1)",
    "np.cross([1, 2, 3, 4], [1, 2, 3])",
    "np.char.index('abcab', 'a', start=0), np.char.rindex('abcab', 'a', start=0)",
    "np.char.index('abcab', 'd', start=2)",
    "np.char.index(['ab', 'b'], 'a')",
    "np.char.index(['ab', 'ba'], 'a')",
    "np.char.rindex(['ab', 'ba', 'aa'], 'a')",
    "np.char.index('abc', 'c', end=2)",
    "np.char.rindex('abcab', 'a', 0, 2)",
    "np.char.find('abcab', 'a', start=1)",
    "np.char.find('abcab', 'a', 1, 3)",
    "np.char.find('abcab', 'd', start=2, end=None)",
    "np.char.find('abcab', '', 9), np.char.find('abc', '', 3), np.char.find('abc', '', 2, 1)",
    "np.char.count('abcab', 'a', -3), np.char.count('abc', '', 1, 2), np.char.count('abc', '', 5)",
    "np.char.rfind('abcab', 'ab', 0, 4), np.char.rfind('abcab', 'ab', -3)",
    "np.char.find('abc', 'b', -100, -1), np.char.find('abc', 'b', np.int64(1))",
    "np.char.find(['abc', 'bcb', 'xyz'], 'b', 1)",
    "np.char.count(['abcbb', 'bb'], 'b', 1, -1)",
    "np.char.startswith('abc', '', 4), np.char.startswith('abc', '', 3), np.char.endswith('abc', 'c', 0, 2)",
    "np.char.endswith(['a', 'ba'], 'a', start=0, end=1), np.char.startswith(['a', 'ba'], 'a', start=1, end=3)",
    "np.char.startswith(['ab', 'xab'], 'ab', -2), np.char.endswith(['ab', 'xab'], 'xa', 0, -1)",
    "np.char.find(np.array([b'abc']), b'c', 1), np.char.count(np.array([b'aaa']), b'a', 1)",
    "np.strings.find('abcab', 'b', 2), np.strings.index('abcab', 'b', 2)",
    "np.char.isdecimal(['a', '1', '01', '\uff10\uff13', '\u248a\u248f', 'a1', '1.1', ''])",
    "np.char.istitle(['Aa', 'aB', 'AB', 'A', '', 'Hello World', 'Hello world', '1A', 'A1 B'])",
    "np.char.istitle('Title Case'), np.char.isdecimal('12'), np.char.isnumeric('\u248a'), np.char.isnumeric(['1', 'a'])",
    "np.char.istitle(np.array([b'Ab', b'aB']))",
    "np.char.isdecimal(np.array([b'1']))",
    "np.char.isnumeric(np.array([b'1']))",
    "x = np.arange(24).reshape(2, 3, 4)",
    "np.apply_over_axes(np.sum, x, [0, 2])",
    "np.apply_over_axes(np.sum, x, (0, 1))",
    "np.apply_over_axes(np.sum, x, 1)",
    "np.apply_over_axes(np.mean, x, [-1])",
    "np.apply_over_axes(np.max, x, [0, 1, 2])",
    "np.apply_over_axes(lambda a, axis: np.cumsum(a, axis), x, [2])",
    "np.apply_over_axes(lambda a, axis: 5, x, [0])",
    "np.apply_over_axes(lambda a, axis: np.sum(a), x, [0])",
    "np.apply_over_axes(np.sum, [[1, 2], [3, 4]], 0)",
    "np.apply_over_axes(np.sum, x, [])",
    "def div(a, b):\n    return a / b",
    "np.testing.assert_raises(ZeroDivisionError, div, 1, 0)",
    "np.testing.assert_raises(ZeroDivisionError, div, 1, 1)",
    "np.testing.assert_raises(ZeroDivisionError, lambda: 1)",
    "np.testing.assert_raises(ZeroDivisionError, div, 1, 'a')",
    "np.testing.assert_raises(ZeroDivisionError, div, b=0, a=1)",
    "with np.testing.assert_raises(ZeroDivisionError):\n    1/0",
    "with np.testing.assert_raises(ZeroDivisionError):\n    1/1",
    "with np.testing.assert_raises((ZeroDivisionError, ValueError)):\n    pass",
    "with np.testing.assert_raises(ArithmeticError):\n    1/0",
    "with np.testing.assert_raises(ValueError):\n    1/0",
    "with np.testing.assert_raises_regex(ZeroDivisionError, 'division by zero'):\n    1/0",
    "with np.testing.assert_raises_regex(ZeroDivisionError, '[a-z]+'):\n    1/0",
    "with np.testing.assert_raises_regex(ZeroDivisionError, 'xyz'):\n    1/0",
    "np.testing.assert_raises_regex(ValueError, 'invalid', int, 'x')",
    "np.testing.assert_raises_regex(ValueError, 'invalid', int, '1')",
    "np.testing.assert_string_equal('abc', 'abc')",
    "np.testing.assert_string_equal('abc', 1)",
    "np.testing.assert_string_equal(b'abc', 'abc')",
    "np.testing.assert_array_less([1, 1, np.nan], [2, 2, np.nan])",
    "np.testing.assert_array_less([1, 2], 3)",
    "np.testing.assert_array_less(1, [2, 3])",
    "np.testing.assert_array_less(np.arange(3), np.arange(1, 4))",
]

FIXTURES = {
    "131-reach44-ordering-numpy-scalars-date-summaries-apply-keywords": (
        "ordering of tuples and lists holding NumPy scalars; datetime64 arrays printed past the threshold; "
        "np.apply_along_axis with func1d, axis and arr by name.",
        ["import numpy as np"] + ORDERS_DATES_APPLY,
    ),
    "132-reach44-string-ufunc-scalars-and-str-bytes-mixes": (
        "the string ufuncs' scalars (strip, lstrip, rstrip, add) and str mixed with bytes: add's UFuncTypeError, "
        "== and != everywhere, no loop for orderings, strip's chars and the searches, np.char's NotImplemented; "
        "bytes chars and fill chars.",
        ["import numpy as np"] + STRING_UFUNCS,
    ),
    "133-reach44-ldexp-loops-isnat-lists-cross-2d": (
        "np.ldexp's float loop for each mantissa type (a Python int beside a NumPy exponent: float16); np.isnat of "
        "lists of dates; np.cross of 2-vectors, a 0-d array.",
        ["import numpy as np"] + LDEXP_ISNAT_CROSS,
    ),
    "134-reach44-cross-axes-string-searches-apply-over-axes": (
        "np.cross's axisa, axisb, axisc and axis; np.char's index and rindex, start= and end= of the searches, "
        "isdecimal and istitle; np.apply_over_axes.",
        ["import numpy as np"] + ANSWERED_REFUSALS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
