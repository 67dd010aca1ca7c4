import Testing

@testable import Snippets

/// What session 39's reach probe (reach39a) left refused in the complex convolutions it opened: a part of one output
/// element at rounding-noise level, whose last bits are the order OpenBLAS's zdotu summed in (on AVX2 machines its
/// kernels add the last terms without fused multiply-adds), as `np.dot` refuses it. A part of at most two exact
/// nonzero products (np.poly of a pole and its conjugate) is one rounding in every order, and runs. And numpy.typing's
/// names used other than in annotations and aliases, and sys.getsizeof of anything but a NumPy array. What runs is
/// checked against NumPy in `Fixtures/interpreter/380-*` to `384-*` (`make_session39_reach_fixtures.py`).
struct Reach39aRefusalTests {
  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("np.poly([0.3 + 0.4j, 0.3 - 0.4j, -0.8 + 0.1j, -0.8 - 0.1j])", "complex dot product has a part at rounding-noise"),
    (
      "np.polynomial.polynomial.polyfromroots([0.3 + 0.4j, 0.3 - 0.4j, -0.8 + 0.1j, -0.8 - 0.1j])",
      "complex dot product has a part at rounding-noise"
    ),
    ("np.convolve([0.1 + 0.2j, 0.3j, 0.7], [0.7 - 0.1j, 0.3j, -0.7])", "complex dot product has a part at rounding"),
    ("np.correlate([1j, 2], [1, 2])", "np.correlate of complex128 values is not supported"),
    // numpy.typing's unions of NumPy's private protocols are names for annotations only.
    ("np.typing.ArrayLike", "repr of numpy.typing.ArrayLike"),
    ("np.typing.DTypeLike[int]", "subscripting numpy.typing.DTypeLike"),
    ("np.typing.NDArray[np.dtype('f8')]", "numpy.typing.NDArray of this type"),
  ]

  /// sys.getsizeof answers NumPy's reckoning of an array; other objects' sizes are CPython's and NumPy's layouts:
  /// (statement, words the refusal says).
  static let sizes: [(statement: String, words: String)] = [
    ("sys.getsizeof(1.5)", "sys.getsizeof of a float is not supported"),
    ("sys.getsizeof([1, 2])", "sys.getsizeof of a list is not supported"),
    ("sys.getsizeof(np.float64(1))", "sys.getsizeof of a float64 is not supported"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused("", statement, saying: words)
  }

  @Test(arguments: sizes)
  func sizesOfOtherObjectsAreRefused(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(">>> import sys", statement, saying: words)
  }
}
