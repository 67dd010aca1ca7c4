#!/usr/bin/env python3
"""Writes the transcripts of issue 10's seventh round (the bitwise ufuncs and operators on bool and integer arrays,
and the functions still missing: geomspace, mgrid/ogrid, insert, resize, cbrt, nextafter, spacing, the set functions,
digitize, convolve/correlate, ...) from real Python and NumPy 2.4.6, into the transcript folder beside the earlier
rounds' (`Tests/SnippetsTests/Fixtures/numpy/`, which `TranscriptFixtureTests` runs).

Run: `python3 Tests/TensorCoreTests/Fixtures/make_numpy7_fixtures.py`; rerunning gives identical bytes.
"""

import pathlib
import sys

import numpy as np

SNIPPET_FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "SnippetsTests" / "Fixtures"
sys.path.insert(0, str(SNIPPET_FIXTURES))

from make_numpy_fixtures import write_themes  # noqa: E402

THEMES = {}

THEMES["30-bitwise-operators"] = [
    "a = np.array([12, 10, 7, -3])", "b = np.array([[1], [2]])", "m = np.array([True, False, True, False])",
    "u = np.array([1, 2, 200, 255], dtype=np.uint8)", "s = np.array([-8, 8, 127, -128], dtype=np.int8)",
    "a & 1", "a | 1", "a ^ 5", "a & b", "a | b", "a ^ b", "~a", "a << 2", "a >> 1", "a >> b", "b << a[:2]",
    "1 & a", "6 | a", "[1, 2, 3, 4] & a", "a & [True, False, True, True]", "True & a", "a ^ True",
    "m & True", "m | m[::-1]", "m ^ m[::-1]", "~m", "m & 1", "m << 1", "m >> True", "m << m", "True ^ m", "~(a > 0)",
    "(a > 0) & (a < 11)", "(a > 0) | (a == -3)", "(a % 2 == 0) ^ (a > 8)",
    "u & 15", "u | 256", "u & -1", "u ^ 255", "~u", "u << 1", "u >> 3", "u << 8", "u << 9", "u >> 8", "u << -1",
    "s << 1", "s >> 1", "s >> 7", "s >> 8", "s >> 100", "s << 7", "s << 8", "s >> -1", "~s", "s & u", "s | u", "s ^ u",
    "s << u", "u >> s",
    "i16 = np.array([1000, -1000], dtype=np.int16)", "i16 & s[:2]", "i16 << 6", "i16 >> 4", "~i16",
    "i32 = np.array([1, -1], dtype=np.int32)", "i32 << 31", "i32 << 32", "i32 >> 31", "i32 & u[:2]",
    "u16 = np.array([65535, 1], dtype=np.uint16)", "u16 << 1", "~u16", "u16 & i32", "u16 ^ s[:2]",
    "u32 = np.array([4294967295, 7], dtype=np.uint32)", "~u32", "u32 & i32", "u32 >> 31", "u32 << 1",
    "u64 = np.array([-1, 5]).astype(np.uint64)", "u64 & 1", "u64 >> 63", "u64 << 1", "~u64",
    "u64 & u", "u64 & a[:2]", "u64 >> 64", "u64 ^ u64",
    "np.array([1, 2]) << 63", "np.array([1, 2]) << 64", "np.array([-8, 8]) >> 64", "np.array([-8, 8]) >> 63",
    "np.array([1.0]) & 1", "np.array([1, 2]) & 1.0", "np.array([1, 2]) << 1.5", "~np.array([1.0])",
    "np.array([1, 2]) & np.array([1, 2, 3])", "np.array([1 + 2j]) | 1",
    "np.int64(5) & 3", "np.int64(5) | np.int64(2)", "np.uint8(5) | np.int8(1)", "np.int8(1) << 7", "np.int8(-128) >> 9",
    "~np.int64(5)", "~np.uint8(5)", "~np.bool_(True)", "np.uint8(200) & 300", "np.float64(1.0) & 1", "5 & np.int16(3)",
    "a &= 3", "a", "a |= 16", "a", "a <<= 1", "a", "a >>= 2", "a", "a ^= a", "a",
    "c = np.array([1, 2], dtype=np.uint8)", "c |= 256", "c <<= 7", "c", "f = np.array([1.5])", "f &= 1",
    "t = np.array([True, False])", "t &= [False, False]", "t", "t |= 1", "t ^= True", "t",
]

THEMES["31-bitwise-functions"] = [
    "a = np.array([12, 10, 7, -3])", "u = np.array([1, 2, 200, 255], dtype=np.uint8)",
    "np.bitwise_and(a, 6)", "np.bitwise_or(a, [1, 2, 4, 8])", "np.bitwise_xor(a, a[::-1])", "np.bitwise_and(3, 5)",
    "np.bitwise_or(True, False)", "np.bitwise_xor(np.array([True, False]), True)", "np.bitwise_and(u, 255)",
    "np.bitwise_and(u, 256)", "np.bitwise_and(a, 1.0)", "np.bitwise_and(a)", "np.bitwise_and([1, 2], [3, 4])",
    "np.bitwise_and(5, np.uint8(3))",
    "np.invert(a)", "np.invert(u)", "np.invert(np.array([True, False]))", "np.invert(3)", "np.invert(True)",
    "np.invert(np.array([5], dtype=np.int16))", "np.invert(np.array([1.5]))", "np.bitwise_not(a)", "np.bitwise_not(0)",
    "np.bitwise_invert(a)", "np.invert([1, 2])",
    "np.left_shift(a, 2)", "np.left_shift(1, 70)", "np.left_shift(np.int8(1), 7)", "np.left_shift(u, [1, 2, 3, 4])",
    "np.right_shift(a, 1)", "np.right_shift(-1, 100)", "np.right_shift(u, 4)", "np.left_shift(2.0, 1)",
    "np.bitwise_left_shift(a, 1)", "np.bitwise_right_shift(a, 1)",
    "np.left_shift(np.array([1], dtype=np.uint8), np.array([1], dtype=np.int8))",
    "np.bitwise_count(a)", "np.bitwise_count(u)", "np.bitwise_count(np.array([True, False]))", "np.bitwise_count(7)",
    "np.bitwise_count(-1)", "np.bitwise_count(np.array([-1]).astype(np.uint64))",
    "np.bitwise_count(np.array([-9223372036854775808]))", "np.bitwise_count(np.array([1.0]))",
    "np.bitwise_count([3, 5, 255])", "np.bitwise_count(np.arange(8).reshape(2, 4))",
    "np.bitwise_and(np.arange(6).reshape(2, 3), np.array([[1], [2]]))",
]


def main():
    write_themes(THEMES, SNIPPET_FIXTURES / "numpy", "make_numpy7_fixtures.py")


if __name__ == "__main__":
    main()
