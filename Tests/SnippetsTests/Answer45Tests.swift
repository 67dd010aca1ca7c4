import Testing

@testable import Snippets

/// What answer45's NumPy breadth (issue 10) leaves refused beside what it answers (checked against NumPy in
/// `Fixtures/interpreter/472-*` to `475-*`, `make_answer45_fixtures.py`): equality of None with what NumPy makes an
/// object array of, a masked array's comparisons (NumPy's joined masks), random_integers up to 2**63 - 1 and with
/// array or text bounds.
struct Answer45Tests {
  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.equal(None, None)", "a 'NoneType' where NumPy takes an array"),
    ("", "np.equal([1, None], None)", "a 'NoneType' where NumPy takes an array"),
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
  static let refusedRandomArguments = [
    "np.random.random_integers(np.array([1, 5]), 9)", "np.random.random_integers('1', 6)",
  ]

  @Test(arguments: refusedRandomArguments)
  func randomIntegersArgumentIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(
      "", statement, saying: "random_integers() in snippets takes a number for low", as: "ValueError")
  }
}
