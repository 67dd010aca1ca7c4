#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what the reach probe's session-25 corpora (gto76's Python
cheatsheet, wtfpython, Real Python's Python Basics exercises) showed docbuild printing otherwise: a builtin class
(`str`, `object`, `ValueError`) is of type 'type' (docbuild named it 'builtin_function_or_method' in TypeErrors and
answered False to `isinstance(object, type)`), `str[0]` is "type 'str' is not subscriptable", an attribute a builtin
class lacks is "type object 'str' has no attribute …" and setting or deleting one "cannot set … attribute of immutable
type …"; a loop (or comprehension, generator or `iter()`) over a dict, dict view or set whose body adds or deletes a
key raises RuntimeError at its next step (docbuild went on over the old keys), and a view's values are read when
reached; `except E as name` deletes `name` when the handler ends (docbuild kept it); two bound methods are equal when
they bind one function to one object or class (docbuild said False).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach25a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/150-reach25a-builtin-classes-are-types.txt`, `151-reach25a-containers-changed-while-iterated.txt` and
`152-reach25a-except-names-and-bound-methods.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
FOLDER = HERE / "interpreter"

TYPES = [
    "str / repr",
    "int / str",
    "str + 1",
    "list - 1",
    "1 + float",
    "ValueError * 2",
    "np.ndarray + 1",
    "isinstance(str, type), isinstance(object, type), isinstance(type, type), isinstance(ValueError, type)",
    "isinstance(np.ndarray, type), isinstance(len, type), isinstance(print, type), callable(str)",
    "type(str), type(int), type(ValueError), type(len)",
    "str[0]",
    "int[1:2]",
    "ValueError[0]",
    "range[0]",
    "try:\n    bytes[0]\nexcept TypeError as error:\n    print(error)",
    "-str",
    "abs(int)",
    "str.foo",
    "np.ndarray.zzz",
    "int.bar = 3",
    "del str.upper",
    "np.ndarray.zzz = 1",
    "del ValueError.zzz",
    "len(int)",
    "iter(str)",
    "str < int",
    "1 in str",
    "int(str)",
    "float(list)",
    "x = [1, 2]",
    "x + str",
    "x * int",
    "round(str)",
    "max(str, int)",
    "str == str, str != int, int in [str, int], {str: 1, int: 2}[int]",
    "print(str, int, ValueError), repr(float), f'{list}'",
    "x = np.float64(1.0)",
    "type(x) is float, type(x) is np.float64, type(1.0) is float, float is np.float64, len is print, str is str",
]

CONTAINERS = [
    "d = {1: 'a', 2: 'b', 3: 'c'}",
    "for k in d:\n    print(k)\n    if k == 1:\n        del d[2]",
    "d",
    "d = {1: 'a', 2: 'b', 3: 'c'}",
    "for k in d:\n    print(k)\n    d[k + 10] = 0",
    "d = {1: 'a', 2: 'b', 3: 'c'}",
    "for k, v in d.items():\n    print(k, v)\n    d[3] = 'z'",
    "for v in d.values():\n    print(v)\n    d[1] = v * 2",
    "for k in d.keys():\n    print(k)\n    if k == 3:\n        d.pop(1)",
    "d",
    "for k in d:\n    print(k)\n    d[99] = 0\n    break",
    "d",
    "s = {1, 2, 3}",
    "for x in s:\n    print(x)\n    s.add(x + 10)",
    "s = {1, 2, 3}",
    "for x in s:\n    s.discard(3)",
    "d = {1: 'a', 2: 'b'}",
    "it = iter(d)",
    "next(it)",
    "d[5] = 1",
    "next(it)",
    "del d[5]",
    "next(it)",
    "d = {1: 'a', 2: 'b'}",
    "[d.pop(k) for k in d]",
    "d",
    "d = {1: 'a', 2: 'b'}",
    "{k: d.setdefault(k * 10, 0) for k in d}",
    "def keys_of(d):\n    for k in d:\n        yield k\n        d[k * 100] = k",
    "d = {1: 'a', 2: 'b'}",
    "g = keys_of(d)",
    "next(g)",
    "next(g)",
    "d",
    "d = {1: 'a', 2: 'b'}",
    "for k in d:\n    d[k] = k * 10",
    "d",
    "x = {0: None}",
    "for i in x:\n    x[i + 1] = None\n    print(i)",
]

NAMES = [
    "e = 7",
    "try:\n    raise Exception()\nexcept Exception as e:\n    pass",
    "print(e)",
    "e",
    "def f():\n    e = 1\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        pass\n    return e",
    "f()",
    "try:\n    try:\n        1 / 0\n    except ZeroDivisionError as z:\n        raise KeyError('k')\nexcept KeyError:\n    pass",
    "z",
    "def g():\n    try:\n        1 / 0\n    except ZeroDivisionError as err:\n        yield 1\n        yield 2\n    try:\n        err\n    except NameError as missing:\n        yield str(missing)",
    "list(g())",
    "def h():\n    try:\n        raise ValueError('v')\n    except ValueError as err:\n        del err\n    return 'deleted twice without error'",
    "h()",
    "class SomeClass:\n    def method(self):\n        pass\n    @classmethod\n    def classm(cls):\n        pass\n    @staticmethod\n    def staticm():\n        pass",
    "o1, o2 = SomeClass(), SomeClass()",
    "print(SomeClass.method == SomeClass.method)",
    "print(SomeClass.classm == SomeClass.classm)",
    "print(SomeClass.staticm == SomeClass.staticm)",
    "print(o1.method == o1.method, o1.method == o2.method, o1.method != o1.method)",
    "print(o1.classm == o1.classm == o2.classm == SomeClass.classm)",
    "print(o1.staticm == o2.staticm == SomeClass.staticm)",
    "o1.method in [o2.method, o1.method], o1.method == o1.classm",
    "class Other:\n    method = SomeClass.method",
    "Other().method == o1.method",
]

if __name__ == "__main__":
    write_numpy_fixture(
        FOLDER / "150-reach25a-builtin-classes-are-types.txt",
        "make_reach25a_fixtures.py",
        "builtin classes are of type 'type': operator TypeErrors, isinstance(object, type), str[0]",
        TYPES,
    )
    write_numpy_fixture(
        FOLDER / "151-reach25a-containers-changed-while-iterated.txt",
        "make_reach25a_fixtures.py",
        "dicts, dict views and sets whose size a loop, comprehension, generator or iter() changes raise RuntimeError",
        CONTAINERS,
    )
    write_numpy_fixture(
        FOLDER / "152-reach25a-except-names-and-bound-methods.txt",
        "make_reach25a_fixtures.py",
        "`except E as name` unbinds name when the handler ends; equality of bound methods and classmethods",
        NAMES,
    )
