#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what session 29 (issue 10, NumPy breadth) added to the snippet
language: one fixture per addition, `interpreter/274-*` to `interpreter/279-*` and `interpreter/290-*` to
`interpreter/299-*`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy29_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
fixtures below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# NumPy's flat iterator keeps its position: next(a.flat) takes one item, f.index and f.coords say where it stands
# (the first axis does not wrap past the end), indexing or writing starts it again, copy/np.array/len do not. Writes
# through it (f[index] = value and a.flat = value) take the value's elements over and over until every selected
# position has one; an empty value writes nothing, an int index takes no sequence, a list of bools is no index.
# autograd's ArrayBox has no flat attribute.
FLAT_ITERATORS = [
    "x = np.arange(6).reshape(2, 3)",
    "fl = x.flat",
    "fl.index, fl.coords",
    "next(fl)",
    "fl.index, fl.coords",
    "[(next(fl), fl.index, fl.coords) for _ in range(5)]",
    "next(fl)",
    "next(fl, 'end'), fl.index, fl.coords",
    "fl = x.flat",
    "next(fl), next(fl), fl[4], fl.index, fl.coords",
    "fl = x.flat",
    "next(fl), next(fl), fl[1:3], fl.index",
    "fl = x.flat",
    "next(fl), next(fl), fl.copy(), np.array(fl), len(fl), fl.index",
    "fl[0] = 9",
    "fl.index, x",
    "z = np.arange(8).reshape(2, 2, 2).T",
    "fl = z.flat",
    "next(fl), next(fl), next(fl), fl.coords, fl.index",
    "[next(fl) for _ in range(5)], fl.coords, fl.index",
    "fl = np.arange(8).reshape(2, 2, 2).flat",
    "[next(fl) for _ in range(8)], fl.coords, fl.index",
    "fl = np.arange(12).reshape(3, 4)[:, ::2].flat",
    "[next(fl) for _ in range(6)], fl.coords, fl.index",
    "fl = np.arange(24).reshape(2, 3, 4)[:, :, :1].flat",
    "[next(fl) for _ in range(6)], fl.coords, fl.index",
    "fl = (np.arange(8).reshape(2, 2, 2).T * 2).flat",
    "[next(fl) for _ in range(8)], fl.coords",
    "fl = np.asfortranarray(np.arange(8).reshape(2, 2, 2)).flat",
    "[next(fl) for _ in range(8)], fl.coords",
    "fl = np.arange(3).flat",
    "_ = list(fl)",
    "fl[0]",
    "next(fl), fl.index",
    "fl[1]",
    "list(fl)",
    "fl = np.arange(4).flat",
    "[next(fl) for _ in range(4)], fl.index, fl.coords",
    "fl = np.zeros((2, 0, 3)).flat",
    "fl.index, fl.coords",
    "next(fl)",
    "fl = np.arange(12).reshape(3, 4)[::2, 1:].flat",
    "next(fl), next(fl), next(fl), next(fl), fl.index, fl.coords",
    "x = np.zeros((2, 3), int)",
    "x.flat[:] = [1, 2]",
    "x",
    "x.flat[...] = np.arange(10)",
    "x",
    "x.flat[...] = [[1, 2], [3, 4]]",
    "x",
    "x.flat[...] = []",
    "x",
    "x.flat[1:5] = [7, 8, 9]",
    "x",
    "x.flat[[1, 4]] = [70, 80, 90]",
    "x",
    "x.flat[np.array([True, False] * 3)] = [5, 6]",
    "x",
    "x.flat[::2] = [-1, -2]",
    "x",
    "x.flat[[[0, 1], [2, 3]]] = [11, 12, 13]",
    "x",
    "x.flat[2] = np.array(4)",
    "x",
    "x.flat[2] = [4]",
    "x.flat[[True] * 6] = 1",
    "x.flat[[True, False]]",
    "x.flat[3:5] = 2.9",
    "x",
    "t = np.zeros((2, 3)).T",
    "t.flat[...] = np.arange(6)",
    "t",
    "x = np.zeros((2, 3), int)",
    "x.flat = [1, 2]",
    "x",
    "x.flat = 3.7",
    "x",
    "x.flat = [[1], [2], [3], [4]]",
    "x",
    "x[0].flat = 5",
    "x",
    "x.T.flat = np.arange(6)",
    "x",
    "t = np.zeros((2, 3)).T",
    "t.flat = np.arange(6)",
    "t",
    "out = np.zeros((3, 3))",
    "out.flat = [u + v for (u, v) in np.broadcast(np.array([[1], [2], [3]]), np.array([4, 5, 6]))]",
    "out",
    "x.flat = 'ab'",
    "np.float64(1).flat = 2",
    "y = np.arange(3)",
    "y.flags.writeable = False",
    "y.flat = 1",
    "y.flat[0] = 1",
    "y",
    "from autograd import grad",
    "def reset(x):\n    x.flat = 1.0\n    return x.sum()",
    "grad(reset)(np.arange(3.0))",
    "def reset_product(x):\n    y = x * 2\n    y.flat = 1.0\n    return y.sum()",
    "grad(reset_product)(np.arange(3.0))",
    "def fill(x):\n    z = np.zeros(3)\n    z.flat = x\n    return z.sum()",
    "grad(fill)(np.arange(3.0))",
]

# NumPy's 'print' error mode writes "Warning: … encountered in …" to the process's standard error from C, never to
# sys.stdout, so what a page shows is what 'ignore' shows: np.seterr(all='print') and np.errstate(…='print') run.
PRINT_ERROR_MODE = [
    "old = np.seterr(all='print')",
    "old",
    "np.geterr()",
    "np.int16(32000) * np.int16(3)",
    "np.arange(3.0) / np.arange(3.0)",
    "np.sqrt(-1.0), np.log(0.0), np.float64(1e300) * 1e10, np.float64(1e-300) * 1e-300",
    "np.array([1, 2, 3]) // 0",
    "np.seterr(**old)",
    "np.geterr()",
    "with np.errstate(divide='print', invalid='print'):\n    print(np.ones(2) / 0, np.zeros(1) / 0)",
    "with np.errstate(all='print'):\n    print(np.geterr())",
    "np.geterr()",
    "old = np.seterr(over='print', divide='raise')",
    "np.seterr(divide='print')",
    "np.float32(3e38) * 10",
    "np.seterr(**old)",
    "np.seterr(all='printed')",
]

FIXTURES = {
    274: ("numpy29-flat-iterator-position-and-writes",
          "a.flat's position (next, index, coords) and writes that repeat the value (f[i] = v, a.flat = v)",
          FLAT_ITERATORS),
    275: ("numpy29-print-error-mode", "np.seterr and np.errstate with 'print' (NumPy writes to standard error)",
          PRINT_ERROR_MODE),
}

if __name__ == "__main__":
    for number, (slug, description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{number}-{slug}.txt", "make_numpy29_fixtures.py", description,
                            statements)
