#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print where an array with more than zero dimensions meets a place that
wants one Python scalar, the wrong outputs reach29a found in Understanding Deep Learning's notebooks and their kin.

- `x[i] = np.random.uniform(a, b, 1)`: a write naming one element (an integer for every axis) does not broadcast its
  value as a write into a view does; NumPy hands it to the dtype's scalar conversion, which refuses a list, tuple,
  range or array, each dtype in its own words (a bool array stores the value's truth). docbuild wrote the one value.
- `x[0:1] = [[7.0]]`, `m[1] = [[1.0, 2.0]]`: a list nesting deeper than the view it is written into, which NumPy
  converts with at most the view's dimensions. docbuild broadcast it.
- `a.flat[:2] = [7, 8, 9]`: a flat iterator's selection takes the value's elements in order, repeated or cut to
  fit, where docbuild broadcast it or raised; its IndexError names the size alone.
- `'%3.3f' % (gradient[0],)` of a one-element row, `complex(a)`, `range(a)`, `[1, 2][a]`: the array's `__float__`,
  `__complex__` and `__index__` errors; `f'{np.array(1.5):.2f}'` and `'%c' % np.int64(65)`, which format.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach29a_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/250-reach29a-element-writes-of-sequences.txt`, `251-reach29a-arrays-as-python-scalars.txt` and
`252-reach29a-class-body-names-and-descriptors.txt` (a class body reading a name it binds later, and staticmethod
and classmethod objects used by hand, which python-patterns and Practical Python showed docbuild getting wrong);
rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

VALUES = [
    "np.array([2.0])", "np.array([2])", "np.array([1.0, 2.0])", "np.array([])", "np.array([[2.0]])",
    "np.array([0.0])", "[2.0]", "[2]", "(2.0,)", "[]", "[1, 2]", "[[2]]", "range(1)", "range(0)",
]
DTYPES = ["float64", "float32", "float16", "int64", "int32", "uint8", "uint64", "bool", "complex128", "complex64"]


def element_writes():
    statements = [
        "def write(dtype, value):\n"
        "    x = np.zeros(3, dtype=dtype)\n"
        "    try:\n"
        "        x[1] = value\n"
        "    except (TypeError, ValueError) as error:\n"
        "        return type(error).__name__ + ': ' + str(error)\n"
        "    return repr(x)\n",
    ]
    for dtype in DTYPES:
        statements.append(f"for value in [{', '.join(VALUES)}]:\n    print(write('{dtype}', value))\n")
    # A complex array into a bool element is refused by name (NumPy's ComplexWarning); the other dtypes refuse it.
    statements.append("[write(dtype, np.array([1j])) for dtype in ['float64', 'int64', 'complex128']]")
    statements += [
        # The notebook's shape: one draw of a one-element array per element.
        "np.random.seed(1)",
        "x = np.ones(4)",
        "for i in range(4):\n    x[i] = np.random.uniform(i / 4, (i + 1) / 4, 1)\n",
        "x",
        "x[0] = np.random.normal(0, 1, 1)[0]; x[0] = np.array(5.0); x[1] = np.float64(3); x",
        "x[1] += np.array([1.0])",
        "x[1] -= np.array([1.0])",
        "x[np.int64(1)] = np.array([2.0])",
        "x[np.array(1)] = [2.0]",
        "x[-1] = (2.0,)",
        "x[4] = [2.0]",
        "x[0, 0] = [2.0]",
        "m = np.ones((2, 3))",
        "m[0, 1] = np.array([3.0])",
        "m[0, 1] += np.array([3.0])",
        "m[0][1] = np.array([3.0])",
        "m[0, -1] = (1.0,)",
        "m[1, 1] = np.array([[1.0]])",
        "m[1, 1] = np.array(7.0); m[0] = np.array([4.0]); m",
        "m.T[2, 0] = [1.0]",
        "m[::2][0, 0] = np.array([1.0])",
        "z = np.zeros(())",
        "z[()] = np.array([2.0])",
        "z[()] = [2.0]",
        "z[...] = np.array([2.0]); z",
        "x[...,0] = np.array([9.0]); x[[0]] = np.array([5.0]); x[True] = np.array([6.0]); x",
        "i = np.zeros(3, dtype=int); i[0] = [2]",
        "i[0] = np.array([2])",
        "i[0] = (2,)",
        "b = np.zeros(3, dtype=bool); b[0] = np.array([True]); b[1] = []; b[2] = [0]; b",
        "b[0] = np.array([1, 2])",
        "c = np.zeros(2, dtype=complex); c[0] = np.array([1j])",
        "c[1] = [1j]",
        # A list nesting deeper than the view it is written into.
        "x = np.zeros(3); m = np.zeros((2, 3)); z = np.zeros(())",
        "x[0, ...] = [2.0]",
        "x[0:1] = [[7.0]]",
        "x[0:1] = np.array([[7.0]]); x",
        "x[:] = [[1.0, 2.0, 3.0]]",
        "x[...] = ([1, 2, 3],)",
        "x[:] = [np.array([1.0, 2.0, 3.0])]",
        "x[:] = [1, [2, 3], 4]",
        "x[:] = [1, np.array([2.0]), 3]",
        "x[:] = [1, (), 3]",
        "x[:] = [[]]",
        "x[:] = [1, np.array(2.0), 3]; x",
        "x[:2] = [[1, 2], [3, 4]]",
        "x[:2] = range(2); x",
        "x[None, :] = [[4.0, 5.0, 6.0]]; x",
        "x[None, :] = [[[4.0, 5.0, 6.0]]]",
        "m[1] = [[1.0, 2.0, 3.0]]",
        "m[1, :] = ((1.0, 2.0, 3.0),)",
        "m[0, None] = [[[1.0, 2.0, 3.0]]]",
        "m[:, :] = [[[1.0, 2.0, 3.0]]]",
        "m[...] = [[[1.0, 2.0, 3.0]]]",
        "m[0] = np.array([[1.0, 2.0, 3.0]]); m",
        "m[[0, 1]] = [[5.0, 6.0, 7.0]]; m",
        "m[m > 100] = [[1.0]]; m",
        "z[...] = [2.0]",
        "z[...] = [[2.0]]",
        "i = np.zeros(3, dtype=np.int8); i[0:1] = [[7]]",
        "c = np.zeros(2, dtype=complex); c[0:1] = [[1j]]",
        "b = np.zeros(2, dtype=bool); b[:] = [[True, False]]",
        "x[5:] = [[1.0]]",
        # A flat iterator's element write says it in one text; its slice takes the elements in order.
        "x = np.zeros(3)",
        "x.flat[0] = [3.0]",
        "x.flat[1] = np.array([3.0])",
        "x.flat[-1] = (1,)",
        "x.flat[0:1] = [[3.0]]; x.flat[[1]] = [[6.0]]; x",
        "i = np.zeros(3, dtype=int); i.flat[1] = [3]",
        "c = np.zeros(3, dtype=complex); c.flat[1] = np.array([3])",
        "b = np.zeros(3, dtype=bool); b.flat[1] = [3]; b.flat[2] = np.array([1]); b",
        "b.flat[0] = np.array([1, 2])",
        # A flat iterator's selection takes the value's elements in order and repeats them; its bounds errors name
        # the size alone.
        "x = np.zeros(3)",
        "x.flat[5]",
        "x.flat[-4]",
        "x.flat[5] = 1.0",
        "x.flat[-4] = 1.0",
        "x.flat[[5]] = 1.0",
        "x.flat[[5]]",
        "x.flat[:] = [1, 2]; x",
        "x.flat[:2] = [7, 8, 9]; x",
        "x.flat[:] = np.array([[1], [2]]); x",
        "x.flat[[0, 1, 2]] = [4, 5]; x",
        "x.flat[:] = []; x",
        "x.flat[x > 4] = [9, 8, 7]; x",
        "m = np.zeros((2, 3)); m.flat[1:5] = [[1, 2], [3, 4]]; m",
        "m.flat[::2] = 7; m",
        "m.flat[[[0, 1], [2, 3]]] = [5, 6]; m",
        "m.T.flat[:3] = [1, 2]; m",
        "i = np.zeros(4, dtype=int); i.flat[:] = [1.5, 2.5]; i",
        "x.flat[1:] = np.array([1.0, 2.0, 3.0, 4.0]); x",
        # ndarray.fill converts its value as an element write does.
        "for dtype in ['float64', 'int64', 'bool']:\n"
        "    for value in [np.array([1.0]), np.array([[1.0]]), np.array(2.0), [1.0], np.array([1, 2]), (), range(1)]:\n"
        "        y = np.zeros(2, dtype=dtype)\n"
        "        try:\n"
        "            y.fill(value)\n"
        "            print(dtype, y)\n"
        "        except (TypeError, ValueError) as error:\n"
        "            print(dtype, type(error).__name__, error)\n",
        # String arrays: the same refusals, without the final period.
        "s = np.array(['ab', 'cd'])",
        "s[0] = ['x']",
        "s[0] = np.array(['x'])",
        "s[1] = ('x', 'y')",
        "s[0:1] = [['x']]",
        "s[0] = 'x'; s[1:] = ['y']; s",
        "bs = np.array([b'ab', b'cd'])",
        "bs[1] = (b'x',)",
    ]
    return statements


ARRAYS_AS_SCALARS = [
    "gradient = np.array([[0.25], [-1.5]])",
    "print('Your gradients: (%3.3f,%3.3f)' % (gradient[0], gradient[1]))",
    "print('Your gradients: (%3.3f,%3.3f)' % (gradient[0, 0], gradient[1, 0]))",
    "'%3.3f' % np.array([1.0])",
    "'%5.2f %s' % (np.array([2.5]), 'a')",
    "'%e' % (np.array([1.0, 2.0]),)",
    "'%g' % (np.array([[1.0]]),)",
    "'%F' % np.array([[1.0]])",
    "'%E' % np.array([1, 2])",
    "'%G' % np.array([], dtype=float)",
    "'%f' % np.array([True])",
    "'%f' % np.array([1j])",
    "'%(a)5.2f' % {'a': np.array([1.0])}",
    "b'%f' % np.array([1.0])",
    "'%5.2f' % np.float64(2.5), '%d' % np.int64(3), '%.1e' % np.array(2.5), '%f' % np.array(1.5)",
    "'%d' % np.array(1.5), '%x' % np.int64(255), '%o' % np.array(8)",
    "'%d' % np.array([1])",
    "'%i' % (np.array([1.5]),)",
    "'%x' % (np.array([1]),)",
    "'%s' % (np.array([1]),), '%r' % (np.array([1.0]),)",
    "'%c' % np.int64(65), '%c' % np.array(66), '%c' % np.uint8(67)",
    "'%c' % np.array(65.0)",
    "'%c' % np.float64(65)",
    "'%c' % np.array([65])",
    "'%c' % np.True_",
    "'{:.2f}'.format(np.array(1.5)), '{:>6}'.format(np.array(1.5)), '{:d}'.format(np.array(3))",
    "format(np.array(2.5), '.1f'), f'{np.array(1.5):.2f}', f'{np.array(7):04d}', '{:5}'.format(np.array(True))",
    "'{:.1f}'.format(np.array(np.float32(1.25))), f'{np.array(np.float32(0.1)):.10f}'",
    "'{:.2f}'.format(np.array([[1.5]]))",
    "f'{np.array([1.0]):.2f}'",
    "format(np.array([1.5]), '')",
    "'{}'.format(np.array([1.0])), '{!r}'.format(np.array([1.0]))",
    "float(np.array([1.0]))",
    "int(np.array([[1]]))",
    "complex(np.array([1.0]))",
    "complex(np.array([1.0, 2.0]))",
    "complex(np.array([]))",
    "complex(np.array(2.0)), complex(np.float64(2.0)), complex(np.array(1j))",
    "complex(1.0, np.array([2.0]))",
    "range(np.array([3]))",
    "range(np.array(3.0))",
    "range(np.array(3)), range(np.int64(3))",
    "range(np.float64(3))",
    "[1, 2, 3][np.array([1])]",
    "[1, 2, 3][np.array(1)], [1, 2, 3][np.int64(-1)], (1, 2, 3)[np.array(2)], 'abc'[np.array(0)]",
    "[1, 2, 3][np.array(1.0)]",
    "[1, 2, 3][np.array([1.0])]",
    "(1, 2, 3)[np.array([1])]",
    "'abc'[np.array([1])]",
    "range(5)[np.array([1])]",
    "[1, 2, 3][np.float64(1)]",
]

CLASS_BODIES = [
    # python-patterns' catalog: a class body's table of its own staticmethod and classmethod objects, called through
    # their descriptor protocol by hand.
    "class A:\n    x = 1\n    @classmethod\n    def c(cls):\n        return cls.x\n    @staticmethod\n"
    "    def s():\n        return 's'\n    table = {'c': c, 's': s}\n",
    "A.table['c'].__get__(None, A)(), A.table['s'].__get__(None, A)()",
    "A.table['c'].__get__(A())(), A.table['s'].__get__(A())()",
    "A.table['c'].__func__(A), A.table['s'].__func__(), A.table['c'].__wrapped__(A), A.table['s'].__wrapped__()",
    "type(A.table['c']).__name__, type(A.table['s']).__name__",
    "class B(A):\n    x = 2\n",
    "A.table['c'].__get__(B())(), A.table['c'].__get__(None, B)(), A.table['c'].__get__(B(), A)()",
    "A.table['c'].__get__()",
    "A.table['s'].__get__()",
    "A.table['c'].__get__(1, 2, 3)",
    "A.table['c'].__get__(instance=None)",
    "A.table['c'].__get__(None)",
    "A.table['s'].__get__(None, None)",
    # Practical Python's `@shares.setter` before any `shares`: a class body reads a name it binds later from the
    # module's names and the builtins, never as an unbound local.
    "class C:\n    @shares.setter\n    def shares(self, value):\n        pass\n",
    "class D:\n    print(undefined_name)\n",
    "g = 5",
    "class F:\n    print(g)\n    g = 3\n    print(g)\n",
    "F.g, g",
    "class G:\n    h = h_missing + 1\n",
    "class H:\n    len = len([1, 2])\n    abs = abs(-3)\n",
    "H.len, H.abs, len('abc')",
    "def outer():\n    v = 1\n    class I:\n        w = g\n        g = 2\n    return I.w, I.g\n",
    "outer()",
    "def f():\n    q = q + 1\n",
    "f()",
    "class J:\n    def m(self):\n        return k\n    k = 1\n",
    "J().m()",
]

if __name__ == "__main__":
    write_numpy_fixture(
        HERE / "interpreter" / "250-reach29a-element-writes-of-sequences.txt",
        "make_reach29a_fixtures.py",
        "a sequence written to one element, per dtype; a list nesting deeper than the view it is written into",
        element_writes(),
    )
    write_numpy_fixture(
        HERE / "interpreter" / "251-reach29a-arrays-as-python-scalars.txt",
        "make_reach29a_fixtures.py",
        "arrays under %-formatting, format specs, complex(), range() and sequence indexing",
        ARRAYS_AS_SCALARS,
    )
    write_numpy_fixture(
        HERE / "interpreter" / "252-reach29a-class-body-names-and-descriptors.txt",
        "make_reach29a_fixtures.py",
        "a class body's names read before it binds them; staticmethod and classmethod objects' __get__ and __func__",
        CLASS_BODIES,
    )
