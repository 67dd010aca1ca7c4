/// The singular value decomposition of one matrix by one-sided Jacobi rotations (Hestenes), accurate to a few
/// units in the last place relative to each singular value.
///
/// NumPy's `dgesdd` reaches the same values by another road, so only what is unique is taken from here: the
/// singular values, and the sign-free products built from U and V (`pinv`, `lstsq`, `matrix_rank`). U's and V's
/// signs are this algorithm's, not LAPACK's, and are never shown.
struct JacobiSVD {
  /// Descending singular values, `min(rows, columns)` of them.
  var values: [Double]
  /// Row-major `rows`×k left singular vectors (columns), k = `values.count`.
  var left: [Double]
  /// Row-major `columns`×k right singular vectors (columns).
  var right: [Double]

  /// Decomposes the row-major `rows`×`columns` matrix.
  init(rowMajor matrix: [Double], rows m: Int, columns n: Int) {
    // Work on the tall orientation: columns of `work` (p×q, p ≥ q) are orthogonalised.
    let transposed = m < n
    let (p, q) = transposed ? (n, m) : (m, n)
    var work = [Double](repeating: 0, count: p * q)  // column-major p×q
    for i in 0..<m {
      for j in 0..<n {
        if transposed { work[i * p + j] = matrix[i * n + j] } else { work[j * p + i] = matrix[i * n + j] }
      }
    }
    var v = [Double](repeating: 0, count: q * q)  // column-major q×q
    for i in 0..<q { v[i * q + i] = 1 }
    let tolerance = Double.ulpOfOne
    for _ in 0..<60 {
      var rotated = false
      for j in 0..<q {
        for k in (j + 1)..<Swift.max(q, j + 1) {
          var alpha = 0.0
          var beta = 0.0
          var gamma = 0.0
          for r in 0..<p {
            let (x, y) = (work[j * p + r], work[k * p + r])
            alpha += x * x
            beta += y * y
            gamma += x * y
          }
          if gamma == 0 || Swift.abs(gamma) <= tolerance * (alpha * beta).squareRoot() { continue }
          rotated = true
          let zeta = (beta - alpha) / (2 * gamma)
          let t = Double(signOf: zeta, magnitudeOf: 1) / (Swift.abs(zeta) + (1 + zeta * zeta).squareRoot())
          let c = 1 / (1 + t * t).squareRoot()
          let s = c * t
          for r in 0..<p {
            let (x, y) = (work[j * p + r], work[k * p + r])
            work[j * p + r] = c * x - s * y
            work[k * p + r] = s * x + c * y
          }
          for r in 0..<q {
            let (x, y) = (v[j * q + r], v[k * q + r])
            v[j * q + r] = c * x - s * y
            v[k * q + r] = s * x + c * y
          }
        }
      }
      if !rotated { break }
    }
    var norms = (0..<q).map { Householder.norm(work, start: $0 * p, count: p) }
    let order = (0..<q).sorted { norms[$0] > norms[$1] || norms[$0] == norms[$1] && $0 < $1 }
    norms = order.map { norms[$0] }
    values = norms
    // U's columns are the normalised columns of `work`; a zero column leaves a zero vector, which no caller uses.
    var u = [Double](repeating: 0, count: p * q)  // row-major p×q
    var w = [Double](repeating: 0, count: q * q)  // row-major q×q
    for (target, source) in order.enumerated() {
      let norm = norms[target]
      for r in 0..<p { u[r * q + target] = norm > 0 ? work[source * p + r] / norm : 0 }
      for r in 0..<q { w[r * q + target] = v[source * q + r] }
    }
    (left, right) = transposed ? (w, u) : (u, w)
  }
}
