#!/usr/bin/env python3
"""Writes the NumPy-breadth transcripts (issue 10) from real Python, NumPy 2.4.6 and HIPS autograd 1.9.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy_fixtures.py`. It rewrites every file it owns in `numpy/`;
rerunning gives identical bytes. CI has no Python, so the files are committed.

Each theme's statements run in one namespace (like one chapter) holding `np` and, as the snippet language makes the
`np.` prefix optional, NumPy's functions under their plain names where Python has no builtin of that name. Themes
whose first statement imports `autograd.numpy as np` run under autograd, so the gradients printed are autograd's.
The output of a statement is what the interactive REPL shows: the repr of an expression's value unless it is None,
what `print` wrote, or the exception's last traceback line `ExcType: message` (class name only).
"""

import builtins
import contextlib
import io
import pathlib
import warnings

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "numpy"

THEMES = {}

THEMES["01-fancy-indexing"] = [
    "a = np.arange(12).reshape(3, 4)",
    "a[[0, 2]]", "a[[2, 0, 2]]", "a[[-1, 0]]", "a[:, [1, 3]]", "a[[0, 1], [1, 2]]", "a[[0, 5]]",
    "a[[0, 1], [0, 1, 2]]", "a[[[0, 1]], [0, 1, 2]]", "a[np.array([1.0])]", "a[[0.5]]", "a[[]]",
    "a[np.array([[0, 1], [2, 0]])]", "a[np.array([[0, 1], [2, 0]]), 1]", "a[1, [0, 3]]", "a[[1], 2]",
    "a[..., [0, 1]]", "a[None, [0, 1]]", "a[[0, 1], None]", "a[1:, [0, 2]]", "a[::-1, [0, 0]]",
    "b = np.arange(24).reshape(2, 3, 4)", "b[:, [0, 2], :]", "b[[0, 1], :, [1, 2]]", "b[0, :, [1, 2]]",
    "b[:, [0, 1], [1, 2]]", "b[[1, 0], [2, 1]]", "b[[1], [2], [3]]", "b[..., [3, 0]].shape", "b[[0, 1], 1:, [0]]",
    "b[:, 1, [0, 2]]", "b[1, 1, [0, 2]]", "b[:, :, np.array([[1, 2]])]", "b[[0, 0, 1]].shape",
    "x = np.array([1.5, -2.0, 3.25, 0.0])", "x[[3, 2, 1, 0]]", "x[[True, False, True, False]]", "x[x > 0]",
    "x[x < -5]", "x[np.array([2, 2, 2])]", "x[[-4]]", "x[[4]]",
    "a[a >= 6]", "a[a > 100]", "a[[True, False, True]]", "a[np.array([True, False])]", "a[:, a[0] > 1]",
    "a[a[:, 0] > 3]", "a[a > 4].shape", "m = np.array([[True, False, True, False], [False] * 4, [True] * 4])",
    "a[m]", "a[np.array([[True]])]", "b[b > 20]", "b[np.array([True, False])]", "b[np.array([True, False]), 1:]",
    "b[:, np.array([True, False, True])]", "b[np.array([[True, False, True], [False, False, True]])]",
    "a[True]", "a[False]", "a[True].shape", "x[True]", "x[None]", "a[[0, 1]][:, 0]",
    "f = np.array([True, False, True])", "f[[0, 2]]", "f[f]", "np.arange(5)[np.array([], dtype=int)]",
    "c = np.array(5.0)", "c[[0]]",
]

THEMES["02-assignment"] = [
    "a = np.zeros((3, 4))", "a[0, 1] = 5", "a", "a[1] = 2.5", "a", "a[:, 2] = [7, 8, 9]", "a",
    "a[1:, ::2] = -1", "a", "a[-1, -1] = 3", "a", "a[0] = [1, 2, 3, 4]", "a[0]",
    "a[0] = [1, 2, 3]", "a[0:2] = [[1, 2, 3, 4]]", "a[0:2]", "a[5] = 1", "a[0, 0, 0] = 1",
    "x = np.arange(6)", "x[2] = 10", "x", "x[0] = 2.7", "x", "x[1] = -3.9", "x", "x[3] = True", "x",
    "x[x > 4] = 0", "x", "x[[0, 1]] = [9, 8]", "x", "x[[0, 1]] = [1, 2, 3]", "x[[0, 0]] = [5, 6]", "x",
    "x[::2] = 7", "x", "x[::-1] = np.arange(6)", "x", "x[4] = np.nan", "x[4] = float('inf')", "x[0] = 'z'",
    "y = np.array([1.0, -2.0, 3.0, -4.0])", "y[y < 0] = 0", "y", "y[[True, False, True, False]] = [10, 20]", "y",
    "y[y > 5] = [1, 2, 3]", "y[y > 5] = np.ones((1, 2))", "y[y > 5] = [4]", "y", "y[1:3] = np.array([0.5, 0.25])", "y", "y[:] = 1", "y", "y[...] = 2", "y",
    "y[[3, 1]] = np.array([7.5, 6.5])", "y", "y[y == 2] = y[y == 2] * 10", "y",
    "f = np.array([True, True, False])", "f[0] = 0", "f", "f[2] = 5", "f", "f[1:] = [0.0, 0.5]", "f",
    "m = np.eye(3)", "m[[0, 1, 2], [2, 1, 0]] = 4", "m", "m[m == 0] = -1", "m", "m[:, 0] = m[:, 1]", "m",
    "b = a", "b[0, 0] = 100", "a[0, 0]", "lst = [x, x]", "x[0] = 42", "lst[1][0]",
    "g = np.ones(3)", "g[1] = np.float64(0.5)", "g", "g[2] = np.int64(7)", "g", "g[0] = np.array(9.0)", "g",
    "np.float64(2.0)[0] = 1",     "e = np.zeros((3, 4))", "e[e == 0] = [1, 2, 3]", "e[np.array([True, False, True])] = [1, 2, 3]",
    "e[e == 0] = np.ones((2, 6))", "e[[0, 1]] = np.ones((3, 4))", "e[1:, [0, 1]] = [1, 2, 3]", "e[1:, [0, 1]] = [1, 2]", "e",
    "z = np.zeros((2, 3))",
    "v = np.arange(5)", "v[0] += 10", "v", "v[1:3] *= 3", "v", "v[[0, 0, 4]] += 1", "v", "v[v > 5] -= 100", "v",
    "v[0] += 1.5", "v", "v[0:1] += 1.5", "v[[0]] += 1.5", "v[0:2] += np.ones((3, 2))", 
    "w = np.ones((2, 3))", "w[:, 1] += np.array([1.0, 2.0])", "w", "w[0] /= 4", "w", "w[1, 2] **= 3", "w",
    "w[w > 1] += w[w > 1]", "w", "w[0] += [1, 2]", "u = w", "u[0, 0] -= 9", "w[0, 0]",
    "lst = [1, [2], 3]", "lst[0] += 5", "lst", "inner = lst[1]", "lst[1] += [4]", "inner", "lst[1] *= 2", "inner",
    "d = {'k': 1}", "d['k'] *= 7", "d", "d['missing'] += 1", "t = (1, 2)", "t[0] += 1", "s = 'ab'", "s[0] += 'c'", "z[:, :] = np.array([1, 2, 3])", "z", "z[0, :] = np.array([[4], [5]])",
]

THEMES["03-indexing-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad, elementwise_grad",
    "x = np.array([1.0, 2.0, 3.0, 4.0])",
    "grad(lambda v: np.sum(v[[0, 0, 2]] ** 2))(x)",
    "grad(lambda v: np.sum(v[v > 2.5] * 3.0))(x)",
    "grad(lambda v: np.sum(v[np.array([[0, 1], [1, 1]])]))(x)",
    "M = np.arange(6.0).reshape(2, 3)",
    "grad(lambda m: np.sum(m[:, [2, 2, 0]] * np.array([1.0, 2.0, 3.0])))(M)",
    "grad(lambda m: np.sum(m[[0, 1], [1, 1]] ** 2))(M)",
    "grad(lambda m: np.sum(m[m > 1.5] ** 3))(M)",
    "grad(lambda m: np.sum(m[1, [0, 2]]))(M)",
    "grad(lambda m: np.sum(m[None, [1, 0]] * 2.0))(M)",
    "elementwise_grad(lambda v: v[[3, 2, 1, 0]] * v)(x)",
    "def setter(v):\n    v[0] = 1.0\n    return np.sum(v)",
    "grad(setter)(x)",
    "def copier(v):\n    out = np.zeros(4)\n    out[0] = v[0]\n    return np.sum(out)",
    "grad(copier)(x)",
    "def derived(v):\n    w = v * 2.0\n    w[1] = 0.0\n    return np.sum(w)",
    "grad(derived)(x)",
    "def constant_write(v):\n    c = np.ones(4)\n    c[1] = 5.0\n    return np.sum(c * v)",
    "grad(constant_write)(x)",
]


# np.broadcast_shapes's own checks, in NumPy's order: each shape as np.empty reads it (None, types, 64 axes, negative
# extents, extents past 2**63 - 1), then more than 32 axes, then a mismatch, then a result too large to index.
THEMES["04-broadcast-shapes"] = [
    "np.broadcast_shapes()", "np.broadcast_shapes(3, (4, 3))", "np.broadcast_shapes([2, 3], (3,))",
    "np.broadcast_shapes(np.array([2, 3]), (3,))", "np.broadcast_shapes((0,), (1,))",
    "np.broadcast_shapes((0,), (3,))", "np.broadcast_shapes((-1,))", "np.broadcast_shapes((3,), (-1,))",
    "np.broadcast_shapes(-1)", "np.broadcast_shapes(None)", "np.broadcast_shapes((2.0,))",
    "np.broadcast_shapes((-1, 2.0))", "np.broadcast_shapes('a')", "np.broadcast_shapes(np.ones(3))",
    "np.broadcast_shapes((1,) * 65)", "np.broadcast_shapes((-1,) * 65)", "np.broadcast_shapes((1,) * 32)",
    "np.broadcast_shapes((1,) * 33)", "np.broadcast_shapes((2,), (3,), (1,) * 40)",
    "np.broadcast_shapes((1,) * 40, (-1,))", "np.broadcast_shapes((2**63 - 1,))", "np.broadcast_shapes((2**63,))",
    "np.broadcast_shapes((-2**70,))", "np.broadcast_shapes((2**62, 0, 4))", "np.broadcast_shapes((2**62, 4, 0))",
    "np.broadcast_shapes((2**62,), (3, 1))", "np.broadcast_shapes(*[(1,)] * 40)",
]

def run_single(statement, namespace):
    """What the interactive REPL shows for one (possibly compound) statement."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(statement + "\n", "<stdin>", "single"), namespace)
    except Exception as error:  # noqa: BLE001 - every exception is part of the transcript
        message = str(error)
        print(f"{type(error).__name__}: {message}" if message else type(error).__name__, file=out)
    return out.getvalue()


def prompted(statement):
    """The statement as typed at the REPL: `>>> ` then `... ` lines, and a bare `...` ending a compound one."""
    lines = statement.split("\n")
    typed = [">>> " + lines[0]] + ["... " + line for line in lines[1:]]
    if len(lines) > 1 or lines[0].rstrip().endswith(":"):
        typed.append("...")
    return typed


def main():
    OUTPUT_FOLDER.mkdir(exist_ok=True)
    for name, statements in THEMES.items():
        namespace = {"np": np}
        namespace.update(
            {key: getattr(np, key) for key in dir(np) if not key.startswith("_") and not hasattr(builtins, key)}
        )
        lines = [f"# {name}: generated by make_numpy_fixtures.py from Python and NumPy {np.__version__}."]
        for statement in statements:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
        (OUTPUT_FOLDER / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
