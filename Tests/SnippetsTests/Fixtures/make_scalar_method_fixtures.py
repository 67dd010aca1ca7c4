#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 (on CPython 3.11) prints for the Python-number methods of NumPy's scalars, type by type.

NumPy's float scalars have `as_integer_ratio` and `is_integer` (float64 also `hex`, from Python's float), its integer
scalars `is_integer` and `bit_count` but not `as_integer_ratio`, its bool and complex scalars none of them: `dir()` of
each type says so. docbuild refused every one of these attributes for every scalar type, because it knew only their
union (the differential fuzzer's `--grammar npscalars` met `np.int64(7).as_integer_ratio()`, an AttributeError).

Run: `python3 Tests/SnippetsTests/Fixtures/make_scalar_method_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/92-scalar-number-methods.txt`; rerunning gives identical bytes.
"""

import pathlib
import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "92-scalar-number-methods.txt"

STATEMENTS = [
    'np.int64(7).as_integer_ratio()',
    'np.float64(123456.789).as_integer_ratio()',
    'np.float32(0.1).as_integer_ratio()',
    'np.float16(0.1).as_integer_ratio()',
    'np.bool_(1).is_integer()',
    'np.bool_(1).as_integer_ratio()',
    'np.complex128(1).as_integer_ratio()',
    'np.complex64(1).is_integer()',
    'np.int64(3).is_integer()',
    'np.float64(3).bit_count()',
    'np.float32(3).bit_count()',
    'np.bool_(1).bit_count()',
    'np.int64(5).bit_length()',
    'np.int64(3).bit_count()',
    'np.uint8(200).bit_count()',
    'np.int8(-128).bit_count()',
    'np.uint32(2**32-1).bit_count()',
    'np.int16(-1).bit_count()',
    'np.int64(7).bit_count(1)',
    'np.int64(7).bit_count(x=1)',
    'np.float64(2.5).hex()',
    'np.float64(-0.0).hex()',
    'np.float64(np.inf).hex()',
    'np.float64(1e-310).hex()',
    'np.float64(2.5).hex(1)',
    'np.float32(2.5).hex()',
    'np.int64(2).hex()',
    'np.float64(np.inf).as_integer_ratio()',
    'np.float32(np.nan).as_integer_ratio()',
    'np.array([1, 2]).bit_count()',
    'np.array(3).bit_count()',
    'f = np.int64(12).bit_count',
    'f()',
]


def main():

    write_numpy_fixture(
        OUTPUT, "make_scalar_method_fixtures.py",
        'as_integer_ratio, is_integer, bit_count and hex of each kind of NumPy scalar.',
        STATEMENTS)


if __name__ == "__main__":
    main()
