import TensorCore

extension Interpreter {
  /// The reductions whose `initial=` and `where=` snippets take, by qualified function name or array method, with
  /// their parameters after the array (`np.sum(a, axis, dtype, out, keepdims, initial, where)`).
  private static let startedReductions: NameTable<(kind: StartedReduction, parameters: [String])> = {
    let sum = ["axis", "dtype", "out", "keepdims", "initial", "where"]
    let extreme = ["axis", "out", "keepdims", "initial", "where"]
    return [
      "numpy.sum": (.sum, sum), "numpy.prod": (.product, sum), "numpy.max": (.max, extreme),
      "numpy.amax": (.max, extreme), "numpy.min": (.min, extreme), "numpy.amin": (.min, extreme),
      "numpy.add.reduce": (.sum, sum), "numpy.multiply.reduce": (.product, sum),
      "numpy.maximum.reduce": (.max, sum), "numpy.minimum.reduce": (.min, sum),
      "numpy.fmax.reduce": (.fmax, sum), "numpy.fmin.reduce": (.fmin, sum),
      "sum": (.sum, sum), "prod": (.product, sum), "max": (.max, extreme), "min": (.min, extreme),
    ]
  }()

  /// True for a call of one of `startedReductions` (a method when `isMethod`) given `initial` or `where`, by keyword
  /// or position: the call `callStartedReduction` answers.
  static func startsReduction(_ name: String, _ call: CallArguments, isMethod: Bool = false) -> Bool {
    // A method given no argument starts nothing, known before the name is looked up (`a.sum()` in a loop).
    if isMethod && call.positional.isEmpty && call.keywords.isEmpty { return false }
    guard isMethod != name.hasPrefix("numpy."), let entry = startedReductions[name] else { return false }
    let initialPosition = entry.parameters.firstIndex(of: "initial")! + (isMethod ? 0 : 1)
    return call.positional.count > initialPosition
      || call.keywords.contains { $0.name == "initial" || $0.name == "where" }
  }

  /// `np.sum(a, initial=5)`, `np.max(a, where=mask, initial=-1, axis=0)`, `a.prod(initial=2)`,
  /// `np.add.reduce(a, where=mask)`: the reduction started from `initial` (a sum's or product's identity without it)
  /// over the elements `where` lets through, in NumPy's order (`Tensor.reduced`). `receiver` is the array of a
  /// method call; `shownAs` names the function a refusal names when another one calls this (`np.nanmax`). `out=` and
  /// `dtype=` beside them are refused by name, as is a differentiated value.
  mutating func callStartedReduction(
    _ name: String, _ call: CallArguments, receiver: Tensor? = nil, shownAs: String? = nil
  ) throws(PythonError) -> Value {
    let entry = Self.startedReductions[name]!
    let shown = shownAs ?? (receiver == nil ? "np." + name.dropFirst("numpy.".count) : "ndarray." + name)
    let bound = try call.bind((receiver == nil ? ["a"] : []) + entry.parameters, required: receiver == nil ? 1 : 0)
    let array: Tensor
    if let receiver { array = receiver } else { array = try bound.value("a").toTensor() }
    // NumPy's parser converts dtype, out and keepdims in that order, before it reduces.
    if let given = bound["dtype"] { _ = try given.toDType() }
    if let out = bound["out"] {
      if case .tuple = out {
      } else if !NumpyArrays.isOutputArray(out) {
        throw PythonError.type("return arrays must be of ArrayType")
      }
      throw NumpyArrays.unsupported("\(shown)'s out= with initial= or where= is not supported in snippets")
    }
    if bound.values["keepdims"]?.isNone == true {
      throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
    }
    // `dtype=` casts the elements (unsafely) and reduces in it: an integer dtype wraps as its sum or product does,
    // float32 and float64 round in the loop of the plain reduction. Others, and `initial=None` beside one, refused.
    var castTo: DType? = nil
    if let given = bound["dtype"] {
      let dtype = try given.toDType()
      let isCast = dtype.isInteger || dtype == .float32 || dtype == .float64
      let isKind = entry.kind != .fmax && entry.kind != .fmin
      // Past its 8192-element buffer NumPy casts and sums a buffer at a time, an order the cast array's kernel does
      // not follow for float sums and products (integer ones wrap to the same bits in any order).
      let isBuffered =
        array.size > 8192 && dtype != array.dtype && dtype.isFloat && (entry.kind == .sum || entry.kind == .product)
      guard isCast, isKind, !isBuffered, !array.dtype.isComplex, bound.values["initial"]?.isNone != true else {
        throw NumpyArrays.unsupported(
          "\(shown)'s dtype=\(dtype.rawValue) with initial= or where= is not supported in snippets")
      }
      castTo = dtype
    }
    if derivativeInput != nil {
      throw PythonError.limit(
        "initial= and where= inside a differentiated function are not part of the snippet language")
    }
    let axisValue = bound.values["axis"] ?? (name.hasSuffix(".reduce") ? .int(0) : .none)
    let axes: Axes = axisValue.isNone ? .all : try axisValue.toAxes()
    let keepdims = try bound.flag("keepdims")
    // The axes are NumPy's first check (out of bounds, repeated), before the mask and the identity: a reduction of
    // one element per axis checks them.
    _ = try core { try Tensor.zeros(array.shape.map { _ in 1 }).sum(axis: axes) }
    var mask: Tensor? = nil
    // `where=None` is NumPy's array of None, false everywhere.
    if let given = bound.values["where"].map({ $0.isNone ? Value.bool(false) : $0 }), !given.isTrue {
      let flags = try given.toTensor()
      guard flags.dtype == .bool else {
        throw NumpyArrays.unsupported(
          "\(shown)'s where= of \(flags.dtype.rawValue) values is not supported in snippets (give bools)")
      }
      // NumPy's iterator raises its broadcast error for a mask that does not fit the array before the identity and
      // `initial` are looked at.
      try core { try array.checkReductionMask(flags) }
      mask = flags
    }
    var source = array
    if let castTo { source = try core { try array.astype(castTo) } }
    let resultDType = castTo ?? entry.kind.resultDType(of: array.dtype)
    let initial: Tensor
    let isSumOrProduct = entry.kind == .sum || entry.kind == .product
    if let given = bound["initial"], !given.isNone {
      initial = try Self.reductionStart(given, as: resultDType, for: shown)
    } else if isSumOrProduct, bound.values["initial"]?.isNone == true {
      // `initial=None` takes the add or multiply identity away: NumPy starts from each lane's first element (a sum of
      // -0.0 stays -0.0, as it does starting from -0.0, the exact identity of floating addition), a where mask needs
      // an initial, and a lane with no element raises.
      if mask != nil {
        throw PythonError.value(
          "reduction operation '\(entry.kind.ufuncName)' does not have an identity, so to use a where mask one has "
            + "to specify 'initial'")
      }
      let lanes = try core { try Tensor.zeros(array.shape).sum(axis: axes, keepdims: keepdims) }.size
      if array.size == 0, lanes > 0 {
        throw PythonError.value(
          "zero-size array to reduction operation \(entry.kind.ufuncName) which has no identity")
      }
      // Without the identity NumPy's reduce loop adds the pairwise sum of the rest of a lane (which keeps a -0.0)
      // to its first element, another order than the pairwise sum from zero: followed for a float64 vector walked
      // forwards, refused for other float and complex sums of more than one element a lane.
      if entry.kind == .sum, resultDType.isInexact, array.size > lanes {
        guard array.ndim == 1, array.dtype == .float64, array.iterationOrder == nil else {
          throw NumpyArrays.unsupported(
            "\(shown)(..., initial=None) of \(array.dtype.rawValue) values is not supported in snippets (but of a "
              + "float64 vector): without the identity NumPy adds in another order; leave initial= out")
        }
        let values = array.doubles
        let rest = Tensor(shape: [values.count - 1], storage: .float64(Array(values.dropFirst())))
        let restSum = try core {
          try rest.reduced(.sum, axis: .all, keepdims: false, initial: Tensor(-0.0), where: nil)
        }
        let total = values[0] + restSum.doubles[0]
        return .tensor(Tensor(shape: keepdims ? [1] : [], storage: .float64([total]), isScalar: !keepdims))
      }
      let start: Value =
        entry.kind == .product
        ? .int(1)
        : resultDType.isComplex ? .complex(Complex(-0.0, -0.0)) : resultDType.isFloat ? .float(-0.0) : .int(0)
      initial = try core { try start.toTensor().astype(resultDType) }
    } else if isSumOrProduct {
      initial = try core { try Tensor(entry.kind == .sum ? 0 : 1).astype(resultDType) }
    } else if mask != nil {
      throw PythonError.value(
        "reduction operation '\(entry.kind.ufuncName)' does not have an identity, so to use a where mask one has to "
          + "specify 'initial'")
    } else {
      // `initial=None` without a mask is the reduction without `initial`.
      var plain = call
      plain.keywords.removeAll { $0.name == "initial" || $0.name == "where" }
      let initialPosition = entry.parameters.firstIndex(of: "initial")! + (receiver == nil ? 1 : 0)
      plain.positional = Array(plain.positional.prefix(initialPosition))
      plain.positionalTexts = Array(plain.positionalTexts.prefix(initialPosition))
      if receiver == nil { return try callFunction(name, plain) }
      return try Methods.call(name, on: .tensor(array), plain)
    }
    let isHalfExtreme = (entry.kind == .max || entry.kind == .min) && array.dtype == .float16
    if entry.kind == .fmax || entry.kind == .fmin || isHalfExtreme, array.dtype.isFloat {
      try Self.refuseSignedTies(array, mask: mask, initial: initial, shown: shown)
    } else if entry.kind == .max || entry.kind == .min, array.dtype.isFloat,
      array.doubles.contains(where: { $0.isNaN && $0.sign == .minus })
    {
      // float32/float64 maxima and minima of a NaN with its sign bit set: the SIMD loops return it or a positive
      // NaN by its place (session 43's ties sweep).
      throw NumpyArrays.unsupported(
        "\(shown) with initial= or where= of values holding a NaN with its sign bit set is not supported in "
          + "snippets: whether NumPy's loop returns that NaN or a positive one depends on its place")
    }
    var result: Tensor
    do {
      result = try core {
        try source.reduced(entry.kind, axis: axes, keepdims: keepdims, initial: initial, where: mask)
      }
    } catch  where error.isLimit && shownAs != nil && error.message.hasPrefix(entry.kind.shownName) {
      // The kernel's refusal names the reduction it runs; name the function called (`np.nanmax`, not its fmax).
      var renamed = error
      renamed.message = shown + error.message.dropFirst(entry.kind.shownName.count)
      throw renamed
    }
    if result.dtype != resultDType {
      // A narrow integer dtype's sums and products wrap: the 64-bit one's low bits.
      let isScalar = result.isScalar
      result = try core { try result.astype(resultDType) }
      result.isScalar = isScalar
    }
    return .tensor(result)
  }

  /// Refuses `np.fmax.reduce`/`np.fmin.reduce` (and float16 maxima and minima) with `initial=` or `where=` where a
  /// tie would show which operand NumPy's loop kept: 0.0 and -0.0 among the values it compares (the elements the mask lets through, and
  /// `initial`), or a NaN with its sign bit set. NumPy's vector loops keep one or the other by the element's place.
  private static func refuseSignedTies(_ array: Tensor, mask: Tensor?, initial: Tensor, shown: String)
    throws(PythonError)
  {
    let values = array.doubles
    let flags = try mask.map { (mask) throws(PythonError) in
      try core { try mask.broadcast(to: array.shape) }.doubles.map { $0 != 0 }
    }
    var taken = initial.doubles
    for (position, value) in values.enumerated() where flags?[position] ?? true { taken.append(value) }
    let zeros = Set(taken.filter { $0 == 0 }.map(\.sign))
    if zeros.count > 1 || taken.contains(where: { $0.isNaN && $0.sign == .minus }) {
      throw NumpyArrays.unsupported(
        "\(shown) with initial= or where= over both 0.0 and -0.0 (or a NaN with its sign bit set) is not "
          + "supported in snippets: which of two tied values NumPy keeps depends on its loop; make the signs agree")
    }
  }

  /// `initial` as the 0-d value of `dtype` NumPy packs it into (`PyArray_Pack`): a number converted to a float
  /// result, an integer checked against an integer result's range (NumPy's OverflowError). A float for an integer
  /// result (which NumPy truncates) and anything but a real number are refused.
  private static func reductionStart(_ value: Value, as dtype: DType, for shown: String) throws(PythonError) -> Tensor {
    let number: Tensor
    switch value {
    case .bool, .int, .float: number = try value.toTensor()
    case .tensor(let tensor) where tensor.ndim == 0 && !tensor.dtype.isComplex: number = tensor
    case .bigInt:
      throw NumpyArrays.unsupported("\(shown)'s initial= of an int beyond 64 bits is not supported in snippets")
    default:
      throw NumpyArrays.unsupported("\(shown)'s initial= of a \(value.typeName) is not supported in snippets")
    }
    if dtype.isInteger {
      guard number.dtype.isInteger || number.dtype == .bool else {
        throw NumpyArrays.unsupported(
          "\(shown)'s initial= of a \(value.typeName) for an integer result is not supported in snippets (NumPy "
            + "truncates it)")
      }
      guard case .int(let integer) = try core({ try number.item() }) else { return number }
      // A uint64 past Int64.max is held as its two's complement bits.
      let isUnsignedBits = number.dtype == .uint64 && integer < 0
      let bounds = dtype.integerBounds
      let fits =
        dtype == .uint64
        ? integer >= 0 || isUnsignedBits : !isUnsignedBits && (bounds.min...bounds.max).contains(Int64(integer))
      guard fits else {
        let shownInteger = isUnsignedBits ? String(UInt64(bitPattern: Int64(integer))) : String(integer)
        throw PythonError("OverflowError", "Python integer \(shownInteger) out of bounds for \(dtype.rawValue)")
      }
    }
    return try core { try number.astype(dtype) }
  }
}

extension Value {
  /// True for Python's `True` itself (a `where=True` that masks nothing).
  fileprivate var isTrue: Bool {
    if case .bool(true) = self { return true }
    return false
  }
}
