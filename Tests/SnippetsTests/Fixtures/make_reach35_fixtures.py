#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the legacy module's `pareto`, `weibull` and `power` draws
(Think Complexity's distributions chapter draws `np.random.pareto`, which docbuild refused by name). Each transforms
one standard exponential e per draw: `exp(e / a) - 1`, `e ** (1 / a)` (no draw when a is 0) and
`(1 - exp(-e)) ** (1 / a)`; the statements check the values against NumPy's, the stream shared with the other legacy
draws, the scalar and array shapes, the parameter checks and what a NaN or infinite `a` gives.

The second fixture holds `__doc__` of classes a `class` statement made and of their instances (learn-python's class
lesson asserts `ComplexNumber.__doc__`): every such class holds its own `__doc__`, its docstring or None, which its
instances read and its subclasses do not inherit; one set in the body or assigned later wins, and an instance's own
wins over its class's. docbuild gave an instance the `__doc__` an ancestor's body assigned (a wrong output) and refused
an instance's `__doc__` of a class deriving from dict.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach35_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/310-reach35-legacy-pareto-weibull-power.txt` and `311-reach35-class-docstrings.txt`; rerunning gives
identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "310-reach35-legacy-pareto-weibull-power.txt"
DOCSTRINGS_OUTPUT = HERE / "interpreter" / "311-reach35-class-docstrings.txt"

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

DOCSTRING_STATEMENTS = [
    'class ComplexNumber:\n    """Example of the complex numbers class"""\n    real = 0\n    imaginary = 0',
    "ComplexNumber.__doc__",
    "ComplexNumber().__doc__",
    "print(ComplexNumber.__doc__)",
    "ComplexNumber.__doc__ == 'Example of the complex numbers class'",
    "class Plain:\n    x = 1",
    "Plain.__doc__",
    "print(Plain.__doc__)",
    "Plain().__doc__ is None",
    "class Child(ComplexNumber):\n    pass",
    "Child.__doc__",
    "Child().__doc__",
    "class Grandchild(Child):\n    'Third.'\n    def method(self):\n        'The method.'\n        return 1",
    "Grandchild.__doc__, Grandchild.method.__doc__, Grandchild().method.__doc__",
    'class Multi:\n    """First line.\n\n    More text, indented.\n    """',
    "Multi.__doc__",
    "class Explicit:\n    __doc__ = 'set in the body'",
    "Explicit.__doc__, Explicit().__doc__",
    "class BelowExplicit(Explicit):\n    pass",
    "BelowExplicit.__doc__, BelowExplicit().__doc__",
    "class NotFirst:\n    x = 1\n    'not a docstring'",
    "NotFirst.__doc__",
    "class Error(Exception):\n    'A failure.'",
    "Error.__doc__",
    "class OtherError(ValueError):\n    pass",
    "OtherError.__doc__",
    "class Mapping(dict):\n    'A dict.'",
    "Mapping.__doc__, Mapping().__doc__",
    "class Tree(list):\n    pass",
    "Tree.__doc__",
    "Plain.__doc__ = 'written later'",
    "Plain.__doc__, Plain().__doc__",
    "obj = ComplexNumber()",
    "obj.__doc__ = 'the instance'",
    "obj.__doc__, ComplexNumber.__doc__",
    "class Hooked:\n    'Hooked doc.'\n    def __getattr__(self, name):\n        return 'from getattr'",
    "Hooked().__doc__, Hooked().anything",
    "def make():\n    class Local:\n        'Local doc.'\n    return Local",
    "make().__doc__",
    "getattr(ComplexNumber, '__doc__')",
    "hasattr(Plain, '__doc__')",
    "class PropertyDoc:\n    @property\n    def __doc__(self):\n        return 'from a property'",
    "PropertyDoc().__doc__",
    "class BelowPropertyDoc(PropertyDoc):\n    'Own.'",
    "BelowPropertyDoc().__doc__, BelowPropertyDoc.__doc__",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT, "make_reach35_fixtures.py",
        "the legacy module's pareto, weibull and power draws, their shapes and their parameter checks", STATEMENTS)
    write_numpy_fixture(
        DOCSTRINGS_OUTPUT, "make_reach35_fixtures.py",
        "__doc__ of classes a class statement made and of their instances", DOCSTRING_STATEMENTS)
