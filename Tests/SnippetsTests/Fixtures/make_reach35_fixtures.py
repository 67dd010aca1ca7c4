#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the legacy module's `pareto`, `weibull` and `power` draws
(Think Complexity's distributions chapter draws `np.random.pareto`, which docbuild refused by name). Each transforms
one standard exponential e per draw: `exp(e / a) - 1`, `e ** (1 / a)` (no draw when a is 0) and
`(1 - exp(-e)) ** (1 / a)`; the statements check the values against NumPy's, the stream shared with the other legacy
draws, the scalar and array shapes, the parameter checks and what a NaN or infinite `a` gives.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach35_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/310-reach35-legacy-pareto-weibull-power.txt`; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "310-reach35-legacy-pareto-weibull-power.txt"

STATEMENTS = [
    "np.random.seed(0)",
    "np.random.pareto(2.0)",
    "np.random.pareto(0.5, size=5)",
    "np.random.pareto(a=1.16, size=(2, 3))",
    "np.random.pareto(3)",
    "np.random.pareto(True, 2)",
    "np.random.weibull(1.5, 4)",
    "np.random.weibull(0.0, 3)",
    "np.random.random_sample()",
    "np.random.power(5.0, size=4)",
    "np.random.power(0.3)",
    "np.random.pareto(float('nan'), 2)",
    "np.random.pareto(float('inf'), 2)",
    "np.random.weibull(float('inf'), 2)",
    "np.random.power(float('inf'), 2)",
    "np.random.pareto(0)",
    "np.random.pareto(-1.0, 3)",
    "np.random.weibull(-0.5)",
    "np.random.power(0.0)",
    "np.random.pareto()",
    "np.random.pareto(2.0, size=0)",
    "np.random.pareto(2.0, size=())",
    "type(np.random.pareto(2.0))",
    "r = np.random.RandomState(7)",
    "r.pareto(1.0, 3)",
    "r.weibull(2.0, 3)",
    "r.power(2.0, 3)",
    "r.standard_exponential(2)",
    # Think Complexity's sampling of wealth.
    "np.random.seed(17)",
    "sample = np.random.pareto(1.16, size=1000) + 1",
    "sample.max(), sample.min(), round(sample.mean(), 6)",
    "np.sort(sample)[-5:]",
    "(np.random.weibull(2.0, 10000) < 1).sum()",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT, "make_reach35_fixtures.py",
        "the legacy module's pareto, weibull and power draws, their shapes and their parameter checks", STATEMENTS)
