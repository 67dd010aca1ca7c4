#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements session 40's reach probe (reach40) found docbuild
getting wrong or refusing in published tutorial code nobody here had tuned on (Mike X Cohen's Practical Linear Algebra
for Data Science, Morten Hjorth-Jensen's Computational Physics lectures, Mastering Numerical Computing with NumPy).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach40_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/397-*` to `interpreter/401-*` fixtures it lists below; rerunning gives identical bytes. It records under
OpenBLAS's AVX-512 kernels (OPENBLAS_CORETYPE=SkylakeX), whose orders the transcript tests follow.

397: np.array(object, ndmin=n) (Cohen's chapter 11 builds design matrices with `np.array(x, ndmin=2).T`): ones put
before the shape up to n axes, a view of the array made (its base), no change at n at or below the array's own number
of axes or negative, and NumPy's errors for a float, a str, None and n past 64.
398: np.str_'s NumPy scalar attributes (Mastering Numerical Computing with NumPy, chapter 7): nbytes and itemsize (4
bytes a code point), ndim, shape, size and dtype, beside str's own methods.
399: Python's random module reseeded after `random.seed()` or `random.Random()` without a seed (which seed from the
operating system, so their draws are refused until a seed is given, as in Hjorth-Jensen's random-walk lecture).
400: differences of np.linalg results compared as Cohen compares them with np.allclose (printing or rounding such a
difference, all rounding noise, is refused; Reach40RefusalTests), and a difference that is not noise.
401: array.array repeated by an int (`2 * a` in Yves Hilpisch's Python for Finance, chapter 4: docbuild raised) and its
errors for other counts, `*=`, ordering comparisons and the C type's name in messages ('array.array'); np.zeros_like
and np.ones_like with order= 'C', 'A', 'K', 'F' (one axis) of C-ordered arrays, and a bad order's error.
"""

import os
import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_reach40_fixtures.py"

ARRAY_NDMIN = [
    'x = [1, 2, 3]',
    'X = np.array(x, ndmin=2).T',
    'X',
    'X.shape',
    'np.array(5, ndmin=2)',
    'np.array([[1, 2]], ndmin=1)',
    'np.array([1.5, 2], ndmin=3, dtype=np.float32)',
    'a = np.array(np.arange(3.0), ndmin=2)',
    'a.base',
    'a[0, 0] = 9',
    'a',
    'np.array([1, 2], ndmin=-1)',
    'np.array([1, 2], ndmin=True)',
    'np.array([1, 2], ndmin=np.int64(2))',
    'np.array([1, 2], ndmin=2.0)',
    "np.array([1, 2], ndmin='2')",
    'np.array([1, 2], ndmin=None)',
    'np.array([1, 2], ndmin=65)',
    'np.array([1, 2], ndmin=4).shape',
    'np.hstack((np.ones((3, 1)), np.array(x, ndmin=2).T))',
    'numcourses = [13, 4, 12, 3, 14]',
    'happiness = [70, 25, 54, 21, 80]',
    'D = np.hstack((np.ones((5, 1)), np.array(numcourses, ndmin=2).T))',
    'D.shape',
    'np.round(np.linalg.inv(D.T @ D) @ D.T @ happiness, 3)',
]

TEXT_SCALAR_ATTRIBUTES = [
    "np.str_('n').nbytes",
    "np.str_('numpy').nbytes",
    "np.str_('').nbytes",
    "s = np.str_('numpy')",
    's.itemsize',
    's.ndim',
    's.shape',
    's.size',
    's.dtype',
    "np.str_('é').nbytes",
    's.upper()',
    'len(s)',
    'type(s)',
]

RANDOM_RESEEDED = [
    'import random',
    'random.seed()',
    'random.seed(5)',
    'random.random()',
    'random.randint(1, 6)',
    'random.seed(None)',
    'random.seed(7)',
    'random.random()',
    'r = random.Random()',
    'r.seed(2)',
    'r.random()',
    'random.Random(3).random()',
]

LINALG_DIFFERENCES = [
    'A = np.array([[4.0, 1.0, 2.0], [1.0, 5.0, 3.0], [2.0, 3.0, 6.0], [1.0, 0.0, 1.0]])',
    'Apinv = np.linalg.pinv(A)',
    'ALeft = np.linalg.inv(A.T @ A) @ A.T',
    'np.allclose(ALeft, Apinv)',
    'B = np.array([[2.0, 1.0], [1.0, 3.0]])',
    'np.allclose(np.linalg.inv(B), np.linalg.pinv(B))',
    'np.round(np.linalg.inv(B) - np.eye(2), 4)',
]

ARRAY_MODULE_AND_LIKE_ORDERS = [
    'import array',
    "a = array.array('f', [0.5, 0.75, 1.0])",
    '2 * a',
    'a * 2',
    'a * 0',
    'a * -1',
    'a * True',
    'a * 2.0',
    'a * a',
    "a * 'x'",
    '2.0 * a',
    'a * None',
    'b = a',
    'b *= 2',
    'a',
    'b is a',
    "array.array('i', [1, 2]) * 3",
    'a - a',
    'a < a',
    "a <= a, a > array.array('d', [0.5]), array.array('i', [1, 2]) >= array.array('d', [1.0, 3.0])",
    'a < [1]',
    'c = np.arange(6).reshape(2, 3)',
    "d = np.zeros_like(c, dtype=np.float16, order='C')",
    'd',
    "np.ones_like(c, dtype=np.float16, order='C')",
    "np.ones_like(c, order='K')",
    "np.ones_like(c, order='A').flags['C_CONTIGUOUS']",
    "np.zeros_like(np.arange(3), order='F')",
    "np.zeros_like(c, order='X')",
    'np.zeros_like(c, order=None)',
    "np.zeros_like(c, order='c').strides",
]

FIXTURES = [
    ("397-reach40-array-ndmin", "np.array(ndmin=): ones before the shape, a view of the array made, NumPy's errors",
     ARRAY_NDMIN),
    ("398-reach40-str-scalar-attributes", "np.str_'s NumPy scalar attributes: nbytes, itemsize, ndim, shape, size, dtype",
     TEXT_SCALAR_ATTRIBUTES),
    ("399-reach40-random-reseeded", "Python's random module and random.Random reseeded after an unseeded seed()",
     RANDOM_RESEEDED),
    ("400-reach40-linalg-differences", "differences of np.linalg results compared with np.allclose",
     LINALG_DIFFERENCES),
    ("401-reach40-array-repetition-and-like-orders", "array.array repeated and ordered; np.zeros_like/ones_like "
     "order= of C-ordered arrays", ARRAY_MODULE_AND_LIKE_ORDERS),
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    # The transcript tests follow OpenBLAS's AVX-512 (SkylakeX) kernel orders; a machine that pins another kernel set
    # (OPENBLAS_CORETYPE=Haswell) records with SkylakeX's instead (it needs AVX-512).
    if os.environ.get("OPENBLAS_CORETYPE", "SkylakeX") != "SkylakeX":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, OPENBLAS_CORETYPE="SkylakeX"))
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
