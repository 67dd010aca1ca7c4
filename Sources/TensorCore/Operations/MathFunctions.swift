/// NumPy's one-operand math ufuncs beyond the original few, with NumPy's dtype rules and autograd's gradients.
public enum MathFunction: String, Sendable, CaseIterable {
  case sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, arcsinh, arccosh, arctanh
  case log1p, expm1, log2, log10, exp2, degrees, radians, rad2deg, deg2rad
  case floor, ceil, trunc, rint, sign, reciprocal, positive

  /// True for the functions whose result is float64 for every numeric input (float16 for bool, refused).
  var isFloatFunction: Bool {
    switch self {
    case .floor, .ceil, .trunc, .sign, .reciprocal, .positive: false
    default: true
    }
  }

  /// Applies the function to each element; a 0-d result is a NumPy scalar, as ufuncs return.
  func evaluate(_ a: Tensor) throws -> Tensor {
    let storage: Storage
    switch (self, a.storage) {
    case (.sign, .bool), (.positive, .bool):
      throw TensorError(
        "UFuncTypeError",
        "ufunc '\(rawValue)' did not contain a loop with signature matching types "
          + "<class 'numpy.dtypes.BoolDType'> -> None")
    case (.floor, .bool(let flags)), (.ceil, .bool(let flags)), (.trunc, .bool(let flags)): storage = .bool(flags)
    case (.floor, .int64(let ints)), (.ceil, .int64(let ints)), (.trunc, .int64(let ints)),
      (.positive, .int64(let ints)):
      storage = .int64(ints)
    case (.sign, .int64(let ints)): storage = .int64(ints.map { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 })
    case (.reciprocal, .int64(let ints)):
      if ints.contains(0) {
        throw TensorError(
          "NotImplementedError", "np.reciprocal of an integer 0 is undefined in NumPy; snippets refuse it",
          isLimit: true)
      }
      storage = .int64(ints.map { 1 / $0 })
    case (.rint, .bool):
      return a.tagged(.bool).converted(as: .float16)
    case (_, .bool)
    where NarrowEvaluation.halfThroughFloat.contains(self) || NarrowEvaluation.halfThroughKernel.contains(self):
      // NumPy computes these in float16 for bools, as for int8: the float16 path's rules (and refusals) apply.
      return try NarrowEvaluation.evaluate(.math(self), [a.tagged(.bool)])
    case (_, .bool):
      // NumPy computes reciprocal in int8 for bools, which is undefined for False: refused, never shown as float64.
      throw TensorError(
        "NotImplementedError",
        "np.\(rawValue) of a bool array gives \(self == .reciprocal ? "int8" : "float16") in NumPy, which snippets "
          + "do not compute for this function; convert first with .astype(float)",
        isLimit: true)
    // NumPy's own exp2, cosh, sinh, tan, arcsin, arccos, arctan, expm1, log1p, log2, log10, arcsinh, arccosh and
    // arctanh (SVML's), not the correctly rounded ones: transcripts print NumPy's last digit.
    // When NumPy reads the operand backwards it calls the C library's function on each element instead
    // (NumpyLoopChoice.swift): glibc's where docbuild has it, refused where it does not.
    case (.exp2, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.exp2", vector: NumpyElementary.exp2, scalar: GlibcMath.exp2))
    case (.cosh, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.cosh", vector: NumpyElementary.cosh, scalar: GlibcMath.cosh))
    case (.sinh, _):
      storage = .float64(
        try a.numpyUnaryLoop(for: "np.sinh") == .vector
          ? NumpyElementary.sinh(a.doubles) : a.doubles.map(GlibcMath.sinh))
    case (.tan, _):
      storage = .float64(
        try a.numpyUnaryLoop(for: "np.tan") == .vector
          ? try NumpyElementary.tan(a.doubles) : a.doubles.map(GlibcMath.tan))
    case (.expm1, _), (.log1p, _), (.log2, _), (.log10, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.\(rawValue)", vector: numpyLogFunction!, scalar: glibcFunction!))
    case (.arcsin, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.arcsin", vector: NumpyElementary.asin, scalar: GlibcMath.asin))
    case (.arccos, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.arccos", vector: NumpyElementary.acos, scalar: GlibcMath.acos))
    case (.arctan, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.arctan", vector: NumpyElementary.atan, scalar: GlibcMath.atan))
    case (.arcsinh, _), (.arccosh, _), (.arctanh, _):
      storage = .float64(
        try a.numpyUnaryLoopValues(for: "np.\(rawValue)", vector: numpyLogFunction!, scalar: glibcFunction!))
    // NumPy's float64 sin and cos call the C library's: glibc's, as CPython's math.sin and math.cos.
    case (.sin, _): storage = .float64(GlibcMath.sin(a.doubles))
    case (.cos, _): storage = .float64(GlibcMath.cos(a.doubles))
    case _ where elementary != nil:
      storage = .float64(Elementary.apply(elementary!, a.doubles))
    default:
      storage = .float64(ElementwiseKernel.map(a.doubles, function))
    }
    return Tensor(shape: a.shape, storage: storage, isScalar: a.shape.isEmpty, node: nil)
  }

  /// NumPy's own (SVML's) function of a forward operand, for the functions of numpy_elementary_logs.c.
  private var numpyLogFunction: (([Double]) -> [Double])? {
    switch self {
    case .expm1: NumpyElementary.expm1
    case .log1p: NumpyElementary.log1p
    case .log2: NumpyElementary.log2
    case .log10: NumpyElementary.log10
    case .arcsinh: NumpyElementary.arcsinh
    case .arccosh: NumpyElementary.arccosh
    case .arctanh: NumpyElementary.arctanh
    default: nil
    }
  }

  /// glibc's function, which NumPy calls on each element of an operand it reads backwards.
  private var glibcFunction: ((Double) -> Double)? {
    switch self {
    case .sinh: GlibcMath.sinh
    case .cosh: GlibcMath.cosh
    case .expm1: GlibcMath.expm1
    case .log1p: GlibcMath.log1p
    case .log2: GlibcMath.log2
    case .log10: GlibcMath.log10
    case .tan: GlibcMath.tan
    case .arcsinh: GlibcMath.asinh
    case .arccosh: GlibcMath.acosh
    case .arctanh: GlibcMath.atanh
    default: nil
    }
  }

  /// The elementary function, applied to whole arrays (vector fast paths, no call per element).
  private var elementary: Elementary.UnaryFunction? {
    switch self {
    case .tan: .tan
    case .arcsin: .asin
    case .arccos: .acos
    case .arctan: .atan
    case .sinh: .sinh
    case .cosh: .cosh
    case .arcsinh: .asinh
    case .arccosh: .acosh
    case .arctanh: .atanh
    case .log1p: .log1p
    case .expm1: .expm1
    case .log2: .log2
    case .log10: .log10
    case .exp2: .exp2
    default: nil
    }
  }

  /// The float64 function.
  private var function: (Double) -> Double {
    switch self {
    case .sin: GlibcMath.sin
    case .cos: GlibcMath.cos
    case .tan: Elementary.tan
    case .arcsin: Elementary.asin
    case .arccos: Elementary.acos
    case .arctan: Elementary.atan
    case .sinh: Elementary.sinh
    case .cosh: Elementary.cosh
    case .arcsinh: Elementary.asinh
    case .arccosh: Elementary.acosh
    case .arctanh: Elementary.atanh
    case .log1p: Elementary.log1p
    case .expm1: Elementary.expm1
    case .log2: Elementary.log2
    case .log10: Elementary.log10
    case .exp2: Elementary.exp2
    // NumPy's degrees multiplies by 180/π and radians by π/180, each a rounded double.
    case .degrees, .rad2deg: { $0 * (180.0 / Double.pi) }
    case .radians, .deg2rad: { $0 * (Double.pi / 180.0) }
    case .floor: { $0.rounded(.down) }
    case .ceil: { $0.rounded(.up) }
    case .trunc: { $0.rounded(.towardZero) }
    case .rint: { $0.rounded(.toNearestOrEven) }
    case .sign: { $0 > 0 ? 1 : $0 < 0 ? -1 : $0.isNaN ? Elementary.quieted($0) : 0 }
    case .reciprocal: { 1 / $0 }
    case .positive: { $0 }
    }
  }

  /// autograd's vector–Jacobian product: the gradient of the input given `g`, the input `x` and the output `y`.
  /// `operandLoop` is the loop NumPy runs for a ufunc of the (undetached) operand: autograd's sinh and cosh gradients
  /// call np.cosh and np.sinh of it, which take the C library's function when NumPy reads it backwards.
  func vjp(_ g: Tensor, _ x: Tensor, _ y: Tensor, operandLoop: NumpyUnaryLoop = .vector) throws -> Tensor {
    func map(_ f: (Double, Double) -> Double) -> Tensor {
      let xs = x.doubles
      let ys = y.doubles
      let values = (0..<xs.count).map { f(xs[$0], ys[$0]) }
      return Tensor(shape: x.shape, storage: .float64(values), isScalar: x.isScalar, node: nil)
    }
    let one = 1.0
    switch self {
    // autograd's sin, cos and tan gradients call np.cos and np.sin: the C library's, as the forward ones.
    case .sin: return try g * map { x, _ in GlibcMath.cos(x) }
    case .cos: return try -g * map { x, _ in GlibcMath.sin(x) }
    case .tan: return try g / map { x, _ in GlibcMath.cos(x) * GlibcMath.cos(x) }
    case .arcsin: return try g / map { x, _ in (one - x * x).squareRoot() }
    case .arccos: return try -g / map { x, _ in (one - x * x).squareRoot() }
    case .arctan: return try g / map { x, _ in one + x * x }
    // autograd's sinh gradient calls np.cosh: NumPy's cosh, as the forward np.cosh.
    case .sinh:
      let cosh = operandLoop == .libm ? x.doubles.map(GlibcMath.cosh) : NumpyElementary.cosh(x.doubles)
      return try g * Tensor(shape: x.shape, storage: .float64(cosh), isScalar: x.isScalar, node: nil)
    // autograd's cosh gradient calls np.sinh: NumPy's sinh, as the forward np.sinh.
    case .cosh:
      let sinh = operandLoop == .libm ? x.doubles.map(GlibcMath.sinh) : NumpyElementary.sinh(x.doubles)
      return try g * Tensor(shape: x.shape, storage: .float64(sinh), isScalar: x.isScalar, node: nil)
    case .arcsinh: return try g / map { x, _ in (x * x + one).squareRoot() }
    case .arccosh: return try g / map { x, _ in (x * x - one).squareRoot() }
    case .arctanh: return try g / map { x, _ in one - x * x }
    case .log1p: return try g / map { x, _ in x + one }
    case .expm1: return try map { _, y in y + one } * g
    case .log2: return try g / x / Tensor(Elementary.log(2))
    case .log10: return try g / x / Tensor(Elementary.log(10))
    case .exp2: return try y * Tensor(Elementary.log(2)) * g
    case .degrees, .rad2deg: return try g / Tensor(Double.pi) * Tensor(180.0)
    case .radians, .deg2rad: return try g * Tensor(Double.pi) / Tensor(180.0)
    case .floor, .ceil, .trunc, .rint, .sign: return try g * Tensor(0.0)
    case .reciprocal: return try -g / map { x, _ in x * x }
    case .positive: return g
    }
  }
}

extension Tensor {
  /// `np.sin(a)`, `np.floor(a)`, …: one of NumPy's element-wise math functions, recorded for autodiff.
  public func apply(_ function: MathFunction) throws -> Tensor {
    if function == .sign, let refusal = noiseDecisionRefusal(against: 0, "np.sign") { throw refusal }
    return try Tensor.record(.math(function), NodeInputs(self))
  }
}

extension Tensor {
  /// `a // b` (`np.floor_divide`): Python's flooring division, NumPy's dtype rules; not differentiable (autograd).
  public func floorDivided(by other: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.floorDivide), NodeInputs(self, other))
  }
  /// `a % b` (`np.remainder`, `np.mod`): the remainder with the divisor's sign.
  public func remainder(_ other: Tensor) throws -> Tensor {
    try Tensor.record(.binary(.remainder), NodeInputs(self, other))
  }
  /// `np.arctan2(y, x)`.
  public static func arctan2(_ y: Tensor, _ x: Tensor) throws -> Tensor {
    try record(.binary(.arctan2), NodeInputs(y, x))
  }
  /// `np.hypot(a, b)`.
  public static func hypot(_ a: Tensor, _ b: Tensor) throws -> Tensor { try record(.binary(.hypot), NodeInputs(a, b)) }
  /// `np.logical_and`, `np.logical_or`, `np.logical_xor` by name: element-wise truth, bool.
  public static func logical(_ name: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let op: BinaryOperator = name == "logical_and" ? .logicalAnd : name == "logical_or" ? .logicalOr : .logicalXor
    return try record(.binary(op), NodeInputs(a, b))
  }
}

extension Tensor {
  /// `np.round` of integers with `decimals < 0`, as NumPy computes it: each value as a double divided by the power of
  /// ten, rounded half to even, multiplied back and cast to the array's dtype. A result outside the dtype (NumPy's
  /// cast gives whatever the C conversion does) and powers past 10^22 (NumPy's `power_of_ten` is then no longer
  /// exact) are refused.
  private func roundedIntegers(_ values: [Int64], decimals: Int) throws -> Tensor {
    guard -decimals <= 22 else {
      throw TensorError(
        "NotImplementedError", "np.round of integers with decimals below -22 is not supported in snippets",
        isLimit: true)
    }
    var factor = 1.0
    for _ in 0..<(-decimals) { factor *= 10 }
    let bits = Double(dtype.itemsize * 8)
    let low = dtype.isUnsigned ? 0 : -Elementary.pow(2, bits - 1)
    let high = dtype.isUnsigned ? Elementary.pow(2, bits) : Elementary.pow(2, bits - 1)
    var results: [Int64] = []
    results.reserveCapacity(values.count)
    for value in values {
      let number = dtype == .uint64 ? Double(UInt64(bitPattern: value)) : Double(value)
      let rounded = (number / factor).rounded(.toNearestOrEven) * factor
      guard rounded >= low, rounded < high else {
        throw TensorError(
          "NotImplementedError",
          "np.round(…, \(decimals)) of this \(dtype.rawValue) array gives \(rounded), outside \(dtype.rawValue): "
            + "NumPy's cast of it back is not defined (it warns), so snippets do not show it", isLimit: true)
      }
      results.append(dtype == .uint64 ? Int64(bitPattern: UInt64(rounded)) : Int64(rounded))
    }
    let result = Tensor(shape: shape, storage: .int64(results), isScalar: isScalar)
    return dtype == .int64 ? result : result.tagged(dtype)
  }

  /// `np.round(a, decimals)`: NumPy's scaling by a power of ten, round half to even, and scaling back (so its
  /// results, not a correctly rounded decimal, as NumPy documents); ints are returned as they are for
  /// `decimals >= 0`, bools become float16 for `decimals == 0` and raise NumPy's cast error otherwise.
  /// Differentiable as autograd's `round`: not at all (a zero gradient).
  public func rounded(decimals: Int) throws -> Tensor {
    if dtype == .float16 {
      // NumPy multiplies by the power of ten as a half (a weak Python float: 1e5 and more are infinite, so every
      // result is NaN), rounds, divides, each step a float32 operation rounded to half, which the double operation
      // rounded once to half reproduces.
      let factor = HalfPrecision.rounded(Elementary.pow(10, Double(Swift.abs(decimals))))
      let halves = doubles.map { value -> Double in
        if decimals == 0 { return value.rounded(.toNearestOrEven) }
        if decimals > 0 {
          return HalfPrecision.rounded(HalfPrecision.rounded(value * factor).rounded(.toNearestOrEven) / factor)
        }
        return HalfPrecision.rounded(HalfPrecision.rounded(value / factor).rounded(.toNearestOrEven) * factor)
      }
      return Tensor(shape: shape, storage: .float64(halves), isScalar: isScalar).tagged(.float16)
    }
    if dtype == .float32, case .float64(let values) = storage {
      // NumPy multiplies by the power of ten as float32 (a weak Python float), rounds, divides: each one float32
      // operation, which double arithmetic rounded once reproduces.
      let factor = Double(Float(Elementary.pow(10, Double(Swift.abs(decimals)))))
      let scaled = values.map { value -> Double in
        if decimals == 0 { return value.rounded(.toNearestOrEven) }
        if decimals > 0 { return Double(Float(Double(Float(value * factor)).rounded(.toNearestOrEven) / factor)) }
        return Double(Float(Double(Float(value / factor)).rounded(.toNearestOrEven) * factor))
      }
      return Tensor(shape: shape, storage: .float64(scaled), isScalar: isScalar).tagged(.float32)
    }
    if dtype.isNarrow && dtype.isInteger && decimals >= 0 { return self }
    switch storage {
    case .float64(let values):
      let scaled: [Double]
      if decimals == 0 {
        scaled = values.map { $0.rounded(.toNearestOrEven) }
      } else if decimals > 0 {
        let factor = Elementary.pow(10, Double(decimals))
        scaled = values.map { ($0 * factor).rounded(.toNearestOrEven) / factor }
      } else {
        let factor = Elementary.pow(10, Double(-decimals))
        scaled = values.map { ($0 / factor).rounded(.toNearestOrEven) * factor }
      }
      try refuseRoundedNoise(values, scaled, decimals: decimals)
      let rounded = Tensor(shape: shape, storage: .float64(scaled), isScalar: isScalar)
      // Rounded to 12 decimals or more, an entry keeps digits LAPACK's rounding decides: the result keeps the
      // decomposition it came from, so that printing every digit of it is refused as printing the value's is
      // (`np.round(w, 8)`, the refusals' own advice, shows NumPy's digits and stays free).
      return decimals >= 12 ? rounded.keepingDecompositionOrigin(of: self) : rounded
    case .complex128:
      throw ComplexEvaluation.refused("np.round", dtype)
    case .bool(let flags):
      // NumPy's rint of bools is float16; with decimals its multiply (or divide) by a float cannot cast back.
      if decimals == 0 {
        return Tensor(shape: shape, storage: .float64(flags.map { $0 ? 1 : 0 }), isScalar: isScalar).tagged(.float16)
      }
      throw TensorError(
        "UFuncTypeError",
        "Cannot cast ufunc '\(decimals > 0 ? "multiply" : "divide")' output from dtype('float64') to dtype('bool') "
          + "with casting rule 'same_kind'")
    case .int64(let values):
      if decimals >= 0 { return self }
      return try roundedIntegers(values, decimals: decimals)
    }
  }
}

extension Tensor {
  /// Refuses `np.round` of a value computed from a decomposition when an entry at rounding-noise level rounds to
  /// zero: the zero's sign (NumPy prints `-0.` for negative noise) comes from LAPACK's rounding, not docbuild's.
  fileprivate func refuseRoundedNoise(_ values: [Double], _ rounded: [Double], decimals: Int) throws {
    // A quotient by a sum at noise level (`np.round(v / v.sum(), 2)`) rounds LAPACK's noise however large it is.
    if let refusal = amplifiedNoiseRefusal() { throw refusal }
    if let refusal = conditionedRoundingRefusal(values, decimals: decimals) { throw refusal }
    // Entries that round to zero, and (so many decimals that the noise survives: `np.round(w, 20)`) small ones kept:
    // the rounded value keeps no history, so printing it would show LAPACK's noise unrefused. The scale is found
    // only for a candidate.
    guard
      zip(values, rounded).contains(where: { $0 != 0 && Swift.abs($1) < 1e-6 })
    else { return }
    // A difference of two results that agree up to rounding (`np.round(inv(a) - pinv(a), 10)`) is all noise: its
    // noise is measured against what cancelled.
    let largest = values.reduce(cancellationScale()) { Swift.max($0, Swift.abs($1)) }
    let isNoise = { (value: Double) in value != 0 && Swift.abs(value) <= largest * 1e-11 }
    if let (value, _) = zip(values, rounded).first(where: { isNoise($0) && $1 == 0 }),
      let function = decompositionAncestor()
    {
      throw TensorError(
        "NotImplementedError",
        "np.round of this array, computed from \(function)'s result, rounds an entry at rounding-noise level "
          + "(\(value)) to zero, whose sign (NumPy prints -0. for negative noise) comes from LAPACK's rounding, which "
          + "docbuild does not reproduce; compare with np.allclose instead", isLimit: true)
    }
    if let value = rounded.first(where: isNoise), let function = decompositionAncestor() {
      throw TensorError(
        "NotImplementedError",
        "np.round of this array, computed from \(function)'s result, keeps an entry at rounding-noise level "
          + "(\(value)), whose digits come from LAPACK's rounding, which docbuild does not reproduce; round to fewer "
          + "decimals or compare with np.allclose", isLimit: true)
    }
  }
}
