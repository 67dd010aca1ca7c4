#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what session 27 (issue 10, NumPy breadth) added to the snippet
language: one fixture per addition, `interpreter/230-*` to `interpreter/239-*`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy27_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
fixtures below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# initial= and where= of np.sum, np.prod, np.max, np.min, their methods and their ufuncs' reduce. NumPy fills each
# result with initial and then runs its loops unchanged: a contiguous row adds its pairwise sum once
# (`acc += pairwise(row)`), a walk over leading axes adds element by element, and a where= mask runs the row loop on
# each run of unmasked elements. The values are chosen so that another order prints other digits: a large start
# with small elements, 9 and more elements (the pairwise sum's eight accumulators), 2-D along each axis, masks
# that split a row into several runs.
INITIAL_WHERE = [
    # The docstrings' own examples.
    "np.sum([10], initial=5), np.prod([2, 3], initial=5), np.max([5], initial=6), np.min([5], initial=4)",
    "np.sum([[0, 1], [np.nan, 5]], where=[False, True], axis=1)",
    "a = np.array([[0, 1], [2, 3]])",
    "np.max(a, where=[False, True], initial=-1, axis=0), np.min(a, where=[False, True], initial=10, axis=0)",
    "b = np.arange(5, dtype=float)",
    "b[2] = np.nan",
    "np.max(b, where=~np.isnan(b), initial=-1), np.min(b, where=~np.isnan(b), initial=10)",
    "np.max([[-50], [10]], axis=-1, initial=0), np.min([[-50], [10]], axis=-1, initial=0)",
    "np.prod([1., 2.], where=[True, False]), np.prod([[1., 2.], [3., 4.]], axis=1, initial=2)",
    # A large start with small elements: initial + pairwise(row), not pairwise([initial, *row]).
    "x = np.array([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.])",
    "np.sum(x, initial=1e16), np.sum(x[:3], initial=1e16), np.sum(x[:9], initial=1e16)",
    "np.sum(x, initial=1e16) - 1e16, np.sum(x[:7], initial=2**53) - 2**53",
    "y = np.array([1e16, 1., 1., 1., 1., 1., 1., 1., 1., 1., -1e16, 3., 0.5, 0.25, 0.125, 1e-3, 7.])",
    "np.sum(y, initial=1.), np.sum(y, initial=-1e16), np.sum(y, initial=0.1), np.sum(y, initial=-0.)",
    "np.sum(y[::2], initial=1e16), np.sum(y[::-1], initial=1e16), y.sum(initial=3.)",
    "z = np.linspace(0.1, 12.3, 150)",
    "np.sum(z, initial=1e15), np.sum(z, initial=0.3), np.add.reduce(z, initial=1e15)",
    # 2-D along each axis, and a tuple of axes.
    "m = np.array([[1e16, 1., 1., 1., 1., 1., 1., 1., 1., 1.], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.]])",
    "np.sum(m, axis=1, initial=1e16), np.sum(m, axis=0, initial=1e16)",
    "np.sum(m, axis=1, initial=0.1) - m.sum(axis=1), np.sum(m, initial=1e16), m.sum(axis=(0, 1), initial=2.)",
    "np.sum(m, axis=0, initial=0.1, keepdims=True), m.T.sum(axis=0, initial=1e16)",
    "t = np.arange(24.).reshape(2, 3, 4) / 7",
    "np.sum(t, axis=(0, 2), initial=1e16), np.sum(t, axis=(1, 2), initial=0.1), t.sum(axis=1, initial=1e15)",
    "np.add.reduce(m, initial=1e16), np.add.reduce(m, axis=None, initial=1e16), np.add.reduce(m, 1, None, None, False, 1e16)",
    # Empty arrays and 0-d arrays.
    "np.sum(np.zeros((0, 3)), initial=5), np.sum(np.zeros((0, 3)), axis=0, initial=5)",
    "np.max(np.zeros((0, 3)), axis=0, initial=5), np.max(np.zeros((3, 0)), axis=0, initial=5)",
    "np.min(np.array([]), initial=np.inf), np.prod(np.array([]), initial=3)",
    "np.sum(5, initial=1), np.sum(5., axis=(), initial=1), np.sum(np.arange(4.).reshape(2, 2), axis=(), initial=1)",
    # Integer and bool dtypes: the result's dtype (sums in int64 or uint64), initial checked against it.
    "np.sum(np.int8([100, 100, 100]), initial=300), np.sum(np.uint8([200, 200]), initial=7)",
    "np.prod(np.int16([300, 300]), initial=3), np.sum(np.arange(3), initial=True)",
    "np.max(np.int8([1, 2]), initial=100), np.min(np.int8([1, 2]), initial=-128), np.max(np.uint16([1, 2]), initial=9)",
    "np.sum(np.array([True, False, True]), initial=3), np.prod(np.array([True, True]), initial=4)",
    "np.sum(np.arange(3), initial=2**62), np.prod(np.int64([2**40, 2**40]), initial=3)",
    "np.max(np.int8([1, 2]), initial=300)",
    "np.min(np.int8([1, 2]), initial=-129)",
    "np.sum(np.uint8([1, 2]), initial=-1)",
    "np.max(np.arange(3), initial=np.int64(7)), np.min(np.arange(3.), initial=np.float32(-1.5))",
    # float32: every addition rounded to float32, initial packed to float32 first.
    "f = np.float32([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.1])",
    "np.sum(f, initial=0.1), np.sum(f, initial=1e8), np.prod(f, initial=3), f.sum(initial=np.float32(2.5))",
    "np.max(f, initial=0.95), np.min(f, initial=0.05), np.sum(np.float32([1e8, 1, 1, 1]), initial=1)",
    # where=: the row loop on each run of unmasked elements.
    "w = np.array([True, True, False, True, True, True, True, True, True, True, True, False, True, True, True, True, True])",
    "np.sum(y, where=w), np.sum(y, where=w, initial=1e16), np.sum(y, where=~w, initial=2.)",
    "np.sum(z, where=z > 5), np.sum(z, where=(z < 3) | (z > 9), initial=0.7), z.sum(where=z > 2)",
    "mw = np.array([[True, False, True, True, True, True, True, True, True, True], [True] * 9 + [False]])",
    "np.sum(m, axis=1, where=mw, initial=1e16), np.sum(m, axis=0, where=mw, initial=0.1), np.sum(m, where=mw)",
    "np.sum(m, axis=1, where=[True, False, True, True, True, True, True, True, True, True], initial=1.)",
    "np.add.reduce(m, axis=1, where=mw, initial=0.5), np.prod(m, axis=1, where=mw, initial=3)",
    "np.max(m, axis=1, where=mw, initial=-1), np.min(m, where=mw, initial=5), m.max(where=mw, initial=0.)",
    "np.sum(m, where=False, initial=4), np.sum(np.arange(3), where=[True, False, True], initial=10)",
    "np.sum(np.arange(3.), where=True, initial=1), np.sum(np.arange(3.), where=np.True_, initial=1)",
    "np.max(np.arange(3.), where=[True, False, True], initial=None)",
    "np.max(np.arange(3.), where=[True, False, True])",
    "np.sum(np.arange(3.), where=[True, False])",
    "np.sum(np.ones((2, 3)), axis=1, where=[True, False])",
    "np.max(np.ones((2, 3)), axis=0, where=[[True], [False], [True]], initial=0)",
    "np.sum(np.ones(3), where=np.ones((2, 3), bool))",
    "np.sum(np.arange(3.), initial=None), np.max(np.arange(3.), initial=None), np.sum(x, None, None, None, False, 1.)",
    "x.sum(None, None, None, False, 1e16), x.max(None, None, False, 7.), np.minimum.reduce(x, initial=0.5)",
    "np.maximum.reduce(m, initial=5), np.multiply.reduce(m, axis=None, initial=2), np.amax(m, initial=3e16)",
    # Issue 10's list asked for these two (IssueListRefusalTests refused them until now).
    "x = np.array([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])",
    "np.sum(x, where=x > 1), np.max(x, initial=9), np.min(x, axis=1, where=x > 1, initial=9)",
    # Signed zeros: the running value against each element.
    "np.max(np.array([0.]), initial=-0.), np.max(np.array([-0.]), initial=0.), np.min(np.array([0.]), initial=-0.)",
    "np.min(np.array([-0.]), initial=0.), np.max(np.zeros(20), initial=-0.), np.max(-np.zeros(20), initial=0.)",
    "np.sum(np.array([-0., -0.]), initial=-0.), np.sum(np.array([-0.]), initial=0.)",
    "np.max(np.array([1., np.nan, 2.]), initial=0.), np.max(np.array([1., 2.]), initial=np.nan)",
]

# a.resize of a Fortran-ordered array: NumPy keeps the memory (read in Fortran order), cuts it or extends it with
# zeros, and lays the new shape over it with Fortran strides; an array both C- and Fortran-contiguous gets C strides.
FORTRAN_RESIZE = [
    "a = np.array([[0, 1], [2, 3]], order='F')",
    "a.resize((2, 1))",
    "a",
    "a.flags.f_contiguous, a.flags.c_contiguous, a.strides",
    "b = np.array([[0, 1], [2, 3]], order='F')",
    "b.resize((3, 3))",
    "b, b.flags.f_contiguous, b.strides",
    "b = np.array([[0, 1], [2, 3]], order='F')",
    "b.resize((4,))",
    "b, b.flags.owndata",
    "b = np.array([[0, 1], [2, 3]], order='F')",
    "b.resize((2, 2, 2))",
    "b, b.strides",
    "b = np.array([[0, 1], [2, 3]], order='F')",
    "b.resize(4, 1)",
    "b, b.strides",
    "b = np.array([[0, 1], [2, 3]], order='F')",
    "b.resize(())",
    "b",
    "b = np.array([[0], [3]], order='F')",
    "b.resize((2, 2))",
    "b, b.strides",
    "c = np.asfortranarray(np.arange(12.).reshape(3, 4))",
    "c.resize((2, 5))",
    "c, c.sum(axis=0), c.ravel('K')",
    "d = np.arange(6).reshape(2, 3).T.copy()",
    "d.resize((2, 2))",
    "d",
    "e = np.array([[0, 1], [2, 3]], order='F')",
    "f = e",
    "e.resize((1, 1))",
    "e.resize((1, 1), refcheck=False)",
    "e, f",
    "g = np.array([[0, 1], [2, 3]], order='F')",
    "g.resize((3, 4), refcheck=False)",
    "g",
]

# NumPy's short Python functions its docstrings show, written in the snippet language as NumPy writes them.
SHORT_FUNCTIONS = [
    "np.matrix_transpose([[1, 2], [3, 4]])",
    "np.matrix_transpose([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])",
    "np.matrix_transpose(np.arange(6.).reshape(2, 3)).flags.c_contiguous, np.matrix_transpose(np.ones((2, 1, 3))).shape",
    "np.matrix_transpose([1, 2])",
    "np.matrix_transpose(5)",
    "np.iterable([1, 2, 3]), np.iterable(2), np.iterable('ab'), np.iterable(np.array(3)), np.iterable(np.arange(2))",
    "np.iterable({}), np.iterable(None), np.iterable(range(2)), np.iterable(np.float64(1))",
    "np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1000)",
    "np.real_if_close([2.1 + 4e-13j, 5.2 + 3e-15j], tol=1000)",
    "np.real_if_close([1., 2.]), np.real_if_close(np.complex64([1 + 1e-7j])), np.real_if_close([1 + 1e-3j], tol=0.01)",
    "np.real_if_close(3 + 0j), np.real_if_close([1 + 2e-14j], tol=1)",
    "a = np.array([1+1j, 1+0j, 4.5, 3, 2, 2j], dtype=complex)",
    "np.isreal(a)",
    "np.isreal(1), np.isreal(1j), np.isreal([1., 2.]), np.isreal(np.array([True])), np.isreal(np.float32(2))",
    "a = np.array([1, 2, 3])",
    "np.asarray_chkfinite(a, dtype=np.float64)",
    "np.asarray_chkfinite([1, 2, np.inf])",
    "np.asarray_chkfinite([1., np.nan])",
    "np.asarray_chkfinite([[1, 2], [3, 4]]), np.asarray_chkfinite(a) is a, np.asarray_chkfinite([1j, 2])",
    "np.asarray_chkfinite([1j, np.inf])",
    "np.sort_complex([5, 3, 6, 2, 1])",
    "np.sort_complex([1 + 2j, 2 - 1j, 3 - 2j, 3 - 3j, 3 + 5j])",
    "np.sort_complex(np.int8([3, -1])), np.sort_complex(np.float32([2, 1])), np.sort_complex(np.array([True, False]))",
    "np.sort_complex([[3, 1], [2, 0]])",
    "np.sort_complex(np.array([[3 + 1j, 3 - 1j, 1 + 5j], [1 + 2j, 1 - 2j, 1.5 + 0j]])), np.sort_complex(np.complex64([2, 1 + 1j]))",
    "np.sort_complex(np.array([], dtype=complex)), np.sort_complex(np.ones((2, 0), complex))",
    "a = np.array([[10, 30, 20], [60, 40, 50]])",
    "ai = np.argmax(a, axis=1, keepdims=True)",
    "ai",
    "np.put_along_axis(a, ai, 99, axis=1)",
    "a",
    "np.put_along_axis(a, np.array([[0, 2], [1, 1]]), [[-1, -2], [-3, -4]], axis=-1), a",
    "np.put_along_axis(a, np.array([[1, 0, 1]]), 7, axis=0), a",
    "b = np.arange(6.)",
    "np.put_along_axis(b, np.array([5, 0]), [1.5, 2.5], axis=0), b",
    "np.put_along_axis(b, np.array([1]), 100., axis=None), b",
    "c = np.arange(6).reshape(2, 3)",
    "np.put_along_axis(c, np.array([4, 0]), -1, axis=None), c",
    "np.put_along_axis(a, np.array([[3]]), 0, axis=1)",
    "np.put_along_axis(a, np.array([1]), 0, axis=1)",
    "np.put_along_axis(a, np.array([[1.]]), 0, axis=1)",
    "np.put_along_axis(a, np.array([[1]]), 0, axis=2)",
    "import autograd.numpy as anp",
    "from autograd import grad",
    "grad(lambda v: anp.sum(anp.matrix_transpose(v)))(np.ones((2, 2)))",
    "grad(lambda v: anp.sum(anp.real_if_close(v) * v))(np.array([1., 2.]))",
    "grad(lambda v: anp.sum(v * anp.isreal(v)))(np.array([1., 2.]))",
    "grad(lambda v: anp.sum(anp.asarray_chkfinite(v)))(np.array([1., 2.]))",
    "grad(lambda v: anp.sum(anp.sort_complex(v)))(np.array([2., 1.]))",
]

FIXTURES = {
    230: ("numpy27-reduction-initial-and-where", "initial= and where= of np.sum, np.prod, np.max, np.min, their "
          "methods and ufunc reduce", INITIAL_WHERE),
    231: ("numpy27-fortran-resize", "a.resize of Fortran-ordered arrays", FORTRAN_RESIZE),
    232: ("numpy27-short-functions", "np.matrix_transpose, np.iterable, np.real_if_close, np.isreal, "
          "np.asarray_chkfinite, np.sort_complex, np.put_along_axis", SHORT_FUNCTIONS),
}

if __name__ == "__main__":
    for number, (slug, description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{number}-{slug}.txt", "make_numpy27_fixtures.py", description,
                            statements)
