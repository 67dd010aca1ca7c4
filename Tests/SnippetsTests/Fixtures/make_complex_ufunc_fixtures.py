#!/usr/bin/env python3
"""Writes what NumPy 2.4.6 (on CPython 3.11) prints when a ufunc without a complex loop is given complex numbers.

NumPy's ufuncs whose type signatures take no complex input (`np.hypot`, `np.fmod`, `np.floor`, the bitwise ufuncs,
...) raise one TypeError for complex arrays, NumPy complex scalars and Python complex numbers alike, naming the ufunc
by its own name (`np.mod` is `remainder`, `np.bitwise_not` is `invert`). docbuild refused these calls instead (the
differential fuzzer's `--grammar scalars` met them); each one here is a plain call, its inputs alone.

Run: `python3 Tests/SnippetsTests/Fixtures/make_complex_ufunc_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
`interpreter/91-ufuncs-without-complex-loops.txt`; rerunning gives identical bytes.
"""

import pathlib
import numpy as np
from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "91-ufuncs-without-complex-loops.txt"

# gcd and lcm say other words (no loop matching the types, naming NumPy's DType classes), isnat another, and the
# NumPy 2 aliases atan2, bitwise_invert, bitwise_left_shift and bitwise_right_shift are not in snippets' np.
LEFT_OUT = {"gcd", "lcm", "isnat", "atan2", "bitwise_invert", "bitwise_left_shift", "bitwise_right_shift"}


def without_complex_loop():
    names = sorted(name for name in dir(np) if isinstance(getattr(np, name), np.ufunc))
    return [name for name in names if name not in LEFT_OUT
            and not any(("F" in t.split("->")[0] or "D" in t.split("->")[0]) for t in getattr(np, name).types)]


def main():
    statements = ["z = np.array([1+2j, -3j])", "w = np.complex64(1j)"]
    for name in without_complex_loop():
        if getattr(np, name).nin == 1:
            statements += [f"np.{name}(z)", f"np.{name}(1j)", f"np.{name}(w)", f"np.{name}(z[1:])"]
        else:
            statements += [f"np.{name}(z, 2.0)", f"np.{name}(2, z)", f"np.{name}(1j, 2)",
                           f"np.{name}(np.complex128(1j), np.float64(2))", f"np.{name}(np.arange(3), w)"]
    write_numpy_fixture(
        OUTPUT, "make_complex_ufunc_fixtures.py",
        'every ufunc without a complex loop given complex inputs.',
        statements)


if __name__ == "__main__":
    main()
