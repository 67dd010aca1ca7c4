import Testing

@testable import Snippets

/// What session 35 (numpy35) leaves refused around what it added: `Generator.permuted`'s `out=`, its ravel of an array
/// held out of C order (NumPy shuffles it in memory order) and of a differentiated value; `np.pad`'s statistic modes
/// and odd reflection of a differentiated value or with a dict of widths; `np.nan_to_num(copy=False)` of a
/// differentiated value; `np.trim_zeros` with an axis that is no int; the window functions of a complex length;
/// the histogram estimator `'stone'` and estimators of complex values. What docbuild now runs is checked against NumPy in `Fixtures/interpreter/320-…` to `326-…`
/// (`make_session35_numpy35_fixtures.py`).
struct Numpy35RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (">>> rng = np.random.default_rng(1)", "rng.permuted(np.arange(3), out=np.zeros(3))", "permuted(..., out=)"),
    (
      ">>> rng = np.random.default_rng(1)", "rng.permuted(np.arange(6).reshape(2, 3).T)",
      "permuted() without an axis of an array held out of C order"
    ),
    (
      ">>> from autograd import grad\n>>> rng = np.random.default_rng(1)",
      "grad(lambda x: rng.permuted(x)[0])(np.ones(3))", "Generator.permuted of a differentiated value"
    ),
    (
      ">>> from autograd import grad", "grad(lambda x: np.pad(x, 1, 'mean')[0])(np.ones(3))",
      "np.pad's statistic modes and reflect_type='odd' inside a differentiated function"
    ),
    ("", "np.pad(np.ones((2, 2)), {0: 1}, 'mean')", "np.pad with a dict pad_width and this mode"),
    ("", "np.pad(np.array([1j, 2j]), 1, 'maximum')", "np.pad of complex128 values in this mode"),
    ("", "np.trim_zeros(np.zeros((2, 2)), axis=1.5)", "np.trim_zeros with an axis that is not an int"),
    ("", "np.hanning(3j)", "a window function of a complex length"),
    ("", "np.histogram(np.arange(5.0), 'stone')", "np.histogram's bins='stone'"),
    ("", "np.histogram_bin_edges(np.array([1j, 2j]), 'auto')", "np.histogram_bin_edges of complex128 values"),
    ("", "np.mean(np.arange(6.0).reshape(2, 3).T, where=[True, False])", "of a view out of C order"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }
}
