/// `np.linalg`'s functions of stacks of matrices, with NumPy's conversions (integers and bools to float64) and
/// NumPy's errors (`LinAlgError`), recorded for autodiff where autograd differentiates them.
extension Tensor {
  /// float32 and complex linear algebra run LAPACK's own single-precision or complex code, whose last bits docbuild
  /// does not reproduce: refused, naming the dtype, rather than computed in float64.
  static func refuseUnreproduced(_ what: String, _ dtype: DType) throws {
    if dtype.isNarrowFloat { throw NarrowEvaluation.refused(what, dtype) }
    if dtype.isComplex { throw ComplexEvaluation.refused(what, dtype) }
  }

  /// The operand as NumPy's linalg gufuncs take it: float64, at least 2-d, square in its last two axes.
  func squareMatrices(_ function: String) throws -> Tensor {
    try Tensor.refuseUnreproduced("np.linalg.\(function)", dtype)
    if ndim < 2 {
      throw TensorError(
        "LinAlgError", "\(ndim)-dimensional array given. Array must be at least two-dimensional")
    }
    if shape[ndim - 1] != shape[ndim - 2] {
      throw TensorError("LinAlgError", "Last 2 dimensions of the array must be square")
    }
    return dtype == .float64 ? self : try astype(.float64)
  }

  /// `np.linalg.inv(a)`.
  public func inverse() throws -> Tensor {
    try Tensor.record(.linalg(.inverse), NodeInputs(squareMatrices("inv")))
  }

  /// `np.linalg.det(a)`: a NumPy scalar for one matrix.
  public func determinant() throws -> Tensor {
    try Tensor.record(.linalg(.determinant), NodeInputs(squareMatrices("det")))
  }

  /// `np.linalg.slogdet(a)`: the sign (untracked) and the logarithm of the determinant's magnitude.
  public func signAndLogDeterminant() throws -> (sign: Tensor, logAbs: Tensor) {
    let a = try squareMatrices("slogdet")
    let n = a.shape[a.ndim - 1]
    let values = a.doubles
    var signs: [Double] = []
    for m in 0..<(a.size / Swift.max(n * n, 1)) {
      signs.append(LUFactorization(Array(values[(m * n * n)..<((m + 1) * n * n)]), order: n).signAndLogDeterminant.sign)
    }
    let batch = Array(a.shape.dropLast(2))
    let sign = Tensor(shape: batch, storage: .float64(signs), isScalar: batch.isEmpty)
    return (sign, try Tensor.record(.linalg(.logAbsDeterminant), NodeInputs(a)))
  }

  /// `np.linalg.cholesky(a)`: the lower factor L with a = L Lᵀ.
  public func cholesky() throws -> Tensor {
    try Tensor.record(.linalg(.cholesky), NodeInputs(squareMatrices("cholesky")))
  }

  /// `np.linalg.solve(a, b)`: b is one right-hand side per matrix when it is 1-d (NumPy 2's rule), else a stack of
  /// matrices of right-hand sides; the stacks broadcast.
  public static func solve(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let matrices = try a.squareMatrices("solve")
    try Tensor.refuseUnreproduced("np.linalg.solve", b.dtype)
    let rhs = b.dtype == .float64 ? b : try b.astype(.float64)
    let n = matrices.shape[matrices.ndim - 1]
    let vector = rhs.ndim == 1
    let signature = "(m,m),(m,n)->(m,n)"
    if rhs.ndim == 0 {
      throw TensorError.value(
        "solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature \(signature) "
          + "requires 2)")
    }
    let extent = vector ? rhs.shape[0] : rhs.shape[rhs.ndim - 2]
    if extent != n {
      throw TensorError.value(
        "\(vector ? "solve1" : "solve"): Input operand 1 has a mismatch in its core dimension 0, with gufunc "
          + "signature \(vector ? "(m,m),(m)->(m)" : signature) (size \(extent) is different from \(n))")
    }
    let aBatch = Array(matrices.shape.dropLast(2))
    let bBatch = Array(rhs.shape.dropLast(vector ? 1 : 2))
    guard let batch = Shape.broadcast(aBatch, bBatch) else {
      throw TensorError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + "\(Shape.compact(matrices.shape))->\(Shape.compact(aBatch + [-1, -1])) "
          + "\(Shape.compact(rhs.shape))->\(Shape.compact(bBatch + (vector ? [-1] : [-1, -1])))  and requested "
          + "shape \(Shape.compact(vector ? [n] : [n, rhs.shape[rhs.ndim - 1]]))")
    }
    let left = aBatch == batch ? matrices : try matrices.broadcast(to: batch + [n, n])
    let rightCore = Array(rhs.shape.suffix(vector ? 1 : 2))
    let right = bBatch == batch ? rhs : try rhs.broadcast(to: batch + rightCore)
    return try record(.linalg(.solve(vector: vector)), NodeInputs(left, right))
  }

  /// `np.linalg.matrix_power(a, n)`: repeated squaring as NumPy does it (n = 0 gives the identity, n < 0 the
  /// inverse's power); integer matrices stay integer for n ≥ 0.
  public func matrixPower(_ exponent: Int) throws -> Tensor {
    try Tensor.refuseUnreproduced("np.linalg.matrix_power", dtype)
    if ndim < 2 {
      throw TensorError("LinAlgError", "\(ndim)-dimensional array given. Array must be at least two-dimensional")
    }
    if shape[ndim - 1] != shape[ndim - 2] {
      throw TensorError("LinAlgError", "Last 2 dimensions of the array must be square")
    }
    let n = shape[ndim - 1]
    if exponent == 0 {
      let identity = try Tensor.eye(n, nil, k: 0, dtype: dtype)
      return try identity.broadcast(to: shape).copy()
    }
    var base = exponent < 0 ? try inverse() : self
    var remaining = exponent.magnitude
    if remaining == 1 { return try base.copy() }
    if remaining == 2 { return try base.matmul(base) }
    if remaining == 3 { return try base.matmul(base).matmul(base) }
    // NumPy's binary decomposition: z is the running square, result collects the set bits from the lowest.
    var result: Tensor? = nil
    var z: Tensor? = nil
    while remaining > 0 {
      z = try z.map { try $0.matmul($0) } ?? base
      if remaining & 1 == 1 { result = try result.map { try $0.matmul(z!) } ?? z }
      remaining >>= 1
    }
    base = result!
    return base
  }

  /// `np.linalg.multi_dot(arrays)`: the chain multiplied in NumPy's cheapest order (the first and last operands may
  /// be 1-d).
  public static func multiDot(_ arrays: [Tensor]) throws -> Tensor {
    guard arrays.count >= 2 else { throw TensorError.value("Expecting at least two arrays.") }
    if arrays.count == 2 { return try arrays[0].dot(arrays[1]) }
    var operands = arrays
    let firstIsVector = operands[0].ndim == 1
    let lastIsVector = operands[operands.count - 1].ndim == 1
    if firstIsVector { operands[0] = try operands[0].reshape([1, operands[0].shape[0]]) }
    if lastIsVector {
      let last = operands[operands.count - 1]
      operands[operands.count - 1] = try last.reshape([last.shape[0], 1])
    }
    for operand in operands where operand.ndim != 2 {
      throw TensorError("LinAlgError", "\(operand.ndim)-dimensional array given. Array must be two-dimensional")
    }
    var result: Tensor
    if operands.count == 3 {
      // NumPy's `_multi_dot_three`: compares the two orders' costs.
      let (p0, p1) = (operands[0].shape[0], operands[0].shape[1])
      let (p2, p3) = (operands[1].shape[1], operands[2].shape[1])
      let costLeft = p0 * p1 * p2 + p0 * p2 * p3
      let costRight = p1 * p2 * p3 + p0 * p1 * p3
      result =
        costLeft < costRight
        ? try operands[0].dot(operands[1]).dot(operands[2])
        : try operands[0].dot(operands[1].dot(operands[2]))
    } else {
      let order = chainOrder(operands.map(\.shape))
      func multiply(_ i: Int, _ j: Int) throws -> Tensor {
        if i == j { return operands[i] }
        return try multiply(i, order[i][j]).dot(multiply(order[i][j] + 1, j))
      }
      result = try multiply(0, operands.count - 1)
    }
    if firstIsVector && lastIsVector { return try result.reshape([]).index([]) }
    if firstIsVector { return try result.reshape([result.shape[1]]) }
    if lastIsVector { return try result.reshape([result.shape[0]]) }
    return result
  }

  /// The matrix-chain order (NumPy's `_multi_dot_matrix_chain_order`): split points by dynamic programming, the
  /// first cheapest split winning ties.
  private static func chainOrder(_ shapes: [[Int]]) -> [[Int]] {
    let count = shapes.count
    let p = shapes.map { $0[0] } + [shapes[count - 1][1]]
    var cost = [[Int]](repeating: [Int](repeating: 0, count: count), count: count)
    var split = [[Int]](repeating: [Int](repeating: 0, count: count), count: count)
    for length in 1..<count {
      for i in 0..<(count - length) {
        let j = i + length
        cost[i][j] = Int.max
        for k in i..<j {
          let q = cost[i][k] &+ cost[k + 1][j] &+ p[i] &* p[k + 1] &* p[j + 1]
          if q < cost[i][j] {
            cost[i][j] = q
            split[i][j] = k
          }
        }
      }
    }
    return split
  }
}
