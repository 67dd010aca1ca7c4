#!/usr/bin/env python3
"""What float32 storage would save: times each float32 SVML port (Sources/CKernels/numpy_elementary_logs_f32.c and
numpy_elementary_trig_f32.c, AVX-512 path) over 10^6 values as docbuild runs it today, on float32 values held as
doubles (eight bytes read and written a value, converted to float and back in registers), and the same lanes over an
array of floats (NumPy's four bytes, no conversions; the DOCBUILD_FLOAT_STORAGE_LOOPS loops of numpy_float_loop.h),
beside NumPy's own float32 ufunc, in the same round. The inputs are TensorBenchmarks' elementary rows' (the
golden-ratio spread over each function's range, rounded to float32); each figure is the best of 5 runs of 3 calls in
thread CPU time, per value, a fresh output array each call as a ufunc's; rounds (`--rounds`, default 3) alternate the
three and each ratio to NumPy is reported as its range over the rounds, with the load average. Both loops' results are
checked equal bit for bit where the lanes decide them. Run from the repository root on x86-64 with AVX-512:
`python3 Benchmarks/svml_f32_storage_speed.py`.
"""

import argparse
import ctypes
import os
import subprocess
import tempfile
import time

import numpy as np

SHIM = r"""
static int forced_path = 2;
int docbuild_elementary_path(void) { return forced_path; }
"""
COUNT = 1_000_000
# (NumPy's name, the lanes' name in the loops, docbuild's entry point, its form: 0 plain, 1 with `undecided`,
# 2 binary, the spread of the inputs as TensorBenchmarks' elementary rows)
FUNCTIONS = [
    ("expm1", "expm1f", "docbuild_numpy_expm1_float32", 0, (-5, 5)),
    ("log1p", "log1pf", "docbuild_numpy_log1p_float32", 0, (-0.9, 10)),
    ("log2", "log2f", "docbuild_numpy_log2_float32", 0, (1e-3, 1e3)),
    ("log10", "log10f", "docbuild_numpy_log10_float32", 0, (1e-3, 1e3)),
    ("tan", "tan", "docbuild_numpy_tan_float32", 1, (-100, 100)),
    ("arcsin", "asin", "docbuild_numpy_asin_float32", 0, (-1, 1)),
    ("arccos", "acos", "docbuild_numpy_acos_float32", 0, (-1, 1)),
    ("arctan", "atan", "docbuild_numpy_atan_float32", 0, (-100, 100)),
    ("arctan2", "atan2", "docbuild_numpy_atan2_float32", 2, (-100, 100)),
    ("sinh", "sinhf", "docbuild_numpy_sinh_float32", 0, (-20, 20)),
    ("arcsinh", "arcsinhf", "docbuild_numpy_arcsinh_float32", 0, (-100, 100)),
    ("arccosh", "arccoshf", "docbuild_numpy_arccosh_float32", 0, (1, 100)),
    ("arctanh", "arctanhf", "docbuild_numpy_arctanh_float32", 0, (-0.999, 0.999)),
    ("cbrt", "cbrt", "docbuild_numpy_cbrt_float32", 0, (-100, 100)),
]


def spread(low, high, offset=0.0):
    """TensorBenchmarks' inputs: the golden-ratio sequence over [low, high]."""
    t = np.arange(COUNT) * 0.6180339887498949 + offset
    return low + (high - low) * (t - np.floor(t))


def timed(statement, number=3, repeat=5):
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        for _ in range(number):
            statement()
        best = min(best, (time.thread_time() - start) / number)
    return best / COUNT * 1e9


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as directory:
        shim = os.path.join(directory, "shim.c")
        with open(shim, "w") as file:
            file.write(SHIM)
        library_path = os.path.join(directory, "libstorage.so")
        sources = [os.path.join("Sources", "CKernels", name)
                   for name in ("numpy_elementary_logs_f32.c", "numpy_elementary_trig_f32.c")]
        subprocess.run(["clang", "-O2", "-DDOCBUILD_FLOAT_STORAGE_LOOPS", "-shared", "-fPIC", "-I",
                        os.path.join("Sources", "CKernels", "include"), *sources, shim, "-o", library_path],
                       check=True)
        library = ctypes.CDLL(library_path)
        pointer = lambda a: a.ctypes.data_as(ctypes.c_void_p)
        size = ctypes.c_size_t(COUNT)
        undecided = np.empty(COUNT, dtype=np.uint32)
        times = {}
        load = [os.getloadavg()[0]]
        for _ in range(rounds):
            for name, lanes, symbol, form, (low, high) in FUNCTIONS:
                x32 = spread(low, high).astype(np.float32)
                y32 = spread(low, high, 0.5).astype(np.float32)
                x, y = x32.astype(np.float64), y32.astype(np.float64)
                ufunc = getattr(np, name)
                wide = getattr(library, symbol)
                narrow = getattr(library, f"{lanes}_float_storage_avx512")
                wide.restype = narrow.restype = ctypes.c_size_t
                if form == 2:
                    theirs = lambda: ufunc(x32, y32)
                    ours = lambda out: wide(pointer(x), pointer(y), pointer(out), size, pointer(undecided))
                    floats = lambda out: narrow(pointer(x32), pointer(y32), pointer(out), size, pointer(undecided))
                elif form == 1:
                    theirs = lambda: ufunc(x32)
                    ours = lambda out: wide(pointer(x), pointer(out), size, pointer(undecided))
                    floats = lambda out: narrow(pointer(x32), pointer(out), size, pointer(undecided))
                else:
                    theirs = lambda: ufunc(x32)
                    ours = lambda out: wide(pointer(x), pointer(out), size)
                    floats = lambda out: narrow(pointer(x32), pointer(out), size, pointer(undecided))
                numpy_time = timed(theirs)
                double_time = timed(lambda: ours(np.empty(COUNT)))
                float_time = timed(lambda: floats(np.empty(COUNT, dtype=np.float32)))
                times.setdefault(name, []).append((numpy_time, double_time, float_time))
                # The same bits where the float loop's lanes decide (its special lanes keep their inputs).
                doubles, singles = np.empty(COUNT), np.empty(COUNT, dtype=np.float32)
                ours(doubles)
                left = floats(singles)
                decided = np.ones(COUNT, dtype=bool)
                decided[undecided[:left]] = False
                same = np.array_equal(doubles[decided].astype(np.float32).view(np.uint32),
                                      singles[decided].view(np.uint32))
                if not same:
                    raise SystemExit(f"{name}: the float loop's bits differ from the double loop's")
            load.append(os.getloadavg()[0])
        print(f"load average {min(load):.1f}-{max(load):.1f}; ns per value over 10^6, best of 5, {rounds} rounds, "
              "AVX-512 path; ratio to NumPy's float32 ufunc in the same round")
        for name, *_ in FUNCTIONS:
            rows = times[name]
            span = lambda values: f"{min(values):.2f}-{max(values):.2f}"
            print(f"{name:8} NumPy {span([n for n, _, _ in rows])} ns; "
                  f"doubles (today) {span([d for _, d, _ in rows])} ns, {span([d / n for n, d, _ in rows])}x; "
                  f"floats {span([f for _, _, f in rows])} ns, {span([f / n for n, _, f in rows])}x")


if __name__ == "__main__":
    main()
