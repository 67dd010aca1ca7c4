import Testing

@testable import Snippets

/// A gradient whose path from x to y passes through a float32, float16 or complex value (which the graph does not
/// record) used to print without that path's contribution; it is refused instead, naming the dtype, by docbuild's
/// `grad`, `numgrad` and gradient tables and by autograd's `grad`, first and second order. autograd's gradient
/// through an integer cast (which it passes through unchanged) is refused too. The same detours off the path, and
/// integer casts under docbuild's own `grad`, are checked against NumPy and autograd in
/// `Fixtures/interpreter/46-gradient-dtype-detours.txt` (`Fixtures/make_gradcut_fixtures.py`).
struct GradientDetourRefusalTests {
  static let setup = """
    >>> from autograd import grad as agrad
    >>> x = np.array([1.0, 2.0])
    >>> y2 = (x.astype(np.float32) * x).sum()
    >>> y8 = (x * (1+2j)).real.sum()
    >>> y16 = x.astype(np.float16).astype(np.float64).sum()
    """

  static let float32 = "NotImplementedError: a gradient through float32 values is not supported in snippets"
  static let complex128 =
    "NotImplementedError: a gradient through complex (complex128) values is not supported in snippets"
  static let float16 = "NotImplementedError: a gradient through float16 values is not supported in snippets"
  static let autogradComplex = "NotImplementedError: a gradient through complex values is not supported in snippets"
  static let integerCast = "NotImplementedError: a gradient through a cast to int64 is not supported in snippets"

  static let refused: [(statement: String, message: String)] = [
    ("grad(y2, x)", float32), ("grad(y8, x)", complex128), ("grad(y16, x)", float16),
    ("numgrad(y2, x)", float32), ("numgrad(y8, x)", complex128), ("gradients(y2, x)", float32),
    ("grad(x.astype(np.float32).sum(), x)", float32),
    ("grad(np.array(x, dtype=np.float32).astype(np.float64).sum(), x)", float32),
    ("grad(np.array([x.astype(np.float32)], dtype=np.float64).sum(), x)", float32),
    ("grad((x * 1j).imag.sum(), x)", complex128), ("grad(np.abs(x * (1+1j)).sum(), x)", complex128),
    ("grad((x.astype(np.complex64) * 2).real.sum(), x)", "a gradient through complex (complex64) values"),
    ("grad((x.astype(np.float32) * 2 + 1).astype(np.float64).sum(), x)", float32),
    ("grad(y2, x, np.float64(1.0))", float32),
    ("grad(np.float32(x[0]).astype(float) * 1.0, x)", float32),
    ("grad(np.float64(np.float32(x[1])) * 1.0, x)", float32),
    ("grad(np.complex128(x[0]).real * 1.0, x)", complex128), ("grad(np.angle(x * (1+1j)).sum(), x)", complex128),
    ("grad(np.conj(x * (1+1j)).real.sum(), x)", complex128),
    ("grad(np.where(x > 1, x.astype(np.float32), x).sum(), x)", float32),
    ("grad(np.concatenate([x.astype(np.float32), x]).sum(), x)", float32),
    ("grad(x.astype(np.float32).mean().astype(float), x)", float32),
    ("agrad(lambda x: np.sum(x.astype(np.float32)))(x)", float32),
    ("agrad(lambda x: np.sum(x.astype(np.float32) * x))(x)", float32),
    ("agrad(lambda x: np.sum(x.astype(np.float32).astype(np.float64) ** 2))(x)", float32),
    ("agrad(agrad(lambda x: np.sum(x.astype(np.float32).astype(np.float64) * x)))(np.float64(1.5))", float32),
    ("agrad(lambda x: np.sum(x * (1+2j)).real)(x)", autogradComplex),
    ("agrad(lambda x: np.sum(x.astype(np.int64) * 1.0))(x)", integerCast),
    ("agrad(lambda x: np.sum(x * x.astype(np.int64)))(x)", integerCast),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, message: String) throws {
    let output = try RefusalProbe.unacceptedOutput(Self.setup, statement)
    #expect(output.contains(message), "\(statement) printed \(output)")
  }

  /// The refusal comes only from the path: the same values off it leave the gradient as it was.
  @Test func offThePathTheGradientIsUnchanged() throws {
    let transcript =
      Self.setup + """

        >>> grad(y2 * 3.0, y2)
        array(3.)
        >>> grad((x * x).sum() + y2 * 0.0, x * 1.0)
        array([0., 0.])
        """
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    for statement in run.statements { #expect(statement.passed, "\(statement.code) printed \(statement.output)") }
  }
}
