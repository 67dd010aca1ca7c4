#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 and autograd 1.9.1 print for the statements of session 41's lead work.

Run: `python3 Tests/SnippetsTests/Fixtures/make_session41_fixtures.py` (Python 3.11, numpy 2.4.6, autograd 1.9.1).
It rewrites the `interpreter/430-*` to `432-*` fixtures; rerunning gives identical bytes.

430: NumPy's own functions (`import numpy as np` beside `import autograd.numpy as anp`) inside a function autograd's
`grad` differentiates. NumPy hands autograd's ArrayBox back to autograd in three ways only: a ufunc call reaches
`ArrayBox.__array_ufunc__`, which calls autograd's ufunc; the functions of `fromnumeric.py` that call the method of
the same name on anything but an ndarray (`np.sum(x)` is `x.sum(axis=None, out=None)`) reach the box's method, which
is autograd's function (unless autograd's VJP rejects the keywords NumPy passes, as `np.clip`'s and `np.cumsum`'s
reject `out=`: NumPy then converts the box); `np.flip` indexes the box (`m[indexer]`, differentiable, where autograd's own `flip` has no
VJP: docbuild raised autograd's NotImplementedError there, though Python answers). Every other NumPy function
converts the box to an array of Python objects first (`np.zeros_like(x) + x` then gives a gradient of dtype object,
which docbuild printed as float64): docbuild refuses those (`Session41RefusalTests`). Before writing, this script
checks that split against NumPy itself: each statement of the fixture gets an ArrayBox (or a plain shape) back from
NumPy's function, and each call `REFUSED_CALLS` lists (the refusal tests' own list) gets an array of objects or an
error.
"""

import pathlib

import numpy as np
from autograd import grad
from autograd.numpy.numpy_boxes import ArrayBox

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session41_fixtures.py"

# Expressions of the traced `x` whose NumPy function hands the box to autograd.
BOX_CALLS_OF_VECTOR = [
    "np.exp(x)", "np.sin(x) * np.cos(x)", "np.tanh(x)", "np.add(x, 1.0)", "np.multiply(x, x)",
    "np.maximum(x, 0.0)", "np.minimum(x, 1.0)", "np.square(x)", "np.power(x, 3)", "np.logaddexp(x, 0.5)",
    "np.sign(x)", "np.floor(x)", "np.abs(x)", "np.sqrt(np.square(x) + 1.0)", "np.divide(1.0, x)",
    "np.subtract(2.0, x) ** 2", "np.log1p(np.exp(x))", "np.arctan(x)",
    "np.sum(x)", "np.sum(x ** 2)", "np.sum(a=x * x)", "np.sum(x, axis=0)", "np.mean(x)", "np.max(x)", "np.amax(x)",
    "np.min(x)", "np.amin(x)", "np.prod(x)", "np.std(x)", "np.var(x)", "np.reshape(x, (3, 1))",
    "np.transpose(x)", "np.squeeze(x)", "np.repeat(x, 2)", "np.round(x, 1)", "np.around(x)", "np.flip(x)",
    "np.flip(x * x, 0)", "x * np.size(x) + np.ndim(x) + np.shape(x)[0]", "np.sum(x, keepdims=True)",
    "np.std(x, ddof=1)", "np.var(x, ddof=1)", "np.max(x, keepdims=True)", "np.prod(x, axis=0)",
    "np.repeat(x, 2, axis=0)", "np.repeat(x, [1, 2, 3])", "np.reshape(x, (3, 1), order='F')", "np.squeeze(x, axis=None)",
    "np.mean(x, dtype=np.float64)", "x[np.argmax(x)] * 2.0",
    "x[np.argsort(x)] * np.array([1.0, 2.0, 3.0])", "x * np.any(x > 1.0) + x * np.all(x > 1.0)",
    "x[np.nonzero(x > 0)]", "x[np.searchsorted(np.array([0.0, 1.0]), 0.5)]",
]

BOX_CALLS_OF_MATRIX = [
    "np.matmul(x, np.array([1.0, -2.0]))", "np.transpose(x) * np.array([[1.0, 2.0], [3.0, 4.0]])",
    "np.swapaxes(x, 0, 1) * np.array([[1.0, 2.0], [3.0, 4.0]])", "np.sum(x, axis=1) ** 2",
    "np.mean(x, axis=0, keepdims=True) * x", "np.max(x, axis=1)", "np.flip(x, axis=1) * np.array([[1.0, 2.0], [3.0, 4.0]])",
    "np.flip(x) * np.array([[1.0, 2.0], [3.0, 4.0]])", "np.reshape(x, -1) * np.arange(4.0)",
]

# Calls whose NumPy function never reaches autograd with the box: autograd's error for the function it then calls.
BOX_CALLS_WITH_ERRORS = ["np.take(x, [0, 2])", "np.cumprod(x)"]

# What `Session41RefusalTests` refuses, checked here to be an array of objects (or an error) in NumPy.
REFUSED_CALLS = [
    "np.clip(x, 0, 1.5)", "np.cumsum(x)", "np.tile(x, 2)", "np.asarray(x)", "np.array(x)", "np.zeros_like(x)", "np.ones_like(x)", "np.dot(x, x)",
    "np.outer(x, x)", "np.concatenate([x, x])", "np.stack([x, x])", "np.hstack([x, x])", "np.where(x > 1.0, x, 0.0)",
    "np.linalg.norm(x)", "np.diag(x)", "np.sort(x)", "np.ravel(x)", "np.expand_dims(x, 0)", "np.roll(x, 1)",
    "np.einsum('i,i->', x, x)", "np.ptp(x)", "np.add.reduce(x)", "np.exp([x[0], x[1]])", "np.polyval([1.0, 2.0], x)",
]


def check_split():
    """Fails unless NumPy hands the box on where the fixture says so, and makes objects of it where refused. NumPy
    converting the box to an array of objects reads its length (`ArrayBox.__len__`), so the count of those reads
    tells the two apart, whatever the function returns."""
    reads = {"length": 0}
    box_length = ArrayBox.__len__

    def counted_length(self):
        reads["length"] += 1
        return box_length(self)

    ArrayBox.__len__ = counted_length
    vector = np.array([0.5, -1.0, 2.0])
    matrix = np.array([[1.0, 2.0], [-3.0, 0.5]])

    def probe(expression, argument, wants_box):
        seen = {}

        def traced(x):
            reads["length"] = 0
            try:
                seen["value"] = eval(expression)
            except Exception as error:  # the refused calls and autograd's functions without a VJP raise
                seen["value"] = error
            seen["length reads"] = reads["length"]
            return x.sum()

        grad(traced)(argument)
        value, converted = seen["value"], seen["length reads"] > 0
        if wants_box:
            assert not converted and not (isinstance(value, np.ndarray) and value.dtype == object), expression
        else:
            assert converted or isinstance(value, TypeError), (expression, type(value))

    try:
        for expression in BOX_CALLS_OF_VECTOR + BOX_CALLS_WITH_ERRORS:
            probe(expression, vector, True)
        for expression in BOX_CALLS_OF_MATRIX:
            probe(expression, matrix, True)
        for expression in REFUSED_CALLS:
            probe(expression, vector, False)
    finally:
        ArrayBox.__len__ = box_length


def statements():
    lines = [
        # NumPy imported by the chapter itself: snippets' own `np` is autograd's NumPy under a derivative.
        "import numpy as np",
        "import autograd.numpy as anp",
        "from autograd import grad as agrad",
        "v = np.array([0.5, -1.0, 2.0])",
        "M = np.array([[1.0, 2.0], [-3.0, 0.5]])",
    ]
    lines += [f"agrad(lambda x: anp.sum({expression}))(v)" for expression in BOX_CALLS_OF_VECTOR]
    lines += [f"agrad(lambda x: anp.sum({expression}))(M)" for expression in BOX_CALLS_OF_MATRIX]
    lines += [f"agrad(lambda x: anp.sum({expression}))(v)" for expression in BOX_CALLS_WITH_ERRORS]
    # A loss written with NumPy's own functions where they reach the box, as a notebook that imported both has it.
    lines += [
        "def loss(w):\n    z = np.tanh(np.matmul(M, w))\n    return np.mean(np.square(z - 0.5)) + 0.1 * np.sum(np.abs(w))",
        "agrad(loss)(np.array([0.3, -0.2]))",
        "agrad(lambda x: anp.sum(np.flip(x)[:2] * np.array([1.0, 3.0])))(v)",
        # A Python float argument: autograd's box holds the float itself, which np.flip's indexing cannot subscript.
        "agrad(lambda s: np.exp(s) + np.mean(s) * np.tanh(s))(0.5)",
        "agrad(lambda s: np.flip(s))(0.5)",
        "agrad(lambda s: np.flip(s * 2.0))(0.5)",
        "agrad(lambda s: np.flip(s))(np.float64(0.5))",
        # autograd.numpy's own functions of the calls refused for NumPy's.
        "agrad(lambda x: anp.sum(anp.zeros_like(x) + x * anp.dot(x, x)))(v)",
        "agrad(lambda x: anp.sum(anp.tile(x, 2) * anp.concatenate([x, x])))(v)",
        "agrad(lambda x: anp.sum(anp.where(x > 1.0, x, 0.0) + anp.clip(x, 0, 1.5)))(v)",
    ]
    return lines


# 431: the error texts reach41 left (its probe of the corpora's calls with unusual arguments): `np.diff`'s float axis
# and `a.sort`'s are C's int parser's words, `np.eye`'s k that is not a number fails NumPy's `k >= M`; with their
# neighbours (a float `n` of `np.diff` is compared with 0 as it is, and fails only where NumPy loops over it).
INT_PARSER_ERRORS = [
    "a = np.arange(6.0).reshape(2, 3)",
    "np.diff(a, axis=1.5)", "np.diff(a, 1, 1.5)", "np.diff(a, 0, 1.5)", "np.diff(a, 1.5, 1.5)", "np.diff(a, n=1.5)",
    "np.diff(a, 0.0)", "np.diff(a, -1.5)", "np.diff(np.float64(2.0), 1.5)", "np.diff(a, np.nan)", "np.diff(a, 2.0)",
    "np.diff([1, 4, 9], n=-0.0)", "np.diff(a, axis=True)",
    "a.sort(1.5)", "a.sort(axis=1.5)", "np.sort(a, 1.5)", "np.argsort(a, 1.5)", "a.argsort(1.5)", "a.cumsum(1.5)",
    "r = np.arange(3.0)", "r.flags.writeable = False", "r.sort(1.5)", "r.sort()",
    "np.eye(3, k='1')", "np.eye(3, k=None)", "np.eye(3, k=[1])", "np.eye(3, k=(1,))", "np.eye(3, k=1.5)",
    "np.eye(3, 1.5)", "np.eye(3, M='2')", "np.eye(3, k=True)", "np.eye(3, k=np.int64(1))",
    # A float ddof of integral value, which reach41's check of ddof's type had refused beside fuzz41's reading of it.
    "np.std(a, ddof=1.0)", "a.var(ddof=2.0, axis=0)", "np.nanstd(a, ddof=1.0)",
]

# 432: a str where NumPy takes an int, swept over the everyday functions after reach41's sweep of None: NumPy's error
# where its code fails on the text (a comparison, a slice, a safe cast, SeedSequence's check, the side converter's
# words); where NumPy parses the text as a number (`np.repeat(a, '2')`, `integers('5')`) docbuild refuses
# (`Session41RefusalTests`).
TEXT_FOR_INTS = [
    "a = np.arange(6.0).reshape(2, 3)",
    "np.zeros('3')", "np.ones(('2', 3))", "np.arange('5')", "np.linspace(0, 1, '5')", "np.eye('3')",
    "np.round(a, '1')", "np.sum(a, axis='0')", "a.sum(axis='1')", "np.tile(a, '2')", "np.reshape(a, '6')",
    "np.full('2', 1.0)", "np.argmax(a, '0')", "np.cumsum(a, '0')", "np.sort(a, '0')", "np.expand_dims(a, '0')",
    "np.swapaxes(a, '0', 1)", "np.trace(a, '1')", "np.empty('2')", "a.round('1')",
    "np.split(a, '2')", "np.array_split(a, '2')", "np.split(np.arange(4), [1, '2'])", "np.split(np.arange(4), (1.5,))",
    "np.array_split(np.arange(4), [np.float64(1.0)])", "np.split(np.arange(4), [1, True])", "np.diff(a, '1')",
    "np.diff([1, 2], '0')", "np.polyfit([0, 1, 2], [1, 2, 3], '1')",
    "np.random.seed('1')", "np.random.seed('12')", "np.random.seed('')", "np.random.default_rng('1')",
    "np.random.default_rng('abc')",
    "np.searchsorted([1, 2, 3], 2, side=1)", "np.searchsorted([1, 2, 3], 2, side=b'left')",
    "np.searchsorted([1, 2, 3], 2, side='lef')", "np.searchsorted([1, 2, 3], 2, side='L')",
    "np.searchsorted([1, 2, 3], 2, side='R')", "np.searchsorted([1, 2, 3], 2, side='')",
    "np.array([1, 2, 3]).searchsorted(2, side=1.5)", "np.searchsorted([1, 2, 3], 2, side='right')",
]

FIXTURES = {
    "430-numpys-own-functions-under-autograds-grad": (
        "NumPy's own functions (import numpy beside autograd.numpy) given a value autograd's grad traces, where NumPy "
        "hands the box to autograd: ufuncs, the functions calling the box's method, np.flip's indexing.",
        statements(),
    ),
    "431-int-parser-errors-of-diff-sort-and-eye": (
        "np.diff's and a.sort's float axis (C's int parser's words), np.diff's float n compared with 0 as it is, "
        "np.eye's k that is not a number (NumPy's k >= M).",
        INT_PARSER_ERRORS,
    ),
    "432-text-where-numpy-takes-an-int": (
        "a str where NumPy takes an int: NumPy's error where its code fails on the text (a comparison, a slice, a safe "
        "cast, SeedSequence's check, the search side converter's words).",
        TEXT_FOR_INTS,
    ),
}

if __name__ == "__main__":
    check_split()
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
