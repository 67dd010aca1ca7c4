#!/usr/bin/env python3
"""Writes numpy_fallbacks.json: inputs that Intel SVML's float64 vector kernels (what NumPy 2.4 runs on x86-64 with
AVX-512) send to their scalar fallbacks, and NumPy's own results, all as hex bit patterns. "power": pairs (base,
exponent) for `__svml_pow8_ha`'s `__svml_dpow_ha_cout_rare_internal` (Sources/CKernels/numpy_power_rare.c) --
negative bases with integer and other exponents, results beyond 2^+-1021.5 up to the overflow and down through the
subnormal range, subnormal operands, +-0, +-inf, NaN -- mixed with main-path pairs in the same arrays. "cosh":
arguments beyond |x| = 707.69 for `__svml_cosh8_ha`'s `__svml_dcosh_ha_cout_rare_internal` (svml_half_exp_rare in
numpy_hyperbolic_tables.h) up to and past the overflow, with the special values. Rerun from the repository root; the
output is byte-identical (seeded inputs) on an x86-64 machine with AVX-512, where NumPy 2.4.6 runs SVML."""

import json
import math
import os
import random
import struct

import numpy as np

OUT = os.path.join("Tests", "TensorCoreTests", "Fixtures", "numpy_fallbacks.json")


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def subnormal(rng):
    return from_bits(rng.randint(1, 0x000FFFFFFFFFFFFF))


def targeted(rng, target, count, sign=1.0):
    """Pairs (x, y) with y log2 x close to `target` (x in [1/2, 2], y an integer where x is negative)."""
    pairs = []
    for _ in range(count):
        x = rng.uniform(0.5, 2.0)
        if x == 1.0:
            continue
        y = target / math.log2(x) * (1 + rng.uniform(-2e-3, 2e-3))
        if sign < 0:
            y = float(round(y))
            x = -x
        pairs.append((x, y))
    return pairs


def pairs_of(rng):
    pairs = []
    # Negative bases with small integer exponents (x ** 3 and the like), tutorial sizes and wide ones.
    for y in [3.0, 2.0, 1.0, -1.0, -2.0, -3.0, 4.0, 5.0, 7.0, -5.0, 10.0]:
        pairs += [(-rng.uniform(0, 10), y) for _ in range(1500)]
    pairs += [(-rng.uniform(1, 2) * 2.0 ** rng.randint(-60, 60), float(rng.randint(-40, 40))) for _ in range(4000)]
    pairs += [(-rng.uniform(0, 100), float(rng.randint(-300, 300))) for _ in range(2000)]
    # Negative bases with exponents that are not integers (NaN), and huge even or odd integers (2^52 + 1 is odd).
    pairs += [(-rng.uniform(0, 10), rng.uniform(-5, 5)) for _ in range(1000)]
    pairs += [(-rng.uniform(0, 10), y) for y in [0.5, -0.5, 1 / 3, 2.5, 1e-300, 5e-324] for _ in range(50)]
    pairs += [(-(1 + rng.uniform(-1e-15, 1e-15)), y) for y in [2.0**52 + 1, 2.0**53, 2.0**60, 1e300, -1e300,
                                                                 2.0**52 + 3, -(2.0**52 + 1)] for _ in range(30)]
    # Near -1 (where log2 |x| nearly cancels) with integer exponents.
    pairs += [(-(1 + rng.choice([-1, 1]) * rng.randint(1, 1000) * 2.0**-52), float(rng.randint(-10**6, 10**6)))
              for _ in range(600)]
    # Results beyond 2^+-1021.5: positive bases at every size, then the overflow edge, the subnormal range and its
    # scalings' seams (2^-1022, 2^-1032, 2^-1074, 2^-1084), both signs of the exponent; negative bases too.
    for target in [1021.5, 1022.5, 1023.5, 1024.0, 1025.0, 1100.0, -1021.6, -1022.0, -1023.0, -1031.5, -1032.0,
                   -1033.0, -1050.0, -1074.0, -1075.0, -1076.0, -1083.5, -1084.0, -1085.0, -1200.0]:
        pairs += targeted(rng, target, 600)
        pairs += targeted(rng, target, 300, sign=-1.0)
    pairs += [(rng.uniform(1, 2) * 2.0 ** rng.randint(-1022, 1023), rng.uniform(-3, 3) * 2.0 ** rng.randint(0, 12))
              for _ in range(2000)]
    # Subnormal bases (positive and negative) and exponents.
    pairs += [(subnormal(rng), rng.uniform(-1.2, 1.2)) for _ in range(800)]
    pairs += [(-subnormal(rng), float(rng.randint(-3, 3))) for _ in range(300)]
    pairs += [(rng.uniform(-10, 10), subnormal(rng) * rng.choice([-1, 1])) for _ in range(300)]
    # The special values against each other and against ordinary numbers.
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, from_bits(0x7FF4000000000001),
                from_bits(0xFFF0000000000123), 1.0, -1.0, 5e-324, -5e-324, 1e-310, -1e-310, 2.0, -2.0, 0.5, -0.5, 3.0,
                -3.0, 1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308, 1 + 2.0**-52, -(1 + 2.0**-52),
                1 - 2.0**-53, -(1 - 2.0**-53)]
    exponents = specials + [4.0, 5.0, -4.0, 1 / 3, -0.5, 0.75, 1e10, -1e10, 2.0**52 + 1, 2.0**53, 2.0**53 + 2,
                            -(2.0**52 + 1), 1e300, -1e300, 1023.0, 1024.0, -1074.0, -1075.0, 2.0**31 + 1]
    pairs += [(x, y) for x in specials for y in exponents]
    pairs += [(from_bits(rng.getrandbits(64)), from_bits(rng.getrandbits(64))) for _ in range(2000)]
    pairs += [(from_bits(rng.getrandbits(64)), float(rng.randint(-30, 30))) for _ in range(1000)]
    # Main-path pairs mixed in, so the arrays interleave both paths.
    pairs += [(rng.uniform(0, 10), rng.uniform(-3, 3)) for _ in range(1000)]
    rng.shuffle(pairs)
    return pairs


def cosh_arguments(rng):
    """|x| beyond SVML cosh's main path (707.6998...) up to the overflow (710.4758600739439) and past it, the cuts'
    neighbours, the special values."""
    values = [rng.uniform(707.6998301008017, 710.4758600739439) * rng.choice([-1, 1]) for _ in range(10000)]
    values += [rng.uniform(710.4758600739439, 720) * rng.choice([-1, 1]) for _ in range(200)]
    for edge in [707.6998301008017, 710.4758600739439, 709.782712893384]:
        b = bits(edge)
        values += [from_bits(b + k) * sign for k in range(-5, 6) for sign in (1, -1)]
    values += [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, from_bits(0x7FF4000000000001), 1e308, -1e308]
    values += [rng.uniform(-720, 720) for _ in range(500)]
    return values


def main():
    rng = random.Random(20)
    pairs = pairs_of(rng)
    x = np.array([a for a, _ in pairs], dtype=np.float64)
    y = np.array([b for _, b in pairs], dtype=np.float64)
    with np.errstate(all="ignore"):
        z = np.power(x, y)
    rows = [[f"{bits(a):016x}", f"{bits(b):016x}", f"{bits(c):016x}"]
            for a, b, c in zip(x.tolist(), y.tolist(), z.tolist())]
    x = np.array(cosh_arguments(rng), dtype=np.float64)
    with np.errstate(all="ignore"):
        z = np.cosh(x)
    cosh_rows = [[f"{bits(a):016x}", f"{bits(c):016x}"] for a, c in zip(x.tolist(), z.tolist())]
    document = {"numpy": np.__version__,
                "columns": "power: base, exponent, NumPy's np.power of the arrays; cosh: x, np.cosh (hex bits)",
                "power": rows, "cosh": cosh_rows}
    with open(OUT, "w") as file:
        json.dump(document, file, separators=(",", ":"))
        file.write("\n")


if __name__ == "__main__":
    main()
