#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for None as `np.full`'s and `np.full_like`'s fill value, which
snippets refused as a value where NumPy takes an array, and for the `random` module's remaining distributions. NumPy makes an empty array of the dtype and copies the fill
value in with an unsafe cast: None is NaN in a float array (Engineering Computations' Fourier lesson starts
`xcm_array = numpy.full_like(freqs, None)` and fills it in a loop), False in a bool array, and the TypeError of
`int(None)` in an integer array unless the array has no element.

The distributions: `gammavariate` (Labbe's Kalman filters draw Student's t from it), `betavariate`, `lognormvariate`,
`paretovariate`, `weibullvariate` and `vonmisesvariate`, drawn from CPython's generator in its order, over each branch
of their algorithms; and the binding errors of the module's functions, which CPython words as methods of its hidden
`Random` instance (`Random.uniform() missing 1 required positional argument: 'b'`; main dropped `Random.`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session34a_fill_random_fixtures.py` (Python 3.11, numpy 2.4.6). Rerunning
gives identical bytes.
"""

import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "223-session34-none-fill-and-random-variates.txt"

STATEMENTS = [
    "freqs = np.linspace(0, 5, 6)",
    "xcm_array = np.full_like(freqs, None)",
    "xcm_array",
    "for i, f in enumerate(freqs[:3]):\n    xcm_array[i] = f * 2",
    "xcm_array, np.isnan(xcm_array).sum()",
    "np.full((2, 3), None, dtype=float)",
    "np.full(3, None, dtype=np.float32), np.full(2, None, dtype='f2')",
    "np.full_like(np.arange(3), None, dtype=float)",
    "np.full_like(np.array([True, False]), None)",
    "np.full(2, None, dtype=bool)",
    "np.full_like(np.arange(3), None)",
    "np.full(2, None, dtype=np.uint8)",
    "np.full((2, 0), None, dtype=int)",
    "np.full_like(np.zeros(0, dtype=np.int32), None)",
    "np.full(2, None, dtype='bogus')",
    "import random",
    "import math",
    "random.seed(0)",
    "[random.gammavariate(a, 2.0) for a in (0.3, 0.5, 1.0, 1.5, 2.5, 10.0, 100.0)]",
    "[round(random.gammavariate(0.5, 1.0), 12) for _ in range(20)]",
    "[random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (10, 0.3))]",
    "[random.lognormvariate(0, 1) for _ in range(5)], random.lognormvariate(1.5, 0.25)",
    "[random.paretovariate(a) for a in (1, 2.5, 0.5, -1)]",
    "[random.weibullvariate(1.0, b) for b in (0.5, 1.0, 1.5, 5.0)], random.weibullvariate(2.0, -1.5)",
    "[random.vonmisesvariate(m, k) for m, k in ((0, 1e-7), (0, 0.5), (1.0, 4.0), (-2.0, 50.0), (10.0, 1.0))]",
    "random.random()",
    "random.seed(12345)",
    "sum(random.gammavariate(3.0, 1.0) for _ in range(1000))",
    "sum(random.gammavariate(0.7, 1.0) for _ in range(1000))",
    "sum(random.betavariate(2.0, 3.0) for _ in range(1000))",
    "sum(random.vonmisesvariate(0.0, 2.0) for _ in range(1000))",
    "random.random()",
    # Labbe's Kalman and Bayesian Filters, chapter 4: Student's t from a normal and a gamma variate.
    "def rand_student_t(df, mu=0, std=1):\n    x = random.gauss(0, std)\n    y = 2.0*random.gammavariate(0.5*df, 2.0)\n"
    "    return x / (math.sqrt(y/df)) + mu",
    "[rand_student_t(7) for _ in range(5)]",
    "r = random.Random(3)",
    "r.gammavariate(2.0, 1.0), r.betavariate(0.5, 3), r.weibullvariate(1, 2)",
    "random.gammavariate(0, 1)",
    "random.gammavariate(1.0, -2)",
    "random.betavariate(-1, 1)",
    "random.paretovariate(0)",
    "random.weibullvariate(1.0, 0)",
    # Binding errors: CPython's functions are methods of a hidden Random instance.
    "random.gammavariate(2.0)",
    "random.expovariate()",
    "random.uniform(1)",
    "random.randint(1)",
    "random.choice()",
    "random.sample([1])",
    "random.uniform(a=1, b=2, c=3)",
    "random.uniform(1, a=2)",
    "r.uniform(1)",
    "random.random()",
]

if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    write_numpy_fixture(
        OUTPUT,
        "make_session34a_fill_random_fixtures.py",
        "None as np.full's fill value by dtype; random's gamma, beta, lognormal, Pareto, Weibull and von Mises "
        "variates and its binding errors",
        STATEMENTS,
    )
