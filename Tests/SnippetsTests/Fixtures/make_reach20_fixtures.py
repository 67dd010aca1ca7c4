#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for the constructs NumPy's own docstring examples met docbuild
printing something else (issues 9 and 10; `Benchmarks/reach_probe.py --corpus numpy-docstrings`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach20_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/84-reach20-numpy-docstring-examples.txt`; rerunning gives identical bytes.

Each block is what docbuild printed otherwise before: a dtype compared with a builtin type (`x.dtype == float` was
False), `isinstance(d, np.dtype)` (a TypeError) and `issubclass` of NumPy's scalar types (a TypeError), the
AttributeError of a NumPy module that names it as NumPy does (`numpy.lib.scimath`), the keyword names of
`np.strings`' functions (`width=`, `sub=`), `np.ravel_multi_index`'s clip modes (ignored before), `np.flip` over a
tuple of axes, `np.lib.recfunctions.get_fieldstructure` of nested fields, `order='C'` of `np.ones` and its kin, and `np.seterr`'s result and `np.geterr()`
under a mode docbuild does not follow. What docbuild refuses instead, by name, is in
`Tests/SnippetsTests/Reach20RefusalTests.swift`.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "84-reach20-numpy-docstring-examples.txt"

DTYPE_COMPARISONS = [
    "x = np.array([1, 2, 3], dtype=np.int8)",
    "np.prod(x).dtype == int",
    "np.dtype('int64') == int",
    "np.dtype('int32') == int",
    "np.dtype('float64') == float",
    "np.float32(1).dtype == float",
    "np.arange(3.0).dtype != float",
    "np.dtype(bool) == bool",
    "np.dtype('complex128') == complex",
    "int == np.arange(3).dtype",
    "np.dtype('float64') == str",
    "isinstance(x.dtype, np.dtype)",
    "isinstance(np.float64, np.dtype)",
    "isinstance(1, np.dtype)",
    "isinstance(np.array(['a', 'b']), np.ndarray)",
    "isinstance(np.array('a'), np.ndarray)",
    "issubclass(np.float64, np.floating)",
    "issubclass(np.int8, np.signedinteger)",
    "issubclass(np.uint8, np.signedinteger)",
    "issubclass(np.float64, np.generic)",
    "issubclass(np.float64, float)",
    "issubclass(np.float32, float)",
    "issubclass(np.complex128, complex)",
    "issubclass(np.int64, int)",
    "issubclass(np.bool_, int)",
    "issubclass(np.float64, np.float64)",
    "issubclass(np.float64, np.float32)",
    "issubclass(np.float64, object)",
]

MODULE_NAMES = [
    "np.emath.foo",
    "np.lib.foo",
    "np.linalg.foo",
    "np.top_k",
]

STRING_KEYWORDS = [
    "c = np.array(['a1b2', '1b2a', 'b2a1', '2a1b'])",
    "np.strings.center(c, width=9)",
    "np.strings.center(c, width=9, fillchar='*')",
    "np.strings.center(c, width=1)",
    "np.char.center(c, 7, '-')",
    "w = np.array(['aAaAaA', '  aA  ', 'abBABba'])",
    "np.strings.ljust(w, width=3)",
    "np.strings.ljust(w, width=9)",
    "np.strings.rjust(w, width=9, fillchar='.')",
    "np.strings.zfill(np.array(['1', '-2']), width=3)",
    "np.strings.find(np.array(['abcb', 'bb']), sub='b')",
    "np.strings.find(np.array(['abcb']), 'b', 0)",
    "np.strings.rfind(np.array(['abcb', 'a']), sub='b')",
    "np.strings.count(np.array(['aAaAaA', 'baaa']), sub='a')",
    "np.strings.startswith(np.array(['foo', 'bar']), prefix='fo')",
    "np.strings.endswith(np.array(['foo', 'bar']), suffix='r')",
    "np.strings.replace(np.array(['That is a mango']), old='a', new='A')",
    "np.strings.strip(np.array(['xxaxx']), chars='x')",
    "np.strings.multiply(np.array(['a', 'bc']), i=3)",
    "np.char.equal(np.array('a'), np.array('a'))",
    "np.strings.equal(np.array('a'), np.array('a '))",
    "np.strings.equal('a', 'a')",
    "np.strings.less(np.array(['a', 'b']), 'b')",
    "np.char.equal('a', 'a')",
    "np.strings.center(c, width=9, fill='*')",
    "np.strings.upper(c, 1)",
]

RAVEL_MODES = [
    "arr = np.array([[3, 6, 6], [4, 5, 1]])",
    "np.ravel_multi_index(arr, (7, 6))",
    "np.ravel_multi_index(arr, (7, 6), order='F')",
    "np.ravel_multi_index(arr, (4, 6), mode='clip')",
    "np.ravel_multi_index(arr, (4, 4), mode=('clip', 'wrap'))",
    "np.ravel_multi_index(arr, (4, 4), mode='wrap')",
    "np.ravel_multi_index(np.array([[-1, 9], [0, -7]]), (3, 4), mode=['wrap', 'clip'])",
    "np.ravel_multi_index(arr, (4, 6))",
    "np.ravel_multi_index(arr, (4, 6), mode='raise')",
]

FLIPS = [
    "A = np.arange(8).reshape((2, 2, 2))",
    "np.flip(A, (0, 2))",
    "np.flip(A, (-1, 0))",
    "np.flip(A, axis=(1,))",
    "np.flip(A, ())",
    "np.flip(A, (0, 1, 2))",
]

FIELD_STRUCTURE = [
    "from numpy.lib import recfunctions as rfn",
    "ndtype = np.dtype([('A', int), ('B', [('BA', int), ('BB', [('BBA', int), ('BBB', int)])])])",
    "rfn.get_fieldstructure(ndtype)",
    "rfn.get_fieldstructure(np.dtype([('a', int), ('b', float)]))",
    "rfn.get_fieldstructure(np.dtype([('a', [('b', [('c', int)])])]))",
]

# order='C' (NumPy's default) of a new array, as NumPy's own examples spell it.
CREATION_ORDER = [
    "np.ones((2, 3), order='C')",
    "np.zeros(2, order='c')",
    "np.full(2, 3, order='C')",
    "np.ones(2, order=None)",
    "np.zeros((2, 2), order='C').flags.c_contiguous",
    "np.ones(2, order='Q')",
    "np.full(2, 1.5, order='')",
    "np.zeros(3, order=1)",
]

ERROR_MODES = [
    "old = np.seterr(all='raise')",
    "np.geterr()",
    "np.seterr(**old)",
    "np.geterr()",
    "np.seterr(over='print', divide='warn')",
    "np.geterr()",
    "np.seterr(all='ignore')",
    "np.float64(1.0) / 0",
    "np.seterr(divide='warn', over='warn', under='ignore', invalid='warn')",
]


def main():
    statements = (DTYPE_COMPARISONS + MODULE_NAMES + STRING_KEYWORDS + RAVEL_MODES + FLIPS + FIELD_STRUCTURE
                  + CREATION_ORDER + ERROR_MODES)
    write_numpy_fixture(
        OUTPUT, "make_reach20_fixtures.py",
        "dtype comparisons with builtin types, NumPy's module and string-function names, ravel_multi_index's modes, "
        "np.flip over axes, get_fieldstructure, order='C' and np.seterr's modes.", statements)


if __name__ == "__main__":
    main()
