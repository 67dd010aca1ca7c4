#!/usr/bin/env python3
"""Writes the result-layout transcripts: arrays that NumPy functions, methods and operators make from transposed,
permuted and strided arrays keep those arrays' memory order (`order='K'`), or Fortran order (`round`), or join their
operands' orders (`concatenate`, `stack`); the views of such results see that memory; and the sums, matrix
products, strides and flags of all of them are NumPy 2.4.6's, to the last digit.

Run: `python3 Tests/SnippetsTests/Fixtures/make_layout_fixtures.py`. It rewrites `memorder/19-*.txt` to
`memorder/2*.txt`; rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per
theme, REPL output, the exception's last line). Functions whose result order docbuild does not follow are refused
(`ResultLayoutRefusalTests`), so they are not here.
"""

import pathlib

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
INPUTS = {
    "transposed": ("x2.T", "x2"),
    "permuted": ("x3.transpose(1, 2, 0)", "x3"),
    "strided": ("x4.T[:, ::2]", "x4"),
    "reversed": ("x2[::-1].T", "x2"),
}

# Results NumPy allocates like their operands (or in Fortran order, or joined): each followed by its strides, flags
# and full-precision sums.
RESULTS = [
    "np.exp(X)", "X * 1.0", "np.copy(X)", "np.array(X)", "X.copy()", "np.zeros_like(X) + X", "np.ones_like(X) * X",
    "np.full_like(X, 1.5) + X", "np.empty_like(X).shape", "X.astype(np.float32).astype(np.float64)",
    "np.cumsum(X, axis=0)", "np.cumsum(X, axis=1)", "np.cumprod(X / np.abs(X).max(), axis=0)",
    "np.nancumsum(X, axis=1)", "np.sort(X, axis=0)", "np.sort(X, axis=-1)", "np.round(X, 2)", "X.round(3)",
    "np.where(X > 0, X, 0.5)", "np.where(X > 0, X, X * 2)", "np.clip(X, -1, 1)", "X.clip(-1, 1)",
    "np.concatenate([X, X])", "np.concatenate([X, X], axis=1)", "np.stack([X, X])", "np.stack([X, X], axis=-1)",
    "np.vstack([X, X])", "np.hstack([X, X])", "np.diff(X, axis=0)", "np.diff(X)", "np.roll(X, 1, axis=0)",
    "np.roll(X, 2)", "np.fmax(X, 0.1)", "np.heaviside(X, 0.5) * X", "np.nan_to_num(X)", "np.isnan(X) + X",
    "np.logical_not(X > 0) * X", "np.add.accumulate(X, axis=0)", "np.maximum.accumulate(X, axis=1)",
    "np.gradient(X, axis=0)", "np.polyval([1.0, 2.0, 3.0], X)", "np.sinc(X)", "np.float_power(X, 2)",
    "np.sort(X, axis=0)[::-1]", "np.tile(X, 2)", "np.repeat(X, 2, axis=0)", "np.take(X, [0, 2, 1], axis=0)",
    "np.triu(X)", "np.flip(X, 0)", "(X > 0) & (X < 5)", "X.T.T", "X[1:, ::2]",
]


def theme(kind, seed):
    view, base = INPUTS[kind]
    statements = [line.format(seed=seed) for line in MAKE] + [f"X = {view}"]
    for result in RESULTS:
        if result.endswith(".shape"):
            statements.append(result)
            continue
        statements += [f"r = {result}", "r.strides", "r.flags.c_contiguous, r.flags.f_contiguous", "repr(r.sum())",
                       "r.sum(axis=0).sum().item()", "r.sum(axis=-1)[:3].tolist()"]
    # Matrix products read a memory-ordered result in place, as BLAS reads a transposed array.
    statements += ["r = np.exp(X)", "repr((r @ r.T).sum())", "repr((r.T @ r).sum())"]
    return statements


def views():
    """Views of memory-ordered results: their strides, NumPy's view-or-copy decisions, writes through them."""
    statements = [line.format(seed=7) for line in MAKE] + [
        "y = np.exp(x2.T / 1000)",
        "y.strides", "y[1:].strides", "y[:, ::2].strides", "y.T.strides", "y[1:, 2:].T.strides",
        "repr(y[1:].sum())", "repr(y[:, ::2].sum())", "repr(y.T[1:].sum())", "repr(y[2:9, 1:].sum())",
        "y.flags.f_contiguous", "y.T.flags.c_contiguous", "y[1:].flags.f_contiguous", "y.copy().strides",
        "repr(y.copy().sum())", "np.copy(y).strides", "repr((y @ y.T).sum())", "repr((y.copy() @ y.T).sum())",
        "z = y.reshape(-1)", "z.base is None", "z[0] = 5.0", "y[0, 0] == 5.0",
        "w = y[1:]", "w[0, 0] = 7.0", "y[1, 0].item()", "w.base is y",
        "v = y.T", "v[2, 3] = 9.0", "y[3, 2].item()", "repr(y.sum())",
        "u = y.ravel()", "u[1] = 11.0", "y[1, 0].item()",
        "t = y.T.reshape(-1)", "t[1] = 13.0", "y[0, 1].item()", "t.base is None",
        "y += 1", "y.strides", "repr(y.sum())",
        "y[...] = np.arange(143.0).reshape(11, 13) / 7", "y.strides", "repr(y.sum())", "repr(y[1:].sum())",
        "q = np.exp(x3.transpose(2, 0, 1))", "q.strides", "q[:, 1:, ::2].strides", "repr(q[:, 1:, ::2].sum())",
        "q.reshape(7, 30).strides", "repr(q.reshape(7, 30).sum())",
    ]
    return statements


THEMES = {}
for number, kind in enumerate(INPUTS, start=19):
    THEMES[f"{number}-results-of-{kind}-arrays"] = theme(kind, number)
THEMES["23-views-of-memory-ordered-results"] = views()


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_layout_fixtures.py")


if __name__ == "__main__":
    main()
