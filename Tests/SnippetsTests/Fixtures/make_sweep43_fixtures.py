#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 43's helper sweep43.

Run: `python3 Tests/SnippetsTests/Fixtures/make_sweep43_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/450-*` to `452-*` fixtures; rerunning gives identical bytes.

450: `np.var`/`np.std` (and the methods) with an integer, bool, float16, float32 or complex `dtype=`, refused before:
NumPy's `_var` (numpy/_core/_methods.py) step for step — the sum in the dtype (a bool sum is a logical or, a narrow
integer's wraps), the mean divided in float64 and cast back, the deviations in the array's and the dtype's common
type, squared, summed in the dtype, divided and cast back; `np.std` of an integer or bool result is the square root
cast back for a NumPy scalar and `np.sqrt(ret, out=ret)`'s casting error for an array. `np.nanvar`/`np.nanstd` with a
`dtype=`: `np.var`'s steps for integer and bool arrays, NumPy's nanvar steps (NaN replaced by 0, the count of
numbers, deviations stored in the array's dtype, NaN positions zeroed) for float and complex ones.

451: what `Fuzz/signature_sweep.py --bases all --pairs` found docbuild printing other than NumPy: a ufunc's `dtype=`
naming a loop it lacks (`np.power`/`np.floor_divide`/`np.remainder` of bool, the last two of complex: NumPy's "No
loop matching" TypeError; `np.subtract`'s bool its own), and `np.partition`/`np.argpartition` converting the axis's
type before the kind (`axis=(0, 1), kind='stable'`).

452: more of what the sweep found: `np.histogram` ignores `range=` beside sequence bins (docbuild unpacked it),
`np.geomspace` checks its ends for zeros before the axis, `np.trapezoid` ignores `dx=` beside `x` and takes
`np.diff(x, axis=...)`'s TypeError for an `x` of two axes, the quantiles with `keepdims=True` of a 0-d input are 0-d
arrays, and at an integer q of an integer or bool array take the elements in the array's dtype (NumPy's integer
virtual indices), `np.setdiff1d(assume_unique=True)` keeps the first array's order, and `np.delete` of several
indices names axis 0 in its IndexError (its mask's). From `--bases all --values none,str,text`: the nan-quantiles'
error for a `method=` that is not a str, `np.count_nonzero`'s `keepdims` read as a C int beside an axis, the
nan-statistics of integer arrays with `ddof=None` (np.var's comparison), `np.unwrap`'s `period=None` (NumPy's
`result_type` reads None as float64, then `None / 2` raises), `np.diag`'s `abs(k)` of a 1-d `v`, and
`np.geomspace`'s `float(num)`.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_sweep43_fixtures.py"

SETUP = [
    'a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])',
    'b = np.array([1.5, -2.0, 0.3])',
    'c = np.arange(24.0).reshape(2, 3, 4) / 7',
    'i = np.array([[3, -7, 2], [0, 5, -1]])',
    'f = np.array([[0.1, 0.2, 0.3], [1e-5, 1e5, -3.5]], dtype=np.float32)',
    'u = np.array([1, 200, 30], dtype=np.uint8)',
    'z = np.array([1+2j, -0.5j, 3])',
    'bo = np.array([[True, False, True], [False, False, True]])',
    'w = np.linspace(-3, 7, 130).reshape(10, 13)',
]

STATISTIC_DTYPES = SETUP + [
    'np.var(a, dtype=np.float32)',
    'np.std(a, dtype=np.float32)',
    'np.var(a, axis=0, dtype=np.float32)',
    'np.std(a, axis=-1, dtype=np.float32, keepdims=True)',
    'np.var(i, dtype=np.float32)',
    'np.std(i, axis=1, dtype=np.float32, ddof=1)',
    'np.var(c, axis=(0, 2), dtype=np.float32, ddof=1)',
    'np.std(c, axis=-1, dtype=np.float16, keepdims=True)',
    'a.var(dtype=np.float16)',
    'f.std(axis=1, dtype=np.float16)',
    'np.var(w, axis=1, dtype=np.float32)',
    'np.std(w, dtype=np.float32)',
    'np.var(w.T, axis=0, dtype=np.float16, ddof=1)',
    'np.var(a, dtype=np.int64)',
    'np.std(a, dtype=int)',
    'np.var(i, dtype=np.int8)',
    'i.std(dtype=np.int8)',
    'np.var(u, dtype=np.uint8)',
    'np.var(u, dtype=np.int8, axis=0)',
    'c.var(dtype=np.int32, axis=2)',
    'np.std(a, axis=0, dtype=int)',
    'np.var(a, dtype=bool)',
    'np.var(a, axis=1, dtype=bool, keepdims=True)',
    'np.std(a, dtype=bool)',
    'np.std(a, axis=1, dtype=bool)',
    'np.var(bo, dtype=bool)',
    'np.var(bo, dtype=np.float32)',
    'np.var(bo, axis=0, dtype=int)',
    'np.var(a, dtype=np.complex128)',
    'np.var(a, dtype=np.complex64, axis=0)',
    'np.var(i, dtype=np.complex128, ddof=1)',
    'np.var(z, dtype=np.complex64, keepdims=True)',
    'np.var(z, dtype=np.complex128)',
    'np.var(np.float64(2.5), dtype=np.float32)',
    'np.var(np.array(2.5), dtype=np.float32, keepdims=True)',
    'm = np.linspace(-2, 2, 12).reshape(3, 4)',
    'm.std(dtype=np.float32, ddof=1, axis=1)',
    'm.var(axis=(0, 1), dtype=np.float16)',
]

NAN_STATISTIC_DTYPES = [
    'n = np.array([[1.5, np.nan, -2.0, 0.25], [np.nan, 0.5, 3.0, 7.0], [0.1, 0.2, np.nan, np.nan]])',
    'nc = np.array([1 + 2j, np.nan, -0.5j, complex(3, np.nan), 2])',
    'np.nanvar(n, dtype=np.float32)',
    'np.nanstd(n, dtype=np.float32)',
    'np.nanvar(n, axis=0, dtype=np.float32)',
    'np.nanstd(n, axis=1, dtype=np.float16, keepdims=True)',
    'np.nanvar(n, axis=1, dtype=np.float32, ddof=1)',
    'np.nanvar(n.astype(np.float32), dtype=np.float64)',
    'np.nanstd(n.astype(np.float16), axis=0, dtype=np.float32)',
    'np.nanvar(n, dtype=np.complex128)',
    'np.nanvar(n, dtype=int)',
    'np.nanvar(nc, dtype=np.complex128)',
    'np.nanvar(nc, dtype=np.complex64, keepdims=True)',
    'np.nanvar(i, dtype=np.float32)',
    'np.nanstd(i, axis=0, dtype=np.int8)',
    'np.nanvar(bo, dtype=bool)',
    'np.nanvar(u, dtype=np.uint8)',
    'np.var(np.array([1j], np.complex64), dtype=np.complex64)',
    'np.nanstd(np.array([2**62, 5, -7]), dtype=np.int64)',
    'np.var(z.astype(np.complex64), dtype=np.complex128)',
    'np.nanvar(np.array([3+1j, 1-2j, 2+0j]), dtype=np.complex128)',
    'np.nanvar(np.array([0.1, np.nan, 0.4]), dtype=np.float32)',
]

SWEEP_ERRORS = SETUP + [
    'np.floor_divide(a, a, dtype=np.complex128)',
    'np.floor_divide(a, a, dtype=bool)',
    'np.floor_divide(2, 3, dtype=np.complex128)',
    'np.remainder(i, 2, dtype=bool)',
    'np.remainder(a, [1], dtype=np.complex128)',
    'np.power(a, b, dtype=bool)',
    'np.subtract(a, a, dtype=bool)',
    'np.subtract(bo, bo, dtype=bool)',
    'np.add(a, a, dtype=bool)',
    'np.floor_divide(i, 2, dtype=np.float16)',
    'np.partition(a, 1, axis=(0, 1), kind="stable")',
    'np.argpartition(b, 2, axis=(0, 1), kind="stable")',
    'np.partition(a, 1, axis=1.5, kind="stable")',
    'np.partition(a, 1, axis=5, kind="stable")',
    'np.partition(a, 1, axis=None, kind="stable")',
    'np.argpartition(a, 1, axis=(0, 1), kind="x")',
    'np.partition(a, 1, axis=0)',
]

KEYWORD_COMBINATIONS = SETUP + [
    'np.histogram(b, b, b, density=True)',
    'np.histogram(b, [0, 1, 2], (0, 1))',
    'np.histogram(b, [0, 1, 2], range=(0,))',
    'np.histogram_bin_edges(b, b, b, weights=None)',
    'np.histogram(b, 3, range=(0, 1))',
    'np.geomspace(c, c, axis=None)',
    'np.geomspace(c, 1, num=4, axis=None)',
    'np.geomspace(0, 1, axis=None)',
    'np.geomspace(1, 2, 3, axis=None)',
    'np.trapezoid(a, a, axis=(0, 1))',
    'np.trapezoid(a, a, axis=None)',
    'np.trapezoid(a, b, axis=None)',
    'np.trapezoid(a, axis=None)',
    'np.trapezoid(b, b, b, axis=0)',
    'np.trapezoid(b, b, dx=3)',
    'np.percentile(2, 3, keepdims=True)',
    'np.percentile(np.float64(2), 30, keepdims=True)',
    'np.nanpercentile(0, 5, axis=None, keepdims=True)',
    'np.quantile(2, 0.3, keepdims=True)',
    'np.quantile(2, [0.3], keepdims=True)',
    'np.percentile(0, 5, method="nearest", keepdims=True)',
    'np.quantile(i, 1, axis=0)',
    'np.quantile(i, 1)',
    'np.quantile(i, 0, axis=None, keepdims=True)',
    'np.nanquantile(i, 1, axis=-1)',
    'np.quantile(i, [0, 1], axis=0)',
    'np.quantile(i, np.array([1, 0]))',
    'np.quantile(i, 1, method="nearest")',
    'np.quantile(i, 1, method="midpoint")',
    'np.quantile(i, 0.5)',
    'np.quantile(u, 1)',
    'np.quantile(bo, 1)',
    'np.quantile(bo, 0, axis=1)',
    'np.quantile(3, 1)',
    'np.percentile(i, 100)',
    'np.setdiff1d(a, b, assume_unique=True)',
    'np.setdiff1d(i, 1, assume_unique=True)',
    'np.setdiff1d(b, 0.5, assume_unique=True)',
    'np.setxor1d(b, 1, assume_unique=True)',
    'np.setdiff1d(a, b)',
    'np.delete(i, i, axis=-1)',
    'np.delete(i, [5], axis=-1)',
    'np.delete(i, 5, axis=-1)',
    'np.delete(i, [1, -7], axis=1)',
    'np.delete(a, [[0, 9]], axis=1)',
    'np.nanpercentile(a, 1, method=None)',
    'np.nanquantile(i, 1, method=1)',
    'np.count_nonzero(a, 1, keepdims=None)',
    'np.count_nonzero(a, 1, keepdims="1")',
    'np.count_nonzero(a, keepdims=None)',
    'np.nanvar(i, ddof=None)',
    'np.nanstd(bo, 1, ddof=None)',
    'np.nanstd(3, ddof=None)',
    'np.nanvar((2, 3), ddof=None)',
    'np.unwrap(a, 1, period=None)',
    'np.unwrap(b, period=None)',
    'np.diag(b, k=None)',
    'np.diag(z, k="x")',
    'np.diag(a, k=None)',
    'np.geomspace(2, 3, num="x")',
    'np.geomspace(2, 3, num="1")',
]

FIXTURES = {
    "450-sweep43-var-and-std-in-a-dtype": (
        "np.var/np.std and their methods with an integer, bool, float16, float32 or complex dtype= in NumPy's _var "
        "steps; np.nanvar/np.nanstd with a dtype= in NumPy's nanvar steps.",
        STATISTIC_DTYPES + NAN_STATISTIC_DTYPES,
    ),
    "451-sweep43-ufunc-loops-and-partition-order": (
        "a ufunc's dtype= naming a loop it lacks (NumPy's 'No loop matching' TypeError, subtract's bool error) and "
        "np.partition/argpartition's axis type checked before the kind.",
        SWEEP_ERRORS,
    ),
    "452-sweep43-keyword-combinations": (
        "np.histogram's range= beside sequence bins, np.geomspace's zero check first, np.trapezoid's x and dx, "
        "quantiles with keepdims=True of 0-d input and at an integer q of integer arrays, setdiff1d/setxor1d with "
        "assume_unique=True, np.delete's index errors.",
        KEYWORD_COMBINATIONS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
