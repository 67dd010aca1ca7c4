#!/usr/bin/env python3
"""Writes what CPython 3.11 with autograd 1.9.1 and NumPy 2.4.6 prints for `autograd.numpy` and its submodules as
modules of their own: autograd's wrapper copies NumPy's namespace but leaves some names out (`s_`, `mgrid`, `ogrid`,
`index_exp`, `emath`, `char`, `typecodes`, `True_` …, and `random.mtrand`), which are AttributeErrors under autograd;
its errors name `autograd.numpy`, not `numpy`, and `anp is np` is False. docbuild bound `autograd.numpy` to NumPy
itself, so it printed NumPy's values for the missing names and NumPy's module name in its errors.

Run: `python3 Tests/SnippetsTests/Fixtures/make_autograd_numpy_fixtures.py` (Python 3.11, numpy 2.4.6, autograd
1.9.1). It rewrites `interpreter/105-autograd-numpy-namespace.txt`; rerunning gives identical bytes.
"""

import pathlib

import numpy as np
import autograd.numpy as anp

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "105-autograd-numpy-namespace.txt"

MISSING = sorted(name for name in dir(np) if not name.startswith("_") and not hasattr(anp, name))
assert "s_" in MISSING and "mgrid" in MISSING, MISSING

STATEMENTS = [
    "import autograd.numpy as anp",
    "import autograd.numpy.random as npr",
    "import autograd.numpy.linalg as la",
    "import autograd.numpy.fft as afft",
    "import autograd",
    "from autograd import grad",
]
# Every public NumPy name the wrapper leaves out: `anp.NAME` and `hasattr`.
STATEMENTS += [f"anp.{name}" for name in MISSING]
STATEMENTS += [f"hasattr(anp, {name!r}), hasattr(np, {name!r})" for name in ("s_", "mgrid", "ogrid", "index_exp")]
STATEMENTS += [
    "anp.foo",
    "anp.linalg.foo",
    "anp.random.foo",
    "anp.fft.foo",
    "npr.mtrand",
    "npr.bit_generator",
    "autograd.numpy.s_",
    "autograd.numpy.mgrid",
    "anp is np, anp.random is np.random, anp.linalg is np.linalg, anp.fft is np.fft",
    "npr is anp.random, la is anp.linalg, afft is anp.fft, autograd.numpy is anp",
    "type(anp), type(npr)",
    # What the wrapper keeps is NumPy's.
    "anp.pi, anp.e, anp.inf, anp.newaxis",
    "anp.ndarray, anp.float64, anp.float32, anp.bool_, anp.complex128",
    "anp.dot(anp.ones(3), anp.arange(3.))",
    "anp.linalg.norm(anp.ones(3)), la.det(anp.eye(2) * 2)",
    "anp.fft.fft(anp.ones(2)), afft.fft([1.0, 2.0])",
    "npr.seed(0)",
    "npr.randn(3)",
    "anp.random.seed(1)",
    "anp.random.rand(2)",
    "anp.float64(2) ** 2",
    "grad(lambda x: anp.sum(anp.sin(x) ** 2))(anp.arange(3.))",
    "grad(lambda x: autograd.numpy.tanh(x))(0.5)",
    "try:\n    anp.mgrid\nexcept AttributeError as e:\n    print('no', e)",
    "getattr(anp, 'ogrid', 'absent'), getattr(anp, 'arange')(3)",
]

if __name__ == "__main__":
    write_numpy_fixture(
        OUTPUT,
        "make_autograd_numpy_fixtures.py",
        "autograd.numpy's namespace: the NumPy names its wrapper leaves out, its module names in errors, identity",
        STATEMENTS,
    )
