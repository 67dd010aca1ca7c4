#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for what reach33b's corpora (milaan9's Python course) showed
docbuild getting wrong:

- `str.encode` and `bytes.decode` (and `str(b, encoding, errors)`, `bytes(s, encoding, errors)`) took an `errors`
  argument and dropped it: `'pythön'.encode('ascii', 'ignore')` raised UnicodeEncodeError where Python gives
  `b'pythn'`. ASCII now handles strict, ignore, replace, backslashreplace and (encoding) xmlcharrefreplace, and an
  unknown handler's name is a LookupError only when a character needs it, as in CPython.
- `'{p.name}'.format(p=obj)` read only the instance's own attributes, so a class attribute raised AttributeError.
- `del [d['a']]` and `del (x, y)` (a list or tuple of targets) were refused as "cannot delete expression"; a later
  statement reading a view of the dict then printed the dict before the deletion.
- `property(fget, fset, fdel, doc)` refused its fourth argument, refusing a whole class.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_reach33b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/153-reach33b-codec-error-handlers.txt`, `154-reach33b-format-fields-delete-lists-property-doc.txt` and
`155-reach33b-complex-from-text.txt` and `156-reach33b-format-map-of-mappings.txt`; rerunning gives identical bytes.

`complex('3+6j')` (milaan9's numbers and complex() lessons) was refused; it now reads the text as CPython's
`complex_from_string` does, with its ValueErrors and TypeErrors.

`'({x}, {y})'.format_map(Coordinate(x='9'))` (milaan9's format_map lesson, a dict subclass whose `__missing__` gives
the key back) was refused: format_map now looks each field up as `mapping[name]` in any object, as CPython does.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
CODECS_OUTPUT = HERE / "interpreter" / "153-reach33b-codec-error-handlers.txt"
COMPLEX_OUTPUT = HERE / "interpreter" / "155-reach33b-complex-from-text.txt"
FORMAT_MAP_OUTPUT = HERE / "interpreter" / "156-reach33b-format-map-of-mappings.txt"
LANGUAGE_OUTPUT = HERE / "interpreter" / "154-reach33b-format-fields-delete-lists-property-doc.txt"

CODEC_STATEMENTS = [
    # milaan9's str.encode lesson, as published.
    "string = 'pythön!'",
    "print('The encoded version (with ignore) is:', string.encode('ascii', 'ignore'))",
    "print('The encoded version (with replace) is:', string.encode('ascii', 'replace'))",
    "string.encode('ascii')",
    "string.encode('ascii', 'strict')",
    "string.encode('ascii', errors='ignore')",
    "string.encode(encoding='ascii', errors='replace')",
    "'aö€😀z'.encode('ascii', 'backslashreplace')",
    "'aö€😀z'.encode('ascii', 'xmlcharrefreplace')",
    "'aö€😀z'.encode('ascii', 'ignore')",
    "'aö€😀z'.encode('ascii', 'replace')",
    "'plain'.encode('ascii', 'no-such-handler')",
    "'plön'.encode('ascii', 'no-such-handler')",
    "'plön'.encode('utf-8', 'ignore')",
    "'plön'.encode('ascii', 5)",
    "'plön'.encode(5)",
    "''.encode('ascii', 'ignore')",
    # bytes.decode and str(b, encoding, errors): milaan9's str() lesson.
    "b = bytes('pythön', encoding='utf-8')",
    "print(str(b, encoding='ascii', errors='ignore'))",
    "str(b, 'ascii', 'replace')",
    "str(b, 'ascii', 'backslashreplace')",
    "str(b, 'ascii')",
    "b.decode('ascii', 'ignore')",
    "b.decode('ascii', errors='replace')",
    "b.decode('ascii', 'backslashreplace')",
    "b.decode('ascii', 'strict')",
    "b.decode('ascii', 'no-such-handler')",
    "b'plain'.decode('ascii', 'no-such-handler')",
    "b.decode('utf-8', 'ignore')",
    "b.decode('ascii', 5)",
    "bytearray(b).decode('ascii', 'ignore')",
    # bytes() with an encoding and errors goes through str.encode.
    "bytes('pythön', 'ascii', 'ignore')",
    "bytes('pythön', 'ascii', 'replace')",
    "bytes('pythön', encoding='ascii', errors='xmlcharrefreplace')",
    "bytes('pythön', 'ascii')",
]

COMPLEX_STATEMENTS = [
    "complex('3+6j')",
    "z = complex('5-9j')",
    'print(z)',
    'z.real, z.imag',
    "complex('3+6j')",
    "complex('5-9j')",
    "complex(' ( 1+2j ) ')",
    "complex('j')",
    "complex('-j')",
    "complex('+J')",
    "complex('1+j')",
    "complex('1-J')",
    "complex('1e5j')",
    "complex('1E-5J')",
    "complex('1_0+2_0j')",
    "complex('1__0')",
    "complex('_1')",
    "complex('1_')",
    "complex('1_j')",
    "complex('1_.5')",
    "complex('inf+nanj')",
    "complex('-infinityj')",
    "complex('-inf-infj')",
    "complex('INF')",
    "complex('Infinity-1j')",
    "complex('nan')",
    "complex('-nan')",
    "complex('nanj')",
    "complex('1e')",
    "complex('1e+')",
    "complex('1e5e')",
    "complex('.5j')",
    "complex('5.-.5j')",
    "complex('-.5-5.j')",
    "complex('.j')",
    "complex('.')",
    "complex('1+2')",
    "complex('(1+2j')",
    "complex('1+2j)')",
    "complex('()')",
    "complex('(j)')",
    "complex('')",
    "complex('   ')",
    "complex('1 + 2j')",
    "complex('1e400')",
    "complex('-1e400j')",
    "complex('1e-400')",
    "complex('0x10')",
    "complex('+1.5e-3-2.25J')",
    "complex('\\t7\\n')",
    "complex('\\x0b7\\x0c')",
    "complex('1j+1')",
    "complex('1+2jj')",
    "complex('12345678901234567890.123456789e-5')",
    "complex('0.1+0.2j')",
    "complex('-0')",
    "complex('-0j')",
    "complex('-0-0j')",
    "complex('0j')",
    "complex('1+-2j')",
    "complex('1--2j')",
    "complex('j1')",
    "complex('+')",
    "complex('-')",
    "complex('+-j')",
    "complex('1e+0_1')",
    "complex('1_0e1_0')",
    "complex('1', 2)",
    "complex(1, '2')",
    "complex('1', None)",
    "complex(real='2-3j')",
    "complex(b'1+2j')",
    "type(complex('1')).__name__",
    "[complex(t) for t in ['1', '2j', '3+4j']]",
    "sum(map(complex, ['1+1j', '2-2j']))",
    "complex('1+2j') == 1+2j",
    "abs(complex('3+4j'))",
    # NumPy's complex scalar types read a str as complex() does.
    "np.complex128('1+2j')",
    "np.complex64(' (3-1j) ')",
    "np.complex64('0.1+0.2j')",
    "np.complex128('x')",
    "np.complex128('1__0')",
]

FORMAT_MAP_STATEMENTS = [
    'class Coordinate(dict):\n    def __missing__(self, key):\n        return key',
    "print('({x}, {y})'.format_map(Coordinate(x='9')))",
    "print('({x}, {y})'.format_map(Coordinate(y='5')))",
    "print('({x}, {y})'.format_map(Coordinate(x='9', y='6')))",
    "'{x.real:>{w}}|{y}'.format_map(Coordinate(x=3+4j, w='6'))",
    "'{x[1]}'.format_map(Coordinate(x=[7, 8]))",
    "'{}'.format_map(Coordinate())",
    "'{0}'.format_map(Coordinate())",
    "'plain {{x}}'.format_map(Coordinate())",
    'class Plain(dict):\n    pass',
    "'{x}'.format_map(Plain(x=1))",
    "'{x} {y}'.format_map(Plain(x=1))",
    "class Upper:\n    def __getitem__(self, key):\n        print('looking up', key)\n        return key.upper()",
    "'{a}-{bc}-{a}'.format_map(Upper())",
    'class Counting(dict):\n    def __missing__(self, key):\n        self[key] = len(self)\n        return self[key]',
    'counts = Counting()',
    "'{p} {q} {p}'.format_map(counts)",
    'counts',
    'from collections import defaultdict, Counter, UserDict',
    "seen = defaultdict(str, name='Ann')",
    "'<{name}> <{title}>'.format_map(seen)",
    'sorted(seen.items())',
    "'{a}{b}'.format_map(Counter('aab'))",
    "'{k}'.format_map(UserDict(k='v'))",
    'class Empty:\n    pass',
    "'{x}'.format_map(Empty())",
    "'no fields'.format_map(Empty())",
]

LANGUAGE_STATEMENTS = [
    # milaan9's str.format lesson: a class attribute read through a replacement field.
    "class Person:\n    age = 23\n    name = 'Adam'",
    "print(\"{p.name}'s age is: {p.age}\".format(p=Person()))",
    "p = Person()",
    "p.name = 'Eve'",
    "'{0.name} is {0.age}'.format(p)",
    "'{q.name}'.format(q=Person)",
    "class Shape:\n    sides = [3, 4]\n    @property\n    def label(self):\n        return 'shape with ' + str(self.sides[0])",
    "'{s.label} / {s.sides[1]} / {s.sides}'.format(s=Shape())",
    "'{s.missing}'.format(s=Shape())",
    "'{0.real} {0.imag}'.format(3+4j)",
    "'{0.__class__.__name__}'.format(p)",
    # milaan9's dict.items lesson: del of a bracketed target, a view seeing the deletion.
    "sales = {'apple': 2, 'orange': 3, 'grapes': 4}",
    "items = sales.items()",
    "print('Original items:', items)",
    "del[sales['apple']]",
    "print('Updated items:', items)",
    "values = sales.values()",
    "del (sales['orange'])",
    "values",
    "x, y, z = 1, 2, 3",
    "del (x, y)",
    "x",
    "y",
    "z",
    "a, b, c = [0, 1, 2, 3], {'k': 1, 'j': 2}, 5",
    "del [a[0], [b['k'], (c,)]]",
    "a, b",
    "c",
    "del [a[9]]",
    "del ()",
    "del []",
    # milaan9's property() lesson: the docstring as a fourth argument.
    "class Person:\n    def __init__(self, name):\n        self._name = name\n    def get_name(self):\n"
    "        print('Getting name')\n        return self._name\n    def set_name(self, value):\n"
    "        print('Setting name to ' + value)\n        self._name = value\n    def del_name(self):\n"
    "        print('Deleting name')\n        del self._name\n    name = property(get_name, set_name, del_name, 'Name property')",
    "p = Person('Adam')",
    "print(p.name)",
    "p.name = 'John'",
    "del p.name",
    "hasattr(p, '_name')",
    "class Box:\n    def _get(self):\n        return 7\n    size = property(_get, doc='the size')",
    "Box().size",
    "property(None, None, None, 'doc', 5)",
    "property(None, None, None, 'doc', fget=None)",
    "property(None, None, None, 'doc', 5, doc=None)",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        CODECS_OUTPUT,
        "make_session33_reach33b_fixtures.py",
        "str.encode, bytes.decode, str() and bytes() with an errors handler",
        CODEC_STATEMENTS,
    )
    write_numpy_fixture(
        COMPLEX_OUTPUT,
        "make_session33_reach33b_fixtures.py",
        "complex() of a string: every form CPython reads, blanks, parentheses, underscores and its errors",
        COMPLEX_STATEMENTS,
    )
    write_numpy_fixture(
        FORMAT_MAP_OUTPUT,
        "make_session33_reach33b_fixtures.py",
        "str.format_map of dict subclasses with and without __missing__, classes with __getitem__, collections' dicts",
        FORMAT_MAP_STATEMENTS,
    )
    write_numpy_fixture(
        LANGUAGE_OUTPUT,
        "make_session33_reach33b_fixtures.py",
        "class attributes through str.format fields, del of a list or tuple of targets, property's doc argument",
        LANGUAGE_STATEMENTS,
    )
