#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements of session 54's deferred transposes.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session54_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/515-*` fixture; rerunning gives identical bytes.

515: transposes whose elements docbuild now makes only when they are first read (`DeferredTranspose`): read at once,
read late after writes into the array they view or through them, transposes of transposes (undone, or composed into
another permutation of three axes), transposes of every storage class, matrix products, reductions, element-wise
functions, indexing, copies and flat iteration of them, and a transpose kept while its operand's name is bound to
another array.

Recorded on an AMD EPYC without AVX-512, where NumPy's OpenBLAS sums products in other orders than on the AVX-512
CPUs the other fixtures come from: every product here prints at NumPy's default precision, where those last bits do
not show, and docbuild (which sums in the AVX-512 order) prints the same text.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session54_fixtures.py"

DEFERRED_TRANSPOSES = [
    "a = np.arange(12.0).reshape(3, 4)",
    "t = a.T",
    "t",
    # Writes into the operand, then through the transpose: the view shows both, as NumPy's does.
    "a[0, 1] = 50.0",
    "t",
    "t[1, 2] = -1.0",
    "a",
    "e = a.T",
    "e += 1",
    "a",
    "e.base is a",
    # A transpose of a transpose: undone, or a third order.
    "u = a.T.T",
    "u is a",
    "np.shares_memory(u, a)",
    "u",
    "u.flags['C_CONTIGUOUS']",
    "b = np.arange(24).reshape(2, 3, 4)",
    "c = b.transpose(2, 0, 1)",
    "d = c.transpose(1, 2, 0)",
    "(d == b).all()",
    "c[3, 1, 2]",
    "c.sum(axis=0)",
    "c.transpose(0, 2, 1)[1]",
    "c.T.strides",
    "np.transpose(c, (2, 1, 0)).ravel()",
    # The operand's name bound to another array: the transpose keeps the elements it was taken from.
    "x = np.ones((2, 3))",
    "y = x.T",
    "x = x * 2",
    "y",
    "x",
    "z = np.arange(6.0).reshape(2, 3)",
    "w = z.T",
    "z = z.T",
    "w",
    "z",
    # Every storage class.
    "np.array([[True, False, True], [False, False, True]]).T",
    "np.array([[1 + 2j, 3 - 1j], [0.5j, -2.0]]).T",
    "np.arange(6, dtype=np.int8).reshape(2, 3).T",
    "np.arange(6, dtype=np.float32).reshape(3, 2).T / 3",
    # Read by products, reductions, element-wise functions, indexing, copies and iteration.
    "m = np.linspace(0.0, 1.0, 20).reshape(4, 5)",
    "m.T @ m",
    "m @ m.T",
    "m.T @ m.T.T",
    "np.dot(m.T, np.ones(4))",
    "np.ones(5) @ m.T",
    "m.T.sum(axis=0)",
    "m.T.sum()",
    "np.exp(m.T)[0]",
    "m.T[1]",
    "m.T[:, 2]",
    "m.T[m.T > 0.8]",
    "m.T.copy().flags['C_CONTIGUOUS']",
    "list(m.T.flat)[:6]",
    "[float(v) for v in m.T[0]]",
    "m.T.reshape(20)[:7]",
    "m.T.tolist()[1]",
    # A loop of transposes, each read once.
    "s = np.zeros((3, 3))",
    "for k in range(4):\n    s = s + (np.arange(9.0).reshape(3, 3) * k).T",
    "s",
    "for k in range(3):\n    q = np.arange(6.0).reshape(2, 3) + k\n    r = q.T",
    "r",
    # Transposes of views of a larger array.
    "big = np.arange(30.0).reshape(5, 6)",
    "v = big[1:4, ::2].T",
    "v",
    "big[2, 2] = -9.0",
    "v",
    "v.base is big",
    "v.T.T[0, 1]",
]

FIXTURES = {
    "515-deferred-transposes": (
        "transposes read at once and late, after writes into and through them, transposes of transposes, of every "
        "storage class, and read by products, reductions, functions, indexing, copies and iteration.",
        DEFERRED_TRANSPOSES,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
