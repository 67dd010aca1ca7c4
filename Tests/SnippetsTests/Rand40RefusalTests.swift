import Testing

@testable import Snippets

/// What the Generator's samplers of session 40 still refuse (the samplers themselves are held to NumPy in
/// `Fixtures/interpreter/393-*` to `396-*`, `make_rand40_fixtures.py`): the float32 gamma (C's powf and logf),
/// parameters given as text (NumPy converts them through an array, with errors that depend on the text), floats and
/// arrays for `hypergeometric`'s counts and `multinomial`'s n, several axes of pvals or alpha, float arrays of
/// `binomial`'s n, parameter pairs of `triangular` and `negative_binomial` that do not broadcast (NumPy's ufunc
/// error), a Poisson mean past NumPy's limit inside `noncentral_chisquare`, whose draw converts a double beyond
/// int64, `integers` with array bounds of a size they would grow (NumPy fills the smaller output from the larger
/// iteration) or of uint64. Each must fail even when its output is written as the expected one.
struct Rand40RefusalTests {
  static let setup = """
    >>> g = np.random.default_rng(0)
    """

  static let refused: [(statement: String, words: String)] = [
    ("g.standard_gamma([0.5, 2.0], dtype=np.float32)", "standard_gamma() of float32 in snippets takes a number"),
    ("g.standard_t('a')", "takes a number or an array of numbers for df"),
    ("g.logistic('1.5', 1)", "takes a number or an array of numbers for loc"),
    ("g.hypergeometric(5.5, 5, 3)", "takes ints for ngood, nbad and nsample"),
    ("g.hypergeometric([5, 6], 5, 3)", "takes ints for ngood, nbad and nsample"),
    ("g.multinomial(5.5, [0.5, 0.5])", "takes an int for n"),
    ("g.multinomial([5, 6], [0.5, 0.5])", "takes an int for n"),
    ("g.multinomial(5, [[0.5, 0.5], [0.2, 0.8]])", "one axis of float64 probabilities"),
    ("g.multinomial(5, np.array([0.5, 0.5], dtype=np.float32))", "one axis of float64 probabilities"),
    ("g.dirichlet([[1.0, 2.0]])", "one axis of real numbers"),
    ("g.binomial([5.0, 6.0], 0.5)", "arrays of ints for n"),
    ("g.triangular([0, 1], [0.5, 0.6, 0.7], 2)", "do not broadcast together"),
    ("g.negative_binomial([1, 2], [0.5, 0.6, 0.7])", "do not broadcast together"),
    ("g.noncentral_chisquare(0.5, 1e300)", "past NumPy's limit"),
    ("g.integers([1, 2], 5, size=(3, 1))", "would grow"),
    ("g.integers(np.array([1, 2], dtype=np.uint64), 5)", "takes arrays of ints (not uint64)"),
    ("g.noncentral_chisquare([0.5, 2], [1e300, 1])", "past NumPy's limit"),
  ]

  @Test(arguments: refused)
  func isRefusedSayingWhy(statement: String, words: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: words)
  }
}
