#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the NumPy features session 34 (numpy34, issue 10) added,
found refused in NumPy's own docstring examples: the ufuncs' `nin`, `nout`, `nargs`, `ntypes`, `types` and
`signature`, the array attribute `mT` (a view), and the writing functions `np.copyto`, `np.putmask` and `np.place`
(values, the writes seen through views, and their errors); `np.array_equal(equal_nan=True)`, `np.trace` of stacked
integer matrices and `np.pad`'s dict of widths; `where=` of `np.any`, `np.all`, and of `np.mean`, `np.var` and
`np.std` of integer and bool arrays. The last fixture's CPython messages about a ufunc name `numpy.ufunc`, which docbuild
wrote as 'builtin_function_or_method' before.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34_numpy34_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/228-numpy34-ufunc-attributes-and-mt.txt`, `229-numpy34-copyto-putmask-place.txt`,
`233-numpy34-ufunc-type-in-messages.txt`, `234-numpy34-equal-nan-stacked-trace-pad-dict.txt` and
`235-numpy34-where-in-statistics.txt`; rerunning gives identical bytes.
"""

import pathlib
import re
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
ATTRIBUTES_OUTPUT = HERE / "interpreter" / "228-numpy34-ufunc-attributes-and-mt.txt"
WRITES_OUTPUT = HERE / "interpreter" / "229-numpy34-copyto-putmask-place.txt"
MESSAGES_OUTPUT = HERE / "interpreter" / "233-numpy34-ufunc-type-in-messages.txt"
KEYWORDS_OUTPUT = HERE / "interpreter" / "234-numpy34-equal-nan-stacked-trace-pad-dict.txt"
MASKED_OUTPUT = HERE / "interpreter" / "235-numpy34-where-in-statistics.txt"


def ufunc_names():
    """The ufuncs the snippet language has (`PythonNames.ufuncs`)."""
    source = (HERE.parents[2] / "Sources" / "Snippets" / "Interpreter" / "PythonNames.swift").read_text()
    found = re.search(r"static let ufuncs: Set<String> = \[(.*?)\]", source, re.S)
    # NumPy 2's array-API aliases (`np.acos`) and the newest ufuncs, which the language refuses, are left out.
    left_out = {"acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "pow", "matvec", "vecdot", "vecmat"}
    return [name for name in re.findall(r'"(\w+)"', found.group(1)) if name not in left_out]


ATTRIBUTE_STATEMENTS = [
    "np.add.nargs, np.multiply.nargs, np.power.nargs, np.exp.nargs",
    "np.add.nin, np.multiply.nin, np.power.nin, np.exp.nin",
    "np.add.nout, np.multiply.nout, np.power.nout, np.exp.nout",
    "np.add.ntypes, np.multiply.ntypes, np.power.ntypes, np.exp.ntypes, np.remainder.ntypes",
    "np.add.types",
    "np.sin.types",
    "np.divmod.nout, np.frexp.nout, np.modf.nargs, np.isnan.types",
    "np.matmul.signature",
    "print(np.add.signature)",
    "np.abs.types == np.absolute.types",
    "f = np.logaddexp",
    "f.nin + f.nout, len(f.types) == f.ntypes",
    "np.sin.nouts",
    # Every ufunc the language has.
    *[f"np.{name}.nin, np.{name}.nout, np.{name}.nargs, np.{name}.ntypes, np.{name}.signature"
      for name in ufunc_names()],
    *[f"np.{name}.types" for name in ufunc_names()],
    # The stacked matrices' transpose: a view of the last two axes.
    "a = np.arange(6).reshape(2, 3)",
    "a.mT",
    "a.mT.shape, a.mT.strides",
    "b = np.arange(24).reshape(2, 3, 4)",
    "b.mT",
    "b.mT.shape, b.mT.strides",
    "np.shares_memory(b, b.mT), b.mT.base is b",
    "t = b.mT",
    "t[0, 1, 2] = 100",
    "b[0]",
    "b.mT.mT is b, (b.mT.mT == b).all()",
    "np.arange(3).mT",
    "np.array(5).mT",
    "np.float64(2.0).mT",
    "np.ones((2, 1, 3)).mT.shape",
    "np.array([[1.5, 2j], [3, 4]]).mT",
    "np.arange(4, dtype=np.int8).reshape(2, 2).mT",
    "np.matrix_transpose(b) .shape == b.mT.shape",
]

WRITE_STATEMENTS = [
    # np.copyto, the docstring's examples first.
    "A = np.array([4, 5, 6])",
    "B = [1, 2, 3]",
    "np.copyto(A, B)",
    "A",
    "A = np.array([[1, 2, 3], [4, 5, 6]])",
    "B = [[4, 5, 6], [7, 8, 9]]",
    "np.copyto(A, B)",
    "A",
    "A = np.array([1, 2, 3])",
    "np.copyto(A, 7)",
    "A",
    "np.copyto(A, True), A",
    "np.copyto(A, 1.5)",
    "np.copyto(A, 1j)",
    "np.copyto(A, [1.5, 2, 3])",
    "np.copyto(A, [1.5, 2, 3], casting='unsafe'), A",
    "np.copyto(A, np.array([4.0, 5.0, 6.0]), casting='unsafe'), A",
    "np.copyto(A, [1, 2])",
    "np.copyto([1, 2], [1, 2])",
    "np.copyto((1, 2), [1, 2])",
    "np.copyto(A, [[1, 2, 3], [4, 5, 6]])",
    "F = np.zeros(3)",
    "np.copyto(F, np.array([1, 2, 3])), F",
    "np.copyto(F, 2), F",
    "np.copyto(F, [[7], [8]])",
    "M = np.zeros((2, 3), dtype=np.int32)",
    "np.copyto(M, [10, 20, 30]), M",
    "np.copyto(M, np.arange(2).reshape(2, 1)), M",
    "np.copyto(M.T, np.array([[1, 2], [3, 4], [5, 6]])), M",
    "np.copyto(M[:, 1], -1), M",
    "C = np.zeros(2, dtype=complex)",
    "np.copyto(C, [1, 2j]), C",
    "I8 = np.zeros(3, dtype=np.int8)",
    "np.copyto(I8, 300)",
    "np.copyto(I8, [100, 200, 300]), I8",
    "np.copyto(I8, np.int64(5)), I8",
    "Z = np.zeros(3, dtype=bool)",
    "np.copyto(Z, 1)",
    "np.copyto(Z, [0, 1, 2]), Z",
    "np.copyto(Z, np.array([0, 1, 0])), Z",
    "np.copyto(np.array(1.0), 2)",
    "S = np.array(1.0)",
    "np.copyto(S, [3.5]), S",
    "R = np.arange(4)",
    "view = R[::2]",
    "np.copyto(view, [10, 20]), R, view",
    "ro = np.broadcast_to(np.arange(3), (2, 3))",
    "np.copyto(ro, 1)",
    # np.putmask.
    "x = np.arange(6).reshape(2, 3)",
    "np.putmask(x, x>2, x**2)",
    "x",
    "x = np.arange(5)",
    "np.putmask(x, x>1, [-33, -44])",
    "x",
    "x = np.arange(5)",
    "np.putmask(x, x > 2, [1.5, 2.7]), x",
    "x = np.arange(5)",
    "np.putmask(x, x > 2, 9.9), x",
    "x = np.arange(5)",
    "np.putmask(x, x > 2, np.array([1.5]))",
    "np.putmask(x, x > 2, np.array([7], dtype=np.int8)), x",
    "x = np.arange(5)",
    "np.putmask(x, x > 2, []), x",
    "np.putmask(x, [[1, 0, 1, 0, 1]], [7]), x",
    "np.putmask(x, [1, 0, 1], [7])",
    "np.putmask(x, 1, 7)",
    "np.putmask([1, 2], [True, False], 1)",
    "y = np.arange(5.0)",
    "np.putmask(y, y < 2, np.array([10, 20])), y",
    "np.putmask(y, [True] * 5, [-1.0, -2.0, -3.0]), y",
    "i8 = np.arange(5, dtype=np.int8)",
    "np.putmask(i8, i8 > 2, 300)",
    "np.putmask(i8, i8 > 2, [100, 120]), i8",
    "g = np.arange(12).reshape(3, 4)",
    "np.putmask(g[:, 1:3], g[:, 1:3] % 2 == 0, [0, -1, -2]), g",
    "np.putmask(g.T, g.T > 8, 99), g",
    "np.putmask(ro, ro > 0, 1)",
    "s = np.array(3)",
    "np.putmask(s, True, 8), s",
    "np.putmask(s, False, 9), s",
    "m = np.zeros(4, dtype=bool)",
    "np.putmask(m, [1, 0, 1, 0], [1]), m",
    # np.place.
    "arr = np.arange(6).reshape(2, 3)",
    "np.place(arr, arr>2, [44, 55])",
    "arr",
    "arr = np.arange(5)",
    "np.place(arr, arr > 1, [1.5, 2.7]), arr",
    "arr = np.arange(5)",
    "np.place(arr, arr > 2, [])",
    "np.place(arr, arr > 10, []), arr",
    "np.place(arr, arr > 2, np.array([1.5]))",
    "np.place(arr, [1, 0, 1, 0, 1], [9]), arr",
    "np.place(arr, [1, 0, 1], [9])",
    "np.place([1, 2], [True, False], [1])",
    "np.place(arr, arr > 5, 300), arr",
    "i8 = np.arange(5, dtype=np.int8)",
    "np.place(i8, i8 > 2, [1.7, 300])",
    "np.place(i8, i8 > 2, [-1, -2, -3]), i8",
    "g = np.arange(12).reshape(3, 4)",
    "np.place(g[::2], g[::2] > 2, [-1, -2, -3]), g",
    "np.place(g.T, g.T % 5 == 0, [70, 80]), g",
    "c = np.zeros(3, dtype=complex)",
    "np.place(c, [True, False, True], [1j, 2]), c",
    "f32 = np.zeros(4, dtype=np.float32)",
    "np.place(f32, [1, 1, 0, 1], [0.1, 0.2]), f32",
]

# CPython's messages name a ufunc's class, `numpy.ufunc`; docbuild named 'builtin_function_or_method' (wrong on main).
MESSAGE_STATEMENTS = [
    "np.sin.foo",
    "np.add.nouts",
    "np.sin + 1",
    "1 - np.cos",
    "np.sin[0]",
    "len(np.sin)",
    "np.sin * np.cos",
    "-np.exp",
    "np.multiply < 3",
    "for x in np.add: pass",
    "np.sin.nin, np.sin.nout",
    "np.sqrt.__name__, np.add.__name__",
    "callable(np.sin), callable(np.add.reduce)",
    "np.sin(0.5) == np.sin(0.5)",
]

# np.array_equal(equal_nan=True) of real values, np.trace of integer arrays of more than two axes, and np.pad's dict
# of widths by axis (NumPy 2.3).
KEYWORD_STATEMENTS = [
    "a = np.array([1, np.nan])",
    "np.array_equal(a, a)",
    "np.array_equal(a, a, equal_nan=True)",
    "np.array_equal(a, np.array([1, np.nan]), equal_nan=True)",
    "np.array_equal(a, np.array([np.nan, 1]), equal_nan=True)",
    "np.array_equal(a, [1, 2], equal_nan=True)",
    "np.array_equal(a, [1, np.nan, 3], equal_nan=True)",
    "np.array_equal([1, 2], [1, 2], equal_nan=True)",
    "np.array_equal([1, 2], [1.0, 2.0], equal_nan=True)",
    "np.array_equal(np.array([np.nan], dtype=np.float32), np.array([np.nan]), equal_nan=True)",
    "np.array_equal(np.array([[np.nan, 0.0]]), np.array([[np.nan, -0.0]]), equal_nan=True)",
    "np.array_equal(np.array([np.inf, np.nan]), np.array([np.inf, np.nan]), equal_nan=True)",
    "np.array_equal(np.array([np.inf, np.nan]), np.array([-np.inf, np.nan]), equal_nan=True)",
    "np.array_equal(np.array([1.5, np.nan]), np.array([1, np.nan]), equal_nan=True)",
    "np.array_equal(np.array([1.5, np.nan]), np.array([1.5, np.nan]), equal_nan=False)",
    "np.array_equal(np.zeros(0), np.zeros(0), equal_nan=True)",
    "np.array_equal(np.array(np.nan), np.nan, equal_nan=True)",
    "np.array_equal(np.array([True, False]), np.array([1, 0]), equal_nan=True)",
    "np.array_equal(np.array([np.nan, 2]), np.array([np.nan, 2]), equal_nan=0)",
    "np.array_equal(np.array([np.nan, 2]), np.array([np.nan, 2]), equal_nan=1)",
    # np.trace of stacked integer matrices.
    "np.trace(np.eye(3))",
    "a = np.arange(8).reshape((2,2,2))",
    "np.trace(a)",
    "a = np.arange(24).reshape((2,2,2,3))",
    "np.trace(a).shape",
    "np.trace(a)",
    "np.trace(a, offset=1)",
    "np.trace(a, offset=-1)",
    "np.trace(a, offset=5)",
    "np.trace(np.arange(24).reshape(3, 2, 4), offset=1)",
    "np.trace(np.ones((2, 3, 2), dtype=bool))",
    "np.trace(np.arange(8, dtype=np.int8).reshape(2, 2, 2))",
    "np.trace(np.arange(8, dtype=np.uint8).reshape(2, 2, 2))",
    "np.trace(np.arange(8, dtype=np.uint32).reshape(2, 2, 2), offset=-1)",
    "np.trace(np.full((2, 2, 2), 100, dtype=np.int8))",
    "np.trace(np.arange(27).reshape(3, 3, 3)[::-1])",
    "np.trace(np.arange(27).reshape(3, 3, 3).transpose(2, 0, 1))",
    "np.trace(np.zeros((0, 2, 3), dtype=int))",
    "np.trace(np.zeros((2, 0, 3), dtype=int))",
    # np.pad's dict of widths by axis.
    "a = np.arange(1, 7).reshape(2, 3)",
    "np.pad(a, {1: (1, 2)})",
    "np.pad(a, {-1: 2})",
    "np.pad(a, {0: (3, 0)})",
    "np.pad(a, {0: (3, 0), 1: 2})",
    "np.pad(a, {})",
    "np.pad(a, {1: 1, 1: (0, 2)})",
    "np.pad(a, {1: 1, -1: 3})",
    "np.pad(a, {0: 1}, mode='edge')",
    "np.pad(a, {1: (2, 1)}, mode='reflect')",
    "np.pad(a, {0: 1}, constant_values=9)",
    "np.pad(a, {2: 1})",
    "np.pad(a, {-3: 1})",
    "np.pad(a, {0: -1})",
    "np.pad(np.arange(3.0), {0: (1, 2)})",
    "np.pad(np.arange(3), {0: 2}, mode='wrap')",
]

# where= of np.any, np.all and (of integer and bool arrays) np.mean, np.var, np.std, functions and methods.
MASKED_STATEMENTS = [
    "np.any([[True, False], [False, False]], where=[[False], [True]])",
    "np.all([[True, True], [False, True]], where=[[True], [False]])",
    "a = np.array([[5, 9, 13], [14, 10, 12], [11, 15, 19]])",
    "np.mean(a)",
    "np.mean(a, where=[[True], [False], [False]])",
    "a = np.array([[14, 8, 11, 10], [7, 9, 10, 11], [10, 15, 5, 10]])",
    "np.std(a, where=[[True], [True], [False]])",
    "np.var(a, where=[[True], [True], [False]])",
    "m = a % 2 == 0",
    "np.mean(a, where=m)",
    "np.mean(a, axis=0, where=m)",
    "np.mean(a, axis=1, where=m)",
    "np.mean(a, axis=1, where=m, keepdims=True)",
    "np.mean(a, axis=(0, 1), where=m)",
    "np.mean(a, axis=-1, where=[True, False, True, True])",
    "a.mean(where=m)",
    "a.mean(axis=0, where=m)",
    "a.mean(1, where=m)",
    "np.var(a, axis=0, where=[[True], [True], [False]], ddof=1)",
    "np.std(a, axis=0, where=[[True], [True], [False]], keepdims=True)",
    "a.var(where=[[True], [True], [False]])",
    "a.std(axis=1, where=np.array([True, False, True, False]))",
    "a.var(0, None, None, 0, True, where=[[True], [True], [False]])",
    "np.mean(a, where=True)",
    "np.var(a, where=True)",
    "np.mean(a, where=np.ones(a.shape, dtype=bool))",
    "np.mean(np.array([True, False, True, True]), where=[True, True, False, True])",
    "np.mean(np.arange(10, dtype=np.uint8), where=np.arange(10) > 4)",
    "np.std(np.arange(10, dtype=np.int16), where=np.arange(10) < 5)",
    "np.mean(np.array([-3, -1, 4]), where=[True, False, True])",
    "np.std(np.array([2, 4, 4, 4, 5, 5, 7, 9]), where=np.ones(8, dtype=bool))",
    "np.var(np.array([1, 2, 3, 4]), where=[True, True, True, False])",
    "np.var(np.array([1, 2]), where=[True, True])",
    "np.std(np.array([0, 1]), where=[True, True])",
    # any and all.
    "b = np.array([[0, 1, 0], [2, 0, 0]])",
    "np.any(b, where=[True, False, True])",
    "np.any(b, axis=0, where=[True, False, True])",
    "np.any(b, axis=1, where=[[False], [True]])",
    "np.all(b, where=[[False, True, False], [True, False, False]])",
    "np.all(b, axis=0, where=[[True], [False]], keepdims=True)",
    "b.any(where=[False, False, False])",
    "b.all(where=[False, False, False])",
    "b.all(axis=1, where=np.array([[True, True, False], [True, False, False]]))",
    "np.any(np.array([np.nan, 0.0]), where=[True, False])",
    "np.all(np.array([np.nan, 0.0]), where=[True, False])",
    "np.any([0.0, 0.5], where=[True, False])",
    "np.all(np.array([[1.5, 0.0], [2.0, -1.0]]), axis=0, where=[[True, False], [True, True]])",
    "np.any(b, where=True)",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        ATTRIBUTES_OUTPUT,
        "make_session34_numpy34_fixtures.py",
        "the ufuncs' nin, nout, nargs, ntypes, types and signature, and the stacked transpose a.mT (a view)",
        ATTRIBUTE_STATEMENTS,
    )
    write_numpy_fixture(
        WRITES_OUTPUT,
        "make_session34_numpy34_fixtures.py",
        "np.copyto, np.putmask and np.place: values, writes through views and their errors",
        WRITE_STATEMENTS,
    )
    write_numpy_fixture(
        MESSAGES_OUTPUT,
        "make_session34_numpy34_fixtures.py",
        "CPython's messages about a ufunc name its class, numpy.ufunc",
        MESSAGE_STATEMENTS,
    )
    write_numpy_fixture(
        KEYWORDS_OUTPUT,
        "make_session34_numpy34_fixtures.py",
        "np.array_equal(equal_nan=True), np.trace of stacked integer matrices and np.pad's dict of widths by axis",
        KEYWORD_STATEMENTS,
    )
    write_numpy_fixture(
        MASKED_OUTPUT,
        "make_session34_numpy34_fixtures.py",
        "where= of np.any, np.all and, of integer and bool arrays, np.mean, np.var and np.std",
        MASKED_STATEMENTS,
    )
