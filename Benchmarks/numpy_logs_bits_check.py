#!/usr/bin/env python3
"""Counts how often docbuild's kernels for NumPy's float64 log1p, expm1, log2, log10, arcsinh, arccosh and arctanh
(Sources/CKernels/numpy_elementary_logs.c, Intel SVML's algorithms) differ from NumPy itself, over 10^6 seeded float64 inputs per function
(`count`): a quarter in the function's tutorial range, a quarter with a uniformly random exponent (every magnitude
from subnormal to huge, either sign), a quarter of random bit patterns (NaNs with payloads and infinities included)
and a quarter at the edges of the function's domain and of SVML's algorithm (arguments whose mantissa is near a step of
the reciprocal estimate, near 1, near -1 for log1p, near +-1 for arctanh, near SVML's cut at 707.70 and the overflow
for expm1, near the cuts between SVML's paths for small and huge arguments for arcsinh and arccosh, subnormals,
special values). Every code path this CPU has (portable, AVX2, AVX-512) is checked; bits are compared exactly, NaN
payloads included. Every count must be 0 on an x86-64 machine with AVX-512, where NumPy 2.4.6 runs SVML.

Also prints, for the record, how often NumPy's result is not the correctly rounded value (mpmath at 160 bits, on the
first `--before N` inputs of each function, default 100,000): what docbuild printed before these kernels, since it
computed these functions correctly rounded. And times the automatic path against NumPy over the tutorial quarter (best
of 5 in thread CPU time, per value) in the same run.

Compiles the C kernels with clang (they use its vector extensions; contraction off) into a temporary library and calls
it via ctypes. Run from the repository root: `python3 Benchmarks/numpy_logs_bits_check.py [count] [--before N]`.
With `--float32` it checks the float32 log2 and log10 kernels instead (check_float32: 94 million float32 inputs)."""

import ctypes
import glob
import os
import subprocess
import sys
import tempfile
import time

import mpmath
import numpy as np

mpmath.mp.prec = 160

# The mantissas in [1, 2) at which SVML's rounded reciprocal estimate steps (Sources/CKernels/numpy_log_tables.h).
LOG_STEPS = [0x3ff040f000000000, 0x3ff0c97000000000, 0x3ff15b4000000000, 0x3ff1f70000000000, 0x3ff29e6000000000,
             0x3ff3523000000000, 0x3ff4143000000000, 0x3ff4e5f000000000, 0x3ff5c99000000000, 0x3ff6c15000000000,
             0x3ff7d07000000000, 0x3ff8f9c000000000, 0x3ffa41a000000000, 0x3ffbad0000000000, 0x3ffd41c000000000,
             0x3fff080000000000]

SPECIALS = [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
            -2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1.0, -1.0, 2.0, 0.5, -0.5,
            10.0, 1e-300, 1e300, 707.7032713517042, 709.782712893384, 709.7827128933841, -745.2, 1 - 2**-53,
            -1 + 2**-53, 1 + 2**-52]


def quarters(rng, count, tutorial, edges):
    """`count` inputs: the quarters described above, the last made of SPECIALS and a sample of `edges`."""
    quarter = count // 4
    mantissa = rng.uniform(1, 2, quarter)
    scaled = np.ldexp(mantissa, rng.integers(-1074, 1024, quarter)) * rng.choice([-1.0, 1.0], quarter)
    raw = rng.integers(0, 2**64, quarter, dtype=np.uint64).view(np.float64)
    rest = count - 3 * quarter - len(SPECIALS)
    edge = rng.permutation(edges)[:rest] if len(edges) >= rest else np.concatenate(
        [edges, rng.choice(edges, rest - len(edges))])
    return np.concatenate([tutorial(quarter), scaled, raw, np.array(SPECIALS), edge])


def step_mantissas(rng, size):
    """Mantissas in [1, 2) within a few units (or 2^-20 relative) of a step of the reciprocal estimate."""
    steps = rng.choice(np.array(LOG_STEPS, dtype=np.uint64), size)
    near = steps.astype(np.int64) + rng.integers(-4, 5, size)
    wide = (steps.view(np.float64) * (1 + rng.uniform(-2.0**-20, 2.0**-20, size))).view(np.int64)
    return np.where(rng.random(size) < 0.5, near, wide).astype(np.uint64).view(np.float64)


def log1p_inputs(rng, count):
    size = count // 4
    near_minus_one = -1 + np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-53, 0, size // 4))
    tiny = np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-1074, -10, size // 4)) * rng.choice([-1.0, 1.0],
                                                                                               size // 4)
    steps = step_mantissas(rng, size // 4) * 2.0 ** rng.integers(-1, 60, size // 4) - 1
    huge = np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(900, 1024, size // 4))
    edges = np.concatenate([near_minus_one, tiny, steps, huge, [-1 - 2**-52, -2.0, -1e300]])
    return quarters(rng, count, lambda n: rng.uniform(-0.99, 10, n), edges)


def expm1_inputs(rng, count):
    size = count // 4
    cut = 707.7032713517042
    edges = np.concatenate([
        rng.uniform(cut - 1, 710, size // 4), cut * (1 + rng.uniform(-2.0**-45, 2.0**-45, size // 8)),
        rng.uniform(-750, 750, size // 4), rng.uniform(-70, -30, size // 8),
        np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-1074, -1, size // 4)) * rng.choice([-1.0, 1.0], size // 4),
        np.arange(-400, 400) * np.log(2) / 16])
    return quarters(rng, count, lambda n: rng.uniform(-10, 10, n), edges)


def log_family_inputs(rng, count):
    size = count // 4
    edges = np.concatenate([
        step_mantissas(rng, size // 2) * 2.0 ** rng.integers(-1074, 1024, size // 2),
        1 + rng.uniform(-2.0**-20, 2.0**-20, size // 8),
        np.ldexp(rng.uniform(1, 2, size // 8), rng.integers(-1074, -1022, size // 8)),
        2.0 ** np.arange(-1074, 1024), 10.0 ** np.arange(-323, 309), -rng.uniform(0, 10, 100)])
    return quarters(rng, count, lambda n: rng.uniform(0, 100, n), edges)


def arcsinh_inputs(rng, count):
    size = count // 4
    edges = np.concatenate([
        0.0220947265625 * (1 + rng.uniform(-2.0**-40, 2.0**-40, size // 8)), rng.uniform(0.015, 0.03, size // 8),
        2.0**511 * (1 + rng.uniform(-2.0**-40, 2.0**-40, size // 8)),
        np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(480, 1024, size // 4)),
        np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-1074, -5, size // 4)),
        step_mantissas(rng, size // 8) * 2.0 ** rng.integers(-3, 30, size // 8) - 1])
    edges = edges * rng.choice([-1.0, 1.0], len(edges))
    return quarters(rng, count, lambda n: rng.uniform(-10, 10, n), edges)


def arccosh_inputs(rng, count):
    size = count // 4
    edges = np.concatenate([
        1 + np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-52, -1, size // 4)),
        np.sqrt(1 + 2.0**-11) * (1 + rng.uniform(-2.0**-40, 2.0**-40, size // 8)),
        2.0**511 * (1 + rng.uniform(-2.0**-40, 2.0**-40, size // 8)),
        np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(480, 1024, size // 4)),
        rng.uniform(-2, 1, size // 8), [1.0, 1 + 2**-52, 1 - 2**-53]])
    return quarters(rng, count, lambda n: rng.uniform(1, 100, n), edges)


def arctanh_inputs(rng, count):
    size = count // 4
    edges = np.concatenate([
        1 - np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-53, -1, size // 4)),
        np.ldexp(rng.uniform(1, 2, size // 4), rng.integers(-1074, -5, size // 4)),
        rng.uniform(0.9, 1.1, size // 8), step_mantissas(rng, size // 8) - 1, 1 - step_mantissas(rng, size // 8) / 2])
    edges = edges * rng.choice([-1.0, 1.0], len(edges))
    return quarters(rng, count, lambda n: rng.uniform(-1, 1, n), edges)


FUNCTIONS = {
    "log1p": (np.log1p, mpmath.log1p, log1p_inputs),
    "expm1": (np.expm1, mpmath.expm1, expm1_inputs),
    "log2": (np.log2, lambda x: mpmath.log(x, 2), log_family_inputs),
    "log10": (np.log10, mpmath.log10, log_family_inputs),
    "arcsinh": (np.arcsinh, mpmath.asinh, arcsinh_inputs),
    "arccosh": (np.arccosh, mpmath.acosh, arccosh_inputs),
    "arctanh": (np.arctanh, mpmath.atanh, arctanh_inputs),
}


def correctly_rounded(function, x):
    """function(x) rounded once to a double (mpmath at 160 bits), NumPy's special values where mpmath has none."""
    out = np.empty_like(x)
    for i, value in enumerate(x.tolist()):
        try:
            result = function(mpmath.mpf(value))
            out[i] = float(result) if not isinstance(result, mpmath.mpc) else np.nan
        except (ValueError, ZeroDivisionError):
            out[i] = np.nan
    return out


FLOAT32_FUNCTIONS = {"log2": np.log2, "log10": np.log10}


def float32_inputs(rng):
    """Chunks of float32 bit patterns: every mantissa at exponents across the range (the kernels depend on the exponent
    only through K), every subnormal, and 10^7 random patterns (negative numbers, NaNs and infinities included)."""
    mantissas = np.arange(1 << 23, dtype=np.uint32)
    for exponent in [1, 60, 100, 126, 127, 128, 137, 200, 254]:
        yield mantissas | np.uint32(exponent << 23)
    yield mantissas  # zero and the subnormals
    yield rng.integers(0, 2**32, 10_000_000, dtype=np.uint64).astype(np.uint32)


def check_float32(kernels):
    """NumPy's float32 log2 and log10 (SVML's float32 kernels) against docbuild's over float32_inputs: bits compared
    exactly, NaNs as NaNs (docbuild holds float32 values in doubles, where a NaN's payload does not survive)."""
    pointer = ctypes.POINTER(ctypes.c_double)
    failed = False
    for name, numpy_function in FLOAT32_FUNCTIONS.items():
        kernel = getattr(kernels, f"docbuild_numpy_{name}_float32")
        differ = total = 0
        for bits in float32_inputs(np.random.default_rng(2050)):
            x = bits.view(np.float32)
            with np.errstate(all="ignore"):
                expected = numpy_function(x)
                wide = x.astype(np.float64)  # signalling NaNs are quieted
            out = np.empty_like(wide)
            kernel(wide.ctypes.data_as(pointer), out.ctypes.data_as(pointer), ctypes.c_size_t(len(wide)))
            ours = out.astype(np.float32)
            bad = (ours.view(np.uint32) != expected.view(np.uint32)) & ~(np.isnan(ours) & np.isnan(expected))
            for i in np.flatnonzero(bad)[: max(0, 5 - differ)]:
                print(f"  float32 {name}(0x{bits[i]:08x}) = {ours[i]!r}, NumPy {expected[i]!r}")
            differ += int(np.count_nonzero(bad))
            total += len(x)
        print(f"float32 {name}: {differ} of {total} differ from NumPy")
        failed = failed or differ > 0
    return failed


def best_time(function, repeats=5):
    """Best of `repeats` in thread CPU time, which other processes on a loaded machine do not inflate."""
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()
        function()
        best = min(best, time.thread_time() - start)
    return best


def main():
    arguments = sys.argv[1:]
    before = 100_000
    if "--before" in arguments:
        at = arguments.index("--before")
        before = int(arguments[at + 1])
        del arguments[at:at + 2]
    float32_only = "--float32" in arguments
    if float32_only:
        arguments.remove("--float32")
    count = int(arguments[0]) if arguments else 1_000_000
    sources = sorted(glob.glob(os.path.join("Sources", "CKernels", "*.c")))
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        library = os.path.join(folder, "kernels.so")
        subprocess.run([os.environ.get("CC", "clang"), "-O2", "-ffp-contract=off", "-shared", "-fPIC", "-I",
                        "Sources/CKernels/include", *sources, "-o", library, "-lm"], check=True)
        kernels = ctypes.CDLL(library)
        automatic = kernels.docbuild_elementary_path()
        names = ["portable", "avx2", "avx512"]
        pointer = ctypes.POINTER(ctypes.c_double)
        if float32_only:
            sys.exit(1 if check_float32(kernels) else 0)
        print(f"NumPy {np.__version__}, {count} inputs per function, every path up to {names[automatic]}")
        for index, (name, (numpy_function, exact, make_inputs)) in enumerate(FUNCTIONS.items()):
            rng = np.random.default_rng(2040 + index)
            x = make_inputs(rng, count)
            kernel = getattr(kernels, f"docbuild_numpy_{name}")
            with np.errstate(all="ignore"):
                expected = numpy_function(x)
            for path in range(automatic + 1):
                kernels.docbuild_elementary_force_path(path)
                ours = np.empty_like(x)
                kernel(x.ctypes.data_as(pointer), ours.ctypes.data_as(pointer), ctypes.c_size_t(len(x)))
                differ = np.flatnonzero(ours.view(np.uint64) != expected.view(np.uint64))
                print(f"{name} ({names[path]}): {len(differ)} of {len(x)} differ from NumPy")
                for i in differ[:5]:
                    print(f"  {name}({x[i]!r}) = {ours[i]!r}, NumPy {expected[i]!r}")
                failed = failed or len(differ) > 0
            kernels.docbuild_elementary_force_path(-1)
            if before > 0:
                # A seeded sample of all four quarters, and the tutorial quarter's first inputs.
                for label, chosen in (("all inputs", np.random.default_rng(7).choice(len(x), before, replace=False)),
                                      ("the tutorial range", np.arange(min(before, count // 4)))):
                    finite = np.isfinite(expected[chosen])
                    rounded = correctly_rounded(exact, x[chosen])
                    differ = np.count_nonzero(finite & (rounded.view(np.uint64) != expected[chosen].view(np.uint64)))
                    total = np.count_nonzero(finite)
                    print(f"{name}: NumPy is not correctly rounded on {differ} of {total} finite results over "
                          f"{label} ({100 * differ / max(1, total):.3f}%): docbuild's digits differed so before")
            sample = np.ascontiguousarray(x[: count // 4])
            out = np.empty_like(sample)
            ours_time = best_time(lambda: kernel(
                sample.ctypes.data_as(pointer), out.ctypes.data_as(pointer), ctypes.c_size_t(len(sample))))
            numpy_time = best_time(lambda: numpy_function(sample, out=out))
            print(f"{name} ({names[automatic]}): {ours_time / len(sample) * 1e9:.2f} ns per value vs NumPy "
                  f"{numpy_time / len(sample) * 1e9:.2f} ns ({ours_time / numpy_time:.2f}x)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
