#!/usr/bin/env python3
"""Times docbuild's float32 SVML ports (arcsin, arccos, arctan, arctan2, tan and cbrt of
Sources/CKernels/numpy_elementary_trig_f32.c) on every code path against NumPy's own float32 ufuncs in the same run.
docbuild holds float32 values as doubles, so its side takes and returns doubles (the conversions included, as a tensor
operation runs it); NumPy's side is a contiguous float32 array. Each round times NumPy and each path in turn on 10^5
tutorial-sized inputs (best of 5 in thread CPU time, per value); rounds are repeated `--rounds` times (default 5) and
each figure is reported as the range of its ratio to NumPy's time over the rounds, with the load average. Compiles
with clang -O2 like prove_svml_trig_f32.py. Run from the repository root: `python3 Benchmarks/svml_trig_f32_speed.py`.
"""

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
PATHS = {2: "avx512", 1: "avx2", 0: "portable"}
COUNT = 100_000
# (name, NumPy's function, docbuild's symbol, inputs, the symbol's form: 0 plain, 1 with `undecided`, 2 binary)
FUNCTIONS = [
    ("arcsin", np.arcsin, "docbuild_numpy_asin_float32", (-1, 1), 0),
    ("arccos", np.arccos, "docbuild_numpy_acos_float32", (-1, 1), 0),
    ("arctan", np.arctan, "docbuild_numpy_atan_float32", (-10, 10), 0),
    ("arctan2", np.arctan2, "docbuild_numpy_atan2_float32", (-5, 5), 2),
    ("tan", np.tan, "docbuild_numpy_tan_float32", (-10, 10), 1),
    ("cbrt", np.cbrt, "docbuild_numpy_cbrt_float32", (-100, 100), 0),
]


def timed(statement, number=20, repeat=5):
    results = []
    for _ in range(repeat):
        start = time.thread_time()
        for _ in range(number):
            statement()
        results.append(time.thread_time() - start)
    return min(results) / number / COUNT


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as directory:
        shim = os.path.join(directory, "shim.c")
        with open(shim, "w") as file:
            file.write(SHIM)
        library_path = os.path.join(directory, "libf32.so")
        subprocess.run(["clang", "-O2", "-shared", "-fPIC", "-I", os.path.join("Sources", "CKernels", "include"),
                        os.path.join("Sources", "CKernels", "numpy_elementary_trig_f32.c"), shim, "-o", library_path],
                       check=True)
        library = ctypes.CDLL(library_path)
        library.bench_force_path.argtypes = [ctypes.c_int]
        rng = np.random.default_rng(0)
        ratios = {}
        load = [os.getloadavg()[0]]
        for _ in range(rounds):
            for name, function, symbol, (low, high), form in FUNCTIONS:
                x32 = rng.uniform(low, high, COUNT).astype(np.float32)
                y32 = rng.uniform(low, high, COUNT).astype(np.float32)
                x, y = x32.astype(np.float64), y32.astype(np.float64)
                out = np.empty(COUNT)
                undecided = np.empty(COUNT, dtype=np.uint32)
                pointer = lambda a: a.ctypes.data_as(ctypes.c_void_p)
                kernel = getattr(library, symbol)
                if form == 2:
                    ours = lambda: kernel(pointer(y), pointer(x), pointer(out), ctypes.c_size_t(COUNT),
                                          pointer(undecided))
                    theirs = lambda: function(y32, x32)
                elif form == 1:
                    ours = lambda: kernel(pointer(x), pointer(out), ctypes.c_size_t(COUNT), pointer(undecided))
                    theirs = lambda: function(x32)
                else:
                    ours = lambda: kernel(pointer(x), pointer(out), ctypes.c_size_t(COUNT))
                    theirs = lambda: function(x32)
                numpy_time = timed(theirs)
                for path in PATHS:
                    library.bench_force_path(path)
                    ratios.setdefault((name, path), []).append((timed(ours), numpy_time))
            load.append(os.getloadavg()[0])
        print(f"load average {min(load):.1f}-{max(load):.1f}; ns per value, best of 5, {rounds} rounds")
        for name, *_ in FUNCTIONS:
            for path in PATHS:
                pairs = ratios[(name, path)]
                ours = [a * 1e9 for a, _ in pairs]
                theirs = [b * 1e9 for _, b in pairs]
                rs = [a / b for a, b in pairs]
                print(f"{name:8} {PATHS[path]:9} {min(ours):6.2f}-{max(ours):6.2f} ns against NumPy's "
                      f"{min(theirs):5.2f}-{max(theirs):5.2f}: {min(rs):.2f}-{max(rs):.2f}x")


if __name__ == "__main__":
    main()
