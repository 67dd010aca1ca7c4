#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 39's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session39_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/356-*` to `359-*`, `366-*`, `378-*` and `379-*` fixtures; rerunning gives identical bytes.

They hold what `Fuzz/numpy_differential.py --grammar functions` and `--grammar random` (new in session 39) found
docbuild printing other than NumPy, and their neighbours:

356: `np.histogram` with given bin edges over data holding NaN (NumPy sorts NaN last, so it falls in no bin; docbuild
counted it in one), a NaN edge (which NumPy's monotonic test lets through), repeated edges, weights, `density=True`.

357: the errors NumPy raises first: `np.split`/`np.array_split` given `axis=None`, a tuple or a float (`ary.shape[axis]`
is Python's tuple indexing) and given lists (`split` with a count reads `ary.shape`; `array_split` takes `len(ary)`
whatever the axis, so a list's other axis keeps only that many), `hsplit` of a list; `np.diff` with `axis=None`
and with `n=0` (which returns its argument as it is); `accumulate` of a scalar (a TypeError) and `reduce` of one over an axis it lacks; `np.take` from an empty axis; `np.argmax` over an empty array's axes; `np.take_along_axis`'s checks in order; `np.trace` of fewer than two dimensions; `np.clip` with two bounds (three shapes in its error); `np.select`'s weak Python scalars; `np.compress` as a take; `np.argpartition` of a 0-d array; `np.ediff1d` of bools; the nan-quantiles of empty arrays (`np.nanmean`'s answer); the medians over tuples of axes and with `keepdims`; `np.insert`'s two broadcast errors; `np.pad` of a NumPy scalar; `np.gcd`/`np.lcm`'s no-loop error naming the dtype classes; searchsorted and bincount of a 0-d array; `np.full` with an array (copyto's rules); signed zeros through an einsum rearrangement and a two-bound clip; clip's Python int bounds past an integer dtype's range; `np.vectorize`'s first call on NumPy scalars, which decides the dtype; `np.einsum`'s check of
a repeated label within one operand and the iterator's remapped shapes, whose trailing comma NumPy writes only for
one axis; `np.gradient` of bools; `np.percentile` of bools, an element picked by the discrete methods, refused by
the interpolating ones after the axis is checked; `np.percentile` over a tuple of axes (checked as NumPy checks it);
then what the grammar's wider forms and operands found (`take`, `argmax`, `take_along_axis`, `trace`, `clip`,
`select`, `compress`, `argpartition`, `ediff1d`, the nan-quantiles of empty arrays, medians with `keepdims`,
`insert`, `pad`, `gcd`, `searchsorted`, `bincount`, `full`, signed zeros through `einsum` and `clip`, `vectorize`).

358: the legacy `binomial`'s draw for n = 0, p = 0 and p = 1 (it has no shortcut there, so the stream moves), and
`choice`, `integers` and `randint` asked for no values, which NumPy answers with an empty array whatever the
population or interval (docbuild crashed on `rng.choice(0, 0)`).

359: the Generator's `standard_exponential`, `standard_gamma`, `gamma`, `chisquare`, `beta`, `laplace`, `rayleigh`,
`standard_cauchy`, `lognormal` and `geometric` (new in session 39), from four seeds, through long streams of their
rejection loops, and NumPy's parameter checks.

366: the Generator's `integers(..., dtype=)` for int8 to uint64 and bool (new in session 39; an image tutorial's
`rng.integers(0, 256, size=(h, w, 3), dtype=np.uint8)`), bit for bit, and its bounds errors; `random(dtype=np.float32)`
and the samplers' TypeError for a dtype they do not draw.

378: what `--grammar indexing` (new in session 39) found: NumPy's order of index errors (a boolean index's shape,
an int out of bounds, index arrays that do not broadcast, an index array's value out of bounds — read only when the
result has elements), a NumPy scalar's one message for any failing index, and a write that prepares its index before
it converts the value.

379: a list's floats stored into an integer dtype (`np.array([np.nan], dtype=int)` and writes of lists): NumPy 2
converts each as Python's `int()` does and refuses what does not fit; docbuild stored NaN as the int64 minimum.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session39_fixtures.py"

HISTOGRAM_EDGES = [
    "h = np.array([0.5, 2.0, -1.5, 2.0, np.nan, 3.25])",
    "e = np.array([0.25, 1.0, 1.0, 4.0, 9.5])",
    "np.histogram(h, bins=e)",
    "np.histogram(h, bins=[-2, 0, 2, 4])",
    "np.histogram(h, bins=[-2, 0, 2, 4], weights=np.arange(6.0))",
    "np.histogram(h, bins=e, weights=np.arange(6))",
    "np.histogram(h, bins=[0, np.nan, 5])",
    "np.histogram(h, bins=[np.nan, 1.0])",
    "np.histogram(h[::-1], bins=[2.0, 2.0, 3.0])",
    "np.histogram(np.array([np.nan, np.nan, 1.0]), bins=[0, 1])",
    "np.histogram(np.array([np.nan, 1.0, -np.inf, np.inf]), bins=[-np.inf, 0, np.inf])",
    "np.histogram(np.arange(5.0), bins=[0, 1.5, 4], weights=[0.5, 0.25, 1, 1, 2])",
    "np.histogram(np.array([1.0, 1.0, 2.0]), bins=[0, 1.5, 4], weights=[0.1, 0.1, 0.7])",
    "np.histogram(np.array([1.0, 3.0, 2.0]), bins=[0, 1.5, 4], weights=[0.1, 0.2, 0.7])",
    "np.histogram(np.array([0.5, 2.5, 2.5, 3.5]), bins=[0, 1, 3, 4], density=True)",
    "np.histogram(h[:4], bins=3, weights=[0.1, 0.2, 0.3, 0.4])",
    "np.histogram(np.linspace(0, 1, 9), bins=4, range=(0.0, 1.0), density=True)",
]

FIRST_ERRORS = [
    "v = np.array([3.0, -1.0, 2.0])",
    "m = np.arange(6).reshape(2, 3)",
    "np.split(v, 3, axis=None)",
    "np.split(v, [1], axis=None)",
    "np.split(v, 3, axis=1.0)",
    "np.split(v, 3, axis=np.int64(0))",
    "np.split(v, 3, axis=-1)",
    "np.split(m, 3, axis=5)",
    "np.split(m, 0, axis=1)",
    "np.array_split(v, 0, axis=(0, 1))",
    "np.array_split(v, 0, axis=None)",
    "np.array_split(v, 0)",
    "np.array_split(np.float64(2.5), 3, axis=None)",
    "np.array_split(np.float64(2.5), 3)",
    "np.split(np.float64(2.5), 0, axis=2)",
    "np.split(np.arange(4), 0)",
    "np.split([1, 2, 3], 3)",
    "np.split([1, 2, 3], [1])",
    "np.array_split([1, 2, 3], 2)",
    "np.array_split([1, 2, 3], 3, axis=None)",
    "np.array_split((1, 2, 3, 4), 3)",
    "np.array_split(5, 1)",
    "np.array_split([[1, 2, 3], [4, 5, 6]], 3, axis=1)",
    "np.split([[1, 2, 3], [4, 5, 6]], [1], axis=1)",
    "np.array_split([[1, 2], [3, 4]], 2, axis=5)",
    "np.hsplit([[1, 2], [3, 4]], 2)",
    "np.hsplit(m, 3)",
    "np.vsplit([[1, 2], [3, 4]], 2)",
    "np.vsplit([[1, 2], [3, 4]], [1])",
    "np.dsplit(np.ones((1, 1, 4)).tolist(), [1])",
    "np.diff(v, axis=None)",
    "np.diff(v, axis=None, prepend=0)",
    "np.diff(v, n=0, axis=None)",
    "np.diff([1, 2], n=0)",
    "np.diff(np.float64(2), n=0)",
    "np.diff(np.float64(2), axis=None)",
    "np.diff([1, 2], n=-1)",
    "np.add.accumulate(np.float64(2.5))",
    "np.add.accumulate(np.array(2.5))",
    "np.multiply.accumulate(3)",
    "np.add.reduce(np.float64(2.5), axis=0)",
    "np.add.reduce(np.float64(2.5), axis=-1)",
    "np.add.reduce(np.float64(2.5), axis=None)",
    "np.add.reduce(np.float64(2.5), axis=())",
    "np.add.reduce(np.float64(2.5), axis=(0,))",
    "np.add.reduce(np.array(2.5), axis=1)",
    "np.maximum.reduce(np.float64(2.5), axis=1)",
    "np.subtract.reduce(np.float64(2.5), axis=-2)",
    "np.take(np.array([]), [0, -1, 1])",
    "np.take(np.array([]), 0)",
    "np.take(np.array([]), [])",
    "np.take(np.zeros((0, 2)), [1], axis=1)",
    "np.take(np.zeros((0, 3)), [5], axis=1)",
    "np.take(np.zeros((0, 0)), [0], axis=1)",
    "np.take(np.zeros((2, 0)), [0], axis=1)",
    "np.take(np.zeros((2, 0)), [], axis=1)",
    "np.take(np.arange(3), np.zeros((2, 0), dtype=int))",
    "np.take(np.zeros((0, 3), dtype=np.int8), [5, 1], axis=1, mode='wrap')",
    "np.take(np.array([]), [0], mode='clip')",
    "np.zeros((0, 3)).take([5], axis=0)",
    "np.argmax(np.zeros((0, 3)), axis=1)",
    "np.argmax(np.zeros((0, 3)), axis=0)",
    "np.argmin(np.zeros((3, 0)), axis=0)",
    "np.argmax(np.array([]), axis=1)",
    "np.argmax(np.array([]))",
    "np.argmax(np.zeros((0, 3)), axis=1, keepdims=True)",
    "np.zeros((0, 3)).argmax(axis=-1)",
    "np.argmax(np.float64(2), axis=2)",
    "np.take_along_axis(np.float64(2.5), np.array([0]), axis=0)",
    "np.take_along_axis(np.float64(2.5), np.argsort(np.float64(2.5), axis=0), axis=0)",
    "np.take_along_axis(np.arange(3), np.array([[0]]), axis=3)",
    "np.take_along_axis(np.arange(3), np.array([[0]]), axis=None)",
    "np.take_along_axis(np.arange(3), np.array([[0.0]]), axis=None)",
    "np.take_along_axis(np.arange(3), np.array([[0.0]]), axis=0)",
    "np.take_along_axis(np.float64(2.5), np.array([0]), axis=None)",
    "np.take_along_axis(np.arange(3), [0], axis=0)",
    "np.take_along_axis(np.arange(3), [0], axis=None)",
    "np.take_along_axis([3, 1, 2], np.array([0]), axis=0)",
    "np.take_along_axis([3, 1, 2], np.array([0]), axis=None)",
    "np.take_along_axis(np.arange(3), np.array([0.0]), axis=0)",
    "np.take_along_axis(np.arange(3), np.array([2, 0]))",
    "np.trace(np.arange(3))",
    "np.trace(np.float64(2))",
    "np.arange(3.0).trace()",
    "np.trace(np.arange(6).reshape(1, 2, 3))",
    "np.clip(np.arange(6), np.ones((3, 4)), 3)",
    "np.clip(np.arange(5.0), np.ones((2, 3)), np.array([1.0, 2.0]))",
    "np.clip(np.arange(5.0), np.ones(4), None)",
    "np.clip(np.arange(5.0), None, np.ones(4))",
    "np.arange(4).clip(np.ones(3), 2)",
    "np.select([np.array([1, 2]) > 1], [np.array([1, 2], dtype=np.int8)], default=9)",
    "np.select([np.array([1, 2]) > 1], [np.array([1, 2], dtype=np.int8)], default=np.int64(9))",
    "np.select([np.array([1, 2]) > 1], [np.array([1, 2], dtype=np.int8)], default=300)",
    "np.select([np.array([1, 2]) > 1], [2.5], default=np.float32(1))",
    "np.select([np.array([1, 2]) > 1], [np.array([1, 2], dtype=np.float32)], default=1.5)",
    "np.select([np.array([1, 2]) > 1], [3], default=1.5)",
    "np.select([np.array([1, 2]) > 1], [True], default=2)",
    "np.select([np.array([True, False]), np.array([True, True])], [np.float32(2), 7], default=1.5)",
    "np.compress([False, False, True, True, True], np.arange(2))",
    "np.compress([True, False, True], np.array([]), axis=0)",
    "np.compress([True], np.zeros((0, 3)), axis=1)",
    "np.compress([False, True, True], np.zeros((0, 2)), axis=1)",
    "np.compress([], np.array([]))",
    "np.compress([True, True], np.arange(6).reshape(2, 3), axis=1)",
    "np.argpartition(np.float64(2.5), 1)",
    "np.argpartition(np.float64(2.5), 0)",
    "np.argpartition(np.float64(2.5), -1)",
    "np.argpartition(np.float64(2.5), -2)",
    "np.argpartition(np.float64(2.5), 0, axis=None)",
    "np.argpartition(np.array(2.5), 0, axis=0)",
    "np.argpartition(np.array(2.5), 0, axis=2)",
    "np.partition(np.float64(2.5), 0)",
    "np.partition(np.array(2.5), 0, axis=0)",
    "np.ediff1d(np.array([True, False, True]))",
    "np.ediff1d(np.array([True, False]), to_begin=[1.5])",
    "np.ediff1d(np.array([True, False]), to_end=[True])",
    "np.ediff1d(np.array([3, 1, 4]), to_begin=[0])",
    "np.nanpercentile(np.array([]), 50)",
    "np.nanpercentile(np.array([]), [10, 50])",
    "np.nanquantile(np.zeros((0, 3)), 0.5, axis=0)",
    "np.nanquantile(np.zeros((0, 3)), [0.5, 0.7], axis=1)",
    "np.nanquantile(np.zeros((0, 3)), 0.5, axis=0, keepdims=True)",
    "np.nanpercentile(np.zeros((0, 3), dtype=int), 20)",
    "np.nanpercentile(np.array([]), 50, axis=1)",
    "np.nanmedian(np.array([]))",
    "np.nanquantile(np.array([], dtype=np.float16), 0.5)",
    "np.nanpercentile(np.zeros((0, 2), dtype=np.float16), 5, axis=0)",
    "np.percentile(np.array([]), 50)",
    "c = np.arange(24.0).reshape(2, 3, 4) % 7",
    "np.nanmedian(c[0, 1:], axis=(0, 1))",
    "np.nanmedian(c, axis=(2,))",
    "np.nanmedian(c, axis=(0, 1, 2), keepdims=True)",
    "np.nanmedian(c, axis=(0, 5))",
    "np.median(c, axis=(1,))",
    "np.median(c, axis=[0, 1, 2])",
    "np.median(c, axis=(0, 0))",
    "np.median(c, keepdims=True)",
    "np.median(c, axis=1, keepdims=True)",
    "np.median(c, axis=(0, 1, 2), keepdims=True)",
    "np.median(np.float64(3), keepdims=True)",
    "np.median(c[0, 0], axis=0, keepdims=True)",
    "np.median(np.array([1, 2, 3]), keepdims=True)",
    "np.median(np.array([1, 2, 3]), axis=-1, keepdims=False)",
    "np.insert(c, [0, 2], [7, 8], axis=0)",
    "np.insert(np.ones((2, 3)), [0, 2], [7, 8], axis=0)",
    "np.insert(np.ones((2, 3)), [0, 2], [7, 8], axis=1)",
    "np.insert(np.ones((2, 3)), [0, 2], [[7], [8]], axis=1)",
    "np.insert(np.ones((2, 3)), 1, [7, 8], axis=0)",
    "np.insert(np.ones((2, 3)), [1], [7, 8], axis=0)",
    "np.pad(np.float64(2.5), 2)",
    "np.pad(np.array(2.5), 0)",
    "np.pad(np.int8(3), (1, 1))",
    "np.gcd(np.array([1.5]), 6)",
    "np.gcd(np.array([1.5]), np.array([2]))",
    "np.lcm(np.float64(2.5), 4)",
    "np.gcd(np.array([True]), 4)",
    "np.gcd(np.array([1.5], dtype=np.float32), 6.0)",
    "np.gcd(2.5, 4)",
    "np.float64(2.5).searchsorted(2)",
    "np.searchsorted(2.5, 2)",
    "np.searchsorted(np.ones((2, 2)), 2)",
    "np.bincount(np.int64(3))",
    "np.bincount(np.zeros((2, 2), int))",
    "np.full((2,), np.ones((2, 2)))",
    "np.full((2, 3), np.ones((2, 1)))",
    "np.full((0, 2), np.ones(5))",
    "np.full((2, 2), np.ones((1, 1, 2)))",
    "np.full((2, 2), np.arange(2).reshape(1, 1, 1, 2), dtype=np.int8)",
    "np.full((1, 2), np.arange(6))",
    "np.full((0, 2), np.ones((2, 2, 4)))",
    "nz = np.array([-0.0, 0.0, np.nan, -np.inf, np.inf, -0.0])",
    "np.einsum('ij->ji', nz.reshape(2, 3))",
    "np.einsum('ij', nz.reshape(2, 3))",
    "np.einsum('ji', nz.reshape(2, 3))",
    "np.einsum('ii->i', np.array([[-0.0, 1], [2, -0.0]]))",
    "np.einsum('ij->i', np.array([[-0.0]]))",
    "np.einsum('i', nz)",
    "np.einsum('...->...', nz)",
    "np.einsum('i->', np.array([-0.0]))",
    "nz.clip(0, 2)",
    "np.clip(nz, -0.0, 2)",
    "np.clip(nz, -1, 0.0)",
    "np.clip(nz, -1, -0.0)",
    "np.clip(nz, 0.0, None)",
    "np.clip(nz, None, 0.0)",
    "np.clip(np.float64(-0.0), 0.0, 1.0)",
    "np.clip(np.array([-0.0] * 20), 0.0, 2)[:3]",
    "np.clip(np.uint8(200), -1, 2)",
    "np.clip(np.uint8(200), -1, 300)",
    "np.clip(np.array([1, 200], dtype=np.uint8), 5, 300)",
    "np.clip(np.array([1, 200], dtype=np.uint8), 300, 400)",
    "np.clip(np.array([1, 100], dtype=np.int8), -200, None)",
    "np.clip(np.array([1, 100], dtype=np.int8), None, None)",
    "np.clip(np.array([1, 100], dtype=np.int8), -128, 127)",
    "np.clip(np.array([1, 100], dtype=np.int8), True, 50)",
    "np.array([1, 200], dtype=np.uint8).clip(-5, 7)",
    "np.clip(np.array([1, 2]), np.int64(-5), 300)",
    "np.clip(np.array([1, 2], dtype=np.int16), np.int64(-5), 3)",
    "f16 = np.array([0.5, -2.0, 65504.0, 0.1], dtype=np.float16)",
    "np.vectorize(lambda x: x * 2)(f16)",
    "np.vectorize(lambda x: x * 2)(np.int8(-7))",
    "np.vectorize(lambda x: x + 1)(np.array([True, False]))",
    "np.vectorize(lambda x, y: x * y)(np.array([100], dtype=np.int8), 3)",
    "np.vectorize(lambda x: x / 3)(np.arange(3, dtype=np.float32))",
    "np.vectorize(lambda x: x * 2)(np.array([1, 2], dtype=np.uint8))",
    "np.vectorize(abs)(np.array([-1.5, 2.0]))",
    "np.vectorize(lambda x: x * 2, otypes=[float])(np.int8(-7))",
    "np.einsum('ii', np.ones((3, 4)))",
    "np.einsum('ii', np.ones((4, 3)))",
    "np.einsum('ii->i', np.ones((1, 3)))",
    "np.einsum('iji->i', np.ones((2, 3, 4)))",
    "np.einsum('jii->i', np.ones((2, 3, 4)))",
    "np.einsum('iij->ij', np.ones((2, 3, 4)))",
    "np.einsum('...ii->...i', np.ones((2, 3, 4)))",
    "np.einsum('ij,jj->i', np.ones((2, 3)), np.ones((3, 2)))",
    "np.einsum('ij,j->i', np.ones((3, 4)), np.ones(5))",
    "np.einsum('ij,jk->ik', np.ones((3, 4)), np.ones((5, 2)))",
    "np.einsum('i,i', np.ones(3), np.ones(4))",
    "np.einsum('i,j,ij->', np.ones(3), np.ones(2), np.ones((2, 3)))",
    "np.gradient(np.array([True, False, True]))",
    "np.gradient(np.array([True]))",
    "np.gradient(np.array([[True, False], [False, True]]), axis=1)",
    "b = np.array([[True, False, True, True]])",
    "np.percentile(b, 33, axis=2)",
    "np.percentile(b, 33)",
    "np.percentile(b, 133)",
    "np.percentile(b, 40, method='lower')",
    "np.percentile(b, 40, method='higher')",
    "np.percentile(b, [10, 90], axis=1, method='nearest')",
    "np.nanpercentile(b, 40, method='lower')",
    "np.quantile(b, 0.5, method='midpoint')",
    "np.quantile(b, [0.2, 0.7], axis=1, method='higher', keepdims=True)",
    "np.median(b)",
    "a = np.arange(6.0).reshape(2, 3)",
    "np.percentile(a, 50, axis=(0, 1))",
    "np.percentile(a, [25, 50], axis=(1, 0), keepdims=True)",
    "np.percentile(a, 50, axis=(1,))",
    "np.percentile(a, 50, axis=[0])",
    "np.percentile(a, 50, axis=(0, 0))",
    "np.percentile(a, 50, axis=(0, 2))",
    "np.quantile(a, 0.3, axis=(-1,), method='lower')",
    "np.nanquantile(a, 0.3, axis=(0, -1))",
    "np.percentile(np.array([]), 33, axis=(0, 1))",
]

RANDOM_EDGES = [
    # The legacy binomial takes one uniform even for n = 0, p = 0 or p = 1 (no shortcut there).
    "np.random.seed(42); np.random.binomial(30, 0.0); np.random.rand()",
    "np.random.seed(42); np.random.binomial(30, 1.0); np.random.rand()",
    "np.random.seed(42); np.random.binomial(0, 0.5); np.random.rand()",
    "np.random.seed(42); np.random.binomial(0, 0.5, 3); np.random.rand()",
    "np.random.seed(42); np.random.standard_normal(4); np.random.binomial(30, 0.0); np.random.rand()",
    "r = np.random.RandomState(7); r.binomial(5, 0.0, 2); r.rand()",
    "g = np.random.default_rng(42); g.binomial(30, 0.0); g.random()",
    "g = np.random.default_rng(42); g.binomial(0, 0.5, 3); g.random()",
    "g = np.random.default_rng(42); g.random()",
    # No draw and no check when nothing is asked for.
    "np.random.default_rng(0).choice(0, 0)",
    "np.random.default_rng(0).choice(0)",
    "np.random.default_rng(0).choice(0, 3)",
    "np.random.default_rng(0).choice(0, 0, replace=False)",
    "np.random.default_rng(0).choice([], 0)",
    "np.random.default_rng(0).choice(0, (2, 0))",
    "np.random.RandomState(0).choice(0, 0)",
    "np.random.RandomState(0).choice(0, 0, replace=False)",
    "np.random.default_rng(0).choice(3, 0, p=[0.2, 0.3, 0.5])",
    "np.random.default_rng(0).choice(0, 0, p=[])",
    "np.random.choice([], 0)",
    "np.random.default_rng(0).integers(10, 6, size=0)",
    "np.random.default_rng(0).integers(10, 6, size=(2, 0))",
    "np.random.default_rng(0).integers(10, 6)",
    "np.random.default_rng(0).integers(10, 6, size=1)",
    "np.random.default_rng(0).integers(10, 6, size=0, endpoint=True)",
    "np.random.randint(10, 6, size=0)",
    "np.random.RandomState(0).randint(10, 6, 0)",
    "np.random.randint(-1, 300, size=0, dtype=np.uint8)",
    "np.random.randint(10, 6, size=(0, 3), dtype=np.int16)",
    "np.random.randint(-1, 300, size=1, dtype=np.uint8)",
]

GENERATOR_DISTRIBUTIONS = [
    f"np.random.default_rng({seed}).{call}"
    for seed in [0, 1, 42, 2024]
    for call in [
        "standard_exponential(6)", "standard_exponential()", "standard_gamma(0.5, 6)", "standard_gamma(1.0, 3)",
        "standard_gamma(2.5, 6)", "standard_gamma(0.0, 2)", "standard_gamma(30.0, 4)", "standard_gamma(0.01, 5)",
        "gamma(2.0, 3.0, 5)", "gamma(0.3, 0.5, 5)", "gamma(9.0)", "chisquare(3, 5)", "chisquare(0.5, 5)",
        "chisquare(1)", "beta(0.5, 0.5, 6)", "beta(2.0, 3.0, 6)", "beta(0.2, 5.0, 4)", "beta(1.0, 1.0, 3)",
        "beta(0.001, 0.001, 6)", "laplace(0, 1, 6)", "laplace(2.0, 0.5)", "laplace(size=4)", "rayleigh(2.0, 5)",
        "rayleigh()", "standard_cauchy(5)", "lognormal(0, 1, 5)", "lognormal(1.5, 0.25)", "lognormal()",
        "geometric(0.5, 6)", "geometric(0.2, 6)", "geometric(1e-3, 4)", "geometric(0.34, 5)", "geometric(0.333, 5)",
        "geometric(1.0, 3)", "geometric(1e-300, 2)", "geometric(0.9)",
    ]
] + [
    # Long streams through the rejection loops, and the draws after them.
    "g = np.random.default_rng(5)",
    "g.gamma(2.0, 1.0, 3)", "g.random()", "g.beta(0.5, 0.5, 3)", "g.random()", "g.geometric(0.1, 3)", "g.random()",
    "float(np.random.default_rng(11).standard_gamma(0.7, 2000).sum())",
    "float(np.random.default_rng(12).standard_gamma(3.3, 2000).sum())",
    "float(np.random.default_rng(13).beta(0.4, 0.9, 2000).sum())",
    "float(np.random.default_rng(14).beta(4.0, 0.6, 2000).sum())",
    "int(np.random.default_rng(15).geometric(0.05, 2000).sum())",
    "int(np.random.default_rng(16).geometric(0.6, 2000).sum())",
    "float(np.random.default_rng(17).laplace(1.0, 2.0, 2000).sum())",
    "float(np.random.default_rng(18).lognormal(0.5, 0.8, 2000).sum())",
    "np.random.default_rng(19).chisquare(4.0, 2000)[-3:]",
    # NumPy's checks (NaN passes them).
    "g.gamma(-1)", "g.gamma(1, -1)", "g.standard_gamma(-1)", "g.beta(0, 1)", "g.beta(1, -1)", "g.chisquare(0)",
    "g.laplace(0, -1)", "g.rayleigh(-1)", "g.geometric(0)", "g.geometric(1.5)", "g.geometric(np.nan)",
    "g.standard_gamma(np.nan)", "g.gamma(np.nan)", "g.beta(np.nan, 1)", "g.lognormal(0, -1)", "g.laplace(0, np.nan)",
    "g.rayleigh(np.nan)", "g.chisquare(np.nan)", "g.random()",
]

NARROW_INTEGERS = [
    f"np.random.default_rng({seed}).integers({args}, dtype={dtype})"
    for seed in [0, 7, 42]
    for dtype in ["np.uint8", "np.int8", "np.uint16", "np.int16", "np.int32", "np.uint32", "np.uint64", "bool"]
    for args in ["0, 256, size=7" if dtype == "np.uint8" else "-5, 100, size=7", "0, 2, size=7", "3, 4, size=7",
                 "10, size=7", "1, 2, size=7", "0, 200, size=(3, 4)", "0, 255, size=10, endpoint=True"]
] + [
    # One stream through several dtypes: the 8- and 16-bit pieces' buffer starts empty at each call, the PCG64
    # stream's own 32-bit buffer carries over.
    "g = np.random.default_rng(3)",
    "g.integers(0, 256, size=5, dtype=np.uint8)", "g.integers(0, 10, size=3, dtype=np.int32)", "g.random()",
    "g.integers(0, 10, dtype=np.int32)", "g.integers(0, 10, size=3)", "g.integers(0, 2, size=40, dtype=bool)",
    "g.integers(5, dtype=np.uint16)", "g.integers(0, 65536, size=6, dtype=np.uint16)",
    "g.integers(-128, 128, size=9, dtype=np.int8)",
    "g.integers(-1, 300, dtype=np.uint8)", "g.integers(0, 300, dtype=np.uint8)", "g.integers(0, 256, dtype=np.uint8)",
    "g.integers(0, 255, dtype=np.uint8, endpoint=True)", "g.integers(0, 256, dtype=np.uint8, endpoint=True)",
    "g.integers(5, 5, dtype=np.int8)", "g.integers(0, 0, dtype=np.int8)", "g.integers(0, dtype=np.int8)",
    "g.integers(0, -1, dtype=np.int8, endpoint=True)", "g.integers(3, 1, dtype=np.int8, endpoint=True)",
    "g.integers(-1, 2, dtype=bool)", "g.integers(0, 3, dtype=bool)", "g.integers(0, 2, dtype=np.uint64, size=3)",
    "g.integers(-1, 2, dtype=np.uint64)", "g.integers(0, 5, size=0, dtype=np.uint8)",
    "g.integers(9, 5, size=(0, 2), dtype=np.int16)", "g.random()",
    "np.random.default_rng(8).integers(0, 256, size=(4, 4, 3), dtype=np.uint8)",
    # random(dtype=np.float32): NumPy's next_float, on the same 32-bit buffer.
    "np.random.default_rng(0).random(5, dtype=np.float32)", "np.random.default_rng(0).random(dtype=np.float32)",
    "np.random.default_rng(5).random((2, 3), dtype='f')", "np.random.default_rng(5).random(size=3, dtype=np.float64)",
    "g = np.random.default_rng(4)", "g.random(3, dtype=np.float32)", "g.integers(0, 10, size=3, dtype=np.int32)",
    "g.random(dtype=np.float32)", "g.random()", "g.random(dtype=np.float32)", "g.random(0, dtype=np.float32)",
    "type(g.random(dtype=np.float32))", "g.random(dtype=np.float16)", "g.random(dtype=int)",
    "g.standard_normal(dtype=np.int8)", "g.random(2)",
]

INDEX_ERROR_ORDER = [
    "x = np.arange(24).reshape(2, 3, 4)",
    "x[[0, 1], [True, False], 9]", "x[9, [True, False]]", "x[[0, 1], [0, 1, 2], 9]", "x[[0, 5], [0, 1, 2]]",
    "x[[0, 5], [0, 1], 9]", "x[[5], [True, False, True], 0]", "x[[0, 5], np.array([], int)]", "x[[0, 1], 0, 5]",
    "x[1, 5, [0]]", "x[[2], 5]", "x[[[0]], [9, 9]]", "x[0, [0, 5], [9]]", "x[[0, 1], ..., [9]]",
    "x[[5], np.array([], int)]", "x[[5, 0], np.array([], int).reshape(0, 1)]", "x[np.array([], int), 9]",
    "x[[], [9]]", "x[[0, 1], 0, [0, 1, 2]]", "x[0, [0, 1], [0, 1, 2]]", "x[..., [0, 1], [[0], [1]]].shape",
    "np.float64(2.5)[[0.5]]", "np.float64(2.5)[1:, [0.5]]", "np.float64(2.5)[::0]", "np.float64(2.5)[0]",
    "np.float64(2.5)[()]", "np.float64(2.5)[...]",
    # A write prepares its index (too many indices, a boolean index's shape, an int out of range) before it
    # converts the value, and checks the value's shape before it reads the index arrays' values.
    "y = np.arange(5); y[[0, 9]] = np.nan", "y = np.arange(6).reshape(2, 3); y[[0, 1], [0, 1, 2]] = np.nan",
    "y = np.arange(6).reshape(2, 3); y[[0, 1], 7] = np.nan", "y = np.arange(6).reshape(2, 3); y[[True, False, True]] = np.nan",
    "y = np.arange(6).reshape(2, 3); y[[0, 1], 0, 1] = np.nan", "y = np.arange(5); y[[0, 9]] = [1, 2, 3]",
    "y = np.arange(5); y[[0, 9]] = 2**70", "y = np.arange(5, dtype=np.int8); y[[0, 9]] = 300",
    "y = np.arange(5, dtype=np.int8); y[[0, 1], 0] = 300", "y = np.arange(5); y[[0, 9]] = [np.nan]",
    "y = np.arange(5); y[[0, 9]] = 7", "y = np.arange(5); y[[0, 4]] = [1, 2]; y",
    "y = np.array(7); y[slice(None, None, -2), 0] = np.nan", "y = np.arange(5) * 10; y[::-2, [0, 2], :-1] = np.nan",
    "y = np.arange(24).reshape(2, 3, 4); y[3, []] = np.nan", "y = np.arange(5); y[[]] = np.nan; y",
    "y = np.arange(5); y[[3]] = np.arange(2)",
]

FLOATS_INTO_INTEGERS = [
    "np.array([np.nan], dtype=np.int64)", "np.array([np.inf], dtype=np.int64)", "np.array([-np.inf, 1], dtype=np.int64)",
    "np.array([1e20], dtype=np.int64)", "np.array([2.7, -2.7], dtype=np.int64)", "np.array([300.0], dtype=np.int8)",
    "np.array([-1.5], dtype=np.uint8)", "np.array([np.nan], dtype=np.int8)", "np.array([np.nan], dtype=bool)",
    "np.array([[1, np.nan]], dtype=int)", "np.array([np.float64(np.nan)], dtype=int)",
    "np.array([np.float32(np.nan)], dtype=int)", "np.array([1, 2.5, np.nan], dtype=np.uint64)",
    "np.asarray([np.nan], dtype=int)", "np.array(np.nan, dtype=int)", "np.array([9.3e18], dtype=np.int64)",
    "np.array([255.9], dtype=np.uint8)", "np.array([256.0], dtype=np.uint8)", "np.array([1.5, 2.5], dtype=np.int16)",
    "np.array([-0.5], dtype=np.uint8)", "np.array([-1.0], dtype=np.uint64)", "np.array([2.0**64], dtype=np.uint64)",
    "np.array([1.8e19], dtype=np.uint64)", "np.array([-0.5], dtype=np.uint64)", "np.array([-9.3e18], dtype=np.int64)",
    "np.array([9.2e18], dtype=np.int64)", "np.array([1, 300.0], dtype=np.int8)", "np.array([300, np.nan], dtype=np.int8)",
    "np.array([np.nan, 300], dtype=np.int8)", "np.array([np.inf], dtype=np.uint8)", "np.array([1e30], dtype=np.int16)",
    "np.array([True, np.nan], dtype=int)", "np.array([np.nan], dtype=np.int32)", "np.array([1.5e10], dtype=np.int32)",
    "y = np.arange(5); y[[0, 4]] = [np.nan]", "y = np.arange(5); y[1:3] = [np.nan, 1]",
    "y = np.arange(5); y[[0, 4]] = [np.inf, 2]", "y = np.arange(5); y[[0, 4]] = [2.5, -3.9]; y",
    "y = np.arange(5); y[[0, 9]] = [np.nan]", "y = np.arange(5, dtype=np.int8); y[:2] = [1.5, 300.0]",
]

FIXTURES = {
    "356-histogram-given-edges-nan-and-weights": (
        "np.histogram with given bin edges over data holding NaN, NaN and repeated edges, weights and density.",
        HISTOGRAM_EDGES,
    ),
    "357-first-errors-of-split-diff-einsum-gradient-percentile": (
        "the error NumPy raises first for split, array_split, diff, accumulate, einsum, gradient and percentile "
        "given None, tuples, lists, scalars, bools, empty axes or mismatched extents; and what they return when they return.",
        FIRST_ERRORS,
    ),
    "358-random-edges-legacy-binomial-and-empty-draws": (
        "NumPy's legacy binomial drawing one uniform for n = 0, p = 0 or p = 1, and choice, integers and randint "
        "asked for no values (an empty population or interval is no error then).",
        RANDOM_EDGES,
    ),
    "359-generator-gamma-beta-laplace-geometric-and-kin": (
        "the Generator's standard_exponential, standard_gamma, gamma, chisquare, beta, laplace, rayleigh, "
        "standard_cauchy, lognormal and geometric, with their checks, bit for bit.",
        GENERATOR_DISTRIBUTIONS,
    ),
    "366-generator-integers-of-narrow-dtypes": (
        "the Generator's integers of dtypes int8 to uint64 and bool: Lemire's method on 32-bit draws or on 8- and "
        "16-bit pieces of them, one bit at a time for bool, and NumPy's bounds checks; random(dtype=np.float32).",
        NARROW_INTEGERS,
    ),
    "378-index-errors-in-numpys-order": (
        "the error NumPy raises first for an index mixing ints, slices, masks and index arrays, read and written: "
        "boolean shapes, then ints, then broadcasting, then the index arrays' values (only when the result has "
        "elements); a write converts its value after the first two.",
        INDEX_ERROR_ORDER,
    ),
    "379-python-floats-into-integer-arrays": (
        "a list's floats stored into an integer dtype as NumPy 2 stores them: Python's int() (NaN and infinities "
        "its errors), a C long, then the dtype's range; in np.array and in writes.",
        FLOATS_INTO_INTEGERS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
