#!/usr/bin/env python3
"""Writes what NumPy prints for the statements the differential fuzzer (Fuzz/numpy_differential.py) caught.

Run: `python3 Tests/SnippetsTests/Fixtures/make_fuzzfix_fixtures.py` (Python 3.11, NumPy 2.4.6). It rewrites
`interpreter/49-fuzzfix-axes-and-errors.txt`; rerunning gives identical bytes. Statements run as the REPL runs them
(make_interpreter_fixtures.run_single) in one namespace that starts with `np` only.

Each group is a place where docbuild printed other text than NumPy: a binary ufunc's broadcast error names its two
operands (not three, not np.broadcast_shapes' wording); NumPy 2.4's message for nonzero of a 0-d array (longer for a bool one); 0-d arrays
and NumPy scalars given an axis (reductions that count items first reject axis 0, functions that view the value as
one element accept 0 and -1 and report "dimension 1"); and a ufunc with no loop for its operands' types raises its
TypeError before it looks at their shapes; copysign's result type; round of a 0-d array; `@` between NumPy scalars.
"""

import pathlib

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "49-fuzzfix-axes-and-errors.txt"

SCALARS = ["np.float64(5)", "np.array(5.0)", "np.int64(3)", "np.True_"]

STATEMENTS = [
    # Binary ufuncs: the broadcast error lists the two operands' shapes.
    "np.heaviside(np.ones((3, 4)), np.ones((2, 3)))",
    "np.logaddexp(np.ones((3, 2)), np.ones((2, 2)))",
    "np.logaddexp2(np.ones((3, 2)), np.ones((2, 2)))",
    "np.float_power(np.ones((3, 2)), np.ones((2, 2)))",
    "np.copysign(np.ones((3, 2)), np.ones((2, 2)))",
    "np.fmax(np.ones((3, 2)), np.ones((2, 2)))",
    "np.hypot(np.ones((3, 2)), np.ones((2, 2)))",
    "np.heaviside(np.array([-1.5, 0.0, 2.0]), np.array([[0.5], [1.0]]))",
    "np.logaddexp(np.array([0.0, 1.0]), np.array([[1.0], [2.0]]))",
    # nonzero of a 0-d value.
    "np.nonzero(np.float64(3))",
    "np.array(3.0).nonzero()",
    "np.nonzero(np.array([0.0, 3.0]))", "np.nonzero(np.True_)", "np.nonzero(np.array(False))", "np.nonzero(True)",
    "np.nonzero(3.0)", "np.int64(0).nonzero()", "np.array(True).nonzero()", "np.nonzero(np.ones((2, 2)) > 0)",
    # Operators with no loop for complex (or float for bitwise) operands: the TypeError comes before the shapes.
    "np.ones((3, 2)) % np.array([1j, 2j])",
    "np.array([1j, 2j, 3j]) % np.ones((3, 2))",
    "np.ones((3, 2)) // np.array([1j, 2j, 3j])",
    "np.ones((3, 2)) & np.ones(3)",
    "np.ones((3, 2)) ^ np.array([1j, 2j, 3j])",
    "np.ones((3, 2)) % np.ones(3)",
    "np.ones((3, 2), dtype=int) & np.ones(3, dtype=int)",
    "np.array([1j, 2j]) % np.array([1j, 2j])",
    "(np.ones((3, 2)) > 0) - (np.ones(3) > 0)", "np.subtract(np.ones((2, 2)) > 0, np.ones(3) > 0)",
    "(np.ones(2) > 0) - True", "np.array([True, False]) - np.array([False, False])",
    # Out-of-bounds axes reported as NumPy's functions report them.
    "np.average(np.ones(3), axis=1)",
    "np.average(np.ones((2, 3)), axis=(0, 2))",
    "np.linalg.norm(np.ones(3), axis=1)",
    "np.ones((2, 3)).take(0, axis=1)",
    "np.arange(3.0).repeat(2, axis=0)",
    # copysign's result has the operands' promoted type (Python numbers weak).
    "np.copysign(np.ones(2, dtype=np.float32), np.array([1.0, -1.0]))",
    "np.copysign(np.float32(5), np.array([1.0, -1.0])).dtype",
    "np.copysign(np.ones(2, dtype=np.float32), -1.0)",
    "np.copysign(np.ones(2, dtype=np.float32), np.float64(-1.0)).dtype",
    "np.copysign(2, np.float32(-1.0))",
    "np.copysign(np.array([1, 2]), np.float32(-1.0)).dtype",
    "np.copysign(np.array([1.5, -2.0]), -0.0)",
    # round of a 0-d array is a NumPy scalar.
    "np.round(np.array(-1.5), 3)", "np.round(np.array(-1.5))", "np.around(np.array(2.675), 2)",
    "np.array(-1.5).round(3)", "np.round(np.array(5), 1)", "np.array(5).round()", "np.round(np.float64(2.25), 1)",
    "np.round(np.array([[2.5]]))", "np.round(2.5)",
    # NumPy scalars define no @.
    "np.float64(2.5) @ np.float64(2.5)", "np.int64(2) @ np.float64(2.5)", "np.float64(2) @ 2", "2 @ np.float64(2)",
    "np.True_ @ np.True_", "np.array(2.0) @ np.array(2.0)", "np.float64(2.5) @ np.array([1.0])",
    "np.array([1.0, 2.0]) @ np.array([3.0, 4.0])",
]

# 0-d values with an axis: every reduction and axis-taking method the fuzzer reached.
for value in SCALARS:
    for axis in ["0", "-1", "1"]:
        STATEMENTS += [
            f"{value}.std(axis={axis})", f"{value}.var(axis={axis})", f"{value}.mean(axis={axis})",
            f"{value}.sum(axis={axis})", f"{value}.max(axis={axis})", f"{value}.argmin(axis={axis})",
            f"{value}.argmax(axis={axis})", f"{value}.cumsum(axis={axis})", f"{value}.cumprod(axis={axis})",
            f"{value}.argsort(axis={axis})", f"{value}.sort(axis={axis})", f"{value}.squeeze(axis={axis})",
            f"{value}.take(0, axis={axis})", f"{value}.compress([True], axis={axis})",
            f"{value}.repeat(2, axis={axis})", f"np.median({value}, axis={axis})", f"np.std({value}, axis={axis})",
            f"np.argmax({value}, axis={axis})", f"np.argsort({value}, axis={axis})",
            f"np.sort({value}, axis={axis})", f"np.squeeze({value}, axis={axis})",
            f"np.average({value}, axis={axis})", f"np.linalg.norm({value}, axis={axis})",
            f"np.diff({value}, axis={axis})", f"np.nancumsum({value}, axis={axis})",
        ]
    STATEMENTS += [
        f"np.sum({value}, axis=(0,))", f"{value}.squeeze(axis=(0,))", f"np.squeeze({value}, axis=())",
        f"np.var({value}, axis=(0,))", f"np.argsort({value})", f"np.median({value})", f"np.diff({value}, axis=(0,))",
    ]
STATEMENTS += [
    "np.stack([np.float64(5)], axis=None)", "np.stack([np.ones(2)], axis=None)", "np.stack([np.ones(2)], axis=1)",
    "np.flip(np.array(5.0))", "np.flip(np.float64(5), axis=None)", "np.flip(np.array([1.0, 2.0]), axis=None)",
]
# A list, tuple or number left of a comparison: the array's reflected comparison runs (its shape first).
STATEMENTS += [
    "(1, 2, 3) <= np.ones((2, 2))", "[1, 2, 3] == np.ones((2, 2))", "[1, 2, 3] > np.ones((2, 2))",
    "3 < np.ones((2, 2))", "(1, 2) >= np.array([[0, 2], [3, 1]])", "[0.5, float('nan')] < np.array([1.0, 2.0])",
    "(1, 2, 3) + np.ones((2, 2))", "np.ones((2, 2)) < (1, 2, 3)",
]
STATEMENTS += ["np.std(5.0, axis=0)", "np.argmax(5.0, axis=1)", "np.argsort(np.float64(2))"]
# A float64 scalar times a vector or matrix through np.dot/np.inner: NumPy adds the products into zeros (-0 is 0).
STATEMENTS += [
    "z = np.array([[-1.5, 2.0], [0.0, -3.0]])", "np.dot(-1.0, z)", "np.inner(0, z)", "np.inner(z, 0)",
    "np.dot(np.int64(0), z)", "z.dot(0.0)", "np.dot(-1.0, z[::-1])", "np.dot(-1.0, 0.0)",
    "np.dot(-1.0, np.zeros((2, 2, 2)))[0, 0]", "np.inner(-1.0, np.zeros((2, 2, 2)))[0, 0]", "np.inner(-1.0, 0.0)",
    "np.dot(True, -np.zeros(2))", "np.inner(np.zeros(3), -1.0)", "np.inner(2.0, np.float32([1.5]))",
    "np.dot(np.float32(-1), np.float32([0.0]))", "np.inner(np.float32(-1), np.float32([0.0]))",
]


def main():
    write_transcript(
        OUTPUT,
        f"# 49-fuzzfix-axes-and-errors: generated by make_fuzzfix_fixtures.py from Python and NumPy {np.__version__}.",
        STATEMENTS,
        {"np": np},
        quiet=True,
    )


if __name__ == "__main__":
    main()
