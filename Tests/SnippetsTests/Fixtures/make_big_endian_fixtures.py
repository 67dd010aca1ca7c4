#!/usr/bin/env python3
"""Writes the transcripts of big-endian string dtypes and arrays (issue 10: `'>U3'`) and of structured dtypes with
big-endian fields (`[('a', '>i4'), ('s', 'S3')]`) from real Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_big_endian_fixtures.py`. It rewrites the `structured/17-*.txt` files;
rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py`
(one namespace per theme, REPL output, the exception's last line). Only statements docbuild runs belong here; what it
refuses (functions, operators, `view` and `tobytes` of such string arrays, big-endian text fields, arrays of a
structured dtype with big-endian fields) is checked in Tests/SnippetsTests/ByteOrderRefusalTests.swift.
"""

import pathlib

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "structured"

THEMES = {}

THEMES["17-big-endian-strings"] = [
    "np.dtype('>U3')", "np.dtype('>U3').byteorder", "np.dtype('>U3').str", "np.dtype('>U3').itemsize",
    "np.dtype('>U3').isnative", "np.dtype('>U3').name", "np.dtype('>U3').kind", "np.dtype('>U3').char",
    "np.dtype('>U3').descr", "str(np.dtype('>U3'))", "print(np.dtype('>U3'))", "repr(np.dtype('>U10'))",
    "np.dtype('>U3') == np.dtype('<U3')", "np.dtype('>U3') == np.dtype('>U3')", "np.dtype('>U3') == '>U3'",
    "np.dtype('>U3') == 'U3'", "np.dtype('U3') != np.dtype('>U3')", "np.dtype('>S3')", "np.dtype('>S3').byteorder",
    "np.dtype('<U3').byteorder", "np.dtype('=U3').byteorder", "np.dtype('U3').isnative", "np.dtype('>U3').newbyteorder()",
    "np.dtype('U3').newbyteorder()", "np.dtype('U3').newbyteorder('>')", "np.dtype('U3').newbyteorder('big')",
    "np.dtype('>U3').newbyteorder('=')", "np.dtype('>U3').newbyteorder('<')", "np.dtype('>U3').newbyteorder('|')",
    "np.dtype('>U3').newbyteorder('S')", "np.dtype('S3').newbyteorder()", "np.dtype('>U3').newbyteorder('x')",
    "np.dtype('U3').newbyteorder().newbyteorder()",
    # Text dtypes compare by kind, width and byte order.
    "np.dtype('<U3') == np.dtype('<U3')", "np.dtype('U3') == 'U3'", "np.dtype('U3') == '<U3'", "np.dtype('U3') == 'U4'",
    "np.dtype('U') == str", "np.dtype('U3') == str", "np.dtype('S2') == np.dtype('S2')", "np.dtype('S2') == 'S2'",
    "np.dtype('S2') == '|S2'", "np.dtype('S2') == bytes", "np.dtype('S2') == np.dtype('U2')", "np.dtype('U2') == np.float64",
    "np.array(['ab']).dtype == 'U2'", "np.array([b'ab']).dtype == 'S2'", "np.array(['ab']).dtype != np.dtype('U2')",
    "a = np.array(['abc', 'de', 'f'], dtype='>U3')", "a", "print(a)", "str(a)", "a.dtype", "a.dtype.byteorder",
    "a.dtype.str", "a[0]", "type(a[0])", "a[1:]", "a[::-1]", "a[[2, 0]]", "a[a != 'de']", "a.copy()", "a.tolist()",
    "a.astype('<U3')", "a.astype('U5')", "a.astype(str)", "a.astype('>U2')", "a.astype('S3')", "a == 'de'",
    "a != a[::-1]", "a < 'd'", "a == np.array(['abc', 'x', 'f'])", "len(a)", "list(a)", "a.reshape(3, 1)",
    "a.ravel()", "a.flatten()", "a.size, a.shape, a.ndim, a.itemsize, a.nbytes", "a[0] = 'xyzw'", "a",
    "a[1:] = 'q'", "a", "np.array(['hello'], dtype='>U3')", "np.array([1, 2], dtype='>U3')",
    "np.arange(3).astype('>U2')", "np.array(['a', 'b']).astype('>U1')", "np.array(a)", "np.asarray(a)",
    "np.array(a, dtype='<U3')", "np.array([['ab', 'c'], ['d', 'efg']], dtype='>U3')",
    "np.array([], dtype='>U2')", "np.array('x', dtype='>U2')", "for s in a:\n    print(s, type(s))", "repr(a[0])",
    "a.item() if a.size == 1 else a.size", "b = a[1:]", "b[0] = 'z'", "a", "np.array(['é', 'ü'], dtype='>U1')",
]


THEMES["17-big-endian-fields"] = [
    "dt = np.dtype([('a', '>i4'), ('s', 'S3'), ('f', '<f8')])", "dt", "print(dt)", "str(dt)", "repr(dt)", "dt.descr",
    "dt.fields", "dt['a']", "dt['f']", "dt['s']", "dt[0]", "dt[-1]", "dt.itemsize", "dt.names", "dt.isnative",
    "dt.byteorder", "dt.kind", "dt.str", "dt['a'].byteorder", "dt['a'].isnative", "dt.newbyteorder()",
    "dt.newbyteorder('<')", "dt.newbyteorder('>')", "dt.newbyteorder('=')", "dt.newbyteorder('|')",
    "dt.newbyteorder('S')", "dt.newbyteorder().newbyteorder()", "dt.newbyteorder().isnative",
    "dt.newbyteorder('x')", "np.dtype('>i4, >f8')", "np.dtype('>i4, >f8').names", "np.dtype('>c16, i4')",
    "np.dtype('>i4,<i4,=i4,|i4')", "np.dtype([('b', '>b1'), ('c', '>i1'), ('d', '>u2'), ('e', '>f2')])",
    "np.dtype({'names': ['x', 'y'], 'formats': ['>f4', '<f4']})", "np.dtype({'names': ['x', 'y'], 'formats': ['>f4', '<f4']}).fields",
    "np.dtype([('x', '>f4', (2,))])", "np.dtype([('x', '>f4', (2,))]).itemsize", "np.dtype([('x', np.dtype('>i2'))])",
    "np.dtype([('x', np.dtype('i2').newbyteorder())])", "np.dtype([('x', '>f8')], align=True)",
    "np.dtype([('c', 'u1'), ('x', '>f8')], align=True)", "np.dtype([('c', 'u1'), ('x', '>f8')], align=True).itemsize",
    "np.dtype([('x', '>f8')]).isalignedstruct", "np.dtype([('x', '>i8'), ('y', 'i8')]).fields['x'][0].byteorder",
    "np.dtype([('x', 'i4')]).newbyteorder()", "np.dtype([('x', 'i4')]).newbyteorder().isnative",
    "np.dtype([('x', 'i4'), ('y', 'S2'), ('z', '?')]).newbyteorder()", "np.dtype([('x', '<i4')]).newbyteorder('>').descr",
    "np.dtype((np.record, [('x', '>i4')]))",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_big_endian_fixtures.py")


if __name__ == "__main__":
    main()
