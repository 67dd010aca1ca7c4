#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 and autograd 1.9.1 prints for writes into a traced value, which the
session-34 reach probe met in published lecture notes.

`218-session34-arraybox-writes.txt`: writing into or deleting from a value a gradient traces. Autograd's ArrayBox has
no `__setitem__` or `__delitem__`: CPython raises its TypeError naming 'ArrayBox' for a traced scalar too (Morten
Hjorth-Jensen's lecture notes differentiate `x[2] = 3` at x = 8.4), where docbuild named 'numpy.float64'; deleting
an item raised NumPy's ValueError for an array. A NumPy scalar's own deletion words it NumPy's way.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34a_arraybox_fixtures.py` (Python 3.11, numpy 2.4.6,
autograd 1.9.1). Rerunning gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "218-session34-arraybox-writes.txt"

ARRAYBOX_STATEMENTS = [
    "import autograd.numpy as anp",
    "from autograd import grad",
    "def f8(x):\n    x[2] = 3\n    return x*2",
    "grad(f8)(8.4)",
    "grad(f8)(anp.float64(8.4))",
    "def write_one(x):\n    x[1] = 3.0\n    return anp.sum(x * 2)",
    "grad(write_one)(anp.array([1.0, 2.0, 3.0]))",
    "def delete_one(x):\n    del x[0]\n    return anp.sum(x * 2)",
    "grad(delete_one)(anp.array([1.0, 2.0, 3.0]))",
    "grad(delete_one)(2.0)",
    "def write_a_copy(x):\n    y = anp.zeros(3)\n    y[0] = 1.0\n    return anp.sum(y * x)",
    "grad(write_a_copy)(2.0)",
    # Untraced, NumPy's own messages.
    "v = np.float64(1.0)",
    "del v[0]",
    "v[0] = 1",
    "w = np.int32(3)",
    "del w[0]",
    "a = np.array(2.0)",
    "del a[()]",
    "b = np.arange(3.0)",
    "del b[0]",
    "b",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session34a_arraybox_fixtures.py",
        "writing into and deleting from a traced value (autograd's ArrayBox) and a NumPy scalar",
        ARRAYBOX_STATEMENTS,
    )
