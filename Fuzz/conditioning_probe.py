#!/usr/bin/env python3
"""Conditioning probe: NumPy's printed linear algebra of matrices of every condition number, against docbuild's.

Run: `python3 Fuzz/conditioning_probe.py --family lu --seed 11 [--docbuild .build/debug/docbuild] [--out DIR]`
(Python 3.11 with numpy 2.4). docbuild's `inv`, `solve` and `det` beyond 5×5, its least squares, its eigenvectors
and singular vectors round otherwise than LAPACK's; an ill-conditioned matrix (or two close eigenvalues) turns that
into printed differences, which docbuild must refuse rather than print (docs/04-numbers.md, "Values whose last digits
are not NumPy's"). Each family draws matrices whose condition number (or eigenvalue gap) runs over the decades:

- `lu`: Q·diag(s)·Vᵀ of orders 6, 8, 12 and 20 with singular values logspace(0, -k): `solve(A, b)` and `inv(A)[:2]`;
- `spectral`: symmetric matrices of orders 3, 4, 6 and 10 with two eigenvalues 10^-k apart (`eigh`'s vectors), and
  (n+2)×n matrices with two singular values 10^-k apart (`svd`'s U and Vh);
- `general`: non-symmetric V·diag(λ)·V⁻¹ of orders 3, 4 and 6 with two eigenvalues 10^-k apart (`eig`, `eigvals`);
- `polyfit`: `np.polyfit` of degrees 1 to 8 over intervals from [0, 1] to the years 1990–2020.

NumPy's output becomes the expected text of docbuild transcripts under OUT (never in the repository), `docbuild
check` judges them, and the tally prints per decade: mismatches / refused / statements. A mismatch is a wrong output
(docbuild printed digits NumPy does not); a refusal is docbuild declining honestly. Figures of session 64 are in
Benchmarks/README ("session 64").
"""

import argparse
import collections
import math
import pathlib
import re
import subprocess
import sys
import tempfile

import numpy as np


def matrix_text(name, matrix):
    return f">>> {name} = np.array({[[float(v) for v in row] for row in matrix]!r})"


def vector_text(name, vector):
    return f">>> {name} = np.array({[float(v) for v in vector]!r})"


def printed(expression, value):
    return [f">>> print({expression})"] + str(value).splitlines()


def lu_cases(rng):
    for n in (6, 8, 12, 20):
        for decade in range(1, 15):
            for _ in range(3):
                u, _ = np.linalg.qr(rng.standard_normal((n, n)))
                v, _ = np.linalg.qr(rng.standard_normal((n, n)))
                a = (u * np.logspace(0, -decade, n)) @ v.T
                b = rng.standard_normal(n)
                lines = [matrix_text("A", a), vector_text("b", b)]
                lines += printed("np.linalg.solve(A, b)", np.linalg.solve(a, b))
                lines += printed("np.linalg.inv(A)[:2]", np.linalg.inv(a)[:2])
                yield f"n={n}", round(math.log10(np.linalg.cond(a, 1))), lines


def spectral_cases(rng):
    for n in (3, 4, 6, 10):
        for decade in range(1, 13):
            for _ in range(2):
                q, _ = np.linalg.qr(rng.standard_normal((n, n)))
                values = np.sort(rng.uniform(-2, 2, n))
                j = rng.integers(0, n - 1)
                values[j + 1] = values[j] + 10.0**-decade
                a = (q * values) @ q.T
                a = (a + a.T) / 2
                lines = [matrix_text("A", a)] + printed("np.linalg.eigh(A)[1]", np.linalg.eigh(a)[1])
                left, _, right = np.linalg.svd(rng.standard_normal((n + 2, n)), full_matrices=False)
                singular = np.sort(rng.uniform(0.5, 3, n))[::-1].copy()
                singular[j + 1] = singular[j] - 10.0**-decade
                b = (left * singular) @ right
                lines += [matrix_text("B", b)]
                lines += printed("np.linalg.svd(B, full_matrices=False)[0]", np.linalg.svd(b, full_matrices=False)[0])
                lines += printed("np.linalg.svd(B)[2]", np.linalg.svd(b)[2])
                yield f"n={n}", decade, lines


def general_cases(rng):
    for n in (3, 4, 6):
        for decade in range(1, 12):
            for _ in range(3):
                v = rng.standard_normal((n, n))
                values = np.sort(rng.uniform(-2, 2, n))
                j = rng.integers(0, n - 1)
                values[j + 1] = values[j] + 10.0**-decade
                a = v @ np.diag(values) @ np.linalg.inv(v)
                lines = [matrix_text("A", a)] + printed("np.linalg.eig(A)[1]", np.linalg.eig(a)[1])
                lines += printed("np.sort(np.linalg.eigvals(A))", np.sort(np.linalg.eigvals(a)))
                yield f"n={n}", decade, lines


def polyfit_cases(rng):
    import warnings

    warnings.simplefilter("ignore")
    for low, high in ((0, 1), (-1, 1), (0, 10), (0, 100), (1990, 2020)):
        for points in (10, 30, 100):
            for degree in (1, 2, 3, 5, 8):
                x = np.linspace(low, high, points)
                y = np.round(rng.standard_normal(points) + np.sin(x), 3)
                scaled = np.vander(x, degree + 1)
                scaled = scaled / np.sqrt((scaled * scaled).sum(axis=0))
                lines = [f">>> x = np.linspace({low}, {high}, {points})", vector_text("y", y)]
                lines += printed(f"np.polyfit(x, y, {degree})", np.polyfit(x, y, degree))
                yield f"[{low}, {high}]", round(math.log10(np.linalg.cond(scaled))), lines


FAMILIES = {"lu": lu_cases, "spectral": spectral_cases, "general": general_cases, "polyfit": polyfit_cases}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", choices=sorted(FAMILIES), required=True)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--docbuild", default=".build/debug/docbuild")
    parser.add_argument("--out", default=None)
    parser.add_argument("--show", action="store_true", help="print each mismatch's diagnostic")
    options = parser.parse_args()
    rng = np.random.default_rng(options.seed)
    out = pathlib.Path(options.out or tempfile.mkdtemp(prefix="conditioning-"))
    chapters = out / "chapters"
    chapters.mkdir(parents=True, exist_ok=True)
    (chapters / "index.md").write_text("# Conditioning probe\n")
    # One chapter per group, so that no chapter's diagnostics pass docbuild's per-run limit.
    groups = collections.defaultdict(list)
    for group, decade, lines in FAMILIES[options.family](rng):
        groups[group].append((decade, lines))
    where = {}
    for number, (group, cases) in enumerate(groups.items()):
        name = f"g{number:02d}.md"
        text = [f"# {group}", ""]
        for decade, lines in cases:
            text += [f"Decade {decade}", "", "```tensor"]
            start = len(text) + 1
            text += lines + ["```", ""]
            for offset, line in enumerate(lines):
                if line.startswith(">>> print("):
                    where[(name, start + offset)] = decade
        (chapters / name).write_text("\n".join(text) + "\n")
    run = subprocess.run(
        [options.docbuild, "check", "--no-cache", "--content", str(chapters)], capture_output=True, text=True)
    tally = collections.defaultdict(lambda: [0, 0, 0])
    for decade in where.values():
        tally[decade][2] += 1
    for line in (run.stdout + run.stderr).splitlines():
        found = re.match(r".*/(g\d+\.md):(\d+):\d+: error: (.*)", line)
        if not found or (found.group(1), int(found.group(2))) not in where:
            continue
        decade = where[(found.group(1), int(found.group(2)))]
        if "does not match" in found.group(3):
            tally[decade][0] += 1
            if options.show:
                print(line)
        else:
            tally[decade][1] += 1
    totals = [sum(counts[k] for counts in tally.values()) for k in range(3)]
    print(f"{options.family} seed {options.seed}: {totals[2]} statements, {totals[0]} wrong, {totals[1]} refused")
    print("by decade (mismatches/refused/statements): " + " ".join(
        f"{decade}:{a}/{b}/{c}" for decade, (a, b, c) in sorted(tally.items())))
    return 1 if totals[0] else 0


if __name__ == "__main__":
    sys.exit(main())
