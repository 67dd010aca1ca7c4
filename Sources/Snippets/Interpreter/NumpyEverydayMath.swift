import TensorCore

/// The everyday ufuncs (comparisons as functions, `fmax`/`fmin`, `float_power`, `heaviside`, `sinc`, `signbit`,
/// `copysign`, `logaddexp`, `nan_to_num`) and the NaN-skipping reductions, each composed of recorded primitives as
/// NumPy defines it, so the values are NumPy's and the float ones differentiate.
enum NumpyEverydayMath {
  /// The names answered.
  static let names: Set<String> = [
    "greater", "less", "equal", "not_equal", "greater_equal", "less_equal", "fmax", "fmin", "float_power",
    "heaviside", "sinc", "signbit", "copysign", "logaddexp", "logaddexp2", "nan_to_num", "nansum", "nanmean",
    "nanmax", "nanmin", "nanstd", "nanvar", "nanargmax", "nanargmin", "nanprod", "nancumsum", "nancumprod",
  ]

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "greater", "less", "equal", "not_equal", "greater_equal", "less_equal", "fmax", "fmin", "float_power",
      "heaviside", "copysign", "logaddexp", "logaddexp2":
      let bound = try call.bind(["x1", "x2", "out"], required: 2)
      try NumpyEveryday.refuseOut(bound, name)
      if let result = try Operators.equalityUfuncWithObject(name, bound.value("x1"), bound.value("x2")) {
        return result
      }
      if let result = try comparedWithWideInt(name, bound.value("x1"), bound.value("x2")) { return result }
      let a = try bound.value("x1").toTensor()
      let b = try bound.value("x2").toTensor()
      return .tensor(try core { try scalarIfZeroD(binary(name, a, b)) })
    case "sinc":
      let x = try call.bind(["x"], required: 1).value("x").toTensor()
      return .tensor(try core { try scalarIfZeroD(sinc(x)) })
    case "signbit":
      let bound = try call.bind(["x", "out"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      let x = try bound.value("x").toTensor()
      return .tensor(try core { try scalarIfZeroD(signbit(x)) })
    case "nan_to_num":
      let bound = try call.bind(["x", "copy", "nan", "posinf", "neginf"], required: 1)
      let x = try bound.value("x").toTensor()
      let nan = try bound.double("nan", default: 0)
      let posinf = try bound["posinf"].map { (_) throws(PythonError) in try bound.double("posinf", default: 0) }
      let neginf = try bound["neginf"].map { (_) throws(PythonError) in try bound.double("neginf", default: 0) }
      return .tensor(try core { try nanToNumber(x, nan: nan, posinf: posinf, neginf: neginf) })
    case "nansum", "nanprod", "nanmean", "nanmax", "nanmin":
      let parameters =
        name == "nanmax" || name == "nanmin"
        ? ["a", "axis", "out", "keepdims"] : ["a", "axis", "dtype", "out", "keepdims"]
      let bound = try call.bind(parameters, required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      var a = try bound.value("a").toTensor()
      let isInexact = a.dtype.isInexact
      // nansum and nanprod are np.sum/np.prod (with the dtype) of the array with NaN replaced; nanmean rejects a
      // dtype that is not inexact for a float array.
      let isSumOrProduct = name == "nansum" || name == "nanprod"
      if isSumOrProduct { a = try core { try a.replacingNaN(name == "nansum" ? 0 : 1) } }
      let dtype = try nanFunctionDType(bound, of: a, checked: !isSumOrProduct)
      if let dtype,
        dtype == .bool || (name == "nanmean" && (!dtype.isInexact || (dtype.isComplex && !a.dtype.isComplex)))
      {
        // A bool sum or product is a logical or/and; an integer mean NumPy divides in that integer dtype, a complex
        // one of real values by a complex count (inf + 0j over 2 is inf + nanj).
        throw NumpyArrays.unsupported(
          "np.\(name)(..., dtype=\(dtype.rawValue)) of \(a.dtype.rawValue) values is not supported in snippets")
      }
      if let dtype { a = try core { try a.astype(dtype) } }
      let axes = try bound.values["axis"]?.toAxes() ?? .all
      let keepdims = try bound.flag("keepdims")
      if name == "nanmean", !isInexact {
        // NumPy's nanmean of a non-float array is np.mean's, which checks its axes strictly (0 of a 0-d array too).
        _ = try core { try Tensor.zeros(a.shape.map { _ in 1 }).mean(axis: axes) }
      }
      let source = a
      var result = try core {
        switch name {
        case "nansum":
          try source.sum(axis: axes, keepdims: keepdims).inDType(dtype ?? .int64)
        case "nanprod":
          try source.product(axis: axes, keepdims: keepdims).inDType(dtype ?? .int64)
        case "nanmean": try source.nanMean(axis: axes, keepdims: keepdims)
        default: try source.nanExtreme(maximum: name == "nanmax", axis: axes, keepdims: keepdims)
        }
      }
      // NumPy's nanmax/nanmin of what is not an ndarray (a NumPy scalar, a Python number or list) replaces NaNs with
      // +inf or -inf and writes np.nan where all were NaN: a positive NaN, whatever the input's sign bits.
      var isArray = false
      if case .tensor(let given) = bound.value("a"), !given.isScalar { isArray = true }
      if !isArray, name == "nanmax" || name == "nanmin", case .float64(let values) = result.storage,
        values.contains(where: { $0.isNaN && $0.sign == .minus })
      {
        result.storage = .float64(values.map { $0.isNaN ? .nan : $0 })
      }
      return .tensor(result)
    case "nanvar", "nanstd":
      let bound = try call.bind(["a", "axis", "dtype", "out", "ddof", "keepdims"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      let a = try bound.value("a").toTensor()
      let axes = try bound.values["axis"]?.toAxes() ?? .all
      let ddof = try NumpyArrays.ddofValue(bound, of: "np.\(name)")
      let keepdims = try bound.flag("keepdims")
      if let dtype = try nanFunctionDType(bound, of: a), dtype != a.dtype || !a.dtype.isFloat {
        if a.dtype.isComplex {
          throw NumpyArrays.unsupported("np.\(name)(..., dtype=…) of complex values is not supported in snippets")
        }
        throw NumpyArrays.unsupported(
          "np.\(name)(..., dtype=\(dtype.rawValue)) of \(a.dtype.rawValue) values is not supported in snippets")
      }
      return .tensor(
        try core {
          let variance = try a.nanVariance(axis: axes, ddof: ddof, keepdims: keepdims)
          return name == "nanvar" ? variance : try variance.sqrt()
        })
    case "nanargmax", "nanargmin":
      let bound = try call.bind(["a", "axis", "out", "keepdims"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      let a = try bound.value("a").toTensor()
      // NumPy's nanargmax of a non-empty float array first asks np.all(isnan(a), axis=axis), which checks the axis
      // as a reduction does (a tuple too), and raises for an all-NaN slice before argmax reads the axis.
      if a.dtype.isInexact, a.size > 0, let given = bound["axis"], case .tuple = given {
        let axes = try given.toAxes()
        let allNaN = try core { try a.nanMask.anyAll(isAny: false, axes: axes, keepdims: false) }
        if allNaN.doubles.contains(1) { throw PythonError.value("All-NaN slice encountered") }
      }
      let axis = try bound["axis"]?.toAxis()
      let keepdims = try bound.flag("keepdims")
      return .tensor(try core { try a.nanArgExtreme(maximum: name == "nanargmax", axis: axis, keepdims: keepdims) })
    case "nancumsum", "nancumprod":
      let bound = try call.bind(["a", "axis", "dtype", "out"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      let a = try bound.value("a").toTensor()
      let axis = try bound["axis"]?.toAxis(readAsNoneBy: "np.\(name)")
      let dtype = try nanFunctionDType(bound, of: a, checked: false)
      // NumPy's nancumsum/nancumprod are np.cumsum/np.cumprod (with the dtype) of the array with NaN replaced.
      let replaced = try core { try a.replacingNaN(name == "nancumsum" ? 0 : 1) }
      return .tensor(try NumpyArrays.cumulative(name, replaced, axis: axis, dtype: dtype))
    default:
      return nil
    }
  }

  /// The `dtype=` given to a nan-function (nil when absent or None): NumPy's nanmean, nanvar and nanstd (`checked`)
  /// of a float or complex array reject a dtype that is neither, before anything else.
  static func nanFunctionDType(_ bound: BoundArguments, of a: Tensor, checked: Bool = true) throws(PythonError)
    -> DType?
  {
    guard let given = bound["dtype"], !given.isNone else { return nil }
    let dtype = try given.toDType()
    if checked, a.dtype.isInexact, !dtype.isInexact {
      throw PythonError.type("If a is inexact, then dtype must be inexact")
    }
    if a.dtype.isComplex, !dtype.isComplex {
      // NumPy's same-kind casting refuses complex to real inside the sum; docbuild's cast would drop the imaginary
      // parts instead.
      throw NumpyArrays.unsupported(
        "np.\(bound.function)(..., dtype=\(dtype.rawValue)) of complex values is not supported in snippets")
    }
    return dtype
  }

  /// `np.less(x, big)` and the other comparison ufuncs of an array or NumPy scalar and a Python int past 63 bits
  /// (either order): NumPy's operator's result, which compares them exactly (Operators.comparedWithWideInt), and a
  /// Python bool's C long OverflowError. Nil for other operands (two Python numbers make an object array in NumPy).
  static func comparedWithWideInt(_ name: String, _ x1: Value, _ x2: Value) throws(PythonError) -> Value? {
    let op: ComparisonOperator
    switch name {
    case "less": op = .less
    case "less_equal": op = .lessOrEqual
    case "greater": op = .greater
    case "greater_equal": op = .greaterOrEqual
    case "equal": op = .equal
    case "not_equal": op = .notEqual
    default: return nil
    }
    switch (x1, x2) {
    case (.tensor, .bigInt), (.bigInt, .tensor):
      return try Operators.compare(op, x1, x2)
    case (.bool, .bigInt(let big)), (.bigInt(let big), .bool):
      throw Operators.bigIntConversionError(big, beside: .bool)
    case (.list, .bigInt), (.tuple, .bigInt):
      return try Operators.compare(op, .tensor(try x1.toTensor()), x2)
    case (.bigInt, .list), (.bigInt, .tuple):
      return try Operators.compare(op, x1, .tensor(try x2.toTensor()))
    case (.bigInt, _), (_, .bigInt):
      guard let holds = try comparedPythonNumbers(op, x1, x2) else { return nil }
      return .tensor(Tensor(shape: [], storage: .bool([holds]), isScalar: true))
    default: return nil
    }
  }

  /// `x1 op x2` for two Python numbers one of which is an int past 63 bits, as NumPy's comparison ufuncs answer:
  /// ints exactly, a float or complex against the int made a Python float (its OverflowError past float64), complex
  /// numbers in NumPy's lexicographic order. Nil for other operands.
  private static func comparedPythonNumbers(_ op: ComparisonOperator, _ x1: Value, _ x2: Value) throws(PythonError)
    -> Bool?
  {
    // (A Python bool beside such an int is the C long OverflowError, raised by the caller.)
    if let a = x1.bigInteger, let b = x2.bigInteger {
      let order = a.compare(b)
      switch op {
      case .equal: return order == 0
      case .notEqual: return order != 0
      case .less: return order < 0
      case .lessOrEqual: return order <= 0
      case .greater: return order > 0
      case .greaterOrEqual: return order >= 0
      case .in, .notIn, .is, .isNot: return nil
      }
    }
    func complexValue(_ value: Value) throws(PythonError) -> (Double, Double)? {
      switch value {
      case .bigInt(let big):
        guard let double = big.double else { throw PythonError("OverflowError", "int too large to convert to float") }
        return (double, 0)
      case .float(let number): return (number, 0)
      case .complex(let number): return (number.real, number.imag)
      default: return nil
      }
    }
    guard let a = try complexValue(x1), let b = try complexValue(x2) else { return nil }
    // NumPy orders complex numbers by their real parts, then their imaginary parts; a NaN compares false (but !=).
    let isNaN = a.0.isNaN || a.1.isNaN || b.0.isNaN || b.1.isNaN
    if isNaN { return op == .notEqual }
    let less = a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    let equal = a.0 == b.0 && a.1 == b.1
    switch op {
    case .equal: return equal
    case .notEqual: return !equal
    case .less: return less
    case .lessOrEqual: return less || equal
    case .greater: return !less && !equal
    case .greaterOrEqual: return !less
    case .in, .notIn, .is, .isNot: return nil
    }
  }

  /// A ufunc's 0-d result is a NumPy scalar.
  static func scalarIfZeroD(_ result: Tensor) -> Tensor { result.ndim == 0 ? result.scalar : result }

  /// A Python float operand (weakly typed under NEP 50).
  static func weak(_ value: Double) -> Tensor {
    var result = Tensor(value)
    result.isPythonScalar = true
    return result
  }

  /// The binary ufuncs, as compositions of NumPy's own definitions.
  static func binary(_ name: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    switch name {
    case "greater": return try a.greater(b)
    case "less": return try a.less(b)
    case "equal": return try a.equal(b)
    case "not_equal": return try a.notEqual(b)
    case "greater_equal": return try a.greaterEqual(b)
    case "less_equal": return try a.lessEqual(b)
    case "fmax", "fmin":
      // Of two NaNs, or of 0.0 and -0.0, NumPy's float loops return the first or the second by the element's place
      // in the array (its vector loop, and the scalar loop for the tail, which returns the second at its fourth and
      // seventh places): refused where their signs differ, the one thing that would show which, except for zeros
      // among the first three of two 1-d arrays of fewer than 8 elements, which are always the first.
      // Integers and bools hold no NaN and no signed zero: nothing to tie.
      if !a.dtype.isComplex, !b.dtype.isComplex, a.dtype.isInexact || b.dtype.isInexact {
        let bothNaN = try Tensor.logical("logical_and", a.nanMask, b.nanMask)
        let zero = weak(0)
        let bothZero = try Tensor.logical("logical_and", a.equal(zero), b.equal(zero))
        let tied = try Tensor.logical("logical_or", bothNaN, bothZero)
        let clash = try Tensor.logical("logical_and", tied, signbit(a).notEqual(signbit(b)))
        let shortLine = a.shape == b.shape && a.ndim == 1 && a.size < 8
        let known: (Int, Bool) -> Bool = { index, clashes in
          guard clashes else { return true }
          guard shortLine, index < 3, case .bool(let nans) = bothNaN.storage else { return false }
          return !nans[index]
        }
        if case .bool(let flags) = clash.storage, !flags.enumerated().allSatisfy({ known($0.offset, $0.element) }) {
          throw TensorError(
            "NotImplementedError",
            "np.\(name) of two NaNs, or of 0.0 and -0.0, with different signs is not supported: which one NumPy "
              + "returns (its sign bit) depends on the element's place in the array; use np.isnan, or make the "
              + "signs agree", isLimit: true)
        }
      }
      // NumPy's loop, `(x >= y || isnan(y)) ? x : y` (with `<=` for fmin), recorded for gradients.
      return try Tensor.nanSkippingExtreme(a, b, isMax: name == "fmax")
    case "float_power":
      if a.dtype.isComplex || b.dtype.isComplex { return try a.astype(.complex128).power(b.astype(.complex128)) }
      return try Tensor.floatPower(a, b)
    case "heaviside":
      // 0 below zero, 1 above, x2 at zero, NaN for NaN (NumPy's npy_heaviside).
      // The operands' shapes are checked first so a mismatch names the two operands, as the ufunc does.
      _ = try Tensor.broadcastOperandShapes(a.shape, b.shape)
      let zero = weak(0)
      // NumPy's npy_heaviside returns its own (positive) NaN for a NaN x1, whatever x1's sign bit.
      let at = try Tensor.where(a.equal(zero), b, Tensor.where(a.nanMask, weak(.nan), a))
      let above = try Tensor.where(a.greater(zero), weak(1), at)
      let result = try Tensor.where(a.less(zero), weak(0), above)
      let type = try Tensor.floatLoopType(a, b, "heaviside")
      return result.dtype == type ? result : try result.astype(type)
    case "copysign":
      // The result has the float loop both operands cast to (Python numbers weak), so a float32 array with a
      // float64 sign is float64, a Python int with a float32 sign float32 and a uint8 array with an int8 sign float16.
      let type = try Tensor.floatLoopType(a, b, "copysign")
      let x = a.dtype == type ? a : try a.astype(type)
      let differs = try signbit(x).notEqual(signbit(b))
      return try Tensor.where(differs, x.negated(), x)
    default:
      return try Tensor.logAddExp(a, b, base2: name == "logaddexp2")
    }
  }

  /// `np.signbit`: true where the sign bit is set (negative numbers, -0.0 and negative NaNs).
  static func signbit(_ x: Tensor) throws -> Tensor {
    let flags: [Bool] =
      switch x.storage {
      case .float64(let values): values.map { $0.sign == .minus }
      case .int64(let values) where x.dtype == .uint64: values.map { _ in false }
      case .int64(let values): values.map { $0 < 0 }
      case .bool(let values): values.map { _ in false }
      case .complex128:
        throw TensorError(
          "TypeError",
          "ufunc 'signbit' not supported for the input types, and the inputs could not be "
            + "safely coerced to any supported types according to the casting rule ''safe''")
      }
    return Tensor(shape: x.shape, storage: .bool(flags), isScalar: x.isScalar || x.isPythonScalar)
  }

  /// `np.sinc`: `sin(y) / y` for `y = pi * x`, with eps in place of zero (1e-20 for non-float input).
  static func sinc(_ x: Tensor) throws -> Tensor {
    let y = try weak(.pi).multiplying(x)
    // np.finfo(dtype).eps for floats (float16's 2**-10: a float64 eps would round to 0 and give 0 / 0).
    let eps: Double =
      y.dtype == .float16 ? 0x1p-10 : y.dtype == .float32 ? 1.1920928955078125e-07 : 2.220446049250313e-16
    let safe = try Tensor.where(y.notEqual(weak(0)), y, weak(eps))
    return try safe.apply(.sin).dividing(safe)
  }

  /// `np.nan_to_num`: NaN to `nan`, infinities to the dtype's largest finite values (or the given ones).
  static func nanToNumber(_ x: Tensor, nan: Double, posinf: Double?, neginf: Double?) throws -> Tensor {
    // NumPy returns `x[()]` for any 0-d input: a NumPy scalar, for an int or bool 0-d array too.
    guard x.dtype.isInexact else { return x.ndim == 0 ? x.asOperandArray.scalar : x }
    if x.dtype.isComplex { return try complexNanToNumber(x, nan: nan, posinf: posinf, neginf: neginf) }
    let largest =
      x.dtype == .float16
      ? Double(Float16.greatestFiniteMagnitude)
      : x.dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
    let values = x.asOperandArray
    let isPositive = try values.equal(weak(.infinity))
    let isNegative = try values.equal(weak(-.infinity))
    var result = try Tensor.where(values.nanMask, weak(nan), values)
    result = try Tensor.where(isPositive, weak(posinf ?? largest), result)
    result = try Tensor.where(isNegative, weak(neginf ?? -largest), result)
    return x.ndim == 0 ? result.scalar : result
  }

  /// `np.nan_to_num` of complex values as NumPy's: the real and the imaginary parts replaced apart, each in its part
  /// dtype (float32 for complex64, whose replacements round to float32 as an assignment into it rounds them).
  private static func complexNanToNumber(_ x: Tensor, nan: Double, posinf: Double?, neginf: Double?) throws -> Tensor {
    let narrow = x.dtype == .complex64
    let largest = narrow ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
    func replaced(_ part: Double) -> Double {
      let value =
        part.isNaN ? nan : part == .infinity ? (posinf ?? largest) : part == -.infinity ? (neginf ?? -largest) : part
      return narrow ? Double(Float(value)) : value
    }
    let numbers = x.complexes.map { Complex(replaced($0.real), replaced($0.imag)) }
    var result = Tensor(shape: x.shape, storage: .complex128(numbers))
    if narrow { result = try result.astype(.complex64) }
    return x.ndim == 0 ? result.scalar : result
  }
}
