#!/usr/bin/env python3
"""Speed of docbuild's ports of glibc's asin, acos, atan, atan2 and hypot against the C library's own, in one run.

Run from the repository root: `python3 Benchmarks/glibc_inverse_speed.py [--rounds 7]`. It compiles
Sources/CKernels/glibc_inverse_trig.c with clang -O2 (as a release build does) into a small timing program, which
calls each function and the C library's (glibc, which CPython's `math` calls) on the same 10^6 inputs, alternating the
two in each round; it prints ns per call for both (median and range over the rounds) and their ratio, and, as the
peer a reader meets, CPython's own `math.asin(x)` etc. per call in a list comprehension over the same count (which adds
CPython's call overhead to glibc's function). hypot is docbuild's Swift port (GlibcMath.hypot), not in this program:
its peer figure is CPython's. The load average is printed first, since the machine is shared.
"""

import argparse
import math
import os
import random
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = r"""
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int docbuild_elementary_path(void) { return 1; }
double docbuild_glibc_asin(double), docbuild_glibc_acos(double), docbuild_glibc_atan(double);
double docbuild_glibc_atan2(double, double);
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
#define N 1000000
static double x[N], y[N];
static volatile double sink;
#define TIME(expression) ({ double start = now(), s = 0; for (int i = 0; i < N; i++) s += (expression); sink = s; (now() - start) * 1e9 / N; })
int main(int argc, char **argv) {
  int rounds = atoi(argv[1]);
  srand(7);
  for (int i = 0; i < N; i++) { x[i] = 2.0 * rand() / RAND_MAX - 1; y[i] = 4.0 * rand() / RAND_MAX - 2; }
  for (int r = 0; r < rounds; r++) {
    printf("asin %f %f\n", TIME(docbuild_glibc_asin(x[i])), TIME(asin(x[i])));
    printf("acos %f %f\n", TIME(docbuild_glibc_acos(x[i])), TIME(acos(x[i])));
    printf("atan %f %f\n", TIME(docbuild_glibc_atan(y[i] * 8)), TIME(atan(y[i] * 8)));
    printf("atan2 %f %f\n", TIME(docbuild_glibc_atan2(x[i], y[i])), TIME(atan2(x[i], y[i])));
  }
  return 0;
}
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "bench.c")
        with open(source, "w") as out:
            out.write(PROGRAM)
        binary = os.path.join(folder, "bench")
        subprocess.run(["clang", "-O2", "-I", os.path.join(ROOT, "Sources/CKernels"), "-I",
                        os.path.join(ROOT, "Sources/CKernels/include"), source,
                        os.path.join(ROOT, "Sources/CKernels/glibc_inverse_trig.c"), "-lm", "-o", binary], check=True)
        output = subprocess.run([binary, str(args.rounds)], check=True, capture_output=True, text=True).stdout
    times = {}
    for line in output.split("\n"):
        if line:
            name, ours, theirs = line.split()
            times.setdefault(name, []).append((float(ours), float(theirs)))
    rng = random.Random(7)
    xs = [rng.uniform(-1, 1) for _ in range(10**6)]
    ys = [rng.uniform(-2, 2) for _ in range(10**6)]
    peers = {"asin": lambda: [math.asin(v) for v in xs], "acos": lambda: [math.acos(v) for v in xs],
             "atan": lambda: [math.atan(v * 8) for v in ys], "atan2": lambda: [math.atan2(a, b) for a, b in zip(xs, ys)],
             "hypot": lambda: [abs(complex(a, b)) for a, b in zip(xs, ys)]}
    print(f"{'function':8} {'docbuild ns':>14} {'glibc ns':>14} {'ratio':>12} {'CPython math ns':>16}")
    for name, peer in peers.items():
        cpython = []
        for _ in range(3):
            start = time.perf_counter()
            peer()
            cpython.append((time.perf_counter() - start) * 1e9 / 10**6)
        if name in times:
            ours = [a for a, _ in times[name]]
            theirs = [b for _, b in times[name]]
            ratios = [a / b for a, b in times[name]]
            print(f"{name:8} {statistics.median(ours):6.1f} ({min(ours):.1f}-{max(ours):.1f}) "
                  f"{statistics.median(theirs):6.1f} ({min(theirs):.1f}-{max(theirs):.1f}) "
                  f"{statistics.median(ratios):5.2f} ({min(ratios):.2f}-{max(ratios):.2f}) {statistics.median(cpython):8.1f}")
        else:
            print(f"{name:8} {'(Swift)':>14} {'':>14} {'':>12} {statistics.median(cpython):8.1f}")
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))


if __name__ == "__main__":
    main()
