#!/usr/bin/env python3
"""Writes transcripts/14-random-generator.txt from real Python and NumPy: NumPy's modern Generator
(np.random.default_rng) and the legacy RandomState's functions, statement by statement as the REPL shows them (the
repr of an expression's value unless None, what print wrote, or the exception's last traceback line with the class
name only). Rerun from anywhere; the output is byte-identical for the same NumPy version.

A Generator's own repr holds a memory address (`Generator(PCG64) at 0x7F…`), so no statement here echoes one; docbuild
refuses that echo, and `print(rng)` shows NumPy's str, `Generator(PCG64)`.
"""

import contextlib
import io
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent / "transcripts" / "14-random-generator.txt"

STATEMENTS = [
    "rng = np.random.default_rng(0)",
    "rng.random()",
    "rng.random(3)",
    "rng.normal(size=(2, 3))",
    "rng.standard_normal(4)",
    "rng.integers(0, 10, size=5)",
    "rng.integers(5)",
    "rng.integers(1, 6, size=(2, 2), endpoint=True)",
    "rng.uniform(-1, 1, size=3)",
    "rng.exponential(2.0, size=3)",
    "rng.binomial(10, 0.5, size=4)",
    "rng.binomial(10, 0.5)",
    "rng.poisson(3.0, size=4)",
    "rng.poisson(0.0)",
    "rng.choice(5, size=3, replace=False)",
    "rng.choice([10, 20, 30], p=[0.2, 0.0, 0.8], size=4)",
    "rng.choice([1.5, 2.5])",
    "rng.choice(4)",
    "rng.permutation(5)",
    "rng.permutation(np.array([[1, 2], [3, 4], [5, 6]]))",
    "x = np.arange(6.0)",
    "z = x",
    "rng.shuffle(x)",
    "x",
    "z",
    "print(rng)",
    "rng2 = np.random.default_rng([1, 2, 3])",
    "rng2.normal(10.0, 2.0)",
    "np.random.default_rng(42).random(2)",
    "np.random.default_rng(2**40).integers(0, 2**40, size=3)",
    "np.random.default_rng(2**100 + 7).random(2)",
    "np.random.default_rng([2**64, 1, [3, 4]]).integers(0, 100, size=3)",
    "rs = np.random.RandomState(0)",
    "rs.rand(2)",
    "rs.randint(0, 10, size=4)",
    "rs.normal(size=2)",
    "print(rs)",
    "np.random.seed(0)",
    "np.random.randint(10)",
    "np.random.randint(0, 100, size=(2, 3))",
    "np.random.choice(5, 3)",
    "np.random.choice(5, 3, replace=False)",
    "np.random.permutation(4)",
    "np.random.uniform(1, 2, size=2)",
    "np.random.normal(0, 1, 3)",
    "np.random.random(2)",
    "np.random.permutation([1.5, 2.5, 3.5])",
    "rng.permutation((1, 2, 3))",
    "rng.permutation(np.float64(3))",
    "np.random.permutation(np.float64(3))",
    "rng.shuffle(np.float64(3))",
    "y = np.arange(4)",
    "np.random.shuffle(y)",
    "y",
    "rng.integers(5, 5)",
    "rng.integers(0)",
    "rng.normal(0, -1)",
    "rng.choice(3, 5, replace=False)",
    "rng.choice(2, p=[0.5, 0.6])",
    "rng.binomial(5, 1.5)",
    "rng.poisson(-1)",
    "rng.random(-1)",
    "rng.bogus()",
    "np.random.randint(0)",
    "np.random.RandomState(-1)",
    "np.random.default_rng(-1)",
    "np.random.default_rng(-2**70)",
    "np.random.default_rng(1.5)",
    "np.random.seed(25)",
    "r = np.random.randn(27, 73)",
    "r[5, 61].item(), r[5, 62].item()",
    "np.random.seed(1)",
    "np.random.standard_normal(5)",
    "np.random.standard_normal()",
    "np.random.standard_normal((2, 3))",
    "np.random.exponential(size=4)",
    "np.random.exponential(2.5, 3)",
    "np.random.standard_exponential(3)",
    "np.random.exponential()",
    "np.random.exponential(size=100000).sum().item()",
    "np.random.exponential(-1.0)",
    "rs = np.random.RandomState(3)",
    "rs.standard_normal(3)",
    "rs.exponential(scale=0.5, size=(2, 2))",
    # The legacy binomial and Poisson samplers (the Generator's algorithms on the MT19937 stream).
    "np.random.seed(1)", "np.random.binomial(10, .5)", "np.random.poisson(2.0)", "np.random.binomial(5, 0.5, 3)",
    "np.random.poisson(size=2)", "np.random.binomial(1000, 0.6, (2, 3))", "np.random.poisson(50.0, 4)",
    "np.random.randn(2)", "rs = np.random.RandomState(7)", "rs.binomial(20, 0.9, 5)", "rs.poisson(0.5, 6)",
    "np.random.binomial(-1, .5)", "np.random.poisson(-1)", "np.random.binomial(3, 1.5)",
    "np.random.poisson(1e19)", "np.random.binomial(1, 0.5, size=100000).sum().item()",
]


def run(statement, namespace):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            try:
                code = compile(statement, "<snippet>", "eval")
            except SyntaxError:
                exec(compile(statement, "<snippet>", "exec"), namespace)
            else:
                value = eval(code, namespace)
                if value is not None:
                    print(repr(value))
    except Exception as error:  # the REPL's last traceback line, class name only
        message = str(error)
        out.write(f"{type(error).__name__}: {message}\n" if message else f"{type(error).__name__}\n")
    return out.getvalue()


def main():
    namespace = {"np": np}
    lines = [
        "# 14-random-generator: NumPy's Generator (default_rng: SeedSequence, PCG64, ziggurat) and the legacy "
        "RandomState's functions.",
        f"# Generated by make_random_transcripts.py from NumPy {np.__version__}; do not edit by hand.",
    ]
    for statement in STATEMENTS:
        lines.append(">>> " + statement)
        lines += [line.rstrip() for line in run(statement, namespace).rstrip("\n").split("\n") if line.strip()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(STATEMENTS)} statements to {OUT}")


if __name__ == "__main__":
    main()
