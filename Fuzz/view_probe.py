#!/usr/bin/env python3
"""Statements that exercise the views docbuild makes directly (session 49, views49): `a[i]`, `a.T`, `a.transpose()`
and `a.reshape(ints…)`.

`Tensor.indexedView(position:)` takes a row of an array of two or more axes as one run of its elements (left in
its operand's until read, for a small array: `DeferredElements.slice`) and places it in the root itself
(`rowView`), and `ViewShortcutRules` makes `a.T`, `a.transpose()` and `a.reshape(…)` the view `viewResult` would
make, without its steps; both take the general path for anything else, and in every chapter that made an
`np.matrix` (`Interpreter.makesViewsDirectly`). This writes, for arrays of every storage class and several narrow
dtypes, of 0 to 3 axes (extents of 0 and 1 among them), owning their memory or views of it (slices, steps, reversed
axes, transposes, reshapes, views of views, non-contiguous bases), each operation with positions in and out of range
and shapes that view, copy, infer an extent or fail, each result shown as echoed and by what it says of its memory
(`.base`, `np.shares_memory`, `.flags`, `.strides`), writes through the view and through its base after it was taken,
and gradients through each operation.

Run:
  python3 Fuzz/view_probe.py --write FILE
      writes the statements, one a line, for `python3 Fuzz/numpy_differential.py --statements FILE --show` (NumPy's
      output against docbuild's: 0 wrong is the bar);
  python3 Fuzz/view_probe.py --compare [--docbuild .build/debug/docbuild] [--gradients]
      checks the same statements twice, once as written and once in chapters that made an `np.matrix` first (which
      turns the direct views off), and prints every statement whose diagnostics (line, column and message) differ
      between the two: the direct views must give exactly what the general path gives, errors included.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Benchmarks"))

import everyday_probe  # noqa: E402

# Arrays of each storage class, narrow dtypes, shapes and layouts (besides numpy_differential's setup: a, b, c float64,
# i int64, f float32, u uint8, m float64, z complex).
SOURCES = [
    "a", "c", "i", "f", "m", "z", "u",
    "np.array([[True, False, True], [False, False, True]])",
    "np.arange(12, dtype=np.int32).reshape(3, 4)",
    "np.arange(6, dtype=np.float16).reshape(2, 3)",
    "np.array([[1, -2, 3], [4, 5, -6]], dtype=np.int8)",
    "np.linspace(0.0, 1.0, 12).reshape(3, 4)",
    "np.arange(24).reshape(2, 3, 4)",
    "np.arange(24.0).reshape(4, 3, 2)[::2]",
    "np.zeros((0, 3))", "np.zeros((3, 0))", "np.ones((1, 4))", "np.ones((4, 1))", "np.arange(5.0)",
    "np.array(2.5)", "np.float64(2.5)",
    "a.T", "m[::-1]", "m[:, 1:]", "m[:, ::2]", "m.T[::-1]", "c[:, 0]", "c.transpose(1, 2, 0)", "c[:, ::-1, 1:]",
    "m.reshape(2, 6)", "m.reshape(4, 3).T", "np.arange(36.0).reshape(6, 6)[1::2, ::3]", "i[::-1, ::-1]",
    "np.swapaxes(c, 0, 2)", "m[1:, :][::-1]", "z.reshape(3, 1)", "z[::-1].reshape(1, 3)", "m.T.reshape(3, 4)",
    "np.broadcast_to(b, (2, 3))", "np.asfortranarray(m)", "m.real", "z.imag.reshape(3, 1)",
]

POSITIONS = ["0", "1", "-1", "2", "-2", "3", "-4", "5", "10**20", "True", "np.int64(1)"]
RESHAPES = ["(-1,)", "6, 2", "2, -1", "-1, 3", "3, 4", "4, 3", "2, 3, 2", "2, 2, 3", "12", "1, -1", "-1, 1",
            "2, 6", "3, 2", "0, 3", "2, 2", "-1, -1", "5, 5"]

# How a view `y` of `x` is shown: echoed, and what it says of its memory.
SHOWN = ["y", "y.base is x", "y.base is x.base", "np.shares_memory(y, x)", "y.strides", "y.flags.c_contiguous",
         "y.flags.f_contiguous", "y.flags.writeable", "y.flags.owndata", "y.dtype", "y.shape", "print(y.flags)",
         "type(y)", "y is x"]


def views(source):
    """Each operation on the name x (holding `source`), as the expression that makes y."""
    made = [f"x[{k}]" for k in POSITIONS] + ["x.T", "x.transpose()"] + [f"x.reshape({s})" for s in RESHAPES]
    if source in ("m", "c", "i", "a.T", "m[::-1]", "np.arange(24).reshape(2, 3, 4)"):
        made += ["x[1].T", "x.T[1]", "x[-1].reshape(-1)", "x.reshape(-1)[1:].reshape(1, -1)", "x.T.T", "x[1][0]"]
    return made


def statements():
    result = []
    for source in SOURCES:
        for made in views(source):
            head = f"x = {source}; y = {made}"
            # Every way of showing the view for the commonest forms, the view and its memory for the others.
            fully = made in ("x[1]", "x[-1]", "x[5]", "x.T", "x.transpose()", "x.reshape(2, -1)", "x.reshape(3, 4)",
                             "x[1].T", "x.T[1]")
            for shown in SHOWN if fully else SHOWN[:5]:
                result.append(f"{head}; {shown}")
            # Writes after the view is taken: through the base, then through the view.
            result.append(f"x = ({source}).copy(); y = {made}; x[...] = 7; y")
            result.append(f"x = ({source}).copy(); y = {made}; y[...] = 3; x")
            result.append(f"x = ({source}).copy(); y = {made}; x[(0,) * x.ndim] = 9; y")
            if fully:
                result.append(f"x = {source}; y = {made}; y[...] = 3; x")
                result.append(f"x = ({source}).copy(); y = {made}; y += 1; x, y")
                result.append(f"x = ({source}).copy(); y = {made}; x[-1] = -5; y, x")
        # In functions and comprehensions.
        result.append(f"x = {source}; ys = [x[k] for k in range(-1, 2)]; ys")
        result.append(f"x = {source}; (lambda t: t.T)(x)")
        result.append(f"x = {source}; (lambda t: t.reshape(-1))(x)")
        result.append(f"x = {source}; (lambda t: t[1])(x).base is x")
    # Gradients through each operation: autograd's boxes, and plain arrays in chapters that keep histories.
    for source in ["np.arange(6.0).reshape(2, 3)", "np.linspace(-1.0, 1.0, 12).reshape(3, 4).T",
                   "np.arange(24.0).reshape(2, 3, 4)[:, ::-1]"]:
        for body in ["t[1]", "t[-1] * t[0]", "t.T", "t.T[0]", "t.reshape(-1)", "t.reshape(-1)[1:] ** 2",
                     "t[0].reshape(-1, 1) * t[1]", "t.transpose()"]:
            result.append("from autograd import grad; import autograd.numpy as anp; "
                          f"x = {source}; grad(lambda t: anp.sum(anp.sin({body})))(x)")
            result.append("from autograd import elementwise_grad; import autograd.numpy as anp; "
                          f"x = {source}; elementwise_grad(lambda t: anp.cos({body}))(x)")
    return result


def main():
    everyday_probe.command_line(statements, __doc__.split("\n")[0], fast="direct", what="the direct views")


if __name__ == "__main__":
    main()
