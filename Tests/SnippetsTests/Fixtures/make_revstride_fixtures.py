#!/usr/bin/env python3
"""Writes the reversed-and-strided-view transcripts: NumPy 2.4.6's float64 math ufuncs of views NumPy reads backwards
(`v[::-1]`, `x[::-1, ::-1]`), for which it calls the C library's function on each element instead of its SIMD (SVML)
loop, and of the views it reads forwards, at full precision (`.tolist()`, `.item()`); and autograd 1.9.1's gradients
through them (autograd calls NumPy on the views it is given).

Run: `python3 Tests/SnippetsTests/Fixtures/make_revstride_fixtures.py`. It rewrites every file in `revstride/`;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output,
the exception's last line). With `--paths` it prints, for every function and view, which loop NumPy ran: the SIMD
one (its result equals that of a contiguous copy), the C library's (it equals Python's `math` function on each
element), both (the two agree on these inputs) or neither.
"""

import math
import pathlib
import sys

import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "revstride"

# Each function with the statements making `v` (40 values) and `x` (6 x 8) in its domain, and the `math` function
# the C library path calls. exp2, arcsin, arccos, arctan, arcsinh, arccosh and arctanh are only shown on views NumPy
# reads forwards: docbuild refuses exp2, arcsinh, arccosh and arctanh on the others (ReversedViewRefusalTests), and
# make_glibcwrong_fixtures.py shows arcsin, arccos and arctan of reversed views (glibc's, as NumPy runs them).
NORMAL = "np.random.default_rng({seed}).standard_normal({shape}) * 3"
DOMAINS = {
    "exp": ("{}", math.exp),
    "expm1": ("{}", math.expm1),
    "exp2": ("{}", lambda t: 2.0**t),
    "log": ("np.abs({}) + 0.01", math.log),
    "log1p": ("np.abs({})", math.log1p),
    "log2": ("np.abs({}) + 0.01", math.log2),
    "log10": ("np.abs({}) + 0.01", math.log10),
    "sinh": ("{}", math.sinh),
    "cosh": ("{}", math.cosh),
    "tanh": ("{}", math.tanh),
    "tan": ("{}", math.tan),
    "sin": ("{}", math.sin),
    "cos": ("{}", math.cos),
    "arctan": ("{}", math.atan),
    "arcsin": ("{} / 10", math.asin),
    "arccos": ("{} / 10", math.acos),
    "arcsinh": ("{}", math.asinh),
    "arccosh": ("np.abs({}) + 1", math.acosh),
    "arctanh": ("{} / 10", math.atanh),
}
REFUSED_BACKWARDS = {"exp2", "arcsin", "arccos", "arctan", "arcsinh", "arccosh", "arctanh"}
# On the views NumPy reads forwards these run SVML's tan, arcsin and arccos: left out here, not this set's subject
# (svmltrig/, make_svmltrig_fixtures.py, shows them on such views).
SVML_NOT_REPRODUCED = {"tan", "arcsin", "arccos"}

# Views NumPy reads backwards (the C library's loop) and forwards (the SIMD loop).
BACKWARDS = ["v[::-1]", "v[::-2]", "v[7:8][::-1]", "x[::-1, ::-1]", "x[::-1, ::-2]", "x[::-1, ::-1].T",
             "v[::-1].reshape(4, 10)", "x.reshape(1, 48, 1)[:, ::-1]", "x[::-1, ::-1][None]"]
FORWARDS = ["v", "v[::2]", "v[7:8]", "x[:, ::-1]", "x[::-1]", "x[:, ::2]", "x.T", "x.T[::-1]", "x.T[:, ::-1]",
            "x[::-1, ::-1][:, :5]", "np.broadcast_to(v, (3, 40))", "np.broadcast_to(v[::-1], (3, 40))",
            "x[::-1, ::-1].copy()"]


def setup(name):
    form, _ = DOMAINS[name]
    return [f"v = {form.format(NORMAL.format(seed=4, shape=40))}",
            f"x = {form.format(NORMAL.format(seed=5, shape=(6, 8)))}"]


def statements(name):
    views = ([] if name in SVML_NOT_REPRODUCED else FORWARDS) + ([] if name in REFUSED_BACKWARDS else BACKWARDS)
    lines = setup(name) + [f"np.{name}({view}).tolist()" for view in views]
    if name not in SVML_NOT_REPRODUCED:
        lines += [f"np.{name}(v[7]).item()", f"np.{name}(np.array(v[7])).item()"]
    if name not in REFUSED_BACKWARDS:
        lines += [f"np.{name}(v[::-1])[0].item()", f"np.{name}(v)[::-1].tolist() == np.{name}(v[::-1]).tolist()"]
    return lines


SHOWN = [name for name in DOMAINS if name not in SVML_NOT_REPRODUCED or name not in REFUSED_BACKWARDS]
THEMES = {f"{k + 1:02d}-{name}": statements(name) for k, name in enumerate(SHOWN)}
# Past 8192 elements: a view that coalesces into one backward run still takes the C library's loop.
THEMES[f"{len(THEMES) + 1:02d}-large-runs"] = [
    "big = np.random.default_rng(6).standard_normal((2, 5000)) * 3",
    "np.exp(big[::-1, ::-1])[:, :60].tolist()",
    "np.expm1(big.reshape(-1)[::-1])[-60:].tolist()",
    "np.cosh(big[:, ::-1][:1])[:, :60].tolist()",
    "np.exp(big[:, ::2])[:, :60].tolist()",
]

# autograd runs NumPy on the views it is given: tanh's and sinh's gradients call np.cosh of the operand itself. (A
# view passed to grad as the argument itself is left out: docbuild's derivative leaf is a fresh contiguous array.)
THEMES[f"{len(THEMES) + 1:02d}-gradients"] = [
    "import autograd.numpy as anp",
    "from autograd import grad",
    "v = np.random.default_rng(4).standard_normal(40) * 3",
    "x = np.random.default_rng(5).standard_normal((6, 8)) * 3",
    "grad(lambda t: anp.sinh(t[::-1]).sum())(v).tolist()",
    "grad(lambda t: anp.tanh(t[::-1]).sum())(v).tolist()",
    "grad(lambda t: anp.sinh(t[::-1, ::-1]).sum())(x).tolist()",
    "grad(lambda t: anp.tanh(t[::-1, ::-1]).sum())(x).tolist()",
    "grad(lambda t: anp.exp(t[::-1]).sum())(v).tolist()",
    "grad(lambda t: anp.cosh(t[::-2]).sum())(v).tolist()",
    "grad(lambda t: (anp.exp(t[::-2]) * anp.log1p(t[::-2] ** 2)).sum())(v).tolist()",
    "grad(lambda t: anp.sinh(t[:, ::-1]).sum())(x).tolist()",
]


def paths():
    """Prints which loop NumPy ran for each function and view."""
    for name, (_, scalar) in DOMAINS.items():
        namespace = {"np": np}
        for line in setup(name):
            exec(line, namespace)
        row = []
        for view in BACKWARDS + FORWARDS:
            a = eval(view, namespace)
            got = getattr(np, name)(a).ravel().tolist()
            simd = getattr(np, name)(a.copy()).ravel().tolist()
            libm = [scalar(t) for t in a.ravel().tolist()]
            mark = "both" if got == simd and got == libm else "SIMD" if got == simd else "libm" if got == libm else "??"
            row.append(f"{view}={mark}")
        print(f"{name}: " + ", ".join(row))


def main():
    if "--paths" in sys.argv:
        paths()
        return
    write_themes(THEMES, OUTPUT_FOLDER, "make_revstride_fixtures.py")


if __name__ == "__main__":
    main()
