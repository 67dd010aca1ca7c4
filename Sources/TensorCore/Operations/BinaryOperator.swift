/// The element-wise two-operand operations, with NumPy's dtype rules for each.
enum BinaryOperator: Sendable {
  case add, subtract, multiply, divide, power, maximum, minimum
  case floorDivide, remainder, arctan2, hypot, logicalAnd, logicalOr, logicalXor
  case equal, notEqual, less, lessEqual, greater, greaterEqual

  /// True for the six comparisons, whose result is bool.
  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
    default: false
    }
  }

  /// Broadcasts the operands, promotes them as NumPy does, and combines them element by element. `nanTiesResolved`
  /// says the caller has ordered the operands so that the first one's NaN is the one NumPy returns everywhere (the
  /// float16 loops), so `+` and `*` neither refuse nor move NaNs of both signs meeting at one position.
  func evaluate(_ a: Tensor, _ b: Tensor, nanTiesResolved: Bool = false) throws -> Tensor {
    let common = DType.promoted(a.dtype, b.dtype)
    if self == .subtract && common == .bool {
      // The ufunc rejects two bools before it broadcasts, so this TypeError wins over a shape mismatch.
      throw TensorError.type(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, "
          + "or the logical_xor function instead.")
    }
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let storage: Storage
    if isComparison {
      storage = .bool(compare(a, b, as: common, shape: shape, count: count))
    } else if self == .logicalAnd || self == .logicalOr || self == .logicalXor {
      let combine: (Bool, Bool) -> Bool =
        self == .logicalAnd ? { $0 && $1 } : self == .logicalOr ? { $0 || $1 } : { $0 != $1 }
      storage = .bool(ElementwiseKernel.zip(a.bools, a.shape, b.bools, b.shape, shape: shape, count: count, combine))
    } else if self == .arctan2 || self == .hypot {
      if common == .bool {
        throw TensorError(
          "NotImplementedError",
          "this function of bool arrays gives float16 in NumPy, which snippets do not compute for it; convert first with "
            + ".astype(float)", isLimit: true)
      }
      if self == .arctan2 {
        // NumPy's own arctan2 (SVML's) of the broadcast operands, not the correctly rounded one; the C library's
        // atan2 on each pair when NumPy reads an operand backwards (numpyRunsLibmLoop); refused where a broadcast
        // operand is read backwards, whose loop docbuild does not model.
        if try BinaryOperator.numpyRunsLibmLoop(a, b, shape: shape, function: "np.arctan2") {
          storage = .float64(zipDoubles(a, b, shape: shape, count: count, GlibcMath.atan2))
        } else {
          try a.refuseNumpyLibmLoop(for: "np.arctan2")
          try b.refuseNumpyLibmLoop(for: "np.arctan2")
          let (ys, xs) =
            a.shape == shape && b.shape == shape
            ? (a.doubles, b.doubles)
            : (
              zipDoubles(a, b, shape: shape, count: count) { y, _ in y },
              zipDoubles(a, b, shape: shape, count: count) { _, x in x }
            )
          storage = .float64(try NumpyElementary.atan2(ys, xs))
        }
      } else {
        // NumPy's float64 hypot calls the C library's on each pair, every layout: glibc's, which is not correctly
        // rounded (one pair in about 300 differs in the last bit).
        storage = .float64(zipDoubles(a, b, shape: shape, count: count, GlibcMath.hypot))
      }
    } else if (self == .floorDivide || self == .remainder || self == .power) && common == .bool {
      // NumPy computes these for two bools in int8.
      let values = try ints(a.int64s, a.shape, b.int64s, b.shape, shape: shape, count: count)
      return Tensor(shape: shape, storage: .int64(values), isScalar: shape.isEmpty, node: nil).tagged(.int8)
    } else if self == .divide {
      storage = .float64(zipDoubles(a, b, shape: shape, count: count, /))
    } else {
      // Narrow dtypes arrive here widened (NarrowEvaluation), so only the three storage classes remain.
      switch common.storageClass {
      case .float64:
        if (self == .add || self == .multiply) && !nanTiesResolved {
          try Self.refuseNaNTie(a, b, shape: shape, count: count, self == .add ? "+" : "*")
          var values = try floats(a, b, shape: shape, count: count)
          Self.takeSecondNaNsInTail(&values, a, b)
          storage = .float64(values)
        } else {
          storage = .float64(try floats(a, b, shape: shape, count: count))
        }
      case .bool: storage = try bools(a, b, shape: shape, count: count)
      default: storage = .int64(try ints(a.int64s, a.shape, b.int64s, b.shape, shape: shape, count: count))
      }
    }
    // A ufunc returns a NumPy scalar, not a 0-d array, whenever its result is 0-d.
    return Tensor(shape: shape, storage: storage, isScalar: shape.isEmpty, node: nil)
  }

  /// Whether NumPy 2.4's float64 `power` or `arctan2` of `a` and `b` runs the C library's function on each pair (its
  /// SIMD loop otherwise). Measured with NumPy 2.4.6 (make_glibcwrong_fixtures.py): when each operand has the result's
  /// shape or one element, exactly when one of them would take the C library's loop in a one-operand ufunc
  /// (NumpyLoopChoice.swift); with a broadcast operand of several elements the iterator decides otherwise (a reversed
  /// row against a matrix runs SIMD), and this answers false, the SIMD loop.
  static func numpyRunsLibmLoop(_ a: Tensor, _ b: Tensor, shape: [Int], function: String) throws -> Bool {
    guard (a.shape == shape || a.size == 1) && (b.shape == shape || b.size == 1) else { return false }
    return try a.numpyUnaryLoop(for: function) == .libm || b.numpyUnaryLoop(for: function) == .libm
  }

  /// Whether NumPy's scalar math, not the power ufunc, computes `a ** b`: one operand a float64 NumPy scalar and the
  /// other a NumPy scalar or a Python number. Narrower scalars arrive here widened to float64; NarrowEvaluation has
  /// made them 0-d arrays when neither was a float64 scalar, and `np.power` makes every operand one.
  private static func takesScalarPower(_ a: Tensor, _ b: Tensor) -> Bool {
    func isFloatScalar(_ t: Tensor) -> Bool { t.isScalar && !t.isPythonScalar && t.dtype == .float64 }
    func isScalarOperand(_ t: Tensor) -> Bool { t.isScalar || t.isPythonScalar }
    return (isFloatScalar(a) && isScalarOperand(b)) || (isFloatScalar(b) && isScalarOperand(a))
  }

  /// Refuses `+` or `*` of a NaN scalar (one element) and a NaN of the other sign: NumPy returns the array's NaN for
  /// arrays of up to 8 elements and the scalar's beyond (its vector loop takes the scalar first), and the second of
  /// two NumPy scalars, which `np.signbit`, `np.copysign` and `.view` would show. Between two arrays of more than 8
  /// results whose NaNs of both signs meet at one position, only two plain float64 arrays of one shape are computed
  /// (`takeSecondNaNsInTail`); other layouts and broadcasts move the loop's tail, and are refused.
  private static func refuseNaNTie(_ a: Tensor, _ b: Tensor, shape: [Int], count: Int, _ symbol: String) throws {
    guard a.storageClass == .float64, b.storageClass == .float64 else { return }
    let (xs, ys) = (a.doubles, b.doubles)
    guard xs.count == 1 || ys.count == 1 else {
      if a.shape == b.shape && Layout.isPlainFloat(a) && Layout.isPlainFloat(b) { return }
      guard hasNaNTie(a, b, shape: shape, count: count) else { return }
      throw nanTieRefusal(symbol)
    }
    let (scalar, other) = xs.count == 1 ? (xs[0], ys) : (ys[0], xs)
    guard scalar.isNaN, other.contains(where: { $0.isNaN && $0.sign != scalar.sign }) else { return }
    throw TensorError(
      "NotImplementedError",
      "\(symbol) of a NaN scalar and a NaN of the other sign is not supported: which NaN NumPy returns (its sign bit) "
        + "depends on the array's length; use np.isnan, or make the NaNs' signs agree", isLimit: true)
  }

  /// True when two arrays' `+` or `*` has more than 8 results and NaNs of both signs meet at one of its positions.
  static func hasNaNTie(_ a: Tensor, _ b: Tensor, shape: [Int], count: Int) -> Bool {
    guard count > 8, a.size > 1, b.size > 1, a.storageClass == .float64, b.storageClass == .float64 else {
      return false
    }
    let (xs, ys) = (a.doubles, b.doubles)
    guard xs.contains(where: \.isNaN), ys.contains(where: \.isNaN) else { return false }
    let ties = ElementwiseKernel.zip(xs, a.shape, ys, b.shape, shape: shape, count: count) { x, y in
      x.isNaN && y.isNaN && x.sign != y.sign
    }
    return ties.contains(true)
  }

  /// The refusal of `+` or `*` where NaNs of both signs meet and docbuild does not know which one NumPy returns.
  static func nanTieRefusal(_ symbol: String) -> TensorError {
    TensorError(
      "NotImplementedError",
      "\(symbol) of arrays whose NaNs of both signs meet at one position is not supported here: which NaN NumPy returns "
        + "(its sign bit) depends on where its vector loop ends; use np.isnan, or make the NaNs' signs agree",
      isLimit: true)
  }

  /// NumPy's float64 `+` and `*` of two contiguous arrays of one shape (measured with NumPy 2.4.6 at every length up
  /// to 70): its vector loop, 8 elements at a time, returns the first operand's NaN where two NaNs meet, and the
  /// scalar loop over the last `count % 8` elements (when there are more than 8) returns the second's.
  private static func takeSecondNaNsInTail(_ values: inout [Double], _ a: Tensor, _ b: Tensor) {
    let count = values.count
    guard count > 8, count % 8 != 0, a.shape == b.shape, Layout.isPlainFloat(a), Layout.isPlainFloat(b) else {
      return
    }
    let (xs, ys) = (a.doubles, b.doubles)
    for i in (count - count % 8)..<count where xs[i].isNaN && ys[i].isNaN {
      values[i] = ys[i]
    }
  }

  private func zipDoubles(
    _ a: Tensor, _ b: Tensor, shape: [Int], count: Int, _ f: (Double, Double) -> Double
  ) -> [Double] {
    ElementwiseKernel.zip(a.doubles, a.shape, b.doubles, b.shape, shape: shape, count: count, f)
  }

  private func floats(_ a: Tensor, _ b: Tensor, shape: [Int], count: Int) throws -> [Double] {
    switch self {
    case .add: zipDoubles(a, b, shape: shape, count: count, +)
    case .subtract: zipDoubles(a, b, shape: shape, count: count, -)
    case .multiply: zipDoubles(a, b, shape: shape, count: count, *)
    // NumPy's own bits (SVML's pow) for arrays. A float64 NumPy scalar with another NumPy scalar or a Python number
    // takes NumPy's scalar path, C's pow, which is glibc's here as in NumPy on Linux (an int64 scalar with a Python
    // float goes to the ufunc). Same shapes take the vector loop, one exponent NumPy's scalar-exponent loop (x * x for
    // 2, the square root for 0.5); other broadcasts expand both operands first.
    case .power where BinaryOperator.takesScalarPower(a, b):
      zipDoubles(a, b, shape: shape, count: count, GlibcMath.pow)
    // NumPy runs the C library's pow on each pair when it reads an operand backwards, as for arctan2; an exponent
    // repeated over the whole array (stride 0) takes the loop's own -1, 0, 0.5, 1 and 2 first.
    case .power where try BinaryOperator.numpyRunsLibmLoop(a, b, shape: shape, function: "np.power"):
      if b.size == 1 && a.shape == shape && [-1, 0, 0.5, 1, 2].contains(b.doubles[0]) {
        NumpyElementary.power(a.doubles, exponent: b.doubles[0])
      } else {
        zipDoubles(a, b, shape: shape, count: count, GlibcMath.pow)
      }
    case .power where a.shape == shape && b.shape == shape: NumpyElementary.power(a.doubles, b.doubles)
    case .power where b.shape != shape && b.doubles.count == 1 && a.shape == shape:
      NumpyElementary.power(a.doubles, exponent: b.doubles[0])
    case .power:
      NumpyElementary.power(
        zipDoubles(a, b, shape: shape, count: count) { x, _ in x },
        zipDoubles(a, b, shape: shape, count: count) { _, y in y })
    case .maximum: zipDoubles(a, b, shape: shape, count: count) { x, y in x > y || x.isNaN ? x : y }
    case .minimum: zipDoubles(a, b, shape: shape, count: count) { x, y in x < y || x.isNaN ? x : y }
    case .floorDivide: zipDoubles(a, b, shape: shape, count: count, BinaryOperator.floorDivide)
    case .remainder: zipDoubles(a, b, shape: shape, count: count, BinaryOperator.remainder)
    default: zipDoubles(a, b, shape: shape, count: count, /)
    }
  }

  private func ints(
    _ a: [Int64], _ aShape: [Int], _ b: [Int64], _ bShape: [Int], shape: [Int], count: Int
  ) throws -> [Int64] {
    func zip(_ f: (Int64, Int64) -> Int64) -> [Int64] {
      ElementwiseKernel.zip(a, aShape, b, bShape, shape: shape, count: count, f)
    }
    switch self {
    case .add: return zip(&+)
    case .subtract: return zip(&-)
    case .multiply: return zip(&*)
    case .maximum: return zip { Swift.max($0, $1) }
    case .minimum: return zip { Swift.min($0, $1) }
    // Python's flooring division and sign-of-divisor remainder; NumPy gives 0 for a zero divisor (with a warning)
    // and wraps Int64.min // -1.
    case .floorDivide:
      return zip { x, y in
        if y == 0 { return 0 }
        if y == -1 { return 0 &- x }
        let quotient = x / y
        return (x % y != 0 && (x < 0) != (y < 0)) ? quotient - 1 : quotient
      }
    case .remainder:
      return zip { x, y in
        if y == 0 || y == -1 { return 0 }
        let rest = x % y
        return rest != 0 && (rest < 0) != (y < 0) ? rest + y : rest
      }
    case .power:
      if count > 0 && b.contains(where: { $0 < 0 }) {
        throw TensorError.value("Integers to negative integer powers are not allowed.")
      }
      return zip(BinaryOperator.integerPower)
    default: return []
    }
  }

  private func bools(_ a: Tensor, _ b: Tensor, shape: [Int], count: Int) throws -> Storage {
    let x = a.bools
    let y = b.bools
    switch self {
    case .add, .maximum:
      return .bool(ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { $0 || $1 })
    case .multiply, .minimum:
      return .bool(ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { $0 && $1 })
    default:
      return .int64(try ints(a.int64s, a.shape, b.int64s, b.shape, shape: shape, count: count))
    }
  }

  private func compare(_ a: Tensor, _ b: Tensor, as common: DType, shape: [Int], count: Int) -> [Bool] {
    switch common.storageClass {
    case .float64: compare(a.doubles, a.shape, b.doubles, b.shape, shape: shape, count: count)
    default: compare(a.int64s, a.shape, b.int64s, b.shape, shape: shape, count: count)
    }
  }

  /// The comparison of two integer (or bool) operands by their values, whatever their signedness: NumPy compares
  /// uint64 with a signed integer exactly (`np.uint64(2**63) > np.int64(2**63 - 1)`), where float64 would round
  /// both to 2**63. Each element widens to 128 bits, uint64 from its bit pattern.
  func exactIntegerComparison(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    func wide(_ x: Tensor) -> [Int128] {
      x.dtype == .uint64 ? x.int64s.map { Int128(UInt64(bitPattern: $0)) } : x.int64s.map { Int128($0) }
    }
    let values = compare(wide(a), a.shape, wide(b), b.shape, shape: shape, count: count)
    return Tensor(shape: shape, storage: .bool(values), isScalar: shape.isEmpty, node: nil)
  }

  private func compare<T: Comparable>(
    _ a: [T], _ aShape: [Int], _ b: [T], _ bShape: [Int], shape: [Int], count: Int
  ) -> [Bool] {
    func zip(_ f: (T, T) -> Bool) -> [Bool] {
      ElementwiseKernel.zip(a, aShape, b, bShape, shape: shape, count: count, f)
    }
    switch self {
    case .equal: return zip(==)
    case .notEqual: return zip(!=)
    case .less: return zip(<)
    case .lessEqual: return zip(<=)
    case .greater: return zip(>)
    default: return zip(>=)
    }
  }

  /// NumPy's `npy_divmod` (`npy_divmodf` for float32): the floored quotient and the remainder with the divisor's
  /// sign, exactly as NumPy computes them (fmod first, then a correction, every step in the operands' own width), so
  /// the last bits agree.
  static func divmod<Value: BinaryFloatingPoint>(_ a: Value, _ b: Value) -> (quotient: Value, remainder: Value) {
    var mod = a.truncatingRemainder(dividingBy: b)
    if b == 0 { return (a / b, mod) }
    var div = (a - mod) / b
    if mod != 0 {
      if (b < 0) != (mod < 0) {
        mod += b
        div -= 1
      }
    } else {
      mod = Value(signOf: b, magnitudeOf: 0)
    }
    var floored: Value
    if div != 0 {
      floored = div.rounded(.down)
      if div - floored > 0.5 { floored += 1 }
    } else {
      floored = Value(signOf: a / b, magnitudeOf: 0)
    }
    return (floored, mod)
  }

  /// `np.floor_divide` of doubles (`npy_floor_divide`).
  static func floorDivide(_ a: Double, _ b: Double) -> Double {
    b == 0 ? a / b : divmod(a, b).quotient
  }

  /// `np.remainder` of doubles (`npy_remainder`).
  static func remainder(_ a: Double, _ b: Double) -> Double {
    // NumPy's float64 loop gives a negative NaN for two NaNs only when both are negative.
    if a.isNaN, b.isNaN { return Elementary.quieted(b.sign == .minus ? a : Swift.abs(a)) }
    return b == 0 ? a.truncatingRemainder(dividingBy: b) : divmod(a, b).remainder
  }

  /// `np.floor_divide` (`//`) or `np.remainder` (`%`) of float32 values, or of float16 values widened to float32 as
  /// NumPy's half loops do (`HALF_floor_divide`, `HALF_remainder`, `npy_half_divmod`): `npy_floor_dividef` or
  /// `npy_remainderf` (the caller rounds float16 results to half). Every
  /// step is an IEEE float32 operation, so the bits are NumPy's on every machine (make_float16_division_fixtures.py).
  static func floatDivision(_ operation: BinaryOperator, _ a: Float, _ b: Float) -> Float {
    if operation == .floorDivide { return b == 0 ? a / b : divmod(a, b).quotient }
    // As in float64 (`remainder`): a negative NaN for two NaNs only when both are negative.
    if a.isNaN, b.isNaN {
      let chosen = b.sign == .minus ? a : Swift.abs(a)
      return Float(bitPattern: chosen.bitPattern | 0x0040_0000)
    }
    return b == 0 ? a.truncatingRemainder(dividingBy: b) : divmod(a, b).remainder
  }

  /// `base ** exponent` for a non-negative exponent, wrapping on overflow as NumPy's int64 does.
  static func integerPower(_ base: Int64, _ exponent: Int64) -> Int64 {
    var result: Int64 = 1
    var factor = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 { result = result &* factor }
      factor = factor &* factor
      remaining >>= 1
    }
    return result
  }
}
