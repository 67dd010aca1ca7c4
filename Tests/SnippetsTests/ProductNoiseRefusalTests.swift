import Testing

@testable import Snippets

/// A matrix or vector product holding an entry at rounding-noise level is refused: NumPy's own digits there differ
/// between CPUs (`np.dot([0.1, 0.2], [0.2, -0.1])` is 1.6653345369377347e-18 with OpenBLAS's AVX-512 kernels and 0.0
/// with its Haswell ones, `OPENBLAS_CORETYPE=SkylakeX` / `Haswell` on one machine; `mat @ inv(mat)` of Python for
/// Data Analysis, chapter 4, differs in every entry off the diagonal). Products of integer data, whose sums are exact
/// in any order, and products whose entries are far from noise still print.
struct ProductNoiseRefusalTests {
  static let setup = """
    >>> rng = np.random.default_rng(seed=12345)
    >>> X = rng.standard_normal((5, 5))
    >>> mat = X.T @ X
    >>> u = np.array([0.1, 0.2])
    >>> v = np.array([0.2, -0.1])

    """

  @Test(arguments: [
    "mat @ np.linalg.inv(mat)", "np.dot(u, v)", "u @ v", "u.dot(v)", "np.matmul(u[None], v[:, None])",
    "print(np.linalg.inv(mat) @ mat)", "repr(u @ v)", "f'{u @ v}'", "mat @ np.linalg.inv(mat) - np.eye(5)",
  ])
  func noiseIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "rounding-noise level")
  }

  /// Rounding such a product rounds its noise to zeros whose signs (`-0.`) are the noise's.
  @Test(arguments: ["np.round(mat @ np.linalg.inv(mat), 6)", "(mat @ np.linalg.inv(mat)).round(3)", "np.around(u @ v)"])
  func roundingNoiseIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "rounding a matrix product")
  }

  /// Exact in every order (integer data), or nowhere near noise: the text is the mathematics' (and NumPy's).
  @Test(arguments: [
    ("np.array([[1., -1.], [1., 1.]]) @ np.array([1., 1.])", "array([0., 2.])"),
    ("np.dot(np.array([1., 2., 3.]), np.array([4., -2., 0.]))", "np.float64(0.0)"),
    ("np.array([[1., 2.], [3., 4.]]) @ np.array([[4., -2.], [-3., 1.]])", "array([[-2.,  0.],\n       [ 0., -2.]])"),
    ("u @ u", "np.float64(0.05000000000000001)"),
    ("np.round(mat @ np.eye(5), 3)[0, 0] == np.round(mat[0, 0], 3)", "np.True_"),
  ])
  func exactOrFarFromNoisePrints(statement: String, expected: String) throws {
    let output = try RefusalProbe.output(Self.setup, statement)
    #expect(output == expected, "\(statement) printed \(output)")
  }
}
