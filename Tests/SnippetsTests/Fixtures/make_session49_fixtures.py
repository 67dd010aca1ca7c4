#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements session 49 found docbuild answering wrongly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session49_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/500-*` fixture; rerunning gives identical bytes.

500: `is` between top-level names paired by `b = a` after one of them was bound again: `a = 1000; b = a; a = 2000;
c = a` left `b` and `c` in one pairing, so `b is c` printed True where CPython prints False. Also `a = a`, `del`, and
chains of pairings over numbers, floats, lists, tuples and arrays (`is` between equal tuples never paired is
refused by name, so no such statement is here).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session49_fixtures.py"

PAIRINGS = [
    "a = 1000", "b = a", "a = 2000", "c = a", "b is c", "c is a", "b is a", "a, b, c",
    "x = [1]", "y = x", "x = x", "x is y", "y = y", "x is y", "z = y", "x is z", "del y", "x is z",
    "y = [1]", "x is y", "y = z", "x is y", "z = 3000", "x is y", "x is z", "z is y",
    "f = 2.5", "g = f", "f = 3.5", "h = f", "g is h", "g is f", "h is f", "g = h", "g is f",
    "t = (1, 2)", "u = t", "t = (1, 2)", "v = t", "v is t", "u == t",
    "m = np.arange(3.0)", "n = m", "m = np.arange(3.0)", "k = m", "n is k", "k is m", "np.shares_memory(n, k)",
    "p = 10**20", "q = p", "r = q", "p = 10**21", "q is r", "p is q", "s = p", "s is r", "s is p",
    "a = [1]", "b = a", "a += [2]", "a is b", "a = 1000", "b = a", "a += 1", "a is b",
    "x = np.arange(3.0)", "y = x", "x += 1", "x is y", "x = x + 1", "x is y", "d = {}", "e = d", "d['k'] = 1", "e is d",
    "def f():\n    q = [1]\n    r = q\n    q = [2]\n    s = q\n    return r is s, s is q", "f()",
    "class C: pass", "o = C()", "p = o", "o = C()", "p is o", "w = 1000.5", "ww = w", "w = w", "ww is w",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "500-name-pairings-after-rebinding.txt", SCRIPT,
        "is between names paired by b = a after one of them was bound again", PAIRINGS)


if __name__ == "__main__":
    main()
