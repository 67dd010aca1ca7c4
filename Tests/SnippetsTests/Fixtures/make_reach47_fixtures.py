#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4 prints for the statements session 47's reach probe (reach47) found docbuild
getting wrong or refusing in published NumPy teaching code nobody here had tuned on (Duke STA 663, Stanford CME 193,
a NumPy workshop), and for the probes written around each fix.

Run: `python3 Tests/SnippetsTests/Fixtures/make_reach47_fixtures.py` (Python 3.11, numpy 2.4). It rewrites the
`interpreter/495-*` to `499-*` fixtures; rerunning gives identical bytes.

495: Markov chains by eigenvectors. The eigenvectors of a stochastic matrix's transpose other than the stationary one
sum to zero, and `V[:, 2:] / V[:, 2:].sum()` scaled LAPACK's rounding noise up to 1e14, which docbuild printed as its
own noise (refused since, `Reach47RefusalTests`); the stationary distribution, whose sum is no noise, is answered, with
the matrix powers and the eigenvalues beside it; and comparisons and signs of decompositions' results that no noise
decides (`V.sum(axis=0) > 0` and `np.sign` of noise printed docbuild's side of zero; refused since).
496: the legacy `np.random.geometric` and `np.random.negative_binomial` (STA 663's random variables; docbuild refused
them, and every draw of the global stream after them): the search below p = 1/3 and the legacy inversion above it,
negative binomial draws as Poisson draws of legacy gamma means, on the global state and on `RandomState` objects,
with NumPy's errors for parameters out of range and for text that is no number (which docbuild answered with the
TypeError NumPy gives for numeric text, for every legacy sampler).
497: `np.random.permutation` of a list of str or a string array (STA 663's NumPy notebook; refused before, and every
draw after it), on the global state, a `RandomState` and a Generator; and a masked array's `sum(axis=)` and
`count(axis=)` (refused before): the data filled with zeros, lines whose every element is masked masked, a 0-d count
array for an unmasked array counted whole.
498: classes defining `__float__` (CME 193's Rational class; refused at its class statement before): float(), math's
functions of reals and `math.fsum`, complex() (which docbuild refused for `fractions.Fraction` too, raising a
TypeError CPython does not), %-formatting, `array.array('d', ...)`, a float subclass returned, a non-float returned,
and the TypeErrors of the conversions that never call it (int(), round(), format specs, arithmetic).
499: `np.zeros_like`, `np.ones_like`, `np.full_like` and `np.empty_like` with `shape=` (the NumPy workshop's array
creation; refused before): the prototype's dtype in a shape of its own, None keeping the prototype's, NumPy's errors
for negative and non-integer extents; and a Generator's `bit_generator` (the workshop's random-generator notebook,
whose every later draw was refused after it): one PCG64 object per Generator, its `seed_seq`, and its `state` as the
draws move it, the buffered half word of 32-bit draws (`has_uint32`, `uinteger`) included.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_reach47_fixtures.py"

MARKOV = [
    "A = np.array([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.04, 0.01, 0.95]])",
    "x = np.array([300000, 300000, 300000]).reshape(-1, 1)",
    "x.T @ A",
    "x.T @ A @ A",
    "x.T @ np.linalg.matrix_power(A, 100)",
    "E, V = np.linalg.eig(A.T)",
    "E",
    "p = V[:, :1] / V[:, :1].sum()",
    "p",
    "p * x.sum()",
    "V[:, 0] / V[:, 0].sum()",
    "np.round(V[:, 0] / V[:, 0].sum(), 4)",
    "E / E.sum()",
    "M = np.array([[0.5, 0.25, 0.25], [0.5, 0.0, 0.5], [0.25, 0.25, 0.5]])",
    "w, U = np.linalg.eig(M.T)",
    "k = np.argmin(np.abs(w - 1))",
    "U[:, k] / U[:, k].sum()",
    "np.linalg.matrix_power(M, 50)[0]",
    "E > 0, E > 0.8, np.abs(V.sum(axis=0)) < 1e-10, np.isclose(V.sum(axis=0), 0)",
    "V[:, 0] > 0, np.sign(V[:, 0]), np.sign(E - 0.8)",
    "S = np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]])",
    "w, U = np.linalg.eigh(S)",
    "w > 0, np.all(w > 0), U[:, 0] > 0, np.allclose(U @ U.T, np.eye(3))",
    "L = np.array([[1.0, -1.0, 0.0, 0.0], [-1.0, 2.0, -1.0, 0.0], [0.0, -1.0, 2.0, -1.0], [0.0, 0.0, -1.0, 1.0]])",
    "lw, lv = np.linalg.eigh(L)",
    "lw > 1e-10, lv[:, 1] > 0, np.sign(lv[:, 1])",
    "s = np.linalg.svd(np.array([[1.0, 2.0], [3.0, 4.0]]), compute_uv=False)",
    "s > 1e-10, np.sum(s > 1e-10)",
    "Q, R = np.linalg.qr(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))",
    "np.diag(R) < 0, Q.sum(axis=0) > 0",
    "np.linalg.solve(np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([3.0, 5.0])) > 0",
    "np.linalg.inv(np.array([[2.0, 1.0], [1.0, 3.0]])) > 0",
]

GEOMETRIC = [
    "np.random.seed(0); np.random.geometric(p=0.6, size=(10,))",
    "np.random.seed(0); np.random.negative_binomial(n=10, p=0.6, size=(10,))",
    "np.random.seed(1); np.random.geometric(0.2, 8), np.random.rand()",
    "np.random.seed(1); np.random.geometric(1 / 3, 8), np.random.geometric(0.3333333333333333, 8)",
    "np.random.seed(2); np.random.geometric(0.01, (2, 3)), np.random.geometric(1e-5, 3)",
    "np.random.seed(2); np.random.geometric(0.999, 5), np.random.geometric(1.0, 3), np.random.geometric(True)",
    "np.random.seed(3); np.random.geometric(0.5), type(np.random.geometric(0.5)), np.random.geometric(0.5, None)",
    "np.random.seed(3); np.random.geometric(np.float32(0.25), 4), np.random.geometric(np.array(0.75))",
    "np.random.seed(4); np.random.geometric(0.3, size=0), np.random.geometric(0.3, (2, 0))",
    "np.random.seed(5); np.random.negative_binomial(1, 0.5, 6), np.random.randn()",
    "np.random.seed(5); np.random.negative_binomial(3.5, 0.2, (2, 4))",
    "np.random.seed(6); np.random.negative_binomial(0.3, 0.9, 6), np.random.negative_binomial(1e-3, 0.5, 4)",
    "np.random.seed(6); np.random.negative_binomial(100, 0.05, 4), np.random.negative_binomial(7, 1.0, 3)",
    "np.random.seed(7); np.random.negative_binomial(2, 0.25), type(np.random.negative_binomial(2, 0.25))",
    "np.random.seed(7); np.random.negative_binomial(float('nan'), 0.5), np.random.rand()",
    "rs = np.random.RandomState(3); rs.geometric(0.1, 3), rs.negative_binomial(2, 0.25, 3), rs.rand()",
    "rs = np.random.RandomState(11); rs.geometric(p=0.45, size=(2, 2)), rs.negative_binomial(n=5, p=0.5, size=3)",
    "np.random.geometric(0)",
    "np.random.geometric(-0.1)",
    "np.random.geometric(1.5)",
    "np.random.geometric(float('nan'))",
    "np.random.geometric(0, size=0)",
    "np.random.negative_binomial(0, 0.5)",
    "np.random.negative_binomial(-1, 0.5)",
    "np.random.negative_binomial(0, 1.5, size=0)",
    "np.random.negative_binomial(1, 1.5)",
    "np.random.negative_binomial(1, -0.5)",
    "np.random.negative_binomial(1, float('nan'))",
    "np.random.geometric()",
    "np.random.negative_binomial(5)",
    "np.random.geometric(0.5, 3, 4)",
    "np.random.geometric(None)",
    "np.random.negative_binomial(3, None)",
    "np.random.negative_binomial(5, 0.5, size=3.0)",
    "np.random.geometric('a')",
    "np.random.negative_binomial('a', 0.5)",
    "np.random.negative_binomial(3, 'nan')",
    "np.random.poisson('a')",
    "np.random.poisson('3')",
    "np.random.normal('a')",
    "np.random.normal(' 3 ')",
    "np.random.zipf('x')",
    "np.random.exponential('')",
    "np.random.beta('a', 1)",
    "np.random.gamma('1_000')",
    "np.random.binomial(3, 'a')",
    "np.random.uniform(0, 'b')",
    "np.random.laplace('0x10')",
    "np.random.RandomState(0).geometric('a')",
]

PERMUTATIONS_AND_MASKED_SUMS = [
    "np.random.seed(0); x = np.random.permutation(list('ABCDEF')); x",
    "np.random.choice(x, 3)",
    "np.random.seed(0); np.random.permutation(['a', 'bb', 'c']), np.random.rand()",
    "np.random.seed(1); np.random.permutation(np.array(['x', 'yy', 'zzz', 'w']))",
    "np.random.seed(1); np.random.permutation(np.array([['a', 'b'], ['c', 'd'], ['e', 'f']]))",
    "np.random.seed(2); np.random.permutation(('p', 'q', 'r'))",
    "np.random.seed(3); np.random.permutation(np.array(['a'])), np.random.permutation(np.array([], dtype='<U1'))",
    "np.random.default_rng(5).permutation(list('ABCDEF'))",
    "np.random.default_rng(5).permutation(np.array([['a', 'b'], ['c', 'd'], ['e', 'f']]))",
    "rs = np.random.RandomState(7); rs.permutation(['u', 'v', 'w', 'x']), rs.permutation(4)",
    "m = np.ma.array(np.arange(20).reshape(4, 5), mask=(np.arange(20).reshape(4, 5) % 2 == 0))",
    "m.sum(axis=0)",
    "m.sum(axis=1)",
    "m.sum(axis=0).data",
    "m.sum(axis=1).data",
    "m.sum(0), m.sum(axis=-1)",
    "m.sum(axis=2)",
    "m.count(axis=0), m.count(axis=1), m.count(0)",
    "m2 = np.ma.array([[1.0, 2.0], [3.0, 4.0]], mask=[[True, True], [False, True]])",
    "m2.sum(axis=0)",
    "m2.sum(axis=1)",
    "m2.count(axis=0)",
    "m3 = np.ma.array([1, 2, 3])",
    "m3.sum(axis=0), m3.count(axis=0)",
    "np.ma.array([[1, 2], [3, 4]]).sum(axis=0)",
    "np.ma.array([[1, 2], [3, 4]]).count(axis=1)",
    "np.ma.array([1, 2, 3], mask=[True, True, True]).sum(axis=0)",
    "np.ma.array([1, 2, 3], mask=[True, False, True]).sum(axis=0)",
    "np.ma.array([1, 2, 3], mask=[True, False, True]).count(axis=0)",
    "np.ma.array([[1.5, 2], [3, 4]], mask=[[0, 1], [0, 0]]).sum(axis=1).fill_value",
    "np.ma.masked_where(np.arange(6).reshape(2, 3) > 3, np.arange(6).reshape(2, 3)).sum(axis=0)",
    "np.ma.array(np.zeros((0, 3)), mask=np.zeros((0, 3), dtype=bool)).sum(axis=0)",
    "np.ma.array(np.arange(6).reshape(2, 3), mask=[[1, 0, 0], [0, 0, 1]]).count(axis=-1)",
]

RATIONAL = (
    "class Rational:\n"
    "    def __init__(self, p, q=1):\n"
    "        g = gcd(p, q)\n"
    "        self.p = p // g\n"
    "        self.q = q // g\n"
    "    def __float__(self):\n"
    "        return self.p / self.q\n"
    "    def __str__(self):\n"
    "        return f'{self.p}/{self.q}'\n"
    "    def __repr__(self):\n"
    "        return f'Rational({self.p}, {self.q})'\n"
    "    def __add__(self, other):\n"
    "        if isinstance(other, Rational):\n"
    "            return Rational(self.p * other.q + other.p * self.q, self.q * other.q)\n"
    "        elif isinstance(other, int):\n"
    "            return Rational(self.p + other * self.q, self.q)\n"
    "        return float(self) + float(other)\n"
    "    def __radd__(self, other):\n"
    "        return self + other\n"
    "    def __mul__(self, other):\n"
    "        if isinstance(other, Rational):\n"
    "            return Rational(self.p * other.p, self.q * other.q)\n"
    "        return float(self) * float(other)\n"
    "    __rmul__ = __mul__\n"
    "    def __lt__(self, other):\n"
    "        return float(self) < float(other)"
)

FLOAT_CLASSES = [
    "from math import gcd",
    "import math",
    "import array",
    "from fractions import Fraction",
    RATIONAL,
    "a = Rational(1, 3)",
    "b = Rational(2, 5)",
    "a + b, a + 1, a + 0.5, 0.5 + a",
    "a * b, a * 2.5, 2.5 * a",
    "sum([a, b, Rational(1, 6)], Rational(0)), sum([a, b])",
    "sorted([b, a, Rational(1, 7)]), max([a, b])",
    "float(a + b), '%.4f' % (a + b), f'{float(a):.5f}'",
    "print(a, b, a + b)",
    "math.sqrt(a), math.exp(b), math.fsum([a, b, 0.1]), math.isclose(a, 1/3), math.floor(b)",
    "complex(a), complex(a, b), complex(1, a), complex(Fraction(1, 3)), complex(Fraction(1, 2), Fraction(1, 4))",
    "[float(Rational(i, 7)) for i in range(4)]",
    "a + np.float64(1.5), np.float64(1.5) + a, a * np.float64(2)",
    "np.sqrt(float(a)), np.array([float(x) for x in [a, b]])",
    "float(a) == 1/3, round(float(a), 3), int(float(b) * 10)",
    "'%f' % a, '%.3e' % a, '%g' % b, '%s and %r' % (a, b)",
    "'%d' % a",
    "'%x' % a",
    "'%c' % a",
    "array.array('d', [a, b, 0.5])",
    "array.array('f', [a])",
    "array.array('d', ['0.5'])",
    "array.array('d', [1j])",
    "int(a)",
    "round(a)",
    "f'{a}', format(a, '')",
    "f'{a:.2f}'",
    "abs(a)",
    "a - 1",
    "bool(a)",
    "class Bad:\n    def __float__(self):\n        return 1",
    "float(Bad())",
    "math.sqrt(Bad())",
    "'%f' % Bad()",
    "complex(Bad())",
    "array.array('d', [Bad()])",
    "class Sub(float):\n    pass",
    "class Ret:\n    def __float__(self):\n        return Sub(1.5)",
    "float(Ret()), type(float(Ret())), math.sqrt(Ret())",
    "class Plain:\n    pass",
    "float(Plain())",
    "complex(Plain())",
    "'%f' % Plain()",
    "array.array('d', [Plain()])",
]

LIKE_SHAPES = [
    "a = np.arange(6).reshape(2, 3)",
    "np.zeros_like(a, bool, shape=(2, 2))",
    "np.ones_like(np.ones((2, 3)), shape=3)",
    "np.ones_like(a, shape=(3, 1), dtype=float)",
    "np.full_like(np.arange(3), 7, shape=(2, 2))",
    "np.full_like(a, 2.5, shape=4)",
    "np.full_like(a, 2.5, float, shape=[2])",
    "np.zeros_like(a, shape=None)",
    "np.zeros_like(a, shape=())",
    "np.zeros_like(a, shape=-1)",
    "np.zeros_like(a, shape=(2, -1))",
    "np.ones_like(a, shape='a')",
    "np.zeros_like(a, shape=2.0)",
    "np.full_like(a, None, shape=(0,))",
    "np.full_like(a, 1, shape=(0, 2))",
    "x = np.empty_like(a, shape=(2, 2)); x[...] = 3; x",
    "np.zeros_like([1, 2, 3], shape=2)",
    "np.zeros_like(5, shape=(2,))",
]

BIT_GENERATORS = [
    "rng = np.random.default_rng(42)",
    "seed_seq = rng.bit_generator.seed_seq",
    "state = rng.bit_generator.state",
    "print(f'seed_seq : {seed_seq}')",
    "print(f'state    : {state}')",
    "rng.bit_generator is rng.bit_generator, type(rng.bit_generator).__name__",
    "rng.integers(0, 10, 5), rng.bit_generator.state",
    "rng.integers(0, 10, 3, dtype=np.int32), rng.bit_generator.state",
    "rng.integers(0, 10, 1, dtype=np.int32), rng.bit_generator.state",
    "rng.random(2), rng.bit_generator.state['state']['state'], rng.bit_generator.seed_seq.entropy",
    "np.random.default_rng([1, 2]).bit_generator.seed_seq",
    "np.random.default_rng(2**70).bit_generator.seed_seq",
    "np.random.default_rng(0).bit_generator.state",
    "ss = np.random.SeedSequence(7); g = np.random.default_rng(ss); g.bit_generator.seed_seq is ss",
    "g.random(), g.bit_generator.state",
    "bg = np.random.PCG64(5); g2 = np.random.Generator(bg); g2.bit_generator is bg",
    "g2.normal(size=3), g2.bit_generator.state",
    "np.random.default_rng(np.random.PCG64(9)).bit_generator.state",
]

FIXTURES = {
    "495-reach47-markov-chain-stationary-distributions": (
        "Markov chains by matrix powers and by the eigenvector of eigenvalue 1 divided by its sum.",
        ["import numpy as np"] + MARKOV,
    ),
    "496-reach47-legacy-geometric-and-negative-binomial": (
        "the legacy np.random.geometric and np.random.negative_binomial on the global state and RandomState objects, "
        "their errors, and the legacy samplers' errors for str parameters.",
        ["import numpy as np"] + GEOMETRIC,
    ),
    "497-reach47-string-permutations-and-masked-axis-sums": (
        "np.random.permutation of str lists and string arrays; a masked array's sum(axis=) and count(axis=).",
        ["import numpy as np"] + PERMUTATIONS_AND_MASKED_SUMS,
    ),
    "498-reach47-classes-defining-float": (
        "classes defining __float__ read by float(), complex(), math, %-formatting and array.array, and the "
        "conversions that never call it.",
        ["import numpy as np"] + FLOAT_CLASSES,
    ),
    "499-reach47-like-shapes-and-bit-generator-states": (
        "np.zeros_like, np.ones_like, np.full_like and np.empty_like given shape=; a Generator's bit_generator, its "
        "seed_seq and state.",
        ["import numpy as np"] + LIKE_SHAPES + BIT_GENERATORS,
    ),
}

if __name__ == "__main__":
    for name, (description, lines) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, lines)
