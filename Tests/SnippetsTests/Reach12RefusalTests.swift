import Testing

@testable import Snippets

/// What stays refused, by name, of the three constructs of NumPy's docstring examples that reach12 brought in
/// (issue 10): `np.einsum`'s interleaved form where autograd's gradient of it differs or where a sublist is no
/// sequence docbuild reads. What now runs is checked against CPython and NumPy in `Fixtures/interpreter/85-…` to
/// `87-…` (`make_reach12_fixtures.py`).
struct Reach12RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (
      ">>> x = np.array([1., 2.])", "grad(lambda x: np.einsum(x, [0], x, [0]))(x)",
      "np.einsum's interleaved form inside a differentiated function is not supported"
    ),
    (">>> c = np.arange(6).reshape(2, 3)", "np.einsum(c, {0: 1, 1: 2})", "with a dict as a subscripts list"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    let outputs = try RefusalProbe.unacceptedOutputs(
      of: RefusalProbe.transcript(setup, statement), naming: statement)
    let output = try #require(outputs.last)
    #expect(output.contains("Error: ") && output.contains(words), "\(statement) printed \(output)")
  }
}
