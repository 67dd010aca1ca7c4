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

THEMES["32-more-sets-and-bits"] = [
    "a = np.array([5, 1, 3, 3, 7])", "f = np.array([1.5, 2.0, -0.0, np.nan])",
    "np.isin([1, 2, 3, 4], [2, 4])", "np.isin(np.arange(6).reshape(2, 3), [1, 5], invert=True)", "np.isin(a, a[:2])",
    "np.isin([1.5, np.nan], [np.nan])", "np.isin(3, [1, 2, 3])", "np.isin(f, [0.0, 2])", "np.isin(a, 3.0)",
    "np.isin(a, [], invert=True)", "np.isin([True, False], [1])", "np.isin(a, [1], kind='sort')", "np.isin(a, [1], kind='x')",
    "np.setdiff1d(a, [3, 9])", "np.setdiff1d([1.5, 2], [2])", "np.setdiff1d(a, a)", "np.setdiff1d(np.arange(6).reshape(2, 3), [0])",
    "np.union1d([3, 1], [2, 1])", "np.union1d([1], [1.5])", "np.union1d(a, np.array([[0, 9]]))", "np.union1d([], [])",
    "np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])", "np.intersect1d(a, [7.0, 5.5])", "np.intersect1d(f, f)",
    "np.intersect1d([1, 2], [3])", "np.intersect1d(a, a, assume_unique=True)",
    "np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])", "np.setxor1d(a, [1.5, 3])", "np.setxor1d([], [1])",
    "np.isin(a)", "np.union1d(a)",
    "np.nextafter(1, 2)", "np.nextafter([0.0, 1.0, -1.0], [-1, 0, 5])", "np.nextafter(f, 0)", "np.nextafter(np.inf, 0)",
    "np.nextafter(np.float32(1), 2)", "np.nextafter(np.array([1.0, 2.0], dtype=np.float32), np.inf)",
    "np.nextafter(np.array([1, 2], dtype=np.int16), 5)", 
    "np.nextafter(0.0, 1.0) == 5e-324",
    "np.spacing(1)", "np.spacing([0.0, -1.0, 1e300, np.inf, np.nan, -0.0])", "np.spacing(np.float32(1))",
    "np.spacing(np.arange(3))", "np.spacing(1.7976931348623157e308)", "np.spacing(np.array([1000.0, 1e-320]))",
    "np.fabs([-1, 2])", "np.fabs(f)", "np.fabs(np.array([-1.5], dtype=np.float32))", "np.fabs(-3)",
    "np.frexp([1.0, 8.0, -0.75, 0])", "np.frexp(f)", "np.frexp(np.array([np.inf, -np.inf, 1e-310]))", "np.frexp(5)",
    "np.frexp(np.array([3.0], dtype=np.float32))",
    "np.ldexp([1.0, 3.0], [2, -1])", "np.ldexp(5, 2)", "np.ldexp(f, 3)", "np.ldexp(1.0, 1024)", "np.ldexp(1.0, -1075)",
    "np.ldexp(1.5, np.array([1, 2], dtype=np.int8))", "np.ldexp(np.float32(3), 2)", "np.ldexp(1.0, 2.0)",
    "np.ldexp(np.array([1, 2]), 3)",
    "np.modf([1.5, -2.25, 3])", "np.modf(f)", "np.modf(np.array([np.inf, -np.inf]))", "np.modf(-0.5)", "np.modf(7)",
    "np.gcd(12, [8, 18, 0])", "np.gcd(a, 15)", "np.gcd(-12, 18)", "np.gcd(np.array([4, 6], dtype=np.int8), np.int8(10))",
    "np.gcd(0, 0)", "np.gcd(True, 4)", "np.lcm([4, 6], 10)", "np.lcm(a, 4)", "np.lcm(-4, 6)", "np.lcm(0, 5)",
    "np.lcm(np.array([100], dtype=np.int8), 3)",
    "np.isneginf([-np.inf, 1, np.inf])", "np.isposinf([-np.inf, 1, np.inf])", "np.isposinf(np.inf)", "np.isneginf(a)",
    "np.fix([2.5, -2.5, 0.5])", "np.fix(a)", "np.fix(-3.7)",
    "np.isscalar(3.0)", "np.isscalar(np.array(3.0))", "np.isscalar([1])", "np.isscalar(np.float64(2))", "np.isscalar('s')",
    "np.isscalar(None)",
]

THEMES["33-more-arrays"] = [
    "a = np.array([1, 2, 3])", "m = np.arange(6).reshape(2, 3)", "f = np.array([1.0, 2.0, 3.0])",
    "np.insert(a, 1, 9)", "np.insert(a, [0, 3], [7, 8])", "np.insert(m, 1, 5, axis=1)", "np.insert(m, 1, [5, 6], axis=0)",
    "np.insert(m, 1, [5, 6, 7], axis=0)", "np.insert(m, 1, 9)", "np.insert(a, 1, 2.7)", "np.insert(a, 5, 1)",
    "np.insert(a, -4, 1)", "np.insert(a, -3, 1)", "np.insert(a, 3, 1)", "np.insert(a, [1, 1], [8, 9])",
    "np.insert(a, [2, 0], [8, 9])", "np.insert(a, slice(0, 2), 0)", "np.insert(f, -1, 5)", "np.insert(f, 1, [5, 6])",
    "np.insert(m, [1], [[10], [20]], axis=1)", "np.insert(m, 1, [[10], [20]], axis=1)", "np.insert(m, 0, 7, axis=-1)",
    "np.insert(m, 2, 0, axis=0)", "np.insert(m, 1, 0, axis=2)", "np.insert(a, [[1]], 0)", "np.insert(a, 1.5, 0)",
    "np.insert(a, [], 5)", "np.insert([1, 2], 0, 0.5)", "np.insert(f, [0, 1, 2, 3], [-1, -2, -3, -4])",
    "np.resize(a, (2, 4))", "np.resize(np.arange(4), 6)", "np.resize([1, 2], (3,))", "np.resize(np.array([]), 3)",
    "np.resize(np.arange(3), 0)", "np.resize(m, (3, 3))", "np.resize(f, (2, 2, 2))", "np.resize(a, -1)",
    "np.resize(np.float64(2.5), 3)", "np.resize(a, (0, 2))",
    "np.geomspace(1, 1000, 4)", "np.geomspace(1, 256, 9)", "np.geomspace(-1, -1000, 4)",
    "np.geomspace(1, 1000, 4, endpoint=False)", "np.geomspace(0, 10, 3)", "np.geomspace(1, 2, 5)",
    "np.geomspace(1, 1000, 4, dtype=int)", "np.geomspace(2, 2, 3)", "np.geomspace(1000, 1, 4)", "np.geomspace(1, 10, 1)",
    "np.geomspace(1, 10, 0)", "np.geomspace(0.5, 80.0, 6)", "np.geomspace(1e-3, 1e3, 7)", "np.geomspace(1, -10, 3)",
    "np.geomspace(3, 7, 10)",
    "np.block([[np.eye(2), np.zeros((2, 1))], [np.ones((1, 2)), np.array([[5.0]])]])", "np.block([1, 2, np.array([3, 4])])",
    "np.block([[1, 2], [3, 4]])", "np.block([a, a])", "np.block([[a], [a]])", "np.block(a)", "np.block(5)",
    "np.block([[m, m], [m, m]]).shape", "np.block([m, a])", "np.block([[1, 2], 3])", "np.block((1, 2))", "np.block([])",
    "np.block([[1.5], [2]])", "np.block([[[a]]]).shape",
    "np.ediff1d([1, 2, 4, 7])", "np.ediff1d([1, 2, 4, 7], to_end=[99], to_begin=-1)", "np.ediff1d(m)",
    "np.ediff1d(f, to_begin=[0, 0])", "np.ediff1d(a, to_end=1.5)", "np.ediff1d([5])",
    "np.trim_zeros(np.array([0, 0, 1, 2, 0]))", "np.trim_zeros(np.array([0, 0, 1, 2, 0]), 'f')",
    "np.trim_zeros(np.array([0, 0, 1, 2, 0]), 'b')", "np.trim_zeros(np.array([0.0, 0.0]))", "np.trim_zeros([0, 3, 0])",
    "np.trim_zeros(np.array([0, 1, 0]), 'x')",
    "np.diagflat([1, 2])", "np.diagflat([[1, 2], [3, 4]], 1)", "np.diagflat(f, -1)", "np.diagflat(5)",
    "np.rollaxis(np.ones((2, 3, 4)), 2).shape", "np.rollaxis(np.ones((2, 3, 4)), 0, 3).shape",
    "np.rollaxis(np.ones((2, 3, 4)), 1, 1).shape", "np.rollaxis(np.ones((2, 3, 4)), -1, 1).shape", "np.rollaxis(m, 1)",
    "np.rollaxis(m, 2)", "np.rollaxis(m, 0, 5)",
    "np.triu_indices(3)", "np.tril_indices(3, -1)", "np.triu_indices(3, 1, 4)", "np.tril_indices(2, m=4)", "np.triu_indices(0)",
    "np.diag_indices(3)", "np.diag_indices(2, 3)", "m[np.triu_indices(2, 1, 3)]", "np.eye(3)[np.diag_indices(3)]",
    "x = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])", "np.nanmedian(x)", "np.nanmedian(x, axis=0)",
    "np.nanmedian(x, axis=1)", "np.nanmedian(x, axis=1, keepdims=True)", "np.nanmedian([np.nan, 1.0, 2.0, 4.0])",
    "np.nanmedian(m)", "np.nanmedian(m, axis=-1)", "np.nanmedian(np.array([[np.nan, np.nan], [1.0, 2.0]]), axis=1)",
    "np.nanmedian(x, axis=2)", "np.nanmedian(x, keepdims=True)",
    "np.histogram_bin_edges([1, 2, 5], bins=4)", "np.histogram_bin_edges([1, 2, 5])", "np.histogram_bin_edges(f, bins=[0, 1, 5])",
    "np.histogram_bin_edges(f, bins=2, range=(0, 4))",
]

THEMES["34-more-ufunc-methods"] = [
    "a = np.array([1, 2, 4, 8])", "b = np.array([3, 1, 2])", "m = np.array([[1, 6, 3], [4, 2, 5]])",
    "f = np.array([0.5, -1.0, 2.0])",
    "np.greater.outer(a, b)", "np.less.outer(b, b)", "np.equal.outer([1, 2], [2, 1])", "np.greater_equal.outer(f, 0.5)",
    "np.not_equal.outer(b, [1])", "np.less_equal.outer(2, b)",
    "np.bitwise_or.reduce(a)", "np.bitwise_and.reduce(np.array([7, 5, 13]))", "np.bitwise_xor.reduce(a)",
    "np.bitwise_or.reduce(m, axis=1)", "np.bitwise_or.reduce(m, axis=0)", "np.bitwise_or.reduce(m, axis=None)",
    "np.bitwise_and.reduce(np.array([], dtype=int))", "np.bitwise_or.reduce(np.array([], dtype=int))",
    "np.bitwise_or.reduce(np.array([1, 2], dtype=np.uint8))", "np.bitwise_xor.accumulate(a)",
    "np.bitwise_or.accumulate(m, axis=1)", "np.bitwise_and.outer(b, b)", "np.left_shift.outer([1, 2], [0, 1, 2])",
    "np.right_shift.reduce(np.array([64, 2, 1]))", "np.bitwise_or.reduce(m, keepdims=True)",
    "np.logical_xor.reduce([True, True, False])", "np.logical_xor.accumulate([True, False, True])",
    "np.logical_xor.outer([True, False], [True])",
    "np.power.outer(b, [0, 1, 2])", "np.power.reduce(np.array([2, 3, 2]))", "np.power.accumulate(np.array([2, 3, 2]))",
    "np.fmax.reduce(np.array([1.0, np.nan, 3.0]))", "np.fmin.accumulate(np.array([3.0, np.nan, 1.0, 2.0]))",
    "np.fmax.reduce(np.arange(6.0).reshape(2, 3), axis=None)", "np.hypot.outer([3.0, 5.0], [4.0, 12.0])",
    "np.arctan2.outer([1.0], [1.0, -1.0])", "np.floor_divide.outer(m[0], [2, 4])", "np.remainder.outer(b, [2, 3])",
    "np.mod.reduce(np.array([17, 5, 3]))", "np.gcd.reduce(np.array([12, 18, 30]))", "np.lcm.reduce(np.array([4, 6, 10]))",
    "np.gcd.reduce(m, axis=None)", "np.lcm.accumulate(np.array([2, 3, 4]))", "np.gcd.outer([12, 8], [6, 4])",
    "np.logaddexp.reduce(f)", "np.logaddexp.accumulate(f)", "np.copysign.outer([1.0, 2.0], [-1.0, 1.0])",
    "np.heaviside.outer(f, [0.5])", "np.greater.reduce(np.array([3, 2]))", "np.power.reduce(m, axis=None)",
    "np.bitwise_or.reduce(f)", "np.greater.outer(a)", "np.bitwise_or.reduce(m, axis=2)",
]

THEMES["35-grids-and-vectorize"] = [
    "np.mgrid[0:3, 0:2]", "np.ogrid[0:3, 0:2]", "np.mgrid[0:5]", "np.ogrid[2:8:2]", "np.mgrid[:3, 1:4, 0:2].shape",
    "np.mgrid[5:0:-2, 0:2]", "x, y = np.mgrid[0:2, 0:3]", "x", "y", "r, c = np.ogrid[0:3, 0:4]", "r + c", "r.shape, c.shape",
    "np.mgrid[0:0, 0:2].shape", "np.mgrid[0:4:0]", "np.mgrid(3)",
    "def f(a, b):\n    return a - b if a > b else a + b", "vf = np.vectorize(f)", "vf([1, 2, 3, 4], 2)",
    "vf(np.arange(6).reshape(2, 3), [[1], [4]])", "vf(np.array([1.5, 2.5]), 2)", "vf(3, 1)",
    "np.vectorize(lambda x: x * 2)([1, 2, 3])", "np.vectorize(lambda x: x / 2)([1, 2, 3])",
    "np.vectorize(lambda x: x > 1)(np.array([0.5, 1.5]))", "np.vectorize(lambda x: int(x) * 3, otypes=[float])([1.0, 2.0])",
    "np.vectorize(lambda x: x + 0.5, otypes='i')([1, 2])", "np.vectorize(lambda x: x + 0.5, otypes=[np.float64])([1, 2])",
    "np.vectorize(lambda x: x)(np.array([], dtype=float))", "np.vectorize(lambda x: x, otypes=[float])(np.array([]))",
    "np.vectorize(lambda x, n: x ** n, excluded={1})([1, 2, 3], 2)",
    "@np.vectorize\ndef step(x):\n    return 1.0 if x >= 0 else 0.0", "step(np.array([-1.0, 0.0, 2.0]))",
    "calls = []", "def g(x):\n    calls.append(x)\n    return x", "np.vectorize(g)([5, 6, 7])", "len(calls)",
    "np.vectorize(3)", "np.vectorize(f)([1, 2], [1, 2, 3])",
]

THEMES["36-fmod-divmod-take-along"] = [
    "a = np.array([-7, 7, 5, -5])", "f = np.array([-7.5, 7.5, 0.0, -0.0, np.inf])",
    "np.fmod(a, 3)", "np.fmod(a, -3)", "np.fmod(-7, 3)", "np.fmod(f, 2)", "np.fmod(f, -2.5)", "np.fmod(a, 2.5)",
    "np.fmod(a, 0)", "np.fmod(np.array([7, -7], dtype=np.int8), np.int8(3))", "np.fmod(True, True)", "np.fmod(5.0, np.inf)",
    "np.fmod(np.array([5.5], dtype=np.float32), 2)", "np.fmod(a, [1, 2])",
    "np.divmod(7, 2)", "np.divmod(a, 3)", "np.divmod(f, 2)", "np.divmod(a, -2.5)", "np.divmod(np.array([7, -7], dtype=np.int16), 4)",
    "x = np.array([[10, 30, 20], [60, 40, 50]])", "i = np.argsort(x, axis=1)", "np.take_along_axis(x, i, axis=1)",
    "np.take_along_axis(x, np.argsort(x, axis=0), axis=0)", "np.take_along_axis(x, np.array([[0], [2]]), axis=1)",
    "np.take_along_axis(x, np.array([[1, 0, 1]]), axis=0)", "np.take_along_axis(x, np.array([5, 0]), axis=None)",
    "np.take_along_axis(x, np.array([[-1]]), axis=1)", "np.take_along_axis(x, i, axis=-1)", "np.take_along_axis(x, i)",
    "np.take_along_axis(x, np.array([1, 0]), axis=1)", "np.take_along_axis(x, np.array([[0.5]]), axis=1)",
    "np.take_along_axis(x, np.array([[3]]), axis=1)", "np.take_along_axis(x, np.array([[0, 1]]), axis=2)",
    "np.take_along_axis(x, np.array([[0, 1]]), axis=None)",
    "np.take_along_axis(np.array([[1.5, -2.0], [0.5, 4.0]]), np.argmax(np.array([[1.5, -2.0], [0.5, 4.0]]), axis=1)[:, None], axis=1)",
]

THEMES["37-tile-repeat-edges"] = [
    "a = np.array([[1, 2], [3, 4]])", "np.tile(a, 2)", "np.tile(a, (2, 1))", "np.tile(a, (2, 1, 2)).shape",
    "np.tile(np.array([1, 2]), (0, 2))", "np.tile(5, 3)", "np.tile(a, 0)", "np.tile(a, -1)", "np.tile([[1]], (2, 2, 2)).shape",
    "np.repeat(a, 2)", "np.repeat(a, 2, axis=1)", "np.repeat(a, [1, 0], axis=0)", "np.repeat(a, [1, 2, 3], axis=0)",
    "np.repeat(a, -1)", "np.repeat(7, 3)", "np.repeat(a, np.array([2, 1]), axis=-1)", "np.repeat([], 3)",
    "a.repeat(2, axis=0)", "np.repeat(a, (2,), axis=0)", "np.repeat(a, 2, axis=2)", "np.tile(np.array([True, False]), 2)",
    "np.repeat(np.array([1.5]), 0)",
]

THEMES["38-unique-options"] = [
    "a = np.array([[1, 2], [3, 1]])",
    "np.unique(a, return_index=True, return_inverse=True, return_counts=True)",
    "b = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [1, 2, 3, 4]])",
    "np.unique(b, axis=0, return_index=True, return_inverse=True, return_counts=True)",
    "np.unique(b, axis=1, return_inverse=True)", "np.unique(b, axis=0)", "np.unique(b, axis=2)",
    "np.unique(np.array([3., 1., np.nan, 1., np.nan]), return_index=True, return_inverse=True, return_counts=True)",
    "np.unique([], return_index=True)", "np.unique(np.array([2, 2, 1], dtype=np.int32), return_counts=True)",
    "np.unique(np.array([True, False, True]), return_inverse=True)",
    "np.unique(np.arange(6).reshape(3, 2) % 2, axis=-1, return_counts=True)",
    "unique_rows, indices, occurrence_count = np.unique(b, axis=0, return_counts=True, return_index=True)",
    "occurrence_count", "indices",
    "np.unique(np.array([[0, 1], [0, 1], [1, 0]]), axis=0, return_inverse=True)[1].shape",
    "np.unique(np.array([5, 3, 5, 1, 3]), return_index=True)",
    "np.unique(np.array([[2.5, 1.0], [2.5, 1.0], [0.5, 3.0]]), axis=0, return_counts=True)",
]

THEMES["39-linspace-retstep"] = [
    "np.linspace(0, 1, 5, retstep=True)", "np.linspace(0, 1, 1, retstep=True)", "np.linspace(0, 1, 0, retstep=True)",
    "np.linspace(2, 3, 4, endpoint=False, retstep=True)", "np.linspace(0, 10, 6, retstep=True, dtype=int)",
    "x, dx = np.linspace(-1, 1, 7, retstep=True)", "dx", "x", "np.linspace(5, 5, 3, retstep=True)",
    "np.linspace(1, 0, 4, retstep=True)[1]", "np.linspace(0, 1, 1, endpoint=False, retstep=True)",
]


THEMES["39b-ufunc-out"] = [
    "x = np.arange(5)", "y = np.empty(5)", "np.multiply(x, 10, out=y)", "y", "z = np.zeros(10)",
    "np.power(2, x, out=z[::2])", "print(z)", "r = np.add(x, 1, out=y)", "r is y",
    "np.add(np.ones(2), 1, out=np.zeros(2, int))", "np.add(np.ones(3), 1, out=np.zeros(2))",
    "np.add(1, 2, out=np.zeros(3))", "np.add(np.ones((2, 1)), 1, out=np.zeros((2, 3)))",
    "np.add(np.ones((2, 3)), 1, out=np.zeros(3))", "np.sin(x, out=y)", "np.negative(y, out=y)", "y",
    "np.add(x, 1, out=[0, 0, 0, 0, 0])", "np.add(x, 1, out=(y,))", "np.add(x, 1, out=(y, y))", "np.add(x, 1, out=None)",
    "np.add(x, 1, out=(None,))", "w = np.zeros(5, dtype=np.float32)", "np.multiply(x, 0.1, out=w)",
    "np.exp(x, out=np.zeros(5, int))", "np.sqrt(np.arange(4.0), out=np.zeros(4, complex))",
    "np.greater(x, 2, out=np.zeros(5, bool))", "np.greater(x, 2, out=np.zeros(5))", "np.add(x, 1, out=x)", "x",
    "m = np.arange(6).reshape(2, 3)", "np.add(m, 1, out=m.T)", "np.add(m, m.T.T, out=m)", "m",
    "np.add(x, 1, out=np.zeros(5)[None])", "np.add(x, 1, out=5)", "np.maximum(x, 2, out=y)", "np.add(x, 1, np.zeros(5))",
    "np.add(x, 1, y, out=y)", "np.sin(x, y)", "y", "np.add(1, 2, out=np.zeros(()))",
    "b = np.broadcast_to(np.zeros(5), (5,))", "np.add(x, 1, out=b)", "d = np.zeros((3, 3)).diagonal()",
    "np.add(d, 1, out=d)", "np.add(x, 1, out=np.float64(1.0))", "s = np.zeros(3)", "v = s[1:]",
    "np.multiply(v, 0, out=v)", "np.add(np.array([1, 2]), np.array([3, 4]), out=v)", "s",
    "np.floor_divide(x, 2, out=y)", "np.true_divide(x, 2, out=np.zeros(5, int))", "np.equal(x, 2, out=np.zeros(5, int))",
    "np.logical_and(x, 1, out=np.zeros(5))", "np.add(x, 1, out=np.zeros(5, np.int32))",
    "np.add(x, 2**40, out=np.zeros(5, np.int32))", "np.abs(np.array([-1.5, 2.0]), out=np.zeros(2, int))",
    "q = np.arange(6.0).reshape(2, 3)", "np.exp(q[:, 1], out=q[:, 0])", "q",
]


def main():
    write_themes(THEMES, SNIPPET_FIXTURES / "numpy", "make_numpy7_fixtures.py")


if __name__ == "__main__":
    main()
