#!/usr/bin/env python3
"""Writes Sources/CKernels/numpy_svml_estimates.h: what this CPU's AVX-512 estimate instructions vrsqrt14pd and
vrcp14pd return, as tables, so that docbuild's ports of Intel SVML's arcsin, arccos and arctan (which start from those
estimates; Sources/CKernels/numpy_elementary_trig.c) give the same bits on every CPU and code path.

Why tables: the instructions' results are only specified to within 2^-14, and SVML's final rounding depends on the
exact estimate (a port using 1/sqrt rounded to 16 bits instead differs from NumPy on 0.07% of arcsin's inputs). Both
return a 16-bit mantissa that depends only on the input's exponent and its top mantissa bits, which this script
checks before tabulating:
- vrsqrt14pd(x), x = 4^k m with m in [1, 4): 2^-k times the estimate of m, which depends on whether m < 2 and on the
  top 15 bits of x's mantissa (bits 37...51), except that 4^k gives 2^-k exactly;
- vrcp14pd(x), x = +-2^k m with m in [1, 2): +-2^-k times the estimate of m, which depends on the top 16 bits of
  the mantissa (bits 36...51), except that 2^k gives 2^-k exactly.
Each table entry is the estimate's mantissa bits 36...51 for m's estimate (in [1/2, 1), exponent -1); the header
holds them as steps of 0 to 3 between neighbours (asserted), decoded by numpy_elementary_trig.c when it loads.

Run from the repository root on an x86-64 machine with AVX-512 (it compiles and runs a small C program with the
instructions, with clang); the output is byte-identical on this machine (an AMD EPYC, Zen 4). Another CPU model may
implement the estimates differently; then NumPy's SVML results differ there too, and the script says which entries.
"""

import os
import subprocess
import sys
import tempfile

OUT = os.path.join("Sources", "CKernels", "numpy_svml_estimates.h")

PROGRAM = r"""
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t rsqrt14(uint64_t x) {
  double d, o[8];
  memcpy(&d, &x, 8);
  _mm512_storeu_pd(o, _mm512_rsqrt14_pd(_mm512_set1_pd(d)));
  uint64_t r;
  memcpy(&r, &o[0], 8);
  return r;
}

static uint64_t rcp14(uint64_t x) {
  double d, o[8];
  memcpy(&d, &x, 8);
  _mm512_storeu_pd(o, _mm512_rcp14_pd(_mm512_set1_pd(d)));
  uint64_t r;
  memcpy(&r, &o[0], 8);
  return r;
}

static uint64_t state = 88172645463325252ull;
static uint64_t next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

int main(void) {
  int failures = 0;
  // rsqrt14: every (parity, top 15 bits), checked against lower bits (all zero but for exact powers of 4, all one,
  // random) and against other exponents (scaled by 4^k).
  for (uint64_t parity = 0; parity < 2; parity++)
    for (uint64_t top = 0; top < 32768; top++) {
      uint64_t base = ((0x3ffull + parity) << 52) | (top << 37);
      uint64_t ones = base | ((1ull << 37) - 1);
      uint64_t expected = rsqrt14(ones);
      if ((expected >> 52) != 0x3fe || (expected & ((1ull << 36) - 1))) failures++;
      uint64_t exact = rsqrt14(base);
      if (parity == 0 && top == 0 ? exact != 0x3ff0000000000000ull : exact != expected) failures++;
      for (int t = 0; t < 24; t++) {
        uint64_t low = (next() & ((1ull << 37) - 1)) | 1;
        if (rsqrt14(base | low) != expected) failures++;
        int64_t k = (int64_t)(next() % 1020) - 510;  // 4^k m stays normal, and so does its estimate
        uint64_t scaled = (base | low) + ((uint64_t)(2 * k) << 52);
        if (rsqrt14(scaled) != expected - ((uint64_t)k << 52)) failures++;
      }
      printf("%llu\n", (unsigned long long)((expected >> 36) & 0xffff));
    }
  // rcp14: every top 16 bits.
  for (uint64_t top = 0; top < 65536; top++) {
    uint64_t base = (0x3ffull << 52) | (top << 36);
    uint64_t ones = base | ((1ull << 36) - 1);
    uint64_t expected = rcp14(ones);
    if ((expected >> 52) != 0x3fe || (expected & ((1ull << 36) - 1))) failures++;
    uint64_t exact = rcp14(base);
    if (top == 0 ? exact != 0x3ff0000000000000ull : exact != expected) failures++;
    for (int t = 0; t < 24; t++) {
      uint64_t low = (next() & ((1ull << 36) - 1)) | 1;
      if (rcp14(base | low) != expected) failures++;
      int64_t k = (int64_t)(next() % 2040) - 1020;
      uint64_t scaled = (base | low) + ((uint64_t)k << 52);
      if (rcp14(scaled) != expected - ((uint64_t)k << 52)) failures++;
      if (rcp14(scaled | 0x8000000000000000ull) != ((expected - ((uint64_t)k << 52)) | 0x8000000000000000ull))
        failures++;  // odd in y
    }
    printf("%llu\n", (unsigned long long)((expected >> 36) & 0xffff));
  }
  fprintf(stderr, "%d failures\n", failures);
  return failures != 0;
}
"""


def steps(name, values):
    """values as the first one and the steps down from each to the next (0...3), 32 steps of 2 bits a word, lowest
    first: the table in an eighth of its size, decoded once when the library loads."""
    deltas = [values[i] - values[i + 1] for i in range(len(values) - 1)] + [0]
    assert all(0 <= d <= 3 for d in deltas), name
    words = [sum(d << (2 * j) for j, d in enumerate(deltas[start:start + 32])) for start in range(0, len(deltas), 32)]
    lines = [f"static const uint64_t {name}[{len(words)}] = {{"]
    for start in range(0, len(words), 4):
        lines.append("    " + ", ".join(f"0x{w:016x}ull" for w in words[start:start + 4]) + ",")
    return lines + ["};"]


def main():
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "estimates.c")
        binary = os.path.join(directory, "estimates")
        with open(source, "w") as file:
            file.write(PROGRAM)
        subprocess.run(["clang", "-O1", "-mavx512f", source, "-o", binary], check=True)
        result = subprocess.run([binary], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit("the estimates do not have the structure the tables assume: " + result.stderr)
    values = [int(line) for line in result.stdout.split()]
    rsqrt, rcp = values[:65536], values[65536:]
    lines = [
        "// Generated by Tests/TensorCoreTests/Fixtures/make_svml_estimate_tables.py on an AMD EPYC (Zen 4); do not",
        "// edit. The mantissa bits 36...51 of vrsqrt14pd's and vrcp14pd's estimates, which Intel SVML's arcsin, arccos",
        "// and arctan start from (see the script for the tables' structure, checked on every entry), as a first value",
        "// and the steps down from each entry to the next, 2 bits each, 32 to a word, lowest first.",
        "#ifndef DOCBUILD_NUMPY_SVML_ESTIMATES_H",
        "#define DOCBUILD_NUMPY_SVML_ESTIMATES_H",
        "",
        "#include <stdint.h>",
        "",
        "// vrsqrt14pd of m in [1, 2) (entries 0...32767) and [2, 4) (32768...), by the top 15 bits of its mantissa.",
        f"#define SVML_RSQRT14_FIRST {rsqrt[0]}",
        f"#define SVML_RSQRT14_SECOND_HALF_FIRST {rsqrt[32768]}",
    ]
    lines += steps("svml_rsqrt14_steps", rsqrt[:32768]) + steps("svml_rsqrt14_second_half_steps", rsqrt[32768:])
    lines += ["", "// vrcp14pd of m in [1, 2), by the top 16 bits of its mantissa.", f"#define SVML_RCP14_FIRST {rcp[0]}"]
    lines += steps("svml_rcp14_steps", rcp)
    lines += ["", "#endif", ""]
    with open(OUT, "w") as file:
        file.write("\n".join(lines))


if __name__ == "__main__":
    main()
