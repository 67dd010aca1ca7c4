#!/usr/bin/env python3
"""Writes random complex product statements for `Fuzz/numpy_differential.py --statements`, to check every bit of
docbuild's complex `@`, `np.matmul`, `np.dot`, `ndarray.dot`, `np.inner` and `np.vdot` against NumPy's.

Run: python3 Benchmarks/complex_product_probe.py --seed 38 --count 600 > /tmp/complex-products.txt
     OPENBLAS_CORETYPE=SkylakeX python3 Fuzz/numpy_differential.py --statements /tmp/complex-products.txt \
         --docbuild .build/debug/docbuild --out /tmp/cp-skylakex
     OPENBLAS_CORETYPE=Haswell python3 Fuzz/numpy_differential.py --statements /tmp/complex-products.txt \
         --docbuild .build/debug/docbuild --out /tmp/cp-haswell
(both must show 0 mismatches: docbuild runs a page with the SkylakeX orders, then with the Haswell ones if some of
its statements fail). Each statement is one self-contained line: a seeded draw of standard normal parts, scaled by
random powers of ten so that a different summation order or a fused multiply-add shows in the last bits, laid out
contiguous, with a step of two or three, reversed, as a matrix column or broadcast, in complex128, complex64 or as a
real operand (a quarter of the short ones drawn from signed zeros, infinities, NaN and a few ordinary values),
and shown with `.item()` or `.tolist()` (every digit of both parts). Lengths cover both sides of
OpenBLAS's blocks (8 elements for zdot, 16 for cdot), of 1,280 (its kernel's prefetching variant) and of 10,000 (its
threaded split). The same seed gives the same statements.
"""
import argparse
import random

LENGTHS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 15, 16, 17, 23, 31, 32, 33, 40, 64, 100, 127, 257, 1000, 1280, 1281,
           4099, 10000, 10001, 12345]

# How an operand of n elements is cut from a draw: the source's length as a multiple of n, and the view.
LAYOUTS = [
    ("contiguous", 1, "{v}"),
    ("step2", 2, "{v}[::2]"),
    ("step3", 3, "{v}[1::3]"),
    ("reversed", 1, "{v}[::-1]"),
    ("column", 2, "{v}.reshape(-1, 2)[:, 1]"),
    ("broadcast", 1, "np.broadcast_to({v}[:1], ({n},))"),
]

SPECIAL = ["0.0", "-0.0", "0.0", "-0.0", "1.0", "-2.5", "0.1", "np.inf", "-np.inf", "np.nan"]

KINDS = ["complex128", "complex128", "complex128", "complex64", "real"]


def operand(rng, n, row):
    """The expression of one operand: rows `row` and `row + 1` of the draw `r` as real and imaginary parts."""
    _, factor, view = rng.choice(LAYOUTS)
    kind = rng.choice(KINDS)
    length = max(n * factor, 1)
    real = f"r[{row}, :{length}]"
    imag = f"r[{row + 1}, :{length}]"
    if kind == "real":
        base = f"{real}"
    elif kind == "complex64":
        base = f"({real} + 1j * {imag}).astype(np.complex64)"
    else:
        base = f"({real} + 1j * {imag})"
    if n == 0:
        return f"{base}[:0]"
    return view.format(v=base, n=n)


def statement(rng):
    n = rng.choice(LENGTHS)
    width = max(3 * n, 1)
    seed = rng.randrange(1 << 30)
    spread = rng.choice([0, 0, 2, 4])
    scale = (f" * 10.0 ** np.random.default_rng({seed + 1}).integers(-{spread}, {spread + 1}, (4, {width}))"
             if spread else "")
    x = operand(rng, n, 0)
    y = operand(rng, n, 2)
    form = rng.choice(["dot", "matmul", "at", "vdot", "inner", "method", "rowcol", "colrow", "revmat"])
    if "complex" not in x + y:
        y = f"({y} * (1 + 0.5j))"
    shown = ".item()"
    if form == "dot":
        body = f"np.dot({x}, {y})"
    elif form == "matmul":
        body = f"np.matmul({x}, {y})"
    elif form == "at":
        body = f"({x}) @ ({y})"
    elif form == "vdot":
        body = f"np.vdot({x}, {y})"
    elif form == "inner":
        body = f"np.inner({x}, {y})"
    elif form == "method":
        body = f"np.asarray({x}).dot({y})"
    elif form == "rowcol":
        body = f"(({x})[None, :] @ ({y})[:, None])"
        shown = ".tolist()"
    elif form == "colrow":
        # A column times a row: NumPy's own loop for every element.
        m = min(n, 6)
        body = f"(({x})[:{m}, None] @ ({y})[None, :{m}])"
        shown = ".tolist()"
    else:
        # A reversed vector times a matrix: NumPy's own loop (gemv takes positive steps only).
        m = min(n, 50)
        body = f"(({x})[:{m}][::-1] @ np.stack([({y})[:{m}], ({y})[:{m}] * 1j], axis=1))"
        shown = ".tolist()"
    if n <= 17 and rng.random() < 0.25:
        # Signed zeros, infinities and NaNs among ordinary values: the signs of zero sums and NaN's spread.
        values = [rng.choice(SPECIAL) for _ in range(4 * width)]
        return f"(lambda r: {body}{shown})(np.array([{', '.join(values)}]).reshape(4, {width}))"
    return (f"(lambda r: {body}{shown})(np.random.default_rng({seed}).standard_normal((4, {width})){scale})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--count", type=int, default=600)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for _ in range(args.count):
        print(statement(rng))


if __name__ == "__main__":
    main()
