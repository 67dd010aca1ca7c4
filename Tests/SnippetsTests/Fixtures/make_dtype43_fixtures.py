#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 print for the statements of session 43's dtype sweep (helper dtype43).

Run: `python3 Tests/SnippetsTests/Fixtures/make_dtype43_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/443-*`, `444-*` and `445-*` fixtures; rerunning gives identical bytes.

All come from `Fuzz/dtype_sweep.py`, which calls every NumPy function (and np.linalg's, np.fft's, the array methods',
the legacy random functions' and the two-operand ufuncs' reduce/accumulate/outer) from its working argument list
with each array argument replaced by each dtype, by other shapes of the same values, and by values that stress
dtypes. On main (a411acb2) 258 of its 29,271 statements printed other text than NumPy's. 443: the ufunc methods'
loop dtypes (np.hypot.reduce of ints is float64 even for one element), identities (np.hypot's 0, np.logaddexp's
-inf) and names in errors (np.mod is 'remainder'), gcd and lcm without a bool or float loop, float16 subtract and
divide reductions of a vector (a float32 running value rounded once). 444: NumPy scalars, 0-d
and empty arrays where NumPy's functions iterate, convert or unpack them (np.compress's condition, np.correlate's
depth, the stack family, np.poly, np.roots, the 2-d FFTs and shifts, np.linalg.cond of an empty vector, a Generator's choice and permuted). 445: the
legacy random functions' rows keep the array's dtype; np.roots of float16 coefficients (NumPy's errors);
np.convolve's edge sums of underflowing products (+0.0, NumPy's dot adds ddot's result to 0.0); an integer q of
finite floats. 446: the sweep's statements that refuse (kept as NumPy prints them, for the record of what the
refusals stand for) are in `Dtype43RefusalTests`, not here.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_dtype43_fixtures.py"

SETUP = [
    "a = np.array([[0.5, -1.25, 3.0], [2.0, 0.1, -0.7]])",
    "b = np.array([1.5, -2.0, 0.3])",
    "i = np.array([[3, -7, 2], [0, 5, -1]])",
]

UFUNC_METHODS = [
    "np.hypot.reduce(i.ravel()[:1])",
    "np.hypot.reduce(i.ravel()[0])",
    "np.arctan2.reduce(i.ravel()[:1].reshape(()))",
    "np.true_divide.reduce(i.ravel()[:1].reshape(1, 1))",
    "np.copysign.reduce(i.ravel()[:1])",
    "np.heaviside.reduce(i.ravel()[:1])",
    "np.logaddexp2.reduce(i.ravel()[:1].reshape(1, 1))",
    "np.hypot.reduce(i.astype(np.int8).ravel()[:1])",
    "np.hypot.reduce(a.ravel()[:0])",
    "np.hypot.reduce(i.ravel()[:0].reshape(0, 3))",
    "np.hypot.reduce(np.zeros(0, dtype=np.int8))",
    "np.logaddexp.reduce(a.ravel()[:0].reshape(0, 3))",
    "np.logaddexp2.reduce(i.ravel()[:0])",
    "np.logaddexp.reduce(np.zeros((0, 3), dtype=np.float16))",
    "np.gcd.reduce(i.ravel()[:0])",
    "np.lcm.reduce(i.ravel()[:0])",
    "np.lcm.reduce(i.ravel()[:0].reshape(0, 3))",
    "np.mod.reduce(a.ravel()[:0])",
    "np.true_divide.reduce(i.ravel()[:0])",
    "np.divide.reduce(i.ravel()[:0].reshape(0, 3))",
    "np.gcd.reduce(i.astype(np.bool))",
    "np.lcm.reduce(i.astype(np.float32))",
    "np.gcd.reduce(a)",
    "np.lcm.accumulate(b)",
    "np.gcd.accumulate(i.astype(np.bool)[0])",
    "np.gcd(i.astype(np.bool), i.astype(np.bool))",
    "np.lcm(np.array([True, False]), True)",
    "np.gcd(np.True_, np.True_)",
    "np.gcd(i.astype(np.bool), i.astype(np.int8))",
    "np.power.reduce(a)",
    "np.arctan2.reduce(a)",
    "np.power.reduce(i, axis=1)",
    "np.arctan2.reduce(i, axis=0)",
    "np.subtract.reduce(a.astype(np.float16))",
    "np.divide.reduce(b.astype(np.float16))",
    "np.true_divide.reduce(a.astype(np.float16)[1])",
    "np.subtract.reduce(np.array([6e-08, -1e-05, 1.0], dtype=np.float16))",
    "np.subtract.reduce(np.array([0.1, 1000.0, -2.5, 7.25, 1e-4, 3.0], dtype=np.float16)[::-2])",
    "np.divide.reduce(np.array([np.nan, np.inf, -np.inf, 1.0], dtype=np.float16))",
    "np.subtract.reduce(np.array([65504.0, -65504.0, 60000.0], dtype=np.float16))",
    "np.subtract.reduce(np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], dtype=np.float16), keepdims=True)",
    "np.clip(a.astype(np.bool))",
    "a.astype(np.bool).clip()",
    "np.clip(np.array(True))",
    "np.bitwise_count(i.ravel()[:1].reshape(()))",
    "np.invert(i.ravel()[:1].reshape(()))",
    "np.bitwise_not(np.array(3, dtype=np.int8))",
]

SHAPES = [
    "np.compress(b.ravel()[0], b.ravel()[0])",
    "np.compress(b.ravel()[:1].reshape(()), b)",
    "np.compress(b.ravel()[:1].reshape(1, 1), b)",
    "np.compress(b.ravel()[:0].reshape(0, 3), b)",
    "np.correlate(b.ravel()[0], b.ravel()[0])",
    "np.correlate(b, b.ravel()[:1].reshape(()))",
    "np.correlate(b.ravel()[:0], b.ravel()[:0])",
    "np.correlate(b, b.ravel()[:0])",
    "np.correlate(b.ravel()[:0].reshape(0, 3), b.ravel()[:0].reshape(0, 3))",
    "np.correlate(a, b)",
    "np.cross(a.ravel()[0], a.ravel()[0])",
    "np.cross(b, a.ravel()[:1].reshape(()))",
    "np.stack(a.ravel()[0])",
    "np.stack(a.ravel()[:1].reshape(()))",
    "np.hstack(i.ravel()[0])",
    "np.vstack(a.ravel()[:1].reshape(()))",
    "np.dstack(a.ravel()[0])",
    "np.column_stack(a.ravel()[:1].reshape(()))",
    "np.concatenate(a.ravel()[0])",
    "np.concat(a.ravel()[:1].reshape(()))",
    "np.lexsort(a.ravel()[0])",
    "np.lexsort(a.ravel()[:1].reshape(()))",
    "np.lexsort(np.array([]))",
    "np.polyval(a.ravel()[0], a.ravel()[0])",
    "np.polyval(a.ravel()[:1].reshape(()), 2)",
    "np.poly(b.ravel()[0])",
    "np.poly(b.ravel()[:1].reshape(()))",
    "np.roots(b.ravel()[0])",
    "np.roots(2.5)",
    "np.fft.fft2(a.ravel()[0])",
    "np.fft.ifft2(a.ravel()[:1].reshape(()))",
    "np.fft.rfft2(a.ravel()[0])",
    "np.fft.irfft2(a.ravel()[:1].reshape(()))",
    "np.fft.fftshift(a.ravel()[0])",
    "np.fft.ifftshift(a.ravel()[:1].reshape(()))",
    "np.linalg.cond(a.ravel()[:0])",
    "np.linalg.cond(np.zeros((2, 0)))",
    "np.linalg.pinv(a.ravel()[:0])",
    "(np.random.seed(0), np.random.choice(b.ravel()[0]))[1]",
    "(np.random.seed(0), np.random.choice(b.ravel()[:1].reshape(())))[1]",
    "(np.random.seed(0), np.random.choice(b.ravel()[:0]))[1]",
    "(np.random.seed(0), np.random.choice(b.ravel()[:0].reshape(0, 3)))[1]",
    "(np.random.seed(0), np.random.choice(b.ravel()[:1].reshape(1, 1)))[1]",
    "np.random.default_rng(0).choice(a.ravel()[0])",
    "np.random.default_rng(0).choice(a.ravel()[:1].reshape(()))",
    "np.random.default_rng(0).choice(np.float32(2.5))",
    "np.random.default_rng(0).permuted(a.ravel()[0])",
    "np.random.default_rng(0).permuted(a.ravel()[:1].reshape(()))",
]

DTYPES_KEPT = [
    "(np.random.seed(0), np.random.choice(b.astype(np.int8)))[1]",
    "(np.random.seed(0), np.random.choice(b.astype(np.float16)))[1]",
    "(np.random.seed(0), np.random.choice(np.array([-1, 2, -3]).astype(np.uint8)))[1]",
    "(np.random.seed(0), np.random.choice(np.array([1e-45, -1e-40, 1.0], dtype=np.float32)))[1]",
    "(np.random.seed(0), np.random.choice(a.astype(np.float32)[0], 4))[1]",
    "(np.random.seed(0), np.random.permutation(a.astype(np.int16)))[1]",
    "(np.random.seed(0), np.random.permutation(np.array([6e-08, -1e-05, 1.0], dtype=np.float16)))[1]",
    "(np.random.seed(0), np.random.permutation(np.array([30000, 40000, -32768]).astype(np.int16)))[1]",
    "x = b.astype(np.float32); np.random.seed(0); np.random.shuffle(x); x",
    "np.random.default_rng(0).choice(np.array([1, 2], dtype=np.int8))",
    "np.random.default_rng(0).permutation(np.array([1, 2, 3], dtype=np.uint16))",
    "np.roots(b.astype(np.float16))",
    "np.roots(np.array([65504.0, -65504.0, 60000.0], dtype=np.float16))",
    "np.roots(np.array([6e-08, -1e-05, 1.0], dtype=np.float16))",
    "np.roots(np.array([np.nan, np.inf, -np.inf, 1.0], dtype=np.float16))",
    "np.roots(np.array([2.0], dtype=np.float16))",
    "np.convolve(np.array([5e-324, -1e-310, 1.0]), np.array([5e-324, -1e-310, 1.0]))",
    "np.polymul(np.array([5e-324, -1e-310, 1.0]), np.array([5e-324, -1e-310, 1.0]))",
    "np.correlate(np.array([5e-324, -1e-310, 1.0]), np.array([1e-310, 5e-324]), 'full')",
    "np.quantile(a, 1)",
    "np.nanquantile(b, 0)",
    "np.quantile(a, 0.5)",
    "np.quantile(a.astype(np.int8), 0.5)",
]

FIXTURES = {
    "443-dtype43-ufunc-method-loops-identities-and-names": (
        "the ufunc methods' loop dtypes (integers cast to the float loop, one element too), the identities of "
        "np.hypot and np.logaddexp, the names NumPy's errors give np.mod and np.true_divide, np.gcd and np.lcm "
        "without bool or float loops, np.clip of bools without bounds, ufuncs of 0-d arrays giving NumPy scalars "
        "(Fuzz/dtype_sweep.py).",
        ["import numpy as np"] + SETUP + UFUNC_METHODS,
    ),
    "444-dtype43-scalars-zero-d-and-empty-arguments": (
        "NumPy scalars, 0-d and empty arrays where NumPy's functions iterate, convert or unpack their arguments: "
        "the error of the step that fails (Fuzz/dtype_sweep.py --variants shapes).",
        ["import numpy as np"] + SETUP + SHAPES,
    ),
    "445-dtype43-kept-dtypes-float16-roots-and-underflow": (
        "the legacy random functions' and a Generator's rows in the array's dtype, np.roots of float16 coefficients, "
        "edge sums of underflowing products, an integer q of finite floats (Fuzz/dtype_sweep.py --variants "
        "dtypes,values).",
        ["import numpy as np"] + SETUP + DTYPES_KEPT,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
