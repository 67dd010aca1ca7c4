#!/usr/bin/env python3
"""NumPy's side of the tensor benchmarks: the same workloads as TensorBenchmarks, printed as JSON (seconds per
iteration, best of several repeats). TensorBenchmarks runs this script itself and reports ratios; run it alone to see
NumPy's numbers."""

import json
import sys
import time
import timeit

import numpy as np


def best(statement, number, repeat=5):
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number


def both_ways(results, key, statement, number):
    """`key` in wall-clock time and `key_cpu` in process CPU time (OpenBLAS's threads included), which other processes
    on a busy machine do not inflate (TensorBenchmarks' `timedBothWays`)."""
    results[key] = best(statement, number)
    results[key + "_cpu"] = min(timeit.repeat(statement, number=number, repeat=5, timer=time.process_time)) / number


def random_benchmarks(results):
    """A million draws each from a seeded Generator, as RandomBenchmarks.swift times them."""
    generator = np.random.default_rng(0)
    results["rng_standard_normal"] = best(lambda: generator.standard_normal(10**6), number=10)
    results["rng_random"] = best(lambda: generator.random(10**6), number=10)


def complex_benchmarks(results):
    """The complex128 functions NumPy takes from glibc over 10^5 values (parts spread over [-5, 5] by the golden-ratio
    sequence, as ComplexBenchmarks.swift computes them), np.prod and np.cumprod of factors near the unit circle."""
    count = 100_000
    i = np.arange(count, dtype=np.float64)
    t0, t1 = i * 0.6180339887498949, i * 0.6180339887498949 + 0.5
    real, imag = -5 + 10 * (t0 - np.floor(t0)), -5 + 10 * (t1 - np.floor(t1))
    z = real + 1j * imag
    unit = (1 + real * 1e-3) + 1j * (imag * 1e-3)
    for name in ["exp", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "exp2", "expm1"]:
        function = getattr(np, name)
        results["complex_" + name] = best_cpu(lambda: function(z), number=5)
    results["complex_prod"] = best_cpu(lambda: np.prod(unit), number=5)
    results["complex_cumprod"] = best_cpu(lambda: np.cumprod(unit), number=5)


def indexing_benchmarks(results):
    """Advanced indexing and assignment, as IndexingBenchmarks.swift times them."""
    count = 1_000_000
    values = np.sin(np.arange(count) * 0.7 + 21)
    positions = np.arange(count) * 7919 % count
    square = np.sin(np.arange(10**6) * 0.7 + 22).reshape(1000, 1000)
    mask = square > 0
    small = np.sin(np.arange(6) * 0.7 + 23).reshape(2, 3)
    rows = np.array([1, 0, 1])
    small_mask = small > 0
    def mask_assign():
        # NumPy writes in place; docbuild's arrays are values, so its side includes the copy. A fresh copy here too.
        target = square.copy()
        target[target > 0] = 0

    both_ways(results, "fancy_gather", lambda: values[positions], number=10)
    both_ways(results, "mask_assign", mask_assign, number=10)
    both_ways(results, "mask_gather", lambda: square[mask], number=10)
    results["small_fancy"] = best(lambda: small[rows], number=100_000)
    results["small_mask"] = best(lambda: small[small_mask], number=100_000)
    results["small_sin"] = best(lambda: np.sin(small), number=100_000)


def bitwise_benchmarks(results):
    """The seventh round's operations, as BitwiseBenchmarks.swift times them."""
    count = 1_000_000
    a = np.arange(count) * 7919 % 1_000_003
    b = np.arange(count) * 104_729 % 65_536
    small = np.array([[5, 3, 12], [7, 1, 9]])
    tests = np.arange(1000) * 997
    results["bitwise_and"] = best(lambda: a & b, number=10)
    results["left_shift"] = best(lambda: a << 3, number=10)
    results["isin"] = best(lambda: np.isin(a, tests), number=10)
    results["small_bitwise_and"] = best(lambda: small & 1, number=100_000)


def fft_benchmarks(results):
    """np.fft's transforms, as FFTBenchmarks.swift times them (thread CPU time)."""
    signal = np.sin(np.arange(65_536) * 0.7 + 41) * (0.5 - 1.25j)
    real = np.sin(np.arange(100_000) * 0.7 + 42)
    prime = np.sin(np.arange(65_537) * 0.7 + 43)
    rows = np.sin(np.arange(64_000) * 0.7 + 44).reshape(1000, 64)
    results["fft_65536"] = best_cpu(lambda: np.fft.fft(signal), number=20)
    results["rfft_100000"] = best_cpu(lambda: np.fft.rfft(real), number=20)
    results["fft_65537"] = best_cpu(lambda: np.fft.fft(prime), number=5)
    results["ifft_rows"] = best_cpu(lambda: np.fft.ifft(rows), number=20)


def half_benchmarks(results):
    """float16 operations, as HalfBenchmarks.swift times them."""
    count = 1_000_000
    i = np.arange(count)
    wide_a = np.sin(i * 0.7 + 31)
    a = wide_a.astype(np.float16)
    b = np.sin(i * 0.3 + 32).astype(np.float16)
    small = np.array([[0.5, 1.5, 2.5], [3.5, 4.5, 5.5]], dtype=np.float16)
    results["half_add"] = best(lambda: a + b, number=10)
    results["half_sum"] = best(lambda: a.sum(), number=10)
    results["half_astype"] = best(lambda: wide_a.astype(np.float16), number=10)
    results["half_tanh"] = best(lambda: np.tanh(a), number=5)
    results["small_half_add"] = best(lambda: small + small, number=100_000)


def memory_order_benchmarks(results):
    """Reductions and element-wise operations on transposed arrays beside the row-major ones, as
    MemoryOrderBenchmarks.swift times them (the transpose included; thread CPU time, about 10^7 elements a workload)."""
    for side in (100, 300):
        x = np.sin(np.arange(side * side) * 0.7 + 41).reshape(side, side)
        number = max(10, 10_000_000 // x.size)
        results[f"memorder_sum_{side}"] = best_cpu(lambda: x.sum(), number)
        results[f"memorder_T_sum_{side}"] = best_cpu(lambda: x.T.sum(), number)
        results[f"memorder_sum0_{side}"] = best_cpu(lambda: x.sum(axis=0), number)
        results[f"memorder_T_sum0_{side}"] = best_cpu(lambda: x.T.sum(axis=0), number)
        results[f"memorder_add_{side}"] = best_cpu(lambda: x + 1, number)
        results[f"memorder_T_add_{side}"] = best_cpu(lambda: x.T + 1, number)
        results[f"memorder_exp_{side}"] = best_cpu(lambda: np.exp(x), number)
        results[f"memorder_T_exp_{side}"] = best_cpu(lambda: np.exp(x.T), number)
    cube = np.sin(np.arange(20 * 30 * 40) * 0.7 + 42).reshape(20, 30, 40)
    number = 10_000_000 // cube.size
    results["memorder_mean_3d"] = best_cpu(lambda: cube.mean(), number)
    results["memorder_perm_mean_3d"] = best_cpu(lambda: cube.transpose(1, 2, 0).mean(), number)


def integer_mean_benchmarks(results):
    """mean of int64 arrays, as IntegerMeanBenchmarks.swift times them (thread CPU time)."""
    for count in (1000, 100_000):
        x = np.arange(count) % 1000
        results[f"int_mean_{count}"] = best_cpu(lambda: x.mean(), max(10, 10_000_000 // count))
    square = (np.arange(90_000) % 1000).reshape(300, 300)
    results["int_mean_axis0_300"] = best_cpu(lambda: square.mean(axis=0), 100)


def main():
    rng = np.random.default_rng(0)
    small_a = np.ones((2, 3))
    small_b = np.ones((4, 2, 3))
    results = {"small_add": best(lambda: small_a + small_b, number=200_000)}

    wide = rng.standard_normal((1000, 1000))
    bias = rng.standard_normal(1000)
    upstream = rng.standard_normal((1000, 1000))

    def bias_add_and_gradient():
        out = wide + bias
        grad_wide = upstream  # ∂(a + b)/∂a passes the upstream through (ours shares its buffer too)
        grad_bias = upstream.sum(axis=0)
        return out, grad_wide, grad_bias

    results["bias_add_gradient"] = best(bias_add_and_gradient, number=20)

    results.update(matmul())
    results.update(elementary())
    random_benchmarks(results)
    indexing_benchmarks(results)
    complex_benchmarks(results)
    bitwise_benchmarks(results)
    fft_benchmarks(results)
    half_benchmarks(results)
    memory_order_benchmarks(results)
    results["numpy"] = np.__version__
    print(json.dumps(results))


# Each elementary function over 10^6 values spread over [low, high] by the golden-ratio sequence (a second operand
# over its own range, half a step later), which TensorBenchmarks computes with the same IEEE operations, so both
# sides see the same inputs: float64, and float32 (the same values rounded) for the functions whose float32 loop
# docbuild runs. Keys "elementary_" + name and "elementary_f32_" + name.
ELEMENTARY = [
    ("exp", np.exp, -700, 700), ("expm1", np.expm1, -5, 5), ("exp2", np.exp2, -1000, 1000),
    ("log", np.log, 1e-3, 1e3), ("log1p", np.log1p, -0.9, 10), ("log2", np.log2, 1e-3, 1e3),
    ("log10", np.log10, 1e-3, 1e3), ("sin", np.sin, -100, 100), ("cos", np.cos, -100, 100),
    ("tan", np.tan, -100, 100), ("arcsin", np.arcsin, -1, 1), ("arccos", np.arccos, -1, 1),
    ("arctan", np.arctan, -100, 100), ("sinh", np.sinh, -20, 20), ("cosh", np.cosh, -20, 20),
    ("tanh", np.tanh, -20, 20), ("arcsinh", np.arcsinh, -100, 100), ("arccosh", np.arccosh, 1, 100),
    ("arctanh", np.arctanh, -0.999, 0.999), ("cbrt", np.cbrt, -100, 100), ("sqrt", np.sqrt, 0, 1e4),
]
ELEMENTARY_BINARY = [("arctan2", np.arctan2, (-100, 100), (-100, 100)), ("power", np.power, (0.01, 10), (-5, 5)),
                     ("hypot", np.hypot, (-100, 100), (-100, 100))]
# NumPy's float32 exp, exp2, log, sin, cos, cosh, tanh and power run its own float32 kernels, which docbuild refuses.
FLOAT32_REFUSED = {"exp", "exp2", "log", "sin", "cos", "cosh", "tanh", "power"}
GOLDEN = 0.6180339887498949
COUNT = 1_000_000


def spread(low, high, offset=0.0):
    i = np.arange(COUNT, dtype=np.float64)
    t = i * GOLDEN + offset
    return low + (high - low) * (t - np.floor(t))


def best_cpu(statement, number, repeat=5):
    """Like `best`, in this thread's CPU time, so other processes on a busy machine do not inflate it (ufuncs are
    single-threaded; TensorBenchmarks times its side the same way)."""
    return min(timeit.repeat(statement, number=number, repeat=repeat, timer=time.thread_time)) / number


def elementary():
    results = {}
    for prefix, dtype in (("elementary_", np.float64), ("elementary_f32_", np.float32)):
        for name, function, low, high in ELEMENTARY:
            if dtype == np.float32 and name in FLOAT32_REFUSED:
                continue
            x = spread(low, high).astype(dtype)
            results[prefix + name] = best_cpu(lambda: function(x), number=3)
        for name, function, (xl, xh), (yl, yh) in ELEMENTARY_BINARY:
            if dtype == np.float32 and name in FLOAT32_REFUSED:
                continue
            x, y = spread(xl, xh).astype(dtype), spread(yl, yh, 0.5).astype(dtype)
            results[prefix + name] = best_cpu(lambda: function(x, y), number=3)
    return results


# (rows, inner, columns) of the non-square products timed beside the square ones.
TUTORIAL_SHAPES = [(4, 3, 2), (32, 3, 2), (3, 32, 2), (32, 64, 10)]


def matmul():
    """The matrix products' rows (TensorBenchmarks matmul and the full run): square products of 2 to 64 rows, the
    tutorials' non-square shapes, (64,64) @ (64,), a dense layer with the gradients of its weights and bias, each in
    wall-clock and process CPU time, and the (512,512) product with its gradient the same (OpenBLAS's two threads'
    CPU time, their waiting included)."""
    rng = np.random.default_rng(0)
    results = {}
    for size in (2, 4, 8, 16, 32, 64):
        sa = rng.standard_normal((size, size))
        sb = rng.standard_normal((size, size))
        both_ways(results, f"matmul_{size}", lambda: sa @ sb, number=200_000 // max(size, 8))
    # The tutorials' own shapes: a batch through a layer, its weight gradient (X.T @ G as a C-order array) and the
    # (32,64) @ (64,10) layer of the affine row (ProductBenchmarks.swift's `tutorialShapes`).
    for (rows, inner, columns) in TUTORIAL_SHAPES:
        ta = rng.standard_normal((rows, inner))
        tb = rng.standard_normal((inner, columns))
        both_ways(results, f"matmul_{rows}x{inner}_{inner}x{columns}", lambda: ta @ tb, number=50_000)
    square = rng.standard_normal((64, 64))
    vector = rng.standard_normal(64)
    both_ways(results, "matvec_64", lambda: square @ vector, number=20_000)
    x = rng.standard_normal((32, 64))
    w = rng.standard_normal((64, 10))
    bb = rng.standard_normal(10)
    gz = rng.standard_normal((32, 10))

    def affine_and_gradient():
        z = x @ w + bb
        return z, x.T @ gz, gz.sum(axis=0)

    both_ways(results, "affine_gradient", affine_and_gradient, number=20_000)
    a, b, g = (rng.standard_normal((512, 512)) for _ in range(3))
    both_ways(results, "matmul_gradient", lambda: (a @ b, g @ b.T, a.T @ g), number=10)
    return results


def libm_benchmarks():
    """CPython's math.erf, erfc, cbrt, exp2, gamma, lgamma, hypot, dist and fsum per call, over the arguments
    LibmBenchmarks.swift spreads (10^5 by the golden-ratio sequence), each in a list comprehension."""
    import math

    count = 100_000

    def spread(low, high, offset=0.0):
        values = []
        for i in range(count):
            t = i * 0.6180339887498949 + offset
            values.append(low + (high - low) * (t - math.floor(t)))
        return values

    def per_call(statement):
        return min(timeit.repeat(statement, number=1, repeat=3, timer=time.process_time)) / count

    def safe(function):
        def call(x):
            try:
                return function(x)
            except (ValueError, OverflowError):
                return 0.0
        return call

    results = {}
    for name, low, high in [("erf", -5, 5), ("erfc", -5, 27), ("cbrt", -100, 100), ("exp2", -1000, 1000)]:
        function, x = getattr(math, name), spread(low, high)
        results["libm_" + name] = per_call(lambda: sum([function(v) for v in x]))
    # gamma and lgamma raise at poles and on overflow: guarded, as the Swift side's try? is.
    for name, low, high in [("gamma", -20, 170), ("lgamma", -20, 1000)]:
        function, x = safe(getattr(math, name)), spread(low, high)
        results["libm_" + name] = per_call(lambda: sum([function(v) for v in x]))
    a, b, c = spread(-100, 100), spread(-100, 100, 0.3), spread(-100, 100, 0.6)
    hypot, dist, fsum = math.hypot, math.dist, math.fsum
    results["libm_hypot3"] = per_call(lambda: sum([hypot(p, q, r) for p, q, r in zip(a, b, c)]))
    results["libm_dist2"] = per_call(lambda: sum([dist([p, q], [r, p]) for p, q, r in zip(a, b, c)]))
    results["libm_fsum3"] = per_call(lambda: sum([fsum([p, q, r]) for p, q, r in zip(a, b, c)]))
    return results


if __name__ == "__main__":
    if sys.argv[1:] == ["libm"]:  # TensorBenchmarks libm: only these rows
        print(json.dumps(libm_benchmarks()))
    elif sys.argv[1:] == ["elementary"]:  # TensorBenchmarks elementary: only these rows
        print(json.dumps(elementary()))
    elif sys.argv[1:] == ["matmul"]:  # TensorBenchmarks matmul: only these rows
        print(json.dumps(matmul()))
    elif sys.argv[1:] == ["indexing"]:  # TensorBenchmarks indexing: only these rows
        indexing_results = {}
        indexing_benchmarks(indexing_results)
        print(json.dumps(indexing_results))
    elif sys.argv[1:] == ["fft"]:  # TensorBenchmarks fft: only these rows
        fft_results = {}
        fft_benchmarks(fft_results)
        print(json.dumps(fft_results))
    elif sys.argv[1:] == ["half"]:  # TensorBenchmarks half: only these rows
        half_results = {}
        half_benchmarks(half_results)
        print(json.dumps(half_results))
    elif sys.argv[1:] == ["intmean"]:  # TensorBenchmarks intmean: only these rows
        integer_mean_results = {}
        integer_mean_benchmarks(integer_mean_results)
        print(json.dumps(integer_mean_results))
    else:
        main()
