#!/usr/bin/env python3
"""Writes the transcripts of NumPy 2.4.6's float64 log1p, expm1, log2, log10, arcsinh, arccosh and arctanh at full
precision: on x86-64 with AVX-512 NumPy runs Intel SVML's vector functions for them, which are not correctly rounded,
so each theme's array holds inputs (found by seeded search, checked with mpmath at 160 bits) where NumPy's result is
not the correctly rounded double, and shows them as `.tolist()`, `.item()`, scalar reprs, views NumPy reads forwards
(its SIMD loop), views it reads backwards (the C library's loop, for the four functions docbuild has glibc's for; the
other three are refused there), special values, and expm1's gradient through autograd 1.9.1; and float32 log2 and log10,
whose SVML float32 kernels NumPy runs too, on inputs where they are not correctly rounded.

Run: `python3 Tests/SnippetsTests/Fixtures/make_svmllogs_fixtures.py`. It rewrites every file in `svmllogs/`;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py`.
"""

import math
import pathlib

import mpmath
import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes

mpmath.mp.prec = 160
HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "svmllogs"

# Each function: where its tutorial inputs are drawn from, its exact value (mpmath), Python's math function (glibc's,
# which NumPy calls on a view it reads backwards), whether docbuild has that loop, and special values to show.
FUNCTIONS = {
    "log1p": (lambda rng, n: rng.uniform(-0.99, 10, n), mpmath.log1p, math.log1p, True,
              "[-1.0, -2.0, np.inf, -np.inf, np.nan, -0.0, 0.0, 5e-324, 1e-300, 1e300, -0.9999999999999999]"),
    "expm1": (lambda rng, n: rng.uniform(-10, 10, n), mpmath.expm1, math.expm1, True,
              "[0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-300, 709.78, 709.79, 707.71, -40.0, -800.0]"),
    "log2": (lambda rng, n: rng.uniform(0, 100, n), lambda x: mpmath.log(x, 2), math.log2, True,
             "[0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, 5e-324, 2.0 ** -1030, 1e308, 1.0, 8.0]"),
    "log10": (lambda rng, n: rng.uniform(0, 100, n), mpmath.log10, math.log10, True,
              "[0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, 5e-324, 1e-310, 1e308, 1.0, 1000.0]"),
    "arcsinh": (lambda rng, n: rng.uniform(-10, 10, n), mpmath.asinh, math.asinh, False,
                "[0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -1e-300, 0.02, -0.03, 1e200, -1e308]"),
    "arccosh": (lambda rng, n: rng.uniform(1, 100, n), mpmath.acosh, math.acosh, False,
                "[1.0, 0.5, -1.0, np.inf, -np.inf, np.nan, 1.0000000000000002, 1.0002, 1e200, 1e308]"),
    "arctanh": (lambda rng, n: rng.uniform(-1, 1, n), mpmath.atanh, math.atanh, False,
                "[1.0, -1.0, 2.0, np.inf, np.nan, 0.0, -0.0, 5e-324, 0.9999999999999999, -0.5, 1e-10]"),
}


def differing_inputs(name, seed, wanted=12):
    """Seeded tutorial inputs on which NumPy's result is not the correctly rounded double: candidates where NumPy's
    SIMD result differs from the C library's (cheap), confirmed with mpmath."""
    draw, exact, _, _, _ = FUNCTIONS[name]
    rng = np.random.default_rng(seed)
    found = []
    while len(found) < wanted:
        x = draw(rng, 200_000)
        simd = getattr(np, name)(x)
        libm = getattr(np, name)(x[::-1])[::-1]  # NumPy's C-library loop on a view it reads backwards
        for value, ours in zip(x[simd != libm].tolist(), simd[simd != libm].tolist()):
            if float(exact(mpmath.mpf(value))) != ours:
                found.append(value)
            if len(found) == wanted:
                break
    return found


def statements(name, seed):
    _, _, _, has_libm, specials = FUNCTIONS[name]
    differing = differing_inputs(name, seed)
    draw = FUNCTIONS[name][0]
    ordinary = draw(np.random.default_rng(seed + 100), 4).tolist()
    values = differing + ordinary
    lines = [
        f"v = np.array([{', '.join(repr(t) for t in values)}])",
        f"np.{name}(v).tolist()",
        f"[float(t) for t in np.{name}(v)]",
        f"np.{name}(v)",
        f"np.{name}(v[0])",
        f"np.{name}(v[1]).item()",
        f"np.{name}({values[2]!r})",
        f"repr(np.{name}(np.float64({values[3]!r})))",
        f"np.{name}(v.reshape(4, 4))[1].tolist()",
        f"np.{name}(v.reshape(4, 4).T).tolist()",
        f"np.{name}(v[::2]).tolist()",
        f"np.{name}(np.broadcast_to(v[:4], (2, 4))).tolist()",
        f"np.{name}(v[:5].astype(np.float32).astype(np.float64)).tolist()",
        f"np.{name}(np.array({specials})).tolist()",
    ]
    if has_libm:
        lines += [f"np.{name}(v[::-1]).tolist()", f"np.{name}(v[::-1])[0].item()",
                  f"np.{name}(v)[::-1].tolist() == np.{name}(v[::-1]).tolist()"]
    return lines


THEMES = {f"{k + 1:02d}-{name}": statements(name, 30 + k) for k, name in enumerate(FUNCTIONS)}


def differing_float32(name, seed, wanted=12):
    """Seeded float32 inputs on which NumPy's float32 result (SVML's) is not the correctly rounded float."""
    draw, exact, _, _, _ = FUNCTIONS[name]
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


def float32_statements(seed):
    values = differing_float32("log2", seed, 8) + differing_float32("log10", seed + 1, 8)
    return [
        f"v = np.array([{', '.join(repr(t) for t in values)}], dtype=np.float32)",
        "np.log2(v)", "np.log10(v)", "np.log2(v).tolist()", "np.log10(v).tolist()", "np.log2(v[3])",
        "np.log10(v[11]).item()", f"np.log2(np.float32({values[5]!r}))", "np.log10(v.reshape(4, 4).T)",
        "np.log2(v[::2])", "np.log10(np.arange(1, 9, dtype=np.int16))", "np.log2(np.arange(1, 9, dtype=np.uint16))",
        "np.log2(np.array([0.0, -0.0, -1.0, np.inf, np.nan, 1e-45, 3e38, 1.0, 0.75, 1.5], dtype=np.float32))",
        "np.log10(np.array([0.0, -1.0, np.inf, np.nan, 1e-45, 3e38, 1.0, 10.0, 1000.0], dtype=np.float32))",
        "np.log10(v).dtype",
        # 70 elements: docbuild's AVX-512 loop takes 32 an iteration, special values inside a vector, then a tail.
        "np.log2(np.concatenate([v, v, np.array([0.0, -1.0, np.inf, np.nan, 1e-45, 1.0], dtype=np.float32), v, v]))"
        ".tolist()",
        "np.log10(np.concatenate([v, v, v, np.array([-0.0, 3e38, 1e-40, -np.inf, 10.0, 0.5], dtype=np.float32), v]))"
        ".tolist()",
    ]


THEMES[f"{len(THEMES) + 1:02d}-float32"] = float32_statements(50)
THEMES[f"{len(THEMES) + 1:02d}-gradients"] = [
    "import autograd.numpy as anp",
    "from autograd import grad",
    f"v = np.array([{', '.join(repr(t) for t in differing_inputs('expm1', 31, 8))}])",
    "grad(lambda t: anp.expm1(t).sum())(v).tolist()",
    "grad(lambda t: (anp.expm1(t) * anp.log1p(t * t)).sum())(v).tolist()",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_svmllogs_fixtures.py")


if __name__ == "__main__":
    main()
