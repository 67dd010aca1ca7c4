import Testing

@testable import Snippets

/// An array written in place (`b[i] = value`, `b[i] *= value`) whose old elements or whose written value lie on a
/// gradient path used to give docbuild's `grad(y, x)` a silently zero or partial gradient (the write is not
/// recorded); found by `Fuzz/gradient_differential.py`. It is refused by name now; writes off the path change nothing.
struct GradientAssignmentRefusalTests {
  static let setup = """
    >>> x = np.array([0.5, -1.5, 2.0])
    >>> b = x.copy()
    >>> b[0] = b[0] * 3.0
    >>> c = x + 0.0
    >>> c[1:] = np.sin(c[1:])
    >>> d = np.zeros(3)
    >>> d[1] = x[2]
    >>> e = x * 1.0
    >>> e[0] *= 2.0
    """

  static let message =
    "NotImplementedError: a gradient through an array written in place (b[i] = value, b[i] *= value) is not "
    + "supported in snippets"

  @Test(arguments: [
    "grad((b * b).sum(), x)", "grad((c ** 2).sum(), x)", "grad((d * x).sum(), x)", "grad(e.sum(), x)",
    "numgrad((b * b).sum(), x)",
  ])
  func isRefusedByName(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: Self.message)
  }

  /// Off the path (the written array does not depend on the argument) the gradient is the plain one.
  @Test func offThePathTheGradientIsUnchanged() throws {
    let transcript =
      Self.setup + """

        >>> w = np.ones(3)
        >>> w[0] = 4.0
        >>> grad((w * x).sum(), x)
        array([4., 1., 1.])
        >>> grad((b * x).sum(), x * 1.0)
        array([0., 0., 0.])
        """
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    for statement in run.statements { #expect(statement.passed, "\(statement.code) printed \(statement.output)") }
  }
}
