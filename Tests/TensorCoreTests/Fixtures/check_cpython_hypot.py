#!/usr/bin/env python3
"""Checks that CPython 3.11's two-argument math.hypot (its own vector_norm, not the C library's) is correctly rounded,
while `abs(complex)` and NumPy's np.hypot take glibc's (GlibcMath.hypot). docbuild's math.hypot now runs vector_norm
itself (CPythonMath.swift, held to CPython by check_cpython_libm.py). Run: `python3 Tests/TensorCoreTests/Fixtures/check_cpython_hypot.py [COUNT]` (default
300,000 seeded pairs over exponents near and far apart); it prints how many differ from mpmath's correctly rounded
value, and, for comparison, how many glibc's hypot (through ctypes) differs on. Last run: 0 and 1046 of 300,000.
"""

import ctypes
import math
import random
import sys

import mpmath

mpmath.mp.prec = 200
LIBM = ctypes.CDLL("libm.so.6")
LIBM.hypot.restype = ctypes.c_double
LIBM.hypot.argtypes = [ctypes.c_double, ctypes.c_double]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    rng = random.Random(1)
    cpython = glibc = 0
    for _ in range(count):
        spread = rng.choice([0, 0, 3, 30, 300])
        x = rng.uniform(-1, 1) * 2.0 ** rng.randint(-spread, spread)
        y = rng.uniform(-1, 1) * 2.0 ** rng.randint(-spread, spread)
        exact = float(mpmath.sqrt(mpmath.mpf(x) ** 2 + mpmath.mpf(y) ** 2))
        cpython += math.hypot(x, y) != exact
        glibc += LIBM.hypot(x, y) != exact
    print(f"{count} pairs: math.hypot differs from the correctly rounded value on {cpython}, glibc's hypot on {glibc}")


if __name__ == "__main__":
    main()
