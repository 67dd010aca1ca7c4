import SourceText
import Testing

@testable import Snippets

/// What SciPy computes through functions docbuild does not reproduce, and what autograd fails on, is refused at the
/// statement with an error no transcript can expect; the values docbuild does reproduce are checked against SciPy
/// itself in `Fixtures/interpreter/40-scipy-stats-and-axis.txt` and `41-bytes-constructors.txt`.
struct ScipyStatsRefusalTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: [
    // log_ndtr is Faddeeva's erfcx; SciPy prints np.float64(-0.36894641528865635).
    ("from autograd.scipy.stats import norm\nnorm.logcdf(0.5)\n", "log_ndtr"),
    ("from autograd.scipy.stats import t\nt.logpdf(0.5, 3.0)\n", "scipy.stats.t.logpdf"),
    (
      "import autograd.scipy.stats.multivariate_normal as mvn\nmvn.logpdf(np.zeros(2), np.zeros(2), np.eye(2))\n",
      "eigh"
    ),
    ("from autograd.scipy.stats import poisson\npoisson.cdf(3, 2.0)\n", "pdtr"),
    ("from autograd.scipy.stats import gamma\ngamma.cdf(1.0, 2.0)\n", "gammainc"),
    // Below -34 Cephes' lgam goes through its own sinpi; SciPy prints np.float64(-89.210200379969).
    ("from autograd.scipy.special import gammaln\ngammaln(-34.5)\n", "sinpi"),
    // digamma: autograd's gradient of gammaln (0.42278433509846713 at 2.0).
    ("from autograd import grad\nfrom autograd.scipy.special import gammaln\ngrad(gammaln)(2.0)\n", "digamma"),
    ("from autograd import grad\nfrom autograd.scipy.stats import gamma\ngrad(gamma.logpdf, 1)(1.5, 3.0)\n", "digamma"),
    // autograd passes a keyword argument to the primitive untraced, and SciPy fails on the Box (ValueError).
    (
      "from autograd import grad\nfrom autograd.scipy.stats import norm\ngrad(lambda m: norm.logpdf(1.0, loc=m))(0.5)\n",
      "keyword argument loc="
    ),
  ])
  func refusedAtTheStatement(script: String, message: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.contains(message) == true, "\(result.diagnostics.map(\.message))")
    #expect(result.diagnostics.first?.location.line == script.split(separator: "\n").count)
  }
}
