#!/usr/bin/env python3
"""Writes vector_dot.json: NumPy's np.dot of two float64 vectors, bit for bit, for lengths 0 to 300 and a few larger.

Run: python3 Tests/TensorCoreTests/Fixtures/make_vector_dot_fixtures.py (NumPy 2.4.6 on x86-64 with AVX-512; the
output is the same bytes on every run). The vectors are made from integers by a formula the test repeats, so only the
lengths and results are stored: x[i] = u(i, n, 2654435761) and y[i] = u(i, n, 2246822519), where
u(i, n, m) = ((i + 1) * m + n * 40503) mod 2^32, scaled to [-1, 1) as u / 2^31 - 1 (exact in float64).
Each result is the float64's bits in hex, together with np.inner, np.vdot, x @ y and (1×n) @ (n×1), which must agree.
"""
import json
import pathlib

import numpy as np


def vector(n, multiplier):
    i = np.arange(n, dtype=np.uint64)
    u = ((i + np.uint64(1)) * np.uint64(multiplier) + np.uint64(n * 40503)) % np.uint64(2**32)
    return u.astype(np.float64) / 2.0**31 - 1.0


def bits(value):
    return np.float64(value).view(np.uint64).item().to_bytes(8, "big").hex()


rows = []
for n in list(range(0, 301)) + [511, 512, 1000, 4099]:
    x = vector(n, 2654435761)
    y = vector(n, 2246822519)
    result = np.dot(x, y)
    for other in (np.inner(x, y), np.vdot(x, y), x @ y, (x[None, :] @ y[:, None])[0, 0]):
        assert bits(other) == bits(result), n
    rows.append([n, bits(result)])

path = pathlib.Path(__file__).with_name("vector_dot.json")
lines = ",\n".join(json.dumps(row) for row in rows)
path.write_text('{"numpy": "%s", "rows": [\n%s\n]}\n' % (np.__version__, lines))
