#!/usr/bin/env python3
"""Writes the transcripts of NumPy 2.4.6's float32 log1p, expm1, arcsinh, arccosh, arctanh and sinh: on x86-64 with
AVX-512 NumPy runs Intel SVML's float32 vector functions for a float32 operand it reads forwards, which are not
correctly rounded, and a float32 repr shows every bit. Each theme's array holds seeded inputs (checked with mpmath at
160 bits) where NumPy's float32 is not the correctly rounded one, shown as reprs, `.tolist()`, `.item()`, scalars,
views NumPy reads forwards (its SIMD loop: transposes, steps, broadcasts, copies of reversed views), int16 operands
(whose float32 result goes through the same kernel), and the values where SVML's scalar fallback takes over.
Reversed float32 views take the C library's float32 function, which docbuild refuses
(Tests/SnippetsTests/ReversedViewRefusalTests.swift).

Run: `python3 Tests/SnippetsTests/Fixtures/make_svmllogs_f32_fixtures.py`. It writes `svmllogs/f32-*.txt`;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py`.
"""

import pathlib

import mpmath
import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes

mpmath.mp.prec = 160
HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "svmllogs"

# Each function: where its tutorial inputs are drawn from, its exact value (mpmath), an int16 operand, and special
# values (SVML's fallback range included).
FUNCTIONS = {
    "log1p": (lambda rng, n: rng.uniform(-0.99, 10, n), mpmath.log1p, "np.arange(0, 8, dtype=np.int16)",
              "[-1.0, -2.0, np.inf, -np.inf, np.nan, -0.0, 0.0, 1e-45, -0.99999994, 1e-3, 1.7e38, 3e38, 3.4028235e38]"),
    "expm1": (lambda rng, n: rng.uniform(-10, 10, n), mpmath.expm1, "np.arange(-4, 4, dtype=np.int16)",
              "[0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-40, 86.6, 86.7, 88.0, 88.72, 88.73, -104.0, -200.0]"),
    "arcsinh": (lambda rng, n: rng.uniform(-10, 10, n), mpmath.asinh, "np.arange(-4, 4, dtype=np.int16)",
                "[0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 0.0156, -0.0157, 9.2e18, -1e30, 3.4028235e38]"),
    "arccosh": (lambda rng, n: rng.uniform(1, 100, n), mpmath.acosh, "np.arange(1, 9, dtype=np.int16)",
                "[1.0, 0.5, -1.0, np.inf, -np.inf, np.nan, 1.0000001, 1.0001, 1.01, 9.3e18, 3.4028235e38]"),
    "arctanh": (lambda rng, n: rng.uniform(-1, 1, n), mpmath.atanh, "np.array([0, 1, -1, 2], dtype=np.int16)",
                "[1.0, -1.0, 2.0, np.inf, np.nan, 0.0, -0.0, 1e-45, 0.99999994, -0.5, 1e-10]"),
    "sinh": (lambda rng, n: rng.uniform(-10, 10, n), mpmath.sinh, "np.arange(-4, 4, dtype=np.int16)",
             "[0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 87.3, 87.34, -88.5, 89.4, 89.42, -100.0]"),
}


def differing_float32(name, seed, wanted=12):
    """Seeded float32 inputs on which NumPy's float32 result (SVML's) is not the correctly rounded float."""
    draw, exact, _, _ = FUNCTIONS[name]
    rng = np.random.default_rng(seed)
    found = []
    while len(found) < wanted:
        x = draw(rng, 2000).astype(np.float32)
        for value, ours in zip(x.tolist(), getattr(np, name)(x).tolist()):
            if float(np.float32(float(exact(mpmath.mpf(value))))) != ours:
                found.append(value)
            if len(found) == wanted:
                break
    return found


def statements(name, seed):
    draw, _, integers, specials = FUNCTIONS[name]
    ordinary = draw(np.random.default_rng(seed + 100), 4).astype(np.float32).tolist()
    values = differing_float32(name, seed) + ordinary
    return [
        f"v = np.array([{', '.join(repr(t) for t in values)}], dtype=np.float32)",
        f"np.{name}(v)",
        f"np.{name}(v).tolist()",
        f"np.{name}(v[3])",
        f"np.{name}(v[1]).item()",
        f"np.{name}(np.float32({values[2]!r}))",
        f"np.{name}(v.reshape(4, 4).T)",
        f"np.{name}(v[::2])",
        f"np.{name}(np.broadcast_to(v[:4], (2, 4)))",
        f"np.{name}(v[::-1].copy()).tolist()",
        f"np.{name}(v)[::-1].tolist() == np.{name}(v[::-1].copy()).tolist()",
        f"np.{name}({integers})",
        f"np.{name}(np.array({specials}, dtype=np.float32))",
        f"np.{name}(np.array({specials}, dtype=np.float32)).tolist()",
        f"np.{name}(v).dtype",
    ]


THEMES = {f"f32-{name}": statements(name, 70 + k) for k, name in enumerate(FUNCTIONS)}


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_svmllogs_f32_fixtures.py")


if __name__ == "__main__":
    main()
