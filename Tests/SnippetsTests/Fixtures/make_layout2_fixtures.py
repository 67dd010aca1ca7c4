#!/usr/bin/env python3
"""Writes the second set of result-layout transcripts: the memory layouts NumPy gives the results of advanced
indexing, `einsum`, `median`, `percentile`, `pad`, `insert`, `append`, `column_stack` and `dstack` when their operand
is transposed, permuted, reversed or strided (and, for advanced indexing, when it is C-ordered too), and the strides
of axes of extent 1; each result followed by its strides, flags and full-precision sums, NumPy 2.4.6's to the last
digit.

Run: `python3 Tests/SnippetsTests/Fixtures/make_layout2_fixtures.py`. It rewrites `memorder/24-*.txt` to
`memorder/29-*.txt`; rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace
per theme, REPL output, the exception's last line).

`--count-refused DOCBUILD` runs the docbuild binary given on these transcripts instead and prints how many of their
statements it refuses as its limit (a `NotImplementedError` where NumPy prints a value): run it with a docbuild built
before and after a change to count the forms the change brought into reach, and the statements it gets wrong.
"""

import pathlib
import re
import subprocess
import sys
import tempfile

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "memorder"

# Values spread over seven decades, so a sum in another order shows in the last digits.
MAKE = [
    "rng = np.random.default_rng({seed})",
    "x2 = rng.standard_normal((13, 11)) * 10.0 ** rng.integers(-3, 4, (13, 11))",
    "x3 = rng.standard_normal((5, 6, 7)) * 10.0 ** rng.integers(-3, 4, (5, 6, 7))",
    "x4 = rng.standard_normal((12, 20)) * 10.0 ** rng.integers(-3, 4, (12, 20))",
]
# Two-dimensional operands: C-ordered, transposed, strided, reversed.
INPUTS_2D = {"C": "x2", "T": "x2.T", "S": "x4.T[:, ::2]", "R": "x2[::-1].T"}
# Three-dimensional operands.
INPUTS_3D = {"P": "x3.transpose(1, 2, 0)", "Q": "x3.transpose(2, 0, 1)[::-1, :, 1:]"}


def described(result):
    """`result` bound to r, then what NumPy's memory decides about it."""
    return [f"r = {result}", "r.shape", "r.strides", "r.flags.c_contiguous, r.flags.f_contiguous, r.flags.owndata",
            "None if r.base is None else r.base.shape", "repr(r.sum())", "r.sum(axis=0).sum().item()",
            "r.sum(axis=-1).ravel()[:3].tolist()"]


def theme(seed, inputs, results, products=False):
    statements = [line.format(seed=seed) for line in MAKE]
    for name, made in inputs.items():
        statements.append(f"X = {made}  # {name}")
        for result in results:
            statements += described(result)
            if products:
                # Matrix products read a memory-ordered operand in place, in BLAS's summation order. (`r @ r.T`
                # itself is NumPy's syrk, whose digits docbuild does not always give, whatever the layout.)
                statements.append("repr((r @ r.T.copy()).sum()) if r.ndim == 2 else r.ndim")
    return statements


FANCY_2D = [
    "X[[0, 2, 1]]", "X[:, [0, 2, 1]]", "X[[0, 2, 1]][:, ::2]", "X[:, [0]]", "X[[0]]", "X[[[0, 1], [2, 1]]]",
    "X[:, [[0, 1], [2, 1]]]", "X[[0, 1], [1, 2]]", "X[:, X[0] > 0]", "X[X[:, 0] > 0]", "X[1:, [0, 2]]",
    "X[::-2, [0, 2]]", "X[None, [0, 2]]", "X[[0, 2], None]", "X[:, None, [0, 2]]", "X[[[0], [2]], [[1, 0]]]",
    "X[..., [3, 1, 0]]", "X[:, [1, 0, 2]][1:]", "np.exp(X[:, [0, 2, 1]]) + 1", "X[:, [0, 2, 1]].T",
]
FANCY_3D = [
    "X[[0, 2, 1]]", "X[:, [0, 2, 1]]", "X[:, :, [0, 2, 1]]", "X[[0, 1], :, [1, 2]]", "X[:, [0, 1], [1, 2]]",
    "X[:, [0, 2, 1]][..., ::2]", "X[::2, [0, 2, 1]]", "X[1, :, [0, 2]]", "X[:, 1, [0, 2]]", "X[[1, 0], 2]",
    "X[:, [[0, 1], [2, 1]], 1:]", "X[:, None, [0, 2]]", "X[:, X[0, :, 0] > 0]", "X[X[:, 0, 0] > 0, 1:]",
]
# einsum sums over a label of a non-C-ordered operand in an order docbuild does not follow (refused,
# `ResultLayoutRefusalTests`): those sums are here for C-ordered operands only, whose outputs can still be
# Fortran-ordered.
EINSUM_2D = [
    "np.einsum('ij->ij', X)", "np.einsum('ij->ji', X)", "np.einsum('ij,ij->ij', X, X)", "np.einsum('...->...', X)",
    "np.einsum('ij,j->ij', X, X[0])", "np.einsum('ij,ij->ji', X, X)", "np.einsum('ji', X)", "np.einsum('ii->i', X[:5, :5])",
]
EINSUM_3D = [
    "np.einsum('ijk->ijk', X)", "np.einsum('ijk->kij', X)", "np.einsum('ijk,ijk->ijk', X, X)",
    "np.einsum('ijk,ij->ijk', X, X[..., 0])", "np.einsum('ijk,ijk->kji', X, X)", "np.einsum('kij', X)",
]
EINSUM_SUMS = [
    "np.einsum('ij->i', X)", "np.einsum('ij->j', X)", "np.einsum('ijk->ik', X3)", "np.einsum('ijk->kj', X3)",
    "np.einsum('ijk,k->ji', X3, X3[0, 0])", "np.einsum('ijk,ijk->ki', X3, X3)", "np.einsum('ij,ik->kj', X, X)",
]
STATISTICS_2D = [
    "np.median(X, axis=0)", "np.median(X, axis=1)", "np.percentile(X, 30, axis=0)",
    "np.percentile(X, [30, 70], axis=1)", "np.quantile(X, [0.25, 0.5, 0.9], axis=0)", "np.percentile(X, [10, 90])",
]
STATISTICS_3D = [
    "np.median(X, axis=0)", "np.median(X, axis=1)", "np.median(X, axis=-1)", "np.percentile(X, 30, axis=1)",
    "np.percentile(X, [30, 70], axis=0)", "np.quantile(X, [0.1, 0.6], axis=2)",
]
JOINS_2D = [
    "np.pad(X, 1)", "np.pad(X, ((1, 0), (0, 2)), mode='edge')", "np.pad(X, 2, mode='reflect')",
    "np.insert(X, 1, 0.0, axis=0)", "np.insert(X, [1, 3], 0.0, axis=1)", "np.insert(X, 2, X[:, 0], axis=1)",
    "np.append(X, X, axis=0)", "np.append(X, X[:2], axis=0)", "np.append(X, X, axis=1)",
    "np.column_stack([X, X])", "np.column_stack([X, X[:, 0]])", "np.dstack([X, X])", "np.dstack([X, X.copy()])",
]
JOINS_3D = [
    "np.pad(X, 1)", "np.pad(X, ((0, 0), (1, 1), (2, 0)))", "np.insert(X, 1, 0.0, axis=2)",
    "np.insert(X, [0, 2], 1.0, axis=0)", "np.append(X, X, axis=1)", "np.append(X, X[:, :1], axis=1)",
    "np.dstack([X, X])", "np.column_stack([X, X])",
]


def unit_axes():
    """Strides of axes of extent 1: new axes, `expand_dims`, reshapes that add ones, `keepdims=True` results."""
    statements = [line.format(seed=28) for line in MAKE] + ["x = x2", "t = x2.T", "q = x3.transpose(1, 2, 0)"]
    for name in ["x", "t", "q", "x[:, ::2]", "t[::-1]"]:
        for form in ["{a}[:, None].strides", "{a}[None].strides", "{a}[..., None].strides",
                     "{a}[:, None, 1:].strides", "np.expand_dims({a}, 0).strides", "np.expand_dims({a}, 1).strides",
                     "np.expand_dims({a}, -1).strides", "np.expand_dims({a}, (0, 2)).strides",
                     "{a}.sum(axis=0, keepdims=True).strides", "{a}.sum(axis=1, keepdims=True).strides",
                     "{a}.mean(axis=-1, keepdims=True).strides", "np.max({a}, axis=0, keepdims=True).strides",
                     "{a}.sum(axis=(0, 1), keepdims=True).strides", "{a}.var(axis=0, keepdims=True).strides",
                     "{a}.std(axis=1, keepdims=True).strides", "np.exp({a}[:, None]).strides",
                     "({a}[:, None] + 1.0).strides", "{a}[:, None].copy().strides", "{a}[:1].strides",
                     "{a}[:, :1].strides", "np.atleast_3d({a}).strides"]:
            statements.append(form.format(a=name))
    for form in ["x.reshape(13, 1, 11).strides", "x.reshape(1, 13, 11).strides", "x.reshape(13, 11, 1).strides",
                 "x.reshape(1, 143).strides", "x.reshape(143, 1).strides", "x.reshape(1, 13, 1, 11, 1).strides",
                 "t.reshape(11, 1, 13).strides", "t.reshape(1, 11, 13).strides", "t.reshape(11, 13, 1).strides",
                 "t.reshape(1, 11, 1, 13, 1).strides", "q.reshape(6, 1, 7, 5).strides", "q.reshape(1, 6, 7, 5).strides",
                 "q.reshape(6, 7, 5, 1).strides", "x[:, 1:2].reshape(13, 1).strides", "x[:, 1].reshape(1, 13).strides",
                 "x[::2].reshape(7, 1, 11).strides", "t[:, :1].strides", "t[:1].strides", "t[:, :1].T.strides",
                 "np.zeros((3, 1)).strides", "np.ones((1, 4)).T.strides", "np.arange(6.0)[:, None][:, [0]].strides",
                 "np.swapaxes(t[:, :1], 0, 1).strides", "np.moveaxis(q[:1], 0, -1).strides", "q[:, :1].transpose(2, 0, 1).strides",
                 "np.atleast_2d(x[0]).strides", "np.atleast_3d(x[0]).strides", "np.expand_dims(t[::2], 1).strides",
                 "(t[:, :1] * 2).strides", "np.exp(t[:1]).strides", "(x[:, :1] + t[:1].T).strides",
                 "np.where(t[:, :1] > 0, t[:, :1], 0.0).strides", "np.copy(t[:, :1]).strides", "np.zeros_like(t[:1]).strides"]:
        statements.append(form)
    # Matrix products of arrays with an axis of extent 1: NumPy's matmul reads them as vectors, whatever their order.
    statements += [
        "m = rng.standard_normal((13, 6)) * 10.0 ** rng.integers(-3, 4, (13, 6))",
        "a = np.zeros_like(t[:1]) + t[:1]", "a.strides", "repr((a @ m).sum())", "b = np.copy(t[:1])", "b.strides",
        "repr((b @ m).sum())", "repr((m.T @ b.T).sum())", "d = np.exp(t[:, None])", "repr((d[:, 0] @ m).sum())",
        "e = t.mean(axis=1, keepdims=True)", "repr((e.T @ m[:11]).sum())", "repr((m[:11].T @ e).sum())",
        "f = np.expand_dims(t, 1)[:, 0]", "repr((f @ m).sum())", "g = x[:, [3]]", "g.strides", "repr((g.T @ m).sum())",
        "repr((m.T @ g).sum())", "h = x[[3]]", "repr((h @ x.T).sum())", "k = x[:, [0, 2, 1]]", "repr((k.T @ m).sum())",
        "repr((m.T @ k).sum())", "repr((x.T @ k).sum())",
    ]
    return statements


# One-array functions and ufuncs whose result layouts docbuild follows, each checked on four operands.
FUNCTIONS = """abs absolute arccos arccosh arcsin arcsinh arctan arctanh around ceil conj conjugate copy cos cosh cumprod
cumsum deg2rad degrees diff exp exp2 expm1 fabs fix floor gradient imag isfinite isinf isnan isneginf isposinf log
log10 log1p log2 nan_to_num nancumprod nancumsum negative positive rad2deg radians real reciprocal rint round sign
signbit sin sinc sinh sort spacing sqrt square tan tanh trunc zeros_like ones_like flip fliplr flipud rot90 transpose
squeeze ravel argsort triu tril angle nanmax nanmin ptp percentile quantile median""".split()
CALLS = {"percentile": "np.percentile(X, 30, axis=0)", "quantile": "np.quantile(X, 0.3, axis=1)",
         "median": "np.median(X, axis=1)", "nanmax": "np.nanmax(X, axis=1)", "nanmin": "np.nanmin(X, axis=(0, 1))",
         "ptp": "np.ptp(X, axis=1)", "gradient": "np.gradient(X, axis=-1)"}
MORE = ["np.median(X, axis=0)", "np.median(X, axis=-1)", "np.median(X[1:], axis=0)", "np.round(X, 1)", "X.round()", "X.round(2)", "np.real(X) is X", "np.nanmax(X, axis=0, keepdims=True)",
        "np.triu(X, 1)", "np.tril(X, -1)", "np.flip(X, 1)", "np.rot90(X, 2)", "np.rot90(X, -1, axes=(0, 1))", "X.T",
        "np.moveaxis(X, 0, -1)", "np.fmax(X, 0.5)", "np.heaviside(X, 0.5)", "np.hypot(X, 0.5)", "np.ldexp(X, 2)"]


def functions():
    statements = [line.format(seed=29) for line in MAKE]
    for made in ["x2.T", "x3.transpose(1, 2, 0)", "x2[::-1].T[:, None]", "x2[:, None, ::-1]"]:
        statements.append(f"X = {made}")
        for name in FUNCTIONS:
            statements += [f"r = {CALLS.get(name, f'np.{name}(X)')}", "r.strides", "repr(np.asarray(r).sum())"]
        for form in MORE:
            if form.endswith(" is X"):
                statements.append(form)
            else:
                statements += [f"r = {form}", "r.strides", "repr(np.asarray(r).sum())"]
    return statements


THEMES = {
    "24-advanced-indexing-layouts": theme(24, INPUTS_2D, FANCY_2D, products=True)
    + theme(24, INPUTS_3D, FANCY_3D)[len(MAKE):],
    "25-einsum-layouts": theme(25, INPUTS_2D, EINSUM_2D, products=True) + theme(25, INPUTS_3D, EINSUM_3D)[len(MAKE):]
    + ["X3 = x3"] + theme(25, {"C": "x2"}, EINSUM_SUMS, products=True)[len(MAKE):],
    "26-median-percentile-layouts": theme(26, INPUTS_2D, STATISTICS_2D)
    + theme(26, INPUTS_3D, STATISTICS_3D)[len(MAKE):],
    "27-pad-insert-append-stack-layouts": theme(27, INPUTS_2D, JOINS_2D, products=True)
    + theme(27, INPUTS_3D, JOINS_3D)[len(MAKE):],
    "28-unit-axis-strides": unit_axes(),
    "29-functions-of-permuted-arrays": functions(),
}


def count_refused(docbuild):
    """Runs `docbuild check` on the transcripts and prints, per theme, how many statements it refuses as its limit and
    how many it prints otherwise than NumPy."""
    total_refused = total_wrong = total = 0
    for name in THEMES:
        text = (OUTPUT_FOLDER / f"{name}.txt").read_text(encoding="utf-8")
        body = "\n".join(line for line in text.split("\n") if not line.startswith("# "))
        with tempfile.TemporaryDirectory() as folder:
            (pathlib.Path(folder) / "01-layout.md").write_text(f"# layout\n\n````tensor\n{body.rstrip()}\n````\n")
            run = subprocess.run([docbuild, "check", "--no-cache", "--content", folder], capture_output=True,
                                 text=True)
        failures = run.stderr.split(": error: ")[1:]
        refused = sum("NotImplementedError" in failure for failure in failures)
        statements = body.count("\n>>> ") + 1
        print(f"{name}: {statements} statements, {refused} refused, {len(failures) - refused} printed otherwise")
        total += statements
        total_refused += refused
        total_wrong += len(failures) - refused
    print(f"all: {total} statements, {total_refused} refused, {total_wrong} printed otherwise")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--count-refused":
        count_refused(sys.argv[2])
    else:
        write_themes(THEMES, OUTPUT_FOLDER, "make_layout2_fixtures.py")


if __name__ == "__main__":
    main()
