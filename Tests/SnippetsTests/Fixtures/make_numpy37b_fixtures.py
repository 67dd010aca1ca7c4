#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the complex-array features numpy37b (issue 10) checked:

- `np.any`, `np.all`, `a.any()`, `a.all()`, `np.count_nonzero`, `np.nonzero`, `a.nonzero()`, `np.flatnonzero` and
  `np.argwhere` of complex arrays: an element is true when either part is nonzero (a NaN part is nonzero), so
  `-0.5j`, `complex(nan, 0)` and `complex(0, -0.0) + 1e-300j` are true and `complex(-0.0, -0.0)` is false.
- `np.frompyfunc(func, nin, nout)`: NumPy's repr (`<ufunc 'g (vectorized)'>`), `nin`, `nout`, `nargs`,
  `__name__`, `identity`, `ntypes`, `types`, `signature`; calls on broadcast inputs cast to objects (an array's
  elements become Python numbers, float32's as the float64 of their value) into object arrays, a 0-d call's objects
  returned as they are, `nout=2` as a tuple of arrays; NumPy's argument errors.
- `np.var`, `np.std`, `a.var()` and `a.std()` of complex128 arrays with `ddof=`, `axis=` and `keepdims=`: NumPy's
  `_var` (the complex pairwise sum divided by the count as a complex number, the deviations' squared magnitudes
  summed pairwise as float64, divided by `max(n - ddof, 0)`), over random sizes on both sides of 8 and 128 elements
  where the pairwise blocking shows in the last bits; values are printed with `.tolist()` or `repr` of scalars, so
  every bit shows.
- complex sums (and means) in memory order, as NumPy's reductions walk them (a transposed array's pairwise blocks
  differ from its logical order's), and complex64 means divided in complex128 (NumPy's `_mean` divides by an intp
  count, which promotes) and rounded to complex64.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy37b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/367-numpy37b-complex-truth.txt`, `368-numpy37b-complex-var-std.txt` and `369-numpy37b-frompyfunc.txt`;
rerunning gives identical bytes.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_numpy37b_fixtures.py"
TRUTH_OUTPUT = HERE / "interpreter" / "367-numpy37b-complex-truth.txt"
SPREAD_OUTPUT = HERE / "interpreter" / "368-numpy37b-complex-var-std.txt"
FROMPYFUNC_OUTPUT = HERE / "interpreter" / "369-numpy37b-frompyfunc.txt"

TRUTH_STATEMENTS = [
    "nan = float('nan')",
    "z = np.array([0j, -0.5j, complex(nan, 0), complex(-0.0, -0.0), 2+0j, complex(0, nan), 1e-300j, 0j])",
    "np.any(z), np.all(z), z.any(), z.all(), np.count_nonzero(z)",
    "np.nonzero(z), z.nonzero(), np.flatnonzero(z), np.argwhere(z)",
    "m = z.reshape(2, 4)",
    "np.any(m, axis=0), np.all(m, axis=1), m.any(axis=1, keepdims=True), m.all(axis=(0, 1))",
    "np.count_nonzero(m, axis=0), np.count_nonzero(m, axis=1, keepdims=True), np.count_nonzero(m, axis=(0, 1))",
    "np.nonzero(m), m.nonzero(), np.flatnonzero(m), np.argwhere(m)",
    "np.nonzero(m.T), np.flatnonzero(m.T), np.argwhere(m.T), np.count_nonzero(m.T, axis=1), m.T.any(axis=0)",
    "np.nonzero(m[:, ::2]), np.argwhere(m[::-1]), np.flatnonzero(m[:, 1:3])",
    "e = np.zeros(0, dtype=complex)",
    "np.any(e), np.all(e), np.count_nonzero(e), np.nonzero(e), np.flatnonzero(e), np.argwhere(e)",
    "s = np.array(1j)",
    "np.any(s), np.all(s), s.any(), np.count_nonzero(s), np.argwhere(s), np.flatnonzero(s)",
    "np.argwhere(np.array(0j)), np.count_nonzero(np.array(0j))",
    "np.nonzero(s)",
    "c = np.array([1j, 0j, 2+0j], dtype=np.complex64)",
    "c.any(), c.all(), np.count_nonzero(c), np.nonzero(c), np.argwhere(c), np.flatnonzero(c)",
    "np.any([0j, 1j]), np.all([0j, 1j]), np.count_nonzero([1j, 0j, 2j]), np.nonzero([0j, 1j])",
    "type(np.any(z)), type(np.count_nonzero(z)), type(np.count_nonzero(m, axis=0))",
    "np.where(z), np.where(m)",
    "np.argwhere(np.array(2.5)), np.argwhere(np.array(0)), np.argwhere(np.array(True)), np.argwhere(np.array(-0.0))",
]

RNG = "rng = np.random.default_rng(3790)"
SIZES = [1, 2, 3, 7, 8, 9, 15, 16, 17, 33, 100, 127, 128, 129, 130, 200, 255, 256, 257, 300, 513, 1000]

SPREAD_STATEMENTS = [
    RNG,
    "z = np.array([1+2j, 3-1j, -2+0.5j, 4j])",
    "np.var(z), np.std(z), z.var(), z.std(), np.var(z, ddof=1), z.std(ddof=2)",
    "np.var(z).dtype, type(np.std(z)), np.var(z, keepdims=True), np.std(z, keepdims=True).shape",
    "np.var(np.array([1j])), np.std(np.array(2+3j)), np.var(np.array([1j, -1j, 1, -1]))",
    "np.var(np.array([0.1+0.2j, 0.3-0.7j, 1e-3j]), ddof=1), np.std(np.array([1e200+1e200j, -1e200j]))",
    "np.var(np.array([complex(float('nan'), 0), 1j])), np.std(np.array([complex(0, float('inf')), 1]))",
    *(statement for n in SIZES for statement in (
        f"v = rng.standard_normal({n}) + 1j * rng.standard_normal({n})",
        "np.var(v), np.std(v), v.var(ddof=1), v.std(ddof=1)")),
    *(statement for n in [10, 140, 1030, 4099] for statement in (
        f"v = rng.uniform(-1e3, 1e3, {n}) * (1 + 0.37j) + 1j * rng.random({n})",
        "np.var(v), v.std()")),
    "w = rng.standard_normal((37, 150)) + 1j * rng.standard_normal((37, 150))",
    "np.var(w, axis=0).tolist()[:40]",
    "np.var(w, axis=1).tolist()",
    "np.std(w, axis=1, ddof=1).tolist()",
    "np.std(w, axis=0, keepdims=True).shape, np.var(w, axis=1, keepdims=True).tolist()[:5]",
    "np.var(w, axis=(0, 1)), np.var(w), w.std(axis=-1).tolist()[:5], w.var(axis=None, ddof=3)",
    "t = rng.standard_normal((5, 140, 3)) + 1j * rng.standard_normal((5, 140, 3))",
    "np.var(t, axis=1).tolist(), np.std(t, axis=(0, 2)).tolist()[:10], np.var(t, axis=(1, 2), ddof=1).tolist()",
    "np.var(t, axis=0).tolist()[:3], np.std(t, axis=2, keepdims=True).shape, np.var(t)",
    "print(np.var(w, axis=1)[:4]), print(np.std(w[:3], axis=1, keepdims=True))",
    "np.var(np.zeros((2, 0), dtype=complex), axis=0), np.var(np.zeros((0, 2), dtype=complex), axis=0)",
    "np.std(np.array([1j, 2j]), ddof=2), np.var(np.array([1j]), ddof=5)",
    "np.var([1j, 2, 3 - 1j]), np.std((1j, 1))",
    # Layouts: NumPy's reductions walk memory, so a transposed or Fortran-ordered array's sums group differently.
    "w = rng.standard_normal((37, 150)) + 1j * rng.standard_normal((37, 150))",
    "np.sum(w.T, axis=0).tolist()[:3], np.sum(w.T).item(), np.mean(w.T, axis=1).tolist()[:3], w.T.mean().item()",
    "np.sum(w[:, ::2], axis=1).tolist()[:3], np.sum(w[::-1, 1:]).item(), np.sum(w[::-1], axis=0).tolist()[:2]",
    "np.var(w.T, axis=0).tolist()[:3], np.var(w.T).item(), np.std(w[:, ::2], axis=1).tolist()[:3]",
    "np.var(w[::-1, 1:]).item(), np.var(w.T, axis=1).tolist()[:3], np.var(w[:, ::-3], axis=0).tolist()[:3]",
    "f = np.asfortranarray(w)",
    "np.var(f, axis=1).tolist()[:3], np.var(f).item(), np.std(f, axis=0, keepdims=True)[0, :3].tolist()",
    "np.sum(f, axis=1).tolist()[:2], np.mean(f, axis=0).tolist()[:2], f.var(ddof=1)",
    "t = rng.standard_normal((4, 30, 70)) + 1j * rng.standard_normal((4, 30, 70))",
    "u = t.transpose(2, 0, 1)",
    "np.var(u, axis=0).tolist()[0][:3], np.var(u, axis=(1, 2)).tolist()[:3], np.std(u, axis=2).tolist()[0][:3]",
    "np.sum(u, axis=(0, 2)).tolist()[:2], np.var(u).item(), np.var(t[:, ::2, :], axis=(0, 1)).tolist()[:3]",
    # complex64 sums walk memory too, and `_mean` divides them by an intp count: in complex128, rounded to complex64.
    "c = (rng.standard_normal((37, 150)) + 1j * rng.standard_normal((37, 150))).astype(np.complex64)",
    "np.mean(c, axis=1).tolist()[:4], np.mean(c, axis=0).tolist()[:4], np.mean(c).item(), c.mean(axis=1).dtype",
    "np.mean(c.T, axis=1).tolist()[:4], np.mean(c.T).item(), np.sum(c.T, axis=1).tolist()[:3], np.sum(c.T).item()",
    "np.mean(c, axis=0, keepdims=True).shape, np.mean(c), np.mean(c[:, ::3], axis=1)[:3], np.mean(c[::-1, 5:]).item()",
    "np.mean(np.array(1+2j, dtype=np.complex64)), np.mean(np.zeros(0, np.complex64)), np.mean(np.ones((2, 0), np.complex64), axis=1)",
    "np.asfortranarray(c).mean(axis=1).tolist()[:3], np.mean(np.asfortranarray(c)).item(), c.astype(complex).mean(axis=1)[:2]",
    "big = rng.standard_normal(20000) + 1j * rng.standard_normal(20000)",
    "np.sum(big).item(), np.var(big).item(), np.std(big.reshape(100, 200), axis=0).tolist()[:3]",
    "np.var(big.reshape(200, 100).T).item(), np.sum(big.reshape(200, 100).T, axis=1).tolist()[:2]",
]

FROMPYFUNC_STATEMENTS = [
    "def g(x):\n    return x * 2",
    "f = np.frompyfunc(lambda x, y: x + y, 2, 1)",
    "f, repr(f), str(f), f.nin, f.nout, f.nargs, f.__name__, f.identity, f.ntypes, f.types, f.signature",
    "callable(f), [f][0], {'u': f}",
    "f(1, 2), f(np.arange(3), 2.5), f([1, 2], [[10], [20]]), f(np.zeros(0), 1)",
    "f(np.arange(4).reshape(2, 2), np.array([True, False])), f(1.5, np.float32(2.5)), f(np.array(2), 3)",
    "f('ab', 'c'), f(np.array([1, 2], dtype=np.int8), 1), f(np.array([1j, 2]), 1)",
    "type(f(1, 2)), type(f(np.arange(2), 1)[0]), f(np.arange(2), 1).dtype, f(np.arange(6.0).reshape(2, 3), 1).shape",
    "h = np.frompyfunc(divmod, 2, 2)",
    "h, h(7, 2), h(np.arange(4), 3), h.types, h.nout",
    "k = np.frompyfunc(g, 1, 1)",
    "k, k(np.array(2)), k(np.float32(2.5)), k('ab'), k(np.arange(3)), k(np.array([[1.5], [2.5]]))",
    "k(np.array([0.1], dtype=np.float32)), k(np.array([[1, 2]], dtype=object).T), k(np.array([2, 3], dtype=object))",
    "k(np.uint64(7)), k([True, False]), k((1.5, 2)), k(np.float16(1.5)), k(10**20)",
    "m = k(np.arange(4))",
    "m.sum(), m.tolist(), m.shape, m[1]",
    "np.frompyfunc(g, nin=1, nout=1), np.frompyfunc(str, 1, 1)(np.arange(3))",
    "f(1)",
    "f(1, 2, 3, 4)",
    "np.frompyfunc(3, 1, 1)",
    "np.frompyfunc(g, '1', 1)",
    "np.frompyfunc(func=g, nin=1, nout=1)",
    "f(np.arange(2), np.arange(3))",
    "def show(x):\n    print('called', x)\n    return -x",
    "np.frompyfunc(show, 1, 1)(np.arange(3))",
]

if __name__ == "__main__":
    write_numpy_fixture(
        TRUTH_OUTPUT, SCRIPT,
        "np.any, np.all, np.count_nonzero, np.nonzero, np.flatnonzero and np.argwhere of complex arrays "
        "(true when either part is nonzero, NaN true)",
        TRUTH_STATEMENTS,
    )
    write_numpy_fixture(
        SPREAD_OUTPUT, SCRIPT,
        "np.var and np.std of complex128 arrays (NumPy's _var: complex pairwise mean, float pairwise sum of squared "
        "magnitudes) over sizes on both sides of the pairwise blocks",
        SPREAD_STATEMENTS,
    )
    write_numpy_fixture(
        FROMPYFUNC_OUTPUT, SCRIPT,
        "np.frompyfunc: the ufunc's repr and attributes, its calls into object arrays, its argument errors",
        FROMPYFUNC_STATEMENTS,
    )
