#!/usr/bin/env python3
"""Random statements over float16 (and float32) values for the operations issue 10 added: `//`, `%`, `divmod`,
`fmod`, matrix products, `prod`, `cumsum`, `cumprod`, `median`, `quantile`, `percentile`, one a line.

Run: `python3 Fuzz/float16_statements.py --seed 3 > /tmp/f16.txt`, then
`python3 Fuzz/numpy_differential.py --statements /tmp/f16.txt` compares NumPy's output with docbuild's (any
mismatch is a bug). The same seed gives the same statements; operands mix small, wide, integral and special values
(zeros of both signs, infinities, NaN, 65504, the smallest subnormal).
"""

import argparse
import random

import numpy as np

OPERATIONS = ["//", "%", "divmod", "fmod", "prod", "cumsum", "cumprod", "median", "quantile", "percentile", "matmul",
              "dot", "scalar//", "scalar%"]
SPECIAL = [0.0, -0.0, 1.0, 0.5, 65504.0, 6e-8, "np.inf", "-np.inf", "np.nan", 3.0, -2.5]


def array_text(rng, shape, dtype="np.float16"):
    """A random array literal of `shape`: small, wide, integral or special values."""
    kind = rng.choice(["small", "wide", "int", "special"])
    values = []
    for _ in range(int(np.prod(shape))):
        if kind == "small":
            value = round(rng.uniform(-5, 5), 3)
        elif kind == "wide":
            value = rng.choice([1, -1]) * 10 ** rng.uniform(-6, 4.8)
        elif kind == "int":
            value = rng.randint(-20, 20)
        else:
            value = rng.choice(SPECIAL)
        values.append(value if isinstance(value, str) else repr(float(value)))
    return f"np.array([{', '.join(values)}], dtype={dtype}).reshape({tuple(shape)})"


def statement(rng):
    """One random statement (float32 only for the division operators, which it shares with float16)."""
    shape = rng.choice([[5], [2, 3], [3, 1], [4], [2, 2, 2]])
    dtype = rng.choice(["np.float16", "np.float16", "np.float32"])
    a = array_text(rng, shape, dtype)
    b = array_text(rng, rng.choice([shape, shape[-1:], [1]]), dtype)
    op = rng.choice(OPERATIONS)
    if dtype == "np.float32" and op not in ("//", "%", "divmod", "scalar//", "scalar%"):
        op = "//"
    axis = rng.choice(["None", "0", "-1"])
    if op in ("//", "%"):
        return f"({a}) {op} ({b})"
    if op in ("divmod", "fmod"):
        return f"np.{op}({a}, {b})"
    if op == "scalar//":
        return f"({a}) // {rng.choice(['0.3', '7', '-2.5', '1e-3', '0'])}"
    if op == "scalar%":
        return f"{rng.choice(['0.3', '7', '-2.5', '100.0'])} % ({a})"
    if op == "prod":
        return f"({a}).prod(axis={axis})"
    if op in ("cumsum", "cumprod", "median"):
        return f"np.{op}({a}, axis={axis})"
    if op == "quantile":
        return f"np.quantile({a}, {rng.choice(['0.3', '0.5', '[0.1, 0.9]', '0.77'])}, axis={axis})"
    if op == "percentile":
        return f"np.percentile({a}, {rng.choice(['30', '50', '[10, 90]', '99'])})"
    if op == "matmul":
        m, k, n = rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 4)
        return f"({array_text(rng, [m, k])}) @ ({array_text(rng, [k, n])})"
    k = rng.randint(1, 6)
    return f"np.dot({array_text(rng, [k])}, {array_text(rng, [k])})"


def statements(rng, count):
    return [statement(rng) for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=60)
    arguments = parser.parse_args()
    for statement in statements(random.Random(arguments.seed), arguments.count):
        print(statement)


if __name__ == "__main__":
    main()
