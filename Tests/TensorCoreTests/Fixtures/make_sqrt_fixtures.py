#!/usr/bin/env python3
"""Writes sqrt_bits.json: NumPy's np.sqrt of float64 and float32 arrays, bit for bit, for SquareRootLoopTests.

Run: python3 Tests/TensorCoreTests/Fixtures/make_sqrt_fixtures.py (NumPy 2.4.6; the output is the same bytes on every
run and, the square root being correctly rounded, on every CPU). The inputs are the special values (zeros,
infinities, NaNs of both signs, quiet and signalling, with payloads, subnormals, the largest finite value, negative
numbers) and seeded random bit patterns of every kind; each row is the input's bits and NumPy's result's bits in hex,
computed over the whole array at once (NumPy's vector loop) and checked against each element alone (its scalar path).
"""
import json
import pathlib
import warnings

import numpy as np

FLOAT64_SPECIALS = [
    0x0000000000000000, 0x8000000000000000, 0x7FF0000000000000, 0xFFF0000000000000,  # zeros, infinities
    0x7FF8000000000000, 0xFFF8000000000000, 0x7FF8000000000001, 0xFFFC0000DEADBEEF,  # quiet NaNs
    0x7FF0000000000001, 0xFFF4000000000000,  # signalling NaNs
    0x0000000000000001, 0x8000000000000001, 0x000FFFFFFFFFFFFF, 0x0010000000000000,  # subnormals, least normal
    0x7FEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF, 0x3FF0000000000000, 0xBFF0000000000000,  # largest, +-1
    0x4000000000000000, 0x4010000000000000, 0x3FEFFFFFFFFFFFFF, 0x3FF0000000000001,  # 2, 4, 1 -+ 1 ulp
]
FLOAT32_SPECIALS = [
    0x00000000, 0x80000000, 0x7F800000, 0xFF800000,  # zeros, infinities
    0x7FC00000, 0xFFC00000, 0x7FC00001, 0xFFE0BEEF,  # quiet NaNs
    0x7F800001, 0xFFA00000,  # signalling NaNs
    0x00000001, 0x80000001, 0x007FFFFF, 0x00800000,  # subnormals, least normal
    0x7F7FFFFF, 0xFF7FFFFF, 0x3F800000, 0xBF800000,  # largest, +-1
    0x40000000, 0x40800000, 0x3F7FFFFF, 0x3F800001,  # 2, 4, 1 -+ 1 ulp
]
RANDOM = 3000


def rows(inputs, dtype, unsigned, width):
    x = np.array(inputs, dtype=unsigned).view(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # invalid value encountered in sqrt
        whole = np.sqrt(x).view(unsigned)
        for i in range(len(x)):
            assert np.sqrt(x[i]).view(unsigned) == whole[i], hex(inputs[i])
    return [[format(int(a), "0%dx" % width), format(int(b), "0%dx" % width)] for a, b in zip(inputs, whole)]


generator = np.random.default_rng(20261202)
float64_inputs = FLOAT64_SPECIALS + [int(v) for v in generator.integers(0, 2**64, RANDOM, dtype=np.uint64)]
float32_inputs = FLOAT32_SPECIALS + [int(v) for v in generator.integers(0, 2**32, RANDOM, dtype=np.uint64)]

fixture = {
    "numpy": np.__version__,
    "float64": rows(float64_inputs, np.float64, np.uint64, 16),
    "float32": rows(float32_inputs, np.float32, np.uint32, 8),
}
path = pathlib.Path(__file__).with_name("sqrt_bits.json")
path.write_text(
    '{"numpy": "%s",\n"float64": [\n%s\n],\n"float32": [\n%s\n]}\n'
    % (
        fixture["numpy"],
        ",\n".join(json.dumps(row) for row in fixture["float64"]),
        ",\n".join(json.dumps(row) for row in fixture["float32"]),
    )
)
