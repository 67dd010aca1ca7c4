#!/usr/bin/env python3
"""Writes what CPython 3.11 answers where docbuild printed something else or raised where CPython runs on.

Functions as dict keys and set members: CPython hashes a function by its identity, so `{f}`, `{f: 1}` and a
decorator's `calls[fn] += 1` all run; docbuild raised "unhashable type: 'function'". A set of two or more functions
iterates in an order that follows their addresses, which stays refused.

Exceptions whose arguments are objects: `raise ValueError(obj)`, `d[obj]` for a missing key, and `print(e)` of either
show the arguments through the class's own `__str__`/`__repr__`, as BaseException's str and repr do; docbuild showed
them as `<__main__.P object>`, a text CPython never prints. So did a dict view (`d.items()`, `d.keys()`, `d.values()`)
holding an object.

Addresses change from run to run, so this script rewrites each printed address in turn to 0x7f0000001000,
0x7f0000002000, …: the rest is CPython's text.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session28_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/246-session28-function-keys.txt`, `interpreter/247-session28-exception-object-arguments.txt` and
`interpreter/248-session28-dict-views-of-objects.txt`;
rerunning gives identical bytes.
"""

import pathlib
import re
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
FUNCTION_KEYS_OUTPUT = HERE / "interpreter" / "246-session28-function-keys.txt"
EXCEPTION_ARGUMENTS_OUTPUT = HERE / "interpreter" / "247-session28-exception-object-arguments.txt"
DICT_VIEWS_OUTPUT = HERE / "interpreter" / "248-session28-dict-views-of-objects.txt"

FUNCTION_KEYS_STATEMENTS = [
    "def f(): pass",
    "def g(): return 1",
    "s = {f}",
    "len(s), f in s, g in s",
    "s",
    "print(s)",
    "d = {f: 'f', g: 'g'}",
    "d[g], d.get(f), list(d.values())",
    "d",
    "print(d)",
    "calls = {}",
    "def counted(fn):\n    def wrapper(*args):\n        calls[fn] = calls.get(fn, 0) + 1\n        return fn(*args)\n"
    "    return wrapper",
    "h = counted(g)",
    "h(), h(), h()",
    "calls[g], len(calls)",
    "{f: 1} == {f: 1}, {f} == {f}, {f} == {g}, {f: 1} == {g: 1}",
    "frozenset([f]) in {frozenset([f])}",
    "del d[f]",
    "d",
    "try:\n    {}[g]\nexcept KeyError as e:\n    print('missing', e)",
    "class K:\n    def method(self):\n        return 2",
    "{K: 1}[K], {K.method: 'm'}[K.method]",
    "registry = {}",
    "for fn in (f, g, f):\n    registry.setdefault(fn, []).append(fn.__name__)",
    "[(fn.__name__, names) for fn, names in registry.items()]",
    "s.add(g)",
    "len(s), g in s",
    "s.discard(f)",
    "s",
    "square = lambda x: x * x",
    "table = {square: 'square', abs: 'abs', len: 'len'}",
    "table[abs], table[square], table[len]",
]

EXCEPTION_ARGUMENTS_STATEMENTS = [
    "class P:\n    def __repr__(self):\n        return 'P!'\n    def __str__(self):\n        return 'Pstr'",
    "raise ValueError(P())",
    "raise KeyError(P())",
    "raise ValueError(P(), 2)",
    "raise ValueError([P()])",
    "raise RuntimeError((P(),))",
    "{}[P()]",
    "{1: 2}.pop(P())",
    "{1: 2}[(1, P())]",
    "try:\n    raise ValueError(P())\nexcept ValueError as e:\n    print(e, repr(e), e.args)",
    "try:\n    {}[P()]\nexcept KeyError as e:\n    print(e, repr(e), e.args)",
    "try:\n    raise ValueError(P(), 'x')\nexcept ValueError as e:\n    print(f'{e}|{e!r}'); print(str(e))",
    "e = ValueError(P())",
    "e",
    "print(e)",
    "str(e), repr(e)",
    "[e]",
    "k = KeyError(P())",
    "print(k); k",
    "try:\n    raise KeyError(P())\nexcept KeyError:\n    raise",
    "def lookup(table, key):\n    return table[key]",
    "lookup({}, P())",
    "class Q:\n    def __repr__(self):\n        return 'Q()'",
    "raise IndexError(Q())",
    "print(TypeError(Q(), Q()))",
    "try:\n    raise ValueError(Q())\nexcept ValueError as err:\n    message = str(err)",
    "message",
]

DICT_VIEWS_STATEMENTS = [
    "class P:\n    def __init__(self, n):\n        self.n = n\n    def __repr__(self):\n        return f'P({self.n})'",
    "d = {P(1): [P(2)], 'k': P(3)}",
    "d.keys()",
    "d.values()",
    "d.items()",
    "print(d.items())",
    "print(d.keys(), d.values())",
    "str(d.values()), repr(d.keys())",
    "f'{d.items()}'",
    "[d.values()]",
    "e = {}",
    "e.items(), e.keys(), e.values()",
    "inventory = {'apple': P(5)}",
    "view = inventory.values()",
    "inventory['pear'] = P(7)",
    "view",
    "del inventory['apple']",
    "view, inventory.items()",
]



def renumber_addresses(path):
    """Each printed address gets the next number, so the bytes repeat."""
    count = iter(range(1, 1000))
    text = path.read_text()
    path.write_text(re.sub(r"0x[0-9a-f]+", lambda m: f"0x7f{next(count):07x}000", text))


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        FUNCTION_KEYS_OUTPUT,
        "make_session28_fixtures.py",
        "functions as dict keys and set members (each address rewritten in turn, so the bytes repeat)",
        FUNCTION_KEYS_STATEMENTS,
    )
    renumber_addresses(FUNCTION_KEYS_OUTPUT)
    write_numpy_fixture(
        EXCEPTION_ARGUMENTS_OUTPUT,
        "make_session28_fixtures.py",
        "exceptions whose arguments are objects, shown through their __str__ and __repr__",
        EXCEPTION_ARGUMENTS_STATEMENTS,
    )
    write_numpy_fixture(
        DICT_VIEWS_OUTPUT,
        "make_session28_fixtures.py",
        "dict views holding objects, shown through their __repr__",
        DICT_VIEWS_STATEMENTS,
    )
