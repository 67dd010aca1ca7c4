#!/usr/bin/env python3
"""Writes the transcripts of gradients that differed from autograd 1.9.1 (signed zeros at ties and bounds, the
rounding of `abs`'s rule, clip's bounds, views passed as the argument), from autograd and NumPy 2.4.6 themselves.

Run: `python3 Tests/SnippetsTests/Fixtures/make_gradwrong_fixtures.py` (Python 3.11+, NumPy 2.4.6, autograd 1.9.1).
It rewrites `interpreter/53-gradients-at-ties-and-bounds.txt` and `interpreter/53-gradients-of-view-arguments.txt`;
rerunning gives identical bytes.

autograd's `grad(f)` statements are run by autograd. docbuild's own `grad(y, x)` differentiates the recorded
computation with the same vector–Jacobian products, operation for operation: its expected output is the Python
expression written beside it (autograd's `grad` of the same function of `x`, or, for clip's bounds, which autograd
does not differentiate, autograd's `grad` of the same function written with `where`, equal to it away from ties).
Statements run as the REPL runs them (make_interpreter_fixtures.run_single) in one namespace that starts with `np`.
"""

import pathlib
import re

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
TIES_OUTPUT = HERE / "interpreter" / "53-gradients-at-ties-and-bounds.txt"
VIEWS_OUTPUT = HERE / "interpreter" / "53-gradients-of-view-arguments.txt"

SETUP = [
    "import autograd.numpy as anp",
    "from autograd import grad as agrad, elementwise_grad, jacobian",
]


def both(function, argument):
    """autograd's `grad(function)(argument)` and docbuild's `grad(y, x)` of the same expression.

    `function` is the body of a lambda of `a`, written with `anp.`; docbuild's statement differentiates the same text
    with `np.` and `a` replaced by `argument`, and its expected output is autograd's."""
    autograd_form = f"agrad(lambda a: {function})({argument})"
    own = re.sub(r"\ba\b", argument, function.replace("anp.", "np.")) if argument.isidentifier() else None
    return [autograd_form] + ([(f"grad({own}, {argument})", autograd_form)] if own else [])


# Signed zeros where autograd's rules multiply the upstream gradient by 0 (a masked or unselected element, half of it
# at a tie), and the rounding of abs's rule `g * x / |x|`, with a negative upstream gradient from `w`.
TIES = SETUP + [
    "x = np.array([-0.5, 0.0, -0.0, 0.3, 0.6, 1.0, -2.0])",
    "w = np.array([-1.0, 2.0, -3.0, 0.5, -0.25, 1.5, -0.7])",
    *both("(anp.clip(a, -0.5, 0.6) * w).sum()", "x"),
    *both("(anp.clip(a, 0.0, 0.3) * w).sum()", "x"),
    *both("(anp.maximum(a, 0.0) * w).sum()", "x"),
    *both("(anp.minimum(a, -0.0) * w).sum()", "x"),
    *both("(anp.maximum(0.3, a) * w).sum()", "x"),
    # Which zero NumPy's fmax/fmin return for 0.0 against -0.0 depends on the element's place in the array, so docbuild
    # refuses those ties (WrongOutputRefusalTests): these ties are between zeros of one sign.
    "xp = np.array([-0.5, 0.0, 0.0, 0.3, 0.6, 1.0, -2.0])",
    "xm = np.array([-0.5, -0.0, -0.0, 0.3, 0.6, 1.0, -2.0])",
    *both("(anp.fmax(a, 0.0) * w).sum()", "xp"),
    *both("(anp.fmin(a, 0.0) * w).sum()", "xp"),
    *both("(anp.fmax(-0.0, a) * w).sum()", "xm"),
    *both("(anp.fmax(a, a[::-1]) * w).sum()", "x"),
    *both("(anp.fmin(a, a[::-1]) * w).sum()", "x"),
    *both("(anp.abs(a) * w).sum()", "x"),
    *both("(anp.fabs(a) * w).sum()", "x"),
    "agrad(lambda a: (abs(a) * w).sum())(x)",
    "agrad(lambda a: (anp.absolute(a) * w).sum())(x)",
    "agrad(lambda a: anp.abs(a) * -1.0)(-0.0)",
    "agrad(lambda a: anp.clip(a, 0.0, 1.0) * -1.0)(-3.0)",
    "agrad(lambda a: anp.maximum(a, 0.0) * -2.0)(0.0)",
    "agrad(lambda a: anp.fmin(a, -0.0) * -2.0)(np.float64(-0.0))",
    # fmax and fmin skip a NaN operand: its gradient is g * 0, the other's g.
    "n = np.array([np.nan, 0.3, -0.5, np.nan, 0.6, 2.0, -2.0])",
    *both("(anp.fmax(a, n) * w).sum()", "x"),
    *both("(anp.fmin(n, a) * w).sum()", "x"),
    "agrad(lambda a: (anp.fmin(a * np.nan, 0.3) * w).sum())(x)",
    "elementwise_grad(lambda a: anp.fmax(a, 0.0) * -1.0)(xp)",
    "jacobian(lambda a: anp.fmin(a, 0.0))(xp[:3])",
    # abs's rule divides g * x by |x|: a subnormal x rounds, an overflow is inf, an infinite x gives nan.
    "y = np.array([0.1, 0.7, -0.3, 1e300, -1e-300, 5e-324, -1.5e-323])",
    *both("(anp.abs(a) * 3.3).sum()", "y"),
    *both("(anp.abs(a) * 1e10).sum()", "y"),
    "agrad(lambda a: (anp.abs(a) * 0.1).sum())(y)",
    "agrad(lambda a: (anp.abs(a) * w[:4]).sum())(np.array([np.inf, -np.inf, np.nan, 2.0]))",
    "agrad(agrad(lambda a: anp.abs(a) * 3.3))(0.3)",
    "agrad(agrad(lambda a: anp.abs(a) ** 3))(-0.7)",
    # Reductions share g among equal extremes.
    "m = np.array([[0.0, -1.0, 3.0], [3.0, 3.0, -0.0]])",
    "agrad(lambda a: -a.max())(m)",
    "agrad(lambda a: -anp.min(a, axis=0).sum())(m)",
    ("grad(-np.max(m, axis=1).sum(), m)", "agrad(lambda a: -anp.max(a, axis=1).sum())(m)"),
    # clip's bounds: autograd defines no gradient for them (its errors as worded); docbuild's grad(y, x) gives the
    # mathematics, the gradient reaching the bound an element was clipped to.
    "agrad(lambda a: anp.clip(a, a[0], 0.6).sum())(x)",
    "agrad(lambda a: a.clip(-0.5, a[3]).sum())(x)",
    "agrad(lambda a: anp.clip(2.0, -0.5, a[3]).sum())(x)",
    "agrad(lambda a: anp.clip(a, a[0], a[3]).sum())(x)",
    "agrad(lambda a: anp.clip(a, a_min=-0.5, a_max=0.6).sum())(x)",
    # By the chain rule: autograd's gradient with the bound held constant, plus the bound's own derivative (the sum of
    # g over the elements clipped to it, as NumPy sums it) times the bound's derivative in x.
    ("grad((np.clip(x, x[0], 0.65) * w).sum(), x)",
     "agrad(lambda a: (anp.clip(a, x[0], 0.65) * w).sum())(x) "
     "+ np.where(np.arange(7) == 0, (w * (x <= x[0])).sum(), 0.0)"),
    ("grad((np.clip(x, -0.4, 0.5 * x[5]) * w).sum(), x)",
     "agrad(lambda a: (anp.clip(a, -0.4, 0.5 * x[5]) * w).sum())(x) "
     "+ np.where(np.arange(7) == 5, (w * (x >= 0.5 * x[5])).sum() * 0.5, 0.0)"),
    ("grad((x.clip(None, x[3] ** 2) * w).sum(), x)",
     "agrad(lambda a: (a.clip(None, x[3] ** 2) * w).sum())(x) "
     "+ np.where(np.arange(7) == 3, (w * (x >= x[3] ** 2)).sum() * 2.0 * x[3] ** 1, 0.0)"),
    # autograd's sums, means and maxima spread g as `g + zeros` (so a -0 is 0 there), np.dot of two vectors adds the
    # products into zeros where `@` multiplies, and a reshape's or ravel's gradient is g's own (no sum over unit axes).
    "u = np.array([0.8, -0.35, 1.7, -1.1, 0.42])",
    *both("anp.minimum(anp.dot(a, a), -0.2)", "u"),
    *both("anp.minimum(a @ a, -0.2)", "u"),
    *both("anp.minimum(anp.inner(a, a), -0.2)", "u"),
    *both("((anp.minimum(a.mean(), -0.2)) ** 2) ** 2", "u"),
    *both("((anp.minimum(a.sum(), -0.2)) ** 2) ** 2", "u"),
    *both("(-anp.minimum(a.max(), -0.2) / 2.0) ** 2", "u"),
    *both("(anp.minimum(anp.maximum(anp.log1p(a * a).sum(), anp.sin(anp.log1p(a * a).sum())), -0.2)) ** 2", "u"),
    *both("anp.sum(anp.minimum(anp.ravel(a.reshape(-1, 1)), -0.2) ** 2)", "u"),
    *both("anp.concatenate([anp.abs(anp.ravel(a.reshape(1, 5))), anp.sin(anp.abs(a))]).max()", "u"),
    *both("anp.clip(anp.minimum(anp.cos(anp.dot(a, a)), -0.2), -0.5, 0.6)", "u"),
    *both("(anp.where(a > 0, a, -0.0 * a) * -1.0).sum()", "u"),
    *both("(anp.concatenate([a, a[:2]]) * -anp.arange(7.0)).sum()", "u"),
    # autograd does not trace sign, floor, ceil, trunc and rint: nothing flows through them, not even g * 0.
    *both("anp.sum((anp.sign(anp.arctan(anp.fmin(a, -0.2))) * anp.arctan(anp.fmin(a, -0.2))) ** 2)", "u"),
    *both("anp.sum(anp.floor(a) * anp.minimum(a, 0.0) * -1.0)", "u"),
    # A 0-d gradient is a 0-d array where autograd's last rule is np.where's, a reshape's or an index's, a NumPy
    # scalar where it is a ufunc's.
    "s = np.float64(0.7)",
    "agrad(lambda a: anp.where(a > 0.2, a, 0.2) ** 2)(s)",
    "agrad(lambda a: anp.where(a > 0.2, a, 0.2) ** 2)(0.7)",
    "agrad(lambda a: anp.sin(anp.where(a > 0.2, a, 0.2)))(s)",
    "agrad(lambda a: anp.reshape(a, (1,)).sum())(s)",
    "agrad(lambda a: anp.expand_dims(a, 0).sum())(s)",
    "agrad(lambda a: anp.sum(anp.reshape(a, ()) ** 2))(s)",
    "agrad(lambda a: anp.sum(a.T ** 2))(s)",
    "agrad(lambda a: anp.where(a > 0.2, a, 0.2) + a)(s)",
    "agrad(lambda a: anp.clip(a, 0.0, 1.0) ** 2)(s)",
    "agrad(lambda a: anp.maximum(a, 0.1) * 2.0)(s)",
    # Under autograd's grad a traced value is an ArrayBox: math's functions, round and a format spec refuse it, str,
    # print and f-strings show the box.
    "import math",
    "agrad(lambda a: a[0].item() * a.sum())(u)",
    "agrad(lambda a: a.tolist()[0] * a.sum())(u)",
    "agrad(lambda a: math.sqrt(a[2]) * a.sum())(u)",
    "agrad(lambda a: a.sum() * math.atan2(a[2], 1.0))(u)",
    "agrad(lambda a: a.sum() * math.floor(a[2]))(u)",
    "agrad(lambda a: a.sum() * math.trunc(a[2]))(u)",
    "agrad(lambda a: round(a[0], 1) * a.sum())(u)",
    "agrad(lambda a: round(a[0]) * a.sum())(u)",
    "agrad(lambda a: float(str(a[0])) * a.sum())(u)",
    "agrad(lambda a: float(f'{a[0]}') * a.sum())(u)",
    "agrad(lambda a: (print(a[0]), a.sum())[1])(u)",
    "agrad(lambda a: (print(a), a.sum())[1])(u)",
    "agrad(lambda a: (print(f'{a[1]}'), a.sum())[1])(u)",
    "agrad(lambda a: (print(f'{a[0]:.2f}'), a.sum())[1])(u)",
    "agrad(lambda a: max(a[0], 0.5) * a.sum())(u)",
    "agrad(lambda a: a.sum() * u[0].item())(u)",
    "agrad(lambda a: a.sum() * int(u[2]))(u)",
    # A NaN bound makes the result NaN.
    "np.clip(np.array([1.0, 2.0]), np.nan, 3.0)",
    "np.clip(np.array([1.0, 2.0]), 0.0, np.array([np.nan, 5.0]))",
    "np.clip(np.array([1.0, np.nan]), 0.0, 1.5)",
]

# Views passed straight as the argument: autograd boxes the view itself, so its VJPs' sums walk the view's memory
# (the mean inside var's, the products of prod's), and the gradient comes back in the memory its last rule gives it:
# a transposed or reshaped view of an array the rule made (OWNDATA False), cumsum's reversed view (negative strides).
VIEWS = SETUP + [
    "np.set_printoptions(precision=17)",
    "rng = np.random.default_rng(53)",
    "v = rng.standard_normal(23)",
    "x = rng.standard_normal((9, 12))",
    "t = rng.standard_normal((3, 10, 4))",
]
for view in ["v[::-1]", "x.T", "x[::-1, ::-1]", "x.T[::-1]", "x[:, ::2]", "t.transpose(1, 0, 2)"]:
    for function in ["a.var()", "a.std()", "anp.prod(1.0 + 0.1 * a)", "anp.tanh(a).sum()", "anp.exp(a).sum()",
                     "(a - a.mean()).var()"]:
        VIEWS += [f"g = agrad(lambda a: {function})({view})", "g", "g.sum(axis=0), g.sum()"]
    for function in ["(a.T * 1.5).sum()", "anp.cumsum(a).sum()", "a.reshape(-1).sum()", "(a ** 2).sum()"]:
        VIEWS += [f"g = agrad(lambda a: {function})({view})",
                  "g.strides, g.flags.c_contiguous, g.flags.f_contiguous, g.flags.owndata", "g.sum(axis=0)"]
VIEWS += [
    "g = agrad(lambda a: anp.cumsum(a, axis=1).sum())(x)",
    "g.strides, g.flags.owndata, g.base.shape",
    "g = agrad(lambda a: anp.cumsum(a, axis=0).sum())(x)",
    "g.strides, g.flags.owndata",
    "g = agrad(lambda a: anp.cumsum(a * a).sum())(x)",
    "g.strides, g.flags.owndata",
    "g = agrad(lambda a: a.T.sum())(x)",
    "g.strides, g.flags.owndata, g.base.shape, g.base.strides",
    "g = agrad(lambda a: (a.T + a.T).sum())(x)",
    "g.strides, g.flags.owndata",
    "g = agrad(lambda a: anp.expand_dims(a, 0).sum())(x)",
    "g.strides, g.flags.owndata",
    ("g = grad(np.cumsum(x, axis=1).sum(), x)", "g = agrad(lambda a: anp.cumsum(a, axis=1).sum())(x)"),
    "g.strides, g.flags.owndata",
    ("g = grad((x.T * 1.5).sum(), x)", "g = agrad(lambda a: (a.T * 1.5).sum())(x)"),
    "g.strides, g.flags.owndata, g.sum(axis=0)",
]


def main():
    header = "# {}: generated by make_gradwrong_fixtures.py from NumPy {} and autograd."
    for path, statements in [(TIES_OUTPUT, TIES), (VIEWS_OUTPUT, VIEWS)]:
        if len(statements) > len(SETUP):
            write_transcript(path, header.format(path.stem, np.__version__), statements, {"np": np}, quiet=True)


if __name__ == "__main__":
    main()
