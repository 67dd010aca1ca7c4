#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the language features session 33 (lang33) added.

192: a memoryview's `release()` and its `with` block (Python's library reference, stdtypes): every later use of the
view is CPython's ValueError, equality of a released view is identity, and its sub-views and casts live on.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session33_lang33_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the fixtures named below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session33_lang33_fixtures.py"

MEMORYVIEW_RELEASE = [
    "m = memoryview(b'abcd')",
    "part = m[1:3]",
    "signed = m.cast('b')",
    "m.release()",
    "m.release()",
    "m[0]",
    "len(m)",
    "m.tolist()",
    "m.nbytes",
    "m.obj",
    "m.readonly",
    "m.format",
    "m.itemsize",
    "m.ndim",
    "m.shape",
    "m.strides",
    "m.suboffsets",
    "m.c_contiguous",
    "m.contiguous",
    "m.f_contiguous",
    "m.tobytes()",
    "m.hex()",
    "m.cast('B')",
    "m.toreadonly()",
    "bytes(m)",
    "memoryview(m)",
    "m[0:1]",
    "m[0] = 1",
    "m.nosuch",
    "m == b'abcd'",
    "b'abcd' == m",
    "m == m",
    "m != m",
    "m == memoryview(b'abcd')",
    "memoryview(b'abcd') == m",
    "part.tolist(), signed.tolist()",
    "with memoryview(b'xyz') as view:\n    print(view[0], view.tolist())\n    print(view.readonly)",
    "view[0]",
    "view == view",
    "view.tolist()",
    "with memoryview(b'xyz') as view:\n    inner = view[1:]",
    "inner.tobytes()",
    "view.release()",
    "r = memoryview(b'q')",
    "r.release()",
    "with r:\n    pass",
    "def first(data):\n    with memoryview(data) as v:\n        return v[0]",
    "first(b'hello')",
    "def released_first(data):\n    m = memoryview(data)\n    m.release()\n    try:\n        return m[0]\n"
    "    except ValueError as error:\n        return str(error)",
    "released_first(b'abc')",
]

FIXTURES = [
    ("192-lang33-memoryview-release.txt",
     "a memoryview's release() and with block: later uses are CPython's ValueError", MEMORYVIEW_RELEASE),
]

if __name__ == "__main__":
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / name, SCRIPT, description, statements)
