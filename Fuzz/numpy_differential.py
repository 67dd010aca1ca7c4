#!/usr/bin/env python3
"""Differential fuzzer: random NumPy expressions, NumPy's real output against what docbuild prints for them.

Run: `python3 Fuzz/numpy_differential.py --seed 7 --count 400 [--docbuild .build/debug/docbuild] [--out DIR]`
(Python 3.11 with numpy 2.4). Each statement is a random expression over a few fixed arrays (ufuncs, reductions with
and without axes, operators, two-operand functions, scalars), wrapped in a random way of showing it (repr, print,
tolist, dtype, astype, ...). CPython runs them, as `Benchmarks/reach_probe.py` records a chapter, and their output
becomes the expected text of docbuild transcripts under OUT/chapters/fuzz/ (never in the repository); then
`docbuild check` judges them. It prints the tally (statements, matching, refused), each mismatch (docbuild printed
other text than NumPy, or raised where NumPy did not), which must be none, and the refusals grouped by their first
words. `--show` prints each mismatch's statement with NumPy's and docbuild's last lines; `--statements FILE` checks
the statements of FILE (one a line) instead of random ones. The same seed gives the same statements. docbuild prints
NumPy's AVX-512 results; run on a machine without AVX-512, `--show` marks the mismatches whose statement calls a
function whose NumPy kernels differ by CPU (SVML's, x86-simd-sort's, OpenBLAS's), which are then likely NumPy's CPU.

`--grammar special` (2026-12-01) adds what the base grammar never makes: arrays holding NaNs of both signs, infinities,
-0.0 and values outside the inverse and log functions' domains, in float64 and float16; the functions whose results show
NaN sign bits and signed zeros (`np.signbit`, `np.copysign`, `.view`, `np.nextafter`, `np.spacing`, `np.fmax`,
`np.float_power`, `np.heaviside`, the inverse trigonometric and hyperbolic functions, `np.sort`, `np.nanmax`); and
in-place operators on fancy, masked and sliced selections of int8, uint8, bool, float and complex arrays, whose errors
come in NumPy's order. Without it a seed gives the statements it always gave.

`--grammar scalars` (2026-12-02, wrongout3) mixes NumPy scalars of every dtype with each other and with Python numbers
under the operators, `divmod`, `pow` and the two-operand ufuncs (each NumPy scalar pair decides between NumPy's scalar
math and the ufunc, whose digits can differ), applies the float ufuncs (`copysign hypot arctan2 heaviside nextafter
logaddexp`) to integer and bool arrays of each width (their loop dtype), and formats float zeros and scalars with
precision-only format specs.

`--grammar writes` (2026-12-03, session 29) writes arrays of each storage class one element at a time (`=` and the
augmented operators, NumPy scalars and Python numbers, sequences, NaN, out-of-range indices) through their name,
another name, a list, a view, a function's parameter or a global read in a function, and while a loop, `enumerate`,
`zip` or `iter` walks the array, then shows each holder: the writes docbuild makes in place and those it makes by
replacing the array everywhere must print what NumPy prints. `--count` counts programs of a few statements each.
Since session 38 it also writes views whose base nothing else holds (a stepped slice, a transpose, a reshape of a
temporary), which docbuild writes in place with the base's memory; since session 60 through whole-shape boolean masks
(`x[x > 1] = v`), which it writes in place with one number (the same seed gives other statements from then on).

`--grammar tutorial` (2026-12-02, wrongout4) makes what tutorials write and the other grammars never did: `print`
inside `with np.printoptions(...)` (precision, suppress, threshold, edgeitems, linewidth, sign, floatmode, nanstr,
infstr), format specs, `%`-formatting, `!r` and `=` on NumPy scalars of every width, integer reductions that
overflow (`sum`, `prod`, `cumsum`, `mean` and `np.add`/`np.multiply`'s `reduce`/`accumulate`, with and without
`dtype=`), and augmented assignments to views (slices, `.T`, `.ravel()`, `.view()`, `.real`, `.flat`) whose operand
may alias the array or fail to broadcast. It found the integer mean, the `accumulate` dtypes, the in-place shape error
and the flat iterator fixed in interpreter/78 at seeds 743-746.

`--grammar functions` (2026-12-05, session 39) calls the everyday functions of issue 10's list (joining, splitting,
repeating, flipping and taking; searchsorted, digitize, histogram, bincount, unique; where, clip, percentile and
quantile with each method; sorting, meshgrids, diagonals, triangles, einsum, tensordot, kron; linalg; interp,
polyfit, cov, convolve, gradient; the nan-functions; set operations) with their keywords (`axis` as an int, None or
a tuple, `keepdims`, `side`, `bins`, `weights`, `return_counts`, `method`, `ddof`, `where`, `initial`, ...) over
arrays of several dtypes, holding NaN or empty, most of them wrong for some of the calls: NumPy's first error must be
docbuild's. Seeds 3901-3948 found a histogram counting NaN into a bin, signed zeros lost by `einsum` and `clip`,
`np.vectorize`'s dtype, a malformed empty nan-quantile and some thirty first errors, fixed in interpreter/356-357.

`--grammar random` (2026-12-05, session 39) seeds a Generator (`default_rng`), the legacy global stream or a
`RandomState` in each statement and makes one to three calls of its samplers, with sizes that are None, 0 or shapes
and parameters at their edges (p of 0 and 1, n of 0, an empty population, an empty interval, arrays). Seeds
3950-3955 found a crash (`rng.choice(0, 0)`), the legacy binomial's draw at n = 0 or p in {0, 1}, empty sizes that
NumPy answers without checking the bounds, and arrays of parameters raising TypeError; fixed in interpreter/358.

`--grammar samplers` (2026-12-05, session 40, rand40) draws from Generators only, with `--grammar random`'s calls and
more: the samplers new in session 40 (`gumbel`, `noncentral_f`, `hypergeometric` by both methods, `dirichlet` with
small alphas, `multinomial`, `triangular`, `vonmises` at its kappa branch points, ...) and arrays of parameters for
every sampler (broadcast with each other and with `size`, which may not fit them). `--grammar random` keeps its
statements for its seeds. Seeds 4101-4103 found no mismatch (440, 436 and 427 of 490 statements match; the rest
are refusals, most of them the unseeded `default_rng(None and 5)`).

`--grammar indexing` (2026-12-05, session 39) reads and writes (plain and augmented) through one to three random
index items — ints in and out of range, slices with steps, None, `...`, lists, nested lists, masks of right and
wrong shapes, empty and float indices, 0-d booleans — of arrays, views and NumPy scalars. Seeds 3980-3983 found
NumPy's order of index errors (a mask's shape, an int out of range, index arrays that do not broadcast, then an
index array's values, read only when the result has elements), a NumPy scalar's single message, writes that
converted their value before preparing the index, and `np.array([np.nan], dtype=int)` giving the int64 minimum;
fixed in interpreter/378-379. A 0-d boolean after a slice (`x[::-1, True].base`), left then, was fixed in
interpreter/388 (session 40): NumPy's result is a transposed view of a new array there.

`--grammar memory` (2026-12-05, session 40) makes a view or copy (about 90 forms: transposes, reshapes, ravels,
squeezes, `tile`, `rollaxis`, `ix_`, `.real`/`.imag`, `conj`, splits, diagonals, broadcasts, ufuncs, joins), often
of another's result, of arrays that are C- or Fortran-ordered, transposed, stepped, empty, of unit axes, complex or
0-d, and prints what it says of its memory (`.base`, `.flags`, `.strides`, `np.shares_memory`) or writes through it.
Seeds 4001-4004 found the strides of empty arrays (0 in NumPy), arrays that are the very operand (`a.squeeze()`
removing nothing, `a.conj()` of a real array, `np.real(a)`), views taken for copies (`np.rollaxis`, `np.tile`,
`np.ix_`, a 0-d array given an axis), a real array's `.imag` writeable, a NumPy scalar's flags, the strides of a
split's and a broadcast's axes of extent 1; fixed in interpreter/386-388, the rest refused (`Session40RefusalTests`).
`--grammar reductions` (2026-12-05, session 41) calls about forty reductions (the functions, their nan-forms, the
array methods and the ufuncs' `reduce`/`accumulate`) with random keywords each takes (`axis` as an int, a tuple, None,
a repeated or out-of-range axis; `keepdims`, `dtype` of every width, `initial`, `where` of several shapes, `ddof`),
and now and then one it does not take, over float16, float32, complex64/128, narrow and wide integer, boolean, empty,
0-d and NaN-holding arrays and NumPy scalars.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
import reach_probe  # noqa: E402

SETUP = [
    "import numpy as np",
    "a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])",
    "b = np.array([1.5, -2.0, 0.3])",
    "c = np.arange(24.0).reshape(2, 3, 4) / 7",
    "i = np.array([[3, -7, 2], [0, 5, -1]])",
    "f = np.array([[0.1, 0.2, 0.3], [1e-5, 1e5, -3.5]], dtype=np.float32)",
    "u = np.array([1, 200, 30], dtype=np.uint8)",
    "m = np.linspace(-2, 2, 12).reshape(3, 4)",
    "z = np.array([1+2j, -0.5j, 3])",
]
ARRAYS = ["a", "b", "c", "i", "f", "m", "a.T", "c.transpose(1, 2, 0)", "m[::-1]", "m.T[:, ::2]", "f.T", "i.T",
          "c[:, ::-1, 1:]", "np.swapaxes(c, 0, 2)", "a[:, [2, 0]]", "m[m > 0]", "u", "z", "np.float64(2.5)",
          "np.array(-1.5)", "np.int64(3)"]
UNARY = ["np.exp", "np.log1p", "np.sqrt", "np.abs", "np.sin", "np.cos", "np.tanh", "np.floor", "np.ceil", "np.negative",
         "np.square", "np.sign", "np.round", "np.cumsum", "np.cumprod", "np.sort", "np.argsort", "np.argmax",
         "np.argmin", "np.ravel", "np.diff", "np.fliplr", "np.arctan", "np.exp2", "np.log10", "np.reciprocal",
         "np.rint", "np.trunc", "np.isfinite", "np.nonzero", "np.unique", "np.flatnonzero", "np.median",
         "np.ptp", "np.count_nonzero", "np.nancumsum", "np.sinh", "np.cosh", "np.arcsinh", "np.degrees"]
REDUCE = ["sum", "mean", "var", "std", "max", "min", "prod", "argmax", "argmin", "cumsum", "any", "all"]
BINARY = ["+", "-", "*", "/", "**", "//", "%", ">", "==", "<=", "&", "@"]
FUNCS2 = ["np.maximum", "np.minimum", "np.hypot", "np.arctan2", "np.add", "np.subtract", "np.multiply",
          "np.true_divide", "np.fmod", "np.copysign", "np.logaddexp", "np.dot", "np.outer", "np.inner",
          "np.heaviside", "np.fmax", "np.power", "np.remainder", "np.floor_divide"]
# `--grammar special`: special values, sign-showing functions and in-place selections.
SPECIAL_SETUP = [
    "n = np.array([np.nan, -np.nan, -np.inf, np.inf, -0.0, 0.0, -7.0, 2.0, 0.5, -1.0])",
    "n16 = n.astype(np.float16)",
    "p8 = np.array([1, 2, 3, 4], dtype=np.uint8)",
    "s8 = np.array([-3, 2, 0, 7], dtype=np.int8)",
    "bb = np.array([True, False, True, False])",
    "w = np.array([1.5, np.nan, -0.0, 4.0])",
    "zz = np.array([1 + 1j, 2, 3, 4])",
]
SPECIAL_ARRAYS = ["n", "n16", "n[::-1]", "n16[::2]", "n.reshape(2, 5)", "n.reshape(2, 5).T", "w", "np.float64(-0.0)",
                  "np.float16(-7.0)", "np.float64(np.nan)", "-n", "n * 0", "n - n"]
SPECIAL_UNARY = ["np.arcsin", "np.arccos", "np.arccosh", "np.arctanh", "np.log", "np.log2", "np.log10", "np.log1p",
                 "np.sqrt", "np.tan", "np.spacing", "np.sign", "np.sort", "np.nanmax", "np.nanmin", "np.median",
                 "np.angle", "np.abs", "np.negative", "np.tanh", "np.exp", "np.expm1", "np.sinh", "np.rint"]
SPECIAL_FUNCS2 = ["np.fmax", "np.fmin", "np.maximum", "np.minimum", "np.nextafter", "np.copysign", "np.float_power",
                  "np.heaviside", "np.hypot", "np.arctan2", "np.remainder", "np.fmod", "np.power", "np.add",
                  "np.multiply", "np.subtract", "np.true_divide"]
SPECIAL_WRAP = ["np.signbit({}).tolist()", "np.copysign(1, {})", "{}", "repr({})", "np.signbit({}).sum()",
                "np.asarray({}, dtype=np.float64).view(np.uint64).tolist()", "np.asarray({}).tobytes().hex()"]
INPLACE_TARGETS = ["p8", "s8", "bb", "w", "zz", "np.arange(4)", "np.ones(4, dtype=np.float32)"]
INPLACE_INDICES = ["[0, 2]", "[0, 2, 3]", "1:3", "::2", "x > 2", "x != x", "[[0], [1]]", "...", "[True, False, True, False]",
                   "np.array([0, 0])"]
INPLACE_OPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=", "@="]
INPLACE_VALUES = ["[5, 6]", "[5, 6, 7]", "1", "-1", "1.5", "[1.5, 2.5]", "np.array([5, 6], dtype=np.int8)", "2j", "True",
                  "[[1], [2]]", "np.float32(2)", "2**70", "np.eye(2)", "np.nan"]


def special_expression(rng, depth=0):
    """A random expression over the special-value arrays, at most two calls deep."""
    r = rng.random()
    if depth > 1 or r < 0.3:
        return rng.choice(SPECIAL_ARRAYS)
    if r < 0.6:
        return f"{rng.choice(SPECIAL_UNARY)}({special_expression(rng, depth + 1)})"
    if r < 0.9:
        return f"{rng.choice(SPECIAL_FUNCS2)}({special_expression(rng, depth + 1)}, {special_expression(rng, depth + 1)})"
    return f"({special_expression(rng, depth + 1)} {rng.choice(BINARY[:8])} {special_expression(rng, depth + 1)})"


def special_statement(rng):
    """An expression shown through a sign-showing wrapper, or an in-place operator on a selection."""
    if rng.random() < 0.35:
        target, index = rng.choice(INPLACE_TARGETS), rng.choice(INPLACE_INDICES)
        op, value = rng.choice(INPLACE_OPS), rng.choice(INPLACE_VALUES)
        return f"x = {target}.copy(); x[{index}] {op} {value}; x"
    return rng.choice(SPECIAL_WRAP).format(special_expression(rng))


# `--grammar scalars`: NumPy scalars of each dtype (values exact in every dtype they are written in), Python numbers.
SCALAR_KINDS = ["bool_", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16",
                "float32", "float64", "complex64", "complex128"]
SCALAR_VALUES = {"bool_": ["True", "False"], "complex64": ["1-2j", "0.5j"], "complex128": ["2+0.5j", "-3j"]}
INT_VALUES = ["3", "7", "100", "1"]
FLOAT_VALUES = ["2.5", "-1.75", "0.5", "284.0", "0.0", "-0.0", "3313.0"]
PYTHON_NUMBERS = ["3", "-2", "1.46", "-0.8", "2.5", "True", "1j", "0", "0.0"]
SCALAR_OPS = ["+", "-", "*", "/", "//", "%", "**", "<", "==", "&", "|"]
SCALAR_FUNCS2 = ["np.power", "np.copysign", "np.hypot", "np.arctan2", "np.heaviside", "np.nextafter", "np.logaddexp",
                 "np.fmod", "np.maximum", "np.floor_divide", "np.true_divide", "np.float_power", "np.remainder"]
INT_ARRAY_KINDS = ["bool_", "int8", "uint8", "int16", "uint16", "int32", "int64"]


def numpy_scalar(rng, kind=None):
    """A NumPy scalar of `kind` (a random one when None) holding a value every dtype of its kind writes exactly."""
    kind = kind or rng.choice(SCALAR_KINDS)
    if kind in SCALAR_VALUES:
        value = rng.choice(SCALAR_VALUES[kind])
    elif kind.startswith(("int", "uint")):
        value = rng.choice(INT_VALUES) if kind.startswith("u") else rng.choice(INT_VALUES + ["-5", "-100"])
    else:
        value = rng.choice(FLOAT_VALUES)
    return f"np.{kind}({value})"


def scalars_statement(rng):
    """Two scalars under an operator or a two-operand ufunc, a float ufunc of integer arrays, or a formatted scalar."""
    r = rng.random()
    a = numpy_scalar(rng)
    b = numpy_scalar(rng) if rng.random() < 0.6 else rng.choice(PYTHON_NUMBERS)
    if rng.random() < 0.5:
        a, b = b, a
    if r < 0.4:
        return rng.choice(["{} {} {}", "repr({} {} {})"]).format(a, rng.choice(SCALAR_OPS), b)
    if r < 0.6:
        return rng.choice(["repr({}({}, {}))", "{}({}, {})"]).format(rng.choice(SCALAR_FUNCS2), a, b)
    if r < 0.68:
        return rng.choice(["divmod({}, {})", "pow({}, {})", "x = {}; x **= {}; repr(x)", "x = {}; x //= {}; repr(x)"]).format(a, b)
    if r < 0.88:
        first, second = rng.choice(INT_ARRAY_KINDS), rng.choice(INT_ARRAY_KINDS + ["float16", "float32"])
        x = f"np.array([1, 0, 3], dtype=np.{first})"
        y = rng.choice([f"np.array([0, 2, 1], dtype=np.{second})", numpy_scalar(rng), rng.choice(PYTHON_NUMBERS)])
        function = rng.choice(["np.copysign", "np.hypot", "np.arctan2", "np.heaviside", "np.nextafter",
                               "np.logaddexp", "np.logaddexp2", "np.power", "np.fmod"])
        return rng.choice(["repr({}({}, {}))", "{}({}, {}).dtype", "repr(np.ptp({}({}, {})))"]).format(function, x, y)
    value = rng.choice([numpy_scalar(rng, rng.choice(["float16", "float32", "float64"])), "0.0", "-0.0", "1.0",
                        "10.0", "0.5"])
    spec = rng.choice([".0", ".1", ".2", "1.1", "+.1", "#.1", "<8.1", ".3", "g", ".1g", ".1e", "z.1"])
    return rng.choice([f"format({value}, {spec!r})", f"f'{{{value}:{spec}}}'"])


# `--grammar tutorial`: what tutorials write that the other grammars never make.
TUTORIAL_SETUP = [
    "g = np.array([[0.000123, 1.5, -2.25], [1234.5678, 0.1, 1e-9]])",
    "h = np.array([100, 120, -128, 7], dtype=np.int8)",
    "k = np.array([200, 250, 3, 9], dtype=np.uint8)",
    "big = np.array([2**62, 2**62, 3], dtype=np.int64)",
    "q = np.arange(12.0).reshape(3, 4)",
    "r = np.arange(10)",
]
TUTORIAL_ARRAYS = ["g", "q", "q / 7", "g * 1e6", "g.astype(np.float32)", "np.array([1e-20, 1.0])", "np.linspace(0, 1, 7)",
                   "np.arange(30.0) / 3", "np.array([np.nan, np.inf, -0.0, 1.5])", "np.array([1+2.5j, -0.001j])",
                   "np.float64(1 / 3)", "np.array(2.5)", "h", "k", "r", "np.array([True, False])",
                   "np.arange(2000.0)"]
PRINT_OPTIONS = ["precision=2", "precision=0", "precision=12", "suppress=True", "threshold=5", "edgeitems=1",
                 "linewidth=30", "sign='+'", "sign=' '", "floatmode='fixed'", "floatmode='unique'",
                 "floatmode='maxprec_equal'", "floatmode='maxprec'", "nanstr='N'", "infstr='I'", "legacy='1.25'",
                 "legacy='2.2'", "legacy='1.21'", "legacy=False", "legacy='1.13'"]
SCALAR_SPECS = [".2f", ".3e", ".4g", "g", "e", "f", "%", ".1%", "10.3f", "<10.2f", "^12.3e", "+.2f", " .2f", "08.2f",
                ",.2f", "_.1f", ".0f", ".10g", "E", "G", "#.0f", "z.1f", ".2", "", "5", "*>9.2f", "=+10.3f"]
INT_SPECS = ["d", "5d", "05d", "x", "#x", "X", "b", "#b", "o", ",", "_", "+d", "^7", "<6d", "c", "e", ".2f", "%"]
REDUCE_CALLS = ["{}.sum()", "{}.sum(dtype={t})", "{}.prod()", "{}.prod(dtype={t})", "np.cumsum({}, dtype={t})",
                "np.add.reduce({})", "np.multiply.reduce({})", "{}.mean()", "{}.mean(dtype={t})", "np.cumprod({})",
                "{}.max() - {}.min()", "np.ptp({})", "{}.dot({})", "{} @ {}", "np.diff({})", "{}.var()",
                "np.add.accumulate({})", "{}.sum(axis=0)", "np.sum({}, initial=100)", "abs({}).sum()"]
VIEW_TARGETS = ["q.copy()", "np.arange(10)", "np.arange(10.0)", "np.arange(8, dtype=np.int8) * 40",
                "np.ones((3, 3))", "np.arange(6, dtype=np.uint8)"]
VIEW_SELECTIONS = ["[::2]", "[1:]", "[:-1]", "[::-1]", ".T", ".reshape(-1)", ".ravel()", "[..., 1:]", "[None]",
                   "[1:3]", ".view()", ".flat", ".real", "[:, None]" ]
VIEW_OPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", "|="]
VIEW_VALUES = ["1", "2.5", "-1", "x[::-1]", "x", "100", "np.int8(7)", "[1, 2]", "True", "2**40", "0"]


def tutorial_statement(rng):
    """A print under np.printoptions, a format spec on a NumPy scalar, a reduction that overflows an integer dtype,
    or an in-place operator on a view."""
    r = rng.random()
    if r < 0.3:
        chosen = {}
        for option in rng.sample(PRINT_OPTIONS, rng.randint(1, 3)):
            chosen.setdefault(option.split("=")[0], option)  # a keyword given twice is Python's SyntaxError
        options = ", ".join(chosen.values())
        shown = rng.choice(TUTORIAL_ARRAYS)
        how = rng.choice(["print({})", "print(repr({}))", "print(str({}))", "print(({}).tolist())",
                          "print(np.array2string({}))", "print([{}])", "print(({})[:2])", "print(({}) * 2)"])
        return f"with np.printoptions({options}): " + how.format(shown)
    if r < 0.55:
        kind = rng.choice(["float16", "float32", "float64", "longdouble_skip"])
        if kind == "longdouble_skip" or rng.random() < 0.35:
            int_kind = rng.choice(["int8", "uint8", "int16", "int32", "int64", "uint64", "bool_"])
            value = rng.choice(["7", "100", "0", "1"]) if int_kind in ("uint8", "uint64", "bool_") else rng.choice(
                ["7", "-100", "0", "65", "-1"])
            number, spec = f"np.{int_kind}({value})", rng.choice(INT_SPECS)
        else:
            value = rng.choice(["0.1", "1 / 3", "-2.5", "1234567.891", "1e-7", "0.0", "-0.0", "2.675", "1e22",
                                "np.nan", "-np.inf", "65504.0", "0.5", "100.0"])
            number, spec = f"np.{kind}({value})", rng.choice(SCALAR_SPECS)
        return rng.choice([f"f'{{{number}:{spec}}}'", f"format({number}, {spec!r})", f"'{{:{spec}}}'.format({number})",
                           f"f'{{{number}!r:>30}}'", f"f'{{{number}=}}'", f"str({number}), repr({number})",
                           f"'%s %r' % ({number}, {number})", f"'%.3f' % {number}", f"'%5d' % {number}"])
    if r < 0.75:
        target = rng.choice(["h", "k", "big", "h[::-1]", "k.reshape(2, 2)", "np.array([2**31 - 1, 5], dtype=np.int32)",
                             "np.array([60000, 6000], dtype=np.uint16)", "np.array([True, True, False])"])
        form = rng.choice(REDUCE_CALLS)
        dtype = rng.choice(["np.int8", "np.uint8", "np.int16", "np.int32", "np.int64", "np.uint64", "np.float16",
                            "np.float32", "int", "float", "bool"])
        return rng.choice(["{}", "repr({})", "print({})"]).format(form.replace("{t}", dtype).format(target, target))
    target, selection = rng.choice(VIEW_TARGETS), rng.choice(VIEW_SELECTIONS)
    op, value = rng.choice(VIEW_OPS), rng.choice(VIEW_VALUES)
    show = rng.choice(["x", "repr(x)", "x.dtype, x.sum()", "v.base is x, v.flags.writeable"])
    return f"x = {target}; v = x{selection}; v {op} {value}; {show}"


WRITE_ARRAYS = {
    "np.arange(4.0)": ["0", "1", "-1", "3", "4"],
    "np.arange(6.0).reshape(2, 3)": ["0, 1", "1, 2", "-1, -1", "0", "2, 0"],
    "np.arange(5)": ["0", "2", "-5", "4", "5"],
    "np.array([True, False, True])": ["0", "1", "-1"],
    "np.array([1, 2, 3], dtype=np.int8)": ["0", "2", "-1"],
    "np.array([0.5, 1.5], dtype=np.float32)": ["0", "1"],
    "np.zeros((2, 2), dtype=int)": ["0, 0", "1, 1", "1"],
    # Views whose base nothing else holds (session 38: written in place, the base at the view's strides).
    "np.arange(12).reshape(3, 4)[::2, 1:]": ["0, 0", "1, -1", "1", ":, 1", "0, ::2"],
    "np.arange(6.0).reshape(3, 2).T": ["0, 1", "1, 2", "1", ":, 0", "0, 1:"],
    "np.arange(8.0)[::-2]": ["0", "-1", "1:3", "::2", "4"],
    "np.zeros(6, dtype=bool).reshape(2, 3)": ["0, 1", "1", ":, -1", "0, 3"],
}
# Session 60: whole-shape boolean masks too, which docbuild writes in place with one number (`Tensor.fillInPlace`).
for _indices in WRITE_ARRAYS.values():
    _indices += ["x > 1", "x == x", "x < 2"]
WRITE_VALUES = ["1", "2.5", "-3", "True", "np.float32(0.1)", "np.int8(7)", "2**40", "0.1", "x[0]", "[1]", "np.nan",
                "np.array(4.0)"]
WRITE_OPS = ["=", "+=", "-=", "*=", "="]


def write_statements(rng):
    """An array written one element at a time through its name, another name, a list, a view or a function's
    parameter, maybe while a loop iterates it, then shown through every holder: the writes docbuild makes in place
    (only the name holding the array) and the ones it makes by replacing the array everywhere must agree with NumPy.
    A few statements, each its own transcript entry."""
    array = rng.choice(list(WRITE_ARRAYS))
    indices = WRITE_ARRAYS[array]
    statements = [f"x = {array}"]
    holders = ["x"]
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        index, op, value = rng.choice(indices), rng.choice(WRITE_OPS), rng.choice(WRITE_VALUES)
        if r < 0.15:
            holder = rng.choice(["y = x", "l = [x, 0]", "d = {'k': x}", "v = x[1:]", "t = x.T", "c = x.copy()",
                                 "r = x.reshape(-1)"])
            statements.append(holder)
            holders.append(holder.split(" = ")[0])
        elif r < 0.55:
            targets = ["x"] * 4 + [h for h in holders if h in ("y", "c", "v")] + (["l[0]"] if "l" in holders else [])
            statements.append(f"{rng.choice(targets)}[{index}] {op} {value}")
        elif r < 0.7:
            statements.append(f"def f(a):\n    a[{index}] {op} {value}\n    return a")
            statements.append(rng.choice(["f(x)", "z = f(x)", "z = f(x.copy())"]))
        elif r < 0.85:
            statements.append(rng.choice([
                "for k, e in enumerate(x):\n    x[(k + 1) % len(x)] += e",
                "for e in x:\n    x[-1] = e",
                f"for k in range(len(x)):\n    x[k] {op} {value}",
                "for e, g in zip(x, x[1:]):\n    x[0] = g",
                "s = [e for e in x]",
                "it = iter(x)\nn0 = next(it)",
            ]))
            if statements[-1].startswith("s ="):
                holders.append("s")
            if statements[-1].startswith("it ="):
                statements[-1:] = ["it = iter(x)", "n0 = next(it)", f"x[1] {op} {value}", "next(it)"]
        else:
            statements.append(f"def g():\n    x[{index}] {op} {value}")
            statements.append("g()")
    for shown in rng.sample(holders, min(len(holders), 2)) + ["x"]:
        statements.append(shown)
    return statements


# `--grammar functions`: the everyday functions of issue 10's list with their keywords, over arrays of several dtypes.
FUNCTIONS_SETUP = [
    "g = np.array([[3, 1, 2, 3], [0, -2, 5, 1], [4, 4, -1, 0]])",
    "h = np.array([0.5, 2.0, -1.5, 2.0, np.nan, 3.25])",
    "q = np.array([[4.0, 2.0], [1.5, 3.0]])",
    "k = np.array([2, 0, 1, 2, 5, 2])",
    "e = np.array([0.25, 1.0, 1.0, 4.0, 9.5])",
    "t = np.arange(12.0).reshape(3, 4) % 5 - 1.5",
    "r32 = np.array([1.5, -0.25, 3.0, 2.0, 0.1], dtype=np.float32)",
    "bo = np.array([[True, False, True], [False, False, True]])",
    "v = np.array([3.0, -1.0, 2.0])",
    "w = np.array([1.0, 2.0, 0.5, 1.0, 1.5])",
    "c3 = np.arange(24).reshape(2, 3, 4) % 7",
    "s8 = np.array([5, -3, 0, 7, -3], dtype=np.int8)",
    "u16 = np.array([3, 0, 65535, 7], dtype=np.uint16)",
    "f16 = np.array([0.5, -2.0, 65504.0, 0.1], dtype=np.float16)",
    "zc = np.array([1 + 2j, -0.5j, 3, 1 + 2j])",
    "big = np.array([2**62, -2**62, 3, 2**62])",
    "nz = np.array([-0.0, 0.0, np.nan, -np.inf, np.inf, -0.0])",
]
FUNCTION_ARRAYS = ["g", "h", "q", "k", "e", "t", "r32", "bo", "v", "w", "c3", "s8", "g.T", "t[::-1]", "c3[:, 1:]",
                   "np.arange(6)", "np.array([])", "np.float64(2.5)", "e[::2]", "u16", "f16", "zc", "big", "nz",
                   "nz.reshape(2, 3)", "np.array([True, False, True])", "np.int8(-7)", "np.uint8(200)"]
AXES = ["0", "1", "-1", "None", "(0, 1)", "2"]
FUNCTION_FORMS = [
    "np.concatenate([{a}, {b}], axis={axis})", "np.concatenate([{a}, {a}])", "np.stack([{a}, {a}], axis={axis})",
    "np.hstack([{a}, {b}])", "np.vstack([{a}, {b}])", "np.dstack([{a}, {a}])", "np.column_stack([{a}, {a}])",
    "np.split({a}, {n}, axis={axis})", "np.array_split({a}, {n}, axis={axis})", "np.split({a}, [1, 3])",
    "np.repeat({a}, {n}, axis={axis})", "np.repeat({a}, [1, 0, 2])", "np.tile({a}, ({n}, 2))", "np.tile({a}, {n})",
    "np.flip({a}, axis={axis})", "np.flip({a})", "np.fliplr({a})", "np.flipud({a})", "np.roll({a}, {shift})",
    "np.roll({a}, {shift}, axis={axis})", "np.rot90({a}, {n})", "np.take({a}, [0, -1, 1])",
    "np.take({a}, [2, 0], axis={axis})", "np.take_along_axis({a}, np.argsort({a}, axis={axis}), axis={axis})",
    "np.searchsorted(e, {a})", "np.searchsorted(e, {a}, side='right')", "np.digitize({a}, e)",
    "np.digitize({a}, e, right=True)", "np.histogram({a})", "np.histogram({a}, bins={n})",
    "np.histogram({a}, bins=e)", "np.histogram({a}, bins={n}, range=(-2, 6), density=True)",
    "np.bincount(k)", "np.bincount(k, weights=np.arange(6.0) / 3)", "np.bincount(k, minlength={n})",
    "np.unique({a})", "np.unique({a}, return_counts=True)", "np.unique({a}, return_index=True, return_inverse=True)",
    "np.unique({a}, axis={axis})", "np.where({a} > 1)", "np.where({a} > 1, {a}, -{a})", "np.where({a} > 1, {a}, 0.5)",
    "np.argwhere({a})", "np.nonzero({a})", "np.flatnonzero({a})", "np.count_nonzero({a}, axis={axis})",
    "np.clip({a}, -1, 2)", "np.clip({a}, 0, None)", "np.percentile({a}, {pct})", "np.percentile({a}, {pct}, axis={axis})",
    "np.quantile({a}, [0.1, 0.5], method='{method}')", "np.median({a}, axis={axis})", "np.average({a}, axis={axis})",
    "np.average(w, weights=np.arange(5.0), returned=True)", "np.cumsum({a}, axis={axis})", "np.cumprod({a})",
    "np.diff({a}, n={n})", "np.diff({a}, axis={axis}, prepend=0)", "np.diff({a}, append=[7])",
    "np.sort({a}, axis={axis})", "np.sort({a}, axis=None)", "np.argsort({a}, kind='stable')",
    "np.argsort({a}, axis={axis}, kind='stable')", "np.argmax({a}, axis={axis})", "np.argmin({a}, keepdims=True)",
    "np.meshgrid(v, e[:2])", "np.meshgrid(v, e[:2], indexing='ij')", "np.mgrid[0:3, 0:2]", "np.ogrid[0:2, 0:3]",
    "np.ix_([0, 1], [2, 0])", "np.diag({a})", "np.diag({a}, k={shift})", "np.diagonal({a}, offset={shift})",
    "np.trace({a})", "np.triu({a})", "np.tril({a}, k={shift})", "np.eye({n}, {n2}, k={shift})", "np.identity({n})",
    "np.inner({a}, {b})", "np.outer({a}, {b})", "np.tensordot({a}, {b}, axes={n0})", "np.kron({a}, {b})",
    "np.einsum('ij->ji', {a})", "np.einsum('ij,j->i', {a}, {b})", "np.einsum('i,i', {a}, {b})", "np.einsum('ii', {a})",
    "np.linalg.norm({a})", "np.linalg.norm({a}, ord={ord})", "np.linalg.norm({a}, axis={axis})",
    "np.linalg.inv(q)", "np.linalg.solve(q, v[:2])", "np.linalg.det(q)", "np.linalg.matrix_rank({a})",
    "np.linalg.qr(q)", "np.linalg.cholesky(q @ q.T)", "np.linalg.svd(q)", "np.linalg.eigvalsh(q + q.T)",
    "np.interp({a}, e, w)", "np.interp(2.5, e, w, left=0, right=9)", "np.polyfit(e, w, {n0})",
    "np.polyval([1, -2, {n}], {a})", "np.cov({a})", "np.corrcoef(e, w)", "np.convolve(v, w, mode='{mode}')",
    "np.cross(v, w[:3])", "np.gradient({a})", "np.nan_to_num({a}, nan=-1)", "np.round({a}, {shift})",
    "np.around({a}, 1)", "np.prod({a}, axis={axis})", "np.std({a}, ddof=1)", "np.var({a}, axis={axis}, ddof={n0})",
    "np.sum({a}, axis={axis}, keepdims=True)", "np.mean({a}, axis={axis}, where={a} > 0)",
    "np.max({a}, axis={axis}, initial=2)", "np.any({a}, axis={axis})", "np.all({a} > -1, axis={axis})",
    "np.isnan({a}).sum()", "np.nanmean({a})", "np.nanstd({a}, axis={axis})", "np.nansum({a})", "np.nanargmax({a})",
    "np.full_like({a}, 7)", "np.empty_like({a}).shape", "np.zeros_like({a}, dtype=float)",
    "np.fromfunction(lambda i, j: i * 2 + j, ({n}, 2))", "np.linspace(0, {n}, 5, retstep=True)",
    "np.add.reduce({a}, axis={axis})", "np.maximum.reduce({a})", "np.add.accumulate({a})",
    "np.multiply.outer(v, {b})", "np.add.at(x := np.zeros(6), k, 1) or x", "np.ravel({a})", "np.ravel({a}, order='F')",
    "np.atleast_2d({a})", "np.expand_dims({a}, {n0})", "np.squeeze(np.atleast_3d({a}))", "np.moveaxis({a}, 0, -1)",
    "np.swapaxes({a}, 0, -1)", "np.transpose({a})", "np.broadcast_to({a}, (2,) + np.shape({a}))", "np.resize({a}, (2, 3))",
    "np.append({a}, [1, 2])", "np.insert({a}, 1, 9)", "np.delete({a}, [0, 2])", "np.trim_zeros(np.array([0, 0, 1, 2, 0]))",
    "np.isin({a}, [1, 2, 3])", "np.intersect1d({a}, {b})", "np.union1d({a}, {b})", "np.setdiff1d({a}, {b})",
    "np.lexsort(({a}, {a} % 2))", "np.allclose({a}, {b})", "np.array_equal({a}, {a}.copy())",
    "np.partition({a}, {n0})", "np.argpartition({a}, {n0})", "np.searchsorted(e, {a}, sorter=None)",
    "np.searchsorted(w, 1.5, sorter=np.argsort(w, kind='stable'))", "np.cumsum({a}, dtype=float)",
    "np.round({a}, -1)", "np.clip({a}, {b}, 3)", "np.select([{a} > 1, {a} < 0], [{a}, -{a}], default=9)",
    "np.piecewise(v, [v < 0, v >= 0], [lambda x: -x, lambda x: x * 2])", "np.choose([0, 1, 0], [v, w[:3]])",
    "np.compress([True, False, True], {a}, axis={axis})", "np.extract({a} > 1, {a})",
    "np.putmask(x := np.arange(6.0), x > 2, [9, 8]) or x", "np.place(x := np.arange(6), x % 2 == 1, [7]) or x",
    "np.tril_indices({n})", "np.triu_indices({n}, k={shift})", "np.diag_indices({n})", "np.indices(({n}, 2))",
    "np.unravel_index([5, 1], (2, 3))", "np.unravel_index(7, (2, 3))", "np.ravel_multi_index(([0, 1], [2, 0]), (2, 3))",
    "np.pad({a}, {n})", "np.pad({a}, ({n0}, 1), mode='{padmode}')", "np.pad(v, (1, 2), constant_values=(-1, 5))",
    "np.linalg.pinv(q)", "np.linalg.lstsq(q, v[:2], rcond=None)", "np.linalg.eigh(q + q.T)",
    "np.linalg.matrix_power(q, {n})", "np.vander(v, {n})", "np.vander({a}, increasing=True)", "np.polyder([1, -2, {n}, 4])",
    "np.polyint([3, -2, {n}])", "np.roots([1, -3, 2])", "np.poly([1, 2])", "np.correlate(v, w, mode='{mode}')",
    "np.nanmedian({a}, axis={axis})", "np.nanpercentile({a}, {pct})", "np.ptp({a}, axis={axis})",
    "np.sort({a}, kind='{kind}')", "np.argsort({a}, kind='{kind}')", "np.floor_divide({a}, {b})",
    "np.divmod({a}, 3)", "np.heaviside({a}, 0.5)", "np.sign({a})", "np.cumprod({a}, axis={axis})",
    "np.count_nonzero({a})", "np.isclose({a}, {b})", "np.array_split({a}, [1, 2], axis={axis})",
    "np.stack([{a}, {b}])", "np.block([[q, q], [q, q]])", "np.append({a}, {b}, axis={axis})",
    "np.insert({a}, [0, 2], [7, 8], axis={axis})", "np.delete({a}, 1, axis={axis})", "np.rot90({a}, axes=(1, 0))",
    "np.trapezoid({a})", "np.trapezoid(w, dx=0.5)", "np.cumsum({a}[::-1])", "np.ediff1d({a})",
    "np.histogram2d(v, w[:3], bins={n2})", "np.digitize({a}, e[::-1])", "np.bincount(k, minlength=0).argmax()",
    "np.around({a} + 0.5, {shift})", "np.floor({a})", "np.trunc({a})", "np.ceil({a})", "np.fix({a})",
    "np.mod({a}, -3)", "np.fmod({a}, 0)", "np.power({a}, -1)", "np.power({a}, {n0})", "np.left_shift({a}, {n})",
    "np.bitwise_and({a}, 6)", "np.invert({a})", "np.gcd({a}, 6)", "np.lcm({a}, 4)", "np.isin({a}, [1, 2], invert=True)",
    "np.sum({a}, dtype=np.int8)", "np.cumsum({a} > 1)", "np.mean({a}, dtype=np.float32)",
    "np.unique({a}, return_inverse=True, axis={axis})", "np.nan_to_num({a}, posinf=9, neginf=-9)",
    "np.isclose({a}, {b}, equal_nan=True)", "np.array_equal({a}, {a}, equal_nan=True)", "np.allclose({a}, {a})",
    "np.interp({a}, [0, 1, 2], [5, 6, 7], period=3)", "np.polyfit(e, w, {n0}, full=True)",
    "np.polyfit(e, w, 1, w=np.arange(1.0, 6.0))", "np.histogram({a}, bins={n}, range=(0, 4))",
    "np.bincount(np.array([1, -1]))", "np.searchsorted({a}, 2)", "np.linspace(0, 1, {n}, endpoint=False)",
    "np.linspace(2, 3, {n0})", "np.arange(0, 1, 0.25)", "np.arange({n}, 0, -0.5)", "np.logspace(0, 2, {n2})",
    "np.geomspace(1, 1000, {n2})", "np.full(({n}, 2), {b})", "np.eye({n}, dtype=int)", "np.tri({n}, {n2}, {shift})",
    "np.diagflat({a})", "np.outer(k, k[:2])", "np.convolve(v, np.array([]))", "np.roll({a}, (1, 2), axis=(0, 1))",
    "np.rot90({a}, -1)", "np.cumsum({a}, axis={axis})[-1]", "np.max({a}, axis={axis}, keepdims=True)",
    "np.min({a}, initial=0)", "np.amax({a})", "np.nanmax({a})", "np.nanargmin({a})", "np.nancumsum({a})",
    "np.nanprod({a})", "np.nanvar({a}, ddof=1)", "np.std({a}, axis={axis}, keepdims=True)",
    "np.average({a}, weights=np.ones_like({a}), axis={axis})", "np.median({a}, axis={axis}, keepdims=True)",
    "np.sort_complex({a})", "np.argsort(-{a}, axis={axis})", "np.where({a})", "np.piecewise({a}, [{a} > 1], [0, 1])",
    "np.vectorize(lambda x: x * 2)({a})", "np.apply_along_axis(np.sum, {n0}, {a})", "np.frompyfunc(abs, 1, 1)({a})",
    "{a}.astype(np.int16).sum()", "{a}.cumsum().tolist()", "{a}.ravel()[::2]", "{a}.repeat(2)", "{a}.flatten('F')",
    "{a}.swapaxes(0, -1)", "{a}.argsort(axis={axis})", "{a}.searchsorted(2)", "{a}.nonzero()", "{a}.ptp()",
    "{a}.round(1)", "{a}.clip(0, 2)", "{a}.prod(axis={axis})", "{a}.std(ddof={n0})", "{a}.var(axis={axis})",
    "{a}.any(axis={axis})", "{a}.all()", "{a}.max(initial=-5)", "{a}.sum(where={a} > 0)", "{a}.mean(keepdims=True)",
    "{a}.take([0, 1])", "{a}.diagonal()", "{a}.trace()", "{a}.squeeze()", "{a}.reshape(-1, 1)", "{a}.T @ {b}",
]
FUNCTION_WRAPS = ["{}", "repr({})", "print({})", "str({})"]


def functions_statement(rng):
    """One of the everyday functions with random operands (of any dtype, maybe incompatible: then both raise) and
    keywords, shown as the REPL, repr, print or str shows it."""
    form = rng.choice(FUNCTION_FORMS)
    filled = form.format(a=rng.choice(FUNCTION_ARRAYS), b=rng.choice(FUNCTION_ARRAYS), axis=rng.choice(AXES),
                         n=rng.choice(["1", "2", "3", "0"]), n2=rng.choice(["2", "4"]), n0=rng.choice(["0", "1", "2"]),
                         shift=rng.choice(["0", "1", "-1", "2"]), pct=rng.choice(["50", "[25, 75]", "0", "100", "33"]),
                         method=rng.choice(["linear", "lower", "higher", "nearest", "midpoint", "inverted_cdf",
                                            "median_unbiased"]),
                         ord=rng.choice(["1", "2", "np.inf", "-np.inf", "'fro'", "'nuc'", "0", "-1"]),
                         mode=rng.choice(["full", "same", "valid"]),
                         padmode=rng.choice(["constant", "edge", "reflect", "symmetric", "wrap", "linear_ramp",
                                             "maximum", "mean"]),
                         kind=rng.choice(["quicksort", "mergesort", "stable", "heapsort"]))
    return rng.choice(FUNCTION_WRAPS).format(filled)


# `--grammar random`: NumPy's Generator and legacy streams, each statement from a fresh seed, a few calls in a row.
RANDOM_SEEDS = ["0", "1", "42", "12345", "2**32 + 7", "[1, 2, 3]", "2**64 - 1", "None and 5"]
RANDOM_SIZES = ["None", "3", "(2, 3)", "0", "(4,)", "1"]
GENERATOR_CALLS = [
    "random({size})", "random({size}, dtype=np.float32)", "integers({lo}, {hi}, size={size})", "integers({hi})",
    "integers({lo}, {hi}, size={size}, endpoint=True)", "integers(0, {hi}, size={size}, dtype=np.{idtype})",
    "integers([1, 5, 10], 20)", "integers(0, [3, 300, 70000])", "normal(size={size})", "normal({loc}, {scale}, {size})",
    "normal([0, 10, 100], 1)", "standard_normal({size})", "standard_normal({size}, dtype=np.float32)",
    "uniform({lo}, {hi}, {size})", "uniform(size={size})", "uniform([0, 1], [2, 5])", "exponential({scale}, {size})",
    "standard_exponential({size})", "binomial({n}, {p}, {size})", "binomial([5, 50, 500], 0.3)",
    "binomial(10, [0.1, 0.5, 0.9])", "poisson({lam}, {size})", "poisson([0.5, 5, 50, 500])", "choice({n}, {size})",
    "choice({n}, {size}, replace=False)", "choice([1.5, 2.5, -3.0], {size})", "choice(5, 3, p=[0.1, 0.2, 0.3, 0.4, 0.0])",
    "choice(np.arange(12).reshape(3, 4), 2)", "choice(np.arange(12).reshape(3, 4), 2, axis=1, replace=False)",
    "choice(6, 4, replace=False, shuffle=False)", "permutation({n})", "permutation(np.arange(6).reshape(3, 2))",
    "permuted(np.arange(6).reshape(2, 3), axis=1)", "bytes(5)", "lognormal({loc}, {scale}, {size})",
    "geometric({p}, {size})", "gamma({lam}, {scale}, {size})", "standard_gamma({lam}, {size})",
    "beta(2.0, 3.0, {size})", "laplace({loc}, {scale}, {size})", "logistic({loc}, {scale}, {size})",
    "triangular(0, 1, 3, {size})", "weibull(1.5, {size})", "pareto(2.0, {size})", "rayleigh({scale}, {size})",
    "chisquare(3, {size})", "standard_t(5, {size})", "multinomial(10, [0.2, 0.3, 0.5], {size})",
    "multivariate_normal([0, 1], [[1, 0.5], [0.5, 2]], {size})", "negative_binomial(5, 0.5, {size})",
    "hypergeometric(10, 5, 7, {size})", "dirichlet([1, 2, 3], {size})", "zipf(2.0, {size})", "vonmises(0, 1, {size})",
    "standard_cauchy({size})", "f(3, 4, {size})", "power(2.0, {size})", "wald(1, 2, {size})",
    "logseries(0.5, {size})", "noncentral_chisquare(3, 2, {size})",
]
LEGACY_CALLS = [
    "np.random.rand(2, 3)", "np.random.rand()", "np.random.randn(4)", "np.random.randint({lo}, {hi}, {size})",
    "np.random.randint({hi})", "np.random.random_sample({size})", "np.random.random({size})",
    "np.random.choice({n}, {size})", "np.random.choice({n}, 3, replace=False)", "np.random.permutation({n})",
    "np.random.uniform({lo}, {hi}, {size})", "np.random.normal({loc}, {scale}, {size})",
    "np.random.binomial({n}, {p}, {size})", "np.random.poisson({lam}, {size})", "np.random.exponential({scale})",
    "np.random.standard_normal({size})", "np.random.random_integers(1, 6, 3)", "np.random.beta(2, 3, {size})",
    "np.random.gamma({lam}, 1.0, {size})", "np.random.multivariate_normal([0, 0], [[1, 0], [0, 1]], 2)",
]


# `--grammar samplers`: the Generator's samplers with arrays of parameters and the samplers new in session 40.
SAMPLER_CALLS = [
    "gumbel({loc}, {scale}, {size})", "noncentral_f(3, 4, {lam}, {size})", "standard_t([1, 5, 30])",
    "standard_t({lam}, {size})", "f([1, 2], [[3], [4]])", "logistic([0, 1], [[1], [2]], size={size})",
    "exponential([1, 2], size={size})", "exponential([[1], [2]], size=(2, 3))", "gamma([0.5, {lam}], {scale})",
    "beta([0.001, 0.5], [0.5, 0.02], size={size})", "laplace({loc}, [1, {scale}])", "rayleigh([{scale}, 1])",
    "lognormal([0, 1], {scale})", "geometric([{p}, 0.5])", "poisson([{lam}, 1])", "chisquare([1, 2, 3], {size})",
    "binomial([{n}, 4], {p}, {size})", "binomial({n}, [0.1, {p}])", "binomial([[{n}], [3]], [0.5, {p}])",
    "hypergeometric({n}, 5, 3, {size})", "hypergeometric(100, 200, {n}, {size})",
    "hypergeometric(1000, 20, 500, {size})", "dirichlet([0.05, 0.02, 0.08], {size})", "dirichlet([1, {lam}], {size})",
    "multinomial({n}, [0.2, 0.3, 0.5])", "multinomial(100, [1/6] * 6, {size})", "triangular([0, 1], 1, [2, 3])",
    "triangular({lo}, {hi}, 200, {size})", "wald([1, 2], {scale}, {size})", "vonmises([0, 1], [{lam}, 2e6])",
    "vonmises({loc}, {lam}, {size})", "negative_binomial([1, {n}], {p}, {size})", "zipf([1.5, {lam}], {size})",
    "logseries([{p}, 0.9], {size})", "noncentral_chisquare([0.5, 3], {lam}, {size})", "weibull([0, {lam}])",
    "pareto([{lam}, 1], {size})", "power([{lam}, 2])", "normal([0, 10], [{scale}, 1], {size})",
]


def samplers_statement(rng):
    """One to three Generator calls of `GENERATOR_CALLS` and `SAMPLER_CALLS` on one stream just seeded."""
    return random_statement(rng, GENERATOR_CALLS + SAMPLER_CALLS, generator_share=1.0)


def random_statement(rng, generator_calls=GENERATOR_CALLS, generator_share=0.6):
    """One to three calls of one stream just seeded: a Generator's, the legacy global one's or a RandomState's."""
    fill = dict(size=rng.choice(RANDOM_SIZES), lo=rng.choice(["0", "-5", "1", "10"]),
                hi=rng.choice(["6", "100", "2**31", "11"]), idtype=rng.choice(["int8", "uint8", "int32", "int64",
                                                                                  "uint16", "bool"]),
                loc=rng.choice(["0", "1.5", "-3"]), scale=rng.choice(["1", "0.5", "2.0", "0"]),
                n=rng.choice(["5", "10", "1", "0", "30"]), p=rng.choice(["0.5", "0.1", "0.99", "0.0", "1.0"]),
                lam=rng.choice(["0.5", "3.0", "12.0", "100.0", "0"]))
    seed = rng.choice(RANDOM_SEEDS)
    calls = rng.randint(1, 3)
    kind = rng.random()
    if kind < generator_share:
        chosen = [rng.choice(generator_calls).format(**fill) for _ in range(calls)]
        return f"g = np.random.default_rng({seed}); " + "; ".join("g." + call for call in chosen)
    if kind < 0.85:
        chosen = [rng.choice(LEGACY_CALLS).format(**fill) for _ in range(calls)]
        start = "np.random.seed(" + rng.choice(["0", "1", "42", "12345"]) + ")"
        return start + "; " + "; ".join(chosen)
    chosen = [rng.choice(LEGACY_CALLS).format(**fill).replace("np.random.", "r.") for _ in range(calls)]
    return "r = np.random.RandomState(" + rng.choice(["0", "7", "2024"]) + "); " + "; ".join(chosen)


# `--grammar indexing`: reads and writes through random mixes of basic and advanced indices.
INDEXING_SETUP = [
    "x3 = np.arange(24).reshape(2, 3, 4)",
    "x2 = np.arange(12.0).reshape(3, 4)",
    "x1 = np.arange(5) * 10",
    "b2 = x2 % 3 == 0",
]
INDEX_TARGETS = ["x3", "x2", "x1", "x2.T", "x3[:, ::-1]", "x1[::2]", "np.float64(2.5)", "np.array(7)", "b2"]
INDEX_ITEMS = ["0", "-1", "1", "3", "-4", "5", ":", "::-1", "1:", ":-1", "::2", "1::2", "None", "...", "[0, 2]",
               "[-1, 0, 1]", "[[0, 1], [1, 0]]", "[]", "[True, False, True]", "np.array([1, 1, 0])", "[3]",
               "np.array([[0], [2]])", "[0.5]", "slice(None, None, -2)", "np.int8(1)", "True", "b2[0]",
               "np.array([], dtype=int)", "(0, 1)", "[1, -3]"]
INDEX_VALUES = ["0", "-7", "2.5", "[1, 2]", "[[1], [2]]", "np.arange(3)", "np.nan", "True", "[]", "x1[:2]"]


def indexing_statement(rng):
    """A read or a write (plain or augmented) through one to three index items of a random array."""
    target = rng.choice(INDEX_TARGETS)
    items = ", ".join(rng.choice(INDEX_ITEMS) for _ in range(rng.randint(1, 3)))
    r = rng.random()
    if r < 0.55:
        return rng.choice(["{}[{}]", "repr({}[{}])", "{}[{}].shape", "{}[{}].base is None"]).format(target, items)
    op = rng.choice(["=", "+=", "*=", "-="])
    shown = rng.choice(["y", "y.sum()", "y.dtype"])
    return f"y = {target}.copy(); y[{items}] {op} {rng.choice(INDEX_VALUES)}; {shown}"


# `--grammar memory`: what views and copies say of their memory (`.base`, `.flags`, `.strides`, shared memory, a write
# showing through), over arrays that are C- or Fortran-ordered, transposed, stepped, empty, of unit axes, complex, 0-d.
# Each statement makes its array afresh, so a write through a view changes nothing a later statement reads.
MEMORY_SETUP = []
MEMORY_ARRAYS = ["np.arange(12.0).reshape(3, 4)", "np.arange(24).reshape(2, 3, 4)",
                 "np.asfortranarray(np.arange(6.0).reshape(2, 3))", "np.arange(6.0)", "np.zeros((0, 3))",
                 "np.ones((4, 0, 2))", "np.ones((3, 1, 2))", "np.arange(4) + 1j", "np.array(5.0)",
                 "np.arange(6, dtype=np.int8).reshape(2, 3)", "np.arange(12.0).reshape(3, 4).T",
                 "np.arange(24).reshape(2, 3, 4)[:, ::-1]", "np.arange(6.0)[::2]", "np.arange(12.0).reshape(3, 4)[:, 1:]",
                 "np.zeros((0, 3)).T", "np.ones((4, 0, 2))[1:3]", "np.ones((3, 1, 2))[::2]",
                 "np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2)", "np.zeros((0, 3))[:, :0]",
                 "np.arange(12.0).reshape(3, 4)[:0]", "np.arange(0)", "np.ones((3, 1, 2)).T"]
MEMORY_FORMS = [
    "{0}.T", "{0}.transpose()", "np.transpose({0})", "{0}.mT", "{0}.reshape(-1)", "{0}.reshape(1, -1)",
    "{0}.reshape(-1, 1)", "{0}.reshape({0}.shape)", "np.reshape({0}, -1)", "{0}.ravel()", "np.ravel({0})",
    "{0}.ravel(order='F')", "{0}.flatten()", "{0}.squeeze()", "np.squeeze({0})", "{0}.copy()", "np.copy({0})",
    "np.array({0})", "np.array({0}, copy=False)", "np.asarray({0})", "np.ascontiguousarray({0})",
    "np.asfortranarray({0})", "np.require({0}, requirements='C')", "{0}.astype(np.float32)",
    "{0}.astype({0}.dtype)", "{0}.astype({0}.dtype, copy=False)", "{0}[None]", "{0}[..., None]",
    "np.expand_dims({0}, 0)", "np.atleast_1d({0})", "np.atleast_2d({0})", "np.atleast_3d({0})", "np.tile({0}, 2)",
    "np.tile({0}, (2, 1))", "np.tile({0}, 1)", "np.repeat({0}, 2)", "np.flip({0})", "np.flip({0}, 0)",
    "np.fliplr({0})", "np.flipud({0})", "np.rot90({0})", "np.moveaxis({0}, 0, -1)", "np.rollaxis({0}, -1)",
    "np.swapaxes({0}, 0, -1)", "{0}.swapaxes(0, -1)", "np.diagonal({0})", "{0}.diagonal()", "np.diag({0})",
    "{0}.view()", "{0}.real", "{0}.imag", "np.real({0})", "np.imag({0})", "{0}[:]", "{0}[...]", "{0}[()]",
    "{0}[0]", "{0}[[0]]", "{0}[::-1]", "{0}[1:]", "np.broadcast_to({0}, (2,) + {0}.shape)", "np.sort({0})",
    "{0} + 0", "-{0}", "np.abs({0})", "np.where({0} > 1, {0}, 0)", "np.concatenate([{0}, {0}])",
    "np.stack([{0}, {0}])", "np.hstack([{0}])", "np.vstack([{0}])", "np.split({0}, 1)[0]",
    "np.array_split({0}, 2)[0]", "{0}.sum(axis=0)", "{0}.cumsum(axis=0)", "np.clip({0}, 0, 5)", "np.round({0})",
    "{0}.conj()", "np.conj({0})", "np.permute_dims({0})", "np.matrix_transpose({0})", "{0}.view(np.float64)",
    "np.broadcast_arrays({0}, 1)[0]", "np.meshgrid({0}, indexing='ij')[0]", "np.ix_({0})[0]",
    "{0}.reshape(-1, order='F')", "{0}.flat[:]", "np.diagflat({0})", "np.take({0}, [0])", "np.resize({0}, 4)",
    "np.append({0}, 1)", "np.delete({0}, 0)", "np.unique({0})", "np.argsort({0}, axis=0)", "np.sort({0}, axis=0)",
    "np.cumsum({0})", "np.squeeze({0}, axis=0)", "np.atleast_2d({0}).T", "{0}[..., ::-1]", "{0}[np.newaxis, ...]",
    "np.asanyarray({0})", "np.copy({0}, order='F')", "{0}.copy(order='F')", "{0}.copy(order='A')",
    "np.ascontiguousarray({0}.T)", "np.asfortranarray({0}.T)", "{0}.astype(np.int8)", "{0}.T.T",
    "np.einsum('...->...', {0})", "np.expand_dims({0}, -1)", "np.trim_zeros(np.ravel({0}))", "{0}.byteswap().dtype",
]
MEMORY_SHOWN = ["r.base is None", "r.flags.owndata", "r.strides", "r.flags.c_contiguous", "r.flags.f_contiguous",
                "r.flags.writeable", "np.shares_memory(r, y)", "r.base is y", "(r.shape, r.strides)",
                "r.flags"]


def memory_statement(rng):
    """A view or copy of a fresh copy-free array, and one thing it says of its memory, or a write through it."""
    array = rng.choice(MEMORY_ARRAYS)
    form = rng.choice(MEMORY_FORMS)
    if rng.random() < 0.5:
        # The form once more on its own result (a view of a view).
        form = rng.choice(MEMORY_FORMS).format(f"({form.format('{0}')})")
    made = form.format("y")
    if rng.random() < 0.15:
        return f"y = {array}; r = {made}; r[...] = 7; y"
    return f"y = {array}; r = {made}; {rng.choice(MEMORY_SHOWN)}"


# `--grammar creation`: creation functions and everyday calls given Python numbers, NumPy scalars of several dtypes
# and 0-d arrays where they take numbers (the NumPy scalar's own arithmetic and dtype are what NumPy uses).
CREATION_VALUES = ["0", "1", "3", "-2", "2.5", "0.1", "1e-3", "True", "np.float32(0.1)", "np.float32(2.5)",
                   "np.float16(1.5)", "np.int8(3)", "np.uint8(200)", "np.int32(-4)", "np.float64(0.7)",
                   "np.array(2.5, dtype=np.float32)", "np.int64(5)", "np.bool_(True)", "np.uint64(7)",
                   "np.int16(-300)", "np.array(3)", "np.float32(-0.0)", "np.float32(1e-30)", "np.complex64(1+2j)",
                   "np.float16(-0.0)", "np.uint16(65535)", "2**40", "np.int64(-2**62)", "np.float64(np.nan)", "np.inf",
                   "-0.0", "1j"]
CREATION_FORMS = [
    "np.arange({a})", "np.arange({a}, {b})", "np.arange({a}, {b}, {c})", "np.linspace({a}, {b}, 4)",
    "np.linspace({a}, {b}, 3, endpoint=False)", "np.linspace({a}, {b}, 3, retstep=True)",
    "np.linspace({a}, {b}, 5, dtype=int)", "np.full(3, {a})", "np.full((2, 2), {a}, dtype=np.float32)",
    "np.full_like(np.arange(3), {a})", "np.full_like(np.ones(2, np.float32), {a})", "np.array([{a}, {b}])",
    "np.array({a})", "np.asarray([{a}])", "np.array([{a}], dtype=np.int16)", "np.ones(2) * {a}", "np.eye(2) * {a}",
    "np.identity(2, dtype=np.int8) + {a}", "np.logspace({a}, {b}, 3)", "np.geomspace({a}, {b}, 3)",
    "np.clip(np.arange(4), {a}, {b})", "np.where(np.arange(3) > 1, {a}, {b})", "np.maximum({a}, {b})",
    "np.round({a}, 1)", "np.sum([{a}, {b}])", "np.mean([{a}, {b}])", "np.cumsum([{a}, {b}])", "np.prod([{a}, {b}])",
    "np.tri(2) * {a}", "np.result_type({a}, {b})", "np.add({a}, {b})", "np.power({a}, {b})", "np.divmod({a}, {b})",
    "np.hypot({a}, {b})", "np.arctan2({a}, {b})", "np.concatenate([[{a}], [{b}]])", "np.stack([{a}, {b}])",
    "np.interp({a}, [0, 5], [1, 2])", "np.histogram([{a}, {b}], bins=2)", "np.polyval([{a}, {b}], 2)",
    "np.repeat({a}, 2)", "np.tile({a}, 2)", "np.atleast_1d({a})", "np.isclose({a}, {b})", "np.sort([{a}, {b}])",
    "np.unique([{a}, {b}, {a}])", "np.median([{a}, {b}])", "np.percentile([{a}, {b}], 50)", "np.std([{a}, {b}])",
    "np.dot({a}, {b})", "np.outer([{a}], [{b}])", "np.floor_divide({a}, {b})", "np.remainder({a}, {b})",
    "np.fmod({a}, {b})", "np.square({a})", "np.sqrt({a})", "np.exp({a})", "np.log1p({a})", "{a} * {b}",
    "{a} / {b}", "{a} // {b}", "{a} ** 2", "-{a}", "abs({a})", "np.array([{a}, {b}]) * {c}", "np.full(2, {a}) + {b}",
    "np.zeros(2, dtype=np.array({a}).dtype)", "np.empty_like(np.array([{a}])).dtype", "np.ones_like({a})",
    "np.array([[{a}], [{b}]]).T", "np.meshgrid({a}, {b})", "np.diff([{a}, {b}, {c}])", "np.gradient([{a}, {b}, {c}])",
    "np.searchsorted([1, 2, 3], {a})", "np.digitize({a}, [0, 1, 2])", "np.isin({a}, [{b}])", "np.nan_to_num({a})",
    "np.sign({a})", "np.copysign({a}, {b})", "np.heaviside({a}, {b})", "np.logaddexp({a}, {b})", "np.fmax({a}, {b})",
    "np.trunc({a})", "np.rint({a})", "np.ceil({a})", "np.signbit({a})", "np.isnan({a})", "np.nextafter({a}, {b})",
    "np.array([{a}, {b}, {c}]).argmax()", "np.array([{a}, {b}, {c}]).astype(np.float16)", "np.cbrt({a})",
    "np.float32({a})", "np.int8({a})", "np.uint8({a})", "np.float16({a})", "np.bool_({a})", "np.complex64({a})",
]


def creation_statement(rng):
    """A creation function or everyday call over three random numbers, shown one random way."""
    values = {key: rng.choice(CREATION_VALUES) for key in "abc"}
    made = rng.choice(CREATION_FORMS).format(**values)
    return rng.choice(["{}", "repr({})", "str({})", "type({}).__name__", "np.asarray({}).dtype"]).format(made)


# `--grammar reductions` (session 41): the reductions with every keyword they take (`axis` as an int, a tuple, None
# or out of range; `keepdims`, `dtype`, `initial`, `where`, `ddof`) over narrow, complex, boolean, empty, 0-d and
# NaN-holding arrays, as functions, methods and ufunc `reduce`s; now and then a keyword the function does not take.
REDUCTIONS_SETUP = [
    "h16 = np.array([[0.1, 1000.0, -2.5, 7.25], [1e-4, 3.0, 0.5, -0.0]], dtype=np.float16)",
    "n16 = np.array([np.nan, 2.0, -np.inf, 0.5], dtype=np.float16)",
    "f32 = np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 7",
    "n64 = np.array([[1.5, np.nan, -2.0], [np.inf, 0.5, -0.0]])",
    "d64 = np.array([[0.1, 0.2, 0.3], [1e16, 1.0, -1e16]])",
    "i8 = np.array([[100, -128, 7], [127, 3, -1]], dtype=np.int8)",
    "u8 = np.array([[200, 250], [3, 9], [0, 255]], dtype=np.uint8)",
    "i16 = np.array([30000, -20000, 12345, 7], dtype=np.int16)",
    "u64 = np.array([2**62, 2**40 + 5, 7], dtype=np.uint64)",
    "i64 = np.array([[2**62, 2**62, -3], [5, -7, 2**40]])",
    "bo = np.array([[True, False, True], [False, False, True]])",
    "c128 = np.array([[1 + 2j, -0.5j, 3], [2 - 2j, 0, -1 + 1j]])",
    "cn = np.array([np.nan + 1j, 2 - 2j, 1j, -0.0 - 0.0j])",
    "c64 = np.array([[1 + 2j, 0.5 - 1j], [3j, -2]], dtype=np.complex64)",
    "e0 = np.zeros((0, 3))",
    "e8 = np.zeros((2, 0), dtype=np.int8)",
    "eb = np.array([], dtype=bool)",
    "ec = np.zeros((0,), dtype=complex)",
    "c3 = np.arange(24).reshape(2, 3, 4) % 7 - 3",
]
REDUCTION_ARRAYS = ["h16", "n16", "f32", "n64", "d64", "i8", "u8", "i16", "u64", "i64", "bo", "c128", "cn", "c64",
                    "e0", "e8", "eb", "ec", "c3", "np.array(2.5)", "np.float32(3.5)", "np.int8(-7)", "f32[:, ::-1]",
                    "i8.T", "c128[:, ::2]", "h16[::-1]", "n64.T", "np.array([np.nan])", "np.array(np.nan)",
                    "np.array([-0.0, -0.0])", "np.array([1e308, 1e308])", "np.array([5e-324, -5e-324, 1e-310])"]
# Each reduction with the keywords it takes (beyond `axis`).
REDUCTION_KEYWORDS = {
    "sum": ["dtype", "keepdims", "initial", "where"], "prod": ["dtype", "keepdims", "initial", "where"],
    "mean": ["dtype", "keepdims", "where"], "var": ["dtype", "ddof", "keepdims", "where"],
    "std": ["dtype", "ddof", "keepdims", "where"], "max": ["keepdims", "initial", "where"],
    "min": ["keepdims", "initial", "where"], "amax": ["keepdims", "initial", "where"],
    "amin": ["keepdims", "initial", "where"], "any": ["keepdims", "where"], "all": ["keepdims", "where"],
    "argmax": ["keepdims"], "argmin": ["keepdims"], "ptp": ["keepdims"], "cumsum": ["dtype"],
    "cumprod": ["dtype"], "nansum": ["dtype", "keepdims", "initial", "where"],
    "nanprod": ["dtype", "keepdims", "initial", "where"], "nanmean": ["dtype", "keepdims", "where"],
    "nanvar": ["dtype", "ddof", "keepdims", "where"], "nanstd": ["dtype", "ddof", "keepdims", "where"],
    "nanmax": ["keepdims", "initial", "where"], "nanmin": ["keepdims", "initial", "where"],
    "nanargmax": ["keepdims"], "nanargmin": ["keepdims"], "nancumsum": ["dtype"], "nancumprod": ["dtype"],
    "median": ["keepdims"], "nanmedian": ["keepdims"], "count_nonzero": ["keepdims"], "average": ["keepdims"],
    "add.reduce": ["dtype", "keepdims", "initial", "where"],
    "multiply.reduce": ["dtype", "keepdims", "initial", "where"],
    "maximum.reduce": ["keepdims", "initial", "where"], "minimum.reduce": ["keepdims", "initial", "where"],
    "logical_and.reduce": ["keepdims", "where"], "logical_or.reduce": ["keepdims", "where"],
    "add.accumulate": ["dtype"], "fmax.reduce": ["keepdims", "initial", "where"],
}
# The reductions that are also methods of an array.
REDUCTION_METHODS = ["sum", "prod", "mean", "var", "std", "max", "min", "any", "all", "argmax", "argmin", "cumsum",
                     "cumprod"]
REDUCTION_VALUES = {
    "axis": ["0", "1", "-1", "None", "0", "1", "-1", "(0, 1)", "(0, -1)", "(1, 0)", "()", "2", "(0, 0)", "-3"],
    "dtype": ["np.float16", "np.float32", "np.float64", "np.int8", "np.uint8", "np.int16", "np.int64", "np.uint64",
              "np.complex64", "np.complex128", "bool", "int", "float", "complex"],
    "keepdims": ["True", "False"],
    "initial": ["0", "-1", "5", "2.5", "np.nan", "-np.inf", "300", "True", "1j", "None"],
    "where": ["{x} > 0", "True", "False", "[True, False, True]", "~np.isnan({x})", "{x} != {x}",
              "np.array([[True], [False]])", "[[True, False, True, False]]"],
    "ddof": ["0", "1", "2", "5", "0.5", "-1"],
}


def reductions_statement(rng):
    """One reduction (function, method or ufunc reduce) of a random array with random keywords it takes, shown one
    random way; one call in ten adds a keyword the reduction does not take."""
    name = rng.choice(list(REDUCTION_KEYWORDS))
    x = rng.choice(REDUCTION_ARRAYS)
    keywords = []
    if rng.random() < 0.75:
        keywords.append("axis")
    taken = REDUCTION_KEYWORDS[name]
    keywords += rng.sample(taken, rng.randint(0, min(len(taken), 3)))
    if rng.random() < 0.1:
        keywords.append(rng.choice([k for k in REDUCTION_VALUES if k not in keywords]))
    arguments = ", ".join(f"{k}={rng.choice(REDUCTION_VALUES[k]).format(x=x)}" for k in keywords)
    r = rng.random()
    if name in REDUCTION_METHODS and r < 0.35:
        call = f"{x}.{name}({arguments})"
    else:
        call = f"np.{name}({x}" + (f", {arguments})" if arguments else ")")
    return rng.choice(["{}", "repr({})", "print({})", "np.asarray({}).dtype", "np.shape({})", "str({})",
                       "type({}).__name__"]).format(call)


WRAP = ["{}", "repr({})", "print({})", "{}.tolist()", "{}.dtype", "{}.shape", "float({}.sum())",
        "np.round({}, 3)", "{}.astype(np.float32)", "{}.astype(int)", "{}.T.copy()", "str({})",
        "np.array2string({}, precision=2)", "f'{{{}.sum():.6g}}'", "{}.item(0)", "{}.reshape(-1)"]


def expression(rng, depth=0):
    """A random NumPy expression, at most three calls deep."""
    r = rng.random()
    if depth > 2 or r < 0.3:
        return rng.choice(ARRAYS)
    if r < 0.5:
        return f"{rng.choice(UNARY)}({expression(rng, depth + 1)})"
    if r < 0.7:
        op = rng.choice(REDUCE)
        x = expression(rng, depth + 1)
        k = rng.random()
        if k < 0.4:
            return f"({x}).{op}()"
        if k < 0.8:
            return f"({x}).{op}(axis={rng.choice([0, 1, -1])})"
        if op in ("argmax", "argmin", "cumsum"):
            return f"np.{op}({x}, axis=0)"
        return f"np.{op}({x}, axis={rng.choice([0, 1])}, keepdims=True)"
    if r < 0.85:
        return f"({expression(rng, depth + 1)} {rng.choice(BINARY)} {expression(rng, depth + 1)})"
    if r < 0.95:
        return f"{rng.choice(FUNCS2)}({expression(rng, depth + 1)}, {expression(rng, depth + 1)})"
    s = rng.choice(["2.5", "-3", "np.float32(0.3)", "np.int8(-4)", "True", "1e300", "0.1"])
    return f"({expression(rng, depth + 1)} {rng.choice(BINARY[:8])} {s})"


def write_chapters(statements, out, per, setup=SETUP):
    """Records NumPy's output for the statements, `per` to a chapter, as docbuild transcripts under OUT."""
    folder = os.path.join(out, "chapters", "fuzz")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    prompt_lines = {}
    for n in range(0, len(statements), per):
        group = statements[n:n + per]
        outputs, _ = reach_probe.record(setup + group)
        text = ["# fuzz", "", "````tensor"]
        prompts = []
        for statement, output in zip(setup + group, outputs):
            # A statement CPython could not record, whose output looks like a prompt, or holds a NUL (which Markdown
            # reads as U+FFFD), is left out.
            if output is None or "\x00" in output or any(
                    line.lstrip().startswith((">>>", "...")) for line in output.split("\n")):
                continue
            prompts.append(len(text) + 1)
            text += reach_probe.transcript(statement, False, output).split("\n")
        text.append("````")
        name = f"{n // per:03d}-fuzz{n // per:03d}.md"
        with open(os.path.join(folder, name), "w") as handle:
            handle.write("\n".join(text) + "\n")
        prompt_lines[name] = prompts
    with open(os.path.join(out, "chapters", "fuzz.json"), "w") as handle:
        json.dump({"prompts": prompt_lines, "skips": {}}, handle)
    return folder


# What NumPy computes with kernels it picks by CPU (Intel's SVML and x86-simd-sort on AVX-512, OpenBLAS's kernels):
# docbuild prints what NumPy prints on an AVX-512 machine (docs/04-numbers.md, "NumPy's own last bits depend on the
# CPU"), so on a machine without it a mismatch in one of these may be NumPy's machine, not docbuild.
CPU_DEPENDENT = re.compile(
    r"\b(exp|exp2|expm1|log|log2|log10|log1p|cosh|sinh|tanh|tan|arcsin|arccos|arctan|arctan2|arcsinh|arccosh|"
    r"arctanh|cbrt|power|float_power|partition|argpartition|sort|argsort|dot|inner|matmul|solve|det|inv)\b|\*\*|@")


def numpy_has_avx512():
    from numpy._core._multiarray_umath import __cpu_features__
    return bool(__cpu_features__.get("AVX512_SKX"))


def show_mismatches(docbuild, folder):
    """Each mismatch's statement with the last line NumPy printed and the last line docbuild printed; on a machine
    without AVX-512, a statement calling a function whose NumPy kernels differ by CPU says so."""
    flag_cpu = not numpy_has_avx512()
    done = subprocess.run([docbuild, "check", "--no-cache", "--content", folder], capture_output=True, text=True)
    for block in re.split(r"\n(?=\S+\.md:\d+:\d+: error)", done.stderr):
        if "note: expected" not in block:
            continue
        statement = block.split("\n")[1].split("| ", 1)[-1]
        expected = [line.strip() for line in block.split("note: expected:\n")[1].split("note: actual:")[0].split("\n")
                    if line.strip() and "Traceback" not in line]
        # The last block runs into the run's summary line ("12 errors · 4 chapters · …"), which is not output.
        actual = [line.strip() for line in block.split("note: actual:\n")[1].split("\n")
                  if line.strip() and not re.match(r"\d+ errors? · \d+ chapters? · ", line)]
        machine = " (NumPy without AVX-512 here: may be its CPU's kernels)" if flag_cpu and CPU_DEPENDENT.search(
            statement) else ""
        print(statement + machine)
        print("   numpy   ", expected[-1][:160] if expected else "")
        print("   docbuild", actual[-1][:160] if actual else "")


# The grammars that draw one statement at a time, by name (`writes` draws a group, the base grammar wraps expressions).
ONE_STATEMENT_GRAMMARS = {
    "special": special_statement,
    "scalars": scalars_statement,
    "tutorial": tutorial_statement,
    "functions": functions_statement,
    "random": random_statement,
    "samplers": samplers_statement,
    "indexing": indexing_statement,
    "memory": memory_statement,
    "creation": creation_statement,
    "reductions": reductions_statement,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--out", help="the folder for the chapters (default: a new one under /tmp, so that "
                        "runs side by side never share one)")
    parser.add_argument("--docbuild", default=os.path.join(ROOT, ".build", "debug", "docbuild"))
    parser.add_argument("--per", type=int, default=40, help="statements per chapter")
    parser.add_argument("--statements", help="a file of statements, one a line, instead of random ones")
    parser.add_argument("--show", action="store_true", help="print each mismatch with NumPy's and docbuild's text")
    parser.add_argument("--grammar", choices=["base", "special", "scalars", "tutorial", "writes", "functions", "random",
                                              "samplers", "indexing", "memory", "creation",
                                              "reductions"], default="base",
                        help="special: NaN signs, signed zeros and in-place selections; scalars: NumPy scalar pairs, "
                             "float ufuncs of integer arrays, precision-only formats (see the header)")
    args = parser.parse_args()
    args.out = args.out or tempfile.mkdtemp(prefix="numpy-differential-")
    rng = random.Random(args.seed)
    if args.statements:
        with open(args.statements) as handle:
            statements = [line for line in handle.read().split("\n") if line.strip()]
    elif args.grammar == "writes":
        statements = [statement for _ in range(args.count) for statement in write_statements(rng)]
    elif args.grammar in ONE_STATEMENT_GRAMMARS:
        statements = [ONE_STATEMENT_GRAMMARS[args.grammar](rng) for _ in range(args.count)]
    else:
        statements = [rng.choice(WRAP).format(expression(rng)) for _ in range(args.count)]
    setup = SETUP + {"special": SPECIAL_SETUP, "tutorial": TUTORIAL_SETUP,
                     "functions": FUNCTIONS_SETUP, "indexing": INDEXING_SETUP,
                     "memory": MEMORY_SETUP, "reductions": REDUCTIONS_SETUP}.get(args.grammar, [])
    folder = write_chapters(statements, args.out, args.per, setup)
    result = reach_probe.tally(args.docbuild, args.out, "fuzz")
    print(json.dumps({k: result[k] for k in ("statements", "matching", "percent", "refused")}))
    for mismatch in result["mismatches"]:
        print("MISMATCH", mismatch)
    if args.show:
        show_mismatches(args.docbuild, folder)
    for root, n in result["roots"][:15]:
        print(f"{n:4d} {root}")


if __name__ == "__main__":
    main()
