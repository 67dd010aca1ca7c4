#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 37's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session37_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/329-*` fixture; rerunning gives identical bytes.

329: NumPy's legacy printing modes '1.21', '1.25', '2.1' and '2.2' (`np.set_printoptions(legacy=…)`, NumPy 2's
advice for code that wants NumPy 1's scalars: `3.0`, not `np.float64(3.0)`), which docbuild refused at the first
printed number: a number's repr is its str up to '1.25'; float32 and float16 values switch to scientific notation
where float64 values do up to '2.2' (scalars from 1e16, arrays from 1e8); a summarised array's repr names no shape up
to '2.2'; `legacy=False` restores NumPy 2's printing. (The fuzzer's tutorial grammar draws `legacy='1.25'`; the
statements after it were refused.)
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session37_fixtures.py"

# Printed the same way under each mode from '1.21' to '2.2', or differently, as the mode says.
NUMBERS = [
    "np.float64(3.0)",
    "np.float32(0.1)",
    "np.float16(0.1)",
    "np.int64(3)",
    "np.int8(-3)",
    "np.uint8(200)",
    "np.True_",
    "np.complex128(1+2j)",
    "np.complex64(1-2j)",
    "np.complex128(0j)",
    "np.float64('nan')",
    "np.float64(-0.0)",
    "np.float64(1e16)",
    "[np.float64(1.5), np.int64(2)]",
    "(np.float32(2.5),)",
    "{'a': np.True_}",
    "np.arange(3).sum()",
    "np.array([1.5, 2.5]).mean()",
    "np.linalg.norm(np.array([3.0, 4.0]))",
    "np.arange(6.0).reshape(2, 3).max(axis=0)",
    "np.round(np.float64(2.567), 2)",
    "repr(np.arange(3.0)[1])",
    "f'{np.float32(1e7)!r}'",
    "f'{np.float32(1e7)}'",
    "np.float32(1e7)",
    "np.float32(16777216.0)",
    "np.float32(1e15)",
    "np.float32(1e16)",
    "np.float32(1e-4)",
    "np.float16(999)",
    "np.float16(2048)",
    "np.float16(65504)",
    "np.complex64(1e7+1j)",
    "str(np.float32(1e7))",
    "print(np.float32(1e7), np.float16(5000))",
    "np.array([1e7], dtype=np.float32)",
    "np.array([1e7, 1], dtype=np.float32)",
    "np.array([1e8, 2], dtype=np.float32)",
    "np.array([1000, 2], dtype=np.float16)",
    "np.array([1e6, 2], dtype=np.float32)",
    "np.array(np.float32(1e7))",
    "np.arange(2000)",
    "np.arange(2000.).reshape(40, 50)",
    "np.arange(2000.).astype(np.float32) * 1e6",
    "print(np.arange(2000))",
    "np.array2string(np.arange(2000))",
    "np.zeros((0, 3))",
    "np.ma.array([1., 2.], mask=[0, 1])",
    "np.ma.array([1., 2.], mask=[0, 1]).sum()",
    "np.polynomial.Polynomial([1.0, 2.0])",
    "np.matrix([[1.0, 2.0]])",
    "np.get_printoptions()['legacy']",
]

MODES = [
    "np.get_printoptions()['legacy']",
    "np.set_printoptions(legacy='1.25')",
    *NUMBERS,
    "np.set_printoptions(legacy='2.2')",
    *NUMBERS,
    "np.set_printoptions(legacy='2.1')",
    "np.float64(3.0)", "np.float32(1e7)", "np.arange(2000)", "np.get_printoptions()['legacy']",
    "np.set_printoptions(legacy='1.21')",
    "np.float64(3.0)", "np.float32(1e7)", "np.arange(2000)", "np.get_printoptions()['legacy']",
    "with np.printoptions(legacy=False):\n    print(repr(np.float64(3.0)), repr(np.float32(1e7)))",
    "np.float64(3.0)",
    "np.set_printoptions(legacy=False)",
    "np.float64(3.0)", "np.float32(1e7)", "np.arange(2000)", "np.get_printoptions()['legacy']",
    "with np.printoptions(legacy='1.25'):\n    print([np.float64(1.5), np.int64(2), np.True_])",
    "[np.float64(1.5), np.int64(2), np.True_]",
]

FIXTURES = [
    ("329-session37-legacy-printing-modes",
     "NumPy's legacy printing modes '1.21', '1.25', '2.1' and '2.2' for numbers and numeric arrays", MODES),
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
