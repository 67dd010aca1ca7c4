/// `autograd.scipy.stats`, written in the snippet language after HIPS autograd 1.9's own modules (each function a
/// `primitive` with autograd's VJPs) and, for the values, SciPy 1.17's `rv_continuous` methods and `norm_gen`: the
/// same operations in the same order (`_norm_pdf`, `_norm_logpdf`, Cephes' `ndtr`), so every bit is SciPy's. What
/// SciPy computes through functions docbuild does not reproduce (`log_ndtr`, `gammaln`, `poch`, LAPACK's `eigh`) is
/// refused by name.
extension ModuleSources {
  /// The sources by module name.
  static let scipyStats: [String: String] = [
    "autograd.scipy": "import autograd.scipy.special as special\nimport autograd.scipy.stats as stats\n",
    "autograd.scipy.stats": autogradStats,
    // NumPy's linalg under autograd's name (Modules.module maps the import to it; this entry makes it importable).
    "autograd.numpy.linalg": "",
    // `from mpl_toolkits.mplot3d import Axes3D` registers the 3-D projection in matplotlib; snippets always have it.
    "mpl_toolkits": "import mpl_toolkits.mplot3d as mplot3d\n",
    "mpl_toolkits.mplot3d": #"""
    def Axes3D(*args, **kwargs):
        __docbuild_refuse__("mpl_toolkits.mplot3d.Axes3D(fig) is not supported in snippets: make 3-D axes with "
            "fig.add_subplot(projection='3d') or plt.axes(projection='3d')")
    """#,
    "autograd.scipy.stats.norm": autogradNorm,
    "autograd.scipy.stats.multivariate_normal": refusedDistribution(
      "multivariate_normal", ["pdf", "logpdf", "entropy"],
      "factors the covariance through LAPACK's eigh (scipy.linalg), whose bits docbuild does not reproduce"),
    "autograd.scipy.stats.t": refusedDistribution(
      "t", ["pdf", "cdf", "logpdf", "logcdf"], "goes through SciPy's poch and stdtr (Cephes), not in docbuild"),
    "autograd.scipy.stats.poisson": autogradPoisson,
    "autograd.scipy.stats.beta": refusedDistribution(
      "beta", ["cdf", "logpdf", "pdf"], "goes through SciPy's betaln and incbet (Cephes), not in docbuild"),
    "autograd.scipy.stats.gamma": autogradGamma,
    "autograd.scipy.stats.chi2": refusedDistribution(
      "chi2", ["cdf", "logpdf", "pdf"], "goes through SciPy's gammaln and chdtr (Cephes), not in docbuild"),
    "autograd.scipy.stats.dirichlet": refusedDistribution(
      "dirichlet", ["logpdf", "pdf"], "goes through SciPy's gammaln (Cephes), not in docbuild"),
  ]

  /// A distribution module whose functions exist (so an import and a `def` using them run) but refuse when called.
  static func refusedDistribution(_ name: String, _ functions: [String], _ reason: String) -> String {
    functions.map { function in
      "def \(function)(*args, **kwargs):\n"
        + "    __docbuild_refuse__(\"scipy.stats.\(name).\(function) \(reason)\")\n"
    }.joined()
  }

  /// `autograd.scipy.stats`: the distributions as submodules, as autograd's `__init__` imports them.
  static let autogradStats = #"""
    import autograd.scipy.stats.beta as beta
    import autograd.scipy.stats.chi2 as chi2
    import autograd.scipy.stats.gamma as gamma
    import autograd.scipy.stats.norm as norm
    import autograd.scipy.stats.poisson as poisson
    import autograd.scipy.stats.t as t
    import autograd.scipy.stats.multivariate_normal as multivariate_normal
    import autograd.scipy.stats.dirichlet as dirichlet
    """#

  /// `autograd.scipy.stats.norm`.
  static let autogradNorm = #"""
    import numpy as np
    from autograd.extend import primitive, defvjp

    _norm_pdf_C = np.sqrt(2 * np.pi)
    _norm_pdf_logC = np.log(_norm_pdf_C)

    def unbroadcast_f(target, f):
        # autograd's numpy_vjps.unbroadcast: the gradient summed back to the target's shape.
        shape = np.shape(target)
        def unbroadcast(g):
            x = f(g)
            while np.ndim(x) > len(shape):
                x = np.sum(x, axis=0)
            for axis, size in enumerate(shape):
                if size == 1:
                    x = np.sum(x, axis=axis, keepdims=True)
            return x
        return unbroadcast

    def _standardize(name, x, loc, scale):
        # rv_continuous's first steps: x, loc and scale as arrays, x standardised in float64.
        x, loc, scale = np.asarray(x), np.asarray(loc), np.asarray(scale)
        for v in (x, loc, scale):
            if np.iscomplexobj(v):
                __docbuild_refuse__('scipy.stats.norm.' + name + ' of complex values is not supported in snippets')
        return np.asarray((x - loc) / scale, dtype=np.float64), scale > 0, scale

    def _finish(out, z, good):
        # Where scale <= 0 or x is NaN, SciPy's badvalue, NaN.
        out = np.where(~good | np.isnan(z), np.nan, out)
        if out.ndim == 0:
            return out[()]
        return out

    def _pdf(x, loc=0, scale=1):
        z, good, scale = _standardize('pdf', x, loc, scale)
        inside = (-np.inf <= z) & (z <= np.inf) & good
        return _finish(np.where(inside, np.exp(-z**2 / 2.0) / _norm_pdf_C / scale, 0.0), z, good)

    def _logpdf(x, loc=0, scale=1):
        z, good, scale = _standardize('logpdf', x, loc, scale)
        inside = (-np.inf <= z) & (z <= np.inf) & good
        return _finish(np.where(inside, (-z**2 / 2.0 - _norm_pdf_logC) - np.log(scale), -np.inf), z, good)

    def _cdf(x, loc=0, scale=1):
        z, good, scale = _standardize('cdf', x, loc, scale)
        inside = (-np.inf < z) & (z < np.inf) & good
        out = np.where(inside, __docbuild_special__('ndtr', z), np.where((z >= np.inf) & good, 1.0, 0.0))
        return _finish(out, z, good)

    def _sf(x, loc=0, scale=1):
        z, good, scale = _standardize('sf', x, loc, scale)
        inside = (-np.inf < z) & (z < np.inf) & good
        out = np.where(inside, __docbuild_special__('ndtr', -z), np.where((z <= -np.inf) & good, 1.0, 0.0))
        return _finish(out, z, good)

    def _logcdf(x, loc=0, scale=1):
        __docbuild_refuse__("scipy.stats.norm.logcdf goes through SciPy's log_ndtr (Faddeeva's erfcx), not in docbuild")

    def _logsf(x, loc=0, scale=1):
        __docbuild_refuse__("scipy.stats.norm.logsf goes through SciPy's log_ndtr (Faddeeva's erfcx), not in docbuild")

    pdf = primitive(_pdf)
    pdf.name = 'pdf'
    cdf = primitive(_cdf)
    cdf.name = 'cdf'
    sf = primitive(_sf)
    sf.name = 'sf'
    logpdf = primitive(_logpdf)
    logpdf.name = 'logpdf'
    logcdf = primitive(_logcdf)
    logcdf.name = 'logcdf'
    logsf = primitive(_logsf)
    logsf.name = 'logsf'

    defvjp(
        pdf,
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(x, lambda g: -g * ans * (x - loc) / scale**2),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(loc, lambda g: g * ans * (x - loc) / scale**2),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(
            scale, lambda g: g * ans * (((x - loc) / scale) ** 2 - 1.0) / scale
        ),
    )

    defvjp(
        cdf,
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(x, lambda g: g * pdf(x, loc, scale)),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(loc, lambda g: -g * pdf(x, loc, scale)),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(
            scale, lambda g: -g * pdf(x, loc, scale) * (x - loc) / scale
        ),
    )

    defvjp(
        logpdf,
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(x, lambda g: -g * (x - loc) / scale**2),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(loc, lambda g: g * (x - loc) / scale**2),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(
            scale, lambda g: g * (-1.0 / scale + (x - loc) ** 2 / scale**3)
        ),
    )

    defvjp(
        sf,
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(x, lambda g: -g * pdf(x, loc, scale)),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(loc, lambda g: g * pdf(x, loc, scale)),
        lambda ans, x, loc=0.0, scale=1.0: unbroadcast_f(
            scale, lambda g: g * pdf(x, loc, scale) * (x - loc) / scale
        ),
    )
    """#

  /// `autograd.scipy.stats.poisson`: SciPy's `rv_discrete.logpmf`/`pmf` and `poisson_gen._logpmf` (`xlogy(k, mu) -
  /// gammaln(k + 1) - mu`, Cephes' lgam and the C library's log), autograd's VJPs in `mu`; `cdf` (Cephes' pdtr) refused.
  static let autogradPoisson = #"""
    import numpy as np
    from autograd.extend import primitive, defvjp
    from autograd.scipy.stats.norm import unbroadcast_f

    def _prepare(name, k, mu, loc):
        k, mu, loc = np.asarray(k), np.asarray(mu), np.asarray(loc)
        for v in (k, mu, loc):
            if np.iscomplexobj(v):
                __docbuild_refuse__('scipy.stats.poisson.' + name + ' of complex values is not supported in snippets')
        k = np.asarray(k - loc)
        good = mu >= 0
        inside = (k >= 0) & (k <= np.inf) & (np.floor(k) == k) & good
        return k, mu, good, inside

    def _logpmf_values(k, mu, inside):
        # xlogy(k, mu) - gammaln(k + 1) - mu, where it counts; gammaln's argument elsewhere is any safe number.
        xlogy = np.where((k == 0) & ~np.isnan(mu), 0.0, k * __docbuild_special__('log', mu))
        return xlogy - __docbuild_special__('gammaln', np.where(inside, k + 1, 1.0)) - mu

    def _finish(out, k, good):
        out = np.where(~good | np.isnan(k), np.nan, out)
        if out.ndim == 0:
            return out[()]
        return out

    def _logpmf(k, mu, loc=0):
        k, mu, good, inside = _prepare('logpmf', k, mu, loc)
        return _finish(np.where(inside, _logpmf_values(k, mu, inside), -np.inf), k, good)

    def _pmf(k, mu, loc=0):
        k, mu, good, inside = _prepare('pmf', k, mu, loc)
        return _finish(np.where(inside, np.clip(np.exp(_logpmf_values(k, mu, inside)), 0, 1), 0.0), k, good)

    def _cdf(k, mu, loc=0):
        __docbuild_refuse__("scipy.stats.poisson.cdf goes through SciPy's pdtr (Cephes' igamc), not in docbuild")

    logpmf = primitive(_logpmf)
    logpmf.name = 'logpmf'
    pmf = primitive(_pmf)
    pmf.name = 'pmf'
    cdf = primitive(_cdf)
    cdf.name = 'cdf'

    def grad_poisson_logpmf(k, mu):
        return np.where(k % 1 == 0, k / mu - 1, 0)

    defvjp(cdf, lambda ans, k, mu: unbroadcast_f(mu, lambda g: g * -pmf(np.floor(k), mu)), argnums=[1])
    defvjp(logpmf, lambda ans, k, mu: unbroadcast_f(mu, lambda g: g * grad_poisson_logpmf(k, mu)), argnums=[1])
    defvjp(pmf, lambda ans, k, mu: unbroadcast_f(mu, lambda g: g * ans * grad_poisson_logpmf(k, mu)), argnums=[1])
    """#

  /// `autograd.scipy.stats.gamma`: SciPy's `rv_continuous.logpdf`/`pdf` and `gamma_gen._logpdf` (`xlogy(a - 1, x) - x
  /// - gammaln(a)`), autograd's VJPs; the gradient in `a` (digamma) and `cdf` (Cephes' igam) refused.
  static let autogradGamma = #"""
    import numpy as np
    from autograd.extend import primitive, defvjp
    from autograd.scipy.stats.norm import unbroadcast_f

    def _prepare(name, x, a, loc, scale):
        x, a, loc, scale = np.asarray(x), np.asarray(a), np.asarray(loc), np.asarray(scale)
        for v in (x, a, loc, scale):
            if np.iscomplexobj(v):
                __docbuild_refuse__('scipy.stats.gamma.' + name + ' of complex values is not supported in snippets')
        z = np.asarray((x - loc) / scale, dtype=np.float64)
        good = (a > 0) & (scale > 0)
        inside = (0 <= z) & (z <= np.inf) & good
        return z, a, scale, good, inside

    def _logpdf_values(z, a, inside):
        am1 = a - 1.0
        xlogy = np.where((am1 == 0) & ~np.isnan(z), 0.0, am1 * __docbuild_special__('log', z))
        return xlogy - z - __docbuild_special__('gammaln', np.where(inside, a, 1.0))

    def _finish(out, z, good):
        out = np.where(~good | np.isnan(z), np.nan, out)
        if out.ndim == 0:
            return out[()]
        return out

    def _logpdf(x, a, loc=0, scale=1):
        z, a, scale, good, inside = _prepare('logpdf', x, a, loc, scale)
        return _finish(np.where(inside, _logpdf_values(z, a, inside) - np.log(scale), -np.inf), z, good)

    def _pdf(x, a, loc=0, scale=1):
        z, a, scale, good, inside = _prepare('pdf', x, a, loc, scale)
        return _finish(np.where(inside, np.exp(_logpdf_values(z, a, inside)) / scale, 0.0), z, good)

    def _cdf(x, a, loc=0, scale=1):
        __docbuild_refuse__("scipy.stats.gamma.cdf goes through SciPy's gammainc (Cephes' igam), not in docbuild")

    logpdf = primitive(_logpdf)
    logpdf.name = 'logpdf'
    pdf = primitive(_pdf)
    pdf.name = 'pdf'
    cdf = primitive(_cdf)
    cdf.name = 'cdf'

    def psi(a):
        __docbuild_refuse__("the gradient of scipy.stats.gamma in a needs SciPy's digamma (psi), not in docbuild")

    def grad_gamma_logpdf_arg0(x, a):
        return (a - x - 1) / x

    def grad_gamma_logpdf_arg1(x, a):
        return np.log(x) - psi(a)

    defvjp(
        cdf,
        lambda ans, x, a: unbroadcast_f(x, lambda g: g * np.exp(-x) * np.power(x, a - 1) / gamma(a)),
        argnums=[0],
    )
    defvjp(
        logpdf,
        lambda ans, x, a: unbroadcast_f(x, lambda g: g * grad_gamma_logpdf_arg0(x, a)),
        lambda ans, x, a: unbroadcast_f(a, lambda g: g * grad_gamma_logpdf_arg1(x, a)),
    )
    defvjp(
        pdf,
        lambda ans, x, a: unbroadcast_f(x, lambda g: g * ans * grad_gamma_logpdf_arg0(x, a)),
        lambda ans, x, a: unbroadcast_f(a, lambda g: g * ans * grad_gamma_logpdf_arg1(x, a)),
    )
    """#
}
