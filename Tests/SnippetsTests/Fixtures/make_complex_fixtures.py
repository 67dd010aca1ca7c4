#!/usr/bin/env python3
"""Writes the complex-number transcripts (issue 10: Python complex, complex64, complex128) from Python and NumPy 2.4.6.

Run: `python3 Tests/SnippetsTests/Fixtures/make_complex_fixtures.py`. It rewrites every file in `complex/`; rerunning
gives identical bytes. Statements run as in `make_numpy_fixtures.py` (one namespace per theme, REPL output, the
exception's last line). Random operands come from NumPy's seeded Generator, written into the statements as literals
(repr round-trips exactly), so docbuild runs the same numbers. The products and quotients of arrays exercise
NumPy's SIMD loops (fused multiply-add on x86-64 with FMA3) and its scalar math (plain products) separately.
"""

import pathlib

import numpy as np

from make_numpy_fixtures import write_themes  # same folder; one writer for every set of themes


HERE = pathlib.Path(__file__).resolve().parent
OUTPUT_FOLDER = HERE / "complex"

THEMES = {}


def literal(z):
    """A Python expression for the complex number z, exact (float repr round-trips)."""
    return f"complex({float(z.real)!r}, {float(z.imag)!r})"


def array_literal(values, dtype=None):
    body = ", ".join(literal(z) for z in values)
    return f"np.array([{body}]" + (f", dtype=np.{dtype})" if dtype else ")")


RNG = np.random.default_rng(20261130)


def random_complex(n, spread=3):
    scale = 10.0 ** RNG.integers(-spread, spread + 1, n)
    return (RNG.standard_normal(n) * scale) + 1j * (RNG.standard_normal(n) * 10.0 ** RNG.integers(-spread, spread + 1, n))


THEMES["01-python-complex"] = [
    "1j", "2.5j", "1J", "3 + 4j", "3 - 4j", "-2j", "0j", "-0j", "1e20j", "1e-5j", "1_000j", "(1+2j) * (3-4j)",
    "(1+2j) / (3-4j)", "(1+2j) + 2", "(1+2j) - 2.5", "2 * (1+2j)", "1 / (1+1j)", "(1+2j) ** 2", "(1+2j) ** 3",
    "(1+2j) ** -1", "(1+2j) ** 0", "(0.5+0.25j) ** 10", "1j ** 2", "1j * 1j", "(1+2j) / 0", "(1+2j) / 0j",
    "0j ** -1", "complex(1, 2)", "complex(1.5)", "complex()", "complex(1, -0.0)", "complex(-0.0, 1)",
    "complex(1j, 2)", "complex(1j, 1j)", "complex(True)", "complex(2, 3).real", "complex(2, 3).imag",
    "(3+4j).conjugate()", "abs(3+4j)", "abs(-1j)", "abs(1e300+1e300j)", "z = 1.5 - 2.25j", "z", "z.real", "z.imag",
    "type(z)", "print(z)", "str(z)", "repr(z)", "z == 1.5 - 2.25j", "z != 1.5", "(2+0j) == 2", "(2+0j) == 2.0",
    "2 == 2+0j", "1j == 1", "z < 1", "-z", "+z", "[1j, 2+3j]", "(1j,)", "{'a': 1j}", "bool(0j)", "bool(1j)",
    "float(1j)", "int(1j)", "(1+2j) // 2", "(1+2j) % 2", "(2.0).real", "(2.0).imag", "(5).imag", "(5).conjugate()",
    "complex(float('nan'), 1)", "complex(float('inf'), -float('inf'))", "complex(1e16, 1)", "complex(0.1, 0.2)",
    "0.1j + 0.2j", "complex(1, 2) * 1.5", "1.5 / (2+0j)", "(1e308+1e308j) * 10", "{1j: 2, 2+0j: 3}[1j]",
    "{2: 'a'}[2+0j]", "{1j: 1, 1j: 2}", "f'{1j}'", "f'{(1+2j)!r}'", "sorted([1j, 2j])", "1e999j", "(1e200+1e200j) ** 2",
    "(1+1j) ** 100", "(1+1j) ** -100", "(2+0j) ** 2", "complex(2, 0) ** -1", "[1j] * 3", 
]

THEMES["02-dtypes"] = [
    "np.dtype('complex128')", "np.dtype('c16')", "np.dtype('D')", "np.dtype('complex64')", "np.dtype('c8')",
    "np.dtype('F')", "np.dtype(complex)", "np.dtype('complex')", "np.dtype('cdouble')", "np.dtype('csingle')",
    "np.dtype('c16').itemsize", "np.dtype('c8').itemsize", "np.dtype('c16').kind", "np.dtype('c8').char",
    "np.dtype('c16').char", "np.dtype('c16').str", "np.dtype('c8').name", "np.complex128", "np.complex64",
    "np.cdouble", "np.csingle", "np.dtype(np.complex64)", "np.complex128 == np.cdouble", "type(np.dtype('c16'))",
    "np.finfo(np.complex128)", "np.finfo(np.complex64)", "np.finfo(np.complex128).eps", "np.iinfo(np.complex128)",
    "(np.zeros(1, np.int16) + np.zeros(1, np.complex64)).dtype",
    "(np.zeros(1, np.float64) + np.zeros(1, np.complex64)).dtype",
    "(np.zeros(1, np.int64) + np.zeros(1, np.complex64)).dtype",
    "(np.zeros(1, np.float32) + np.zeros(1, np.complex64)).dtype",
    "(np.zeros(1, np.uint8) + np.zeros(1, np.complex128)).dtype",
    "(np.zeros(1, bool) + np.zeros(1, np.complex64)).dtype", "(np.zeros(1, np.uint64) + 1j).dtype",
    "(np.zeros(1, np.float32) + 1j).dtype", "(np.zeros(1, np.complex64) + 1.5).dtype",
    "(np.zeros(1, np.complex64) + 2).dtype", "(np.zeros(1, np.complex64) + np.float64(2)).dtype",
    "(np.zeros(1, np.complex64) + np.zeros(1, np.complex128)).dtype",
    "np.zeros(2, np.complex128).astype(np.float64, casting='safe')",
    "np.zeros(2, np.float64).astype(np.complex128, casting='safe')",
    "np.zeros(2, np.complex128).astype(np.complex64, casting='same_kind')",
    "np.zeros(2, np.int64).astype(np.complex64, casting='safe')",
]

THEMES["03-scalars"] = [
    "np.complex128(1+2j)", "np.complex128(2j)", "np.complex128(-2j)", "np.complex128(1)", "np.complex128(1.5)",
    "np.complex128()", "np.complex64(0.1+0.2j)", "np.complex64(1/3 + 1j)", "np.complex64(1e7+1j)",
    "np.complex64(1e5+1j)", "np.complex128(1e16+1j)", "np.complex128(1e-5+0j)", "np.complex128(complex(np.nan, np.inf))",
    "np.complex128(complex(-np.inf, -0.0))", "np.complex128(complex(-0.0, -2))", "np.complex128(0.1+0.2j)",
    "print(np.complex128(1+2j))", "str(np.complex64(2.5-1j))", "np.complex128(1+2j).real", "np.complex128(1+2j).imag",
    "np.complex64(1+2j).real", "np.complex128(3+4j).conjugate()", "np.complex128(3+4j).conj()",
    "abs(np.complex128(3+4j))", "abs(np.complex64(3+4j))", "np.complex128(1+2j) * np.complex128(3-4j)",
    "np.complex128(1+2j) / np.complex128(3-4j)", "np.complex128(1+2j) + 1", "np.complex128(1+2j) * 2.5",
    "np.complex64(1+2j) * 2.5", "np.complex64(1+2j) + 1j", "np.complex64(1+2j) + np.float64(1)",
    "np.complex64(1+2j) + np.float32(1)", "np.float32(2) * 1j", "np.float64(2) * 1j", "np.int8(3) + 1j",
    "np.complex128(1+2j) == 1+2j", "np.complex128(2) == 2", "np.complex128(1+2j) < 2",
    "np.complex128(1+2j).item()", "type(np.complex128(1+2j).item())", "complex(np.complex128(1+2j))",
    "complex(np.float64(2))", "float(np.complex128(1+2j))", "int(np.complex128(3+2j))", "float(np.array(1+2j))",
    "np.complex128(1+2j).dtype", "np.complex64(1).itemsize", "type(np.complex128(1))", "-np.complex128(1+2j)",
    "np.complex128(1+2j) ** 2", "np.complex128(1+2j) ** -2", "np.complex128(1+2j) ** 5", "bool(np.complex128(0j))",
    "bool(np.complex128(1j))", "round(np.complex128(1.5+2j))", "np.complex128(1+2j) // 2",
    "f'{np.complex128(1+2j)}'", "[np.complex128(1j), np.complex64(2)]", "{np.complex128(1+1j): 1}",
    "int(np.complex128(3.7+2j))", "float(np.complex64(1.5+1j))", "np.complex64(1+2j) == np.complex128(1+2j)",
    "np.complex128(1e308+1e308j) * np.complex128(10)", "np.complex64(3+4j) / np.complex64(0)",
]

THEMES["04-arrays"] = [
    "np.array([[1, 2], [3, 4]], dtype=complex)", "np.array([1+2j, 3-4j])", "np.array([1+2j, 3.5-4.25j])",
    "np.array(1+2j)", "np.array([1e10+1j, 1j])", "np.array([1+2j], dtype=np.complex64)", "np.array([1, 2j, 3.5])",
    "np.array([complex(np.nan, np.inf), 1-1j])", "np.array([complex(np.inf, -np.inf), 0j])", "np.array([-0.0+0j, 1j])",
    "np.array([0.1+0.2j, 1/3+2/3j], dtype=np.complex64)", "np.array([1e-5+1j, 1+1e-5j])", "np.array([1e8+1j])",
    "np.array([1e20j])", "np.array([[1j, 2], [3, 4j]])", "print(np.array([1+2j, 3.5-4.25j]))",
    "print(np.array([[1j, 2], [3, 4j]]))", "str(np.array(1+2j))", "np.zeros(3, dtype=complex)",
    "np.ones((2, 2), dtype=np.complex64)", "np.zeros(2, dtype='c16')", "np.full(3, 1j)", "np.arange(4) * 1j",
    "np.arange(4) + 0.5j", "np.linspace(0, 1, 3) * (1 + 1j)", "np.array([1, 2], dtype='D')",
    "np.array([1, 2], dtype='F')", "np.array([], dtype=complex)", "np.zeros((0, 2), dtype=np.complex64)",
    "a = np.array([1+2j, 3-4j, -5+0.5j])", "a.dtype", "a.shape", "a.real", "a.imag", "a.conj()", "a.conjugate()",
    "np.conj(a)", "np.conjugate(a)", "np.real(a)", "np.imag(a)", "np.real(1+2j)", "np.imag(1+2j)", "np.real(3.5)",
    "np.imag(3.5)", "np.imag(np.arange(3))", "np.real(np.arange(3))", "np.conj(1+2j)", "np.conj(np.arange(3))",
    "np.angle(a)", "np.angle(1j)", "np.angle(a, deg=True)", "np.angle(-1)", "np.abs(a)", "np.absolute(a)", "abs(a)",
    "a[0]", "a[1:]", "a[::-1]", "a[a.real > 0]", "a.reshape(3, 1)", "a.T", "a.itemsize", "a.nbytes",
    "np.iscomplexobj(a)", "np.isrealobj(a)", "np.iscomplexobj(np.arange(3))", "len(a)", "list(a)", "np.isnan(np.array([complex(np.nan, 0), 1j]))", "np.isfinite(np.array([complex(np.inf, 0), 1j]))",
    "np.isinf(np.array([complex(0, -np.inf), 1j]))",
    "c = np.array([1+1j, 2+2j, 3+3j])", "c[0] = 5j", "c", "c[1:] = 2", "c", "c[c.imag > 1] = 0", "c",
    "f = np.zeros(3)", "f[0] = 1j", "f",
]

THEMES["05-arithmetic"] = [
    "a = np.array([1+2j, 3-4j, -5+0.5j])", "b = np.array([2-1j, 0.5+0.5j, 1j])", "a + b", "a - b", "a * b", "a / b",
    "a * 2", "a / 2", "a + 1", "a - 0.5", "2 * a", "1 / a", "a * 1j", "a + 1j", "a ** 2", "a ** 3", "a ** -1",
    "a ** 0", "a ** 1", "np.square(a)", "-a", "a == b", "a != b", "a == 1+2j", "a < b", "a >= b", "a > 0",
    "a * np.array([1.5, 2, 3])", "a + np.arange(3)", "np.arange(3) / a", "a * np.float32(2)",
    "x = np.array([1+2j, 3-4j], dtype=np.complex64)", "x * 2.5", "x * 1j", "x / 3", "x + np.float32(0.1)",
    "x + 0.1", "x * np.float64(0.1)", "x + np.complex128(1)", "x * x", "x / x[::-1]", "(x * 0.1).dtype",
    "np.array([1, 2], dtype=np.float32) * 1j", "(np.array([1, 2], dtype=np.float32) * 1j).dtype",
    "np.array([1, 2], dtype=np.int8) * 1j", "(np.array([1, 2], dtype=np.int16) + 1j).dtype",
    "(np.array([1, 2], dtype=np.int32) + np.complex64(1j)).dtype", "np.array([True, False]) * 1j",
    "a // 2", "a % 2", "np.maximum(a, b)", "np.minimum(a, b)",
    "np.maximum(np.array([complex(np.nan, 1), 1j]), np.array([1j, complex(1, np.nan)]))",
    "np.array([1j]) / np.array([0j])", "np.array([1+1j]) / 0", "np.array([0j]) / 0",
    "np.array([complex(1e300, 1e300)]) * np.array([complex(1e10, 1)])", "np.array([complex(np.inf, 0)]) * 1j",
]

THEMES["06-reductions-and-casts"] = [
    "a = np.array([1+2j, 3-4j, -5+0.5j])", "a.sum()", "np.sum(a)", "a.mean()", "np.mean(a)", "a.cumsum()", "np.max(a)", "a.min()", "np.max(np.array([[1j, 1], [1 + 1j, -1]]), axis=0)",
    "np.array([1j, complex(np.nan, 0), 2]).max()", "np.array([1+1j, 1+2j, 1-1j]).min()", "np.zeros(0, complex).max()",
    "np.cumsum(a)", "a.reshape(3, 1).sum(axis=0)", "np.sum(np.arange(12).reshape(3, 4) * (1 + 0.1j), axis=1)",
    "np.sum(np.arange(12).reshape(3, 4) * (1 + 0.1j), axis=0)", "np.sum(np.arange(100) / 7 * (1 - 0.3j))",
    "np.sum(np.arange(1000) / 7 * (1 - 0.3j))", "np.mean(np.arange(1000) / 7 * (1 - 0.3j))",
    "np.sum(np.arange(30, dtype=np.float32) / 7 * np.complex64(1 - 0.3j))", 
    "a.astype(float)", "a.astype(int)", "a.astype(np.complex64)", "a.astype(bool)",
    "np.arange(3).astype(complex)", "np.arange(3).astype(np.complex64)", "np.array([0.1, 0.2]).astype(np.complex64)",
    "np.array([True, False]).astype(complex)", "np.array([1.5, 2.5], dtype=np.float32).astype(complex)",
    "a.astype(np.float32)", "np.array([1, 2], dtype=complex) == np.array([1, 2])",
    "np.allclose(a, a + 1e-12)", "np.array_equal(a, a.copy())", "a.copy()", "np.array(a, dtype=np.complex64)",
]


def random_themes():
    """Products, quotients, sums and magnitudes of seeded random complex numbers, printed at full precision."""
    statements = ["np.set_printoptions(precision=17)"]
    for k in range(12):
        n = int(RNG.integers(1, 9))
        x = random_complex(n)
        y = random_complex(n)
        statements += [f"x = {array_literal(x)}", f"y = {array_literal(y)}", "x * y", "x / y", "np.abs(x)",
                       "x.sum()", "x * y[0]"]
        if k % 3 == 0:
            statements += ["x[0] * y[0]", "x[0] / y[0]", "abs(x[0])", "x[0] ** 3", "x ** 4", "x ** -3"]
        if k % 4 == 0:
            statements += ["xs = x.astype(np.complex64)", "ys = y.astype(np.complex64)", "xs * ys", "xs / ys",
                           "np.abs(xs)", "xs.sum()", "xs[0] * ys[0]", "abs(xs[0])", "xs ** 2"]
    for k in range(8):
        z = random_complex(2)
        statements += [f"p = {literal(z[0])}", f"q = {literal(z[1])}", "p * q", "p / q", "abs(p)", "p ** 3",
                       "p ** -2", "p + q", "p - q"]
    # Print options are global in NumPy: the next theme starts from the defaults, as each docbuild file does.
    THEMES["07-random-operands"] = statements + ["np.set_printoptions(precision=8)"]
    big = random_complex(200, spread=2)
    THEMES["08-printing"] = [
        f"z = {array_literal(big[:7])}", "z", "print(z)", "z * 1e6", "z * 1e-6", "z.astype(np.complex64)",
        "np.set_printoptions(precision=3)", "z", "np.set_printoptions(suppress=True)", "z * 1e-6",
        "np.set_printoptions(precision=8, suppress=False, sign='+')", "z", "np.array([1+1j, -2-0.5j])",
        "np.set_printoptions(sign=' ')", "np.array([1+1j, 2-0.5j])", "np.set_printoptions(sign='-', floatmode='fixed')",
        "z[:3]", "np.array([1+1j, 2-0.5j])", "np.set_printoptions(floatmode='unique')", "z[:3]",
        "np.set_printoptions(floatmode='maxprec_equal')", "np.array([1+1j, 2-0.5j, 0.25j])",
        "np.set_printoptions(floatmode='maxprec')", f"w = {array_literal(big[:40])}", "w",
        "np.set_printoptions(threshold=10)", "w", "np.set_printoptions(threshold=1000, linewidth=40)", "z[:4]",
        "np.array([[1+1j, 2], [3, 4-1j]]) * 0.5", "np.array([complex(np.nan, np.nan), complex(-np.inf, np.inf)])",
        "np.array([complex(np.nan, 1), 2+2j, complex(1, np.inf)], dtype=np.complex64)",
        # Back to the defaults for the next theme, as at the end of 07.
        "np.set_printoptions(linewidth=75)",
    ]


def elementary_themes():
    """The complex128 functions NumPy takes from glibc (exp, sqrt, sin, cos, tan, sinh, cosh, tanh, and its own
    exp2 and expm1 on them): the statements of NumPy's plotting-fractals tutorial and quickstart that use them, then
    seeded random operands and special values at full precision."""
    statements = [
        "def f(z):\n    return np.square(z) - 1",
        "x, y = np.meshgrid(np.linspace(-10, 10, 5), np.linspace(-10, 10, 4))", "mesh = x + (1j * y)",
        "def f_tan(z):\n    return np.square(np.tan(z))",
        "def d_tan(z):\n    return 2*np.tan(z) / np.square(np.cos(z))",
        "def f2(z):\n    return np.tan(np.square(z))", "def g(z):\n    return np.sin(f2(z))",
        "def h(z):\n    return np.cos(g(z))",
        "x, y = np.meshgrid(np.linspace(-1.5, 1.5, 4), np.linspace(-1.5, 1.5, 3))", "small = x + (1j * y)",
        "f_tan(small)", "d_tan(small)", "f2(small)", "g(small)", "h(small)",
        "def newton_fractal(mesh, f, df, num_iter=10, r=2):\n    z = mesh.copy()\n"
        "    diverge_len = np.zeros(z.shape)\n    for i in range(num_iter):\n"
        "        conv_mask = np.abs(f(z)) > r\n        pz = f(z[conv_mask])\n        dp = df(z[conv_mask])\n"
        "        z[conv_mask] = z[conv_mask] - pz/dp\n        diverge_len[conv_mask] += 1\n    return diverge_len",
        "newton_fractal(mesh, f_tan, d_tan, num_iter=15, r=50)",
        "def general_julia(mesh, c=-1, f=f, num_iter=100, radius=2):\n    z = mesh.copy()\n"
        "    diverge_len = np.zeros(z.shape)\n    for i in range(num_iter):\n"
        "        conv_mask = np.abs(z) < radius\n        z[conv_mask] = f(z[conv_mask]) + c\n"
        "        diverge_len[conv_mask] += 1\n    return diverge_len",
        "general_julia(mesh, f=f2, num_iter=15, radius=2.1)", "general_julia(mesh, f=g, num_iter=15, radius=2.1)",
        "general_julia(mesh, f=h, num_iter=15, radius=2.1)",
        "c = np.linspace(0, 2 * np.pi, 6)", "np.exp(c * 1j)", "np.exp(1j * np.pi)", "np.sqrt(-1 + 0j)",
        "np.sqrt(np.array([-4, 4j, -2j, 3 + 4j]))", "np.exp(np.array([0j, 1j, -1j]))", "np.exp(2 + 3j)",
        "np.sin(1 + 1j)", "np.cosh(np.array([1j]))", "np.tanh(np.array([1 + 1j, 400 + 1j, -400 - 1j]))",
        "np.tan(np.array([1 + 400j, 1 - 400j]))", "np.exp(np.array([710 + 1j, 1000 + 2j, -800 + 3j]))",
        "np.exp2(np.array([1 + 1j, 0.5j]))", "np.expm1(np.array([1e-10 + 1e-10j, 1 + 1j]))",
        "np.sqrt(np.array([complex(-np.inf, 1), complex(np.inf, np.nan), complex(0, -0.0)]))",
        "np.exp(np.array([complex(np.inf, 0), complex(-np.inf, 1), complex(np.nan, 0)]))",
        "np.set_printoptions(precision=17)",
    ]
    for k in range(6):
        z = random_complex(5, spread=1)
        statements += [f"z = {array_literal(z)}", "np.exp(z)", "np.sqrt(z)", "np.sin(z)", "np.cos(z)", "np.tan(z)",
                       "np.sinh(z)", "np.cosh(z)", "np.tanh(z)", "np.exp2(z)", "np.expm1(z)", "np.exp(z[0])",
                       "np.sqrt(z).sum()"]
    THEMES["09-elementary-functions"] = statements + ["np.set_printoptions(precision=8)"]


def product_themes():
    """np.prod and np.cumprod of complex128 arrays (the reduce loop's plain products, the elementwise loop's fused
    ones, and accumulate's) and joining complex arrays with others, at full precision."""
    statements = ["np.set_printoptions(precision=17)"]
    for k in range(4):
        z = random_complex(24, spread=0).reshape(2, 3, 4)
        statements += [f"z = {array_literal(z.ravel())}.reshape(2, 3, 4)", "np.prod(z)", "np.prod(z, axis=0)",
                       "np.prod(z, axis=1)", "np.prod(z, axis=2)", "np.prod(z, axis=(0, 2))",
                       "np.prod(z, axis=(0, 1), keepdims=True)", "z.prod()", "z[:, :, :1].prod(axis=1)",
                       "np.cumprod(z)", "np.cumprod(z, axis=0)", "np.cumprod(z, axis=1)", "np.cumprod(z, axis=2)",
                       "z[:, :2].cumprod(axis=1)", "z.cumprod()"]
    statements += [
        "np.prod(np.zeros(0, complex))", "np.prod(np.array([1j]))", "np.cumprod(np.array([1 + 1j, 2j]))",
        "w = np.array([1.5, 2.5, -0.5], dtype=np.float32)", "u = np.array([0.5 - 1j, 2j, -3 + 0.25j])",
        "np.concatenate([u, u])", "np.concatenate([u, w])", "np.stack([u, w])", "np.hstack([u, w, [1, 2]])",
        "np.vstack([u, w])", "np.stack([u.astype(np.complex64), w])", "np.concatenate([u.astype(np.complex64), w])",
        "np.column_stack([u, w])", "np.dstack([u, w])", "np.set_printoptions(precision=8)",
    ]
    THEMES["10-products-and-joins"] = statements


random_themes()
elementary_themes()
product_themes()


def main():
    write_themes(THEMES, OUTPUT_FOLDER, "make_complex_fixtures.py")


if __name__ == "__main__":
    main()
