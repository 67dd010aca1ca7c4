#!/usr/bin/env python3
"""Proves how NumPy 2.4 divides float16 values with `//`, `%`, `divmod` and `np.fmod`, and writes
float16_division.json, the fixture docbuild's float16 and float32 division is tested against.

Run with NumPy 2.4: `python3 make_float16_division_fixtures.py > float16_division.json` (a few minutes; the output
is deterministic, so a rerun is byte-identical). `--every-pair` also checks all 2^32 pairs of float16 bit patterns
(about 10 minutes on an idle machine, hours on a busy one) and records that it did.

NumPy's half loops (numpy/_core/src/umath/loops.c.src, `HALF_floor_divide`, `HALF_remainder`, `HALF_divmod`, and
npymath/halffloat.cpp `npy_half_divmod`) widen both halves to float32, run the float32 `npy_floor_dividef`,
`npy_remainderf` or `npy_divmodf` (npy_math_internal.h.src: C's fmodf, then a float32 subtraction, division and
correction) and round the result to half; `np.fmod` has no half loop and runs the float32 `fmodf` on widened
operands. Every step is an IEEE operation (fmodf and floorf are exact), so the result is the same on every machine.
The script checks that claim: NumPy's float16 result equals NumPy's float32 result on the widened operands rounded
to half (NaN equal to any NaN), for the array loops on every half against each of 64 chosen operands on either side
(and with `--every-pair` on all pairs), and on a sample for NumPy scalars (scalarmath.c.src's `half_ctype_*`, which
tests a zero divisor on the half's bits first).

The fixture holds, for each operation, hashes (`weighted_hash`) of NumPy's float16 results over every one of the 65,536 bit
patterns as dividend against each of a list of divisors (and as divisor against each of a list of dividends), NaN
results as 0x7E00, and float32 pairs (bit patterns) with NumPy's float32 results, for docbuild's float32 `//` and `%`.
"""

import json
import random
import sys
import warnings

import numpy as np

warnings.simplefilter("ignore")

ALL_BITS = np.arange(65536, dtype=np.uint32).astype(np.uint16)
ALL_HALVES = ALL_BITS.view(np.float16)
CHUNK = 128

OPERATIONS = {
    "floor_divide": np.floor_divide,
    "remainder": np.remainder,
    "fmod": np.fmod,
}


def same(got, expected):
    """Element-wise: equal bits, or both NaN."""
    return (got.view(np.uint16) == expected.view(np.uint16)) | (np.isnan(got) & np.isnan(expected))


def count_mismatches(dividends, divisors, mismatches):
    """Adds the pairs where a half result differs from the float32 result rounded to half (must stay 0)."""
    divisors32 = divisors.astype(np.float32)
    dividends32 = dividends.astype(np.float32)
    results = {}
    for name, function in OPERATIONS.items():
        got = function(dividends, divisors)
        expected = function(dividends32, divisors32).astype(np.float16)
        mismatches[name] += int(np.count_nonzero(~same(got, expected)))
        results[name] = got
    quotient, remainder = np.divmod(dividends, divisors)
    mismatches["divmod"] += int(np.count_nonzero(~same(quotient, results["floor_divide"])))
    mismatches["divmod"] += int(np.count_nonzero(~same(remainder, results["remainder"])))
    return dividends.size * divisors.size


def prove(operands, every_pair):
    """The mismatch counts and the number of pairs checked: every half against each operand on either side, or
    every pair."""
    mismatches = {name: 0 for name in list(OPERATIONS) + ["divmod"]}
    pairs = 0
    if every_pair:
        for start in range(0, 65536, CHUNK):
            pairs += count_mismatches(ALL_HALVES[start:start + CHUNK, None], ALL_HALVES[None, :], mismatches)
        return mismatches, pairs
    chosen = ALL_BITS[np.array(operands)].view(np.float16)
    pairs += count_mismatches(ALL_HALVES[None, :], chosen[:, None], mismatches)
    pairs += count_mismatches(chosen[:, None], ALL_HALVES[None, :], mismatches)
    return mismatches, pairs


def scalar_sample(rng, count):
    """Pairs of NumPy float16 scalars whose `//`, `%` and `divmod` differ from the array loops (must be 0)."""
    specials = [0x0000, 0x8000, 0x3C00, 0xBC00, 0x7C00, 0xFC00, 0x7E00, 0x0001, 0x7BFF]
    pairs = [(a, b) for a in specials for b in specials]
    pairs += [(rng.randrange(65536), rng.randrange(65536)) for _ in range(count)]
    differ = 0
    for a, b in pairs:
        x = np.array([a], dtype=np.uint16).view(np.float16)
        y = np.array([b], dtype=np.uint16).view(np.float16)
        checks = [(x[0] // y[0], (x // y)[0]), (x[0] % y[0], (x % y)[0])]
        q, r = divmod(x[0], y[0])
        checks += [(q, (x // y)[0]), (r, (x % y)[0])]
        for got, expected in checks:
            if not same(np.array([got]), np.array([expected]))[0]:
                differ += 1
    return len(pairs), differ


def result_bits(result):
    bits = result.view(np.uint16).copy()
    bits[np.isnan(result)] = 0x7E00
    return bits


# The powers 0x100000001B3^(i+1) modulo 2^64 that weight the i-th result.
WEIGHTS = np.cumprod(np.full(65536, 0x100000001B3, dtype=np.uint64), dtype=np.uint64)


def weighted_hash(bits):
    """sum(mix(bits[i]) * 0x100000001B3^(i+1)) modulo 2^64 in hex, where mix(b) = m ^ (m >> 29) for
    m = b * 0x9E3779B97F4A7C15 (modulo 2^64) spreads each result over all 64 bits: order-sensitive, and vectorised."""
    mixed = bits.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    mixed ^= mixed >> np.uint64(29)
    return "%016x" % int((mixed * WEIGHTS).sum(dtype=np.uint64))


def chosen_operands(rng):
    """Bit patterns of halves that divide interestingly, then seeded random ones."""
    named = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 3.0, -3.0, 7.0, 0.1, -0.1, 1.5, 65504.0, -65504.0, 1e-4, 2.5, 10.0, 1 / 3,
             np.inf, -np.inf, np.nan, 6e-8, -6e-8, 1024.0, 2049.0]
    bits = [int(np.array([v], dtype=np.float16).view(np.uint16)[0]) for v in named]
    while len(bits) < 64:
        candidate = rng.randrange(65536)
        if candidate not in bits:
            bits.append(candidate)
    return bits


def hashes(operands):
    rows = []
    for name, function in OPERATIONS.items():
        for operand in operands:
            other = ALL_BITS[operand:operand + 1].view(np.float16)
            as_divisor = function(ALL_HALVES, other)
            as_dividend = function(other, ALL_HALVES)
            rows.append({"operation": name, "operand": operand, "as_divisor": weighted_hash(result_bits(as_divisor)),
                         "as_dividend": weighted_hash(result_bits(as_dividend))})
    return rows


def float32_pairs(rng, count):
    """Float32 (dividend, divisor) bit patterns with NumPy's float32 `//` and `%` bits (NaN as 0x7FC00000)."""
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 3.0, -3.0, 1e30, 1e-30, 2.5, np.inf, -np.inf, np.nan, 7.0, 1e-45]
    special = np.array(values, dtype=np.float32).view(np.uint32).tolist()
    pairs = [(a, b) for a in special for b in special]
    for _ in range(count):
        a = rng.getrandbits(32)
        b = rng.getrandbits(32) if rng.random() < 0.5 else (rng.getrandbits(9) << 23) | rng.getrandbits(12) << 11
        # Keep exponents moderate half of the time so that quotients are not all overflow or zero.
        pairs.append((a, b))
    a = np.array([p[0] for p in pairs], dtype=np.uint32).view(np.float32)
    b = np.array([p[1] for p in pairs], dtype=np.uint32).view(np.float32)

    def bits32(result):
        out = result.view(np.uint32).copy()
        out[np.isnan(result)] = 0x7FC00000
        return out.tolist()

    quotient = bits32(np.floor_divide(a, b))
    remainder = bits32(np.remainder(a, b))
    return [[int(x), int(y), q, r] for (x, y), q, r in zip(pairs, quotient, remainder)]


def main():
    rng = random.Random(20261201)
    operands = chosen_operands(rng)
    proof, pairs = prove(operands, "--every-pair" in sys.argv[1:])
    scalar_pairs, scalar_differ = scalar_sample(rng, 20000)
    assert all(count == 0 for count in proof.values()), proof
    assert scalar_differ == 0, scalar_differ
    document = {
        "numpy": np.__version__,
        "proof": {"pairs": pairs, "mismatches": proof, "scalar_pairs": scalar_pairs,
                  "scalar_mismatches": scalar_differ},
        "hashes": hashes(operands),
        "float32": float32_pairs(rng, 3000),
    }
    json.dump(document, sys.stdout, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
