"""Writes svd_signs.json: NumPy 2.4.6's np.linalg.svd (LAPACK dgesdd through OpenBLAS) of 2,400 matrices (2,100 random,
1x1 to 12x12 in both orientations plus long ones (m >> n and n >> m, LAPACK's QR-first and LQ-first paths), reduced
and full, float and small-integer entries; 300 structured: diagonal, signed permutations, a zero row or
column, half zeros, entries near 1e-160 and 1e160). SVDSignSweepTests checks that docbuild's U, S and Vh (BidiagonalSVD,
which follows dgesdd's steps) have NumPy's signs and order, to within 1e-9, wherever docbuild does not refuse.

Rerun: python3 Tests/TensorCoreTests/Fixtures/make_svd_sign_fixtures.py
"""

import json
import pathlib

import numpy as np

assert np.__version__ == "2.4.6", np.__version__

HERE = pathlib.Path(__file__).parent
OUTPUT = HERE / "svd_signs.json"


def rounded(values):
    # Ten decimals: the sweep compares to within 1e-9, and short text keeps the file small.
    return [float("%.10f" % value) for value in np.asarray(values).ravel()]


def main():
    rng = np.random.default_rng(20261201)
    cases = []
    for index in range(2100):
        kind = index % 12
        if kind == 10:
            m, n = int(rng.integers(8, 26)), int(rng.integers(1, 5))
        elif kind == 11:
            m, n = int(rng.integers(1, 5)), int(rng.integers(8, 26))
        else:
            m, n = int(rng.integers(1, 13)), int(rng.integers(1, 13))
        if kind in (3, 7):
            a = rng.integers(-5, 6, (m, n)).astype(np.float64)
        elif kind == 5:
            # Entries spread over several magnitudes.
            a = np.round(rng.standard_normal((m, n)) * 10.0 ** rng.integers(-3, 4, (m, n)), 6)
        else:
            a = np.round(rng.standard_normal((m, n)), 3)
        full = index % 3 == 0
        append(cases, a, full)
    # Structured matrices: exact (diagonal, signed permutations: no rounding at all, ties included), a zero row or
    # column, half the entries zero, and entries scaled far out of range (dgesdd scales them back in).
    for index in range(300):
        kind = index % 6
        m, n = int(rng.integers(1, 10)), int(rng.integers(1, 10))
        if kind == 0:
            a = np.zeros((m, n))
            k = min(m, n)
            a[np.arange(k), np.arange(k)] = rng.integers(-4, 5, k)
        elif kind == 1:
            a = np.zeros((m, n))
            k = min(m, n)
            a[rng.permutation(m)[:k], rng.permutation(n)[:k]] = rng.integers(-4, 5, k)
        elif kind == 2:
            a = rng.integers(-5, 6, (m, n)).astype(np.float64)
            if index % 12 < 6:
                a[int(rng.integers(0, m))] = 0
            else:
                a[:, int(rng.integers(0, n))] = 0
        elif kind == 3:
            a = rng.integers(-3, 4, (m, n)) * (rng.random((m, n)) < 0.5).astype(np.float64)
        else:
            a = np.round(rng.standard_normal((m, n)), 3) * (1e-160 if kind == 4 else 1e160)
        append(cases, a, index % 2 == 0)
    OUTPUT.write_text(json.dumps({"generator": "make_svd_sign_fixtures.py, NumPy 2.4.6", "cases": cases}) + "\n")
    print(f"wrote {len(cases)} cases to {OUTPUT}")


def append(cases, a, full):
    """Adds NumPy's decomposition of `a` to `cases`."""
    m, n = a.shape
    u, s, vh = np.linalg.svd(a, full_matrices=full)
    cases.append(
        {
            "rows": m,
            "columns": n,
            "full": full,
            "a": [float(x) for x in a.ravel()],
            "u": rounded(u),
            "s": [float("%.10e" % x) for x in s],
            "vh": rounded(vh),
        }
    )


if __name__ == "__main__":
    main()
