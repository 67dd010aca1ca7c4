/// The matrix decompositions of `np.linalg` (`qr`, `eigh`, `eigvalsh`, singular values, `pinv`) as recorded
/// operations on float64 stacks `(..., m, n)`: each output is its own operation, recomputed from the input, so
/// `numgrad` can replay it. Gradients: autograd's own error where autograd defines none, docbuild's where it does.
enum Decomposition: Sendable, Equatable {
  /// One result of `np.linalg.qr(a, mode)`: `part` 0 is Q (or 'raw''s h), 1 is R (or 'raw''s tau).
  case qr(mode: QRMode, part: Int)
  /// `np.linalg.eigh`'s eigenvalues (`vectors` false) or eigenvectors.
  case eigh(vectors: Bool)
  /// `np.linalg.eigvalsh`.
  case eigvalsh
  /// `np.linalg.svd(a, compute_uv=False)`.
  case singularValues
  /// One result of `np.linalg.svd(a, full_matrices)`: `part` 0 is U, 1 is S, 2 is Vh.
  case svd(full: Bool, part: Int)
  /// `np.linalg.pinv(a, rcond)` with one cutoff for every matrix.
  case pseudoInverse(rcond: Double)
  /// The solution x of `np.linalg.lstsq(a, b, rcond)` (b 2-d here) and, with `polyfit`, the coefficients of
  /// `np.polyfit`, from a's scaled Vandermonde matrix, undone by the column scales.
  case leastSquares(rcond: Double, scales: [Double]?)
  /// `np.linalg.eig`'s eigenvalues (`vectors` false) or eigenvectors, each entry as a (real, imaginary) pair in a
  /// last axis of 2 (see `GeneralEigen`).
  case eig(vectors: Bool)
  /// `np.linalg.eigvals`, packed as `eig`'s eigenvalues are.
  case eigvals

  /// `np.linalg.qr`'s modes.
  enum QRMode: String, Sendable, Equatable {
    case reduced, complete, r, raw
  }

  /// What the operation is called in messages.
  var name: String {
    switch self {
    case .qr: "qr"
    case .eigh: "eigh"
    case .eigvalsh: "eigvalsh"
    case .singularValues, .svd: "svd"
    case .pseudoInverse: "pinv"
    case .leastSquares(_, let scales): scales == nil ? "lstsq" : "polyfit"
    case .eig: "eig"
    case .eigvals: "eigvals"
    }
  }

  /// Computes the result for the matrices of `a` (float64, at least 2-d, checked by the caller).
  func evaluate(_ inputs: [Tensor]) throws -> Tensor {
    let a = inputs[0]
    if case .leastSquares(let rcond, let scales) = self {
      // polyfit records (x, y, scaled Vandermonde) so that argnums are autograd's; lstsq records (a, b).
      let matrix = scales == nil ? a : inputs[2]
      return try LeastSquares(matrix, inputs[1], rcond: rcond).solution(scales: scales)
    }
    let (m, n) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1])
    let batch = Array(a.shape.dropLast(2))
    let count = Shape.count(batch)
    let values = a.doubles
    var work = self == .singularValues ? 20 : 4
    if case .svd = self { work = 20 }
    try ResourceMeter.chargeMultiplyAdds(count * m * n * Swift.max(m, n) * work)
    var result: [Double] = []
    var shape: [Int]
    let k = Swift.min(m, n)
    switch self {
    case .qr(let mode, let part):
      switch (mode, part) {
      case (.reduced, 0): shape = [m, k]
      case (.complete, 0): shape = [m, m]
      case (.complete, _): shape = [m, n]
      case (.raw, 0): shape = [n, m]
      case (.raw, _): shape = [k]
      default: shape = [k, n]
      }
    case .eigh(let vectors): shape = vectors ? [n, n] : [n]
    case .eigvalsh, .singularValues: shape = [self == .eigvalsh ? n : k]
    case .svd(let full, let part):
      switch part {
      case 0: shape = [m, full ? m : k]
      case 1: shape = [k]
      default: shape = [full ? n : k, n]
      }
    case .pseudoInverse: shape = [n, m]
    case .leastSquares: shape = []
    case .eig(let vectors): shape = vectors ? [n, n, 2] : [n, 2]
    case .eigvals: shape = [n, 2]
    }
    result.reserveCapacity(count * Shape.count(shape))
    for index in 0..<count {
      let matrix = Array(values[(index * m * n)..<((index + 1) * m * n)])
      result += try single(matrix, m, n)
    }
    let full = batch + shape
    return Tensor(shape: full, storage: .float64(result), isScalar: full.isEmpty, node: nil)
  }

  /// The result for one row-major m×n matrix. QR is refused here when R holds rounding noise (Q's later columns
  /// then follow that noise); other results are checked when printed (`approximateDigitsRefusal`), so that a
  /// computation through them (`np.linalg.pinv(X) @ y`) still runs.
  private func single(_ matrix: [Double], _ m: Int, _ n: Int) throws -> [Double] {
    let k = Swift.min(m, n)
    let scale = matrix.reduce(0) { Swift.max($0, Swift.abs($1)) }
    let noise = Self.noiseLevel(Swift.max(m, n))
    switch self {
    case .qr(let mode, let part):
      let qr = HouseholderQR(rowMajor: matrix, rows: m, columns: n)
      // R's noise (a rank-deficient matrix) also decides Q's later columns: refused whichever part is asked for.
      let r = qr.upper(rowCount: mode == .complete ? m : k)
      try Self.refuseNoise(r, above: scale * noise, self)
      switch (mode, part) {
      case (.raw, 1): return qr.tau
      case (.raw, _): return qr.factors
      case (_, 0):
        let q = qr.orthogonal(columns: mode == .complete ? m : k)
        try Self.refuseNoise(q, above: noise, self)
        return q
      default: return r
      }
    case .eigh(let vectors):
      let eigen = SymmetricEigen(lowerOf: matrix, order: n, vectors: vectors)
      if !eigen.converged { throw TensorError("LinAlgError", "Eigenvalues did not converge") }
      let largest = eigen.values.reduce(0) { Swift.max($0, Swift.abs($1)) }
      guard vectors else { return eigen.values }
      if n > SymmetricEigen.largestSteqrOrder {
        throw TensorError(
          "NotImplementedError",
          "np.linalg.eigh's eigenvectors of matrices larger than \(SymmetricEigen.largestSteqrOrder)×"
            + "\(SymmetricEigen.largestSteqrOrder) are not supported: LAPACK switches to divide and conquer there, "
            + "whose signs docbuild does not reproduce (np.linalg.eigvalsh gives the eigenvalues)", isLimit: true)
      }
      for i in 1..<Swift.max(n, 1) where eigen.values[i] - eigen.values[i - 1] <= largest * 1e-10 {
        throw TensorError(
          "NotImplementedError",
          "np.linalg.eigh's eigenvectors of a repeated eigenvalue (\(eigen.values[i])) are not supported: "
            + "which basis of its eigenspace LAPACK returns depends on rounding, which docbuild does not "
            + "reproduce", isLimit: true)
      }
      return eigen.vectors
    case .eigvalsh:
      let eigen = SymmetricEigen(lowerOf: matrix, order: n, vectors: false)
      if !eigen.converged { throw TensorError("LinAlgError", "Eigenvalues did not converge") }
      return eigen.values
    case .singularValues:
      try Self.refuseNonFinite(matrix)
      let svd = JacobiSVD(rowMajor: matrix, rows: m, columns: n)
      return svd.values
    case .svd(let full, let part):
      return try Self.singularVectors(matrix, m, n, full: full)[part]
    case .pseudoInverse(let rcond):
      try Self.refuseNonFinite(matrix)
      let svd = JacobiSVD(rowMajor: matrix, rows: m, columns: n)
      let largest = svd.values.first ?? 0
      let cutoff = rcond * largest
      // A kept singular value within rounding noise of zero is LAPACK's noise in NumPy, whose inverse decides the
      // result (`np.linalg.pinv(c, -1)` of a rank-deficient c): not docbuild's noise.
      let noise = largest * Double(Swift.max(m, n)) * .ulpOfOne * 16
      if svd.values.contains(where: { $0 > cutoff && $0 < noise }) {
        throw TensorError(
          "NotImplementedError",
          "np.linalg.pinv keeping a singular value within rounding noise of zero (rcond=\(rcond)) is not supported "
            + "in snippets: NumPy inverts LAPACK's rounding noise there", isLimit: true)
      }
      var result = [Double](repeating: 0, count: n * m)
      for (j, s) in svd.values.enumerated() where s > cutoff {
        let inverse = 1 / s
        for r in 0..<n {
          let factor = svd.right[r * k + j] * inverse
          for c in 0..<m { result[r * m + c] += factor * svd.left[c * k + j] }
        }
      }
      if result.contains(0) { try Self.refuseCancellingSVD("np.linalg.pinv", matrix, m, n) }
      return result
    case .leastSquares:
      return []
    case .eig(let vectors):
      return try Self.generalEigen(matrix, n, vectors: vectors, computingVectors: true)
    case .eigvals:
      return try Self.generalEigen(matrix, n, vectors: false, computingVectors: false)
    }
  }

  /// Refuses singular values docbuild finds exactly zero where LAPACK's would be rounding noise
  /// (`np.linalg.svd([[1., 2.], [2., 4.]], compute_uv=False)` is `[5.0, 1.986e-16]` in NumPy): a zero is kept only
  /// where dbdsqr starts from LAPACK's own bidiagonal and makes that value exactly zero too (or the matrix is zero).
  static func refuseInexactZeros(_ values: Tensor, of matrices: Tensor) throws {
    let (m, n) = (matrices.shape[matrices.ndim - 2], matrices.shape[matrices.ndim - 1])
    let k = Swift.min(m, n)
    let (entries, singular) = (matrices.doubles, values.doubles)
    guard k > 0, singular.contains(0) else { return }
    for index in 0..<(singular.count / k) {
      try refuseInexactZeros(
        Array(singular[(index * k)..<((index + 1) * k)]), Array(entries[(index * m * n)..<((index + 1) * m * n)]),
        m, n)
    }
  }

  private static func refuseInexactZeros(_ values: [Double], _ matrix: [Double], _ m: Int, _ n: Int) throws {
    guard let largest = values.first, largest > 0, values.contains(0) else { return }
    if Swift.min(m, n) <= BidiagonalSVD.largestQROrder {
      let faithful = BidiagonalSVD(rowMajor: matrix, rows: m, columns: n, full: false)
      let zeros = values.indices.filter { values[$0] == 0 }
      if faithful.converged, faithful.exact || faithful.identicalBidiagonal,
        zeros.allSatisfy({ faithful.values[$0] == 0 })
      {
        return
      }
    }
    throw TensorError(
      "NotImplementedError",
      "the singular values of this rank-deficient matrix are not supported: NumPy prints LAPACK's rounding noise "
        + "(about 1e-16 of the largest) where docbuild finds an exact zero", isLimit: true)
  }

  /// Refuses np.linalg.pinv's and np.linalg.lstsq's (`what`) result holding an exact zero where a step of LAPACK's
  /// SVD meets numbers that cancel: NumPy's result then holds LAPACK's rounding noise (`5.55e-17` beside `0.3`)
  /// where docbuild's holds exact zeros. The callers check only results holding a zero.
  static func refuseCancellingSVD(_ what: String, _ matrix: [Double], _ m: Int, _ n: Int) throws {
    guard Swift.min(m, n) > 0, Swift.min(m, n) <= BidiagonalSVD.largestQROrder else { return }
    let faithful = BidiagonalSVD(rowMajor: matrix, rows: m, columns: n, full: false)
    if !faithful.exact && faithful.closestCall < 1e-10 {
      throw TensorError(
        "NotImplementedError",
        "\(what) of this matrix is not supported: a step of LAPACK's SVD meets numbers that cancel, so "
          + "NumPy's result holds LAPACK's rounding noise where docbuild's holds exact zeros", isLimit: true)
    }
  }

  /// dgesdd's answer to a NaN (NumPy's LinAlgError) and docbuild's to an infinity (NumPy returns NaNs).
  static func refuseNonFinite(_ matrix: [Double]) throws {
    if matrix.contains(where: { $0.isNaN }) { throw TensorError("LinAlgError", "SVD did not converge") }
    if matrix.contains(where: { $0.isInfinite }) {
      throw TensorError(
        "NotImplementedError",
        "np.linalg.svd of a matrix holding an infinity is not supported in snippets (NumPy returns NaNs whose "
          + "placement comes from LAPACK's arithmetic)", isLimit: true)
    }
  }

  /// `np.linalg.svd(a, full_matrices)`'s [U, S, Vh] for one matrix, refused where LAPACK's would be decided by
  /// rounding (repeated or zero singular values of a matrix that is not already diagonal) or where dgesdd leaves
  /// `dbdsqr` (more than 25 singular values).
  static func singularVectors(_ matrix: [Double], _ m: Int, _ n: Int, full: Bool) throws -> [[Double]] {
    try refuseNonFinite(matrix)
    let k = Swift.min(m, n)
    if k > BidiagonalSVD.largestQROrder {
      throw TensorError(
        "NotImplementedError",
        "np.linalg.svd's U and Vh for more than \(BidiagonalSVD.largestQROrder) singular values are not "
          + "supported: LAPACK's dbdsdc divides and conquers there, whose signs docbuild does not reproduce "
          + "(np.linalg.svd(a, compute_uv=False) gives the singular values)", isLimit: true)
    }
    let svd = BidiagonalSVD(rowMajor: matrix, rows: m, columns: n, full: full)
    if !svd.converged { throw TensorError("LinAlgError", "SVD did not converge") }
    if !svd.exact, let largest = svd.values.first {
      // A singular value that dbdsqr makes exactly zero from LAPACK's own bidiagonal is zero in NumPy's too.
      for (i, value) in svd.values.enumerated()
      where value <= largest * noiseLevel(Swift.max(m, n)) && !(value == 0 && svd.identicalBidiagonal) {
        throw TensorError(
          "NotImplementedError",
          "np.linalg.svd's U and Vh of a rank-deficient matrix are not supported: singular value \(i) is zero "
            + "up to rounding (\(value)), and the signs of its vectors come from LAPACK's rounding, which docbuild "
            + "does not reproduce (np.linalg.svd(a, compute_uv=False) gives the singular values)", isLimit: true)
      }
      // Zeros tie exactly in NumPy's too when they come from LAPACK's own bidiagonal.
      for i in 1..<Swift.max(k, 1)
      where svd.values[i - 1] - svd.values[i] <= largest * 1e-10
        && !(svd.values[i - 1] == 0 && svd.values[i] == 0 && svd.identicalBidiagonal)
      {
        throw TensorError(
          "NotImplementedError",
          "np.linalg.svd's U and Vh of a repeated singular value (\(svd.values[i])) are not supported: which "
            + "basis of its singular subspace LAPACK returns depends on rounding, which docbuild does not "
            + "reproduce (np.linalg.svd(a, compute_uv=False) gives the singular values)", isLimit: true)
      }
    }
    if !svd.exact && svd.closestCall < 1e-10 {
      throw TensorError(
        "NotImplementedError",
        "np.linalg.svd's U and Vh of this matrix are not supported: a step of LAPACK's algorithm meets numbers "
          + "that are equal, or zero, up to rounding here (entries that cancel), so the signs NumPy prints come "
          + "from LAPACK's rounding, which docbuild does not reproduce (np.linalg.svd(a, compute_uv=False) gives "
          + "the singular values)", isLimit: true)
    }
    return [svd.left, svd.values, svd.right]
  }

  /// How far below a result's scale a nonzero entry is taken for rounding noise: a few hundred units of
  /// roundoff per dimension.
  static func noiseLevel(_ dimension: Int) -> Double { Double(Swift.max(dimension, 1)) * 64 * .ulpOfOne }

  /// Refuses a result with an entry that is nonzero but at rounding-noise level: NumPy prints LAPACK's noise
  /// there (often switching the whole array to scientific notation), and docbuild's noise is not LAPACK's.
  static func refuseNoise(_ values: [Double], above threshold: Double, _ what: Decomposition) throws {
    for value in values where value != 0 && Swift.abs(value) <= threshold {
      throw noiseError("np.linalg.\(what.name)", value)
    }
  }

  /// The refusal for a result entry at rounding-noise level.
  static func noiseError(_ function: String, _ value: Double) -> TensorError {
    TensorError(
      "NotImplementedError",
      "\(function) gives an entry at rounding-noise level (\(value)) here: NumPy prints LAPACK's rounding "
        + "noise in its place, which docbuild does not reproduce (the matrix is singular or rank-deficient, or an "
        + "entry is zero in exact arithmetic)", isLimit: true)
  }

  /// The gradient: autograd's error where autograd has no rule, docbuild's where autograd has one not built yet.
  func vjp(wanted: [Bool]) throws -> [Tensor?] {
    switch self {
    case .qr, .eigvalsh, .leastSquares, .eigvals:
      let argnums = wanted.indices.filter { wanted[$0] }.map(String.init)
      let tuple = argnums.count == 1 ? "(\(argnums[0]),)" : "(\(argnums.joined(separator: ", ")))"
      throw TensorError("NotImplementedError", "VJP of \(name) wrt argnums \(tuple) not defined")
    case .svd(full: true, _):
      throw TensorError("NotImplementedError", "Gradient of svd not implemented for full_matrices=True")
    case .eigh, .singularValues, .pseudoInverse, .svd, .eig:
      // eig's rule is `eigVJP` and svd's `svdVJP` (LinalgFunction calls them with the upstream gradient).
      throw TensorError(
        "NotImplementedError",
        "the gradient of np.linalg.\(name) is not supported in snippets yet (autograd defines one; docbuild does "
          + "not reproduce it)", isLimit: true)
    }
  }
}
