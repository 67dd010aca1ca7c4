#!/usr/bin/env python3
"""Holds docbuild's ports to CPython's own math results on a million inputs per function (or COUNT), then, with
--fixture, writes the small cpython_libm.json that CPythonLibmTests checks on every machine.

The functions: math.erf, erfc, cbrt, exp2, asinh, acosh and atanh (which CPython 3.11 takes from the C library: glibc 2.36's, ported in
Sources/TensorCore/GlibcMath), and math.gamma, lgamma, hypot (2 to 6 coordinates), dist and fsum (CPython's own
algorithms, ported in CPythonMath.swift and the interpreter's math module). Inputs are seeded: uniform and
log-uniform draws over every branch of each algorithm, integers and half-integers for gamma and lgamma, random bit
patterns, and the special values; for each input CPython's result bits or the exception it raises.

Run from the repository root after `swift build --build-tests`, with CPython 3.11 on x86-64 Linux with glibc 2.36:

    python3 Tests/TensorCoreTests/Fixtures/check_cpython_libm.py [COUNT]      # the proof: prints mismatches per function
    python3 Tests/TensorCoreTests/Fixtures/check_cpython_libm.py --fixture    # rewrites cpython_libm.json

The proof writes the cases to a temporary directory and runs `swift test --skip-build --disable-xctest --filter
CPythonLibmProofTests` with DOCBUILD_CPYTHON_LIBM_CASES pointing at it; that test reads each case, computes docbuild's
value and counts the bit patterns (and exception kinds) that differ. Last run: 0 of 1,000,000 for each of the twelve.
"""

import json
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

SPECIALS = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308, 1.0, -1.0, 0.5,
            -0.5, 2.0, 1e-300, -1e-300, 1.7976931348623157e308, -1.7976931348623157e308]


def draw(rng, ranges):
    low, high, kind = rng.choice(ranges)
    if kind == "u":
        return rng.uniform(low, high)
    if kind == "log":
        return math.copysign(10 ** rng.uniform(low, high), rng.choice([-1, 1]))
    if kind == "int":
        return float(rng.randint(int(low), int(high)))
    if kind == "half":
        return rng.randint(int(low), int(high)) + 0.5
    return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]  # "bits"


# Each range names a branch: erf's |x| < 2^-28, < 0.84375, < 1.25, < 1/0.35, < 6 (and erfc's < 28), beyond.
ERF_RANGES = [(-330, -8, "log"), (-0.85, 0.85, "u"), (-1.3, 1.3, "u"), (-3, 3, "u"), (-6.5, 6.5, "u"),
              (-29, 29, "u"), (-3, 2.5, "log"), (0, 0, "bits")]
CBRT_RANGES = [(-320, 308, "log"), (-10, 10, "u"), (-1, 1, "u"), (0, 0, "bits")]
# exp2: tiny arguments, the table range, the scale leaving the normal range (beyond 928 in size), the limits.
EXP2_RANGES = [(-1, 1, "u"), (-60, 60, "u"), (-1080, -900, "u"), (900, 1030, "u"), (-20, 0, "log"),
               (-1100, 1100, "u"), (0, 0, "bits")]
# gamma: below 5 and above (the Lanczos sum's two forms), past 140 (pow split in two), past 171.6 (overflow),
# negatives (reflection) to beyond -200, tiny arguments, integers and half-integers.
GAMMA_RANGES = [(-0.5, 5, "u"), (5, 30, "u"), (0, 172, "u"), (130, 180, "u"), (-30, 0, "u"), (-210, 0, "u"),
                (-30, -15, "log"), (-5, 2.3, "log"), (-210, 180, "int"), (-210, 180, "half"), (0, 0, "bits")]
LGAMMA_RANGES = [(-0.5, 5, "u"), (0, 30, "u"), (-30, 0, "u"), (-300, 300, "u"), (-30, -15, "log"), (-5, 308, "log"),
                 (-210, 180, "int"), (-210, 180, "half"), (0, 0, "bits")]
# asinh: below 2^-28, to 2, to 2^28, beyond; acosh: 1 to 2, to 2^28, beyond, and below 1; atanh: below 2^-28, to
# 0.5, to 1, and beyond.
ASINH_RANGES = [(-10, -8, "log"), (-2.1, 2.1, "u"), (-30, 30, "u"), (-9, 9, "log"), (8, 308, "log"), (0, 0, "bits")]
ACOSH_RANGES = [(1, 2.1, "u"), (1, 40, "u"), (-9, 9, "log"), (8, 308, "log"), (-16, 0, "log"), (0, 0, "bits")]
ATANH_RANGES = [(-10, -8, "log"), (-0.5, 0.5, "u"), (-1, 1, "u"), (-17, 0, "log"), (0, 0, "bits")]
COORDINATE_RANGES = [(-10, 10, "u"), (-1, 1, "u"), (-300, 300, "log"), (-320, -300, "log"), (-5, 5, "log"),
                     (-1000, 1000, "int")]

ONE_ARGUMENT = {
    "erf": (math.erf, ERF_RANGES),
    "erfc": (math.erfc, ERF_RANGES),
    "cbrt": (math.cbrt, CBRT_RANGES),
    "exp2": (math.exp2, EXP2_RANGES),
    "gamma": (math.gamma, GAMMA_RANGES),
    "lgamma": (math.lgamma, LGAMMA_RANGES),
    "asinh": (math.asinh, ASINH_RANGES),
    "acosh": (math.acosh, ACOSH_RANGES),
    "atanh": (math.atanh, ATANH_RANGES),
}
STATUS = {None: 0, "ValueError": 1, "OverflowError": 2}


def outcome(function, *arguments):
    """CPython's result as (status, value): 0 and the float, or the exception's kind and 0.0."""
    try:
        return 0, function(*arguments)
    except (ValueError, OverflowError) as error:
        return STATUS[type(error).__name__], 0.0


def vectors(rng, count):
    """Coordinate lists of 2 to 6 entries, at one scale or mixed, with a special value now and then."""
    result = []
    for i in range(count):
        n = rng.randint(2, 6)
        if i % 50 == 0:
            values = [draw(rng, COORDINATE_RANGES) for _ in range(n - 1)] + [rng.choice(SPECIALS)]
        elif i % 3 == 0:
            scale = 2.0 ** rng.randint(-1070, 1020)
            values = [rng.uniform(-1, 1) * scale for _ in range(n)]
        else:
            values = [draw(rng, COORDINATE_RANGES) for _ in range(n)]
        result.append(values)
    return result


def cases(count, seed):
    """Per function: a list of (arguments, status, value), arguments a flat tuple of floats."""
    rng = random.Random(seed)
    table = {}
    for name, (function, ranges) in ONE_ARGUMENT.items():
        inputs = SPECIALS + [draw(rng, ranges) for _ in range(count - len(SPECIALS))]
        table[name] = [((x,),) + outcome(function, x) for x in inputs]
    table["hypot"] = [(tuple(v),) + outcome(math.hypot, *v) for v in vectors(rng, count)]
    rows = []
    for v in vectors(rng, count):
        # dist: a point and a second one near it (cancellation) or anywhere.
        w = [x + rng.uniform(-1, 1) * abs(x) * 2.0 ** -rng.randint(0, 60) if rng.random() < 0.5 and math.isfinite(x)
             else draw(rng, COORDINATE_RANGES) for x in v]
        rows.append((tuple(v + w),) + outcome(math.dist, v, w))
    table["dist"] = rows
    rows = []
    for v in vectors(rng, count):
        # fsum: the coordinates and their negations shuffled in, cancelling to a small remainder.
        w = v + [-x * (1 + rng.choice([0, 0, 2.0 ** -52, -(2.0 ** -53)])) for x in v if rng.random() < 0.5]
        rng.shuffle(w)
        rows.append((tuple(w),) + outcome(math.fsum, w))
    table["fsum"] = rows
    return table


def write_binary(table, directory):
    """One file per function: little-endian records of (argument count, arguments..., status, result)."""
    for name, rows in table.items():
        with open(os.path.join(directory, f"{name}.bin"), "wb") as file:
            for arguments, status, value in rows:
                file.write(struct.pack(f"<q{len(arguments)}dqd", len(arguments), *arguments, status, value))


def bits(x):
    return f"{struct.unpack('<Q', struct.pack('<d', x))[0]:016x}"


def main():
    if sys.argv[1:] == ["--fixture"]:
        table = cases(3000, 20261201)
        fixture = {name: [[[bits(x) for x in arguments], status, bits(value)] for arguments, status, value in rows]
                   for name, rows in table.items()}
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython_libm.json")
        with open(path, "w") as file:
            json.dump({"generator": "Tests/TensorCoreTests/Fixtures/check_cpython_libm.py --fixture",
                       "python": sys.version.split()[0], "functions": fixture}, file, separators=(",", ":"))
            file.write("\n")
        print(f"wrote {path}")
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as directory:
        write_binary(cases(count, 20261202), directory)
        environment = dict(os.environ, DOCBUILD_CPYTHON_LIBM_CASES=directory)
        completed = subprocess.run(
            ["swift", "test", "--skip-build", "--disable-xctest", "--filter", "CPythonLibmProofTests"],
            env=environment, capture_output=True, text=True)
        for line in (completed.stdout + completed.stderr).splitlines():
            if line.startswith("CPython math.") or "Test run" in line or "✘" in line:
                print(line)
        sys.exit(completed.returncode)


if __name__ == "__main__":
    main()
