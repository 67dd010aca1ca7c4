#!/usr/bin/env python3
"""Writes the transcript of gradients through transposed, permuted and reversed values from autograd 1.9.1 itself.

Run: `python3 Tests/SnippetsTests/Fixtures/make_gradorder_fixtures.py` (Python 3.11+, NumPy 2.4.6, autograd 1.9.1).
It rewrites `interpreter/47-gradients-in-memory-order.txt`; rerunning gives identical bytes. With `--probe PATH` it
writes every generated statement (also those docbuild refuses) to PATH instead, for counting mismatches.

autograd runs NumPy on the real views, so its backward sums (the unbroadcast of a broadcast operand, the mean inside
var's and std's VJP, the sums of a product's VJP) walk the memory of the arrays it holds, in NumPy's order. The
statements differentiate through `.T`, `transpose`, `swapaxes`, `[::-1]`, reshapes of transposes, reductions,
broadcasting against transposes and `@` with transposes, printed in full precision (`np.set_printoptions(precision=17)`).
Each is written twice: as autograd's `grad(f)(x)` (run by autograd) and as docbuild's own `grad(y, x)`, whose output
is autograd's `grad` of the same expression as a function of `x` (the derivative of the same recorded computation).
Statements run as the REPL runs them (make_interpreter_fixtures.run_single) in one namespace that starts with `np`.
"""

import pathlib
import re
import sys
import warnings

import numpy as np
from make_interpreter_fixtures import prompted, run_single

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "47-gradients-in-memory-order.txt"

SETUP = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad",
    "np.set_printoptions(precision=17)",
    "rng = np.random.default_rng(47)",
    # Inner runs of at least 8 elements: NumPy's pairwise sum differs from a plain running sum only from there on.
    "x = rng.standard_normal((9, 10))",
    "c = rng.standard_normal((9, 10))",
    "w = rng.standard_normal(10)",
    "u = rng.standard_normal(9)",
    "t = rng.standard_normal((2, 8, 9))",
    "q = rng.standard_normal((10, 10))",
]

# Views of the 2-d argument `a` (9, 10): transposed, swapped, reversed, sliced, and reshapes of transposes.
VIEWS_2D = [
    "a.T", "anp.transpose(a)", "anp.swapaxes(a, 0, 1)", "a[::-1]", "a[:, ::-1]", "a.T[::-1]", "a[::-1, ::-1].T",
    "a.T.reshape(9, 10)", "a.T[:, ::2]", "anp.transpose(a)[1:, ::-1]",
]

# What follows a view `v` of a 2-d value, ending in a scalar.
TAILS_2D = [
    "{v}.sum(axis=0).var()", "{v}.sum(axis=1).var()", "{v}.mean(axis=0).std()", "{v}.mean(axis=1).var()",
    "{v}.var()", "{v}.std()", "{v}.var(axis=0).sum()", "{v}.var(axis=1).sum()", "{v}.std(axis=0).mean()",
    "{v}.std(axis=1, ddof=1).sum()", "({v} ** 2).sum(axis=0).std()", "anp.cumsum({v}, axis=0).var()",
    "anp.cumsum({v}, axis=1).std()", "{v}.max(axis=0).var()", "anp.prod(1.0 + 0.1 * {v}, axis=1).var()",
    "({v} * {v}.sum(axis=0)).var()", "({v} - {v}.mean(axis=1, keepdims=True)).std()",
    "(anp.tanh({v}) * {v}).mean(axis=0).var()", "({v} * {v}.T.sum(axis=1)).sum()",
]

# Broadcasting against transposes and products with transposes: the gradient reaches `a` through a backward sum.
BROADCASTS = [
    "(a.sum(axis=1) * c.T).var()", "(a.mean(axis=0, keepdims=True).T * c.T).var()", "(a.T + a.mean(axis=1)).var()",
    "(a.T * a.T.sum(axis=0, keepdims=True)).var()", "(a.T[:, :1] * a.T).var()", "(a[:, 0] * c.T).std()",
    "(a[0] * c.T[:, :1]).var()", "(a.T * w[:, None]).var()", "(a.T - u).std()", "((a.T - u) ** 2).mean(axis=1).var()",
    "(a[::-1] * u[:, None]).var()", "(anp.swapaxes(a, 0, 1) * a[0][:, None]).std()",
    "(a.T @ a).var()", "(a @ a.T).std()", "(a.T @ c).var()", "(c.T @ a).std()", "(a @ q.T).var()", "(q @ a.T).var()",
    "(a.T @ u).var()", "(u @ a[::-1]).var()", "(a[:, ::-1] @ w).var()", "anp.dot(a.T, c).var()",
    "anp.dot(c.T, a).sum(axis=0).var()", "(a.T @ a).sum(axis=0).var()", "((a @ a.T) ** 2).mean(axis=1).var()",
    "(a.T @ anp.tanh(a)).std()",
]

VIEWS_3D = [
    "a.T", "anp.transpose(a, (1, 0, 2))", "anp.transpose(a, (2, 0, 1))", "a.transpose((1, 2, 0))", "a.swapaxes(0, 2)",
    "a[::-1]", "a.transpose((0, 2, 1))[:, ::-1]",
]
TAILS_3D = [
    "{v}.sum(axis=0).var()", "{v}.sum(axis=1).var()", "{v}.sum(axis=2).std()", "{v}.mean(axis=(0, 1)).var()",
    "{v}.var()", "{v}.var(axis=1).sum()", "{v}.std(axis=2).sum()", "anp.cumsum({v}, axis=1).var()",
    "{v}.max(axis=2).var()", "({v} * {v}.sum(axis=0)).var()",
]


def bodies():
    """Every (argument, body of `lambda a: …`) pair."""
    pairs = [("x", tail.format(v=view)) for view in VIEWS_2D for tail in TAILS_2D]
    pairs += [("x", body) for body in BROADCASTS]
    pairs += [("t", tail.format(v=view)) for view in VIEWS_3D for tail in TAILS_3D]
    return pairs


def statements():
    """The setup, then each body as autograd's grad(f)(x) and as docbuild's grad(y, x) with autograd's answer."""
    result = list(SETUP)
    for argument, body in bodies():
        result.append(f"agrad(lambda a: {body})({argument})")
        docbuild_body = re.sub(r"\ba\b", argument, body)
        result.append((f"grad({docbuild_body}, {argument})", f"agrad(lambda a: {body})({argument})"))
    return result


def main():
    probe = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--probe" else None
    namespace = {"np": np, "__name__": "__main__"}
    lines = [
        "# 47-gradients-in-memory-order: generated by make_gradorder_fixtures.py from NumPy "
        f"{np.__version__} and autograd."
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for statement in statements():
            if isinstance(statement, tuple):
                docbuild_statement, expression = statement
                lines.extend(prompted(docbuild_statement))
                output = run_single(expression, namespace)
            else:
                lines.extend(prompted(statement))
                output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    target = pathlib.Path(probe) if probe else OUTPUT
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
