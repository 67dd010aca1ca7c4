#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 45's answer45 work (issue 10, NumPy
breadth).

Run: `python3 Tests/SnippetsTests/Fixtures/make_answer45_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/472-*` to `475-*` fixtures; rerunning gives identical bytes.

472: an array, NumPy scalar or flat iterator compared with `==`/`!=` to None, a dict, a set, a module, a function or
a class (NumPy's object loop: all False or all True in the array's shape, a NumPy bool for a 0-d array, a Python bool
from a NumPy scalar's own `==`), and np.equal/np.not_equal given such a value (a NumPy bool for a scalar operand).
473: the legacy np.random.random_integers and RandomState.random_integers (deprecated: NumPy's DeprecationWarning goes
to stderr, never the page), `randint(low, int(high) + 1, size, dtype='l')` bit for bit, with its bounds errors.
474: the Generator's float32 standard_gamma (NumPy's `random_standard_gamma_f`: float32 ziggurats and glibc's logf) for
shapes of 0 and at least 1, its errors, and its draws interleaved with others on the same stream; standard_exponential
by inversion (`method='inv'` or any other method but 'zig') in float64 and float32; the float32 random,
standard_normal and standard_exponential beside them.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_answer45_fixtures.py"

ARRAYS = ["np.array([1, 2])", "np.array(3.0)", "np.array([])", "np.zeros((2, 0))", "np.array([1+2j])",
          "np.array([True, False])", "np.zeros((2, 3), dtype=np.float32)", "np.array([1, 2], dtype=np.uint8)",
          "np.array([np.nan, np.inf])", "np.float64(2)", "np.int8(1)", "np.bool_(True)", "np.complex64(1)",
          "np.float16(1)", "np.array(5)", "np.arange(4.0)[::2]", "np.ones((1, 1, 2))", "np.array(['a', 'b'])",
          "np.array('a')", "np.array(['2020-01-01'], dtype='M8[D]')", "np.datetime64('2020-01-01')",
          "np.arange(6).reshape(2, 3).flat"]
EQUALITY = ["def g(x): return x"]
for array in ARRAYS:
    for other in ["None", "{}", "{1}", "np", "len", "int", "g"]:
        EQUALITY += [f"{array} == {other}", f"{other} != {array}"]
    EQUALITY += [f"{array} != None", f"None == {array}"]
for array in ARRAYS[:17]:
    EQUALITY += [f"np.equal({array}, None)", f"np.not_equal(None, {array})", f"np.not_equal({array}, {{}})"]
EQUALITY += [
    "a = np.array([1, 2]); a is None, a is not None", "np.equal(1.5, None)", "np.equal(None, 1)",
    "np.not_equal(True, None)", "np.equal([1, 2], None)", "np.equal((), None)",
    "a = np.arange(3); r = a == None; r.dtype, r.shape",
    "a = np.array([1, 2]); np.equal(a, None, out=a); a",
    "o = np.zeros(2, bool); r = np.not_equal(np.array([1., 2.]), None, out=o); r is o, o",
    "[1, 2] == None", "(np.array([1, 2]) == None).sum()", "np.all(np.array([1.]) != None)",
    "x = np.array([1., 2.]); x[x == None]", "np.where(np.array([1, 2]) == None, 0, 1)",
    "np.array([None, 1], dtype=object) == None", "None != np.array([None, 1], dtype=object)",
]

INTEGER_ARGUMENTS = [
    "5", "5.5", "1.5, 4", "1, 4.7", "0", "-3", "3, 2", "3, 3", "3, 3, 4", "1, 6, (2, 2)",
    "1, np.array([3, 9])", "'a'", "None", "5, None, 3", "2**62", "2**63", "1, 2**64", "-2**70, 5", "1, -2**70",
    "True", "5, size=0", "5, size=()", "2**64, size=0", "-2**64, 1, (3, 0)", "-2**63, 2**63 - 2", "1, 6, size=3.0", "1, '6'",
    "1, high=[3, 4]", "np.float64(3)", "low=4", "", "1, 2, 3, 4", "1, 6, size=-1", "1, 6, 1000", "-5, 5, (3, 4)",
    "0, 0, 3", "10, size=(2, 0)", "np.int8(7)", "np.array(4)", "np.array([4])", "1, np.array(3)",
    "1, np.float32(6.9)", "1, 100, size=[2, 2]", "1, 6, size=np.int64(3)", "high=5, low=1", "1, 6, size=None",
    "1, '6.5'", "1, float('nan')", "1, float('inf')", "1, -1", "-1", "2**31", "1, 2**32 + 5, 4",
    "0, 2**63 - 2, 3", "low=1, high=6, size=2", "5, size=(1,)", "np.uint8(200)", "5, None, None",
]
RANDOM_INTEGERS = []
for arguments in INTEGER_ARGUMENTS:
    RANDOM_INTEGERS.append(f"np.random.seed(3); np.random.random_integers({arguments})")
    RANDOM_INTEGERS.append(f"rs = np.random.RandomState(7); rs.random_integers({arguments}), rs.rand()")
RANDOM_INTEGERS += [
    "np.random.seed(1); d1 = np.random.random_integers(1, 6, 1000); d2 = np.random.random_integers(1, 6, 1000); "
    "(d1 + d2).sum(), np.bincount(d1 + d2)",
    "np.random.seed(2); 2.5 * (np.random.random_integers(5, size=(5,)) - 1) / 4.",
    "np.random.seed(2); type(np.random.random_integers(5))", "np.random.seed(4); np.random.random_integers(5).dtype",
    "np.random.seed(5); x = np.random.random_integers(5); x + 1, np.random.randint(10)",
    "from numpy.random import random_integers; np.random.seed(6); random_integers(9, size=3)",
    "rs = np.random.RandomState(0); f = rs.random_integers; f(4, size=2)",
    "rng = np.random.default_rng(0); rng.random_integers(5)",
]

GAMMA_SHAPES = ["2.0", "1.0", "0.0", "1", "3", "5.5", "1.0000001", "1e6", "100.0", "np.float32(2.5)", "np.float64(7.25)",
                "np.nan", "np.inf", "-0.0", "-1.0", "1e-50", "True", "None", "2", "1.5", "1.2", "20.0", "1e30"]
GAMMA_SIZES = ["", ", 5", ", (2, 3)", ", size=0", ", size=()", ", 1000", ", size=-1", ", 2.0"]
FLOAT32_DRAWS = []
for number, (shape, size) in enumerate((shape, size) for shape in GAMMA_SHAPES for size in GAMMA_SIZES):
    FLOAT32_DRAWS.append(f"rng = np.random.default_rng({number + 1}); rng.standard_gamma({shape}{size}, dtype=np.float32)")
for shape in ["1.5", "2.0", "3.3", "10.0", "1.01"]:
    FLOAT32_DRAWS.append(
        f"rng = np.random.default_rng(42); x = rng.standard_gamma({shape}, 100000, dtype=np.float32); "
        "x.astype(np.float64).sum(), x.min(), x.max(), x[:4], x[-3:], rng.random()")
for other in ["rng.random()", "rng.random(dtype=np.float32)", "rng.integers(10, size=3, dtype=np.int32)",
              "rng.standard_normal(dtype=np.float32)", "rng.standard_exponential(2, dtype=np.float32)", "rng.integers(5)"]:
    FLOAT32_DRAWS.append(
        f"rng = np.random.default_rng(9); a = rng.standard_gamma(2.0, 3, dtype=np.float32); b = {other}; "
        "c = rng.standard_gamma(4.5, dtype=np.float32); a, b, c")
    FLOAT32_DRAWS.append(
        f"rng = np.random.default_rng(10); b = {other}; a = rng.standard_gamma(1.5, 5, dtype='float32'); a, rng.random()")
FLOAT32_DRAWS += [
    "rng = np.random.default_rng(3); type(rng.standard_gamma(2.0, dtype=np.float32))",
    "rng = np.random.default_rng(3); rng.standard_gamma(2.0, 3, dtype=np.float32).dtype",
    "rng = np.random.default_rng(3); rng.standard_gamma(2.0, 3, np.float32)",
    "rng = np.random.default_rng(3); rng.standard_gamma(shape=2.0, size=3, dtype='f4')",
    "rng = np.random.default_rng(3); rng.standard_gamma(2.0, 3, dtype=np.int32)",
    "rng = np.random.default_rng(3); rng.standard_gamma(2.0, 3, dtype=np.float16)",
    "rng = np.random.default_rng(3); rng.standard_gamma(2.0, dtype=np.float32) * 2",
    "rng = np.random.default_rng(3); rng.standard_gamma(2.0, (2, 2), dtype=np.float32) + np.float32(1)",
]
for method in ["'inv'", "None", "'zig'", "'x'", "1"]:
    for dtype in ["", ", dtype=np.float32", ", dtype=np.float64", ", dtype=np.int8"]:
        for size in ["", "5", "(2, 2)", "size=0"]:
            separator = ", " if size else ""
            FLOAT32_DRAWS.append(
                f"rng = np.random.default_rng({len(FLOAT32_DRAWS)}); "
                f"rng.standard_exponential({size}{separator}method={method}{dtype})")
FLOAT32_DRAWS += [
    f"rng = np.random.default_rng({seed}); x = rng.standard_exponential(100000, method='inv'{dtype}); "
    "x.astype(np.float64).sum(), x.max(), x[:3], rng.random()" for seed in [1, 2] for dtype in ["", ", dtype=np.float32"]]
for size in ["", "5", "(2, 3)"]:
    for name in ["random", "standard_normal", "standard_exponential"]:
        FLOAT32_DRAWS.append(
            f"rng = np.random.default_rng({len(FLOAT32_DRAWS)}); rng.{name}({size}{', ' if size else ''}dtype=np.float32), "
            f"rng.{name}(dtype=np.float32)")

FIXTURES = {
    "472-equality-with-none-and-other-objects": (
        "an array, NumPy scalar or flat iterator compared with == or != to None, a dict, a set, a module, a function "
        "or a class, and np.equal/np.not_equal given such a value.",
        ["import numpy as np"] + EQUALITY,
    ),
    "473-legacy-random-integers": (
        "np.random.random_integers and RandomState.random_integers (randint(low, int(high) + 1, size, dtype='l')), "
        "with NumPy's bounds errors.",
        ["import numpy as np"] + RANDOM_INTEGERS,
    ),
    "474-generator-float32-standard-gamma-and-inverse-exponential": (
        "the Generator's float32 standard_gamma (shapes 0 and at least 1), interleaved with other draws, and "
        "standard_exponential by inversion in float64 and float32.",
        ["import numpy as np"] + FLOAT32_DRAWS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
