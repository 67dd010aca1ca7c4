#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 41's helper fuzz41.

Run: `python3 Tests/SnippetsTests/Fixtures/make_fuzz41_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/420-*` to `425-*` fixtures; rerunning gives identical bytes.

They hold what `Fuzz/numpy_differential.py --grammar reductions` (new in session 41) found docbuild printing other
than NumPy, and their neighbours:

420: the `dtype=` of cumulative and nan-reductions. `np.nancumsum` and `np.nancumprod` ignored it (a float16 running
sum stayed float16, a uint8 running product uint64) and `np.cumprod` accumulated in int64 (NumPy's int16 product
wraps in int16); `np.nansum`/`np.nanprod` cast before replacing NaN and returned int64 for a narrow integer dtype;
`np.nanvar`/`np.nanstd` ignored it; `np.nanmean`, `np.nanvar` and `np.nanstd` of a float array reject a dtype that
is not inexact (NumPy's TypeError), `np.nansum` does not; `np.add.accumulate` and `np.multiply.accumulate` with a dtype
(refused before) are `np.cumsum`/`np.cumprod` in it.

421: identities and empty lanes. `initial=None` takes the add and multiply identities away (an empty lane raises,
a where mask needs an initial, a lone -0.0 stays -0.0, a vector's sum is its first element plus the pairwise sum of
the rest); `np.min`/`np.max`/`np.minimum.reduce`/`np.nanmin` of an
empty array over axes of nonzero extent are empty results (docbuild raised); `np.nanmax` of an empty integer array
is `fmax`'s error; `fmax`/`fmin.reduce` over several axes or none; `np.average` of an empty result is Python's
ZeroDivisionError (its `a.size / avg.size`).

422: the order of NumPy's axis errors: `ufunc.accumulate` (a tuple's axes checked, then a 0-d array, then more than
one axis), `np.average`'s repeated axis, `np.nanargmax` of a float array reading a tuple as `np.all` does, `np.nanmedian`
of an empty array (its `np.nanmean`; of float16, refused before, `Breadth14RefusalTests`), `np.mean(dtype=)`'s and an integer `np.nanmean`'s strict axes, a masked
statistic of a 0-d array (a NumPy scalar, keepdims or not), the axes of a started reduction before its
mask (a mask that does not broadcast, or that would widen the array, is the iterator's error before the missing
identity's), and an ndarray method's
axis converted before an unknown keyword is reported.

423: `np.nanmedian` takes its middle through NumPy's mean (or `np.ma.sum`), whose identity 0.0 turns -0.0 to 0.0; of
a 0-d array with keepdims it is a 0-d array (docbuild gave a NumPy scalar).

424: `np.arange`'s length rules: infinite either way is "Maximum allowed size exceeded" (`np.arange(np.inf, 0)` was
empty), and a zero quotient of differing ends is one element when it is +0.0 (`np.arange(0, 1, np.inf)`), none when
-0.0; a zero step divides with the ends' own operators: Python numbers raise Python's ZeroDivisionError (with a
float's words when one is a float), a NumPy scalar or 0-d array divides to an infinite length or none (found by
`--grammar creation`, seeds 4231 and 4323).

425: `np.fmax`/`np.fmin` of a Python int out of the other operand's integer range is NumPy's OverflowError; docbuild
returned a wrapped value (`np.fmax(2**40, np.int8(3))` was `np.int8(0)`; `--grammar creation`, seed 4296); and
`np.signbit` of a 0-d array is a NumPy scalar (seed 4298).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_fuzz41_fixtures.py"

SETUP = [
    "h16 = np.array([[0.1, 1000.0, -2.5, 7.25], [1e-4, 3.0, 0.5, -0.0]], dtype=np.float16)",
    "n64 = np.array([[1.5, np.nan, -2.0], [np.inf, 0.5, -0.0]])",
    "d64 = np.array([[0.1, 0.2, 0.3], [1e16, 1.0, -1e16]])",
    "i8 = np.array([[100, -128, 7], [127, 3, -1]], dtype=np.int8)",
    "u8 = np.array([[200, 250], [3, 9], [0, 255]], dtype=np.uint8)",
    "i16 = np.array([30000, -20000, 12345, 7], dtype=np.int16)",
    "bo = np.array([[True, False, True], [False, False, True]])",
    "c3 = np.arange(24).reshape(2, 3, 4) % 7 - 3",
    "e0 = np.zeros((0, 3))",
    "e8 = np.zeros((2, 0), dtype=np.int8)",
    "eb = np.array([], dtype=bool)",
    "f32 = np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 7",
]

CUMULATIVE_DTYPES = SETUP + [
    "np.cumprod(i8, dtype=np.int16)",
    "np.cumprod(i8, axis=1, dtype=np.int8)",
    "np.cumprod(np.array([30000] * 6, dtype=np.int16), dtype=np.int16)",
    "i8.cumprod(dtype=np.int8)",
    "np.cumprod(u8, axis=0, dtype=np.float64)",
    "np.cumprod(i8, dtype=None)",
    "np.cumprod(np.array([1.5, 2.5, 0.1]), dtype=np.float32), np.cumulative_prod(np.array([1.5, 2.5]), dtype=np.float32)",
    "np.cumprod(bo, axis=1, dtype=np.complex128)",
    "np.nancumprod(np.array([np.nan, 1.5, 0.1]), dtype=np.float32)",
    "np.nancumsum(n64, dtype=np.float64)",
    "np.nancumprod(u8, axis=0, dtype=np.float64)",
    "np.nancumsum(i8, dtype=np.int8)",
    "np.nancumprod(i8, axis=1, dtype=np.int16)",
    "np.nancumsum(h16, dtype=np.float64)",
    "np.nancumsum(n64.T, axis=0, dtype=float)",
    "np.nancumprod(np.array([np.nan, 2.0, np.nan, 3.0]), dtype=np.int64)",
    "np.nansum(i16, dtype=np.int8)",
    "np.nansum(i16, axis=0)",
    "type(np.nansum(i16, axis=0)).__name__, type(np.nanprod(np.int8(-7), axis=())).__name__",
    "np.nanprod(i8, axis=0, dtype=np.int8)",
    "np.nansum(h16, axis=0, dtype=np.int16)",
    "np.nansum(np.array([np.nan, 2.5, 1.5]), dtype=np.int64)",
    "np.asarray(np.nansum(np.array(2.5), dtype=np.uint64)).dtype",
    "np.nanvar(f32, dtype=np.int16)",
    "np.nanstd(n64, dtype=int, ddof=1)",
    "np.nanmean(n64, dtype=int)",
    "np.nanmean(n64, axis=0, dtype=np.float64)",
    "np.nanvar(n64, dtype=np.float64)",
    "np.nanstd(n64, axis=1, dtype=float)",
    "np.add.accumulate(i8, dtype=np.int8)",
    "np.add.accumulate(i8, axis=1, dtype=np.int16)",
    "np.multiply.accumulate(i8, axis=1, dtype=np.int8)",
    "np.multiply.accumulate(u8, dtype=np.float64), np.add.accumulate(u8, dtype=np.float64)",
    "np.add.accumulate(f32, axis=2, dtype=np.float64)",
    "np.multiply.accumulate(n64.T, dtype=np.float32)",
    "np.add.accumulate(bo, axis=1, dtype=int), np.add.accumulate(c3, axis=-1, dtype=np.uint8)",
    "np.add.accumulate(i8, axis=(0, 1), dtype=np.int8)",
    "np.add.accumulate(np.array(2.0), dtype=np.int8)",
    "np.add.accumulate(e0, axis=0, dtype=np.int8), np.add.accumulate(i8, dtype=None)",
]

IDENTITIES_AND_EMPTY_LANES = SETUP + [
    "np.add.reduce(e0, axis=0, initial=None)",
    "np.add.reduce(e0, axis=1, initial=None)",
    "np.sum(e0, axis=1, initial=None)",
    "np.prod(e0, axis=0, initial=None)",
    "np.prod(e0, initial=None)",
    "e0.sum(axis=0, initial=None)",
    "np.sum(np.array([-0.0]), initial=None), np.add.reduce(np.array([-0.0])), np.sum(np.array([-0.0]))",
    "np.sum(np.array([[-0.0, 1.0]]), axis=0, initial=None)",
    "np.sum(i8, initial=None), np.sum(i8, axis=0, initial=None)",
    "np.sum(i8, axis=0, initial=None, where=True)",
    "np.sum(i8, axis=0, initial=None, where=i8 > 0)",
    "np.prod(d64, axis=(0, 1), initial=None)",
    "np.sum(np.arange(3.0), initial=None), np.sum(d64[1], initial=None)",
    "np.sum(np.array([0.1, 1e16, 1.0, -1e16]), initial=None), np.sum(np.array([0.1, 1e16, 1.0, -1e16]))",
    "np.sum(np.array([1e16, 1.0, -1e16, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 1.5]), initial=None)",
    "np.sum(np.array([-0.0, -0.0]), initial=None), np.sum(np.array([-0.0, 0.0]), initial=None)",
    "np.sum(np.array([0.0, -0.0]), initial=None), np.sum(np.array([-0.0, 1.0, -1.0]), initial=None)",
    "np.sum(np.array([0.1, 0.2, 0.3]), initial=None, keepdims=True)",
    "np.add.reduce(np.linspace(0, 1, 37) ** 3, initial=None)",
    "np.sum(np.array([0.1, 0.2, 0.3])[::-1], initial=None), np.sum(np.array([0.1, 0.2, 0.3])[::-1])",
    "e = np.array([1e16, 1.0, -1e16, 0.1])",
    "np.sum(e[::-1], initial=None), np.sum(e[::2], initial=None), np.sum(e[::-2], initial=None)",
    "np.add.reduce(np.arange(20.0)[::-1] / 7, initial=None, axis=0)",
    "np.minimum.reduce(e0, axis=-1, keepdims=True)",
    "np.minimum.reduce(e0, axis=-1, initial=None, keepdims=True)",
    "np.maximum.reduce(e0, axis=1)",
    "np.maximum.reduce(e8, axis=1)",
    "np.maximum.reduce(e0, axis=0)",
    "np.min(e0, axis=1), np.max(e0, axis=1, keepdims=True)",
    "np.amax(e8, axis=0)",
    "np.nanmax(e0, axis=1)",
    "np.nanmin(e8, axis=0)",
    "np.nanmin(e0, axis=0)",
    "np.nanmax(e8, axis=1)",
    "np.nanmax(e8)",
    "np.fmax.reduce(u8, axis=(0, 1))",
    "np.fmax.reduce(u8, axis=(0, 1), keepdims=True)",
    "np.fmin.reduce(c3, axis=(0, 2))",
    "np.fmin.reduce(c3, axis=(0, 0))",
    "np.fmin.reduce(c3, axis=(0, 5))",
    "np.fmax.reduce(bo, axis=())",
    "np.subtract.reduce(f32, axis=())",
    "np.average(e8, axis=0)",
    "np.average(eb, axis=())",
    "np.average(e8, axis=1)",
    "np.logical_and.reduce(eb, initial=None)",
    "np.logical_or.reduce(np.zeros((0, 3), bool), axis=1, initial=None)",
    "np.logical_or.reduce(np.zeros((0, 3), bool), axis=0, initial=None)",
    "np.subtract.reduce(np.zeros((0, 3)), axis=1, initial=None), np.logical_or.reduce(np.array([True]), initial=None)",
]

AXIS_ERRORS = SETUP + [
    "np.add.accumulate(f32, axis=())",
    "np.add.accumulate(f32, axis=(1,))",
    "np.add.accumulate(f32, axis=(0, 5))",
    "np.add.accumulate(f32, axis=None)",
    "np.add.accumulate(np.arange(3.0), axis=None)",
    "np.add.accumulate(np.array(np.nan), axis=(0, -1))",
    "np.add.accumulate(np.array(2.0), axis=0)",
    "np.add.accumulate(np.array(2.0), axis=1)",
    "np.add.accumulate(np.array(2.0), axis=(0,))",
    "np.add.accumulate(np.array(2.0), axis=())",
    "np.multiply.accumulate(np.ones((2, 2)), axis=(0, 0))",
    "np.average(n64, axis=(0, 0))",
    "np.average(n64, axis=(1, 0))",
    "np.average(n64, axis=(0, 3))",
    "np.nanargmin(n64, axis=(0, 0))",
    "np.nanargmin(n64, axis=(0,))",
    "np.nanargmin(n64, axis=(0, 2))",
    "np.nanargmax(np.array([[np.nan, 1.0], [np.nan, 2.0]]), axis=(0,))",
    "np.nanargmax(i8, axis=(0, 0))",
    "np.nanmedian(eb, axis=(0, 0))",
    "np.nanmedian(e0, axis=1)",
    "np.nanmedian(np.array([], dtype=np.float16))",
    "np.nanmedian(np.zeros((0, 3), dtype=np.float16), axis=0), np.nanmedian(np.zeros((0, 3), dtype=np.float16), axis=1)",
    "np.median(n64, axis=(0, 0))",
    "np.mean(np.float32(3.5), axis=-1, dtype=np.uint64)",
    "np.mean(np.array(3.5), axis=0, dtype=np.float32)",
    "np.mean(i8, axis=2, dtype=np.float32)",
    "np.nanmean(np.int8(-7), axis=-1, dtype=np.float32)",
    "np.nanmean(np.int8(-7), axis=0)",
    "np.nanmean(np.array(2.5), axis=-1), np.nanmean(np.array(7), axis=None)",
    "np.mean(np.array(2.5), axis=None, where=~np.isnan(np.array(2.5)), keepdims=True)",
    "np.var(np.array(2.5), where=np.array(True), keepdims=True), np.std(np.array(2.5), where=np.array(True), keepdims=True)",
    "np.any(np.array(2.5), where=np.array(True), keepdims=True), np.all(np.array(2.5), where=np.array(True), keepdims=True)",
    "np.amin(n64, axis=(0, 0), where=~np.isnan(n64))",
    "np.max(i8, axis=5, where=i8 > 0)",
    "np.max(i8.T, axis=0, keepdims=False, where=np.array([[True], [False]]))",
    "np.amax(np.zeros(0, complex), axis=(), where=np.array([[True], [False]]))",
    "np.maximum.reduce(u8, axis=(), initial=300, where=[True, False, True], keepdims=False)",
    "bo.max(axis=1, keepdims=False, where=[[True, False, True, False]])",
    "np.min(np.array([[1 + 2j, 3], [2 - 2j, -1 + 1j]]), axis=(0, 1), where=[[True, False, True, False]])",
    "np.maximum.reduce(np.array([np.nan]), axis=-1, where=[True, False, True], keepdims=True)",
    "np.sum(np.array([1.0]), where=[True, False, True])",
    "np.sum(np.ones((1, 3)), axis=0, where=np.ones((2, 1), bool), initial=0)",
    "np.max(np.ones((2, 1)), where=np.ones((1, 3), bool), initial=0)",
    "np.nanmin(e0, axis=2)",
    "np.nanmax(e0, axis=(0, 0))",
    "i8.cumsum(axis=(0, 0), initial=None)",
    "i8.cumsum(initial=None, axis=(0, 0))",
    "np.int8(-7).cumsum(axis=(0, 0), dtype=np.int16, initial=None)",
    "i8.cumsum(axis=0, initial=None)",
    "np.array([1e308, 1e308]).cumsum(axis=None, keepdims=False)",
]

NANMEDIAN_ZEROS = [
    "np.nanmedian(np.array([-0.0, -0.0]), keepdims=True)",
    "np.nanmedian(np.array([-0.0, -0.0])), np.nanmedian(np.array([-0.0, -0.0, -0.0]))",
    "np.nanmedian(np.array([-0.0, -0.0, np.nan]))",
    "np.nanmedian(np.array([[-0.0, -0.0], [-0.0, 1.0]]), axis=1)",
    "np.nanmedian(np.array([[-0.0, -0.0], [-0.0, 1.0]]), axis=0)",
    "np.nanmedian(np.array([[-0.0, -0.0], [-0.0, np.nan]]), axis=1)",
    "np.nanmedian(np.array([-0.0, 5.0, np.nan, -0.0, -0.0]))",
    "np.median(np.array([-0.0, -0.0])), np.median(np.array([[-0.0, -0.0], [-0.0, 1.0]]), axis=1)",
    "np.nanmedian(np.array([-0.0, -0.0], dtype=np.float16))",
    "np.nanmedian(np.array([-0.0, np.nan, -0.0], dtype=np.float16))",
    "np.nanmedian(np.array([[-0.0, -0.0, 2], [-0.0, np.nan, 1]], dtype=np.float16), axis=1)",
    "np.nanmedian(np.array(2.5), keepdims=True), np.nanmedian(np.float64(2.5), keepdims=True)",
    "np.nanmedian(np.array(np.nan), keepdims=True), np.nanmedian(np.array(2.5, dtype=np.float16), keepdims=True)",
    "np.nanmedian(np.array(2.5, dtype=np.float16)), np.nanmedian(np.array(2.5)), np.median(np.array(2.5), keepdims=True)",
]

ARANGE_LENGTHS = [
    "np.arange(np.inf, 0)",
    "np.arange(-np.inf, 0)",
    "np.arange(0, -np.inf)",
    "np.arange(np.inf)",
    "np.arange(np.inf, 0, -1)",
    "np.arange(1, np.inf, -1)",
    "np.arange(np.float32(np.inf), 0)",
    "np.arange(np.float16(-np.inf), 2)",
    "np.arange(1e300, -1e300, 1e-300)",
    "np.arange(np.inf, np.inf)",
    "np.arange(0, 1, np.inf)",
    "np.arange(0, 5, -np.inf)",
    "np.arange(5, 0, np.inf)",
    "np.arange(0, 1e-300, 1e300)",
    "np.arange(0, -1e-300, 1e300)",
    "np.arange(np.float32(0), 1, np.inf)",
    "np.arange(np.float32(0), np.float32(1e-30), np.float32(1e30))",
    "np.arange(np.float32(1), np.float32(0), np.inf)",
    "np.arange(3, 3, np.inf)",
    "np.arange(-0.0, 0.0, np.inf)",
    "np.arange(5, 3, 0)",
    "np.arange(5.0, 3, 0)",
    "np.arange(True, np.inf, -0.0)",
    "np.arange(5, 5, 0)",
    "np.arange(3, step=0)",
    "np.arange(np.int64(5), np.array(3), 0)",
    "np.arange(np.float32(5), 3, 0)",
    "np.arange(np.int64(5), 5, 0)",
    "np.arange(0, 3, np.float64(0))",
    "np.arange(np.nan, 3, np.int8(0))",
    "np.arange(5, 3, False)",
]

FMAX_WEAK_INTS = [
    "np.fmax(2**40, np.int8(3))",
    "np.fmin(np.int8(3), 300)",
    "np.fmax(np.array([1, 2], dtype=np.int8), 1000)",
    "np.fmax(np.uint8(3), -1)",
    "np.fmax(np.int16(3), 200), np.fmax(2**40, 3), np.fmax(np.int8(3), 2.5), np.fmax(True, np.int8(3))",
    "np.fmin(np.array([1.5, np.nan]), 2**40)",
    "np.fmax(np.int8(3), 127), np.fmin(np.int8(-3), -128)",
    "np.fmax(np.array([1, 2], dtype=np.uint16), 65535)",
    "np.maximum(2**40, np.int8(3))",
    "np.signbit(np.array(2.5, dtype=np.float32)), np.signbit(np.array(-0.0)), np.signbit(np.array([-0.0]))",
    "np.signbit(-0.0), np.signbit(np.float16(-1)), np.isnan(np.array(2.5)), np.nan_to_num(np.array(np.nan))",
]

FIXTURES = {
    "420-reduction-dtypes-of-cumulative-and-nan-functions": (
        "the dtype= of np.cumprod, np.nancumsum, np.nancumprod (cast, then accumulated in it), np.nansum and "
        "np.nanprod (NaN replaced, then cast), and the TypeError of np.nanmean/nanvar/nanstd for a dtype that is not "
        "inexact.",
        CUMULATIVE_DTYPES,
    ),
    "421-reduction-identities-and-empty-lanes": (
        "initial=None without the add and multiply identities, empty reductions over axes of nonzero extent, "
        "fmax/fmin.reduce over several axes or none, np.average of an empty result, a logical reduction's initial=None.",
        IDENTITIES_AND_EMPTY_LANES,
    ),
    "422-reduction-axis-errors": (
        "the order of the axis errors of ufunc.accumulate, np.average, np.nanargmax, np.nanmedian of an empty array, "
        "np.mean(dtype=), a started reduction and an ndarray method given an unknown keyword.",
        AXIS_ERRORS,
    ),
    "423-nanmedian-zero-signs": (
        "np.nanmedian's middle through NumPy's mean or np.ma.sum, whose identity 0.0 turns -0.0 to 0.0.",
        NANMEDIAN_ZEROS,
    ),
    "424-arange-infinite-and-underflow-lengths": (
        "np.arange of an infinite length either way, of a zero quotient of ends that differ (one element for "
        "+0.0, none for -0.0), and of a zero step (Python's ZeroDivisionError or NumPy's length errors).",
        ARANGE_LENGTHS,
    ),
    "425-fmax-fmin-out-of-range-python-ints": (
        "np.fmax and np.fmin of a Python int that the other operand's integer dtype cannot hold: NumPy's OverflowError "
        "(NEP 50), where docbuild picked a wrapped value; np.signbit of a 0-d array, a NumPy scalar.",
        FMAX_WEAK_INTS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
