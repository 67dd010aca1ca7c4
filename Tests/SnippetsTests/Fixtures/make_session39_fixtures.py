#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 39's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session39_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/356-*` and `357-*` fixtures; rerunning gives identical bytes.

Both hold what `Fuzz/numpy_differential.py --grammar functions` (new in session 39) found docbuild printing other
than NumPy, and their neighbours:

356: `np.histogram` with given bin edges over data holding NaN (NumPy sorts NaN last, so it falls in no bin; docbuild
counted it in one), a NaN edge (which NumPy's monotonic test lets through), repeated edges, weights, `density=True`.

357: the errors NumPy raises first: `np.split`/`np.array_split` given `axis=None`, a tuple or a float (`ary.shape[axis]`
is Python's tuple indexing) and given lists (`split` with a count reads `ary.shape`; `array_split` takes `len(ary)`
whatever the axis, so a list's other axis keeps only that many), `hsplit` of a list; `np.diff` with `axis=None`
and with `n=0` (which returns its argument as it is); `accumulate` of a scalar (a TypeError) and `reduce` of one over an axis it lacks; `np.take` from an empty axis; `np.argmax` over an empty array's axes; `np.take_along_axis`'s checks in order; `np.trace` of fewer than two dimensions; `np.einsum`'s check of
a repeated label within one operand and the iterator's remapped shapes, whose trailing comma NumPy writes only for
one axis; `np.gradient` of bools; `np.percentile` of bools, an element picked by the discrete methods, refused by
the interpolating ones after the axis is checked; `np.percentile` over a tuple of axes (checked as NumPy checks it).
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
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
