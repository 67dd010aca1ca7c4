#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the complex products and statistics complex38 (issue 10)
checked:

375: `np.dot`, `ndarray.dot`, `@`, `np.matmul`, `np.inner` and `np.vdot` of complex128 and complex64 vectors (and of
a complex vector with a real one), which NumPy hands to OpenBLAS's zdotu/zdotc (cdotu/cdotc): lengths on both sides of
the kernels' blocks (8 elements for zdot, 16 for cdot), 1,280 (the kernel's prefetching variant) and 10,000 (the
threaded split), contiguous, with a step (OpenBLAS's strided loop), reversed or broadcast (NumPy's own loop for `@`
and `np.vdot`, a copy for `np.dot`), signed zeros, infinities and NaN; a column times a row and a reversed vector
times a matrix (NumPy's own `matmul_inner_noblas` loop), empty products. Every value is shown with `.item()` or
`.tolist()`, so every bit shows. Recorded under OpenBLAS's AVX-512 kernels (OPENBLAS_CORETYPE=SkylakeX), whose orders
the transcript tests follow.
376 (`haswell/`, not an `interpreter/` transcript): the same statements recorded under OPENBLAS_CORETYPE=Haswell,
which `ComplexProductKernelTests` runs with docbuild's Haswell orders (the C around the shared AVX2 assembly is
compiled without FMA there, so the elements past the last block are added as rounded products).
377: complex64 `np.var`/`np.std` (NumPy's `_var`: a complex64 pairwise sum divided in complex128 by an intp count,
float32 squares of the parts), with `where=` for both complex dtypes (masked sums, pairwise per run; `np.mean` too), complex `np.nanvar`/`np.nanstd` (NumPy's `_nanvar`: NaNs zeroed, the deviations times
their conjugates), `np.ptp` and `np.average` (real and complex weights, `returned=True`).

Run: `python3 Tests/SnippetsTests/Fixtures/make_complex38_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
three files; rerunning gives identical bytes.
"""

import os
import pathlib
import subprocess
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_complex38_fixtures.py"
PRODUCTS_OUTPUT = HERE / "interpreter" / "375-complex38-vector-products.txt"
HASWELL_OUTPUT = HERE / "haswell" / "376-complex38-vector-products-haswell.txt"
STATISTICS_OUTPUT = HERE / "interpreter" / "377-complex38-statistics.txt"

PRODUCT_STATEMENTS = [
    "rng = np.random.default_rng(38)",
    "def draw(n, scale=False):\n"
    "    r = rng.standard_normal((4, n))\n"
    "    if scale:\n"
    "        r = r * 10.0 ** rng.integers(-4, 5, (4, n))\n"
    "    return r[0] + 1j * r[1], r[2] + 1j * r[3]",
    "lengths = [1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 100, 1280, 1281, 4099]",
    "pairs = [draw(n, scale=n % 2 == 1) for n in lengths]",
    "[np.dot(x, y).item() for x, y in pairs]",
    "[np.vdot(x, y).item() for x, y in pairs]",
    "[(x @ y).item() for x, y in pairs]",
    "[np.inner(x, y).item() for x, y in pairs] == [np.dot(x, y).item() for x, y in pairs]",
    "[np.matmul(x, y).item() for x, y in pairs[:6]], [x.dot(y).item() for x, y in pairs[6:]]",
    # complex64: cdot's blocks of 16, and a complex64 vector with a complex128 one (cast first).
    "pairs32 = [(x.astype(np.complex64), y.astype(np.complex64)) for x, y in pairs]",
    "[np.dot(x, y).item() for x, y in pairs32]",
    "[np.vdot(x, y).item() for x, y in pairs32]",
    "[(x @ y).item() for x, y in pairs32], np.dot(*pairs32[3]).dtype, np.vdot(*pairs32[3]).dtype",
    "[np.dot(x, y2).item() for (x, _), (_, y2) in zip(pairs32, pairs)]",
    # A real operand: cast to complex (a C-ordered copy), then the complex dot.
    "[np.dot(x.real, y).item() for x, y in pairs], [(x @ y.imag).item() for x, y in pairs[:8]]",
    "[np.vdot(x, y.real).item() for x, y in pairs], np.dot(np.arange(3.0), np.array([1j, 2, 3 - 1j]))",
    # Steps other than one: OpenBLAS's strided loop (no blocks), for every function.
    "wide = [draw(3 * n) for n in lengths]",
    "[np.dot(x[::3], y[1::3]).item() for x, y in wide]",
    "[(x[1::3] @ y[2::3]).item() for x, y in wide]",
    "[np.vdot(x[1::3], y[::3]).item() for x, y in wide]",
    "M = (rng.standard_normal((40, 3)) + 1j * rng.standard_normal((40, 3)))",
    "[M[:, k].dot(M[:, 2 - k]).item() for k in range(3)], [np.vdot(M[:, k], M[:, 0]).item() for k in range(3)]",
    # x · conj(x): the imaginary part subtracts two equal sums, zero in every order.
    "[np.dot(x, x.conj()).item() for x, _ in pairs[8:]], (M[:, 1] @ M[:, 1].conj()).item(), np.vdot(M[:, 2], M[:, 2]).item()",
    # Reversed or broadcast: `@` and np.vdot run NumPy's own loop; np.dot copies the vector for BLAS.
    "[(x[::-1] @ y).item() for x, y in pairs]",
    "[np.vdot(x, y[::-1]).item() for x, y in pairs]",
    "[np.dot(x[::-1], y).item() for x, y in pairs]",
    "b = np.broadcast_to(np.array([0.3 - 1.7j]), (20,))",
    "(b @ pairs[9][0][:20]).item(), np.dot(b, pairs[9][0][:20]).item(), np.vdot(b, pairs[9][1][:20]).item()",
    # Row times column matrices: the dot function; column times row and 1×1 operands: NumPy's own loop.
    "x, y = pairs[10]",
    "(x[None, :] @ y[:, None]).tolist(), np.matmul(x[None, :], y[:, None]).shape",
    "(x[:4, None] @ y[None, :5]).tolist()",
    "(x[:1, None] @ y[None, :3]).tolist(), (x[:3, None] @ y[None, :1]).tolist(), (x[:1] @ y[:1]).item()",
    "(x[:4].astype(np.complex64)[:, None] @ y[None, :4].astype(np.complex64)).tolist()",
    "A = np.stack([y[:6], y[6:12] * 1j, y[12:18] - 2], axis=1)",
    "(x[:6][::-1] @ A).tolist(), (A.T @ x[:6][::-1]).tolist()",
    "x[:0] @ y[:0], np.dot(x[:0], y[:0]), np.vdot(x[:0], y[:0]), (x[:3, None] @ y[None, :0]).shape",
    "np.dot(x[:1], y[:1]).item(), np.vdot(x[:1], y[:1]).item(), np.inner(x[:1], y[:1]).item()",
    # Signed zeros, infinities and NaN.
    "s = np.array([0.0, -0.0, 1.0, -2.5, np.inf, -np.inf, np.nan, 0.5])",
    "z1 = s[[0, 1, 2, 3, 1, 0, 2, 7, 1]] + 1j * s[[1, 1, 0, 3, 2, 1, 0, 7, 3]]",
    "z2 = s[[1, 0, 3, 1, 1, 2, 0, 1, 0]] + 1j * s[[1, 1, 1, 0, 3, 1, 2, 7, 1]]",
    "[(np.dot(z1[:n], z2[:n]).item(), np.vdot(z1[:n], z2[:n]).item(), (z1[:n][::-1] @ z2[:n]).item()) for n in range(1, 10)]",
    "z3 = s[[4, 2, 6, 1, 5, 0, 2, 3, 4]] + 1j * s[[0, 5, 2, 2, 1, 4, 0, 6, 3]]",
    "[(np.dot(z3[:n], z2[:n]).item(), np.vdot(z2[:n], z3[:n]).item()) for n in range(1, 10)]",
    "(z1[:, None] @ z3[None, :3]).tolist()",
    # Past 10,000 elements OpenBLAS's zdot splits the vectors between NumPy's two threads.
    "u, v = draw(12345, scale=True)",
    "np.dot(u, v).item(), np.vdot(u, v).item(), (u @ v).item(), np.dot(u[:12344:2], v[1::2]).item(), (u[::-1] @ v).item()",
    "np.dot(u[:10001], v[:10001]).item(), np.dot(u[:10000], v[:10000]).item()",
    "np.dot(u.astype(np.complex64), v.astype(np.complex64)).item(), np.vdot(u.astype(np.complex64), v).item()",
]

STATISTICS_STATEMENTS = [
    "rng = np.random.default_rng(377)",
    "def draw(shape, dtype=np.complex64):\n"
    "    return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(dtype)",
    "sizes = [1, 2, 7, 8, 9, 16, 100, 129, 1000, 4099]",
    "vectors = [draw(n) for n in sizes]",
    "[np.var(v).item() for v in vectors]",
    "[np.std(v).item() for v in vectors]",
    "[np.var(v, ddof=1).item() for v in vectors], np.var(vectors[3]).dtype, np.std(vectors[3]).dtype",
    "c = draw((37, 150))",
    "np.var(c, axis=0).tolist()[:5], np.std(c, axis=1).tolist()[:5], c.var(axis=1, ddof=2).tolist()[:4]",
    "np.var(c.T, axis=1).tolist()[:4], np.std(c.T).item(), np.var(np.asfortranarray(c), axis=1).tolist()[:3]",
    "np.var(c[::-1, 5:], axis=0).tolist()[:3], c[:, ::3].std(axis=1).tolist()[:3], np.var(c, keepdims=True)",
    "t = draw((4, 33, 2))",
    "np.var(t, axis=(0, 2)).tolist()[:4], np.std(t, axis=1, keepdims=True).shape, np.var(t).item()",
    "np.var(np.array(1 + 2j, dtype=np.complex64)), np.var(np.zeros(0, np.complex64)), np.std(draw(3), ddof=3)",
    "np.var(np.array([1 + 1j, np.nan, 2], dtype=np.complex64)), np.std(np.array([1j, np.inf], dtype=np.complex64))",
    # where=: the masked complex sum (pairwise per run of unmasked elements), its deviations' squares masked too.
    "keep = np.arange(c.size).reshape(c.shape) % 7 != 3",
    "np.var(c, where=keep).item(), np.std(c, axis=0, where=keep).tolist()[:4], c.var(axis=1, where=keep).tolist()[:4]",
    "np.std(c, axis=1, ddof=1, where=keep, keepdims=True).tolist()[:3], np.var(c, where=c.real > 0).item()",
    "cc = c.astype(np.complex128)",
    "np.var(cc, where=keep).item(), np.std(cc, axis=0, where=keep).tolist()[:4], np.var(cc, axis=1, where=[True] * 149 + [False]).tolist()[:3]",
    "np.var(t, axis=(0, 2), where=t.imag < 0.5).tolist()[:4], np.std(vectors[8], where=vectors[8].real > -1).item()",
    "np.mean(c, where=keep).item(), np.mean(c, axis=0, where=keep).tolist()[:3], cc.mean(axis=1, where=keep, keepdims=True)[:2]",
    "np.mean(t, axis=(0, 2), where=t.imag < 0.5).tolist()[:3], np.mean(cc, where=cc.real > 0).item(), np.mean(c, where=keep).dtype",
    # nanvar and nanstd: NaNs in either part skipped.
    "n = draw((9, 13), np.complex128)",
    "n[n.real > 1.2] = np.nan",
    "n[2, 3] = complex(1.0, np.nan)",
    "np.nanvar(n).item(), np.nanstd(n).item(), np.nanvar(n, axis=0).tolist(), np.nanstd(n, axis=1, ddof=1).tolist()",
    "np.nanvar(n.T, axis=1).tolist()[:4], np.nanvar(n, keepdims=True), np.nanvar(n, axis=1).dtype",
    "n32 = n.astype(np.complex64)",
    "np.nanvar(n32).item(), np.nanstd(n32, axis=0).tolist(), np.nanvar(n32, axis=1, ddof=2).tolist()",
    "np.nanvar(n32).dtype, np.nanstd(n32, axis=0, keepdims=True).shape",
    "np.nanvar(np.array([np.nan, 1j])), np.nanvar(np.array([1 + 1j, 2 - 1j]), ddof=2)",
    "np.nanvar(vectors[7]).item() == np.var(vectors[7]).item(), np.nanvar(vectors[7]).item()",
    # ptp: the complex maximum minus the complex minimum (real part first, then imaginary).
    "p = np.array([[1 + 2j, 3 - 1j, 3 - 2j], [-2 + 0.5j, 0.1j, -2 + 0.25j]])",
    "np.ptp(p), np.ptp(p, axis=0), np.ptp(p, axis=1, keepdims=True), np.ptp(p.astype(np.complex64))",
    "np.ptp(c, axis=1).tolist()[:3], np.ptp(n), np.ptp(draw(5, np.complex128))",
    # average: the mean without weights; sum(a * w) / sum(w) with real or complex weights.
    "np.average(p), np.average(p, axis=0), np.average(p, axis=1, returned=True)",
    "np.average(p, weights=[[1, 2, 3], [4, 5, 6]]).item(), np.average(p, axis=1, weights=[0.5, 1, 2])",
    "np.average(p, weights=p), np.average(p, axis=0, weights=[1j, 1 - 1j], returned=True)",
    "np.average(c, axis=0, weights=np.arange(37) + 0.5).tolist()[:3], np.average(c).item(), np.average(c.T, axis=0).dtype",
    "np.average(p, weights=[[1j, 0, 0], [-1j, 0, 0]])",
]


def record_products(path):
    write_numpy_fixture(
        path, SCRIPT,
        "complex vector · vector products (np.dot, ndarray.dot, @, np.matmul, np.inner, np.vdot) by OpenBLAS's "
        f"zdotu/zdotc and cdotu/cdotc under OPENBLAS_CORETYPE={os.environ['OPENBLAS_CORETYPE']}, NumPy's own loops "
        "for other steps and for a column times a row",
        PRODUCT_STATEMENTS,
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["--haswell"]:
        HASWELL_OUTPUT.parent.mkdir(exist_ok=True)
        record_products(HASWELL_OUTPUT)
        sys.exit(0)
    # The transcript tests follow OpenBLAS's AVX-512 (SkylakeX) kernel orders; a machine that pins another kernel set
    # (OPENBLAS_CORETYPE=Haswell) records with SkylakeX's instead (it needs AVX-512).
    if os.environ.get("OPENBLAS_CORETYPE") != "SkylakeX":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, OPENBLAS_CORETYPE="SkylakeX"))
    record_products(PRODUCTS_OUTPUT)
    write_numpy_fixture(
        STATISTICS_OUTPUT, SCRIPT,
        "complex64 np.var/np.std, complex np.nanvar/np.nanstd, np.ptp and np.average in NumPy's steps",
        STATISTICS_STATEMENTS,
    )
    subprocess.run(
        [sys.executable, __file__, "--haswell"], check=True, env=dict(os.environ, OPENBLAS_CORETYPE="Haswell"))
