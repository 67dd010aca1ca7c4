#!/usr/bin/env python3
"""Writes matmul_bits.json: NumPy's float64 matrix · vector products, bit for bit, over a grid of shapes.

Run: python3 Tests/TensorCoreTests/Fixtures/make_matmul_bits_fixtures.py (NumPy 2.4.6 with its OpenBLAS on x86-64
with AVX-512 and two cores; the output is the same bytes on every run).

Operands are prefixes of two pools made from integers by a formula the test repeats, so only shapes and result bits
are stored: pool(s)[i] = (u / 2^31 - 1) * 2^(v mod 13 - 6), with u = ((i + 1) * s + 40503) mod 2^32 and
v = u >> 7, exact in float64; the magnitudes spread over 2^12 so that the summation order shows in the last bits.
An (r, c) operand is the first r*c values of its pool in C order, a vector the first values of the other pool.

Kinds (each product checked against np.dot, np.matmul and the 2-d form where NumPy takes the same path):
  mv   A (rows, k) @ x (k,)           gemv_t on C-ordered A
  vm   x (k,) @ B (k, cols)           gemv_n on C-ordered B
  mtv  A.T @ x, A stored (k, rows)    gemv_n on the F-ordered transpose (what `a.T @ g` is in a gradient)
  vmt  x @ B.T, B stored (cols, k)    gemv_t
Each row is [kind, outer, k, digest, first]: digest is FNV-1a 64 over the little-endian bits of the results in order,
first the first result's bits, both in hex. The grid has one row for each outer extent in 2..130, its k "1-130"
meaning the results for k = 1, 2, ..., 130 one after another; then come larger shapes, one row each, where
OpenBLAS's 2048-element blocks and its split over two threads come in.
"""
import json
import pathlib

import numpy as np

MATRIX_SEED = 2654435761
VECTOR_SEED = 2246822519


def pool(count, seed):
    i = np.arange(count, dtype=np.uint64)
    u = ((i + np.uint64(1)) * np.uint64(seed) + np.uint64(40503)) % np.uint64(2**32)
    scale = np.ldexp(1.0, ((u >> np.uint64(7)) % np.uint64(13)).astype(np.int64) - 6)
    return (u.astype(np.float64) / 2.0**31 - 1.0) * scale


def digest(values):
    h = 0xCBF29CE484222325
    for byte in np.ascontiguousarray(values, dtype=np.float64).tobytes():
        h = ((h ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def bits(value):
    return "%016x" % np.float64(value).view(np.uint64).item()


def same(a, b):
    return np.array_equal(np.asarray(a).view(np.uint64), np.asarray(b).view(np.uint64))


GRID = range(1, 131)
LARGE = [(3, 2047), (3, 2048), (5, 2049), (6, 2051), (7, 4099), (130, 4100), (2050, 3), (4101, 6), (700, 700),
         (701, 703), (1000, 461), (4, 120000), (5, 100000), (8, 60000), (3, 160001), (2, 240007)]
largest = max(o * k for o, k in LARGE)
matrices = pool(largest, MATRIX_SEED)
vectors = pool(max(k for _, k in LARGE) + max(o for o, _ in LARGE), VECTOR_SEED)


def product(kind, outer, k):
    data = matrices[: outer * k]
    x = vectors[:k]
    if kind == "mv":
        a = data.reshape(outer, k)
        result = a @ x
        assert same(result, np.dot(a, x)) and same(result, (a @ x[:, None])[:, 0])
    elif kind == "vm":
        b = data.reshape(k, outer)
        result = x @ b
        assert same(result, np.dot(x, b)) and same(result, (x[None, :] @ b)[0])
    elif kind == "mtv":
        a = data.reshape(k, outer).T
        result = a @ x
        assert same(result, np.dot(a, x))
    else:
        b = data.reshape(outer, k).T
        result = x @ b
        assert same(result, np.dot(x, b))
    return result


rows = []
for kind in ("mv", "vm", "mtv", "vmt"):
    # A 1 × k matrix times a vector is np.dot of two vectors (vector_dot.json).
    for outer in GRID[1:]:
        results = [product(kind, outer, k) for k in GRID]
        rows.append([kind, outer, "1-130", digest(np.concatenate(results)), bits(results[0][0])])
    for outer, k in LARGE:
        result = product(kind, outer, k)
        rows.append([kind, outer, k, digest(result), bits(result[0])])

path = pathlib.Path(__file__).with_name("matmul_bits.json")
lines = ",\n".join(json.dumps(row) for row in rows)
path.write_text('{"numpy": "%s", "rows": [\n%s\n]}\n' % (np.__version__, lines))
