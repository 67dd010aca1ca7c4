#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the calls session 46's speed work answers on shorter paths.

Run: `python3 Tests/SnippetsTests/Fixtures/make_speed46_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/119-*`, `139-*` and `149-*` fixtures; rerunning gives identical bytes.

119: `a.sum(axis=0)`, `a.mean(1)`, `a.max(axis=-1, keepdims=True)`, `a.min(None)` with constant arguments, which a
compiled call site now computes without the general path's argument checks, over every dtype, views out of C order,
empty and 0-d receivers, axes out of range and repeated or unusual arguments (the general path's errors); and the
two advanced indices planned without the general walk: one integer array picking whole rows (`a[idx]`, `a[idx, :]`,
`a[idx, ...]`) and one mask of the array's whole shape (`a[mask]`), read, written and viewed.
139: `a[1:, ::2] = s`, `a[..., -1:] = v`, `a[None, 1:] = v` with keys of constants, which the write now reads off the
parsed key, into owners, views and arrays of several dtypes, with values that broadcast, do not fit or do not convert,
zero steps and out-of-range ints (the general path's errors), and views of the written array read afterwards.
149: `np.sum(X, axis=0)`, `np.mean(X, 1)`, `np.max(X, axis=-1, keepdims=True)` of a named array with constant
arguments, which a compiled call site now computes as the method, over the same receivers (lists, np.matrix and
Python numbers among them), with other modules' and rebound names' calls beside them.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_speed46_fixtures.py"

RECEIVERS = [
    "np.arange(12.).reshape(3, 4)", "np.arange(12.).reshape(3, 4).T", "np.arange(24.).reshape(2, 3, 4)[:, ::2]",
    "np.array([[1.5, np.nan], [np.inf, -2.0]])", "np.arange(12, dtype=np.int8).reshape(3, 4) * 20",
    "(np.arange(12).reshape(3, 4) % 3 == 0)", "np.arange(12, dtype=np.float32).reshape(3, 4) / 7",
    "np.arange(12, dtype=np.float16).reshape(3, 4) / 7", "np.zeros((0, 3))", "np.float64(2.5)", "np.array(3.0)",
    "(np.arange(6) + 1j).reshape(2, 3)",
]
ARGUMENTS = ["axis=0", "1", "axis=-1", "axis=2", "-3", "axis=None", "None", "axis=0, keepdims=True",
             "keepdims=True", "keepdims=False, axis=1", "1, keepdims=True", "keepdims=1", "axis=1.0", "axis=True"]
REDUCTIONS = []
for receiver in RECEIVERS:
    for method in ["sum", "mean", "max", "min"]:
        for arguments in ARGUMENTS:
            REDUCTIONS.append(f"x = {receiver}; repr(x.{method}({arguments}))")
REDUCTIONS += [
    "x = np.arange(6.).reshape(2, 3); ys = [x.mean(axis=0) for _ in range(3)]; ys[0][0] = 9.0; x, ys",
    "x = np.arange(24.).reshape(2, 3, 4).transpose(2, 0, 1); y = x.sum(axis=1); y.flags.c_contiguous, y",
    "x = [1.0, 2.0]; x.sum(axis=0)",
]

SOURCES = ["np.arange(12.).reshape(3, 4)", "np.arange(24).reshape(2, 3, 4)", "np.arange(5.)",
           "np.arange(12.).reshape(3, 4).T", "np.arange(6, dtype=np.int8).reshape(3, 2)",
           "(np.arange(6).reshape(3, 2) % 2 == 0)", "np.zeros((3, 0))", "np.float64(3.0)"]
INDICES = ["np.array([0, 2])", "np.array([-1, 0, -1])", "np.array([[0, 1], [1, 0]])", "np.array([], dtype=int)",
           "np.array([-4])", "np.array([5])", "np.array([1, 0], dtype=np.uint8)"]
TAKES = []
for source in SOURCES:
    for index in INDICES:
        for tail in ["", ", :", ", ...", ", :, :, :"]:
            TAKES.append(f"a = {source}; i = {index}; r = a[i{tail}]; repr(r), r.shape, np.shares_memory(r, a)")
    TAKES += [
        f"a = {source}; m = a > 2; repr(a[m])",
        f"a = {source}; m = np.ones(np.shape(a), dtype=bool); repr(a[m])",
        f"a = {source}; m = np.zeros((7,), dtype=bool); repr(a[m])",
        f"a = {source}; a[a > 2] = 7; repr(a)",
        f"a = {source}; i = np.array([0, 0]); a[i] += 1; repr(a)",
        f"a = {source}; i = np.array([0, -1]); b = a[i]; b[...] = 9; repr(a), repr(b)",
    ]


WRITE_TARGETS = ["np.arange(12.).reshape(3, 4)", "np.linspace(0, 1, 20).reshape(4, 5)", "np.arange(24).reshape(2, 3, 4)",
                 "np.arange(12.).reshape(3, 4).T", "np.arange(10.)", "np.zeros((3, 3), dtype=bool)",
                 "np.arange(6, dtype=np.int8).reshape(2, 3)", "np.arange(6.).reshape(2, 3)[:, ::2]"]
WRITE_KEYS = ["1:, ::2", ":", "::-1", ":, 0", "..., -1:", "None, 1:", "-2:, :-1", "::0", "1:, ::2, 0", "::2, ::-2",
              "-100:100", "5, :"]
WRITE_VALUES = ["7", "-1.5", "np.nan", "np.array([1.0, 2.0])", "[[1], [2]]", "True", "2**62"]
WRITES = []
for target in WRITE_TARGETS:
    for key in WRITE_KEYS:
        for value in WRITE_VALUES:
            WRITES.append(f"a = {target}; b = a; a[{key}] = {value}; repr(a), b is a")
    WRITES += [
        f"a = {target}; v = a[...]; a[1:] = 0; repr(a), repr(v)",
        f"a = {target}; c = a.copy(); a[:1] = 5; repr(a), repr(c)",
        f"a = {target}; v = a[::-1]; a[::2] = 3; w = a.T; a[-1:] = 4; repr(v), repr(w)",
    ]


FUNCTIONS = []
for receiver in RECEIVERS + ["[[1.0, 2.0], [3.0, 4.5]]", "np.matrix([[1, 2], [3, 4]])", "5"]:
    for function in ["sum", "mean", "max", "min", "amax"]:
        for arguments in ARGUMENTS:
            FUNCTIONS.append(f"x = {receiver}; repr(np.{function}(x, {arguments}))")
FUNCTIONS += [
    "import numpy as xp; x = np.arange(6.).reshape(2, 3); xp.sum(x, axis=0)",
    "x = np.arange(6.).reshape(2, 3); s = np.sum; s(x, axis=0)",
    "x = np.arange(6.).reshape(2, 3); r = [np.mean(x, axis=0) for _ in range(3)]; r[0][0] = 9; r, x",
    "x = np.arange(6.).reshape(2, 3); np.sum(y, axis=0)",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "149-constant-axis-reduction-functions.txt", SCRIPT,
        "np.sum, np.mean, np.max and np.min of a named array with constant axis and keepdims arguments", FUNCTIONS)
    write_numpy_fixture(
        HERE / "interpreter" / "139-constant-key-slice-writes.txt", SCRIPT,
        "slice writes whose keys are constants, into owners and views, with NumPy's errors", WRITES)
    statements = REDUCTIONS + TAKES
    write_numpy_fixture(
        HERE / "interpreter" / "119-constant-axis-reductions-and-whole-row-takes.txt", SCRIPT,
        "reductions with constant axis and keepdims arguments, and integer-array and whole-shape mask indexing",
        statements)


if __name__ == "__main__":
    main()
