#!/usr/bin/env python3
"""Writes the transcript of gradients that Fuzz/gradient_differential.py found silently zero or wrong, from autograd
1.9.1 and NumPy 2.4.6 themselves.

Run: `python3 Tests/SnippetsTests/Fixtures/make_gradfuzz_fixtures.py` (Python 3.11+, NumPy 2.4.6, autograd 1.9.1).
It rewrites `interpreter/50-gradients-fuzzed.txt`; rerunning gives identical bytes.

autograd's `grad(f)` statements are run by autograd. docbuild's own `grad(y, x)` differentiates the recorded
mathematics: its expected output is the Python expression written beside it, evaluated here by autograd (the same
function of `x`) or, where autograd refuses (`endpoint=False`, `retstep=True`), by NumPy from the closed form of the
derivative. Statements run as the REPL runs them (make_interpreter_fixtures.run_single) in one namespace.
"""

import pathlib
import warnings

import numpy as np
from make_interpreter_fixtures import prompted, run_single

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "50-gradients-fuzzed.txt"

ENTRIES = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad",
    "x = np.array([0.31, -1.2, 0.77, 1.9])",
    "s = np.float64(0.7)",
    # np.linspace's ends carry their gradient: autograd's VJP dots linspace(1, 0, num) and linspace(0, 1, num) with g.
    "agrad(lambda a: (anp.linspace(a, 2.0, 5) ** 2).sum())(0.7)",
    "agrad(lambda a: (anp.linspace(-1.0, a, 7) ** 3).sum())(s)",
    "agrad(lambda a: (anp.linspace(a[0], a[-1], 6) * anp.arange(6.0)).sum())(x)",
    "agrad(lambda a: anp.sin(anp.linspace(a[1], 2.0 * a[2], 9)).sum())(x)",
    "agrad(lambda a: anp.linspace(a[0], 1.0, num=4).var())(x)",
    "agrad(lambda a: (anp.linspace(a, 2.0 * a, 1) ** 2).sum())(0.7)",
    "agrad(lambda a: anp.linspace(a, 2.0, 0).sum())(0.7)",
    "agrad(lambda a: anp.linspace(0.0, 2.0, 5).sum() * a)(0.7)",
    # autograd's linspace VJP is `lambda ans, start, stop, num`: other arguments are Python's TypeError for it.
    "agrad(lambda a: anp.linspace(0.0, a, 5, endpoint=False).sum())(0.7)",
    "agrad(lambda a: anp.linspace(a, 1.0, 5, True).sum())(0.7)",
    "agrad(lambda a: anp.linspace(a, 1.0).sum())(0.7)",
    "agrad(lambda a: anp.linspace(a, 1.0, 4, retstep=True)[0].sum())(0.7)",
    "agrad(lambda a: anp.linspace(a, 1.0, 4, dtype=float).sum())(0.7)",
    ("grad((np.linspace(x[0], x[3], 5) ** 2).sum(), x)",
     "agrad(lambda a: (anp.linspace(a[0], a[3], 5) ** 2).sum())(x)"),
    ("grad(np.linspace(s, 3.0, 6).var(), s)", "np.asarray(agrad(lambda a: anp.linspace(a, 3.0, 6).var())(s))"),
    ("grad(np.tanh(np.linspace(x[1], x[2], 4)).sum(), x)",
     "agrad(lambda a: anp.tanh(anp.linspace(a[1], a[2], 4)).sum())(x)"),
    # Where autograd refuses, the mathematics: sample i is start + i * (stop - start) / gaps.
    ("grad((np.linspace(x[0], x[1], 4, endpoint=False) ** 2).sum(), x)",
     "np.array([2 * (np.linspace(x[0], x[1], 4, endpoint=False) * (1 - np.arange(4) / 4)).sum(), "
     "2 * (np.linspace(x[0], x[1], 4, endpoint=False) * (np.arange(4) / 4)).sum(), 0.0, 0.0])"),
    "np.linspace(x[0], x[1], 5, retstep=True)",
    ("grad(np.linspace(x[0], x[1], 5, retstep=True)[1], x)", "np.array([-0.25, 0.25, 0.0, 0.0])"),
    ("grad(np.linspace(x[0], x[1], 3, endpoint=False, retstep=True)[1] * 3.0, x)",
     "np.array([-1.0, 1.0, 0.0, 0.0])"),
    # np.fabs of a 0-d value keeps its path as well.
    "agrad(lambda a: anp.fabs(a) ** 2)(-0.7)",
    "agrad(lambda a: (1.0 / (1.0 + anp.fabs(a) * anp.fabs(a))) ** 2)(s)",
    ("grad(np.fabs(s * -2.0) ** 2, s)", "np.asarray(agrad(lambda a: anp.fabs(a * -2.0) ** 2)(s))"),
    "np.fabs(np.float64(-1.5))",
    "np.fabs(np.array(-2.5))",
    # A traced value made a Python number or a NumPy scalar is autograd's error, not a constant.
    "agrad(lambda a: float(a[0]) * a.sum())(x)",
    "agrad(lambda a: a * float(a))(0.7)",
    "agrad(lambda a: int(a[0]) * a.sum())(x)",
    "agrad(lambda a: complex(a[0]) * a.sum())(x)",
    "agrad(lambda a: anp.float64(a[0]) * a.sum())(x)",
    "agrad(lambda a: np.float64(a.sum()) ** 2)(x)",
    "agrad(lambda a: anp.float32(a[1]) * a.sum())(x)",
    "agrad(lambda a: a.sum() * float(x[0]))(x)",
    "agrad(lambda a: a.sum() * anp.float64(x[0]))(x)",
    ("grad(np.float64(x[0]) * x.sum(), x)", "agrad(lambda a: a[0] * a.sum())(x)"),
    # A running sum starts from the first element, as NumPy's does, so negative zeros stay negative (cumsum's VJP is a
    # reversed running sum of g).
    "np.cumsum(np.array([-0.0, -0.0, 1.0]))",
    "np.cumsum(np.array([[-0.0, 2.0], [-0.0, -0.0]]), axis=0)",
    "m = np.array([[0.31, -1.2, 0.77, 1.9], [-0.45, 0.58, -2.1, 0.12], [1.33, -0.66, 0.05, -0.91]])",
    "agrad(lambda a: (1.0 / (1.0 + anp.sqrt(anp.cumsum(a, axis=0) ** 2 + 1.0) ** 2)).max())(m)",
    ("grad((1.0 / (1.0 + np.sqrt(np.cumsum(m, axis=0) ** 2 + 1.0) ** 2)).max(), m)",
     "agrad(lambda a: (1.0 / (1.0 + anp.sqrt(anp.cumsum(a, axis=0) ** 2 + 1.0) ** 2)).max())(m)"),
]


def main():
    namespace = {"np": np, "__name__": "__main__"}
    lines = [f"# 50-gradients-fuzzed: generated by make_gradfuzz_fixtures.py from NumPy {np.__version__} and autograd."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for entry in ENTRIES:
            statement, expression = entry if isinstance(entry, tuple) else (entry, entry)
            lines.extend(prompted(statement))
            lines.extend(line.rstrip() for line in run_single(expression, namespace).splitlines())
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
