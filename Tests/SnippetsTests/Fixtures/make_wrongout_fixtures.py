#!/usr/bin/env python3
"""Writes what NumPy prints for NaN sign bits, the order of in-place errors and the cases differential runs found wrong.

Run: `python3 Tests/SnippetsTests/Fixtures/make_wrongout_fixtures.py` (Python 3.11, NumPy 2.4.6 on x86-64). It
rewrites `interpreter/52-wrongout-nan-signs-and-inplace-errors.txt`; rerunning gives identical bytes.

NaN sign bits: an invalid operation on x86-64 (log1p(-7), arcsin(2), 0 * inf, inf - inf) makes the "default NaN", whose
sign bit is set, and a NaN operand comes back with its own sign; NumPy's results carry both, and `np.signbit`,
`np.copysign`, `.view(np.uint64)`, `tobytes()`, `struct.pack` and `math.copysign` show them. docbuild's own
elementary functions returned a positive NaN. The C library's loops NumPy runs for a reversed float64 array (log,
log2, log10) and for a float16 operand that is 0-d or strided (log10, arcsin, arccos) give positive NaNs instead; glibc's
arccos flips a NaN's sign; powf clears it before an odd exponent; NumPy's quicksort and heaviside make positive NaNs.

In-place errors: an in-place ufunc resolves its loop and checks the cast back into its output before it broadcasts,
so `x[[0, 1, 2]] *= [5.5, 6]` on an int array is the casting error, a bool or uint8 selection's `|=` with int64
values is the casting error (docbuild wrote them back), and `@=` has NumPy's own message for any shape error.

The REFUSED list holds what `WrongOutputRefusalTests.swift` holds docbuild to refuse; `check_refused` shows that
NumPy's answer there changes with the array's length or order (so no one answer is right).
"""

import pathlib
import warnings

import numpy as np
from make_interpreter_fixtures import write_transcript

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "52-wrongout-nan-signs-and-inplace-errors.txt"

SETUP = [
    "import math",
    "v = np.array([1.0, -7.0, 2.0, -2.0, 0.5, np.inf, -np.inf, np.nan, -np.nan, 0.0, -0.0])",
    "h = v.astype(np.float16)",
    "s = v.astype(np.float32)",
    "def bits(x): return np.signbit(x).astype(int).tolist()",
]

FUNCTIONS = ["log", "log1p", "log2", "log10", "sqrt", "arcsin", "arccos", "arccosh", "arctanh", "sin", "cos", "tan",
             "exp", "expm1", "tanh", "sinh", "arcsinh", "arctan", "sign", "spacing", "angle", "negative", "abs"]

NAN_SIGNS = [
    "np.signbit(np.log1p(-7))", "np.log1p(np.array([-7.0])).view(np.uint64)", "np.copysign(1, np.sqrt(-1.0))",
    "math.copysign(1, np.log1p(-7.0))", "np.arcsin(np.array([2.0, 0.5])).tobytes().hex()",
    "np.log2(np.array([-1.0, 4.0])).tobytes().hex()", "np.copysign(np.array([1.0, 2.0]), np.log10(np.array([-1.0, 4.0])))",
    "np.sqrt(np.array([-1.0], np.float32)).view(np.uint32)", "np.log1p(h).view(np.uint16)",
    "bits(np.float64(0) * np.inf), bits(np.float64(np.inf) - np.inf), bits(np.float32(np.inf) / np.inf)",
]
# NumPy's loop for a reversed float64 operand is the C library's, which docbuild has for these (and refuses for the
# inverse trigonometric and hyperbolic functions, arctan included).
REVERSED = ["log", "log1p", "log2", "log10", "sqrt", "sin", "cos", "tan", "exp", "expm1", "tanh", "sinh", "sign",
            "spacing", "angle", "negative", "abs"]
for f in FUNCTIONS:
    NAN_SIGNS.append(f"bits(np.{f}(v)), bits(np.{f}(v[::-1]))" if f in REVERSED else f"bits(np.{f}(v))")
    NAN_SIGNS.append(f"[bool(np.signbit(np.{f}(x))) for x in v]")
for f in ["log", "log1p", "log2", "log10", "arcsin", "arccos", "arccosh", "arctanh", "tan", "tanh", "exp", "sign"]:
    NAN_SIGNS.append(f"bits(np.{f}(h)), bits(np.{f}(h[::-1])), bits(np.{f}(h[::2]))")
    NAN_SIGNS.append(f"bits(np.{f}(np.array([h, h]).T)), bits(np.{f}(np.array([h, h])[:, ::2]))")
    NAN_SIGNS.append(f"[bool(np.signbit(np.{f}(x))) for x in h]")
for f in ["sign", "spacing", "angle"]:
    NAN_SIGNS.append(f"bits(np.{f}(s))")
NAN_SIGNS += [
    "bits(v[:, None] ** v)", "bits(np.power(h[:, None], h))", "bits(np.float_power(v[:, None], v))",
    "np.float_power(np.array([-0.0, -np.inf, -2.0]), np.array([1.0, -7.0, 3.0]))",
    "bits(np.hypot(v[:, None], v))", "bits(np.arctan2(v[:, None], v))", "bits(np.nextafter(v[:, None], v))",
    "bits(np.nextafter(s[:, None], s))", "bits(v[:, None] % v)", "bits(np.remainder(v[:, None], v))",
    "bits(np.fmod(v[:, None], v))", "bits(v[:, None] // v)", "bits(h[:, None] + h)", "bits(h[:, None] * h)",
    "bits(h[:, None] - h)", "bits(h[:, None] / h)", "bits(np.maximum(h[:, None], h))", "bits(np.minimum(h[:, None], h))",
    "np.maximum(np.array([0.0, -0.0], np.float16), np.array([-0.0, 0.0], np.float16))",
    "np.minimum(np.array([0.0, -0.0], np.float16), np.array([-0.0, 0.0], np.float16))",
    "bits(np.heaviside(v[:, None], v))", "bits(np.sort(v[v != 0]))", "bits(np.sort(v[v != 0], kind='stable'))",
    "bits(np.sort(np.array([-np.nan, 1])))", "bits(np.sort(np.array([[-np.nan, 1], [2, -np.nan]]), axis=0))",
    "bits(np.nanmax(np.array([-np.nan, -np.nan]))), bits(np.nanmin(np.array([[-np.nan, 1], [-np.nan, 2]]), axis=0))",
    "bits(np.nanmax(np.array([[-np.nan, 1], [-np.nan, -np.nan]], np.float32), axis=1))",
    "bits(np.median(np.array([-np.nan, 1, 2]))), bits(np.median(np.array([[-np.nan, 1, 2], [3, 4, 5]]), axis=1))",
    "bits(np.fmax(np.array([-np.nan, 1]), np.array([-np.nan, 2]))), bits(np.fmin(np.array([-np.nan, 1]), 3.0))",
    "bits(np.sum(np.array([1.0, -np.nan]))), bits(np.max(np.array([1.0, -np.nan, 3.0])))",
]

INPLACE = [
    "x = np.array([1, 2, 3]); x[[0, 1, 2]] *= [5.5, 6]",
    "x = np.array([1, 2, 3]); x[[0, 1, 2]] *= [5, 6]",
    "x = np.array([1, 2, 3]); x[:] /= [5, 6]",
    "x = np.array([1, 2, 3]); x *= [5.5, 6]",
    "x = np.array([1, 2, 3]); x[[0, 1]] **= [1.5, 2.5, 3.5]",
    "x = np.array([1, 2, 3, 4], dtype=np.uint8); x[[0, 2]] += [5, 6, 7]",
    "x = np.array([1, 2, 3, 4], dtype=np.uint8); x[::2] *= [5, 6, 7]",
    "x = np.array([True, False, True, False]); x[1:3] %= [5, 6, 7]",
    "x = np.array([True, False, True, False]); x[...] /= [1.5, 2.5]",
    "x = np.array([True, False, True, False]); x[[0, 2]] **= -1",
    "x = np.array([1.5, np.nan, 3.0]); x[x != x] |= 1",
    "x = np.array([1.5, 2.5, 3.0]); x[x != x] |= 1",
    "x = np.array([1.5, 2.5, 3.0]); x[x > 5] += 1j",
    "x = np.array([1.5, 2.5, 3.0]); x[x > 5] += [1, 2]",
    "x = np.array([1.5, 2.5, 3.0]); x[[0]] |= [1, 2]",
    "x = np.array([1, 2, 3, 4], dtype=np.uint8); x[::2] |= [5, 6]",
    "x = np.array([1, 2, 3, 4], dtype=np.uint8); x[1:3] &= np.array([5, 6], dtype=np.int8)",
    "x = np.array([1, 2, 3, 4], dtype=np.uint8); x[x > 2] ^= np.array([5, 6], dtype=np.int8)",
    "x = np.array([True, False, True, False]); x[1:3] >>= 1",
    "x = np.array([True, False, True, False]); x[x != x] &= -1",
    "x = np.array([True, False, True, False]); x[[0, 2]] |= [5, 6]",
    "x = np.array([1, 2, 3, 4], dtype=np.int8); x[[[0], [1]]] >>= [5, 6]",
    "x = np.array([1, 2, 3, 4]); x[[0, 2]] |= [5, 6]; x",
    "x = np.array([1, 2, 3, 4], dtype=np.int8); x[1:3] <<= np.array([1, 2], dtype=np.int8); x",
    "x = np.array([1, 2, 3, 4]); x[[0, 2, 3]] &= 2**70",
    "x = np.array([1.5, 2.5]); x[[0, 1]] ^= 2**70",
    "np.array([1, 2]) | 2**70",
    "np.array([1.0, 2.0]) | 2**70",
    "np.array([True]) << 2**70",
    "x = np.array([1.5, np.nan, 3.0, 4.0]); x[[0, 2]] @= [5, 6]",
    "x = np.array([1.5, np.nan, 3.0, 4.0]); x[x != x] @= [5, 6]",
    "x = np.array([1, 2, 3, 4]); x[[[0], [1]]] @= 1.5",
    "x = np.array([True, False, True, False]); x[...] @= 1",
    "x = np.array([1.0, 2.0]); x[[0, 1]] @= np.eye(2) * 3; x",
    "x = np.array([[1.0, 2.0], [3.0, 4.0]]); x @= np.array([1.0, 2.0])",
    "x = np.array([[1.0, 2.0], [3.0, 4.0]]); x @= np.ones((2, 3))",
]

# What `Fuzz/numpy_differential.py --grammar special` found (seeds 400-412): np.angle of float16, float32 and small
# int arrays keeps NumPy's arctan2 dtype, float16 ** is C's powf (-inf ** 0.5 is inf), a float16 shape mismatch names
# the operands in order.
SPECIAL_FUZZ = [
    "np.angle(h), np.angle(s), np.angle(h, deg=True), np.angle(s, deg=True)",
    "np.angle(np.float16(-7.0)), np.angle(np.float16(-7.0), deg=True), np.angle(-2.0)",
    "np.angle(np.array([True, False])), np.angle(np.array([-3, 2], np.int8)), np.angle(np.array([-3, 2], np.int16))",
    "np.copysign(1, np.angle(np.sort(h[::2], kind='stable')))",
    "np.array([-np.inf, 4.0, -2.0, np.nan, -np.nan], np.float16) ** np.float16(0.5)",
    "np.subtract(np.float16(-7.0), h) ** np.nanmax(h[::2])",
    "np.multiply(h[::2], h)",
    "bits(np.full(40, -np.nan) + np.full(40, np.nan)), bits(np.full(40, -np.nan) - np.float64(np.nan))",
]

# float16 and float32 `%`, `//`, fmod and divmod (NumPy's float32 npy_divmodf) give the NaN signs float64 gives: `%`
# of two NaNs is negative only when both are (found merging the float16 division with these NaN signs).
_SPECIALS = ["np.nan", "-np.nan", "1.0", "-1.0", "0.0", "-0.0", "np.inf", "-np.inf"]
DIVISION_NANS = [
    f"{op}(np.array([{', '.join(x for x in _SPECIALS for _ in _SPECIALS)}], dtype=np.{dtype}), "
    f"np.array([{', '.join(y for _ in _SPECIALS for y in _SPECIALS)}], dtype=np.{dtype})){part}.view(np.{view}).tolist()"
    for dtype, view in (("float16", "uint16"), ("float32", "uint32"))
    for op, part in (("np.remainder", ""), ("np.floor_divide", ""), ("np.fmod", ""), ("np.divmod", "[1]"))
]

UINT64 = [
    "np.array([1, 2]) * (2**64 - 1)", "np.array([1, 2], np.uint8) * 2**63", "np.array([1.5]) * 2**64",
    "np.uint64(-1)", "np.uint8(300)", "np.array([-1]).astype(np.uint64)[0] + np.uint64(0)",
]

# What `WrongOutputRefusalTests.swift` holds docbuild to refuse.
REFUSED = [
    "np.fmax(np.array([np.nan, 1]), np.array([-np.nan, 2]))",
    "np.fmin(np.array([-np.nan]), np.array([np.nan]))",
    "np.fmin(np.zeros(4), -np.zeros(4))",
    "np.nanmax(np.array([np.nan, -np.nan]))",
    "np.median(np.array([-np.nan, np.nan, 2]))",
    "np.sort(np.array([1.0, -7.0, 2.0, -2.0, 0.5, np.inf, -np.inf, np.nan, -np.nan, 0.0, -0.0]))",
    "np.full(40, -np.nan) + np.float64(np.nan)",
    "np.float64(-np.nan) * np.float64(np.nan)",
    "np.uint64(2**64 - 1)",
    "np.uint64(2**64)",
    "np.int64(2**63)",
    "np.array(2**64 - 1)",
]


def check_refused():
    """NumPy's answers in the refused cases depend on the array's length or order, so none of them can be printed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        picks = set()
        for length in (1, 3, 8, 40):
            a, b = np.full(length, np.nan), np.full(length, -np.nan)
            picks.add((bool(np.signbit(np.fmax(a, b)[0])), bool(np.signbit(np.fmin(a, b)[0]))))
        assert len(picks) > 1, picks
        # fmin of 0.0 and -0.0 gives -0.0 in the vector loop and 0.0 in the scalar one for the tail.
        assert set(np.signbit(np.fmin(np.zeros(4), -np.zeros(4))).tolist()) == {True, False}
        medians = {bool(np.signbit(np.median(np.array(p)))) for p in ([np.nan, -np.nan, 2], [-np.nan, np.nan, 2])}
        nanmaxes = {bool(np.signbit(np.nanmax(np.array(p)))) for p in ([np.nan, -np.nan], [-np.nan, np.nan])}
        assert medians == {True, False} and nanmaxes == {True, False}, (medians, nanmaxes)
        # NumPy's quicksort puts the -0.0 given last first; a stable sort keeps the given order.
        unstable = np.signbit(np.sort(np.array([1.0, -7.0, 2.0, -2.0, 0.5, np.inf, -np.inf, 0.0, -0.0])))
        stable = np.signbit(np.sort(np.array([1.0, -7.0, 2.0, -2.0, 0.5, np.inf, -np.inf, 0.0, -0.0]), kind="stable"))
        assert unstable.tolist() != stable.tolist(), unstable
        # + of an array and a NaN scalar: the array's NaN up to 8 elements, the scalar's beyond.
        assert [bool(np.signbit(np.full(k, -np.nan) + np.float64(np.nan))[0]) for k in (8, 9)] == [True, False]
        assert np.uint64(2**64 - 1).dtype == np.uint64 and np.array([2**64 - 1, 1]).dtype == np.float64


def main():
    statements = SETUP + NAN_SIGNS + INPLACE + SPECIAL_FUZZ + DIVISION_NANS + UINT64
    write_transcript(
        OUTPUT, "# 52-wrongout-nan-signs-and-inplace-errors: generated by make_wrongout_fixtures.py from NumPy 2.4.6.",
        statements, {"np": np}, quiet=True)
    check_refused()


if __name__ == "__main__":
    main()
