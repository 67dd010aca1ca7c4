import TensorCore

/// NumPy's functions as the language offers them: argument binding as NumPy names its parameters, then the core.
enum NumpyFunctions {
  /// `np.array`'s and `np.asarray`'s `dtype=`, converted once and before the object is looked at, as NumPy reads it
  /// first: an object dtype is refused here, where a ragged or mixed list would be docbuild's error but an array in
  /// NumPy (`np.array([1, 'm', [2, 3]], dtype=object)`); any other failure is thrown when the array is made. Nil
  /// when not given or None.
  private static func arrayDType(_ call: CallArguments) throws(PythonError) -> Result<DType, PythonError>? {
    guard
      let given = call.keywords.first(where: { $0.name == "dtype" })?.value
        ?? (call.positional.count > 1 ? call.positional[1] : nil), !given.isNone
    else { return nil }
    if let kept = try keptDTypeOfCopy(call, given) { return .success(kept) }
    do throws(PythonError) {
      return .success(try given.toDType())
    } catch
      where error.isLimit
      && (error.message == ByteOrder.objectRefusal().message || error.message.hasPrefix("the dtype object_ "))
    {
      throw error
    } catch {
      return .failure(error)
    }
  }

  /// `np.array(a, dtype='q')` of an int64 (or `'Q'` of a uint64) ndarray: NumPy's copy keeps the array's `'l'` (or
  /// `'L'`), as the dtypes are equivalent, so it is int64's array; nil for anything else. With `copy=None` or
  /// `copy=False`, `np.asarray`, or a scalar or a list, NumPy makes a `'q'` array (refused by `toDType`).
  private static func keptDTypeOfCopy(_ call: CallArguments, _ given: Value) throws(PythonError) -> DType? {
    guard call.function == "array", given.cLongLongSpelling != nil, case .tensor(let array)? = call.positional.first,
      !array.isScalar, try given.toDTypeIgnoringCLongLong() == array.dtype
    else { return nil }
    if let copy = call.keywords.first(where: { $0.name == "copy" })?.value {
      guard !copy.isNone, try copy.truthValue() else { return nil }
    }
    return array.dtype
  }

  /// True when an `axis=` argument is one integer rather than a tuple or list of them (NumPy's squeeze treats the
  /// two differently on 0-d arrays).
  static func isSingleAxis(_ value: Value) -> Bool {
    switch value {
    case .tuple, .list: false
    default: true
    }
  }

  /// Calls `np.name(...)`.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let arrayDType = name == "array" || name == "asarray" ? try arrayDType(call) : nil
    if StringArrays.involved(name, call) { return try StringArrays.numpyFunction(name, call) }
    if ArrayViewAttributes.functions.contains(name) { return try ArrayViewAttributes.call(name, call) }
    if let result = try TextDTypeCreation.call(name, call) { return result }
    if let result = try creation(name, call, arrayDType: arrayDType) { return result }
    if let result = try elementwise(name, call) { return result }
    if let result = try reductionsAndShapes(name, call) { return result }
    if let result = try products(name, call) { return result }
    if let result = try NumpyMath.call(name, call) { return result }
    if let result = try NumpyArrays.call(name, call) { return result }
    if let result = try NumpyDTypes.call(name, call) { return result }
    if let result = try NumpyAbstractTypes.call(name, call) { return result }
    if let result = try NumpyPrintOptions.call(name, call) { return result }
    if let result = try NumpyAdditions.call(name, call) { return result }
    if let result = try NumpyEveryday.call(name, call) { return result }
    if let result = try NumpyMore.call(name, call) { return result }
    if let result = try NumpyReprFunctions.call(name, call) { return result }
    if let result = try NumpyBitPacking.call(name, call) { return result }
    throw PythonError("AttributeError", "module 'numpy' has no attribute '\(name)'")
  }

  /// A new array's `order=`: 'C' (NumPy's default) or None, or 'F' (`ResultLayout.settleCreationOrder` gives the
  /// result Fortran order); 'A' and 'K' of a new array are refused.
  static func requireCreationOrder(_ order: Value?, _ name: String) throws(PythonError) {
    switch try creationOrder(order) {
    case "C", "F": return
    default:
      throw PythonError.limit(
        "\(name)(order=…) other than 'C' or 'F' is not part of the snippet language (NumPy has it)")
    }
  }

  /// `order=` as NumPy reads it (`PyArray_OrderConverter`): "C", "F", "A" or "K" (either case); "C" for None.
  static func creationOrder(_ order: Value?) throws(PythonError) -> String {
    switch order {
    case nil, .none?: return "C"
    case .string(let text)? where text.count == 1 && "CFAKcfak".contains(text): return text.uppercased()
    case .string(let text)?: throw PythonError.value("order must be one of 'C', 'F', 'A', or 'K' (got '\(text)')")
    // NumPy reads a bytes order as its ASCII text.
    case .bytes(let text)? where text.count == 1 && "CFAKcfak".contains(text): return text.uppercased()
    case let bytes? where bytes.typeName == "bytes":
      throw PythonError.value("order must be one of 'C', 'F', 'A', or 'K' (got \(bytes.repr))")
    case let other?: throw PythonError.type("order must be str, not \(other.typeName)")
    }
  }

  /// `np.array(object, order=…)` and `np.asarray(object, dtype, order)`: NumPy's printed values do not depend on
  /// the order, its layout (`.flags`, `.strides`, the summation order of reductions) does. A new array from
  /// Python values is C-ordered for 'C', 'A' and 'K' and Fortran-ordered for 'F' (`ResultLayout`); an array
  /// argument keeps its layout for 'K' (as without order=), and C-ordered, is copied for 'F' by np.array. Other
  /// orders of an array argument are refused: NumPy then copies or not by its contiguity, which docbuild does not
  /// follow everywhere.
  private static func requireArrayOrder(_ name: String, _ object: Value, _ order: Value?) throws(PythonError) {
    // Without order= (or None) NumPy reads 'K': the array argument's own layout.
    let order = order.map { $0.isNone } ?? true ? "K" : try creationOrder(order)
    guard order != "K", case .tensor(let array) = object, array.ndim > 1 else { return }
    let isCOrdered =
      array.memoryAxes == nil && !array.hasUnknownLayout && (array.view == nil || array.isCContiguous)
    if isCOrdered && (order != "F" || name == "array") { return }
    throw PythonError.limit(
      "np.\(name)(x, order='\(order)') of an array x is not supported in snippets: NumPy copies it or not by its "
        + "memory layout, which docbuild does not follow here; use np.array(x) or np.array(x.tolist(), order=...)")
  }

  /// Refuses `np.zeros_like(a, order=…)` (and `ones_like`) where the order asked for can differ from `a`'s own
  /// ('K', the default, which docbuild's result follows): 'C' and 'A' of a C-ordered array are its order, 'F' only
  /// for at most one axis.
  private static func requireLikeOrder(_ name: String, _ a: Tensor, _ order: Value?) throws(PythonError) {
    guard let order, !order.isNone else { return }
    let asked = try creationOrder(order)
    let isCOrdered = a.memoryAxes == nil && !a.hasUnknownLayout && (a.view == nil || a.isCContiguous)
    let agrees =
      asked == "K" || (asked == "C" || asked == "A") && isCOrdered || asked == "F" && isCOrdered && a.ndim <= 1
    if !agrees {
      throw PythonError.limit(
        "np.\(name)(a, order='\(asked)') of an array whose memory order differs is not supported in snippets; "
          + "use np.\(name)(a)")
    }
  }

  /// The `shape=` of `np.zeros_like` and its kin, taken out of the call: the result's shape in place of the
  /// prototype's, which None keeps.
  static func likeShape(_ call: inout CallArguments) throws(PythonError) -> [Int]? {
    guard let index = call.keywords.firstIndex(where: { $0.name == "shape" }) else { return nil }
    let value = call.keywords.remove(at: index).value
    return value.isNone ? nil : try value.toCreationShape()
  }

  private static func tensor(_ bound: BoundArguments, _ name: String) throws(PythonError) -> Tensor {
    try bound.value(name).toTensor()
  }

  /// NumPy's errors for None given as np.linspace's (or np.logspace's) num, start or stop: `operator.index(num)`'s,
  /// then, past the count's own check, `stop - start` over object arrays, which names the ends' Python types.
  static func checkSpacingNones(_ bound: BoundArguments) throws(PythonError) {
    if case .none? = bound.values["num"] {
      throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
    }
    let (start, stop) = (bound.value("start"), bound.value("stop"))
    guard start.isNone || stop.isNone else { return }
    let count = try bound["num"]?.toInt() ?? 50
    if count < 0 { throw PythonError.value("Number of samples, \(count), must be non-negative.") }
    func pythonType(_ end: Value) throws(PythonError) -> String {
      switch end {
      case .none: return "NoneType"
      case .int, .bigInt: return "int"
      case .bool: return "bool"
      case .float: return "float"
      case .tensor(let tensor) where tensor.ndim == 0 && !tensor.dtype.isComplex:
        // An object array holds a NumPy number's Python equivalent.
        return tensor.dtype == .bool ? "bool" : tensor.dtype.isInteger ? "int" : "float"
      default:
        throw PythonError.limit("np.linspace with None beside a \(end.typeName) end is not supported in snippets")
      }
    }
    throw PythonError.type(
      "unsupported operand type(s) for -: '\(try pythonType(stop))' and '\(try pythonType(start))'")
  }

  /// `result` as the 0-d array NumPy's function returns for a Python number given (`np.reshape(5, ())` is
  /// `array(5)`: the number went through `asarray`), not the NumPy scalar a NumPy scalar's own method gives.
  private static func asArray(_ result: Tensor, of given: Value) -> Tensor {
    switch given {
    case .int, .bigInt, .float, .bool, .complex:
      var array = result
      array.isScalar = false
      return array
    default: return result
    }
  }

  /// `np.array(object, …, copy=flag)` as the call that makes it: without the keyword for `copy=True` (the default);
  /// `np.asarray(object, …)` for `copy=None`, and for `copy=False` (or any falsy value but None) where NumPy need not copy (an array, not a NumPy
  /// scalar, of the dtype asked for); NumPy 2's ValueError where `copy=False` would need a copy. With `order=`,
  /// `ndmin=` or `subok=` the call is left to `np.array`'s refusal of the keyword.
  static func arrayWithoutCopy(_ call: CallArguments) throws(PythonError) -> CallArguments {
    var plain = call
    guard let slot = plain.keywords.firstIndex(where: { $0.name == "copy" }) else { return call }
    let flag = plain.keywords.remove(at: slot).value
    // NumPy's copy converter takes any object's truth but a str's.
    if case .string = flag {
      throw PythonError.value("strings are not allowed for 'copy' keyword. Use True/False/None instead.")
    }
    if !flag.isNone, try flag.truthValue() { return plain }
    if plain.keywords.contains(where: { $0.name != "dtype" }) || plain.positional.count > 2 { return call }
    var asArray = plain
    asArray.function = "asarray"
    // Any other falsy value (`copy=()`, `copy=0`) is NumPy's False too: only None asks for a copy if needed.
    if flag.isNone { return asArray }
    let dtype = try (plain.keywords.first { $0.name == "dtype" }?.value ?? plain.positional.dropFirst().first)
      .flatMap { (value) throws(PythonError) in value.isNone ? nil : try value.toDType() }
    if case .tensor(let array)? = plain.positional.first, !array.isScalar, dtype == nil || dtype == array.dtype {
      return asArray
    }
    // The standard library's array.array hands NumPy its memory (the buffer protocol): no copy is needed, and the
    // array made shares it, which docbuild does not model.
    if case .object(let object)? = plain.positional.first, object.type.module == "array", object.type.name == "array" {
      throw PythonError.limit(
        "np.array(…, copy=False) of an array.array is not supported in snippets: NumPy shares its memory; pass "
          + "copy=True")
    }
    throw PythonError.value(
      "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it "
        + "with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, "
        + "see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.")
  }

  /// `arrayDType`: `np.array`'s and `np.asarray`'s `dtype=` as `arrayDType(_:)` converted it.
  private static func creation(
    _ name: String, _ call: CallArguments, arrayDType: Result<DType, PythonError>?
  ) throws(PythonError) -> Value? {
    switch name {
    case "array", "asarray":
      if name == "array", let (items, typecodeDType) = arrayModuleContents(call) {
        var call = call
        call.positional[0] = items
        return try creation(name, call, arrayDType: arrayDType ?? .success(typecodeDType))
      }
      var call = call
      var order: Value?
      if let slot = call.keywords.firstIndex(where: { $0.name == "order" }) {
        order = call.keywords.remove(at: slot).value
      } else if name == "asarray", call.positional.count == 3 {
        order = call.positional.removeLast()
      }
      let bound = try call.bind(["object", "dtype"], required: 1)
      try requireArrayOrder(name, bound.value("object"), order)
      if let text = try StringArrays.array(bound.value("object"), dtype: bound["dtype"]) { return text }
      let dtype = try arrayDType?.get()
      if dtype == .uint64, let unsigned = try unsignedArray(bound.value("object")) { return .tensor(unsigned) }
      let nested = try bound.value("object").toNested()
      if let dtype, !dtype.isComplex, case .list = nested, Self.holdsComplexArray(nested) {
        throw PythonError.limit(
          "np.\(name) of complex NumPy values with dtype=\(dtype.rawValue) is not supported in snippets: NumPy "
            + "discards their imaginary parts (with a ComplexWarning); take .real first")
      }
      let made = try core { try Tensor.array(nested, dtype: dtype) }
      // A 0-d array of a float taken from a decomposition's result keeps its mark (`np.array(x) * 2`).
      if Tensor.approximateResultsMayExist, made.ndim == 0, case .float(let number) = try bound.value("object") {
        return .tensor(ApproximateFloats.decompositionOfOperand(made, madeFrom: number))
      }
      return .tensor(made)
    case "zeros", "ones":
      let bound = try call.bind(["shape", "dtype", "order"], required: 1)
      try Self.requireCreationOrder(bound["order"], name)
      let shape = try bound.value("shape").toCreationShape()
      let dtype = try bound["dtype"]?.toDType() ?? .float64
      return .tensor(
        try core { name == "zeros" ? try Tensor.zeros(shape, dtype: dtype) : try Tensor.ones(shape, dtype: dtype) })
    case "full":
      let bound = try call.bind(["shape", "fill_value", "dtype", "order"], required: 2)
      try Self.requireCreationOrder(bound["order"], name)
      let shape = try bound.value("shape").toCreationShape()
      var dtype = try bound["dtype"]?.toDType()
      // NumPy takes the dtype of `asarray(fill_value)`: a NumPy scalar's or an array's own.
      if dtype == nil, case .tensor(let given) = bound.value("fill_value"), !given.isPythonScalar {
        dtype = given.dtype
      }
      if let dtype, dtype.isInteger, dtype != .int64, case .int(let number) = bound.value("fill_value") {
        // NumPy 2 converts a Python int to the integer dtype with its bounds check.
        let bits = dtype.itemsize * 8
        let fits =
          dtype.isUnsigned
          ? number >= 0 && (bits >= 64 || number < 1 << bits)
          : bits >= 64 || (number >= -(1 << (bits - 1)) && number < 1 << (bits - 1))
        if !fits {
          throw PythonError("OverflowError", "Python integer \(number) out of bounds for \(dtype.rawValue)")
        }
      }
      let fill = try NumpyArrays.fillValue(bound.value("fill_value"), dtype: dtype, isEmpty: shape.contains(0))
      return .tensor(try core { try Tensor.full(shape, fill, dtype: dtype) })
    case "zeros_like", "ones_like":
      var call = call
      let shape = try likeShape(&call)
      let bound = try call.bind(["a", "dtype", "order"], required: 1)
      let a = try tensor(bound, "a")
      try requireLikeOrder(name, a, bound["order"])
      let dtype = try bound["dtype"]?.toDType() ?? a.dtype
      return .tensor(
        try core {
          name == "zeros_like"
            ? try Tensor.zeros(shape ?? a.shape, dtype: dtype) : try Tensor.ones(shape ?? a.shape, dtype: dtype)
        })
    case "arange":
      return try arange(call)
    case "linspace":
      let bound = try call.bind(["start", "stop", "num", "endpoint", "retstep", "dtype"], required: 2)
      for end in ["start", "stop"] {
        // NumPy spaces complex ends (and arrays of ends) too; the language's linspace takes real numbers.
        if let value = bound[end], value.isComplexOrArray {
          throw PythonError.limit("np.linspace with a \(value.typeName) \(end) is not part of the snippet language")
        }
        // NumPy holds a Python int past 64 bits as an object array, whose subtraction it cannot cast.
        if case .bigInt? = bound.values[end] {
          throw PythonError.limit(
            "np.linspace with a Python int \(end) past 64 bits is not part of the snippet language")
        }
      }
      try checkSpacingNones(bound)
      let start = try bound.double("start", default: 0)
      let stop = try bound.double("stop", default: 0)
      let count = try bound["num"]?.toInt() ?? 50
      let endpoint = try bound.values["endpoint"]?.truthValue() ?? true
      let dtype = try bound["dtype"]?.toDType()
      // NumPy computes in the ends' common type (Python numbers weak): float32 ends give float32 arithmetic.
      let endTypes = ["start", "stop"].compactMap { end -> DType? in
        if case .tensor(let tensor)? = bound[end], !tensor.isPythonScalar { return tensor.dtype }
        return nil
      }
      let computed = endTypes.dropFirst().reduce(endTypes.first ?? .float64) { DType.promoted($0, $1) }
      if computed == .float32 || computed == .float16 || computed == .complex64 {
        if computed != .float32 || !endTypes.allSatisfy({ $0 == .float32 || $0.itemsize <= 2 && !$0.isFloat }) {
          throw PythonError.limit(
            "np.linspace with \(computed) ends is not supported in snippets (float32 ends are): NumPy computes "
              + "in that dtype")
        }
        let (samples, step) = try core {
          try Tensor.float32Linspace(Float(start), Float(stop), num: count, endpoint: endpoint)
        }
        var result = Value.tensor(samples)
        if let dtype, dtype != .float32 {
          result = .tensor(try core { try (dtype.isInteger ? samples.apply(.floor) : samples).astype(dtype) })
        }
        guard try bound.flag("retstep") else { return result }
        // The step as NumPy's float32 scalar; Python's nan when there are no gaps.
        let stepValue: Value =
          step.isNaN && (endpoint ? count - 1 : count) <= 0
          ? .float(.nan) : .tensor(try core { try Tensor(Double(step)).astype(.float32) })
        return try .makeTuple([result, stepValue])
      }
      // An end that is a float64 array (a value that may carry a gradient path) makes the samples recorded, so their
      // gradient reaches it; Python numbers and the other dtypes give plain samples.
      let arrayEnds = ["start", "stop"].compactMap { end -> Tensor? in
        guard case .tensor(let tensor)? = bound[end], tensor.ndim == 0, tensor.dtype == .float64 else { return nil }
        return tensor
      }
      if !arrayEnds.isEmpty, dtype == nil || dtype == .float64 {
        let ends = try ["start", "stop"].map { end throws(PythonError) -> Tensor in
          if case .tensor(let tensor)? = bound[end], tensor.ndim == 0, tensor.dtype == .float64 { return tensor }
          return Tensor(try bound.double(end, default: 0))
        }
        let samples = try core { try Tensor.linspace(ends[0], ends[1], num: count, endpoint: endpoint) }
        guard try bound.flag("retstep") else { return .tensor(samples) }
        // NumPy's step, `(stop - start) / gaps`, recorded too; Python's nan when there are no gaps.
        let gaps = endpoint ? count - 1 : count
        guard gaps > 0 else { return try .makeTuple([.tensor(samples), .float(.nan)]) }
        let step = try core { try ends[1].subtracting(ends[0]).dividing(Tensor(Double(gaps))) }
        return try .makeTuple([.tensor(samples), .tensor(step)])
      }
      let samples = Value.tensor(
        try core {
          let values = try Tensor.linspace(start, stop, num: count, endpoint: endpoint)
          guard let dtype, dtype != .float64 else { return values }
          // NumPy computes in float64, floors for an integer dtype, then casts.
          return try (dtype.isInteger ? values.apply(.floor) : values).astype(dtype)
        })
      guard try bound.flag("retstep") else { return samples }
      // NumPy's step: the span over the number of gaps, a float64 scalar; Python's nan when there are none.
      let gaps = endpoint ? count - 1 : count
      let step: Value = gaps > 0 ? .tensor(Tensor((stop - start) / Double(gaps))) : .float(.nan)
      return try .makeTuple([samples, step])
    case "eye":
      let bound = try call.bind(["N", "M", "k", "dtype"], required: 1)
      // NumPy's eye makes `zeros((N, M))` first, whose shape converter overflows on an extent past 63 bits.
      if bound.value("N").exceedsIntp || bound["M"]?.exceedsIntp == true { throw Value.dimensionExceeded }
      let rows = try bound.value("N").toInt()
      let columns = try bound["M"]?.toInt()
      // NumPy compares k with the columns (`k >= M`) before it indexes with it: a value that is not a number fails there.
      let diagonal: Int
      switch bound.values["k"] {
      case nil: diagonal = 0
      case let k?:
        switch k {
        case .string, .none, .complex, .list, .tuple, .dict, .set:
          throw PythonError.type("'>=' not supported between instances of '\(k.typeName)' and 'int'")
        default: diagonal = try k.toInt()
        }
      }
      let dtype = try bound["dtype"]?.toDType() ?? .float64
      return .tensor(try core { try Tensor.eye(rows, columns, k: diagonal, dtype: dtype) })
    default:
      return nil
    }
  }

  /// `np.array(object, dtype=np.uint64)` of (nested lists or tuples of) Python ints and bools, some of them from
  /// 2**63 to 2**64 - 1, which NumPy stores as they are: each int as its uint64 bit pattern. Nil when the object
  /// holds no such int; refused when it holds them beside other values, whose conversion NumPy decides otherwise.
  private static func unsignedArray(_ object: Value) throws(PythonError) -> Tensor? {
    func holdsBigInt(_ value: Value) -> Bool {
      switch value {
      case .bigInt: return true
      case .list(let items), .tuple(let items): return items.contains(where: holdsBigInt)
      default: return false
      }
    }
    guard holdsBigInt(object) else { return nil }
    let twoTo64 = BigInt(Int.max) * BigInt(2) + BigInt(2)
    func bits(_ value: Value) throws(PythonError) -> NestedValue {
      switch value {
      case .bigInt(let big) where !big.negative && big.bitWidth <= 64:
        // Below 2**64 and past Int.max: its bit pattern is big - 2**64, a negative Int.
        guard let pattern = (big - twoTo64).asInt else { throw Value.bigIntInArray }
        return .scalar(.int(Int64(pattern)))
      case .bigInt(let big) where !big.negative:
        throw PythonError("OverflowError", "Python int too large to convert to C long")
      case .int(let number) where number < 0:
        throw PythonError("OverflowError", "Python integer \(number) out of bounds for uint64")
      case .int(let number): return .scalar(.int(Int64(number)))
      case .bool(let flag): return .scalar(.int(flag ? 1 : 0))
      case .list(let items), .tuple(let items):
        var nested: [NestedValue] = []
        for item in items { nested.append(try bits(item)) }
        return .list(nested)
      default: throw Value.bigIntInArray
      }
    }
    let nested = try bits(object)
    return try core { try Tensor.array(nested, dtype: .int64).astype(.uint64) }
  }

  private static func isPythonBool(_ value: Value) -> Bool {
    if case .bool = value { return true }
    return false
  }

  /// True for a Python bool or a bool NumPy scalar or array.
  private static func isBoolKind(_ value: Value) -> Bool {
    switch value {
    case .bool: true
    case .tensor(let tensor): tensor.dtype == .bool
    default: false
    }
  }

  private static func arange(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["start", "stop", "step", "dtype"])
    func scalar(_ value: Value) throws(PythonError) -> Scalar {
      if case .complex = value { throw PythonError.limit("np.arange of complex ends is not supported in snippets") }
      if case .tensor(let tensor) = value, tensor.dtype.isComplex {
        throw PythonError.limit("np.arange of complex ends is not supported in snippets")
      }
      switch try value.pythonNumber(for: "arange") {
      case .int(let int): return .int(Int64(int))
      case .float(let double): return .double(double)
      case .bool(let flag): return .int(flag ? 1 : 0)
      default: throw Value.bigIntInArray
      }
    }
    // NumPy's `array_arange`: no stop and no positional argument is its own TypeError; a stop given without a start
    // is the start, and `PyArray_ArangeObj` makes a missing or None stop `arange(0, start)`; a None end left then
    // fails in `stop - start`.
    var (startGiven, stopGiven) = (bound.values["start"], bound.values["stop"])
    if stopGiven == nil, call.positional.isEmpty {
      // Its argument parser has converted `dtype=` by then.
      try NumpyCSignature.convertGiven(["dtype"], call)
      throw PythonError.type("arange() requires stop to be specified.")
    }
    if let stop = stopGiven, startGiven == nil { (startGiven, stopGiven) = (stop, nil) }
    if stopGiven == nil || stopGiven?.isNone == true { (startGiven, stopGiven) = (.int(0), startGiven) }
    if let stopValue = stopGiven, let startValue = startGiven, stopValue.isNone || startValue.isNone {
      throw PythonError.type(
        "unsupported operand type(s) for -: '\(stopValue.typeName)' and '\(startValue.typeName)'")
    }
    try checkTextEnds(bound)
    // `_calc_length`'s `stop - start` of two bools, one a NumPy bool, is NumPy's bool subtraction.
    if let stopValue = stopGiven, let startValue = startGiven, isBoolKind(stopValue), isBoolKind(startValue),
      !(isPythonBool(stopValue) && isPythonBool(startValue))
    {
      throw PythonError.type(
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the "
          + "logical_xor function instead.")
    }
    // NumPy takes no tuple for the stop (the one argument when only one is given); any other end or step that is a
    // container meets Python's operators below.
    if case .tuple? = stopGiven { throw PythonError.type("arange: scalar arguments expected instead of a tuple.") }
    // An end or step that is an array with dimensions or a container: NumPy's `_calc_length` computes
    // (stop - start) / step with Python's operators (a list's or tuple's TypeError) or broadcasting's errors, tests
    // that array's truth (more than one element, or none, is its ValueError) and reads one element through __float__
    // (NumPy 2's "only 0-dimensional arrays").
    let ends = [stopGiven ?? .int(0), startGiven ?? .int(0), bound["step"] ?? .int(1)]
    let isContainer: (Value) -> Bool = {
      switch $0 {
      case .tensor(let t): !t.shape.isEmpty
      case .list, .tuple, .dict, .set, .range: true
      default: false
      }
    }
    if ends.contains(where: isContainer) {
      let span = try Operators.binary(.divide, try Operators.binary(.subtract, ends[0], ends[1]), ends[2])
      _ = try span.truthValue()
      _ = try span.pythonNumber(for: "float")
    }
    let start = try scalar(startGiven ?? .int(0))
    let stop = try scalar(stopGiven ?? .int(0))
    let step = try bound["step"].map { (value) throws(PythonError) in try scalar(value) } ?? .int(1)
    if step.doubleValue == 0 {
      // NumPy divides `stop - start` by the step with the objects' own operators: Python numbers raise Python's
      // ZeroDivisionError (a float's words when one is a float), a NumPy scalar or 0-d array divides to ±inf (past
      // the largest length) or NaN (no length).
      if ends.contains(where: { if case .tensor(let t) = $0 { !t.isPythonScalar } else { false } }) {
        let span = stop.doubleValue - start.doubleValue
        if span == 0 || span.isNaN { throw PythonError.value("arange: cannot compute length") }
        throw PythonError.value("Maximum allowed size exceeded")
      }
      let isFloat = ends.contains { if case .float = $0 { true } else { false } }
      throw PythonError("ZeroDivisionError", isFloat ? "float division by zero" : "division by zero")
    }
    let dtype = try bound["dtype"]?.toDType()
    // An end that is a NumPy scalar or 0-d array of another dtype than int64, float64 or bool.
    let hasOwnArithmetic: (Value) -> Bool = {
      if case .tensor(let t) = $0, t.size == 1, !t.isPythonScalar {
        ![.int64, .float64, .bool].contains(t.dtype)
      } else {
        false
      }
    }
    if dtype == nil, ends.contains(where: hasOwnArithmetic) {
      // NumPy works the length and the second value out with the ends' own arithmetic (a float32 start with a
      // Python float step stays float32, a uint8 one wraps), then fills a range of at least int64 (`intp`, meeting
      // each end's dtype: float64 for a float or uint64 end) from those two values.
      let span: Value
      let quotient: Value
      let next: Value
      do {
        span = try Operators.binary(.subtract, ends[0], ends[1])
        quotient = try Operators.binary(.divide, span, ends[2])
        next = try Operators.binary(.add, ends[1], ends[2])
      } catch {
        // NumPy's range converts such ends otherwise than its scalars' operators do (its own error follows).
        throw PythonError.limit(
          "np.arange of these ends is not supported in snippets: their own arithmetic raises here (\(error.message))")
      }
      func number(_ value: Value) throws(PythonError) -> Double? {
        if case .tensor(let tensor) = value, tensor.size == 1, !tensor.dtype.isComplex { return tensor.doubles[0] }
        return try PythonNumbers.double(value)
      }
      guard let length = try number(quotient), let second = try number(next) else {
        throw PythonError.limit("np.arange of these ends is not supported in snippets")
      }
      if length.isNaN { throw PythonError.value("arange: cannot compute length") }
      if length.rounded(.up) >= 0x1p63 || length.rounded(.up) <= -0x1p63 {
        throw PythonError.value("Maximum allowed size exceeded")
      }
      var count = Int(Swift.max(0, length.rounded(.up)))
      // NumPy's underflow and divide-by-infinity rule: +0.0 of ends that differ is one element, -0.0 none.
      if length == 0, let difference = try number(span), difference != 0 { count = length.sign == .minus ? 0 : 1 }
      let isFloat = ends.contains { value in
        switch value {
        case .float: true
        case .tensor(let t): t.dtype.isFloat || t.dtype == .uint64
        default: false
        }
      }
      if isFloat {
        return .tensor(try core { try Tensor.arange(first: start.doubleValue, next: second, count: count) })
      }
      guard case .int(let first) = start, second.magnitude < 0x1p63 else {
        throw PythonError.limit("np.arange of these ends is not supported in snippets")
      }
      return .tensor(try core { try Tensor.arange(first: first, next: Int64(second), count: count) })
    }
    return .tensor(try core { try Tensor.arange(start, stop, step: step, dtype: dtype) })
  }

  /// `np.arange` with a str or bytes end: NumPy's TypeError without a dtype; a range of dates
  /// (`np.arange('2016-07', '2016-08', dtype='datetime64[D]')`, NumPy's 100 exercises) is refused, as datetime64 is.
  private static func checkTextEnds(_ bound: BoundArguments) throws(PythonError) {
    let ends = ["start", "stop", "step"].compactMap { bound[$0] }
    guard
      let text = ends.first(where: { if case .string = $0 { true } else if case .bytes = $0 { true } else { false } })
    else { return }
    guard let dtype = bound["dtype"], !dtype.isNone else {
      let kind = if case .bytes = text { "BytesDType" } else { "StrDType" }
      throw PythonError.type("arange() not supported for inputs with DType <class 'numpy.dtypes.\(kind)'>.")
    }
    if case .string(let name) = dtype {
      if name.hasPrefix("datetime64") || name.contains("M8") { throw NumpyDTypes.unsupportedType("datetime64") }
      if name.hasPrefix("timedelta64") || name.contains("m8") { throw NumpyDTypes.unsupportedType("timedelta64") }
    }
    throw PythonError.limit("np.arange with \(text.typeName) ends and a dtype is not supported in snippets")
  }

  /// `np.abs(x)`: NumPy's ufunc loop on any operand, its SIMD one for complex values even of a NumPy or Python
  /// scalar (`np.abs(1+2j)`), where Python's `abs()` of a complex scalar calls the scalar's own hypot; the two can
  /// differ in the last bit.
  private static func ufuncAbsolute(_ x: Tensor) throws -> Tensor {
    guard x.isScalar, x.dtype.isComplex else { return try x.abs() }
    var operand = x
    operand.isScalar = false
    var magnitude = try operand.abs()
    magnitude.isScalar = true
    return magnitude
  }

  private static func elementwise(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "exp", "log", "sqrt", "tanh", "abs", "absolute", "square":
      let x = try call.bind(["x"], required: 1).value("x").toTensor()
      return .tensor(
        try core {
          switch name {
          case "exp": try x.exp()
          case "log": try x.log()
          case "sqrt": try x.sqrt()
          case "tanh": try x.tanh()
          case "square": try x.square()
          default: try ufuncAbsolute(x)
          }
        })
    case "maximum", "minimum":
      let bound = try call.bind(["x1", "x2"], required: 2)
      let a = try tensor(bound, "x1")
      let b = try tensor(bound, "x2")
      return .tensor(try core { name == "maximum" ? try Tensor.maximum(a, b) : try Tensor.minimum(a, b) })
    case "allclose", "isclose":
      let bound = try call.bind(["a", "b", "rtol", "atol", "equal_nan"], required: 2)
      let a = try tensor(bound, "a")
      let b = try tensor(bound, "b")
      let rtol = try bound.double("rtol", default: 1e-5)
      let atol = try bound.double("atol", default: 1e-8)
      let equalNan = try bound.flag("equal_nan")
      if name == "allclose" {
        return .bool(try core { try Tensor.allclose(a, b, rtol: rtol, atol: atol, equalNan: equalNan) })
      }
      return .tensor(try core { try Tensor.isclose(a, b, rtol: rtol, atol: atol, equalNan: equalNan) })
    case "array_equal":
      let bound = try call.bind(["a1", "a2", "equal_nan"], required: 2)
      let a = try tensor(bound, "a1")
      let b = try tensor(bound, "a2")
      let inexact = a.dtype.isFloat || b.dtype.isFloat || a.dtype.isComplex || b.dtype.isComplex
      guard try bound.flag("equal_nan"), a.shape == b.shape, inexact else {
        return .bool(Tensor.arrayEqual(a, b))
      }
      if a.dtype.isComplex || b.dtype.isComplex {
        throw NumpyArrays.unsupported(
          "np.array_equal(..., equal_nan=True) of complex values is not supported in snippets")
      }
      // NumPy's: NaN in the same places, the other elements equal.
      return .bool(Swift.zip(a.doubles, b.doubles).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
    default:
      return nil
    }
  }

  private static func products(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "matmul", "dot", "outer":
      let bound = try call.bind(name == "matmul" ? ["x1", "x2"] : ["a", "b"], required: 2)
      let a = try bound.value(name == "matmul" ? "x1" : "a").toTensor()
      let b = try bound.value(name == "matmul" ? "x2" : "b").toTensor()
      if name == "dot" { try AutogradTracing.refuseZeroDimensionalDot(a, b) }
      return .tensor(
        try core {
          switch name {
          case "matmul": try a.matmul(b)
          case "dot": try a.dot(b)
          default: try a.outer(b)
          }
        })
    case "broadcast_to":
      let bound = try call.bind(["array", "shape"], required: 2)
      let array = try tensor(bound, "array")
      // NumPy's wrapper makes the shape a tuple (`tuple(shape)` of an iterable, `(shape,)` of anything else) and
      // tests it before its C code converts it.
      let extents = Value.tuple(ValueList(try Self.broadcastExtents(bound.value("shape"))))
      if case .tuple(let items) = extents, items.isEmpty, array.ndim > 0 {
        throw PythonError.value("cannot broadcast a non-scalar to a scalar array")
      }
      try Self.compareBroadcastExtents(extents)
      try extents.checkExtentsFit()
      try extents.refuseBoolExtents()
      let shape = try extents.toShape()
      let result = try core { try array.broadcast(to: shape) }
      try AutogradTracing.refuseBroadcastTo(array, shape: bound.value("shape"))
      return .tensor(result)
    case "broadcast_shapes":
      try call.rejectKeywords()
      return .intTuple(try BroadcastShapes.call(call.positional))
    default:
      return nil
    }
  }

  /// `np.broadcast_to`'s shape as its Python wrapper makes it a tuple: the items of an iterable (a tuple, a list, a
  /// str's characters, a range, an array of one or more axes), else the value alone.
  private static func broadcastExtents(_ shape: Value) throws(PythonError) -> [Value] {
    switch shape {
    case .tuple(let items), .list(let items): return Array(items)
    case .string(let text): return text.map { .string(String($0)) }
    case .range: return try Interpreter.iterationItems(shape)
    case .tensor(let tensor) where tensor.ndim > 0: return try Interpreter.iterationItems(shape)
    default: return [shape]
    }
  }

  /// `np.broadcast_to`'s Python wrapper before its C code reads the shape: the extents (the tuple
  /// `broadcastExtents` made) compared with 0 in order, the first that Python cannot compare with an int its
  /// TypeError, the first negative one (of any size, a float too) NumPy's ValueError.
  private static let negativeBroadcastExtent = PythonError.value(
    "all elements of broadcast shape must be non-negative")

  private static func compareBroadcastExtents(_ shape: Value) throws(PythonError) {
    guard case .tuple(let extents) = shape else { return }
    for extent in extents {
      switch extent {
      case .string, .none, .list, .tuple, .complex, .bytes, .dict, .set:
        throw PythonError.type("'<' not supported between instances of '\(extent.typeName)' and 'int'")
      case .int(let number) where number < 0: throw negativeBroadcastExtent
      case .float(let number) where number < 0: throw negativeBroadcastExtent
      case .bigInt(let number) where number.negative: throw negativeBroadcastExtent
      case .tensor(let tensor) where tensor.ndim == 0 && !tensor.dtype.isComplex:
        if let number = tensor.doubles.first, number < 0 { throw negativeBroadcastExtent }
      default: continue
      }
    }
  }

  private static func reductionsAndShapes(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "sum", "mean":
      let bound = try call.bind(["a", "axis", "dtype", "out", "keepdims"], required: 1)
      return try Methods.reduce(name, try tensor(bound, "a"), bound)
    case "max", "min", "amax", "amin":
      let bound = try call.bind(["a", "axis", "out", "keepdims"], required: 1)
      let reduction = name == "amax" ? "max" : name == "amin" ? "min" : name
      return try Methods.reduce(reduction, try tensor(bound, "a"), bound)
    case "reshape":
      let bound = try call.bind(["a", "shape", "order"], required: 2)
      if let order = bound["order"] { try Methods.requireRowMajorOrder(order) }
      let shapeValue = bound.value("shape")
      try shapeValue.refuseBoolExtents()
      let a = try tensor(bound, "a")
      // `np.reshape(a, None)` is NumPy's view of the array in its own shape.
      try shapeValue.checkExtentsFit()
      let shape = shapeValue.isNone ? a.shape : try shapeValue.toShape()
      return .tensor(asArray(try core { try a.reshape(shape) }, of: bound.value("a")))
    case "transpose":
      let bound = try call.bind(["a", "axes"], required: 1)
      let axes = try bound["axes"].map { (value) throws(PythonError) in
        try value.refuseBoolExtents()
        return try AxisConversion.axes(value)
      }
      let a = try tensor(bound, "a")
      return .tensor(asArray(try core { try a.transpose(axes) }, of: bound.value("a")))
    case "expand_dims":
      let bound = try call.bind(["a", "axis"], required: 2)
      let axes = try AxisConversion.axes(bound.value("axis"))
      let a = try tensor(bound, "a")
      return .tensor(try core { try a.expandDims(axes) })
    case "squeeze":
      let bound = try call.bind(["a", "axis"], required: 1)
      let axes = try bound["axis"].map { (value) throws(PythonError) in try AxisConversion.axes(value) }
      let isSingleAxis = bound["axis"].map(isSingleAxis) ?? false
      let a = try tensor(bound, "a")
      return .tensor(asArray(try core { try a.squeeze(axes, isSingleAxis: isSingleAxis) }, of: bound.value("a")))
    case "size" where call.positional.count > 1 || !call.keywords.isEmpty:
      return try sizeAlong(call)
    case "shape", "ndim", "size":
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      return try Attributes.get(name, of: .tensor(a))
    default:
      return nil
    }
  }
}

extension NumpyFunctions {
  /// True when a list given to `np.array` holds a complex NumPy scalar or array (a Python complex is a TypeError).
  fileprivate static func holdsComplexArray(_ nested: NestedValue) -> Bool {
    switch nested {
    case .scalar: false
    case .tensor(let tensor): tensor.dtype.isComplex && !tensor.isPythonScalar
    case .list(let items): items.contains(where: holdsComplexArray)
    }
  }

  /// `np.size(a, axis)`: the product of the extents along one axis or a tuple of them (NumPy's
  /// `normalize_axis_tuple`, which refuses a repeated axis).
  fileprivate static func sizeAlong(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "axis"], required: 1)
    let a = try bound.value("a").toTensor()
    guard let axis = bound["axis"], !axis.isNone else { return .int(a.size) }
    var given: [Int] = []
    // normalize_axis_tuple parses each axis as a C int.
    func cInt(_ axis: Int) throws(PythonError) -> Int {
      guard Int32(exactly: axis) != nil else {
        throw PythonError("OverflowError", "Python int too large to convert to C int")
      }
      return axis
    }
    // NumPy iterates what is no index (a float is not iterable), then reads each item as an index.
    func index(_ value: Value, iterated: Bool) throws(PythonError) -> Int {
      switch value {
      case _ where value.exceedsIntp && (value.isIntegerNumber || value.bigInteger != nil):
        throw PythonError("OverflowError", "Python int too large to convert to C long")
      case .int, .bool: return try cInt(try value.toInt())
      case .tensor(let scalar) where scalar.isScalar && (scalar.dtype.isInteger || scalar.dtype == .bool):
        return try cInt(try value.toInt())
      case .float:
        throw PythonError.type(iterated ? "integer argument expected, got float" : "'float' object is not iterable")
      default:
        throw NumpyArrays.unsupported("np.size with an axis of type \(value.typeName) is not supported in snippets")
      }
    }
    switch axis {
    case .tuple(let items), .list(let items):
      for item in items.items { given.append(try index(item, iterated: true)) }
    default:
      given = [try index(axis, iterated: false)]
    }
    var seen = Set<Int>()
    var count = 1
    for value in given {
      guard value >= -a.ndim && value < a.ndim else {
        throw PythonError("AxisError", "axis \(value) is out of bounds for array of dimension \(a.ndim)")
      }
      let normalized = value < 0 ? value + a.ndim : value
      if !seen.insert(normalized).inserted { throw PythonError.value("repeated axis") }
      count *= a.shape[normalized]
    }
    return .int(count)
  }
}

extension Value {
  /// True for a complex number or any array that is not 0-d real: what NumPy's `linspace`-like functions take
  /// beyond the real numbers the language's versions take.
  var isComplexOrArray: Bool {
    switch self {
    case .complex: true
    case .tensor(let tensor): tensor.dtype.isComplex || !tensor.shape.isEmpty
    case .list, .tuple, .range: true
    default: false
    }
  }
}
