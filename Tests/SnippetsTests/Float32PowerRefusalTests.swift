import Testing

@testable import Snippets

/// `**` of float32 values runs where NumPy's `**` computes a correctly rounded float32 `square`, `reciprocal` or
/// `sqrt` (an array to a Python int 2 or -1 or a Python float 0.5; checked against NumPy in
/// `Fixtures/interpreter/96-float32-power-square-reciprocal-sqrt.txt`, `make_float32_power_fixtures.py`). Every other
/// float32 power runs NumPy's own powf kernel, or C's `powf` for a NumPy scalar, whose last bits docbuild does not
/// reproduce (`np.float32(4097) ** 2` is one float32 off `4097 * 4097` in NumPy 2.4.6): refused, naming the dtype.
struct Float32PowerRefusalTests {
  static let setup = """
    >>> f = np.array([0.5, 1.5], dtype=np.float32)
    """

  static let refused = [
    "f ** 3", "f ** 2.0", "f ** -1.0", "f ** 0.25", "f ** np.float32(2)", "f ** np.int8(2)", "f ** f", "2 ** f",
    "np.float32(3) ** 2", "np.float32(4097) ** 0.5", "f[0] ** -1", "np.power(f, f)",
    "f ** np.array([2, 2], dtype=np.float32)",
  ]

  @Test(arguments: refused)
  func isRefusedNamingTheDType(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "float32")
  }
}
