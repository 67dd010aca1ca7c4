import Testing

@testable import Snippets

/// Big-endian dtypes, swapping a dtype's byte order and object dtypes must be refused as docbuild's own limit that
/// names them, never read as a native dtype or reported as NumPy's own error.
struct ByteOrderRefusalTests {
  static let refused: [(statement: String, naming: String)] = [
    ("np.dtype('>i4')", "big-endian"), ("np.dtype('>f8')", "big-endian"), ("np.dtype('>U3')", "big-endian"),
    ("np.zeros(2, dtype='>i2')", "big-endian"), ("np.arange(3).astype('>f4')", "big-endian"),
    ("np.dtype([('a', '>i4'), ('b', '<f8')])", "big-endian"), ("np.dtype('>c16, i4')", "big-endian"),
    ("np.dtype('f8').newbyteorder()", "newbyteorder"), ("np.dtype('i1').newbyteorder('>')", "newbyteorder"),
    ("np.dtype('O')", "object"), ("np.zeros(2, dtype=object)", "object"), ("np.dtype([('a', 'O')])", "object"),
    ("np.dtype('i4,O')", "object"), ("np.array([1], dtype='O')", "object"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, naming: String) throws {
    let probe = SnippetSession().check(Snippet(text: ">>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.contains("Error: ") && output.contains(naming), "\(statement) printed \(output)")
    let run = SnippetSession().check(
      Snippet(text: ">>> " + statement + "\n" + output, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
  }
}
