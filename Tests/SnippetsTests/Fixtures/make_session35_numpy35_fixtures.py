#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the NumPy features session 35 (numpy35, issue 10) added:
`where=` of `np.mean`, `np.var` and `np.std` of float64 and float32 arrays, and of integer arrays whose sums round
(NumPy's masked sums: a pairwise sum per run of elements the mask lets through, so the results differ in their last
digits from `x[mask].mean()`), and `where=` masks broadcast over several reduced axes; the window functions
`np.hanning`, `np.hamming`, `np.bartlett`, `np.blackman`, `np.iscomplex` and `np.extract`; CPython's messages for
ordering an `np.str_` against another kind (docbuild wrote `'str'` where CPython writes `'numpy.str_'`);
`np.trim_zeros` of any number of axes and its `axis=`; `np.nan_to_num(copy=False)` writing into the array and arrays
as its `nan=`, `posinf=`, `neginf=`; `Generator.permuted`; `np.pad`'s statistic modes and `reflect_type='odd'`; the bin estimators of `np.histogram`
and `np.histogram_bin_edges`; `np.add.reduce` and `np.multiply.reduce` with `dtype=`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session35_numpy35_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/320-numpy35-where-of-float-statistics.txt`, `321-numpy35-windows-iscomplex-extract.txt` and
`322-numpy35-str-scalar-order-messages.txt` `323-numpy35-trim-zeros-of-any-axes.txt` `324-numpy35-nan-to-num-in-place-and-array-values.txt` `325-numpy35-generator-permuted.txt` `326-numpy35-pad-statistics-and-odd-reflection.txt` 
`327-numpy35-histogram-bin-estimators.txt` and `328-numpy35-ufunc-reduce-dtype.txt`; rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
MASKED_OUTPUT = HERE / "interpreter" / "320-numpy35-where-of-float-statistics.txt"
WINDOWS_OUTPUT = HERE / "interpreter" / "321-numpy35-windows-iscomplex-extract.txt"
TEXT_ORDER_OUTPUT = HERE / "interpreter" / "322-numpy35-str-scalar-order-messages.txt"
TRIM_OUTPUT = HERE / "interpreter" / "323-numpy35-trim-zeros-of-any-axes.txt"
NAN_TO_NUM_OUTPUT = HERE / "interpreter" / "324-numpy35-nan-to-num-in-place-and-array-values.txt"
PERMUTED_OUTPUT = HERE / "interpreter" / "325-numpy35-generator-permuted.txt"
PAD_OUTPUT = HERE / "interpreter" / "326-numpy35-pad-statistics-and-odd-reflection.txt"
ESTIMATOR_OUTPUT = HERE / "interpreter" / "327-numpy35-histogram-bin-estimators.txt"
REDUCE_DTYPE_OUTPUT = HERE / "interpreter" / "328-numpy35-ufunc-reduce-dtype.txt"

MASKED_STATEMENTS = [
    # NumPy's docstring examples.
    "a = np.array([[5, 9, 13], [14, 10, 12], [11, 15, 19]], dtype=float)",
    "np.mean(a, where=[[True], [False], [False]])",
    "a = np.array([[14, 8, 11, 10], [7, 9, 10, 11], [10, 15, 5, 10]]) / 3",
    "np.std(a, where=[[True], [True], [False]])",
    "np.var(a, where=[[True], [True], [False]])",
    # Sums whose order shows: 37 squares of steps of 1/36, every fifth left out.
    "x = np.linspace(0, 1, 37) ** 2",
    "m = np.arange(37) % 5 != 3",
    "np.mean(x, where=m), x[m].mean()",
    "np.var(x, where=m), np.std(x, where=m)",
    "np.var(x, where=m, ddof=1), np.std(x, where=m, ddof=3)",
    "x.mean(where=m), x.var(where=m), x.std(where=m)",
    "np.mean(x, where=x > 0.3)",
    "np.mean(x, where=np.ones(37, dtype=bool)), np.mean(x)",
    "np.mean(x, where=True), np.var(x, where=np.True_)",
    "y = np.sqrt(np.arange(60.0)).reshape(5, 12)",
    "k = (np.arange(60).reshape(5, 12) * 7) % 11 < 8",
    "np.mean(y, where=k)",
    "np.mean(y, axis=0, where=k)",
    "np.mean(y, axis=1, where=k)",
    "np.mean(y, axis=1, where=k, keepdims=True)",
    "np.var(y, axis=1, where=k)",
    "np.std(y, axis=-1, where=k, ddof=1)",
    "np.var(y, axis=0, where=k, keepdims=True)",
    "np.mean(y, axis=(0, 1), where=k)",
    "np.mean(y, axis=1, where=[True] * 9 + [False] * 3)",
    "np.var(y, axis=1, where=np.arange(12) % 4 != 1)",
    "np.std(y, axis=0, where=np.array([[True], [False], [True], [True], [False]]))",
    "y.mean(1, where=k), y.std(0, where=k)",
    "y.var(axis=1, ddof=2, where=k)",
    # float32: sums in float32, divided in float64 and rounded to float32.
    "z = (np.linspace(0, 3, 40) ** 3).astype(np.float32)",
    "w = np.arange(40) % 3 != 0",
    "np.mean(z, where=w), np.var(z, where=w), np.std(z, where=w)",
    "np.mean(z.reshape(4, 10), axis=1, where=w.reshape(4, 10))",
    "np.var(z.reshape(4, 10), axis=0, where=w.reshape(4, 10), ddof=1)",
    "z.std(where=w, keepdims=True)",
    "np.mean(np.float32([0.1, 0.2, 0.3, 0.7]), where=[True, False, True, True])",
    # Integer arrays whose float64 sums round, and masks broadcast over several axes: NumPy's buffered iterator
    # copies such a mask into a contiguous buffer, so the runs cross the rows.
    "b = (np.arange(30) * 2654435761 + 12345) % 10**17 - 4 * 10**16",
    "np.mean(b, where=b % 3 != 0), np.var(b, where=b % 3 != 0), np.std(b, where=b % 3 != 0)",
    "np.mean(b.reshape(5, 6), axis=0, where=[[True], [False], [True], [True], [True]])",
    "np.var(np.array([1, 2, 4]), where=[True, True, True]), np.mean(np.array([2**53, 1]), where=[True, True])",
    "c = np.sqrt(np.arange(84.0) * 1.37 + 0.11).reshape(2, 2, 3, 7)",
    "np.sum(c, where=np.array([True, False, True]).reshape(3, 1))",
    "np.mean(c, where=np.array([True, False, True]).reshape(3, 1))",
    "np.mean(c, axis=(1, 2, 3), where=[True, True, False, True, True, True, False])",
    "np.var(c, axis=(0, 2), where=np.array([[True], [False], [True]]), keepdims=True)",
    "np.add.reduce(c, axis=None, where=np.array([[[True]], [[False]]]))",
    "np.sum(np.ones((2, 3)) / 3, where=[True, False, True])",
    # Errors NumPy raises.
    "np.mean(y, axis=2, where=k)",
    "np.var(y, axis=(1, 1), where=k)",
]

WINDOW_STATEMENTS = [
    *[f"np.{name}({m})" for name in ["hanning", "hamming", "bartlett", "blackman"] for m in [12, 7, 1, 0, -3, 2]],
    "np.hanning(5.5)",
    "np.hamming(np.int8(6))",
    "np.blackman(np.float32(5))",
    "np.bartlett(True)",
    "np.hanning(51).sum(), np.hamming(51).max(), np.blackman(51)[25], np.bartlett(51)[10]",
    "window = np.hanning(51)",
    "np.round(np.abs(np.fft.fft(window, 64))[:6], 6)",
    "np.hamming(12).dtype, np.hanning(0).dtype, np.hanning(1)",
    "np.hanning([5])",
    # np.iscomplex and np.extract.
    "np.iscomplex([1+1j, 1+0j, 4.5, 3, 2, 2j])",
    "np.iscomplex(3), np.iscomplex(3j), np.iscomplex(np.array(2.5))",
    "np.iscomplex(np.arange(4).reshape(2, 2)), np.iscomplex(np.array([1j, 2], dtype=np.complex64))",
    "arr = np.arange(12).reshape((3, 4))",
    "condition = np.mod(arr, 3) == 0",
    "condition",
    "np.extract(condition, arr)",
    "arr[condition]",
    "np.extract([1, 0, 2], [5, 6, 7])",
    "np.extract(np.array([[True], [False]]), np.arange(6.0))",
    "np.extract(arr > 20, arr)",
    "np.extract(np.ones(20, bool), arr)",
    "np.extract(arr % 2, arr * 1.5)",
    # autograd 1.9.1: a window is a constant; extract has no VJP.
    "from autograd import grad",
    "import autograd.numpy as anp",
    "grad(lambda x: anp.sum(anp.hanning(5) * x))(np.array([1., -2., 3., 4., 5.]))",
    "grad(lambda x: anp.sum(anp.iscomplex(x) * x))(np.array([1., -2.]))",
    "grad(lambda x: anp.sum(anp.extract(x > 0, x)))(np.array([1., -2., 3.]))",
]

# CPython's messages for ordering an np.str_ or np.bytes_ against another kind name NumPy's type (docbuild said 'str').
TEXT_ORDER_STATEMENTS = [
    "s = np.array(['a', 'b'])",
    "b = np.array([b'a'])",
    "s[0] < 1",
    "1 > s[0]",
    "s[0] <= 1.5",
    "s[0] < [1]",
    "s[0] < None",
    "s[0] >= (1,)",
    "s[0] < {1}",
    "s[0] < b'b'",
    "b[0] < 1",
    "b[0] > 'a'",
    "1 >= s[0]",
    "s[0] < b[0]",
    "s[0] < 'b', s[0] < s[1], s[0] == 1, s[0] != b'a', 'b' > s[0]",
    "s[0] > s",
    "sorted([s[1], s[0]])",
    "sorted([s[1], 1])",
    "np.hanning('5')",
]

TRIM_STATEMENTS = [
    # NumPy's docstring examples.
    "a = np.array((0, 0, 0, 1, 2, 3, 0, 2, 1, 0))",
    "np.trim_zeros(a)",
    "np.trim_zeros(a, trim='b')",
    "a = np.zeros((3, 3))",
    "a[1, 1] = 1",
    "a",
    "np.trim_zeros(a)",
    "np.trim_zeros(a, axis=-1)",
    "np.trim_zeros([0, 1, 2, 0])",
    # More axes, trims and inputs.
    "b = np.array([[0, 0, 0, 0], [0, 5, 0, 0], [0, 0, 7, 0], [0, 0, 0, 0]])",
    "np.trim_zeros(b), np.trim_zeros(b, 'f'), np.trim_zeros(b, 'B')",
    "np.trim_zeros(b, axis=0), np.trim_zeros(b, 'bf', axis=(1,))",
    "np.trim_zeros(b, axis=[0, 1]), np.trim_zeros(b, axis=())",
    "c = np.zeros((2, 3, 4)); c[1, 0, 2] = np.nan; c[0, 1, 1] = -2.5",
    "np.trim_zeros(c)",
    "np.trim_zeros(c, axis=(0, 2)).shape, np.trim_zeros(c, 'f', axis=1).shape",
    "np.trim_zeros(np.zeros((2, 3))), np.trim_zeros(np.zeros((2, 3)), axis=1)",
    "np.trim_zeros(np.zeros(4), 'f'), np.trim_zeros(np.array([0j, 1j, 0j]))",
    "np.trim_zeros(np.array([[False, True], [False, False]]))",
    "np.trim_zeros(np.array(5)), np.trim_zeros(np.array(0))",
    "np.trim_zeros((0, 3, 0)), np.trim_zeros([0, 0]), np.trim_zeros([0, 1, 0], axis=())",
    # The result is a view of the array, and trims NumPy rejects raise (main returned a copy of 1-d arrays and
    # trimmed with 'fbx': wrong outputs).
    "a = np.array([0, 1, 2, 0])",
    "w = np.trim_zeros(a)",
    "w[0] = 7",
    "a",
    "np.trim_zeros(a, 'fbx')",
    "np.trim_zeros(a, 'bb')",
    "v = np.trim_zeros(b)",
    "v[0, 0] = 9",
    "b",
    "np.shares_memory(v, b)",
    # Errors NumPy raises.
    "np.trim_zeros(b, axis=2)",
    "np.trim_zeros(b, axis=-3)",
    "np.trim_zeros(b, axis=(0, 0))",
    "np.trim_zeros(b, axis=(1, -1))",
    "np.trim_zeros(b, trim='fbx')",
    "np.trim_zeros(b, trim='')",
    "np.trim_zeros([0, 1, 0], trim='FFB')",
    "np.trim_zeros([[0, 1], [0, 0]])",
]

NAN_TO_NUM_STATEMENTS = [
    # copy=False writes into the array (main returned a new array and left it unchanged: wrong outputs).
    "x = np.array([np.nan, 1.0, np.inf, -np.inf])",
    "y = np.nan_to_num(x, copy=False)",
    "x",
    "y is x",
    "z = np.array([complex(np.nan, np.inf), complex(-np.inf, 2)])",
    "np.nan_to_num(z, copy=False) is z",
    "z",
    "f = np.array([np.nan, np.inf], dtype=np.float32)",
    "np.nan_to_num(f, False, nan=0.1, posinf=7)",
    "f",
    "i = np.arange(3)",
    "np.nan_to_num(i, copy=False) is i",
    "v = np.array([[np.nan, 1.0], [2.0, np.inf]])",
    "w = v[:, 0]",
    "np.nan_to_num(w, copy=False)",
    "v",
    "s = np.array(np.nan)",
    "np.nan_to_num(s, copy=False), s",
    "np.nan_to_num(x, copy=True) is x",
    # NumPy's docstring examples with arrays as nan=, posinf=, neginf=.
    "x = np.array([np.inf, -np.inf, np.nan, -128, 128])",
    "np.nan_to_num(x, nan=-9999, posinf=33333333, neginf=33333333)",
    "np.nan_to_num(x, nan=np.array([1, 2, 3, 4, 5]), posinf=[10, 20, 30, 40, 50], neginf=(-1, -2, -3, -4, -5))",
    "np.nan_to_num(np.array([[np.nan, 1], [np.inf, -np.inf]]), nan=[5, 6], posinf=np.array([[7], [8]]), neginf=-1)",
    "np.nan_to_num(np.array([np.nan, 1], dtype=np.float32), nan=np.array([0.1, 0.2]))",
    "np.nan_to_num(np.array([np.nan, 1]), nan=np.int64(3))",
    "np.nan_to_num(np.array([1, 2]), nan=np.array([1, 2, 3]))",
    "np.nan_to_num(np.array([complex(np.nan, 1), complex(2, np.nan)]), nan=np.array([8.0, 9.0]))",
    "np.nan_to_num(np.array([np.nan, np.inf]), nan=np.inf, posinf=[1.0, 2.0])",
    "np.nan_to_num(np.array([np.nan, np.nan]), nan=np.array([[[1.0, 2.0]]]))",
    "np.nan_to_num([np.nan, 3], nan=[1, 2])",
    # Errors NumPy raises.
    "np.nan_to_num(np.array([np.nan, 1, np.nan, 2]), nan=np.array([1., 2, 3]))",
    "np.nan_to_num(np.array([np.nan, 1]), nan=np.array([1j, 2]))",
    "np.nan_to_num(np.array([np.nan, 1]), nan=np.array([[1, 2], [3, 4]]))",
    "np.nan_to_num(np.float64(np.nan), nan=np.array([1., 2]))",
    "np.nan_to_num(np.array([np.nan, 1]), posinf=[1.0, 2.0, 3.0])",
    "np.nan_to_num([np.nan], copy=False)",
    "np.nan_to_num(np.float64(np.nan), copy=False)",
    "np.nan_to_num(np.array([np.nan]), copy=False, nan=1j)",
]

PERMUTED_STATEMENTS = [
    "rng = np.random.default_rng(12345)",
    "x = np.arange(24).reshape(3, 8)",
    "rng.permuted(x, axis=1)",
    "rng.permuted(x, axis=0)",
    "rng.permuted(x, axis=-1)",
    "rng.permuted(x)",
    "x",
    "rng.permuted(np.arange(10))",
    "rng.permuted([1.5, 2.5, 3.5, 4.5], axis=0)",
    "y = np.arange(60.0).reshape(3, 4, 5)",
    "rng.permuted(y, axis=1)",
    "rng.permuted(y, axis=2)[1]",
    "rng.permuted(y.T, axis=0)[:, 0, :]",
    "rng.permuted(x[:, ::2], axis=1)",
    "rng.permuted(np.array([True, False, True]))",
    "rng.permuted(np.zeros((0, 3)), axis=1).shape, rng.permuted(np.ones((2, 1)), axis=1)",
    "rng.random()",
    "rng2 = np.random.default_rng(7)",
    "a = rng2.permuted(np.arange(6))",
    "b = rng2.permutation(6)",
    "a, b, rng2.integers(100)",
    # Errors NumPy raises.
    "rng.permuted(x, axis=2)",
    "rng.permuted(x, 1)",
    "rng.permuted(np.array(5), axis=0)",
]

PAD_STATEMENTS = [
    # NumPy's docstring examples.
    "a = [1, 2, 3, 4, 5]",
    "np.pad(a, (2,), 'maximum')",
    "np.pad(a, (2,), 'mean')",
    "np.pad(a, (2,), 'median')",
    "a = [[1, 2], [3, 4]]",
    "np.pad(a, ((3, 2), (2, 3)), 'minimum')",
    "a = [1, 2, 3, 4, 5]",
    "np.pad(a, (2, 3), 'reflect', reflect_type='odd')",
    "np.pad(a, (2, 3), 'symmetric', reflect_type='odd')",
    # More widths, lengths and dtypes.
    "b = np.array([[3.5, 1.25, 7.0], [2.0, 9.5, 4.75], [0.1, 0.2, 0.7]])",
    "np.pad(b, 2, 'mean')",
    "np.pad(b, ((1, 2), (0, 1)), 'median')",
    "np.pad(b, 1, 'maximum', stat_length=2)",
    "np.pad(b, (1, 2), 'minimum', stat_length=((1, 2), (2, 1)))",
    "np.pad(b, 2, mode='mean', stat_length=(1, 3))",
    "np.pad(b.T, 1, 'mean')",
    "np.pad(np.arange(12).reshape(3, 4), ((1, 1), (2, 2)), 'mean')",
    "np.pad(np.array([1, 2, 2, 7]), 2, 'mean'), np.pad(np.array([1, 2, 3, 4]), 1, 'median')",
    "np.pad(np.float32([0.1, 0.7, 0.3]), 2, 'mean')",
    "np.pad(np.array([5, 1, 4, 2, 3]), (4, 7), 'maximum', stat_length=3)",
    "np.pad(np.arange(6.0).reshape(2, 3) / 7, ((2, 0), (1, 4)), 'median', stat_length=None)",
    "np.pad(np.array([1, 2, 3]), 0, 'mean')",
    "np.pad(np.arange(1, 6), (7, 8), 'reflect', reflect_type='odd')",
    "np.pad(np.arange(1, 6), (7, 8), 'symmetric', reflect_type='odd')",
    "np.pad(np.array([[1.5, 2.0, 4.0], [0.5, 3.0, 1.0]]), ((2, 3), (3, 2)), 'reflect', reflect_type='odd')",
    "np.pad(np.array([[1, 2], [4, 8]]), 3, 'symmetric', reflect_type='odd')",
    "np.pad(np.array([7]), 2, 'reflect', reflect_type='odd'), np.pad(np.array([[7, 8]]), 1, 'symmetric', reflect_type='odd')",
    "np.pad([1, 2, 3], 2, 'reflect', reflect_type='even')",
    # Errors NumPy raises.
    "np.pad([1, 2, 3], 2, 'maximum', stat_length=0)",
    "np.pad([1, 2, 3], 2, 'mean', stat_length=-1)",
    "np.pad([1, 2, 3], 2, 'mean', reflect_type='odd')",
    "np.pad([1, 2, 3], 1.5, 'mean')",
    "np.pad(np.zeros((0, 2)), 1, 'mean')",
    "np.pad(np.zeros((0, 2)), ((0, 0), (1, 1)), 'median')",
    "np.pad([1, 2, 3], -1, 'minimum')",
]

ESTIMATOR_STATEMENTS = [
    # NumPy's docstring examples.
    "arr = np.array([0, 0, 0, 1, 2, 3, 3, 4, 5])",
    "np.histogram_bin_edges(arr, bins='auto', range=(0, 1))",
    "np.histogram_bin_edges(arr, bins=2)",
    "np.histogram_bin_edges(arr, [1, 2])",
    "shared_bins = np.histogram_bin_edges(arr, bins='auto')",
    "shared_bins",
    "group_id = np.array([0, 1, 1, 0, 1, 1, 0, 1, 1])",
    "hist_0, _ = np.histogram(arr[group_id == 0], bins=shared_bins)",
    "hist_1, _ = np.histogram(arr[group_id == 1], bins=shared_bins)",
    "hist_0; hist_1",
    "hist_0, hist_1",
    "np.histogram_bin_edges(arr, bins='auto')",
    "rng = np.random.RandomState(10)",
    "a = rng.normal(size=1000)",
    "hist, bin_edges = np.histogram(a, bins='auto')",
    "len(bin_edges), hist[:5], bin_edges[:3]",
    # Every estimator but 'stone', of floats, integers and bools, with range=.
    "x = np.sqrt(np.arange(200.0)) * np.cos(np.arange(200.0))",
    *[f"np.histogram_bin_edges(x, {name!r}).size, np.histogram_bin_edges(x, bins={name!r})[:4]"
      for name in ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt"]],
    *[f"np.histogram(x, {name!r}, range=(-5, 8))" for name in ["auto", "fd", "sturges"]],
    "np.histogram(x, 'doane', density=True)[0][:6]",
    "k = (np.arange(97) * 37) % 41",
    *[f"np.histogram(k, bins={name!r})" for name in ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt"]],
    "np.histogram(k.reshape(1, 97), 'auto')[1]",
    "np.histogram_bin_edges(np.array([True, False, True]), 'auto')",
    "np.histogram_bin_edges(np.array([2.5, 2.5, 2.5]), 'fd'), np.histogram_bin_edges([], 'sturges')",
    "np.histogram_bin_edges([1, 2, 3], 'auto', range=(10, 20))",
    "np.histogram(np.int8([3, 9, 1, 4, 4]), 'sqrt'), np.histogram(np.uint8([200, 3, 7]), 'fd')",
    # Errors NumPy raises.
    "np.histogram(x, 'best')",
    "np.histogram(x, 'auto', weights=np.ones(200))",
    "np.histogram(x, 'best', weights=np.ones(200))",
    "np.histogram(x, 'auto', weights=np.ones(3))",
    "np.histogram(x, 'auto', range=(3, 1))",
    "np.histogram([1.0, np.inf], 'auto')",
    "np.histogram_bin_edges([1.0, 2.0], 'auto', range=(0, np.nan))",
]

REDUCE_DTYPE_STATEMENTS = [
    # The user guide's example.
    "x = np.arange(9).reshape(3,3)",
    "x.dtype",
    "np.multiply.reduce(x, dtype=np.float64)",
    # Sums and products in a given dtype: NumPy's np.sum and np.prod are these reductions.
    "y = np.sqrt(np.arange(1.0, 41.0)).reshape(5, 8)",
    "np.add.reduce(y, dtype=np.float64), np.add.reduce(y, 1, np.float64)",
    "np.add.reduce(y, axis=None, dtype=float), np.add.reduce(y, axis=(0, 1), dtype=np.float64, keepdims=True)",
    "np.add.reduce(np.arange(300, dtype=np.int8), dtype=np.int8), np.add.reduce(np.arange(300), dtype=np.int16)",
    "np.add.reduce([True, True, False], dtype=np.int64), np.multiply.reduce([[2, 3], [4, 5]], 1, np.int32)",
    "np.multiply.reduce(np.arange(1, 30), dtype=np.float64)",
    "np.multiply.reduce(y, axis=-1, dtype=np.float64, keepdims=True)",
    "np.add.reduce(np.arange(10), dtype=None), np.multiply.reduce(np.arange(1, 5), dtype=None)",
    # Errors NumPy raises.
    "np.add.reduce(y, axis=2, dtype=np.float64)",
    "np.multiply.reduce(y, dtype='i')",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        MASKED_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "where= of np.mean, np.var and np.std of float64 and float32 arrays (NumPy's masked pairwise sums)",
        MASKED_STATEMENTS,
    )
    write_numpy_fixture(
        WINDOWS_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "the window functions np.hanning, np.hamming, np.bartlett and np.blackman, np.iscomplex and np.extract",
        WINDOW_STATEMENTS,
    )
    write_numpy_fixture(
        TEXT_ORDER_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "CPython's TypeError for ordering an np.str_ or np.bytes_ against another kind names numpy.str_/numpy.bytes_",
        TEXT_ORDER_STATEMENTS,
    )
    write_numpy_fixture(
        TRIM_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "np.trim_zeros of any number of axes, with axis= (a view of the array), and its errors",
        TRIM_STATEMENTS,
    )
    write_numpy_fixture(
        NAN_TO_NUM_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "np.nan_to_num(copy=False) writing into the array, and arrays as nan=, posinf=, neginf=",
        NAN_TO_NUM_STATEMENTS,
    )
    write_numpy_fixture(
        PERMUTED_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "Generator.permuted along an axis (each lane shuffled in turn) and of the ravel, with its errors",
        PERMUTED_STATEMENTS,
    )
    write_numpy_fixture(
        PAD_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "np.pad's modes maximum, minimum, mean and median (stat_length=) and reflect_type='odd'",
        PAD_STATEMENTS,
    )
    write_numpy_fixture(
        ESTIMATOR_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "np.histogram and np.histogram_bin_edges with NumPy's bin estimators (bins='auto', 'fd', ...)",
        ESTIMATOR_STATEMENTS,
    )
    write_numpy_fixture(
        REDUCE_DTYPE_OUTPUT,
        "make_session35_numpy35_fixtures.py",
        "np.add.reduce and np.multiply.reduce with dtype= (np.sum and np.prod with NumPy's default axis 0)",
        REDUCE_DTYPE_STATEMENTS,
    )
