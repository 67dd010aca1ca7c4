/// The differentiable linear-algebra primitives, on float64 stacks of matrices (`(..., n, n)`), as one operation
/// family of the autodiff table: `evaluate` is the forward rule and `vjp` the backward one, both autograd's.
enum LinalgFunction: Sendable, Equatable {
  /// `np.linalg.inv`.
  case inverse
  /// `np.linalg.det`.
  case determinant
  /// The second result of `np.linalg.slogdet` (the first, the sign, has no gradient).
  case logAbsDeterminant
  /// `np.linalg.solve(a, b)`; `vector` when b holds one right-hand side per matrix (`(..., n)`).
  case solve(vector: Bool)
  /// `np.linalg.cholesky`: the lower factor.
  case cholesky
  /// A decomposition's output (`qr`, `eigh`, `eigvalsh`, singular values, `pinv`).
  case decomposition(Decomposition)

  /// Computes the function of same-batch, float64 inputs whose shapes the caller has checked.
  func evaluate(_ inputs: [Tensor]) throws -> Tensor {
    let a = inputs[0]
    if case .decomposition(let decomposition) = self {
      Tensor.approximateResultsExist.store(true, ordering: .relaxed)
      return try decomposition.evaluate(inputs)
    }
    let n = a.shape[a.ndim - 1]
    if n > LUFactorization.largestBitExactOrder, self != .cholesky {
      Tensor.approximateResultsExist.store(true, ordering: .relaxed)
    }
    let batch = Array(a.shape.dropLast(2))
    let count = Shape.count(batch)
    let values = a.doubles
    try ResourceMeter.chargeMultiplyAdds(count * n * n * Swift.max(n, 1))
    var result: [Double] = []
    switch self {
    case .inverse, .solve:
      let b = self == .inverse ? nil : inputs[1].doubles
      let columns = self == .inverse ? n : self == .solve(vector: true) ? 1 : inputs[1].shape[inputs[1].ndim - 1]
      var identity = [Double](repeating: 0, count: n * n)
      for i in 0..<n { identity[i * n + i] = 1 }
      result.reserveCapacity(count * n * columns)
      for m in 0..<count {
        let lu = LUFactorization(Array(values[(m * n * n)..<((m + 1) * n * n)]), order: n)
        if lu.isSingular { throw LinalgFunction.singular }
        let rhs = b.map { Array($0[(m * n * columns)..<((m + 1) * n * columns)]) } ?? identity
        result += lu.solve(rhs, columns: columns)
      }
      let shape = self == .inverse ? a.shape : inputs[1].shape
      return Tensor(shape: shape, storage: .float64(result), isScalar: false, node: nil)
    case .determinant, .logAbsDeterminant:
      for m in 0..<count {
        let lu = LUFactorization(Array(values[(m * n * n)..<((m + 1) * n * n)]), order: n)
        result.append(self == .determinant ? lu.determinant : lu.signAndLogDeterminant.logAbs)
      }
      return Tensor(shape: batch, storage: .float64(result), isScalar: batch.isEmpty, node: nil)
    case .cholesky:
      for m in 0..<count {
        guard let lower = CholeskyFactorization.lower(Array(values[(m * n * n)..<((m + 1) * n * n)]), order: n)
        else { throw TensorError("LinAlgError", "Matrix is not positive definite") }
        result += lower
      }
      return Tensor(shape: a.shape, storage: .float64(result), isScalar: false, node: nil)
    case .decomposition:
      return a
    }
  }

  /// The name a snippet calls the function by, for diagnostics.
  var numpyName: String {
    switch self {
    case .inverse: "np.linalg.inv"
    case .determinant: "np.linalg.det"
    case .logAbsDeterminant: "np.linalg.slogdet"
    case .solve: "np.linalg.solve"
    case .cholesky: "np.linalg.cholesky"
    case .decomposition(let decomposition):
      decomposition.name == "polyfit" ? "np.polyfit" : "np.linalg.\(decomposition.name)"
    }
  }

  /// NumPy's error for an exactly zero pivot.
  static let singular = TensorError("LinAlgError", "Singular matrix")

  /// The gradients of the inputs given `g`, the gradient of `output` (HIPS autograd's rules, in its order).
  func vjp(_ g: Tensor, inputs: [Tensor], output: Tensor, wanted: [Bool]) throws -> [Tensor?] {
    let a = inputs[0].detached
    let ans = output.detached
    switch self {
    case .inverse:
      // -ansᵀ g ansᵀ
      let left = try MatrixProduct.evaluate(ans, g, transposeA: true)
      return [try -MatrixProduct.evaluate(left, ans, transposeB: true)]
    case .determinant:
      let inverse = try LinalgFunction.inverse.evaluate([a])
      return [try Self.matrixShaped(g, a) * Self.matrixShaped(ans, a) * Self.swapLast(inverse)]
    case .logAbsDeterminant:
      let inverse = try LinalgFunction.inverse.evaluate([a])
      return [try Self.matrixShaped(g, a) * Self.swapLast(inverse)]
    case .solve(let vector):
      // b̄ = solve(aᵀ, g); ā = -b̄ ansᵀ (an outer product for one right-hand side).
      let gradB = try LinalgFunction.solve(vector: vector).evaluate([Self.swapLast(a), g.asDoubles])
      guard wanted[0] else { return [nil, gradB] }
      let gradA: Tensor
      if vector {
        let column = gradB.reshapedUnrecorded(gradB.shape + [1])
        let row = ans.reshapedUnrecorded(Array(ans.shape.dropLast()) + [1, ans.shape.last ?? 0])
        gradA = try -(column * row)
      } else {
        gradA = try -MatrixProduct.evaluate(gradB, ans, transposeB: true)
      }
      return [gradA, wanted[1] ? gradB : nil]
    case .cholesky:
      return [try Self.choleskyVJP(ans, g.asDoubles)]
    case .decomposition(.eig(let vectors)):
      return [try Decomposition.eigVJP(g, a, vectors: vectors)]
    case .decomposition(.svd(full: false, let part)):
      return [try Decomposition.svdVJP(g, a, part: part)]
    case .decomposition(.singularValues):
      return [try Decomposition.svdVJP(g, a, part: nil)]
    case .decomposition(let decomposition):
      return try decomposition.vjp(wanted: wanted)
    }
  }

  /// A batch-shaped value with two unit axes appended, to broadcast against the matrices of `like`.
  private static func matrixShaped(_ value: Tensor, _ like: Tensor) -> Tensor {
    value.asDoubles.reshapedUnrecorded(Array(like.shape.dropLast(2)) + [1, 1])
  }

  /// The matrices of a stack transposed.
  static func swapLast(_ a: Tensor) -> Tensor {
    var axes = Array(0..<a.ndim)
    axes.swapAt(a.ndim - 1, a.ndim - 2)
    return ShapeKernels.transpose(a, axes: axes)
  }

  /// autograd's (Iain Murray's) rule: S = L⁻ᵀ Φ(Lᵀ Ḡ) L⁻¹ with Φ the lower triangle with its diagonal halved,
  /// and Ā = (S + Sᵀ) / 2.
  private static func choleskyVJP(_ l: Tensor, _ g: Tensor) throws -> Tensor {
    let n = l.shape[l.ndim - 1]
    let count = l.size / Swift.max(n * n, 1)
    let lValues = l.doubles
    let gValues = g.doubles
    var result: [Double] = []
    result.reserveCapacity(l.size)
    for m in 0..<count {
      let lower = Array(lValues[(m * n * n)..<((m + 1) * n * n)])
      let upstream = Array(gValues[(m * n * n)..<((m + 1) * n * n)])
      var phi = [Double](repeating: 0, count: n * n)
      for i in 0..<n {
        for j in 0...i {
          var total = 0.0
          for k in 0..<n { total += lower[k * n + i] * upstream[k * n + j] }
          phi[i * n + j] = i == j ? total / 2 : total
        }
      }
      // X → L⁻ᵀ X L⁻¹: solve Lᵀ Y = X column by column, then the same for Yᵀ, then transpose back.
      let once = transposed(solveUpperTransposed(lower, phi, n), n)
      let s = transposed(solveUpperTransposed(lower, once, n), n)
      for i in 0..<n {
        for j in 0..<n { result.append((s[i * n + j] + s[j * n + i]) / 2) }
      }
    }
    return Tensor(shape: l.shape, storage: .float64(result), isScalar: false, node: nil)
  }

  /// Y with Lᵀ Y = X for lower-triangular L (so Lᵀ is upper), by back substitution.
  private static func solveUpperTransposed(_ lower: [Double], _ x: [Double], _ n: Int) -> [Double] {
    var y = x
    for column in 0..<n {
      for i in stride(from: n - 1, through: 0, by: -1) {
        var value = y[i * n + column]
        for k in (i + 1)..<Swift.max(n, i + 1) { value -= lower[k * n + i] * y[k * n + column] }
        y[i * n + column] = value / lower[i * n + i]
      }
    }
    return y
  }

  private static func transposed(_ m: [Double], _ n: Int) -> [Double] {
    var result = m
    for i in 0..<n { for j in 0..<n { result[j * n + i] = m[i * n + j] } }
    return result
  }
}
