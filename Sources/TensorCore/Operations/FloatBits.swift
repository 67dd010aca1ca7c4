import Foundation

/// NumPy's ufuncs that work on a float's representation rather than approximate a function: `np.nextafter`,
/// `np.spacing`, `np.frexp`, `np.ldexp`, `np.modf`, `np.fabs`, and the integer `np.gcd`/`np.lcm`. Each result is
/// exact (IEEE 754 defines it), so computing it in the element's own width gives NumPy's bits on every machine.
/// Integers compute in float64 (int16/uint16 in float32, bool, int8 and uint8 in float16, whose `nextafter` and
/// `spacing` follow NumPy's own half routines bit by bit). Not differentiable (autograd defines none of these but
/// `fabs`, whose values are `abs`).
extension Tensor {
  /// The float dtype NumPy's float loops pick for `dtype`, or the refusal/TypeError for the others.
  static func floatLoopType(_ dtype: DType, _ ufunc: String) throws -> DType {
    switch dtype {
    case .float32, .float64: return dtype
    case .int16, .uint16: return .float32
    case .bool, .int8, .uint8, .float16: return .float16
    case .complex64, .complex128: throw noLoop(ufunc)
    default: return .float64
    }
  }

  /// The float loop NumPy's two-operand float ufuncs pick: the narrowest float type both operands (Python numbers
  /// weak, as NEP 50 makes them) cast to safely, so the wider of their own loops (`np.copysign(uint8, int8)` is
  /// float16, not the float32 of their promoted int16; `np.hypot(int16, uint16)` float32, not float64).
  public static func floatLoopType(_ a: Tensor, _ b: Tensor, _ ufunc: String) throws -> DType {
    let first = try NarrowEvaluation.weakType(a, against: b, checkRange: false)
    let second = try NarrowEvaluation.weakType(b, against: a, checkRange: false)
    return DType.promoted(try floatLoopType(first, ufunc), try floatLoopType(second, ufunc))
  }

  /// Applies `function` to each element in the float width `type` (float32 elements rounded to float on the way in).
  private static func floatMap(
    _ values: [Double], _ type: DType, _ double: (Double) -> Double, _ single: (Float) -> Float
  ) -> [Double] {
    type == .float32 ? values.map { Double(single(Float($0))) } : values.map(double)
  }

  private func floatResult(_ values: [Double], _ type: DType, shape: [Int]? = nil) -> Tensor {
    let shape = shape ?? self.shape
    return Tensor(shape: shape, storage: .float64(values), isScalar: shape.isEmpty, node: nil).tagged(type)
  }

  /// `np.nextafter(x1, x2)`: the next representable value after `x1` towards `x2`.
  public static func nextAfter(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    // A Python int converts into the float loop, so one out of an integer array's range is no OverflowError.
    let type = try floatLoopType(a, b, "nextafter")
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let (x, y) = (a.converted(as: type).doubles, b.converted(as: type).doubles)
    let values: [Double] = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { from, to in
      if type == .float16 {
        return Double(Float16(bitPattern: Tensor.halfNext(Float16(from).bitPattern, Float16(to).bitPattern)))
      }
      if type == .float32 { return Double(Tensor.next(Float(from), Float(to))) }
      // NumPy's float16 loop makes a positive NaN of any NaN.
      if type == .float16 && (from.isNaN || to.isNaN) { return .nan }
      return Tensor.next(from, to)
    }
    return a.floatResult(values, type, shape: shape)
  }

  /// C's nextafter: a NaN if either is NaN (`to` first, as NumPy's float64 and float32 loops return it), `to` when
  /// they are equal, else one step towards `to`.
  static func next<F: BinaryFloatingPoint>(_ from: F, _ to: F) -> F {
    if to.isNaN { return to }
    if from.isNaN { return from }
    if from == to { return to }
    return to > from ? from.nextUp : from.nextDown
  }

  /// NumPy's `npy_half_nextafter` on bit patterns: NaN if either is NaN, `from` itself when they are equal (so
  /// `nextafter(0, -0)` is `0`), the smallest subnormal with `to`'s sign from a zero, else one step towards `to`.
  static func halfNext(_ from: UInt16, _ to: UInt16) -> UInt16 {
    let (x, y) = (Float16(bitPattern: from), Float16(bitPattern: to))
    if x.isNaN || y.isNaN { return Float16.nan.bitPattern }
    if x == y { return from }
    if x == 0 { return (to & 0x8000) + 1 }
    if from & 0x8000 == 0 { return Int16(bitPattern: from) > Int16(bitPattern: to) ? from - 1 : from + 1 }
    return to & 0x8000 == 0 || (from & 0x7FFF) > (to & 0x7FFF) ? from - 1 : from + 1
  }

  /// NumPy's `npy_half_spacing` on a bit pattern: NaN for NaN and infinities, infinity for the largest half, and
  /// otherwise the (positive, for either sign) distance to the next half away from zero, or towards zero from a
  /// negative power of two.
  static func halfSpacing(_ h: UInt16) -> UInt16 {
    let (exponent, significand) = (h & 0x7C00, h & 0x03FF)
    if exponent == 0x7C00 { return Float16.nan.bitPattern }
    if h == 0x7BFF { return Float16.infinity.bitPattern }
    if h & 0x8000 != 0 && significand == 0 {
      if exponent > 0x2C00 { return exponent - 0x2C00 }
      if exponent > 0x0400 { return 1 << ((exponent >> 10) - 2) }
      return 0x0001
    }
    if exponent > 0x2800 { return exponent - 0x2800 }
    if exponent > 0x0400 { return 1 << ((exponent >> 10) - 1) }
    return 0x0001
  }

  /// `np.spacing(x)`: the distance from `x` to the next value away from zero (negative for negative `x`).
  public func spacing() throws -> Tensor {
    let type = try Tensor.floatLoopType(dtype, "spacing")
    if type == .float16 {
      let halves = converted(as: .float16).doubles.map {
        Double(Float16(bitPattern: Tensor.halfSpacing(Float16($0).bitPattern)))
      }
      return floatResult(halves, type)
    }
    func step<F: BinaryFloatingPoint>(_ x: F) -> F {
      // A NaN comes back with its sign (NumPy's float16 loop makes a positive one); infinity gives a positive NaN.
      if x.isNaN { return type == .float16 ? .nan : x }
      if x.isInfinite { return .nan }
      // -0.0 steps up, as NumPy's `x < 0` test does.
      return (x < 0 ? x.nextDown : x.nextUp) - x
    }
    return floatResult(Tensor.floatMap(converted(as: type).doubles, type, step, step), type)
  }

  /// `np.fabs(x)`: the absolute value as a float.
  public func floatAbsolute() throws -> Tensor {
    // A float64 array's fabs is recorded, so its gradient is autograd's `sign(x) * g` (a new value here would have
    // made every gradient through `np.fabs` silently zero; abs's rule, `g * x / |x|`, rounds where this does not).
    if dtype == .float64 { return try Tensor.record(.unary(.fabs), NodeInputs(self)) }
    let type = try Tensor.floatLoopType(dtype, "fabs")
    return floatResult(converted(as: type).doubles.map(Swift.abs), type)
  }

  /// `np.frexp(x)`: mantissas in [0.5, 1) and int32 exponents with `x == m * 2**e` (0, inf and NaN keep exponent 0).
  public func fractionAndExponent() throws -> (Tensor, Tensor) {
    let type = try Tensor.floatLoopType(dtype, "frexp")
    let values = converted(as: type).doubles
    var mantissas: [Double] = []
    var exponents: [Int64] = []
    mantissas.reserveCapacity(values.count)
    exponents.reserveCapacity(values.count)
    for value in values {
      if value == 0 || !value.isFinite {
        mantissas.append(value)
        exponents.append(0)
        continue
      }
      // significand is in [1, 2) (subnormals normalised), so halving it gives C's frexp mantissa.
      mantissas.append(Double(sign: value.sign, exponent: -1, significand: value.significand))
      exponents.append(Int64(value.exponent) + 1)
    }
    let exponent = Tensor(shape: shape, storage: .int64(exponents), isScalar: shape.isEmpty, node: nil)
    return (floatResult(mantissas, type), exponent.tagged(.int32))
  }

  /// `np.ldexp(x1, x2)`: `x1 * 2**x2`, rounded once, for integer `x2`.
  public static func loadExponent(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if b.dtype.isInexact || b.dtype == .uint64 || a.dtype.isComplex { throw noLoop("ldexp") }
    // A Python int mantissa is weak: beside a NumPy exponent it takes the smallest loop, float16's
    // (`np.ldexp(2, np.arange(3))` is float16); two Python ints go through float64.
    let weakInt = a.isPythonScalar && a.storageClass == .int64
    let type = try floatLoopType(weakInt ? (b.isPythonScalar ? .float64 : .float16) : a.dtype, "ldexp")
    // A Python int exponent is weak: against an array or a NumPy scalar NumPy picks the int32-exponent loop, so the
    // int must fit int32 (two Python numbers become int64 and float64 arrays first).
    if b.isPythonScalar, !a.isPythonScalar, let value = b.int64s.first, Int32(exactly: value) == nil {
      throw TensorError("OverflowError", "Python integer \(value) out of bounds for int32")
    }
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let x = a.converted(as: type).doubles
    let values: [Double] = ElementwiseKernel.zip(x, a.shape, b.int64s, b.shape, shape: shape, count: count) {
      value, power in
      // Exponents past any float's range saturate: the result is then 0 or infinity either way.
      let clamped = Int(Swift.max(Swift.min(power, 100_000), -100_000))
      // NumPy's half ldexp scales in float32 and rounds to half: the exact value rounded once (a float32 subnormal
      // is far below half's smallest, so its own rounding cannot show).
      if type == .float16 { return Double(Float16(Double(sign: .plus, exponent: clamped, significand: value))) }
      if type == .float32 { return Double(Float(sign: .plus, exponent: clamped, significand: Float(value))) }
      return Double(sign: .plus, exponent: clamped, significand: value)
    }
    return a.floatResult(values, type, shape: shape)
  }

  /// `np.modf(x)`: the fractional and integral parts, both with `x`'s sign, as floats.
  public func fractionalAndIntegral() throws -> (Tensor, Tensor) {
    let type = try Tensor.floatLoopType(dtype, "modf")
    let values = converted(as: type).doubles
    let integral = values.map { $0.isInfinite ? $0 : $0.rounded(.towardZero) }
    let fraction = zip(values, integral).map { value, whole in
      value.isInfinite ? Double(signOf: value, magnitudeOf: 0) : Double(signOf: value, magnitudeOf: value - whole)
    }
    return (floatResult(fraction, type), floatResult(integral, type))
  }

  /// `np.gcd(x1, x2)` (`lcm` when `leastCommonMultiple`): integers only, non-negative results in the promoted dtype.
  public static func greatestCommonDivisor(_ a: Tensor, _ b: Tensor, leastCommonMultiple: Bool) throws -> Tensor {
    let name = leastCommonMultiple ? "lcm" : "gcd"
    var type = try NarrowEvaluation.commonType(a, b, for: name)
    if type.isInexact || type == .uint64 {
      if type == .uint64 { throw TensorError.limit("docbuild's np.\(name) does not take uint64 values") }
      // gcd and lcm resolve their loops by NumPy 2's promoters, which name each operand's dtype class (a Python
      // number's own).
      func dtypeClass(_ operand: Tensor) -> String {
        guard operand.isPythonScalar else { return "<class 'numpy.dtypes.\(operand.dtype.className)'>" }
        let python =
          operand.dtype.isComplex ? "_PyComplexDType" : operand.dtype.isFloat ? "_PyFloatDType" : "_PyLongDType"
        return "<class 'numpy.dtypes.\(python)'>"
      }
      throw TensorError(
        "UFuncTypeError",
        "ufunc '\(name)' did not contain a loop with signature matching types (\(dtypeClass(a)), \(dtypeClass(b))) "
          + "-> None")
    }
    // Bools have no gcd loop: they compute as int8.
    if type == .bool { type = .int8 }
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let (x, y) = (a.converted(as: type).int64s, b.converted(as: type).int64s)
    let values: [Int64] = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { p, q in
      var (m, n) = (p.magnitude, q.magnitude)
      while n != 0 { (m, n) = (n, m % n) }
      if !leastCommonMultiple { return Int64(truncatingIfNeeded: m) }
      if m == 0 { return 0 }
      // NumPy's lcm wraps as its C arithmetic does: |a| / gcd * |b|.
      return Int64(truncatingIfNeeded: (p.magnitude / m) &* q.magnitude)
    }
    return Tensor(shape: shape, storage: .int64(values), isScalar: shape.isEmpty, node: nil).tagged(type)
  }

  /// `np.fmod(x1, x2)`: C's remainder, with the dividend's sign (exact for floats; 0 for an integer divisor of 0,
  /// as NumPy gives with its warning). Not differentiable here.
  public static func truncatedRemainder(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    var type = try NarrowEvaluation.commonType(a, b, for: "fmod")
    if type.isComplex { throw noLoop("fmod") }
    if type == .uint64 { throw TensorError.limit("docbuild's np.fmod does not take uint64 values") }
    // Bools have no fmod loop: they compute as int8.
    if type == .bool { type = .int8 }
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    if type.isFloat {
      let (x, y) = (a.converted(as: type).doubles, b.converted(as: type).doubles)
      // fmod is exact by IEEE 754: every C library gives these bits.
      let values = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { Foundation.fmod($0, $1) }
      return a.floatResult(values, type, shape: shape)
    }
    let (x, y) = (a.converted(as: type).int64s, b.converted(as: type).int64s)
    let values: [Int64] = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { p, q in
      q == 0 || q == -1 ? 0 : p % q
    }
    return Tensor(shape: shape, storage: .int64(values), isScalar: shape.isEmpty, node: nil).tagged(type)
  }
}
