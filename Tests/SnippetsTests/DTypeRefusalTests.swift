import Testing

@testable import Snippets

/// What docbuild cannot compute as NumPy does on narrow dtypes (float32 `exp` and `**`, float16 ones too close to a
/// rounding boundary, their matrix products, gradients through them, CPU-dependent casts) must be refused: an error naming the dtype, marked as docbuild's own limit,
/// so that no transcript can show it as expected output and no page shows a digit NumPy would not print.
struct DTypeRefusalTests {
  static let setup = """
    >>> f = np.array([0.5, 1.5], dtype=np.float32)
    >>> h = np.array([0.5, 1.5], dtype=np.float16)
    >>> i8 = np.array([1, 2], dtype=np.int8)
    >>> i16 = np.array([1, 2], dtype=np.int16)
    >>> u64 = np.array([1, 2]).astype(np.uint64)
    >>> from autograd import grad
    """

  static let refused: [(statement: String, names: String)] = [
    ("np.exp(f)", "float32"), ("np.log(f)", "float32"), ("np.tanh(f)", "float32"), ("np.sin(f)", "float32"),
    ("f ** 3", "float32"), ("f ** f", "float32"), ("f @ np.ones(2, dtype=np.float32)", "float32"),
    ("np.arctan2(f[::-1], f)", "np.arctan2"), ("f @ f", "float32"),
    ("np.dot(f, f)", "float32"), ("np.exp(np.array([1.16], dtype=np.float16))", "float16"), ("np.sin(i16)", "float32"),
    ("np.arctan2(np.array([True]), True)", "float16"), ("np.reciprocal(np.array([True]))", "int8"),
    ("np.prod(f)", "float32"),
    ("np.cumsum(f)", "float32"), ("np.array([300.5]).astype(np.int8)", "int8"),
    ("np.array([np.nan]).astype(np.int16)", "int16"), ("np.array([-1.0]).astype(np.uint8)", "uint8"),
    ("np.hypot(u64, 2)", "uint64"), ("np.maximum(u64, True)", "uint64"),
    ("np.log(np.array([1j]))", "complex128"),
    ("np.array([1.0]).astype(np.int8, casting='same_value')", "same_value"),
    ("np.median(f * np.float32(2e38))", "np.median of float32 values beyond"),
    ("f.var()", "float32"), ("np.std(f)", "float32"), ("np.linalg.norm(f)", "float32"), ("np.degrees(i16)", "float32"),
    ("np.sign(u64)", "uint64"), ("np.array([[1j, 2], [3, 4]]) @ np.array([1j, 1])", "complex128"),
    ("np.sqrt(np.array([1j], dtype=np.complex64))", "complex64"),
    ("np.prod(np.array([1j], dtype=np.complex64))", "complex64"),
    ("np.array([1j]) ** 0.5", "complex128"), ("(1+2j) ** 0.5", "complex"),
    ("np.std(np.array([1j], np.complex64), dtype=np.complex64)", "np.std"),
    ("np.array([complex(np.nan, 1)]).astype(np.int8)", "int8"),
    ("np.linalg.norm(np.array([1j]))", "complex128"), ("np.median(np.array([1j]))", "complex128"),
    ("np.linalg.inv(np.array([[1j]]))", "complex128"),
    ("np.einsum('i,i', np.array([1j]), np.array([1j]))", "complex128"),
    ("grad(lambda x: (x * (1 + 1j)).real.sum())(np.array([1.0, 2.0]))", "complex"),
    ("np.set_printoptions(precision=5000)", "precision"), ("np.set_printoptions(edgeitems=10**12)", "edgeitems"),
    ("np.set_printoptions(formatter={'float': str})", "formatter"), ("np.set_printoptions(legacy='1.0')", "legacy"),
    ("grad(lambda x: (x * x).sum())(f)", "float32"),
    // Inputs whose exact result is too close to a float16 rounding boundary (prove_float16_functions.py).
    ("np.exp(np.float16(0.0574))", "float16"), ("np.sin(np.float16(421.2))", "float16"),
    ("np.log(np.float16(0.08954))", "float16"), ("np.cosh(h + np.float16(0.3076))", "float16"),
    ("np.tan(np.float16(2.08e+03))", "float16"), ("np.arctan(np.float16(9.36))", "float16"),
    ("np.cbrt(np.float16(62.28))", "float16"), ("np.expm1(np.float16(0.4678))", "float16"),
    ("np.log10(np.float16(0.0798))", "float16"), ("np.arcsin(np.float16(0.3481))", "float16"),
    ("np.arcsinh(np.float16(874.5))", "float16"), ("np.cbrt(np.array([1.5, 2.5], dtype=np.float32)[::-1])", "np.cbrt"),
    ("np.float16(47) ** 2", "float16"), ("h ** np.float16(3) * 0 + np.float16(6.5) ** 3", "float16"),
    ("np.arctan2(h, h)", "float16"), ("np.arctan2(i8, i8)", "float16"),
    ("h @ f", "float32"), ("np.einsum('i,i', h, f)", "float16"),
    ("np.linalg.inv(np.eye(2, dtype=np.float16))", "float16"),
    ("np.ones((300, 300), dtype=np.float16)[::-1].prod()", "8192"), ("np.ones(1, dtype='3u1')", "3u1"),
    ("np.dtype('(2, 3)f8')", "(2, 3)f8"), ("f.var()", "float32"), ("np.std(f)", "float32"),
    ("np.linalg.norm(h)", "float16"),
    ("np.ones((3, 3000, 3), dtype=np.float16).mean(axis=1)", "float16"),
    ("np.ones((300, 300), dtype=np.float16)[::-1].sum()", "8192"),
    ("np.ones((2, 3), dtype=np.float16).T.mean()", "float16"),
    ("np.logaddexp(h, h)", "float16"), ("np.convolve(h, h)", "float16"),
    ("np.interp(1.0, h, h)", "float16"), ("np.cov(h)", "float16"),
    ("np.add.accumulate(f)", "float32"),
    ("grad(lambda x: (x * x).sum())(h)", "float16"),
    ("grad(lambda x: x.astype(np.float16).astype(float).sum())(np.array([1.0]))", "float16"),
    ("grad(lambda x: np.array(x, dtype=np.float16).astype(float).sum())(np.array([1.0]))", "float16"),
  ]

  @Test(arguments: refused.map(\.statement))
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let names = try #require(Self.refused.first { $0.statement == statement }?.names)
    let output = try RefusalProbe.unacceptedOutput(Self.setup, statement)
    #expect(output.contains("Error: "), "\(statement) printed \(output)")
    #expect(output.contains(names), "\(statement): \(output)")
  }
}

/// Print options belong to a chapter: a `fresh` block and the next chapter start from NumPy's defaults, and a
/// `with np.printoptions(...)` body restores them even when it raises.
struct PrintOptionsScopeTests {
  static let x = "np.array([1/3])"

  @Test func freshBlockResetsPrintOptions() {
    let session = SnippetSession()
    _ = session.check(Snippet(text: ">>> np.set_printoptions(precision=2)", origin: .init(line: 1, column: 1)))
    let same = session.check(Snippet(text: ">>> \(Self.x)\narray([0.33])", origin: .init(line: 3, column: 1)))
    #expect(!same.statements.contains { !$0.passed })
    var options = SnippetOptions()
    options.fresh = true
    let fresh = session.check(
      Snippet(text: ">>> \(Self.x)\narray([0.33333333])", origin: .init(line: 6, column: 1), options: options))
    #expect(!fresh.statements.contains { !$0.passed }, "\(fresh.statements.map(\.output))")
    let other = SnippetSession().check(
      Snippet(text: ">>> \(Self.x)\narray([0.33333333])", origin: .init(line: 1, column: 1)))
    #expect(!other.statements.contains { !$0.passed })
  }

  @Test func withBlockRestoresOptionsAfterAnError() {
    let text = """
      >>> with np.printoptions(precision=1):
      ...     print(\(Self.x))
      ...     1 / 0
      ...
      [0.3]
      ZeroDivisionError: division by zero
      >>> \(Self.x)
      array([0.33333333])
      >>> np.printoptions(precision=1)
      """
    let result = SnippetSession().check(Snippet(text: text, origin: .init(line: 1, column: 1)))
    #expect(!result.statements.prefix(2).contains { !$0.passed }, "\(result.statements.map(\.output))")
    // Its repr holds a memory address in Python: an echo is refused, never shown.
    #expect(result.statements.last?.passed == false)
    #expect(result.statements.last?.output.contains("memory address") == true)
  }
}
