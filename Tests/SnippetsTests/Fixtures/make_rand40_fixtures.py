#!/usr/bin/env python3
"""Writes what CPython 3.11 with NumPy 2.4.6 prints for the Generator samplers of session 40 (rand40, issue 10).

Run: `python3 Tests/SnippetsTests/Fixtures/make_rand40_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
`interpreter/393-*` to `396-*` fixtures; rerunning gives identical bytes.

393: the Generator's continuous samplers new in session 40 (`standard_t`, `f`, `logistic`, `gumbel`, `weibull`,
`pareto`, `power`, `triangular`, `wald`, `vonmises`, `noncentral_chisquare`, `noncentral_f`) from several seeds,
through each branch of their rejection loops and at the edges of their parameters (0, NaN, infinities, the branch
points of `vonmises`' kappa), with NumPy's scalar checks.

394: the discrete ones (`negative_binomial`, `hypergeometric` by sampling and by HRUA, `zipf`, `logseries`) and the
vector ones (`multinomial`, `dirichlet` with the stick-breaking of small alphas), with their checks; `beta` where a
power underflows (NumPy 2's logarithms) or both parameters are tiny; the legacy module's `beta` (`legacy_beta`).

395: arrays of parameters, which NumPy broadcasts with each other and with `size`, for every sampler of
`GeneratorDistribution` (those above, `normal` and `exponential` to `poisson`) and for `binomial`, with the array
checks' wording (which differs from the scalar one: `contains NaNs`, the order of `poisson`'s two tests), the
iterator's shape-mismatch error and the output-size error; `uniform` and `integers` with arrays of bounds.

396: the streams the new samplers leave behind (a draw after them continues where NumPy's does), keywords, one draw
as a Python float or int, empty sizes, and extreme parameters (infinities, the smallest doubles, zipf's a near 1,
noncentral_chisquare's Poisson count past 2^62, whose doubling NumPy wraps in int64); `standard_normal` and
`standard_exponential` of dtype float32 (NumPy's float32 ziggurats), with draws from their tails and wedges;
`bytes` (little-endian uint32 words, C's division for their count, Python's slice); `choice(..., shuffle=False)`
(Floyd's algorithm without the final shuffle; the tail shuffle from 1/20 of a large population instead of 1/50).
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = "make_rand40_fixtures.py"

SEEDS = [0, 1, 42, 2024]


def each_seed(call, seeds=SEEDS):
    """`call` drawn from a fresh generator of each seed."""
    return [f"np.random.default_rng({seed}).{call}" for seed in seeds]


CONTINUOUS = (
    each_seed("standard_t(5, 6)")
    + each_seed("standard_t(0.5, 5)", [0, 7])
    + ["np.random.default_rng(3).standard_t(1)", "np.random.default_rng(3).standard_t(df=30.0, size=(2, 3))",
       "np.random.default_rng(3).standard_t(np.nan, 2)", "np.random.default_rng(3).standard_t(np.inf, 3)",
       "np.random.default_rng(3).standard_t(0)", "np.random.default_rng(3).standard_t(-1.5, 2)"]
    + each_seed("f(3, 4, 6)")
    + ["np.random.default_rng(5).f(0.5, 0.25, 5)", "np.random.default_rng(5).f(100, 200)",
       "np.random.default_rng(5).f(0, 3)", "np.random.default_rng(5).f(3, 0)", "np.random.default_rng(5).f(3, -2)",
       "np.random.default_rng(5).f(np.nan, 2, 2)"]
    + each_seed("logistic(0, 1, 6)")
    + ["np.random.default_rng(9).logistic()", "np.random.default_rng(9).logistic(10, 2.5, (2, 2))",
       "np.random.default_rng(9).logistic(scale=0, size=3)", "np.random.default_rng(9).logistic(0, -1)",
       "np.random.default_rng(9).logistic(0, -0.0)", "np.random.default_rng(9).logistic(np.nan, np.nan, 2)"]
    + each_seed("gumbel(0, 1, 6)")
    + ["np.random.default_rng(11).gumbel()", "np.random.default_rng(11).gumbel(loc=-3, scale=0.5, size=4)",
       "np.random.default_rng(11).gumbel(0, -2)", "np.random.default_rng(11).gumbel(1, 0, 2)"]
    + each_seed("weibull(1.5, 6)")
    + ["np.random.default_rng(13).weibull(0, 3)", "np.random.default_rng(13).weibull(0.1, 4)",
       "np.random.default_rng(13).weibull(50)", "np.random.default_rng(13).weibull(-1)",
       "np.random.default_rng(13).weibull(np.nan, 2)", "np.random.default_rng(13).weibull(np.inf, 2)"]
    + each_seed("pareto(2.0, 6)")
    + ["np.random.default_rng(17).pareto(0.05, 4)", "np.random.default_rng(17).pareto(1e-3, 3)",
       "np.random.default_rng(17).pareto(0)", "np.random.default_rng(17).pareto(-3)", "np.random.default_rng(17).pareto(5)"]
    + each_seed("power(2.0, 6)")
    + ["np.random.default_rng(19).power(0.2, 4)", "np.random.default_rng(19).power(1)",
       "np.random.default_rng(19).power(0)", "np.random.default_rng(19).power(1e-4, 3)"]
    + each_seed("triangular(-3, 0, 8, 6)")
    + ["np.random.default_rng(23).triangular(0, 0, 1, 4)", "np.random.default_rng(23).triangular(0, 1, 1, 4)",
       "np.random.default_rng(23).triangular(1, 2, 3)", "np.random.default_rng(23).triangular(2, 1, 3)",
       "np.random.default_rng(23).triangular(1, 4, 3)", "np.random.default_rng(23).triangular(2, 2, 2)",
       "np.random.default_rng(23).triangular(left=0, mode=0.25, right=1, size=(2, 2))"]
    + each_seed("wald(1, 2, 6)")
    + ["np.random.default_rng(29).wald(3, 0.1, 4)", "np.random.default_rng(29).wald(0.5, 50)",
       "np.random.default_rng(29).wald(0, 1)", "np.random.default_rng(29).wald(1, 0)",
       "np.random.default_rng(29).wald(1, -1)", "np.random.default_rng(29).wald(np.nan, 1, 2)"]
    + each_seed("vonmises(0, 4, 6)")
    + ["np.random.default_rng(31).vonmises(1.0, 1e-9, 3)", "np.random.default_rng(31).vonmises(2.0, 1e-6, 3)",
       "np.random.default_rng(31).vonmises(-3.0, 0.5, 4)", "np.random.default_rng(31).vonmises(3.0, 2e6, 4)",
       "np.random.default_rng(31).vonmises(-3.1, 5e6, 4)", "np.random.default_rng(31).vonmises(0, 1e6, 3)",
       "np.random.default_rng(31).vonmises(10.0, 3.0, 4)", "np.random.default_rng(31).vonmises(0, 0, 2)",
       "np.random.default_rng(31).vonmises(0, -1)", "np.random.default_rng(31).vonmises(0, np.nan, 2)",
       "np.random.default_rng(31).vonmises(np.pi, 100.0, 4)"]
    + each_seed("noncentral_chisquare(3, 2, 6)")
    + ["np.random.default_rng(37).noncentral_chisquare(0.5, 2, 4)", "np.random.default_rng(37).noncentral_chisquare(1, 40, 4)",
       "np.random.default_rng(37).noncentral_chisquare(3, 0, 3)", "np.random.default_rng(37).noncentral_chisquare(3, np.nan, 2)",
       "np.random.default_rng(37).noncentral_chisquare(0, 1)", "np.random.default_rng(37).noncentral_chisquare(2, -1)",
       "np.random.default_rng(37).noncentral_chisquare(0.25, 1e-3, 4)"]
    + each_seed("noncentral_f(3, 4, 2, 6)")
    + ["np.random.default_rng(41).noncentral_f(0.5, 2, 3, 4)", "np.random.default_rng(41).noncentral_f(3, 4, 0)",
       "np.random.default_rng(41).noncentral_f(0, 4, 1)", "np.random.default_rng(41).noncentral_f(3, 0, 1)",
       "np.random.default_rng(41).noncentral_f(3, 4, -1)"]
    + ["np.random.default_rng(43).logistic(0, 1, -1)",
       "np.random.default_rng(43).standard_t()", "np.random.default_rng(43).triangular(0, 1)"]
)

DISCRETE = (
    each_seed("negative_binomial(5, 0.5, 6)")
    + ["np.random.default_rng(47).negative_binomial(0.5, 0.1, 6)", "np.random.default_rng(47).negative_binomial(1, 1.0, 3)",
       "np.random.default_rng(47).negative_binomial(100, 0.01, 3)", "np.random.default_rng(47).negative_binomial(3, 0.9)",
       "np.random.default_rng(47).negative_binomial(0, 0.5)", "np.random.default_rng(47).negative_binomial(np.nan, 0.5)",
       "np.random.default_rng(47).negative_binomial(5, 0)", "np.random.default_rng(47).negative_binomial(5, 1.5)",
       "np.random.default_rng(47).negative_binomial(1e20, 0.001)", "np.random.default_rng(47).negative_binomial(2.5, 0.3, (2, 3))"]
    + each_seed("hypergeometric(10, 5, 7, 6)")
    + each_seed("hypergeometric(100, 200, 50, 6)")
    + ["np.random.default_rng(53).hypergeometric(1000, 20, 500, 5)", "np.random.default_rng(53).hypergeometric(20, 1000, 600, 5)",
       "np.random.default_rng(53).hypergeometric(5, 5, 10, 3)", "np.random.default_rng(53).hypergeometric(5, 5, 0, 3)",
       "np.random.default_rng(53).hypergeometric(0, 5, 3, 3)", "np.random.default_rng(53).hypergeometric(7, 0, 3)",
       "np.random.default_rng(53).hypergeometric(400, 600, 990, 4)", "np.random.default_rng(53).hypergeometric(10**6, 10**6, 10**5, 4)",
       "np.random.default_rng(53).hypergeometric(5, 5, 30)", "np.random.default_rng(53).hypergeometric(-1, 5, 3)",
       "np.random.default_rng(53).hypergeometric(5, -1, 3)", "np.random.default_rng(53).hypergeometric(5, 5, -3)",
       "np.random.default_rng(53).hypergeometric(10**9, 5, 3)", "np.random.default_rng(53).hypergeometric(True, 5, 3)",
       "np.random.default_rng(53).hypergeometric(np.int64(9), 3, 4, 4)"]
    + each_seed("zipf(2.0, 6)")
    + ["np.random.default_rng(59).zipf(1.1, 6)", "np.random.default_rng(59).zipf(5.5, 4)", "np.random.default_rng(59).zipf(1030, 3)",
       "np.random.default_rng(59).zipf(1.0)", "np.random.default_rng(59).zipf(0.5)", "np.random.default_rng(59).zipf(np.nan)",
       "np.random.default_rng(59).zipf(3)"]
    + each_seed("logseries(0.6, 6)")
    + ["np.random.default_rng(61).logseries(0.99, 6)", "np.random.default_rng(61).logseries(0.0, 3)",
       "np.random.default_rng(61).logseries(1e-9, 3)", "np.random.default_rng(61).logseries(1.0)",
       "np.random.default_rng(61).logseries(-0.1)", "np.random.default_rng(61).logseries(np.nan)",
       "np.random.default_rng(61).logseries(0.999999, 4)"]
    + each_seed("multinomial(20, [0.2, 0.3, 0.5], 3)")
    + ["np.random.default_rng(67).multinomial(10, [0.5, 0.5])", "np.random.default_rng(67).multinomial(0, [0.5, 0.5], 2)",
       "np.random.default_rng(67).multinomial(100, [1/6] * 6, size=(2, 2))", "np.random.default_rng(67).multinomial(5, [1.0])",
       "np.random.default_rng(67).multinomial(5, [0.0, 1.0, 0.0], 2)", "np.random.default_rng(67).multinomial(5, [0.2, 0.3])",
       "np.random.default_rng(67).multinomial(5, [])", "np.random.default_rng(67).multinomial(5, [0.7, 0.7])",
       "np.random.default_rng(67).multinomial(-1, [0.5, 0.5])", "np.random.default_rng(67).multinomial(5, [0.5, np.nan])",
       "np.random.default_rng(67).multinomial(5, [-0.5, 1.5])", "np.random.default_rng(67).multinomial(1000, np.array([0.1, 0.2, 0.7]), 2)"]
    + each_seed("dirichlet([1, 2, 3], 3)")
    + ["np.random.default_rng(71).dirichlet([0.5, 0.5])", "np.random.default_rng(71).dirichlet([0.05, 0.02, 0.08], 3)",
       "np.random.default_rng(71).dirichlet([0.01, 0.0, 0.05], 2)", "np.random.default_rng(71).dirichlet([0.0, 0.0], 2)",
       "np.random.default_rng(71).dirichlet([10.0, 0.01, 2.0], (2, 2))", "np.random.default_rng(71).dirichlet([1, -1])",
       "np.random.default_rng(71).dirichlet([1, np.nan], 2)", "np.random.default_rng(71).dirichlet(np.ones(4), 0)",
       "np.random.default_rng(71).dirichlet(5)", "np.random.default_rng(71).dirichlet([0.09, 0.0001], 3)"]
    + ["np.random.default_rng(3).beta(0.001, 0.5, 6)", "np.random.default_rng(3).beta(0.5, 0.002, 6)",
       "np.random.default_rng(3).beta(1e-104, 1e-104, 4)", "np.random.default_rng(3).beta(1e-200, 5e-104, 4)",
       "np.random.default_rng(4).beta(0.01, 0.01, 6)"]
    + ["np.random.seed(0); np.random.beta(2, 3, 5)", "np.random.seed(1); np.random.beta(0.5, 0.5, 5)",
       "np.random.seed(2); np.random.beta(0.001, 0.5, 6)", "np.random.seed(3); np.random.beta(1e-104, 1e-104, 4)",
       "np.random.seed(4); np.random.beta(a=1.0, b=1.0)", "np.random.RandomState(5).beta(30, 0.2, (2, 2))",
       "r = np.random.RandomState(6); r.beta(0.3, 0.4, 3); r.rand(2)", "np.random.beta(0, 1)",
       "np.random.beta(1, -1)", "np.random.RandomState(7).beta(np.nan, 0.5, 2)"]
)

ARRAYS = [
    "np.random.default_rng(0).standard_t([1, 5, 30])", "np.random.default_rng(0).standard_t([1, 5, 30], size=(2, 3))",
    "np.random.default_rng(0).f([1, 2], [3, 4])", "np.random.default_rng(0).f([[1], [2]], [3, 4])",
    "np.random.default_rng(0).logistic([0, 10, 100], 1)", "np.random.default_rng(0).logistic(0, [1, 2], size=(3, 2))",
    "np.random.default_rng(0).gumbel([0, 1], [[1], [2], [3]])", "np.random.default_rng(0).weibull([0, 1, 2.5])",
    "np.random.default_rng(0).pareto(np.array([1.0, 2.0, 3.0]))", "np.random.default_rng(0).power((0.5, 1, 2))",
    "np.random.default_rng(0).triangular([0, 1], [0.5, 2], [1, 3])", "np.random.default_rng(0).triangular(0, [0.1, 0.9], 1, size=(2, 2))",
    "np.random.default_rng(0).wald([1, 2], [0.5, 4])", "np.random.default_rng(0).vonmises([0, 1, 2], [1e-9, 1.0, 2e6])",
    "np.random.default_rng(0).noncentral_chisquare([0.5, 3], [2, 0])", "np.random.default_rng(0).noncentral_f([3, 0.5], 4, [2, 1])",
    "np.random.default_rng(0).exponential([1, 10, 100])", "np.random.default_rng(0).standard_gamma([0.5, 1, 2.5])",
    "np.random.default_rng(0).gamma([1, 2], [[1], [3]])", "np.random.default_rng(0).chisquare([1, 2, 3], size=(2, 3))",
    "np.random.default_rng(0).beta([0.5, 2], [0.5, 3])", "np.random.default_rng(0).laplace([0, 5], 2)",
    "np.random.default_rng(0).rayleigh([1, 2, 3])", "np.random.default_rng(0).lognormal([0, 1], [0.5, 1])",
    "np.random.default_rng(0).geometric([0.1, 0.5, 0.9])", "np.random.default_rng(0).poisson([0.5, 5, 50, 500])",
    "np.random.default_rng(0).negative_binomial([1, 5], [0.5, 0.9])", "np.random.default_rng(0).zipf([1.5, 2, 3])",
    "np.random.default_rng(0).logseries([0.1, 0.5, 0.9])", "np.random.default_rng(0).poisson(np.arange(4.0).reshape(2, 2))",
    "np.random.default_rng(1).normal([0, 10], 1, size=(2, 2)); np.random.default_rng(1).exponential([1, 2], size=(3, 2))",
    "np.random.default_rng(1).exponential([[1], [2]], size=(2, 3))", "np.random.default_rng(1).exponential([1, 2], size=0)",
    "np.random.default_rng(1).exponential([1, 2], size=(0, 2))", "np.random.default_rng(1).logistic([], 1)",
    "np.random.default_rng(1).exponential([1, 2], size=(3, 1))", "np.random.default_rng(1).exponential([1, 2], size=3)",
    "np.random.default_rng(1).exponential(np.array([[1.0, 2.0]]).T)", "np.random.default_rng(1).exponential(np.array(2.0), 3)",
    "np.random.default_rng(2).exponential([1, -1])", "np.random.default_rng(2).exponential([1, -0.0])",
    "np.random.default_rng(2).exponential([1, np.nan])", "np.random.default_rng(2).standard_t([1, 0])",
    "np.random.default_rng(2).standard_t([1, np.nan])", "np.random.default_rng(2).gamma([1, 2], [1, -1])",
    "np.random.default_rng(2).gamma([-1, 2], [1, -1])", "np.random.default_rng(2).poisson([1, -1])",
    "np.random.default_rng(2).poisson([1, np.nan])", "np.random.default_rng(2).poisson([-1, 1e300])",
    "np.random.default_rng(2).geometric([0.5, 0])", "np.random.default_rng(2).geometric([0.5, np.nan])",
    "np.random.default_rng(2).zipf([2, 1])", "np.random.default_rng(2).zipf([2, np.nan])",
    "np.random.default_rng(2).logseries([0.5, 1])", "np.random.default_rng(2).logseries([0.5, np.nan])",
    "np.random.default_rng(2).negative_binomial([1, np.nan], 0.5)", "np.random.default_rng(2).negative_binomial([1, 0], 0.5)",
    "np.random.default_rng(2).negative_binomial([1, 1e20], [0.5, 0.001])", "np.random.default_rng(2).negative_binomial(1, [0.5, 0])",
    "np.random.default_rng(2).triangular([0, 1], 0.5, 2)", "np.random.default_rng(2).triangular(0, [0.5, 3], 2)",
    "np.random.default_rng(2).triangular([0, 2], [1, 2], [2, 2])", "np.random.default_rng(2).wald([1, 0], 1)",
    "np.random.default_rng(2).vonmises([0, 1], [1, -1])", "np.random.default_rng(2).weibull([1, -0.0])",
    "np.random.default_rng(2).noncentral_chisquare([1, 2], [1, -1])", "np.random.default_rng(2).beta([1, 2], [0, 1])",
    "np.random.default_rng(2).logistic([np.nan, 1], [1, np.nan])", "np.random.default_rng(2).standard_t([np.inf, 2.0])",
    "np.random.default_rng(2).logistic([0, 1], [1, 2, 3])", "np.random.default_rng(2).f([[1, 2]], [[1], [2], [3]], size=(2, 3))",
    "np.random.default_rng(2).noncentral_f([1, 2], [1, 2, 3], 1)", "np.random.default_rng(2).noncentral_f([1, 2], [[1], [2]], [1, 2, 3])",
    "np.random.default_rng(2).exponential([1, 2], size=(2, 0))",
    "np.random.default_rng(3).binomial([5, 50, 500], 0.3)", "np.random.default_rng(3).binomial(10, [0.1, 0.5, 0.9])",
    "np.random.default_rng(3).binomial([[10], [20]], [0.0, 0.5, 1.0])", "np.random.default_rng(3).binomial([3, 4], 0.5, size=(3, 2))",
    "np.random.default_rng(3).binomial([3, 4], 0.5, size=(3, 1))", "np.random.default_rng(3).binomial([3, 4], [0.5, 0.5, 0.5])",
    "np.random.default_rng(3).binomial([3, 4], 0.5, size=3)", "np.random.default_rng(3).binomial([3, -4], 0.5)",
    "np.random.default_rng(3).binomial([-3, 4], [0.5, 2])", "np.random.default_rng(3).binomial([3, 4], [0.5, np.nan])",
    "np.random.default_rng(3).binomial(np.array([0, 1, 2], dtype=np.int8), 0.5)", "np.random.default_rng(3).binomial([True, False], 0.5)",
    "np.random.default_rng(3).binomial(-1, 2.0)", "np.random.default_rng(3).binomial(-1, 0.5)", "np.random.binomial(-1, 2.0)",
    "np.random.RandomState(0).binomial(-1, np.nan)",
    "np.random.default_rng(4).normal([0, 10], 1, size=3)", "np.random.default_rng(4).normal(0, [1, -1])",
    "np.random.default_rng(4).normal(0, [1, np.nan])", "np.random.default_rng(4).normal([0, 1], size=(3, 1))",
    "np.random.default_rng(4).normal([0, 1], [[1], [2]])", "np.random.default_rng(4).normal(loc=[5, 6])",
    "np.random.default_rng(4).normal(np.array([[0.0], [100.0]]), [1, 2, 3], size=(2, 3))",
    "np.random.default_rng(5).uniform([0, 1], [2, 5])", "np.random.default_rng(5).uniform([0, 1], 10, size=(3, 2))",
    "np.random.default_rng(5).uniform(high=[1, 2, 3])", "np.random.default_rng(5).uniform([[0], [10]], [20, 30])",
    "np.random.default_rng(5).uniform([0, 1], [2, 0])", "np.random.default_rng(5).uniform([0, 1], [2, np.inf])",
    "np.random.default_rng(5).uniform([0, np.nan], 1)", "np.random.default_rng(5).uniform([0.0, 0.0], [1.0, -0.0])",
    "np.random.default_rng(5).uniform([0, 1], 2, size=3)", "np.random.default_rng(5).uniform([0, 1], 2, size=(3, 1))",
    "np.random.default_rng(5).uniform([1, 1], [1, 1])", "np.random.default_rng(5).uniform([0, 1], [2, 3, 4])",
    "np.random.default_rng(6).integers([1, 5, 10], 20)", "np.random.default_rng(6).integers(0, [3, 300, 70000])",
    "np.random.default_rng(6).integers([3, 300, 2**40])", "np.random.default_rng(6).integers([0, -5], [[1], [10], [2**62]])",
    "np.random.default_rng(6).integers([0, 5], 10, size=(3, 2))", "np.random.default_rng(6).integers([0, 5], 10, endpoint=True)",
    "np.random.default_rng(6).integers([0, 5], [0, 6], endpoint=True)", "np.random.default_rng(6).integers([0, 5], [0, 6])",
    "np.random.default_rng(6).integers([0, 0], [0, 6])", "np.random.default_rng(6).integers([0, 0], [-1, 6], endpoint=True)",
    "np.random.default_rng(6).integers([1, 2], [3, 4, 5])", "np.random.default_rng(6).integers([1, 2], 5, size=3)",
    "np.random.default_rng(6).integers(np.array([-2**63, 0]), [2**63 - 1, 1])",
    "np.random.default_rng(6).integers(np.array([-2**63, 0]), [2**63 - 1, 1], endpoint=True)",
    "np.random.default_rng(6).integers(np.arange(6).reshape(2, 3), 100)", "np.random.default_rng(6).integers([True, False], 3)",
    "np.random.default_rng(6).integers([5, 6], size=0)", "np.random.default_rng(6).integers([[5, 6]], size=(0, 2))",
]

STREAMS = [
    "g = np.random.default_rng(100); g.standard_t(3, 3); g.random(2)",
    "g = np.random.default_rng(100); g.vonmises(0, 2, 3); g.integers(0, 10, 4)",
    "g = np.random.default_rng(100); g.hypergeometric(50, 50, 30, 3); g.standard_normal(2)",
    "g = np.random.default_rng(100); g.zipf(1.5, 5); g.logseries(0.3, 5); g.random()",
    "g = np.random.default_rng(100); g.dirichlet([0.05, 0.05], 2); g.multinomial(7, [0.25, 0.75], 2); g.random()",
    "g = np.random.default_rng(100); g.negative_binomial(4, 0.4, 4); g.wald(2, 3); g.random()",
    "g = np.random.default_rng(100); g.noncentral_chisquare(0.75, 5, 3); g.noncentral_f(2, 3, 4); g.random()",
    "np.random.default_rng(7).standard_t(df=4)", "np.random.default_rng(7).f(dfnum=2, dfden=9)",
    "np.random.default_rng(7).negative_binomial(n=3, p=0.25)", "np.random.default_rng(7).hypergeometric(ngood=4, nbad=6, nsample=5)",
    "np.random.default_rng(7).zipf(a=3.0)", "np.random.default_rng(7).logseries(p=0.7)",
    "np.random.default_rng(7).noncentral_f(dfnum=1, dfden=2, nonc=3)", "np.random.default_rng(7).vonmises(mu=0, kappa=1)",
    "np.random.default_rng(7).multinomial(n=4, pvals=[0.5, 0.5])", "np.random.default_rng(7).dirichlet(alpha=[1, 1])",
    "type(np.random.default_rng(7).zipf(2))", "type(np.random.default_rng(7).logistic())",
    "np.random.default_rng(7).zipf(2, 0)", "np.random.default_rng(7).logistic(size=(2, 0))",
    "np.random.default_rng(7).hypergeometric(3, 3, 2, size=0)", "np.random.default_rng(7).multinomial(3, [0.5, 0.5], 0)",
    "np.random.default_rng(7).standard_t(2, size=(1, 1))", "np.random.default_rng(7).gumbel(size=2).dtype",
    "np.random.default_rng(7).zipf(2, size=2).dtype", "np.random.default_rng(7).power(np.float64(2.0))",
    "np.random.default_rng(7).pareto(np.array(3.0))", "np.random.default_rng(7).triangular(np.int64(0), 1, 2)",
    "np.random.default_rng(7).wald(True, 1)", "np.random.default_rng(7).negative_binomial(1, np.float64(0.25), 3)",
]

EXTREMES = [
    "np.random.default_rng(1).negative_binomial(np.inf, 1.0, 3)",
    "np.random.default_rng(1).noncentral_chisquare(0.5, 1e19, 2)",
    "np.random.default_rng(1).noncentral_chisquare(0.5, 1e18, 2)",
    "np.random.default_rng(1).poisson(9e18, 3)",
    "np.random.default_rng(1).zipf(1.0000001, 5)",
    "np.random.default_rng(1).zipf(1.000000001, 5)",
    "np.random.default_rng(1).logseries(0.9999999999, 5)",
    "np.random.default_rng(1).hypergeometric(999999999, 999999999, 999999999, 3)",
    "np.random.default_rng(1).vonmises(1e300, 2.0, 3)",
    "np.random.default_rng(1).vonmises(np.inf, 2.0, 3)",
    "np.random.default_rng(1).wald(1e300, 1e-300, 3)",
    "np.random.default_rng(1).triangular(-np.inf, 0, 1, 2)",
    "np.random.default_rng(1).gumbel(np.inf, 1, 2)",
    "np.random.default_rng(1).f(np.inf, np.inf, 2)",
    "np.random.default_rng(1).standard_t(1e-300, 3)",
    "np.random.default_rng(1).negative_binomial(1e-10, 0.5, 5)",
    "np.random.default_rng(1).dirichlet([np.inf, 1], 2)",
    "np.random.default_rng(1).pareto(np.inf, 2)",
    "np.random.default_rng(1).power(np.inf, 2)",
    "np.random.default_rng(1).weibull(1e-300, 2)",
    "np.random.default_rng(1).logistic(0, np.inf, 3)",
    "np.random.default_rng(1).zipf(np.inf, 3)",
    "np.random.default_rng(1).logseries(5e-324, 3)",
    "np.random.default_rng(1).noncentral_chisquare(0.5, 9e18, 2)",
    "np.random.default_rng(2).noncentral_chisquare(1.0, 1.8e19, 2)",
]

FLOAT32 = (
    each_seed("standard_normal(6, dtype=np.float32)")
    + each_seed("standard_exponential(6, dtype=np.float32)")
    + ["np.random.default_rng(0).standard_normal(dtype=np.float32)",
       "np.random.default_rng(0).standard_exponential(dtype=np.float32)",
       "np.random.default_rng(0).standard_normal((2, 3), np.float32)",
       "np.random.default_rng(5).standard_normal(4, dtype=np.float32).dtype",
       "np.random.default_rng(201).standard_normal(3000, dtype=np.float32)[[880, 1778]]",
       "np.random.default_rng(201).standard_exponential(3000, dtype=np.float32)[[465, 861, 1756]]",
       "np.random.default_rng(215).standard_normal(3000, dtype=np.float32)[[571, 1700, 2604]]",
       "np.random.default_rng(215).standard_exponential(3000, dtype=np.float32)[[514, 574, 1693, 2587]]",
       "np.random.default_rng(219).standard_normal(3000, dtype=np.float32)[[393, 394, 395, 2263]]",
       "np.random.default_rng(222).standard_exponential(3000, dtype=np.float32)[-300:].max()",
       "np.random.default_rng(3).standard_normal(5000, dtype=np.float32)[::500]",
       "np.random.default_rng(3).standard_exponential(5000, dtype=np.float32)[::500]",
       "g = np.random.default_rng(9); g.standard_normal(3, dtype=np.float32); g.random(2); "
       "g.standard_exponential(3, dtype=np.float32); g.integers(0, 100, 3, dtype=np.int32)",
       "np.random.default_rng(0).standard_normal(3, dtype=np.int32)",
       "np.random.default_rng(0).standard_exponential(3, dtype=np.float16)"]
)

BYTES = (
    each_seed("bytes(10)")
    + ["np.random.default_rng(0).bytes(0)", "np.random.default_rng(0).bytes(1)", "np.random.default_rng(0).bytes(4)",
       "np.random.default_rng(0).bytes(-1)", "np.random.default_rng(0).bytes(-3)", "np.random.default_rng(0).bytes(-5)",
       "np.random.default_rng(0).bytes(-9)", "np.random.default_rng(0).bytes(length=7)",
       "g = np.random.default_rng(8); g.bytes(3); g.integers(0, 10, 3, dtype=np.int16); g.bytes(5); g.random()",
       "len(np.random.default_rng(8).bytes(1000))", "type(np.random.default_rng(8).bytes(2))"]
)

CHOICE_UNSHUFFLED = (
    each_seed("choice(20, 5, replace=False, shuffle=False)")
    + ["np.random.default_rng(0).choice(20, 5, replace=False)", "np.random.default_rng(0).choice(5, 5, replace=False, shuffle=False)",
       "np.random.default_rng(0).choice(20000, 5, replace=False, shuffle=False)",
       "np.random.default_rng(0).choice(20000, 600, replace=False, shuffle=False)[:8]",
       "np.random.default_rng(0).choice(20000, 600, replace=False)[:8]",
       "np.random.default_rng(0).choice(20000, 1100, replace=False, shuffle=False)[-8:]",
       "np.random.default_rng(0).choice(np.arange(10.0) * 1.5, 4, replace=False, shuffle=False)",
       "np.random.default_rng(0).choice(['a', 'b', 'c', 'd'], 3, replace=False, shuffle=False)",
       "np.random.default_rng(0).choice(6, 4, replace=True, shuffle=False)",
       "np.random.default_rng(0).choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.4, 0.0], shuffle=False)",
       "np.random.default_rng(0).choice(6, 0, replace=False, shuffle=False)",
       "g = np.random.default_rng(1); g.choice(30, 6, replace=False, shuffle=False); g.random()"]
)

FIXTURES = {
    "393-rand40-generator-continuous-samplers": (
        "the Generator's standard_t, f, logistic, gumbel, weibull, pareto, power, triangular, wald, vonmises, "
        "noncentral_chisquare and noncentral_f from several seeds, at the edges of their parameters, with NumPy's "
        "scalar checks, bit for bit.",
        CONTINUOUS,
    ),
    "394-rand40-generator-discrete-and-vector-samplers": (
        "the Generator's negative_binomial, hypergeometric, zipf, logseries, multinomial and dirichlet with their "
        "checks, and beta where a power underflows or both parameters are tiny, bit for bit.",
        DISCRETE,
    ),
    "395-rand40-generator-arrays-of-parameters": (
        "arrays of parameters broadcast with each other and with size, for each float-parameter sampler of the "
        "Generator, with the array checks' wording and the output-size error.",
        ARRAYS,
    ),
    "396-rand40-generator-streams-keywords-and-scalars": (
        "draws after the new samplers continuing NumPy's stream, their keywords, one draw as a Python float or int, "
        "empty sizes, extreme parameters (infinities, tiny values, a Poisson count whose doubling wraps), and the "
        "float32 ziggurats of standard_normal and standard_exponential, tails included; bytes; "
        "choice(..., shuffle=False).",
        STREAMS + EXTREMES + FLOAT32 + BYTES + CHOICE_UNSHUFFLED,
    ),
}

if __name__ == "__main__":
    for name, (description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{name}.txt", SCRIPT, description, statements)
