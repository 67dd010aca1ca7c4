#!/usr/bin/env python3
"""Writes what NumPy prints for the dtype, indexing, assignment and printing cases a differential fuzz run found wrong.

Run: `python3 Tests/SnippetsTests/Fixtures/make_difffuzz2_fixtures.py` (Python 3.11, NumPy 2.4.6). It rewrites
`interpreter/51-difffuzz2-dtypes.txt`; rerunning gives identical bytes.

A random differential probe (random NumPy statements over int8 ... uint64, float32, complex64 and bool arrays, NumPy's
real output against docbuild's) found these: `np.ufunc.at` crashed docbuild on NaN, infinity or a uint64 array, and
computed a repeated index's steps without NumPy's per-step cast (int8 + 2.7 twice is 5, not 6; a float32 array steps
in float32); `at` takes a Python number as an array of its default dtype (float64 loop for uint64 + 2, float32 + a
Python float), unlike `x[i] += v`, where it is weak; `x[i] += [5, 6]` on an int8 or int16 array raised a casting
error NumPy does not (int64 into int8 is same_kind); `u8 / 300` and `-7 / u8` raised OverflowError (true division
takes a Python int of any size); a Python int beyond 64 bits against a float array is a float, against an int array
NumPy's OverflowError; a complex number stored into a bool array is its truth value; `'%.3g' % complex_scalar`
formats the real part; `floatmode='fixed'` printed zeros as `0.` instead of `0.00000000`.
"""

import pathlib
import warnings

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "51-difffuzz2-dtypes.txt"

SETUP = [
    "i8 = np.array([-128, -1, 0, 7, 127], dtype=np.int8)",
    "i16 = np.array([[-32768, 300], [-5, 32767]], dtype=np.int16)",
    "u8 = np.array([0, 1, 200, 255, 30], dtype=np.uint8)",
    "u64 = np.array([0, 1, -1, -2**63]).astype(np.uint64)",
    "f32 = np.array([0.1, -2.5, 1e30, 3e-39, 7.0], dtype=np.float32)",
    "c64 = np.array([1+2j, -0.5j, 3, 1e20-1e-20j], dtype=np.complex64)",
    "bo = np.array([True, False, True, True, False])",
    "fn = np.array([1.5, np.nan, -np.inf, np.inf, -0.0, 2.5e300, -3.75, 1e-310])",
    "ii = np.arange(12).reshape(3, 4)",
    "ff = np.linspace(-1, 1, 12).reshape(3, 4)",
]

UFUNC_AT = [
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 100); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 2.7); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], -129); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 2**40); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.subtract.at(x, [0, 0, 1], np.int8(100)); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.maximum.at(x, [0, 0], np.array([200, 3], dtype=np.int16)); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], np.array([100, 100, 100])); x",
    "x = np.array([5, 6]); np.add.at(x, [0, 0], 2**62); x",
    "x = np.array([5, 6]); np.multiply.at(x, [0, 0], 2**40); x",
    "x = np.array([5, 6]); np.divide.at(x, [0, 0], 2); x",
    "x = np.array([2**60 + 1, 6]); np.add.at(x, [0], 1); x",
    "x = u64.copy(); np.add.at(x, [2, 2], np.uint64(1)); x",
    "big = np.array([-2**63 + 3, -2**63 + 5]).astype(np.uint64); big",
    "x = u64.copy(); np.maximum.at(x, [0, 3], big[1]); x",
    "x = big.copy(); np.add.at(x, [0], np.uint8(2)); x",
    "x = big.copy(); np.add.at(x, [0, 0], 2); x",
    "x = np.array([True, False]); np.add.at(x, [0, 1], True); x",
    "x = np.array([True, False]); np.add.at(x, [0, 1], 7); x",
    "x = np.array([16777216], dtype=np.float32); np.add.at(x, [0], 1.00000001); x",
    "x = np.array([16777216], dtype=np.float32); x[[0]] += 1.00000001; x",
    "x = np.array([1, 2, 3], dtype=np.float32); np.add.at(x, [0, 0, 0], 0.1); x",
    "x = np.array([1, 2, 3], dtype=np.float32); np.add.at(x, [0, 0, 0], np.float32(0.1)); x",
    "x = ff.copy(); np.add.at(x, [0, 0, 1], True); x",
    "x = fn.copy(); np.add.at(x, ([0, 0], ), 1e20); x",
    "x = u8.copy(); np.add.at(x, [-1, -1], 20); x",
]

AUGMENTED = [
    "x = i16.copy(); x[[-1, 0]] += [5, 6]; print(x)",
    "x = i8.copy(); x[1:3] += [5, 6]; x.tolist()",
    "x = i8.copy(); x[[0, 0, 1]] -= np.array([1, 2, 3]); x",
    "x = bo.copy(); x[[-1, 0]] -= np.float32(2.5); x.tolist()",
    "x = u8.copy(); x[[0, 1]] += np.array([-5, 3]); x",
    "x = ff.copy(); x[[-1, 0]] //= 2**64; x",
    "x = ff.copy(); x[[0, 0, 1]] %= -2**64; print(x)",
    "x = ff.copy(); x[:, 1] += 2**64; print(x)",
    "x = f32.copy(); x[0] *= 2**64; print(x)",
    "x = ii.copy(); x[0] -= 2**64; x.tolist()",
    "x = i16.copy(); x[:, 1] += 2**64; x",
    "x = ii.copy(); x[::-1] //= 2**64; print(x)",
    "ff + 2**70, ii / 2**64, bo / 2**64",
    "np.array([1+1j]) * 2**64, np.float32(2) * 2**64",
    "ii + 2**64",
    "2**64 - ii",
    "np.int8(3) + 2**64",
    "x = f32.copy(); x[::-1] = 2**64; print(x)",
    "x = c64.copy(); x[x.real > 0] = 2**64; print(x)",
    "x = ii.copy(); x[0] = 2**64; x.tolist()",
    "x = bo.copy(); x[[-1, 0]] = 1j; x",
    "x = bo.copy(); x[...] = 0j; x.tolist()",
    "c64.astype(bool), np.asarray(np.array([0j, -0.5j, 0.5, -0.0 + 0j]), dtype=bool)",
]

DIVISION = [
    "-7 / u8", "65535 / i16", "u64 / -3", "300 / u8", "u8 / 300", "np.true_divide(u8, 300)", "np.divide(300, u8)",
    "u8 + 300", "u8 // 300", "u8 < 300", "u8 == -1", "i8 / 1000",
]

PRINTING = [
    "'%s %r %.3g' % (c64[3], c64[3], c64[3])", "'%.3g' % np.complex128(2+1j)", "'%e' % np.complex64(1.5-2j)",
    "with np.printoptions(floatmode='fixed'):\n    print(np.array([-0.0, 0.0]))",
    "with np.printoptions(floatmode='fixed'):\n    print(repr(np.array([0.0])), repr(np.array([0.0], dtype=np.float32)))",
    "with np.printoptions(floatmode='fixed', precision=3):\n    print(np.array([0.0, 0.5]), np.array([0.0, 1e-9]))",
    "with np.printoptions(floatmode='fixed', precision=2):\n    print(np.array([0.0, 1e20]), ff * 0)",
    "with np.printoptions(floatmode='fixed', precision=3):\n    print(np.zeros((2, 2), dtype=np.float32), np.array([0j, 1j]))",
    "np.format_float_positional(0.0, precision=8, unique=False, trim='k')",
    "np.format_float_scientific(0.0, precision=3, unique=False, trim='k')",
]

# What `CastRefusalTests.swift` holds docbuild to refuse: each makes NumPy cast NaN, infinity or an out-of-range float
# to an integer, undefined in C. NumPy warns on these (checked below); `np.add.at(int8_array, i, 200.0)` casts 201.0
# to int8 without a warning (x86 wraps, ARM saturates), refused as `astype` refuses it.
REFUSED = [
    "x = np.array([1, 2, 3], dtype=np.uint8); np.add.at(x, [-1, -1], np.inf); x",
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 1e20); x",
    "x = np.array([1, 2, 3]); np.add.at(x, [0], np.nan); x",
    "x = u64.copy(); np.add.at(x, [0, 0], -129); x",
    "x = u64.copy(); np.add.at(x, [2, 2], 1); x",
    "fn.astype(np.uint64)",
]
# Casts of a negative float below -1 to uint64 (and of 201.0 to int8) that NumPy 2.4.6 does without a warning on x86,
# where the value wraps; C leaves them undefined and ARM saturates, so docbuild refuses them as well.
REFUSED_SILENT = [
    "x = np.array([1, 2, 3], dtype=np.int8); np.add.at(x, [0, 0, 1], 200.0); x",
    "np.asarray(np.array([3.7, -3.7, 255.5]), dtype=np.uint64)",
    "np.array([-1.5]).astype(np.uint64)",
]


def check_refused(namespace):
    for statement in REFUSED:
        with warnings.catch_warnings():
            warnings.simplefilter("error", RuntimeWarning)
            try:
                exec(statement, dict(namespace))
            except RuntimeWarning as warning:
                assert "invalid value" in str(warning), (statement, warning)
            else:
                raise SystemExit(f"NumPy did not warn on {statement!r}: refusing it would not be necessary")
    for statement in REFUSED_SILENT:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(statement, dict(namespace))


def main():
    namespace = {"np": np}
    statements = SETUP + UFUNC_AT + AUGMENTED + DIVISION + PRINTING
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_transcript(
            OUTPUT, "# 51-difffuzz2-dtypes: generated by make_difffuzz2_fixtures.py from NumPy 2.4.6.", statements,
            namespace)
    check_refused(namespace)


if __name__ == "__main__":
    main()
