"""How often NumPy's own results differ between OpenBLAS's AVX-512 ("SkylakeX") and AVX2 ("Haswell") kernels.

Usage: python3 Benchmarks/openblas_kernel_divergence.py   (on an x86-64 CPU with AVX-512, Python with numpy 2.4)

NumPy's OpenBLAS picks its kernels by CPU when it loads; `OPENBLAS_CORETYPE` overrides the choice. This script runs
the same seeded products and factorizations in two child processes, one per kernel set, and counts the results whose
bits differ: the figures behind docs/04-numbers.md, "NumPy's own last bits depend on the CPU". docbuild reproduces the
SkylakeX kernels.
"""

import json
import os
import subprocess
import sys

CHILD = r"""
import json, sys
import numpy as np

def bits(value):
    return np.asarray(value, dtype=np.float64).view(np.int64).ravel().tolist()

results = {}
for n in [3, 8, 15, 16, 17, 32, 64, 100, 1000]:
    rng = np.random.default_rng(n)
    results[f"x @ y, {n} elements"] = [bits(rng.standard_normal(n) @ rng.standard_normal(n)) for _ in range(20)]
for m, k in [(8, 8), (10, 64), (64, 10), (50, 300), (100, 100)]:
    rng = np.random.default_rng(m * 1000 + k)
    a = rng.standard_normal((m, k))
    results[f"A @ x, A {m}x{k}"] = [bits(a @ rng.standard_normal(k))]
    results[f"x @ A, A {m}x{k}"] = [bits(rng.standard_normal(m) @ a)]
for m, k, n in [(2, 3, 4), (10, 64, 10), (64, 10, 64), (50, 300, 40), (100, 100, 100)]:
    rng = np.random.default_rng(m * k * n)
    results[f"A @ B, {m}x{k} @ {k}x{n}"] = [bits(rng.standard_normal((m, k)) @ rng.standard_normal((k, n)))]
for n in [2, 3, 4, 5]:
    cases = {"det": [], "inv": [], "solve": []}
    for seed in range(300):
        rng = np.random.default_rng(seed + 1000 * n)
        a = rng.standard_normal((n, n))
        cases["det"].append(bits(np.linalg.det(a)))
        cases["inv"].append(bits(np.linalg.inv(a)))
        cases["solve"].append(bits(np.linalg.solve(a, rng.standard_normal(n))))
    for name, values in cases.items():
        results[f"{name}, 300 random {n}x{n}"] = values
json.dump(results, sys.stdout)
"""


def run(coretype: str) -> dict:
    environment = dict(os.environ, OPENBLAS_CORETYPE=coretype)
    done = subprocess.run([sys.executable, "-c", CHILD], env=environment, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    with open("/proc/cpuinfo") as handle:
        if " avx512f" not in handle.read():
            sys.exit("this CPU has no AVX-512: OpenBLAS cannot run its SkylakeX kernels here")
    skylake, haswell = run("SkylakeX"), run("Haswell")
    print("| computation | results | entries whose bits differ |")
    print("|---|---|---|")
    for name, values in skylake.items():
        entries = sum(len(v) for v in values)
        differ = sum(a != b for v, w in zip(values, haswell[name]) for a, b in zip(v, w))
        print(f"| {name} | {len(values)} | {differ} of {entries} ({100 * differ / entries:.0f}%) |")


if __name__ == "__main__":
    main()
