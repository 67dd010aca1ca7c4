#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints when a Python complex meets an `np.float64` under an operator.

`np.float64` is a subclass of Python's float and `complex` is not a NumPy type, so in `1j + np.float64(3.0)` complex's
own method runs first, accepts the float and gives a Python complex, `(3+1j)`; with the scalar on the left, or any
other NumPy scalar type (float32, int64, bool_, complex128, a 0-d array) on the right, NumPy's method decides and the
result is a NumPy scalar. Comparisons follow the same order: complex answers `==` and `!=` with a Python bool and
leaves `<` to NumPy. `isinstance` and `issubclass` see the same hierarchy (np.complex128 is a complex, np.float64 a
float, neither np.float32 nor np.int64 a Python type's subclass). The differential fuzzer (`Fuzz/numpy_differential.py --grammar scalars --seed 901`) found
docbuild printing `np.complex128(0.00030184123151222455j)` for `1j / np.float64(3313.0)`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_subclass_operand_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/90-complex-and-float64-operands.txt`; rerunning gives identical bytes.
"""

import pathlib
import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "90-complex-and-float64-operands.txt"

LEFT = ["1j", "(2-3j)", "complex(1.5, 0)", "-0j", "complex(float('inf'), 1)"]
RIGHT = ["np.float64(3.0)", "np.float64(-0.5)", "np.float64(3313.0)", "np.float64(0.0)", "np.float64('nan')"]
OPERATORS = ["+", "-", "*", "/", "//", "%", "==", "!=", "<"]
# CPython computes a complex power by repeated squaring only for integer exponents up to 100 (`c_powi`); docbuild
# refuses the others (libm's last bits), so the powers here are those.
EXPONENTS = ["np.float64(3.0)", "np.float64(0.0)", "np.float64(-2.0)", "np.float64(100.0)"]

OTHER_TYPES = [
    "1j + np.float32(3.0)",
    "1j + np.float16(2)",
    "1j + np.int64(3)",
    "1j + np.bool_(True)",
    "1j + np.complex128(1)",
    "1j + np.array(2.0)",
    "1j * np.array([1.0, 2.0])",
    "np.float64(3.0) + 1j",
    "np.float64(3.0) / 1j",
    "2.0 + np.float64(1.0)",
    "2 + np.float64(1.0)",
    "True + np.float64(1.0)",
    "pow(1j, np.float64(2))",
    "pow(1j, np.float64(-3))",
    "abs(1j * np.float64(3.0))",
    "type(1j + np.float64(1.0)).__name__",
    "type(np.float64(1.0) + 1j).__name__",
    "z = 2j",
    "z += np.float64(1.5)",
    "z",
    "z *= np.float64(-1.0)",
    "z",
    "z /= np.float64(4.0)",
    "print(z, type(z).__name__)",
    "[1j * x for x in np.array([1.0, 2.0])]",
    "sum([1j, np.float64(2.0)])",
    "(1+2j) == np.float64(1.0), (1+0j) == np.float64(1.0), (1+0j) != np.float64(1.0)",
    "f'{1j + np.float64(0.25)}'",
]


# Which types NumPy's scalars subclass, as isinstance and issubclass see them, and Python functions given them.
SUBCLASSES = [
    "import math",
    'isinstance(np.float64(1), float)',
    'isinstance(np.complex128(1), complex)',
    'isinstance(np.int64(1), int)',
    'isinstance(np.bool_(True), bool)',
    'isinstance(np.float32(1), float)',
    'issubclass(np.float64, float)',
    'round(np.float64(2.5))',
    'round(np.float64(2.567), 2)',
    'math.floor(np.float64(2.5))',
    'math.sqrt(np.float64(2.0))',
    'divmod(7, np.float64(2.0))',
    'divmod(7.5, np.float64(2.0))',
    'float(np.float64(2.5)) + 1j',
    "{np.float64(1.0): 'a'}[1]",
    '[1, 2, 3][np.int64(1)]',
    "'%s' % np.float64(1.5)",
    "'%.3f' % np.float64(1.5)",
    "'%d' % np.float64(1.5)",
    'str(np.float64(1e16))',
    '1j.conjugate() * np.float64(2)',
    'complex(np.float64(2))',
    'max(1j.imag, np.float64(0.5))',
    '2 ** np.float64(0.5)',
    '(-8) ** np.float64(1/3)',
    '3 // np.float64(0.0)',
    '1j + np.float64(1) + np.float32(1)',
    'sum([np.float64(1), 1j])',
    'sum([1j, np.float64(1)], 2j)',
    'np.float64(1) + 1j + 1',
    'abs(np.float64(-2)) * 1j',
    'isinstance(np.complex64(1), complex)',
    'isinstance(1j, complex)',
    'isinstance(np.float64(1), complex)',
    'isinstance(np.array(1j), complex)',
    'isinstance(np.complex128(1), (int, complex))',
    'issubclass(np.float32, float)',
    'issubclass(np.complex128, complex)',
    'issubclass(np.complex64, complex)',
    'issubclass(np.int64, int)',
    'issubclass(np.bool_, int)',
    'issubclass(np.float64, np.floating)',
    'issubclass(np.float64, np.integer)',
    'issubclass(np.int8, np.signedinteger)',
    'issubclass(np.uint8, np.signedinteger)',
    'issubclass(np.float64, np.generic)',
    'issubclass(np.float64, np.number)',
    'issubclass(np.float64, np.inexact)',
    'issubclass(np.float64, np.float64)',
    'issubclass(np.float64, np.float32)',
    'issubclass(np.double, np.float64)',
    'issubclass(np.float64, object)',
    'issubclass(float, np.float64)',
    'issubclass(float, np.floating)',
    'issubclass(np.float64, (int, float))',
    'issubclass(np.float64, np.ndarray)',
    'issubclass(np.float16, np.floating)',
    'issubclass(np.bool_, np.number)',
    'issubclass(np.bool_, np.generic)',
    'issubclass(np.complex128, np.complexfloating)',
    'issubclass(np.float64, len)',
    'issubclass(np.float64, ValueError)',
    'issubclass(np.float64, str)',
    'issubclass(np.float64, np.datetime64)',
]


def main():
    statements = [f"{a} {op} {b}" for a in LEFT for b in RIGHT for op in OPERATORS]
    statements += [f"{a} ** {b}" for a in LEFT for b in EXPONENTS] + OTHER_TYPES + SUBCLASSES
    write_numpy_fixture(
        OUTPUT, "make_subclass_operand_fixtures.py",
        'a Python complex against np.float64, a float subclass, and against the NumPy types that are '
        "not, and which Python types NumPy's scalar types subclass.",
        statements)


if __name__ == "__main__":
    main()
