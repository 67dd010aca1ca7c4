#!/usr/bin/env python3
"""Writes the svmltrig/ transcripts: NumPy 2.4.6's float64 arcsin, arccos, arctan, arctan2, sinh, tan and cbrt at full
precision (repr, `.item()`, `.tolist()`), which on this x86-64 AVX-512 machine run Intel SVML's vector kernels for
arrays and NumPy scalars and print other last digits than the correctly rounded values on a few to 9% of the inputs
(Tests/TensorCoreTests/Fixtures/svml_trig_proof.txt). Each theme picks inputs where SVML's digits differ from the
correctly rounded ones (mpmath), so a correctly rounded result fails it; the views NumPy reads backwards, where it
calls the C library instead, print glibc's sinh and tan and are refused for the others (ReversedViewRefusalTests).
The `f32-` themes do the same for float32 arrays, whose SVML float32 kernels NumPy runs too (reversed float32 views,
where NumPy calls the C library's float32 functions, are refused: ReversedViewRefusalTests).

Run: `python3 Tests/SnippetsTests/Fixtures/make_svmltrig_fixtures.py`. It rewrites every file in `svmltrig/`;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py`.
"""

import pathlib

import mpmath
import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "svmltrig"
mpmath.mp.prec = 200

FUNCTIONS = {
    "arcsin": (mpmath.asin, lambda rng: rng.uniform(-1, 1)),
    "arccos": (mpmath.acos, lambda rng: rng.uniform(-1, 1)),
    "arctan": (mpmath.atan, lambda rng: rng.uniform(-10, 10)),
    "sinh": (mpmath.sinh, lambda rng: rng.uniform(-10, 10)),
    "tan": (mpmath.tan, lambda rng: rng.uniform(-10, 10)),
    "cbrt": (lambda v: mpmath.sign(v) * mpmath.cbrt(abs(v)), lambda rng: rng.uniform(-100, 100)),
}


def differing(name, count, seed):
    """`count` inputs, rounded to 4 decimals as a snippet would write them, whose NumPy result is not the correctly
    rounded value."""
    exact, draw = FUNCTIONS[name]
    rng = np.random.default_rng(seed)
    found = []
    while len(found) < count:
        v = round(float(draw(rng)), 4)
        if float(exact(mpmath.mpf(v))) != float(getattr(np, name)(np.float64(v))) and v not in found:
            found.append(v)
    return found


def theme(name, seed):
    values = differing(name, 12, seed)
    return [
        f"v = np.array({values!r})",
        f"np.{name}(v)",
        f"np.{name}(v).tolist()",
        f"[repr(np.{name}(np.float64(t))) for t in v.tolist()]",
        f"np.{name}(v[3]).item()",
        f"np.{name}(v.reshape(3, 4)).T.tolist()",
        f"np.{name}(v[::2]).tolist()",
        f"np.{name}(v.reshape(3, 4)[:, ::-1]).tolist()",
        f"np.{name}(v)[::-1].tolist()",
        f"float(np.{name}(v).sum())",
        f"np.{name}(v[:1])",
        f"np.{name}(np.array([0.0, -0.0, np.inf, -np.inf, np.nan]))",
    ]


def arctan2_theme():
    rng = np.random.default_rng(40)
    pairs = []
    while len(pairs) < 12:
        y, x = round(float(rng.uniform(-5, 5)), 3), round(float(rng.uniform(-5, 5)), 3)
        if float(mpmath.atan2(y, x)) != float(np.arctan2(np.float64(y), np.float64(x))):
            pairs.append((y, x))
    ys, xs = [p[0] for p in pairs], [p[1] for p in pairs]
    return [
        f"y = np.array({ys!r})",
        f"x = np.array({xs!r})",
        "np.arctan2(y, x)",
        "np.arctan2(y, x).tolist()",
        "[repr(np.arctan2(np.float64(a), np.float64(b))) for a, b in zip(y.tolist(), x.tolist())]",
        "np.arctan2(y[5], x[5]).item()",
        f"np.arctan2(y, {xs[0]!r}).tolist()",
        f"np.arctan2({ys[1]!r}, x).tolist()",
        "np.arctan2(y.reshape(3, 4), x[:4]).tolist()",
        "np.arctan2(y.reshape(3, 4), x.reshape(3, 4)[:, :1]).tolist()",
        "np.angle(x + 1j * y).tolist()",
        "np.arctan2(np.array([0.0, -0.0, 0.0, -0.0, np.inf, -np.inf, 1.0, 2.0]), "
        "np.array([-0.0, -1.0, 0.0, 3.0, np.inf, -np.inf, -np.inf, np.nan]))",
        "np.arctan2(y.astype(int), x.astype(int)).tolist()",
    ]


THEMES = {f"{k + 1:02d}-{name}": theme(name, 30 + k) for k, name in enumerate(FUNCTIONS)}
THEMES[f"{len(THEMES) + 1:02d}-arctan2"] = arctan2_theme()
# A tutorial's uses: angles of unit-circle points, a sinh-spaced grid, cube roots of volumes.
THEMES[f"{len(THEMES) + 1:02d}-tutorial"] = [
    "t = np.linspace(-1, 1, 9)",
    "np.arcsin(t)",
    "np.degrees(np.arccos(t)).tolist()",
    "np.arctan(np.linspace(0, 10, 11)).tolist()",
    "theta = np.linspace(0, 2 * np.pi, 13)",
    "np.arctan2(np.sin(theta), np.cos(theta)).tolist()",
    "np.sinh(np.linspace(-3, 3, 7)).tolist()",
    "np.tan(np.linspace(-1.5, 1.5, 13)).tolist()",
    "np.cbrt(np.array([1, 8, 27, 64, 100, 1000, -125])).tolist()",
    "np.cbrt(np.arange(1.0, 11.0) / 3).tolist()",
    "print(np.arcsin(0.3), np.arccos(0.6), np.arctan(9.55), np.sinh(0.31))",
    "np.sinh(np.array([25.5, 669.5, 670.25, -700.125, 710.4, 710.5, -1e300])).tolist()",
]


# float32: NumPy runs SVML's float32 kernels (the `_la` accuracy) for a float32 operand it reads forwards (its other
# dtypes reach them through a forward cast buffer); docbuild's ports are Sources/CKernels/numpy_elementary_trig_f32.c.
FLOAT32_DRAWS = {
    "arcsin": lambda rng, n: rng.uniform(-1, 1, n),
    "arccos": lambda rng, n: rng.uniform(-1, 1, n),
    "arctan": lambda rng, n: rng.uniform(-10, 10, n),
    "tan": lambda rng, n: rng.uniform(-10, 10, n),
    "cbrt": lambda rng, n: rng.uniform(-100, 100, n),
}


def differing_float32(name, count, seed):
    """`count` float32 inputs whose NumPy float32 result is not the correctly rounded float (mpmath at 200 bits)."""
    exact, _ = FUNCTIONS[name]
    rng = np.random.default_rng(seed)
    found = []
    while len(found) < count:
        for value in FLOAT32_DRAWS[name](rng, 200).astype(np.float32).tolist():
            ours = float(getattr(np, name)(np.array([value], dtype=np.float32))[0])
            if float(np.float32(float(exact(mpmath.mpf(value))))) != ours and value not in found:
                found.append(value)
                if len(found) == count:
                    break
    return found


def float32_theme(name, seed):
    values = differing_float32(name, 12, seed)
    # tan of a float32 beyond 8256 takes SVML's large-argument reduction, which docbuild refuses.
    big = "8256.0, -1234.5" if name == "tan" else "3e38"
    return [
        f"v = np.array({values!r}, dtype=np.float32)",
        f"np.{name}(v)",
        f"np.{name}(v).tolist()",
        f"[repr(np.{name}(np.float32(t))) for t in v.tolist()]",
        f"np.{name}(v[3])",
        f"np.{name}(v[5]).item()",
        f"np.{name}(v.reshape(3, 4)).T.tolist()",
        f"np.{name}(v[::2]).tolist()",
        f"np.{name}(v.reshape(3, 4)[:, ::-1]).tolist()",
        f"np.{name}(v)[::-1].tolist()",
        f"np.{name}(v[:1])",
        f"np.{name}(np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, 1e-45, {big}], dtype=np.float32))",
        f"np.{name}(np.arange(-3, 4, dtype=np.int16))",
        f"np.{name}(v).dtype",
    ]


def float32_arctan2_theme():
    rng = np.random.default_rng(70)
    pairs = []
    while len(pairs) < 12:
        y, x = (float(np.float32(v)) for v in rng.uniform(-5, 5, 2))
        if float(np.float32(float(mpmath.atan2(y, x)))) != float(np.arctan2(np.float32(y), np.float32(x))):
            pairs.append((y, x))
    ys, xs = [p[0] for p in pairs], [p[1] for p in pairs]
    return [
        f"y = np.array({ys!r}, dtype=np.float32)",
        f"x = np.array({xs!r}, dtype=np.float32)",
        "np.arctan2(y, x)",
        "np.arctan2(y, x).tolist()",
        "[repr(np.arctan2(np.float32(a), np.float32(b))) for a, b in zip(y.tolist(), x.tolist())]",
        "np.arctan2(y[5], x[5])",
        "np.arctan2(y[5], x[5]).item()",
        f"np.arctan2(y, {xs[0]!r}).tolist()",
        f"np.arctan2(np.float32({ys[1]!r}), x).tolist()",
        "np.arctan2(y.reshape(3, 4), x[:4]).tolist()",
        "np.arctan2(y.reshape(3, 4), x.reshape(3, 4)[:, :1]).tolist()",
        "np.arctan2(y[::2], x[1::2]).tolist()",
        "np.arctan2(np.array([0.0, -0.0, 0.0, -0.0, np.inf, -np.inf, 1.0, 2.0, np.inf, np.nan, -1.0], dtype=np.float32), "
        "np.array([-0.0, -1.0, 0.0, 3.0, np.inf, -np.inf, -np.inf, np.nan, 5.0, 1.0, 0.0], dtype=np.float32))",
        "np.arctan2(np.arange(-3, 3, dtype=np.int16), np.int16(2))",
        "np.arctan2(y, x).dtype",
    ]


FLOAT32_FUNCTIONS = ["arcsin", "arccos", "arctan", "arctan2", "tan", "cbrt"]
for k, name in enumerate(FLOAT32_FUNCTIONS):
    THEMES[f"f32-{k + 1:02d}-{name}"] = float32_arctan2_theme() if name == "arctan2" else float32_theme(name, 60 + k)


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_svmltrig_fixtures.py")


if __name__ == "__main__":
    main()
