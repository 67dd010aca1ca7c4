import TensorCore

/// NumPy's joining, selecting, sorting and statistics functions, and the array methods of the same names.
enum NumpyArrays {
  /// The names this file answers as `np.name` or plain `name`.
  static let names: Set<String> = [
    "concatenate", "stack", "vstack", "hstack", "where", "clip", "sort", "argsort", "argmax", "argmin", "cumsum",
    "any", "all", "count_nonzero", "flip", "fliplr", "flipud", "var", "std", "nonzero", "argwhere", "unique", "diag",
    "trace", "identity", "ravel", "prod", "tile", "repeat", "meshgrid", "median", "full_like", "empty_like",
    "bincount",
  ]
  /// The array methods this file answers.
  static let methods: Set<String> = [
    "argmax", "argmin", "cumsum", "clip", "any", "all", "var", "std", "argsort", "nonzero", "round", "ravel", "prod",
    "repeat",
  ]

  /// Calls `np.name(...)`, or nil when the name is not one of this file's.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "concatenate":
      let bound = try call.bind(["arrays", "axis"], required: 1)
      let arrays = try sequence(bound.value("arrays"))
      let axis: Int? =
        bound.values["axis"].map { $0.isNone } == true
        ? nil : try bound["axis"]?.toAxis(readAsNoneBy: "np.concatenate") ?? 0
      return .tensor(try core { try Tensor.concatenate(arrays, axis: axis) })
    case "stack":
      let bound = try call.bind(["arrays", "axis"], required: 1)
      let arrays = try sequence(bound.value("arrays"), stacking: true)
      // An explicit `axis=None` is NumPy's TypeError, not the default axis.
      let axis = try bound.values["axis"]?.toAxis() ?? 0
      return .tensor(try core { try Tensor.stack(arrays, axis: axis) })
    case "vstack", "hstack":
      let arrays = try sequence(try call.bind(["tup"], required: 1).value("tup"), stacking: true)
      return .tensor(
        try core {
          if name == "vstack" {
            return try Tensor.concatenate(arrays.map { $0.ndim >= 2 ? $0 : try $0.reshape([1, $0.size]) }, axis: 0)
          }
          let atLeast1d = try arrays.map { $0.ndim == 0 ? try $0.reshape([1]) : $0 }
          return try Tensor.concatenate(atLeast1d, axis: atLeast1d.first?.ndim == 1 ? 0 : 1)
        })
    case "where":
      let bound = try call.bind(["condition", "x", "y"], required: 1)
      let condition = try bound.value("condition").toTensor()
      guard let x = bound["x"], let y = bound["y"] else {
        if bound["x"] != nil || bound["y"] != nil {
          throw PythonError.value("either both or neither of x and y should be given")
        }
        return try .makeTuple(try core { try condition.nonzeroIndices() }.map { .tensor($0) })
      }
      let a = try x.toTensor()
      let b = try y.toTensor()
      return .tensor(try core { try Tensor.where(condition, a, b) })
    case "clip":
      try AutogradTracing.refuseClip(call, receiver: nil)
      let bound = try call.bind(["a", "a_min", "a_max"], required: 1)
      // NumPy's np.clip takes both bounds or neither (then `min=`/`max=`, not part of the snippet language).
      switch (bound.values["a_min"], bound.values["a_max"]) {
      case (_?, nil): throw PythonError.type("clip() missing 1 required positional argument: 'a_max'")
      case (nil, _?): throw PythonError.type("clip() missing 1 required positional argument: 'a_min'")
      default: return try clip(try bound.value("a").toTensor(), bound["a_min"], bound["a_max"])
      }
    case "sort", "argsort":
      let bound = try call.bind(["a", "axis", "kind"], required: 1)
      let a = try bound.value("a").toTensor()
      return try sort(name, a, bound, axisGiven: bound.values["axis"] != nil)
    case "argmax", "argmin", "cumsum", "any", "all", "var", "std", "count_nonzero", "nonzero", "ravel", "prod":
      let bound = try call.bind(["a"] + parameters(name), required: 1)
      return try method(name, try bound.value("a").toTensor(), bound)
    case "argwhere":
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      if a.ndim == 0 {
        // One row (none for a false element) of no columns: NumPy's `(1, 0)` or `(0, 0)` int64 array.
        let found = try core { try a.reshape([1]).nonzeroIndices()[0].size }
        return .tensor(try core { try Tensor.full([found, 0], Tensor(0), dtype: .int64) })
      }
      return .tensor(try core { try Tensor.stack(a.nonzeroIndices(), axis: 1) })
    case "flip", "fliplr", "flipud":
      let bound = try call.bind(name == "flip" ? ["m", "axis"] : ["m"], required: 1)
      let m = try bound.value("m").toTensor()
      if name != "flip" && m.ndim < (name == "fliplr" ? 2 : 1) {
        throw PythonError.value(name == "fliplr" ? "Input must be >= 2-d." : "Input must be >= 1-d.")
      }
      if name == "flip", let given = bound["axis"], !NumpyFunctions.isSingleAxis(given) {
        // `np.flip(A, (0, 2))` or `[0, 2]`: each axis in turn (NumPy reverses them all in one view, to the same
        // elements).
        let axes = try AxisConversion.axes(given)
        let normalised = axes.map { $0 < 0 ? $0 + m.ndim : $0 }
        if Set(normalised).count != normalised.count {
          throw unsupported("np.flip with a repeated axis is not supported in snippets")
        }
        // No axes of a 0-d array: NumPy's `m[()]` is a NumPy scalar, as for `axis=None`.
        if axes.isEmpty && m.ndim == 0 { return .tensor(m.scalar) }
        var flipped = m
        for axis in axes { flipped = try core { try flipped.flip(axis) } }
        return .tensor(flipped)
      }
      let axis = name == "fliplr" ? 1 : name == "flipud" ? 0 : try bound["axis"]?.toAxis()
      // NumPy flips every axis as `m[::-1, ...]` with one slice per axis: none for a 0-d array, whose `m[()]` is a
      // NumPy scalar.
      if axis == nil && m.ndim == 0 { return .tensor(m.scalar) }
      return .tensor(try core { try m.flip(axis) })
    case "unique":
      return try NumpyUnique.call(call)
    case "diag":
      let bound = try call.bind(["v", "k"], required: 1)
      let v = try bound.value("v").toTensor()
      let k = try bound["k"]?.toInt() ?? 0
      return .tensor(try core { try v.diag(k) })
    case "trace":
      let bound = try call.bind(["a", "offset", "axis1", "axis2", "dtype", "out"], required: 1)
      let a = try bound.value("a").toTensor()
      if a.ndim > 2, a.dtype.isInteger || a.dtype == .bool {
        // Integer sums are the same in any order, so NumPy's walk over the diagonals need not be followed.
        return .tensor(try NumpyEverydayMethods.stackedTrace(of: a, bound))
      }
      if a.ndim < 2 { throw PythonError.value("diag requires an array of at least two dimensions") }
      if a.ndim != 2 {
        throw unsupported("np.trace of an array that is not 2-d is not supported in snippets")
      }
      return .tensor(try NumpyEverydayMethods.trace(of: a, bound, "np.trace"))
    case "tile":
      let bound = try call.bind(["A", "reps"], required: 2)
      let a = try bound.value("A").toTensor()
      let reps: [Int]
      if case .int = bound.value("reps") {
        reps = [try bound.value("reps").toInt()]
      } else {
        reps = try bound.value("reps").toShape()
      }
      return .tensor(try core { try a.tiled(reps) })
    case "repeat":
      let bound = try call.bind(["a", "repeats", "axis"], required: 2)
      return try repeated(try bound.value("a").toTensor(), bound)
    case "meshgrid":
      var arrays: [Tensor] = []
      for value in call.positional { arrays.append(try value.toTensor()) }
      var cartesian = true
      var sparse = false
      for (name, value) in call.keywords {
        if name == "sparse", case .bool(let flag) = value {
          sparse = flag
          continue
        }
        if name == "copy", case .bool(true) = value { continue }
        guard name == "indexing", case .string(let text) = value, text == "xy" || text == "ij" else {
          if name == "indexing" { throw PythonError.value("Valid values for `indexing` are 'xy' and 'ij'.") }
          throw unsupported("np.meshgrid's \(name)= is not supported in snippets")
        }
        cartesian = text == "xy"
      }
      let grids = try core { try Tensor.meshgrid(arrays, cartesian: cartesian, sparse: sparse) }
      return try .makeTuple(grids.map { .tensor($0) })
    case "median":
      let bound = try call.bind(["a", "axis", "out", "overwrite_input", "keepdims"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      try NumpyStatistics.refuseOverwrittenInput(bound, name)
      let a = try bound.value("a").toTensor()
      let axis = try AxisConversion.oneOrAll(bound["axis"], ndim: a.ndim, function: "np.median")
      let median = a.dtype == .float32 ? try float32Median(a, axis: axis) : try core { try a.median(axis: axis) }
      guard try bound.flag("keepdims") else { return .tensor(median) }
      // keepdims: the reduced axes kept with extent one (every axis for a full median), an array.
      var kept = a.shape
      if let axis { kept[try AxisConversion.normalized(axis, ndim: a.ndim)] = 1 } else { kept = kept.map { _ in 1 } }
      let shape = kept
      var result = try core { try median.reshape(shape) }
      result.isScalar = false
      return .tensor(result)
    case "full_like", "empty_like":
      var call = call
      let shape = try NumpyFunctions.likeShape(&call)
      let bound = try call.bind(
        name == "full_like" ? ["a", "fill_value", "dtype"] : ["prototype", "dtype"],
        required: name == "full_like" ? 2 : 1)
      let a = try bound.value(name == "full_like" ? "a" : "prototype").toTensor()
      let dtype = try bound["dtype"]?.toDType() ?? a.dtype
      // NumPy's empty_like holds whatever memory it got; snippets give zeros, which NumPy may also print.
      let fill =
        name == "full_like"
        ? try fillValue(bound.value("fill_value"), dtype: dtype, isEmpty: (shape ?? a.shape).contains(0)) : Tensor(0)
      return .tensor(try core { try Tensor.full(shape ?? a.shape, fill, dtype: dtype) })
    case "bincount":
      let bound = try call.bind(["x", "weights", "minlength"], required: 1)
      let x = try bound.value("x").toTensor()
      let weights = try bound["weights"]?.toTensor()
      let minlength = try bound["minlength"]?.toInt() ?? 0
      return .tensor(try core { try x.binCounts(weights: weights, minlength: minlength) })
    case "identity":
      let bound = try call.bind(["n", "dtype"], required: 1)
      let n = try bound.value("n").toInt()
      let dtype = try bound["dtype"]?.toDType() ?? .float64
      return .tensor(try core { try Tensor.eye(n, nil, k: 0, dtype: dtype) })
    default:
      return nil
    }
  }

  /// `np.full`'s and `np.full_like`'s fill value as NumPy's unsafe cast stores it: None is NaN in a float array
  /// (EngComp's `np.full_like(freqs, None)`), False in a bool one, and `int(None)`'s TypeError in an integer one
  /// unless there is no element to store it in. Without a dtype NumPy makes an object array (refused by the
  /// conversion), as for a complex one, whose NaN parts docbuild does not reproduce.
  static func fillValue(_ value: Value, dtype: DType?, isEmpty: Bool) throws(PythonError) -> Tensor {
    guard value.isNone, let dtype, !dtype.isComplex else { return try value.toTensor() }
    if dtype.isFloat { return Tensor(Double.nan) }
    if dtype == .bool || isEmpty { return Tensor(false) }
    throw PythonError.type("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
  }

  /// `np.median` of float32 values: NumPy's mean of the one or two middle values in float32 (`(a + b) / 2`, each step
  /// rounded to float32). The float64 median `(a + b) / 2` rounded once to float32 is the same number wherever
  /// neither step leaves float32's normal range (a sum past its largest value is NumPy's inf, a half below its
  /// smallest normal value rounds twice): there it is refused.
  static func float32Median(_ a: Tensor, axis: Int?) throws(PythonError) -> Tensor {
    let wide = try core { try a.astype(.float64).median(axis: axis) }
    let inRange = wide.doubles.allSatisfy { value in
      value.isNaN || value.isInfinite || value == 0 || (0x1p-125...0x1p126).contains(Swift.abs(value))
    }
    guard inRange else {
      throw NumpyArrays.unsupported(
        "np.median of float32 values beyond 2**126 or below 2**-125 is not supported in snippets: NumPy's float32 "
          + "sum of the middle values overflows or rounds twice there; convert first with .astype(np.float64)")
    }
    return try core { try wide.astype(.float32) }
  }

  /// NumPy's float32 statistics run their own float32 steps (`_var`'s divisions, the norm's dot product), which
  /// docbuild does not replay: refused, never printed in float64.
  static func refuseFloat32(_ a: Tensor, _ name: String) throws(PythonError) {
    guard a.dtype.isNarrowFloat else { return }
    let type = a.dtype.rawValue
    var error = PythonError(
      "NotImplementedError",
      "\(name) of \(type) values is not supported: NumPy computes it in \(type) steps docbuild does not reproduce; "
        + "convert first with .astype(np.float64)")
    error.isLimit = true
    throw error
  }

  private static func repeated(_ a: Tensor, _ bound: BoundArguments) throws(PythonError) -> Value {
    let repeats: [Int]
    switch bound.value("repeats") {
    case .int, .bool: repeats = [try bound.value("repeats").toInt()]
    // NumPy makes an intp array of the counts: a type is no number to int(), a nested list no 1-d array.
    case let other where other.repr.hasPrefix("<class "):
      throw PythonError.type(
        "int() argument must be a string, a bytes-like object or a real number, not '\(other.typeName)'")
    case .list(let items) where items.contains(where: Self.isSequence),
      .tuple(let items)
    where items.contains(where: Self.isSequence):
      throw PythonError.value(
        "setting an array element with a sequence. The requested array would exceed the maximum number of dimension "
          + "of 1.")
    // The counts' number is checked against the elements before their signs (the core's).
    case .list(let items), .tuple(let items): repeats = try items.map { (item) throws(PythonError) in try item.toInt() }
    case let other: repeats = try other.toShape()
    }
    let axis = try bound["axis"]?.toAxis(readAsNoneBy: "np.repeat")
    return .tensor(try core { try a.repeated(repeats, axis: axis) })
  }

  /// The parameters after the array of each reduction-like function, in NumPy's order.
  private static func parameters(_ name: String) -> [String] {
    switch name {
    case "argmax", "argmin": ["axis", "out", "keepdims"]
    case "cumsum": ["axis", "dtype", "out"]
    case "any", "all": ["axis", "out", "keepdims"]
    case "prod": ["axis", "dtype", "out", "keepdims"]
    case "var", "std": ["axis", "dtype", "out", "ddof", "keepdims"]
    case "count_nonzero": ["axis", "keepdims"]
    case "clip": ["min", "max"]
    case "argsort": ["axis", "kind"]
    case "round": ["decimals"]
    case "repeat": ["repeats", "axis"]
    default: []
    }
  }

  /// True for a list or tuple (an item of a nested sequence).
  private static func isSequence(_ value: Value) -> Bool {
    switch value {
    case .list, .tuple: true
    default: false
    }
  }

  /// True for a value NumPy takes as an output array: an ndarray (of any dimension), not a NumPy scalar, a Python
  /// number or a list.
  static func isOutputArray(_ value: Value) -> Bool {
    guard case .tensor(let tensor) = value else { return false }
    return !tensor.isScalar && !tensor.isPythonScalar
  }

  /// Calls the array method `receiver.name(...)`.
  static func method(_ name: String, on tensor: Tensor, _ call: CallArguments) throws(PythonError) -> Value {
    var call = call
    if name == "clip" {
      try checkClipMethodKeywords(tensor, call)
      call = try clipMethodOutput(call)
    }
    // The methods any and all hand their arguments to NumPy's `_methods._any`/`_all`, whose second parameter is
    // `dtype` (`a.any(0, None, None, True)` keeps the dimensions), not the functions' `out`.
    let bound = try call.bind(name == "any" || name == "all" ? ["axis", "dtype", "out", "keepdims"] : parameters(name))
    switch name {
    case "clip":
      try AutogradTracing.refuseClip(call, receiver: .tensor(tensor))
      return try clip(tensor, bound["min"], bound["max"])
    case "repeat": return try repeated(tensor, bound)
    case "argsort": return try sort(name, tensor, bound, axisGiven: true)
    case "round":
      let decimals = try bound["decimals"].map(UnusualArguments.cInt) ?? 0
      if let refusal = tensor.roundingNoiseRefusal() { throw PythonError(refusal) }
      let rounded = try core { try tensor.rounded(decimals: decimals) }
      // As np.round: a 0-d array rounds to a NumPy scalar.
      return .tensor(rounded.ndim == 0 ? rounded.scalar : rounded)
    default: return try method(name, tensor, bound)
    }
  }

  private static func method(_ name: String, _ a: Tensor, _ bound: BoundArguments) throws(PythonError) -> Value {
    // argmax, argmin and cumsum convert their axis first (`a.argmax([1, 0], 0)` names the list); the ufunc
    // reductions and cumsum convert their dtype before their out (`a.any(1, 0, 1)` names the dtype); np.var
    // and np.std count their axes first.
    if ["argmax", "argmin", "cumsum"].contains(name), let axis = bound["axis"] { _ = try axis.toAxis() }
    if name != "var", name != "std", let given = bound["dtype"] { _ = try given.toDType() }
    if let out = bound["out"] {
      // NumPy reads `out` with the arguments, before the axis; np.var and np.std check their axes first, so their
      // error for an `out` that is no array is left refused.
      if !isOutputArray(out) {
        switch name {
        case "argmax", "argmin", "cumsum": throw PythonError.type("output must be an array")
        case "var", "std": break
        default: throw PythonError.type("return arrays must be of ArrayType")
        }
      }
      throw unsupported("out= is not supported in snippets")
    }
    if name == "any" || name == "all", let given = bound["dtype"], !given.isNone {
      // `_methods._any` reduces with logical_or (logical_and for all) in that dtype: after the axes are checked, bool
      // is the plain reduction, and NumPy's logical loops take no other dtype of snippets.
      let axes = try bound["axis"]?.toAxes() ?? .all
      _ = try core { try Tensor.zeros(a.shape.map { _ in 1 }).sum(axis: axes) }
      if try given.toDType() != .bool {
        throw PythonError.type(
          "No loop matching the specified signature and casting was found for ufunc "
            + (name == "any" ? "logical_or" : "logical_and"))
      }
    } else if let given = bound["dtype"], !given.isNone {
      guard name == "cumsum" || name == "prod" else {
        throw unsupported("dtype= of np.\(name) is not supported in snippets")
      }
      return try accumulated(name, a, in: try given.toDType(), bound)
    }
    let keepdims = try bound.flag("keepdims")
    switch name {
    case "argmax", "argmin":
      let axis = try bound["axis"]?.toAxis(readAsNoneBy: "np.\(name)")
      return .tensor(try core { try a.argExtreme(maximum: name == "argmax", axis: axis, keepdims: keepdims) })
    case "cumsum":
      try AutogradTracing.refuseCumulativeSumOfPythonFloat(a)
      let axis = try bound["axis"]?.toAxis(readAsNoneBy: "np.cumsum")
      return .tensor(try core { try a.cumulativeSum(axis: axis) })
    case "any", "all":
      let axes = try bound["axis"]?.toAxes() ?? .all
      return .tensor(try core { try a.anyAll(isAny: name == "any", axes: axes, keepdims: keepdims) })
    case "var", "std":
      // float16's are NumPy's half steps (Tensor.halfVariance); float32's go through float32 kernels.
      if a.dtype == .float32 { try refuseFloat32(a, "np.\(name)") }
      let axes = try bound["axis"]?.toAxes() ?? .all
      let ddof = try ddofValue(bound, of: "np.\(name)")
      return .tensor(
        try core {
          name == "var"
            ? try a.variance(axis: axes, ddof: ddof, keepdims: keepdims)
            : try a.standardDeviation(axis: axes, ddof: ddof, keepdims: keepdims)
        })
    case "count_nonzero":
      switch bound["keepdims"] {
      case nil, .bool?, .int?: break
      case let other?:
        // NumPy's C parser reads keepdims as an int, with its own errors for other values.
        throw unsupported("np.count_nonzero with keepdims of type \(other.typeName) is not supported in snippets")
      }
      let axes = try bound["axis"]?.toAxes()
      let truths = try core { try a.astype(.bool).astype(.int64) }
      let counted = try core { try truths.sum(axis: axes ?? .all, keepdims: keepdims) }
      return .tensor(counted)
    case "prod":
      let axes = try bound["axis"]?.toAxes() ?? .all
      return .tensor(try core { try a.product(axis: axes, keepdims: keepdims) })
    case "nonzero":
      return try .makeTuple(try core { try a.nonzeroIndices() }.map { .tensor($0) })
    case "ravel":
      return .tensor(try core { try a.reshape([a.size]) })
    default:
      throw PythonError("AttributeError", "'numpy.ndarray' object has no attribute '\(name)'")
    }
  }

  /// `np.cumsum(a, dtype=d)` and `np.prod(a, dtype=d)`: NumPy casts the elements to `d` and accumulates in it, so
  /// the result is `np.cumsum(a.astype(d))` kept in `d` (an int8 running sum wraps as int8). A bool accumulation
  /// (a logical or and and) and the complex and narrow float ones are refused.
  private static func accumulated(_ name: String, _ a: Tensor, in dtype: DType, _ bound: BoundArguments)
    throws(PythonError) -> Value
  {
    if name == "cumsum" {
      let axis = try bound["axis"]?.toAxis(readAsNoneBy: "np.cumsum")
      return .tensor(try cumulative(name, a, axis: axis, dtype: dtype))
    }
    try refuseAccumulation(name, a, in: dtype)
    let converted = try core { try a.astype(dtype) }
    let axes = try bound["axis"]?.toAxes() ?? .all
    let keepdims = try bound.flag("keepdims")
    return .tensor(try core { try converted.product(axis: axes, keepdims: keepdims).inDType(dtype) })
  }

  /// The `ddof=` of a variance (0 when absent): an int, or a float of integral value, which divides alike; NumPy
  /// also takes a fractional one (it divides by `n - ddof` in floats), which docbuild refuses.
  static func ddofValue(_ bound: BoundArguments, of function: String) throws(PythonError) -> Int {
    guard let given = bound["ddof"] else { return 0 }
    if case .float(let value) = given {
      guard value.rounded() == value, abs(value) < 1e15 else {
        throw unsupported(
          "\(function)(..., ddof=\(Value.float(value).repr)): a ddof that is not a whole number is "
            + "not supported in snippets")
      }
      return Int(value)
    }
    return try given.toInt()
  }

  /// Refuses an accumulation `dtype=` that docbuild does not run in NumPy's own arithmetic: a bool one (a logical
  /// or, and), the complex and narrow float ones, and any of complex values.
  static func refuseAccumulation(_ name: String, _ a: Tensor, in dtype: DType) throws(PythonError) {
    if dtype == .bool || dtype.isComplex || dtype.isNarrowFloat || a.dtype.isComplex {
      throw unsupported(
        "np.\(name)(..., dtype=\(dtype.rawValue)) of \(a.dtype.rawValue) values is not supported in snippets")
    }
  }

  /// `np.cumsum`/`np.cumprod` (their nan-forms, after NaN is replaced, and `np.add`/`np.multiply.accumulate`) along
  /// `axis` (nil flattens), in `dtype` when given: NumPy casts the elements to it and accumulates in it (an int16 running product wraps as int16).
  static func cumulative(_ name: String, _ a: Tensor, axis: Int?, dtype: DType?) throws(PythonError) -> Tensor {
    let isSum = name.hasSuffix("cumsum") || name == "add.accumulate"
    guard let dtype else {
      return try core { isSum ? try a.cumulativeSum(axis: axis) : try a.cumulativeProduct(axis: axis) }
    }
    // A running product is one multiplication a step in the dtype (float32's and complex64's rounded each step, as
    // NumPy's loop does); a bool one is a logical and, refused. Running sums keep cumsum's refusals.
    if isSum || dtype == .bool { try refuseAccumulation(name, a, in: dtype) }
    let converted = try core { try a.astype(dtype) }
    return try core {
      (isSum ? try converted.cumulativeSum(axis: axis) : try converted.cumulativeProduct(axis: axis)).inDType(dtype)
    }
  }

  /// NumPy's error for the function's bound names given to the method (`a.clip(a_min=1)`): `ndarray.clip(min, max,
  /// **kwargs)` hands them to the ufunc its bounds choose (np.positive with neither, np.minimum with only `max`,
  /// np.maximum with only `min`, np.clip with both), which names itself. An integer array's bounds past its dtype's
  /// range would change that choice, refused.
  private static func checkClipMethodKeywords(_ a: Tensor, _ call: CallArguments) throws(PythonError) {
    guard let stray = call.keywords.first(where: { $0.name == "a_min" || $0.name == "a_max" }) else { return }
    let given = ["min", "max"].enumerated().map { (index, name) -> Value? in
      let value =
        index < call.positional.count ? call.positional[index] : call.keywords.first { $0.name == name }?.value
      return value.flatMap { $0.isNone ? nil : $0 }
    }
    if a.dtype.isInteger, given.contains(where: { if case .tensor? = $0 { false } else { $0 != nil } }) {
      throw unsupported(
        "ndarray.clip with \(stray.name)= and a bound given to an integer array is not supported in snippets")
    }
    let ufunc =
      switch (given[0] != nil, given[1] != nil) {
      case (false, false): "positive"
      case (false, true): "minimum"
      case (true, false): "maximum"
      case (true, true): "clip"
      }
    throw PythonError.type("\(ufunc)() got an unexpected keyword argument '\(stray.name)'")
  }

  /// `a.clip(min, max, out)` as NumPy's `_methods._clip(a, min, max, out, **kwargs)` binds it: CPython's error for
  /// more positional arguments, the ufunc's for an `out` that is no array; an array out (which NumPy writes) is
  /// refused, and `out=None` is no out. Returns the call without it.
  static func clipMethodOutput(_ call: CallArguments) throws(PythonError) -> CallArguments {
    if call.positional.count > 3 {
      throw PythonError.type(
        "_clip() takes from 1 to 4 positional arguments but \(call.positional.count + 1) were given")
    }
    var result = call
    let out: Value?
    if call.positional.count == 3 {
      if call.keywords.contains(where: { $0.name == "out" }) {
        throw PythonError.type("_clip() got multiple values for argument 'out'")
      }
      out = result.positional.removeLast()
      if !result.positionalTexts.isEmpty { result.positionalTexts.removeLast() }
    } else if let index = call.keywords.firstIndex(where: { $0.name == "out" }) {
      out = result.keywords.remove(at: index).value
    } else {
      return call
    }
    guard let out, !out.isNone else { return result }
    if case .tuple = out { throw unsupported("ndarray.clip(out=…) is not supported in snippets") }
    if !isOutputArray(out) { throw PythonError.type("return arrays must be of ArrayType") }
    throw unsupported("ndarray.clip(out=…) is not supported in snippets")
  }

  static func clip(_ a: Tensor, _ low: Value?, _ high: Value?) throws(PythonError) -> Value {
    var (low, high) = (low, high)
    if a.dtype.isInteger {
      // NumPy's `_clip`: a Python int bound at or past an integer dtype's own limit is no bound (NEP 50 would
      // otherwise reject it).
      let (least, most) = a.dtype == .uint64 ? (0, Int64.max) : a.dtype.integerBounds
      let uint64Max = BigInt(Int.max) * BigInt(2) + BigInt(1)
      switch low {
      case .int(let value)? where Int64(value) <= least: low = nil
      case .bigInt(let value)? where value.compare(BigInt(0)) < 0: low = nil
      default: break
      }
      switch high {
      case .int(let value)? where a.dtype != .uint64 && Int64(value) >= most: high = nil
      case .bigInt(let value)? where a.dtype != .uint64 || value.compare(uint64Max) >= 0: high = nil
      default: break
      }
    }
    let lowTensor = try low?.toTensor()
    let highTensor = try high?.toTensor()
    // NumPy promotes the three together, a Python number last: beside a bool or integer array it widens no further
    // than the other, NumPy-typed bound does (`np.clip(bools, 0, np.float32(0.5))` is float32, where clipping at the
    // int first would make int64 and then float64).
    var clipped = a
    if a.dtype == .bool || a.dtype.isInteger, let lowTensor, let highTensor,
      lowTensor.isPythonScalar != highTensor.isPythonScalar
    {
      let widened = DType.promoted(a.dtype, lowTensor.isPythonScalar ? highTensor.dtype : lowTensor.dtype)
      if widened != a.dtype { clipped = try core { try a.astype(widened) } }
    }
    return .tensor(try core { [clipped] in try clipped.clip(lowTensor, highTensor) })
  }

  private static func sort(_ name: String, _ a: Tensor, _ bound: BoundArguments, axisGiven: Bool) throws(PythonError)
    -> Value
  {
    // `axis=None` flattens; an absent axis is the last one.
    let axis: Int? =
      axisGiven && bound.values["axis"]?.isNone == true
      ? nil
      : try bound["axis"].map { (value) throws(PythonError) in
        // argsort's converter reads -2**31 as axis=None; sort's raises its AxisError.
        name == "argsort" ? try value.toAxis(readAsNoneBy: "np.argsort") : try value.toAxis()
      } ?? -1
    var kind = "quicksort"
    if let given = bound["kind"] {
      guard case .string(let text) = given, ["quicksort", "stable", "mergesort"].contains(text) else {
        throw unsupported("sort kind \(given.repr) is not supported in snippets: use 'quicksort' or 'stable'")
      }
      kind = text
    }
    let stable = kind != "quicksort"
    return .tensor(
      try core { name == "sort" ? try a.sorted(axis: axis, stable: stable) : try a.argsort(axis: axis, stable: stable) }
    )
  }

  /// A refusal of something NumPy does and snippets do not: docbuild's own error, never an expected output.
  static func unsupported(_ message: String) -> PythonError {
    var error = PythonError("NotImplementedError", message)
    error.isLimit = true
    return error
  }

  /// The arrays of a list or tuple argument.
  /// The ints of `range(start, stop, step)` as a sequence of arrays holds them: each a 0-d array, as NumPy takes them.
  static func rangeArrays(_ start: Int, _ stop: Int, _ step: Int) throws(PythonError) -> [Tensor] {
    let count = Interpreter.rangeCount(start, stop, step)
    try WorkMeter.charge(count)
    var arrays: [Tensor] = []
    for position in 0..<count { arrays.append(try Value.int(start + position * step).toTensor()) }
    return arrays
  }

  /// The arrays of a list, tuple or array argument; NumPy's TypeError for an iterator (`np.stack(g)`, which NumPy
  /// refuses without consuming it; `stacking` for the stack family's words).
  private static func sequence(_ value: Value, stacking: Bool = false) throws(PythonError) -> [Tensor] {
    switch value {
    case .list(let items), .tuple(let items):
      var arrays: [Tensor] = []
      for item in items { arrays.append(try item.toTensor()) }
      return arrays
    case .range(let start, let stop, let step):
      return try rangeArrays(start, stop, step)
    case .tensor(let tensor) where tensor.ndim > 0:
      var rows: [Tensor] = []
      for position in 0..<tensor.shape[0] { rows.append(try core { try tensor.index([.int(position)]) }) }
      return rows
    case .iterator where stacking:
      throw PythonError.type("arrays to stack must be passed as a \"sequence\" type such as list or tuple.")
    // np.concatenate's dispatcher iterates its argument first: a number or 0-d array is no iterable; a str is, and
    // then the one 0-d array of text its C function reads.
    case .int, .float, .bool, .complex, .none, .bigInt:
      // The stacks' dispatcher asks for `__getitem__` (NumPy's `_arrays_for_stack_dispatcher`).
      if stacking {
        throw PythonError.type("arrays to stack must be passed as a \"sequence\" type such as list or tuple.")
      }
      throw DTypeArguments.dispatcherNotIterable
    case .tensor(let tensor) where !stacking && tensor.ndim == 0:
      throw DTypeArguments.dispatcherNotIterable
    case .string, .bytes,
      .textScalar where !stacking:
      throw PythonError.value("zero-dimensional arrays cannot be concatenated")
    default:
      throw PythonError.type("The first input argument needs to be a sequence")
    }
  }
}
