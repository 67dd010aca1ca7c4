#!/usr/bin/env python3
"""Proves on every float32 input that docbuild's ports of Intel SVML's float32 arcsin, arccos, arctan, arctan2, tan
and cbrt (Sources/CKernels/numpy_elementary_trig_f32.c) give NumPy's bits, and writes the evidence to
svml_trig_f32_proof.txt.

For each one-argument function, all 2^32 float32 bit patterns (NaNs, infinities, subnormals and both zeros included)
go through NumPy 2.4.6 as contiguous float32 arrays (Intel SVML's `_la` kernel on this AVX-512 machine) and through
docbuild's C kernel, compiled here with clang from the repository's source, on each of its code paths (portable,
AVX2+FMA, AVX-512, forced in turn); every result bit pattern must agree. docbuild holds float32 values as doubles, so
the inputs reach the kernel converted to float64 (exact; a signalling NaN arrives quieted, which SVML's result is
anyway) and its results are converted back. arctan2 has 2^64 pairs: every float32 y against x drawn per element, then
every x against drawn y. Elements the kernels leave undecided (docbuild refuses them) are counted apart. "share" is
the share of random finite inputs whose NumPy float32 result differs from NumPy's float64 result of the same input
rounded to float32 (about how often a correctly rounded float32 would print other digits).

Run from the repository root on an x86-64 machine with AVX-512:
python3 Tests/TensorCoreTests/Fixtures/prove_svml_trig_f32.py [--sample] [function ...] (PROVE_PATHS=2,1,0 picks the
paths; a function takes about a CPU minute per path, arctan2 two; --sample checks 7.4 million chosen inputs instead, in
seconds; the summary lines are rewritten for the functions and paths run and kept for the others).
"""

import ctypes
import os
import subprocess
import sys
import tempfile

import numpy as np

FIXTURES = os.path.join("Tests", "TensorCoreTests", "Fixtures")
SUMMARY = os.path.join(FIXTURES, "svml_trig_f32_proof.txt")
SHIM = r"""
#include <stdint.h>
#include <string.h>
#include <stddef.h>
static int forced_path = 0;
int docbuild_elementary_path(void) { return forced_path; }

typedef void (*Unary)(const double *, double *, size_t);
typedef size_t (*Binary)(const double *, const double *, double *, size_t, uint32_t *);
typedef size_t (*Refusing)(const double *, double *, size_t, uint32_t *);

// Runs `kernel` on path `path` over n float32 inputs (as doubles, as docbuild holds them; `kind` 1 for a binary
// kernel, its second operand in `b`, 2 for a unary one that leaves some elements undecided) and counts the results
// whose float32 bit pattern differs from `expected`; the first such index goes to *first. Undecided elements (which
// docbuild refuses) are counted in *refused instead.
uint64_t prove_compare(int path, void *kernel, int kind, const float *a, const float *b, const uint32_t *expected,
                       size_t n, int64_t *first, uint64_t *refused) {
  int binary = kind == 1;
  enum { CHUNK = 4096 };
  double x[CHUNK], x2[CHUNK], y[CHUNK];
  uint32_t undecided[CHUNK];
  unsigned char skip[CHUNK];
  uint64_t bad = 0;
  forced_path = path;
  *first = -1;
  for (size_t start = 0; start < n; start += CHUNK) {
    size_t length = n - start < CHUNK ? n - start : CHUNK;
    for (size_t i = 0; i < length; i++) x[i] = a[start + i];
    memset(skip, 0, sizeof skip);
    if (binary) {
      for (size_t i = 0; i < length; i++) x2[i] = b[start + i];
      size_t left = ((Binary)kernel)(x, x2, y, length, undecided);
      for (size_t k = 0; k < left; k++) skip[undecided[k]] = 1;
      *refused += left;
    } else if (kind == 2) {
      size_t left = ((Refusing)kernel)(x, y, length, undecided);
      for (size_t k = 0; k < left; k++) skip[undecided[k]] = 1;
      *refused += left;
    } else {
      ((Unary)kernel)(x, y, length);
    }
    for (size_t i = 0; i < length; i++) {
      if (skip[i]) continue;
      float r = (float)y[i];
      uint32_t bits;
      memcpy(&bits, &r, sizeof bits);
      if (bits != expected[start + i]) {
        if (*first < 0) *first = (int64_t)(start + i);
        bad++;
      }
    }
  }
  return bad;
}
"""
PATHS = {0: "portable", 1: "avx2", 2: "avx512"}
UNARY = {"arcsin": "asin", "arccos": "acos", "arctan": "atan", "tan": "tan", "cbrt": "cbrt"}
# The one-argument kernels that leave some elements undecided (docbuild refuses them).
REFUSING = ("docbuild_numpy_tan_float32",)
SHARE_DOMAINS = {"arcsin": (-1, 1), "arccos": (-1, 1), "arctan": (-10, 10), "arctan2": (-5, 5), "tan": (-10, 10),
                 "cbrt": (-100, 100)}
ORDER = ["arcsin", "arccos", "arctan", "arctan2", "tan", "cbrt"]
BLOCK = 1 << 24
# A smaller count (PROVE_LIMIT=2**26) makes a quick trial run; the summary is then not evidence.
LIMIT = int(os.environ.get("PROVE_LIMIT", 1 << 32))
BINARY_INPUTS = "2^33 pairs (every float32 y against a hashed x, every float32 x against a hashed y)"


def build(directory):
    shim = os.path.join(directory, "shim.c")
    with open(shim, "w") as file:
        file.write(SHIM)
    library = os.path.join(directory, "libtrigf32.so")
    sources = [os.path.join("Sources", "CKernels", "numpy_elementary_trig_f32.c"), shim]
    subprocess.run(["clang", "-O2", "-shared", "-fPIC", "-I", os.path.join("Sources", "CKernels", "include")]
                   + sources + ["-o", library], check=True)
    return ctypes.CDLL(library)


def pointer(array):
    return array.ctypes.data_as(ctypes.c_void_p)


def compare(library, path, kernel, inputs, expected, second=None, refused=None):
    """Mismatches of `kernel` on `path` against `expected` and the first one's index; a binary kernel's refused
    elements are added to `refused` (a ctypes.c_uint64)."""
    first = ctypes.c_int64()
    refused = refused if refused is not None else ctypes.c_uint64()
    kind = 1 if second is not None else 2 if kernel.__name__ in REFUSING else 0
    bad = library.prove_compare(path, ctypes.cast(kernel, ctypes.c_void_p), kind, pointer(inputs),
                                pointer(second if second is not None else inputs), pointer(expected),
                                ctypes.c_size_t(len(inputs)), ctypes.byref(first), ctypes.byref(refused))
    return bad, first.value


def prove_unary(library, name, paths):
    function = getattr(np, name)
    kernel = getattr(library, f"docbuild_numpy_{UNARY[name]}_float32")
    mismatches = {path: 0 for path in paths}
    refused = {path: ctypes.c_uint64() for path in paths}
    first = {}
    with np.errstate(all="ignore"):
        base = np.arange(BLOCK, dtype=np.uint32)
        for start in range(0, LIMIT, BLOCK):
            inputs = (base + np.uint32(start)).view(np.float32)
            expected = function(inputs).view(np.uint32)
            for path in paths:
                bad, index = compare(library, path, kernel, inputs, expected, refused=refused[path])
                mismatches[path] += bad
                if bad and path not in first:
                    first[path] = (hex(start + index), hex(int(expected[index])))
            if start % (BLOCK * 16) == 0:
                print(name, hex(start), mismatches, first, file=sys.stderr, flush=True)
    return mismatches, {path: refused[path].value for path in paths}


def prove_binary(library, name, paths):
    """arctan2: every float32 y against an x drawn for each element, then every float32 x against a drawn y; the
    drawn operand is a hash of the other's bit pattern (sign and mantissa from the hash, exponent in [2^-63, 2^65),
    the main path's range), so the run is reproducible and cheap."""
    kernel = library.docbuild_numpy_atan2_float32
    mismatches = {path: 0 for path in paths}
    refused = {path: ctypes.c_uint64() for path in paths}
    first = {}
    base = np.arange(BLOCK, dtype=np.uint32)
    with np.errstate(all="ignore"):
        for start in list(range(0, LIMIT, BLOCK)) + list(range(1 << 32, (1 << 32) + LIMIT, BLOCK)):
            every_bits = base + np.uint32(start & 0xffffffff)
            hashed = every_bits * np.uint32(0x9E3779B1) + np.uint32(start >> 32)
            hashed ^= hashed >> np.uint32(15)
            drawn = ((hashed & np.uint32(0x807fffff)) | ((np.uint32(0x40) + (hashed >> np.uint32(23) & np.uint32(0x7f)))
                                                         << np.uint32(23))).view(np.float32)
            every = every_bits.view(np.float32)
            y, x = (every, drawn) if start < 1 << 32 else (drawn, every)
            expected = np.arctan2(y, x).view(np.uint32)
            for path in paths:
                bad, index = compare(library, path, kernel, y, expected, x, refused[path])
                mismatches[path] += bad
                if bad and path not in first:
                    first[path] = (float(y[index]), float(x[index]), hex(int(expected[index])))
            if start % (BLOCK * 16) == 0:
                print(name, hex(start), mismatches, first, file=sys.stderr, flush=True)
    return mismatches, {path: refused[path].value for path in paths}


SPECIAL_BITS = [0, 0x80000000, 1, 0x80000001, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00001, 0x7f7fffff, 0xff7fffff,
                0x00800000, 0x3f800000, 0xbf800000, 0x01000000, 0x7d000000, 0x7cffffff, 0x00ffffff, 0x40000000,
                0x46010000, 0x46010001, 0x7fa00000]


def sampled_inputs(seed):
    """2^22 random bit patterns, every 37th float32 in [0.125, 16) of either sign, and special values."""
    rng = np.random.default_rng(seed)
    dense = np.arange(0x3e000000, 0x41800000, 37, dtype=np.uint32)
    return np.concatenate([rng.integers(0, 1 << 32, 1 << 22, dtype=np.uint64).astype(np.uint32), dense,
                           dense | np.uint32(0x80000000), np.array(SPECIAL_BITS, dtype=np.uint32)]).view(np.float32)


def prove_sampled(library, name, paths):
    """The quick check (--sample): the inputs of `sampled_inputs` (arctan2: pairs of them, pairs of random
    floats with exponents in the main path's range and beyond, pairs of uniform values in [-5, 5], and every pair of
    special values)."""
    mismatches = {path: 0 for path in paths}
    refused = {path: ctypes.c_uint64() for path in paths}
    with np.errstate(all="ignore"):
        if name in UNARY:
            inputs = sampled_inputs(1)
            expected = getattr(np, name)(inputs).view(np.uint32)
            kernel = getattr(library, f"docbuild_numpy_{UNARY[name]}_float32")
            for path in paths:
                mismatches[path] += compare(library, path, kernel, inputs, expected, refused=refused[path])[0]
        else:
            rng = np.random.default_rng(5)
            count = 1 << 21
            bits = (rng.integers(0, 2, (2, count), dtype=np.uint32) << 31) | (
                rng.integers(0x60, 0xa0, (2, count), dtype=np.uint32) << 23) | rng.integers(
                    0, 1 << 23, (2, count), dtype=np.uint32)
            special = np.array(SPECIAL_BITS, dtype=np.uint32).view(np.float32)
            first = sampled_inputs(2)
            y = np.concatenate([first, bits[0].view(np.float32), rng.uniform(-5, 5, count).astype(np.float32),
                                np.repeat(special, len(special))])
            x = np.concatenate([np.roll(first, 1), bits[1].view(np.float32),
                                rng.uniform(-5, 5, count).astype(np.float32), np.tile(special, len(special))])
            expected = np.arctan2(y, x).view(np.uint32)
            for path in paths:
                mismatches[path] += compare(library, path, library.docbuild_numpy_atan2_float32, y, expected, x,
                                            refused[path])[0]
            inputs = y
    return mismatches, {path: refused[path].value for path in paths}, len(inputs)


def differing_share(name):
    """The share of 2^20 seeded tutorial-sized inputs (uniform over the function's everyday domain) whose NumPy
    float32 result differs from NumPy's float64 result rounded to float32."""
    rng = np.random.default_rng(11)
    low, high = SHARE_DOMAINS[name]
    inputs = rng.uniform(low, high, 1 << 20).astype(np.float32)
    with np.errstate(all="ignore"):
        if name == "arctan2":
            second = rng.uniform(low, high, 1 << 20).astype(np.float32)
            got, wide = np.arctan2(inputs, second), np.arctan2(inputs.astype(np.float64), second.astype(np.float64))
        else:
            function = getattr(np, name)
            got, wide = function(inputs), function(inputs.astype(np.float64))
    return float(np.mean(got.view(np.uint32) != wide.astype(np.float32).view(np.uint32)))


def main():
    sampled = "--sample" in sys.argv
    names = [name for name in sys.argv[1:] if name != "--sample"] or ORDER
    paths = [int(p) for p in os.environ.get("PROVE_PATHS", "0,1,2").split(",")]
    lines = {}
    with tempfile.TemporaryDirectory() as directory:
        library = build(directory)
        library.prove_compare.restype = ctypes.c_uint64
        for name in names:
            if sampled:
                mismatches, refused, count = prove_sampled(library, name, paths)
                inputs = f"{count} sampled inputs (--sample)"
            elif name in UNARY:
                mismatches, refused = prove_unary(library, name, paths)
                inputs = "every float32 input (2^32)"
            else:
                mismatches, refused = prove_binary(library, name, paths)
                inputs = BINARY_INPUTS
            for path in paths:
                extra = f", {refused[path]} refused (SVML's scalar fallback)" if refused[path] else ""
                key = f"{name} {PATHS[path]}" + (" sampled" if sampled else "")
                lines[key] = f"{inputs}: {mismatches[path]} mismatches{extra}"
            lines[f"{name} share"] = (f"NumPy's float32 result differs from its float64 one rounded to float32 on "
                                      f"{differing_share(name):.2%} of 2^20 tutorial-sized inputs")
            for key in lines:
                if key.startswith(name + " "):
                    print(f"{key}: {lines[key]}", flush=True)
            if LIMIT == 1 << 32 or sampled:
                write_summary(lines)


def write_summary(lines):
    """Merges `lines` into the summary file (another run's lines for other functions and paths are kept)."""
    merged = {}
    if os.path.exists(SUMMARY):
        for line in open(SUMMARY):
            if not line.startswith("#") and ": " in line:
                key, value = line.rstrip("\n").split(": ", 1)
                merged[key] = value
    merged.update(lines)
    kinds = ["share"] + [f"{path}{mode}" for path in PATHS.values() for mode in ("", " sampled")]
    order = [f"{name} {kind}" for name in ORDER for kind in kinds]
    with open(SUMMARY, "w") as file:
        file.write(f"# Written by prove_svml_trig_f32.py (NumPy {np.__version__}): docbuild's float32 SVML ports "
                   "against NumPy's own float32 ufuncs, by function and code path.\n")
        for key in order:
            if key in merged:
                file.write(f"{key}: {merged[key]}\n")


if __name__ == "__main__":
    main()
