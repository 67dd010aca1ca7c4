"""Writes float16.json: NumPy's text of float16 scalars and arrays, and its float64 -> float16 rounding.

Run with NumPy 2.4: `python3 make_float16_fixtures.py > float16.json`. Deterministic (fixed seed), so a rerun is
byte-identical.
"""

import json
import random
import struct

import numpy as np


def half(bits):
    return np.array([bits], dtype=np.uint16).view(np.float16)[0]


def bits_of(value):
    return int(np.array([value], dtype=np.float16).view(np.uint16)[0])


# Scalars: every subnormal, every 7th normal, each power of two and its neighbours, both signs for a sample.
patterns = set(range(0, 0x400))
patterns |= set(range(0x400, 0x7C00, 7))
for exponent in range(1, 31):
    start = exponent << 10
    patterns |= {start - 1, start, start + 1, start + 0x3FF}
patterns |= {0x7BFF, 0x7C00, 0x7E00}
patterns = sorted(p for p in patterns if p <= 0x7E00)
patterns += [p | 0x8000 for p in patterns[::13]] + [0x8000, 0xFC00]
scalars = []
for p in patterns:
    h = half(p)
    scalars.append({"bits": p, "str": str(h), "repr": repr(h)})

# float64 -> float16 rounding (np.float16(x), NumPy's npy_double_to_half): random magnitudes, ties, overflow edges.
rng = random.Random(20261201)
doubles = []
for _ in range(600):
    doubles.append(rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 17))
for p in range(0, 0x7C00, 37):
    low = float(half(p))
    high = float(half(p + 1))
    middle = (low + high) / 2  # exact in float64: a tie, rounded to even
    doubles += [middle, np.nextafter(middle, 0.0), np.nextafter(middle, np.inf), -middle]
doubles += [65504.0, 65519.99999999999, 65520.0, 1e300, -1e300, 2.0**-25, np.nextafter(2.0**-25, 1.0),
            2.0**-26, 5.960464477539063e-08, 0.1, 0.2, 0.3, 1 / 3, 1e-8, -0.0]
with np.errstate(over="ignore"):  # 65520 and beyond round to inf, as NumPy warns
    roundings = [{"value": float(d).hex(), "bits": bits_of(np.float16(d))} for d in doubles]

# Arrays: NumPy's element texts under print options (padding included), as array2string splits them.
arrays = []
samples = [
    [0.1, 0.2, 0.3], [1.0, 2.0, 3.0], [0.5, 1.5, -2.25], [65504.0, 1.0], [999.0, 1.0], [1000.0, 1.0],
    [1e-4, 1.0], [1e-3, 0.1], [6e-8, 1.0], [np.inf, 1.0, np.nan], [-np.inf, 0.0], [0.0, -0.0], [1 / 3, 2 / 3],
    [100.0, 0.1], [100.0, 0.09], [123.4, 5.678], [3.14159, 2.71828, 1.41421], [-1.0, 1e-5], [0.0001, 0.001],
    [60000.0, 0.5], [1.0, 1e-3], [np.nan], [7.0], [0.1, 1024.0],
]
for _ in range(40):
    size = rng.randint(1, 6)
    scale = 2.0 ** rng.randint(-20, 15)
    samples.append([rng.uniform(-1, 1) * scale for _ in range(size)])
option_sets = [{}] + [
    {"precision": 2}, {"precision": 4, "floatmode": "fixed"}, {"suppress": True}, {"sign": "+"}, {"sign": " "},
    {"floatmode": "unique"}, {"floatmode": "maxprec_equal", "precision": 3}, {"precision": 1, "suppress": True},
]
for index, values in enumerate(samples):
    a = np.array(values, dtype=np.float16)
    # The default options for every sample, and each other option set for every third sample.
    for options in option_sets if index % 3 == 0 else option_sets[:1]:
        with np.printoptions(**options):
            text = np.array2string(a, separator="|", max_line_width=10**6, threshold=10**6)
        arrays.append({
            "bits": [int(b) for b in a.view(np.uint16)],
            "options": options,
            "elements": text[1:-1].split("|"),
        })

# Arithmetic: + - * / of half pairs and sqrt, each result's bits (NumPy computes in float32, rounds to half).
def random_half_bits():
    choice = rng.random()
    if choice < 0.05:
        return rng.choice([0x0000, 0x8000, 0x7C00, 0xFC00, 0x7BFF, 0xFBFF, 0x0001, 0x03FF, 0x0400])
    return rng.randrange(0, 0x10000) & ~0x7C00 | (rng.randrange(0, 31) << 10)

arithmetic = []
with np.errstate(all="ignore"):
    for _ in range(500):
        a, b = half(random_half_bits()), half(random_half_bits())
        arithmetic.append({
            "a": bits_of(a), "b": bits_of(b),
            "add": bits_of(a + b), "subtract": bits_of(a - b), "multiply": bits_of(a * b),
            "divide": bits_of(a / b), "sqrt": bits_of(np.sqrt(a)),
        })

# Sums: np.sum of 1-D float16 arrays of many lengths (pairwise in float32, one rounding to half at the end).
sums = []
with np.errstate(all="ignore"):
    for length in list(range(1, 20)) + list(range(20, 300, 7)) + [1000, 3000]:
        scale = 2.0 ** rng.randint(-8, 10)
        a = np.array([rng.gauss(0, 1) * scale for _ in range(length)], dtype=np.float16)
        sums.append({"bits": [int(b) for b in a.view(np.uint16)], "sum": bits_of(np.sum(a))})
    sums.append({"bits": [0x8000], "sum": bits_of(np.sum(np.array([-0.0], dtype=np.float16)))})
    sums.append({"bits": [0x7BFF, 0x7BFF], "sum": bits_of(np.sum(np.array([65504, 65504], dtype=np.float16)))})
    sums.append({"bits": [0x7BFF, 0x7BFF, 0xFBFF], "sum": bits_of(np.sum(np.array([65504, 65504, -65504], dtype=np.float16)))})

print(json.dumps({"numpy": np.__version__, "scalars": scalars, "roundings": roundings, "arrays": arrays,
                  "arithmetic": arithmetic, "sums": sums},
                 separators=(",", ":"), sort_keys=True))
