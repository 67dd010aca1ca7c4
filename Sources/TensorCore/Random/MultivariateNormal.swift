/// How `Generator.multivariate_normal` factors the covariance (its `method=`).
public enum CovarianceFactorization: String, Sendable {
  case svd, eigh, cholesky
}

/// NumPy's multivariate normal sampler: standard normals, drawn by the caller from the stream, turned into samples
/// with a factor of the covariance (`mtrand.pyx`'s and `_generator.pyx`'s `multivariate_normal`). The factor comes
/// from a recorded decomposition, so the samples print under the rule for values computed from one.
extension Tensor {
  /// The samples `mean + x·Aᵀ` (legacy: `x·(√s[:, None]·Vh) + mean`) for standard normals `x` of shape (rows, n),
  /// with A from the covariance's SVD, eigh or Cholesky factor; `checkValid` ('warn', 'raise' or 'ignore') decides
  /// what a covariance that is not positive-semidefinite (within `tolerance`) does: 'warn' writes NumPy's
  /// RuntimeWarning to stderr, which the page never shows, so it goes on silently here.
  public static func multivariateNormal(
    standardNormals x: Tensor, mean: Tensor, covariance: Tensor, method: CovarianceFactorization, legacy: Bool,
    checkValid: String, tolerance: Double
  ) throws -> Tensor {
    let cov = covariance.dtype == .float64 ? covariance : try covariance.astype(.float64)
    let n = cov.shape[0]
    var factor: Tensor
    var psd = true
    switch method {
    case .svd:
      let parts = try cov.singularValueDecomposition(full: true)
      let (u, s, vh) = (parts[0], parts[1], parts[2])
      if checkValid != "ignore" {
        try validateCheck(checkValid)
        // np.allclose(np.dot(vh.T * s, vh), cov, rtol=tol, atol=tol)
        let rebuilt = try (vh.transpose() * s).matmul(vh)
        let close = try Tensor.isclose(rebuilt, cov, rtol: tolerance, atol: tolerance)
        psd = !close.doubles.contains(0)
      }
      let root = try s.sqrt()
      factor = legacy ? try root.reshape([n, 1]) * vh : try u * root
    case .eigh:
      let parts = try cov.symmetricEigen(vectors: true)
      let (s, u) = (parts[0], parts[1])
      if checkValid != "ignore" {
        try validateCheck(checkValid)
        psd = !s.doubles.contains { $0 < -tolerance }
      }
      factor = try u * s.abs().sqrt()
    case .cholesky:
      factor = try cov.cholesky()
    }
    if !psd && checkValid == "raise" {
      throw TensorError.value("covariance is not symmetric positive-semidefinite.")
    }
    if legacy { return try x.matmul(factor) + mean }
    return try mean + x.matmul(factor.transpose())
  }

  private static func validateCheck(_ checkValid: String) throws {
    if checkValid != "warn" && checkValid != "raise" {
      throw TensorError.value("check_valid must equal 'warn', 'raise', or 'ignore'")
    }
  }
}
