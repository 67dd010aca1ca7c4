import Testing

@testable import Snippets

/// A Python float taken out of a value computed from `x` (`float(x[0])`, `x[0].item()`) keeps no record, so
/// docbuild's `grad(y, x)` of a `y` computed with it used to leave its part of ∂y/∂x out (found by
/// `Fuzz/gradient_differential.py`, seeds 500–520); it is refused by name now. autograd's own `grad` raises its
/// errors for these conversions (`interpreter/53-gradients-at-ties-and-bounds.txt`).
struct GradientConversionRefusalTests {
  static let setup = """
    >>> x = np.array([0.31, -1.2, 0.77, 1.9])
    >>> c = float(x[2])
    >>> y = (x * c).sum()
    """

  static let message = "NotImplementedError: grad(y, x) of a y computed with the Python float"

  @Test(arguments: [
    "grad(float(x[0]) * x.sum(), x)", "grad(x[0].item() * x.sum(), x)", "grad(y, x)",
    "grad(np.sin(x).sum() * float(np.cos(x[1])), x)",
  ])
  func isRefusedByName(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: Self.message)
  }

  /// A conversion notes only the last `PythonNumberRecord.walkLimit` steps of a long history: where the value it
  /// stopped at is still held, `grad` walks on from it and tells a dependence on `x` from none; where it is gone,
  /// nothing can tell, and the gradient is refused rather than given without the float's part.
  @Test func aLongHistoryIsFollowedWhereItIsStillHeld() throws {
    let chain = { (start: String) in
      ">>> v = \(start) * 1.0\n>>> for i in range(200):\n...     v = v * 1.0\n...\n"
    }
    try RefusalProbe.expectRefused(
      Self.setup + "\n" + chain("x") + ">>> c = float(v.sum())", "grad((x * c).sum(), x)", saying: Self.message)
    try RefusalProbe.expectRefused(
      Self.setup + "\n" + chain("x") + ">>> c = float(v.sum())\n>>> del v", "grad((x * c).sum(), x)",
      saying: "NotImplementedError: grad(y, x) of a y computed with the Python float 1.78, taken (float(…) or "
        + ".item()) from a value whose history docbuild no longer holds")
    let independent =
      Self.setup + "\n>>> w = np.array([2.0, 0.5])\n" + chain("w") + """
        >>> k = float(v.sum())
        >>> grad((x * k).sum(), x)
        array([2.5, 2.5, 2.5, 2.5])
        """
    let run = SnippetSession().check(Snippet(text: independent, origin: .init(line: 1, column: 1)))
    for statement in run.statements { #expect(statement.passed, "\(statement.code) printed \(statement.output)") }
  }

  /// A number taken from a value that does not depend on `x`, or printed and not computed with, changes nothing.
  @Test func offThePathTheGradientIsUnchanged() throws {
    let transcript =
      Self.setup + """

        >>> w = np.array([2.5, 4.0])
        >>> k = float(w[0])
        >>> print(float(y))
        1.3706
        >>> grad((x * k).sum(), x)
        array([2.5, 2.5, 2.5, 2.5])
        >>> grad((x * x).sum(), x)
        array([ 0.62, -2.4 ,  1.54,  3.8 ])
        """
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    for statement in run.statements { #expect(statement.passed, "\(statement.code) printed \(statement.output)") }
  }
}
