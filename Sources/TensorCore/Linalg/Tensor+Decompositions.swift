/// `np.linalg.qr`, `eigh`, `eigvalsh`, `svd(compute_uv=False)`, `pinv`, `lstsq`, `matrix_rank` and `np.polyfit`,
/// with NumPy's conversions and errors. See `Decomposition` for which digits are NumPy's and what is refused.
extension Tensor {
  /// The operand as NumPy's linalg gufuncs take it: float64 and at least 2-d (any shape of matrix).
  func matrices(_ function: String) throws -> Tensor {
    try Tensor.refuseUnreproduced("np.linalg.\(function)", dtype)
    if ndim < 2 {
      throw TensorError(
        "LinAlgError", "\(ndim)-dimensional array given. Array must be at least two-dimensional")
    }
    return dtype == .float64 ? self : try astype(.float64)
  }

  /// `np.linalg.qr(a, mode)`: [Q, R] ('reduced', 'complete'), [R] ('r') or [h, tau] ('raw').
  public func qr(mode: String) throws -> [Tensor] {
    guard let parsed = Decomposition.QRMode(rawValue: mode) else {
      throw TensorError.value("Unrecognized mode '\(mode)'")
    }
    let a = try matrices("qr")
    if parsed == .r { return [try Tensor.record(.linalg(.decomposition(.qr(mode: .r, part: 1))), NodeInputs(a))] }
    return try [0, 1].map { try Tensor.record(.linalg(.decomposition(.qr(mode: parsed, part: $0))), NodeInputs(a)) }
  }

  /// `np.linalg.eigh(a)` (vectors) or `np.linalg.eigvalsh(a)`: ascending eigenvalues of the lower triangle's
  /// symmetric matrix, and the eigenvectors as columns.
  public func symmetricEigen(vectors: Bool, upper: Bool = false) throws -> [Tensor] {
    var a = try squareMatrices(vectors ? "eigh" : "eigvalsh")
    if upper { a = LinalgFunction.swapLast(a) }
    if !vectors { return [try Tensor.record(.linalg(.decomposition(.eigvalsh)), NodeInputs(a))] }
    return try [false, true].map { try Tensor.record(.linalg(.decomposition(.eigh(vectors: $0))), NodeInputs(a)) }
  }

  /// `np.linalg.svd(a, compute_uv=False)`: the singular values, descending. `exposingZeros` refuses an exact zero
  /// where LAPACK's value would be rounding noise (`Decomposition.refuseInexactZeros`); np.linalg.norm's largest
  /// value and sum do not show it.
  public func singularValues(exposingZeros: Bool = true) throws -> Tensor {
    let a = try matrices("svd")
    let values = try Tensor.record(.linalg(.decomposition(.singularValues)), NodeInputs(a))
    if exposingZeros { try Decomposition.refuseInexactZeros(values, of: a) }
    return values
  }

  /// `np.linalg.svd(a, full_matrices)` with `compute_uv=True`: [U, S, Vh], as LAPACK's dgesdd computes them.
  public func singularValueDecomposition(full: Bool) throws -> [Tensor] {
    let a = try matrices("svd")
    return try (0..<3).map { try Tensor.record(.linalg(.decomposition(.svd(full: full, part: $0))), NodeInputs(a)) }
  }

  /// `np.linalg.pinv(a, rcond)`: NumPy's default cutoff is 1e-15 times the largest singular value.
  public func pseudoInverse(rcond: Double = 1e-15) throws -> Tensor {
    try Tensor.record(.linalg(.decomposition(.pseudoInverse(rcond: rcond))), NodeInputs(matrices("pinv")))
  }

  /// `np.linalg.matrix_rank(A, tol)`: nil for 0-d and 1-d input, which NumPy answers with a Python int (see
  /// `vectorRank`); else the count of singular values above `tol` (by default s₀ · max(m, n) · eps).
  public func matrixRank(tolerance: Double?) throws -> Tensor {
    let a = try matrices("matrix_rank")
    let (m, n) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1])
    let batch = Array(a.shape.dropLast(2))
    let values = a.doubles
    var ranks: [Int64] = []
    try ResourceMeter.chargeMultiplyAdds(20 * a.size * Swift.max(m, n))
    for index in 0..<Shape.count(batch) {
      let matrix = Array(values[(index * m * n)..<((index + 1) * m * n)])
      try Decomposition.refuseNonFinite(matrix)
      let svd = JacobiSVD(rowMajor: matrix, rows: m, columns: n)
      let cutoff = tolerance ?? (svd.values.first ?? 0) * Double(Swift.max(m, n)) * .ulpOfOne
      for s in svd.values where s > cutoff / 64 && s <= cutoff * 64 && s != 0 && tolerance == nil {
        throw TensorError(
          "NotImplementedError",
          "np.linalg.matrix_rank: a singular value (\(s)) lies too near the tolerance (\(cutoff)) to decide as "
            + "LAPACK's rounding does; pass tol=", isLimit: true)
      }
      ranks.append(Int64(svd.values.filter { $0 > cutoff }.count))
    }
    return Tensor(shape: batch, storage: .int64(ranks), isScalar: batch.isEmpty)
  }

  /// `np.linalg.lstsq(a, b, rcond=...)`: (x, residuals, rank, singular values) as NumPy returns them; `rcond` nil is
  /// NumPy's default (`rcond=None`).
  public static func leastSquares(_ a: Tensor, _ b: Tensor, rcond given: Double? = nil) throws -> (
    Tensor, Tensor, Int, Tensor
  ) {
    try refuseUnreproduced("np.linalg.lstsq", a.dtype)
    try refuseUnreproduced("np.linalg.lstsq", b.dtype)
    let isVector = b.ndim == 1
    let matrix = a.dtype == .float64 ? a : try a.astype(.float64)
    var rhs = b.dtype == .float64 ? b : try b.astype(.float64)
    if isVector { rhs = try rhs.reshape([rhs.size, 1]) }
    for operand in [matrix, rhs] where operand.ndim != 2 {
      throw TensorError("LinAlgError", "\(operand.ndim)-dimensional array given. Array must be two-dimensional")
    }
    if matrix.shape[0] != rhs.shape[0] { throw TensorError("LinAlgError", "Incompatible dimensions") }
    // dgelsd's scaling meets a NaN or an infinity in the matrix first (NumPy's error; a NaN in b only is a NaN x).
    if matrix.doubles.contains(where: { !$0.isFinite }) {
      throw TensorError("LinAlgError", "SVD did not converge in Linear Least Squares")
    }
    // LAPACK's dgelsd (through dlalsd) replaces an rcond outside (0, 1) by its machine epsilon, 2⁻⁵³ (`rcond=-1`,
    // NumPy's default before 1.14, reads so).
    let rcond =
      if let given { given > 0 && given < 1 ? given : 0x1p-53 } else {
        Double.ulpOfOne * Double(Swift.max(matrix.shape[0], matrix.shape[1]))
      }
    let solver = try LeastSquares(matrix, rhs, rcond: rcond)
    var x = try record(.linalg(.decomposition(.leastSquares(rcond: rcond, scales: nil))), NodeInputs(matrix, rhs))
    if x.doubles.contains(0) {
      try Decomposition.refuseCancellingSVD("np.linalg.lstsq", matrix.doubles, matrix.shape[0], matrix.shape[1])
    }
    let (residuals, noiseScale) = try solver.residuals(x) ?? ([], 0)
    if isVector { x = try x.reshape([matrix.shape[1]]) }
    // Recorded, so that printing finds it computed from a decomposition (and checks it for rounding noise).
    let s = try record(.linalg(.decomposition(.singularValues)), NodeInputs(matrix))
    try Decomposition.refuseInexactZeros(s, of: matrix)
    // The residuals are sums of squares of docbuild's solution's misfit, not of LAPACK's transformed right-hand
    // side (dgelsd's), so their last digits differ from NumPy's: noted as lstsq's, a full-precision print refuses,
    // and so does an array print of a sum at rounding-noise level against the right-hand side's.
    let noted = GraphNode.leaf()
    noted.decomposition = DecompositionOrigin(name: "np.linalg.lstsq", inputScale: noiseScale)
    let residualSums = Tensor(shape: [residuals.count], storage: .float64(residuals), isScalar: false, node: noted)
    return (x, residualSums, solver.rank, s)
  }

  /// `np.polyfit(x, y, deg)`: least squares on the Vandermonde matrix with NumPy's column scaling and
  /// `rcond = len(x) · eps`; y may hold one series per column.
  public static func polyfit(_ x: Tensor, _ y: Tensor, degree: Int) throws -> Tensor {
    try refuseUnreproduced("np.polyfit", x.dtype)
    try refuseUnreproduced("np.polyfit", y.dtype)
    if degree < 0 { throw TensorError.value("expected deg >= 0") }
    if x.ndim != 1 { throw TensorError.type("expected 1D vector for x") }
    if x.size == 0 { throw TensorError.type("expected non-empty vector for x") }
    if y.ndim < 1 || y.ndim > 2 { throw TensorError.type("expected 1D or 2D array for y") }
    if x.shape[0] != y.shape[0] { throw TensorError.type("expected x and y to have same length") }
    let points = x.asDoubles.detached.doubles
    let order = degree + 1
    try ResourceMeter.chargeMultiplyAdds(points.count * order)
    var vander = [Double](repeating: 0, count: points.count * order)
    for (r, value) in points.enumerated() {
      var power = 1.0
      for c in stride(from: order - 1, through: 0, by: -1) {
        vander[r * order + c] = power
        power *= value
      }
    }
    var scales = [Double](repeating: 0, count: order)
    for c in 0..<order {
      var sum = 0.0
      for r in 0..<points.count { sum += vander[r * order + c] * vander[r * order + c] }
      scales[c] = sum.squareRoot()
    }
    for r in 0..<points.count { for c in 0..<order { vander[r * order + c] /= scales[c] } }
    let lhs = Tensor(shape: [points.count, order], storage: .float64(vander), isScalar: false)
    let rhs0 = y.dtype == .float64 ? y : try y.astype(.float64)
    let rhs = y.ndim == 1 ? try rhs0.reshape([y.size, 1]) : rhs0
    let rcond = Double(points.count) * .ulpOfOne
    // x's column is recorded as an input so that a gradient with respect to it meets autograd's error.
    let xInput = x.dtype == .float64 ? x : try x.astype(.float64)
    let coefficients = try record(
      .linalg(.decomposition(.leastSquares(rcond: rcond, scales: scales))), [xInput, rhs, lhs])
    return y.ndim == 1 ? try coefficients.reshape([order]) : coefficients
  }
}
