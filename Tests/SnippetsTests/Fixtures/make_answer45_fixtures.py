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
474: the Generator's float32 standard_gamma (NumPy's `random_standard_gamma_f`: float32 ziggurats and glibc's logf and
powf) for every shape, its errors, and its draws interleaved with others on the same stream; standard_exponential
by inversion (`method='inv'` or any other method but 'zig') in float64 and float32; the float32 random,
standard_normal and standard_exponential beside them; float64 sums and means of float32 draws past NumPy's 8192-element
cast buffers.
475: output arrays: np.matmul's out of another shape that its result's loop dimensions broadcast to (NumPy writes the
result across it) and its core-dimension errors; the reductions' out (np.sum, np.prod, np.max, np.min, np.mean, the
methods and ufunc.reduce: the loop in the dtype out and the input promote to, the array returned itself, NumPy's
wrong-number-of-dimensions error); the two-output ufuncs' out (np.divmod, np.modf, np.frexp: a tuple of the arrays
given and new ones for None, each output's cast checked first, then the operands broadcast together); a ufunc's
output cast checked before its broadcast (np.add(np.ones(3), 1, out=np.zeros(2, int)) printed the broadcast error).
"""

import pathlib

import warnings

import numpy as np
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
                "np.nan", "np.inf", "-0.0", "-1.0", "1e-50", "True", "None", "2", "1.5", "1.2", "20.0", "1e30", "0.5",
                "0.1", "0.999", "1e-10", "1e-45", "np.float32(0.25)"]
GAMMA_SIZES = ["", ", 5", ", (2, 3)", ", size=0", ", size=()", ", 1000", ", size=-1", ", 2.0"]
FLOAT32_DRAWS = []
for number, (shape, size) in enumerate((shape, size) for shape in GAMMA_SHAPES for size in GAMMA_SIZES):
    FLOAT32_DRAWS.append(f"rng = np.random.default_rng({number + 1}); rng.standard_gamma({shape}{size}, dtype=np.float32)")
for shape in ["1.5", "2.0", "3.3", "10.0", "1.01", "0.5", "0.1", "0.9", "0.01", "0.99999994"]:
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
# float64 sums and means of float32 draws past NumPy's 8192-element cast buffers.
for number, shape in enumerate(["(100000,)", "(8193,)", "(3, 40000)", "(40000, 3)", "(2, 3, 9000)", "(300, 300)"]):
    for axis in ["", ", axis=0", ", axis=-1", ", axis=(0, 1)", ", axis=0, keepdims=True"]:
        for function in ["sum", "mean"]:
            FLOAT32_DRAWS.append(
                f"rng = np.random.default_rng({number}); x = (rng.standard_normal({shape}) * 10).astype(np.float32); "
                f"r = x.{function}(dtype=np.float64{axis}); r.shape, r.ravel()[:4], r.ravel()[-2:]")
FLOAT32_DRAWS += [
    "rng = np.random.default_rng(42); x = rng.standard_gamma(1.01, 100000, dtype=np.float32); "
    "x.sum(dtype=np.float64), np.mean(x, dtype=np.float64), np.add.reduce(x, dtype=np.float64)"]
for size in ["", "5", "(2, 3)"]:
    for name in ["random", "standard_normal", "standard_exponential"]:
        FLOAT32_DRAWS.append(
            f"rng = np.random.default_rng({len(FLOAT32_DRAWS)}); rng.{name}({size}{', ' if size else ''}dtype=np.float32), "
            f"rng.{name}(dtype=np.float32)")

OPERANDS = {"m": "np.arange(6.0).reshape(2, 3)", "v": "np.array([1.0, 2.0, 3.0])", "M": "np.arange(6.0).reshape(3, 2) - 2",
            "B": "np.arange(12.0).reshape(2, 2, 3)", "C": "np.arange(6).reshape(2, 1, 3)", "w": "np.array([1.0, -1.0])",
            "i": "np.arange(6).reshape(2, 3)", "j": "np.array([1, 2, 3])", "z": "np.zeros((0, 2, 3))"}
OUTPUTS = ["matmul_operands = None"]
for left, right in [("m", "v"), ("v", "M"), ("m", "M"), ("v", "v"), ("B", "M"), ("B", "v"), ("C", "M"), ("i", "j"),
                    ("z", "M"), ("w", "m"), ("i", "M")]:
    for shape in ["()", "(1,)", "(2,)", "(3,)", "(1, 2)", "(2, 2)", "(3, 2)", "(4, 2)", "(2, 1)", "(2, 3)", "(1, 2, 2)",
                  "(2, 2, 2)", "(3, 2, 2)", "(2, 1, 2)", "(0, 2, 2)", "(2, 3, 2, 2)", "(3, 3)"]:
        for dtype in ["", ", dtype=np.float32", ", dtype=int"]:
            OUTPUTS.append(f"o = np.zeros({shape}{dtype}); r = np.matmul({OPERANDS[left]}, {OPERANDS[right]}, out=o); "
                           "r is o, o")
REDUCED = {"m": "np.array([[0.5, 1.6, 2.7], [3.2, 4.9, 5.5]])", "i": "np.arange(6).reshape(2, 3)",
           "f": "np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=np.float32)", "s": "np.full((2, 3), 100, dtype=np.int8)",
           "b": "np.array([[True, False, True], [True, True, False]])", "e": "np.zeros((0, 3))"}
for name, array in REDUCED.items():
    for call in ["np.sum({a}, axis=0, out=o)", "np.sum({a}, out=o)", "np.sum({a}, axis=0, keepdims=True, out=o)",
                 "np.prod({a}, 0, None, o)", "np.max({a}, 0, o)", "np.min({a}, axis=1, out=o)", "np.mean({a}, axis=0, out=o)",
                 "{a}.sum(0, out=o)", "{a}.max(0, o)", "{a}.prod(1, None, o)", "{a}.mean(0, out=o)", "np.add.reduce({a}, out=o)",
                 "np.add.reduce({a}, 1, None, o)", "np.maximum.reduce({a}, 0, out=o)", "np.sum({a}, axis=0, dtype=int, out=o)",
                 "np.sum({a}, axis=0, dtype=np.float32, out=o)"]:
        # Outputs the reduction's loop dtype fits in (NumPy accumulates in the out array, casting each step into a
        # narrower one: refused); np.mean's of its result's dtype.
        outs = ["np.zeros(3)", "np.zeros(2)", "np.zeros(())", "np.zeros((1, 3))"]
        if name == "f" and "dtype=" not in call:
            outs.append("np.zeros(3, np.float32)")
        if name in "isb" and "dtype=" not in call and "mean" not in call:
            outs += ["np.zeros(3, int)", "np.zeros((), int)"]
        if name in "sb" and "dtype=" not in call and "mean" not in call:
            outs.append("np.zeros(3, np.int16)")
        if name == "e" and ("max" in call or "min" in call):
            outs = []
        if "mean" in call and name == "f":
            outs = ["np.zeros(3, np.float32)"]
        if name == "f" and "prod" in call:
            outs = []  # NumPy's float32 product kernels are refused
        for out in outs:
            OUTPUTS.append(f"o = {out}; r = {call.format(a=array)}; r is o, o")
OUTPUTS += ["np.sum(np.ones((2, 3)), axis=0, out=5)", "x = np.arange(4.0); np.sum(x.reshape(2, 2), axis=0, out=x[:2]); x",
            "o = np.zeros((2, 3)); np.sum(np.ones((4, 3)), axis=0, out=o[0]); o"]
TWO_INPUTS = {"a": "np.array([7.5, -8.25, 3.0])", "i": "np.array([7, -8, 9])", "s": "2.5", "z": "np.array(4.5)",
              "f": "np.array([1.5, -2.5, 0.0], dtype=np.float32)", "u": "np.array([3, 250, 7], dtype=np.uint8)"}
for x in TWO_INPUTS.values():
    for first in ["np.zeros(3)", "np.zeros(3, int)", "np.zeros(3, np.float32)", "np.zeros(2)", "np.zeros((2, 3))",
                  "np.zeros(())", "None"]:
        for second in ["np.zeros(3)", "None", "np.zeros(3, int)", "np.zeros((2, 3))"]:
            OUTPUTS.append(f"o1 = {first}; o2 = {second}; r = np.divmod({x}, 2, out=(o1, o2)); r[0] is o1, r[1] is o2, r")
            OUTPUTS.append(f"o1 = {first}; o2 = {second}; r = np.modf({x}, out=(o1, o2)); r[0] is o1, r[1] is o2, r")
            OUTPUTS.append(f"o1 = {first}; o2 = {second}; r = np.frexp({x}, o1, o2); r[0] is o1, r[1] is o2, r")
    for out in ["np.zeros(3, int)", "np.zeros(2)", "np.zeros(2, int)", "np.zeros((2, 3), np.int8)"]:
        OUTPUTS += [f"np.add({x}, 1, out={out})", f"np.sqrt({x}, {out})", f"np.multiply({x}, np.ones(2), out={out})"]
OUTPUTS += ["x = np.array([7.5, -8.25]); np.divmod(x, 2, out=(x, None)); x",
            "o = np.zeros((2, 2)); np.modf(np.array([1.5, 2.25]), out=(o[0], o[1])); o"]

def numpy_answers(statement):
    """False for a statement whose NumPy error describes the iterator's remapped axes or a reduction it would need, an
    out of another number of dimensions under keepdims=True, or a gufunc input whose core an out re-reads (snippets
    refuse those)."""
    namespace = {"np": np}
    try:
        warnings.simplefilter("ignore")
        exec(compile(statement, "<fixture>", "exec"), namespace)
    except Exception as error:  # noqa: BLE001 - every NumPy error is a candidate
        text = str(error)
        return not ("remapped" in text or "requires a reduction" in text or "when keepdims=True" in text
                    or ("out=" in statement and "Input operand" in text))
    return True


OUTPUTS = [statement for statement in OUTPUTS if numpy_answers(statement)]

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
        "the Generator's float32 standard_gamma, interleaved with other draws, and "
        "standard_exponential by inversion in float64 and float32.",
        ["import numpy as np"] + FLOAT32_DRAWS,
    ),
    "475-output-arrays-of-matmul-reductions-and-two-output-ufuncs": (
        "np.matmul's out of a broadcastable shape, the reductions' out (np.sum, np.prod, np.max, np.min, np.mean, "
        "their methods, ufunc.reduce) and the two-output ufuncs' out (np.divmod, np.modf, np.frexp), with NumPy's "
        "errors and their order.",
        ["import numpy as np"] + OUTPUTS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
