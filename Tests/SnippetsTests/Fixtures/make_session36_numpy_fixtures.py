#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the NumPy features session 36 (numpy36, issue 10) checked:
NumPy's C type aliases on Linux x86-64. `'i'`/`np.intc` are int32, `'l'`, `'p'`, `np.int_`, `np.intp` and `np.long`
int64 (`char` `'l'`) and `'L'`, `'P'`, `np.uintp`, `np.ulong` uint64 (`'L'`); the C long long dtypes `'q'`, `'Q'`,
`np.longlong`, `np.ulonglong` are dtypes of their own that compare equal to int64 and uint64 (docbuild refuses to make
their arrays, checked in `Numpy36RefusalTests`; what does not tell them apart is here: their classes' echo, equality,
`np.can_cast`, `np.iinfo`, `np.finfo`'s error, abstract `np.issubdtype`, `isinstance`, and `np.asfortranarray` of an
int64 array copied, which keeps `'l'`).

And NumPy's floating-point error modes set to 'raise' (`np.seterr`, `with np.errstate(...)`): FloatingPointError
with NumPy's message for `+ - * / // %` of numbers and int or float64 arrays and scalars (NumPy names a scalar's
operation "scalar multiply"; integer scalars overflow, integer arrays wrap silently; integer division by zero is a
divide event) and for `np.sqrt`, `np.log`, `np.log2`, `np.log10`, with NumPy's order of the categories (divide by
zero, overflow, underflow, invalid value) when one operation sets several.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session36_numpy_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/304-numpy36-c-type-aliases.txt` and `305-numpy36-floating-point-errors-raised.txt`; rerunning gives
identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
ALIASES_OUTPUT = HERE / "interpreter" / "304-numpy36-c-type-aliases.txt"
RAISE_OUTPUT = HERE / "interpreter" / "305-numpy36-floating-point-errors-raised.txt"

ALIASES_STATEMENTS = [
    # The aliases that are int32, int64 and uint64 themselves.
    "np.array([1, 2], dtype='i'), np.array([1, 2], dtype=np.intc), np.array([1, 2], dtype='I')",
    "np.array([1, 2], dtype='l'), np.array([1, 2], dtype='p'), np.array([1, 2], dtype=np.intp)",
    "np.array([1, 2], dtype=np.int_), np.array([1, 2], dtype=np.long), np.array([1, 2], dtype=np.ulong)",
    "np.array([1, 2], dtype='L'), np.array([1, 2], dtype='P'), np.array([1, 2], dtype=np.uintp)",
    "np.zeros(2, dtype=np.uintc), np.ones(2, 'h'), np.ones(2, np.short), np.ones(2, np.byte), np.ones(2, np.ubyte)",
    "x = np.array([1, 2], dtype='p')",
    "x.dtype, x.dtype.char, x.dtype.name, str(x), type(x[0]), x[0]",
    "y = np.array([1, 2], dtype='i')",
    "y.dtype, y.dtype.char, y.dtype.name, type(y[0]), y + 1, (y + 1).dtype.char, y + x, (y + x).dtype.char",
    "z = np.array([1, 2], dtype='P')",
    "z.dtype.char, type(z[0]), z[0], z + 1, z + x",
    "np.intc, np.int_, np.intp, np.uintc, np.long, np.ulong, np.uintp, np.short, np.ushort, np.byte, np.ubyte",
    "np.dtype('i'), np.dtype('p').char, np.dtype('P').char, np.dtype(np.intc).char, np.dtype(np.int_).char",
    "np.dtype('l') == np.dtype('p'), np.dtype('L') == np.uintp, np.intc == np.int32, np.int_ is np.int64",
    # NumPy's C long long classes: no int64 or uint64, though their dtypes compare equal.
    "np.longlong, np.ulonglong",
    "np.longlong == np.int64, np.ulonglong == np.uint64, np.longlong is np.int64",
    "a = np.arange(6).reshape(2, 3)",
    "a.dtype == 'q', a.dtype == 'longlong', a.dtype == np.longlong, a.dtype == np.ulonglong, a.dtype != 'Q'",
    "np.arange(3, dtype=np.uint64).dtype == np.ulonglong, np.ones(2).dtype == np.longlong",
    "np.can_cast('n', 'q'), np.can_cast(np.longlong, np.int32), np.can_cast(a, np.ulonglong, 'same_kind')",
    "np.can_cast('q', 'l', 'no'), np.can_cast(np.ulonglong, np.float64), np.can_cast(np.int8, 'q')",
    "np.iinfo(np.longlong)",
    "np.iinfo(np.ulonglong)",
    "np.iinfo('q').max, np.iinfo('Q').max, np.iinfo('<q').bits",
    "np.finfo('q')",
    "np.finfo(np.longlong)",
    "np.finfo(np.ulonglong)",
    "np.issubdtype(np.longlong, np.integer), np.issubdtype('q', np.signedinteger), np.issubdtype('Q', np.floating)",
    "np.issubdtype(np.ulonglong, np.unsignedinteger), np.issubdtype(np.longlong, np.number)",
    "isinstance(np.int64(3), np.longlong), isinstance(3, np.longlong), isinstance(np.uint64(3), np.ulonglong)",
    # A copy of an int64 array in an equivalent dtype keeps its 'l'.
    "np.asfortranarray(a, dtype='q')",
    "np.asfortranarray(a, dtype=np.longlong).dtype.char, np.asfortranarray(a, dtype='q').flags.f_contiguous",
]

RAISE_STATEMENTS = [
    # NumPy's docstring examples (numpy/_core/_ufunc_config.py).
    "orig_settings = np.seterr(all='ignore')",
    "np.int16(32000) * np.int16(3)",
    "np.seterr(over='raise')",
    "old_settings = np.seterr(all='warn', over='raise')",
    "np.int16(32000) * np.int16(3)",
    "oldsettings = np.seterr(all='warn', invalid='raise')",
    "np.geterr()",
    "np.arange(3.) / np.arange(3.)",
    "oldsettings = np.seterr(**oldsettings)",
    "np.geterr()",
    "np.sqrt(-1)",
    "with np.errstate(invalid='raise'):\n    np.sqrt(-1)",
    "np.geterr()",
    # Integer scalars overflow, integer arrays wrap.
    "np.seterr(over='raise')",
    "np.int16(32000) + 3, np.int8(100) - np.int8(-100)",
    "np.int16(32000) + 3",
    "np.int8(100) - np.int8(-100)",
    "np.int64(2**62) * 4",
    "np.int64(2**62) + 2**62",
    "np.int64(2**62) + 2**61, np.int32(2**30) * 2",
    "np.int32(2**30) * 2",
    "np.array([2**62]) * 4",
    "np.float64(1e308) + 1e308",
    "np.array([1e308]) * 10",
    "np.array([1e308]) * 1",
    "np.float64(1e308) * -10",
    "np.array([1.]) / 0",
    "x = np.arange(3.)",
    "x * 2, x + x, x - 1, x / 2",
    # Every category raising: NumPy reads divide by zero before invalid value.
    "np.seterr(all='raise')",
    "n, shape = 4, (2, 3)",
    "energies = np.zeros(n)",
    "energies, np.ones(shape)",
    "np.array([0., 1.]) / np.array([0., 0.])",
    "np.array([0., 0.]) / np.array([0., 1.])",
    "np.array([0.]) / 0",
    "np.array([np.inf]) - np.inf",
    "np.array([np.inf]) * 0",
    "np.array([np.nan]) + 1, np.array([np.inf]) / 0, np.array([np.inf]) + 1",
    "np.array([1]) // 0",
    "np.array([1]) % 0",
    "np.int64(1) // 0",
    "np.int64(1) % 0",
    "np.int64(0) / 0",
    "np.array([1, 2]) / 0",
    "np.array([-2**63]) // -1",
    "np.array([7, -7]) // 2, np.array([7, -7]) % 3, np.int16(7) // np.int16(-2)",
    "np.array([1e-300]) * 1e-300",
    "np.array([1e-300]) / 1e300",
    "np.float64(1e-300) * 1e-300",
    "np.array([1e-300]) / np.inf, np.array([1e-300]) - 1e-300",
    "np.float64(1) / 0",
    "np.array(5.) / 0",
    "1.0 / np.array([0.])",
    "np.sqrt(np.float64(-1))",
    "np.sqrt(np.array([4., -0., np.nan, np.inf]))",
    "np.sqrt(np.array([4., -np.inf]))",
    "np.log(0)",
    "np.log(np.array([1., 0., -1.]))",
    "np.log(np.array([1., -1.]))",
    "np.log2(np.array([2, 0]))",
    "np.log10(np.array([10., -0.]))",
    "np.log10(np.array([10., np.inf]))",
    "y = np.sqrt(x)",
    "y",
    "z = y / 0",
    "z",
    "np.seterr(**orig_settings)",
    "np.sqrt(-1), np.array([1.]) / 0",
    "with np.errstate(divide='raise'):\n    z = np.arange(3) / 2\n    w = z * 3",
    "z, w",
    "with np.errstate(divide='raise'):\n    np.arange(3) / 0",
    "with np.errstate(divide='raise', invalid='ignore'):\n    np.arange(3.) / np.array([0., 1., 2.])",
    "with np.errstate(all='raise', divide='warn'):\n    np.arange(3.) / 0",
    "np.arange(3) / 0",
    "np.geterr()",
]

if __name__ == "__main__":
    write_numpy_fixture(
        ALIASES_OUTPUT,
        "make_session36_numpy_fixtures.py",
        "NumPy's C type aliases (intc, int_, intp, 'p', 'P', ...) and what does not tell C long long from int64",
        ALIASES_STATEMENTS,
    )
    write_numpy_fixture(
        RAISE_OUTPUT,
        "make_session36_numpy_fixtures.py",
        "FloatingPointError under np.seterr(...='raise') and np.errstate(...='raise') for +, -, *, /, //, % and "
        "np.sqrt, np.log, np.log2, np.log10",
        RAISE_STATEMENTS,
    )
