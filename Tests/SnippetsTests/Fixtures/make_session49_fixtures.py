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
keyword, and every other view function given a Python list or number (`np.reshape`, `transpose`, `ravel`, `flip`,
`rot90`, the splits, ...; `array_split` of a list splits `len(list)` whatever the axis, and its pieces are views too;
`np.squeeze` squeezing nothing returns the array it made).
Empty inputs show no strides (docbuild refuses an empty array's reshaped strides by name).
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
    'r = np.reshape([1.0, 2.0, 3.0, 4.0], (2, 2)); r.flags.owndata, r.base',
    'r = np.transpose([[1.0, 2.0]]); r.flags.owndata, r.base',
    'r = np.ravel([[1.0, 2.0]]); r.flags.owndata, r.base',
    'r = np.squeeze([[1.0, 2.0]]); r.flags.owndata, r.base',
    'r = np.swapaxes([[1.0, 2.0]], 0, 1); r.flags.owndata, r.base',
    'r = np.flip([1.0, 2.0]); r.flags.owndata, r.base',
    'r = np.moveaxis([[1.0, 2.0]], 0, 1); r.flags.owndata, r.base',
    'r = np.reshape(2.5, (1, 1)); r.flags.owndata, r.base',
    'r = np.split([1.0, 2.0, 3.0, 4.0], 2); [v.flags.owndata for v in r]',
    'r = np.asarray([1.0, 2.0]); r.flags.owndata, r.base',
    'r = np.diagonal([[1.0, 2.0], [3.0, 4.0]]); r.flags.owndata',
    'r = np.fliplr([[1.0, 2.0]]); r.flags.owndata, r.base',
    'r = np.rot90([[1.0, 2.0]]); r.flags.owndata',
    'r = np.squeeze([1.0, 2.0]); r.flags.owndata, r.base',
    'r = np.squeeze(2.5); r.flags.owndata, r.base',
    'r = np.ravel([1.0, 2.0]); r.flags.owndata, r.base',
    'r = np.ravel(2.5); r.flags.owndata, r.base',
    'r = np.transpose(2.5); r.flags.owndata, r.base',
    'r = np.transpose([1.0, 2.0]); r.flags.owndata, r.base',
    'r = np.reshape([1.0, 2.0], (2,)); r.flags.owndata, r.base',
    'r = np.reshape(2.5, ()); r.flags.owndata, r.base',
    'r = np.moveaxis([1.0, 2.0], 0, 0); r.flags.owndata, r.base',
    'r = np.swapaxes([1.0, 2.0], 0, 0); r.flags.owndata, r.base',
    'r = np.flip(2.5); r.flags.owndata, r.base, type(r)',
    'r = np.flip([[1.0]], axis=()); r.flags.owndata, r.base',
    'r = np.rot90([[1.0]], 0); r.flags.owndata, r.base',
    'r = np.squeeze([[1.0, 2.0]], axis=()); r.flags.owndata, r.base',
    'r = np.squeeze([[1.0], [2.0]], axis=1); r.flags.owndata, r.base',
    'r = np.expand_dims([1.0], ()); r.flags.owndata, r.base',
    'r = np.matrix_transpose([[1.0]]); r.flags.owndata, r.base',
    'r = np.permute_dims(2.5); r.flags.owndata, r.base',
    'r = np.squeeze(np.float64(2.5)); r.flags.owndata, r.base, type(r)',
    'r = np.ravel(np.float64(2.5)); r.flags.owndata, r.base',
    'r = np.transpose(np.int64(3)); r.flags.owndata, r.base, type(r)',
    'r = np.reshape(True, (1,)); r.flags.owndata, r.base',
    'r = np.swapaxes([[1, 2], [3, 4]], 0, 1); r[0, 1] = 9; r, r.base',
    'r = np.ravel((1.5, 2)); r[0] = 7; r, r.base',
    'r = np.split(np.float64(2.5), 1); r',
    'r = np.array_split((1, 2, 3), [1]); [(p.base, p.strides) for p in r]',
    'r = np.array_split([[1, 2], [3, 4], [5, 6]], 2, axis=1); [(p, p.base) for p in r]',
    'r = np.array_split([[1, 2, 3, 4, 5], [3, 4, 5, 6, 7]], 3, axis=1); [(p, p.base) for p in r]',
    'r = np.array_split([[1, 2, 3, 4, 5], [3, 4, 5, 6, 7]], [1, 4], axis=-1); [(p, p.base) for p in r]',
    'r = np.dsplit([[[1, 2, 3, 4]]], [1]); [(p, p.base, p.strides) for p in r]',
    'r = np.vsplit([[1, 2], [3, 4]], [1]); [(p, p.base, p.strides) for p in r]',
    'r = np.split([[1, 2, 3], [4, 5, 6]], [1], axis=1); [(p, p.base, p.strides) for p in r]',
    't = np.transpose([[1, 2], [3, 4]]); (t.flags.owndata, t.base, t.flags.c_contiguous)',
    's = np.squeeze([[True], [False]]); (s.flags.owndata, s.base)',
    'f = np.flip([1 + 2j, 3j]); (f.flags.owndata, f.base, f.strides)',
    'p = np.split([1.0, 2.0, 3.0, 4.0], 2); [(q.flags.owndata, q.base) for q in p]',
    'p = np.array_split([[1, 2, 3], [4, 5, 6]], 2, axis=1); [(q.flags.owndata, q.base) for q in p]',
    'm = np.moveaxis([[[1, 2]]], 0, -1); (m.flags.owndata, m.base.shape)',
    'k = np.rot90([[1, 2], [3, 4]], 4); (k.flags.owndata, k.base)',
    'v = np.ravel(2.5); (v.flags.owndata, v.base)',
    'w = np.transpose(7); (w.flags.owndata, w.base)',
    'x = np.reshape((1, 2, 3, 4), (4, 1))',
    'x[0, 0] = 9',
    '(x, x.base)',
    'y = np.swapaxes([[1.5, 2.5]], 0, 1); (y, y.base, y.strides)',
    'z = np.fliplr([[1, 2], [3, 4]]); (z.base, z.strides)',
    'u = np.flipud([[1, 2], [3, 4]]); (u.base, u.strides)',
    'q = np.hsplit([[1, 2], [3, 4]], 2); [e.base for e in q]',
    'g = np.matrix_transpose([[1, 2, 3]]); (g.base, g.strides)',
    'h = np.permute_dims([[1, 2, 3]], (1, 0)); (h.base, h.strides)',
    'o = np.rollaxis(np.array([[[1, 2]]]), 2); (o.base.shape, o.strides)',
    'n = np.reshape([np.uint8(3), np.uint8(4)], (2, 1)); (n.dtype, n.base)',
    'c = np.reshape([], (0, 2)); (c.flags.owndata, c.base, c.dtype)',
    'a = np.array([[1, 2, 3], [4, 5, 6]]); p = np.array_split(a, 2, axis=1); [(q.flags.owndata, q.base is a) for q in p]',
    'p = np.array_split([[1, 2, 3], [4, 5, 6]], 2, axis=1); [q.strides for q in p]',
    'p = np.array_split([[1, 2, 3], [4, 5, 6]], 2); [(q.flags.owndata, q.base) for q in p]',
    'p = np.array_split([[1, 2, 3], [4, 5, 6]], 3, axis=1); [(q.flags.owndata, q.base) for q in p]',
    'p = np.array_split([1, 2, 3], 2); [(q.flags.owndata, q.base) for q in p]',
    'p = np.hsplit([[1, 2, 3], [4, 5, 6]], 3); [(q.flags.owndata, q.base) for q in p]',
    'p = np.vsplit([[1, 2, 3], [4, 5, 6]], 2); [(q.flags.owndata, q.base) for q in p]',
    'p = np.split([1, 2, 3], 3); [(q.flags.owndata, q.base) for q in p]',
    'p = np.dsplit([[[1, 2]]], 2); [(q.flags.owndata, q.base) for q in p]',
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
