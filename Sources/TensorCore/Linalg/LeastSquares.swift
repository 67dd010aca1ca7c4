/// `np.linalg.lstsq(a, b, rcond)` for a 2-d `a` and 2-d `b`: the minimum-norm solution through the singular value
/// decomposition, singular values at or below `rcond · s₀` taken as zero, as LAPACK's `dgelsd` does.
///
/// Everything it returns is unique (no signs to choose), so the printed digits are NumPy's wherever the problem is
/// well-conditioned; a singular value too near the cutoff, or an entry at rounding-noise level, is refused.
struct LeastSquares {
  let rows: Int
  let columns: Int
  let rightHandSides: Int
  let svd: JacobiSVD
  let a: [Double]
  let b: [Double]
  /// Singular values above the cutoff.
  let rank: Int

  /// Decomposes `a` (m×n, float64) for the right-hand sides `b` (m×k, float64).
  init(_ a: Tensor, _ b: Tensor, rcond: Double) throws {
    rows = a.shape[0]
    columns = a.shape[1]
    rightHandSides = b.shape[1]
    try ResourceMeter.chargeMultiplyAdds(20 * rows * columns * Swift.max(rows, columns) + rows * rightHandSides)
    self.a = a.doubles
    svd = JacobiSVD(rowMajor: self.a, rows: rows, columns: columns)
    self.b = b.doubles
    let cutoff = rcond * (svd.values.first ?? 0)
    for s in svd.values where s > cutoff / 64 && s <= cutoff * 64 && s != 0 {
      throw TensorError(
        "NotImplementedError",
        "np.linalg.lstsq: a singular value (\(s)) lies too near the cutoff rcond·s₀ = \(cutoff) to decide the "
          + "rank as LAPACK's rounding does; pass a larger rcond", isLimit: true)
    }
    rank = svd.values.filter { $0 > cutoff }.count
  }

  /// x = V Σ⁺ Uᵀ b, n×k; with `scales`, each row divided by its column's scale (polyfit's undoing).
  func solution(scales: [Double]?) throws -> Tensor {
    let (m, n, k) = (rows, columns, rightHandSides)
    let width = svd.values.count
    var x = [Double](repeating: 0, count: n * k)
    for j in 0..<rank {
      for c in 0..<k {
        var projection = 0.0
        for r in 0..<m { projection += svd.left[r * width + j] * b[r * k + c] }
        let factor = projection / svd.values[j]
        for r in 0..<n { x[r * k + c] += svd.right[r * width + j] * factor }
      }
    }
    if let scales { for r in 0..<n { for c in 0..<k { x[r * k + c] /= scales[r] } } }
    return Tensor(shape: [n, k], storage: .float64(x), isScalar: false, node: nil)
  }

  /// The squared residual norm of each right-hand side when a has full column rank and more rows than columns
  /// (NumPy's rule), else none; with the size below which a sum is rounding noise, scaled as the printing check
  /// measures noise (an entry at most 1e-11 of it). A noise-level sum is refused where it is shown, not here: a fit
  /// that never reads its residuals (`Polynomial.fit` of points on a line) runs.
  func residuals(_ x: Tensor) throws -> (sums: [Double], noiseScale: Double)? {
    guard rank == columns && rows > columns else { return nil }
    let (m, n, k) = (rows, columns, rightHandSides)
    let solution = x.doubles
    var sums: [Double] = []
    var noiseScale = 0.0
    for c in 0..<k {
      var sum = 0.0
      var scale = 0.0
      for r in 0..<m {
        var fitted = 0.0
        for j in 0..<n { fitted += a[r * n + j] * solution[j * k + c] }
        let residual = b[r * k + c] - fitted
        sum += residual * residual
        scale += b[r * k + c] * b[r * k + c]
      }
      noiseScale = Swift.max(noiseScale, scale * Decomposition.noiseLevel(m) / 1e-11)
      sums.append(sum)
    }
    return (sums, noiseScale)
  }
}
