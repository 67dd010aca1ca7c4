#!/usr/bin/env python3
"""Writes glibc_math.json: inputs and CPython's results, as hex bit patterns, for the math functions that CPython takes
from the C library and docbuild computes as glibc does (Sources/TensorCore/GlibcMath): exp, expm1, tanh, sinh, cosh,
log, log10, log1p and pow (also float **), sin, cos, log2 and tan, asin, acos, atan, atan2 and hypot (as `abs()` of
a complex number). Run with CPython on x86-64 Linux with glibc 2.36 or later on a CPU with AVX2 and FMA (the
kind of machine the project's fixtures come from); rerun from the repository root, byte-identical output. Inputs cover
every branch of each algorithm (by the ranges below) and the special values; an input CPython raises for is left out.
"""

import json
import math
import os
import platform
import random
import struct
import sys


def bits(x):
    return f"{struct.unpack('<Q', struct.pack('<d', x))[0]:016x}"


SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308, 1.0, -1.0, 0.5, 2.0]


def one_argument_cases(rng, ranges, count):
    values = list(SPECIALS)
    for low, high, kind in ranges:
        for _ in range(count):
            if kind == "log":
                values.append(math.copysign(10 ** rng.uniform(low, high), rng.choice([-1, 1])))
            else:
                values.append(rng.uniform(low, high))
    return values


# sin and cos: the Taylor branch (|x| < 0.126), the table (< 0.855), pi/2 - |x| (< 2.43), the reduction by pi/2
# (< 105414350), the large reduction beyond, and tiny arguments.
TRIGONOMETRIC_RANGES = [(-0.126, 0.126, "u"), (-0.86, 0.86, "u"), (-2.5, 2.5, "u"), (-100, 100, "u"),
                        (-9, 8, "log"), (8, 308, "log"), (-30, -7, "log")]


def main():
    rng = random.Random(20261130)
    table = {}
    one = {
        "exp": (math.exp, [(-745.2, -708, "u"), (-40, 40, "u"), (-1, 1, "u"), (-20, 0, "log"), (700, 709.8, "u")]),
        "expm1": (math.expm1, [(-40, 40, "u"), (-1.1, 1.1, "u"), (-0.35, 0.35, "u"), (-20, 0, "log"), (38, 709.7, "u")]),
        "tanh": (math.tanh, [(-25, 25, "u"), (-1.2, 1.2, "u"), (-20, 1.4, "log"), (-4, 4, "u")]),
        "sinh": (math.sinh, [(-30, 30, "u"), (-1.1, 1.1, "u"), (-12, 0, "log"), (-710.5, 710.5, "u")]),
        "cosh": (math.cosh, [(-30, 30, "u"), (-0.4, 0.4, "u"), (-12, 0, "log"), (-710.5, 710.5, "u")]),
        "log1p": (math.log1p, [(-0.99, 10, "u"), (-0.3, 0.42, "u"), (-12, 20, "log"), (-300, 300, "log")]),
        "log": (math.log, [(0.93, 1.07, "u"), (0, 100, "u"), (0.5, 3, "u"), (-300, 300, "log"), (-320, -307, "log")]),
        "log10": (math.log10, [(0.5, 2, "u"), (0, 1000, "u"), (0.9, 1.1, "u"), (-300, 300, "log"), (-320, -307, "log")]),
    }
    for name, (function, ranges) in one.items():
        rows = []
        for x in one_argument_cases(rng, ranges, 600):
            try:
                rows.append([bits(x), bits(function(x))])
            except (OverflowError, ValueError):
                pass
        # log1p's |f| < 2^-20 branch: 1 + x just off a power of two.
        if name == "log1p":
            for _ in range(400):
                x = 2.0 ** rng.randint(1, 60) * (1 + rng.uniform(-(2**-21), 2**-21)) - 1
                rows.append([bits(x), bits(function(x))])
        table[name] = rows
    rows = []
    pairs = [(x, y) for x in SPECIALS for y in SPECIALS]
    for _ in range(1500):
        x = 10 ** rng.uniform(-8, 8)
        y = rng.choice([rng.uniform(-12, 12), rng.randint(-6, 6), 0.5, 1.5, 2.0, 3.0, -0.5, 1 / 3])
        pairs.append((x, y))
    for _ in range(300):
        pairs.append((-(10 ** rng.uniform(-3, 3)), float(rng.randint(-9, 9))))
    for _ in range(300):
        pairs.append((rng.uniform(0.999, 1.001), rng.uniform(-1e6, 1e6)))
    for _ in range(200):
        pairs.append((5e-324 * rng.randint(1, 10**6), rng.uniform(-1.5, 1.5)))
    for _ in range(200):
        pairs.append((10 ** rng.uniform(-3, 3), rng.uniform(-1000, 1000)))
    for x, y in pairs:
        try:
            rows.append([bits(x), bits(y), bits(math.pow(x, y))])
        except (OverflowError, ValueError):
            pass
    table["pow"] = rows
    # Added later, from their own generator so that the rows above stay as they were.
    rng = random.Random(20261201)
    later = {
        "sin": (math.sin, TRIGONOMETRIC_RANGES),
        "cos": (math.cos, TRIGONOMETRIC_RANGES),
        # log2: near 1 (its own branch), every table interval, subnormals and the whole exponent range.
        "log2": (math.log2, [(0.955, 1.045, "u"), (0.69, 1.38, "u"), (0, 100, "u"), (-300, 300, "log"),
                             (-320, -307, "log")]),
        # tan: below 0.0608, the table to 0.787, the reductions to 25, to 1e8 and beyond, tiny arguments.
        "tan": (math.tan, [(-0.0608, 0.0608, "u"), (-0.79, 0.79, "u"), (-25, 25, "u"), (-100, 100, "u"),
                           (1.4, 8, "log"), (8, 308, "log"), (-30, -7, "log")]),
    }
    for name, (function, ranges) in later.items():
        rows = []
        for x in one_argument_cases(rng, ranges, 500):
            try:
                rows.append([bits(x), bits(function(x))])
            except (OverflowError, ValueError):
                pass
        table[name] = rows
    # exp and pow results below 2^-512, where glibc's FMA build rounds scale * tmp on its own (it is used twice, once
    # in a branch, so GCC does not fuse it): one input in about 2,000 there tells the two apart.
    rng = random.Random(20261202)
    exp_rows = [-664.0751504605794, -604.2639495212553, -523.5028041613344, -674.2885026048573, -584.5251041021997,
                -565.3452879273349] + [rng.uniform(-745.2, -512) for _ in range(6000)]
    table["exp"] += [[bits(x), bits(math.exp(x))] for x in exp_rows]
    for _ in range(3000):
        x = rng.uniform(0.01, 3)
        y = rng.uniform(-1074, -512) * math.log(2) / math.log(x)
        if x > 0.999 and x < 1.001:
            continue
        try:
            table["pow"].append([bits(x), bits(y), bits(math.pow(x, y))])
        except (OverflowError, ValueError):
            pass
    # asin, acos, atan, atan2 and hypot (CPython's abs() of a complex number calls the C library's hypot; math.hypot is
    # CPython's own), each branch of glibc's algorithms by the ranges below.
    rng = random.Random(20261203)
    inverse = {
        # asin and acos: below 2^-26 (and 2^-56 for acos), the odd polynomial below 0.125, each kind of table row to
        # 0.96875, the square root near 1.
        "asin": (math.asin, [(-30, -7, "log"), (-0.125, 0.125, "u"), (-0.5, 0.5, "u"), (-0.75, 0.75, "u"),
                             (-0.96875, 0.96875, "u"), (0.9, 1, "u"), (-1, -0.96, "u")]),
        "acos": (math.acos, [(-60, -7, "log"), (-0.125, 0.125, "u"), (-0.5, 0.5, "u"), (-0.75, 0.75, "u"),
                             (-0.96875, 0.96875, "u"), (0.9, 1, "u"), (-1, -0.96, "u")]),
        # atan: below 2^-27, the polynomial below 1/16, the table to 1, 1/x's table to 16, 1/x's polynomial to
        # 5.8e15, pi/2 beyond.
        "atan": (math.atan, [(-30, -7, "log"), (-0.0625, 0.0625, "u"), (-1, 1, "u"), (-16, 16, "u"), (1, 16, "log"),
                             (15, 308, "log")]),
    }
    for name, (function, ranges) in inverse.items():
        rows = []
        for x in one_argument_cases(rng, ranges, 500):
            try:
                rows.append([bits(x), bits(function(x))])
            except (OverflowError, ValueError):
                pass
        table[name] = rows
    special_pairs = [(y, x) for y in SPECIALS for x in SPECIALS]
    pairs = list(special_pairs)
    for _ in range(3000):
        # Both quadrants and orders of the ratio, exponents near and far apart (past 2^57 atan2 is a quotient or pi/2),
        # and the scalings below 2^-500 and above 2^500.
        scale = 10 ** rng.choice([0, 0, 0, rng.uniform(-320, 308)])
        pairs.append((math.copysign(10 ** rng.uniform(-3, 3), rng.choice([-1, 1])) * scale,
                      math.copysign(10 ** rng.uniform(-3, 3), rng.choice([-1, 1])) * scale))
    for _ in range(500):
        pairs.append((rng.uniform(-1, 1) * 10 ** rng.uniform(-20, 20), rng.uniform(-1, 1)))
    table["atan2"] = [[bits(y), bits(x), bits(math.atan2(y, x))] for y, x in pairs]
    rows = []
    for x, y in pairs:
        try:
            rows.append([bits(x), bits(y), bits(abs(complex(x, y)))])
        except OverflowError:
            pass
    table["hypot"] = rows
    path = os.path.join(os.path.dirname(__file__), "glibc_math.json")
    header = {"python": platform.python_version(), "libc": "-".join(platform.libc_ver()), "machine": platform.machine()}
    with open(path, "w") as file:
        json.dump({**header, "columns": "input(s) and CPython's result, hex bits", "functions": table}, file,
                  separators=(",", ":"), sort_keys=True)
        file.write("\n")


if __name__ == "__main__":
    sys.exit(main())
