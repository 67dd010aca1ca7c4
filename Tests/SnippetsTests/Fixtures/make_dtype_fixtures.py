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
