#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the calls session 46's speed work answers on shorter paths.

Run: `python3 Tests/SnippetsTests/Fixtures/make_speed46_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/119-*` fixture; rerunning gives identical bytes.

119: `a.sum(axis=0)`, `a.mean(1)`, `a.max(axis=-1, keepdims=True)`, `a.min(None)` with constant arguments, which a
compiled call site now computes without the general path's argument checks, over every dtype, views out of C order,
empty and 0-d receivers, axes out of range and repeated or unusual arguments (the general path's errors); and the
two advanced indices planned without the general walk: one integer array picking whole rows (`a[idx]`, `a[idx, :]`,
`a[idx, ...]`) and one mask of the array's whole shape (`a[mask]`), read, written and viewed.
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


def main():
    statements = REDUCTIONS + TAKES
    write_numpy_fixture(
        HERE / "interpreter" / "119-constant-axis-reductions-and-whole-row-takes.txt", SCRIPT,
        "reductions with constant axis and keepdims arguments, and integer-array and whole-shape mask indexing",
        statements)


if __name__ == "__main__":
    main()
