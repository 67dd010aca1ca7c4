#!/usr/bin/env python3
"""Writes the transcripts of issue 10's views (writes through slices, reshapes, transposes and the other views NumPy
returns; `.base`, `.flags`, `.strides`, `np.shares_memory`, read-only views, copies that must not change) from real
Python and NumPy 2.4.6 (and HIPS autograd 1.9 for the gradient theme), into `numpy/` beside the other rounds'
transcripts.

Run: `python3 Tests/SnippetsTests/Fixtures/make_views_fixtures.py`; rerunning gives identical bytes.
"""

from make_numpy_fixtures import HERE, write_themes

THEMES = {}

THEMES["30-views-slices"] = [
    "a = np.arange(10)", "b = a[2:5]", "b[0] = 99", "a", "b", "b.base is a", "a.base is None", "np.shares_memory(a, b)",
    "np.may_share_memory(a, b)", "c = a[::2]", "c[:] = -1", "a", "b", "c", "d = a[::-1]", "d[0] = 100", "a", "d[:3]",
    "e = a[7:]", "e += 1000", "a", "e", "b", "f = a[1:][1:]", "f.base is a", "f[0] = 7", "a", "b",
    "g = a[5:2:-1]", "g", "g[1] = 44", "a", "a[2:8:3] = 0", "b", "c", "a[:] = np.arange(10) * 10", "b", "d", "e",
    "m = np.arange(12).reshape(3, 4)", "r = m[1]", "r", "r[0] = -5", "m", "r *= 2", "m", "r", "col = m[:, 2]",
    "col += 100", "m", "r", "sub = m[1:, 1:3]", "sub[...] = 0", "m", "r", "col", "sub.base is m.base",
    "m[0, ::2] = 9", "sub", "col",
    "x = np.zeros((3, 4))", "x[1][2] = 5", "x", "x[:, 1][0] = 7", "x", "x[0][:] = 1", "x", "x[None][0, 0, 3] = 2", "x",
    "x[..., 0] = 3", "x", "y = x[..., 1]", "y[:] = -1", "x", "z = x[1, ...]", "z += 10", "x", "y",
    "v = np.arange(6.0)", "w = v[np.newaxis, :]", "w[0, 1] = 50.0", "v", "w", "t = v[:, None]", "t[2, 0] = -2.0", "v",
    "s = v[2:2]", "s", "s[:] = 5", "v",
]

THEMES["31-views-shapes"] = [
    "a = np.arange(6)", "m = a.reshape(2, 3)", "m[0, 0] = 100", "a", "m.base is a", "a[5] = -1", "m",
    "n = np.reshape(a, (3, 2))", "n[2, 1] = 55", "a", "m", "t = m.T", "t[0, 1] = 7", "m", "a", "t.base is a",
    "c = np.zeros((3, 4))", "c.T[0] += 1", "c", "c.T[:, 2] = 5", "c", "u = c.transpose()", "u[3] = -1", "c",
    "k = np.transpose(c)", "k[0, 0] = 42", "c", "r = a.ravel()", "r[0] = 0", "a", "r.base is a",
    "q = m.T.ravel()", "q[0] = -9", "m", "q", "q.base is None", "p = m.T.reshape(6)", "p[0] = 1234", "m", "p",
    "p.base", "p.base is m", "sq = np.zeros((1, 3))", "s2 = sq.squeeze()", "s2[1] = 8", "sq", "s3 = np.squeeze(sq)",
    "s3 += 1", "sq", "e = np.expand_dims(a, 0)", "e[0, 2] = 22", "a", "sw = np.swapaxes(m, 0, 1)", "sw[1, 0] = 11",
    "m", "x3 = np.zeros((2, 3, 4))", "mv = np.moveaxis(x3, 0, -1)", "mv.shape", "mv[1, 2, 0] = 1", "x3[0]",
    "f = np.flip(a)", "f[0] = 77", "a", "fl = np.fliplr(m)", "fl[0, 0] = 66", "m", "fu = np.flipud(m)", "fu[0, 0] = 5",
    "m", "v = a.view()", "v.base is a", "v[1] = 31", "a", "v is a", "aa = np.asarray(a)", "aa is a", "aa[0] = 3", "a",
    "at = np.atleast_2d(a)", "at[0, 1] = 9", "a", "parts = np.split(np.arange(6.0), 3)", "parts[1][0] = 50.0",
    "parts", "h = np.arange(8)", "halves = np.split(h, 2)", "halves[0][:] = 0", "h", "h2 = np.array_split(h, 3)",
    "h2[2][0] = -4", "h", "m2 = np.arange(12.0).reshape(3, 4)", "m2[::2, ::-1].reshape(-1)",
    "g = m2[::2].reshape(8)", "g[0] = -1.0", "m2", "g.base is m2.base", "big = np.arange(24).reshape(2, 3, 4)",
    "sl = big[:, 1, :].reshape(8)", "sl[0] = 999", "big[0, 1]", "rv = big[0].reshape(2, 6)", "rv[1, 5] = -11", "big[0]",
]

THEMES["32-views-holders"] = [
    "a = np.zeros(5)", "views = [a[:2], a[2:]]", "views[0][:] = 1", "a", "views[1] += 2", "a", "views",
    "d = {'first': a[:1], 'rest': a[1:]}", "d['rest'][:] = 7", "a", "d['first'][0] = -1", "a", "d",
    "def f(x):\n    x[0] = 1", "b = np.zeros(3)", "f(b)", "b", "f(b[1:])", "b", "def g(row):\n    row *= 10", "g(b[:2])",
    "b", "c = np.arange(12).reshape(3, 4)", "for r in c:\n    r[1] = 5", "c", "for r in c:\n    r += 1", "c",
    "for i, r in enumerate(c):\n    r[0] = i * 100", "c", "for row in c.T:\n    row[0] = -1", "c",
    "class Holder:\n    def __init__(self, data):\n        self.data = data\n        self.head = data[:2]",
    "h = Holder(np.ones(4))", "h.head[1] = 9", "h.data", "h.data[0] = 3", "h.head", "arr = h.data", "arr[3] = -3",
    "h.head", "h.data", "lst = [np.zeros(2) for _ in range(2)]", "v = lst[0][1:]", "v[0] = 4", "lst",
    "t = (np.arange(3), )", "t0 = t[0]", "t0[::2] = 8", "t", "w = np.arange(4.0)", "alias = w", "sub = w[1:3]",
    "alias[2] = 20.0", "sub", "w", "sub[0] = -5.0", "alias", "def set_all(x, v):\n    x[...] = v", "set_all(w[::3], 0)",
    "w", "alias", "def scale(x):\n    x *= 2\n    return x", "res = scale(w[2:])", "res", "w",
    "grid = np.zeros((2, 3))", "rows = list(grid)", "rows[1][2] = 1", "grid", "rows[0] += 4", "grid",
    "s = np.array([3, 1, 2, 0])", "t1 = s[1:]", "s.sort()", "t1", "t1.sort()", "s", "t1.fill(7)", "s", "s[::-1].sort()",
    "s", "t1", "u = np.zeros(4)", "uv = u[1:]", "np.add.at(uv, [0, 0, 2], 1)", "u", "np.add.at(u, [1, 3], 5)", "uv",
    "q = np.arange(6)", "q2 = q.reshape(2, 3)", "q3 = q2[1]", "q3[:] = 0", "q", "q2", "q3 += 9", "q", "q2",
]

THEMES["33-views-attributes"] = [
    "a = np.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])", "a.strides", "a.T.strides", "a[::2].strides", "a[:, ::-1].strides",
    "a[1].strides", "a[:, 1].strides", "np.arange(5.0).strides", "np.arange(5.0)[::2].strides",
    "np.zeros((2, 3), dtype=np.int32).strides", "np.zeros((2, 3), dtype=np.uint8).strides",
    "np.zeros((2, 3, 4)).strides", "np.zeros((2, 3, 4)).transpose(2, 0, 1).strides", "np.zeros(3, dtype=bool).strides",
    "np.zeros(4).reshape(2, 2).strides", "a.flags['C_CONTIGUOUS']", "a.flags['F_CONTIGUOUS']", "a.flags['OWNDATA']",
    "a.flags['WRITEABLE']", "a.T.flags['C_CONTIGUOUS']", "a.T.flags['F_CONTIGUOUS']", "a.T.flags['OWNDATA']",
    "a[::2].flags['C_CONTIGUOUS']", "a[1].flags['C_CONTIGUOUS']", "a[:, 1].flags['C_CONTIGUOUS']",
    "a[:, :1].flags['F_CONTIGUOUS']", "a.flags.c_contiguous", "a.flags.f_contiguous", "a.flags.owndata",
    "a.flags.writeable", "a[1:].flags.owndata", "np.arange(3).flags['F_CONTIGUOUS']",
    "np.zeros((3, 1)).flags['F_CONTIGUOUS']", "a.flags", "a.T.flags", "a[::2].flags", "print(a[:, 1].flags)",
    "a.base", "a[1:].base is a", "a[1:].base.base", "a.T.base is a", "a.reshape(4, 3).base is a",
    "a.ravel().base is a", "a.T.ravel().base", "a.copy().base", "np.array(a).base", "a[[0, 1]].base",
    "a[a > 3].base", "(a + 1).base", "a.astype(float).base", "a.flatten().base", "b = a[1:]", "b.base is a",
    "b[1:].base is a", "a.reshape(-1)[2:].base is a", "np.shares_memory(a, a.T)", "np.shares_memory(a, a.copy())",
    "np.shares_memory(a[0], a[1])", "np.shares_memory(a[:, 0], a[:, 1])", "np.shares_memory(a[0], a[:, 0])",
    "np.shares_memory(a, np.zeros(3))", "np.may_share_memory(a[0], a[1])", "np.may_share_memory(a, a[::2])",
    "np.may_share_memory(a, a + 0)", "np.shares_memory(a[1:], b)", "np.shares_memory(a[::2], a[1::2])",
    "z = np.array([1 + 2j, 3 - 4j])", "zr = z.real", "zr[0] = 10.0", "z", "zi = z.imag", "zi[1] = 0.5", "z",
    "z.real.base is z", "z.real.strides", "np.shares_memory(z.real, z.imag)", "np.may_share_memory(z.real, z.imag)", "x = np.arange(3.0)", "x.real is x",
    "x.real[0] = 5.0", "x", "c = a.copy()", "c[0, 0] = 100", "a", "c.flags.owndata", "n = np.array(a)", "n[0] = -1", "a",
    "a2 = np.arange(6)", "ff = a2[[0, 1]]", "ff[0] = 50", "a2", "a2[[0, 1]] = 7", "a2", "mk = a2[a2 > 3]", "mk[:] = 0",
    "a2", "a2 is a2", "a2[:] is a2", "a2.T is a2", "a2.view() is a2",
]

THEMES["34-views-errors"] = [
    "x = np.arange(5.0)", "b = np.broadcast_to(x, (2, 5))", "b[0, 0] = 1.0", "b.flags['WRITEABLE']", "b.strides",
    "b += 1", "np.shares_memory(b, x)", "x[0] = 9.0", "b", "e = np.eye(3)", "d = e.diagonal()", "d", "d[0] = 5.0",
    "d.flags.writeable", "d.base is e", "d2 = np.diagonal(e)", "d2 += 1", "e[1, 1] = 4.0", "d",
    "r = np.arange(10)", "s = r[2:5]", "s.resize((2,))", "r.resize((2, 5))", "r", "r2 = np.arange(4)", "q = r2",
    "r2.resize((2, 2))", "r3 = np.arange(6)", "v3 = r3[:2]", "r3.resize(3)", "r4 = np.arange(3)", "del_me = 0",
    "r4.resize(5)", "r4", "r5 = np.arange(6)", "r5.resize(2, 3)", "r5", "r6 = np.arange(4)", "r6.resize((2, 2))", "r6",
    "m = np.arange(6).reshape(2, 3)", "m.flat[3]", "m.flat[3] = 7", "m", "m.flat[[0, 5]]", "m.flat[::2] = -1", "m",
    "list(m.flat)", "m.flat[1]", "m.T.flat[1]", "sum(m.flat)",
]

# Writes through views inside a function autograd differentiates (HIPS autograd 1.9): into a constant array the
# result depends on (works: the gradient sees the written values), and into an array computed from the argument
# (autograd's own refusals).
THEMES["35-views-gradients"] = [
    "import autograd.numpy as np", "from autograd import grad", "x = np.array([1.0, 2.0, 3.0, 4.0])",
    "def f(v):\n    z = np.ones(4)\n    w = z[1:3]\n    w[0] = 5.0\n    return np.sum(z * v)", "grad(f)(x)", "f(x)",
    "def g(v):\n    m = np.zeros((2, 4))\n    for r in m:\n        r[::2] = 2.0\n    return np.sum(m @ v)", "grad(g)(x)",
    "def h(v):\n    y = v * 2.0\n    w = y[1:]\n    w[0] = 0.0\n    return np.sum(y)", "grad(h)(x)",
    "def k(v):\n    y = np.zeros(4)\n    w = y[:2]\n    w[0] = v[0]\n    return np.sum(y)", "grad(k)(x)",
    "def p(v):\n    c = np.arange(4.0)\n    c.reshape(2, 2)[1] = 1.0\n    return np.dot(c, v)", "grad(p)(x)", "p(x)",
]


def main():
    write_themes(THEMES, HERE / "numpy", "make_views_fixtures.py")


if __name__ == "__main__":
    main()
