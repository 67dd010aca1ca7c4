import Testing

@testable import Snippets

/// What docbuild cannot compute as NumPy does on narrow dtypes (float32 `exp` and `**`, float32 matrix products,
/// float16 results, CPU-dependent casts) must be refused: an error naming the dtype, marked as docbuild's own limit,
/// so that no transcript can show it as expected output and no page shows a digit NumPy would not print.
struct DTypeRefusalTests {
  static let setup = """
    >>> f = np.array([0.5, 1.5], dtype=np.float32)
    >>> i8 = np.array([1, 2], dtype=np.int8)
    >>> i16 = np.array([1, 2], dtype=np.int16)
    >>> u64 = np.array([1, 2]).astype(np.uint64)
    >>> from autograd import grad
    """

  static let refused: [(statement: String, names: String)] = [
    ("np.exp(f)", "float32"), ("np.log(f)", "float32"), ("np.tanh(f)", "float32"), ("np.sin(f)", "float32"),
    ("f ** 2", "float32"), ("f ** f", "float32"), ("f // 2", "float32"), ("f % 2", "float32"),
    ("np.arctan2(f, f)", "float32"), ("np.hypot(f, f)", "float32"), ("f @ f", "float32"),
    ("np.dot(f, f)", "float32"), ("np.exp(i8)", "float16"), ("np.sqrt(i8)", "float16"), ("np.sin(i16)", "float32"),
    ("np.exp(np.array([True]))", "float16"), ("np.sqrt(np.array([True]))", "float16"), ("np.prod(f)", "float32"),
    ("np.cumsum(f)", "float32"), ("np.array([300.5]).astype(np.int8)", "int8"),
    ("np.array([np.nan]).astype(np.int16)", "int16"), ("np.array([-1.0]).astype(np.uint8)", "uint8"),
    ("u64 // 2", "uint64"), ("u64 < np.array([1, 2])", "uint64"), ("np.dtype('float16')", "float16"),
    ("np.zeros(2, dtype='complex128')", "complex128"), ("np.array([1, 2]).astype(np.float16)", "float16"),
    ("np.array([1.0]).astype(np.int8, casting='same_value')", "same_value"), ("np.median(f)", "float32"),
    ("f.var()", "float32"), ("np.std(f)", "float32"), ("np.linalg.norm(f)", "float32"), ("np.degrees(i16)", "float32"),
    ("np.rint(i8)", "float16"), ("np.sign(u64)", "uint64"), ("grad(lambda x: (x * x).sum())(f)", "float32"),
  ]

  @Test(arguments: refused.map(\.statement))
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let names = try #require(Self.refused.first { $0.statement == statement }?.names)
    let probe = SnippetSession().run(
      Snippet(text: Self.setup + "\n>>> " + statement, origin: .init(line: 1, column: 1)))
    let output = try #require(probe.statements.last?.output)
    #expect(output.contains("Error: "), "\(statement) printed \(output)")
    #expect(output.contains(names), "\(statement): \(output)")
    // Written as the expected text, the error still fails: it is docbuild's limit, never NumPy's output.
    let transcript = Self.setup + "\n>>> " + statement + "\n" + output
    let run = SnippetSession().run(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.statements.last?.passed == false, "\(statement) was accepted as expected output")
  }
}
