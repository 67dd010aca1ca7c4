#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the array methods called with positional arguments (session 44,
methods44).

Run: `python3 Tests/SnippetsTests/Fixtures/make_methods44_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/459-*` and `460-*` fixtures; rerunning gives identical bytes.

459: NumPy's methods bind their positional arguments in an order of their own and convert them in that order, so the
first wrong one decides the error: the ufunc reductions (`a.sum(axis, dtype, out, keepdims, initial, where)`,
`a.max(axis, out, keepdims, initial, where)`) convert the dtype, then the out, then keepdims (docbuild raised the out's
error for `a.sum(1, 0, 1)`, and answered `a.max(0, None, None, True)`, whose keepdims is None: wrong outputs);
`_methods._clip` takes (min, max, out) and counts its arguments; `a.compress` needs a 1-d condition and an int axis;
`a.partition`'s axis is an int (None too) and its kind a str, as argpartition's; trace's and diagonal's ints are
converted in order; the methods any and all given a dtype (bool, or NumPy's "No loop matching" TypeError for
another); astype's dtype, order and casting; reshape and transpose name the first item that is no int;
`a.item(...)` counts its indices first. 460: what the widened probe (`Fuzz/method_positional_probe.py`) found:
`a.searchsorted` of an array that is not sorted (NumPy's binary search keeps a bound from the previous key: a wrong
output before), argmax/argmin/cumsum converting their axis first, mean/var/std counting their axes before anything
else, a NumPy scalar as a dtype, `a.view` with an explicit None, repeat's counts of a type or a nested list, its
axis converted first and the number of its counts checked before their signs, clip's arity before a bool array's
dtype, item's indices converted in order.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_methods44_fixtures.py"

FLOAT = "m = np.array([[3.5, -1.0, 2.0], [0.5, 4.0, -2.5]])"
VECTOR = "v = np.array([2.5, -1.0, 4.0, 0.5])"

ORDER = [FLOAT, VECTOR, "n = np.array([[3, -1, 2], [0, 4, -2]])"]
for call in [
    # The reductions: dtype, out, keepdims in that order; initial and where after them.
    "m.sum(None, None, None, None, True)", "m.sum(1, 0, 1)", "m.sum(1, 0, 1, None)", "m.sum(1, None, 1, None)",
    "m.sum(1, None, None, None, 1)", "m.sum(0, None, None, False, 5.0)",
    "m.prod(None, None, None, None, True)", "m.prod(1, 0, 1)", "m.prod(1, None, None, True, 2.0)",
    "m.max(0, None, None, True)", "m.max(None, None, None, True)", "m.max(1, None, None, 1)",
    "m.max(1, None, None, 1, True)", "m.max(1, 1, None, 1)", "m.max(1, None, True, 9.0)",
    "m.min(0, None, None, True)", "m.min(1, None, None, 1, True)", "m.min(1, None, False, -9.0)",
    "m.cumsum(1, 0, 1)", "m.cumsum(1, None, 1)", "m.any(1, 0, 1)", "m.all(1, 0, 1)", "m.any(1, None, None, None)",
    "n.sum(1, np.int8, None, True)", "m.any(0, True)", "m.any(0, np.int8)", "m.all(None, np.complex128)",
    "n.all(0, bool)", "m.any(0, bool, None, True)", "m.any(0, np.int8, 5)", "m.any(5, np.int8)",
    "m.any((0, 0), np.int8)", "np.array(5.0).all(0, np.int8)", "np.array([1+1j, 0]).any(0, bool)",
    "np.add.reduce(m, 1, None, None, None)", "np.sum(m, 1, 0, 1)", "np.max(m, 1, None, None, 1)",
    # clip: _methods._clip(a, min, max, out, **kwargs).
    "m.clip(0, None, None)", "m.clip(0, 2, None)", "m.clip(0, None, True)", "m.clip(1, 0, 1)",
    "m.clip(0, None, None, True)", "m.clip(None, None, None, None, True)", "m.clip(1, 2, out=None)",
    "m.clip(1, 2, 5)",
    # compress: the axis, the out, then a 1-d condition.
    "m.compress(0)", "m.compress(0, None)", "m.compress(True)", "m.compress([[True]])", "m.compress(-1, 0)",
    "m.compress(1, True)", "m.compress([1, 0], True)", "m.compress([1, 0], None, 1)", "m.compress(0, 1.0)",
    "m.compress([1, 0], 0)", "np.compress(0, m)", "np.compress([[1]], m, 0)", "v.compress([0, 1, 1])",
    # partition's axis is an int, its kind a str; argpartition's axis may be None.
    "m.partition(0, None)", "m.partition(0, None, None)", "m.partition(0, None, True)", "m.partition(1, 0, 1)",
    "m.partition(0, np.float32, None, True)", "m.partition(0, 1.0)", "m.partition(0, np.float64(1))",
    "m.partition(0, [1])", "m.argpartition(0, None, None)", "m.argpartition(0, None, True)",
    "m.argpartition(1, True)", "m.argpartition(1, 0, 1)", "m.argpartition(0, np.float32, None, True)",
    "m.argpartition(0, 1.0)", "m.argpartition(0, None, np.zeros(3))", "m.argpartition(0, None)",
    # trace and diagonal: offset, axis1, axis2 in order.
    "m.trace(0, np.float32, None, True)", "m.trace(0, 'a')", "m.trace(0, [1])", "m.trace(0, 1, 1.0)",
    "m.trace(0, None, 1.0)", "m.trace(0, np.float64(1.0))", "m.trace(0, np.float32(1.0))", "m.trace(np.True_)",
    "v.trace(0, 1, 0, None, 1)", "m.diagonal(0, 'a')", "m.diagonal(0, np.float32)", "m.diagonal(0, 1, None)",
    "m.diagonal('a', None)", "m.diagonal(0, 1.0)",
    # astype: dtype, order, casting.
    "m.astype(None, None, None, None, True)", "m.astype(0, None, None)", "m.astype(np.float32, 1)",
    "m.astype(np.float32, 'C', 1)", "m.astype(None, None, 1)", "m.astype(np.float32, None, 'safe', None)",
    # reshape and transpose: the first item that is no int.
    "m.reshape(0, None, None, True)", "m.reshape(None, True)", "m.reshape(True, None)", "m.reshape(2, True, 3)",
    "m.reshape(0, np.float32, None, True)", "m.reshape(2, 3.0)", "m.transpose(0, None, True)",
    "m.transpose(1, True)", "m.transpose(0, np.float32, None, True)",
    # item: the indices counted first.
    "m.item(0, None, None, True)", "m.item(None, None, None, None, True)", "m.item(0, True, 1)",
    "m.item((0, None, 1))", "m.item(True, 0)", "m.item((True, None))", "m.item(None)", "m.item(1, 2)",
]:
    ORDER.append(call)

WIDENED = [FLOAT, VECTOR, "w = np.array([2, -1, 4, 0])"]
for call in [
    # searchsorted of arrays that are not sorted: NumPy's search keeps a bound from the previous key.
    "v.searchsorted([0, 1])", "v.searchsorted([1, 0])", "v.searchsorted((0, 1))", "v.searchsorted([[0, 1]])",
    "v.searchsorted([3, 0, 5, -2, 1], 'right')", "v.searchsorted([np.nan, 0, 1])", "w.searchsorted([0, 1, 2, 3])",
    "w.searchsorted([4, 3, 2, 1, 0], 'right')", "np.searchsorted(v, [0, 1, 5])",
    "np.array([1.0, 2.0, 3.0, 4.0, 5.0]).searchsorted([2.5, 0.0, 4.5, 4.5])",
    # argmax, argmin, cumsum: the axis converted first.
    "m.argmax([1, 0], 0)", "m.argmax(2.0, 'right')", "m.argmin([0, 5], 'clip')", "m.cumsum([1, 0], 0)",
    "m.cumsum(2.0, 'right')", "m.cumsum(np.float32, 'C', 'unsafe')",
    # mean, var, std count the items of their axes first.
    "v.mean(1, True)", "v.mean(True)", "v.mean(1, 'K')", "v.mean(1, 0)", "m.mean(np.True_)", "v.std(True)",
    "v.std(1, None, None, True, None)", "m.std(np.True_)", "v.var((0, 1))", "m.var((1, True))", "m.mean(True)",
    # A NumPy scalar is its dtype; an array is none.
    "m.astype(np.array([1, 0]))", "m.astype(np.int64(1), None)", "m.astype(np.True_)", "m.astype(np.float32(2))",
    "np.zeros(2, np.int8(3))", "np.dtype(np.array(1))",
    # view: an explicit None type is no type.
    "m.view(0, None)", "m.view(None, None)", "m.view(np.int64(1), None)", "m.view(np.array([1, 0]))",
    "m.view(np.float64, None)", "m.view(None)", "w.view(None)", "w.view(None).dtype",
    # repeat's counts: an intp array of them.
    "m.repeat(np.int64)", "m.repeat([[0, 1]])", "v.repeat(((1, 2),))", "v.repeat([1, 0, 2, 1])",
    # repeat: the axis converted first, the number of counts checked before their signs.
    "m.repeat(None, 'F')", "m.repeat((0, -1))", "m.repeat((0, -1), 1)", "m.repeat((0, -1, 2), 1)", "m.repeat(-1)",
    "m.repeat([-1])", "m.repeat([-1, 2], 0)", "m.repeat(-1, 5)", "m.repeat((0, -1), 5)", "np.repeat(m, [-1, 2], 0)",
    "np.repeat(5, [-1])",
    # clip counts its arguments before the dtype is read; item converts its indices in order.
    "b = np.array([[True, False, True], [False, False, True]]); b.clip(None, None, None, None)",
    "b.clip(None, None, 5)", "t = np.arange(8.0).reshape(2, 2, 2) - 3.5; t.item(0, None, True)", "t.item(5, None, 1)",
    "t.item(1, 0, 1)", "t.item(7)",
    # reshape and transpose of a type.
    "m.reshape(np.int64)", "m.transpose(np.int64)",
]:
    WIDENED.append(call)

FIXTURES = {
    "459-method-positional-arguments-in-numpys-order": (
        "array methods given positional arguments, bound and converted in NumPy's order: the reductions' dtype, "
        "out and keepdims; clip's out and arity; compress's condition and axis; partition's axis and kind; trace, "
        "diagonal, astype, reshape, transpose and item.",
        ["import numpy as np"] + ORDER,
    ),
    "460-method-positional-probe-findings": (
        "what the widened method probe found: searchsorted of an unsorted array, axes converted first by argmax, "
        "cumsum, mean, var and std, NumPy scalars as dtypes, view with None, repeat's counts and axis, clip's "
        "arity, item's indices.",
        ["import numpy as np"] + WIDENED,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
