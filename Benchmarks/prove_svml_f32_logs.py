#!/usr/bin/env python3
"""Proves docbuild's kernels for NumPy's float32 log1p, expm1, arcsinh, arccosh, arctanh and sinh
(Sources/CKernels/numpy_elementary_logs_f32.c, Intel SVML's `__svml_*f16` algorithms) equal NumPy's own float32 ufuncs
on every float32 bit pattern (2^32 inputs per function), on every code path this CPU has (portable, AVX2, AVX-512).
Bits are compared exactly; NaNs are compared as NaNs, since docbuild holds float32 values in doubles (the kernels'
interface), where a signalling NaN is quieted on the way in. Every count must be 0 on an x86-64 machine with AVX-512,
where NumPy 2.4.6 runs SVML for a contiguous float32 operand.

Also counts, for the record, on one chunk of inputs in 16, how often NumPy's float differs from its float64 function
of the same input rounded to float32 (nearly always the correctly rounded float): how often docbuild's digits would
differ without these kernels.

Compiles the C kernels with clang (they use its vector extensions; contraction off) into a temporary library and calls
it via ctypes. Run from the repository root:
`python3 Benchmarks/prove_svml_f32_logs.py [function ...] [--chunk-bits N] [--summary FILE]`
(default: all six functions; the summary is also written to FILE when given)."""

import ctypes
import glob
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

FUNCTIONS = {
    "log1p": np.log1p,
    "expm1": np.expm1,
    "arcsinh": np.arcsinh,
    "arccosh": np.arccosh,
    "arctanh": np.arctanh,
    "sinh": np.sinh,
}
PATHS = ["portable", "avx2", "avx512"]


def main():
    arguments = sys.argv[1:]
    chunk_bits = 22
    summary_path = None
    if "--chunk-bits" in arguments:
        at = arguments.index("--chunk-bits")
        chunk_bits = int(arguments[at + 1])
        del arguments[at:at + 2]
    if "--summary" in arguments:
        at = arguments.index("--summary")
        summary_path = arguments[at + 1]
        del arguments[at:at + 2]
    names = arguments or list(FUNCTIONS)
    sources = sorted(glob.glob(os.path.join("Sources", "CKernels", "*.c")))
    lines = []

    def say(text):
        print(text, flush=True)
        lines.append(text)

    failed = False
    with tempfile.TemporaryDirectory() as folder:
        library = os.path.join(folder, "kernels.so")
        subprocess.run([os.environ.get("CC", "clang"), "-O2", "-ffp-contract=off", "-shared", "-fPIC", "-I",
                        "Sources/CKernels/include", *sources, "-o", library, "-lm"], check=True)
        kernels = ctypes.CDLL(library)
        automatic = kernels.docbuild_elementary_path()
        pointer = ctypes.POINTER(ctypes.c_double)
        say(f"NumPy {np.__version__}, every float32 bit pattern, paths up to {PATHS[automatic]}")
        chunk = 1 << chunk_bits
        offsets = np.arange(chunk, dtype=np.uint32)
        for name in names:
            numpy_function = FUNCTIONS[name]
            kernel = getattr(kernels, f"docbuild_numpy_{name}_float32")
            differ = [0] * (automatic + 1)
            examples = [[] for _ in range(automatic + 1)]
            not_rounded = sampled = 0
            start_time = time.time()
            out = np.empty(chunk, dtype=np.float64)
            for start in range(0, 1 << 32, chunk):
                bits = offsets + np.uint32(start)
                x = bits.view(np.float32)
                with np.errstate(all="ignore"):
                    expected = numpy_function(x)
                    wide = x.astype(np.float64)  # signalling NaNs are quieted
                expected_bits = expected.view(np.uint32)
                expected_nan = np.isnan(expected)
                if (start >> chunk_bits) % 16 == 0:  # one chunk in 16: how often NumPy's float is not the rounded one
                    with np.errstate(all="ignore"):
                        rounded = numpy_function(wide).astype(np.float32)
                    not_rounded += int(np.count_nonzero(
                        (rounded.view(np.uint32) != expected_bits) & ~(expected_nan & np.isnan(rounded))))
                    sampled += chunk
                for path in range(automatic + 1):
                    kernels.docbuild_elementary_force_path(path)
                    kernel(wide.ctypes.data_as(pointer), out.ctypes.data_as(pointer), ctypes.c_size_t(chunk))
                    ours = out.astype(np.float32)
                    bad = ours.view(np.uint32) != expected_bits
                    if bad.any():
                        bad &= ~(np.isnan(ours) & expected_nan)
                    count = int(np.count_nonzero(bad))
                    if count:
                        for i in np.flatnonzero(bad)[: max(0, 5 - len(examples[path]))]:
                            examples[path].append(
                                f"  {name}(0x{bits[i]:08x} = {x[i]!r}) = {ours[i]!r} (0x{ours.view(np.uint32)[i]:08x}),"
                                f" NumPy {expected[i]!r} (0x{expected_bits[i]:08x})")
                    differ[path] += count
                kernels.docbuild_elementary_force_path(-1)
            for path in range(automatic + 1):
                say(f"float32 {name} ({PATHS[path]}): {differ[path]} of {1 << 32} differ from NumPy")
                for line in examples[path]:
                    say(line)
                failed = failed or differ[path] > 0
            say(f"float32 {name}: NumPy's float is not the float64 result rounded to float32 on {not_rounded} of "
                f"{sampled} sampled inputs ({100 * not_rounded / sampled:.2f}%) ({time.time() - start_time:.0f} s)")
    if summary_path:
        with open(summary_path, "w") as file:
            file.write("\n".join(lines) + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
