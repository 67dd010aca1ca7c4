#!/usr/bin/env python3
"""Proves docbuild's kernels for NumPy's float32 log1p, expm1, arcsinh, arccosh, arctanh, sinh, log2 and log10
(Sources/CKernels/numpy_elementary_logs_f32.c, Intel SVML's `__svml_*f16` algorithms) equal NumPy's own float32 ufuncs
on every float32 bit pattern (2^32 inputs per function), on every code path this CPU has (portable, AVX2, AVX-512).
Bits are compared exactly; NaNs are compared as NaNs with their sign bits (which `np.signbit` shows), not their
payloads, since docbuild holds float32 values in doubles (the kernels' interface), where a signalling NaN is quieted
on the way in. Every count must be 0 on an x86-64 machine with AVX-512, where NumPy 2.4.6 runs SVML for a contiguous
float32 operand.

Also counts, for the record, on one chunk of inputs in 64, how often NumPy's float differs from its float64 function
of the same input rounded to float32 (nearly always the correctly rounded float): how often docbuild's digits would
differ without these kernels.

Compiles the C kernels with clang (they use its vector extensions; contraction off) into a temporary library and calls
it via ctypes. Run from the repository root:
`python3 Benchmarks/prove_svml_f32_logs.py [function ...] [--paths P,Q] [--below HEX] [--summary FILE] [--speed]`
(default: all eight functions on every path; `--paths avx512,avx2` checks only those paths, `--below 3f800000` only the
bit patterns below that one, `--every 16` one run of 2^22 consecutive patterns in 16, for a quick run; the summary is also written to FILE when given). The portable path
takes most of the time (its fused multiply-adds are calls to fmaf). With `--speed` it times the kernels on this CPU's
path against NumPy's float32 ufuncs instead (best of 5 in thread CPU time, 10^6 values each)."""

import ctypes
import glob
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

# The speed rows (`--speed`): 10^6 values spread over each range by the golden-ratio sequence, rounded to float32, as
# TensorBenchmarks' and numpy_bench.py's float32 elementary rows.
SPEED_RANGES = {"log1p": (-0.9, 10), "expm1": (-5, 5), "arcsinh": (-100, 100), "arccosh": (1, 100),
                "arctanh": (-0.999, 0.999), "sinh": (-20, 20), "log2": (1e-3, 1e3), "log10": (1e-3, 1e3)}

FUNCTIONS = {
    "log1p": np.log1p,
    "expm1": np.expm1,
    "arcsinh": np.arcsinh,
    "arccosh": np.arccosh,
    "arctanh": np.arctanh,
    "sinh": np.sinh,
    "log2": np.log2,
    "log10": np.log10,
}
PATHS = ["portable", "avx2", "avx512"]

# Runs a kernel over the float32 inputs start, start + 1, ... (as doubles, in blocks) and compares each result,
# rounded to float32 (exactly: the kernels return float32 values), with NumPy's bits: in C, so that the 2^32 inputs
# take minutes rather than hours. Returns the count; the first inputs that differ go to `examples`.
HARNESS = r"""
#include <stdint.h>
#include <string.h>

typedef void (*Kernel)(const double *, double *, size_t);

static int is_nan(uint32_t bits) { return (bits & 0x7fffffffu) > 0x7f800000u; }

size_t compare_chunk(Kernel kernel, uint32_t start, size_t n, const uint32_t *expected, uint32_t *examples,
                     size_t room) {
  static double in[4096], out[4096];
  size_t differ = 0;
  for (size_t base = 0; base < n; base += 4096) {
    size_t m = n - base < 4096 ? n - base : 4096;
    for (size_t i = 0; i < m; i++) {
      uint32_t bits = start + (uint32_t)(base + i);
      float value;
      memcpy(&value, &bits, sizeof value);
      in[i] = value;  /* a signalling NaN is quieted, as docbuild's doubles hold it */
    }
    kernel(in, out, m);
    for (size_t i = 0; i < m; i++) {
      float result = (float)out[i];
      uint32_t bits, wanted = expected[base + i];
      memcpy(&bits, &result, sizeof bits);
      if (bits == wanted) continue;
      /* NaNs agree when their signs do (np.signbit shows a NaN's sign, nothing prints its payload). */
      if (is_nan(bits) && is_nan(wanted) && (bits >> 31) == (wanted >> 31)) continue;
      if (differ < room) examples[differ] = start + (uint32_t)(base + i);
      differ++;
    }
  }
  return differ;
}
"""


def best_time(function, repeats=5):
    """Best of `repeats` in thread CPU time, which other processes on a loaded machine do not inflate."""
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()
        function()
        best = min(best, time.thread_time() - start)
    return best


def speed(kernels, names, say):
    """The C kernels on this CPU's path against NumPy's float32 ufuncs, per value, in the same run."""
    pointer = ctypes.POINTER(ctypes.c_double)
    say(f"speed, 10^6 float32 values, load average {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    for name in names:
        low, high = SPEED_RANGES[name]
        t = np.arange(1_000_000, dtype=np.float64) * 0.6180339887498949
        x = (low + (high - low) * (t - np.floor(t))).astype(np.float32)
        wide = x.astype(np.float64)
        out = np.empty_like(wide)
        kernel = getattr(kernels, f"docbuild_numpy_{name}_float32")
        ours = best_time(lambda: kernel(wide.ctypes.data_as(pointer), out.ctypes.data_as(pointer),
                                        ctypes.c_size_t(len(wide))))
        theirs = best_time(lambda: FUNCTIONS[name](x))
        say(f"{name}: {ours * 1e3:.2f} ns per value vs NumPy {theirs * 1e3:.2f} ns ({ours / theirs:.2f}x)")


def main():
    arguments = sys.argv[1:]
    chunk_bits = 22
    summary_path = None
    if "--chunk-bits" in arguments:
        at = arguments.index("--chunk-bits")
        chunk_bits = int(arguments[at + 1])
        del arguments[at:at + 2]
    last = 1 << 32
    chosen_paths = None
    if "--paths" in arguments:  # some of the paths only, such as avx512,avx2
        at = arguments.index("--paths")
        chosen_paths = arguments[at + 1].split(",")
        del arguments[at:at + 2]
    every = 1
    if "--every" in arguments:  # a sample: one chunk of 2^22 consecutive patterns in N, across the whole range
        at = arguments.index("--every")
        every = int(arguments[at + 1])
        del arguments[at:at + 2]
    if "--below" in arguments:  # a quick run: only the bit patterns below this one (hexadecimal)
        at = arguments.index("--below")
        last = int(arguments[at + 1], 16)
        del arguments[at:at + 2]
    timing = "--speed" in arguments
    if timing:
        arguments.remove("--speed")
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
        harness = os.path.join(folder, "harness.c")
        with open(harness, "w") as file:
            file.write(HARNESS)
        subprocess.run([os.environ.get("CC", "clang"), "-O2", "-ffp-contract=off", "-shared", "-fPIC", "-I",
                        "Sources/CKernels/include", *sources, harness, "-o", library, "-lm"], check=True)
        kernels = ctypes.CDLL(library)
        automatic = kernels.docbuild_elementary_path()
        paths = [path for path in range(automatic + 1) if chosen_paths is None or PATHS[path] in chosen_paths]
        if timing:
            speed(kernels, names, say)
            return
        pointer = ctypes.POINTER(ctypes.c_double)
        say(f"NumPy {np.__version__}, {'every' if every == 1 else f'one chunk of 2^{chunk_bits} in {every} of the'} "
            f"float32 bit patterns below 0x{last:x}, paths "
            f"{', '.join(PATHS[path] for path in paths)}")
        chunk = 1 << chunk_bits
        offsets = np.arange(chunk, dtype=np.uint32)
        compare = kernels.compare_chunk
        compare.restype = ctypes.c_size_t
        compare.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_void_p,
                            ctypes.c_size_t]
        room = np.zeros(5, dtype=np.uint32)
        for name in names:
            numpy_function = FUNCTIONS[name]
            kernel = ctypes.cast(getattr(kernels, f"docbuild_numpy_{name}_float32"), ctypes.c_void_p)
            differ = [0] * (automatic + 1)
            examples = [[] for _ in range(automatic + 1)]
            not_rounded = sampled = 0
            start_time = time.time()
            for start in range(0, last, chunk * every):
                x = (offsets + np.uint32(start)).view(np.float32)
                with np.errstate(all="ignore"):
                    expected = numpy_function(x)
                expected_bits = np.ascontiguousarray(expected.view(np.uint32))
                if (start >> chunk_bits) % 64 == 0:  # one chunk in 64: how often NumPy's float is not the rounded one
                    with np.errstate(all="ignore"):
                        rounded = numpy_function(x.astype(np.float64)).astype(np.float32)
                    not_rounded += int(np.count_nonzero(
                        (rounded.view(np.uint32) != expected_bits) & ~(np.isnan(expected) & np.isnan(rounded))))
                    sampled += chunk
                for path in paths:
                    kernels.docbuild_elementary_force_path(path)
                    count = compare(kernel, start, chunk, expected_bits.ctypes.data, room.ctypes.data, len(room))
                    for bits in room[: min(count, len(room))][: max(0, 5 - len(examples[path]))]:
                        value = np.array([bits], dtype=np.uint32).view(np.float32)
                        with np.errstate(all="ignore"):
                            theirs = numpy_function(value)
                            wide = value.astype(np.float64)
                        ours = np.empty(1)
                        kernels[f"docbuild_numpy_{name}_float32"](
                            wide.ctypes.data_as(pointer), ours.ctypes.data_as(pointer), ctypes.c_size_t(1))
                        examples[path].append(f"  {name}(0x{bits:08x} = {value[0]!r}) = {np.float32(ours[0])!r}, "
                                              f"NumPy {theirs[0]!r} (one element at a time)")
                    differ[path] += count
                kernels.docbuild_elementary_force_path(-1)
            for path in paths:
                say(f"float32 {name} ({PATHS[path]}): {differ[path]} of {last // every} differ from NumPy")
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
