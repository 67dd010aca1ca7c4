#!/usr/bin/env python3
"""Writes glibc_complex.json: NumPy's complex128 results of exp, exp2, expm1, sqrt, sin, cos, tan, sinh, cosh and tanh
(glibc's cexp, csqrt, csin, ccos, ctan, csinh, ccosh, ctanh, and NumPy's formulas on them) for 81,681 inputs, which
docbuild computes with Sources/TensorCore/GlibcMath/GlibcComplex.swift. Run with NumPy 2.4 on x86-64 Linux with glibc
2.36 (the machine the project's fixtures come from); rerun from the repository root, byte-identical output.

The inputs are not stored: both this script and the test make them from bit patterns of a SplitMix64 stream (integer
arithmetic only, so the same doubles everywhere), followed by every pair of SPECIALS. The results are stored as one
FNV-1a hash per block of BLOCK inputs over every bit of both parts (a NaN counted as 0x7ff8000000000000: NumPy prints
every NaN alike, and which NaN an operation on NaNs keeps depends on the compiler's operand order), plus the full
results for the special pairs so that a failure there names its input. `--show NAME BLOCK` prints one block's inputs
and NumPy's results, for comparing with what the test reports.
"""

import json
import struct
import sys

import numpy as np

BLOCK = 500
MASK = (1 << 64) - 1
SPECIALS = [0.0, -0.0, float("inf"), -float("inf"), float("nan"), 1.0, -1.0, 5e-324, -5e-324, 2.2250738585072014e-308,
            -2.2250738585072014e-308, 1e-300, 1.7976931348623157e308, -1.7976931348623157e308, 709.0, 709.5, -709.5,
            710.0, 354.0, 354.5, -354.5, 355.0, 1418.5, 2127.5, 2200.0, 3.141592653589793, -3.141592653589793,
            1.5707963267948966, 1e-8, 1e8, 1e22, 0.5, 1.5, 4.4e-16, 1e-310, 3e-308, 4.5e-308, 1e307, 5e307, 0.71, 1.73]
# (count, exponent range of the real part, of the imaginary part; None keeps the part at +-0 or +-1e-300)
GROUPS = [(20000, (1015, 1027), (1015, 1027)),  # |parts| in [2^-8, 16)
          (20000, (963, 1083), (963, 1083)),  # 2^-60 to 2^60
          (20000, (0, 2046), (0, 2046)),  # every exponent, subnormals included
          (10000, (1031, 1034), (1000, 1030)),  # real part 256 to 4096: past exp's thresholds 354, 709, 1418, 2127
          (5000, (1015, 1026), None),
          (5000, None, (1015, 1026))]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def double(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def part(rng, exponents):
    r = rng.next()
    if exponents is None:
        return double([0, 1 << 63, 0x01A56E1FC2F8F359, 0x81A56E1FC2F8F359][r & 3])  # +-0, +-1e-300
    low, high = exponents
    exponent = low + (r >> 12) % (high - low + 1)
    return double((r & (1 << 63)) | (exponent << 52) | (rng.next() & ((1 << 52) - 1)))


def inputs():
    rng = SplitMix64(20261130)
    values = []
    for count, real, imag in GROUPS:
        for _ in range(count):
            x = part(rng, real)
            values.append((x, part(rng, imag)))
    values += [(x, y) for x in SPECIALS for y in SPECIALS]
    return values


def fnv(words):
    h = 0xCBF29CE484222325
    for word in words:
        for shift in range(0, 64, 8):
            h = ((h ^ ((word >> shift) & 0xFF)) * 0x100000001B3) & MASK
    return h


def canonical(x):
    return 0x7FF8000000000000 if x != x else bits(x)


FUNCTIONS = {"exp": np.exp, "exp2": np.exp2, "expm1": np.expm1, "sqrt": np.sqrt, "sin": np.sin, "cos": np.cos,
             "tan": np.tan, "sinh": np.sinh, "cosh": np.cosh, "tanh": np.tanh}


def results(function, values):
    z = np.array([complex(x, 0) for x, _ in values])
    z.imag = [y for _, y in values]
    with np.errstate(all="ignore"):
        return function(z)


def main():
    values = inputs()
    if len(sys.argv) == 4 and sys.argv[1] == "--show":
        block = int(sys.argv[3])
        chunk = values[block * BLOCK:(block + 1) * BLOCK]
        for (x, y), w in zip(chunk, results(FUNCTIONS[sys.argv[2]], chunk)):
            print(f"{bits(x):016x} {bits(y):016x} -> {canonical(w.real):016x} {canonical(w.imag):016x}")
        return
    special_start = len(values) - len(SPECIALS) ** 2
    table = {"inputs": len(values), "block": BLOCK, "functions": {}}
    for name, function in FUNCTIONS.items():
        w = results(function, values)
        words = [v for c in w for v in (canonical(c.real), canonical(c.imag))]
        hashes = [f"{fnv(words[i:i + 2 * BLOCK]):016x}" for i in range(0, len(words), 2 * BLOCK)]
        specials = [f"{words[2 * i]:016x}{words[2 * i + 1]:016x}" for i in range(special_start, len(values))]
        table["functions"][name] = {"hashes": hashes, "specials": specials}
    table["numpy"] = np.__version__
    with open("Tests/TensorCoreTests/Fixtures/glibc_complex.json", "w") as out:
        json.dump(table, out, indent=0, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
