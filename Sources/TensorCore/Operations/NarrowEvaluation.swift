/// The operations on narrow dtypes (int8 … uint64, float16, float32): NumPy 2's result dtype (NEP 50, Python scalars
/// weak), the values computed in the wide storage class and wrapped or rounded back. Only what is provably NumPy's
/// runs: integer arithmetic wraps modulo 2^bits exactly as NumPy's C loops; float32 and float16 `+ - * /`, `sqrt` and
/// products by a power of two are computed in double and rounded once, which equals their own arithmetic (double
/// rounding is innocuous for these); `//` and `%` run NumPy's float32 `npy_divmodf` step by step in float32; sums follow NumPy's pairwise order in float32 (rounded to half per row for
/// float16); a few float16 functions are NumPy's float32 result rounded to half (`halfThroughFloat`). Everything else
/// (float32 `exp`, `sin`, `**`, matrix products, which NumPy runs through its own float32 kernels and BLAS, and the
/// same for float16 but its matrix products, `MatrixProduct.halfProduct`) is refused with an error naming the dtype, never shown with digits NumPy would not print. Narrow
/// values are not tracked by autodiff.
enum NarrowEvaluation {
  static func evaluate(_ operation: Operation, _ inputs: [Tensor]) throws -> Tensor {
    switch operation {
    case .binary(let op): return try binary(op, inputs[0], inputs[1])
    case .unary(let op): return try unary(op, inputs[0])
    case .math(let function): return try math(function, inputs[0])
    case .reduce(let reduction, let axes, let keepdims): return try reduce(reduction, inputs[0], axes, keepdims)
    case .product(let axes, let keepdims):
      let a = inputs[0]
      if a.dtype == .float16 {
        try MemoryOrder.refuseBufferedSum(a, axes: axes)
        return try halfReduction(a, axes, keepdims, initial: 1, combine: { Float(Float16($0 * $1)) }) {
          values, start, stride, count in
          // NumPy's HALF_multiply reduce: one float32 running product along a row, rounded to half at the end.
          var product: Float = 1
          for k in 0..<count { product *= values[start + k * stride] }
          return product
        }
      }
      if a.dtype.isFloat { throw refused("np.prod", a.dtype) }
      let wide = try Tensor.products(a.tagged(.int64).widened, axes: axes, keepdims: keepdims)
      return wide.tagged(a.dtype.isUnsigned ? .uint64 : .int64)
    case .cumsum(let axis, let reverse):
      let a = inputs[0]
      if a.dtype == .float16 && !reverse {
        // NumPy's accumulate reads each running sum back from the float16 output: every step rounds to half.
        return Tensor.runningSums(a.widened, axis: axis, reverse: false, half: true).tagged(.float16)
      }
      if a.dtype.isFloat { throw refused("np.cumsum", a.dtype) }
      return Tensor.runningSums(a.widened, axis: axis, reverse: reverse).tagged(a.dtype.isUnsigned ? .uint64 : .int64)
    case .matmul:
      let (a, b) = (inputs[0], inputs[1])
      let common = try commonType(a, b, for: "matmul")
      if common == .float16 {
        return try MatrixProduct.halfProduct(a.converted(as: common).widened, b.converted(as: common).widened)
      }
      if common.isFloat && common != .float64 { throw refused("a matrix product", common) }
      if common == .float64 {
        return try Tensor.record(.matmul, NodeInputs(a.convertedKeepingPath(), b.convertedKeepingPath()))
      }
      return try MatrixProduct.evaluate(a.converted(as: common).widened, b.converted(as: common).widened)
        .tagged(common)
    case .custom: throw TensorError("NotImplementedError", "a primitive's value is computed by the snippet")
    // Only float64 ends are recorded (Tensor.linspace); this is the backstop.
    case .assignment: throw Tensor.assignmentRefusal
    case .linspace: throw refused("np.linspace", inputs.first(where: { $0.dtype != .float64 })?.dtype ?? .float64)
    case .detour(let dtype): throw Tensor.gradientDetourRefusal(dtype)
    // Recorded for float64 operands only (`Tensor.nanSkippingExtreme`); this is the backstop.
    case .nanSkippingExtreme(let isMax): throw refused(isMax ? "np.fmax" : "np.fmin", inputs[0].dtype)
    case .vectorDot: throw refused("np.dot", inputs[0].dtype)
    // Recorded for float64 vectors only (`Tensor.outer`); this is the backstop.
    case .outer: throw refused("np.outer", inputs[0].dtype)
    case .reshape, .transpose, .broadcastTo, .index, .take, .identity:
      // Moving elements never changes them: the input's dtype carries over.
      return try operation.evaluate(inputs.map(\.widened)).tagged(inputs[0].dtype)
    case .select(let plan):
      // The callers chose the dtype (with NEP 50's weak scalars where NumPy applies them).
      return plan.evaluate(inputs.map { $0.converted(as: plan.dtype) })
    case .spread: throw refused("np.var and np.std", inputs[0].dtype)  // the public functions convert to float64 first
    case .mean: throw refused("np.mean", inputs[0].dtype)  // recorded for float64 arrays only
    case .linalg, .einsum:
      // The public functions convert integers to float64 first, as NumPy does, and refuse float32.
      throw refused("np.linalg", inputs[0].dtype)
    case .stack:
      throw TensorError.limit("docbuild cannot stack these arrays of narrow dtypes; convert them with .astype first")
    }
  }

  /// The refusal for an operation whose NumPy result docbuild cannot reproduce bit for bit.
  static func refused(_ what: String, _ dtype: DType) -> TensorError {
    if dtype == .float16 {
      return TensorError(
        "NotImplementedError",
        "\(what) of float16 values is not supported: NumPy computes it with its own float32 kernels and rounds "
          + "to float16, and docbuild does not reproduce those kernels' last bits; convert first with "
          + ".astype(np.float64)", isLimit: true)
    }
    return TensorError(
      "NotImplementedError",
      "\(what) of \(dtype.rawValue) values is not supported: NumPy computes it with its own \(dtype.rawValue) "
        + "kernels, whose last bits docbuild does not reproduce; convert first with .astype(np.float64)",
      isLimit: true)
  }

  /// Refuses to turn a value being differentiated into float16: autograd would carry the gradient through in
  /// float64 arithmetic of its own, docbuild does not track float16 values, and a silent zero would be wrong.
  public static func refuseFloat16Gradient(_ value: Tensor) throws {
    guard let traced = GradientTrace.input, value.dependsOn(traced) else { return }
    throw TensorError(
      "NotImplementedError",
      "a gradient through float16 values is not supported in snippets (docbuild differentiates float64 values "
        + "only): keep the differentiated function in float64", isLimit: true)
  }

  /// Refuses to turn a value being differentiated by autograd's `grad` into integers or booleans: autograd's VJP of
  /// the cast hands the gradient straight back (as if the cast were the identity), where docbuild, like the
  /// mathematics, sees a constant; printing either would differ from autograd or from the derivative.
  public static func refuseIntegerCastGradient(_ value: Tensor, to target: DType) throws {
    guard !target.isInexact, let traced = GradientTrace.input, value.dependsOn(traced) else { return }
    throw TensorError(
      "NotImplementedError",
      "a gradient through a cast to \(target.rawValue) is not supported in snippets: autograd passes the gradient "
        + "through the cast unchanged, while its derivative is zero; keep the differentiated function in float64",
      isLimit: true)
  }

  /// The refusal for a function NumPy computes in float16 for `dtype` (bool, int8, uint8) and docbuild does not.
  static func float16(_ what: String, _ dtype: DType) -> TensorError {
    TensorError(
      "NotImplementedError",
      "\(what) of \(dtype.rawValue) values gives float16 in NumPy, which docbuild does not compute for this "
        + "function; convert first with .astype(float)", isLimit: true)
  }

  /// The dtype an operand takes against `other` under NEP 50: a Python scalar is weak and takes the other's kind.
  static func weakType(_ x: Tensor, against other: Tensor, checkRange: Bool = true) throws -> DType {
    guard x.isPythonScalar, !other.isPythonScalar else { return x.dtype }
    let target = other.dtype
    switch x.storageClass {
    case .bool: return target
    case .int64:
      if target == .bool { return .int64 }
      if target.isInteger, checkRange, case .int64(let values) = x.storage, let value = values.first,
        !target.holds(value)
      {
        throw TensorError("OverflowError", "Python integer \(value) out of bounds for \(target.rawValue)")
      }
      return target
    case .complex128:
      // A Python complex takes a complex dtype's own, complex64 beside float32 and float16, complex128 otherwise.
      if target.isComplex { return target }
      return target.isNarrowFloat ? .complex64 : .complex128
    default:
      return target.isFloat || target.isComplex ? target : .float64
    }
  }

  /// The promoted dtype of two operands, Python scalars weak.
  static func commonType(_ a: Tensor, _ b: Tensor, for _: String, checkRange: Bool = true) throws -> DType {
    DType.promoted(
      try weakType(a, against: b, checkRange: checkRange), try weakType(b, against: a, checkRange: checkRange))
  }

  private static func binary(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    if op.isComparison {
      let common = try commonType(a, b, for: "compare", checkRange: false)
      if a.dtype == .uint64 || b.dtype == .uint64 {
        func unsignedLike(_ x: Tensor) -> Bool {
          x.dtype.isUnsigned || (x.isPythonScalar && x.storageClass == .int64 && x.int64s.allSatisfy { $0 >= 0 })
        }
        if unsignedLike(a), unsignedLike(b) {
          // Flipping the sign bit orders unsigned bit patterns as signed ints.
          return try op.evaluate(a.orderedUnsigned, b.orderedUnsigned)
        }
        // Beside a signed integer or a bool NumPy compares the values exactly; beside a float, in float64 (below).
        let isIntegral = { (x: Tensor) in x.storageClass == .int64 || x.storageClass == .bool }
        if isIntegral(a), isIntegral(b) { return try op.exactIntegerComparison(a, b) }
        guard common.isFloat else {
          throw TensorError.limit(
            "docbuild compares uint64 values only with integers and real floats; convert first with .astype(float)")
        }
      }
      // Python ints out of the array's range compare by value (NumPy 2 does too): compare in the storage class.
      if common.isFloat {
        return try op.evaluate(a.converted(as: common).widened, b.converted(as: common).widened)
      }
      return try op.evaluate(a.widened, b.widened)
    }
    if op == .logicalAnd || op == .logicalOr || op == .logicalXor { return try op.evaluate(a.widened, b.widened) }
    // True division of integers runs NumPy's float64 loop, into which a Python int of any size converts, so it is
    // not held to the array's range (`u8 / 300`, `-7 / u8`); so do hypot's and arctan2's float loops
    // (`np.hypot(u8, -2)` is float16).
    var common = try commonType(a, b, for: "\(op)", checkRange: op != .divide && op != .hypot && op != .arctan2)
    if (op == .add || op == .multiply) && common != .float16,
      let shape = try? Shape.broadcastOperands(a.shape, b.shape), let count = try? Shape.checkedCount(shape),
      BinaryOperator.hasNaNTie(a, b, shape: shape, count: count)
    {
      // Converted operands no longer show the layout NumPy's loop saw, which decides which NaN it returns.
      throw BinaryOperator.nanTieRefusal(op == .add ? "+" : "*")
    }
    if common == .uint64, op == .maximum || op == .minimum, case .int64 = a.storage, case .int64 = b.storage {
      // Flipping the sign bit orders unsigned bit patterns as signed ints; flipped back, the picked value's own.
      return try op.evaluate(a.orderedUnsigned, b.orderedUnsigned).orderedUnsigned.tagged(.uint64)
    }
    if common == .uint64, op == .floorDivide || op == .remainder || op == .power {
      return try unsignedQuotientOrPower(op, a, b)
    }
    if common == .uint64 && !(op == .add || op == .subtract || op == .multiply || op == .divide) {
      throw TensorError.limit(
        "docbuild computes only + - * with uint64 values; convert first with .astype(np.int64) or .astype(float)")
    }
    switch op {
    case .divide:
      let result: DType = common.isFloat ? common : .float64
      if result == .float64 { return try wide(.binary(op), a, b) }
      return try op.evaluate(a.converted(as: result).widened, b.converted(as: result).widened).tagged(result)
    case .hypot, .arctan2:
      // The ufunc's loop is the narrowest float both operands cast to (Tensor.floatLoopType: uint8 with int8 is
      // float16, not the float32 of their promoted int16). NumPy's float16 and float32 hypot loops call C's hypotf
      // (float16 through float32); its float32 arctan2 loop is its own (16-bit integers reach it through a cast buffer).
      let loop = try Tensor.floatLoopType(a, b, op == .arctan2 ? "arctan2" : "hypot")
      if op == .hypot && loop.isNarrowFloat { return try narrowHypot(a, b, loop) }
      if op == .arctan2 && loop == .float32 { return try float32Arctan2(a, b) }
      if loop.isNarrowFloat { throw refused("np.\(op == .arctan2 ? "arctan2" : "hypot")", loop) }
      return try wide(.binary(op), a, b)
    case .power, .floorDivide, .remainder:
      if common == .float16 && op == .power { return try halfPower(a, b) }
      if common == .float32 && op == .power, let squared = float32FastPower(a, b) { return squared }
      if common.isNarrowFloat && op != .power { return try floatDivision(op, a, b, common) }
      if common.isNarrowFloat { throw refused("**", common) }
      if common == .bool { common = .int8 }
      if op == .power && common == .float64 && !a.isFloat64Number && !b.isFloat64Number {
        // Without a float64 NumPy scalar among them, NumPy's scalar math cannot hold two scalars' float64 power
        // (np.uint32 ** np.float32, np.float16 ** np.int64, np.int32 ** 1.5) and hands them to the ufunc as 0-d
        // arrays: its SIMD pow, not the C library's.
        return try wide(.binary(op), a.asUfuncOperand, b.asUfuncOperand)
      }
    default:
      break
    }
    if common == .float64 { return try wide(.binary(op), a, b) }
    // Operands converted to the result dtype first (a Python int rounds to float32 before adding, as in NumPy),
    // then computed wide and wrapped or rounded once.
    if common == .float16, let half = try halfLoop(op, a.converted(as: common).widened, b.converted(as: common).widened)
    {
      return half.tagged(common)
    }
    let result = try op.evaluate(a.converted(as: common).widened, b.converted(as: common).widened)
    return result.tagged(common)
  }

  /// `a // b`, `a % b` or `a ** b` in uint64 (the operands converted to it): NumPy's unsigned loops, a zero divisor
  /// giving 0 (with a RuntimeWarning, on stderr) and powers wrapping modulo 2**64 by repeated squaring.
  private static func unsignedQuotientOrPower(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let (x, y) = (a.converted(as: .uint64).int64s, b.converted(as: .uint64).int64s)
    let values = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { (p: Int64, q: Int64) in
      let (u, v) = (UInt64(bitPattern: p), UInt64(bitPattern: q))
      switch op {
      case .floorDivide: return Int64(bitPattern: v == 0 ? 0 : u / v)
      case .remainder: return Int64(bitPattern: v == 0 ? 0 : u % v)
      default:
        var (result, base, exponent) = (UInt64(1), u, v)
        while exponent > 0 {
          if exponent & 1 == 1 { result &*= base }
          base &*= base
          exponent >>= 1
        }
        return Int64(bitPattern: result)
      }
    }
    return Tensor(shape: shape, storage: .int64(values), isScalar: shape.isEmpty, node: nil).tagged(.uint64)
  }

  /// `np.arctan2(a, b)` in float32: NumPy's own float32 kernel (SVML's) of the operands converted to float32 and
  /// broadcast. A float32 operand NumPy reads backwards takes the C library's atan2f instead, which docbuild does not
  /// have: refused; other dtypes reach the kernel through a forward cast buffer.
  private static func float32Arctan2(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.dtype == .float32 { try a.refuseNumpyLibmLoop(for: "np.arctan2") }
    if b.dtype == .float32 { try b.refuseNumpyLibmLoop(for: "np.arctan2") }
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    _ = try Shape.checkedCount(shape)
    // An operand of the result's shape needs no broadcast (a recorded operation, a pass over the array).
    func operand(_ t: Tensor) throws -> [Double] {
      let values = t.converted(as: .float32)
      return values.shape == shape ? values.doubles : try values.broadcast(to: shape).doubles
    }
    let values = try NumpyElementary.atan2Float32(try operand(a), try operand(b))
    return Tensor.labelled(values, as: .float32, shape: shape, isScalar: shape.isEmpty)
  }

  /// `a // b` or `a % b` in float32 or float16 (`type`): NumPy's float32 `npy_divmodf` on the operands converted to
  /// `type` (and widened to float32), rounded to half for float16.
  private static func floatDivision(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor, _ type: DType) throws -> Tensor {
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let (x, y) = (a.converted(as: type).doubles, b.converted(as: type).doubles)
    let half = type == .float16
    let values = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { p, q in
      let result = BinaryOperator.floatDivision(op, Float(p), Float(q))
      return half ? Double(Float16(result)) : Double(result)
    }
    return Tensor(shape: shape, storage: .float64(values), isScalar: shape.isEmpty, node: nil).tagged(type)
  }

  /// `np.hypot` in float32 or float16: NumPy's loops call C's `hypotf` for each pair (float16 operands widened to
  /// float32 and the result rounded to half); glibc 2.36's `hypotf` (`e_hypotf.c`) squares the float operands in
  /// double (exactly), adds the squares, takes the double square root and rounds it to float.
  private static func narrowHypot(_ a: Tensor, _ b: Tensor, _ type: DType) throws -> Tensor {
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let (x, y) = (a.converted(as: type).doubles, b.converted(as: type).doubles)
    let half = type == .float16
    let values = ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count) { p, q in
      let result = glibcHypotf(Float(p), Float(q))
      return half ? Double(Float16(result)) : Double(result)
    }
    return Tensor.labelled(values, as: type, shape: shape, isScalar: shape.isEmpty)
  }

  /// glibc 2.36's `hypotf`: infinity when either operand is infinite (even against a NaN), `x + y` (a NaN) for
  /// other non-finite operands, else the float nearest the double square root of the double sum of squares.
  static func glibcHypotf(_ x: Float, _ y: Float) -> Float {
    guard x.isFinite && y.isFinite else {
      if (x.isInfinite || y.isInfinite) && !x.isSignalingNaN && !y.isSignalingNaN { return .infinity }
      return x + y
    }
    let (wideX, wideY) = (Double(x), Double(y))
    return Float((wideX * wideX + wideY * wideY).squareRoot())
  }

  /// NumPy's float16 loops where they pick another operand than the float64 ones: `maximum` and `minimum` return
  /// the first operand when the two are equal (0.0 against -0.0) or both NaN, and `+` and `*` of two NaNs return the
  /// second; nil for the other operators.
  private static func halfLoop(_ op: BinaryOperator, _ x: Tensor, _ y: Tensor) throws -> Tensor? {
    let pick: (Double, Double) -> Double
    switch op {
    case .maximum: pick = { a, b in a >= b || a.isNaN ? a : b }
    case .minimum: pick = { a, b in a <= b || a.isNaN ? a : b }
    case .add, .multiply:
      // The same sums and products; only which NaN comes back differs. A shape mismatch names the operands in order.
      _ = try Tensor.broadcastOperandShapes(x.shape, y.shape)
      return try op.evaluate(y, x, nanTiesResolved: true)
    default: return nil
    }
    let shape = try Shape.broadcastOperands(x.shape, y.shape)
    let count = try Shape.checkedCount(shape)
    let values = ElementwiseKernel.zip(x.doubles, x.shape, y.doubles, y.shape, shape: shape, count: count, pick)
    return Tensor(shape: shape, storage: .float64(values), isScalar: shape.isEmpty, node: nil)
  }

  /// `array ** 2`, `** -1` and `** 0.5` of a float32 array with a Python int, int, float exponent: NumPy turns them
  /// into its float32 `square`, `reciprocal` and `sqrt`, each correctly rounded, which one double operation rounded
  /// to float32 equals (53 bits are more than twice 24 plus 2). Every other float32 power runs NumPy's own powf
  /// kernel (or C's `powf` for NumPy scalars), whose last bits docbuild does not reproduce: nil, and refused.
  private static func float32FastPower(_ a: Tensor, _ b: Tensor) -> Tensor? {
    guard a.dtype == .float32, b.isPythonScalar, !a.isPythonScalar, !a.isScalar, let value = b.doubles.first else {
      return nil
    }
    let integer = b.storageClass == .int64
    let fast: ((Double) -> Double)? =
      integer && value == 2
      ? { $0 * $0 } : integer && value == -1 ? { 1 / $0 } : !integer && value == 0.5 ? { $0.squareRoot() } : nil
    guard let fast else { return nil }
    let values = a.doubles.map { Double(Float(fast($0))) }
    return Tensor(shape: a.shape, storage: .float64(values), isScalar: a.shape.isEmpty, node: nil).tagged(.float32)
  }

  /// `a ** b` in float16. NumPy turns `array ** 2`, `** -1` and `** 0.5` (a Python int, int, float exponent) into
  /// its half `square`, `reciprocal` and `sqrt`, each one float32 operation rounded to half, that is the correctly
  /// rounded half; every other float16 power (arrays, NumPy scalars) is C's `powf` rounded to half, whose last bits
  /// differ between C libraries: the half every `powf` gives, or refused (`halfThroughKernel`).
  private static func halfPower(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let base = a.converted(as: .float16)
    let exponent = b.converted(as: .float16)
    if b.isPythonScalar, !a.isPythonScalar, !a.isScalar, let value = b.doubles.first {
      let integer = b.storageClass == .int64
      let fast: ((Double) -> Double)? =
        integer && value == 2
        ? { $0 * $0 } : integer && value == -1 ? { 1 / $0 } : !integer && value == 0.5 ? { $0.squareRoot() } : nil
      if let fast {
        let halves = base.doubles.map { HalfPrecision.rounded(fast($0)) }
        return Tensor(shape: a.shape, storage: .float64(halves), isScalar: a.shape.isEmpty, node: nil)
          .tagged(.float16)
      }
    }
    // C's powf for every pair (float64's array loop would take 0.5 as a square root, so -inf ** 0.5 would be NaN).
    let shape = try Tensor.broadcastOperandShapes(base.shape, exponent.shape)
    let count = try Shape.checkedCount(shape)
    let powers = ElementwiseKernel.zip(
      base.doubles, base.shape, exponent.doubles, exponent.shape, shape: shape, count: count, Elementary.pow)
    var values = Tensor(shape: shape, storage: .float64(powers), isScalar: shape.isEmpty, node: nil)
    let results = values.doubles
    if results.contains(where: \.isNaN) {
      // C's powf clears a NaN base's sign bit before an odd integer exponent (NumPy 2.4.6, x86-64).
      let bases = try base.broadcast(to: shape).doubles
      let exponents = try exponent.broadcast(to: shape).doubles
      let signed = results.indices.map { i -> Double in
        let y = exponents[i]
        let odd = y.isFinite && y == y.rounded() && Swift.abs(y) < 0x1p53 && Int64(y) & 1 != 0
        return bases[i].isNaN && odd ? Swift.abs(results[i]) : results[i]
      }
      values = Tensor(shape: shape, storage: .float64(signed), isScalar: values.isScalar, node: nil)
    }
    return try halfThroughKernel("np.power", values, operands: [base, exponent])
  }

  /// A float64 result: the operands converted and recorded as wide values, so a tracked float64 operand keeps its
  /// gradient (`x * int32_array`).
  private static func wide(_ operation: Operation, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    try Tensor.record(operation, NodeInputs(a.convertedKeepingPath(), b.convertedKeepingPath()))
  }

  private static func unary(_ op: UnaryOperator, _ a: Tensor) throws -> Tensor {
    let type = a.dtype
    switch op {
    case .negate, .abs, .fabs, .square:
      if type == .uint64 && op == .square { throw refused("np.square", type) }
      if type.isUnsigned && (op == .abs || op == .fabs) { return a.widened.tagged(type) }
      return try op.evaluate(a.widened).tagged(type)
    case .sqrt:
      let result = floatResult(of: type)
      if result == .float64 { return try Tensor.record(.unary(op), NodeInputs(a.convertedKeepingPath())) }
      if result == .float32 {
        // One pass of float32 square roots (NumPy's vsqrtps) over the values held as doubles.
        let operand = a.converted(as: .float32)
        let roots = NumpyElementary.sqrtFloat32(operand.doubles)
        return Tensor.labelled(roots, as: .float32, shape: operand.shape, isScalar: operand.shape.isEmpty)
      }
      return try op.evaluate(a.converted(as: result).widened).tagged(result)
    case .exp, .log, .tanh:
      let name = op == .exp ? "np.exp" : op == .log ? "np.log" : "np.tanh"
      let result = floatResult(of: type)
      if result == .float16 {
        let halves = a.converted(as: .float16)
        let values = halfNaNSigns(try op.evaluate(halves.widened), operand: halves, positiveFromNumbers: false)
        return try halfThroughKernel(name, values, operands: [halves])
      }
      if result != .float64 { throw refused(name, result) }
      return try Tensor.record(.unary(op), NodeInputs(a.convertedKeepingPath()))
    }
  }

  /// The NaNs of a float16 function's float64 `values` with the sign bits NumPy's half loops give them on x86-64: a
  /// NaN operand comes back with its own sign; a NaN made from a number (arcsin(2), log2(-1), tan(inf)) is the
  /// invalid operation's negative NaN, except from log10, arcsin and arccos outside the SIMD loop (a 0-d operand, or
  /// one that is not a single forward run of memory), where the C library's float32 functions return a positive one.
  private static func halfNaNSigns(_ values: Tensor, operand: Tensor, positiveFromNumbers: Bool) -> Tensor {
    let results = values.doubles
    guard results.contains(where: \.isNaN) else { return values }
    let inputs = operand.doubles
    let signed = results.indices.map { i -> Double in
      guard results[i].isNaN else { return results[i] }
      if inputs[i].isNaN { return Elementary.quieted(inputs[i]) }
      return positiveFromNumbers ? .nan : Elementary.invalidNaN
    }
    return Tensor(shape: values.shape, storage: .float64(signed), isScalar: values.isScalar, node: nil)
  }

  /// The float16 functions NumPy computes as one float32 multiplication (by its float32 constant), the same on every
  /// build: the float64 product rounded to float32 and then to half gives its bits on every finite half
  /// (make_float16_ufunc_fixtures.py).
  static let halfThroughFloat: Set<MathFunction> = [.deg2rad, .rad2deg, .radians, .degrees]

  /// The float16 functions NumPy computes with a float32 kernel that differs between builds (SVML on AVX-512, the
  /// C library's elsewhere): docbuild gives the half every such kernel rounds to, and refuses the few inputs whose
  /// exact result lies too close to a rounding boundary (`HalfPrecision.roundedThroughKernel`, proved on every
  /// finite half by prove_float16_functions.py).
  static let halfThroughKernel: Set<MathFunction> = [
    .sin, .cos, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .arcsinh, .arccosh, .arctanh, .log1p, .expm1,
    .log2, .log10, .exp2,
  ]

  /// `values` (float64 results of a function of float16 `operands`, broadcast to their shape) as NumPy's half
  /// loops give them on every build, or the refusal naming the first element whose half depends on the build.
  static func halfThroughKernel(_ name: String, _ values: Tensor, operands: [Tensor]) throws -> Tensor {
    let results = values.doubles
    var halves = [Double]()
    halves.reserveCapacity(results.count)
    for (index, value) in results.enumerated() {
      guard let half = HalfPrecision.roundedThroughKernel(value) else {
        let refusedCount = results[index...].count(where: { HalfPrecision.roundedThroughKernel($0) == nil })
        throw try boundaryRefusal(name, operands: operands, shape: values.shape, index: index, count: refusedCount)
      }
      halves.append(half)
    }
    return Tensor(shape: values.shape, storage: .float64(halves), isScalar: values.isScalar, node: nil)
      .tagged(.float16)
  }

  /// The refusal for an element of a float16 function whose exact value is within the assumed float32 kernel error
  /// of a float16 rounding boundary.
  private static func boundaryRefusal(_ name: String, operands: [Tensor], shape: [Int], index: Int, count: Int) throws
    -> TensorError
  {
    let values = try operands.map { try $0.broadcast(to: shape).doubles[index] }
    let inputs = values.map(HalfPrecision.scalarText).joined(separator: " and ")
    let which = count == 1 ? "" : " (and \(count - 1) more element\(count == 2 ? "" : "s") after it)"
    return TensorError(
      "NotImplementedError",
      "\(name) of the float16 value\(values.count == 1 ? "" : "s") \(inputs) is not supported\(which): its exact "
        + "result lies within \(HalfPrecision.assumedKernelErrorUlps) float32 ulps of a point halfway between two "
        + "float16 values, and NumPy's float32 kernels (SVML's, the C library's) may round it to either one on "
        + "different machines; compute in float64 first with .astype(np.float64)", isLimit: true)
  }

  /// The float dtype NumPy computes a float function of `type` in.
  private static func floatResult(of type: DType) -> DType {
    if type.isFloat { return type }
    switch type.itemsize {
    case 1: return .float16
    case 2: return .float32
    default: return .float64
    }
  }

  private static func math(_ function: MathFunction, _ a: Tensor) throws -> Tensor {
    let type = a.dtype
    let name = "np.\(function.rawValue)"
    switch function {
    case .floor, .ceil, .trunc, .positive, .sign, .rint:
      if type.isInteger && function == .rint {
        return a.converted(as: floatResult(of: type))
      }
      if type == .uint64 {
        if function == .sign { throw refused(name, type) }
        return a
      }
      return try function.evaluate(a.widened).tagged(type)
    case .reciprocal:
      if type == .uint64 { throw refused(name, type) }
      return try function.evaluate(a.widened).tagged(type)
    default:
      let result = floatResult(of: type)
      if result == .float16 && halfThroughFloat.contains(function) {
        return try function.evaluate(a.converted(as: .float64).widened).halfOfFloat
      }
      if result == .float16 && halfThroughKernel.contains(function) {
        let halves = a.converted(as: .float16)
        let wide = halves.widened
        // A half's exp2 from 1022 in magnitude is 0 or inf whatever the float64 kernel's last digit, so the lanes
        // serve there, where float64 np.exp2 refuses (SVML's scalar fallback).
        let values =
          function == .exp2
          ? Tensor(
            shape: wide.shape, storage: .float64(NumpyElementary.exp2Lanes(wide.doubles)), isScalar: wide.isScalar,
            node: nil)
          : try function.evaluate(wide)
        // Another dtype reaches the half loop through a contiguous cast buffer.
        let vectorLoop = a.dtype != .float16 || a.takesHalfVectorLoop
        let positive = !vectorLoop && [.log10, .arcsin, .arccos].contains(function)
        return try halfThroughKernel(
          name, halfNaNSigns(values, operand: halves, positiveFromNumbers: positive), operands: [halves])
      }
      if result == .float32, let kernel = NumpyElementary.float32(function) {
        // NumPy's own float32 kernel (SVML's), for an operand it reads forwards; a float32 view it reads backwards
        // takes the C library's float32 function, which docbuild does not have: refused. Other dtypes reach the
        // kernel through a forward cast buffer.
        if a.dtype == .float32 { try a.refuseNumpyLibmLoop(for: name) }
        let operand = a.converted(as: .float32)
        // A ufunc's 0-d result is a NumPy scalar, of a 0-d array too.
        return Tensor.labelled(
          try kernel(operand.doubles), as: .float32, shape: operand.shape, isScalar: operand.shape.isEmpty)
      }
      if result != .float64 { throw refused(name, result) }
      return try Tensor.record(.math(function), NodeInputs(a.convertedKeepingPath()))
    }
  }

  private static func reduce(_ reduction: Reduction, _ a: Tensor, _ axes: [Int], _ keepdims: Bool) throws -> Tensor {
    let type = a.dtype
    switch reduction {
    case .max, .min:
      if type == .uint64 {
        let flipped = try reduction.evaluate(a.orderedUnsigned, axes: axes, keepdims: keepdims)
        return flipped.orderedUnsigned.tagged(.uint64)
      }
      return try reduction.evaluate(a.widened, axes: axes, keepdims: keepdims).tagged(type)
    case .sum:
      if type == .float32 {
        try MemoryOrder.refuseBufferedSum(a, axes: axes)
        return try MemoryOrder.reduce(a, axes: axes, keepdims: keepdims, float32Sum)
      }
      if type == .float16 {
        // A view with gaps or reversals goes through NumPy's buffers, as for float32 (`z[::-1].sum()` of a
        // (300, 300) float16 array differs from the sum in one piece).
        try MemoryOrder.refuseBufferedSum(a, axes: axes)
        return try float16Sum(a, axes, keepdims)
      }
      // NumPy sums small integers in the platform's long: int64, or uint64 for unsigned ones.
      return try reduction.evaluate(a.widened, axes: axes, keepdims: keepdims).tagged(
        type.isUnsigned ? .uint64 : .int64)
    }
  }

  /// A float32 sum in NumPy's order with every addition rounded to float32.
  private static func float32Sum(_ a: Tensor, _ axes: [Int], _ keepdims: Bool) -> Tensor {
    var keptShape = a.shape
    for axis in axes { keptShape[axis] = 1 }
    let shape = keepdims ? keptShape : a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    let values = a.doubles.map { Float($0) }
    let sums = ReductionKernel.reduce(
      values, shape: a.shape, keptShape: keptShape, initial: Float(0), combine: +,
      row: ReductionKernel.pairwiseSum)
    return Tensor(shape: shape, storage: .float64(sums.map(Double.init)), isScalar: shape.isEmpty, node: nil)
      .tagged(.float32)
  }

  /// A float16 sum as NumPy's `HALF_add` reduces: a contiguous row is summed pairwise in float32 and rounded to half
  /// once, added to the running half; across rows every addition is done in float32 and rounded to half.
  /// NumPy walks memory order, so `a.T` (a transposed view) is summed as the C-ordered array it views.
  private static func float16Sum(_ a: Tensor, _ axes: [Int], _ keepdims: Bool) throws -> Tensor {
    try halfReduction(
      a, axes, keepdims, initial: 0, combine: { Float(Float16($0 + $1)) }, row: ReductionKernel.pairwiseSum)
  }

  /// A float16 reduction as NumPy's half loops reduce: `row` over a contiguous row in float32, rounded to half once
  /// and combined with the running half; across rows every step is `combine` (float32, rounded to half). NumPy walks
  /// memory order (its iterator sorts the axes by stride), so a transposed or swapped view is reduced as the array
  /// in that order (`MemoryOrder.reduce`): `b.T.sum(0)` of a 3-d b sums contiguous rows pairwise.
  private static func halfReduction(
    _ a: Tensor, _ axes: [Int], _ keepdims: Bool, initial: Float, combine: @escaping (Float, Float) -> Float,
    row: @escaping (UnsafeBufferPointer<Float>, Int, Int, Int) -> Float
  ) throws -> Tensor {
    try MemoryOrder.reduce(a, axes: axes, keepdims: keepdims) { a, axes, keepdims in
      var keptShape = a.shape
      for axis in axes { keptShape[axis] = 1 }
      let shape = keepdims ? keptShape : a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
      let sums = ReductionKernel.reduce(
        a.doubles.map { Float($0) }, shape: a.shape, keptShape: keptShape, initial: initial, combine: combine,
        row: row)
      return Tensor(shape: shape, storage: .float64(sums.map(Double.init)), isScalar: shape.isEmpty, node: nil)
        .tagged(.float16)
    }
  }
}

extension Tensor {
  /// Float64 values rounded to float32 and then to float16, as NumPy's half loops round their float32 results.
  var halfOfFloat: Tensor {
    Tensor(shape: shape, storage: .float64(doubles.map { Double(Float($0)) }), isScalar: isScalar, node: nil)
      .tagged(.float16)
  }

  /// The same elements labelled with their storage class, so the wide kernels take them (uint64 keeps its bits).
  var widened: Tensor {
    Tensor(shape: shape, storage: storage, isScalar: isScalar, node: nil)
  }

  /// The elements converted to `dtype` as NumPy's casts do (wrapping integers, rounding to float32), labelled so.
  /// Callers that convert floats to integers check the range first (`checkedConversion`).
  func converted(as target: DType) -> Tensor {
    if dtype == target && !isPythonScalar { return self }
    let storage: Storage
    switch target.storageClass {
    case .float64:
      if target == .float32, case .int64(let values) = self.storage {
        // One rounding, integer to float32: through double would round twice above 2^53.
        storage = .float64(
          dtype == .uint64
            ? values.map { Double(Float(UInt64(bitPattern: $0))) } : values.map { Double(Float($0)) })
      } else if target == .float16, case .int64(let values) = self.storage {
        storage = .float64(
          dtype == .uint64
            ? values.map { Double(Float16(UInt64(bitPattern: $0))) } : values.map { Double(Float16($0)) })
      } else {
        storage = .float64(doubles)
      }
    case .int64: storage = .int64(int64s)
    case .complex128:
      if target == .complex64, case .int64(let values) = self.storage {
        // One rounding per part, as for float32.
        storage = .complex128(
          dtype == .uint64
            ? values.map { Complex(Double(Float(UInt64(bitPattern: $0)))) } : values.map { Complex(Double(Float($0))) })
      } else {
        storage = .complex128(complexes)
      }
    default: storage = .bool(bools)
    }
    // `tagged(target)` of the new value, its wrapping or rounding applied to the elements before the value is made:
    // tagging a made value copied its parts (about 2,700 instructions of a small `astype(np.float32)`).
    guard target.isNarrow else { return Tensor(shape: shape, storage: storage, isScalar: isScalar, node: nil) }
    var result = Tensor(shape: shape, storage: Self.narrowed(storage, to: target), isScalar: isScalar, node: nil)
    result.narrowType = target
    return result
  }

  /// `storage` wrapped or rounded to the narrow `target` of its storage class, as `tagged` wraps and rounds it.
  private static func narrowed(_ storage: Storage, to target: DType) -> Storage {
    switch storage {
    case .int64(let values) where target != .uint64: .int64(values.map(target.wrapping))
    case .float64(let values) where target == .float32:
      // Written in one loop: `map` appended element by element, about 16 instructions each of `astype(np.float32)`.
      .float64(
        values.withUnsafeBufferPointer { source in
          [Double].written(count: source.count) { out in
            for index in source.indices { (out + index).initialize(to: Double(Float(source[index]))) }
          }
        })
    case .float64(let values) where target == .float16: .float64(values.map(HalfPrecision.rounded))
    case .complex128(let values) where target == .complex64: .complex128(values.map(\.roundedToComplex64))
    default: storage
    }
  }

  /// `converted(as:)` for `astype` and `np.array(..., dtype=)`: floats that do not fit the integer dtype (NaN,
  /// infinities, out of range), whose NumPy result depends on the CPU, are refused.
  func checkedConversion(to target: DType) throws -> Tensor {
    // A complex value converts to a real dtype by its real part (NumPy's ComplexWarning goes to stderr), with the
    // checks a float value gets.
    if target == .bool, case .complex128(let values) = storage {
      // A complex number is true when either part is nonzero (`-0.5j` too).
      return Tensor(shape: shape, storage: .bool(values.map { $0.real != 0 || $0.imag != 0 }), isScalar: isScalar)
    }
    if !target.isComplex, case .complex128(let values) = storage {
      return try Tensor(shape: shape, storage: .float64(values.map(\.real)), isScalar: isScalar, node: nil)
        .checkedConversion(to: target)
    }
    if target.isInteger, target.isNarrow, case .float64(let values) = storage {
      let bounds = target.integerBounds
      // uint64's bounds are stored as int64's; its floor is 0 (a float in (-1, 0) truncates to 0 without warning).
      let low = target == .uint64 ? 0 : Double(bounds.min)
      let high = target == .uint64 ? 0x1p64 : Double(bounds.max) + 1
      if values.contains(where: { !($0 > low - 1 && $0 < high) }) {
        throw TensorError(
          "NotImplementedError",
          "converting NaN, infinity or a float outside \(target.rawValue)'s range to \(target.rawValue) gives "
            + "CPU-dependent values in NumPy (with a RuntimeWarning); docbuild refuses it", isLimit: true)
      }
      if target == .uint64 {
        let bits = values.map { Int64(bitPattern: UInt64($0.rounded(.towardZero))) }
        return Tensor(shape: shape, storage: .int64(bits), isScalar: isScalar, node: nil).tagged(.uint64)
      }
    }
    return converted(as: target)
  }

  /// Unsigned bit patterns with the sign bit flipped, so that signed comparison orders them as unsigned values
  /// (callers pass only unsigned values).
  var orderedUnsigned: Tensor {
    guard case .int64(let values) = storage else { return widened }
    return Tensor(shape: shape, storage: .int64(values.map { $0 ^ Int64.min }), isScalar: isScalar, node: nil)
  }
}

extension Tensor {
  /// A sum given `dtype=`: NumPy accumulates in that dtype, so a narrow integer sum wraps to it (the wide sum
  /// modulo 2^bits, which is the same value).
  public func inDType(_ dtype: DType) -> Tensor {
    guard dtype.isInteger, dtype.isNarrow, self.dtype.isInteger else { return self }
    var result = widened.tagged(dtype)
    result.isScalar = isScalar
    return result
  }
}

extension Tensor {
  /// `np.cbrt` of values NumPy computes in float64 (float64, int32, int64 and their unsigned kinds): NumPy's own
  /// float64 cbrt (SVML's, `NumpyElementary.cbrt`), or glibc's where NumPy calls the C library's instead (an operand
  /// it reads backwards, NumpyLoopChoice.swift); nil for the other dtypes.
  public func numpyCubeRoot() throws -> Tensor? {
    guard try Tensor.floatLoopType(dtype, "cbrt") == .float64 else { return nil }
    let roots = try numpyUnaryLoopValues(for: "np.cbrt", vector: NumpyElementary.cbrt, scalar: GlibcMath.cbrt)
    return Tensor(shape: shape, storage: .float64(roots), isScalar: shape.isEmpty, node: nil)
  }

  /// `np.cbrt` of values NumPy computes in float32 (float32, int16 and uint16, through a cast buffer): NumPy's own
  /// float32 cbrt (SVML's, `NumpyElementary.cbrtFloat32`); a float32 operand it reads backwards takes the C library's
  /// `cbrtf` instead, which docbuild does not have: refused. nil for the other dtypes.
  public func float32CubeRoot() throws -> Tensor? {
    guard try Tensor.floatLoopType(dtype, "cbrt") == .float32 else { return nil }
    if dtype == .float32 { try refuseNumpyLibmLoop(for: "np.cbrt") }
    return Tensor.labelled(
      NumpyElementary.cbrtFloat32(converted(as: .float32).doubles), as: .float32, shape: shape, isScalar: shape.isEmpty)
  }

  /// `np.cbrt` of float16 values (bool, int8 and uint8 convert to float16 first, as NumPy's loop does): the half every
  /// float32 `cbrt` kernel (SVML's, the C library's) rounds to, an element too close to a rounding boundary
  /// refused; nil for other dtypes.
  public func halfCubeRoot() throws -> Tensor? {
    guard dtype == .float16 || dtype == .int8 || dtype == .uint8 || dtype == .bool else { return nil }
    let halves = converted(as: .float16)
    let roots = Tensor(
      shape: shape, storage: .float64(halves.doubles.map(Self.cubeRoot)), isScalar: shape.isEmpty, node: nil)
    return try NarrowEvaluation.halfThroughKernel("np.cbrt", roots, operands: [halves])
  }

  /// The real cube root to within a few float64 ulps (far inside the 2^-20 float32 ulps `roundedThroughKernel`
  /// allows): `pow(|x|, 1/3)`, whose rounded exponent costs up to 2^-48 relatively, then one Newton step.
  private static func cubeRoot(_ x: Double) -> Double {
    guard x.isFinite, x != 0 else { return x }
    let magnitude = x.magnitude
    var root = GlibcMath.pow(magnitude, 1.0 / 3.0)
    root -= (root * root * root - magnitude) / (3 * root * root)
    return x < 0 ? -root : root
  }
}

extension Tensor {
  /// True for a float64 NumPy scalar or array, not a Python float.
  var isFloat64Number: Bool { dtype == .float64 && !isPythonScalar }

  /// The operand as a ufunc sees it: a NumPy scalar becomes a 0-d array, so no scalar-math path takes it (a ufunc
  /// still returns a NumPy scalar for a 0-d result).
  public var asUfuncOperand: Tensor {
    guard isScalar, !isPythonScalar else { return self }
    var operand = self
    operand.isScalar = false
    return operand
  }
}
