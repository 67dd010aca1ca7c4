import Testing

@testable import Snippets

/// Values whose last digits are docbuild's rather than LAPACK's (a decomposition's results, and `det`, `slogdet`,
/// `inv` and `solve` of matrices larger than 5×5, where OpenBLAS's blocked steps group sums otherwise) are refused
/// wherever every digit would show: printed or echoed, and also through `float(…)`, `.item()`, `.tolist()`, `str`,
/// a format without a precision and `%s`, which main printed as docbuild's digits. In the comments, what NumPy 2.4.6
/// prints for each (on AVX-512 and AVX2 CPUs alike) and what docbuild printed before.
@Suite struct ApproximateDigitsConversionTests {
  /// x = eigvalsh(M): NumPy's x[1] is 3.350715494353738, docbuild's 3.350715494353739.
  static let eigenvalues = """
    >>> M = np.array([[2.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 4.0]])
    >>> x = np.linalg.eigvalsh(M)
    """

  /// B's det, inverse and solution: NumPy -208737.00000000023, inv(B)[0, 0] 0.08614668218859131 (docbuild printed
  /// 0.08614668218859135), solve(B, B[0])[0] 0.3643771827706635 (docbuild 0.36437718277066355).
  static let sevenBySeven = ">>> B = np.arange(49.0).reshape(7, 7) + np.eye(7) * 3"

  @Test(arguments: [
    "float(x[1])", "x.tolist()", "x[1].item()", "str(x[1])", "f\"{x[1]}\"", "\"%s\" % x[1]", "\"{}\".format(x[1])",
    "[float(v) for v in x]",
  ])
  func everyDigitOfADecompositionIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.eigenvalues, statement, saying: "np.linalg.eigvalsh")
  }

  /// A Python float taken out keeps the refusal where it would show every digit, by its bits.
  @Test(arguments: [
    "v", "print(v)", "str(v)", "[v, 1]", "f\"{v}\"", "\"%r\" % v", "f\"{v:.12f}\"", "f\"{x[1]:.17g}\"",
  ])
  func aFloatTakenOutIsRefusedWhereItShowsEveryDigit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.eigenvalues + "\n>>> v = float(x[1])", statement, saying: "eigvalsh")
  }

  /// Fewer digits than a float64's are NumPy's too (NumPy: '3.3507', 3.350715, np.float64(-208737.0)).
  @Test func aPrecisionShowsItsDigits() {
    let transcript = """
      \(Self.eigenvalues)
      >>> v = float(x[1])
      >>> f"{v:.4f}", f"{v:.11f}", f"{v:g}", f"{x[1]:.3e}"
      ('3.3507', '3.35071549435', '3.35072', '3.351e+00')
      >>> round(v, 6)
      3.350715
      \(Self.sevenBySeven)
      >>> np.round(np.linalg.det(B), 6)
      np.float64(-208737.0)
      >>> np.linalg.det(B[:5, :5])
      np.float64(-2726.999999999998)
      >>> float(np.linalg.det(M))
      19.37

      """
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
  }

  @Test(arguments: [
    ("np.linalg.det(B)", "np.linalg.det"), ("float(np.linalg.det(B))", "np.linalg.det"),
    ("np.linalg.inv(B)[0, 0]", "np.linalg.inv"), ("np.linalg.solve(B, B[0]).tolist()", "np.linalg.solve"),
    ("np.linalg.slogdet(B)[1]", "np.linalg.slogdet"),
  ])
  func everyDigitOfALargeFactorizationIsRefused(statement: String, function: String) throws {
    try RefusalProbe.expectRefused(Self.sevenBySeven, statement, saying: function)
  }

  /// The reach probe's case (numpy-100, exercise 79): an 8×8 Cauchy matrix's det, which NumPy prints as
  /// 3638.1636371179666 on AVX-512 CPUs and 3638.163637117973 on AVX2 ones.
  @Test func aCauchyDeterminantIsRefused() throws {
    let setup = """
      >>> X = np.arange(8)
      >>> Y = X + 0.5
      >>> C = 1.0 / np.subtract.outer(X, Y)
      """
    try RefusalProbe.expectRefused(setup, "print(np.linalg.det(C))", saying: "np.linalg.det")
  }

  /// The history that showed where a value came from can go: a decomposition's result written into an array in
  /// place (the value's own history is cut there), or a value whose history is forgotten when memory is measured (no
  /// named value feeds it). Both printed docbuild's digits (3.350715494353739 where NumPy prints
  /// 3.350715494353738); the decomposition's name is kept where the history goes.
  @Test func theOriginOutlivesTheHistory() throws {
    let matrix = "np.array([[2.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 4.0]])"
    try RefusalProbe.expectRefused(
      ">>> a = np.zeros(3)\n>>> a[0] = np.linalg.eigvalsh(\(matrix))[1]", "a[0]", saying: "np.linalg.eigvalsh")
    // 72 MB allocated: the statement's end measures memory, and forgets the history no named value feeds.
    try RefusalProbe.expectRefused(
      ">>> x = np.linalg.eigvalsh(\(matrix))\n>>> big = np.ones((3000, 3000))", "x[1]", saying: "np.linalg.eigvalsh")
    // An array made from the floats `tolist` gave is a new value, with no history at all: their bits tell.
    try RefusalProbe.expectRefused(
      ">>> y = np.array(np.linalg.eigvalsh(\(matrix)).tolist())", "y[1]", saying: "np.linalg.eigvalsh")
    // Its bytes show every bit (`.hex()` printed docbuild's), so they are refused where they are taken.
    try RefusalProbe.expectRefused("", "np.linalg.eigvalsh(\(matrix)).tobytes()", saying: "np.linalg.eigvalsh")
    try RefusalProbe.expectRefused(
      "", "np.linalg.eigvalsh(\(matrix)).tobytes().hex()", saying: "np.linalg.eigvalsh")
  }
}
