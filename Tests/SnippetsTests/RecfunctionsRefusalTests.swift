import Testing

@testable import Snippets

/// What `numpy.lib.recfunctions` does beyond plain-field arrays without masks (masked results, nested and
/// sub-array fields) must be refused as docbuild's own limit naming structured arrays, never printed as output.
struct RecfunctionsRefusalTests {
  static let setup = """
    >>> import numpy.lib.recfunctions as rfn
    >>> b = np.array([(1, 2, 5), (4, 5, 7)], dtype=[('x', 'i4'), ('y', 'f4'), ('z', 'f8')])
    >>> a = np.ones(2, dtype=[('a', 'i4'), ('b', 'f8'), ('c', 'u1')])
    """

  static let refused: [String] = [
    "rfn.append_fields(a, 'd', np.arange(2))", "rfn.merge_arrays((b, a))", "rfn.merge_arrays((a, b), usemask=True)",
    "rfn.stack_arrays((a, a))", "rfn.find_duplicates(a)", "rfn.join_by('a', a, a)",
    "rfn.structured_to_unstructured(np.zeros(2, dtype='U2,U3'))",
    "rfn.structured_to_unstructured(b, casting='safe')", "rfn.drop_fields(a, ['a', 'b', 'c'])",
    "rfn.unstructured_to_structured(np.arange(4).reshape(1, 4), names=['p', 'q'])",
    "rfn.unstructured_to_structured(np.array([['a', 'b']]))",
    "rfn.merge_arrays((b, np.arange(3)), flatten=True)", "rfn.stack_arrays((b, np.arange(2)), usemask=False)",
    "rfn.stack_arrays((b, b), usemask=False, autoconvert=True)",
    "rfn.stack_arrays((b, b), usemask=False, defaults={'x': 0})",
    "rfn.join_by('a', a, np.zeros(1, dtype=[('a', 'i8')]), usemask=False)",
    "rfn.join_by('a', a, a[:1], usemask=False)",
    "rfn.join_by('z', np.array([(np.nan,)], dtype=[('z', 'f8')]), b, usemask=False)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let probe = SnippetSession().check(
      Snippet(text: Self.setup + "\n>>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.contains("Error: "), "\(statement) printed \(output)")
    #expect(output.contains("structured"), "\(statement) printed \(output)")
    let transcript = Self.setup + "\n>>> " + statement + "\n" + output
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output: \(output)")
  }
}
