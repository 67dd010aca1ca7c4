#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4 prints for the statements session 45's reach probe (reach45) found docbuild
getting wrong, or refusing, in published NumPy tutorial code nobody here had tuned on (a class's NumPy practice tasks,
shbytes's NumPy tutorial, Sharad Khare's NumPy tutorial in Hindi).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach45_fixtures.py` (Python 3.11, numpy 2.4). It rewrites the
`interpreter/464-*` to `467-*` fixtures; rerunning gives identical bytes.

464: unpacking assignments whose items are views of the array an earlier target writes: `array[0], array[2] =
array[2], array[0]` (SparklinStar's task 47) binds row 2's values to row 0, then row 0 (a view, now holding them) to
row 2, so both end as row 2 was; docbuild bound the old row 0. Columns, transposes, starred targets, nested targets,
three targets, and the array itself beside a write into it (`a[0], y = 5, a`).
465: `np.array` of the standard library's `array.array` (shbytes): the typecode's dtype (int32 for 'i', int8 for
'b', float32 for 'f'), a dtype= given, an empty array, a copy that writes do not share; `type(np.add)` and
`np.ufunc` (Khare's ufunc lesson), and `np.vectorize` objects' class (docbuild said `builtin_function_or_method`, in
`type()` and in CPython's messages, which name it 'vectorize').
466: the legacy samplers `np.random.logistic`, `gumbel`, `rayleigh` and `zipf` (Khare's distributions chapters) on
the seeded MT19937 stream: shapes, keywords, a zero scale, NumPy's errors for a negative scale (-0.0 too) and for
`a <= 1`, `RandomState` methods, and what the stream draws after them.
467: `np.zeros`, `np.ones`, `np.full`, `np.linspace` and `np.logspace` with a string dtype (shbytes's creation
chapters): empty strings, `'1'`, a fill value's text cut to the width (one character for `dtype=str`), linspace's and
logspace's floats as `astype(str)` writes them; `np.histogram2d` and `np.histogramdd` (Bressert's 2-D histogram):
edges from the data's range or given, the last edge closing the last bin, weights, density, NumPy's errors.
"""

import pathlib

import numpy as np

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_reach45_fixtures.py"

UNPACKED_VIEWS = [
    "array = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])",
    "array[0], array[2] = array[2], array[0]",
    "print(array)",
    "a = np.arange(6)",
    "a[0], a[1] = a[1], a[0]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[:, 0], a[:, 1] = a[:, 1], a[:, 0]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[0, :], a[1, :] = a[1, :], a[0, :]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[1:], a[:1] = a[:1], a[1:2]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[0], a[1], a[2] = a[1], a[2], a[0]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "b = a.T",
    "b[0], b[1] = b[1], b[0]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[0], a[1] = a[1] * 1, a[0]",
    "a",
    "a = np.arange(12.).reshape(3, 4)",
    "x, y = a[0], a[1]",
    "a[0], a[1] = y, x",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[..., 0], a[..., 3] = a[..., 3], a[..., 0]",
    "a",
    "a = np.arange(12).reshape(3, 4)",
    "a[::2], a[1] = a[1], a[::2][0]",
    "a",
    "a = np.arange(8).reshape(2, 2, 2)",
    "a[0, 0], a[1, 1] = a[1, 1], a[0, 0]",
    "a",
    "a = np.arange(6).reshape(2, 3)",
    "a[0], *b = a[1], a[0], a[1]",
    "b",
    "a = np.arange(6).reshape(2, 3)",
    "a[0], (y, z) = a[1], (a[0], a[1])",
    "y, z",
    "a = np.zeros(3)",
    "a[0], y = 5, a",
    "y",
    "a = np.zeros((2, 2))",
    "a[0], y = 5, a.T",
    "y",
    "a = np.zeros((2, 2))",
    "a[0], y = 5, [a[0]]",
    "y",
    "def swap_rows(m, i, j):\n    m[i], m[j] = m[j], m[i]",
    "a = np.arange(9).reshape(3, 3)",
    "swap_rows(a, 0, 1)",
    "a",
    # What the tutorials meant: a copy, or fancy indexing (a copy too), swaps.
    "a = np.arange(9).reshape(3, 3)",
    "a[0], a[2] = a[2], a[0].copy()",
    "a",
    "a = np.arange(9).reshape(3, 3)",
    "a[[0, 2]] = a[[2, 0]]",
    "a",
    "a = np.arange(6).reshape(2, 3)",
    "rows = [a[0], a[1]]",
    "rows[0], rows[1] = rows[1], rows[0]",
    "rows",
]

ARRAY_MODULE = [
    "import array",
    "np.array(array.array('i', [1, 2, 3]))",
    "np.array(array.array('d', [1.5, 2.25]))",
    "np.array(array.array('b', [True, False]))",
    "np.array(array.array('f', [0.1, 0.2]))",
    "np.array(array.array('B', [1, 255]))",
    "np.array(array.array('h', [-3, 4]))",
    "np.array(array.array('H', [3, 4]))",
    "np.array(array.array('I', [3, 4]))",
    "np.array(array.array('l', [3, -4]))",
    "np.array(array.array('L', [3, 2**63]))",
    "np.array(array.array('i'))",
    "np.array(array.array('d'))",
    "np.array(array.array('i', [1, 2]), dtype=float)",
    "np.array(array.array('d', [1.7, 2.2]), dtype=np.int64)",
    "np.array(array.array('i', [1, 2]), float)",
    "python_integer_array = array.array('i', [1, 2, 3, 4])",
    "numpy_integer_array = np.array(python_integer_array)",
    "numpy_integer_array[0] = 9",
    "print(python_integer_array, numpy_integer_array)",
    "numpy_integer_array * 2**40",
    "numpy_integer_array.dtype, np.array(array.array('f', [1])).itemsize",
    "np.array(array.array('i', [1, 2]), copy=True)",
    "np.array(array.array('i', [1, 2]), copy=1)",
]

UFUNC_AND_VECTORIZE_TYPES = [
    "print(type(np.add))",
    "type(np.add) == np.ufunc",
    "np.ufunc",
    "type(np.sin), type(np.abs), type(np.isnan), type(np.maximum), type(np.matmul), type(np.divmod)",
    "isinstance(np.add, np.ufunc), isinstance(np.sum, np.ufunc), isinstance(np.arange(2), np.ufunc)",
    "f = np.frompyfunc(lambda x, y: x + y, 2, 1)",
    "type(f), isinstance(f, np.ufunc), type(f) == np.ufunc",
    "np.ufunc()",
    "type(np.ufunc)",
    "if type(np.add) == np.ufunc:\n    print('add is ufunc')",
    "issubclass(type(np.add), np.ufunc), type(np.add) is np.ufunc",
    "str(type(np.add)), repr(np.ufunc), np.ufunc.__name__",
    "vf = np.vectorize(lambda x: x + 1)",
    "type(vf)",
    "isinstance(vf, np.vectorize), isinstance(np.arange(2), np.vectorize), isinstance(vf, (np.ufunc, np.vectorize))",
    "np.vectorize",
    "type(np.vectorize)",
    "vf + 1",
    "vf * vf",
    "-vf",
    "len(vf)",
    "vf[0]",
    "callable(vf), type(vf) == np.vectorize, type(vf).__name__, str(type(vf))",
    "vf(np.arange(3))",
]

LEGACY_SAMPLERS = [
    "np.random.seed(0)",
    "np.random.logistic(1, 2, 5)",
    "np.random.logistic()",
    "np.random.logistic(size=(2, 3))",
    "np.random.logistic(loc=-3, scale=0.5, size=4)",
    "np.random.logistic(0, 0, 3)",
    "np.random.logistic(0, -1, 3)",
    "np.random.logistic(0, -0.0, 3)",
    "np.random.logistic(0, float('nan'), 2)",
    "np.random.gumbel(1, 2, 5)",
    "np.random.gumbel()",
    "np.random.gumbel(size=(2, 2))",
    "np.random.gumbel(0, -1)",
    "np.random.rayleigh(2, 5)",
    "np.random.rayleigh()",
    "np.random.rayleigh(scale=3, size=(2, 3))",
    "np.random.rayleigh(-1)",
    "np.random.rayleigh(0, 3)",
    "x = np.random.logistic(size=1000)",
    "x.mean(), x.std(), x.min(), x.max()",
    "x = np.random.gumbel(size=1000)",
    "x.mean(), x.std(), x.min(), x.max()",
    "x = np.random.rayleigh(size=1000)",
    "x.mean(), x.std(), x.min(), x.max()",
    "np.random.seed(0)",
    "z = np.random.zipf(2)",
    "type(z), z",
    "np.random.zipf(2, 10)",
    "np.random.zipf(a=3, size=(2, 3))",
    "np.random.zipf(1.5, 20)",
    "np.random.zipf(1.01, 10)",
    "np.random.zipf(1.0001, 5)",
    "np.random.zipf(50, 5)",
    "np.random.zipf(1000, 5)",
    "np.random.zipf(1)",
    "np.random.zipf(0.5, 3)",
    "np.random.zipf(float('nan'))",
    "x = np.random.zipf(2, 1000)",
    "x.max(), x.sum(), np.bincount(x)[:5]",
    "np.random.zipf(2, 0)",
    "np.random.rand()",
    "rs = np.random.RandomState(42)",
    "rs.logistic(2, 1, 3), rs.gumbel(0, 1, 2), rs.rayleigh(1, 2), rs.zipf(2.5, 4)",
    "type(rs.logistic()), type(rs.rayleigh(size=1))",
]

TEXT_DTYPE_CREATION = [
    "np.zeros((3,), dtype=str)",
    "np.ones(2, dtype=str)",
    "np.zeros(2, dtype='U3')",
    "np.ones(2, dtype='S')",
    "np.zeros((2, 3), str)",
    "np.ones((2, 2), 'U4')",
    "np.zeros(0, dtype=str)",
    "np.zeros(3, dtype=np.str_)",
    "np.ones(3, dtype=bytes)",
    "np.full((2, 2), 6.5, dtype=str)",
    "np.full(3, 7, dtype=str)",
    "np.full(2, 'ab', dtype=str)",
    "np.full(2, 1.0, dtype='U2')",
    "np.full(2, True, dtype=str)",
    "np.full(2, np.float32(0.1), dtype=str)",
    "np.full(2, np.float32(0.1), dtype='U10')",
    "np.full(2, 6.5, 'U5')",
    "np.full(2, 'hello', 'U3')",
    "np.full(2, 1e20, 'U10')",
    "np.full(2, -3, 'S4')",
    "np.full(2, np.int8(5), 'U')",
    "np.linspace(0, 12, num=6, dtype=str)",
    "np.logspace(0, 5, num=6, dtype=str)",
    "np.linspace(0, 1, 5, dtype='U4')",
    "np.linspace(0, 1, 3, True, False, str)",
    "np.logspace(0, 2, 3, dtype='S')",
    "np.linspace(0, 12, num=6, dtype=str).dtype",
    "np.full((3,), 6.5, dtype=str).dtype",
    "z = np.zeros((3,), dtype=str)",
    "z[0] = 'xy'",
    "z",
    "o = np.ones((2, 2), dtype='U3')",
    "o[0, 0] = 'abcd'",
    "print(o)",
]

HISTOGRAM_2D = [
    "np.random.seed(0)",
    "x = np.random.randn(100)",
    "y = np.random.randn(100)",
    "np.histogram2d(x, y, bins=(5, 5))",
    "h, xe, ye = np.histogram2d(x, y)",
    "h.shape, h.sum(), xe[:3], ye[-2:]",
    "np.histogram2d(x, y, bins=4, range=[[-2, 2], [-1, 1]])[0]",
    "np.histogram2d(x, y, bins=[3, 4], density=True)[0]",
    "np.histogram2d(x, y, bins=3, weights=np.arange(100.))[0]",
    "np.histogram2d([1, 2, 3, 3], [1, 1, 2, 3], bins=2)",
    "np.histogram2d([1, 1], [2, 2], bins=2)",
    "np.histogram2d([0, 1, 2], [0, 1, 2], bins=[0, 1, 2])",
    "np.histogram2d([0, 1, 2, 5], [0, 1, 2, 0.5], bins=[[0, 1, 2], [0, 1, 3]])[0]",
    "np.histogram2d([], [], bins=2)",
    "np.histogram2d([1, 2], [1], bins=2)",
    "np.histogram2d([1, 2], [1, 2], bins=0)",
    "np.histogram2d([1, 2], [1, 2], bins=2.5)",
    "np.histogram2d([1, 2], [1, 2], bins=2, range=[[2, 1], [0, 1]])",
    "np.histogram2d([1, 2], [1, 2], bins=[[0, 2, 1], [0, 1]])",
    "np.histogram2d([1, np.inf], [1, 2])",
    "np.histogramdd(np.random.randn(50, 3), bins=(2, 3, 2))",
    "np.histogramdd(np.random.randn(20, 2), bins=3, range=[(-1, 1), (-1, 1)])[0]",
    "h, e = np.histogramdd([np.arange(5), np.arange(5) % 2])",
    "h.shape, h.sum()",
    "np.histogramdd(np.arange(10).reshape(5, 2), bins=2, density=True)",
    "np.histogramdd(np.arange(10).reshape(5, 2), bins=[2, 2, 2])",
    "np.histogramdd(np.arange(10).reshape(5, 2), range=[(0, 1)])",
    "np.histogram2d(np.arange(10), np.arange(10) ** 2, bins=(3, 2))",
    "np.histogram2d(np.arange(6, dtype=np.int32), np.arange(6), bins=np.array([0, 2, 6]))",
    "np.histogram2d(np.float32([0.1, 0.5, 0.9]), [1, 2, 3], bins=2)",
    "np.histogram2d(x, y, bins=(True, 2))[0]",
]

FIXTURES = {
    "464-reach45-unpacking-into-views-of-the-written-array": (
        "unpacking assignments whose items not yet bound are views of (or are) the array an earlier target writes: "
        "row, column, transpose, starred and nested targets.",
        ["import numpy as np"] + UNPACKED_VIEWS,
    ),
    "465-reach45-np-array-of-array-module-arrays-ufunc-and-vectorize-types": (
        "np.array of the standard library's array.array: the typecode's dtype, dtype= given, empty, a copy; "
        "type() of ufuncs, np.ufunc, and np.vectorize objects' class.",
        ["import numpy as np"] + ARRAY_MODULE + UFUNC_AND_VECTORIZE_TYPES,
    ),
    "466-reach45-legacy-logistic-gumbel-rayleigh-zipf": (
        "np.random's legacy logistic, gumbel, rayleigh and zipf on the seeded MT19937 stream, their errors, "
        "RandomState's methods.",
        ["import numpy as np"] + LEGACY_SAMPLERS,
    ),
    "467-reach45-string-dtype-creation-and-histogram2d": (
        "np.zeros, ones, full, linspace and logspace with a string dtype: widths, fill values' text, astype(str) of "
        "the spaced floats; np.histogram2d and np.histogramdd.",
        ["import numpy as np"] + TEXT_DTYPE_CREATION + HISTOGRAM_2D,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
