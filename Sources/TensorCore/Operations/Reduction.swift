/// The primitive reductions, with NumPy's result dtypes and its error for empty maximum and minimum.
enum Reduction: Sendable {
  case sum, max, min

  /// NumPy's name for the reduction in "zero-size array to reduction operation ..." messages.
  private var ufuncName: String {
    switch self {
    case .sum: "add"
    case .max: "maximum"
    case .min: "minimum"
    }
  }

  /// Reduces `a` over `axes` (normalised, distinct); a 0-d result is a NumPy scalar.
  func evaluate(_ a: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    var keptShape = a.shape
    for axis in axes { keptShape[axis] = 1 }
    if self != .sum && axes.contains(where: { a.shape[$0] == 0 }) {
      throw TensorError.value("zero-size array to reduction operation \(ufuncName) which has no identity")
    }
    let shape = keepdims ? keptShape : Self.remainingShape(a.shape, axes: axes)
    let storage: Storage
    switch (self, a.storage) {
    case (.sum, .float64(let values)):
      storage = .float64(
        ReductionKernel.reduce(
          values, shape: a.shape, keptShape: keptShape, initial: 0, combine: +, row: ReductionKernel.pairwiseSum))
    case (.sum, _):
      storage = .int64(reduce(a.int64s, a.shape, keptShape, initial: 0, combine: &+))
    case (.max, .float64(let values)):
      storage = .float64(reduce(values, a.shape, keptShape, initial: -.infinity) { x, y in x > y || x.isNaN ? x : y })
    case (.min, .float64(let values)):
      storage = .float64(reduce(values, a.shape, keptShape, initial: .infinity) { x, y in x < y || x.isNaN ? x : y })
    case (.max, .int64(let values)):
      storage = .int64(reduce(values, a.shape, keptShape, initial: .min, combine: Swift.max))
    case (.min, .int64(let values)):
      storage = .int64(reduce(values, a.shape, keptShape, initial: .max, combine: Swift.min))
    case (.max, .bool(let values)): storage = .bool(reduce(values, a.shape, keptShape, initial: false) { $0 || $1 })
    case (.min, .bool(let values)): storage = .bool(reduce(values, a.shape, keptShape, initial: true) { $0 && $1 })
    case (_, .complex128):
      // Complex reductions run in ComplexEvaluation, which never calls this.
      throw ComplexEvaluation.refused("this reduction", a.dtype)
    }
    return Tensor(shape: shape, storage: storage, isScalar: shape.isEmpty, node: nil)
  }

  /// `shape` without `axes`, built in one array (the shape of a reduction without `keepdims`).
  private static func remainingShape(_ shape: [Int], axes: [Int]) -> [Int] {
    var remaining: [Int] = []
    // The axes are distinct: a full reduction allocates nothing.
    if shape.count > axes.count { remaining.reserveCapacity(shape.count - axes.count) }
    for axis in shape.indices where !axes.contains(axis) { remaining.append(shape[axis]) }
    return remaining
  }

  @inline(__always)
  private func reduce<T>(_ values: [T], _ shape: [Int], _ keptShape: [Int], initial: T, combine: (T, T) -> T) -> [T] {
    ReductionKernel.reduce(values, shape: shape, keptShape: keptShape, initial: initial, combine: combine)
  }
}

extension Tensor {
  /// Whether an integer array's magnitudes add up to under 2**53, so that every partial sum of its elements, in any
  /// order, is exact in float64 (NumPy's float64 sum and docbuild's integer sum then agree).
  public var integerSumIsExactInFloat64: Bool {
    guard case .int64(let values) = storage else { return true }
    let limit: UInt64 = 1 << 53
    // A dtype of at most 32 bits bounds every magnitude, so its count alone can prove the sum exact (always for
    // 16 bits and under, whose 2**16 times the element limit is far below 2**53).
    let largest: UInt64? =
      switch dtype {
      case .int8, .uint8, .int16, .uint16: 1 << 16
      case .int32, .uint32: 1 << 32
      default: nil
      }
    if let largest, UInt64(values.count) < limit / largest { return true }
    let unsigned = dtype == .uint64
    return values.withUnsafeBufferPointer { buffer in
      var total: UInt64 = 0
      var start = 0
      // Blocks of 1024 with no exit inside, each magnitude summed as its high and low 32 bits (neither sum can
      // overflow in a block, so no clamping either): a loop the compiler vectorises. The clamped per-element loop
      // this replaced took about 14 instructions an element, three quarters of an int64 mean's (TensorBenchmarks
      // intmean under callgrind).
      while start < buffer.count {
        let end = Swift.min(start + 1024, buffer.count)
        var high: UInt64 = 0
        var low: UInt64 = 0
        if unsigned {
          for index in start..<end {
            let magnitude = UInt64(bitPattern: buffer[index])
            high &+= magnitude >> 32
            low &+= magnitude & 0xFFFF_FFFF
          }
        } else {
          for index in start..<end {
            let magnitude = buffer[index].magnitude
            high &+= magnitude >> 32
            low &+= magnitude & 0xFFFF_FFFF
          }
        }
        // From 2**21 in the high sum the block alone reaches 2**53; below, the block's sum is exact in 64 bits.
        if high >= 1 << 21 { return false }
        total += high << 32 + low
        if total >= limit { return false }
        start = end
      }
      return true
    }
  }
}

/// Which axes a reduction runs over: NumPy's `axis=None`, an int, or a tuple of ints.
public enum Axes: Sendable, Hashable {
  /// `axis=None`: every axis.
  case all
  /// One axis, possibly negative.
  case one(Int)
  /// A tuple of axes, possibly negative; `()` reduces nothing.
  case many([Int])

  /// The normalised, sorted axes for an array of `ndim` axes, or NumPy's AxisError / duplicate-axis error.
  /// `lenient` follows NumPy's ufunc reductions (sum, max, min), which accept an integer axis 0 or -1 on 0-d arrays
  /// (but not a tuple holding one); `mean`, `var` and `std` count their items first and reject them.
  /// `resolve` for callers outside the core.
  public func resolved(ndim: Int, lenient: Bool = true) throws -> [Int] { try resolve(ndim: ndim, lenient: lenient) }

  func resolve(ndim: Int, lenient: Bool = true) throws -> [Int] {
    switch self {
    case .all:
      // The constant lists of a vector's and a matrix's axes are static objects in an optimised build: a loss's
      // `np.mean(…)` of a matrix allocated `Array(0..<2)` at every call.
      switch ndim {
      case 1: return [0]
      case 2: return [0, 1]
      default: return Array(0..<ndim)
      }
    case .one(let axis):
      if lenient && ndim == 0 && (axis == 0 || axis == -1) { return [] }
      return [try Shape.normalize(axis: axis, ndim: ndim)]
    case .many(let axes):
      return try Shape.normalize(axes: axes, ndim: ndim).sorted()
    }
  }
}

extension Tensor {
  /// `np.sum(a, axis, keepdims=...)`: int64 for bool and int arrays.
  public func sum(axis: Axes = .all, keepdims: Bool = false) throws -> Tensor {
    try Tensor.record(.reduce(.sum, axes: axis.resolve(ndim: ndim), keepdims: keepdims), NodeInputs(self))
  }

  /// `np.max(a, axis, keepdims=...)`; NaN propagates; empty reductions are NumPy's ValueError. `checkingTies`:
  /// refuse the ties NumPy's SIMD loops decide (`refuseUnorderedExtreme`); false for callers that settle them.
  public func max(axis: Axes = .all, keepdims: Bool = false, checkingTies: Bool = true) throws -> Tensor {
    let result = try Tensor.record(
      .reduce(.max, axes: axis.resolve(ndim: ndim), keepdims: keepdims), NodeInputs(self))
    if checkingTies { try refuseUnorderedExtreme(result, axis: axis, "np.max") }
    return result
  }

  /// `np.min(a, axis, keepdims=...)`; NaN propagates; empty reductions are NumPy's ValueError. `checkingTies` as
  /// for `max`.
  public func min(axis: Axes = .all, keepdims: Bool = false, checkingTies: Bool = true) throws -> Tensor {
    let result = try Tensor.record(
      .reduce(.min, axes: axis.resolve(ndim: ndim), keepdims: keepdims), NodeInputs(self))
    if checkingTies { try refuseUnorderedExtreme(result, axis: axis, "np.min") }
    return result
  }

  /// Refuses the float maxima and minima session 43's ties sweep found docbuild giving other than NumPy, whose
  /// SIMD loops decide them by their order: a zero extreme of values holding both 0.0 and -0.0 for float16 arrays
  /// of two or more axes and along a reduced last axis whose slices hold 8 or more elements; and for float32/float64 a NaN extreme of values
  /// holding a NaN with its sign bit set (the vector loops return that NaN or a positive one by its place and the
  /// length), except a whole 1-d array of at most 8 elements whose first is not such a NaN, which docbuild follows.
  private func refuseUnorderedExtreme(_ result: Tensor, axis: Axes, _ name: String) throws {
    guard dtype.isFloat, size > result.size else { return }
    let isWhole = if case .all = axis { true } else { false }
    let found = result.doubles
    // docbuild follows NumPy's order across outer axes and for short slices; not where the vector loop runs, along a
    // reduced last axis whose slices hold 8 or more elements.
    let reduced = isWhole ? Array(0..<ndim) : try axis.resolve(ndim: ndim)
    let alongLongLastAxis = ndim >= 1 && reduced.contains(ndim - 1) && size / Swift.max(result.size, 1) >= 8
    let zeroTieMatters = (dtype == .float16 && ndim >= 2) || alongLongLastAxis
    let holdsZero = zeroTieMatters && found.contains(0)
    let holdsNaN = dtype != .float16 && found.contains(where: \.isNaN)
    guard holdsZero || holdsNaN else { return }
    let values = doubles
    if holdsZero, values.contains(where: { $0 == 0 && $0.sign == .plus }),
      values.contains(where: { $0 == 0 && $0.sign == .minus })
    {
      throw TensorError(
        "NotImplementedError",
        "\(name) of values holding both 0.0 and -0.0 whose extreme is a zero is not supported: they are equal, and "
          + "which one NumPy returns depends on the order its SIMD loop compares them; make the signs agree "
          + "(np.abs, or + 0.0)",
        isLimit: true)
    }
    let isNegativeNaN = { (value: Double) in value.isNaN && value.sign == .minus }
    let isFollowed = ndim == 1 && isWhole && size <= 8 && !isNegativeNaN(values[0])
    if holdsNaN, !isFollowed, values.contains(where: isNegativeNaN) {
      throw TensorError(
        "NotImplementedError",
        "\(name) of \(dtype.rawValue) values holding a NaN with its sign bit set is not supported: whether NumPy's "
          + "SIMD loop returns that NaN or a positive one depends on its place and the array's length",
        isLimit: true)
    }
  }

  /// `np.mean(a, axis, keepdims=...)`: the sum divided by the count, always float64 (NaN for an empty mean).
  public func mean(axis: Axes = .all, keepdims: Bool = false) throws -> Tensor {
    let axes = try axis.resolve(ndim: ndim, lenient: false)
    if dtype == .float16 { return try halfMean(axes: axes, keepdims: keepdims) }
    if dtype.isInteger && !integerSumIsExactInFloat64 {
      // NumPy's `_mean` sums integers converted to float64; docbuild's integer sum agrees with that only while every
      // partial sum is exact, and the converted sum only within one of NumPy's 8192-element cast buffers.
      if size > 8192 {
        throw TensorError(
          "NotImplementedError",
          "np.mean of more than 8192 integers whose magnitudes add up to 2**53 or more is not supported: NumPy "
            + "sums them in float64 through its 8192-element cast buffers, which docbuild does not follow; "
            + "convert first with .astype(np.float64) (NumPy's mean of that copy may differ in its last digits)",
          isLimit: true)
      }
      return try astype(.float64).mean(axis: .many(axes), keepdims: keepdims)
    }
    if dtype == .float64, size > 0, !axes.isEmpty {
      // The mean of a float64 array (a loss's `np.mean(…)`, a batch's `X.mean(axis=0)`): one recorded primitive, the
      // same sum and division, charged the division's work (its result and two operands) as a division of its own
      // would be.
      let mean = try Tensor.record(.mean(axes: axes, keepdims: keepdims), NodeInputs(self))
      try ResourceMeter.chargeWork(3)
      return mean
    }
    let total = try Tensor.record(.reduce(.sum, axes: axes, keepdims: keepdims), NodeInputs(self))
    let count = count(over: axes)
    if dtype == .complex64 {
      // NumPy's `_mean` divides by the count as an intp NumPy scalar, which promotes a complex64 sum to complex128:
      // Smith's division runs in double precision and the quotient is rounded to complex64 (in float32 steps its
      // `1 / n` and product round differently).
      let divisor = Tensor(shape: [], storage: .int64([Int64(count)]), isScalar: true)
      var quotient = try Tensor.record(.binary(.divide), NodeInputs(total.astype(.complex128), divisor))
        .astype(.complex64)
      if quotient.memoryAxes != total.memoryAxes { quotient.memoryAxes = total.memoryAxes }
      quotient.isScalar = total.isScalar
      return quotient
    }
    // The count divides as a Python int does in NumPy's `_mean`: weakly, so a float32 mean stays float32.
    var quotient = try Tensor.record(.binary(.divide), NodeInputs(total, Operation.meanDivisor(count: count)))
    // NumPy divides the sum in place (`true_divide(ret, count, out=ret)`): the mean keeps the sum's memory order,
    // which decides the strides of a `keepdims=True` axis.
    if quotient.memoryAxes != total.memoryAxes { quotient.memoryAxes = total.memoryAxes }
    return quotient
  }
}

extension Tensor {
  /// How many elements a reduction over `axes` combines into each result.
  func count(over axes: [Int]) -> Int { axes.reduce(1) { $0 * shape[$1] } }
}
