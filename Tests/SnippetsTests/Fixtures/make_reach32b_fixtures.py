#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for what the reach probe's corpora of session 32 (reach32b) met:
`np.argsort`'s default sort of short lines holding equal elements, NumPy's `numpy.testing` assertions, `np.linalg.lstsq`
with `rcond=` and the `np.version` module.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach32b_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/135-reach32b-argsort-short-lines.txt`, `136-reach32b-numpy-testing.txt`,
`137-reach32b-lstsq-rcond-and-version.txt` and `138-reach32b-argsort-random-lines.txt` (240 lines of 2 to 16 elements
and 40 of 17 to 256 drawn from few values, so most hold ties, in the network's dtypes, from a seeded `random.Random`);
rerunning gives identical bytes.

On x86 with AVX-512 (the machine these fixtures come from) NumPy's default argsort of 32- and 64-bit integers and
floats goes to x86-simd-sort's sorting networks, which order equal elements their own way; docbuild took lines of up to
16 as stable (NumPy's insertion sort, which 8- and 16-bit integers, bool, float16 and complex still use), and printed
`array([4, 0, 2, 6, 1, 5, 3])` where NumPy prints `array([4, 0, 6, 2, 1, 5, 3])`. It now repeats the network on lines
of up to 256 elements (x86-simd-sort's `argsort_n`); longer lines with ties stay refused (Reach32bRefusalTests).
"""

import pathlib
import random

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
ARGSORT_OUTPUT = HERE / "interpreter" / "135-reach32b-argsort-short-lines.txt"
TESTING_OUTPUT = HERE / "interpreter" / "136-reach32b-numpy-testing.txt"
LSTSQ_OUTPUT = HERE / "interpreter" / "137-reach32b-lstsq-rcond-and-version.txt"
RANDOM_ARGSORT_OUTPUT = HERE / "interpreter" / "138-reach32b-argsort-random-lines.txt"

ARGSORT_STATEMENTS = [
    # Sanderson's NumPy lecture: the network puts the second 2 first.
    "unsorted_data = np.array([1, 3, 2, 12, -1, 5, 2])",
    "sort_indices = np.argsort(unsorted_data)",
    "sort_indices",
    "unsorted_data[sort_indices]",
    "prices = np.array([12, 6, 10, 5, 6])",
    "np.argsort(prices)",
    "np.argsort(np.array([1, 3, 2, 12, -1, 5, 2]), kind='stable')",
    # Lines of one register (up to 8 elements, padded) and of two (9 to 16), 32- and 64-bit integers and floats.
    "np.argsort(np.array([2, 1, 2, 1, 0]))",
    "np.argsort(np.array([1.0, 0.0, 1.0, 0.0]))",
    "np.argsort(np.array([3, 3, 3, 1, 3, 3, 3, 3]))",
    "np.argsort(np.array([0, 1, 0, 1, 0, 1, 0, 1, 0, 1], dtype=np.int32))",
    "np.argsort(np.array([2.5, 2.5, 1.0, 2.5, 1.0, 2.5, 1.0, 2.5, 1.0, 2.5, 1.0, 2.5, 1.0, 2.5, 1.0, 2.5]))",
    "np.argsort(np.array([5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1], dtype=np.uint32))",
    "np.argsort(np.array([0.5, 0.25, 0.5, 0.25, 0.5], dtype=np.float32))",
    "np.argsort(np.array([0.0, -0.0, 0.0, -0.0, 1.0, -1.0]))",
    # Longer lines: up to 32 registers of eight, merged in groups of 2, 4, ... 32 (up to 256 elements).
    "np.argsort(np.array([3, 1, 2] * 6))",
    "np.argsort(np.array([3, 1, 2] * 6)).tolist() == np.argsort(np.array([3, 1, 2] * 6), kind='stable').tolist()",
    "np.argsort(np.arange(100) % 7).tolist()",
    "np.argsort(np.arange(256.0) % 5).tolist()",
    "np.argsort((np.arange(150) * 37 % 11).astype(np.int32)).tolist()",
    # The network pads a partial register with the dtype's largest value, which a line may hold too.
    "np.argsort(np.array([np.inf, 1.0, np.inf, -np.inf, 1.0, np.inf]))",
    "np.argsort(np.array([2**31 - 1, 0, 2**31 - 1, 0, 5], dtype=np.int32))",
    "np.argsort(np.array([2**63 - 1, 3, 2**63 - 1, 3, 2**63 - 1, 3, 2**63 - 1, 3, 2**63 - 1]))",
    # A line already in order is left as it is.
    "np.argsort(np.array([1, 1, 2, 2, 2, 3, 3]))",
    "np.argsort(np.repeat(np.arange(5), 4))",
    "np.argsort(np.zeros((2, 20), dtype=np.float32), axis=1)",
    # Lines along an axis, and the method.
    "np.argsort(np.array([[3, 1, 3, 1, 2], [0, 0, 0, 0, 0], [4, 3, 2, 1, 0]]))",
    "np.argsort(np.array([[1, 1], [0, 0], [1, 0], [0, 1], [1, 1]]), axis=0)",
    "np.array([2.0, 1.0, 2.0, 1.0, 2.0, 1.0]).argsort()",
    "np.argsort([4, 4, 1, 1, 4])",
    # A line holding NaN goes to std::sort, whose insertion sort of up to 16 elements keeps equal ones in order.
    "np.argsort(np.array([1.0, np.nan, 1.0, 0.0, 1.0, 0.0]))",
    # The dtypes NumPy's insertion sort takes (lines of up to 16): 8- and 16-bit integers, bool, float16.
    "np.argsort(np.array([1, 3, 2, 12, -1, 5, 2], dtype=np.int8))",
    "np.argsort(np.array([4, 0, 4, 0, 4, 0, 1, 1], dtype=np.uint16))",
    "np.argsort(np.array([True, False, True, False, False]))",
    "np.argsort(np.array([1.5, 0.5, 1.5, 0.5, 1.5], dtype=np.float16))",
    # k nearest neighbours, as Tanu Prabhu's notebook picks them.
    "X_train = np.array([[1.0, 2.0], [2.0, 3.0], [3.0, 1.0], [6.0, 5.0], [7.0, 7.0], [8.0, 6.0]])",
    "x = np.array([2.0, 2.0])",
    "distances = [np.sqrt(np.sum((x - x_train) ** 2)) for x_train in X_train]",
    "np.argsort(distances)[:3]",
    "np.argsort(np.abs(np.arange(-4, 5)))",
]

TESTING_STATEMENTS = [
    "from numpy.testing import assert_allclose, assert_almost_equal, assert_array_equal",
    "import numpy.testing as npt",
    # Checks that pass return None: nothing is printed.
    "halfway = np.array([2.0, 1.0]) / 2",
    "np.testing.assert_almost_equal(halfway, [1.0, 0.5])",
    "np.testing.assert_almost_equal(0.1 + 0.2, 0.3)",
    "np.testing.assert_almost_equal(np.pi, 3.14159, decimal=5)",
    "assert_almost_equal(np.array([1.0, 2.0]), np.array([1.0, 2.0000001]))",
    "print(assert_allclose(np.sqrt(2.0) ** 2, 2.0))",
    "assert_allclose(np.array([[1.0, 2.0], [3.0, 4.0]]), [[1.0, 2.0], [3.0, 4.0 + 1e-8]])",
    "assert_allclose(np.linspace(0, 1, 5), 0.5, atol=0.5)",
    "assert_allclose([1, 2, 3], np.array([1.0, 2.0, 3.0]), rtol=0)",
    "npt.assert_allclose(100.0, 101.0, rtol=0.01)",
    "assert_array_equal(np.arange(4).reshape(2, 2), [[0, 1], [2, 3]])",
    "assert_array_equal(np.zeros(3), 0)",
    "assert_array_equal(np.array([True, False]), [1, 0])",
    "npt.assert_array_almost_equal(np.array([1.0, 2.0]), [1.0000001, 2.0])",
    "npt.assert_array_almost_equal(np.ones(2), [1.004, 0.996], decimal=2)",
    "npt.assert_equal(np.arange(3), [0, 1, 2])",
    "npt.assert_equal([1, (2, 3)], [1.0, [2, 3]])",
    "npt.assert_equal(3, 3.0)",
    "npt.assert_equal('abc', 'abc')",
    "npt.assert_equal(np.float64(0.5), 0.5)",
    "npt.assert_(np.all(halfway > 0))",
    "npt.assert_(True, 'never shown')",
    # assert_ raises AssertionError with the message, or with what a callable message returns.
    "npt.assert_(halfway.sum() > 5, 'sum too small')",
    "npt.assert_(False, lambda: 'computed message')",
    "npt.assert_(0)",
    "try:\n    npt.assert_(1 == 2, 'no')\nexcept AssertionError as error:\n    print('caught', error.args)",
    "for value in [1.0, 0.5, 0.25]:\n    assert_allclose(value * 4 / 4, value)\n    print('checked', value)",
    "def check_normalised(v):\n    assert_allclose(np.linalg.norm(v), 1.0)\n    return v",
    "check_normalised(np.array([0.6, 0.8]))",
]

LSTSQ_STATEMENTS = [
    "A = np.array([[1.0, 0.0], [0.0, 1e-6], [0.0, 0.0]])",
    "b = np.array([1.0, 1.0, 1.0])",
    # rcond in (0, 1) is the cutoff relative to the largest singular value.
    "np.linalg.lstsq(A, b, rcond=1e-9)",
    "np.linalg.lstsq(A, b, rcond=1e-3)",
    "np.linalg.lstsq(A, b, rcond=0.01)[2]",
    # LAPACK takes one outside (0, 1) as its machine epsilon: rcond=-1 was NumPy's default before 1.14.
    "np.linalg.lstsq(A, b, rcond=-1)",
    "np.linalg.lstsq(A, b, rcond=0)[0]",
    "np.linalg.lstsq(A, b, rcond=1.0)[2]",
    "np.linalg.lstsq(A, b, rcond=None)[2]",
    "np.linalg.lstsq(np.array([[1.0, 0.0], [0.0, 1e-20], [0.0, 0.0]]), b, rcond=-1)[2]",
    # Hands-on ML's normal equation by least squares.
    "np.random.seed(42)",
    "X = 2 * np.random.rand(100, 1)",
    "y = 4 + 3 * X + np.random.randn(100, 1)",
    "X_b = np.c_[np.ones((100, 1)), X]",
    "theta_best_svd, residuals, rank, s = np.linalg.lstsq(X_b, y, rcond=1e-6)",
    "theta_best_svd",
    "rank",
    "s",
    "x, *rest = np.linalg.lstsq(np.array([[2.0, 0.0], [0.0, 4.0]]), np.array([2.0, 2.0]), rcond=1e-3)",
    "x",
    # The numpy.version module.
    "np.version.version",
    "print('Numpy version:', np.version.version)",
    "np.version.short_version, np.version.full_version, np.version.release",
    "np.version.version == np.__version__",
    "import numpy.version",
    "numpy.version.short_version",
    "from numpy.version import version as numpy_version",
    "numpy_version",
    "np.version.missing_name",
]



def random_argsort_statements(count=240, seed=32):
    """`np.argsort` of lines of 2 to 16 elements from a few values (ties in most), some with infinities or the
    dtype's largest value (which the network pads with), in every dtype the network sorts, some 2-d along an axis;
    then lines of 17 to 256 elements (several registers merged)."""
    draw = random.Random(seed)
    largest = {"int64": "2**63 - 1", "int32": "2**31 - 1", "uint32": "2**32 - 1", "uint64": "7"}
    statements = []
    for _ in range(count):
        dtype = draw.choice(["int64", "int32", "uint32", "uint64", "float64", "float32"])
        pool = ["0", "1", "2", "3"][: draw.randint(2, 4)]
        if dtype.startswith("float"):
            pool += draw.choice([[], ["-0.0", "0.5"], ["np.inf"], ["-np.inf", "np.inf"]])
        elif draw.random() < 0.2:
            pool.append(largest[dtype])
        if draw.random() < 0.2:
            rows = [[draw.choice(pool) for _ in range(draw.randint(2, 9))]] * 2
            rows[1] = [draw.choice(pool) for _ in rows[0]]
            text = "[" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"
            statements.append(f"np.argsort(np.array({text}, dtype=np.{dtype}), axis={draw.choice([0, -1])})")
        else:
            line = ", ".join(draw.choice(pool) for _ in range(draw.randint(2, 16)))
            statements.append(f"np.argsort(np.array([{line}], dtype=np.{dtype}))")
    for _ in range(40):
        dtype = draw.choice(["int64", "int32", "uint32", "float64", "float32"])
        line = ", ".join(str(draw.randint(0, draw.choice([1, 3, 9]))) for _ in range(draw.randint(17, 256)))
        statements.append(f"np.argsort(np.array([{line}], dtype=np.{dtype})).tolist()")
    return statements


if __name__ == "__main__":
    write_numpy_fixture(
        ARGSORT_OUTPUT, "make_reach32b_fixtures.py",
        "np.argsort's default sort of lines of up to 256 elements, equal ones as its AVX-512 network orders them",
        ARGSORT_STATEMENTS)
    write_numpy_fixture(
        TESTING_OUTPUT, "make_reach32b_fixtures.py",
        "numpy.testing's assertions that pass, and assert_'s AssertionError", TESTING_STATEMENTS)
    write_numpy_fixture(
        LSTSQ_OUTPUT, "make_reach32b_fixtures.py", "np.linalg.lstsq with rcond=, and np.version", LSTSQ_STATEMENTS)
    write_numpy_fixture(
        RANDOM_ARGSORT_OUTPUT, "make_reach32b_fixtures.py",
        "np.argsort of random lines holding equal elements, as NumPy's AVX-512 network orders them",
        random_argsort_statements())
