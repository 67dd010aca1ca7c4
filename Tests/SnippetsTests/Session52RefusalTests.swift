import Testing

@testable import Snippets

/// What session 52 refuses where docbuild printed digits other than NumPy's: Python arithmetic on a float taken from a
/// decomposition's result. Such a float was noted by its bits, so `float(w[0])` itself was refused, but arithmetic
/// made a float with other bits that nothing recognised: `float(w[0]) * 2` of the singular matrix below printed
/// 32.23368793961408 where NumPy (CPython 3.11, NumPy 2.4) prints 32.233687939614086, its first eigenvalue being
/// 16.116843969807043 there and 16.11684396980704 here.
struct Session52RefusalTests {
  static let setup = """
    >>> import numpy as np
    >>> import math
    >>> m = np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]])
    >>> w = np.linalg.eigvals(m)
    >>> x = float(w[0])
    >>> noise = float(w[2])
    """

  /// Every digit of a float arithmetic made from a noted one is refused where it would be shown whole.
  @Test(arguments: [
    "x * 2", "x + 1", "2 * x - 1", "x ** 2", "x % 3", "x / 3 * 3", "sum([x, 1.0])", "pow(x, 2)",
    "[v * 2 for v in w.tolist()]", "divmod(x, 1)", "max(x * 2, 1.0)", "str(x * 2)",
    "repr(-x / 7)", "f'{x * 2}'", "np.float64(x) * 2", "np.float64(2.0) * x", "np.sqrt(x)", "np.float64(x * 3)",
    "np.array(x) * 2", "np.asarray(x) + 1",
  ])
  func arithmeticOnANotedFloatIsRefused(shown: String) throws {
    try RefusalProbe.expectRefused(Self.setup, shown, saying: "")
  }

  /// A sum over a loop carries the note through every step.
  @Test func loopAccumulationIsRefused() throws {
    try RefusalProbe.expectRefused(
      Self.setup + "\n>>> t = 0.0\n>>> for k in range(5):\n...     t += x * k", "t", saying: "np.linalg.eigvals")
  }

  /// Past `ApproximateFloats.carriedLimit` carried floats, every nonzero float's every digit is refused, one never
  /// computed from the decomposition too, while a format with a precision still shows its digits.
  @Test func carryingPastTheLimitRefusesEveryFloat() throws {
    let loop =
      Self.setup + "\n>>> t = 0.0\n>>> for k in range(\(ApproximateFloats.carriedLimit + 2)):\n...     t = x * k"
    try RefusalProbe.expectRefused(loop, "0.1 + 0.2", saying: "stopped telling them from other floats")
    #expect(try RefusalProbe.output(loop, "f'{0.1 + 0.2:.2f}'") == "'0.30'")
  }

  /// Noise scaled by arithmetic stays noise: no digit of it is NumPy's, rounded or not (NumPy's third eigenvalue is
  /// -9.75918483e-16, docbuild's -3.21775239e-16).
  @Test(arguments: ["round(noise * 1e16, 2)", "f'{noise * 1e16:.2f}'", "round(noise / 1e-16 + 1, 1)"])
  func scaledNoiseIsRefused(shown: String) throws {
    try RefusalProbe.expectRefused(Self.setup, shown, saying: "rounding-noise level")
  }

  /// An integer made from a noted float is refused where the eigenvalue's ninth significant digit on would decide it:
  /// NumPy's `int(x * 1e8)` is 1611684396, and a float within 1e-8 of its size of an integer truncates to either side.
  @Test(arguments: ["int(x * 1e8)", "math.floor(x * 1e9)", "math.ceil(x * 1e10)", "int(x * 1e16)"])
  func truncationPastTheReliableDigitsIsRefused(shown: String) throws {
    try RefusalProbe.expectRefused(Self.setup, shown, saying: "past the eighth significant one")
  }

  /// Random draws that return a decomposition's entries, or numbers made from them, without their history
  /// (`Fuzz/dtype_sweep.py --variants noise` over the random modules: `np.random.choice(w)` of a seeded global state
  /// printed -0.8729833462074169 where NumPy prints LAPACK's last digits, and `rng.permutation(w)` noise entries).
  @Test(arguments: [
    "np.random.choice(w)", "np.random.permutation(w)", "np.random.default_rng(0).permutation(w)",
    "np.random.default_rng(0).choice(w, 2)", "np.random.default_rng(0).uniform(w, w)",
  ])
  func drawsOfADecompositionsEntriesAreRefused(shown: String) throws {
    try RefusalProbe.expectRefused(Self.setup + "\n>>> np.random.seed(0)", shown, saying: "without the history")
  }

  /// A decomposition's result scaled until its rounding noise reaches the digits shown: a sine or cosine of it, and
  /// an integer decision, are LAPACK's rounding's (NumPy's `int(w[2] * 1e16)` is -9, docbuild's noise gave -3).
  @Test(arguments: [
    "np.sin(w * 1e16)", "np.cos(w / 1e-16)", "int(w[2] * 1e16)", "int(w[0] * 1e16)", "math.floor(w[2] * 1e16)",
    "np.floor(w * 1e16)", "np.tan(-w[:2] * 1e9)",
  ])
  func scaledDecompositionNoiseIsRefused(shown: String) throws {
    try RefusalProbe.expectRefused(Self.setup, shown, saying: "scaled until its rounding noise")
  }

  /// What stays answered, with NumPy's text: rounded shows, formats with a precision, and integers its first digits
  /// decide (CPython 3.11 + NumPy 2.4 print these).
  @Test(arguments: [
    ("round(x * 2, 6)", "32.233688"), ("f'{x * 2:.4f}'", "'32.2337'"), ("int(x)", "16"), ("math.floor(x * 10)", "161"),
    ("1.5 * 2", "3.0"), ("round(x + 1, 8)", "17.11684397"), ("np.cos(w[:2] * 10)", "array([-0.58394671,  0.17200576])"),
    ("int(w[0] * 10)", "161"), ("np.floor(w[:2] * 10)", "array([161., -12.])"),
    ("np.sin(np.abs(w[:2]) * 2 + 1)", "array([ 0.96965881, -0.09196516])"),
  ])
  func roundedResultsStayAnswered(shown: String, numpy: String) throws {
    #expect(try RefusalProbe.output(Self.setup, shown) == numpy)
  }
}
