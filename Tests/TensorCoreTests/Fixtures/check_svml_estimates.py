#!/usr/bin/env python3
"""Checks that docbuild's vrcp14pd and vrsqrt14pd (F(rcp14) and F(rsqrt14) in Sources/CKernels/numpy_lane_helpers.h,
Intel's reference definition of the AVX-512 estimate instructions) equal this CPU's instructions.

Why: Intel SVML's arcsin, arccos, arctan, arctan2, tan, cbrt, arcsinh, arccosh and arctanh, which NumPy runs on
AVX-512 machines, start from these estimates, and their final rounding depends on the estimate's exact bits; docbuild's
portable and AVX2 paths compute them by Intel's definition, its AVX-512 path runs the instructions. This script (which
replaced make_svml_estimate_tables.py, the writer of the table of this CPU's estimates the trig port used to read)
compiles the lane helpers for the portable and AVX2 paths with clang and compares them bit for bit with the
instructions on every table entry, that is every value of the mantissa bits the estimates depend on:
- vrcp14pd: all 2^16 top 16 mantissa bits, each with 26 different low bits, exponents and signs (|v| in [2^-1022,
  2^1021), where the estimate is normal), the power of two itself included;
- vrsqrt14pd: both parities of the exponent times all 2^15 top 15 mantissa bits, each with 26 different low bits and
  exponents (every positive normal), the power of four itself included.
It prints the counts and exits with status 1 on any difference. Run from the repository root on an x86-64 machine
with AVX-512 and AVX2 (this project's AMD EPYC, Zen 4: 0 differences); on a CPU whose estimate instructions do not
follow Intel's definition it says how many differ, and NumPy's SVML results may then differ from docbuild's there.
"""

import os
import subprocess
import sys
import tempfile

LANES = r"""
#include "numpy_lane_helpers.h"

// The path's estimates of n values, n a multiple of 16.
ATTRIBUTES static void F(estimates)(const double *x, double *rcp, double *rsqrt, size_t n) {
  for (size_t i = 0; i < n; i += WIDTH) {
    VD v, r;
    memcpy(&v, x + i, sizeof v);
    r = F(rcp14)(v);
    memcpy(rcp + i, &r, sizeof r);
    r = F(rsqrt14)(v);
    memcpy(rsqrt + i, &r, sizeof r);
  }
}
"""

PROGRAM = r"""
#include <immintrin.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define LANES "check_lanes.h"
#include "lanes_per_path.h"

#define BATCH 32

// The instructions themselves.
__attribute__((target("avx512f"))) static void instructions(const double *x, double *rcp, double *rsqrt) {
  for (int i = 0; i < BATCH; i += 8) {
    _mm512_storeu_pd(rcp + i, _mm512_rcp14_pd(_mm512_loadu_pd(x + i)));
    _mm512_storeu_pd(rsqrt + i, _mm512_rsqrt14_pd(_mm512_loadu_pd(x + i)));
  }
}

static uint64_t state = 88172645463325252ull;
static uint64_t next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static long compared, differences;

// Compares one path's estimate of each x (rcp or rsqrt, by `which`) with the instruction's.
static void compare(const uint64_t *bits, int which) {
  double x[BATCH], expected_rcp[BATCH], expected_rsqrt[BATCH];
  double got_rcp[2][BATCH], got_rsqrt[2][BATCH];
  memcpy(x, bits, sizeof x);
  instructions(x, expected_rcp, expected_rsqrt);
  estimates_portable(x, got_rcp[0], got_rsqrt[0], BATCH);
  estimates_avx2(x, got_rcp[1], got_rsqrt[1], BATCH);
  for (int path = 0; path < 2; path++)
    for (int i = 0; i < BATCH; i++) {
      const double *expected = which ? expected_rsqrt : expected_rcp, *got = which ? got_rsqrt[path] : got_rcp[path];
      compared++;
      if (memcmp(&expected[i], &got[i], 8) != 0) {
        if (differences++ < 10) {
          uint64_t e, g;
          memcpy(&e, &expected[i], 8);
          memcpy(&g, &got[i], 8);
          fprintf(stderr, "%s path %s of 0x%016llx: instruction 0x%016llx, reference 0x%016llx\n",
                  which ? "rsqrt14" : "rcp14", path ? "avx2" : "portable", (unsigned long long)bits[i],
                  (unsigned long long)e, (unsigned long long)g);
        }
      }
    }
}

int main(void) {
  uint64_t bits[BATCH];
  // vrcp14pd: exponent fields 1...2043 (|v| < 2^1021), both signs.
  for (uint64_t top = 0; top < 65536; top++) {
    uint64_t base = top << 36;
    bits[0] = (0x3ffull << 52) | base;                        // the lowest input of the entry at exponent 0
    bits[1] = (0x3ffull << 52) | base | ((1ull << 36) - 1);  // the highest
    bits[2] = (1ull << 52) | base | (next() & ((1ull << 36) - 1));  // the smallest exponent
    bits[3] = (2043ull << 52) | base | (next() & ((1ull << 36) - 1));  // the largest
    bits[4] = (1ull << 52) | base;
    bits[5] = (2043ull << 52) | base;
    for (int i = 6; i < BATCH; i++) {
      uint64_t low = i < 16 ? next() & ((1ull << 36) - 1) : 0;
      bits[i] = ((1 + next() % 2043) << 52) | base | low | (next() & 0x8000000000000000ull);
    }
    compare(bits, 0);
  }
  // vrsqrt14pd: exponent fields 1...2046 of each parity.
  for (uint64_t parity = 0; parity < 2; parity++)
    for (uint64_t top = 0; top < 32768; top++) {
      uint64_t base = top << 37;
      bits[0] = ((0x3ffull + parity) << 52) | base;
      bits[1] = ((0x3ffull + parity) << 52) | base | ((1ull << 37) - 1);
      bits[2] = ((parity ? 2ull : 1ull) << 52) | base | (next() & ((1ull << 37) - 1));  // the smallest exponents
      bits[3] = ((parity ? 2045ull : 2046ull) << 52) | base | (next() & ((1ull << 37) - 1));  // the largest
      bits[4] = ((parity ? 2ull : 1ull) << 52) | base;
      bits[5] = ((parity ? 2045ull : 2046ull) << 52) | base;
      for (int i = 6; i < BATCH; i++) {
        uint64_t low = i < 16 ? next() & ((1ull << 37) - 1) : 0;
        uint64_t field = 1 + next() % 2046;
        if (((field - 1023) & 1) != parity) field = field == 2046 ? 2045 : field + 1;
        bits[i] = (field << 52) | base | low;
      }
      compare(bits, 1);
    }
  printf("%ld estimates compared with this CPU's vrcp14pd and vrsqrt14pd (portable and AVX2 paths): %ld differ\n",
         compared, differences);
  return differences != 0;
}
"""


def main():
    kernels = os.path.join(os.getcwd(), "Sources", "CKernels")
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "check_lanes.h"), "w") as file:
            file.write(LANES)
        source = os.path.join(directory, "check.c")
        binary = os.path.join(directory, "check")
        with open(source, "w") as file:
            file.write(PROGRAM)
        subprocess.run(["clang", "-O2", "-ffp-contract=off", "-I", directory, "-I", kernels, source, "-o", binary, "-lm"],
                       check=True)
        result = subprocess.run([binary])
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
