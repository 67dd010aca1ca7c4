#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 60's in-place mask writes.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session60_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/516-*` fixture; rerunning gives identical bytes.

516: `a[mask] = value` with a boolean mask of the array's whole shape and one number, which docbuild now writes in
place when the name alone holds the array: into float64, int64 and bool arrays, of every kind of number (Python and
NumPy scalars, 0-d and one-element arrays), with the array held by other names, a list, a function's parameter or a
view, a copy taken before, the mask the array itself, masks all true and all false, in a loop, into read-only,
narrow, uint64 and complex arrays and views (NumPy's conversions and errors), and what every holder shows after.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session60_fixtures.py"

MASK_FILLS = [
    # The benchmark's write, on a small array that owns its memory: the name alone holds it.
    "o = np.random.default_rng(0).standard_normal((3, 4))",
    "o.base is None, o.flags.owndata",
    "before = o.copy()",
    "o[o > 0] = 0",
    "o",
    "before",
    # A reshape of a temporary is a view of it, written with its base.
    "a = np.linspace(-1.0, 1.0, 12).reshape(3, 4)",
    "kept = a.copy()",
    "a[a > 0] = 0",
    "a",
    "kept",
    "a.base is None, a.flags.owndata",
    "a.base[4:]",
    # Every kind of number into a float64 array.
    "a[a < -0.5] = 7",
    "a[a == 0] = True",
    "a[a == 7] = np.float32(0.1)",
    "a[a == 1] = np.int8(-3)",
    "a[a < -0.2] = np.array(2.5)",
    "a[a == 2.5] = np.array([4.0])",
    "a[a == 4] = np.uint64(2**63 + 1)",
    "a[a > 1e18] = np.float16(0.3)",
    "a[a < 0] = np.nan",
    "a",
    "a[np.isnan(a)] = -np.inf",
    "a",
    "a[a == a] = 1.5",
    "a",
    "a[a < 0] = 9",
    "a",
    "a.base",
    # Held by another name, a list and a view: every holder sees the write; a copy does not.
    "b = np.arange(12.0).reshape(3, 4)",
    "c = b",
    "held = [b]",
    "row = b[1]",
    "copied = b.copy()",
    "b[b % 3 == 0] = -1",
    "c",
    "held[0]",
    "row",
    "copied",
    "c[c < 0] = 100",
    "b",
    "row",
    # A function's parameter: the caller's array is written.
    "def clear(x):\n    x[x < 5] = 0\n    return x.sum()",
    "d = np.arange(10.0)",
    "clear(d)",
    "d",
    "e = np.arange(8.0)",
    "f = e",
    "clear(e)",
    "f",
    # Int64 arrays: ints and bools stored as they are, floats truncated toward zero, NaN refused.
    "i = np.arange(12).reshape(3, 4)",
    "i[i % 2 == 0] = -1",
    "i",
    "i[i == -1] = True",
    "i[i > 5] = 2.9",
    "i",
    "i[i == 1] = np.int16(-7)",
    "i[i == 2] = -2.9",
    "i",
    "i[i < 0] = np.nan",
    "i",
    "i[i > 0] = 2**63",
    "i[i > 0] = 2**62",
    "i",
    # Bool arrays, with the mask the array itself or its negation.
    "g = np.array([[True, False, True], [False, False, True]])",
    "g[g] = False",
    "g",
    "g[~g] = 1",
    "g",
    "g[g] = 0.0",
    "g",
    "h = np.array([True, False, True, False])",
    "h[np.array([False, True, True, False])] = np.True_",
    "h",
    # Masks all false and all true, 0-d arrays.
    "z = np.zeros((2, 3))",
    "z[np.zeros((2, 3), dtype=bool)] = 5",
    "z",
    "z[np.ones((2, 3), dtype=bool)] = 5",
    "z",
    "s = np.array(3.0)",
    "s[np.array(True)] = 8",
    "s",
    "s[s > 10] = 1",
    "s",
    # In a loop, as a thresholding pass is written.
    "w = np.linspace(0.0, 1.0, 10)",
    "for k in range(5):\n    w[w > 0.8 - k / 10] = k",
    "w",
    # A value of the count of true flags, and one that fits neither: NumPy's own messages.
    "v = np.arange(6.0)",
    "v[v > 2] = np.array([10.0, 20.0, 30.0])",
    "v",
    "v[v > 2] = np.array([1.0, 2.0])",
    "v[v > 2] = np.ones((1, 3))",
    "v",
    # A mask of a leading axis only, and masks of other shapes.
    "m = np.arange(6.0).reshape(2, 3)",
    "m[np.array([True, False])] = -1",
    "m",
    "m[np.array([True, False, True])] = 0",
    "m[np.array([[True, False]])] = 0",
    "m",
    # Views, read-only, narrow, uint64 and complex arrays: NumPy's conversions and errors.
    "t = np.arange(12.0).reshape(3, 4)",
    "tt = t.T",
    "tt[tt > 5] = 0",
    "t",
    "u = t[1:]",
    "u[u < 9] = -5",
    "t",
    "u",
    "q = np.arange(10.0)[2:8]",
    "q[q > 4] = 0",
    "q",
    "q.base",
    "st = np.arange(10.0)[::2]",
    "st[st > 4] = -1",
    "st",
    "st.base",
    "r = np.zeros(3)",
    "r.flags.writeable = False",
    "r[r == 0] = 1",
    "r",
    "n8 = np.array([100, -100, 5], dtype=np.int8)",
    "n8[n8 > 0] = 300",
    "n8[n8 > 0] = 120",
    "n8",
    "f32 = np.array([0.5, -1.5, 2.5], dtype=np.float32)",
    "f32[f32 > 0] = 0.1",
    "f32",
    "u64 = np.array([1, 2, 3], dtype=np.uint64)",
    "u64[u64 > 1] = 7",
    "u64",
    "cx = np.array([1 + 2j, -1j, 3])",
    "cx[cx.real > 0] = 0",
    "cx",
    "fl = np.arange(4.0)",
    "fl[fl > 1] = 2j",
    "fl",
]

FIXTURES = {
    "516-masked-fills": (
        "a[mask] = value with a boolean mask of the array's whole shape and one number, into arrays of every storage "
        "class held in every way, and NumPy's conversions and errors.",
        MASK_FILLS,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
