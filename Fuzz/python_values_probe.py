#!/usr/bin/env python3
"""NumPy functions given Python lists, tuples, ranges and numbers, NumPy scalars and arrays: identity and memory.

Each statement calls one function that may return its argument, a view or a new array (`np.asarray`, the view
functions, `np.real`, `np.resize`, ...) on one kind of input, and prints what NumPy's answer is made of: whether it is
the argument itself, its type, OWNDATA, whether its `.base` is the argument, that base and WRITEABLE. NumPy makes an
array of a Python value first (`asarray`), so its views are views of that array, which session 50 found docbuild
answering as arrays of their own (fixtures `interpreter/501-*`, `503-*`, `504-*`).

Usage: `python3 Fuzz/python_values_probe.py --write F`, then `python3 Fuzz/numpy_differential.py --statements F
--per 200 --show`: mismatches must be none.
"""

import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import everyday_probe  # noqa: E402

INPUTS = [
    "[[1.0, 2.0], [3.0, 4.0]]", "((1, 2), (3, 4))", "[1.0, 2.0, 3.0, 4.0]", "2.5", "7", "(1 + 2j)", "[1j, 2.0]",
    "[True, False]", "range(4)", "np.arange(4.0).reshape(2, 2)", "np.arange(8.0).reshape(2, 4)[:, ::2]",
    "np.asfortranarray(np.arange(6.0).reshape(2, 3))", "np.array(3.5)", "np.float64(1.5)",
    "np.arange(4, dtype=np.int32)",
]

CALLS = [
    "np.asarray(x)", "np.asanyarray(x)", "np.ascontiguousarray(x)", "np.asfortranarray(x)", "np.array(x)",
    "np.asarray(x, dtype=np.float64)", "np.asarray(x, order='F')", "np.asarray(x, dtype=np.int64)",
    "np.atleast_1d(x)", "np.atleast_2d(x)", "np.atleast_3d(x)", "np.ravel(x)", "np.squeeze(x)", "np.transpose(x)",
    "np.reshape(x, -1)", "np.expand_dims(x, 0)", "np.flip(x)", "np.real(x)", "np.imag(x)", "np.copy(x)",
    "np.array(x, copy=None)", "np.asarray(x).view()", "np.diagonal(x)", "np.broadcast_to(x, np.shape(x))",
    "np.asarray(x).astype(np.float64, copy=False)", "np.matrix_transpose(x)", "np.nan_to_num(x, copy=False)",
    "np.conj(x)", "np.positive(x)", "np.asarray_chkfinite(x)", "np.fliplr(x)", "np.flipud(x)", "np.rot90(x)",
    "np.swapaxes(x, 0, -1)", "np.moveaxis(x, 0, -1)", "np.diag(x)", "np.trim_zeros(x)", "np.resize(x, (2,))",
    "np.resize(x, (3, 3))", "np.append(x, [])", "np.sort(x)", "np.unique(x)", "np.around(x)", "np.clip(x, 0, 10)",
    "np.ravel(x, order='F')", "np.reshape(x, np.shape(x))", "np.array(x, ndmin=2)", "np.asarray(x)[...]",
    "np.asarray(x)[()]", "np.asarray(x)[:]", "np.split(np.atleast_1d(x), 1)[0]", "np.array_split(x, 2)[-1]",
]


def statements():
    return [
        f"x = {value}; r = {call}; (r is x, type(r).__name__, getattr(r, 'flags', None) and r.flags.owndata, "
        f"getattr(r, 'base', None) is x, getattr(r, 'base', None), getattr(r, 'flags', None) and r.flags.writeable)"
        for value, call in itertools.product(INPUTS, CALLS)
    ]


def main():
    everyday_probe.command_line(statements, __doc__.split("\n")[0])


if __name__ == "__main__":
    main()
