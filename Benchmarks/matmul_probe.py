#!/usr/bin/env python3
"""Writes a probe book of tutorial-like full-precision prints of matrix products, NumPy's reprs as expected output.

Run: python3 Benchmarks/matmul_probe.py /tmp/probe && docbuild check --content /tmp/probe
Each of its two chapters has 200 products (the first `np.sum((X @ w - y) ** 2)`, `(X @ w).sum()`, `(X @ B)[0, 0]`,
`((X @ w - y) ** 2).mean()`; the second gradient-style `X.T @ (X @ w - y)`, `y @ X`, `X.T @ X2`, `w @ X.T`, …)
of random shapes up to 129 in each extent. The data comes from integer formulas that both compute exactly, so only a
product's summation order can make a statement fail; `docbuild check` counts the ones whose digits differ from
NumPy's. The same bytes on every run (NumPy 2.4.6 on AVX-512 x86-64 writes the expected outputs).
"""
import pathlib
import sys

import numpy as np


def data(name, count, shape, multiplier, modulus):
    return f"{name} = (np.arange({count}) * {multiplier} % {modulus} / {modulus} - 0.5).reshape({shape})"


def chapter(title, seed, expressions):
    rng = np.random.default_rng(seed)
    lines = [f"# {title}", "", "```tensor", ">>> import numpy as np"]
    for i in range(200):
        n, d = int(rng.integers(2, 130)), int(rng.integers(1, 130))
        p = int(rng.integers(2, 70))
        moduli = [int(x) for x in rng.integers(97, 4000, size=5)]
        namespace = {"np": np}
        setup = [
            data("X", n * d, f"{n}, {d}", 7919, moduli[0]),
            data("w", d, f"{d}", 6007, moduli[1]),
            data("y", n, f"{n}", 104729, moduli[2]),
            data("B", d * p, f"{d}, {p}", 3571, moduli[3]),
            data("X2", n * p, f"{n}, {p}", 4099, moduli[4]),
        ]
        expression = expressions[i % len(expressions)]
        for statement in setup:
            exec(statement, namespace)
            lines.append(">>> " + statement)
        lines.append(">>> " + expression)
        lines.append(repr(eval(expression, namespace)))
    lines.append("```")
    return "\n".join(lines) + "\n"


out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
(out / "index.md").write_text("# Matrix product probe\n\n[Losses](01-losses.md) · [Gradients](02-gradients.md)\n")
(out / "01-losses.md").write_text(
    chapter("Losses", 11, ["np.sum((X @ w - y) ** 2)", "(X @ w).sum()", "(X @ B)[0, 0]", "((X @ w - y) ** 2).mean()"]))
(out / "02-gradients.md").write_text(
    chapter("Gradients", 12, ["(X.T @ (X @ w - y)).sum()", "(X.T @ (X @ w - y))[0]", "(y @ X).sum()", "(X @ B).sum()",
                              "(X.T @ X2)[0, 0]", "(X @ B)[-1, -1]", "np.dot(X, w)[-1]", "(w @ X.T)[0]"]))
