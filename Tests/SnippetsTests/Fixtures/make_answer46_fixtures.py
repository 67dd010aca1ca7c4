#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 46's answer46 work (issue 10, NumPy
breadth).

Run: `python3 Tests/SnippetsTests/Fixtures/make_answer46_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/480-*` to `483-*` fixtures; rerunning gives identical bytes.

480: NumPy's scalar types given Python ints past 63 bits (`np.uint64(2**63)` is a uint64; the other integer types'
OverflowErrors, uint32's "out of bounds" for ints below 2**64; floats through Python's `float(n)`), Python floats given
to integer scalar types (read through `int()`), and uint64 values from 2**63 up used as shapes ("Maximum allowed
dimension exceeded"), array and sequence indices, slice bounds, repeat counts, and in arithmetic (`//`, `%`, `**` in
NumPy's unsigned loops).
481: NumPy scalars and arrays of every dtype compared with Python ints past 63 bits (NEP 50: integers exactly, floats
and complexes through `float(n)` and its OverflowError, bools the C long OverflowError), by the operators in both
orders and by the comparison ufuncs.
482: reductions (np.sum, np.prod, np.max, np.min, np.mean, the methods, ufunc.reduce) into an out of another dtype:
NumPy's loop in the dtype out and input promote to, sums and products from the identity with one cast into the out,
maxima and minima from each output's first element cast into the out (`[300, 100]` into int8 is 100), means divided
in the out; the out's dimension errors before an empty reduction's own (keepdims' wording too).
483: type(), repr(), str() of NumPy's functions (`numpy._ArrayFunctionDispatcher`, C builtins, plain functions; an
address any address), isinstance with the dispatcher class, messages naming it; and writes through a flat iterator
(`a.flat[i] = v` by the dtype's conversion, any failure "Error setting single item of array."; a selection cast).
Addresses change from run to run, so each printed one becomes 0x7f0000001000, 0x7f0000002000, … in turn.
"""

import itertools
import pathlib
import re

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_answer46_fixtures.py"

SCALAR_TYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32",
                "float64", "complex64", "complex128", "bool_", "intp", "uintp", "uint"]
WIDE_SCALARS = []
for name in SCALAR_TYPES:
    for value in ["2**63", "2**64 - 1", "2**64", "-2**63 - 1", "2**100 + 2**76 + 1", "2**1024",
                  "'18446744073709551615'", "'18446744073709551616'", "2.0**63", "-1.0", "1e300", "300.0", "255.9"]:
        WIDE_SCALARS.append(f"np.{name}({value})")
WIDE_SCALARS += [
    "s = np.uint64(2**63); m = np.uint64(2**64 - 1); z = np.array(2**63, dtype=np.uint64)",
    "a = np.arange(6).reshape(2, 3)",
    "s, m, z, type(s), s.dtype",
    "np.zeros(s)", "np.zeros(m)", "np.zeros((2, s))", "np.ones(s)", "np.empty((s, 0))", "np.full(s, 1)",
    "np.zeros(z)", "np.ones((1, z), dtype=bool)", "a.reshape(s)", "a.reshape((s,))", "np.reshape(a, s)",
    "a.reshape(s, 2)", "np.broadcast_to(1, (s,))", "np.random.rand(s)", "np.eye(s)",
    "[1, 2][s]", "[1, 2][z]", "(1, 2)[m]", "'ab'[s]", "b'ab'[s]", "bytearray(b'ab')[s]", "range(5)[s]",
    "x = [1, 2]; x[s] = 5", "a.shape[s]", "bytearray(b'ab')[2**63]", "x = bytearray(b'ab'); x[2**63] = 1",
    "b'ab'[np.int64(1)], b'ab'[np.uint8(0)]",
    "'ab'[s:], [1, 2][s:], [1, 2][:s], [1, 2][::s], [1, 2][-s:]",
    "np.arange(3)[s:], np.arange(3)[:s], np.arange(3)[::s], range(0, 10)[s:]",
    "np.arange(3)[s]", "np.arange(3)[z]", "a[s]", "a[1, s]", "a[s, ...]", "a[:, m]", "x = np.arange(3); x[s] = 1",
    "a.item(s)", "a.item(1, s)", "[0] * s", "s * [0]", "'a' * m", "(0,) * s", "len([0]) * s",
    "s + 1, s - 1, 1 + s, s * 2, s / 2, s & 2**63, s | 1, s << 1, s >> 62, -s, ~s, abs(s)",
    "s + 2**63, m + 1, m - 2**63, m + 1.0",
    "s + 2**64", "m - 2**64", "s // -1",
    "int(s), float(s), str(s), s.item(), hash(s) == hash(2**63), bool(s), round(s), s.bit_count()",
    "np.array([s, 1]), np.array([s]), np.int64(s), np.uint8(s), np.float32(s), s.astype(np.int64)",
    "s + np.int64(1), s + np.uint64(1), m + np.int8(-1), np.float32(1) + s, s + np.array([1, 2])",
]
for left in ["np.uint64(2**63)", "np.uint64(2**64 - 1)", "np.uint64(7)", "np.array([2**63, 5, 2**64 - 1], dtype=np.uint64)",
             "np.array(2**64 - 3, dtype=np.uint64)"]:
    for right in ["3", "0", "2**63", "2**64 - 1", "np.uint64(3)", "np.uint64(0)", "np.uint8(7)", "np.int64(3)", "True",
                  "np.array([2, 0, 3], dtype=np.uint64)", "64", "65"]:
        WIDE_SCALARS.append(f"{left} // {right}, {left} % {right}, {left} ** {right}")
        WIDE_SCALARS.append(f"{right} // {left}, {right} % {left}, {right} ** {left}")
WIDE_SCALARS += [
    "np.floor_divide(np.uint64(2**64 - 1), np.uint64(10)), np.remainder(np.uint64(2**64 - 1), 7)",
    "np.power(np.array([2**63, 9], dtype=np.uint64), 3), np.mod(np.uint64(12), np.uint64(0))",
    "divmod(np.uint64(2**63 + 7), 10), np.divmod(np.uint64(2**64 - 1), np.uint64(2**32))",
    "x = np.array([2**63, 5], dtype=np.uint64); x //= 3; x", "x = np.array([3, 5], dtype=np.uint64); x **= 40; x",
    "x = np.uint64(2**63); x //= 7; x", "x = np.uint64(3); x **= 41; x", "x = np.uint64(2**63); x %= 2**63 + 1; x",
]

COMPARE_VALUES = ["np.int8(5)", "np.uint8(200)", "np.int16(-7)", "np.uint16(9)", "np.int32(3)", "np.uint32(4)",
                  "np.int64(-1)", "np.uint64(2**64 - 1)", "np.bool_(True)", "np.float64(1.5)", "np.float32(3e38)",
                  "np.float16(np.inf)", "np.complex128(1)", "np.float32(2**100)", "np.array([1, 2], dtype=np.int8)",
                  "np.array([[1, 2]], dtype=np.uint64)", "np.array(True)", "np.array([1.0, np.nan])",
                  "np.array([1+1j])", "np.array(2, dtype=np.uint8)", "np.array([], dtype=np.int32)",
                  "np.arange(3).flat", "np.arange(6).reshape(2, 3)[:, ::2]", "np.float64(np.inf)"]
COMPARISONS = []
for value in COMPARE_VALUES:
    for big in ["2**63", "-2**63 - 1", "2**64", "2**1024", "-2**1024", "2**100 + 2**76 + 1", "2**1000"]:
        COMPARISONS.append(f"{value} < {big}, {value} == {big}, {value} >= {big}")
        COMPARISONS.append(f"{value} != {big}, {value} > {big}, {value} <= {big}")
        COMPARISONS.append(f"{big} > {value}, {big} == {value}")
for function in ["np.less", "np.less_equal", "np.greater", "np.equal", "np.greater_equal", "np.not_equal"]:
    for a, b in [("np.int8(5)", "2**63"), ("2**70", "np.array([1, 2])"), ("np.uint64(3)", "2**64"),
                 ("np.float64(3)", "2**64"), ("True", "2**64"), ("np.array([True])", "2**64"),
                 ("np.array([1.5])", "-2**1024"), ("np.uint64(2**63)", "2**63")]:
        COMPARISONS.append(f"{function}({a}, {b})")
COMPARISONS += [
    "x = np.arange(4); x[x < 2**70]", "x = np.arange(4, dtype=np.uint16); (x > -2**65).all(), (x == 2**66).any()",
    "x = np.int8(5); y = x < 2**63; type(y), y.dtype", "sorted([np.int64(3), 2**70, np.uint8(1), -2**65])",
    "max(np.int32(7), 2**64), min([np.float32(1), -2**70])", "np.int64(5) in [2**63, 5]",
    "np.where(np.arange(3) < 2**64, 1, 0)", "[s for s in [np.int8(1), np.uint64(2**64 - 1)] if s < 2**64]",
]

NARROW_INPUTS = [
    "np.array([[100, -7, 120, 3], [100, 50, -128, 9], [27, 1, 5, -3]], dtype=np.int8)",
    "np.array([[200, 7, 255, 3], [100, 50, 128, 9], [27, 1, 5, 250]], dtype=np.uint8)",
    "np.array([[300, -7, 2**40, 3], [100, 130, -2**33, 9], [27, 1, 256, -3]])",
    "np.array([[1.5, -2.25, 100.7, 0.1], [3.3, 2.5, -0.5, 9.75], [0.3, 1.0, 5.5, -3.0]])",
    "np.array([[True, False, True, True], [False, False, True, False], [True, True, True, False]])",
    "np.arange(24).reshape(2, 3, 4) * 37 - 300", "np.full((4, 3), 0.5)", "np.array([300, 100, -200, 250, 7])",
]
NARROW_OUTPUTS = []
for made in NARROW_INPUTS:
    x = eval(made)
    for axis in ["0", "-1", "None"]:
        for form, outs in [
            ("np.sum(x, axis={axis}, out=o)", ["np.int8", "np.uint8", "np.int16", "np.float32", "np.bool_"]),
            ("np.prod(x, axis={axis}, out=o)", ["np.int8", "np.bool_"]),
            ("np.max(x, axis={axis}, out=o)", ["np.int8", "np.uint8", "np.float16", "np.bool_"]),
            ("x.min({axis}, o)", ["np.int8", "np.uint8", "np.bool_"]),
            ("np.maximum.reduce(x, axis={axis}, out=o)", ["np.int8", "np.int16"]),
            ("np.add.reduce(x, axis={axis}, out=o)", ["np.int8", "np.float16"]),
            ("np.mean(x, axis={axis}, out=o)", ["np.int8", "np.int64", "np.float32"]),
            ("np.max(x, axis={axis}, out=o, keepdims=True)", ["np.int8"]),
        ]:
            statement = form.format(axis=axis)
            shape = eval(statement.replace(", out=o", "").replace(", o)", ")"), {"np": np, "x": x}).shape
            for out in outs:
                # A float outside an integer out's range is cast by the CPU (snippets refuse it): left out.
                with np.errstate(all="ignore"):
                    plain = eval(statement.replace(", out=o", "").replace(", o)", ")"), {"np": np, "x": x})
                # (maxima and minima cast each output's first element, means their sum: those too).
                if out != "np.bool_" and not np.issubdtype(eval(out), np.floating):
                    info = np.iinfo(eval(out))
                    sums = np.sum(x, axis=eval(axis), dtype=np.float64)
                    cast = [plain] + ([x] if "max" in form or "min" in form else []) + ([sums] if "mean" in form else [])
                    if (x.dtype.kind == "f" or "mean" in form) and not all(
                            np.all((c >= info.min) & (c <= info.max)) for c in cast):
                        continue
                NARROW_OUTPUTS.append(f"x = {made}; o = np.ones({shape}, dtype={out}); r = {statement}; r, r is o")
NARROW_OUTPUTS += [
    "np.max(np.array([[300, 100]]), axis=1, out=np.zeros(1, np.int8)), np.max(np.array([[100, 300]]), axis=1, "
    "out=np.zeros(1, np.int8))",
    "np.min(np.array([[-1, 0]]), axis=1, out=np.zeros(1, bool)), np.max(np.array([[-1, 0]]), axis=1, "
    "out=np.zeros(1, bool))",
    "np.sum(np.full((4, 1), 0.5), axis=0, out=np.zeros(1, int)), np.prod(np.array([[0.5, 4]]), axis=1, "
    "out=np.zeros(1, int))",
    "np.sum(np.array([[1+2j, 3-1j]]), axis=1, out=np.zeros(1)), np.max(np.array([[1+2j, 3-1j]]), axis=1, "
    "out=np.zeros(1))",
    "np.mean(np.array([[1, 2], [4, 4]]), axis=1, out=np.ones(2, np.uint8), dtype=np.float32)",
    "np.mean(np.array([[1., 2], [4, 4.5]], np.float32), axis=1, out=np.ones(2, np.float64))",
    "np.sum(np.full(8192, 0.7), out=np.zeros((), np.int64)), np.sum(np.full(20000, 100), out=np.zeros((), np.int8))",
    "np.max(np.zeros((0, 2)), axis=0, out=np.zeros((1, 2)))",
    "np.max(np.zeros((0, 2)), axis=0, out=np.zeros((1, 2)), keepdims=True)",
    "np.max(np.zeros((0, 2)), axis=0, out=np.zeros((2,)), keepdims=True)",
    "np.max(np.zeros((0, 2)), out=np.zeros(()))", "np.max(np.zeros((0, 2)), out=np.zeros((1,)))",
    "np.min(np.zeros((2, 0)), axis=0, out=np.zeros(0))", "np.min(np.zeros((2, 0)), axis=1, out=np.zeros(2, int))",
    "np.zeros((0, 2)).max(axis=0, out=np.zeros(2))", "np.maximum.reduce(np.zeros((0, 2)), axis=0, out=np.zeros(2))",
    "np.max(np.zeros((0, 2)), axis=5, out=np.zeros(2))", "np.mean(np.zeros((2, 0)), axis=1, out=np.ones(2))",
    "np.sum(np.ones((2, 3)), axis=0, out=np.zeros(3), keepdims=True)",
    "np.mean(np.array(2.75), axis=0, out=np.zeros((), np.int8))",
]

FUNCTION_TEXT = []
for name in ["np.concatenate", "np.sum", "np.mean", "np.where", "np.dot", "np.array", "np.zeros", "np.arange",
             "np.linalg.norm", "np.linalg.inv", "np.fft.fft", "np.fft.fftfreq", "np.concat", "np.permute_dims",
             "np.amax", "np.reshape", "np.einsum", "np.unique", "np.vdot", "np.broadcast_shapes", "np.asarray",
             "np.char.upper", "np.isclose"]:
    FUNCTION_TEXT += [f"type({name})", f"print({name})", f"{name}", f"type({name}).__name__",
                      f"isinstance({name}, type(np.concatenate))", f"[{name}]"]
# str() makes a value of the text, so only the texts without an address are shown by it.
FUNCTION_TEXT += ["str(np.concatenate)", "str(np.array)", "str(np.where)", "str([np.zeros])"]
FUNCTION_TEXT += [
    "np.sum + 1", "np.concatenate * 2", "-np.dot", "np.sum[0]", "len(np.sum)", "np.array + 1", "np.add + 1",
    "{np.sum: 1, np.mean: 2}", "(np.sum, np.dot, np.array, np.add)", "f'{np.concatenate}'", "'%s' % np.where",
    "format(np.dot)", "print(np.dot, np.sum)", "type(type(np.sum))", "np.sum.__name__", "np.concat.__name__", "isinstance(np.add, type(np.sum))",
    "isinstance(len, type(np.sum))", "type(np.sum) == type(np.mean)", "type(np.sum) is type(np.where)",
    "type(np.sum) != type(np.array)", "f = np.sum; type(f), f",
    "np.sum.foo", "np.concatenate.foo", "np.array.foo", "np.fft.fft.foo", "np.linalg.norm.nin", "np.sum.__defaults__",
    "x = np.array; x.foo = 1",
]
FLAT_WRITES = []
for value in ["np.int16(30000)", "np.int16(100)", "np.int64(-129)", "np.uint8(200)", "np.uint64(2**63)",
              "np.float64(1.5)", "np.bool_(True)", "300", "-129", "1.5",
              "np.array(30000, dtype=np.int16)", "np.array([30000], dtype=np.int16)", "[300, 1]"]:
    for target in ["np.zeros(3, np.int8)", "np.zeros(3, np.uint8)", "np.zeros((2, 2), np.int16)", "np.zeros(3, np.int64)",
                   "np.zeros(3, np.float16)", "np.zeros(3, bool)", "np.zeros((2, 3), np.int8)[:, ::2]"]:
        for index in ["0", "-1", "[0, 1]", "1:", "...", "np.int64(1)"]:
            FLAT_WRITES.append(f"a = {target}; a.flat[{index}] = {value}; a")
FLAT_WRITES += [
    "a = np.zeros(3, np.int64); a.flat[0] = np.float64(np.nan)", "a = np.zeros(3, np.int64); a.flat[0] = float('inf')",
    "a = np.zeros(3); a.flags.writeable = False; a.flat[0] = np.int16(30000)",
    "a = np.zeros(3, np.int8); a.flat[5] = np.int16(30000)",
]

FIXTURES = {
    "480-numpy-scalars-of-python-ints-past-63-bits": (
        "NumPy's scalar types given Python ints past 63 bits and Python floats past their range, and uint64 values "
        "from 2**63 up used as shapes, indices, slice bounds, repeat counts and in arithmetic.",
        ["import numpy as np"] + WIDE_SCALARS,
    ),
    "481-comparisons-with-python-ints-past-63-bits": (
        "NumPy scalars and arrays of every dtype compared with Python ints past 63 bits, by the operators in both "
        "orders and by the comparison ufuncs.",
        ["import numpy as np"] + COMPARISONS,
    ),
    "482-reductions-into-a-narrower-out": (
        "reductions into an out of another dtype than their loop's (sums and products from the identity, maxima and "
        "minima from each output's first element cast into the out, means divided in the out) and the out's "
        "dimension errors before an empty reduction's.",
        ["import numpy as np"] + NARROW_OUTPUTS,
    ),
    "483-numpy-function-classes-and-flat-iterator-writes": (
        "type(), repr() and str() of NumPy's functions and the messages naming their class, and writes of NumPy "
        "scalars and Python numbers through a flat iterator.",
        ["import numpy as np"] + FUNCTION_TEXT + FLAT_WRITES,
    ),
}



def rewrite_addresses(path: pathlib.Path) -> None:
    """Each printed address in turn becomes 0x7f0000001000, 0x7f0000002000, …: CPython's change from run to run."""
    numbers = itertools.count(1)
    path.write_text(re.sub(r"0x[0-9a-f]{6,}", lambda m: f"0x7f{next(numbers):07x}000", path.read_text()))


if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
        rewrite_addresses(HERE / "interpreter" / f"{name}.txt")
