#!/usr/bin/env python3
"""Writes the transcripts of the tutorial reach beyond autograd's core from SciPy, autograd and matplotlib themselves.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach_fixtures.py` (Python 3.11+, numpy 2.4, `pip install autograd`
(1.9), scipy 1.17, matplotlib 3.11). It rewrites `interpreter/40-scipy-stats-and-axis.txt` and `41-bytes-constructors.txt`;
rerunning gives identical bytes. Each statement runs as the interactive REPL runs it (make_interpreter_fixtures.run_single), in one namespace
that holds only `np`, as a snippet starts. `autograd.scipy.stats.norm` is SciPy's own `scipy.stats.norm` (values) with
autograd's VJPs (gradients); `plt.axis` is matplotlib's (Agg backend, nothing drawn).
"""

import pathlib
import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
from make_interpreter_fixtures import prompted, run_single  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent
OUTPUT = HERE / "interpreter" / "40-scipy-stats-and-axis.txt"

# Inputs across Cephes' branches of ndtr: |x|/sqrt(2) below 1 (erf), 1 to 8 (erfc's P/Q), above 8 (R/S), past the
# underflow of exp(-x*x) (MAXLOG), and the edges (0, infinities, NaN).
POINTS = [
    "0.0", "0.3", "-0.3", "1.0", "-1.0", "1.4142135623730951", "1.4142135623730950", "-1.4142135623730951", "2.5",
    "-2.5", "5.0", "-5.0", "8.0", "-8.0", "11.313708498984761", "-11.313708498984761", "12.0", "-12.0", "20.0",
    "-20.0", "30.0", "-30.0", "37.5", "-37.5", "38.0", "-38.0", "40.0", "-40.0", "1e-300", "-1e-10", "np.inf",
    "-np.inf", "np.nan",
]

STATEMENTS = (
    [
        "import autograd.numpy as np", "from autograd import grad, value_and_grad, elementwise_grad",
        "from autograd.scipy.stats import norm", "import autograd.scipy.stats as stats",
        "import autograd.scipy.stats.norm as norm2", "import autograd.scipy.stats.multivariate_normal as mvn",
        "from autograd.scipy.stats import t, poisson, beta, gamma, dirichlet, chi2",
        "from autograd.scipy import stats as stats2", "import autograd.numpy.linalg as la",
        "from autograd.numpy.linalg import solve", "solve(np.eye(2) * 2.0, np.ones(2))", "la.det(np.eye(3) * 2.0)",
        "from mpl_toolkits.mplot3d import Axes3D",
    ]
    + [f"norm.cdf({p})" for p in POINTS]
    + [f"norm.sf({p})" for p in POINTS[::3]]
    + [f"norm.pdf({p})" for p in POINTS[::2]]
    + [f"norm.logpdf({p})" for p in POINTS[::2]]
    + [
        "x = np.linspace(-9, 9, 37)", "norm.cdf(x)", "norm.sf(x)", "norm.pdf(x)", "norm.logpdf(x)",
        "norm.cdf(x, 1.5, 2.0)", "norm.pdf(x, loc=-1.0, scale=0.5)", "norm.logpdf(x, 0.25, 3.0)",
        "norm.sf(x, scale=4.0)", "stats.norm.cdf(np.array([[0.5, 1.5], [-2.5, 3.5]]))",
        "norm2.pdf(np.arange(4))", "norm.cdf([0, 1, 2])", "norm.pdf((0.5, -0.5))", "norm.logpdf(3)",
        "norm.cdf(np.array([0.0, 1.0]), np.array([[0.0], [1.0]]), 2.0)",
        "norm.pdf(np.ones((2, 3)), np.zeros(3), np.array([1.0, 2.0, 4.0]))",
        "norm.pdf(1.0, 0.0, 0.0)", "norm.pdf(1.0, 0.0, -1.0)", "norm.logpdf(1.0, 0.0, -1.0)", "norm.cdf(1.0, 0.0, 0.0)",
        "norm.sf(1.0, 0.0, -2.0)", "norm.cdf(np.array([1.0, np.nan, np.inf, -np.inf]), 0.0, np.array([1.0, 1.0, 0.0, 1.0]))",
        "norm.logpdf(np.array([np.inf, -np.inf, np.nan]))", "norm.pdf(np.array([np.inf, -np.inf, np.nan]))",
        "norm.sf(np.array([np.inf, -np.inf, np.nan]))", "norm.cdf(np.array(0.5))", "norm.pdf(np.float64(0.25))",
        "norm.cdf(np.float32(0.5))", "norm.pdf(True)", "norm.logpdf(np.arange(6).reshape(2, 3), 2, 3)",
        "type(norm.cdf(0.5))", "norm.cdf(np.zeros(0))", "norm.pdf(np.zeros((0, 2)))",
        # autograd's VJPs through each argument, with broadcasting summed back.
        "grad(norm.pdf)(0.5)", "grad(norm.cdf)(0.5)", "grad(norm.sf)(-1.25)", "grad(norm.logpdf)(2.0)",
        "elementwise_grad(norm.cdf)(x)", "elementwise_grad(norm.pdf)(x)", "elementwise_grad(norm.logpdf)(x)",
        "elementwise_grad(norm.sf)(np.array([-3.0, 0.0, 3.0]))",
        "grad(norm.pdf, 1)(0.5, 1.0, 2.0)", "grad(norm.pdf, 2)(0.5, 1.0, 2.0)", "grad(norm.cdf, 1)(0.5, 1.0, 2.0)",
        "grad(norm.cdf, 2)(0.5, 1.0, 2.0)", "grad(norm.logpdf, 1)(0.5, 1.0, 2.0)", "grad(norm.logpdf, 2)(0.5, 1.0, 2.0)",
        "grad(norm.sf, 1)(0.5, 1.0, 2.0)", "grad(norm.sf, 2)(0.5, 1.0, 2.0)",
        "def loglik(params, data):\n    mu, log_sigma = params[0], params[1]\n"
        "    return np.sum(norm.logpdf(data, mu, np.exp(log_sigma)))",
        "data = np.array([0.3, -1.2, 2.5, 0.8, 1.1])", "loglik(np.array([0.5, 0.1]), data)",
        "grad(loglik)(np.array([0.5, 0.1]), data)", "value_and_grad(loglik)(np.array([0.0, 0.0]), data)",
        "params = np.array([0.0, 0.0])",
        "for i in range(5):\n    params = params + 0.05 * grad(loglik)(params, data)\n    print(i, loglik(params, data))",
        "grad(lambda m: np.sum(norm.cdf(data, m, 1.5)))(0.2)",
        "grad(lambda s: np.sum(norm.pdf(data, 0.5, s)))(np.array([1.0, 2.0, 0.5, 1.5, 3.0]))",
        "grad(lambda mu: np.sum(norm.logpdf(np.ones((3, 2)), mu, 2.0)))(np.array([[0.5], [1.0], [1.5]]))",
        "grad(lambda sc: np.sum(norm.cdf(np.ones((3, 2)), 0.0, sc)))(np.array([1.0, 2.0]))",
        "grad(lambda x: norm.cdf(x) * norm.pdf(x))(0.75)",
        "def neg_entropy_bound(mean, log_std):\n    samples = mean + np.exp(log_std) * np.linspace(-2, 2, 5)\n"
        "    return np.mean(norm.logpdf(samples, 1.0, 0.5)) + log_std",
        "grad(neg_entropy_bound)(0.3, -0.2)", "grad(neg_entropy_bound, 1)(0.3, -0.2)",
        # poisson and gamma: Cephes' lgam (gammaln) and the C library's log through SciPy's xlogy.
        "k = np.arange(0, 12)", "poisson.logpmf(k, 3.5)", "poisson.pmf(k, 3.5)", "poisson.logpmf(3, 0.0)",
        "poisson.logpmf(0, 0.0)", "poisson.pmf(np.array([0, 1, 2]), np.array([[0.5], [2.0], [40.0]]))",
        "poisson.logpmf(np.array([2.5, -1, 3, np.nan, 200, 1000]), 7.25)", "poisson.pmf(5, -1.0)",
        "poisson.logpmf(np.arange(0, 400, 37), 150.0)", "poisson.logpmf(4, 2.0, loc=1)", "poisson.pmf(3, np.nan)",
        "poisson.logpmf(np.array([10, 20, 30]), np.array([1e-3, 1e3, 12.5]))", "poisson.pmf(2.0, 1.5)",
        "grad(poisson.logpmf, 1)(3, 2.5)", "grad(poisson.pmf, 1)(3, 2.5)",
        "grad(lambda mu: np.sum(poisson.logpmf(k, mu)))(4.0)",
        "grad(lambda mu: np.sum(poisson.logpmf(np.array([1, 4, 2.5]), mu)))(np.array([2.0, 3.0, 1.0]))",
        "gamma.logpdf(np.linspace(0, 10, 11), 2.5)", "gamma.pdf(np.linspace(0, 10, 11), 2.5)",
        "gamma.logpdf(2.0, np.array([0.5, 1.0, 3.0, 14.5, 25.0, 1500.0]))", "gamma.pdf(0.0, 1.0)", "gamma.pdf(0.0, 0.5)",
        "gamma.logpdf(np.array([-1.0, np.inf, np.nan]), 2.0)", "gamma.logpdf(1.0, -2.0)", "gamma.pdf(3.0, 2.0, 1.0, 2.0)",
        "gamma.logpdf(np.array([0.1, 1.0, 30.0]), 0.25, scale=3.0)", "gamma.pdf(1e-5, 0.01)",
        "grad(gamma.logpdf)(1.5, 3.0)", "grad(gamma.pdf)(1.5, 3.0)",
        "elementwise_grad(gamma.logpdf)(np.array([0.5, 2.0, 7.5]), 4.0)",
        # autograd.scipy.special.gammaln: Cephes' lgam, every branch (x < 13 by recurrence, Stirling's series, x >= 1000).
        "from autograd.scipy.special import gammaln",
        "gammaln(np.array([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 7.25, 12.99, 13.0, 50.5, 999.0, 1000.0, 1e5, 1e9, 1e306]))",
        "gammaln(np.array([-0.5, -1.5, -2.5, -10.25, -33.5, 0.0, -1.0, np.inf, -np.inf, np.nan]))", "gammaln(5)",
        "gammaln(1e-300)", "gammaln(np.arange(1, 30).reshape(4, 7) / 3.0)",
        # Every digit: Python floats print shortest round-trip reprs.
        "[float(v) for v in gammaln(np.linspace(-33.9, 60.3, 29))]",
        "[float(v) for v in norm.cdf(np.linspace(-38.5, 9.5, 33))]",
        "[float(v) for v in norm.sf(np.linspace(-3, 30, 23))]",
        "[float(v) for v in poisson.logpmf(np.arange(0, 60, 3), 17.3)]",
        "[float(v) for v in gamma.logpdf(np.linspace(0.05, 20, 17), 3.7, scale=1.3)]",
        "def negbin_loglike(r, p, x):\n    return gammaln(r + x) - gammaln(r) - gammaln(x + 1) + x * np.log(p) + r * np.log(1 - p)",
        "negbin_loglike(3.5, 0.4, np.arange(6))", "np.sum(negbin_loglike(2.0, 0.25, np.array([0, 3, 7, 12])))",
        # matplotlib's axis: its return value and its errors.
        "import matplotlib.pyplot as plt", "plt.xlim([-10, 10])", "plt.ylim([-1.2, 1.2])", "plt.axis('off')",
        "plt.axis('on')", "plt.axis()", "plt.axis([0, 2, -1, 1])", "plt.axis((0.5, 1.5, 2.5, 3.5))",
        "plt.axis(xmin=-3)", "plt.axis(ymax=7.5)", "plt.axis(False)", "plt.axis(True)", "plt.axis('OFF')",
        "plt.axis('sideways')", "plt.axis([0, 1, 2])", "plt.axis(np.array([1.0, 2.0, 3.0, 4.0]))", "plt.close()",
        "fig, ax = plt.subplots()", "_ = ax.plot([1, 2, 3], [4, 1, 9])", "ax.axis('off')", "ax.axis([0, 4, 0, 10])",
        "ax.axis()", "ax.get_xlim()", "plt.close('all')", "_ = plt.plot(np.sin(np.linspace(0, 6, 50)))",
        "plt.axis('off')", "plt.title('hidden axes')", "plt.axis()", "plt.close()",
        "_ = plt.scatter([1, 5, 2], [0.5, -3, 8])", "plt.axis(ymin=-10)", "plt.close()",
    ]
)

BYTES = [
    "bytes()", "bytes(0)", "bytes(4)", "bytes(-1)", "bytes([0, 1, 3, 2])", "bytes((65, 66, 67))", "bytes(range(5))",
    "bytes(range(60, 70))", "bytes([True, False])", "bytes([np.int64(7), np.uint8(255)])", "bytes([256])",
    "bytes([-1])", "bytes([1.5])", "bytes(['a'])", "bytes([2 ** 70])", "bytes(3.0)", "bytes(None)", "bytes('abc')",
    "bytes('abc', 'utf-8')", "bytes('h\u00e9', 'utf-8')", "bytes('h\u00e9', 'ascii')", "bytes('abc', encoding='ascii')",
    "bytes(3, 'utf-8')", "bytes([1, 2], 'utf-8')", "bytes(b'xyz')", "bytes(True)", "bytes(False)",
    "b = bytes([104, 105, 0, 255, 10])", "b", "len(b)", "b[0]", "b[-1]", "b[1:3]", "b[::-1]", "b[9]", "b.hex()",
    "b.hex(':')", "b.hex('-')", "b.hex(b' ')", "b.hex('ab')", "b.hex(3)", "b.hex(':', 1)", r"b'\x00\xffab'.hex()",
    "bytes(range(256)).hex()[:40]", "bytes.fromhex('00ff6162')", "bytes.fromhex('de ad be ef')",
    "bytes.fromhex(' 01 02')", "bytes.fromhex('ABCDEF')", "bytes.fromhex('')", "bytes.fromhex('abc')",
    "bytes.fromhex('a b')", "bytes.fromhex('0g')", "bytes.fromhex('zz')", "bytes.fromhex('1 2 3 ')",
    "bytes.fromhex(b'00')", "bytes.fromhex('68 c3 a9').decode('utf-8')", "bytes.fromhex(b.hex()) == b",
    "bytes([104, 105]).decode()", "bytes([104, 105]) + b'!'", "bytes(2) * 3", r"bytes(3) == b'\x00\x00\x00'",
    "bytes.fromhex('0a0b')[1]",
    "def checksum(data):\n    return sum(data[i] for i in range(len(data))) % 256",
    "checksum(bytes(range(100)))", "checksum('abc'.encode())",
]


def write(path, title, statements):
    namespace = {"np": np, "__name__": "__main__"}
    lines = [title]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for statement in statements:
            lines.extend(prompted(statement))
            output = run_single(statement, namespace)
            lines.extend(line.rstrip() for line in output.splitlines())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    write(
        OUTPUT,
        "# 40-scipy-stats-and-axis: generated by make_reach_fixtures.py from Python, NumPy "
        f"{np.__version__}, SciPy, autograd and matplotlib {matplotlib.__version__}.",
        STATEMENTS,
    )
    write(
        HERE / "interpreter" / "41-bytes-constructors.txt",
        "# 41-bytes-constructors: generated by make_reach_fixtures.py from Python and NumPy " f"{np.__version__}.",
        BYTES,
    )


if __name__ == "__main__":
    main()
