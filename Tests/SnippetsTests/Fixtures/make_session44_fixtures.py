#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 44's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session44_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/457-*`, `458-*` and `461-*` to `463-*` fixtures; rerunning gives identical bytes.

457: an extent past 64 bits (either sign) in a shape, which NumPy's shape converter reads as "Maximum allowed dimension
exceeded" in every function that takes a shape (`np.zeros`, `np.ones`, `np.empty`, `np.full`, `reshape`,
`np.broadcast_to`, the legacy `np.random.rand`/`randn`, whose IndexError docbuild printed instead: a wrong output),
read in order with the other extents' errors; and the outputs of a ufunc with two outputs (`np.frexp`, `np.modf`,
`np.divmod`) given as None by position or as `out=(None, None)` (refused before), with NumPy's errors for an `out=`
that is not a tuple of two entries (`out=None` and `out=(None,)`, which docbuild answered as if no `out` were given:
wrong outputs); np.broadcast_to's wrapper (its shape made a tuple and compared with 0 before NumPy's C code reads it:
a str, None or list extent, a bool extent and the empty shape of a non-scalar gave other errors or a result before).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session44_fixtures.py"

EXTENTS = ["2**63", "-2**63 - 1", "2**64", "-2**70", "(2**63,)", "(2, 2**63)", "[2**64]", "(2**63, 'a')",
           "('a', 2**63)", "(1.5, 2**63)", "(2**63, 1.5)", "(2**63, -1)", "(-1, 2**63)", "(True, 2**63)",
           "(2**62, 2**62)", "(0, 2**63)", "(2**63 - 1,)"]
SHAPES = ["a = np.arange(4)"]
for extent in EXTENTS:
    SHAPES += [f"np.zeros({extent})", f"np.ones({extent}, dtype=int)", f"np.empty({extent})",
               f"np.full({extent}, 7)", f"a.reshape({extent})", f"np.reshape(a, {extent})",
               f"np.broadcast_to(1, {extent})"]
SHAPES += ["a.reshape(2, 2**63)", "a.reshape(2**63, 1.5)", "a.reshape(1.5, 2**63)", "a.reshape(-2**70, 1)",
           "np.broadcast_to(np.arange(3), (2**63, 3))", "np.broadcast_to(1, (2, -2**64))",
           "np.broadcast_to(1, -2**64)", "np.broadcast_to(1, (2**63, -1))"]
for dimensions in ["2**63", "2, 2**63", "-2**70", "2**63, 1.5", "1.5, 2**63", "2, True", "2**62, 2**62", "-1",
                   "2, 3"]:
    SHAPES.append(f"np.random.seed(0); np.random.rand({dimensions})")
    SHAPES.append(f"np.random.RandomState(1).randn({dimensions})")

# np.broadcast_to's Python wrapper: the shape made a tuple, then compared with 0 item by item (a str, None, list or
# complex extent is Python's TypeError, docbuild's "cannot be interpreted as an integer" before: wrong outputs), a
# bool extent NumPy's TypeError (docbuild broadcast to it: a wrong output), an empty shape of a non-scalar its
# ValueError (docbuild's nditer message before), a range or an array as the sequence of its items.
BROADCASTS = []
for shape in ["'ab'", "(None, 2)", "(1.5, 2)", "(2, 1.5)", "([1], 2)", "(np.float64(2), 2)", "(2, 'a')", "None",
              "1.5", "(1+2j, 2)", "('a', 2)", "(np.int64(-1), 2)", "(-1.5, 2)", "(2, -1, 'a')", "('a', -1)",
              "(np.float64(-2), 'a')", "(True, 2)", "(2, True)", "(2**63, True)", "(True, 2**63)", "True",
              "np.True_", "[True]", "range(0)", "range(2, 4)", "np.array(3)", "np.array(-3)", "np.array([2, -3])",
              "np.array([2, 3])", "np.uint8(2)", "(2, 3)", "[2, 1, 3]", "(2, 2)", "()", "[]", "(0, 3)"]:
    BROADCASTS.append(f"np.broadcast_to(1, {shape})")
    BROADCASTS.append(f"np.broadcast_to(np.arange(3), {shape})")
BROADCASTS += ["np.broadcast_to(np.array(5), ())", "np.broadcast_to([1, 2], ())", "np.broadcast_to(np.ones((1, 1)), ())",
               "np.zeros((2**63, True))", "np.zeros((True, 2**63))", "np.zeros(('a', True))", "np.zeros((1.5, True))",
               "np.zeros((True, 1.5))", "a.reshape((2**63, True))", "a.reshape((True, 2**63))",
               "a.reshape(('a', True))", "np.reshape(a, (1.5, True))", "np.ones([None, True])"]

OUTPUTS = ["x = np.array([1.5, -2.0, 0.0, 0.3])", "i = np.array([7, -7, 9])"]
for call in ["np.frexp(x, {})", "np.modf(x, {})", "np.divmod(i, 3, {})", "np.frexp(2.5, {})",
             "np.divmod(7.5, 2, {})"]:
    for outputs in ["None", "None, None", "None, None, None", "out=None", "out=(None,)", "out=(None, None)",
                    "out=(None, None, None)", "out=()", "out=[None, None]", "out=5", "out=(5, None)", "None, 5",
                    "None, np.float64(2)", "None, out=None", "None, None, out=5", "None, None, None, out=5",
                    "out=np.zeros(1)", "None, True"]:
        OUTPUTS.append(call.format(outputs))
OUTPUTS += ["np.frexp('a', out=None)"]

# The reductions' positional `out`: ndarray.max/min and np.max/min/amax/amin take (axis, out, keepdims) — docbuild read
# the second as keepdims (`m.min(0, np.zeros(3))` raised, `m.min(0, True)` kept the dimensions: wrong outputs); the
# methods any and all take (axis, dtype, out, keepdims) as NumPy's `_methods._any` does; an `out` that is no array
# is NumPy's TypeError (refused before); np.matmul's out is checked against its result, not broadcast with its
# inputs (docbuild's broadcast error where NumPy writes: a wrong output).
REDUCTIONS = ["m = np.arange(6.0).reshape(2, 3)"]
for call in ["m.min(0, None)", "m.min(0, None, True)", "m.max(0, None, True)", "m.min(0, True)", "m.max(0, 5)",
             "m.max(0, [1])", "m.max(axis=5, out=True)", "m.min(1, None, True)", "np.max(m, 0, True)",
             "np.amax(m, 0, None, True)", "np.amin(m, 1, None, False)", "np.min(m, 1, None, True, 9.0)",
             "m.sum(0, None, None, True)", "m.sum(0, None, True)", "m.sum(0, None, 5)", "m.sum(5, None, True)",
             "m.sum(axis=5, out=True)", "m.sum(0, None, np.float64(1))", "np.sum(m, 0, None, True)",
             "m.mean(0, None, None, True)", "np.mean(m, 1, None, None, True)", "m.prod(0, None, True)",
             "np.prod(m, 1, None, True)", "m.any(0, None, None, True)", "m.any(None, None, None, True)",
             "m.all(1, None, None, False)", "m.any(0, None, True)",
             "m.all(axis=0, out=True)", "m.any(0, None, None, None)", "m.all(0, None, None, 'x')",
             "np.any(m, 0, None, True)", "np.all(m, 1, None, True)", "m.argmax(0, True)",
             "m.argmax(5, True)", "np.argmax(m, 0, True)", "np.argmax(m, 0, np.float64(1))", "m.argmin(0, None, True)",
             "m.cumsum(0, None, True)", "m.cumsum(5, None, True)", "np.cumsum(m, 0, None, True)"]:
    REDUCTIONS.append(call)
for out in ["np.zeros(2)", "np.zeros(2, dtype=int)", "np.zeros(2, dtype=np.float32)",
            "None", "(np.zeros(2),)", "5"]:
    REDUCTIONS.append(f"np.matmul(m, np.ones(3), out={out})")
REDUCTIONS += ["o = np.zeros(2); r = np.matmul(m, np.ones(3), o); r is o, o",
               "np.matmul(m, np.ones((3, 2)), out=np.zeros((2, 2)))",
               "o = np.zeros((2, 2)).T; np.matmul(m, np.ones((3, 2)), out=o); o",
               "np.matmul(np.arange(6).reshape(2, 3), np.ones(3, dtype=int), out=np.zeros(2))"]

# The ufunc methods: a bool axis is NumPy's TypeError (docbuild reduced along axis 1: wrong outputs); np.hypot,
# np.logaddexp and np.logaddexp2 are reorderable in NumPy (reduced over all axes, where docbuild said "not
# reorderable": wrong) and np.lcm is not (docbuild reduced it); a bitwise ufunc of an empty float array, or a
# reduceat without runs, is the loop's TypeError (docbuild gave the identity: wrong); np.power's and np.arctan2's
# reduceat runs of two elements (longer ones, which NumPy combines first and last only, are refused).
UFUNC_METHODS = ["m = np.array([[3.0, 1.0, 2.0], [0.5, 4.0, 2.5]])"]
for ufunc in ["add", "multiply", "maximum", "minimum", "logical_and", "subtract", "divide", "hypot", "bitwise_or"]:
    UFUNC_METHODS += [f"np.{ufunc}.reduce(m, True)", f"np.{ufunc}.reduce(m, (0, True))",
                      f"np.{ufunc}.accumulate(m, True)", f"np.{ufunc}.reduceat(m, [0, 2], np.True_)"]
UFUNC_METHODS += [
    "np.add.reduce(m, np.True_)", "np.add.reduce(m, [True])", "np.add.reduce(m, [0])", "np.add.reduce(m, [])",
    "np.maximum.reduce(m, [0])", "np.add.accumulate(m, [0])", "np.add.reduceat(m, [0], [1])", "np.add.reduce(m, range(1))",
    "np.add.reduce(m, np.array(0))", "np.add.reduce(m, (0.5,))", "np.add.reduce(m, 0.5)", "np.add.accumulate(m, (True,))",
    "np.lcm.reduce(np.array([[2, 3], [4, 5]]), None)",
    "np.lcm.reduce(np.array([[2, 3], [4, 5]]), (0, 1))", "np.lcm.reduce(np.array([[2, 3], [4, 5]]), 1)",
    "np.gcd.reduce(np.array([[2, 4], [6, 8]]), (0, 1))", "np.gcd.reduce(np.array([[2, 4], [6, 8]]), None)",
    "np.logaddexp2.reduce(m, 1)", "np.logaddexp.reduce(m, 0)", "np.hypot.reduce(np.array([1., 2., 3.]), None)",
    "np.hypot.reduce(m, 1)", "np.arctan2.reduceat(m, [0, 1], 1)", "np.arctan2.reduceat(m, [1, 0, 2], 1)",
    "np.power.reduceat(m, [0, 2], 1)", "np.power.reduceat(np.array([2, 3, 2]), [0])",
    "np.gcd.reduceat(m, [0])", "np.gcd.accumulate(m)",
    "np.bitwise_or.accumulate(m)", "np.bitwise_or.reduceat(m, [0, 1], 1)", "np.bitwise_or.reduceat(m, [], 1)",
    "np.bitwise_or.reduce(np.array([]))", "np.bitwise_or.accumulate(np.array([]))",
    "np.left_shift.reduce(np.array([]))", "np.bitwise_and.reduce(np.zeros((0, 3)), axis=0)",
    "np.bitwise_and.reduce(np.zeros((0, 3), dtype=int), axis=0)", "np.gcd.reduce(np.array([], dtype=int))",
    "np.hypot.reduce(np.array([]))", "np.logaddexp.reduce(np.zeros((2, 0)), axis=1)", "np.power.reduce(np.array([]))",
    "np.bitwise_xor.reduceat(np.array([5, 3, 6]), [], 0)",
]

# An array meeting None, a dict, a set, a function or a module in an operator: NumPy wraps the value as a 0-d array
# of dtype object and its object loop applies Python's operator to the first element and the value (docbuild named
# 'numpy.ndarray' in Python's TypeError: 261 wrong outputs of 2,322 generated statements); `@` is matmul's error
# for a 0-d operand. And CPython's `%` reading any value with `__getitem__` but a tuple or text as a mapping
# (`'x' % [1]` is 'x'; docbuild's "not all arguments converted").
OBJECT_OPERANDS = ["a = np.array([[1, 2], [3, 4]]); f = np.array([1.5, -2.0]); b = np.array([True, False])",
                   "c = np.array([1 + 2j]); u = np.array([3], dtype=np.uint8); h = np.array([0.5], dtype=np.float16)",
                   "def g(x): return x"]
for op in ["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "<", "<=", ">", ">="]:
    for array, other in [("a", "None"), ("f", "{}"), ("b", "{1}"), ("c", "None"), ("u", "g"), ("h", "np")]:
        OBJECT_OPERANDS.append(f"{array} {op} {other}")
        OBJECT_OPERANDS.append(f"{other} {op} {array}")
OBJECT_OPERANDS += [
    "a @ None", "None @ a", "np.array(2) @ None", "np.int8(1) @ None",
    "np.float64(1.5) + None", "None + np.int64(2)", "np.array(2.5) < None", "np.bool_(True) & None",
    "np.float32(2) * None", "-a + None", "a[0] - {}", "'x' % [1]", "'x' % range(3)", "'x' % np.float64(1)",
    "'x' % np.array([1, 2])", "'x' % b'a'", "'x' % bytearray(b'a')", "'x' % 'ab'", "'x' % (1,)", "'%s' % [1]",
    "'%s %s' % [1]", "b'x' % [1]", "b'x' % b'a'", "b'x' % 'a'", "b'x' % np.array([1])", "'x' % {1}", "'x' % 1.5",
    "'x' % None", "'%d' % [1]",
]
# In place: an array's ufunc cannot cast the object result back (NumPy's casting error, even for an empty array);
# a NumPy scalar's or an element's is the object loop's own TypeError (`+`, not `+=`).
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", "<<=", ">>="]:
    OBJECT_OPERANDS.append(f"x = np.array([1, 2]); x {op} None")
OBJECT_OPERANDS += [
    "x = np.array([1.5, 2.0]); x += {}", "x = np.array([True]); x *= {1}", "x = np.array([], dtype=int); x += None",
    "x = np.array(2); x += None", "x = np.array([[1, 2]]); x @= {}", "x = np.array([1], dtype=np.uint8); x -= g",
    "x = np.float64(1.5); x += None", "x = np.int64(1); x **= None", "x = np.float64(1.5); x &= None",
    "x = None; x += np.array([1])", "x = {}; x -= np.array([1.0])", "x = np.array([1, 2]); x[0] += None",
    "x = np.array([1, 2]); x[0] |= None", "x = np.array([1.5, 2]); x[1:] *= None", "x = np.array([1, 2]); x[[0]] += None",
    "x = [np.array([1, 2])]; x[0] += None", "x = 1; x += None", "x = [1]; x[0] += None",
]
# `%` with complex NumPy values: a 0-d complex array's `__float__` refuses it, a complex scalar converts by its real
# part (docbuild's "must be real number" and "a real number is required": wrong outputs).
OBJECT_OPERANDS += [
    "'%.2f' % np.array(1+2j)", "'%.2f' % np.complex128(1+2j)", "'%d' % np.array(1+2j)", "'%d' % np.complex128(1.7+2j)",
    "'%i' % np.complex64(-2.5)", "'%x' % np.complex128(3)", "'%d' % np.complex128(complex('nan'))",
    "'%e' % np.array([1+2j])", "'%g' % np.complex64(1)", "'%x' % np.array(1+2j)", "'%.2f' % np.array([1+2j, 2])",
]

# np.nan_to_num of a 0-d array is `x[()]`, a NumPy scalar, for int and bool arrays too (docbuild returned the 0-d
# array: found by `numpy_differential.py --seed 4446 --grammar creation`).
# np.dtype of a NumPy scalar is its type's dtype (docbuild's "Cannot interpret 'np.float32(1.0)' as a data type").
DTYPE_OF_SCALARS = [f"np.dtype({x})" for x in [
    "np.float32(1)", "np.int8(3)", "np.bool_(True)", "np.complex64(1)", "np.float64(2)", "np.float16(1)",
    "np.uint64(3)", "np.array(2.5)[()]", "np.array([1.5])", "np.array(2)"]]
DTYPE_OF_SCALARS += ["np.zeros(2, dtype=np.float32(1))", "np.zeros(2, np.int8(1))",
                     "np.array([1], dtype=np.float32(0)).dtype", "np.ones(2).astype(np.float32(1))"]
NAN_TO_NUM = [f"repr(np.nan_to_num({x}))" for x in [
    "np.array(3)", "np.array(3.5)", "np.array(np.nan)", "np.array(True)", "np.array(1 + 2j)", "3", "np.array([3])",
    "np.array(3, dtype=np.uint64)", "np.array(3, dtype=np.int8)", "np.array(-np.inf)", "np.int16(4)", "[np.nan]"]]

FIXTURES = {
    "457-shape-extents-past-64-bits-and-two-output-ufunc-outputs": (
        "an extent past 64 bits in the shape of np.zeros, reshape, np.broadcast_to or np.random.rand (NumPy's "
        "'Maximum allowed dimension exceeded'); the outputs of np.frexp, np.modf and np.divmod given as None, and "
        "NumPy's errors for an out= that is not a tuple of one entry per output; np.broadcast_to's shape checks.",
        ["import numpy as np"] + SHAPES + BROADCASTS + OUTPUTS,
    ),
    "458-reduction-positional-out-and-matmul-out": (
        "the reductions' positional out (ndarray.max/min and np.max/min take axis, out, keepdims; the methods any "
        "and all take axis, dtype, out, keepdims), NumPy's TypeError for an out that is no array, and np.matmul's "
        "out checked against its result.",
        ["import numpy as np"] + REDUCTIONS,
    ),
    "461-ufunc-method-axes-loops-and-reorderable-reductions": (
        "the ufunc methods' bool axes, NumPy's reorderable ufuncs (np.hypot, np.logaddexp and np.logaddexp2 are, "
        "np.lcm is not), the loop's TypeError for an empty array or a reduceat without runs, and reduceat runs of "
        "np.power and np.arctan2.",
        ["import numpy as np"] + UFUNC_METHODS,
    ),
    "462-array-operators-with-object-operands-and-percent-mappings": (
        "an array with None, a dict, a set, a function or a module in an operator (NumPy's object loop over the "
        "first element; in place, its casting error) and CPython's % reading a value with __getitem__ as a mapping.",
        ["import numpy as np"] + OBJECT_OPERANDS,
    ),
    "463-nan-to-num-of-zero-d-arrays": (
        "np.nan_to_num of a 0-d array: a NumPy scalar, for int and bool arrays too; np.dtype of a NumPy scalar.",
        ["import numpy as np"] + NAN_TO_NUM + DTYPE_OF_SCALARS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
