import SourceText
import Testing

@testable import Snippets

/// What session 49 refuses where docbuild answered wrongly: the strides of an empty array viewed as another dtype,
/// which NumPy takes from the memory it was viewed from (`np.arange(0).view(np.float64).strides` is `(0,)`, where
/// docbuild printed `(8,)`), while a non-empty one's are answered.
struct Session49RefusalTests {
  @Test(arguments: [
    "s = np.arange(0).view(np.float64).strides", "s = np.zeros((0, 3)).view(np.int32).strides",
    "s = np.arange(0.0).view(np.int64).strides",
  ])
  func emptyRawStridesRefused(statement: String) {
    let result = SnippetSession().check(
      Snippet(text: "a = 1\n" + statement + "\n", origin: SourcePosition(line: 1, column: 1)))
    #expect(
      result.diagnostics.map(\.message) == [
        "NotImplementedError: ndarray.strides of an array read from raw bytes (dtype '"
          + (statement.contains("float64") ? "<f8" : statement.contains("int32") ? "<i4" : "<i8")
          + "', a big-endian dtype, np.frombuffer, np.ndarray(buffer=) or view(dtype)) is not supported in snippets: "
          + "make an ordinary array first with .astype('"
          + (statement.contains("float64") ? "float64" : statement.contains("int32") ? "int32" : "int64") + "')"
      ])
    #expect(result.diagnostics.first?.location.line == 2)
    #expect(result.diagnostics.first?.location.column == 1)
  }

  /// A non-empty array viewed as another dtype keeps its strides answered (NumPy's `(8,)` for these).
  @Test func nonEmptyRawStridesAnswered() {
    let result = SnippetSession().check(
      Snippet(
        text: "s = np.arange(3).view(np.float64).strides\nassert s == (8,)\n",
        origin: SourcePosition(line: 1, column: 1)))
    #expect(result.diagnostics.isEmpty)
  }
}
