#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 42's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session42_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/402-*`, `418-*`, `419-*`, `428-*` and `429-*` fixtures; rerunning gives identical bytes.

Both come from `Fuzz/signature_sweep.py`, which gives every parameter of NumPy's functions an explicit None and a str:
143 of its statements printed other text than NumPy's on main (3e6d38d0). 418: np.interp searching an `xp` that is
not increasing as NumPy's C loop does (a value docbuild got wrong even without a keyword), np.clip's bounds given one
without the other, the reductions' `keepdims` converted as a C int, `where=None`, None for the pure-Python functions'
int parameters. 419: a str where those take an int or a pair (the words of the Python operation NumPy's code fails
at), np.array's `copy` of a str. 428, from the sweep's `--values float,list,empty` (155 of 3,276 statements wrong
before): a list of axes where NumPy's C converters take only an int or a tuple (`np.sum(a, axis=[0, 1])` is NumPy's
TypeError; docbuild summed), lists, tuples and floats where NumPy's Python functions take an int, a str or a pair
(`np.cov(a, bias=())` is biased, `np.interp(..., left=[1])` a TypeError), malformed lists of structured fields.
429, from `--values true,negative,huge,nan` (65 of 4,340 wrong before): bool axes and extents, np.tri's negative
extents (empty, where docbuild raised), np.take's clip modes by number, np.histogram's bool bins (one bin); with
`--modules linalg,fft` (80 of 921 wrong): np.linalg.svd's None flags (false: docbuild computed the full matrices),
a bool norm order, qr's None mode, cond's unhashable p, the FFTs' bool n (rfft and ihfft take it as 1); with
`--modules methods` (35 of 477 wrong): astype's casting and subok, view's type (docbuild ignored any), resize's
refcheck and None shape (no change), item's bools, empty tuple and huge ints. 402, with
`--modules random,generator` (64 of 360 and 25 of 441 wrong): the samplers' size of a bool or float (docbuild drew
one value for `size=True`), `choice(replace=None)` (NumPy draws without replacement; docbuild with), None and a str
for a scalar parameter, `p` without a length, the Generator's `choice`/`permutation`/`shuffle`/`permuted` axes
(`shuffle(a, axis=None)` shuffled where NumPy raises).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session42_fixtures.py"

SETUP = [
    "a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])",
    "b = np.array([1.5, -2.0, 0.3])",
    "i = np.array([[3, -7, 2], [0, 5, -1]])",
]

INTERP = [
    "np.interp(b, b, b)",
    "np.interp(a, [1.5, -2.0, 0.3], [1.5, -2.0, 0.3])",
    "np.interp(np.linspace(-3, 3, 25), [0, 1, 1, 2, 0.5, 3, -1, 4, 4, 2], np.arange(10.0))",
    "np.interp(np.linspace(3, -3, 25), [0, 1, 1, 2, 0.5, 3, -1, 4, 4, 2, 7, 1], np.arange(12.0))",
    "np.interp(np.linspace(-1, 30, 40), np.arange(25.0)[::-1] % 7, np.arange(25.0))",
    "np.interp(np.linspace(0, 20, 41), np.arange(20.0) ** 0.5 * 4, np.arange(20.0) % 3)",
    "np.interp([2.5, 0.5, 9.0, 2.5], [0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9], np.arange(12.0))",
    "np.interp(b, b, b, left=None, right=None)",
    "np.interp([], [], [])",
    "np.interp([], [], [1.0])",
    "np.interp(1.0, [2.0], [5.0])",
    "np.interp([1.0, 2.0, 3.0], [2.0], [5.0], left=-1, right=9)",
    "np.interp([1, 2], [[1, 2]], [1, 2], period=3)",
    "np.interp([1, 2], [1, 2], [1, 2, 3], period=3)",
    "np.interp([1, 2], [[1, 2]], [1, 2])",
    "np.interp(1, 2, 3)",
    "np.interp(1, [1, 2], 3)",
    "np.interp(1, np.array([[1, 2]]), [1, 2])",
    "np.interp(1, [[1, 2]], [[1, 2]])",
    "np.interp(1, np.array(2.0), [1])",
    "np.interp(1, 2, 3, period=2)",
]

CLIP = [
    "np.clip(a)",
    "np.clip(a, 1)",
    "np.clip(a, a_min=1)",
    "np.clip(a, a_max=1)",
    "np.clip(a, a_min=None)",
    "np.clip(a, a_max=None)",
    "np.clip(a, None, 1)",
    "a.clip()",
    "a.clip(1)",
    "a.clip(max=1)",
    "a.clip(min=0, max=1)",
    "a.clip(None, 1)",
    "a.clip(a_min=1)",
    "a.clip(a_max=None)",
    "a.clip(1, a_max=2)",
    "a.clip(max=2, a_min=0)",
]

KEEPDIMS = [
    f"{call.format(value)}"
    for call in ["np.sum(a, keepdims={})", "a.mean(keepdims={})", "np.std(a, keepdims={})", "np.nanmax(a, keepdims={})",
                 "np.average(a, keepdims={})", "np.ptp(a, keepdims={})"]
    for value in ["'1'", "1.5", "[1]", "2", "np.int8(1)", "np.float64(1.0)", "np.float32(0)", "np.bool_(True)",
                  "np.array(1)", "np.array(1.0)", "np.array([1, 0])", "(1,)", "2**31", "-2**31", "2**40",
                  "2**70", "np.uint64(2**40)", "0"]
] + ["np.sum(a, keepdims=1j)", "np.median(a, keepdims='1')", "np.percentile(a, 50, keepdims=1.5)", "np.argmax(a, keepdims=[1])"]

WHERE_NONE = [
    "np.sum(a, where=None)", "a.sum(where=None)", "np.prod(a, where=None)", "a.prod(where=None)",
    "np.max(a, where=None)", "a.max(where=None)", "np.amin(a, where=None)", "a.min(where=None, initial=0)",
    "np.all(a, where=None)", "a.any(where=None)", "np.mean(a, where=None)", "a.var(where=None)",
    "np.std(a, where=None)", "np.add.reduce(a, where=None)", "np.sum(a, axis=0, where=None, keepdims=True)",
]

NONE_PARAMETERS = [
    "np.argpartition(a, 1, kind=None)", "np.partition(a, 1, kind=None)", "np.base_repr(3, base=None)",
    "np.base_repr(3, padding=None)", "np.binary_repr(3, width=None)", "np.diag_indices(3, ndim=None)",
    "np.diagflat(a, k=None)", "np.histogram_bin_edges(a, bins=None)", "np.lexsort(a, axis=None)",
    "np.packbits(i, bitorder=None)", "np.unpackbits(np.uint8([3]), bitorder=None)",
    "np.rollaxis(a, 1, start=None)", "np.tri(3, k=None)", "np.tri(3, M=None)", "np.tensordot(a, a, axes=None)",
]

TEXT_PARAMETERS = [
    "np.base_repr(3, base='1')", "np.binary_repr(3, width='1')",
    "np.diag_indices(3, ndim='1')", "np.diagflat(a, k='x')", "np.gradient(a, edge_order='1')",
    "np.rollaxis(a, 1, start='1')", "np.tri(3, M='1')", "np.tri(3, k='x')", "np.trapezoid(a, axis='1')",
    "np.isclose(a, a, rtol='1')", "np.allclose(a, a, atol='x')", "np.isclose(a, a, atol='')",
    "np.rot90(a, axes='1')", "np.rot90(a, axes='abc')", "np.rot90(a, axes='')",
    "np.tensordot(a, a, axes='1')", "np.tensordot(a, a, axes='')", "np.tensordot(a, a, axes='abc')",
    "np.histogram(a, range='1')", "np.histogram(a, range='')", "np.histogram_bin_edges(a, range='abc')",
    "np.array(a, copy='1')", "np.array([1, 2], copy='')", "np.array(a, dtype=float, copy='x')",
    "np.array(a, copy=[1])", "np.array(a, copy=1.5)",
]

LIST_AXES = [
    f"np.{name}(a, axis={axis})"
    for name in ["sum", "prod", "max", "min", "amax", "amin", "all", "any", "mean", "std", "var", "nansum", "nanprod",
                 "nanmax", "nanmin", "nanmean", "nanstd", "nanvar", "ptp", "count_nonzero", "argmax", "cumsum", "sort"]
    for axis in ["[1]", "[0, 1]"]
] + [f"a.{name}(axis=[1])" for name in ["sum", "prod", "max", "min", "all", "any", "mean", "std", "var"]] + [
    "np.squeeze(a.reshape(2, 1, 3), axis=[1])", "a.reshape(2, 1, 3).squeeze(axis=[1])",
    "np.sum(a, axis=(0, 1))", "np.median(a, axis=[0, 1])", "np.flip(a, axis=[1])", "np.expand_dims(a, axis=[0])",
    "np.percentile(a, 50, axis=[1])", "np.average(a, axis=[1])", "np.trapezoid(a, axis=[1])",
    "np.trapezoid(a, axis=(1,))", "np.trapezoid(a, axis=1.5)",
]

SEQUENCES_AND_FLOATS = [
    "np.base_repr(3, base=[1])", "np.base_repr(3, base=())", "np.binary_repr(3, width=[1])",
    "np.binary_repr(3, width=())", "np.diag_indices(3, ndim=[1])", "np.diag_indices(3, ndim=())",
    "np.diag_indices(3, ndim=1.5)", "np.diagflat(a, k=[1])", "np.diagflat(a, k=())", "np.diff(a, n=[1])",
    "np.diff(a, n=())", "np.gradient(a, edge_order=[1])", "np.gradient(a, edge_order=())", "np.gradient(a, axis=1.5)",
    "np.rollaxis(a, 1, start=[1])", "np.rollaxis(a, 1, start=())", "np.rot90(a, k=[1])", "np.rot90(a, k=())",
    "np.rot90(a, axes=1.5)", "np.tri(3, M=[1])", "np.tri(3, M=())", "np.tri(3, k=[1])", "np.tri(3, k=())",
    "np.histogram(a, bins=1.5)", "np.histogram(a, range=1.5)", "np.histogram(a, range=[1])",
    "np.histogram(a, range=())", "np.histogram_bin_edges(a, bins=1.5)", "np.histogram_bin_edges(a, range=[1])",
    "np.histogram(a, range=[0, 2])", "np.interp(b, b, b, left=[1])", "np.interp(b, b, b, left=())",
    "np.interp(b, b, b, right=[1])", "np.interp(b, b, b, right=())", "np.interp(b, b, b, period=[1])",
    "np.interp(b, b, b, period=())", "np.convolve(b, b, mode=1.5)", "np.convolve(b, b, mode=[1])",
    "np.correlate(b, b, mode=())", "np.convolve(b, b, mode=1)", "np.correlate(b, b, mode=np.int64(2))",
    "np.convolve(b, b, mode=3)", "np.correlate(b, b, mode=True)", "np.convolve(b, b, mode=0)", "np.partition(a, 1, kind=1.5)",
    "np.argpartition(a, 1, kind=[1])", "np.partition(a, 1, kind=())", "np.partition(a, 1, axis=1.5)",
    "np.argpartition(a, 1, axis=1.5)", "np.packbits(i, bitorder=1.5)", "np.packbits(i, bitorder=[1])",
    "np.lexsort(a, axis=1.5)", "np.cov(a, bias=())", "np.cov(a, bias=[1])", "np.cov(a, bias='')",
    "np.cov(a, ddof=[1])", "np.cov(a, ddof=())", "np.nanmedian(a, axis=1.5)", "np.nanpercentile(a, 1, axis=1.5)",
    "np.searchsorted(b, b, sorter=1.5)", "np.searchsorted(b, b, sorter=())", "np.searchsorted(b, b, sorter=[])",
    "np.array(a, ndmax=1.5)", "np.isin(a, a, kind=[1])", "np.isin(a, a, kind={})", "np.isin(a, a, kind='sort')", "np.zeros(3, dtype=[1])", "np.ones(3, dtype=[(1,)])", "np.array(a, dtype=['a'])",
    "np.asarray(a, dtype=[('a', float, 2, 3)])", "np.dtype([1.5])", "np.sum(a, dtype=[1])", "a.astype([1])",
]

BOOLS_NEGATIVES_HUGE = [
    "np.append(a, a, axis=True)", "np.argpartition(a, 1, axis=True)", "np.compress(b > 0, b, axis=True)",
    "np.nanargmax(a, axis=True)", "np.nanargmin(a, axis=np.True_)", "np.nancumsum(a, axis=True)",
    "np.nancumprod(a, axis=True)", "np.trapezoid(a, axis=True)", "np.cumulative_sum(b, axis=True)",
    "np.cumulative_prod(b, axis=np.True_)", "np.eye(3, M=True)", "np.vander(b, N=True)",
    "np.argpartition(a, 1, kind=True)", "np.partition(a, 1, kind=-1)", "np.partition(a, 1, kind=2**63)",
    "np.packbits(i, bitorder=True)", "np.packbits(i, bitorder=-1)", "np.unpackbits(np.uint8([3]), bitorder=0)",
    "np.histogram(a, bins=True)", "np.histogram(a, bins=np.int64(3))", "np.histogram(a, bins=np.array(2))",
    "np.histogram(a, bins=np.float64(2.0))", "np.histogram(a, range=True)", "np.histogram(a, range=-1)",
    "np.histogram_bin_edges(a, range=2**63)", "np.rot90(a, axes=True)", "np.rot90(a, axes=-1)",
    "np.searchsorted(b, b, sorter=True)", "np.searchsorted(b, b, sorter=-1)", "np.searchsorted(b, b, sorter=np.int64(0))",
    "np.take(b, 5, mode=0)", "np.take(b, 5, mode=1)", "np.take(b, 5, mode=2)", "np.take(b, 5, mode=np.int64(1))",
    "np.take(b, 5, mode=-1)", "np.take(b, 1, mode=-1)", "np.take(a, [1], mode=3)", "np.take(b, 5, mode=True)",
    "np.take(b, 5, mode=2**63)", "np.histogram(b, bins=np.True_)", "np.histogram(b, bins=np.array(True))",
    "np.tri(3, M=-1)", "np.tri(-1, 2)", "np.tri(-2)", "np.tril_indices(3, m=-1)", "np.triu_indices(-1)",
    "np.triu_indices(3, m=-2, k=1)", "np.array(a, ndmin=2**63)", "np.array(a, ndmax=-1)", "np.array(a, ndmax=65)",
    "np.array(a, ndmax=2**63)", "np.array(a, ndmin=-1)", "np.gradient(a, edge_order=3)",
]

LINALG_FFT = [
    "np.linalg.norm(a, ord=True)", "np.linalg.norm(b, ord=False)", "np.linalg.norm(a, ord=False)",
    "np.linalg.qr(a, mode=None)", "np.linalg.svd(a, full_matrices=None)", "np.linalg.svd(a, compute_uv=None)",
    "np.linalg.cond(a, p=[1])", "np.linalg.cond(a, p={})", "np.fft.fft(a, n=True)", "np.fft.ifft(b, n=True)",
    "np.fft.hfft(b, n=np.True_)", "np.fft.irfft(b, n=True)", "np.fft.rfft(b, n=True)", "np.fft.ihfft(a, n=True)",
]

RANDOM = [
    f"(np.random.seed(0), np.random.{call})[1]"
    for call in ["beta(2, 3, size=1.5)", "beta(2, 3, size=True)", "chisquare(3, size=2**63)",
                 "exponential(3, size=float('nan'))", "normal(size=np.float64(2))", "normal(size=np.True_)",
                 "choice(b, size=True)", "choice(b, replace=None)", "choice(b, 2, replace=None)",
                 "choice(b, p=1.5)", "choice(b, p=True)", "choice(b, p=[1])", "gamma(3, scale=None)",
                 "gamma(3, scale='1')", "normal(0, None)", "uniform(None, 1)", "poisson(3, size=(2, 2))"]
] + [
    f"np.random.default_rng(0).{call}"
    for call in ["normal(size=True)", "normal(size=1.5)", "normal(size=2**63)", "choice(b, replace=None)",
                 "choice(b, p=[1])", "choice(b, p=2)", "choice(a, axis=None)", "choice(a, axis='1')",
                 "choice(a, axis=1.5)", "choice(a, axis=[1])", "choice(a, axis=0)", "gamma(3, None)",
                 "permutation(a, axis=None)", "permutation(a, axis=1.5)", "permuted(a, axis=1.5)",
                 "permuted(a, axis=2**63)", "permuted(a, axis=None)", "permutation(a, axis=2**70)", "shuffle(a.copy(), axis=None)",
                 "shuffle(a.copy(), axis=1.5)", "standard_exponential(3)", "standard_exponential(3, method='zig')"]
]

METHODS = [
    "a.astype(float, casting=None)", "a.astype(float, casting=1.5)", "a.astype(int, casting=True)",
    "a.astype(float, casting='x')", "a.astype(float, subok=None)", "a.view(type=None)", "a.view(type='1')",
    "a.view(type=1.5)", "a.view(type=np.ndarray)", "a.copy().resize(refcheck=None)", "a.copy().resize(refcheck='1')",
    "a.copy().resize(refcheck=1.5)", "a.copy().resize(refcheck=2**63)", "a.copy().resize(None)",
    "a.copy().resize(True)", "a.copy().resize(1.5)", "a.copy().resize(2**63)", "a.copy().resize((None,))",
    "a.item(())", "a.item(True)", "a.item(np.True_)", "a.item((True, 0))", "a.item(0, True)", "a.item(2**63)",
    "a.item(1.5)", "a.item(4)", "np.array([7.5]).item(())", "a.transpose(1.5)", "a.transpose(True)",
    "a.transpose(np.float64(1))", "b.transpose(np.True_)",
]

FIXTURES = {
    "418-interp-clip-keepdims-and-none-parameters": (
        "np.interp of an xp that is not increasing (NumPy's search from the previous point), np.clip's bounds one "
        "without the other, keepdims converted as a C int, where=None, None for int parameters of NumPy's Python "
        "functions (Fuzz/signature_sweep.py).",
        ["import numpy as np"] + SETUP + INTERP + CLIP + KEEPDIMS + WHERE_NONE + NONE_PARAMETERS,
    ),
    "428-list-axes-sequences-and-floats-for-number-parameters": (
        "a list of axes where NumPy's C converters take an int or a tuple; a list, a tuple or a float where NumPy's "
        "Python functions take an int, a str or a pair: the error of the operation NumPy's code fails at "
        "(Fuzz/signature_sweep.py --values float,list,empty).",
        ["import numpy as np"] + SETUP + LIST_AXES + SEQUENCES_AND_FLOATS,
    ),
    "429-bools-negatives-and-huge-ints-for-int-parameters": (
        "a bool where NumPy's C converters take an int (an axis, an extent, a str's place), negative extents np.tri "
        "reads as empty, clip modes by number, one number where NumPy unpacks or iterates a pair "
        "(Fuzz/signature_sweep.py --values true,negative,huge,nan).",
        ["import numpy as np"] + SETUP + BOOLS_NEGATIVES_HUGE + LINALG_FFT + METHODS,
    ),
    "402-random-size-none-and-axis-arguments": (
        "the samplers' size converter (a bool, a float, a huge int), None and a str for a scalar parameter, choice's "
        "replace=None (false), p without a length, the Generator's axes (Fuzz/signature_sweep.py --modules "
        "random,generator).",
        ["import numpy as np"] + SETUP + RANDOM,
    ),
    "419-text-for-int-and-pair-parameters": (
        "a str where NumPy's Python functions take an int or a pair: the error of the operation NumPy's code fails "
        "at; np.array's copy= of a str (Fuzz/signature_sweep.py).",
        ["import numpy as np"] + SETUP + TEXT_PARAMETERS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
