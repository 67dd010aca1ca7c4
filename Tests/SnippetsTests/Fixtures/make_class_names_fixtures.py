#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for the classes of values that snippets make with code of their
own language (`random.Random`, `np.nditer`, `np.poly1d`, `np.ma`'s masked constant and MaskError, the polynomial
bases) or natively (NumPy's random generators): `type(x)` and the class itself name the module CPython names it by.
docbuild printed its internal module (`<class '_random_instances.Random'>`, `<class '_numpy_nditer.nditer'>`) or,
for `type(np.random.default_rng(…))`, refused it (found by the reach probe's `pydata-book` corpus, whose
`type(rng)` then left the generator unknown for 44 statements).

Run: `python3 Tests/SnippetsTests/Fixtures/make_class_names_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/109-class-names-of-module-values.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "109-class-names-of-module-values.txt"

STATEMENTS = [
    "import random",
    "rng = np.random.default_rng(seed=12345)",
    "type(rng)",
    "print(type(rng)), type(rng).__name__, type(rng) is type(np.random.default_rng(1))",
    "type(np.random.RandomState(0))",
    "rng.standard_normal(2)",
    "type(random.Random(1)), random.Random",
    "type(np.nditer(np.arange(3))), np.nditer",
    "type(np.poly1d([1, 2])), np.poly1d",
    "type(np.ma.masked), np.ma.MaskError",
    "type(np.ma.array([1])), np.ma.MaskedArray, type(np.ma.array([1])).__module__",
    "np.polynomial.Polynomial, np.polynomial.Chebyshev, np.polynomial.Legendre",
    "np.polynomial.Laguerre, np.polynomial.Hermite, np.polynomial.HermiteE",
    "np.nditer.__module__, np.poly1d.__module__, random.Random.__module__",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_class_names_fixtures.py",
        "the classes of random generators, np.nditer, np.poly1d, np.ma's values and the polynomial bases",
        STATEMENTS,
    )
