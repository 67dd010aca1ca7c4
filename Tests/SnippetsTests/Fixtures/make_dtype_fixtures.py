#!/usr/bin/env python3
"""Writes the dtype transcripts (issue 10: int8 … uint64, float32, NEP 50 promotion) from real Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_dtype_fixtures.py`. It rewrites every file in `dtypes/`; rerunning
gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output, the
exception's last line). Only statements docbuild runs belong here; what it refuses (float32 `exp`, float16, complex)
is listed in Tests/SnippetsTests/DTypeRefusalTests.swift, which checks that each is an error and never prints digits.
"""

import pathlib

import numpy as np

from make_numpy_fixtures import main as _unused  # noqa: F401 - same folder; shares run_single and prompted
from make_numpy_fixtures import prompted, run_single

import builtins

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "dtypes"

THEMES = {}

THEMES["01-dtype-objects"] = [
    "np.dtype('f4')", "np.dtype('d')", "np.dtype('float32')", "np.dtype(np.int32)", "np.dtype('uint8').name",
    "np.dtype('i2')", "np.dtype('<i4')", "np.dtype('u8')", "np.dtype('b')", "np.dtype('B')", "np.dtype('?')",
    "np.dtype('int')", "np.dtype(float)", "np.dtype(int)", "np.dtype(bool)", "np.dtype('f')", "np.dtype('i')",
    "np.dtype('l')", "np.dtype('H')", "np.dtype('I')", "np.dtype('single')", "np.dtype('double')",
    "np.dtype('float64').itemsize", "np.dtype('int16').itemsize", "np.dtype('uint32').kind",
    "np.dtype('f4').kind", "np.dtype('i8').kind", "np.dtype('?').kind", "np.dtype('f4').char", "np.dtype('int8').char",
    "np.dtype('uint64').char", "np.dtype('float32').str", "np.dtype('int8').str", "np.dtype('bool').str",
    "print(np.dtype('f4'))", "str(np.dtype('uint16'))", "np.dtype('foo')", "np.dtype('float32') == np.float32",
    "np.dtype('f4') == 'float32'", "np.dtype('f4') == 'f4'", "np.dtype('f8') == np.float32", "np.float32",
    "np.int8", "np.uint64", "np.int32 == np.int32", "np.int32 == np.int64",
    "x = np.array([1.5, 2.5], dtype=np.float32)", "x.dtype", "x.dtype.name", "x.dtype.itemsize", "x.itemsize",
    "x.nbytes", "x.dtype == np.float32", "x.dtype == 'float32'", "x.dtype == 'f4'", "x.dtype == np.float64",
    "x.dtype != np.float32", "print(x.dtype)", "type(x[0])", "i = np.arange(6, dtype=np.int16).reshape(2, 3)",
    "i.dtype", "i.itemsize", "i.nbytes", "i.dtype.name", "np.ones(4).nbytes", "np.ones(4, dtype=bool).nbytes",
    "np.zeros((2, 5), dtype=np.uint8).nbytes", "str(i.dtype)", "repr(i.dtype)",
]

THEMES["02-scalars"] = [
    "np.float32(0.1)", "np.int32(3)", "np.uint8(255)", "np.uint8(300)", "np.int8(-129)", "np.int8(-128)",
    "np.float32(1/3)", "np.float32(1e20)", "np.float32(1e-5)", "np.float32(2.5)", "np.float32(16777217)",
    "np.float32(-0.0)", "np.float32(1e16)", "np.float32(123456789)", "np.float32(3.4e38)", "np.float32(1e-45)",
    "np.float32(0.0001)", "np.float32(100000)", "np.float32(np.nan)", "np.float32(-np.inf)", "np.float32()",
    "np.int16()", "np.uint32(4000000000)", "np.int64(5)", "np.int16(2.9)",
    "np.int8(-2.9)", "np.float32(7)", "np.float32(True)", "np.uint16(True)",
    "str(np.float32(0.1))", "print(np.float32(2.5))", "print(np.float32(1/3))", "print(np.uint8(7))",
    "repr(np.int16(-5))", "np.float32(0.1) + np.float32(0.2)", "np.float32(0.1) * 3", "np.float32(0.1) + 0.2",
    "np.float32(0.1) + np.float64(0.2)", "np.float32(1) / 3", "np.float32(2) - 0.1", "0.5 * np.float32(3)",
    "np.int8(100) + np.int8(27)", "np.int32(7) // 2", "np.int32(-7) // 2", "np.int32(7) % 3", "np.int32(-7) % 3",
    "np.int32(2) ** 10", "np.uint8(3) - np.uint8(5)", "np.uint8(200) + 100", "np.uint8(200) + 56",
    "np.int32(5) / 2", "np.int32(5) * 2.5", "np.int16(3) + np.int32(4)", "np.uint8(3) + np.int8(4)",
    "np.int8(3) + True", "np.float32(1.5) > 1", "np.float32(0.1) == 0.1", "np.float32(0.5) == 0.5",
    "float(np.float32(0.1))", "int(np.int32(5))", "int(np.float32(2.7))", "np.float32(0.1).item()",
    "np.int8(5).item()", "np.float32(2.5).dtype", "np.uint8(1).itemsize", "-np.int8(-128)", "abs(np.int8(-128))",
    "-np.float32(0.25)", "abs(np.float32(-1.5))", "np.sqrt(np.float32(2))", "np.square(np.float32(1.1))",
    "round(np.float32(2.5))", "f'{np.float32(0.1)}'", "f'{np.float32(0.1):.10f}'", "'%s' % np.float32(0.1)",
    "[np.float32(0.1), np.int32(2)]", "(np.uint8(1),)", "{'a': np.float32(0.25)}",
]

THEMES["03-arrays"] = [
    "np.array([1, 2, 3], dtype=np.int32)", "np.array([1.5, 2.5], dtype='f4')", "np.zeros(3, dtype=np.uint8)",
    "np.ones((2, 2), dtype=np.float32)", "np.arange(5, dtype=np.int16)", "np.full(3, 7, dtype=np.int8)",
    "np.eye(2, dtype=np.int32)", "np.array([0.1, 0.2, 0.3], dtype=np.float32)", "np.array([1/3, 2/3], dtype='f')",
    "np.array([300], dtype=np.uint8)", "np.array([-1], dtype=np.uint8)", "np.array([127, -128], dtype=np.int8)",
    "np.array([128], dtype=np.int8)", "np.array([1.7, -1.7], dtype=np.int32)", "np.array([True, False], dtype=np.uint8)",
    "np.array([], dtype=np.int32)", "np.zeros((0, 3), dtype=np.float32)", "np.array(5, dtype=np.int32)",
    "np.array(0.1, dtype=np.float32)", "np.array([[1, 2], [3, 4]], dtype=np.int8)",
    "np.array([1e10, 1e-10], dtype=np.float32)", "np.array([1e20, 1.0], dtype=np.float32)",
    "np.array([0.5, np.nan, np.inf, -np.inf], dtype=np.float32)", "np.array([1e40], dtype=np.float32)",
    "np.arange(30, dtype=np.int32)", "np.arange(40, dtype=np.uint8)", "np.arange(24, dtype=np.int64).astype(np.int16)",
    "np.arange(20, dtype=np.float32) / 7", "np.arange(12, dtype=np.float32).reshape(3, 4) / 3",
    "np.arange(2000, dtype=np.int16)", "np.arange(1500, dtype=np.float32) * 0.5", "np.arange(3000, dtype=np.uint8)",
    "np.array([4000000000, 1], dtype=np.uint32)", "np.array([-1, 0]).astype(np.uint64)",
    "np.array([-5, 5], dtype=np.int64).astype(np.uint64)",
    "np.array([1, 2, 3], dtype=np.int32).tolist()" if False else "np.array([1, 2, 3], dtype=np.int32).sum()",
    "np.zeros_like(np.ones(3), dtype=np.float32)", "np.ones_like(np.arange(3, dtype=np.int8))",
    "np.zeros_like(np.arange(3, dtype=np.uint16))", "np.full((2, 2), 0.1, dtype=np.float32)",
    "np.array([np.float32(0.5), np.float32(0.25)])", "np.array([np.int8(1), np.int8(2)])",
    "np.array([np.int8(1), 2])", "np.array([np.float32(0.5), 1.5])", "np.array(np.arange(3), dtype=np.int8)",
    "np.array(np.array([0.1, 0.2]), dtype=np.float32)", "np.asarray([1, 2], dtype=np.uint16)",
    "np.array([1, 2], dtype='int64')", "np.array([1, 2], dtype='float')", "np.array([1, 2], dtype=float)",
    "np.array([0, 1, 2], dtype=bool)", "np.array([0, 1], dtype='bool')",
]

THEMES["04-astype"] = [
    "x = np.array([-1.7, -0.5, 0.0, 0.5, 1.7, 255.0])", "x.astype(np.float32)", "x.astype(np.int32)",
    "x[:5].astype('int8')", "x.astype(np.int16)", "np.array([-1, 0, 1, 255, 256]).astype(np.uint8)",
    "np.array([-1, 0, 1, 255, 256]).astype(np.int8)", "np.array([70000, -70000]).astype(np.int16)",
    "np.array([70000, -70000]).astype(np.uint16)", "np.array([2**31, -2**31 - 1]).astype(np.int32)",
    "np.array([1, 2]).astype(np.float32)", "np.array([16777217, 2**40 + 1]).astype(np.float32)",
    "np.array([True, False]).astype(np.int8)", "np.array([True, False]).astype(np.float32)",
    "np.array([0.1, 0.2], dtype=np.float32).astype(np.float64)", "np.array([0.1, 0.2], dtype=np.float32).astype(int)",
    "np.array([3, 0, -2], dtype=np.int8).astype(bool)", "np.array([1.5, 0.0], dtype=np.float32).astype(bool)",
    "np.array([1, 2], dtype=np.uint8).astype(np.int8)", "np.array([200], dtype=np.uint8).astype(np.int8)",
    "np.array([-3], dtype=np.int8).astype(np.uint32)", "np.array([-3], dtype=np.int16).astype(np.uint64)",
    "np.array([1.5]).astype(np.int32, casting='safe')", "np.array([1.5]).astype(np.float32, casting='safe')",
    "np.array([1.5]).astype(np.float32, casting='same_kind')", "np.array([1, 2]).astype(np.int8, casting='same_kind')",
    "np.array([1, 2]).astype(np.uint8, casting='same_kind')", "np.array([1, 2]).astype(np.float32, casting='safe')",
    "np.array([1, 2], dtype=np.int16).astype(np.float32, casting='safe')",
    "np.array([1, 2], dtype=np.uint8).astype(np.int16, casting='safe')",
    "np.array([1, 2], dtype=np.int8).astype(np.uint8, casting='safe')",
    "np.array([1, 2], dtype=np.int8).astype(np.int8, casting='no')",
    "np.array([1, 2], dtype=np.int8).astype(np.int16, casting='no')",
    "np.array([1, 2], dtype=np.int8).astype(np.int16, casting='equiv')",
    "np.array([1.0]).astype(np.float64, casting='unsafe')", "np.array([1.0]).astype(np.int64, casting='bogus')",
    "np.array([True]).astype(np.uint8, casting='safe')", "np.array([1]).astype(bool, casting='safe')",
    "np.array([1], dtype=np.uint64).astype(np.int64, casting='same_kind')",
    "np.array([1], dtype=np.uint64).astype(np.float32, casting='same_kind')",
    "np.array([1], dtype=np.float32).astype(np.float16 if False else np.float64, casting='safe')",
    "np.array([1.25], dtype=np.float32).astype(np.int8)", "np.int32(3).astype(np.float32)",
    "np.float32(2.5).astype(np.int64)", "y = np.arange(4, dtype=np.int8)", "y.astype(y.dtype)",
    "y.astype('f4').dtype", "y.astype(np.float32).dtype.name",
]

THEMES["05-promotion"] = [
    "i8 = np.array([100, -100, 7], dtype=np.int8)", "i16 = np.array([1000, -1000, 7], dtype=np.int16)",
    "u8 = np.array([200, 0, 7], dtype=np.uint8)", "u16 = np.array([60000, 1, 7], dtype=np.uint16)",
    "i32 = np.array([2**31 - 1, -5, 7], dtype=np.int32)", "u32 = np.array([4000000000, 1, 7], dtype=np.uint32)",
    "u64 = np.array([-1, 1, 7]).astype(np.uint64)", "f32 = np.array([0.1, 0.5, 3.25], dtype=np.float32)",
    "i64 = np.array([1, 2, 3])", "f64 = np.array([0.1, 0.5, 3.25])", "b = np.array([True, False, True])",
    "i8 + i8", "i8 + i16", "u8 + i8", "u8 + u8", "u8 + u16", "u8 + i16", "u16 + i8", "u16 + i16", "u32 + i8",
    "u32 + i32", "u32 + u8", "u64 + u64", "u64 + i64", "u64 + u8", "u64 + i8", "i32 + i32", "i32 + i64", "i8 + i64",
    "f32 + f32", "f32 + f64", "f32 + i8", "f32 + u8", "f32 + i16", "f32 + u16", "f32 + i32", "f32 + i64", "f32 + u64",
    "f32 + b", "i8 + b", "u8 + b", "b + b", "i8 + 1", "i8 + 27", "i8 + 28", "i8 + 1000", "i8 + (-129)", "u8 + 300",
    "u8 - 1", "u8 + True", "u8 + 2.5", "i8 * 1.5", "f32 * 2.5", "f32 + 0.1", "f32 + 16777217", "f32 * 3",
    "i32 + np.int64(1)", "i8 + np.int8(1)", "i8 + np.uint8(1)", "f32 + np.float64(1)", "f32 + np.float32(1)",
    "f32 + np.int64(1)", "b + 1", "b + 1.5", "b * np.int8(3)", "i8 - i8", "i8 * i8", "u8 * u8", "u8 - u8",
    "i16 * i16", "i32 * i32", "i32 + 1", "u32 * u32", "u64 * u64", "u64 - 2", "u64 + 1",
    "i8 / i8", "u8 / u8", "i16 / 3", "f32 / 3", "f32 / f32", "f32 / i8", "f32 / i32", "u64 / 2", "b / b",
    "i8 // 3", "i8 % 3", "i8 // i8", "u8 // 7", "u8 % 7", "i32 // -2", "i16 % -3", "i8 ** 2", "u8 ** 2",
    "i32 ** 2", "i8 ** -1", "i16 ** i16",
    "f32 - f32", "f32 * f32", "-f32", "-i8", "-u8", "-i32", "abs(i8)", "abs(f32 - 1)", "np.abs(i16)",
    "np.square(i8)", "np.square(u8)", "np.square(f32)", "np.sqrt(f32)", "np.sqrt(i16)", "np.sqrt(u16)",
    "np.sqrt(i32)", "np.sqrt(u32)", "np.exp(i32)", "np.log(u32)", "np.tanh(i64)",
    "np.maximum(f32, 0.3)", "np.minimum(i8, 5)", "np.maximum(u8, i8)", "np.maximum(f32, f64)", "np.maximum(i8, u16)",
    "i8 < 7", "i8 < 1000", "u8 > -1", "u8 == 200", "u8 == 300", "i8 == -129", "f32 < 0.5", "f32 == 0.1",
    "f32 == np.float32(0.1)", "f32 <= f64", "u8 < i8", "u64 == u64", "u64 > 5", "u64 < u64", "i32 >= i16",
    "b ** b", "np.square(b)", "b // b", "b % b", "np.True_ ** np.True_", "np.power(b, b)",
    "np.floor(f32)", "np.ceil(f32)", "np.trunc(f32 * 3)", "np.rint(f32 * 10)", "np.sign(f32 - 1)", "np.sign(i8)",
    "np.floor(i8)", "np.ceil(u8)", "np.reciprocal(f32)", "np.positive(i16)", "np.negative(f32)", "np.negative(u8)",
    "np.sin(i32)", "np.cos(u32)", "np.arctan2(i32, i32)", "np.hypot(i64, i32)",
    "np.add(i8, i8)", "np.multiply(f32, 2)", "np.subtract(u8, 1)", "np.divide(i16, i16)",
    "np.logical_and(i8, u8)", "np.logical_not(f32)", "np.isnan(f32)", "np.isfinite(f32 / 0)",
]

THEMES["06-wrapping"] = [
    "a = np.array([100, 120, -128], dtype=np.int8)", "a + 100", "a * 2", "a - 100", "-a", "np.abs(a)",
    "a * a", "a ** 3", "a // -1", "a % -1",
    "u = np.array([250, 5, 0], dtype=np.uint8)", "u + 10", "u - 10", "u * 2", "u * u", "u ** 2", "-u",
    "np.array([250], dtype=np.uint8) + np.array([10], dtype=np.uint8)",
    "w = np.array([32767, -32768], dtype=np.int16)", "w + 1", "w - 1", "w * 3",
    "d = np.array([2147483647, -2147483648], dtype=np.int32)", "d + 1", "d * d", "d // -1",
    "q = np.array([65535, 0], dtype=np.uint16)", "q + 1", "q - 1",
    "z = np.array([4294967295, 0], dtype=np.uint32)", "z + 1", "z - 1", "z * z",
    "v = np.array([-1, 0]).astype(np.uint64)", "v + 1", "v - 1", "v * 2",
    "c = np.arange(10, dtype=np.uint8) * 30", "c", "c.sum()", "c.max()", "c.min()", "c.mean()",
]

THEMES["07-reductions"] = [
    "f = np.array([0.1, 0.2, 0.3, 0.4], dtype=np.float32)", "f.sum()", "f.mean()", "f.max()", "f.min()",
    "np.sum(f)", "np.mean(f)", "np.max(f)", "np.min(f)", "print(f.sum())",
    "g = (np.arange(1000, dtype=np.float32) * np.float32(0.1))", "g.sum()", "g.mean()", "g[:10]", "g[-3:]",
    "h = np.arange(10000, dtype=np.float32) / 3", "h.sum()", "h.mean()", "h.max()", "h[:5]",
    "k = np.linspace(0, 1, 1001).astype(np.float32)", "k.sum()", "k.mean()", "k[:7]",
    "m = (np.arange(60, dtype=np.float32) / 7).reshape(3, 4, 5)", "m.sum(axis=0)", "m.sum(axis=1)",
    "m.sum(axis=2)", "m.sum(axis=(0, 2))", "m.mean(axis=1)", "m.max(axis=0)", "m.min(axis=2)", "m.sum(keepdims=True)",
    "r = np.arange(300, dtype=np.float32).reshape(20, 15) * np.float32(1.1)", "r.sum(axis=0)", "r.sum(axis=1)",
    "r.sum()", "r.mean(axis=0)",
    "i = np.array([100, 100, 100], dtype=np.int8)", "i.sum()", "i.mean()", "i.max()", "i.min()", "i.prod()",
    "np.cumsum(i)", "u = np.array([200, 200], dtype=np.uint8)", "u.sum()", "u.prod()", "np.cumsum(u)",
    "u.max()", "s = np.arange(12, dtype=np.int16).reshape(3, 4)", "s.sum(axis=0)", "s.sum(axis=1)",
    "s.mean(axis=0)", "s.max(axis=1)", "s.prod(axis=0)", "np.sum(s, axis=1, keepdims=True)",
    "np.sum(np.array([], dtype=np.float32))", "np.sum(np.array([], dtype=np.int8))",
    "np.array([], dtype=np.float32).max()", "b = np.array([True, True, False])", "b.sum()", "b.mean()",
    "v = np.array([-1, 1]).astype(np.uint64)", "v.max()", "v.min()", "v.sum()",
]

THEMES["08-indexing-and-shapes"] = [
    "a = np.arange(12, dtype=np.int32).reshape(3, 4)", "a[0]", "a[0, 1]", "a[1:, ::2]", "a.T", "a.reshape(4, 3)",
    "a[a > 5]", "a[[0, 2]]", "a[:, [1, 3]]", "a.flatten()", "a.ravel()", "a.copy()", "a[None].shape",
    "np.transpose(a)", "np.expand_dims(a, 0).dtype", "np.squeeze(a[:1])", "np.broadcast_to(a[0], (2, 4))",
    "f = np.array([[0.1, 0.2], [0.3, 0.4]], dtype=np.float32)", "f[0]", "f[1, 1]", "f.T", "f[f > 0.15]",
    "f.reshape(4)", "f[::-1]", "np.concatenate([f, f])", "np.stack([f[0], f[1]])", "np.vstack([f, f])",
    "np.hstack([f, f])", "np.where(f > 0.25, f, 0)", "np.where(a > 5, a, 0)", "np.where(a > 5, a, 0.5)",
    "np.where(a > 5, a, -1)", "np.clip(a, 2, 8)", "np.sort(np.array([3, 1, 2], dtype=np.int8))",
    "np.sort(f, axis=0)", "np.flip(a)", "np.concatenate([a[0], np.array([1, 2], dtype=np.int8)])",
    "np.concatenate([a[0], np.array([1, 2], dtype=np.int64)])", "np.concatenate([f[0], np.array([1.5])])",
    "np.tile(np.array([1, 2], dtype=np.uint8), 2)", "np.repeat(f[0], 2)", "a.max(axis=0)", "a.argmax()",
    "f.argmin()", "np.argsort(np.array([3, 1, 2], dtype=np.int16))", "a @ a.T", "np.dot(a[0], a[1])",
    "np.array([[1, 2]], dtype=np.int8) @ np.array([[3], [4]], dtype=np.int8)",
    "np.array([[100, 100]], dtype=np.int8) @ np.array([[2], [2]], dtype=np.int8)",
    "a.shape", "a.size", "a.ndim", "len(a)", "list(a[0])", "a[0].tolist()" if False else "a[0, 1].item()",
    "f[0, 0].item()", "for row in a:\n    print(row)",
]


# Every array function of the language on float32, int8, uint8 and int16 arrays (the ones docbuild refuses
# for these dtypes are in DTypeRefusalTests).
THEMES["09-functions-by-dtype"] = [
    'f = np.array([[0.1, -0.7, 2.5], [3.3, 0.25, -1.0]], dtype=np.float32)',
    'i = np.array([[1, -7, 25], [33, 2, -100]], dtype=np.int8)',
    'u = np.array([[1, 7, 250], [33, 2, 100]], dtype=np.uint8)',
    'h = np.array([[1, -7, 25], [33, 2, -100]], dtype=np.int16)', 'np.argmax(f)', 'np.argmin(f)', 'np.sort(f)',
    "np.argsort(f, kind='stable')", 'np.unique(f)', 'np.diag(f)', 'np.trace(f)', 'np.ravel(f)', 'np.tile(f, 2)',
    'np.repeat(f, 2)', 'np.flip(f)', 'np.fliplr(f)', 'np.any(f)', 'np.all(f)', 'np.count_nonzero(f)', 'np.nonzero(f)',
    'np.argwhere(f)', 'np.round(f, 1)', 'np.around(f)', 'np.clip(f, 0, 3)', 'np.full_like(f, 2)',
    'np.bincount(np.ravel(np.abs(f)).astype(int))', 'np.mean(f, axis=0)', 'np.max(f, axis=1)', 'np.min(f)',
    'np.sum(f, axis=1)', 'np.concatenate([f, f], axis=1)', 'np.stack([f, f])', 'np.vstack([f, f])',
    'np.meshgrid(f[0], f[1])', 'np.where(f > 1)', 'np.isclose(f, f)', 'np.allclose(f, 1)', 'np.array_equal(f, f)',
    'np.outer(f[0], f[1])', 'np.maximum(f, 1)', 'np.minimum(f, 0.5)', 'np.abs(f)', 'np.sign(f)',
    'np.logical_xor(f, f)', 'np.reciprocal(f)', 'np.rint(f)', 'np.trunc(f)', 'np.square(f)', 'f.round()',
    "f.argsort(kind='stable')", 'f.nonzero()', 'f.clip(0, 2)', 'f.repeat(2)', 'f.ravel()', 'f.any()', 'f.all()',
    'f.argmax(axis=0)', 'f[0, 0].item()', 'f.max()', 'np.broadcast_to(f[0], (3, 3))', 'np.expand_dims(f, 1).shape',
    'np.squeeze(f[:1])', 'f.copy()', 'f.flatten()', 'f.reshape(-1)', 'f[f > 1]', 'f[[1, 0]]', 'f[:, ::-1]', 'f[1]',
    'f[..., 0]', 'f[None].dtype', 'list(f[0])', 'sum(f[0])', 'max(f[0])', 'sorted(f[0])', 'float(f[0, 0])',
    'int(f[0, 1])', 'f.size', 'f * 2 + 1', 'f / 3', 'f - f.mean()', '1 / (f + 200)', '-f', 'abs(f)', 'np.isnan(f)',
    'np.isinf(f)', 'np.isfinite(f)', 'np.mean(f)', 'str(f)', 'print(f)', 'repr(f[0, 0])', "f'{f[0, 0]}'",
    'f[0, 0] + 1', 'f[0, 0] * 2.5', 'f[0, 0] / 2', '-f[0, 0]', 'f[0, 0] > 0', 'round(f[0, 0])', 'np.var(i)',
    'np.std(i)', 'np.median(i)', 'np.prod(i)', 'np.cumsum(i)', 'np.argmax(i)', 'np.argmin(i)', 'np.sort(i)',
    "np.argsort(i, kind='stable')", 'np.unique(i)', 'np.diag(i)', 'np.trace(i)', 'np.ravel(i)', 'np.tile(i, 2)',
    'np.repeat(i, 2)', 'np.flip(i)', 'np.fliplr(i)', 'np.any(i)', 'np.all(i)', 'np.count_nonzero(i)', 'np.nonzero(i)',
    'np.argwhere(i)', 'np.round(i, 1)', 'np.around(i)', 'np.clip(i, 0, 3)', 'np.full_like(i, 2)',
    'np.bincount(np.ravel(np.abs(i)).astype(int))', 'np.linalg.norm(i)', 'np.mean(i, axis=0)', 'np.max(i, axis=1)',
    'np.min(i)', 'np.sum(i, axis=1)', 'np.concatenate([i, i], axis=1)', 'np.stack([i, i])', 'np.vstack([i, i])',
    'np.meshgrid(i[0], i[1])', 'np.where(i > 1)', 'np.isclose(i, i)', 'np.allclose(i, 1)', 'np.array_equal(i, i)',
    'np.outer(i[0], i[1])', 'np.maximum(i, 1)', 'np.minimum(i, 0.5)', 'np.abs(i)', 'np.sign(i)',
    'np.floor_divide(i, 2)', 'np.remainder(i, 2)', 'np.mod(i, 3)', 'np.power(i, 2)', 'np.logical_xor(i, i)',
    'np.reciprocal(i)', 'np.trunc(i)', 'np.square(i)', 'i.round()', 'i.var()', 'i.std(ddof=1)', 'i.cumsum(axis=1)',
    'i.prod(axis=0)', "i.argsort(kind='stable')", 'i.nonzero()', 'i.clip(0, 2)', 'i.repeat(2)', 'i.ravel()',
    'i.any()', 'i.all()', 'i.argmax(axis=0)', 'i[0, 0].item()', 'i.max()', 'i.T @ i', 'i @ i.T', 'np.dot(i[0], i[0])',
    'np.broadcast_to(i[0], (3, 3))', 'np.expand_dims(i, 1).shape', 'np.squeeze(i[:1])', 'i.copy()', 'i.flatten()',
    'i.reshape(-1)', 'i[i > 1]', 'i[[1, 0]]', 'i[:, ::-1]', 'i[1]', 'i[..., 0]', 'i[None].dtype', 'list(i[0])',
    'sum(i[0])', 'max(i[0])', 'sorted(i[0])', 'float(i[0, 0])', 'int(i[0, 1])', 'i.size', 'i * 2 + 1', 'i / 3',
    'i - i.mean()', 'i ** 0.5', '1 / (i + 200)', '-i', 'abs(i)', 'np.isnan(i)', 'np.isinf(i)', 'np.isfinite(i)',
    'np.cumsum(i, axis=0)', 'np.mean(i)', 'str(i)', 'print(i)', 'repr(i[0, 0])', "f'{i[0, 0]}'", 'i[0, 0] + 1',
    'i[0, 0] * 2.5', 'i[0, 0] / 2', 'i[0, 0] ** 2', '-i[0, 0]', 'i[0, 0] > 0', 'round(i[0, 0])', 'i[0, 0] // 2',
    'i[0, 0] % 2', 'divmod(i[0, 0], 2)', 'np.var(u)', 'np.std(u)', 'np.median(u)', 'np.prod(u)', 'np.cumsum(u)',
    'np.argmax(u)', 'np.argmin(u)', 'np.sort(u)', "np.argsort(u, kind='stable')", 'np.unique(u)', 'np.diag(u)',
    'np.trace(u)', 'np.ravel(u)', 'np.tile(u, 2)', 'np.repeat(u, 2)', 'np.flip(u)', 'np.fliplr(u)', 'np.any(u)',
    'np.all(u)', 'np.count_nonzero(u)', 'np.nonzero(u)', 'np.argwhere(u)', 'np.round(u, 1)', 'np.around(u)',
    'np.clip(u, 0, 3)', 'np.full_like(u, 2)', 'np.bincount(np.ravel(np.abs(u)).astype(int))', 'np.linalg.norm(u)',
    'np.mean(u, axis=0)', 'np.max(u, axis=1)', 'np.min(u)', 'np.sum(u, axis=1)', 'np.concatenate([u, u], axis=1)',
    'np.stack([u, u])', 'np.vstack([u, u])', 'np.meshgrid(u[0], u[1])', 'np.where(u > 1)', 'np.isclose(u, u)',
    'np.allclose(u, 1)', 'np.array_equal(u, u)', 'np.outer(u[0], u[1])', 'np.maximum(u, 1)', 'np.minimum(u, 0.5)',
    'np.abs(u)', 'np.sign(u)', 'np.floor_divide(u, 2)', 'np.remainder(u, 2)', 'np.mod(u, 3)', 'np.power(u, 2)',
    'np.logical_xor(u, u)', 'np.reciprocal(u)', 'np.trunc(u)', 'np.square(u)', 'u.round()', 'u.var()',
    'u.std(ddof=1)', 'u.cumsum(axis=1)', 'u.prod(axis=0)', "u.argsort(kind='stable')", 'u.nonzero()', 'u.clip(0, 2)',
    'u.repeat(2)', 'u.ravel()', 'u.any()', 'u.all()', 'u.argmax(axis=0)', 'u[0, 0].item()', 'u.max()', 'u.T @ u',
    'u @ u.T', 'np.dot(u[0], u[0])', 'np.broadcast_to(u[0], (3, 3))', 'np.expand_dims(u, 1).shape',
    'np.squeeze(u[:1])', 'u.copy()', 'u.flatten()', 'u.reshape(-1)', 'u[u > 1]', 'u[[1, 0]]', 'u[:, ::-1]', 'u[1]',
    'u[..., 0]', 'u[None].dtype', 'list(u[0])', 'sum(u[0])', 'max(u[0])', 'sorted(u[0])', 'float(u[0, 0])',
    'int(u[0, 1])', 'u.size', 'u * 2 + 1', 'u / 3', 'u - u.mean()', 'u ** 0.5', '1 / (u + 200)', '-u', 'abs(u)',
    'np.isnan(u)', 'np.isinf(u)', 'np.isfinite(u)', 'np.cumsum(u, axis=0)', 'np.mean(u)', 'str(u)', 'print(u)',
    'repr(u[0, 0])', "f'{u[0, 0]}'", 'u[0, 0] + 1', 'u[0, 0] * 2.5', 'u[0, 0] / 2', 'u[0, 0] ** 2', '-u[0, 0]',
    'u[0, 0] > 0', 'round(u[0, 0])', 'u[0, 0] // 2', 'u[0, 0] % 2', 'divmod(u[0, 0], 2)', 'np.var(h)', 'np.std(h)',
    'np.median(h)', 'np.prod(h)', 'np.cumsum(h)', 'np.argmax(h)', 'np.argmin(h)', 'np.sort(h)',
    "np.argsort(h, kind='stable')", 'np.unique(h)', 'np.diag(h)', 'np.trace(h)', 'np.ravel(h)', 'np.tile(h, 2)',
    'np.repeat(h, 2)', 'np.flip(h)', 'np.fliplr(h)', 'np.any(h)', 'np.all(h)', 'np.count_nonzero(h)', 'np.nonzero(h)',
    'np.argwhere(h)', 'np.round(h, 1)', 'np.around(h)', 'np.clip(h, 0, 3)', 'np.full_like(h, 2)',
    'np.bincount(np.ravel(np.abs(h)).astype(int))', 'np.linalg.norm(h)', 'np.mean(h, axis=0)', 'np.max(h, axis=1)',
    'np.min(h)', 'np.sum(h, axis=1)', 'np.concatenate([h, h], axis=1)', 'np.stack([h, h])', 'np.vstack([h, h])',
    'np.meshgrid(h[0], h[1])', 'np.where(h > 1)', 'np.isclose(h, h)', 'np.allclose(h, 1)', 'np.array_equal(h, h)',
    'np.outer(h[0], h[1])', 'np.maximum(h, 1)', 'np.minimum(h, 0.5)', 'np.abs(h)', 'np.sign(h)',
    'np.floor_divide(h, 2)', 'np.remainder(h, 2)', 'np.mod(h, 3)', 'np.power(h, 2)', 'np.logical_xor(h, h)',
    'np.reciprocal(h)', 'np.rint(h)', 'np.trunc(h)', 'np.square(h)', 'h.round()', 'h.var()', 'h.std(ddof=1)',
    'h.cumsum(axis=1)', 'h.prod(axis=0)', "h.argsort(kind='stable')", 'h.nonzero()', 'h.clip(0, 2)', 'h.repeat(2)',
    'h.ravel()', 'h.any()', 'h.all()', 'h.argmax(axis=0)', 'h[0, 0].item()', 'h.max()', 'h.T @ h', 'h @ h.T',
    'np.dot(h[0], h[0])', 'np.broadcast_to(h[0], (3, 3))', 'np.expand_dims(h, 1).shape', 'np.squeeze(h[:1])',
    'h.copy()', 'h.flatten()', 'h.reshape(-1)', 'h[h > 1]', 'h[[1, 0]]', 'h[:, ::-1]', 'h[1]', 'h[..., 0]',
    'h[None].dtype', 'list(h[0])', 'sum(h[0])', 'max(h[0])', 'sorted(h[0])', 'float(h[0, 0])', 'int(h[0, 1])',
    'h.size', 'h * 2 + 1', 'h / 3', 'h - h.mean()', 'h ** 0.5', '1 / (h + 200)', '-h', 'abs(h)', 'np.isnan(h)',
    'np.isinf(h)', 'np.isfinite(h)', 'np.cumsum(h, axis=0)', 'np.mean(h)', 'str(h)', 'print(h)', 'repr(h[0, 0])',
    "f'{h[0, 0]}'", 'h[0, 0] + 1', 'h[0, 0] * 2.5', 'h[0, 0] / 2', 'h[0, 0] ** 2', '-h[0, 0]', 'h[0, 0] > 0',
    'round(h[0, 0])', 'h[0, 0] // 2', 'h[0, 0] % 2', 'divmod(h[0, 0], 2)',
]

# Item and augmented assignment into narrow arrays, NumPy scalars in Python's builtins, float32 arange and
# printing edge cases.
THEMES["10-assignment-and-scalars"] = [
    'a = np.zeros(3, dtype=np.uint8)', 'a[0] = 300', 'a[1] = -1', 'a[0] = 255', 'a', 'a[:] = 2.7', 'a', 'a += 1', 'a',
    'a += 1.5', 'a', 'a -= 5', 'a', 'a *= 100', 'a', 'a[a > 100] = 7', 'a', 'a[[0, 1]] = [1, 2]', 'a',
    'a[0] = np.int64(300)', 'a', 'f = np.zeros(3, dtype=np.float32)', 'f[0] = 0.1', 'f', 'f += 1', 'f', 'f *= 0.1',
    'f', 'f[1:] = [1/3, 2/3]', 'f', 'f /= 3', 'f', 'f[0] += 0.5', 'f', 'i = np.arange(4, dtype=np.int8)', 'i += 126',
    'i', 'i *= 2', 'i', 'i //= 3', 'i', 'i **= 2', 'i', 'i[0] = 3.9', 'i', 'i[1:3] = np.array([1000, 2000])', 'i',
    'i += np.int64(1)', 'i', 'b = np.array([1.0, 2.0])', 'b += np.array([1, 2], dtype=np.int8)', 'b',
    'b[0] = np.float32(0.1)', 'b', 'c = np.arange(3)', 'c += np.array([1, 2, 3], dtype=np.uint8)', 'c',
    'c[0] = np.float32(2.5)', 'c', 'g = np.ones(2, dtype=np.float32)', 'g[0] = np.float64(1/3)', 'g',
    'g += np.ones(2)', 'g', 'g = g + np.ones(2)', 'g', 'x = np.float32(1.5)', 'x += 1', 'x', 'y = np.int8(127)',
    'y += 1', 'y', 'z = [np.float32(0.1)] * 3', 'sum(z)', 'max(z)', 'min(np.array([3, 1], dtype=np.int16))',
    'np.int32(5) == 5', 'np.float32(0.5) in [0.5]', "{np.int8(1): 'a'}", 'np.int8(1) == np.int64(1)',
    'np.array([1, 2], dtype=np.int32) == [1, 2]', 'bool(np.uint8(0))',
    "if np.float32(0.0):\n    print('yes')\nelse:\n    print('no')", 'range(np.int32(3))', 'list(range(np.uint8(3)))',
    '[1, 2, 3][np.int8(1)]', "'abc'[np.uint16(2)]", 'np.arange(5)[np.int32(2)]',
    'np.arange(5)[np.array([1, 2], dtype=np.int8)]', 'np.arange(5)[np.array([1, 2], dtype=np.uint8)]',
    'np.ones((2, 3), dtype=np.int8).reshape(np.int32(3), 2)', 'np.zeros(np.int16(3))',
    'np.linspace(0, 1, 5).astype(np.float32)', 'np.arange(0, 1, 0.25, dtype=np.float32)',
    'np.arange(0.5, 3, dtype=np.float32)', 'np.arange(0, 2, 0.1, dtype=np.float32)',
    'np.arange(10, dtype=np.float32)', 'np.arange(-3, 3, dtype=np.int8)', 'np.arange(0, 1, 0.3, dtype=np.int32)',
    'np.random.seed(0)', 'np.random.rand(3).astype(np.float32)',
    'np.random.randn(2).astype(np.float16) if False else 1', 'np.eye(3, dtype=np.float32)',
    "np.ones(2, dtype='float32') * np.ones(2, dtype='int16')", 'np.full(2, 0.1, dtype=np.float32) * 10',
    'np.float32(0.1) * np.float32(10)', 'np.float32(1e38) * 10', 'np.float32(3.4e38) + np.float32(3.4e38)',
    'np.float32(1) / 0', 'np.int8(5) / np.int8(0)', 'np.int8(5) // np.int8(0)', 'np.int32(-2147483648) // -1',
    'np.uint8(5) - 10', 'np.uint8(5) - np.int8(10)', 'np.array([1, 2], dtype=np.float32).dtype.type',
    'np.float32(1).dtype.type(2)', 'type(np.float32(1) + 1)', 'type(np.int8(1) * 2.0)',
    'isinstance(np.float32(1), float)', 'isinstance(np.int32(1), int)', 'np.float32(0.1).item() == 0.1',
    'str(np.array([0.1, 0.25], dtype=np.float32))', 'print(np.array([[1, 2], [3, 4]], dtype=np.uint8))',
    'print(np.arange(3, dtype=np.float32) / 3)', 'np.array([1.0, 2.0, 3.0], dtype=np.float32) * 1e-5',
    'np.array([1e-8, 1.0], dtype=np.float32)', 'np.array([123456.7, 0.1], dtype=np.float32)',
    'np.array([999999.9, 1000000.1], dtype=np.float32)', 'np.array([0.00011, 0.5], dtype=np.float32)',
    'np.array([1, 1000.5], dtype=np.float32)', 'np.array([3.4028235e38, -3.4028235e38], dtype=np.float32)',
    'np.array([1.4e-45, 1.2e-38], dtype=np.float32)', 'np.array([0.1] * 30, dtype=np.float32)',
    'np.arange(100, dtype=np.int8).reshape(10, 10)', 'np.array([-128, 127, 0], dtype=np.int8).reshape(3, 1)',
    'np.array([np.nan, 1.5], dtype=np.float32)', 'np.array([[np.inf, -np.inf, 1.0]], dtype=np.float32)',
]


THEMES["11-iinfo-finfo"] = [
    "np.iinfo(np.int32)", "np.iinfo(np.int8)", "np.iinfo(np.int16)", "np.iinfo(np.int64)", "np.iinfo(np.uint8)",
    "np.iinfo(np.uint16)", "np.iinfo(np.uint32)", "np.iinfo(np.uint64)", "np.iinfo('uint8').max", "np.iinfo(np.int8).min",
    "np.iinfo(np.uint64).max", "np.iinfo(np.uint64).min", "np.iinfo(np.int16).bits", "np.iinfo(np.uint8).kind",
    "np.iinfo(np.int32).dtype", "np.iinfo(int)", "np.iinfo(np.dtype('i4'))", "np.iinfo(np.int8(3))",
    "print(np.iinfo(np.int16))", "str(np.iinfo(np.uint8))", "print(np.iinfo(np.int64))", "np.iinfo(np.float32)",
    "np.iinfo(bool)", "np.iinfo('foo')", "np.iinfo(np.array([1], dtype=np.int8))", "np.iinfo(float)",
    "np.iinfo(np.int32).max + 1", "x = np.array([1, 2], dtype=np.int16)", "np.iinfo(x.dtype).max",
    "np.finfo(np.float32)", "np.finfo(np.float64)", "np.finfo(float)", "np.finfo('f4')", "np.finfo(np.float32(1))",
    "np.finfo(np.float32).eps", "np.finfo(np.float64).eps", "np.finfo(np.float32).max", "np.finfo(np.float64).max",
    "np.finfo(np.float32).min", "np.finfo(np.float32).tiny", "np.finfo(np.float64).tiny",
    "np.finfo(np.float32).smallest_normal", "np.finfo(np.float32).smallest_subnormal",
    "np.finfo(np.float64).smallest_subnormal", "np.finfo(np.float32).resolution", "np.finfo(np.float64).resolution",
    "np.finfo(np.float32).epsneg", "np.finfo(np.float64).epsneg", "np.finfo(np.float32).precision",
    "np.finfo(np.float64).precision", "np.finfo(np.float32).bits", "np.finfo(np.float32).nmant",
    "np.finfo(np.float64).nmant", "np.finfo(np.float32).nexp", "np.finfo(np.float32).iexp",
    "np.finfo(np.float32).machep", "np.finfo(np.float32).negep", "np.finfo(np.float64).minexp",
    "np.finfo(np.float64).maxexp", "np.finfo(np.float32).dtype", "np.finfo(np.float32).kind" if False else "1",
    "print(np.finfo(np.float32))", "print(np.finfo(np.float64))", "str(np.finfo(np.float32))",
    "np.finfo(np.int32)", "np.finfo(bool)", "np.finfo(np.array([1.0]))" if False else "2",
    "1.0 + np.finfo(np.float64).eps > 1.0", "1.0 + np.finfo(np.float64).eps / 2 > 1.0",
    "np.float32(1) + np.finfo(np.float32).eps", "np.finfo(np.float32).eps * 2", "type(np.iinfo(np.int8).max)",
]


def main():
    OUTPUT_FOLDER.mkdir(exist_ok=True)
    for name, statements in THEMES.items():
        namespace = {"np": np}
        namespace.update(
            {key: getattr(np, key) for key in dir(np) if not key.startswith("_") and not hasattr(builtins, key)}
        )
        lines = [f"# {name}: generated by make_dtype_fixtures.py from Python and NumPy {np.__version__}."]
        for statement in statements:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
        (OUTPUT_FOLDER / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
