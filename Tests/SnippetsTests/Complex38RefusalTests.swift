import Testing

@testable import Snippets

/// What complex38 leaves refused among complex products and statistics. Vector · vector products (`np.dot`, `@`,
/// `np.matmul`, `np.inner`, `np.vdot`, `ndarray.dot`) follow OpenBLAS's zdotu/zdotc and cdotu/cdotc orders and
/// NumPy's own loops (checked in `Fixtures/interpreter/375-complex38-vector-products.txt`, and under the Haswell
/// kernels in `Fixtures/haswell/376-…` by `ComplexProductKernelTests`); matrix · vector and matrix · matrix
/// products, which NumPy hands to zgemv, zgemm or zsyrk, stacked products, `np.dot` beyond two vectors (zgemv, zgemm,
/// zaxpy), `np.vdot` of a view NumPy may read in place with one step, and a BLAS dot product with a part at
/// rounding-noise level (whose digits NumPy's kernels decide per CPU) are refused. complex64 `np.var`/`np.std`,
/// `np.nanvar`, `np.nanstd`, `np.ptp` and `np.average` follow NumPy's steps (`377-complex38-statistics.txt`);
/// `where=` of complex `var`/`std` too, but not over a view out of C order, more than 8192 elements or values that
/// are not finite (as for floats); `dtype=` on complex `var`/`std` (NumPy's cast
/// sums) and on complex `nanvar`, and
/// `np.cov`, `np.corrcoef` of complex values (a zgemm product) stay refused.
struct Complex38RefusalTests {
  /// A complex128 matrix bound to `m`, vectors `z` and `w`, a complex64 vector `c`.
  static let setup = """
    >>> import numpy as np
    >>> m = np.array([[1+2j, 3-1j, 0.5j], [2, -1j, 1+1j]])
    >>> z = np.array([3+1j, 1-2j, 2+0j])
    >>> w = np.array([0.5-1j, 2j, -1+0j])
    >>> c = z.astype(np.complex64)
    """

  /// (statement, words the refusal says).
  static let refused: [(statement: String, words: String)] = [
    ("m @ z", "a matrix-vector product of complex128 values"),
    ("np.matmul(m, z)", "OpenBLAS's zgemv"),
    ("z[:2] @ m", "a matrix-vector product of complex128 values"),
    ("m.T @ np.ones(2)", "a matrix-vector product of complex128 values"),
    ("m @ m.T", "a matrix-matrix product of complex128 values"),
    ("m.astype(np.complex64) @ m.T.astype(np.complex64)", "OpenBLAS's cgemm"),
    ("m @ np.ones((3, 2))", "OpenBLAS's zgemm"),
    ("np.ones((2, 2, 3)) @ z", "a stacked matrix product of complex128 values"),
    ("np.dot(m, z)", "np.dot of complex128 arrays that are not two 1-d vectors"),
    ("m.dot(m.T)", "np.dot of complex128 arrays that are not two 1-d vectors"),
    ("np.dot(z[:, None], w[None, :])", "np.dot of complex128 arrays that are not two 1-d vectors"),
    ("np.inner(m, m)", "np.dot of complex128 arrays that are not two 1-d vectors"),
    ("np.dot(np.array([0.1, 0.2]) + 0j, np.array([0.2, -0.1]) + 0j)", "a part at rounding-noise level"),
    ("np.vdot(np.array([0.1j, 0.2]), np.array([0.2j, -0.1]))", "a part at rounding-noise level"),
    ("np.dot(2j, z)", "np.dot of a complex scalar"),
    ("np.dot(z, np.complex128(1j))", "np.dot of a complex scalar"),
    ("np.vdot(m.T, m.T)", "np.vdot of a complex array view with more than one axis out of C order"),
    ("np.var(m.T, where=m.T.real > 0)", "np.var(..., where=…) of a view out of C order"),
    (
      "np.std(np.array([1j, np.inf], np.complex64), where=[True, True])",
      "np.std(..., where=…) of complex values that are not finite"
    ),
    ("np.mean(m, axis=1, where=[[True, False, False], [False, False, False]])", "no more elements let through"),
    ("np.var(c, dtype=np.float32)", "np.var with this dtype= of complex values"),
    ("c.std(dtype=np.complex64)", "np.std with this dtype= (a complex variance's square root)"),
    ("np.nanstd(z, dtype=np.complex64)", "np.nanstd with this dtype= (a complex variance's square root)"),
    ("np.cov(z)", "np.cov of complex128 values"),
    ("np.corrcoef(z, w)", "np.corrcoef of complex128 values"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, words: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: words)
  }
}
