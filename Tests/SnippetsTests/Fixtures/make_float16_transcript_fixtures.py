#!/usr/bin/env python3
"""Writes the float16 transcripts (issue 10: float16 as a user-visible dtype) from real Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_float16_transcript_fixtures.py`. It rewrites every file in
`float16/`; rerunning gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme,
REPL output, the exception's last line). Only statements docbuild runs belong here; what it refuses for float16
(`einsum`, `prod`, `cumsum`, inputs of `exp`, `sin`, `**`, … too close to a rounding boundary, gradients) is listed in Tests/SnippetsTests/DTypeRefusalTests.swift.
"""

import pathlib

import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "float16"

THEMES = {}

THEMES["01-dtype-objects"] = [
    "np.float16", "np.half", "np.dtype('f2')", "np.dtype('e')", "np.dtype('half')", "np.dtype('float16')",
    "np.dtype('<f2')", "np.dtype(np.float16)", "np.dtype(np.half)", "np.dtype('f2').name", "np.dtype('f2').itemsize",
    "np.dtype('f2').char", "np.dtype('f2').kind", "np.dtype('f2').str", "print(np.dtype('e'))",
    "str(np.dtype('float16'))", "repr(np.dtype('half'))", "np.dtype('f2') == np.float16", "np.dtype('e') == 'f2'",
    "np.dtype('f2') == np.float32", "np.float16 == np.half", "type(np.dtype('f2'))",
    "x = np.array([1.5, 2.5], dtype=np.float16)", "x.dtype", "x.dtype.name", "x.itemsize", "x.nbytes",
    "x.dtype == np.float16", "x.dtype == 'e'", "print(x.dtype)", "type(x[0])", "x.dtype.itemsize",
    "np.issubdtype(np.float16, np.floating)", "np.issubdtype(x.dtype, np.inexact)",
    "np.issubdtype(np.float16, np.integer)", "isinstance(x[0], np.floating)", "isinstance(x[0], np.float16)",
    "isinstance(x[0], float)", "np.zeros(3, dtype='e').dtype", "np.ones(2, dtype='half')",
]

THEMES["02-scalars"] = [
    "np.float16(0.1)", "np.float16(1/3)", "np.float16(2.5)", "np.float16(65504)", "np.float16(65520)",
    "np.float16(1e-8)", "np.float16(6e-8)", "np.float16(1e-5)", "np.float16(0.0001)", "np.float16(999.5)",
    "np.float16(1000)", "np.float16(1024)", "np.float16(2049)", "np.float16(-0.0)", "np.float16(np.nan)",
    "np.float16(-np.inf)", "np.float16()", "np.float16(7)", "np.float16(True)",
    "np.float16(np.float32(0.1))", "np.float16(np.float64(0.1))", "np.float16(123.456)", "np.float16(3.14159)",
    "np.float16(0.3333)", "np.float16(12345)", "np.float16(-2.75)",
    "str(np.float16(0.1))", "print(np.float16(1/3))", "print(np.float16(65504))", "repr(np.float16(0.5))",
    "float(np.float16(0.1))", "int(np.float16(2.7))", "np.float16(0.1).item()", "np.float16(2.5).dtype",
    "np.float16(1).itemsize", "type(np.float16(0.1).item())", "np.float16(0.1) == 0.1",
    "np.float16(0.5) == 0.5", "np.float16(0.1) + np.float16(0.2)", "np.float16(0.1) * 3", "np.float16(0.1) + 0.2",
    "np.float16(1) / 3", "np.float16(2) - 0.1", "0.5 * np.float16(3)", "np.float16(0.1) + np.float32(0.2)",
    "np.float16(0.1) + np.float64(0.2)", "np.float16(0.1) + 1", "np.float16(1.5) > 1", "-np.float16(0.25)",
    "abs(np.float16(-1.5))", "np.sqrt(np.float16(2))", "np.square(np.float16(1.1))", "round(np.float16(2.5))",
    "f'{np.float16(0.1)}'", "f'{np.float16(0.1):.3f}'", "'%s' % np.float16(0.1)", "[np.float16(0.1), np.float16(2)]",
    "(np.float16(1),)", "{'a': np.float16(0.25)}", "np.float16(60000) + np.float16(10000)",
    "np.float16(100) * np.float16(1000)", "np.float16(1) / np.float16(3)", "np.float16(0.1) * np.float16(0.1)",
    "np.float16(2049) + np.float16(1)", "np.float16(1) + 0.0001", "np.float16(0.1).astype(np.float64)",
]

THEMES["03-arrays"] = [
    "np.array([1, 2, 3], dtype=np.float16)", "np.array([0.1, 0.2, 0.3], dtype=np.float16)",
    "np.array([1/3, 2/3], dtype='e')", "np.zeros(3, dtype=np.float16)", "np.ones((2, 2), dtype=np.float16)",
    "np.full(3, 0.1, dtype=np.float16)", "np.eye(2, dtype=np.float16)", "np.arange(5, dtype=np.float16)",
    "np.arange(0, 1, 0.1, dtype=np.float16)", "np.arange(2050, 2060, dtype=np.float16)",
    "np.array([65504, 65519, 65520], dtype=np.float16)", "np.array([1e-8, 6e-8, 1e-7], dtype=np.float16)",
    "np.array([0.5, np.nan, np.inf, -np.inf], dtype=np.float16)", "np.array([], dtype=np.float16)",
    "np.zeros((0, 3), dtype=np.float16)", "np.array(0.1, dtype=np.float16)", "np.array(5, dtype='f2')",
    "np.array([[1, 2], [3, 4]], dtype=np.float16)", "np.array([1e4, 1e-4], dtype=np.float16)",
    "np.array([1000.5, 1.0], dtype=np.float16)", "np.array([999, 0.5], dtype=np.float16)",
    "np.arange(20, dtype=np.float16) / 7", "np.arange(12, dtype=np.float16).reshape(3, 4) / 3",
    "np.arange(1500, dtype=np.float16)", "np.arange(3000, dtype=np.float16) * 0.5",
    "np.array([np.float16(0.5), np.float16(0.25)])", "np.array([np.float16(0.5), 1.5])",
    "np.array([np.float16(1), np.int8(2)])", "np.array([np.float16(1), np.float32(2)])",
    "np.zeros_like(np.ones(3), dtype=np.float16)", "np.ones_like(np.arange(3, dtype=np.float16))",
    "np.full((2, 2), 1/3, dtype=np.float16)", "np.linspace(0, 1, 5, dtype=np.float16)",
    "x = np.array([0.1, 2.5, -3.75, 1000.0], dtype=np.float16)", "x", "print(x)", "str(x)", "repr(x)",
    "x.tolist()", "x[0]", "x[0].item()", "x[1:]", "x[::-1]", "x[x > 0]", "x.reshape(2, 2)", "x.reshape(2, 2).T",
    "x.copy()", "x.flatten()", "x.shape", "x.ndim", "x.size", "list(x)", "[float(v) for v in x]",
    "x[2] = 0.1", "x", "x[:2] = 7", "x", "x[0] = 1e6", "x",
    "y = np.array([[0.1, 0.2], [0.3, 0.4]], dtype=np.float16)", "y.tolist()", "y[1]", "y[1, 0]", "y.item(3)",
]

THEMES["04-astype"] = [
    "x = np.array([-1.7, -0.5, 0.0, 0.1, 1.7, 255.0, 70000.0])", "x.astype(np.float16)", "x.astype('e')",
    "x[:6].astype(np.float16).astype(np.int32)", "x.astype(np.float16).astype(np.float32)",
    "x.astype(np.float16).astype(np.float64)", "x.astype(np.float16).astype(bool)",
    "np.array([1, 2, 2049, 4097, 65504, 65519]).astype(np.float16)", "np.array([70000]).astype(np.float16)",
    "np.array([True, False]).astype(np.float16)", "np.array([-128, 127], dtype=np.int8).astype(np.float16)",
    "np.array([255, 1], dtype=np.uint8).astype(np.float16)", "np.array([0.1, 0.2], dtype=np.float32).astype('f2')",
    "np.array([0.1, 1/3], dtype=np.float16).astype(np.float32)", "np.array([0.1, 1/3], dtype=np.float16).astype(float)",
    "np.array([1.5, 2.5, -0.5], dtype=np.float16).astype(np.int8)", "np.array([1.5], dtype=np.float16).astype(str)",
    "np.array([0.1, 1e4], dtype=np.float16).astype(str)", "np.array([1, 2]).astype(np.float16, casting='same_kind')",
    "np.array([1.0]).astype(np.float16, casting='same_kind')", "np.array([1.0]).astype(np.float16, casting='safe')",
    "np.array([1], dtype=np.int8).astype(np.float16, casting='safe')",
    "np.array([1], dtype=np.int16).astype(np.float16, casting='safe')",
    "np.array([1], dtype=np.float16).astype(np.float32, casting='safe')",
    "np.array([1], dtype=np.float16).astype(np.int64, casting='same_kind')",
    "np.array([1], dtype=np.float16).astype(np.complex64, casting='safe')",
    "np.array([1], dtype=np.float16).astype(np.float16, casting='no')",
    "np.can_cast(np.float16, np.float32)", "np.can_cast(np.float32, np.float16)",
    "np.can_cast(np.float32, np.float16, casting='same_kind')", "np.can_cast(np.int8, np.float16)",
    "np.can_cast(np.uint8, np.float16)", "np.can_cast(np.int16, np.float16)", "np.can_cast(np.float16, np.int64)",
    "np.can_cast(np.float16, np.complex64)", "np.can_cast(np.bool_, np.float16)",
    "np.can_cast(np.float16, np.float16, casting='no')", "np.can_cast('f2', 'f4')",
    "np.array(0.1, dtype=np.float16).astype(np.float64).item()",
]

THEMES["05-promotion"] = [
    "h = np.array([1.5, 2.5], dtype=np.float16)", "(h + h).dtype", "(h + 1).dtype", "(h + 1.0).dtype",
    "(h + True).dtype", "(h + np.int8(1)).dtype", "(h + np.uint8(1)).dtype", "(h + np.int16(1)).dtype",
    "(h + np.uint16(1)).dtype", "(h + np.int32(1)).dtype", "(h + np.int64(1)).dtype", "(h + np.uint64(1)).dtype",
    "(h + np.float32(1)).dtype", "(h + np.float64(1)).dtype", "(h + np.array([1], dtype=np.int8)).dtype",
    "(h + np.array([1], dtype=np.int16)).dtype", "(h + np.array([1], dtype=np.uint32)).dtype",
    "(h + np.array([1.0], dtype=np.float32)).dtype", "(h + np.array([1.0])).dtype", "(h + 1j).dtype",
    "(h * np.complex64(1)).dtype", "(h + np.array([True])).dtype", "h + np.int16(1)", "h + np.int32(1)",
    "h + np.float32(0.1)", "h + 0.1", "h + 100000", "h + 1e5", "h * 1e10", "h - 70000.0",
    "np.result_type(np.float16, np.int8)", "np.result_type(np.float16, np.int16)",
    "np.result_type(np.float16, np.int32)", "np.result_type(np.float16, np.uint8)",
    "np.result_type(np.float16, np.float32)", "np.result_type(np.float16, 1.0)", "np.result_type(np.float16, 1)",
    "np.result_type(h, 2)", "np.result_type(np.float16, np.complex64)", "np.result_type(np.float16, np.complex128)",
    "np.result_type(np.bool_, np.float16)", "np.result_type('e', 'b')",
    "np.promote_types(np.float16, np.int8)", "np.promote_types('f2', 'i2')", "np.promote_types('f2', 'u4')",
    "np.promote_types('f2', 'f4')", "np.promote_types('f2', 'f8')", "np.promote_types('f2', '?')",
    "np.promote_types('f2', 'c8')", "np.min_scalar_type(1.0)", "np.min_scalar_type(0.1)", "np.min_scalar_type(1e10)",
    "np.min_scalar_type(-65000.0)", "np.min_scalar_type(np.inf)", "np.common_type(h)",
    "np.common_type(h, np.array([1.0], dtype=np.float32))", "np.common_type()",
    "np.common_type(h, np.array([1]))", "np.common_type(h, np.array([1j], dtype=np.complex64))",
    "np.sqrt(np.array([4, 9], dtype=np.int8))", "np.sqrt(np.array([4, 2], dtype=np.uint8))",
    "np.sqrt(np.int8(2))", "np.rint(np.array([1, 2], dtype=np.int8))", "np.array([1, 2], dtype=np.int8) / 3",
    "np.array([1, 2], dtype=np.uint8) / np.int8(3)", "np.int8(1) / np.int8(3)", "np.true_divide(np.uint8(7), 2)",
]

THEMES["06-arithmetic"] = [
    "a = np.array([0.1, 0.2, 0.3, 1.0, 1000.0, 65504.0], dtype=np.float16)",
    "b = np.array([3.0, 0.7, 1/3, 2049.0, 0.001, 2.0], dtype=np.float16)",
    "a + b", "a - b", "a * b", "a / b", "b / a", "-a", "+a", "abs(-a)", "np.abs(a - b)", "np.negative(b)",
    "np.square(b)", "a * a", "np.sqrt(a)", "np.sqrt(b)", "np.sqrt(np.float16(-1))", "np.floor(b * 7)",
    "np.ceil(b * 7)", "np.trunc(-b * 7)", "np.rint(b * 7)", "np.round(b * 7)", "np.around(a)", "np.sign(a - 0.5)",
    "np.maximum(a, b)", "np.minimum(a, b)", "np.fmax(a, b)", "np.fmin(a, b)", "np.reciprocal(b)",
    "a + 1", "a * 2", "a / 3", "a - 0.1", "1 / b", "0.5 - a", "a * 1000", "a / 0", "-a / 0", "a * 0 / 0",
    "a == b", "a < b", "a >= b", "a != a", "a == 0.1", "a > 0.2", "a < 1000", "b <= 1/3",
    "np.add(a, b)", "np.subtract(a, b)", "np.multiply(a, b)", "np.divide(a, b)",
    "np.where(a > b, a, b)", "np.where(a > 0.5, a, 0)", "np.clip(a, 0.15, 100)", "np.isnan(a / 0 * 0)",
    "np.isinf(a * 1000)", "np.isfinite(a * 100)", "np.signbit(-a)", "np.copysign(a, -1)",
    "c = np.arange(6, dtype=np.float16).reshape(2, 3) / 7", "c + np.array([1, 2, 3], dtype=np.float16)",
    "c * np.array([[2], [3]], dtype=np.float16)", "c.T", "c[1] - c[0]",
    "x = np.array([1, 2], dtype=np.float16)", "x += 0.1", "x", "x *= 3", "x", "x /= 7", "x",
    "np.array([60000], dtype=np.float16) * 2", "np.array([1e-7], dtype=np.float16) / 2",
    "np.array([2048, 2049, 2050], dtype=np.float16) + 1", "np.array([0.1], dtype=np.float16) * np.float32(3)",
    "np.array([0.1], dtype=np.float16) * np.int16(3)", "np.array([0.1], dtype=np.float16) + np.uint8(3)",
]

THEMES["07-reductions"] = [
    "a = np.arange(1, 11, dtype=np.float16) / 3", "a", "a.sum()", "np.sum(a)", "a.max()", "a.min()",
    "a.argmax()", "a.argmin()", "a.mean()", "np.mean(a)", "a.sum().dtype",
    "a.mean().dtype", "a.max().dtype",
    "b = np.arange(24, dtype=np.float16).reshape(4, 6) / 7", "b.sum()", "b.sum(axis=0)", "b.sum(axis=1)",
    "b.sum(axis=0, keepdims=True)", "b.sum(axis=1, keepdims=True)", "b.max(axis=0)", "b.min(axis=1)",
    "b.mean()", "b.mean(axis=0)", "b.mean(axis=1)", "b.mean(axis=1, keepdims=True)", "np.mean(b[1:3])",
    "np.sum(b, axis=(0, 1))", "b.T.sum(axis=0)", "b.T.sum(axis=1)",
    "c = np.full(5000, 0.1, dtype=np.float16)", "c.sum()", "c.mean()", "np.full(3000, 1, dtype=np.float16).sum()",
    "np.full(4000, 30, dtype=np.float16).sum()",
    "d = np.linspace(0, 1, 257).astype(np.float16)", "d.sum()", "d.mean()", "d.max()",
    "np.array([], dtype=np.float16).sum()", "np.array([np.nan, 1], dtype=np.float16).max()",
    "np.array([np.inf, -np.inf], dtype=np.float16).sum()", "np.array([65504, 65504], dtype=np.float16).sum()",
    "np.array([65504, 65504, -65504], dtype=np.float16).sum()",
    "e = np.arange(12, dtype=np.float16).reshape(3, 4) * 1.1", "e.sum(axis=0)", "e.sum(axis=1)", "e.sum()",
    "np.any(a > 3)", "np.all(a > 0)", "np.count_nonzero(a > 1)", "np.argsort(-a)", "np.sort(-a)",
]

THEMES["08-printing"] = [
    "x = np.array([0.1, 0.25, 1/3, 2/3], dtype=np.float16)", "x", "print(x)",
    "np.array([1e-5, 1.0], dtype=np.float16)", "np.array([1e3, 1.0], dtype=np.float16)",
    "np.array([999.0, 1.0], dtype=np.float16)", "np.array([0.0001, 0.5], dtype=np.float16)",
    "np.array([6e-8, 1], dtype=np.float16)", "np.array([65504.0], dtype=np.float16)",
    "np.array([1.0, 2.0], dtype=np.float16)", "np.array([-0.0, 0.0], dtype=np.float16)",
    "np.array([[0.1, 100.5], [-7.25, 3.0]], dtype=np.float16)", "print(np.array([[0.1, 100.5]], dtype=np.float16))",
    "np.arange(1200, dtype=np.float16)", "np.array(1/3, dtype=np.float16)", "print(np.array(1/3, dtype=np.float16))",
    "[np.array([0.1], dtype=np.float16)]", "{'h': np.array([0.5, 0.1], dtype=np.float16)}",
    "(np.float16(0.1), np.float16(1e4))", "np.float16(1e4)", "np.float16(1234)", "np.float16(999.9)",
    "str(np.float16(1e4))", "str(np.float16(0.00009))", "np.float16(0.00009)",
    "np.set_printoptions(precision=2)", "x", "np.float16(1/3)", "np.set_printoptions(precision=8)", "x",
    "np.set_printoptions(precision=3, suppress=True)", "np.array([1e-5, 1.0], dtype=np.float16)",
    "np.set_printoptions(floatmode='fixed')", "x", "np.set_printoptions(floatmode='unique')", "x",
    "np.set_printoptions(sign='+')", "x", "np.set_printoptions(sign='-', precision=8, suppress=False, floatmode='maxprec')",
    "with np.printoptions(precision=1):\n    print(x)",  "repr(x)", "str(x)",
    "np.format_float_positional(np.float16(0.1))", "np.format_float_scientific(np.float16(0.1))",
    "np.format_float_positional(np.float16(1/3), precision=3)",
]

THEMES["09-finfo-and-queries"] = [
    "np.finfo(np.float16)", "print(np.finfo(np.float16))", "np.finfo('e').eps", "np.finfo(np.float16).max",
    "np.finfo(np.float16).min", "np.finfo(np.float16).tiny", "np.finfo(np.float16).smallest_subnormal",
    "np.finfo(np.float16).resolution", "np.finfo(np.float16).precision", "np.finfo(np.float16).bits",
    "np.finfo(np.float16).nmant", "np.finfo(np.float16).nexp", "np.finfo(np.float16).maxexp",
    "np.finfo(np.float16).minexp", "np.finfo(np.float16).machep", "np.finfo(np.float16).epsneg",
    "np.finfo(np.float16).dtype", "np.finfo(np.float16).smallest_normal",
    "np.finfo(np.array([1], dtype=np.float16).dtype).eps", "np.iinfo(np.float16)",
    "np.isclose(np.array([0.1, 0.2], dtype=np.float16), 0.1)",
    "np.isclose(np.array([0.1, 0.2], dtype=np.float16), np.array([0.1001, 0.2], dtype=np.float16))",
    "np.allclose(np.array([1.0, 2.0], dtype=np.float16), np.array([1.0005, 2.001], dtype=np.float16))",
    "np.array_equal(np.array([0.1], dtype=np.float16), np.array([0.1]))",
    "np.array_equal(np.array([0.5], dtype=np.float16), np.array([0.5]))",
    "np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 1], dtype=np.float16))",
    "np.float16(1) & np.float16(1)", "np.array([1.5], dtype=np.float16) | 1", "~np.array([1.5], dtype=np.float16)",
    "np.array([1.5], dtype=np.float16) << 1",
]

THEMES["10-mixed"] = [
    "s = np.array([(1.5, 2)], dtype=[('a', 'f2'), ('b', 'i4')])", 's', "s['a']", 's.dtype.itemsize',
    'np.array([0.1, 0.2], dtype=np.float16).sum(dtype=np.float16)', 'np.arange(5).sum(dtype=np.float16)',
    'np.array([1, 2], dtype=np.float16).mean(dtype=np.float64)', 'np.float16(0.1) < np.float32(0.1)',
    'np.array([0.1], dtype=np.float16) == np.float32(0.1)',
    'np.concatenate([np.array([0.1], dtype=np.float16), np.array([0.2], dtype=np.float16)])',
    'np.concatenate([np.array([0.1], dtype=np.float16), np.array([0.2], dtype=np.float32)])',
    'np.stack([np.array([0.1], dtype=np.float16), np.array([0.2], dtype=np.float16)])',
    'np.zeros(2, dtype=np.float16) + np.ones(2, dtype=np.int8)', 'np.array([1.5, np.nan], dtype=np.float16).max()',
    'np.maximum(np.array([np.nan, 1], dtype=np.float16), 0)', 'np.float16(0.1) * np.float16(10)', 'np.float16(3) * 2',
    'h = np.array([1, 2, 3], dtype=np.float16)', 'h[1:] += 0.1', 'h', 'h.astype(np.float16) is h',
    'np.sort(np.array([3, 1, 2], dtype=np.float16))', 'np.unique(np.array([3, 1, 3], dtype=np.float16))',
    'np.argmax(np.array([3, 1, 3], dtype=np.float16))', 'np.float16(1) + 1j',
    'np.array([1.5], dtype=np.float16) * (1 + 2j)', 'np.array([0.1], dtype=np.float16).astype(np.complex64)',
    'np.diff(np.array([1, 2, 4], dtype=np.float16))',
    'np.dot(np.array([1, 2], dtype=np.int8), np.array([1, 2], dtype=np.int8))', 'np.array(np.float16(0.1))',
    'np.asarray([np.float16(0.1)])', 'np.float16(np.array([1.5, 2.5]))', 'np.float16([0.1, 0.2])',
    'np.float16(0.1).dtype.char', 'np.sign(np.array([-0.5, 0, 2], dtype=np.float16))',
    'np.isclose(np.float16(0.1), np.float16(0.1001))', 'np.abs(np.float16(-2))',
    'np.array([[1, 2], [3, 4]], dtype=np.float16).max(axis=1)',
    'np.array([1, 2], dtype=np.float16).sum(keepdims=True)', "np.zeros(2, 'e')",
    'np.full(2, 70000, dtype=np.float16)', 'np.array([1.0, 2.0], dtype=np.float16).tolist()[0].hex()',
]

THEMES["11-comparisons-and-assignment"] = [
    'h = np.array([0.5, 1.5, 2049], dtype=np.float16)', 'h < 100000', 'h == 2049', 'h == 2050', 'h > np.int64(2048)',
    'h + np.array([1], dtype=np.uint16)', 'np.float16(1) + np.int16(1)', 'np.float16(2.5) * np.uint8(3)',
    'np.array([1e-3, 5e-4], dtype=np.float16)', 'np.arange(0, 2, 0.25, dtype=np.float16)',
    'np.linspace(0, 10, 7, dtype=np.float16)', 'np.array([[0.001, 1000.0]], dtype=np.float16)',
    'np.arange(2000, dtype=np.float16).reshape(40, 50)', 'print(np.arange(2000, dtype=np.float16))',
    'np.ones(3, dtype=np.float16) / np.zeros(3, dtype=np.float16)', 'np.float16(65504) * 2', 'np.float16(1e-7)',
    'np.float16(5.96e-8) / 2', 'np.array([1.0], dtype=np.float16).view()',
    'np.array([0.1, 0.2], dtype=np.float16).dtype.type', "np.dtype('float16').type", 'np.float16.__name__',
    'np.array([1.5], dtype=np.float16)[0].dtype',
    'np.array([1.5], dtype=np.float16)[0] + np.array([1.5], dtype=np.float16)[0]',
    'np.abs(np.array([-np.inf, -0.0], dtype=np.float16))', 'np.negative(np.float16(0))', '-np.float16(0)',
    'np.float16(0.1) == np.float16(0.1)', 'np.float16(0.1) == np.float64(np.float16(0.1))', 'bool(np.float16(0))',
    'int(np.float16(65504))', 'np.array([[1.5, 2], [3, 4]], dtype=np.float16).T',
    'np.array([[1.5, 2], [3, 4]], dtype=np.float16).T.sum(axis=0)',
    'np.array([[1.5, 2], [3, 4]], dtype=np.float16).T.sum()',
    'np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=np.float16).T.sum(axis=1)',
    'np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], dtype=np.float16).T.sum(axis=0, keepdims=True)',
    'np.random.default_rng(0).random(3).astype(np.float16)', 'np.where(np.array([True, False]), np.float16(1), 2.5)',
    'np.where(np.array([True, False]), np.float16(1), np.float32(2.5))',
    'np.array([1, 2], dtype=np.float16).clip(1.5)', 'np.minimum(np.float16(1.1), 1.1)', 'np.float16(1.1) == 1.1',
    'x = np.zeros(3, dtype=np.float16)', 'x[0] = 0.1', 'x[1] = np.float32(1/3)', 'x[2] = 100000', 'x', 'x.fill(7.1)',
    'x', "np.array(['1.5', '2']).astype(np.float16)", 'np.float16(1) & 1',
]

THEMES["12-functions"] = [
    "h = np.array([0.1, 0.5, 0.999, 2.0, 11.0], dtype=np.float16)", "np.log1p(h)", "np.sinh(h)", "np.tanh(h)",
    "np.exp2(h)", "np.log2(h)", "np.arccos(h / 11)", "np.arctanh(h / 11)", "np.arccosh(h + 1)",
    "np.deg2rad(h)", "np.rad2deg(h)", "np.radians(h)", "np.degrees(h)", "np.tanh(np.float16(0.5))",
    "np.log2(np.float16(3))", "np.exp2(np.array([15.9, 16.0, -24.0], dtype=np.float16))", "np.log1p(np.float16(-1))",
    "np.arccos(np.float16(2))", "np.sinh(np.float16(12))", "np.log2(np.array([1, 8, 100], dtype=np.int8))",
    "np.tanh(np.array([1, 2], dtype=np.uint8))", "np.exp2(np.int8(3))", "np.degrees(np.uint8(1))",
]

THEMES["13-numpy-functions"] = [
    'h = np.array([0.1, 0.7, 1.3, 2.9, 5.5], dtype=np.float16)', 'h.mean(dtype=np.float16)',
    'np.mean(h, dtype=np.float32)', 'np.sum(h, dtype=np.float32)', 'np.average(h)', 'np.nansum(h)', 'np.nanmean(h)',
    'np.nanmax(h)', 'np.outer(h, h)', 'np.trapezoid(h)', 'np.gradient(h)', 'np.float_power(h, 2)', 'np.kron(h, h)',
    'np.cross(h[:3], h[1:4])', 'np.ptp(h)', 'np.heaviside(h - 1, 0.5)', 'np.cumprod(h)', 'np.polyval(h, 2)',
    'np.sum(h.reshape(5, 1) * h, axis=1)', 'np.fmod(h, 2)', 'np.mean(np.float16(3))', 'np.dot(h, 2)',
    'np.add.reduce(h)', 'np.multiply.outer(h, h)', 'np.maximum.reduce(h)', 'np.add(h, 1, dtype=np.float16)',
    'np.add(h, 1, dtype=np.float32)', 'np.true_divide(h, 3)', 'g = np.linspace(0.9, 1.3, 40).astype(np.float16)',
    'np.cumprod(g)', 'np.cumprod(h)', 'np.polyval(h, 2)', 'np.polyval(g[:7], 1.1)', 'np.fmod(h, 2)',
    'np.fmod(g * 7, 1.5)', 'np.kron(h, h)', 'np.cross(h[:3], h[1:4])', 'np.dot(h, 2)', 'np.dot(2, h)',
    'np.dot(h, 2.0)', 'np.dot(np.array([1, 2], dtype=np.int8), 2)', 'np.dot(2, 3)', 'np.dot(2.5, 3)',
    'np.dot(np.float16(2), np.float16(3))', 'h.dot(2)', 'np.trapezoid(g)', 'np.gradient(g)',
    'np.mean(g, dtype=np.float16)', 'np.mean(g, dtype=np.float32)', 'np.sum(g, dtype=np.float32)', 'np.average(g)',
    'np.average(g, weights=g)', 'np.nanmean(g)', 'np.nansum(g)', 'np.outer(g[:4], g[:3])', 'np.float_power(g[:4], 2)',
    'np.ptp(g)', 'np.add.reduce(g)', 'np.maximum.reduce(g)', 'np.add(g, 1, dtype=np.float32)[:3]',
    'np.true_divide(g[:4], 3)', 'np.diff(g)', 'np.ediff1d(g)', 'np.cumsum(g.astype(np.float64))[:2]',
]


# Functions NumPy computes with float32 kernels (SVML, the C library's) rounded to half: docbuild gives the half
# every kernel rounds to (prove_float16_functions.py); these inputs are none of the few it refuses.
THEMES["14-kernel-functions"] = [
    "h = np.array([0.1, 0.5, 0.999, 2.0, 11.0], dtype=np.float16)", "np.exp(h)", "np.log(h[[0, 1, 3, 4]])", "np.sin(h)",
    "np.cos(h)", "np.tan(h)", "np.arcsin(h / 11)", "np.arctan(h)", "np.cosh(h)", "np.expm1(h)", "np.log10(h)",
    "np.arcsinh(h)", "np.cbrt(h)", "np.cbrt(-h)", "np.sqrt(h)", "np.exp(-h)", "np.sin(h * 100)", "np.cos(-h * 1000)",
    "np.log(np.array([0, -1, 1, np.inf], dtype=np.float16))", "np.exp(np.array([11.1, 11.2, -20, -np.inf], dtype=np.float16))",
    "np.arcsin(np.array([-1, 1, 1.5], dtype=np.float16))", "np.sin(np.float16(0.5))", "np.exp(np.float16(3))",
    "np.log10(np.float16(1000))", "np.cbrt(np.float16(27))", "np.cos(np.array([-0.0, 0.0], dtype=np.float16))",
    "np.sin(np.array([-0.0, 0.0], dtype=np.float16))", "np.exp(np.array([1, 2, 3], dtype=np.int8))",
    "np.sin(np.array([10, 200], dtype=np.uint8))", "np.log(np.int8(5))", "np.cbrt(np.array([-8, 9], dtype=np.int8))",
    "g = np.linspace(-3, 3, 13).astype(np.float16)", "np.exp(g)", "np.tanh(g)", "np.arctan(g)", "np.sin(g)",
    "np.cos(g)", "np.expm1(g)", "np.cosh(g)", "np.arcsinh(g)", "np.log1p(g + 3.5)", "np.exp(g[::2])",
    "np.sin(g.reshape(13, 1)[::3])", "h ** h", "h ** 2", "h ** -1", "h ** 0.5", "h ** 3", "h ** 2.0", "h ** 1.5",
    "2 ** h", "h ** np.float16(2)", "np.float16(3) ** 2", "np.float16(2) ** np.float16(10)", "np.power(h, h)",
    "np.power(h, 2)", "h ** np.array([1, 2, 3, 4, 5], dtype=np.int8)", "np.array([4, 9], dtype=np.int8) ** 0.5",
    "np.float16(-8) ** np.float16(1 / 3)", "np.float16(-2) ** 3", "np.float16(0) ** np.float16(-1)",
    "np.array([-2, 0, 2], dtype=np.float16) ** -1", "np.array([-4, 0, 4], dtype=np.float16) ** 0.5",
    "np.array([300, 1000], dtype=np.float16) ** 2", "np.sinc(np.array([0, 0.5, 1.5], dtype=np.float16))", "g ** 2", "g ** 3", "(g + 3.25) ** g",
]

# np.mean, np.var and np.std as numpy/_core/_methods.py computes them for halves, past NumPy's 8192-element buffers,
# and sums of views.
THEMES["15-statistics"] = [
    "a = (((np.arange(20000) * 7919) % 2003 - 1001) / 37).astype(np.float16)", "a.mean()", "a.var()", "a.std()",
    "a.sum()", "np.var(a, ddof=1)", "np.std(a, ddof=1)", "a[:8192].mean()", "a[:8193].mean()", "a[:16385].mean()",
    "a[::2].mean()", "a[::-1].mean()", "a[::3].var()", "a[::-1].sum()", "a[::2].sum()",
    "b = a.reshape(20, 1000)", "b.mean()", "b.mean(axis=0)[:6]", "b.mean(axis=1)", "b.var(axis=1)", "b.std(axis=0)[:6]",
    "b.var()", "b.sum(axis=1)", "b.mean(axis=1, keepdims=True)[:3]", "b.var(axis=0, ddof=1)[-4:]",
    "c = a.reshape(2, 10000)", "c.mean(axis=1)", "c.var(axis=1)", "c.std()", "c.sum(axis=1)", "c.mean(axis=0)[:5]",
    "d = (((np.arange(300000) * 104729) % 65521 - 32760) / 4096).astype(np.float16)", "d.mean()", "d.var()",
    "d.std()", "d.reshape(3, 100000).mean(axis=1)", "d.reshape(300, 1000).mean(axis=0)[:4]",
    "e = a.reshape(4, 50, 100)", "e.mean()", "e.mean(axis=(1, 2))", "e.mean(axis=(0, 1))[:4]", "e.mean(axis=0)[0, :4]",
    "e.var(axis=(0, 2))[:4]", "e.std(axis=2)[0, :4]", "e.var(axis=(1, 2))",
    "f = a[:600].reshape(20, 30)", "f.T.var()", "f.T.std(axis=0)", "f.T.var(axis=1)", "f.T.sum()", "f.T.sum(axis=0)",
    "f[:, ::2].sum()", "f[::-1].var(axis=0)", "np.var(np.array([1, 2, 3, 4], dtype=np.float16))",
    "np.std(np.array([60000, -60000], dtype=np.float16))", "np.var(np.array([np.inf, 1], dtype=np.float16))",
    "np.var(np.float16(3))", "np.array([0.1], dtype=np.float16).var(ddof=1)",
    "np.full(10000, -0.0, dtype=np.float16).mean()", "np.full(9000, 0.1, dtype=np.float16).mean()",
    # Sums whose float32 value shows NumPy's 8192-element buffers (a sum in one piece differs in the last digit).
    "x = (np.sin(np.arange(24577) * 0.7) * 1000 + 1000 / 7).astype(np.float16)", "np.sum(x, dtype=np.float32)",
    "np.mean(x, dtype=np.float32)", "x.mean()", "x.astype(np.float32).sum()", "x.sum(dtype=np.float32)",
    "y = (np.sin(np.arange(40000) * 0.7) * 1000 + 1000 / 7).astype(np.float16)", "np.sum(y, dtype=np.float32)",
    "y.reshape(2, 20000).sum(axis=1, dtype=np.float32)", "np.mean(y.reshape(2, 20000), axis=1, dtype=np.float32)",
    "y.reshape(200, 200).sum(axis=0, dtype=np.float32)[:3]", "y.mean(dtype=np.float32)", "y.var()", "y.std()",
    # Views: NumPy sums their memory (z.T as z); a view with gaps or reversals past 8192 elements is refused.
    "rng = np.random.default_rng(3)", "z = (rng.random((300, 300)) * 0.5).astype(np.float16)", "z.sum()",
    "z[:, ::2].sum()", "z.T.sum()", "z.T[::2].sum()", "z[:, ::2].sum(axis=0)[:4]", "z[:, ::2].sum(axis=1)[:4]",
    "z.T.sum(axis=1)[:4]", "z.T.sum(axis=0)[:4]", "z[::-1].sum(axis=0)[:4]", "z[:, ::2].var()", "z[:, ::2].mean()",
    "z.T.var()", "z.var()", "z.mean()", "z.std(axis=1)[:3]", "z[:150].var(axis=0)[:3]", "z[:20, :20].sum()",
]

# NumPy's half `//`, `%` and divmod widen to float32, run npy_divmodf and round to half (make_float16_division_fixtures.py
# proves it); float32 runs the same function without the rounding.
THEMES["16-floor-division"] = [
    "h = np.array([7.5, -3.25, 0.1, 65504, 2.0, -0.0, 1e-4, 1000.5], dtype=np.float16)", "h // 2", "h % 2",
    "h // 0.3", "h % 0.3", "h // -3", "h % -3", "np.floor_divide(h, 0.7)", "np.remainder(h, 0.7)", "np.mod(h, 1.5)",
    "np.fmod(h, 1.5)", "np.fmod(h, -0.7)", "np.divmod(h, 3)", "divmod(h, 0.25)", "h // h", "h % h[::-1]",
    "h // 0", "h % 0", "h // -0.0", "h % np.inf", "h // np.inf", "-h // np.inf", "h // np.nan", "np.inf // h",
    "h[:3] // h[:3, None]", "(h % 1).dtype", "(h // 2).dtype", "h.reshape(2, 4) // np.array([3, -2, 0.5, 7], dtype=np.float16)",
    "np.float16(7) // np.float16(2)", "np.float16(7.5) % 2", "divmod(np.float16(7), 2)", "np.float16(-7.5) // 2",
    "np.float16(1) // np.float16(0.1)", "np.float16(1) % np.float16(0.1)", "np.float16(0) // np.float16(0)",
    "np.float16(5) // 0", "np.float16(-5) % 0", "np.float16(5) // -0.0", "7 // np.float16(0.3)", "7.5 % np.float16(2)",
    "np.float16(65504) // np.float16(1e-3)", "np.float16(65504) % np.float16(1e-3)",
    "np.float16(6e-8) // np.float16(-1)", "np.float16(-6e-8) % np.float16(1)", "np.float16(1e-7) % np.float16(6e-8)",
    "x = np.arange(-20, 20, dtype=np.float16) / 3", "x // 0.7", "x % 0.7", "x // -1.1", "x % -1.1",
    "np.divmod(x, np.float16(0.45))", "x % x[::-1]",
    "i8 = np.array([-7, 5, 3], dtype=np.int8)", "i8 // np.float16(2.5)", "i8 % np.float16(2.5)",
    "np.float16(2.5) // i8", "h[:3] // np.array([True, False, True])", "np.array([True, False]) % np.float16(0.3)",
    "u8 = np.array([200, 7], dtype=np.uint8)", "(u8 // np.float16(0.3)).dtype", "u8 // np.float16(0.3)",
    "y = h.copy()", "y //= 3", "y", "y %= 0.5", "y", "z = h.copy()", "z[1:4] //= 0.2", "z",
    "f = np.array([7.3, -2.5, 0.1, 1e30, 3.0], dtype=np.float32)", "f // 0.1", "f % 0.1", "f // -3", "f % -3",
    "np.divmod(f, np.float32(0.7))", "f // f[::-1]", "f % f[::-1]", "f // 0", "f % 0", "np.float32(7.3) // np.float32(0.1)",
    "np.float32(7.3) % np.float32(0.1)", "divmod(np.float32(-7.3), 2)", "np.float32(1e-30) // np.float32(3e-31)",
    "np.float32(1) % np.float32(1e-38)", "np.float32(16777217) // 3", "np.arange(10, dtype=np.float32) * 1.1 // 0.3",
    "np.arange(10, dtype=np.float32) * 1.1 % 0.3", "f.astype(np.float16) // 2",
    "np.arange(12, dtype=np.float32).reshape(3, 4) % np.float32(2.2)",
]

# NumPy's float loops take bools as float16, as int8.
THEMES["17-bool-inputs"] = [
    "b = np.array([True, False, True])", "np.exp(b)", "np.log(b)", "np.sqrt(b)", "np.tanh(b)", "np.sin(b)",
    "np.cos(b)", "np.tan(b)", "np.arcsin(b)", "np.arccos(b)", "np.arctan(b)", "np.sinh(b)", "np.cosh(b)",
    "np.arcsinh(b)", "np.arctanh(b)", "np.expm1(b)", "np.log1p(b)", "np.log2(b)", "np.log10(b)", "np.exp2(b)",
    "np.cbrt(b)", "np.degrees(b)", "np.radians(b)", "np.deg2rad(b)", "np.rad2deg(b)", "np.rint(b)",
    "np.exp(True)", "np.sqrt(False)", "np.sin(np.True_)", "np.log(np.array(True))", "np.exp(b).dtype",
    "np.exp(b.reshape(3, 1))", "np.exp(b[::-1])", "np.cos(np.array([], dtype=bool))",
    "h = np.array([0.5, 1.5, -2.0], dtype=np.float16)", "h + b", "h * b", "b - h", "h / b", "b / h", "h ** b",
    "b ** h", "np.maximum(h, b)", "h // b", "b % h", "h > b", "np.where(b, h, np.float16(9))",
    "b.astype(np.float16)", "np.array([True, False], dtype=np.float16)", "(b + np.float16(1)).dtype",
    "b + np.float16(0.1)", "np.float16(2) * True", "np.float16(0.5) + b.sum()", "np.mean(b.astype(np.float16))",
    "b @ h", "h @ b", "np.dot(b, h)",
]

# NumPy has no BLAS for float16: every matrix product sums float32 products in float32, in order over the inner axis,
# and rounds each element to half once (matmul.c.src HALF_matmul_inner_noblas, arraytypes.c.src HALF_dot).
THEMES["18-matrix-products"] = [
    "a = (np.arange(12, dtype=np.float16) / 7).reshape(3, 4)", "b = (np.arange(8, dtype=np.float16) - 3.5).reshape(4, 2)",
    "a @ b", "np.matmul(a, b)", "np.dot(a, b)", "a.dot(b)", "a @ a.T", "a.T @ a", "a[::-1] @ b[:, ::-1]",
    "a @ b[:, 0]", "a[0] @ b", "a[0] @ a[1]", "np.dot(a[0], a[1])", "np.inner(a, a)", "np.inner(a[0], a[1])",
    "np.vdot(a, a)", "np.outer(a[0], a[1])", "np.tensordot(a, b, axes=1)", "(a @ b).dtype", "(a[0] @ a[0]).dtype",
    "v = np.full(3000, 0.1, dtype=np.float16)", "v @ v", "np.dot(v, v)", "v.sum()", "v @ np.ones(3000, dtype=np.float16)",
    "w = np.ones(5000, dtype=np.float16)", "w @ w", "np.dot(w, w)", "w[:2049] @ w[:2049]",
    "big = np.full((2, 3), 300, dtype=np.float16)", "big @ big.T", "np.array([65504, 65504], dtype=np.float16) @ np.array([1, -1], dtype=np.float16)",
    "np.array([1e-4, 1e-4], dtype=np.float16) @ np.array([1e-4, 1e-4], dtype=np.float16)",
    "np.array([6e-8], dtype=np.float16) @ np.array([0.5], dtype=np.float16)",
    "np.array([np.inf, 1], dtype=np.float16) @ np.array([0, 1], dtype=np.float16)",
    "np.array([-0.0], dtype=np.float16) @ np.array([1.0], dtype=np.float16)",
    "np.zeros((2, 0), dtype=np.float16) @ np.zeros((0, 3), dtype=np.float16)",
    "rng = np.random.default_rng(7)", "m = rng.standard_normal((4, 5)).astype(np.float16)",
    "n = rng.standard_normal((5, 3)).astype(np.float16)", "m @ n", "np.dot(m, n)", "m.T.T @ n", "n.T @ m.T",
    "s = rng.standard_normal((2, 3, 4)).astype(np.float16)", "s @ m", "s @ s.transpose(0, 2, 1)", "np.dot(s, m)",
    "np.matmul(s, s[0].T)", "m @ np.arange(5, dtype=np.int8)", "np.arange(4, dtype=np.int8) @ m",
    "(m @ np.arange(5, dtype=np.float64)).dtype",
    "m @ np.arange(5)", "np.float16(2) * m[0]", "m @ m", "np.dot(m, m)",
]

# np.median is np.mean of the middle one or two (float32 sum and division, rounded to half); np.quantile's _lerp runs
# in float16 steps for a Python-number q (weak_q) and in float64 after the float16 difference for an array q.
THEMES["19-median-and-quantiles"] = [
    "h = np.array([0.1, 0.7, 0.3, 2.5, 1e-3, 7.1, 65504, -3.3], dtype=np.float16)", "np.median(h)", "np.median(h[:7])",
    "np.median(h[:6])", "np.median(h.reshape(2, 4), axis=0)", "np.median(h.reshape(2, 4), axis=1)",
    "np.median(h.reshape(2, 4), axis=-1)", "np.median(h.reshape(4, 2).T, axis=1)", "np.median(h[::-1])",
    "np.median(np.array([65504, 65504], dtype=np.float16))", "np.median(np.array([np.nan, 1], dtype=np.float16))",
    "np.median(np.array([1, 2049], dtype=np.float16))", "np.median(np.array([1, 2050], dtype=np.float16))",
    "np.median(np.array([-0.0, 0.0], dtype=np.float16))", "np.median(np.array([np.inf, 1, 2], dtype=np.float16))",
    "np.median(np.array([np.inf, -np.inf], dtype=np.float16))", "np.median(np.float16(3))",
    "np.median(np.arange(1001, dtype=np.float16) / 7)", "np.median(np.arange(1000, dtype=np.float16) / 7)",
    "np.median(h).dtype", "type(np.median(h))",
    "np.percentile(h, 30)", "np.percentile(h, [30, 70])", "np.percentile(h, 50)", "np.percentile(h, 99.9)",
    "np.percentile(h, 0)", "np.percentile(h, 100)", "np.percentile(h, 12.5)", "np.quantile(h, 0.3)",
    "np.quantile(h, 0.77)", "np.quantile(h, 0.5)", "np.quantile(h, np.array(0.3))", "np.quantile(h, np.float64(0.3))",
    "np.quantile(h, 1/3)", "np.quantile(h, [0.1, 0.5, 0.9])", "np.quantile(h, (0.25, 0.75))",
    "np.quantile(h, 0.3, method='nearest')", "np.quantile(h, [0.3, 0.9], method='lower')",
    "np.quantile(h, 0.3, method='higher')", "np.quantile(h, 0.3, method='midpoint')",
    "np.quantile(h, [0.3], method='midpoint')", "np.quantile(h, 0.3, method='linear')",
    "np.percentile(h.reshape(2, 4), 40, axis=1)", "np.percentile(h.reshape(2, 4), [40, 60], axis=0)",
    "np.percentile(h.reshape(2, 4), 75, axis=0, keepdims=True)", "np.percentile(h.reshape(2, 4), 75, axis=None)",
    "np.quantile(h[:6], 1/3)", "np.quantile(np.array([1, 2049], dtype=np.float16), 0.5)",
    "np.quantile(np.array([1, 2049], dtype=np.float16), 0.6)", "np.quantile(np.array([1, 2049], dtype=np.float16), [0.6])",
    "np.quantile(np.array([np.nan, 1], dtype=np.float16), 0.5)", "np.quantile(np.array([-65504, 65504], dtype=np.float16), 0.5)",
    "np.quantile(np.array([-65504, 65504], dtype=np.float16), 0.25)", "np.percentile(np.array([0.1, 0.2], dtype=np.float16), 37)",
    "x = (np.arange(40, dtype=np.float16) * 1.37) % 11", "np.percentile(x, 10)", "np.percentile(x, [10, 33, 66])",
    "np.quantile(x.reshape(5, 8), 0.45, axis=1)", "np.quantile(x.reshape(5, 8), 0.45, axis=0)",
    "np.median(x.reshape(5, 8), axis=0)", "np.median(x.reshape(5, 8), axis=1)", "np.percentile(x, 50) == np.median(x)",
    "np.quantile(h, 0.3).dtype", "np.quantile(h, [0.3]).dtype", "np.quantile(h, [0.3], method='nearest').dtype",
]

# NumPy's HALF_multiply reduce keeps a float32 running product along a contiguous row (rounded to half once) and
# rounds every step across rows; accumulate (cumsum, cumprod) reads each running value back from the float16 output.
THEMES["20-products-and-running-sums"] = [
    "h = np.array([1.5, -2.25, 0.1, 3.0, 7.7, 0.5], dtype=np.float16)", "np.prod(h)", "h.prod()", "np.prod(h[:3])",
    "np.prod(h.reshape(2, 3), axis=1)", "np.prod(h.reshape(2, 3), axis=0)", "np.prod(h.reshape(2, 3))",
    "h.reshape(3, 2).prod(axis=0)", "h.reshape(3, 2).prod(axis=1, keepdims=True)", "h.reshape(2, 3).T.prod(axis=0)",
    "np.prod(np.array([], dtype=np.float16))", "np.prod(np.full(20, 1.7, dtype=np.float16))",
    "np.prod(np.full(30, 1.7, dtype=np.float16))", "np.prod(np.full(40, 0.3, dtype=np.float16))",
    "np.prod(np.array([300, 300, 1e-3], dtype=np.float16))", "np.prod(np.array([1e-3, 300, 300], dtype=np.float16))",
    "np.prod(np.full((4, 6), 1.1, dtype=np.float16), axis=0)", "np.prod(np.full((4, 6), 1.1, dtype=np.float16), axis=1)",
    "x = (np.arange(1, 25, dtype=np.float16) / 9).reshape(2, 3, 4)", "x.prod()", "x.prod(axis=0)", "x.prod(axis=1)",
    "x.prod(axis=2)", "x.prod(axis=(0, 2))", "x.prod(axis=(1, 2))", "x[:, ::-1].prod(axis=2)", "x.prod().dtype",
    "np.cumsum(h)", "h.cumsum()", "np.cumsum(h.reshape(2, 3), axis=0)", "np.cumsum(h.reshape(2, 3), axis=1)",
    "np.cumsum(h.reshape(2, 3))", "np.cumsum(np.full(3000, 0.1, dtype=np.float16))[-3:]",
    "np.cumsum(np.full(5000, 1, dtype=np.float16))[[2047, 2048, 2049, 4999]]",
    "np.cumsum(np.array([65504, 65504, -65504], dtype=np.float16))", "np.cumsum(np.array([-0.0], dtype=np.float16))",
    "np.cumsum(x, axis=2)[1]", "np.cumsum(x, axis=1)[0]", "np.cumsum(h)[::-1]", "np.cumsum(h[::-1])",
    "np.add.accumulate(h)", "np.cumprod(h)", "h.cumprod()", "np.cumprod(h.reshape(2, 3), axis=1)",
    "np.cumprod(h.reshape(2, 3), axis=0)", "np.cumprod(np.full(30, 1.7, dtype=np.float16))[-3:]",
    "np.cumsum(h).dtype", "np.cumprod(h).dtype",
]

# Functions of a float's representation: exact, so NumPy's half routines (npy_half_nextafter, npy_half_spacing) or its
# float32 ones rounded to half give the same bits everywhere; bool, int8 and uint8 compute in float16.
THEMES["21-representation-functions"] = [
    "h = np.array([1.0, -1.0, 0.0, -0.0, 65504, -65504, 6e-8, -6e-8, 1e-5, 0.1, np.inf, -np.inf, np.nan], dtype=np.float16)",
    "np.spacing(h)", "np.nextafter(h, np.float16(np.inf))", "np.nextafter(h, np.float16(-np.inf))",
    "np.nextafter(h, np.float16(0))", "np.nextafter(h, -np.float16(0))", "np.nextafter(np.float16(0), np.float16(-0.0))",
    "np.nextafter(np.float16(-0.0), np.float16(0.0))", "np.nextafter(np.float16(1), np.float16(1))",
    "np.nextafter(h, h[::-1])", "np.fabs(h)", "np.modf(h)", "np.frexp(h)", "np.ldexp(h, 3)", "np.ldexp(h, -20)",
    "np.ldexp(h, np.array([1, -1, 30, -30, 0, 2, 5, -5, 10, -10, 1, 1, 1]))", "np.ldexp(np.float16(1.5), 15)",
    "np.ldexp(np.float16(1.5), 16)", "np.ldexp(np.float16(3), -26)", "np.ldexp(np.float16(3), -25)",
    "np.ldexp(np.float16(1), 10**12)", "np.ldexp(np.float16(1), -10**12)", "np.ldexp(h, np.int32(2))",
    "np.ldexp(np.float16(1), 2**31)", "np.ldexp(np.float16(1), 2**31 - 1)", "np.ldexp(np.float16(1), np.int64(10**12))",
    "np.ldexp(np.float32(1), 10**12)", "np.ldexp(np.array([1.0]), 10**12)", "np.ldexp(1.0, 10**12)",
    "np.ldexp(np.array([1.0]), -2**31)",
    "np.spacing(np.float16(2048))", "np.spacing(np.float16(-2048))", "np.spacing(np.float16(-2049))",
    "np.spacing(np.float16(1e-7))", "np.spacing(np.float16(-1e-7))", "np.spacing(np.float16(6.1e-5))",
    "np.spacing(np.float16(-6.1e-5))", "np.spacing(np.float16(-6.104e-5))", "np.spacing(np.float16(65504))",
    "np.spacing(np.float16(-65504))", "np.spacing(np.float16(0.0))", "np.spacing(np.float16(-0.0))",
    "x = np.arange(-8, 9, dtype=np.float16) / 4", "np.spacing(x)", "np.nextafter(x, 0)", "np.modf(x)", "np.frexp(x)",
    "b = np.array([True, False])", "np.fabs(b)", "np.spacing(b)", "np.nextafter(b, 2)", "np.modf(b)", "np.frexp(b)",
    "i8 = np.array([-3, 0, 7], dtype=np.int8)", "np.fabs(i8)", "np.spacing(i8)", "np.modf(i8)", "np.frexp(i8)",
    "np.nextafter(i8, np.int8(0))", "np.ldexp(i8, 2)", "u8 = np.array([0, 255], dtype=np.uint8)", "np.spacing(u8)",
    "np.fabs(u8)", "np.frexp(u8)", "np.nextafter(u8, np.float16(1))", "np.spacing(h).dtype", "np.frexp(h)[1].dtype",
]

# np.round with decimals: NumPy multiplies by the power of ten as a half, rounds, divides (1e5 and more are infinite).
THEMES["22-round"] = [
    "h = np.array([0.1, 1.2345, -2.675, 123.4, 65504, -0.0, 6e-8, 0.05, np.inf, np.nan], dtype=np.float16)",
    "np.round(h)", "np.round(h, 1)", "np.round(h, 2)", "np.round(h, 3)", "np.round(h, 4)", "np.round(h, 5)",
    "np.round(h, -1)", "np.round(h, -2)", "np.round(h, -4)", "np.round(h, -5)", "h.round(1)", "np.around(h, 2)",
    "np.round(np.float16(2.5))", "np.round(np.float16(0.125), 2)", "np.round(np.float16(1.005), 2)",
    "np.round(np.arange(-10, 10, dtype=np.float16) / 7, 2)", "np.round(np.float16(6.55e4), -3)",
    "np.round(np.float16(3.14159), 3).dtype", "round(np.float16(2.675), 2)", "np.round(h.reshape(2, 5), 1)",
]


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_float16_transcript_fixtures.py")


if __name__ == "__main__":
    main()
