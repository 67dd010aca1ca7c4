#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print when a Python int of more than 64 bits meets a NumPy complex or
float scalar or array in an operator NumPy has no loop for. docbuild takes such an int as the float NumPy converts
it to, and its TypeError named the operand 'float' where CPython names 'int' (`2**70 // np.complex128(1+2j)`: a wrong
output the differential fuzzer found, `Fuzz/python_differential.py --seed 2602 --grammar npscalars`).

And an int's rational and complex parts (`numerator`, `denominator`, `real`, `imag`, `conjugate()`) at any size and
for bools, which docbuild refused beyond 63 bits (`real`/`imag`/`conjugate`) or for every int (`numerator`).

And autograd 1.9.1 differentiating a function of a Python float argument: its box holds the float itself, so `x[()]`
is the float's TypeError (docbuild printed `array(1.)`, reported by reach26b), while `x.shape`, `x.ndim` and what
`autograd.numpy` functions return (NumPy values) index and answer as NumPy's do.

And isinstance() of NumPy's other arrays: a structured array and a recarray are ndarrays, a record is a np.void, and a
masked array, a slice of one and np.ma.masked are ndarrays (np.ma.masked a MaskedArray too); docbuild answered False
to each (reported by numpy26).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session26_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/145-session26-big-int-operand-names.txt` and `interpreter/146-session26-int-parts.txt` and `interpreter/147-session26-autograd-python-float-argument.txt` and
`interpreter/148-session26-isinstance-of-other-arrays.txt`; rerunning gives identical bytes.
"""

import pathlib
import warnings

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "145-session26-big-int-operand-names.txt"
PARTS_OUTPUT = HERE / "interpreter" / "146-session26-int-parts.txt"
ISINSTANCE_OUTPUT = HERE / "interpreter" / "148-session26-isinstance-of-other-arrays.txt"
AUTOGRAD_OUTPUT = HERE / "interpreter" / "147-session26-autograd-python-float-argument.txt"

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

PARTS_STATEMENTS = [
    "(10**20 + 7).imag, (10**20 + 7).real, (-(10**25)).conjugate(), (2**100).numerator, (2**100).denominator",
    "str((-(10**25)).conjugate()), repr((2**100 - 1).conjugate()), (-2**64).real + 1",
    "(5).numerator, (-3).denominator, True.numerator, False.denominator, type(True.numerator), type(False.real)",
    "x = 7",
    "x.numerator / x.denominator, x.conjugate(), x.imag, (0).numerator",
    "(2.5).numerator",
    "(2.5).denominator",
    "(1j).numerator",
    "True.conjugate(), type(True.conjugate()), True.imag",
    "sum(n.denominator for n in [1, 2**80, True])",
]

AUTOGRAD_STATEMENTS = [
    "import autograd.numpy as anp",
    "from autograd import grad, value_and_grad, elementwise_grad",
    "grad(lambda x: x[()])(0.5)",
    "grad(lambda x: x[0])(0.5)",
    "grad(lambda x: x[None])(0.5)",
    "value_and_grad(lambda x: x[...] * 2)(0.5)",
    "grad(lambda x: x * x.ndim + x.size)(1.5)",
    "grad(lambda x: (x * 2)[()])(1.5)",
    "grad(lambda x: anp.sin(x)[()])(1.5)",
    "grad(lambda x: x[()])(anp.float64(0.5))",
    "grad(lambda x: x[()])(anp.array(0.5))",
    "grad(lambda x: anp.reshape(x, (1,))[0])(anp.array(0.5))",
    "grad(lambda x: anp.sum(x))(1.5), grad(lambda x: x.T)(1.5), grad(lambda x: x.sum())(1.5)",
    "def f(x):\n    print(x.shape, x.ndim)\n    return x * 3",
    "grad(f)(2.0)",
    "elementwise_grad(lambda x: x[()] * 2)(2.0)",
    "grad(lambda x: anp.cumsum(x)[0])(anp.array([1.5, 2.0])), grad(lambda x: x.cumsum()[-1])(anp.array(2.0))",
]

ISINSTANCE_STATEMENTS = [
    "s = np.array([(1, 2.0)], dtype=[('a', int), ('b', float)])",
    "isinstance(s, np.ndarray), isinstance(s[0], np.ndarray), type(s[0]), isinstance(s[0], np.void), isinstance(s, np.void)",
    "isinstance(s[:1], np.ndarray), isinstance(s['a'], np.ndarray), isinstance(s, (int, np.ndarray))",
    "r = np.rec.array([(1, 2.0)], dtype=[('a', int), ('b', float)])",
    "isinstance(r, np.ndarray), isinstance(r[0], np.ndarray), type(r[0]), isinstance(r, np.recarray)",
    "isinstance(s, np.recarray), isinstance(r[0], np.record), isinstance(r[0], np.void), isinstance(s[0], np.record)",
    "m = np.ma.array([1, 2], mask=[0, 1])",
    "isinstance(m, np.ma.MaskedArray), isinstance(m, np.ndarray), isinstance(m[0], np.ndarray)",
    "isinstance(m[1], np.ndarray), isinstance(m[:1], np.ndarray), isinstance(m[:1], np.ma.MaskedArray)",
    "isinstance(np.ma.masked, np.ma.MaskedArray), isinstance(np.ma.masked, np.ndarray), isinstance(m[1], np.ma.MaskedArray)",
    "isinstance(m, (int, np.ndarray)), isinstance(np.ma.masked, np.ma.MaskError), isinstance(m.data, np.ndarray)",
]

if __name__ == "__main__":
    write_numpy_fixture(
        ISINSTANCE_OUTPUT,
        "make_session26_fixtures.py",
        "isinstance() of structured arrays, recarrays, records and masked arrays",
        ISINSTANCE_STATEMENTS,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_numpy_fixture(
            AUTOGRAD_OUTPUT,
            "make_session26_fixtures.py",
            "autograd differentiating a function of a Python float argument: its box holds the float",
            AUTOGRAD_STATEMENTS,
        )
    write_numpy_fixture(
        PARTS_OUTPUT,
        "make_session26_fixtures.py",
        "an int's numerator, denominator, real, imag and conjugate() at any size",
        PARTS_STATEMENTS,
    )
    write_numpy_fixture(
        OUTPUT,
        "make_session26_fixtures.py",
        "a Python int beyond 64 bits named as an int in the TypeErrors of NumPy scalar operators",
        STATEMENTS,
    )
