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
    "rfn.structured_to_unstructured(b.view(np.recarray))", "rfn.apply_along_fields(np.mean, np.rec.array(a))",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectError(Self.setup, statement, saying: "structured")
  }
}

/// Where NumPy's `structured_to_unstructured` and `merge_arrays` of a string array return a view but docbuild a copy, a write into either side (and the attributes describing the result's
/// memory) must be refused naming the recfunction, never printed as if the write stayed on its side.
struct RecfunctionViewRefusalTests {
  static let setup = """
    >>> import numpy.lib.recfunctions as rfn
    >>> p = np.array([(1.0, 2.0), (3.0, 4.0)], dtype=[('x', 'f8'), ('y', 'f8')])
    >>> b = np.array([(1, 2, 5), (4, 5, 7)], dtype=[('x', 'i4'), ('y', 'f4'), ('z', 'f8')])
    >>> s = np.array(['ab', 'c'])
    """

  /// A recfunction call whose result NumPy views, and a statement that writes into one side or describes its memory.
  static let refused: [(call: String, statement: String, function: String)] = [
    ("u = rfn.structured_to_unstructured(p)", "u.base", "structured_to_unstructured"),
    ("u = rfn.structured_to_unstructured(p)", "u.flags", "structured_to_unstructured"),
    ("u = rfn.structured_to_unstructured(p)", "u.strides", "structured_to_unstructured"),
    ("u = rfn.structured_to_unstructured(p)", "u.resize(4)", "structured_to_unstructured"),
    ("u = rfn.structured_to_unstructured(p)", "np.shares_memory(u, u[0])", "structured_to_unstructured"),
    ("m = rfn.merge_arrays(s)", "m['f0'][0] = 'z'", "merge_arrays"),
    ("k = rfn.apply_along_fields(lambda m, axis: m, p)", "k.strides", "structured_to_unstructured"),
    ("m = rfn.merge_arrays(s)", "s[1] = 'q'", "merge_arrays"),
  ]

  @Test(arguments: refused)
  func isRefusedNamingTheRecfunction(call: String, statement: String, function: String) throws {
    let text = Self.setup + "\n>>> " + call + "\n>>> " + statement
    let outputs = try RefusalProbe.unacceptedOutputs(of: text, naming: statement)
    let callOutput = try #require(outputs.dropLast().last)
    #expect(!callOutput.contains("Error"), "\(call) printed \(callOutput)")
    let output = try #require(outputs.last)
    #expect(output.contains("NotImplementedError: "), "\(statement) printed \(output)")
    #expect(output.contains("recfunctions.\(function) shares"), "\(statement) printed \(output)")
    #expect(output.contains("NumPy returns a view there"), "\(statement) printed \(output)")
  }

  /// NumPy refuses to resize an array a structured view references; here that is docbuild's refusal, never a resize.
  @Test func resizeOfAnArrayAStructuredArrayViewsIsRefused() throws {
    let text =
      Self.setup + """

        >>> z = np.arange(4.0)
        >>> v = rfn.unstructured_to_structured(z.reshape(2, 2))
        >>> z.resize(8)
        """
    let probe = SnippetSession().check(Snippet(text: text, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.contains("NotImplementedError: a.resize of an array whose memory a structured array views"))
  }

  /// A copy of the result is an array of its own: its writes stay out of the fields.
  @Test func copyOfTheResultIsApart() throws {
    let text =
      Self.setup + """

        >>> u = rfn.structured_to_unstructured(p).copy()
        >>> u[0, 1] = 9.0
        >>> p['y']
        """
    let probe = SnippetSession().check(Snippet(text: text, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output == "array([2., 4.])", "printed \(output)")
  }
}
