#!/usr/bin/env python3
"""Writes the transcript of gradients through transposed, permuted and reversed values from autograd 1.9.1 itself.

Run: `python3 Tests/SnippetsTests/Fixtures/make_gradorder_fixtures.py` (Python 3.11+, NumPy 2.4.6, autograd 1.9.1).
It rewrites `interpreter/47-gradients-in-memory-order.txt` and `interpreter/47-autograd-without-vjp.txt`; rerunning
gives identical bytes. With `--probe PATH` it writes every generated gradient statement, also the few left out of the
fixture (`LEFT_OUT`), to PATH instead, for counting mismatches against docbuild (`docbuild fix` on a copy).

autograd runs NumPy on the real views, so its backward sums (the unbroadcast of a broadcast operand, the mean inside
var's and std's VJP, the sums of a product's VJP) walk the memory of the arrays it holds, in NumPy's order. The
statements differentiate through `.T`, `transpose`, `swapaxes`, `[::-1]`, reshapes of transposes, reductions,
broadcasting against transposes and `@` with transposes, printed in full precision (`np.set_printoptions(precision=17)`).
Each is written twice: as autograd's `grad(f)(x)` (run by autograd) and as docbuild's own `grad(y, x)`, whose output
is autograd's `grad` of the same expression as a function of `x` (the derivative of the same recorded computation).
Statements run as the REPL runs them (make_interpreter_fixtures.run_single) in one namespace that starts with `np`.
"""

import pathlib
import re
import sys
import warnings

import numpy as np
from make_interpreter_fixtures import prompted, run_single

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "47-gradients-in-memory-order.txt"
WITHOUT_VJP_OUTPUT = HERE / "interpreter" / "47-autograd-without-vjp.txt"

SETUP = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad",
    "np.set_printoptions(precision=17)",
    "rng = np.random.default_rng(47)",
    # Inner runs of at least 8 elements: NumPy's pairwise sum differs from a plain running sum only from there on.
    "x = rng.standard_normal((9, 10))",
    "c = rng.standard_normal((9, 10))",
    "w = rng.standard_normal(10)",
    "u = rng.standard_normal(9)",
    "t = rng.standard_normal((2, 8, 9))",
    "q = rng.standard_normal((10, 10))",
]

# Views of the 2-d argument `a` (9, 10): transposed, swapped, reversed, sliced, and reshapes of transposes.
VIEWS_2D = [
    "a.T", "anp.transpose(a)", "anp.swapaxes(a, 0, 1)", "a[::-1]", "a[:, ::-1]", "a.T[::-1]", "a[::-1, ::-1].T",
    "a.T.reshape(9, 10)", "a.T[:, ::2]", "anp.transpose(a)[1:, ::-1]",
]

# What follows a view `v` of a 2-d value, ending in a scalar.
TAILS_2D = [
    "{v}.sum(axis=0).var()", "{v}.sum(axis=1).var()", "{v}.mean(axis=0).std()", "{v}.mean(axis=1).var()",
    "{v}.var()", "{v}.std()", "{v}.var(axis=0).sum()", "{v}.var(axis=1).sum()", "{v}.std(axis=0).mean()",
    "{v}.std(axis=1, ddof=1).sum()", "({v} ** 2).sum(axis=0).std()", "anp.cumsum({v}, axis=0).var()",
    "anp.cumsum({v}, axis=1).std()", "{v}.max(axis=0).var()", "anp.prod(1.0 + 0.1 * {v}, axis=1).var()",
    "({v} * {v}.sum(axis=0)).var()", "({v} - {v}.mean(axis=1, keepdims=True)).std()",
    "(anp.tanh({v}) * {v}).mean(axis=0).var()", "({v} * {v}.T.sum(axis=1)).sum()",
]

# Broadcasting against transposes and products with transposes: the gradient reaches `a` through a backward sum.
BROADCASTS = [
    "(a.sum(axis=1) * c.T).var()", "(a.mean(axis=0, keepdims=True).T * c.T).var()", "(a.T + a.mean(axis=1)).var()",
    "(a.T * a.T.sum(axis=0, keepdims=True)).var()", "(a.T[:, :1] * a.T).var()", "(a[:, 0] * c.T).std()",
    "(a[0] * c.T[:, :1]).var()", "(a.T * w[:, None]).var()", "(a.T - u).std()", "((a.T - u) ** 2).mean(axis=1).var()",
    "(a[::-1] * u[:, None]).var()", "(anp.swapaxes(a, 0, 1) * a[0][:, None]).std()",
    "(a.T @ a).var()", "(a @ a.T).std()", "(a.T @ c).var()", "(c.T @ a).std()", "(a @ q.T).var()", "(q @ a.T).var()",
    "(a.T @ u).var()", "(u @ a[::-1]).var()", "(a[:, ::-1] @ w).var()", "anp.dot(a.T, c).var()",
    "(a[::-1] @ a.T).var()", "(a.T @ a[::-1]).std()", "(a[::-1] @ q).var()", "(a[:, ::2] @ q[::2]).var()",
    "(a[0, ::-1] @ w[::-1]) * (a[::-1, 0] @ u)", "(w[::-1] @ (a.T @ a)).var()",
    "anp.dot(c.T, a).sum(axis=0).var()", "(a.T @ a).sum(axis=0).var()", "((a @ a.T) ** 2).mean(axis=1).var()",
    "(a.T @ anp.tanh(a)).std()",
]

VIEWS_3D = [
    "a.T", "anp.transpose(a, (1, 0, 2))", "anp.transpose(a, (2, 0, 1))", "a.transpose((1, 2, 0))", "a.swapaxes(0, 2)",
    "a[::-1]", "a.transpose((0, 2, 1))[:, ::-1]",
]
TAILS_3D = [
    "{v}.sum(axis=0).var()", "{v}.sum(axis=1).var()", "{v}.sum(axis=2).std()", "{v}.mean(axis=(0, 1)).var()",
    "{v}.var()", "{v}.var(axis=1).sum()", "{v}.std(axis=2).sum()", "anp.cumsum({v}, axis=1).var()",
    "{v}.max(axis=2).var()", "({v} * {v}.sum(axis=0)).var()",
]


# NumPy's tanh VJP takes cosh of the fully reversed view, where NumPy's cosh runs another kernel than on memory in
# order (its last bits differ); docbuild's forward `np.cosh(x[::-1, ::-1])` has the same gap (Elementary's).
LEFT_OUT = {("x", "(anp.tanh(a[::-1, ::-1].T) * a[::-1, ::-1].T).mean(axis=0).var()")}


def bodies(probe=False):
    """Every (argument, body of `lambda a: …`) pair."""
    pairs = [("x", tail.format(v=view)) for view in VIEWS_2D for tail in TAILS_2D]
    pairs += [("x", body) for body in BROADCASTS]
    pairs += [("t", tail.format(v=view)) for view in VIEWS_3D for tail in TAILS_3D]
    return pairs if probe else [pair for pair in pairs if pair not in LEFT_OUT]


def statements(probe=False):
    """The setup, then each body as autograd's grad(f)(x) and as docbuild's grad(y, x) with autograd's answer."""
    result = list(SETUP)
    for argument, body in bodies(probe):
        result.append(f"agrad(lambda a: {body})({argument})")
        docbuild_body = re.sub(r"\ba\b", argument, body)
        result.append((f"grad({docbuild_body}, {argument})", f"agrad(lambda a: {body})({argument})"))
    return result


# autograd's grad(f) of functions autograd.numpy wraps without a VJP raises its NotImplementedError while tracing;
# functions it differentiates, and attributes its ArrayBox lacks, beside them. The survey that chose them ran every
# wrapped function autograd 1.9.1 lists neither in `primitive_vjps` nor among `nograd_functions`; those docbuild does
# not have at all (`cumulative_sum`, `vecdot`, `choose`, `unwrap`, …) are refused by name before any gradient.
WITHOUT_VJP_SETUP = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad, value_and_grad, elementwise_grad, jacobian",
    "x = np.linspace(0.5, 2.0, 12).reshape(3, 4)",
    "v = np.array([0.5, -1.25, 2.0])",
]
WITHOUT_VJP = [
    "anp.sum(anp.take(a, [0, 2]))", "anp.sum(a.take([0, 2]))", "anp.sum(anp.take(a, 1))", "anp.take(a, 5) * 2.0",
    "anp.sum(anp.take_along_axis(a, anp.array([[0], [1], [2]]), axis=1))", "anp.average(a)",
    "anp.average(a, axis=0).sum()", "anp.sum(anp.copy(a))", "anp.sum(anp.copysign(a, -1.0))", "anp.sum(anp.corrcoef(a))",
    "anp.sum(anp.cov(a))", "anp.sum(anp.cumprod(a))", "anp.sum(a.cumprod())", "anp.sum(anp.delete(a, 1))", "anp.sum(anp.diagflat(a))",
    "anp.sum(anp.ediff1d(a))", "anp.sum(anp.flip(a))", "anp.sum(anp.float_power(a, 2.0))", "anp.sum(anp.fmod(a, 0.7))",
    "anp.sum(anp.frexp(a)[0])", "anp.sum(anp.heaviside(a, 0.5))", "anp.sum(anp.insert(a, 1, 5.0))",
    "anp.sum(anp.interp(a, [0.0, 3.0], [1.0, 2.0]))", "anp.sum(anp.ldexp(a, 2))", "anp.sum(anp.modf(a)[0])",
    "anp.sum(anp.nancumprod(a))", "anp.sum(anp.nancumsum(a))", "anp.nanmax(a)", "anp.nanmean(a)", "anp.nanmedian(a)",
    "anp.nanmin(a)", "anp.nanpercentile(a, 50)", "anp.nanprod(a)", "anp.nanquantile(a, 0.5)", "anp.nanstd(a)",
    "anp.nansum(a)", "anp.nanvar(a)", "anp.sum(anp.nextafter(a, 3.0))", "anp.percentile(a, 50)",
    "anp.quantile(a, 0.5)", "anp.median(a)", "anp.sum(anp.positive(a))", "anp.ptp(a)", "a.ptp()",
    "anp.sum(anp.resize(a, (2, 3)))", "anp.sum(anp.spacing(a))", "anp.sum(anp.trapezoid(a, axis=0))",
    "anp.sum(anp.vander(a[0]))", "anp.vdot(a, a)", "anp.sum(anp.convolve(a[0], a[1]))", "anp.sum(anp.correlate(a[0], a[1]))", "anp.sum(anp.divmod(a, 0.7)[0])",
    "anp.sum(anp.compress([True, False, True], a, axis=0))", "anp.sum(anp.polyval(a[0], 2.0))",
    "anp.sum(anp.polyval([1.0, 2.0], a))", "anp.sum(anp.polyder(a[0]))", "anp.sum(anp.polyint(a[0]))",
    "anp.sum(anp.polyadd(a[0], a[1]))", "anp.sum(anp.polysub(a[0], a[1]))", "anp.sum(anp.polymul(a[0], a[1]))",
    "anp.sum(anp.poly(a[0]))",
    "anp.sum(anp.polyfit(anp.arange(4.0), a[0], 1))", "anp.sum(anp.trim_zeros(a[0]))", "anp.sum(anp.asarray(a))", "anp.sum(anp.copy(a) * 2)", "anp.sum(anp.piecewise(a, [a > 1], [0.0, 1.0]))",
    "anp.sum(anp.histogram(a, bins=2)[0])",
    # Attributes autograd's ArrayBox lacks.
    "anp.sum(a.copy())", "anp.sum(a.dot(a.T))", "anp.sum(a.conj())", "a.item()", "anp.sum(a.real)",
    "anp.sum(a.imag + a)", "a.tolist()",
    # Functions autograd differentiates, beside them (flip is refused, fliplr and flipud are not).
    "anp.sum(anp.fliplr(a))", "anp.sum(anp.flipud(a) * a)", "anp.sum(anp.sinc(a))", "anp.sum(anp.nan_to_num(a))",
    "anp.sum(anp.fmax(a, 1.0))", "anp.sum(anp.cross(a[:, :3], a[:, 1:]))", "anp.sum(anp.kron(a, a))",
    "anp.sum(anp.roll(a, 1))", "anp.sum(anp.rot90(a))", "anp.sum(anp.where(a > 1, a, 0.0))", "anp.sum(a.flatten())",
    "anp.sum(anp.clip(a, 0.7, 1.5))", "anp.sum(a.swapaxes(0, 1) ** 2)", "a.ptp() if False else a.max()",
    "anp.sum(anp.sort(a[0]))", "anp.sum(anp.array([a[0, 0], a[0, 1]]))", "anp.sum(a.astype(anp.float64))",
    "anp.sum(anp.fabs(a - 1.0))", "anp.sum(anp.full((2, 3), a[0, 1]) * anp.arange(6.0).reshape(2, 3))",
]
# The same functions through the rest of autograd's functional API, and constants (no traced argument) that pass.
WITHOUT_VJP_MORE = [
    "value_and_grad(lambda a: anp.sum(anp.take(a, [0, 2])))(x)",
    "elementwise_grad(lambda a: anp.cumprod(a))(v)",
    "jacobian(lambda a: anp.take(a, [1, 0]))(v)",
    "agrad(lambda a: anp.sum(a * anp.take(x, [0, 2], axis=1).sum()))(x)",
    "agrad(lambda a: anp.sum(a * anp.copy(x)))(x)",
    "agrad(lambda s: anp.sum(anp.take(v, [0, 2]) * s))(1.5)",
    "agrad(lambda a, b: anp.sum(anp.vdot(a, b)), 1)(v, v)",
    "agrad(lambda a: anp.sum(anp.fmod(x, a)))(0.7)",
    # var and std are autograd primitives, also inside another derivative.
    "from autograd import hessian",
    "hessian(lambda a: a.var())(v)", "hessian(lambda a: a.std())(v)",
    "hessian(lambda a: anp.var(a.reshape(2, 6), axis=1).sum())(x.ravel())",
    "agrad(agrad(lambda s: (s * v).std()))(1.3)", "agrad(lambda a: anp.var(a, ddof=1))(x)",
    "agrad(lambda a: anp.std(a, axis=0, keepdims=True).sum())(x)", "agrad(lambda a: anp.var(a[0, 0]))(x)",
    "agrad(lambda a: anp.std(a[0:1, 0]))(x)", "elementwise_grad(lambda a: anp.std(a, axis=1))(x)",
]
# docbuild's own grad(y, x) is not traced: it differentiates the recorded mathematics; the expected output is the
# derivative written beside each statement, computed here by NumPy.
DOCBUILD_FORM = [
    "y = np.take(x, [0, 2]).sum()", ("grad(y, x)", "np.array([[1.0, 0.0, 1.0, 0.0], [0.0] * 4, [0.0] * 4])"),
    "y = (np.take(x, [1, 1, 5]) * 2.0).sum()", ("grad(y, x)", "np.array([[0.0, 4.0, 0.0, 0.0], [0.0, 2.0, 0.0, 0.0], [0.0] * 4])"),
    "y = (np.flip(x) * x).sum()", ("grad(y, x)", "2 * np.flip(x)"),
    "y = (np.flip(v) ** 2).sum()", ("grad(y, v)", "2 * v"),
    # fabs and full keep their paths (they printed zeros).
    "y = np.fabs(x - 1.0).sum()", ("grad(y, x)", "np.sign(x - 1.0)"),
    "s = np.float64(1.5)", "y = (np.full(3, s) * v).sum()", ("grad(y, s)", "np.array(v.sum())"),
    "y = (np.full((2, 2), x[1, 2]) ** 2).sum()", ("grad(y, x)", "np.where(np.arange(12).reshape(3, 4) == 6, 8 * x, 0.0)"),
]


def write(path, title, entries, namespace):
    """Runs `entries` (a statement, or a docbuild statement with the Python expression giving its output) and writes
    the transcript."""
    lines = [f"# {title}: generated by make_gradorder_fixtures.py from NumPy {np.__version__} and autograd."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for statement in entries:
            if isinstance(statement, tuple):
                docbuild_statement, expression = statement
                lines.extend(prompted(docbuild_statement))
                output = run_single(expression, namespace)
            else:
                lines.extend(prompted(statement))
                output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    probe = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--probe" else None
    if probe:
        write(pathlib.Path(probe), "probe", statements(probe=True), {"np": np, "__name__": "__main__"})
        return
    write(OUTPUT, "47-gradients-in-memory-order", statements(), {"np": np, "__name__": "__main__"})
    np.set_printoptions(precision=8)  # NumPy's default again: a snippet starts with it
    entries = WITHOUT_VJP_SETUP + [f"agrad(lambda a: {body})(x)" for body in WITHOUT_VJP] + WITHOUT_VJP_MORE
    write(WITHOUT_VJP_OUTPUT, "47-autograd-without-vjp", entries + DOCBUILD_FORM, {"np": np, "__name__": "__main__"})


if __name__ == "__main__":
    main()
