import Foundation

/// The creation functions: zeros, ones, full, zeros_like, ones_like, arange, linspace, eye. Each result is a new leaf.
extension Tensor {
  /// `np.zeros(shape, dtype)`.
  public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> Tensor {
    try filled(shape, with: .int(0), dtype: dtype)
  }

  /// `np.ones(shape, dtype)`.
  public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> Tensor {
    try filled(shape, with: .int(1), dtype: dtype)
  }

  /// `np.full(shape, value, dtype)`: the value broadcast to `shape`; the dtype is the value's unless given.
  public static func full(_ shape: [Int], _ value: Tensor, dtype: DType? = nil) throws -> Tensor {
    // NumPy makes the empty array first, so its size errors come before any broadcasting one.
    _ = try Shape.checkedCount(shape)
    if value.ndim == 0, value.dtype == .float64, dtype == nil || dtype == .float64, !shape.isEmpty {
      // A float64 fill keeps its path (autograd's `full` VJP sums g for its fill value): an unrecorded copy would
      // have made `grad(np.full(3, s).sum(), s)` silently zero.
      try ResourceMeter.chargeAllocation(elements: Shape.count(shape), itemSize: 8)
      return try Tensor.record(.broadcastTo(shape), NodeInputs(value))
    }
    // NumPy fills with `copyto`, which drops a value's leading axes of one and words its error as an assignment.
    var source = value
    while source.ndim > shape.count, source.shape[0] == 1 {
      source = source.reshapedUnrecorded(Array(source.shape.dropFirst()))
    }
    guard source.ndim <= shape.count, Shape.broadcast(source.shape, shape) == shape else {
      throw TensorError.value(
        "could not broadcast input array from shape \(Shape.compact(value.shape)) into shape \(Shape.compact(shape))")
    }
    let spread = try ShapeKernels.broadcast(source, to: shape)
    try ResourceMeter.chargeAllocation(elements: spread.size, itemSize: spread.dtype.itemSize)
    // Tagged with the fill's dtype, so that a uint64 fill from 2**63 up converts as the unsigned value it is.
    let result = Tensor(shape: shape, storage: spread.storage).tagged(value.dtype)
    return try result.converted(to: dtype)
  }

  /// `np.zeros_like(a, dtype)`: zeros of `a`'s shape and (unless given) dtype.
  public static func zerosLike(_ a: Tensor, dtype: DType? = nil) throws -> Tensor {
    try zeros(a.shape, dtype: dtype ?? a.dtype)
  }

  /// `np.ones_like(a, dtype)`: ones of `a`'s shape and (unless given) dtype.
  public static func onesLike(_ a: Tensor, dtype: DType? = nil) throws -> Tensor {
    try ones(a.shape, dtype: dtype ?? a.dtype)
  }

  /// The array itself, or (for a different dtype) converted.
  func converted(to target: DType?) throws -> Tensor {
    guard let target, target != dtype else { return self }
    return try astype(target)
  }

  /// An array of `shape` holding `value` everywhere.
  static func filled(_ shape: [Int], with value: Scalar, dtype: DType) throws -> Tensor {
    let count = try Shape.checkedCount(shape, itemSize: dtype.itemsize)
    try ResourceMeter.chargeAllocation(elements: count, itemSize: dtype.itemSize)
    switch dtype.storageClass {
    case .float64 where !dtype.isNarrow:
      // `tagged` of a dtype that is not narrow only clears the narrow tag, which a new value has not: calling it copied
      // the new value's parts (about 850 instructions of a small `np.zeros`). `Array.filled`, not
      // `init(repeating:count:)`, whose unspecialised allocator looked the storage's metadata up (about 350).
      return Tensor(shape: shape, storage: .float64(.filled(value.doubleValue, count: count)))
    case .float64:
      return Tensor(shape: shape, storage: .float64(.filled(value.doubleValue, count: count))).tagged(dtype)
    case .bool: return Tensor(shape: shape, storage: .bool(.filled(value.doubleValue != 0, count: count)))
    case .complex128:
      return Tensor(shape: shape, storage: .complex128(.filled(value.complexValue, count: count)))
        .tagged(dtype)
    case .int64 where !dtype.isNarrow:
      return Tensor(shape: shape, storage: .int64(.filled(value.int64Value, count: count)))
    default:
      return Tensor(shape: shape, storage: .int64(.filled(value.int64Value, count: count))).tagged(dtype)
    }
  }

  /// `np.arange(start, stop, step)`: int64 when all three are ints, else float64; `np.arange(n)` is
  /// `arange(.int(0), n)`.
  public static func arange(_ start: Scalar, _ stop: Scalar, step: Scalar = .int(1), dtype: DType? = nil)
    throws -> Tensor
  {
    let integral = start.dtype != .float64 && stop.dtype != .float64 && step.dtype != .float64
    let delta = step.doubleValue
    if delta == 0 { throw TensorError("ZeroDivisionError", "division by zero") }
    var span = (stop.doubleValue - start.doubleValue) / delta
    // Python ints subtract exactly (`stop - start` of the objects, then a true division rounded once): large ints
    // close together (`np.arange(2**62, 2**62 + 3)`) have a length the floats' difference loses.
    if integral, case let (difference, overflow) = stop.int64Value.subtractingReportingOverflow(start.int64Value),
      !overflow
    {
      span = Double(difference) / delta
    }
    if span.isNaN { throw TensorError.value("arange: cannot compute length") }
    // NumPy's errors first: a length past a signed 64-bit count (either way: `np.arange(np.inf, 0)` too, whose
    // length NumPy converts before it clips it at 0), then one whose bytes are.
    if span.rounded(.up) >= 0x1p63 || span.rounded(.up) <= -0x1p63 {
      throw TensorError.value("Maximum allowed size exceeded")
    }
    var length = Swift.max(0, span.rounded(.up))
    // NumPy's underflow and divide-by-infinity rule: a zero quotient of ends that differ is one element when the
    // zero is +0.0 (`np.arange(0, 1, np.inf)`), none when it is -0.0.
    if span == 0, stop.doubleValue != start.doubleValue { length = span.sign == .minus ? 0 : 1 }
    if length * 8 >= 0x1p63 { throw Shape.numpyTooBig }
    if length > Double(Shape.maxElementCount) { throw Shape.tooLarge([Int(length)]) }
    let count = Int(length)
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    let result: Tensor
    if dtype == .float32 {
      // NumPy stores start and start + step (computed in double) as float32, then fills `start + i * delta` with
      // delta their float32 difference, in float32 arithmetic (FLOAT_fill).
      let first = Float(start.doubleValue)
      let second = Float(start.doubleValue + delta)
      let spacing = second - first
      let values = (0..<count).map { i -> Double in
        i == 0 ? Double(first) : i == 1 ? Double(second) : Double(first + Float(i) * spacing)
      }
      return Tensor(shape: [count], storage: .float64(values)).tagged(.float32)
    }
    if dtype == .float16 {
      // HALF_fill: the first two halves, their difference in float, then `start + i * delta` in float rounded to half.
      let first = Float(Float16(start.doubleValue))
      let second = Float(Float16(start.doubleValue + delta))
      let spacing = second - first
      let values = (0..<count).map { i -> Double in
        i == 0 ? Double(first) : i == 1 ? Double(second) : Double(Float16(first + Float(i) * spacing))
      }
      return Tensor(shape: [count], storage: .float64(values)).tagged(.float16)
    }
    if dtype == .bool, count > 2 {
      // BOOL_fill has no arithmetic: NumPy stores the first two values and fails past them.
      throw TensorError.type("arange() is only supported for booleans when the result has at most length 2.")
    }
    if let dtype, dtype.isInteger, dtype != .bool, !integral, count > 0 {
      // NumPy stores start and start + step (computed in double) cast to the integer dtype, truncated toward zero,
      // then fills `start + i * delta` from those two in integer arithmetic (`np.arange(0, 5, 1.5, dtype=int)` is
      // 0, 1, 2, 3, not the truncated float range 0, 1, 3, 4).
      let bounds = dtype.integerBounds
      let values = [start.doubleValue, start.doubleValue + delta].map { $0.rounded(.towardZero) }
      guard
        values.allSatisfy({ $0.isFinite && $0 >= Double(bounds.min) && $0 <= Swift.min(Double(bounds.max), 0x1p62) })
      else {
        throw TensorError(
          "NotImplementedError",
          "np.arange of float ends with dtype=\(dtype.rawValue) whose first values fall outside that dtype is not "
            + "supported in snippets", isLimit: true)
      }
      let filled = try arange(first: Int64(values[0]), next: Int64(values[1]), count: count)
      return try filled.converted(to: dtype)
    }
    if integral {
      let first = start.int64Value
      let increment = step.int64Value
      let span = stop.int64Value &- first &+ increment &- increment.signum()
      let exactCount = Swift.min(Swift.max(0, Int(span / increment)), count)
      // Written in one loop (`Array.written`): `map` appended element by element, about 20 instructions each.
      let values = [Int64].written(count: exactCount) { out in
        for index in 0..<exactCount { (out + index).initialize(to: first + Int64(index) * increment) }
      }
      result = Tensor(shape: [exactCount], storage: .int64(values))
    } else {
      // NumPy fills from its first two values: start, start + step, then start + i * ((start + step) - start).
      let first = start.doubleValue
      let spacing = (first + delta) - first
      let values = [Double].written(count: count) { out in
        for index in 0..<count {
          (out + index).initialize(
            to: index == 0 ? first : index == 1 ? first + delta : first + Double(index) * spacing)
        }
      }
      result = Tensor(shape: [count], storage: .float64(values))
    }
    return try result.converted(to: dtype)
  }

  /// `np.arange` filled as NumPy fills a float64 range from its first two values, `first` and `next` (the ends'
  /// own arithmetic made them), stored as they are (a -0.0 start stays -0.0): `first + i * (next - first)` from
  /// the third on.
  public static func arange(first: Double, next: Double, count: Int) throws -> Tensor {
    _ = try Shape.checkedCount([count])
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    let spacing = next - first
    let values = (0..<count).map { $0 == 0 ? first : $0 == 1 ? next : first + Double($0) * spacing }
    return Tensor(shape: [count], storage: .float64(values))
  }

  /// `np.arange` of integer ends filled as NumPy's int64 fill does from its first two values: `first + i * (next -
  /// first)`, wrapping.
  public static func arange(first: Int64, next: Int64, count: Int) throws -> Tensor {
    _ = try Shape.checkedCount([count])
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    let spacing = next &- first
    return Tensor(shape: [count], storage: .int64((0..<count).map { first &+ Int64($0) &* spacing }))
  }

  /// `np.linspace` of float32 ends as NumPy computes it in float32: the span, the step (span / gaps), each sample
  /// `i * step + start` (`i / gaps * span + start` where the step underflows to 0, `i * span + start` without gaps),
  /// the last one `stop`; and the step (NaN without gaps).
  public static func float32Linspace(_ start: Float, _ stop: Float, num: Int, endpoint: Bool) throws -> (
    samples: Tensor, step: Float
  ) {
    if num < 0 { throw TensorError.value("Number of samples, \(num), must be non-negative.") }
    _ = try Shape.checkedCount([num])
    try ResourceMeter.chargeAllocation(elements: num, itemSize: 8)
    let gaps = endpoint ? num - 1 : num
    let span = stop - start
    var step = Float.nan
    var samples = (0..<num).map { Float($0) }
    if gaps > 0 {
      step = span / Float(gaps)
      samples = samples.map { step == 0 ? $0 / Float(gaps) * span : $0 * step }
    } else {
      samples = samples.map { $0 * span }
    }
    samples = samples.map { $0 + start }
    if endpoint && num > 1 { samples[num - 1] = stop }
    return (Tensor(shape: [num], storage: .float64(samples.map(Double.init))).tagged(.float32), step)
  }

  /// `np.linspace(start, stop, num, endpoint)`: float64, computed as NumPy does (`i * step + start`, exact `stop`).
  public static func linspace(_ start: Double, _ stop: Double, num: Int = 50, endpoint: Bool = true) throws -> Tensor {
    if num < 0 { throw TensorError.value("Number of samples, \(num), must be non-negative.") }
    _ = try Shape.checkedCount([num])
    try ResourceMeter.chargeAllocation(elements: num, itemSize: 8)
    let divisions = endpoint ? num - 1 : num
    let delta = stop - start
    let step = divisions > 0 ? delta / Double(divisions) : Double.nan
    var values = (0..<num).map { i -> Double in
      if divisions <= 0 { return Double(i) * delta + start }
      if step == 0 { return Double(i) / Double(divisions) * delta + start }
      return Double(i) * step + start
    }
    if endpoint && num > 1 { values[num - 1] = stop }
    return Tensor(shape: [num], storage: .float64(values))
  }

  /// `np.linspace(start, stop, num, endpoint)` of two float64 0-d ends, recorded: the samples' gradient reaches both
  /// ends (an unrecorded copy made every gradient through `np.linspace` silently zero).
  public static func linspace(_ start: Tensor, _ stop: Tensor, num: Int = 50, endpoint: Bool = true) throws -> Tensor {
    guard start.ndim == 0, stop.ndim == 0, start.dtype == .float64, stop.dtype == .float64 else {
      throw TensorError.value("np.linspace records float64 0-d ends only")
    }
    return try record(.linspace(count: num, endpoint: endpoint), NodeInputs(start, stop))
  }

  /// `np.eye(n, m, k)`: ones on the k-th diagonal.
  public static func eye(_ rows: Int, _ columns: Int? = nil, k: Int = 0, dtype: DType = .float64) throws -> Tensor {
    let columns = columns ?? rows
    let count = try Shape.checkedCount([rows, columns])
    try ResourceMeter.chargeAllocation(elements: count, itemSize: 8)
    var values = [Double](repeating: 0, count: count)
    for i in 0..<rows {
      let (column, overflow) = i.addingReportingOverflow(k)
      if !overflow && column >= 0 && column < columns { values[i * columns + column] = 1 }
    }
    let result = Tensor(shape: [rows, columns], storage: .float64(values))
    return dtype == .float64 ? result : try result.astype(dtype)
  }
}
