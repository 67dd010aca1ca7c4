#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the views session 49 makes directly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_views49_fixtures.py` (Python 3.11, numpy 2.4.6, autograd). It
rewrites `interpreter/549-*`; rerunning gives identical bytes.

549: `a[i]` of arrays of two or more axes (a row copied as one slice and placed in the root directly), `a.T`,
`a.transpose()` and `a.reshape(ints…)` (made into views without `viewResult`'s steps), of every storage class and
narrow dtypes, owners and views (slices, steps, reversed axes, transposes, reshapes, views of views), with positions
out of range and shapes that copy or fail (NumPy's errors), each view shown with its base, shared memory, strides and
flags, written through and read after writes to its base, and differentiated by autograd.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_views49_fixtures.py"

SOURCES = [
    "np.arange(12.).reshape(3, 4)", "np.linspace(0.0, 1.0, 12).reshape(3, 4)", "np.arange(24).reshape(2, 3, 4)",
    "np.arange(12.).reshape(3, 4).T", "np.arange(12.).reshape(3, 4)[::-1]", "np.arange(36.).reshape(6, 6)[1::2, ::3]",
    "np.arange(24.).reshape(2, 3, 4)[:, ::-1, 1:]", "np.array([[True, False, True], [False, False, True]])",
    "np.arange(12, dtype=np.int32).reshape(3, 4)", "np.arange(6, dtype=np.float32).reshape(2, 3) / 7",
    "np.array([[1, -2, 3], [4, 5, -6]], dtype=np.int8)", "np.array([[1+2j, -0.5j], [3, 4j]])",
    "np.arange(12.).reshape(4, 3).T[::-1]", "np.asfortranarray(np.arange(6.).reshape(2, 3))",
    "np.zeros((3, 0))", "np.ones((4, 1))", "np.arange(5.)",
]
MADE = ["x[1]", "x[-1]", "x[0]", "x[3]", "x[-4]", "x.T", "x.transpose()", "x.reshape(-1)", "x.reshape(2, -1)",
        "x.reshape(4, 3)", "x.reshape(3, 4)", "x.reshape(2, 2, 3)", "x.reshape(5, 5)", "x[1].T", "x.T[1]"]

STATEMENTS = []
for source in SOURCES:
    for made in MADE:
        head = f"x = {source}; y = {made}"
        STATEMENTS.append(f"{head}; repr(y), y.base is x, y.base is x.base")
        # docbuild refuses the strides of an empty array's reshape and np.shares_memory of complex arrays.
        if "zeros" not in source:
            STATEMENTS.append(f"{head}; y.strides")
        if "j" not in source:
            STATEMENTS.append(f"{head}; np.shares_memory(y, x)")
        STATEMENTS.append(f"{head}; y.flags.c_contiguous, y.flags.f_contiguous, y.flags.writeable, y.flags.owndata")
        STATEMENTS.append(f"x = ({source}).copy(); y = {made}; x[...] = 7; repr(y)")
        STATEMENTS.append(f"x = ({source}).copy(); y = {made}; y[...] = 3; repr(x)")
        STATEMENTS.append(f"x = ({source}).copy(); y = {made}; x[(0,) * x.ndim] = 9; y += 1; repr(x), repr(y)")
    STATEMENTS.append(f"x = {source}; ys = [x[k] for k in range(-1, 2)]; ys[0] is ys[1], [repr(y) for y in ys]")
    STATEMENTS.append(f"x = {source}; f = lambda t: t.T.reshape(-1); repr(f(x))")
for source in ["np.arange(6.).reshape(2, 3)", "np.linspace(-1.0, 1.0, 12).reshape(3, 4).T",
               "np.arange(24.).reshape(2, 3, 4)[:, ::-1]"]:
    for body in ["t[1]", "t[-1] * t[0]", "t.T", "t.T[0]", "t.reshape(-1)", "t.reshape(-1)[1:] ** 2",
                 "t[0].reshape(-1, 1) * t[1]", "t.transpose()"]:
        STATEMENTS.append(f"from autograd import grad; import autograd.numpy as anp; x = {source}; "
                          f"repr(grad(lambda t: anp.sum(anp.sin({body})))(x))")


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "549-views49-rows-transposes-and-reshapes.txt", SCRIPT,
        "a[i], a.T, a.transpose() and a.reshape(ints) of owners and views, their memory, writes and gradients",
        STATEMENTS)


if __name__ == "__main__":
    main()
