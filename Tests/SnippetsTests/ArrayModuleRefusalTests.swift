import Testing

@testable import Snippets

/// The `array` module is checked against CPython in `Fixtures/interpreter/48-reach11-set-order.txt`; what it would
/// need raw memory or per-typecode overflow messages for is refused as docbuild's limit, never accepted as output.
struct ArrayModuleRefusalTests {
  static let setup = ">>> import array\n>>> A = array.array('i', [1, 2])\n"

  static let refused: [String] = [
    "np.array(A)", "A.buffer_info()", "array.array('b', [300])", "array.array('u', 'ab')", "A.tobytes()",
    "array.array('f', [1e39])", "A[0:1] = array.array('i', [5])", "array.array('i', A)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let probe = SnippetSession().check(
      Snippet(text: Self.setup + ">>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.contains("NotImplementedError: "), "\(statement) printed \(output)")
    let run = SnippetSession().check(
      Snippet(text: Self.setup + ">>> " + statement + "\n" + output, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
  }
}
