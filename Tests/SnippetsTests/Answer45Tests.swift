import Testing

@testable import Snippets

/// What answer45's NumPy breadth (issue 10) leaves refused beside what it answers (checked against NumPy in
/// `Fixtures/interpreter/472-*` to `475-*`, `make_answer45_fixtures.py`): equality of None with what NumPy makes an
/// object array of, a masked array's comparisons (NumPy's joined masks), random_integers up to 2**63 - 1 and with
/// array or text bounds, the float32 standard_gamma of a shape array or into an out, and sums cast through NumPy's
/// 8192-element buffers.
struct Answer45Tests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.equal(None, None)", "a 'NoneType' where NumPy takes an array"),
    ("", "np.equal([1, None], None)", "an array of 'NoneType' elements is not part"),
    ("", "np.random.random_integers('1', 6)", "random_integers() in snippets takes a number for low, not a str"),
    ("", "np.ma.array([1, 2]) == None", "== of a masked array is not supported"),
    ("", "np.ma.array([1, 2]) != 5", "!= of a masked array is not supported"),
    ("", "np.ma.array([1.5]) < 2", "< of a masked array is not supported"),
    ("", "np.random.random_integers(2**63 - 1)", "random_integers() up to 2**63 - 1 is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// Refusals the random functions word as their other limits, with a ValueError that is never accepted as output.
  static let refusedRandomArguments: [(statement: String, words: String)] = [
    ("np.random.random_integers(np.array([1, 5]), 9)", "random_integers() in snippets takes a number for low"),
    ("np.random.default_rng(1).standard_gamma(np.array([0.5]), dtype=np.float32)", "takes a number for shape"),
    ("np.random.default_rng(1).standard_gamma([2.0, 3.0], dtype=np.float32)", "takes a number for shape"),
    ("np.random.default_rng(1).standard_gamma(2.0, 3, dtype=np.float32, out=np.zeros(3, np.float32))", "out"),
    ("np.random.default_rng(1).standard_exponential(method=b'inv')", "standard_exponential(method=b'inv')"),
  ]

  @Test(arguments: refusedRandomArguments)
  func randomArgumentIsRefused(statement: String, words: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: words, as: "ValueError")
  }

  /// Sums and means that cast to a float dtype through NumPy's 8192-element buffers (pairwise within each piece, the
  /// pieces added in turn: other last digits than one pairwise sum of the converted array).
  static let refusedBufferedCasts = [
    "np.ones(9000).sum(dtype=np.float32)", "np.full(9000, 2**60).sum(dtype=np.float64)",
    "np.arange(9000).sum(dtype=np.float32)", "np.ones((3, 3000, 3), dtype=np.float32).sum(axis=1, dtype=np.float64)",
    "np.ones((300, 300), dtype=np.float32).T.mean(dtype=np.float64)",
  ]

  @Test(arguments: refusedBufferedCasts)
  func bufferedCastSumIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: "")
  }
}
