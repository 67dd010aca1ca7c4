/// The operations on complex64 and complex128 values, computed as NumPy 2.4's loops compute them on x86-64 so the
/// last bits agree: `+ -` part by part; `*` with the fused multiply-add of NumPy's SIMD loop for arrays and the
/// plain formula of its scalar math for two scalars; `/` with Smith's algorithm (`rat`, `scl`) for both; `abs` with
/// the SIMD loop's `larger * sqrt(fma(ratio, ratio, 1))` for arrays and `hypot` for scalars; integer powers by
/// NumPy's repeated squaring. complex64 repeats each step in float32. complex128 `exp`, `exp2`, `expm1`, `sqrt`,
/// `sin`, `cos`, `tan`, `sinh`, `cosh` and `tanh` are glibc's algorithms (GlibcComplex.swift), which NumPy calls; `log`,
/// non-integer powers (glibc's clog needs its atan2) and their complex64 forms are refused with an error naming the
/// dtype; products are `ComplexProduct`'s. Complex values are never tracked by autodiff: a gradient through one is refused where it is asked for.
enum ComplexEvaluation {
  static func evaluate(_ operation: Operation, _ inputs: [Tensor]) throws -> Tensor {
    // Complex results are not recorded, so a gradient through one would silently be zero: refuse it instead.
    if let traced = GradientTrace.input, inputs.contains(where: { $0.dependsOn(traced) }) {
      throw TensorError(
        "NotImplementedError",
        "a gradient through complex values is not supported in snippets (autograd computes it; docbuild does not "
          + "track complex values yet): keep the differentiated function real", isLimit: true)
    }
    switch operation {
    case .binary(let op): return try binary(op, inputs[0], inputs[1])
    case .unary(let op): return try unary(op, inputs[0])
    case .math(let function):
      let a = inputs[0]
      switch function {
      case .positive: return a.widened.tagged(a.dtype)
      case .sin: return try glibc(a, "np.sin", GlibcMath.complexSin)
      case .cos: return try glibc(a, "np.cos", GlibcMath.complexCos)
      case .tan: return try glibc(a, "np.tan", GlibcMath.complexTan)
      case .sinh: return try glibc(a, "np.sinh", GlibcMath.complexSinh)
      case .cosh: return try glibc(a, "np.cosh", GlibcMath.complexCosh)
      case .exp2: return try glibc(a, "np.exp2", GlibcMath.complexExp2)
      case .expm1: return try glibc(a, "np.expm1", GlibcMath.complexExpm1)
      default: throw refused("np.\(function.rawValue)", a.dtype)
      }
    case .reduce(.sum, let axes, let keepdims): return try orderedSum(inputs[0], axes: axes, keepdims: keepdims)
    case .reduce(let reduction, let axes, let keepdims):
      return try extreme(inputs[0], isMax: reduction == .max, axes: axes, keepdims: keepdims)
    case .product(let axes, let keepdims): return try product(inputs[0], axes: axes, keepdims: keepdims)
    case .cumsum(let axis, let reverse):
      let a = inputs[0]
      return Tensor.runningSums(a.widened, axis: axis, reverse: reverse, single: a.dtype == .complex64).tagged(a.dtype)
    case .matmul: return try ComplexProduct.matmul(inputs[0], inputs[1])
    case .spread(let kind, let axes, let ddof, let keepdims):
      return try spread(kind, inputs[0], axes: axes, ddof: ddof, keepdims: keepdims)
    case .mean: throw refused("np.mean", inputs[0].dtype)  // recorded for float64 arrays only
    case .einsum: throw refused("np.einsum", inputs.first(where: \.dtype.isComplex)?.dtype ?? .complex128)
    case .linalg:
      // The public entry points refuse complex operands first (`refuseUnreproduced`); this is the backstop.
      throw refused("np.linalg", inputs.first(where: \.dtype.isComplex)?.dtype ?? .complex128)
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
      return plan.evaluate(inputs.map { $0.converted(as: plan.dtype) })
    case .stack(let shape):
      // Joining moves values only: each operand converted to the arrays' common dtype, as np.concatenate does.
      let common = inputs.dropFirst().reduce(inputs[0].dtype) { DType.promoted($0, $1.dtype) }
      return Tensor(shape: shape, storage: Tensor.joined(inputs, as: common), isScalar: false, node: nil)
        .tagged(common)
    }
  }

  /// The refusal for what NumPy computes with code whose last bits docbuild does not reproduce.
  static func refused(_ what: String, _ dtype: DType) -> TensorError {
    TensorError(
      "NotImplementedError",
      "\(what) of \(dtype.rawValue) values is not supported: docbuild does not reproduce NumPy's \(dtype.rawValue) "
        + "result bit for bit", isLimit: true)
  }

  /// The dtype an operand takes under NEP 50 against `other`: a Python complex is weak against complex64 and
  /// float32 arrays (complex64), a Python float against complex64 arrays.
  static func weakType(_ x: Tensor, against other: Tensor) -> DType {
    guard x.isPythonScalar, !other.isPythonScalar else { return x.dtype }
    let target = other.dtype
    switch x.storageClass {
    case .complex128:
      if target.isComplex { return target }
      return target.isNarrowFloat ? .complex64 : .complex128
    case .float64:
      return target.isInexact ? target : .float64
    default:
      return target == .bool && x.storageClass == .int64 ? .int64 : target
    }
  }

  /// The promoted dtype of two operands, Python scalars weak.
  static func commonType(_ a: Tensor, _ b: Tensor) throws -> DType {
    let (x, y) = (weakType(a, against: b), weakType(b, against: a))
    return DType.promoted(x, y)
  }

  /// Whether NumPy's scalar math takes two scalars itself (and, finding no complex `//` or `%`, leaves Python to
  /// say "unsupported operand"): only when the other operand converts safely to the wider complex operand's type
  /// and is not a NumPy bool. `np.complex64(1j) // np.int32(1)` needs promotion to complex128 and
  /// `np.complex128(1j) // np.bool_(True)` is sent on, so both reach the ufunc, which reports no loop.
  private static func scalarMathConverts(_ a: Tensor, _ b: Tensor) -> Bool {
    if a.isPythonScalar || b.isPythonScalar {
      // A Python complex against a NumPy scalar that is not complex needs promotion too (`1j % np.float64(2)`).
      let (python, numpy) = a.isPythonScalar ? (a, b) : (b, a)
      return python.storageClass != .complex128 || numpy.dtype.isComplex
    }
    if a.dtype == .bool || b.dtype == .bool { return false }
    let (wide, other) = a.dtype.isComplex && (!b.dtype.isComplex || a.dtype == .complex128) ? (a, b) : (b, a)
    return DType.canCast(other.dtype, to: wide.dtype, casting: "safe")
  }

  private static func binary(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    let common = try commonType(a, b)
    guard common.isComplex else {
      // A complex operand always makes the result complex; anything else is a caller's mistake.
      throw refused("this operation", common)
    }
    // NumPy's scalar math (two scalars) multiplies without the SIMD loop's fused multiply-add.
    let scalars = (a.isScalar || a.isPythonScalar) && (b.isScalar || b.isPythonScalar)
    if (op == .floorDivide || op == .remainder) && !(scalars && scalarMathConverts(a, b)) {
      // The ufunc finds no complex loop before it broadcasts, so this TypeError wins over a shape mismatch.
      throw TensorError.type(
        "ufunc '\(op == .floorDivide ? "floor_divide" : "remainder")' not supported for the input types, and the "
          + "inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
    }
    let shape = try Shape.broadcastOperands(a.shape, b.shape)
    let count = try Shape.checkedCount(shape)
    let x = a.converted(as: common).complexes
    let y = b.converted(as: common).complexes
    let single = common == .complex64
    func zip<T>(_ f: (Complex, Complex) -> T) -> [T] {
      ElementwiseKernel.zip(x, a.shape, y, b.shape, shape: shape, count: count, f)
    }
    func result(_ values: [Complex]) -> Tensor {
      Tensor(shape: shape, storage: .complex128(values), isScalar: shape.isEmpty, node: nil).tagged(common)
    }
    func flags(_ values: [Bool]) -> Tensor {
      Tensor(shape: shape, storage: .bool(values), isScalar: shape.isEmpty, node: nil)
    }
    switch op {
    case .add:
      return result(zip { p, q in ComplexArithmetic.round(Complex(p.real + q.real, p.imag + q.imag), single) })
    case .subtract:
      return result(zip { p, q in ComplexArithmetic.round(Complex(p.real - q.real, p.imag - q.imag), single) })
    case .multiply:
      return result(zip { ComplexArithmetic.multiply($0, $1, fused: !scalars, single: single) })
    case .power where !a.isScalar && !a.isPythonScalar && b.isPythonScalar && y.count == 1 && y[0] == Complex(2, 0):
      // NumPy's fast path for an array to the power of a Python 2 is np.square: the SIMD product.
      return result(zip { p, _ in ComplexArithmetic.multiply(p, p, fused: true, single: single) })
    case .power
    where !a.isScalar && !a.isPythonScalar && b.isPythonScalar && b.storageClass == .int64 && y.count == 1
      && y[0] == Complex(-1, 0):
      // NumPy's fast path for an array to the power of a Python -1 is np.reciprocal (number.c's fast_scalar_power).
      return result(zip { p, _ in ComplexArithmetic.reciprocal(p, single: single) })
    case .divide:
      return result(zip { ComplexArithmetic.divide($0, $1, single: single) })
    case .power:
      let exponents = y
      guard exponents.allSatisfy({ $0.imag == 0 && $0.real == $0.real.rounded() && Swift.abs($0.real) < 100 }) else {
        throw refused("** with an exponent that is not a small integer", common)
      }
      return result(zip { ComplexArithmetic.power($0, Int($1.real), single: single) })
    case .equal: return flags(zip { $0.real == $1.real && $0.imag == $1.imag })
    case .notEqual: return flags(zip { $0.real != $1.real || $0.imag != $1.imag })
    case .less: return flags(zip(ComplexArithmetic.less))
    case .lessEqual: return flags(zip(ComplexArithmetic.lessEqual))
    case .greater: return flags(zip { ComplexArithmetic.less($1, $0) })
    case .greaterEqual: return flags(zip { ComplexArithmetic.lessEqual($1, $0) })
    case .logicalAnd, .logicalOr, .logicalXor:
      return try op.evaluate(a.converted(as: .bool), b.converted(as: .bool))
    case .floorDivide, .remainder:
      func typeName(_ x: Tensor) -> String {
        guard x.isPythonScalar else { return "numpy.\(x.dtype.rawValue)" }
        switch x.storageClass {
        case .bool: return "bool"
        case .int64: return "int"
        case .float64: return "float"
        default: return "complex"
        }
      }
      throw TensorError.type(
        "unsupported operand type(s) for \(op == .floorDivide ? "//" : "%"): '\(typeName(a))' and '\(typeName(b))'")
    case .maximum:
      // NumPy keeps the first operand when it has a NaN part or is not smaller.
      return result(zip { $0.hasNaN || ComplexArithmetic.lessEqual($1, $0) ? $0 : $1 })
    case .minimum:
      return result(zip { $0.hasNaN || ComplexArithmetic.lessEqual($0, $1) ? $0 : $1 })
    case .arctan2, .hypot:
      throw refused("np.\(op)", common)
    }
  }

  private static func unary(_ op: UnaryOperator, _ a: Tensor) throws -> Tensor {
    let values = a.complexes
    let single = a.dtype == .complex64
    func result(_ values: [Complex], _ dtype: DType) -> Tensor {
      Tensor(shape: a.shape, storage: .complex128(values), isScalar: a.shape.isEmpty, node: nil).tagged(dtype)
    }
    switch op {
    case .negate:
      return result(values.map { Complex(-$0.real, -$0.imag) }, a.dtype)
    case .square:
      return result(values.map { ComplexArithmetic.multiply($0, $0, fused: !a.isScalar, single: single) }, a.dtype)
    case .fabs:
      throw TensorError.type(
        "ufunc 'fabs' not supported for the input types, and the inputs could not be safely coerced to any "
          + "supported types according to the casting rule ''safe''")
    case .abs:
      // NumPy's SIMD loop, except for a complex128 operand it reads backwards, whose loop calls glibc's hypot.
      var readsBackwards = false
      if !single && !a.isScalar { readsBackwards = try a.numpyUnaryLoop(for: "np.abs") == .libm }
      let simd = !a.isScalar && !readsBackwards
      let magnitudes = values.map { ComplexArithmetic.magnitude($0, simd: simd, single: single) }
      let real = Tensor(shape: a.shape, storage: .float64(magnitudes), isScalar: a.shape.isEmpty, node: nil)
      return single ? real.tagged(.float32) : real
    case .exp: return try glibc(a, "np.exp", GlibcMath.complexExp)
    case .sqrt: return try glibc(a, "np.sqrt", GlibcMath.complexSquareRoot)
    case .tanh: return try glibc(a, "np.tanh", GlibcMath.complexTanh)
    case .log:
      // glibc's clog takes the argument from its own atan2, which docbuild does not reproduce yet.
      throw refused("np.log", a.dtype)
    }
  }

  /// A function NumPy computes with glibc's complex128 functions (GlibcComplex.swift). complex64 is refused: NumPy
  /// takes glibc's float versions (`cexpf`, …), with float algorithms of their own.
  private static func glibc(_ a: Tensor, _ name: String, _ function: (Complex) -> Complex) throws -> Tensor {
    guard a.dtype == .complex128 else { throw refused(name, a.dtype) }
    let values = ElementwiseKernel.map(a.complexes, function)
    return Tensor(shape: a.shape, storage: .complex128(values), isScalar: a.shape.isEmpty, node: nil)
      .tagged(.complex128)
  }

  /// `np.max` / `np.min`: NumPy's maximum or minimum folded left to right, by the lexicographic order, the first
  /// NaN kept.
  private static func extreme(_ a: Tensor, isMax: Bool, axes: [Int], keepdims: Bool) throws -> Tensor {
    if axes.contains(where: { a.shape[$0] == 0 }) {
      throw TensorError.value(
        "zero-size array to reduction operation \(isMax ? "maximum" : "minimum") which has no identity")
    }
    var keptShape = a.shape
    for axis in axes { keptShape[axis] = 1 }
    let shape = keepdims ? keptShape : a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    // An extreme start loses to every element, NaNs included, so the first element is the first kept.
    let start = isMax ? Complex(-.infinity, -.infinity) : Complex(.infinity, .infinity)
    let values = ReductionKernel.reduce(a.complexes, shape: a.shape, keptShape: keptShape, initial: start) {
      accumulated, x in
      if accumulated.hasNaN { return accumulated }
      let keeps =
        isMax ? ComplexArithmetic.lessEqual(x, accumulated) : ComplexArithmetic.lessEqual(accumulated, x)
      return keeps && !(accumulated == start && x == start) ? accumulated : x
    }
    return Tensor(shape: shape, storage: .complex128(values), isScalar: shape.isEmpty, node: nil).tagged(a.dtype)
  }

  /// `np.prod` of complex128 values as NumPy's reduction computes it: each output starts from the identity, 1 + 0j,
  /// and multiplies the elements in in memory (C) order. When the innermost axis longer than 1 is reduced, NumPy's inner
  /// loop is the reduce loop, which multiplies by the plain formula; otherwise it is the elementwise loop over the
  /// kept axis, whose SIMD product uses fused multiply-adds.
  private static func product(_ a: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    guard a.dtype == .complex128 else { throw refused("np.prod", a.dtype) }
    try ResourceMeter.charge(work: a.size * Swift.max(a.ndim, 1), bytes: 0)
    var keptShape = a.shape
    for axis in axes { keptShape[axis] = 1 }
    let shape = keepdims ? keptShape : a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    let innermost = a.shape.lastIndex { $0 > 1 }
    let fused = innermost.map { !axes.contains($0) } ?? false
    let values = a.complexes
    if Shape.count(keptShape) == 1 {
      // Everything into one value: a left fold from the identity, 1 + 0j (which turns a first element's -0.0 real
      // part beside a nonzero imaginary one into 0.0, as NumPy's does).
      var total = Complex(1, 0)
      values.withUnsafeBufferPointer { v in
        for i in v.indices { total = ComplexArithmetic.multiply(total, v[i], fused: fused, single: false) }
      }
      return Tensor(shape: shape, storage: .complex128([total]), isScalar: shape.isEmpty, node: nil).tagged(a.dtype)
    }
    var out = [Complex](repeating: Complex(1, 0), count: Shape.count(keptShape))
    // Walk the input in C order with the index of the output each element goes to.
    var index = [Int](repeating: 0, count: a.shape.count)
    var keptStrides = [Int](repeating: 0, count: a.shape.count)
    var stride = 1
    for axis in a.shape.indices.reversed() {
      keptStrides[axis] = axes.contains(axis) ? 0 : stride
      stride *= keptShape[axis]
    }
    var target = 0
    for value in values {
      out[target] = ComplexArithmetic.multiply(out[target], value, fused: fused, single: false)
      var axis = a.shape.count - 1
      while axis >= 0 {
        index[axis] += 1
        target += keptStrides[axis]
        if index[axis] < a.shape[axis] { break }
        target -= keptStrides[axis] * index[axis]
        index[axis] = 0
        axis -= 1
      }
    }
    return Tensor(shape: shape, storage: .complex128(out), isScalar: shape.isEmpty, node: nil).tagged(a.dtype)
  }

  /// `np.cumprod(a, axis)` of complex128 values: NumPy's accumulate loop multiplies along the axis with the
  /// previous output as its first operand; where that range overlaps the output (more than one step) the SIMD loop
  /// steps aside for the plain formula, and a single step (length 2) takes the fused multiply-adds.
  static func cumulativeProduct(_ a: Tensor, axis: Int) throws -> Tensor {
    guard a.dtype == .complex128 else { throw refused("np.cumprod", a.dtype) }
    try ResourceMeter.charge(work: a.size, bytes: 0)
    var values = a.complexes
    let length = a.shape[axis]
    let step = Shape.count(Array(a.shape[(axis + 1)...]))
    let fused = length == 2
    let block = length * step
    values.withUnsafeMutableBufferPointer { v in
      // The running product stays in registers: a reload of the value just stored would wait on the store.
      for base in stride(from: 0, to: v.count, by: Swift.max(block, 1)) {
        for column in base..<(base + step) {
          var running = v[column]
          for position in stride(from: column + step, to: base + block, by: step) {
            running = ComplexArithmetic.multiply(running, v[position], fused: fused, single: false)
            v[position] = running
          }
        }
      }
    }
    return Tensor(shape: a.shape, storage: .complex128(values), isScalar: a.isScalar, node: nil).tagged(a.dtype)
  }

  /// `np.var` and `np.std` of complex128 values as NumPy's `_var` computes them: the mean is the complex pairwise
  /// sum (kept axes) divided by the count as a complex number (Smith's division by `n + 0j`, which multiplies by
  /// `1 / n`), the deviations are complex differences, their squared magnitudes are `re * re + im * im` (NumPy
  /// squares a float view of the parts and adds them, each step rounded), and those float64 values are summed
  /// pairwise and divided by `max(n - ddof, 0)`; `_std` takes the square root. complex64 is `narrowSpread`'s.
  private static func spread(_ kind: Spread, _ a: Tensor, axes: [Int], ddof: Int, keepdims: Bool) throws -> Tensor {
    if a.dtype == .complex64 { return try narrowSpread(kind, a, axes: axes, ddof: ddof, keepdims: keepdims) }
    guard a.dtype == .complex128 else { throw refused("np.var and np.std", a.dtype) }
    let count = a.count(over: axes)
    let total = try orderedSum(a, axes: axes, keepdims: true)
    let divisor = Tensor(shape: [], storage: .complex128([Complex(Double(count), 0)]), isScalar: true, node: nil)
    var mean = try binary(.divide, total, divisor)
    // NumPy divides in place: the mean keeps the sum's memory order, and the deviations (then their squares) are
    // allocated in the order of `a` and the mean, which the squares' sum walks.
    mean.memoryAxes = total.memoryAxes
    let deviations = try binary(.subtract, a, mean).complexes
    var squares = Tensor(
      shape: a.shape, storage: .float64(deviations.map { $0.real * $0.real + $0.imag * $0.imag }), isScalar: false,
      node: nil)
    let order = MemoryOrder.elementwise([a, mean], shape: a.shape)
    if squares.memoryAxes != order { squares.memoryAxes = order }
    return try kind.sumOfSquares(squares, axes: axes, ddof: ddof, keepdims: keepdims, count: count)
  }

  /// `np.var` and `np.std` of complex64 values, `_var`'s steps with its dtypes: the complex64 pairwise sum divided
  /// by the count as an intp NumPy scalar, which promotes the division to complex128 (Smith's, by `n + 0j`) before
  /// the quotient is stored back as complex64; complex64 deviations; each part squared in float32 and the two added
  /// in float32; their float32 pairwise sum in memory order divided by `max(n - ddof, 0)` as an intp (in float64,
  /// rounded to float32, which is the float32 quotient) and, for `_std`, its float32 square root.
  private static func narrowSpread(_ kind: Spread, _ a: Tensor, axes: [Int], ddof: Int, keepdims: Bool) throws
    -> Tensor
  {
    let count = a.count(over: axes)
    let total = try orderedSum(a, axes: axes, keepdims: true)
    let divisor = Tensor(shape: [], storage: .complex128([Complex(Double(count), 0)]), isScalar: true, node: nil)
    var mean = try binary(.divide, total.converted(as: .complex128), divisor).converted(as: .complex64)
    mean.memoryAxes = total.memoryAxes
    let deviations = try binary(.subtract, a, mean).complexes
    var squares = Tensor(
      shape: a.shape,
      storage: .float64(
        deviations.map { deviation in
          let (real, imag) = (Float(deviation.real), Float(deviation.imag))
          let (realSquare, imagSquare) = (real * real, imag * imag)
          return Double(realSquare + imagSquare)
        }), isScalar: false, node: nil
    ).tagged(.float32)
    let order = MemoryOrder.elementwise([a, mean], shape: a.shape)
    if squares.memoryAxes != order { squares.memoryAxes = order }
    let sum = try NarrowEvaluation.evaluate(.reduce(.sum, axes: axes, keepdims: keepdims), [squares])
    let degrees = Double(Swift.max(count - ddof, 0))
    let values = sum.doubles.map { value -> Double in
      let variance = Float(value / degrees)
      return Double(kind == .standardDeviation ? variance.squareRoot() : variance)
    }
    var result = Tensor(shape: sum.shape, storage: .float64(values), isScalar: sum.isScalar, node: nil).tagged(.float32)
    if result.memoryAxes != sum.memoryAxes { result.memoryAxes = sum.memoryAxes }
    return result
  }

  /// A complex sum over `axes` walking `a`'s memory as NumPy's reduction does (`MemoryOrder.reduce`, as float sums
  /// do): a transposed or Fortran-ordered array is summed in its memory order, which groups the pairwise sums
  /// differently from the logical order. What NumPy sums through its buffers is refused, as for float sums.
  private static func orderedSum(_ a: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    try MemoryOrder.refuseBufferedSum(a, axes: axes)
    return try MemoryOrder.reduce(a, axes: axes, keepdims: keepdims) { try sum($0, axes: $1, keepdims: $2) }
  }

  /// A sum in NumPy's pairwise order for complex values, each part with its own running sums.
  private static func sum(_ a: Tensor, axes: [Int], keepdims: Bool) throws -> Tensor {
    var keptShape = a.shape
    for axis in axes { keptShape[axis] = 1 }
    let shape = keepdims ? keptShape : a.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)
    let values = a.complexes
    func part<F: BinaryFloatingPoint & SendableMetatype>(_ numbers: [F]) -> [F] {
      ReductionKernel.reduce(
        numbers, shape: a.shape, keptShape: keptShape, initial: F(0), combine: +,
        row: ComplexArithmetic.pairwisePartSum)
    }
    let sums: [Complex]
    if a.dtype == .complex64 {
      let reals = part(values.map { Float($0.real) })
      let imags = part(values.map { Float($0.imag) })
      sums = (0..<reals.count).map { Complex(Double(reals[$0]), Double(imags[$0])) }
    } else {
      let reals = part(values.map(\.real))
      let imags = part(values.map(\.imag))
      sums = (0..<reals.count).map { Complex(reals[$0], imags[$0]) }
    }
    return Tensor(shape: shape, storage: .complex128(sums), isScalar: shape.isEmpty, node: nil).tagged(a.dtype)
  }
}

/// The value a derivative is being taken with respect to while its function runs, so that operations docbuild does
/// not record can refuse to take part instead of cutting the gradient's path.
public enum GradientTrace {
  /// The derivative's input, or nil outside a derivative.
  @TaskLocal public static var input: Tensor?
}

extension Tensor {
  /// `np.conj(a)` / `a.conjugate()`: the imaginary parts negated; a real array is returned unchanged.
  public func conjugate() throws -> Tensor {
    guard case .complex128(let values) = storage else { return self }
    try ResourceMeter.chargeAllocation(elements: size, itemSize: dtype.itemSize)
    return Tensor(
      shape: shape, storage: .complex128(values.map { Complex($0.real, -$0.imag) }), isScalar: isScalar, node: nil
    ).tagged(dtype).detoured(from: [self])
  }

  /// `a.real` / `np.real(a)`: the real parts as float64 (float32 for complex64), a copy; a real array itself.
  public var realPart: Tensor {
    guard case .complex128(let values) = storage else { return self }
    return Tensor(shape: shape, storage: .float64(values.map(\.real)), isScalar: isScalar, node: nil)
      .tagged(dtype.complexPartner).detoured(from: [self])
  }

  /// `a.imag` / `np.imag(a)`: the imaginary parts (zeros of the same dtype for a real array), a copy.
  public var imagPart: Tensor {
    guard case .complex128(let values) = storage else {
      var zeros = Tensor(shape: shape, storage: .int64(Array(repeating: 0, count: size)), isScalar: isScalar)
        .converted(as: dtype)
      zeros.isScalar = isScalar
      return zeros
    }
    return Tensor(shape: shape, storage: .float64(values.map(\.imag)), isScalar: isScalar, node: nil)
      .tagged(dtype.complexPartner).detoured(from: [self])
  }
}
