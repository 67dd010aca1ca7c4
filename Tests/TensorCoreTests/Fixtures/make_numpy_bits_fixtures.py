#!/usr/bin/env python3
"""Writes numpy_bits.json: for each function docbuild computes as NumPy does rather than correctly rounded
(Sources/CKernels/numpy_elementary.c; sin and cos, which NumPy takes from the C library, Sources/TensorCore/GlibcMath), inputs (pairs for power) covering every interval and boundary of NumPy's algorithm plus special
values, and NumPy's own result, both as hex bit patterns. Rerun from the repository root; the output is byte-identical
(seeded inputs) on an x86-64 machine with AVX-512, where NumPy 2.4.6 runs the SIMD loops these kernels reproduce."""

import json
import os
import random
import struct

import numpy as np

OUT = os.path.join("Tests", "TensorCoreTests", "Fixtures", "numpy_bits.json")
SPECIALS = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), -float("nan"), 5e-324, -5e-324,
            2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            1.0, -1.0, 0.5, 2.0, 1e-300, 1e300, 1e-10, 1e-5, 0.3, 0.7, 3.0, 10.0, 20.0, 30.0, 700.0, -745.0]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def around(x, rng, count):
    """x, its neighbours up to 3 doubles away, and `count` random doubles within 1% of it."""
    b = bits(x)
    values = [from_bits(b + k) for k in range(-3, 4) if 0 <= b + k < 0x7ff0000000000000]
    values += [x * rng.uniform(0.99, 1.01) for _ in range(count)]
    return values


def tanh_inputs(rng):
    values = list(SPECIALS)
    # NumPy's intervals: [0, 0.1875), then half-binades from 0.1875 to 24, then |x| >= 24 (constant 1). Their edges,
    # each interval's inside, and the huge-argument cut at 1.5 * 2^1023.
    edges = [0.1875, 0.25, 0.375, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0]
    for edge in edges:
        values += around(edge, rng, 10)
    for low, high in zip([0.0] + edges, edges + [40.0]):
        values += [rng.uniform(low, high) for _ in range(200)]
    values += around(1.5 * 2.0**1023, rng, 0) + around(2.0**1023, rng, 0)
    # Tiny arguments: subnormals and every binade below 0.1875, where tanh(x) is x or a rounding away from it.
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -3) for _ in range(600)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values + [-v for v in values]


def exp_inputs(rng):
    values = list(SPECIALS)
    # SVML's main path (|x| < 707.70...), its rare path beyond, the overflow and underflow cuts, the subnormal range
    # and its two scalings, arguments near multiples of ln 2 / 16 (table switches), tiny arguments.
    for edge in [707.7032713517042, -707.7032713517042, 709.782712893384, -708.3964185322641, -745.1332191019411,
                 -744.44007192138, -740.0, 709.0, 2.0**-54]:
        values += around(edge, rng, 20)
    values += [rng.uniform(-10, 10) for _ in range(1500)]
    values += [rng.uniform(-750, 750) for _ in range(1500)]
    values += [rng.uniform(-746, -707) for _ in range(500)] + [rng.uniform(707, 710) for _ in range(200)]
    values += [k * 0.6931471805599453 / 16 for k in range(-200, 200)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -20) * rng.choice([-1, 1]) for _ in range(300)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


# The mantissas at which SVML's rounded reciprocal estimate steps (see numpy_elementary.c).
LOG_STEPS = [0x3ff040f000000000, 0x3ff0c97000000000, 0x3ff15b4000000000, 0x3ff1f70000000000, 0x3ff29e6000000000,
             0x3ff3523000000000, 0x3ff4143000000000, 0x3ff4e5f000000000, 0x3ff5c99000000000, 0x3ff6c15000000000,
             0x3ff7d07000000000, 0x3ff8f9c000000000, 0x3ffa41a000000000, 0x3ffbad0000000000, 0x3ffd41c000000000,
             0x3fff080000000000]


def log_inputs(rng):
    values = list(SPECIALS) + [-1.0, -1e-300, 1.0 + 2.0**-52, 1.0 - 2.0**-53]
    # Every reciprocal step: the mantissas on either side, at several exponents; every table entry; around 1
    # (R near 0), subnormals, the whole exponent range, random bits.
    for step in LOG_STEPS:
        for k in range(-3, 4):
            for e in [0, 1, -1, 30, -1022, 1023]:
                values.append(from_bits(step + k) * 2.0**e)
        values += [from_bits(step) * rng.uniform(0.999, 1.001) for _ in range(20)]
    values += [rng.uniform(1, 2) for _ in range(1000)]
    values += [rng.uniform(0.9, 1.1) for _ in range(500)]
    values += [rng.uniform(0, 10) for _ in range(500)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, 1023) for _ in range(1000)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


# The mantissas in [1/2, 1) at which SVML pow's rounded reciprocal estimate steps (see numpy_elementary.c).
POW_STEPS = [0x3fe0206000000000, 0x3fe0627000000000, 0x3fe0a6a000000000, 0x3fe0ed0000000000, 0x3fe135d000000000,
             0x3fe180f000000000, 0x3fe1cf2000000000, 0x3fe21fd000000000, 0x3fe2736000000000, 0x3fe2c9f000000000,
             0x3fe3240000000000, 0x3fe3812000000000, 0x3fe3e25000000000, 0x3fe446e000000000, 0x3fe4afe000000000,
             0x3fe51d2000000000, 0x3fe58ef000000000, 0x3fe6057000000000, 0x3fe6817000000000, 0x3fe702d000000000,
             0x3fe78a5000000000, 0x3fe8182000000000, 0x3fe8acd000000000, 0x3fe948a000000000, 0x3fe9ecb000000000,
             0x3fea98f000000000, 0x3feb4e9000000000, 0x3fec0e0000000000, 0x3fecd88000000000, 0x3fedae6000000000,
             0x3fee915000000000, 0x3fef823000000000]


def power_inputs(rng):
    """Pairs (base, exponent): every reciprocal step of SVML's log2 at several exponents of the base, tutorial sizes,
    bases near 1 with large exponents, exponents near the overflow and underflow cuts (|y log2 x| = 1021.5),
    subnormal bases, integer exponents, special values, random bits."""
    pairs = []
    for step in POW_STEPS:
        for k in range(-2, 3):
            for e in [0, 1, -1, 10, -1000]:
                pairs.append((from_bits(step + k) * 2.0**e, rng.uniform(-0.9, 0.9)))
    pairs += [(rng.uniform(0, 10), rng.uniform(-3, 3)) for _ in range(1500)]
    pairs += [(1 + rng.uniform(-2.0**-20, 2.0**-20), rng.uniform(-1e7, 1e7)) for _ in range(300)]
    for _ in range(300):
        x = rng.uniform(0.01, 100)
        if x != 1:
            pairs.append((x, 1021.5 / np.log2(x) * rng.uniform(0.999, 1.001)))
    pairs += [(rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -1023), rng.uniform(-0.95, 0.95)) for _ in range(200)]
    pairs += [(rng.uniform(0, 10), float(rng.choice([3, -2, 1, 10, -3, 7]))) for _ in range(200)]
    specials = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), -2.0, -8.0, 1.0, 5e-324, 1e-310, 1e300, -1.0,
                0.5, 2.0]
    exponents = [0.5, -0.5, 2.0, 3.0, -3.0, 1 / 3, float("inf"), -float("inf"), float("nan"), 0.0, 1e10, -1e10,
                 700.3, -1.0]
    pairs += [(x, y) for x in specials for y in exponents]
    pairs += [(from_bits(rng.getrandbits(64)), from_bits(rng.getrandbits(64))) for _ in range(300)]
    return pairs


def exp2_inputs(rng):
    values = list(SPECIALS) + [1022.0, 1023.0, 1024.0, -1022.0, -1074.0, -1075.0, 2047.0, 2048.0, -2048.0]
    # Multiples of 1/16 and their neighbours (the reduction's and the table's seams), tutorial sizes, the subnormal
    # range (one rounding of the scaling), the overflow edge, tiny arguments of either sign, random bits.
    for k in range(-40, 40):
        values += around(k / 16, rng, 2)
    values += [rng.uniform(-10, 10) for _ in range(1500)]
    values += [rng.uniform(-1080, -1020) for _ in range(600)] + [rng.uniform(1020, 1025) for _ in range(200)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -5) * rng.choice([-1, 1]) for _ in range(300)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def cosh_inputs(rng):
    values = list(SPECIALS) + [707.6998301008017, -707.6998301008017, 710.4758600739439, 711.0]
    # Multiples of ln 2 / 16 (the table's seams), tutorial sizes, large arguments up to SVML's main-path limit (the
    # table entries' exponents shifted furthest) and past it, tiny arguments, random bits.
    values += [k * 0.6931471805599453 / 16 for k in range(-300, 300)]
    values += [rng.uniform(-10, 10) for _ in range(1500)]
    values += [rng.uniform(-750, 750) for _ in range(600)] + [rng.uniform(700, 711) for _ in range(200)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -5) * rng.choice([-1, 1]) for _ in range(300)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def trigonometric_inputs(rng):
    """sin and cos, which NumPy 2.4 takes from the C library for float64 (glibc's, Sources/TensorCore/GlibcMath): every
    branch of glibc's algorithm (|x| below 2^-27 and 2^-26, below 0.126, the table to 0.855469, pi/2 - |x| to 2.426265,
    the reduction by pi/2 to 105414350, the large reduction beyond), the table's seams at odd multiples of 1/256,
    arguments near multiples of pi/2, tutorial sizes, random bits."""
    values = list(SPECIALS) + [0.126, 0.855469, 2.426265, 105414350.0, 105414351.0, 2.0**-26, 2.0**-27]
    for k in range(1, 220, 2):
        values += around(k / 256, rng, 1)
    for k in range(-40, 41):
        values += around(k * 1.5707963267948966, rng, 2)
    values += [rng.uniform(-10, 10) for _ in range(1500)]
    values += [rng.uniform(-1, 1) for _ in range(500)] + [rng.uniform(-0.13, 0.13) for _ in range(300)]
    values += [rng.uniform(0.85, 2.43) * rng.choice([-1, 1]) for _ in range(300)]
    values += [10 ** rng.uniform(1, 8) * rng.choice([-1, 1]) for _ in range(400)]
    values += [10 ** rng.uniform(8, 308) * rng.choice([-1, 1]) for _ in range(400)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -20) * rng.choice([-1, 1]) for _ in range(200)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def log1p_inputs(rng):
    """log1p: its domain's edge at -1, tiny arguments (where 1 + x rounds to 1 and the rounding's loss carries the
    result), every reciprocal step of SVML's log of 1 + x, tutorial sizes, huge arguments, random bits."""
    values = list(SPECIALS) + [-1.0 + 2.0**-53, -1.0 - 2.0**-52, -0.5, -2.0**-54, 2.0**-53, 1e308]
    values += [-1 + rng.uniform(1, 2) * 2.0 ** rng.randint(-53, -1) for _ in range(300)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -20) * rng.choice([-1, 1]) for _ in range(300)]
    for step in LOG_STEPS:
        for k in range(-2, 3):
            for e in [0, 1, 5, 40]:
                values.append(from_bits(step + k) * 2.0**e - 1)
    values += [rng.uniform(-0.99, 10) for _ in range(1000)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(0, 1023) for _ in range(300)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def expm1_inputs(rng):
    """expm1: SVML's cut at 707.70 (the fallback, exp's), overflow, below -64 (-1), multiples of ln 2 / 16 (the
    table's seams), tiny arguments, tutorial sizes, random bits."""
    values = list(SPECIALS) + [707.7032713517042, 707.7032713517043, 709.782712893384, 709.7827128933841, -64.0,
                               -64.00000000000001, -745.2]
    values += [rng.uniform(707, 710) for _ in range(200)] + [rng.uniform(-70, -30) for _ in range(200)]
    values += [k * 0.6931471805599453 / 16 for k in range(-300, 300)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -2) * rng.choice([-1, 1]) for _ in range(300)]
    values += [rng.uniform(-10, 10) for _ in range(1000)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def arcsinh_inputs(rng):
    """arcsinh: the cuts between SVML's paths (|x| = 0.0221 for the small polynomial, 2^511 for the scaled one),
    subnormals, tutorial sizes, huge arguments, random bits."""
    values = list(SPECIALS) + [0.0220947265625, 0.022094726562499997, 2.0**511, 2.0**511 * (1 - 2**-53)]
    values += [rng.uniform(0.015, 0.03) * rng.choice([-1, 1]) for _ in range(300)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, 1023) * rng.choice([-1, 1]) for _ in range(600)]
    values += [rng.uniform(-10, 10) for _ in range(1000)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def arccosh_inputs(rng):
    """arccosh: its domain's edge at 1 (x^2 - 1 < 2^-11 takes SVML's small polynomial), 2^511 (the scaled path),
    tutorial sizes, huge arguments, arguments below 1, random bits."""
    values = list(SPECIALS) + [1.0 + 2.0**-52, 1.0002440, 1.000244, 2.0**511, 2.0**511 * (1 - 2**-53)]
    values += [1 + rng.uniform(1, 2) * 2.0 ** rng.randint(-52, -1) for _ in range(500)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(0, 1023) for _ in range(500)]
    values += [rng.uniform(1, 100) for _ in range(1000)] + [rng.uniform(-2, 1) for _ in range(50)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


def arctanh_inputs(rng):
    """arctanh: near +-1 (1 - |x| tiny), subnormals, tutorial sizes, outside the domain, random bits."""
    values = list(SPECIALS) + [1 - 2.0**-53, -(1 - 2.0**-53), 0.5, -0.5]
    values += [(1 - rng.uniform(1, 2) * 2.0 ** rng.randint(-53, -1)) * rng.choice([-1, 1]) for _ in range(500)]
    values += [rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, -2) * rng.choice([-1, 1]) for _ in range(300)]
    values += [rng.uniform(-1, 1) for _ in range(1000)]
    values += [from_bits(rng.getrandbits(64)) for _ in range(300)]
    return values


FUNCTIONS = {"tanh": (tanh_inputs, np.tanh), "exp": (exp_inputs, np.exp), "log": (log_inputs, np.log),
             "exp2": (exp2_inputs, np.exp2), "cosh": (cosh_inputs, np.cosh)}

LATER_FUNCTIONS = {"sin": (trigonometric_inputs, np.sin), "cos": (trigonometric_inputs, np.cos)}

# SVML's log1p, expm1, log2, log10, arcsinh, arccosh and arctanh (Sources/CKernels/numpy_elementary_logs.c).
LOG_FUNCTIONS = {"log1p": (log1p_inputs, np.log1p), "expm1": (expm1_inputs, np.expm1),
                 "log2": (log_inputs, np.log2), "log10": (log_inputs, np.log10),
                 "arcsinh": (arcsinh_inputs, np.arcsinh), "arccosh": (arccosh_inputs, np.arccosh),
                 "arctanh": (arctanh_inputs, np.arctanh)}


def main():
    rng = random.Random(11)
    functions = {}
    for name, (make_inputs, numpy_function) in FUNCTIONS.items():
        x = np.array(make_inputs(rng), dtype=np.float64)
        with np.errstate(all="ignore"):
            y = numpy_function(x)
        functions[name] = [[f"{bits(a):016x}", f"{bits(b):016x}"] for a, b in zip(x.tolist(), y.tolist())]
    pairs = power_inputs(rng)
    x = np.array([a for a, _ in pairs], dtype=np.float64)
    y = np.array([b for _, b in pairs], dtype=np.float64)
    with np.errstate(all="ignore"):
        z = np.power(x, y)
    binary = {"power": [[f"{bits(a):016x}", f"{bits(b):016x}", f"{bits(c):016x}"]
                        for a, b, c in zip(x.tolist(), y.tolist(), z.tolist())]}
    # Added later, from their own generator so that the rows above stay as they were.
    rng = random.Random(12)
    for name, (make_inputs, numpy_function) in LATER_FUNCTIONS.items():
        x = np.array(make_inputs(rng), dtype=np.float64)
        with np.errstate(all="ignore"):
            y = numpy_function(x)
        functions[name] = [[f"{bits(a):016x}", f"{bits(b):016x}"] for a, b in zip(x.tolist(), y.tolist())]
    rng = random.Random(13)
    for name, (make_inputs, numpy_function) in LOG_FUNCTIONS.items():
        x = np.array(make_inputs(rng), dtype=np.float64)
        with np.errstate(all="ignore"):
            y = numpy_function(x)
        functions[name] = [[f"{bits(a):016x}", f"{bits(b):016x}"] for a, b in zip(x.tolist(), y.tolist())]
    document = {"numpy": np.__version__, "columns": "input (hex bits), NumPy's result (hex bits)",
                "functions": functions, "binary": binary}
    with open(OUT, "w") as file:
        json.dump(document, file, separators=(",", ":"))
        file.write("\n")


if __name__ == "__main__":
    main()
