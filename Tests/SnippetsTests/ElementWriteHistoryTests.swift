import Testing

@testable import Snippets

/// A value written into an array element keeps, in the array's graph, only where its history meets values others
/// hold (`Tensor.dissolvePrivateHistory`): a gradient through the write is still refused wherever the target lies
/// upstream of the value, and a gradient that does not pass through the write is still the mathematics' own.
struct ElementWriteHistoryTests {
  static let setup = """
    >>> w = np.array([1.0, 2.0])
    >>> x = np.zeros(2)
    >>> x[0] = w[0] * 3
    >>> s = w[1] * 2
    >>> x[1] = s
    >>> def f(a):
    ...     b = a.copy()
    ...     for i in range(2):
    ...         b[i] = b[i] * a[i] + 1.0
    ...     return b.sum()
    ...
    >>> z = np.zeros(3)
    >>> for i in range(3):
    ...     z[i] = np.exp(w[0]) + i
    ...
    """

  /// Each statement differentiates through a write whose value was computed from the target.
  static let refused = [
    "grad(x.sum(), w)",
    "grad(x.sum(), s)",
    "grad(f(w), w)",
    "grad(z.sum(), w)",
    "numgrad(z.sum(), w)",
  ]

  @Test(arguments: refused)
  func aGradientThroughTheWriteIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(
      Self.setup, statement, saying: "a gradient through an array written in place")
  }

  /// NumPy casts an array's NaN or infinity into an int array with a RuntimeWarning, to a value each CPU chooses
  /// (INT_MIN on x86-64); a number is converted by int(), whose ValueError the fixtures hold.
  @Test(arguments: ["i[0, 2:] = np.array([1.0, np.inf, 2.0])", "i[:, 0] = np.array(np.nan)", "i[1] = np.array(np.inf)"])
  func aNonFiniteArrayCastIntoAnIntArrayIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(">>> i = np.arange(10).reshape(2, 5)", statement, saying: "each CPU chooses")
  }

  @Test func aGradientBesideTheWriteIsTheMathematicsOwn() throws {
    // d/dv sum(x * v) = x, which the writes made [3, 4]; d/dq sum(q) = 1 for the written array itself.
    #expect(try RefusalProbe.output(Self.setup + "\n>>> v = np.ones(2)", "grad((x * v).sum(), v)") == "array([3., 4.])")
    #expect(try RefusalProbe.output(Self.setup, "grad(x.sum(), x)") == "array([1., 1.])")
  }
}
