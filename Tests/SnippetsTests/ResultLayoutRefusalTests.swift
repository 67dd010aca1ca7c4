import Testing

@testable import Snippets

/// A result whose memory order docbuild does not follow (made by a function not known to allocate like its operands,
/// from a transposed or strided array) is refused where that order would decide the digits — a sum, a product, a
/// matrix product, its strides and flags — as docbuild's limit, never printed with other digits than NumPy's.
/// NumPy 2.4.6 prints, for the first: `np.float64(-1659.5123647224266)`, where C order gives `...427`.
struct ResultLayoutRefusalTests {
  static let setup = """
    >>> rng = np.random.default_rng(7)
    >>> x2 = rng.standard_normal((13, 11)) * 10.0 ** rng.integers(-3, 4, (13, 11))
    >>> X = x2.T
    >>> C = x2.copy()
    >>> X3 = (rng.standard_normal((5, 6, 7)) * 10.0 ** rng.integers(-3, 4, (5, 6, 7))).transpose(1, 2, 0)
    """

  static let refused = [
    "np.nanpercentile(X3, 30, axis=0).sum()", "np.percentile(X3, 30, axis=1, keepdims=True).sum()",
    "np.nanmedian(X3, axis=0).sum()", "X[np.array([[0, 1], [2, 0]]).T, 0].sum()",
    "np.nanmedian(X3, axis=0).strides", "np.exp(np.nanmedian(X3, axis=0)).T[1:].sum()",
    "np.nanmedian(X3, axis=0) @ np.ones((5, 2))",
  ]

  /// einsum sums over a label of a non-C-ordered array in an order its loop does not follow: refused as a whole.
  static let refusedSums = [
    "np.einsum('ij->i', X)", "np.einsum('ij,ij->', X, C.T)", "np.einsum('ijk->ik', X3)", "np.einsum('ii', X[:5, :5])",
    "np.einsum('i...->...', X)", "np.einsum('ij,j->i', C, X[0, ::-1])",
  ]

  /// What stays in reach: the same functions on C-ordered arrays, one-dimensional results, copies in C order, and
  /// results whose order docbuild follows (since issue 10's layouts: advanced indexing, einsum, median, percentile,
  /// pad, insert, append, column_stack, dstack).
  static let computed = [
    "C[:, [0, 2, 1]].sum()", "np.einsum('ij->ij', C).sum()", "np.pad(C, 1).sum()", "X[:, [0, 2, 1]].copy().sum()",
    "X[:, 1].sum()", "X[:, [0, 2, 1]][0].sum()", "X[:, [0, 2, 1]].max()", "np.exp(X[:, [0, 2, 1]]).copy().sum()",
    "np.sort(X, axis=0).sum()", "np.cumsum(X, axis=1).sum()", "np.concatenate([X, X]).sum()",
    "X[:, [0, 2, 1]].shape", "np.median(X, axis=0).shape", "X[:, [0, 2, 1]].sum()", "X[[0, 2, 1]].sum(axis=0)",
    "np.einsum('ij->ij', X).sum()", "np.median(X3, axis=0).sum()", "np.pad(X, 1).sum()",
    "np.append(X, X, axis=0).mean()", "np.insert(X, 1, 0.0, axis=0).sum()", "X[:, [0, 2, 1]] @ X.T[[0, 2, 1]]",
    "X[:, [0, 2, 1]].strides", "np.pad(X, 1).flags", "(np.exp(X[:, [0, 2, 1]]) + 1).sum()",
    "X[:, [0, 2, 1]].T[1:].sum()", "np.cumsum(X[:, [0, 2, 1]], axis=0).sum()", "np.column_stack([X, X]).sum()",
    "np.dstack([X, X]).sum()", "np.percentile(X3, [30, 70], axis=1).sum()", "np.einsum('ij,ij->ji', X, X).sum()",
    "np.einsum('ij->i', C)", "np.einsum('ij,ij->ij', X, X)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "made from a transposed or strided array")
  }

  @Test(arguments: refusedSums)
  func einsumSumIsRefused(statement: String) throws {
    try RefusalProbe.expectRefused(Self.setup, statement, saying: "np.einsum summing over a label")
  }

  @Test(arguments: computed)
  func staysComputed(statement: String) throws {
    try RefusalProbe.expectComputed(Self.setup, statement)
  }
}
