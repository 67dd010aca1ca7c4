#!/usr/bin/env python3
"""Writes the string-array transcripts (issue 10: `<U n` arrays, `np.str_`, `np.char`) from real Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_string_fixtures.py`. It rewrites every file in `strings/`; rerunning
gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output, the
exception's last line). Only statements docbuild runs belong here; what it refuses is checked in
Tests/SnippetsTests/StringArrayRefusalTests.swift.
"""

import pathlib

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "strings"

THEMES = {}

THEMES["01-creation-and-printing"] = [
    "np.array(['hello', 'world!'])", "np.array(['hello', 'world!'], dtype='U5')", "np.array(['a', 'bbb', 'hello'])",
    "print(np.array(['a', 'bbb', 'hello']))", "np.array([['a', 'b'], ['cc', 'd']])",
    "print(np.array([['a', 'b'], ['cc', 'd']]))", "np.array(['x'] * 40)", "print(np.array(['x'] * 40))",
    "np.array([\"it's\", 'a\"b'])", "np.array(['é', '日本'])", "np.array(['ab', 'c'], dtype='U1')",
    "np.array([], dtype='U3')", "np.array('abc')", "print(np.array('abc'))", "np.array([''])",
    "np.array(['a', 1])", "np.array(['a', 1.5, True])", "np.array(['a', 1.0])", "np.array(['a', 1e300, 1/3])",
    "np.array(['a', True])", "np.array([1, 'abc'])", "np.array([[1, 2], ['a', 'b']])", "np.array([1, 2], dtype=str)",
    "np.array([1.5, 2], dtype=str)", "np.array([True], dtype=str)", "np.array(['ab'], dtype=str)",
    "np.array(['ab'], dtype='<U4')", "np.array(('a', 'b'))", "np.array([('a', 'b'), ('c', 'd')])",
    "np.array(['tab\\there', 'new\\nline', 'back\\\\slash'])", "np.array(['x' * 30, 'y' * 30, 'z' * 30])",
    "np.array(['word'] * 2000)", "np.array([['ab'] * 3] * 3)", "np.asarray(['a', 'b'])",
    "np.array(np.array(['a', 'bc']))", "np.array(np.array(['abc', 'd']), dtype='U2')",
    "np.array(['a', 'b']).dtype", "np.array(['a', 'bb']).dtype.itemsize", "np.array(['a', 'bb']).dtype.kind",
    "np.array(['a', 'bb']).dtype.char", "np.array(['a', 'bb']).dtype.str", "np.array(['a', 'bb']).dtype.name",
    "np.array(['a', 'bb']).itemsize", "np.array(['a', 'bb']).nbytes", "np.array(['a', 'bb']).shape",
    "np.array(['a', 'bb']).ndim", "np.array(['a', 'bb']).size", "print(np.array(['a', 'bb']).dtype)",
    "str(np.array(['a', 'bb']).dtype)", "np.dtype('U5')", "np.dtype('<U7').itemsize", "np.dtype(str)",
    "np.array([['a', 'b'], ['c', 'd']]).T", "repr(np.array(['q']))", "str(np.array(['q', 'r']))",
    "np.array([[['a']]])", "np.array(['a', 'b'], dtype=np.str_)",
]

THEMES["02-elements-and-indexing"] = [
    "a = np.array(['b', 'a', 'hello', 'a'])", "a[0]", "a[-1]", "print(a[2])", "str(a[2])", "repr(a[2])", "a[1:3]",
    "a[::-1]", "a[[0, 2]]", "a[a != 'a']", "a[np.array([True, False, True, False])]", "a.reshape(2, 2)",
    "a.reshape(2, 2)[1]", "a.reshape(2, 2)[1, 0]", "a.reshape(2, 2)[:, 0]", "a.reshape(2, 2).T", "a[0] + '!'",
    "'<' + a[0]", "a[2].upper()", "a[2][1:]", "a[2][0]", "len(a[2])", "a[0] == 'b'", "a[0] < 'c'",
    "a[2].startswith('he')", "f'{a[2]}!'", "type(a[0])", "[a[0], a[1]]", "list(a)", "sorted(a)", "tuple(a[:2])",
    "a.tolist()", "a.reshape(2, 2).tolist()", "len(a)", "'a' in a", "'z' in a", "for s in a: print(s)",
    "np.str_('hi')", "np.str_(5)", "print(np.str_('x'))", "a[10]", "a[1.5]", "a.copy()", "a.flatten()",
    "a.ravel()", "a.reshape(4, 1)[2]", "np.array('abc')[()]", "a[..., 0]" if False else "a[...]", "a[None, :2]",
    "a[2] * 2", "a[0] in 'abc'", "{a[0]: 1}", "int(np.array(['12'])[0]) + 1", "float(np.array(['2.5'])[0])",
]

THEMES["03-assignment-and-views"] = [
    "x = np.array(['ab', 'c'])", "x[0] = 'xyz'", "x", "x[1] = 'q'", "x", "x[:] = 'z'", "x",
    "y = np.array(['one', 'two', 'three'])", "v = y[1:]", "v[0] = 'TWO'", "y", "v", "f = y[[0, 1]]",
    "f[0] = 'nope'", "y", "y[y == 'three'] = 'tres'", "y", "y[[0, 2]] = ['uno', 'dos']", "y",
    "y[0] = 7", "y", "y[1] = 2.5", "y", "m = np.array([['a', 'b'], ['c', 'd']])", "m[0] = ['xx', 'yy']", "m",
    "m[:, 1] = 'Z'", "m", "t = m.T", "t[0, 1] = 'Q'", "m", "r = m.reshape(4)", "r[0] = 'R'", "m",
    "c = m.copy()", "c[0, 0] = 'C'", "m", "c", "z = np.array(['aa', 'bb'])", "z[0] += 'x'", "z",
]

THEMES["04-comparisons"] = [
    "a = np.array(['b', 'a', 'hello', 'a'])", "a == 'a'", "a != 'a'", "a < 'b'", "a <= 'b'", "a > 'b'", "a >= 'b'",
    "'b' > a", "'a' == a", "a == np.array(['b', 'x', 'hello', 'y'])", "a == a", "a == ['b', 'a', 'x', 'y']",
    "a == 1", "a != 1", "np.array(['a', 'B']) < np.array(['b', 'a'])", "np.array(['é']) > np.array(['z'])",
    "np.array(['ab', 'abc']) < 'abb'", "(a == 'a').sum()", "np.array([['a', 'b']]) == np.array([['a'], ['b']])",
    "np.char.equal(a, 'a')", "np.char.not_equal(a, 'a')", "np.char.less(a, 'b')", "np.char.greater(a, 'b')",
    "np.char.less_equal(a, 'b')", "np.char.greater_equal(a, 'b')",
]

THEMES["05-functions"] = [
    "a = np.array(['b', 'a', 'hello', 'a'])", "np.unique(a)", "np.sort(a)", "np.argsort(a)", "a.argsort()",
    "np.sort(a)[::-1]", "np.where(a == 'a', a, 'zz')", "np.where(a == 'a', 'yes', 'no')",
    "np.concatenate([a, np.array(['longer'])])", "np.concatenate([a, ['x']])",
    "np.concatenate([np.array([['a', 'b']]), np.array([['cc', 'd']])], axis=0)",
    "np.concatenate([np.array([['a', 'b']]), np.array([['cc', 'd']])], axis=1)", "a + a", "a + '!'", "'<' + a",
    "a.astype('U2')", "a.astype(str)", "np.array(['1', '2']).astype(int)", "np.array([' 1.5 ', 'inf']).astype(float)",
    "np.array(['1.5', '-2']).astype(np.float64)", "np.array(['3', '4']).astype(np.int32)", "np.array(['a']).astype(float)",
    "np.array(['1.5']).astype(int)", "np.array([1, 2, 3]).astype(str)", "np.array([1.5, 2.25]).astype(str)",
    "np.arange(3, dtype=np.int8).astype(str)", "np.arange(3, dtype=np.uint16).astype(str)",
    "np.array([True, False]).astype(str)", "np.array([0.1, 1e20]).astype(str)", "np.array([[1, 2], [3, 4]]).astype(str)",
    "np.array([1.5], dtype=np.float32).astype(str)", "np.array(['1', '2'], dtype=float)", "np.array(['1', '2'], dtype=int)",
    "b = np.array(['pear', 'apple', 'fig'])", "b.sort()", "b", "np.shape(b)", "np.size(b)", "np.ndim(b)",
    "np.reshape(b, (3, 1))", "np.unique(np.array([['b', 'a'], ['a', 'c']]))",
    "np.argsort(np.array(['b', 'a', 'b', 'a']))", "np.sort(np.array([['b', 'a'], ['d', 'c']]))",
    "np.sort(np.array([['b', 'a'], ['d', 'c']]), axis=None)",
]

THEMES["06-char-and-strings"] = [
    "a = np.array(['b', 'a', 'hello', 'a'])", "np.char.upper(a)", "np.strings.upper(a)", "np.char.lower(np.array(['AB', 'Cd']))",
    "np.char.str_len(a)", "np.strings.str_len(a)", "np.char.find(a, 'l')", "np.char.rfind(a, 'l')", "np.char.count(a, 'l')",
    "np.char.startswith(a, 'h')", "np.char.endswith(a, 'o')", "np.char.add(a, 'x')", "np.char.add(a, a)",
    "np.char.multiply(a, 2)", "np.strings.multiply(a, 3)", "np.char.strip(np.array([' a ', 'b  ']))",
    "np.char.lstrip(np.array([' a ', 'b  ']))", "np.char.rstrip(np.array([' a ', 'b  ']))",
    "np.char.strip(np.array(['xxaxx']), 'x')", "np.char.replace(a, 'l', 'L')", "np.char.capitalize(np.array(['hELLO', 'a b']))",
    "np.char.title(np.array(['hello world', 'x-y']))", "np.char.swapcase(np.array(['aBc']))", "np.char.center(a, 7)",
    "np.char.ljust(a, 3)", "np.char.rjust(a, 3)", "np.char.zfill(np.array(['7', '-3', '123']), 3)",
    "np.char.isdigit(np.array(['12', 'a1', '']))", "np.char.isalpha(np.array(['ab', 'a1', '']))",
    "np.char.isspace(np.array([' ', 'a ', '']))", "np.char.isupper(np.array(['AB', 'Ab', '1']))",
    "np.char.islower(np.array(['ab', 'Ab', '1']))", "np.char.upper('abc')", "np.char.str_len('hello')",
    "np.char.find(np.array(['banana']), 'an')", "np.char.count(np.array(['banana']), 'an')",
    "np.char.upper(np.array([['a', 'b'], ['c', 'd']]))", "np.char.center(np.array(['ab']), 5, '*')",
]

THEMES["07-errors"] = [
    "a = np.array(['b', 'a', 'hello'])", "a + 1", "a + 1.5", "a - a", "a * 2", "2 * a", "-a", "a.max()",
    "np.max(a)", "a.sum()", "np.sum(a)", "np.mean(a)", "a < 1", "np.array(['a', 'b']).astype(float)",
    "a.nonexistent", "np.array(['a', ['b']])",
]

THEMES["08-print-options-and-more"] = [
    "np.set_printoptions(threshold=5)", "np.array(['a', 'b', 'c', 'd', 'e', 'f', 'g'])",
    "print(np.array(['a', 'b', 'c', 'd', 'e', 'f', 'g']))", "np.array([['ab'] * 8] * 8)",
    "np.set_printoptions(threshold=1000, edgeitems=3)", "np.set_printoptions(linewidth=30)",
    "np.array(['alpha', 'beta', 'gamma', 'delta', 'epsilon'])", "print(np.array(['alpha', 'beta', 'gamma', 'delta']))",
    "np.set_printoptions(linewidth=75)", "with np.printoptions(threshold=3): print(np.array(['a', 'b', 'c', 'd']))",
    "names = np.array(['Bob', 'Joe', 'Will', 'Bob', 'Will', 'Joe', 'Joe'])", "names == 'Bob'",
    "(names == 'Bob') | (names == 'Will')", "data = np.arange(14).reshape(7, 2)", "data[names == 'Bob']",
    "data[names != 'Joe']", "data[~(names == 'Bob')]", "np.unique(names)", "names[names != 'Joe']",
    "np.sum(names == 'Joe')", "(names == 'Joe').mean()", "np.count_nonzero(names == 'Will')",
    "np.where(names == 'Bob', 1, 0)", "np.nonzero(names == 'Will')", "names.size", "names[::2]",
    "sorted(set(names))", "set(names) == {'Bob', 'Joe', 'Will'}", "[n.lower() for n in names[:3]]",
    "', '.join(names[:3])", "'-'.join(np.array(['a', 'b']))", "np.array([s.upper() for s in names[:2]])",
    "w = np.array(['Python', 'is', 'fun'])", "np.char.upper(w)", "np.char.str_len(w).sum()",
    "w[np.char.str_len(w) > 2]", "np.argsort(np.char.str_len(w))", "w[np.argsort(w)]", "w.reshape(1, 3)",
    "np.array(w)", "np.copy(w)", "[str(s) for s in w]", "{s: len(s) for s in w}",
]

THEMES["09-bytes"] = [
    "b'hello'", "b\"it's\"", "b'tab\\tnew\\nline'", "b'\\x00\\xff\\x7f'", "b'a' b'b'", "rb'\\x00'", "len(b'hello')",
    "b'hello'[0]", "b'hello'[-1]", "b'hello'[1:3]", "b'hello'[::-1]", "b'ab' + b'cd'", "b'ab' * 3", "b'ab' == b'ab'",
    "b'ab' == 'ab'", "b'ab' != b'ac'", "print(b'hi')", "str(b'hi')", "repr(b'hi')", "[b'a', b'b']", "type(b'')",
    "'héllo'.encode('utf-8')", "'hello'.encode()", "'hello'.encode('ascii')", "'héllo'.encode('ascii')",
    "b'h\\xc3\\xa9llo'.decode('utf-8')", "b'hello'.decode()", "b'\\xff'.decode('ascii')", "{b'a': 1, 'a': 2}",
    "b'hello'[10]", "b'ab' + 'cd'", "b'a' in [b'a']",
    "np.array([b'hello', b'world'])", "np.array(['hello', 'world'], dtype='S7')",
    "np.array(['hello', 'world'], dtype='S7').tobytes()", "x = [b'hello\\0\\0', b'world']", "s = np.array(x, dtype='S7')",
    "s", "print(s)", "s[0]", "print(s[0])", "s[0] == x[0]", "s[0] == b'hello'", "s.dtype", "s.dtype.itemsize",
    "s.dtype.str", "s.dtype.name", "s.itemsize", "s == b'world'", "s[1:]", "s.tolist()", "np.dtype('S3')",
    "np.array(['abc', 'de']).astype('S')", "np.array([b'a', b'bc']).astype(str)", "s[0].decode()", "len(s[0])",
    "t = np.array([b'x', b'y'])", "t[0] = b'zz'", "t", "np.sort(np.array([b'b', b'a']))", "np.unique(np.array([b'b', b'a', b'b']))",
]

THEMES["10-edges"] = [
    "np.array([[[]]], dtype='U3')", "np.array([], dtype=str)", "np.array([b'a', 'b'])", "np.array(['a'], dtype='S0')",
    "np.array(['a'], dtype='U0')", "np.array([1, 2], dtype='S')", "np.array(['a', '']).astype(bool)",
    "np.array(['é'], dtype='S3')", "np.array(['a'], dtype='U99999999999999999999')", "np.array('x')[0]",
    "np.array(['a', 'b'])[np.array([5])]", "np.array(['a', 'b'])[[True]]", "len(np.array('x'))",
    "np.concatenate([np.array(['a']), np.array([['b']])])", "np.array(['a'], dtype='U1').item()",
    "np.array(['a', 'b']).reshape(3)",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_string_fixtures.py")


if __name__ == "__main__":
    main()
