#!/usr/bin/env python3
"""Counts how often docbuild's NumPy-bits kernels (Sources/CKernels/numpy_elementary.c, and glibc_trigonometric.c for
sin and cos, which NumPy takes from the C library) differ from NumPy itself over
10^6 seeded random float64 inputs per function: a quarter uniform in [-10, 10], a quarter uniform in [-750, 750] (exp's
overflow and subnormal ranges), a quarter with a uniformly random exponent (every magnitude from subnormal to huge,
either sign), a quarter random bit patterns (NaNs and infinities included).
Compiles the C kernels with clang (they use its vector extensions) (contraction off) into a temporary library and calls it via ctypes.
Every code path this CPU has (portable, AVX2, AVX-512) is checked. Also times the automatic path and NumPy over the
uniform [-10, 10] quarter (best of 5 in thread CPU time, per value) in the same run. Run from the repository
root: `python3 Benchmarks/numpy_bits_check.py [count]`. Every count must be 0 on an AVX-512
x86-64 machine (NumPy's own loops differ elsewhere); bits are compared exactly, NaN payloads included."""

import ctypes
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

import glob

SOURCES = sorted(glob.glob(os.path.join("Sources", "CKernels", "*.c")))  # numpy_elementary.c and the path choice
FUNCTIONS = {"tanh": ("docbuild_numpy_tanh", np.tanh), "exp": ("docbuild_numpy_exp", np.exp),
             "log": ("docbuild_numpy_log", np.log), "exp2": ("docbuild_numpy_exp2", np.exp2),
             # glibc's, which NumPy calls for float64 (Sources/CKernels/glibc_trigonometric.c).
             "sin": ("docbuild_glibc_sin_array", np.sin), "cos": ("docbuild_glibc_cos_array", np.cos)}


def inputs(count, seed):
    rng = np.random.default_rng(seed)
    quarter = count // 4
    uniform = rng.uniform(-10, 10, quarter)
    wide = rng.uniform(-750, 750, quarter)
    mantissa = rng.uniform(1, 2, quarter)
    exponent = rng.integers(-1074, 1024, quarter)
    scaled = np.ldexp(mantissa, exponent) * rng.choice([-1.0, 1.0], quarter)
    raw = rng.integers(0, 2**64, count - 3 * quarter, dtype=np.uint64).view(np.float64)
    return np.concatenate([uniform, wide, scaled, raw])


def power_inputs(count, seed):
    """Bases and exponents: a quarter of tutorial-sized ones (base in (0, 10], exponent in [-3, 3]), a quarter of
    bases of every magnitude with exponents in [-10, 10], a quarter of bases within 2^-20 of 1 with large exponents
    and exponents near the overflow and underflow limits, a quarter of random bit patterns."""
    rng = np.random.default_rng(seed)
    quarter = count // 4
    x = [rng.uniform(0, 10, quarter), np.ldexp(rng.uniform(1, 2, quarter), rng.integers(-1074, 1024, quarter))]
    y = [rng.uniform(-3, 3, quarter), rng.uniform(-10, 10, quarter)]
    near_one = 1 + rng.uniform(-2.0**-20, 2.0**-20, quarter)
    base = rng.uniform(0.01, 100, quarter)
    limit = 1021.5 / np.log2(base) * rng.uniform(0.999, 1.001, quarter)
    x.append(np.where(np.arange(quarter) % 2 == 0, near_one, base))
    y.append(np.where(np.arange(quarter) % 2 == 0, rng.uniform(-1e7, 1e7, quarter), limit))
    rest = count - 3 * quarter
    x.append(rng.integers(0, 2**64, rest, dtype=np.uint64).view(np.float64))
    y.append(rng.integers(0, 2**64, rest, dtype=np.uint64).view(np.float64))
    return [np.concatenate(x), np.concatenate(y)]


def check_partial(kernels, automatic, names, name, numpy_function, args):
    """A kernel that hands some lanes back (their indices in `undecided`, for docbuild's scalar function): NumPy's
    bits on every lane it decides, on every path; then its time against NumPy's over the first quarter of `args`.
    True if any decided lane differs."""
    pointer = ctypes.POINTER(ctypes.c_double)
    kernel = getattr(kernels, f"docbuild_numpy_{name}")
    kernel.restype = ctypes.c_size_t
    count = len(args[0])

    def run(values, out, undecided):
        return kernel(*[v.ctypes.data_as(pointer) for v in values], out.ctypes.data_as(pointer),
                      ctypes.c_size_t(len(out)), undecided.ctypes.data_as(ctypes.POINTER(ctypes.c_uint32)))

    with np.errstate(all="ignore"):
        expected = numpy_function(*args)
    failed = False
    for path in range(automatic + 1):
        kernels.docbuild_elementary_force_path(path)
        ours = np.empty(count)
        undecided = np.empty(count, dtype=np.uint32)
        left = run(args, ours, undecided)
        decided = np.ones(count, dtype=bool)
        decided[undecided[:left]] = False
        differ = np.flatnonzero(decided & (ours.view(np.uint64) != expected.view(np.uint64)))
        print(f"{name} ({names[path]}): {len(differ)} of {count - left} decided differ from NumPy ({left} left to "
              f"the scalar function)")
        for i in differ[:5]:
            print(f"  {name}{tuple(a[i] for a in args)!r} = {ours[i]!r}, NumPy {expected[i]!r}")
        failed = failed or len(differ) > 0
    kernels.docbuild_elementary_force_path(-1)
    sample = [a[: count // 4].copy() for a in args]
    out = np.empty(len(sample[0]))
    undecided = np.empty(len(out), dtype=np.uint32)
    ours_time = best_time(lambda: run(sample, out, undecided))
    numpy_time = best_time(lambda: numpy_function(*sample, out=out))
    print(f"{name} ({names[automatic]}): {ours_time / len(out) * 1e9:.2f} ns per value vs NumPy "
          f"{numpy_time / len(out) * 1e9:.2f} ns ({ours_time / numpy_time:.2f}x)")
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
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        library = os.path.join(folder, "numpy_elementary.so")
        subprocess.run([os.environ.get("CC", "clang"), "-O2", "-ffp-contract=off", *os.environ.get("CFLAGS", "").split(), "-shared", "-fPIC", "-I", "Sources/CKernels/include",
                        *SOURCES, "-o", library, "-lm"], check=True)
        kernels = ctypes.CDLL(library)
        automatic = kernels.docbuild_elementary_path()
        names = ["portable", "avx2", "avx512"]
        print(f"NumPy {np.__version__}, {count} inputs per function, every path up to {names[automatic]}")
        failed = False
        pointer = ctypes.POINTER(ctypes.c_double)
        for index, (name, (symbol, numpy_function)) in enumerate(FUNCTIONS.items()):
            kernel = getattr(kernels, symbol)
            x = inputs(count, seed=2026 + index)
            with np.errstate(all="ignore"):
                expected = numpy_function(x)
            for path in range(automatic + 1):
                kernels.docbuild_elementary_force_path(path)
                ours = np.empty_like(x)
                kernel(x.ctypes.data_as(pointer), ours.ctypes.data_as(pointer), ctypes.c_size_t(count))
                differ = np.flatnonzero(ours.view(np.uint64) != expected.view(np.uint64))
                print(f"{name} ({names[path]}): {len(differ)} of {count} differ from NumPy")
                for i in differ[:5]:
                    print(f"  {name}({x[i]!r}) = {ours[i]!r}, NumPy {expected[i]!r}")
                failed = failed or len(differ) > 0
            kernels.docbuild_elementary_force_path(-1)
            sample = np.ascontiguousarray(x[: count // 4] if name != "log" else np.abs(x[: count // 4]))
            out = np.empty_like(sample)
            ours_time = best_time(lambda: kernel(
                sample.ctypes.data_as(pointer), out.ctypes.data_as(pointer), ctypes.c_size_t(len(sample))))
            numpy_time = best_time(lambda: numpy_function(sample, out=out))
            print(f"{name} ({names[automatic]}): {ours_time / len(sample) * 1e9:.2f} ns per value vs NumPy "
                  f"{numpy_time / len(sample) * 1e9:.2f} ns ({ours_time / numpy_time:.2f}x)")
        failed = check_partial(kernels, automatic, names, "power", np.power, power_inputs(count, seed=2030)) or failed
        failed = check_partial(kernels, automatic, names, "cosh", np.cosh, [inputs(count, seed=2031)]) or failed
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
