#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 (on CPython 3.11) prints for an axis out of range, function by function.

NumPy converts an axis argument to a C int, then normalises it against the array's dimensions
(`normalize_axis_index`): out of range is its AxisError, whose message some functions lead with the argument's name
(`np.average`'s `axis: `, `np.moveaxis`'s `source: ` and `destination: `, `swapaxes`' and `diagonal`'s `axis1: `
and `axis2: `); `np.rollaxis` checks `start` in Python. Functions that use the axis as a Python index instead
(`np.split`, `np.fft.fft`, `np.trapezoid`) raise that index's IndexError, also for axes far beyond a C int. docbuild
converts axes in `AxisConversion.swift` and normalises them in TensorCore's one normaliser (`Shape.normalize`); an
axis beyond a C int, and `-2**31` where NumPy's C converter reads it as `axis=None`, are refused
(`Tests/SnippetsTests/AxisBeyondCIntRefusalTests.swift`), so neither file holds them.

Run: `python3 Tests/SnippetsTests/Fixtures/make_axis_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/97-axis-errors-by-function.txt` and `interpreter/98-axis-errors-at-the-c-int-bounds.txt`; rerunning gives
identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# Calls on `a` (2-d) with `{}` where the axis goes.
CALLS = [
    "a.sum(axis={})", "np.sum(a, axis={})", "a.mean(axis={})", "np.mean(a, {})", "a.max(axis={})", "a.min({})",
    "a.std(axis={})", "a.var(axis={})", "a.prod(axis={})", "a.any(axis={})", "a.all(axis={})",
    "np.cumsum(a, axis={})", "np.cumprod(a, axis={})", "a.cumsum({})", "np.argmax(a, axis={})", "np.argmin(a, {})",
    "a.argmax(axis={})", "np.sort(a, axis={})", "np.argsort(a, axis={})", "a.sort(axis={})",
    "np.expand_dims(a, {})", "np.squeeze(a, axis={})", "np.moveaxis(a, {}, 0)", "np.moveaxis(a, 0, {})",
    "np.swapaxes(a, 0, {})", "a.swapaxes({}, 0)", "np.rollaxis(a, {})", "np.rollaxis(a, 0, {})", "np.flip(a, {})",
    "np.roll(a, 1, axis={})", "np.concatenate([a, a], axis={})", "np.stack([a, a], axis={})",
    "np.take(a, [0], axis={})", "a.take([0], axis={})", "np.repeat(a, 2, axis={})", "np.diff(a, axis={})",
    "np.delete(a, 0, axis={})", "np.insert(a, 0, 1.0, axis={})", "np.append(a, a, axis={})",
    "np.apply_along_axis(np.sum, {}, a)", "np.take_along_axis(a, np.zeros((2, 3), dtype=int), axis={})",
    "np.median(a, axis={})", "np.percentile(a, 50, axis={})", "np.quantile(a, 0.5, axis={})",
    "np.average(a, axis={})", "np.gradient(a, axis={})", "np.split(a, 1, axis={})", "np.array_split(a, 2, axis={})",
    "np.unique(a, axis={})", "np.linalg.norm(a, axis={})", "np.fft.fft(a, axis={})", "np.fft.rfft(a, axis={})",
    "np.fft.fftshift(a, axes={})", "np.add.reduce(a, axis={})", "np.add.accumulate(a, axis={})",
    "np.maximum.reduce(a, axis={})", "np.packbits(a > 0, axis={})", "np.diagonal(a, axis1={}, axis2=0)",
    "a.diagonal(0, 0, {})", "np.count_nonzero(a, axis={})", "np.nansum(a, axis={})", "np.nanmean(a, axis={})",
    "np.nanmedian(a, axis={})", "np.nanmax(a, axis={})", "np.nanargmax(a, axis={})", "np.nanstd(a, axis={})",
    "np.ptp(a, axis={})", "np.trapezoid(a, axis={})", "np.partition(a, 1, axis={})",
    "np.argpartition(a, 1, axis={})", "np.compress([True, False], a, axis={})", "np.flip(a, axis=(0, {}))",
    "a.sum(axis=(0, {}))", "np.expand_dims(a, (0, {}))", "a.transpose(0, {})", "np.transpose(a, (0, {}))",
    "np.linalg.norm(a, axis=(0, {}))", "np.min(a, axis={}, keepdims=True)", "np.flip(a, [0, {}])",
    "np.squeeze(a, (0, {}))", "np.moveaxis(a, [0, {}], [1, 0])", "np.rot90(a, axes=(0, {}))",
    "np.nancumsum(a, axis={})", "np.nancumprod(a, axis={})", "a.argsort(axis={})", "a.repeat(2, axis={})",
    "a.compress([True], {})",
]

SETUP = ["a = np.arange(6.0).reshape(2, 3)"]

BY_FUNCTION = (
    SETUP
    + [call.format(axis) for call in CALLS for axis in ("5", "-3")]
    + [
        # 0-d arrays: no axis is in range.
        "s = np.array(3.0)",
        "s.sum(axis=1)", "np.sort(s, axis=0)", "s.sort(axis=0)", "np.unique(s, axis=0)", "np.cumsum(s, axis=1)",
        "np.expand_dims(s, 1)", "np.linalg.norm(s, axis=0)", "np.trapezoid(s)",
        # trapezoid's x: a 1-d x sets the axis's entry of a shape list; a 2-d x goes through np.diff first.
        "np.trapezoid(a, x=[0.0, 1.0, 2.0], axis=2)", "np.trapezoid(a, x=np.ones((2, 3)), axis=2)",
    ]
)

AT_THE_BOUNDS = (
    SETUP
    + [call.format(axis) for call in CALLS for axis in ("2**31 - 1",)]
    + [
        call.format("-2**31")
        for call in CALLS
        # NumPy's C converter of these reads -2**31 as axis=None (refused by docbuild).
        if not any(
            name in call
            for name in ("cumsum", "cumprod", "argmax", "argmin", "argsort", "concatenate", "take(", "repeat",
                         "append", "packbits", "argpartition", "compress")
        )
    ]
    + [
        call.format(axis)
        for call in ("np.split(a, 1, axis={})", "np.array_split(a, 2, axis={})", "np.fft.fft(a, axis={})",
                     "np.fft.fftshift(a, axes={})", "np.trapezoid(a, axis={})", "np.rollaxis(a, 0, {})")
        for axis in ("2**31", "-2**31 - 1", "2**40", "2**63 - 1", "2**70", "-2**70")
    ]
    + [
        # An int no Py_ssize_t holds, as an index of Python's sequences.
        "(2, 3)[2**70]", "[1, 2][-2**70]", "'ab'[2**70]", "range(3)[2**70]", "xs = [1, 2]", "xs[2**70] = 0",
        "a.shape[2**70]",
    ]
)


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "97-axis-errors-by-function.txt", "make_axis_fixtures.py",
        "an axis out of range, function by function: NumPy's AxisError with its argument names, or the IndexError "
        "of the functions that index with it.", BY_FUNCTION)
    write_numpy_fixture(
        HERE / "interpreter" / "98-axis-errors-at-the-c-int-bounds.txt", "make_axis_fixtures.py",
        "axes at a C int's bounds (2**31 - 1, and -2**31 where NumPy's converter keeps it an axis), and far beyond "
        "where a function indexes with the axis.", AT_THE_BOUNDS)


if __name__ == "__main__":
    main()
