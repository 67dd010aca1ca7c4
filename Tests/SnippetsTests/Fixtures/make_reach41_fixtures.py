#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements session 41's reach probe (reach41) found docbuild
getting wrong or refusing around published tutorial code nobody here had tuned on (the SciPy Cookbook's recipes, Jake
VanderPlas's ASTR 599 notebooks).

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach41_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/410-*` to `interpreter/415-*` fixtures it lists below; rerunning gives identical bytes. It also checks
that StarImports.swift's lists for numpy.random, numpy.linalg and numpy.fft are those modules' `__all__`.

410: np.arange with a zero step (NumPy divides `stop - start` by the step with the ends' own arithmetic: Python ints
raise "division by zero", a Python float among them "float division by zero", a NumPy scalar or 0-d array divides to
inf or nan and NumPy's ValueError follows; docbuild said "division by zero" for all), and np.mgrid/np.ogrid's zero
steps, whose error follows each slice's own parts; np.arange with a list, tuple, dict or set end or step (NumPy's
"scalar arguments expected instead of a tuple" for a tuple stop, else Python's operator errors for `stop - start` and
`/ step`; docbuild said "arange() argument must be a string or a real number").
411: np.r_ and np.c_ with float and complex slices (the SciPy Cookbook's interpolation recipe: `r_[-3:13:0.1]`), which
NumPy's AxisConcatenator makes with arange and linspace (a complex step's magnitude, truncated, is the point count).
412: NumPy's modules' `__name__` (`np.emath` is `numpy.lib.scimath`), a module's `__class__` (ASTR 599's object
orientation lecture), and `from numpy.random import *` (the SciPy Cookbook's particle filter), `from numpy.linalg
import *` and `from numpy.fft import *`.
413: np.arange with float ends and an integer dtype, which NumPy fills from its first two values cast to the dtype
(`np.arange(0, 5, 1.5, dtype=int)` is 0, 1, 2, 3; docbuild truncated the float range, 0, 1, 3, 4), and dtype=bool
(NumPy's TypeError past two values; docbuild made a longer range).
414: None given where NumPy does not default it: np.linspace's and np.logspace's num, start and stop (NumPy's
TypeErrors; docbuild spaced 50 points from 0) and endpoint (false), the shape of np.zeros/ones/empty/full ("Use ()
not None"), `a.reshape(None)` and `np.reshape(a, None)` (the shape kept; docbuild made it ()); np.empty(2.5)'s error;
np.reshape, np.transpose and np.squeeze of a Python number (a 0-d array, not a NumPy scalar).
415: None given to NumPy parameters whose default is a number, which snippets' argument binding read as absent (docbuild
ran `np.round(a, None)`, `np.std(a, ddof=None)`, `a.sum(keepdims=None)`, `np.diff(a, n=None)`, `np.eye(3, k=None)`,
`np.histogram(x, bins=None)` with the defaults): NumPy's TypeErrors, beside the same calls with numbers.
"""

import os
import pathlib
import re
import sys

import numpy as np
import numpy.fft
import numpy.linalg
import numpy.random

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_reach41_fixtures.py"
STAR_TABLE = HERE.parents[2] / "Sources" / "Snippets" / "Interpreter" / "StarImports.swift"

ARANGE_ZERO_STEPS = [
    'np.arange(0, 1, 0)',
    'np.arange(0, 1, 0.0)',
    'np.arange(0, 1, -0.0)',
    'np.arange(0.0, 1, 0)',
    'np.arange(0, 1.0, 0)',
    'np.arange(5, step=0)',
    'np.arange(0, 1, False)',
    'np.arange(True, 3, 0)',
    'np.arange(0.5, 1.5, 0, dtype=int)',
    'np.arange(0, 1, 0, dtype=float)',
    'np.arange(0, 1, 0, dtype=np.float32)',
    'np.arange(0.0, 1.0, 0, dtype=np.int32)',
    "np.arange(0, float('nan'), 0)",
    "np.arange(0, float('inf'), 0.0)",
    'np.arange(0, 1, np.float64(0))',
    'np.arange(0, 1, np.int64(0))',
    'np.arange(np.int64(0), 1, 0)',
    'np.arange(np.float64(1), 2, 0)',
    'np.arange(0, np.float64(1), 0)',
    'np.arange(np.int64(0), np.int64(1), 0)',
    'np.arange(np.float64(1), 1, 0)',
    'np.arange(np.array(1.0), 2, 0)',
    'np.arange(0, 1, np.array(0))',
    'np.arange(0, 1, np.float32(0))',
    'np.arange(np.float32(0), 1, 0.0)',
    'np.arange(np.float32(2), 1, 0)',
    'np.arange(1, 0.0)',
    'np.arange(0, 1, 0.5)',
    'np.mgrid[0:1:0]',
    'np.mgrid[0:1:0.0]',
    'np.mgrid[0.5:1:0]',
    'np.mgrid[0:1:0, 0:2]',
    'np.mgrid[0:1:0.0, 0:1:2j]',
    'np.mgrid[0:1:0.5, 0:1:0]',
    'np.ogrid[0:1:0]',
    'np.ogrid[0:1:0.0, 0:1:2j]',
    'np.mgrid[0:1:0j]',
]

ARANGE_CONTAINER_ENDS = [
    'np.arange(0.5, [1])',
    'np.arange([1])',
    'np.arange(0, [1, 2])',
    'np.arange(0, (1,))',
    'np.arange(0, 1, [1])',
    'np.arange(1, None, [1])',
    'np.arange((1,))',
    'np.arange(0, 1, (1,))',
    'np.arange([1], (2,))',
    'np.arange("a", (1,))',
    'np.arange((1,), "a")',
    'np.arange("a", [1])',
    'np.arange([1], [3])',
    'np.arange(np.float64(1), [3])',
    'np.arange([1.5])',
    'np.arange(0, [3], dtype=int)',
    'np.arange([], 1)',
    'np.arange({}, 1)',
    'np.arange(0, 5, [2])',
    'np.arange(np.array([1]), [3])',
    'np.arange(0, [3], 1, np.float32)',
    'np.arange([3], step=1)',
    'np.arange(0, (1,), dtype=int)',
    'np.arange((1,), dtype=float)',
    'np.arange({1}, 1)',
    'np.arange(0, 1, {})',
    'np.arange(0, 1, ())',
    'np.arange(None, [1])',
    'np.arange([1], None)',
    'np.arange(0, [1], 0)',
    'np.arange((), 1)',
    'np.arange(0, 1, [])',
    'np.arange((1,), 5)',
    'np.arange((1,2), 5)',
    'np.arange(0, (1,2))',
    'np.arange([1], ())',
    'np.arange(0, (1,), ())',
    'np.arange((1,), [2])',
    'np.arange([2], (1,))',
    'np.arange(0, 1, (1,2))',
    'np.arange(())',
    'np.r_[0.5:[1]]',
    'np.r_[0.5:(1,)]',
    'np.arange(np.array([2.0]))',
    'np.arange(2, np.array([5]))',
]

INDEX_TRICKS_NUMBER_SLICES = [
    'from numpy import r_, sin',
    'x = r_[0:10]',
    'newx = r_[-3:13:0.1]',
    'newx.shape, newx[:4], newx[-1]',
    'np.r_[-3:1:0.5]',
    'np.r_[0:1:5j]',
    'np.r_[1:2:0.25, 7, [8, 9]]',
    'np.r_[0:5, 0.5:1:0.25]',
    'np.r_[[1, 2], 0:1:3j]',
    'np.r_[0:1:3j, np.array([5], dtype=np.float32)]',
    'np.r_[np.float32(0):1:0.25]',
    'np.r_[-1:1:6j, [0]*3, 5, 6]',
    'np.c_[0:1:3j, 1:2:3j]',
    'np.c_[np.array([1, 2, 3]), 0:1:3j]',
    "np.r_['0,2', 0:1:3j]",
    "np.r_['-1', 0:1:3j]",
    'np.r_[3.0::0.5]',
    'np.r_[:1:0.25]',
    'np.r_[0.5:3]',
    'np.r_[np.float64(0.5):2]',
    'np.r_[0:1:np.complex128(3j)]',
    'np.r_[0:1:-3j]',
    'np.r_[0:1:2.5j]',
    'np.r_[0:1:1j]',
    'np.r_[0:1:0j]',
    'np.r_[0:10:2.5j]',
    'np.r_[1:0:3j]',
    'np.r_[1:0:-0.25]',
    'np.r_[2:1:0.5]',
    'np.r_[0:1:0.0]',
    'np.r_[0:1:0]',
    'np.r_[0:3:True]',
]

MODULE_NAMES_AND_STAR_IMPORTS = [
    'np.__name__',
    'np.__class__',
    'np.linalg.__name__',
    'np.random.__name__',
    'np.fft.__name__',
    'np.emath.__name__',
    'np.char.__name__',
    'np.rec.__name__',
    'np.ma.__name__',
    'np.lib.__name__',
    'np.polynomial.__name__',
    'import numpy.linalg as la',
    'la.__name__',
    'import math',
    'math.__name__, math.__class__',
    'np.random.__class__ is math.__class__',
    'import autograd.numpy as anp',
    'anp.__name__, anp.linalg.__name__, anp.random.__name__, anp.fft.__name__',
    'anp.__class__',
    'from numpy.random import *',
    'seed(3)',
    'rand(2)',
    'randn(2, 2)',
    'random()',
    'uniform(-1, 1, (2,))',
    'randint(0, 10, 5)',
    'from numpy.linalg import *',
    'det(np.array([[1.0, 2.0], [3.0, 4.0]]))',
    'inv(np.array([[2.0, 0.0], [0.0, 4.0]]))',
    'norm(np.array([3.0, 4.0]))',
    'from numpy.fft import *',
    'fft(np.array([1.0, 2.0, 3.0, 4.0]))',
    'fftfreq(4)',
]

ARANGE_INTEGER_AND_BOOL_DTYPES = [
    'np.arange(0, 5, 1.5, dtype=int)',
    'np.arange(0.5, 5, 1.5, dtype=int)',
    'np.arange(-0.5, -5, -1.5, dtype=int)',
    'np.arange(0, 300, 100.5, dtype=np.int8)',
    'np.arange(0, 10, 2.5, dtype=np.uint8)',
    'np.arange(0.9, 3, 0.7, dtype=np.int16)',
    'np.arange(0, 1, 0.25, dtype=int)',
    'np.arange(5.5, dtype=int)',
    'np.arange(0, 3.5, dtype=np.int32)',
    'np.arange(0, 1, 0.5, dtype=np.int64)',
    'np.arange(1e3, 1e3 + 3, 1.0, dtype=np.int32)',
    'np.arange(3, dtype=bool)',
    'np.arange(0, 2, dtype=bool)',
    'np.arange(0.5, 2, dtype=bool)',
    'np.arange(0, 0.5, 0.25, dtype=bool)',
    'np.arange(0, 3, 0.5, dtype=bool)',
    'np.arange(0, dtype=bool)',
    'np.arange(0, 1, 0.4, dtype=np.uint64)',
    "np.arange(2, 7, 2.5, dtype='i2')",
]

NONE_ARGUMENTS_AND_PYTHON_NUMBER_SHAPES = [
    'np.linspace(None, 1, 3)',
    'np.linspace(0, None, 3)',
    'np.linspace(0, 1, None)',
    'np.linspace(0, 1, 3, endpoint=None)',
    'np.linspace(None, 1, -1)',
    'np.linspace(None, None, 3)',
    'np.linspace(True, None, 3)',
    'np.linspace(None, np.float32(1), 3)',
    'np.linspace(None, 2.5, 3)',
    'np.linspace(0, 1, 3, endpoint=None, retstep=True)',
    'np.linspace(None, 1, 0)',
    'np.linspace(0, 1, 3, retstep=None)',
    'np.linspace(0, 1, 3, dtype=None)',
    'np.logspace(None, 1, 3)',
    'np.logspace(0, 1, None)',
    'np.logspace(None, 1, 0)',
    'np.logspace(0, 1, 3, endpoint=None)',
    'np.geomspace(1, 4, 3, endpoint=None)',
    'np.linspace(0, 1, 3, endpoint=0)',
    'np.zeros(None)',
    'np.ones(None)',
    'np.empty(None)',
    'np.full(None, 1)',
    'np.ones(None, dtype=int)',
    'np.empty(2.5)',
    'np.empty(np.array([1.0]))',
    "np.empty('a')",
    'np.empty((2, 3)).shape',
    'np.empty([2]).shape',
    'np.empty(np.int64(3)).shape',
    'np.empty(True)',
    'a = np.arange(6).reshape(2, 3)',
    'b = a.reshape(None)',
    'b',
    'b.base is a',
    'b is a',
    'np.arange(1).reshape(None)',
    'c = np.reshape(a, None)',
    'c',
    'c.base is a',
    'np.reshape(a, shape=None)',
    'np.arange(6).reshape(None, 2)',
    'np.arange(6).reshape((None,))',
    'np.arange(6).reshape(shape=None)',
    'np.reshape(np.arange(6), newshape=None)',
    'np.arange(6).reshape()',
    'np.reshape(5, None)',
    'np.transpose(5)',
    'np.squeeze(5)',
    'np.copy(5)',
    'np.asarray(5)',
    'np.array(5)',
    'np.expand_dims(5, 0)',
    'np.atleast_1d(5)',
    'np.reshape(5, ())',
    'np.squeeze(np.float64(2))',
    'np.transpose(np.float64(2))',
    'np.moveaxis(np.array(5), [], [])',
    'np.swapaxes(5, 0, 0)',
    'np.flip(5)',
    'np.real(5)',
    'np.negative(5)',
    'np.abs(5)',
    'np.sort(5)',
    'np.transpose(5.0)',
    'np.squeeze(True)',
    'np.reshape(5, (1, 1))',
    'np.reshape(2j, ())',
    'np.transpose(np.array(3))',
    'np.reshape(5, 1)',
    'np.reshape(5.0, ())',
    'np.reshape(np.float64(2), ())',
    'np.reshape([5], ())',
]

NONE_FOR_NUMBER_PARAMETERS = [
    'a = np.array([[3., 1, 2], [6, 5, 4]])',
    'np.sum(a, None, None, None, None)',
    'np.prod(a, keepdims=None)',
    'np.mean(a, keepdims=None)',
    'np.max(a, None, None, None)',
    'np.min(a, keepdims=None)',
    'np.amax(a, keepdims=None)',
    'np.amin(a, keepdims=None)',
    'np.all(a, keepdims=None)',
    'np.any(a, None, None, None)',
    'np.ptp(a, keepdims=None)',
    'np.std(a, None, None, None, None)',
    'np.var(a, ddof=None)',
    'np.std(a, keepdims=None)',
    'np.var(a, keepdims=None)',
    'np.nanmean(a, keepdims=None)',
    'np.nansum(a, keepdims=None)',
    'np.nanprod(a, keepdims=None)',
    'np.nanmax(a, keepdims=None)',
    'np.nanmin(a, keepdims=None)',
    'np.nanstd(a, ddof=None)',
    'np.nanvar(a, ddof=None)',
    'np.nanstd(a, keepdims=None)',
    'np.nanvar(a, keepdims=None)',
    'a.sum(None, None, None, None)',
    'a.prod(keepdims=None)',
    'a.mean(keepdims=None)',
    'a.max(keepdims=None)',
    'a.min(None, None, None)',
    'a.all(keepdims=None)',
    'a.any(keepdims=None)',
    'a.std(None, None, None, None)',
    'a.var(ddof=None)',
    'a.std(keepdims=None)',
    'a.var(keepdims=None)',
    'a.round(None)',
    'np.tile(5, None)',
    'np.tile([1,2], None)',
    'np.array_split(a, None)',
    'np.diff(a, 1, None)',
    'np.eye(3, k=None)',
    'np.eye(2, 3, None)',
    'np.round(a, decimals=None)',
    'np.around(2.5, None)',
    'np.histogram(a, bins=None)',
    'np.polyfit([0,1,2],[1,2,3],deg=None)',
    'np.sum(a, initial=None)',
    'np.cumsum(a, axis=None)',
    'np.std(a, ddof=None, keepdims=None)',
    'np.round(a, None)',
    'np.diff(a, n=None)',
    'np.split(np.arange(6), None)',
    'np.sum(a, axis=None, keepdims=False)',
    'a.round(1)',
    'np.std(a, ddof=1)',
    'a.sum(axis=None)',
    'np.mean(a, None)',
    'np.eye(3, None)',
    'np.max(a, None)',
]

FIXTURES = [
    ("410-reach41-arange-zero-steps-and-container-ends", "np.arange, np.mgrid and np.ogrid with a zero step: the ends' "
     "own division errors; np.arange of lists, tuples, dicts and sets", ARANGE_ZERO_STEPS + ARANGE_CONTAINER_ENDS),
    ("411-reach41-index-tricks-number-slices", "np.r_ and np.c_ with float and complex slices (arange, linspace)",
     INDEX_TRICKS_NUMBER_SLICES),
    ("412-reach41-module-names-and-star-imports", "NumPy's modules' __name__, modules' __class__, star imports of "
     "numpy.random, numpy.linalg and numpy.fft", MODULE_NAMES_AND_STAR_IMPORTS),
    ("413-reach41-arange-integer-and-bool-dtypes", "np.arange with float ends and an integer dtype (filled from its "
     "first two values), and dtype=bool", ARANGE_INTEGER_AND_BOOL_DTYPES),
    ("414-reach41-none-arguments-and-python-number-shapes", "None for np.linspace/logspace num, ends and endpoint, "
     "for creation shapes and reshape; np.reshape/transpose/squeeze of Python numbers",
     NONE_ARGUMENTS_AND_PYTHON_NUMBER_SHAPES),
    ("415-reach41-none-for-number-parameters", "None for NumPy parameters whose default is a number: decimals, "
     "keepdims, ddof, n, k, reps, sections, deg, bins", NONE_FOR_NUMBER_PARAMETERS),
]


def check_star_table():
    """StarImports.swift must hold exactly the names these star imports bind in this NumPy."""
    text = STAR_TABLE.read_text(encoding="utf-8")
    expected = {
        "numpyRandom": sorted(numpy.random.__all__),
        "numpyLinalg": sorted(numpy.linalg.__all__),
        "numpyFFT": sorted(numpy.fft.__all__),
    }
    for table, names in expected.items():
        match = re.search(r"static let %s: \[String\] = \[(.*?)\n  \]" % table, text, re.S)
        assert match, f"StarImports.swift has no list {table}"
        listed = re.findall(r'"([^"]*)"', match.group(1))
        assert listed == names, f"StarImports.swift's {table} differs from NumPy's: " + str(
            sorted(set(listed) ^ set(names)))


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    # The transcript tests follow OpenBLAS's AVX-512 (SkylakeX) kernel orders; a machine that pins another kernel set
    # (OPENBLAS_CORETYPE=Haswell) records with SkylakeX's instead (it needs AVX-512).
    if os.environ.get("OPENBLAS_CORETYPE", "SkylakeX") != "SkylakeX":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, OPENBLAS_CORETYPE="SkylakeX"))
    check_star_table()
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
