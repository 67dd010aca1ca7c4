#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for the NumPy functions session 26 (issue 10, NumPy breadth) added
to the snippet language, chosen by how many of NumPy's own docstring examples they unlock: one fixture per addition,
`interpreter/200-*` to `interpreter/209-*`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy26_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
fixtures below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# np.emath's power, logn, arccos, arcsin and arctanh: asarray first, complex (or float, for power's exponent) only
# where a real element lies outside the real function's domain.
EMATH = [
    "np.emath.power(2, 2), np.emath.power([2, 4], 2), np.emath.power([2, 4], -2)",
    "np.emath.power([-2, 4], 2)",
    "np.emath.power([2, 4], [2, 4])",
    "np.emath.power(-2, 3), np.emath.power(-2., 2.), np.emath.power(2, -1)",
    "np.emath.power(np.float32([-2., 3.]), 2), np.emath.power(np.float32([2., 3.]), 2)",
    "np.emath.power(np.int8([-2, 3]), 2), np.emath.power(np.int16([2, 3]), np.int8(-2))",
    "np.emath.power(np.array([1.5, 2.5]), [-1, 3])",
    "np.emath.power(np.float32([2., 3.]), 2.5), np.emath.power(np.float32(2), 2)",
    "np.emath.power([1j, 2], 2)",
    "np.emath.power(2)",
    "np.emath.power(x=2, p=3)",
    "np.emath.logn(2, [4, 8])",
    "np.emath.logn(10, 1000.), np.emath.logn(2, 0), np.emath.logn([2, 4], [[8], [16]])",
    "np.emath.arccos(1), np.emath.arccos([1, 0.5]), np.emath.arccos(-1.)",
    "np.emath.arcsin(0), np.emath.arcsin([0, 1]), np.emath.arcsin(np.float32([0.5, -1]))",
    "np.emath.arctanh(0.5), np.emath.arctanh([0, -0.5]), np.emath.arctanh(np.float32(0.25))",
    "np.emath.arctanh(1.), np.emath.arctanh([-1, 0])",
    "np.emath.sqrt(4), np.emath.sqrt([-4, 9])",
    "np.set_printoptions(precision=4)",
    "np.emath.power([-2, 4], 2)",
    "np.set_printoptions(precision=8)",
]

# np.isdtype, np.mintypecode, np.array_repr and np.asanyarray, with NumPy's errors and autograd's for a traced value.
TYPE_HELPERS = [
    "np.isdtype(np.float32, np.float64), np.isdtype(np.float32, 'real floating')",
    "np.isdtype(np.complex128, ('real floating', 'complex floating')), np.isdtype(np.dtype('i4'), 'integral')",
    "[np.isdtype(t, k) for t in (np.bool_, np.int8, np.uint64, np.float16, np.complex64) for k in ('bool', "
    "'signed integer', 'unsigned integer', 'numeric')]",
    "np.isdtype(np.float64, np.dtype('f8')), np.isdtype(np.str_, 'numeric'), np.isdtype(np.floating, 'real floating')",
    "np.isdtype(np.int64, (np.int32, np.dtype(np.int64)))",
    "np.isdtype(float, 'bool')",
    "np.isdtype('f8', 'bool')",
    "np.isdtype(np.zeros(2), 'bool')",
    "np.isdtype(np.float64, 'foo')",
    "np.isdtype(np.float64, [1])",
    "np.isdtype(np.float64, ('numeric', 3))",
    "np.mintypecode(['d', 'f', 'S'])",
    "x = np.array([1.1, 2-3.j])",
    "np.mintypecode(x), np.mintypecode('abceh', default='G'), np.mintypecode([])",
    "np.mintypecode(['F', 'd']), np.mintypecode('fd'), np.mintypecode([np.float32(1), 'f'])",
    "np.mintypecode(np.arange(3)), np.mintypecode('ih', typeset='ihb'), np.mintypecode(['gd', 'x'])",
    "np.array_repr(np.array([1,2])), np.array_repr(np.array([], np.int32))",
    "x = np.array([1e-6, 4e-7, 2, 3])",
    "np.array_repr(x, precision=6, suppress_small=True)",
    "np.array_repr(x), np.array_repr(np.arange(12.), max_line_width=30)",
    "np.array_repr(np.array(5)), np.array_repr(np.float32([0.1, 2])), np.array_repr(np.array([1+2j]), precision=2)",
    "np.array_repr(np.array([1., 2.]), 80, 3, False)",
    "np.asanyarray([1, 2]), np.asanyarray((1.5, 2), dtype=np.float32), np.asanyarray(3)",
    "b = np.arange(4.)",
    "np.asanyarray(b) is b, np.asanyarray(b, dtype=np.float64) is b, np.asanyarray(b, dtype=int)",
    "a = np.array([(1., 2), (3., 4)], dtype='f4,i4').view(np.recarray)",
    "np.asanyarray(a)",
    "np.asanyarray(np.asarray(a))",
    "m = np.ma.array([1., 2.], mask=[0, 1])",
    "np.asanyarray(m) is m",
    "np.asanyarray([1, 2], x=1)",
    "np.asanyarray()",
    "import autograd.numpy as anp",
    "from autograd import grad",
    "grad(lambda v: anp.sum(anp.asanyarray(v)))(np.array([1., 2.]))",
]

# np.unwrap, np.linalg.cond with the orders computed from the inverse (the others print digits of LAPACK's SVD, which
# stay refused), their errors, and autograd's for a traced value.
UNWRAP_COND = [
    "phase = np.linspace(0, np.pi, num=5)",
    "phase[3:] += np.pi",
    "phase",
    "np.unwrap(phase)",
    "np.unwrap([0, 1, 2, -1, 0], period=4)",
    "np.unwrap([ 1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)",
    "np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4)",
    "phase_deg = np.mod(np.linspace(0 ,720, 19), 360) - 180",
    "np.unwrap(phase_deg, period=360)",
    "np.unwrap([0., 3.5, 7., 1.], discont=4.), np.unwrap([0, 2, 4, 6, 1], period=5), np.unwrap([0, 3, 6], period=6)",
    "np.unwrap([[0., 4., 8.], [1., 5., 9.], [0., -4., 2.]]), np.unwrap([[0., 4.], [5., 9.], [1., 2.]], axis=0)",
    "np.unwrap([0, 3, 6, 9]), np.unwrap([True, False])",
    "np.unwrap([1.]), np.unwrap([]), np.unwrap([0., 3.5, 0.], period=7.)",
    "np.unwrap(np.array([0, 10, 20], dtype=np.int8), period=8)",
    "np.unwrap(5)",
    "np.unwrap([1., 2.], axis=1)",
    "from numpy.linalg import cond",
    "from numpy import linalg as LA",
    "a = np.array([[1, 0, -1], [0, 1, 0], [1, 0, 1]])",
    "LA.cond(a, 'fro'), LA.cond(a, np.inf), LA.cond(a, -np.inf), LA.cond(a, 1), LA.cond(a, -1)",
    "cond([[2., 1.], [1., 3.]], 1), cond(np.array([[[1., 2.], [3., 4.]], [[2., 0.], [0., 4.]]]), 'fro')",
    "cond(np.eye(3, dtype=int), np.inf), cond([[1., np.nan], [0., 1.]], 1)",
    "cond(np.zeros((0, 0)))",
    "cond(np.zeros((2, 0)), 1)",
    "cond([1., 2.], 1)",
    "cond(np.ones((2, 3)), 1)",
    "cond(np.eye(2), 'foo')",
    "cond(np.eye(2), 3)",
    "import autograd.numpy as anp",
    "from autograd import grad",
    "grad(lambda v: anp.sum(anp.unwrap(v)))(np.array([1., 2.]))",
    "grad(lambda v: anp.linalg.cond(v, 1))(np.eye(2))",
]

# out= of np.any, np.all, the percentile and quantile functions (an out of the result's shape and dtype) and
# np.isposinf/np.isneginf (their bool result cast into any numeric out): written through, and out returned itself.
OUTPUTS = [
    "o = np.array(False)",
    "z = np.any([-1, 4, 5], out=o)",
    "z, o",
    "z is o",
    "o = np.array(False)",
    "z = np.all([-1, 4, 5], out=o)",
    "z, o, z is o",
    "b = np.zeros(3, dtype=bool)",
    "np.any([[1, 0, 0], [0, 0, 0]], 0, b), b",
    "np.all([[1, 0, 1], [1, 2, 0]], axis=0, out=b, keepdims=False), b",
    "v = b[::2]",
    "np.any([[0, 0], [0, 1]], axis=1, out=v), b",
    "a = np.array([[10, 7, 4], [3, 2, 1]])",
    "m = np.percentile(a, 50, axis=0)",
    "out = np.zeros_like(m)",
    "np.percentile(a, 50, axis=0, out=out)",
    "m, out",
    "out2 = np.zeros(3)",
    "r = np.quantile(a, 0.5, axis=0, out=out2)",
    "r is out2, out2",
    "f = np.array([[10., np.nan, 4], [3, 2, 1]])",
    "out3 = np.zeros(3)",
    "np.nanpercentile(f, 50, axis=0, out=out3), np.nanquantile(f, 0.5, axis=0, out=np.ones(3))",
    "np.percentile(a, [25, 75], axis=1, out=np.zeros((2, 2))), np.quantile(a, 0.25, out=np.zeros(()))",
    "np.percentile(a, 50, axis=0, out=None), np.any([0, 1], out=None)",
    "x = np.array([-np.inf, 0., np.inf])",
    "y = np.array([2, 2, 2])",
    "np.isposinf(x, y)",
    "y",
    "y = np.array([2, 2, 2])",
    "np.isneginf(x, y)",
    "y",
    "w = np.zeros((2, 3))",
    "np.isposinf(x, out=w), w",
    "np.isneginf(-np.inf, out=np.ones(2, dtype=np.float32))",
]

# np.outer of complex values (NumPy's element-wise multiplication of the raveled operands) and np.nan_to_num of
# complex values (the real and imaginary parts replaced apart).
COMPLEX_OUTER_NAN = [
    "rl = np.outer(np.ones((5,)), np.linspace(-2, 2, 5))",
    "im = np.outer(1j*np.linspace(2, -2, 5), np.ones((5,)))",
    "grid = rl + im",
    "grid",
    "x = np.array([1+2j, -3j, 0.5])",
    "np.outer(x, x), np.outer(x, [1, 2.5]), np.outer([[1j, 2], [3, 4j]], np.array([1, -1j]))",
    "np.outer(np.complex64([1+1j, 2]), np.float32([3, 0.1])), np.outer(1j, 2j)",
    "np.outer(np.array([np.inf + 1j, np.nan]), np.array([1j, 0]))",
    "np.linalg.outer(np.array([1j, 2]), np.array([3, 1 - 1j]))",
    "np.nan_to_num(np.inf + 1j), np.nan_to_num(complex(np.nan, -np.inf))",
    "x = np.array([complex(np.inf, np.nan), np.nan*1j, complex(-np.inf, 3)])",
    "np.nan_to_num(x)",
    "np.nan_to_num(x, nan=-9999, posinf=33333333, neginf=33333333)",
    "np.nan_to_num(np.complex64([complex(np.inf, -np.inf), np.nan]))",
    "np.nan_to_num(np.complex64([complex(np.nan, 1)]), nan=1e300), np.nan_to_num(x, posinf=0.1)",
    "y = np.array([1+2j, complex(np.nan, 0)])",
    "z = np.nan_to_num(y)",
    "z, y, z is y",
]

# numpy._core.numerictypes' helpers that NumPy's docstrings import (english_lower/upper/capitalize, issctype,
# obj2sctype, sctype2char), and np.dtype of a Python class that is no number type, NumPy's object dtype (refused: a
# TypeError before, which `except Exception` caught).
NUMERICTYPES = [
    "from numpy._core.numerictypes import english_lower, english_upper, english_capitalize",
    "english_lower('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'), english_lower('')",
    "english_upper('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'), english_upper('')",
    "english_capitalize('int8'), english_capitalize('Int8'), english_capitalize(''), english_capitalize('éa')",
    "english_lower('ÀÉ Ω'), english_upper('àé ω')",
    "from numpy._core.numerictypes import issctype, obj2sctype, sctype2char",
    "issctype(np.int32), issctype(1.1), issctype(np.dtype(np.str_)), issctype(np.float64(1))",
    "issctype(np.dtype('f4')), issctype('f8'), issctype(None)",
    "obj2sctype(np.int32), obj2sctype(np.array([1., 2.])), obj2sctype(np.array([1.j]))",
    "obj2sctype('string')",
    "obj2sctype(1, default=list), obj2sctype('i2'), obj2sctype(np.dtype('u1')), obj2sctype(float)",
    "obj2sctype([1, 2]), obj2sctype(np.float64(3)), obj2sctype(np.ma.array([1, 2]))",
    "for sctype in [np.int32, np.double, np.cdouble, np.bytes_]:\n    print(sctype2char(sctype))",
    "x = np.array([1., 2-1.j])",
    "sctype2char(x), sctype2char(np.uint16), sctype2char(np.bool_), sctype2char(np.str_), sctype2char(float)",
    "sctype2char('string')",
]

# The array API's np.unique_all, np.unique_counts and np.unique_inverse: np.unique's results as named tuples.
UNIQUE_TUPLES = [
    "x = [1, 1, 2]",
    "uniq = np.unique_all(x)",
    "uniq.values, uniq.indices, uniq.inverse_indices, uniq.counts",
    "uniq",
    "np.unique_all(np.array([[3., 1.], [1., -0.]])), np.unique_all([True, False, True])",
    "uniq = np.unique_counts(x)",
    "uniq.values, uniq.counts, uniq",
    "uniq = np.unique_inverse(x)",
    "uniq.values, uniq.inverse_indices, uniq",
    "np.unique_inverse(np.array([[5, 2], [2, 7]])), np.unique_counts(np.int8([]))",
    "v, c = np.unique_counts([0.5, 0.5, 2.]); v, c, len(np.unique_all(x)), np.unique_all(x)[1]",
    "type(np.unique_all(x)).__name__, np.unique_counts(x)._fields",
    "np.unique_all()",
    "np.unique_counts(x, axis=0)",
]

# np.linalg.tensorinv: the inverse of the array read as a matrix, in the inverse's shape.
TENSORINV = [
    "a = np.eye(4*6)",
    "a.shape = (4, 6, 8, 3)",
    "ainv = np.linalg.tensorinv(a, ind=2)",
    "ainv.shape",
    "a = np.eye(4*6)",
    "a.shape = (24, 8, 3)",
    "ainv = np.linalg.tensorinv(a, ind=1)",
    "ainv.shape",
    "np.linalg.tensorinv(np.array([[2., 1.], [1., 3.]]), 1), np.linalg.tensorinv(np.eye(4, dtype=int).reshape(2, 2, 4))",
    "np.linalg.tensorinv(a, ind=0)",
    "np.linalg.tensorinv(np.ones((2, 3)), ind=1)",
    "np.linalg.tensorinv(np.ones((2, 2)), 1)",
    "import autograd.numpy as anp",
    "from autograd import grad",
    "grad(lambda v: anp.sum(anp.linalg.tensorinv(v, 1)))(np.array([[2., 1.], [1., 3.]]))",
]

# a.flags['WRITEABLE'] = flag (and 'W'), as a.flags.writeable = flag; NumPy's KeyError for another key.
FLAG_ITEMS = [
    "a = np.array([1, 2, 3])",
    "a.flags['WRITEABLE'] = False",
    "b = np.copy(a)",
    "b.flags['WRITEABLE'], a.flags['WRITEABLE'], a.flags.writeable",
    "b[0] = 3",
    "b",
    "a[0] = 3",
    "v = b[1:]",
    "v.flags['W'] = False",
    "v.flags.writeable, b.flags.writeable",
    "v[0] = 1",
    "v.flags['W'] = True",
    "v[0] = 7",
    "b",
    "b.flags['writeable'] = False",
    "b.flags['FOO'] = False",
    "b.flags['C_CONTIGUOUS'] = False",
]

FIXTURES = {
    200: ("numpy26-emath", "np.emath's power, logn, arccos, arcsin and arctanh", EMATH),
    201: ("numpy26-isdtype-mintypecode-array-repr-asanyarray", "np.isdtype, np.mintypecode, np.array_repr, "
          "np.asanyarray", TYPE_HELPERS),
    202: ("numpy26-unwrap-cond", "np.unwrap and np.linalg.cond's orders from the inverse", UNWRAP_COND),
    203: ("numpy26-function-outputs", "out= of np.any, np.all, np.percentile, np.quantile, np.nanpercentile, "
          "np.nanquantile, np.isposinf, np.isneginf", OUTPUTS),
    204: ("numpy26-complex-outer-nan-to-num", "np.outer and np.nan_to_num of complex values", COMPLEX_OUTER_NAN),
    205: ("numpy26-numerictypes", "numpy._core.numerictypes' english_lower, english_upper, english_capitalize, "
          "issctype, obj2sctype, sctype2char", NUMERICTYPES),
    206: ("numpy26-unique-tuples", "np.unique_all, np.unique_counts, np.unique_inverse", UNIQUE_TUPLES),
    207: ("numpy26-tensorinv", "np.linalg.tensorinv", TENSORINV),
    208: ("numpy26-flag-items", "a.flags['WRITEABLE'] = flag", FLAG_ITEMS),
}

if __name__ == "__main__":
    for number, (slug, description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{number}-{slug}.txt", "make_numpy26_fixtures.py", description,
                            statements)
