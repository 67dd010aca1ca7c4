#!/usr/bin/env python3
"""How often docbuild's float64 elementary results differ from NumPy 2.4.6's on tutorial-sized inputs (seeded,
`count` per function, default 20,000). docbuild computes these functions correctly rounded (Sources/TensorCore/
Elementary, held to mpmath by the tests), so for them the count is how often NumPy's result is not the correctly
rounded value (mpmath at 160 bits); the functions docbuild computes as NumPy does (Sources/CKernels/
numpy_elementary.c: exp, log, tanh, exp2, cosh, power of arrays; numpy_elementary_logs.c: expm1, log1p, log2, log10,
arcsinh, arccosh, arctanh; numpy_elementary_trig.c: sinh, tan, arcsin, arccos, arctan, arctan2, cbrt) are counted
against docbuild's own C kernels, compiled with clang
as in numpy_bits_check.py (power's special lanes, which docbuild gives to its correctly rounded pow, count as
correctly rounded); sin and cos, which docbuild computes as the C library does (Sources/TensorCore/GlibcMath, held to
NumPy's and CPython's bits by NumpyBitsTests and GlibcMathTests), are counted against CPython's math.sin and math.cos,
which call the same glibc functions (before, when docbuild's were correctly rounded, they counted against mpmath). Run
from the repository root on an x86-64 machine with AVX-512:
`python3 Benchmarks/numpy_mismatch_rates.py [count]`."""

import ctypes
import glob
import math
import os
import subprocess
import sys
import tempfile

import mpmath
import numpy as np

mpmath.mp.prec = 160


def correctly_rounded(function, *args):
    return np.array([float(function(*[mpmath.mpf(float(v)) for v in values])) for values in zip(*args)])


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    rng = np.random.default_rng(11)
    wide = rng.uniform(-10, 10, count)
    positive = rng.uniform(0, 100, count)
    base, exponent = rng.uniform(0, 10, count), rng.uniform(-3, 3, count)
    above_minus_one = rng.uniform(-0.99, 10, count)  # drawn where log1p's were, so later draws stay as they were
    rounded = {
        "sqrt": (np.sqrt, mpmath.sqrt, [positive]),
    }
    print(f"NumPy {np.__version__}, {count} inputs per function")
    for name, (numpy_function, exact, args) in rounded.items():
        differ = np.count_nonzero(numpy_function(*args).view(np.uint64) != correctly_rounded(exact, *args).view(np.uint64))
        print(f"{name}: {differ} of {count} ({100 * differ / count:.2f}%) differ (docbuild correctly rounded)")
    for name, numpy_function, c_function in (("sin", np.sin, math.sin), ("cos", np.cos, math.cos)):
        ours = np.array([c_function(v) for v in wide.tolist()])
        differ = np.count_nonzero(numpy_function(wide).view(np.uint64) != ours.view(np.uint64))
        print(f"{name}: {differ} of {count} ({100 * differ / count:.2f}%) differ (docbuild as the C library)")
    with tempfile.TemporaryDirectory() as folder:
        library = os.path.join(folder, "kernels.so")
        sources = sorted(glob.glob(os.path.join("Sources", "CKernels", "*.c")))
        subprocess.run(["clang", "-O2", "-ffp-contract=off", "-shared", "-fPIC", "-I", "Sources/CKernels/include",
                        *sources, "-o", library, "-lm"], check=True)
        kernels = ctypes.CDLL(library)
        kernels.docbuild_numpy_power.restype = ctypes.c_size_t
        kernels.docbuild_numpy_power_rare.restype = ctypes.c_double
        kernels.docbuild_numpy_power_rare.argtypes = [ctypes.c_double, ctypes.c_double]
        for symbol in ("docbuild_numpy_sinh", "docbuild_numpy_tan", "docbuild_numpy_atan2"):
            getattr(kernels, symbol).restype = ctypes.c_size_t
        pointer = ctypes.POINTER(ctypes.c_double)

        def unary(symbol, x):
            out = np.empty_like(x)
            getattr(kernels, symbol)(x.ctypes.data_as(pointer), out.ctypes.data_as(pointer), ctypes.c_size_t(len(x)))
            return out

        def power(x, y):
            out = np.empty_like(x)
            undecided = np.empty(len(x), dtype=np.uint32)
            left = kernels.docbuild_numpy_power(x.ctypes.data_as(pointer), y.ctypes.data_as(pointer),
                                                out.ctypes.data_as(pointer), ctypes.c_size_t(len(x)),
                                                undecided.ctypes.data_as(ctypes.POINTER(ctypes.c_uint32)))
            # SVML's scalar fallback, as NumpyElementary.power finishes those pairs.
            for i in undecided[:left]:
                out[i] = kernels.docbuild_numpy_power_rare(float(x[i]), float(y[i]))
            return out

        def refusing(symbol, x):
            """A kernel that leaves SVML's scalar-fallback lanes undecided, which docbuild refuses: none here."""
            out = np.empty_like(x)
            undecided = np.empty(len(x), dtype=np.uint32)
            left = getattr(kernels, symbol)(x.ctypes.data_as(pointer), out.ctypes.data_as(pointer),
                                            ctypes.c_size_t(len(x)),
                                            undecided.ctypes.data_as(ctypes.POINTER(ctypes.c_uint32)))
            assert left == 0, symbol
            return out

        def arctan2(y, x):
            out = np.empty_like(x)
            undecided = np.empty(len(x), dtype=np.uint32)
            left = kernels.docbuild_numpy_atan2(y.ctypes.data_as(pointer), x.ctypes.data_as(pointer),
                                                out.ctypes.data_as(pointer), ctypes.c_size_t(len(x)),
                                                undecided.ctypes.data_as(ctypes.POINTER(ctypes.c_uint32)))
            assert left == 0
            return out

        own = {
            "exp": (np.exp, lambda x: unary("docbuild_numpy_exp", x), [wide]),
            "log": (np.log, lambda x: unary("docbuild_numpy_log", x), [positive]),
            "tanh": (np.tanh, lambda x: unary("docbuild_numpy_tanh", x), [wide]),
            "exp2": (np.exp2, lambda x: unary("docbuild_numpy_exp2", x), [wide]),
            "cosh": (np.cosh, lambda x: unary("docbuild_numpy_cosh", x), [wide]),
            "expm1": (np.expm1, lambda x: unary("docbuild_numpy_expm1", x), [wide]),
            "log1p": (np.log1p, lambda x: unary("docbuild_numpy_log1p", x), [above_minus_one]),
            "log2": (np.log2, lambda x: unary("docbuild_numpy_log2", x), [positive]),
            "log10": (np.log10, lambda x: unary("docbuild_numpy_log10", x), [positive]),
            "arcsinh": (np.arcsinh, lambda x: unary("docbuild_numpy_arcsinh", x), [wide]),
            "arccosh": (np.arccosh, lambda x: unary("docbuild_numpy_arccosh", x), [positive + 1]),
            "arctanh": (np.arctanh, lambda x: unary("docbuild_numpy_arctanh", x), [wide / 10.5]),
            "power (arrays)": (np.power, power, [base, exponent]),
            "sinh": (np.sinh, lambda x: refusing("docbuild_numpy_sinh", x), [wide]),
            "tan": (np.tan, lambda x: refusing("docbuild_numpy_tan", x), [wide]),
            "arcsin": (np.arcsin, lambda x: unary("docbuild_numpy_asin", x), [rng.uniform(-1, 1, count)]),
            "arccos": (np.arccos, lambda x: unary("docbuild_numpy_acos", x), [rng.uniform(-1, 1, count)]),
            "arctan": (np.arctan, lambda x: unary("docbuild_numpy_atan", x), [wide]),
            "arctan2": (np.arctan2, arctan2, [wide, rng.uniform(-10, 10, count)]),
            "cbrt": (np.cbrt, lambda x: unary("docbuild_numpy_cbrt", x), [wide]),
            "1/(1+np.exp(-x))": (lambda x: 1 / (1 + np.exp(-x)), lambda x: 1 / (1 + unary("docbuild_numpy_exp", -x)),
                                 [wide]),
        }
        for name, (numpy_function, ours, args) in own.items():
            differ = np.count_nonzero(numpy_function(*args).view(np.uint64) != ours(*args).view(np.uint64))
            print(f"{name}: {differ} of {count} ({100 * differ / count:.2f}%) differ (docbuild as NumPy)")


if __name__ == "__main__":
    main()
