#!/usr/bin/env python3
"""Writes haswell_products.json: NumPy's float64 products with OpenBLAS's AVX2 ("Haswell") kernels, bit for bit.

Run: python3 Tests/TensorCoreTests/Fixtures/make_haswell_product_fixtures.py (NumPy 2.4.6 with its OpenBLAS on an
x86-64 CPU with AVX-512 and two cores; the script runs NumPy in child processes with OPENBLAS_CORETYPE set to Haswell
and to SkylakeX, so one machine records both kernel sets; the output is the same bytes on every run).

Operands are prefixes of the pools of make_matmul_bits_fixtures.py (the test rebuilds them by the same formula).
Each row is [kind, n, k, m, digest]: digest is FNV-1a 64 over the little-endian bits of the results in C order.
  dot  x (k,) @ y (k,)          ddot (n = m = 1)
  vm   x (k,) @ B (k, m)        dgemv_n on C-ordered B (n = 1)
  mtv  A.T @ x, A stored (k, m) dgemv_n on the transpose (n = 1)
  mm   A (n, k) @ B (k, m)      dgemm, B from the vector pool
  mtm  A.T @ B, A stored (k, n) dgemm with NumPy's transposed view on the left
  mmt  A @ B.T, B stored (m, k) dgemm with the transposed view on the right
The shapes cross the kernels' edges: ddot's blocks of 16, dgemv_n's columns mod 4 and rows mod 4, dgemm's blocks of
256 in k, its one-column case (an odd number of rows, in tiles of four columns) and the threaded driver's split of
rows and columns over two threads from 2 · 64^3 multiply-adds.

"transcript" holds a few snippet statements and what NumPy printed for each under both kernel sets (`repr` of the
value, as the REPL echoes it), products and LAPACK's det/solve/inv of a 5×5 matrix (getf2's dot products, trsv's and
trsm's updates, unfused in the Haswell build), for the pipeline's test that a page recorded on either kind of CPU
checks clean.
"""
import json
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DOTS = list(range(1, 70)) + [100, 255, 256, 1000, 4097, 10000]
VECTOR_MATRIX = [(k, m) for k in (1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33, 100) for m in (2, 3, 4, 5, 7, 8, 9, 13, 64)]
MATRIX = [(n, k, m) for n in (2, 3, 5, 8, 9, 13, 17) for k in (1, 2, 7, 8, 9, 17, 64, 255, 257, 300, 513)
          for m in (2, 3, 4, 5, 9, 13, 40)]
THREADED = [(5, 2000, 64), (6, 600, 200), (11, 690, 85), (13, 653, 81), (14, 600, 64), (18, 600, 64), (37, 653, 27),
            (37, 600, 64), (45, 300, 40), (49, 600, 64), (59, 718, 67), (64, 257, 64), (65, 600, 64), (69, 600, 64),
            (100, 300, 100), (200, 300, 600)]
# NumPy's SkylakeX kernels too, for `X.T @ B` past 100^3 multiply-adds with k past 384 (the threaded driver's blocks
# of k, which the default order follows): the "skylakex_rows" of the file, of kind mtm only.
SKYLAKE_TRANSPOSED = [(2, 2000, 700), (3, 600, 700), (3, 2000, 200), (5, 2000, 200), (6, 600, 700), (7, 2000, 64),
                      (40, 1000, 30), (64, 800, 64)]
STATEMENTS = ["v @ w", "float(np.dot(v, w))", "x @ A", "(A @ B)[2].tolist()", "(A.T @ A)[4].tolist()",
              "np.linalg.det(M)", "np.linalg.solve(M, v[:5]).tolist()", "np.linalg.solve(M, A.T).tolist()",
              "np.linalg.inv(M).tolist()"]
SETUP = ("rng = np.random.default_rng(1); v = rng.standard_normal(8); w = rng.standard_normal(8); "
         "A = rng.standard_normal((3, 5)); B = rng.standard_normal((5, 4)); x = rng.standard_normal(3); "
         "M = rng.standard_normal((5, 5))")


def record():
    import numpy as np
    from make_matmul_bits_fixtures import MATRIX_SEED, VECTOR_SEED, digest, pool

    matrices = pool(200 * 600, MATRIX_SEED)
    vectors = pool(10000 + 600 * 300, VECTOR_SEED)
    rows = []
    for k in DOTS:
        rows.append(["dot", 1, k, 1, digest(np.atleast_1d(matrices[:k] @ vectors[:k]))])
    for k, m in VECTOR_MATRIX:
        rows.append(["vm", 1, k, m, digest(vectors[:k] @ matrices[: k * m].reshape(k, m))])
        rows.append(["mtv", 1, k, m, digest(matrices[: k * m].reshape(k, m).T @ vectors[:k])])
    for n, k, m in MATRIX + THREADED:
        b = vectors[: k * m].reshape(k, m)
        rows.append(["mm", n, k, m, digest(matrices[: n * k].reshape(n, k) @ b)])
        rows.append(["mtm", n, k, m, digest(matrices[: n * k].reshape(k, n).T @ b)])
        rows.append(["mmt", n, k, m, digest(matrices[: n * k].reshape(n, k) @ vectors[: k * m].reshape(m, k).T)])
    skylake_rows = []
    for n, k, m in SKYLAKE_TRANSPOSED:
        a = pool(k * n, MATRIX_SEED).reshape(k, n).T
        skylake_rows.append(["mtm", n, k, m, digest(a @ pool(k * m, VECTOR_SEED).reshape(k, m))])
    namespace = {"np": np}
    exec(SETUP, namespace)
    printed = [repr(eval(statement, namespace)) for statement in STATEMENTS]
    return {"numpy": np.__version__, "rows": rows, "printed": printed, "skylake_rows": skylake_rows}


def child(coretype):
    environment = dict(os.environ, OPENBLAS_CORETYPE=coretype, OPENBLAS_NUM_THREADS="2")
    output = subprocess.run([sys.executable, __file__, "--record"], env=environment, check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output)


if __name__ == "__main__":
    if sys.argv[1:] == ["--record"]:
        print(json.dumps(record()))
        sys.exit(0)
    haswell, skylake = child("Haswell"), child("SkylakeX")
    # The two sets must differ somewhere, or the children did not get the kernels asked for (no AVX-512 here).
    if haswell["printed"] == skylake["printed"]:
        sys.exit("OpenBLAS gave the same products with both kernel sets: this CPU cannot run the SkylakeX ones")
    lines = ",\n".join(json.dumps(row) for row in haswell["rows"])
    transcript = {"setup": SETUP, "statements": STATEMENTS, "haswell": haswell["printed"],
                  "skylakex": skylake["printed"]}
    (HERE / "haswell_products.json").write_text(
        '{"numpy": "%s", "transcript": %s, "skylakex_rows": %s, "rows": [\n%s\n]}\n'
        % (haswell["numpy"], json.dumps(transcript), json.dumps(skylake["skylake_rows"]), lines))
