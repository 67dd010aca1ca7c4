#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the statements session 37's reach probe (reach37) found docbuild
getting wrong in published NumPy tutorial code nobody here had tuned on (Praveen Chandrashekar's numerical analysis
notes: a Gram-Schmidt QR, Newton's method on complex numbers and the condition numbers of Vandermonde matrices).

Run: `python3 Tests/SnippetsTests/Fixtures/make_session37_reach_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites
the `interpreter/360-*` to `interpreter/362-*` fixtures it lists below; rerunning gives identical bytes. It records
under OpenBLAS's AVX-512 kernels (OPENBLAS_CORETYPE=SkylakeX), whose orders the transcript tests follow.

360: `np.dot`, `.dot`, `@`, `np.inner` and `np.vdot` of float64 vectors of which one has a step other than one
(`Q[:, i].dot(A[:, j])`): NumPy hands them to OpenBLAS's ddot in place, whose strided loop sums in another order
than its vector kernel (docbuild summed as for contiguous vectors, so the notes' `A - Q.dot(R)` printed other rounding
noise); `np.dot` of a reversed vector (NumPy copies it for BLAS) and `np.vdot` of one (NumPy's own loop).
361: `np.abs` of a complex scalar (a Python complex, np.complex128 or np.complex64) takes the ufunc's SIMD loop, as for
arrays; Python's `abs()` of a NumPy complex scalar calls its own hypot (docbuild used hypot for both, one bit off in
Newton's method's printed residuals).
362: `np.linalg.cond` of matrices whose condition numbers stay below 1e5 (those past it are refused: the smallest
singular value's last digits are LAPACK's), formatted with nine significant digits, and singular values.
"""

import os
import pathlib
import sys

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_session37_reach_fixtures.py"

STRIDED_VECTOR_DOTS = [
    "np.random.seed(0)",
    "A = np.random.rand(4, 4)",
    "def qr(A):\n"
    "    n = A.shape[0]\n"
    "    Q = np.empty_like(A)\n"
    "    R = np.zeros((n, n))\n"
    "    for j in range(n):\n"
    "        Q[:, j] = A[:, j]\n"
    "        for i in range(j):\n"
    "            R[i, j] = Q[:, i].dot(A[:, j])\n"
    "            Q[:, j] -= R[i, j] * Q[:, i]\n"
    "        R[j, j] = np.linalg.norm(Q[:, j])\n"
    "        Q[:, j] /= R[j, j]\n"
    "    return Q, R",
    "Q, R = qr(A)",
    "[float(v).hex() for v in Q.ravel()]",
    "[float(v).hex() for v in R.ravel()]",
    "print(A - Q.dot(R))",
    "B = np.random.rand(7, 3)",
    "x = np.random.rand(7)",
    "[float(B[:, k].dot(x)).hex() for k in range(3)]",
    "[float(x.dot(B[:, k])).hex() for k in range(3)]",
    "[float(B[:, k] @ x).hex() for k in range(3)]",
    "[float(np.dot(B[:, k], x)).hex() for k in range(3)]",
    "[float(np.inner(B[:, k], x)).hex() for k in range(3)]",
    "[float(np.vdot(B[:, k], x)).hex() for k in range(3)]",
    "C = np.random.rand(23, 4)",
    "z = np.random.rand(46)",
    "[float(C[:, k].dot(z[::2])).hex() for k in range(4)]",
    "[float(C[:, k].dot(z[1::2])).hex() for k in range(4)]",
    "[float(C[:, k].dot(C[:, k])).hex() for k in range(4)]",
    "[float(z[::-2].dot(C[:, k])).hex() for k in range(4)]",
    "float(z[:23].dot(z[23:])).hex()",
    "float(z[::-1][:23].dot(z[23:])).hex()",
    "float(np.dot(z[::-1][:23], z[23:])).hex()",
    "float(z[::-1][:23] @ z[23:]).hex()",
    "float(np.vdot(z[::-1][:23], z[23:])).hex()",
    "float(np.vdot(z[::-1][:5], z[23:28])).hex()",
    "float(np.vdot(C[:, 1], C[:, 2])).hex()",
    "float(np.vdot(C[:, :2], C[:, 2:])).hex()",
    "float(np.vdot(C.T[:2], C.T[2:])).hex()",
    "float(C[:, 0] @ z[::-2]).hex()",
    "float((C[:, 1:2].T @ C[:, 2:3])[0, 0]).hex()",
    "float(np.dot(C[:, 1].reshape(1, 23), z[::2].reshape(23, 1))[0, 0]).hex()",
    "float(C[:, 3].dot(np.ones(23))).hex()",
    "D = np.random.rand(30000, 2)",
    "float(D[:, 0].dot(D[:, 1])).hex()",
    "float(D[:, 0] @ D[:, 1]).hex()",
    "float(D[::3, 1].dot(D[:10000, 0])).hex()",
    "float(D[::2, 1].dot(D[1::2, 0])).hex()",
    "E = np.random.rand(23, 3).T",
    "[float(E[k].dot(z[:23])).hex() for k in range(3)]",
    "F = np.random.rand(5, 6)",
    "[float(F[:, k] @ F[:, k]).hex() for k in range(6)]",
    "[float(F[1, ::2] @ F[2, 1::2]).hex()]",
]

COMPLEX_ABS_UFUNC = [
    "y = complex(-0.06088059283585423, -0.35358387538456654)",
    "np.abs(y)",
    "np.absolute(y)",
    "np.abs(np.complex128(y))",
    "abs(np.complex128(y))",
    "abs(y)",
    "abs(np.array(y))",
    "np.abs(np.array(y))",
    "np.abs(np.array([y]))[0]",
    "np.abs(np.complex64(y))",
    "abs(np.complex64(y))",
    "from numpy import abs as numpy_abs",
    "numpy_abs(y)",
    "np.abs(3+4j)",
    "np.abs(complex(1e300, 1e300))",
    "np.abs(complex(float('inf'), float('nan')))",
    "np.abs(complex(float('nan'), 1.0))",
    "np.abs(-0j)",
    "def f(x):\n    return x**5 + 1.0",
    "def df(x):\n    return 5.0*x**4",
    "def newton(f, df, x0, M=100, eps=1.0e-15):\n"
    "    x = x0\n"
    "    for i in range(M):\n"
    "        dx = - f(x)/df(x)\n"
    "        x = x + dx\n"
    "        print(i, x, np.abs(f(x)))\n"
    "        if np.abs(dx) < eps * np.abs(x):\n"
    "            return x",
    "x = newton(f, df, 1.0 + 1.0j)",
    "x = newton(f, df, -1.0 + 0.5j)",
    "[float(np.abs(complex(0.1 * k, 0.37 - 0.05 * k))).hex() for k in range(8)]",
    "[float(abs(np.complex128(complex(0.1 * k, 0.37 - 0.05 * k)))).hex() for k in range(8)]",
]

CONDITION_NUMBERS = [
    "for N in range(1, 12):\n"
    "    x = np.linspace(-1.0, +1.0, N+1)\n"
    "    V = np.zeros((N+1, N+1))\n"
    "    for j in range(0, N+1):\n"
    "        V[j][:] = x**j\n"
    "    print('%8d %20.8e' % (N, np.linalg.cond(V.T)))",
    "M = np.array([[4., 1, 2], [1, 3, 0], [2, 0, 5]])",
    "np.linalg.svd(M, compute_uv=False)",
    "'%.8e' % np.linalg.cond(M)",
    "'%.8e' % np.linalg.cond(M, 2)",
    "'%.8e' % np.linalg.cond(M, -2)",
    "np.linalg.svd(np.vander(np.linspace(0, 1, 5)), compute_uv=False)",
    "np.linalg.eigvalsh(np.array([[2., 1, 0], [1, 2, 1], [0, 1, 2]]))",
]

FIXTURES = [
    ("360-session37-strided-vector-dots",
     "np.dot, @, np.inner and np.vdot of vectors with a step: OpenBLAS's strided ddot order; reversed vectors",
     STRIDED_VECTOR_DOTS),
    ("361-session37-complex-abs-ufunc-and-scalar",
     "np.abs of complex scalars by the ufunc's SIMD loop, abs() of a NumPy complex scalar by hypot",
     COMPLEX_ABS_UFUNC),
    ("362-session37-condition-numbers-below-1e5",
     "np.linalg.cond below 1e5 with nine significant digits, and singular values above 1e-5 of the largest",
     CONDITION_NUMBERS),
]


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), sys.version
    # The transcript tests follow OpenBLAS's AVX-512 (SkylakeX) kernel orders; a machine that pins another kernel set
    # (OPENBLAS_CORETYPE=Haswell) records with SkylakeX's instead (it needs AVX-512).
    if os.environ.get("OPENBLAS_CORETYPE", "SkylakeX") != "SkylakeX":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, OPENBLAS_CORETYPE="SkylakeX"))
    for name, description, statements in FIXTURES:
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
