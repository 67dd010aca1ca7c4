#!/usr/bin/env python3
"""Writes what CPython 3.11 prints for what the reach probe's session-27 corpus "python-library" (CPython's library
reference pages) showed docbuild printing otherwise, and for the modules and names it now runs there.

210: a range's `index`, `count`, `start`, `stop` and `step` (docbuild raised AttributeError), and `in` of a range for
a value that only equals an item (`10.0 in range(20)`: docbuild answered False); `ord` of a one-byte bytes or
bytearray (docbuild raised TypeError); a function's own attributes (`f.calls = 0`: docbuild raised AttributeError) and
what functools.wraps copies (`__doc__`: docbuild left the wrapper's own, `__wrapped__`, the wrapped function's
attributes).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach27a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/210-reach27a-ranges-ord-bytes-function-attributes.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
FOLDER = HERE / "interpreter"

RANGES = [
    "r = range(0, 20, 2)",
    "r.index(10), r.index(10.0), r.index(0), r.index(18), r[5]",
    "r.count(10), r.count(10.0), r.count(11), r.count(True), range(2).count(True), range(2).count(1.0)",
    "10.0 in r, 11.0 in r, 10.5 in r, True in r, False in r, 'a' in r, None in r",
    "4 in range(10, 0, -2), 3 in range(10, 0, -2), 10 in range(10, 0, -2), 0 in range(10, 0, -2)",
    "2.0 in range(10, 0, -2), range(10, 0, -2).index(4), range(10, 0, -2).index(4.0)",
    "r.index(True)",
    "r.index(3)",
    "r.index(25)",
    "r.index(-2)",
    "r.index(3.0)",
    "r.index('a')",
    "r.index(10, 0)",
    "r.index()",
    "r.count()",
    "r.index(x=1)",
    "r.count(value=1)",
    "r.start, r.stop, r.step, range(5).start, range(5).step, range(3, -3, -1).stop",
    "range(0).index(0)",
    "range(-5, 5).index(-5), range(-5, 5).index(4), range(2**40, 2**40 + 3).index(2**40 + 2)",
    "complex(4, 0) in r, np.float64(4.0) in r, np.int64(6) in r, r.index(np.int64(6)), r.count(np.float64(6.0))",
    "class Anything:\n    def __eq__(self, other):\n        return True",
    "Anything() in r, r.index(Anything()), r.count(Anything())",
    "class Never:\n    def __eq__(self, other):\n        return False",
    "Never() in r, r.count(Never())",
    "r.index(Never())",
]

ORD_BYTES = [
    "ord(b'z'), ord(bytearray(b'a')), ord(b'\\x00'), ord(b'\\xff'), ord(bytearray([200]))",
    "ord(b'ab')",
    "ord(b'')",
    "ord(bytearray(b'xyz'))",
    "ord(bytearray())",
    "ord('é'), ord('\\n')",
    "ord('ab')",
    "ord(5)",
]

FUNCTION_ATTRIBUTES = [
    "def g():\n    '''Doc of g.'''\n    return 1",
    "g.attr = 5",
    "g.attr, hasattr(g, 'attr'), getattr(g, 'other', 9)",
    "g.attr += 1",
    "g.attr",
    "del g.attr",
    "hasattr(g, 'attr')",
    "del g.attr",
    "g.attr",
    "g.__doc__",
    "g.__doc__ = 'changed'",
    "g.__doc__",
    "g.__doc__ = None",
    "g.__doc__",
    "h = g",
    "h.shared = [1]",
    "g.shared, g.shared is h.shared",
    "def counter():\n    counter.calls += 1\n    return counter.calls",
    "counter.calls = 0",
    "counter(), counter(), counter.calls",
    "from functools import wraps",
    "def my_decorator(f):\n    @wraps(f)\n    def wrapper(*args, **kwds):\n        print('Calling decorated function')\n"
    "        return f(*args, **kwds)\n    return wrapper",
    "@my_decorator\ndef example():\n    '''Docstring'''\n    print('Called example function')",
    "example()",
    "example.__name__, example.__qualname__, example.__doc__",
    "example.__wrapped__()",
    "@my_decorator\ndef bare():\n    pass",
    "bare.__doc__, bare.__name__",
    "def counted(f):\n    @wraps(f)\n    def inner(*args):\n        inner.calls += 1\n        return f(*args)\n"
    "    inner.calls = 0\n    return inner",
    "@counted\ndef add(a, b):\n    '''Adds.'''\n    return a + b",
    "add(1, 2), add(3, 4), add.calls, add.__doc__, add.__name__",
    "add.__wrapped__(5, 6), add.__wrapped__.__name__",
    "twice = my_decorator(add)",
    "twice.calls, twice.__doc__, twice.__name__, twice.__wrapped__.__name__",
    "twice(1, 1)",
    "twice.calls, add.calls",
    "def tagged(f):\n    f.tag = 'T'\n    return f",
    "@my_decorator\n@tagged\ndef both():\n    return 'b'",
    "both.tag, both(), both.__wrapped__.tag",
    "class Box:\n    def method(self):\n        return 1",
    "Box.method.note = 'n'",
    "Box.method.note, Box().method.note",
]

if __name__ == "__main__":
    write_numpy_fixture(
        FOLDER / "210-reach27a-ranges-ord-bytes-function-attributes.txt",
        "make_reach27a_fixtures.py",
        "a range's index, count, start, stop and step, and in of a range for values equal to an item; ord of bytes; "
        "a function's own attributes and what functools.wraps copies",
        RANGES + ORD_BYTES + FUNCTION_ATTRIBUTES,
    )
