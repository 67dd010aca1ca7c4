#!/usr/bin/env python3
"""NumPy's side of the tensor benchmarks: the same workloads as TensorBenchmarks, printed as JSON (seconds per
iteration, best of several repeats). TensorBenchmarks runs this script itself and reports ratios; run it alone to see
NumPy's numbers."""

import json
import timeit

import numpy as np


def best(statement, number, repeat=5):
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number


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

    for size in (8, 16, 32, 64):
        sa = rng.standard_normal((size, size))
        sb = rng.standard_normal((size, size))
        results[f"matmul_{size}"] = best(lambda: sa @ sb, number=200_000 // size)
    square = rng.standard_normal((64, 64))
    vector = rng.standard_normal(64)
    results["matvec_64"] = best(lambda: square @ vector, number=20_000)
    x = rng.standard_normal((32, 64))
    w = rng.standard_normal((64, 10))
    bb = rng.standard_normal(10)
    gz = rng.standard_normal((32, 10))

    def affine_and_gradient():
        z = x @ w + bb
        return z, x.T @ gz, gz.sum(axis=0)

    results["affine_gradient"] = best(affine_and_gradient, number=20_000)

    a = rng.standard_normal((512, 512))
    b = rng.standard_normal((512, 512))
    g = rng.standard_normal((512, 512))

    def matmul_and_gradient():
        c = a @ b
        return c, g @ b.T, a.T @ g

    results["matmul_gradient"] = best(matmul_and_gradient, number=10)
    results["numpy"] = np.__version__
    print(json.dumps(results))


if __name__ == "__main__":
    main()
