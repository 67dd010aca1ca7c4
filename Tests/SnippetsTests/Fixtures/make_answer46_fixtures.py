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
"""

import pathlib

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
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
