#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements session 49 found docbuild answering wrongly.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session49_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/500-*` and `501-*` fixtures; rerunning gives identical bytes.

500: `is` between top-level names paired by `b = a` after one of them was bound again: `a = 1000; b = a; a = 2000;
c = a` left `b` and `c` in one pairing, so `b is c` printed True where CPython prints False. Also `a = a`, `del`, and
chains of pairings over numbers, floats, lists, tuples and arrays (`is` between equal tuples never paired is
refused by name, so no such statement is here).

501: `np.atleast_1d`, `atleast_2d`, `atleast_3d` and `np.expand_dims` of NumPy scalars, Python numbers, lists and
tuples (NumPy makes an array of the value and returns a view of it: OWNDATA False, that array as `.base`; docbuild
returned an array of its own), of several arguments at once (each what the function gives it alone) and with `a=` by
keyword. Empty inputs show no strides (docbuild refuses an empty array's reshaped strides by name).
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

INPUTS = ["2.5", "True", "7", "[1.0, 2.0]", "[[1, 2], [3, 4]]", "(1.5, 2.5)", "np.float64(2.5)", "np.int32(3)",
          "np.bool_(True)", "np.complex128(1+2j)", "np.float32(1.5)", "np.array(2.5)", "np.arange(3.0)",
          "np.arange(6).reshape(2, 3)", "np.arange(6.0).reshape(2, 3).T", "np.arange(24.0).reshape(2, 3, 4)", "[]",
          "np.zeros((0, 2))"]
ADDING = []
for given in INPUTS:
    shown = "(v.flags.owndata, v.base)" if given in ("[]", "np.zeros((0, 2))") else "(v.flags.owndata, v.strides, v.base)"
    for call in ["np.atleast_1d({})", "np.atleast_2d({})", "np.atleast_3d({})", "np.expand_dims({}, 0)",
                 "np.expand_dims({}, -1)", "np.atleast_1d({}, {})", "np.atleast_3d({}, [1])"]:
        ADDING.append(f"r = {call.format(given, given)}; "
                      f"[{shown} for v in r] if isinstance(r, tuple) else {shown.replace('v.', 'r.')}")
ADDING += [
    "r = np.expand_dims([1.0, 2.0], axis=0); (r.flags.owndata, r.strides, r.base)",
    "r = np.expand_dims(a=2.5, axis=0); (r.flags.owndata, r.strides, r.base)",
    "r = np.expand_dims(2.5, axis=(0, 1)); (r.flags.owndata, r.strides, r.base)",
    "r = np.atleast_2d([1.0, 2.0]); r[0, 0] = 9; r, r.base",
    "r = np.atleast_1d(5, [1, 2], np.arange(3.0)); [v.base is None for v in r]",
    "x = np.arange(3.0); r = np.atleast_2d(x, x); r[0].base is x, r[1].base is x, np.shares_memory(r[0], x)",
    "x = np.arange(3.0); r = np.atleast_1d(x, 2.0); r[0] is x, r[1].base",
    "x = np.arange(3.0); r = np.expand_dims(a=x, axis=0); r.base is x, r.strides",
    "x = np.arange(3.0); r = np.expand_dims(x, axis=1); r.base is x, r.strides",
    "y = np.array(2.5); np.atleast_3d(np.einsum('...->...', y)).flags",
]


def main():
    write_numpy_fixture(
        HERE / "interpreter" / "500-name-pairings-after-rebinding.txt", SCRIPT,
        "is between names paired by b = a after one of them was bound again", PAIRINGS)
    write_numpy_fixture(
        HERE / "interpreter" / "501-views-of-the-arrays-numpy-makes-of-scalars-and-lists.txt", SCRIPT,
        "np.atleast_1d/2d/3d and np.expand_dims of scalars, numbers, lists and several arguments", ADDING)


if __name__ == "__main__":
    main()
