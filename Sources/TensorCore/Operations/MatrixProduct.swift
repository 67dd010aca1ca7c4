import CKernels

/// `matmul` with NumPy's rules: 1-d operands gain and then lose a unit axis, leading (batch) axes broadcast, and
/// errors carry the gufunc's messages.
enum MatrixProduct {
  /// NumPy's gufunc signature, quoted in its errors.
  static let signature = "(n?,k),(k,m?)->(n?,m?)"

  /// The shapes of a product: both operands as stacks of matrices, the batch shape, and the result shape.
  struct Plan {
    var rows: Int
    var inner: Int
    var columns: Int
    var batch: [Int]
    var aBatch: [Int]
    var bBatch: [Int]
    var resultShape: [Int]
  }

  /// Checks the operands' shapes as NumPy does and works out the product's shapes.
  static func plan(_ aShape: [Int], _ bShape: [Int]) throws -> Plan {
    // Two matrices with agreeing inner extents, the common case: no batch to broadcast and nothing to refuse, so the
    // plan is built without the general path's intermediate shape arrays.
    if aShape.count == 2 && bShape.count == 2 && aShape[1] == bShape[0] {
      return Plan(
        rows: aShape[0], inner: aShape[1], columns: bShape[1], batch: [], aBatch: [], bBatch: [],
        resultShape: [aShape[0], bShape[1]])
    }
    // A matrix and a vector (either way round) or two vectors agreeing in their inner extent: the general path's
    // plan without its padded shapes, batch broadcast and joined result shape (about 1,700 instructions of a small
    // `np.dot(a, v)`, more than its multiply-adds).
    if (1...2).contains(aShape.count) && (1...2).contains(bShape.count) && aShape.count + bShape.count < 4
      && aShape[aShape.count - 1] == bShape[0]
    {
      let rows = aShape.count == 2 ? aShape[0] : 1
      let columns = bShape.count == 2 ? bShape[1] : 1
      let resultShape = aShape.count == 2 ? [rows] : bShape.count == 2 ? [columns] : []
      return Plan(
        rows: rows, inner: bShape[0], columns: columns, batch: [], aBatch: [], bBatch: [], resultShape: resultShape)
    }
    for (operand, shape) in [aShape, bShape].enumerated() where shape.isEmpty {
      throw TensorError.value(
        "matmul: Input operand \(operand) does not have enough dimensions (has 0, gufunc core with signature "
          + "\(signature) requires 1)")
    }
    let a = aShape.count == 1 ? [1] + aShape : aShape
    let b = bShape.count == 1 ? bShape + [1] : bShape
    let inner = a[a.count - 1]
    if b[b.count - 2] != inner {
      throw TensorError.value(
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature \(signature) "
          + "(size \(b[b.count - 2]) is different from \(inner))")
    }
    let aBatch = Array(a.dropLast(2))
    let bBatch = Array(b.dropLast(2))
    var core: [Int] = []
    if aShape.count > 1 { core.append(a[a.count - 2]) }
    if bShape.count > 1 { core.append(b[b.count - 1]) }
    guard let batch = Shape.broadcast(aBatch, bBatch) else {
      let remapped = { (shape: [Int]) in
        Shape.compact(shape) + "->" + Shape.compact(Array(shape.dropLast(2)) + [-1, -1])
      }
      throw TensorError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + "\(remapped(aShape)) \(remapped(bShape))  and requested shape \(Shape.compact(core))")
    }
    return Plan(
      rows: a[a.count - 2], inner: inner, columns: b[b.count - 1], batch: batch, aBatch: aBatch, bBatch: bBatch,
      resultShape: batch + core)
  }

  /// `a @ b`, unrecorded; a 0-d result (vector · vector) is a NumPy scalar. `transposeA`/`transposeB` multiply by an
  /// operand with its last two axes swapped, without copying it (float64 only; the backward pass uses them).
  static func evaluate(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) throws
    -> Tensor
  {
    func swapped(_ shape: [Int]) -> [Int] {
      var shape = shape
      shape.swapAt(shape.count - 1, shape.count - 2)
      return shape
    }
    try a.checkKnownLayout(for: "a matrix product")
    try b.checkKnownLayout(for: "a matrix product")
    if let product = try plainMatrices(a, b, transposeA: transposeA, transposeB: transposeB) { return product }
    // Read once: each `dtype` read is a call (16 instructions), and the tests below asked for both operands' four
    // times per product.
    let promoted = DType.promoted(a.dtype, b.dtype)
    if !transposeA && !transposeB && promoted == .float64 && NumpyLoop.isChosenInStack(a, b) {
      throw TensorError(
        "NotImplementedError",
        "a matrix product of stacked arrays with a reversed or strided view whose product NumPy runs in its own loop "
          + "instead of BLAS is not supported: NumPy decides per stacked product in an order docbuild does not follow; "
          + "multiply a copy (.copy())", isLimit: true)
    }
    if !transposeA && !transposeB && promoted == .float64 && a.ndim <= 2 && b.ndim <= 2
      && !a.shape.isEmpty && !b.shape.isEmpty && NumpyLoop.isChosen(a, b)
    {
      return try NumpyLoop.product(a, b)
    }
    if !transposeA && !transposeB && promoted == .float64 {
      // NumPy's `a.T` is a view that BLAS reads in place, summing in another order: `X.T @ B` and `X.T @ v` as
      // chains over X (dgemm, dgemv_n), `v @ X.T` as X @ v (dgemv_t), `A @ X.T` by dgemm's "TN" kernels. The kernels
      // read the transposed operand from a copy in X's order.
      func untransposed(_ t: Tensor) -> Tensor { ShapeKernels.transpose(t, axes: [1, 0]) }
      let aView = a.transposedLayout && a.ndim == 2
      let bView = b.transposedLayout && b.ndim == 2
      if aView && !bView { return try evaluate(untransposed(a), b, transposeA: true) }
      if bView && !aView && a.ndim <= 2 { return try evaluate(a, untransposed(b), transposeB: true) }
    }
    if (transposeA || transposeB) && promoted != .float64 {
      // Only the float kernel reads transposed operands in place; integer products take a copy.
      func copy(_ t: Tensor) -> Tensor {
        ShapeKernels.transpose(t, axes: Array(0..<t.ndim - 2) + [t.ndim - 1, t.ndim - 2])
      }
      return try evaluate(transposeA ? copy(a) : a, transposeB ? copy(b) : b)
    }
    let plan = try plan(transposeA ? swapped(a.shape) : a.shape, transposeB ? swapped(b.shape) : b.shape)
    let count = try Shape.checkedCount(plan.resultShape)
    try checkWork(plan)
    let storage: Storage
    switch promoted.storageClass {
    case .float64 where plan.rows == 1 && plan.columns == 1:
      // Vector · vector (also as 1×k and k×1 matrices): NumPy calls BLAS's ddot, whose summation order this follows.
      // A 1×k or k×1 operand holds its k values in the same order transposed or not.
      let strided =
        !transposeA && !transposeB && promoted == .float64
        && (hasStridedInnerStep(a, inner: a.ndim - 1)
          || hasStridedInnerStep(b, inner: b.ndim == 1 ? 0 : b.ndim - 2))
      storage = .float64(
        batched(a.doubles, b.doubles, plan: plan, count: count) { a, b, c, _, k, _ in
          c.pointee = strided ? docbuild_strided_vector_dot(a, b, k) : docbuild_vector_dot(a, b, k)
        })
    case .float64:
      storage = .float64(
        batched(a.doubles, b.doubles, plan: plan, count: count) { a, b, c, n, k, m in
          MatmulKernel.multiply(a, b, c, n, k, m, transposeA: transposeA, transposeB: transposeB)
        })
    case .bool:
      let product = batched(a.int64s, b.int64s, plan: plan, count: count, kernel: MatmulKernel.multiplyIntegers)
      storage = .bool(product.map { $0 != 0 })
    default:
      storage = .int64(batched(a.int64s, b.int64s, plan: plan, count: count, kernel: MatmulKernel.multiplyIntegers))
    }
    return Tensor(shape: plan.resultShape, storage: storage, isScalar: plan.resultShape.isEmpty, node: nil)
  }

  /// True when NumPy hands BLAS's ddot this at most 2-d operand of a vector · vector product in place with a step
  /// other than one along its `inner` axis (`A[:, j]`, `x[::2]`), where ddot sums in its strided loop's order. A
  /// reversed or broadcast operand is copied first (or, for `@`, takes NumPy's own loop before this is asked).
  private static func hasStridedInnerStep(_ t: Tensor, inner: Int) -> Bool {
    guard t.ndim <= 2, t.isView || t.memoryAxes != nil, inner >= 0, t.shape[inner] > 1 else { return false }
    return t.memoryStrides[inner] > 1
  }

  /// The product of two float64 matrices, or of a matrix and a vector (`np.dot(X, w)`), that are owners or views at an
  /// owner's row-major strides (NumPy hands BLAS either in place, as the same C-contiguous memory), neither flagged as
  /// NumPy's transposed view (a layer's forward product, and the backward pass's `g @ bᵀ` and `aᵀ @ g`), or nil for
  /// any other operands. `evaluate`'s general path would pass every check it makes and run the same kernel on the
  /// same elements; this plans the product from the two shapes directly (no batch, no swapped shape array).
  private static func plainMatrices(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool) throws -> Tensor? {
    // `ndim` read once: each read is a call that retains and releases the shape.
    let bAxes = b.ndim
    let isVector = bAxes == 1 && !transposeB
    guard a.ndim == 2, bAxes == 2 || isVector, a.dtype == .float64, b.dtype == .float64,
      !a.isView || a.isRowMajorView, !b.isView || b.isRowMajorView,
      transposeA || transposeB || (!a.transposedLayout && !b.transposedLayout),
      case .float64(let left) = a.storage, case .float64(let right) = b.storage
    else { return nil }
    let aShape = a.shape
    let bShape = b.shape
    let (rows, inner) = transposeA ? (aShape[1], aShape[0]) : (aShape[0], aShape[1])
    // A vector `b` is the general path's (k, 1) matrix, and the result its column without the last axis.
    let (bInner, columns) =
      isVector ? (bShape[0], 1) : transposeB ? (bShape[1], bShape[0]) : (bShape[0], bShape[1])
    // A mismatch takes the general path for its error; vector · vector as 1×k and k×1 matrices its `ddot`.
    guard inner == bInner, rows != 1 || columns != 1 else { return nil }
    let resultShape = isVector ? SharedIntLists.single(rows) : SharedIntLists.pair(rows, columns)
    let plan = Plan(
      rows: rows, inner: inner, columns: columns, batch: [], aBatch: [], bBatch: [], resultShape: resultShape)
    let count = try Shape.checkedCount(resultShape)
    try checkWork(plan)
    let values = batched(left, right, plan: plan, count: count) { a, b, c, n, k, m in
      MatmulKernel.multiply(a, b, c, n, k, m, transposeA: transposeA, transposeB: transposeB)
    }
    return Tensor(shape: resultShape, storage: .float64(values), isScalar: false, node: nil)
  }

  /// `a @ b` of float16 operands as NumPy's half loops compute it (`HALF_matmul_inner_noblas`, and `HALF_dot` for
  /// `np.dot`): each element a float32 sum, from 0 in order over the inner axis, of the float32 products (exact: a
  /// half has 11 significant bits), rounded to half once at the end. NumPy has no BLAS for float16, so this order
  /// holds for every shape and memory layout.
  static func halfProduct(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let plan = try plan(a.shape, b.shape)
    let count = try Shape.checkedCount(plan.resultShape)
    try checkWork(plan)
    let values = batched(a.doubles, b.doubles, plan: plan, count: count) { a, b, c, rows, inner, columns in
      for row in 0..<rows {
        for column in 0..<columns {
          var sum: Float = 0
          for k in 0..<inner { sum += Float(a[row * inner + k]) * Float(b[k * columns + column]) }
          c[row * columns + column] = Double(Float16(sum))
        }
      }
    }
    return Tensor(shape: plan.resultShape, storage: .float64(values), isScalar: plan.resultShape.isEmpty, node: nil)
      .tagged(.float16)
  }

  /// The most multiply-adds one product may take. Every other operation is linear in its (bounded) element count; a
  /// product is cubic, so without this a snippet of two 4096×4096 integer matrices would run for minutes.
  static let workLimit = 1 << 31

  /// Refuses a product whose multiply-adds exceed `workLimit`, before any work is done.
  static func checkWork(_ plan: Plan) throws {
    var work = plan.batch.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
    var overflow = false
    for extent in [plan.rows, plan.inner, plan.columns] {
      let (product, overflowed) = work.multipliedReportingOverflow(by: extent)
      work = product
      overflow = overflow || overflowed
    }
    if overflow || work > workLimit {
      throw TensorError.limit(
        "matmul would take \(overflow ? "more than 2^63" : String(work)) multiply-adds, over the limit of "
          + "\(workLimit) per product in a snippet; use smaller operands")
    }
    try ResourceMeter.chargeMultiplyAdds(work)
  }

  /// Runs `kernel` on each matrix pair of the broadcast batch.
  private static func batched<T: Numeric>(
    _ a: [T], _ b: [T], plan: Plan, count: Int,
    kernel: (UnsafePointer<T>, UnsafePointer<T>, UnsafeMutablePointer<T>, Int, Int, Int) -> Void
  ) -> [T] {
    if plan.batch.isEmpty {
      // One product: the kernel writes into zeros, allocated through the specialised path (see `Array.filled`), with
      // no offset walk.
      var result = [T].filled(0, count: count)
      guard count > 0 else { return result }
      a.withUnsafeBufferPointer { lhs in
        b.withUnsafeBufferPointer { rhs in
          result.withUnsafeMutableBufferPointer { out in
            kernel(lhs.baseAddress!, rhs.baseAddress!, out.baseAddress!, plan.rows, plan.inner, plan.columns)
          }
        }
      }
      return result
    }
    return [T](unsafeUninitializedCapacity: count) { out, initialized in
      out.initialize(repeating: 0)
      initialized = count
      guard count > 0 else { return }
      let aSize = plan.rows * plan.inner
      let bSize = plan.inner * plan.columns
      let cSize = plan.rows * plan.columns
      let aOffsets = StridedView(
        offset: 0, shape: plan.batch, strides: BroadcastWalk.strides(of: plan.aBatch, in: plan.batch))
      let bOffsets = StridedView(
        offset: 0, shape: plan.batch, strides: BroadcastWalk.strides(of: plan.bBatch, in: plan.batch))
      var aStarts: [Int] = []
      var bStarts: [Int] = []
      aOffsets.forEach { s, _ in aStarts.append(s) }
      bOffsets.forEach { s, _ in bStarts.append(s) }
      a.withUnsafeBufferPointer { lhs in
        b.withUnsafeBufferPointer { rhs in
          for (index, (aStart, bStart)) in zip(aStarts, bStarts).enumerated() {
            kernel(
              lhs.baseAddress! + aStart * aSize, rhs.baseAddress! + bStart * bSize,
              out.baseAddress! + index * cSize, plan.rows, plan.inner, plan.columns)
          }
        }
      }
    }
  }
}

extension Tensor {
  /// `np.matmul(a, b)` / `a @ b`.
  public func matmul(_ other: Tensor) throws -> Tensor {
    try Tensor.record(.matmul, NodeInputs(self, other))
  }

  /// `np.dot(a, b)`: products of scalars, vector·vector, matrix products, and for N-d operands a sum over the last
  /// axis of `a` and the second-to-last of `b`.
  public func dot(_ other: Tensor) throws -> Tensor {
    if ndim == 0 || other.ndim == 0 {
      if dtype.isComplex || other.dtype.isComplex {
        // NumPy scales the array by zaxpy into zeros (OpenBLAS's rounding), or multiplies one element by its scalar
        // formula, not the ufunc's fused one.
        throw TensorError(
          "NotImplementedError",
          "np.dot of a complex scalar is not supported: NumPy multiplies by it with OpenBLAS's zaxpy or its own "
            + "scalar formula, whose rounding docbuild does not follow here; use a * b", isLimit: true)
      }
      // np.dot makes arrays of Python numbers first, so they promote as arrays do (float16 · 2 is float64).
      var (a, b) = (self, other)
      (a.isPythonScalar, b.isPythonScalar) = (false, false)
      let product = try a.multiplying(b)
      // For float64 with a vector or a matrix of more than one element, NumPy's BLAS path adds the products into
      // zeros (`daxpy`), so a product of -0 is 0 there (`np.dot(-1.0, x)`), and a zero scalar adds nothing, so NaNs
      // and infinities times it are 0 too (`np.dot(0.0, x)`); with one element, two scalars, or more axes, it
      // multiplies.
      guard product.dtype == .float64, (1...2).contains(Swift.max(ndim, other.ndim)), product.size > 1 else {
        return product
      }
      var zero = Tensor(0.0)
      zero.isPythonScalar = true
      var result = try product.adding(zero)
      if (ndim == 0 ? self : other).doubles.first == 0 {
        // The values are BLAS's; the recorded graph stays the product's.
        result.storage = .float64([Double](repeating: 0, count: result.size))
      }
      return result
    }
    if dtype.isComplex || other.dtype.isComplex {
      if ndim == 1 && other.ndim == 1 && shape == other.shape { return try ComplexProduct.vectorDot(self, other) }
      if ndim != 1 || other.ndim != 1 {
        let common = try ComplexEvaluation.commonType(self, other)
        throw TensorError(
          "NotImplementedError",
          "np.dot of \(common.rawValue) arrays that are not two 1-d vectors is not supported: NumPy hands them to "
            + "OpenBLAS's \(common == .complex64 ? "c" : "z")gemv, gemm or axpy, whose summation order docbuild does "
            + "not reproduce; np.dot of two vectors and a @ b over an inner axis of length 1 are supported",
          isLimit: true)
      }
    }
    let aligned = other.ndim == 1 ? other.shape[0] : other.shape[other.ndim - 2]
    if shape[ndim - 1] != aligned {
      let otherAxis = other.ndim == 1 ? 0 : other.ndim - 2
      throw TensorError.value(
        "shapes \(Shape.compact(shape)) and \(Shape.compact(other.shape)) not aligned: \(shape[ndim - 1]) "
          + "(dim \(ndim - 1)) != \(aligned) (dim \(otherAxis))")
    }
    // NumPy's dot (`cblas_matrixproduct`) copies an operand whose steps BLAS cannot take (`_bad_strides`: a
    // negative step, or a zero one over more than one element) and gives the copy to BLAS, where `@` would run
    // its own loop (`np.dot(x[:, ::-1], w)` is `x[:, ::-1].copy() @ w`, `x[::-1].dot(y)` is `x[::-1].copy() @ y`).
    func readable(_ t: Tensor) throws -> Tensor {
      // A view at an owner's row-major strides (a reshape's) steps forward on every axis: asked first, without its
      // strides copied out.
      guard t.isView, !t.isRowMajorView, t.dtype.isInexact,
        zip(t.productStrides, t.shape).contains(where: { stride, extent in stride < 0 || (stride == 0 && extent > 1) })
      else { return t }
      return try t.copy()
    }
    if ndim == 1, other.ndim == 1, dtype == .float64, other.dtype == .float64 {
      // Recorded apart from `@`: autograd's VJPs for the two differ in the sign of a zero (`Operation.vectorDot`).
      return try Tensor.record(.vectorDot, NodeInputs(readable(self), readable(other)))
    }
    if other.ndim <= 2 {
      return try readable(self).matmul(readable(other))
    }
    // N-d: move b's contracted axis last but one is already so; fold a's leading axes into rows.
    let rows = try reshape([-1, shape[ndim - 1]])
    let lead = Array(other.shape.dropLast(2))
    let columns = other.shape[other.ndim - 1]
    var order = Array(0..<other.ndim)
    order.remove(at: other.ndim - 2)
    order.insert(other.ndim - 2, at: 0)
    let moved = try other.transpose(order).reshape([aligned, -1])
    return try rows.matmul(moved).reshape(Array(shape.dropLast()) + lead + [columns])
  }

  /// `np.outer(a, b)`: both flattened, every product `a[i] * b[j]`.
  public func outer(_ other: Tensor) throws -> Tensor {
    // Two float64 vectors are one recorded operation, whose gradient is autograd's. The product is C-ordered
    // whatever the vectors' steps, as NumPy allocates it.
    if ndim == 1, other.ndim == 1, dtype == .float64, other.dtype == .float64 {
      return try Tensor.record(.outer, NodeInputs(self, other))
    }
    return try reshape([-1, 1]).multiplying(other.reshape([1, -1]))
  }
}

extension Tensor {
  /// `memoryStrides`, a view's read in place: `memoryStrides` copied the whole view out (its strides, positions and
  /// iterator state retained and released) to read them, twice per `np.dot` of a view.
  var productStrides: [Int] {
    if isView {
      let placement = rootPlacement
      if placement.positions == nil && placement.strides.count == ndim { return placement.strides }
      return memoryStrides
    }
    // A vector that owns its memory in C order steps 1 (the shared array, not one made per product).
    if ndim == 1 && memoryAxes == nil { return Self.unitStrides }
    return memoryStrides
  }

  /// A vector's C-order strides.
  private static let unitStrides = [1]
}
