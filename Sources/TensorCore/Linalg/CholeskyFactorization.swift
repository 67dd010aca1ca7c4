/// The lower Cholesky factor of a symmetric positive-definite matrix, in the order of OpenBLAS's `potf2` (which
/// NumPy's `cholesky` calls): each diagonal entry is the square root of the entry less an FMA dot product, and the
/// entries below it are multiplied by its reciprocal. Checked against NumPy 2.4.6 to the last bit up to 6×6.
enum CholeskyFactorization {
  /// L with A = L Lᵀ (row-major, zeros above the diagonal), or nil when a pivot is not positive (LAPACK's
  /// `info > 0`, NumPy's "Matrix is not positive definite"). Only A's lower triangle is read, as LAPACK does.
  static func lower(_ a: [Double], order n: Int) -> [Double]? {
    var l = [Double](repeating: 0, count: n * n)
    for j in 0..<n {
      var total = 0.0
      for k in 0..<j { total = total.addingProduct(l[j * n + k], l[j * n + k]) }
      let pivot = a[j * n + j] - total
      // `!(pivot > 0)` also catches NaN, which LAPACK's `ajj <= 0 || isnan(ajj)` refuses.
      guard pivot > 0 else { return nil }
      let diagonal = pivot.squareRoot()
      l[j * n + j] = diagonal
      let reciprocal = 1 / diagonal
      for i in (j + 1)..<Swift.max(n, j + 1) {
        var sum = 0.0
        for k in 0..<j { sum = sum.addingProduct(l[i * n + k], l[j * n + k]) }
        l[i * n + j] = (a[i * n + j] - sum) * reciprocal
      }
    }
    return l
  }
}
