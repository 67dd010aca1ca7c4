/// The reductions NumPy starts from a given value with `initial=` (and from their identity under a `where=` mask):
/// `np.sum`, `np.prod`, `np.max` and `np.min`, their methods and their ufuncs' `reduce`.
///
/// NumPy (`reduction.c`) fills every result element with `initial`, cast to the result's dtype, and then runs the
/// loops it runs without it: where a contiguous row reduces into one element, the row's pairwise sum
/// (`DOUBLE_pairwise_sum`) is added to the running value once (`acc += pairwise(row)`, so `initial` is not the
/// pairwise sum's first element); where the walk goes element by element (a reduction over leading axes), each
/// element is added in turn. A `where=` mask runs the same loop on each run of unmasked elements of a row
/// (`generic_masked_strided_loop`), so a masked row adds one pairwise sum per run. Products multiply left to
/// right; maxima and minima compare the running value with each element. A sum without `initial` starts from its
/// identity 0 the same way, which is why docbuild's kernels need only the start value. `np.fmax.reduce` and
/// `np.fmin.reduce` (what `np.nanmax` and `np.nanmin` of an array are) have no identity: they start from `initial`
/// and skip NaN elements; the caller refuses ties whose sign would show which element NumPy's loop kept.
public enum StartedReduction: String, Sendable {
  case sum, product, max, min, fmax, fmin

  /// NumPy's name for the ufunc, as its messages print it.
  public var ufuncName: String {
    switch self {
    case .sum: "add"
    case .product: "multiply"
    case .max: "maximum"
    case .min: "minimum"
    case .fmax: "fmax"
    case .fmin: "fmin"
    }
  }

  /// The function a refusal names: `np.sum`, `np.prod`, `np.max`, `np.min`, `np.fmax.reduce`, `np.fmin.reduce`.
  public var shownName: String {
    switch self {
    case .product: "np.prod"
    case .fmax, .fmin: "np.\(rawValue).reduce"
    default: "np.\(rawValue)"
    }
  }

  /// The dtype of the result of reducing `dtype`: sums and products of bools and integers in the platform's
  /// (unsigned) long, as NumPy's `np.sum` and `np.prod` give them; maxima and minima in the dtype itself.
  public func resultDType(of dtype: DType) -> DType {
    switch self {
    case .sum, .product:
      if dtype == .bool || (dtype.isInteger && !dtype.isUnsigned) { return .int64 }
      return dtype.isUnsigned ? .uint64 : dtype
    case .max, .min, .fmax, .fmin: return dtype
    }
  }
}

extension Tensor {
  /// NumPy's iterator errors for a reduction's `where=` mask that does not broadcast to the array (more axes,
  /// extents that do not fit, or that widen the array's), which it raises before it looks at the identity. One flag for every element passes.
  public func checkReductionMask(_ mask: Tensor) throws {
    if mask.size == 1 && mask.ndim <= ndim { return }
    if mask.ndim > ndim {
      throw TensorError.value("input operand has more dimensions than allowed by the axis remapping")
    }
    guard let broadcast = try? Tensor.broadcastShapes([shape, mask.shape]) else {
      throw TensorError.value(
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + "\(Self.compactText(shape)) \(Self.compactText(mask.shape)) ")
    }
    // A mask that widens an axis of extent 1 broadcasts with the array, but the array cannot take that shape.
    if broadcast != shape {
      throw TensorError.value(
        "non-broadcastable operand with shape \(Self.compactText(shape)) doesn't match the broadcast shape "
          + Self.compactText(broadcast))
    }
  }

  /// `np.sum(a, axis, keepdims=…, initial=…, where=…)` and its kin (`StartedReduction`): every result starts at
  /// `initial` (a value of `kind.resultDType(of: dtype)`, converted by the caller) and takes the elements `mask`
  /// (bools broadcastable to the array, or nil for all) lets through, in NumPy's order. Untracked: the caller
  /// refuses a differentiated value.
  public func reduced(
    _ kind: StartedReduction, axis: Axes, keepdims: Bool, initial: Tensor, where mask: Tensor?
  ) throws -> Tensor {
    let axes = try axis.resolve(ndim: ndim)
    let resultDType = kind.resultDType(of: dtype)
    let supported: Bool =
      switch kind {
      case .sum, .product: dtype == .float64 || dtype == .float32 || dtype == .bool || dtype.isInteger
      // float16 values compare exactly as doubles (the caller refuses ties of signed zeros, which NumPy's scalar
      // half loop settles by order); bools as 0 and 1.
      case .max, .min: dtype.isFloat || dtype == .bool || (dtype.isInteger && dtype != .uint64)
      // float16 values compare exactly as doubles, and the result is one of them or `initial` in float16.
      case .fmax, .fmin: dtype.isFloat || (dtype.isInteger && dtype != .uint64)
      }
    guard supported else {
      throw TensorError(
        "NotImplementedError",
        "\(kind.shownName) with initial= or where= of \(dtype.rawValue) values is not supported", isLimit: true)
    }
    if kind == .sum && dtype.isFloat { try MemoryOrder.refuseBufferedSum(self, axes: axes) }
    if kind == .product { try MemoryOrder.refuseUnknownOrder(self, axes: axes, for: "a product") }
    let initial = initial.converted(as: resultDType)
    // One flag for every element (`where=True`, `where=False`) splits no row.
    let isConstant = mask.map { $0.size == 1 && $0.ndim <= ndim } ?? false
    guard let mask, !isConstant || !mask.bools[0] else {
      return try MemoryOrder.reduce(self, axes: axes, keepdims: keepdims) { a, axes, keepdims in
        try Self.startedValues(kind, a, axes, keepdims, initial, nil)
      }
    }
    try checkReductionMask(mask)
    // A broadcast mask does not split rows: NumPy's buffered iterator copies it into a contiguous buffer (checked
    // against NumPy 2.4.6 for masks broadcast over any axes). Past 8192 elements, or through a view out of C order,
    // its buffers may split rows. Those orders are not followed.
    if !isConstant && (iterationOrder != nil || size > 8192) {
      throw TensorError(
        "NotImplementedError",
        "\(kind.shownName)(..., where=…) over this array is not supported: NumPy "
          + "splits its rows where the array's memory is not walked in C order (a view out of C order, or more "
          + "than 8192 elements), an order docbuild does not follow", isLimit: true)
    }
    let flags = try mask.broadcast(to: shape).bools
    return try Self.startedValues(kind, self, axes, keepdims, initial, flags)
  }

  /// `shape` as NumPy prints it in broadcast errors: `(3,)`, `(2,3)`.
  private static func compactText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
  }

  /// The reduction of `a` (walked in C order) over `axes`, each result starting at `initial`, taking the elements
  /// whose `mask` flag (C order, `a`'s shape) is true.
  private static func startedValues(
    _ kind: StartedReduction, _ a: Tensor, _ axes: [Int], _ keepdims: Bool, _ initial: Tensor, _ mask: [Bool]?
  ) throws -> Tensor {
    var keptShape = a.shape
    for axis in axes { keptShape[axis] = 1 }
    let shape = keepdims ? keptShape : a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    try ResourceMeter.charge(work: a.size, bytes: Shape.count(keptShape) * 8)
    func run<T>(
      _ values: [T], _ start: T, _ combine: (T, T) -> T, _ row: ((UnsafeBufferPointer<T>, Int, Int, Int) -> T)?
    )
      -> [T]
    {
      ReductionKernel.maskedReduce(
        values, mask: mask, shape: a.shape, keptShape: keptShape, initial: start, combine: combine, row: row)
    }
    let storage: Storage
    switch (kind, a.storage) {
    case (.sum, .float64(let values)) where a.dtype == .float32:
      let sums = run(values.map { Float($0) }, Float(initial.doubles[0]), +, ReductionKernel.pairwiseSum)
      storage = .float64(sums.map(Double.init))
    case (.sum, .float64(let values)):
      storage = .float64(run(values, initial.doubles[0], +, ReductionKernel.pairwiseSum))
    case (.sum, _):
      storage = .int64(run(a.int64s, initial.int64s[0], &+, nil))
    case (.product, .float64(let values)) where a.dtype == .float32:
      storage = .float64(run(values.map { Float($0) }, Float(initial.doubles[0]), *, nil).map(Double.init))
    case (.product, .float64(let values)):
      storage = .float64(run(values, initial.doubles[0], *, nil))
    case (.product, _):
      storage = .int64(run(a.int64s, initial.int64s[0], &*, nil))
    case (.max, .float64(let values)):
      storage = .float64(run(values, initial.doubles[0], { x, y in x > y || x.isNaN ? x : y }, nil))
    case (.min, .float64(let values)):
      storage = .float64(run(values, initial.doubles[0], { x, y in x < y || x.isNaN ? x : y }, nil))
    case (.fmax, .float64(let values)):
      // NumPy's `fmax`: a NaN gives way to the other operand.
      storage = .float64(run(values, initial.doubles[0], { x, y in x >= y || y.isNaN ? x : y }, nil))
    case (.fmin, .float64(let values)):
      storage = .float64(run(values, initial.doubles[0], { x, y in x <= y || y.isNaN ? x : y }, nil))
    case (.max, _), (.fmax, _):
      storage = .int64(run(a.int64s, initial.int64s[0], Swift.max, nil))
    case (.min, _), (.fmin, _):
      storage = .int64(run(a.int64s, initial.int64s[0], Swift.min, nil))
    }
    let resultDType = kind.resultDType(of: a.dtype)
    if resultDType == .bool, case .int64(let values) = storage {
      return Tensor(shape: shape, storage: .bool(values.map { $0 != 0 }), isScalar: shape.isEmpty, node: nil)
    }
    return Tensor(shape: shape, storage: storage, isScalar: shape.isEmpty, node: nil).tagged(resultDType)
  }
}
