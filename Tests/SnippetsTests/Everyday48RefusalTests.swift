import SourceText
import Testing

@testable import Snippets

/// What session 48's everyday probe (`Fuzz/everyday_probe.py`) leaves refused beside what it answers (checked against
/// NumPy in `Fixtures/interpreter/486-*` to `489-*`, `make_everyday48_fixtures.py`): np.linspace with a Python int end
/// past 64 bits (an object array NumPy cannot subtract), and the joining functions given a string, whose characters
/// NumPy joins into a string array (an empty string, and np.concatenate along an axis, give NumPy's errors: 489).
struct Everyday48RefusalTests {
  @Test(arguments: [
    (
      "x = np.linspace(0, 2**70, 3)",
      "np.linspace with a Python int stop past 64 bits is not part of the snippet language"
    ),
    (
      "x = np.linspace(-10**20, 1, num=3)",
      "np.linspace with a Python int start past 64 bits is not part of the snippet language"
    ),
    (
      "x = np.concatenate('ab', axis=None)",
      "np.concatenate of a string's characters is not supported in snippets: give a list of arrays"
    ),
    ("x = np.stack('ab')", "np.stack of a string's characters is not supported in snippets: give a list of arrays"),
    ("x = np.hstack('ab')", "np.hstack of a string's characters is not supported in snippets: give a list of arrays"),
  ])
  func refusedAtTheCall(statement: String, message: String) {
    let result = SnippetSession().check(
      Snippet(text: "a = 1\n" + statement + "\n", origin: SourcePosition(line: 1, column: 1)))
    #expect(result.diagnostics.map(\.message) == ["NotImplementedError: " + message])
    #expect(result.diagnostics.first?.location.line == 2)
    #expect(result.diagnostics.first?.location.column == 1)
  }

  /// The same calls with ends within 64 bits, or a list of arrays, are answered (their values are in fixtures 486 and 487).
  @Test(arguments: [
    "x = np.linspace(0, 2**62, 3)",
    "x = np.concatenate([np.arange(2)])", "x = np.stack([np.arange(2)])",
  ])
  func answeredBeside(statement: String) {
    let result = SnippetSession().check(Snippet(text: statement + "\n", origin: SourcePosition(line: 1, column: 1)))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }
}
