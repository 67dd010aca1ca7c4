#!/usr/bin/env python3
"""Times docbuild's float64 SVML kernels that start from the AVX-512 estimates vrcp14pd and vrsqrt14pd (arcsin,
arccos, arctan, arctan2, tan and cbrt of Sources/CKernels/numpy_elementary_trig.c; arcsinh, arccosh and arctanh of
numpy_elementary_logs.c) on every code path, built from the working tree ("after") and from an earlier commit
("before", default 09ad1b2, when the trig port read the estimates from a table of this CPU's results), against NumPy
in the same run. Each round times NumPy, before and after, alternating, on 10^5 tutorial-sized inputs (best of 5 in
thread CPU time, per value); rounds are repeated `--rounds` times (default 5) and each figure is reported as the range
of its ratio to NumPy's time over the rounds, with the load average. Compiles with clang like prove_svml_trig.py.
Run from the repository root: `python3 Benchmarks/svml_estimates_speed.py [--before COMMIT] [--rounds N]`."""

import argparse
import ctypes
import os
import subprocess
import tempfile
import time

import numpy as np

SHIM = r"""
static int forced_path = 0;
int docbuild_elementary_path(void) { return forced_path; }
void bench_force_path(int path) { forced_path = path; }
"""
PATHS = {0: "portable", 1: "avx2", 2: "avx512"}
COUNT = 100_000

# (name, NumPy's function, docbuild's symbol, file, inputs, whether the symbol takes an `undecided` array)
FUNCTIONS = [
    ("arcsin", np.arcsin, "docbuild_numpy_asin", "numpy_elementary_trig.c", (-1, 1), False),
    ("arccos", np.arccos, "docbuild_numpy_acos", "numpy_elementary_trig.c", (-1, 1), False),
    ("arctan", np.arctan, "docbuild_numpy_atan", "numpy_elementary_trig.c", (-10, 10), False),
    ("tan", np.tan, "docbuild_numpy_tan", "numpy_elementary_trig.c", (-10, 10), True),
    ("cbrt", np.cbrt, "docbuild_numpy_cbrt", "numpy_elementary_trig.c", (-10, 10), False),
    ("arcsinh", np.arcsinh, "docbuild_numpy_arcsinh", "numpy_elementary_logs.c", (-10, 10), None),
    ("arccosh", np.arccosh, "docbuild_numpy_arccosh", "numpy_elementary_logs.c", (1, 10), None),
    ("arctanh", np.arctanh, "docbuild_numpy_arctanh", "numpy_elementary_logs.c", (-1, 1), None),
]


def build(kernels, directory, name):
    shim = os.path.join(directory, "shim.c")
    with open(shim, "w") as file:
        file.write(SHIM)
    library = os.path.join(directory, name + ".so")
    sources = [os.path.join(kernels, name + ".c") for name in ("numpy_elementary_trig", "numpy_elementary_logs",
                                                               "numpy_elementary")] + [shim]
    subprocess.run(["clang", "-O2", "-shared", "-fPIC", "-I", os.path.join(kernels, "include")] + sources
                   + ["-o", library, "-lm"], check=True)
    return ctypes.CDLL(library)


def best_time(call):
    best = float("inf")
    for _ in range(5):
        start = time.thread_time_ns()
        call()
        best = min(best, time.thread_time_ns() - start)
    return best / COUNT


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="09ad1b2")
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    rng = np.random.default_rng(14)
    with tempfile.TemporaryDirectory() as directory:
        old = os.path.join(directory, "before")
        os.makedirs(old)
        archive = subprocess.run(["git", "archive", arguments.before, "Sources/CKernels"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", old], input=archive, check=True)
        libraries = {"before": build(os.path.join(old, "Sources", "CKernels"), directory, "before"),
                     "after": build(os.path.join("Sources", "CKernels"), directory, "after")}
        ratios = {}
        print(f"load average at start: {os.getloadavg()}")
        for _ in range(arguments.rounds):
            for name, numpy_function, symbol, _file, domain, leaves in FUNCTIONS:
                x = rng.uniform(domain[0], domain[1], COUNT)
                y = np.empty_like(x)
                undecided = np.zeros(COUNT, dtype=np.uint32)
                numpy_time = best_time(lambda: numpy_function(x, out=y))
                for path in PATHS:
                    for label in ("before", "after"):
                        library = libraries[label]
                        library.bench_force_path(path)
                        function = getattr(library, symbol)
                        args = [x.ctypes.data_as(ctypes.c_void_p), y.ctypes.data_as(ctypes.c_void_p),
                                ctypes.c_size_t(COUNT)]
                        if leaves:
                            args.append(undecided.ctypes.data_as(ctypes.c_void_p))
                        ratios.setdefault((name, PATHS[path], label), []).append(
                            best_time(lambda: function(*args)) / numpy_time)
        print(f"load average at end: {os.getloadavg()}")
        print("function | path | before / NumPy | after / NumPy")
        for name, *_ in FUNCTIONS:
            for path in PATHS.values():
                b, a = ratios[(name, path, "before")], ratios[(name, path, "after")]
                print(f"{name} | {path} | {min(b):.2f}-{max(b):.2f} | {min(a):.2f}-{max(a):.2f}")


if __name__ == "__main__":
    main()
