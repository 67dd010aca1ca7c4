#!/usr/bin/env python3
"""Writes random complex statistics statements for `Fuzz/numpy_differential.py --statements`, to check every bit of
docbuild's complex `np.var`/`np.std` (complex64 and complex128, with `axis=`, `ddof=`, `keepdims=`, `dtype=`,
`where=`), `np.mean` with `where=`, `np.nanvar`, `np.nanstd`, `np.ptp` and `np.average` (with real or complex
`weights=`, `returned=`) against NumPy's.

Run: python3 Benchmarks/complex_statistics_probe.py --seed 38 --count 400 > /tmp/complex-statistics.txt
     python3 Fuzz/numpy_differential.py --statements /tmp/complex-statistics.txt --docbuild .build/debug/docbuild \
         --out /tmp/cs
Each statement is one self-contained line: a seeded draw of standard normal parts (some scaled by random powers of
ten, some holding NaN or infinity) of a random shape up to three axes, in complex64 or complex128, laid out C-ordered,
transposed, Fortran-ordered, reversed or with a step, reduced over a random axis, tuple of axes or all, and shown with
`.tolist()` or `.item()` (every digit). The same seed gives the same statements.
"""
import argparse
import random

SHAPES = [(1,), (2,), (7,), (8,), (9,), (16,), (100,), (129,), (1000,), (4099,), (3, 5), (8, 9), (37, 150),
          (129, 3), (2, 3, 4), (5, 1, 17), (4, 33, 2)]
LAYOUTS = ["{z}", "{z}.T", "{z}.copy(order='F')", "{z}[::-1]", "{z}[..., ::2]", "{z}[1:]"]
FUNCTIONS = ["np.var", "np.std", "np.var", "np.std", "np.nanvar", "np.nanstd", "np.ptp", "np.average", "np.mean"]


def statement(rng):
    shape = rng.choice(SHAPES)
    size = 1
    for extent in shape:
        size *= extent
    seed = rng.randrange(1 << 30)
    dtype = rng.choice(["np.complex64", "np.complex64", "np.complex128"])
    function = rng.choice(FUNCTIONS)
    draw = f"np.random.default_rng({seed}).standard_normal((2, {size}))"
    if rng.random() < 0.3:
        draw += f" * 10.0 ** np.random.default_rng({seed + 1}).integers(-3, 4, (2, {size}))"
    special = 0.5 if function.startswith("np.nan") else 0.08
    if rng.random() < special:
        # NaN or infinity in a real or an imaginary part, once or in every element of a stride.
        step = rng.choice([size + 1, 3, 7]) if size > 1 else size + 1
        draw = (f"np.where(np.arange({2 * size}).reshape(2, {size}) % {step} == {rng.randrange(min(step, 2 * size))}, "
                f"{rng.choice(['np.nan', 'np.nan', 'np.inf', '-np.inf'])}, {draw})")
    z = f"(r[0] + 1j * r[1]).astype({dtype}).reshape({shape})"
    layout = rng.choice(LAYOUTS).format(z=z)
    ndim = len(shape)
    axis = rng.choice([None, None] + list(range(-ndim, ndim)) + ([tuple(range(ndim))[:2]] if ndim > 1 else []))
    keywords = []
    if function in ("np.average",) and isinstance(axis, tuple):
        axis = axis[0]
    if axis is not None:
        keywords.append(f"axis={axis}")
    if function in ("np.var", "np.std", "np.nanvar", "np.nanstd"):
        if rng.random() < 0.3:
            keywords.append(f"ddof={rng.choice([0, 1, 2])}")
    if rng.random() < 0.2:
        keywords.append("keepdims=True")
    if function in ("np.var", "np.std") and rng.random() < 0.1:
        keywords.append(f"dtype={rng.choice(['np.complex128', 'np.complex64'])}")
    if function in ("np.var", "np.std", "np.mean") and rng.random() < (0.5 if function == "np.mean" else 0.15):
        keywords.append("where=np.arange(z.size).reshape(z.shape) % 3 != 1")
    if function == "np.average" and rng.random() < 0.6:
        weights = rng.choice(["np.arange(z.size).reshape(z.shape) % 5 + 0.5",
                              "(np.arange(z.size).reshape(z.shape) % 4 - 1.5) * (1 - 0.5j)"])
        if axis is not None and not isinstance(axis, tuple) and rng.random() < 0.5:
            weights = f"np.arange(z.shape[{axis}]) + 0.25"
        keywords.append(f"weights={weights}")
        if rng.random() < 0.3:
            keywords.append("returned=True")
    call = f"{function}(z{''.join(', ' + k for k in keywords)})"
    shown = f"[np.asarray(v).tolist() for v in {call}]" if "returned=True" in keywords else f"np.asarray({call}).tolist()"
    return f"(lambda r: (lambda z: {shown})({layout}))({draw})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=38)
    parser.add_argument("--count", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for _ in range(args.count):
        print(statement(rng))


if __name__ == "__main__":
    main()
