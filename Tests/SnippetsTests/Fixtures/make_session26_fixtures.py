#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print when a Python int of more than 64 bits meets a NumPy complex or
float scalar or array in an operator NumPy has no loop for. docbuild takes such an int as the float NumPy converts
it to, and its TypeError named the operand 'float' where CPython names 'int' (`2**70 // np.complex128(1+2j)`: a wrong
output the differential fuzzer found, `Fuzz/python_differential.py --seed 2602 --grammar npscalars`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session26_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/145-session26-big-int-operand-names.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "145-session26-big-int-operand-names.txt"

STATEMENTS = [
    "2**70 // np.complex128(1+2j)",
    "2 // np.complex128(1+2j)",
    "2**70 % np.complex128(1+2j)",
    "np.complex128(1+2j) // 2**70",
    "np.complex128(1+2j) % -2**70",
    "divmod(2**70, np.complex128(1+2j))",
    "divmod(np.complex128(1+2j), 2**70)",
    "2**70 // np.float64(2.0), 2**70 % np.float64(3.0), 2**70 + np.complex128(1j)",
    "2**70 // np.array([1j])",
    "np.array([1j, 2]) % 2**70",
    "x = 2**70",
    "x //= np.complex128(1+2j)",
    "x %= np.complex64(1)",
    "x",
    "2**70 & np.float64(1.0)",
    "2**70 @ np.array([1.0])",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_session26_fixtures.py",
        "a Python int beyond 64 bits named as an int in the TypeErrors of NumPy scalar operators",
        STATEMENTS,
    )
