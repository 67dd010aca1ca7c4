import TensorCore

/// The methods of NumPy's binary ufuncs: `np.add.reduce`, `np.add.accumulate`, `np.multiply.outer` and the
/// unbuffered in-place `np.add.at` (repeated indices applied once each, in order), for the arithmetic, extreme and
/// logical ufuncs. Reductions that NumPy computes as `sum`/`prod`/`max`/`min`/`all`/`any` use those (same bits);
/// the others fold along the axis in order, as NumPy's reduce loop does, with recorded operations (so they
/// differentiate).
enum NumpyUfuncMethods {
  /// The ufuncs whose methods snippets offer.
  static let ufuncs: Set<String> = Set([
    "add", "subtract", "multiply", "divide", "true_divide", "maximum", "minimum", "logical_and", "logical_or",
  ]).union(NumpyMoreUfuncs.names)
  /// The methods.
  static let methods: Set<String> = ["at", "reduce", "accumulate", "outer", "reduceat"]

  /// `np.ufunc.method` as a function value, or nil.
  static func attribute(_ function: String, _ name: String) -> Value? {
    guard function.hasPrefix("numpy."), ufuncs.contains(String(function.dropFirst(6))), methods.contains(name) else {
      return nil
    }
    return .function("\(function).\(name)")
  }

  /// The ufunc applied to two operands.
  static func apply(_ ufunc: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    switch ufunc {
    case "add": try a.adding(b)
    case "subtract": try a.subtracting(b)
    case "multiply": try a.multiplying(b)
    case "divide", "true_divide": try a.dividing(b)
    case "maximum": try Tensor.maximum(a, b)
    case "minimum": try Tensor.minimum(a, b)
    default: try NumpyMoreUfuncs.apply(ufunc, a, b) ?? Tensor.logical(ufunc, a, b)
    }
  }

  /// Calls `np.ufunc.reduce/accumulate/outer(...)` (`name` is `ufunc.method`), or nil for another name.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    let parts = name.split(separator: ".").map(String.init)
    guard parts.count == 2, ufuncs.contains(parts[0]), methods.contains(parts[1]), parts[1] != "at" else {
      return nil
    }
    let (ufunc, method) = (parts[0], parts[1])
    switch method {
    case "outer":
      try NumpyMoreUfuncs.checkOuterArguments(call)
      let bound = try call.bind(["A", "B"], required: 2)
      let a = try bound.value("A").toTensor()
      let b = try bound.value("B").toTensor()
      return .tensor(
        try core { try apply(ufunc, a.reshape(a.shape + [Int](repeating: 1, count: b.ndim)), b) })
    case "reduce":
      var call = call
      if let slot = call.keywords.firstIndex(where: { $0.name == "where" }), call.keywords[slot].value.isNone {
        // `where=None` is NumPy's array of None, false everywhere.
        call.keywords[slot].value = .bool(false)
      }
      let bound = try call.bind(["array", "axis", "dtype", "out", "keepdims", "initial", "where"], required: 1)
      let isLogical = ufunc == "logical_and" || ufunc == "logical_or"
      for unsupported in ["dtype", "out", "initial", "where"]
      where bound[unsupported] != nil && !(isLogical && (unsupported == "initial" || unsupported == "where")) {
        throw NumpyArrays.unsupported("np.\(ufunc).reduce's \(unsupported)= is not supported in snippets")
      }
      // NumPy's parser reads keepdims with C's int converter, which takes no None.
      if bound.values["keepdims"]?.isNone == true {
        throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
      }
      try refuseUnreadAxis(bound.values["axis"])
      var array = try widened(ufunc, bound.value("array").toTensor())
      try NumpyMoreUfuncs.checkReducible(ufunc, array)
      try checkIntegerLoop(ufunc, array)
      try checkLoop(ufunc, array)
      let keepdims = try bound.flag("keepdims")
      let axisValue = bound.values["axis"] ?? .int(0)
      let axes: Axes = axisValue.isNone ? .all : try axisValue.toAxes()
      try refuseLayoutDependentFold(ufunc, array, axes)
      var start: Tensor? = nil
      if isLogical, bound["initial"] != nil || bound["where"] != nil {
        (array, start) = try logicalStart(ufunc, array, bound, axes)
      }
      var result = try core { try reduce(ufunc, array, axes, keepdims: keepdims) }
      if let start {
        // NumPy starts each result at `initial` and folds the elements into it: the same truth either way round.
        let isScalar = result.isScalar
        result = try core { try Tensor.logical(ufunc, result, start) }
        result.isScalar = isScalar
      }
      // `initial=None` takes the ufunc's identity away: an empty array reduced into elements has none to give.
      if bound.values["initial"]?.isNone == true, array.size == 0, result.size > 0 {
        throw PythonError.value(
          "zero-size array to reduction operation \(NumpyMoreUfuncs.numpyName(ufunc)) which has no identity")
      }
      return .tensor(result)
    case "reduceat":
      let bound = try call.bind(["array", "indices", "axis", "dtype", "out"], required: 2)
      for unsupported in ["dtype", "out"] where bound[unsupported] != nil {
        throw NumpyArrays.unsupported("np.\(ufunc).reduceat's \(unsupported)= is not supported in snippets")
      }
      try refuseUnreadAxis(bound.values["axis"])
      let array = try widened(ufunc, bound.value("array").toTensor())
      try NumpyMoreUfuncs.checkReducible(ufunc, array)
      try checkIntegerLoop(ufunc, array)
      let indices = try reduceatIndices(bound.value("indices"), ufunc)
      try checkLoop(ufunc, array, noRuns: indices.isEmpty)
      let axis = try bound["axis"]?.toAxis() ?? 0
      return .tensor(try core { try reduceat(ufunc, array, indices, axis: axis) })
    default:
      let bound = try call.bind(["array", "axis", "dtype", "out"], required: 1)
      // `np.add.accumulate(a, dtype=d)` and `np.multiply`'s are np.cumsum/np.cumprod in `d` (cast, then accumulated
      // in it); another ufunc's dtype is refused.
      let isRunning = ufunc == "add" || ufunc == "multiply"
      for unsupported in ["dtype", "out"] where bound[unsupported] != nil && (unsupported == "out" || !isRunning) {
        throw NumpyArrays.unsupported("np.\(ufunc).accumulate's \(unsupported)= is not supported in snippets")
      }
      try refuseUnreadAxis(bound.values["axis"])
      let array = try widened(ufunc, bound.value("array").toTensor())
      try NumpyMoreUfuncs.checkReducible(ufunc, array)
      try checkIntegerLoop(ufunc, array)
      try checkLoop(ufunc, array)
      if ufunc == "arctan2", case let loop = try core({ try loopDType(ufunc, array.dtype) }) ?? array.dtype,
        loop == .float32
      {
        // NumPy's accumulate calls its own float32 arctan2 loop, whose last bits differ from the element-wise one's.
        throw NumpyArrays.unsupported(
          "np.arctan2.accumulate of \(array.dtype.rawValue) values is not supported in snippets: NumPy's "
            + "\(loop.rawValue) accumulate loop rounds differently from np.arctan2; convert with "
            + ".astype(np.float64) first")
      }
      // NumPy reads the axes as a reduction does (a tuple's each in bounds, an int 0 or -1 let through for a 0-d
      // array), then refuses a 0-d array, then accumulates along exactly one axis: None is every axis, a tuple of one
      // axis is that axis.
      let scalarError = PythonError.type("cannot accumulate on a scalar")
      var axis = 0
      switch bound.values["axis"] {
      case .none?:
        if array.ndim == 0 { throw scalarError }
        if array.ndim != 1 { throw PythonError.value("accumulate does not allow multiple axes") }
      case .tuple(let items)?:
        let axes = try items.items.map { (item) throws(PythonError) in
          try AxisConversion.normalized(try item.toInt(), ndim: array.ndim)
        }
        if array.ndim == 0 { throw scalarError }
        guard axes.count == 1 else { throw PythonError.value("accumulate does not allow multiple axes") }
        axis = axes[0]
      case let given?:
        axis = try given.toAxis()
        if array.ndim == 0 {
          if axis != 0 && axis != -1 { _ = try AxisConversion.normalized(axis, ndim: 0) }
          throw scalarError
        }
      case nil:
        if array.ndim == 0 { throw scalarError }
      }
      if let given = bound["dtype"] {
        let original = try bound.value("array").toTensor()
        let dtype = try given.toDType()
        return .tensor(try NumpyArrays.cumulative("\(ufunc).accumulate", original, axis: axis, dtype: dtype))
      }
      return .tensor(try core { try accumulate(ufunc, array, axis: axis) })
    }
  }

  /// `np.logical_and.reduce`'s and `np.logical_or.reduce`'s `where=` and `initial=`: the bools with the elements the
  /// mask leaves out set to the ufunc's identity (True for and, False for or), which changes no result, and the
  /// start as a bool (nil without one). The axes, then the mask's broadcast, then the missing start (`initial=None`
  /// takes the identity away) are NumPy's errors in its order.
  private static func logicalStart(_ ufunc: String, _ array: Tensor, _ bound: BoundArguments, _ axes: Axes)
    throws(PythonError) -> (Tensor, Tensor?)
  {
    _ = try core { try Tensor.zeros(array.shape.map { _ in 1 }).sum(axis: axes) }
    var filled = array
    // Python's `True` is the default, no mask (`np.True_` and arrays are masks, which need a start without identity).
    var isDefaultWhere = false
    if case .bool(true)? = bound["where"] { isDefaultWhere = true }
    if let given = bound["where"], !isDefaultWhere {
      let mask = try given.toTensor()
      guard mask.dtype == .bool else {
        throw NumpyArrays.unsupported(
          "np.\(ufunc).reduce's where= of \(mask.dtype.rawValue) values is not supported in snippets (give bools)")
      }
      try core { try array.checkReductionMask(mask) }
      if bound.values["initial"]?.isNone == true {
        throw PythonError.value(
          "reduction operation '\(ufunc)' does not have an identity, so to use a where mask one has to specify "
            + "'initial'")
      }
      filled = try core { try Tensor.where(mask, array, Tensor(ufunc == "logical_and")).astype(.bool) }
      filled.isScalar = array.isScalar
    }
    guard let initial = bound["initial"] else { return (filled, nil) }
    let truth: Bool
    switch initial {
    case .bool(let flag): truth = flag
    case .int(let integer): truth = integer != 0
    case .float(let double): truth = double != 0
    case .tensor(let number) where number.ndim == 0 && !number.dtype.isComplex:
      truth = number.doubles[0] != 0
    default:
      throw NumpyArrays.unsupported(
        "np.\(ufunc).reduce's initial= of a \(initial.typeName) is not supported in snippets")
    }
    return (filled, Tensor(truth))
  }

  /// The array `np.add` and `np.multiply` reduce, accumulate and reduceat: NumPy casts bool and the integers
  /// narrower than 64 bits to int64 (the unsigned ones to uint64) first, so `np.add.accumulate` of uint8 does not wrap;
  /// the logical ufuncs work in bools.
  private static func widened(_ ufunc: String, _ array: Tensor) throws(PythonError) -> Tensor {
    // `np.logical_and` and `np.logical_or` give bools from any dtype, their accumulation's first item included.
    if ufunc.hasPrefix("logical_"), array.dtype != .bool { return try core { try array.astype(.bool) } }
    guard ufunc == "add" || ufunc == "multiply", array.dtype == .bool || array.dtype.isInteger,
      array.dtype != .int64, array.dtype != .uint64
    else { return array }
    return try core { try array.astype(array.dtype.isUnsigned ? .uint64 : .int64) }
  }

  /// `reduceat`'s indices: a 1-d sequence of integers (NumPy casts others unsafely, which snippets refuse).
  private static func reduceatIndices(_ value: Value, _ ufunc: String) throws(PythonError) -> [Int] {
    let indices = try value.toTensor()
    if indices.ndim == 0 { throw PythonError.value("object of too small depth for desired array") }
    if indices.ndim > 1 {
      throw PythonError.value(
        "setting an array element with a sequence. The requested array would exceed the maximum number of "
          + "dimension of 1.")
    }
    if indices.size > 0, !indices.dtype.isInteger {
      throw NumpyArrays.unsupported(
        "np.\(ufunc).reduceat with \(indices.dtype.rawValue) indices is not supported in snippets: NumPy truncates "
          + "them to integers; pass integer indices")
    }
    return try indices.exactInts()
  }

  /// NumPy's `ufunc.reduceat`: along `axis`, the reduction of each run from one index up to the next (the element
  /// itself where the next index is not larger; the rest of the axis after the last index).
  private static func reduceat(_ ufunc: String, _ array: Tensor, _ indices: [Int], axis given: Int) throws -> Tensor {
    if array.ndim == 0 { throw TensorError("TypeError", "cannot reduceat on a scalar") }
    let axis = try AxisArguments.normalize(given, ndim: array.ndim)
    let count = array.shape[axis]
    for index in indices where index < 0 || index >= count {
      throw TensorError("IndexError", "index \(index) out-of-bounds in \(ufunc).reduceat [0, \(count))")
    }
    let before = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: axis)
    func run(_ start: Int, _ stop: Int) throws -> Tensor {
      try reduce(
        ufunc, try array.index(before + [.slice(start: start, stop: stop, step: nil)]), .one(axis), keepdims: true)
    }
    guard !indices.isEmpty else {
      guard count > 0 else {
        throw TensorError(
          "NotImplementedError", "np.\(ufunc).reduceat of an empty axis is not supported", isLimit: true)
      }
      return try run(0, 1).index(before + [.slice(start: 0, stop: 0, step: nil)])
    }
    var pieces: [Tensor] = []
    var runs: [(start: Int, end: Int)] = []
    for (position, start) in indices.enumerated() {
      let next = position + 1 < indices.count ? indices[position + 1] : count
      if next - start > 2 { try refuseFirstAndLastRun(ufunc, array) }
      try ResourceMeter.chargeWork(array.size / Swift.max(count, 1) * Swift.max(next - start, 1))
      pieces.append(try run(start, next > start ? next : start + 1))
      runs.append((start, next))
    }
    var result = try Tensor.concatenate(pieces, axis: axis)
    if ufunc == "add" && array.dtype.isInexact {
      // NumPy sums each run as its first element plus the pairwise sum of the rest, not as `np.add.reduce` does:
      // the values are those sums, the recorded graph (a sum, whatever its order) that of the reductions.
      guard let exact = array.addReduceatStorage(runs, axis: axis) else {
        throw TensorError(
          "NotImplementedError",
          "np.add.reduceat of \(array.dtype.rawValue) values is not supported in snippets: docbuild does not "
            + "reproduce NumPy's sums of them bit for bit; use np.add.reduce on each run", isLimit: true)
      }
      result.storage = exact
    }
    return result
  }

  private static func reduce(_ ufunc: String, _ array: Tensor, _ axes: Axes, keepdims: Bool) throws -> Tensor {
    // NumPy reduces a 0-d value to itself, as a scalar, over no axes or its one int axis 0 (or -1); any other axis,
    // and any in a tuple, is out of bounds.
    if array.ndim == 0 {
      switch axes {
      case .one(let given) where given != 0 && given != -1: _ = try AxisArguments.normalize(given, ndim: 0)
      case .many(let given) where !given.isEmpty: _ = try AxisArguments.normalize(given[0], ndim: 0)
      default: break
      }
      var scalar = try ufunc.hasPrefix("logical_") ? array.astype(.bool) : array.copy()
      if let loop = try loopDType(ufunc, array.dtype) { scalar = try scalar.astype(loop) }
      scalar.isScalar = true
      return scalar
    }
    switch ufunc {
    case "add": return try array.sum(axis: axes, keepdims: keepdims)
    case "multiply": return try array.product(axis: axes, keepdims: keepdims)
    case "maximum", "minimum":
      // An empty reduction is Reduction.evaluate's error (after the axes are checked), as in NumPy.
      return ufunc == "maximum"
        ? try array.max(axis: axes, keepdims: keepdims) : try array.min(axis: axes, keepdims: keepdims)
    case "logical_and", "logical_or":
      return try array.anyAll(isAny: ufunc == "logical_or", axes: axes, keepdims: keepdims)
    default:
      // subtract and divide: a left fold along one axis (NumPy has no identity for them over several).
      var source = array
      var axis = 0
      switch axes {
      case .all:
        if array.ndim > 1 && !NumpyMoreUfuncs.isReorderable(ufunc) {
          throw TensorError(
            "ValueError",
            "reduction operation '\(NumpyMoreUfuncs.numpyName(ufunc))' is not reorderable, so at most one axis "
              + "may be specified")
        }
        if array.ndim > 1 { try refuseFloatFoldOverAxes(ufunc) }
        source = try array.reshape([array.size])
      case .one(let given):
        axis = try normalized(given, array.ndim)
      case .many(let given):
        // No axis reduces nothing: the array itself, copied.
        if given.isEmpty { return try array.copy() }
        if given.count > 1, NumpyMoreUfuncs.isReorderable(ufunc) {
          // Reduced one axis at a time, the last first: the same value in any order for integers and bools (the
          // order shows in floats' NaN and zero signs, refused).
          let normalizedAxes = try given.map { try normalized($0, array.ndim) }
          if Set(normalizedAxes).count != normalizedAxes.count {
            throw TensorError("ValueError", "duplicate value in 'axis'")
          }
          try refuseFloatFoldOverAxes(ufunc)
          guard array.dtype.isInteger || array.dtype == .bool else {
            throw TensorError(
              "NotImplementedError",
              "np.\(ufunc).reduce of \(array.dtype.rawValue) values over several axes is not supported in "
                + "snippets: reduce one axis at a time", isLimit: true)
          }
          var result = array
          for axis in normalizedAxes.sorted(by: >) {
            result = try reduce(ufunc, result, .one(axis), keepdims: true)
          }
          if keepdims { return result }
          let kept = array.shape.enumerated().filter { !normalizedAxes.contains($0.offset) }.map(\.element)
          return kept.isEmpty ? try result.reshape([]).scalar : try result.reshape(kept)
        }
        guard given.count == 1 else {
          throw TensorError(
            "ValueError",
            "reduction operation '\(NumpyMoreUfuncs.numpyName(ufunc))' is not reorderable, so at most one axis "
              + "may be specified")
        }
        axis = try normalized(given[0], array.ndim)
      }
      let extent = source.shape[axis]
      // NumPy casts the operands to the loop's dtype first (np.hypot.reduce of ints is float64 even for one element).
      let loop = try loopDType(ufunc, array.dtype)
      if let loop { source = try source.astype(loop) }
      if extent == 0, let identity = NumpyMoreUfuncs.identity(ufunc) {
        var shape = source.shape
        shape.remove(at: axis)
        let filled = try Tensor.full(shape, identity, dtype: loop ?? array.dtype)
        return shape.isEmpty ? filled.scalar : filled
      }
      if extent == 0 {
        throw TensorError(
          "ValueError",
          "zero-size array to reduction operation \(NumpyMoreUfuncs.numpyName(ufunc)) which has no identity")
      }
      var result = try slice(source, axis, 0)
      if source.ndim == 1, source.dtype == .float16, halfRunningUfuncs.contains(ufunc) {
        result = try halfRunningReduction(ufunc, source.doubles)
      } else {
        for position in 1..<Swift.max(extent, 1) { result = try apply(ufunc, result, slice(source, axis, position)) }
      }
      if keepdims {
        var shape = array.shape
        if case .all = axes { shape = shape.map { _ in 1 } } else { shape[axis] = 1 }
        return try result.reshape(shape)
      }
      return result
    }
  }

  /// The ufuncs whose float16 loop reduces a vector with a float32 running value (NumPy's HALF_subtract and
  /// HALF_divide), rounded to half once at the end.
  private static let halfRunningUfuncs: Set<String> = ["subtract", "divide", "true_divide"]

  /// NumPy's float16 `ufunc.reduce` of a vector's `values`: a float32 running value, rounded to half once.
  private static func halfRunningReduction(_ ufunc: String, _ values: [Double]) throws -> Tensor {
    var running = Float(values[0])
    for value in values.dropFirst() { running = ufunc == "subtract" ? running - Float(value) : running / Float(value) }
    // The half is exact in float64, so casting it back to float16 keeps it.
    var half = try Tensor(Double(Float16(running))).astype(.float16)
    half.isScalar = true
    return half
  }

  /// The float dtype NumPy's loop for `ufunc` casts integer or bool operands of `dtype` to (np.hypot, np.arctan2,
  /// np.true_divide, ...), or nil where the loop keeps the dtype.
  private static func loopDType(_ ufunc: String, _ dtype: DType) throws -> DType? {
    guard !dtype.isInexact, !ufunc.hasPrefix("logical_"), !NumpyMoreUfuncs.isComparison(ufunc) else { return nil }
    let one = try Tensor.full([1], Tensor(1), dtype: dtype)
    let loop = try apply(ufunc, one, one).dtype
    return loop.isInexact && loop != dtype ? loop : nil
  }

  /// Refuses np.hypot's, np.logaddexp's and np.logaddexp2's reductions over several axes: reorderable in NumPy,
  /// which folds their float values in an order of its iterator's that snippets do not follow.
  private static func refuseFloatFoldOverAxes(_ ufunc: String) throws {
    guard ["hypot", "logaddexp", "logaddexp2"].contains(ufunc) else { return }
    throw TensorError(
      "NotImplementedError",
      "np.\(ufunc).reduce over several axes is not supported in snippets: NumPy folds the values in its iterator's "
        + "order; reduce one axis at a time", isLimit: true)
  }

  /// NumPy's TypeErrors for an axis of a ufunc method its C converter does not read: a list or a range (only a
  /// tuple holds several axes; not even `[0]` is one) and a bool (a Python or NumPy bool, alone or in a tuple).
  private static func refuseUnreadAxis(_ axis: Value?) throws(PythonError) {
    guard let axis else { return }
    let items: [Value]
    switch axis {
    case .tuple(let given): items = Array(given)
    case .list, .range: throw PythonError.type("'\(axis.typeName)' object cannot be interpreted as an integer")
    default: items = [axis]
    }
    if items.contains(where: \.isBoolNumber) { throw PythonError.type("an integer is required") }
  }

  /// The error of the ufunc's loop for the array's dtype (a bitwise ufunc of floats), raised by NumPy before it
  /// looks at the elements: an empty array's identity (or a reduceat without runs) would answer it otherwise.
  private static func checkLoop(_ ufunc: String, _ array: Tensor, noRuns: Bool = false) throws(PythonError) {
    guard array.size == 0 || noRuns else { return }
    let one = try core { try Tensor.full([1], Tensor(1), dtype: array.dtype) }
    do throws(PythonError) {
      _ = try core { try apply(ufunc, one, one) }
    } catch  where error.isLimit {
      // A loop snippets refuse to run (float16 logaddexp) is still NumPy's loop: the empty reduction answers.
    }
  }

  /// NumPy's error for np.gcd's and np.lcm's methods given other than integers: their loops take integers only.
  private static func checkIntegerLoop(_ ufunc: String, _ array: Tensor) throws(PythonError) {
    guard ufunc == "gcd" || ufunc == "lcm", !array.dtype.isInteger else { return }
    throw DTypeArguments.noLoop(ufunc, ["None", DTypeArguments.dtypeClass(array.dtype)])
  }

  /// Refuses the reductions over more than two elements whose NumPy result depends on the memory layout: NumPy 2.4's
  /// np.power.reduce and np.arctan2.reduce of a row it reads as one run combine the first element with the last only
  /// (`np.power.reduce([2., 3., 2.])` is 4.0) and fold the elements in order for other layouts; its float16
  /// subtract and divide keep a float32 running value along such a row, rounded to half once, and round each step
  /// across rows. Snippets follow neither but a vector's float16 reduction (`reduce`).
  private static func refuseLayoutDependentFold(_ ufunc: String, _ array: Tensor, _ axes: Axes) throws(PythonError) {
    let isHalfStep = halfRunningUfuncs.contains(ufunc) && array.dtype == .float16
    // The first-and-last loops are the float32 and float64 ones (integers cast to them too for np.arctan2).
    let loop = (try? loopDType(ufunc, array.dtype)) ?? nil
    let isWideFloatLoop = [DType.float32, .float64].contains(loop ?? array.dtype)
    guard (ufunc == "power" || ufunc == "arctan2") && isWideFloatLoop || isHalfStep && array.ndim > 1, array.ndim > 0
    else { return }
    let extent: Int
    switch axes {
    case .all: extent = array.size
    case .one(let axis): extent = array.shape[((axis % array.ndim) + array.ndim) % array.ndim]
    case .many(let given): extent = given.map { array.shape[(($0 % array.ndim) + array.ndim) % array.ndim] }.max() ?? 0
    }
    if extent > 2 {
      throw NumpyArrays.unsupported(
        isHalfStep
          ? "np.\(ufunc).reduce of float16 values over more than two elements is not supported in snippets: NumPy "
            + "rounds its float32 running value to half once along a contiguous row and at each step otherwise"
          : "np.\(ufunc).reduce over more than two elements is not supported in snippets: NumPy 2.4 combines the "
            + "first and the last element of a contiguous row only, and folds them all in other layouts")
    }
  }

  /// Refuses a reduceat run of more than two elements of np.power or np.arctan2 in a float loop, which NumPy 2.4
  /// combines as its reduce does (`refuseLayoutDependentFold`): the first element with the last only.
  private static func refuseFirstAndLastRun(_ ufunc: String, _ array: Tensor) throws {
    guard ufunc == "power" || ufunc == "arctan2" else { return }
    let loop = (try? loopDType(ufunc, array.dtype)) ?? nil
    guard [DType.float32, .float64].contains(loop ?? array.dtype) else { return }
    throw TensorError(
      "NotImplementedError",
      "np.\(ufunc).reduceat over a run of more than two elements is not supported in snippets: NumPy 2.4 combines "
        + "the first and the last element of such a run only", isLimit: true)
  }

  private static func accumulate(_ ufunc: String, _ array: Tensor, axis given: Int) throws -> Tensor {
    if array.ndim == 0 {
      throw TensorError("TypeError", "cannot accumulate on a scalar")
    }
    let axis = try normalized(given, array.ndim)
    if ufunc == "add" && array.ndim == 1 { return try array.cumulativeSum(axis: nil) }
    let extent = array.shape[axis]
    guard extent > 0 else { return try array.copy() }
    var running = try slice(array, axis, 0)
    var parts = [running]
    for position in 1..<extent {
      running = try apply(ufunc, running, slice(array, axis, position))
      parts.append(running)
    }
    return try Tensor.stack(parts, axis: axis)
  }

  private static func normalized(_ axis: Int, _ ndim: Int) throws -> Int {
    try AxisArguments.normalize(axis, ndim: ndim)
  }

  /// `array[..., position, ...]` along `axis`, recorded.
  private static func slice(_ array: Tensor, _ axis: Int, _ position: Int) throws -> Tensor {
    try array.index([IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: axis) + [.int(position)])
  }
}

extension Interpreter {
  /// `np.ufunc.at(a, indices, b)`: the unbuffered in-place update, each index applied in order (a repeated index
  /// accumulates), seen through every name holding `a` as NumPy's in-place update is; returns None.
  mutating func ufuncAt(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let ufunc = String(name.dropFirst("numpy.".count).dropLast(".at".count))
    try NumpyAdditions.refuseComplex(call, "np.\(ufunc).at")
    let bound = try call.bind(["a", "indices", "b"], required: 2)
    let operand = bound.value("a")
    guard case .tensor(let array) = operand, !array.isScalar else {
      switch operand {
      case .textArray, .structArray, .rawArray, .dateArray:
        throw PythonError.limit("np.\(ufunc).at of a \(operand.typeName) array is not supported in snippets")
      default:
        // NumPy reads no list or number as the array it writes into.
        throw PythonError.type("first operand must be array")
      }
    }
    let items = try Indexing.indexItems(bound.value("indices"))
    let update = try bound["b"]?.toTensor()
    try checkNoLiveViews(of: array)
    let updated = try core { () throws -> Tensor in
      // Each selected element's flat position, in the order NumPy visits them.
      let positions = try Tensor.arange(.int(0), .int(Int64(array.size))).reshape(array.shape).index(items)
      guard case .int64(let flat) = positions.storage else { return array }
      guard let update else {
        throw TensorError("TypeError", "second operand needed for ufunc")
      }
      let operand: Tensor
      do {
        operand = try update.broadcast(to: positions.shape).copy()
      } catch {
        throw TensorError("ValueError", "array is not broadcastable to correct shape")
      }
      var result = array
      try ResourceMeter.chargeWork(flat.count * 2)
      switch array.storage {
      case .int64(var elements):
        if Self.atLoopIsInteger(array.dtype, operand) {
          let operands = Self.integers(operand)
          for (k, position) in flat.enumerated() {
            let x = elements[Int(position)]
            elements[Int(position)] = Self.wrapped(
              Self.integerStep(ufunc, x, operands[k], unsigned: array.dtype == .uint64), to: array.dtype)
          }
        } else {
          // NumPy's loop is float64 and each step's result is cast back to the integer dtype; a result that does
          // not fit gives CPU-dependent values (with a RuntimeWarning), which docbuild refuses as `astype` does.
          let operands = operand.doubles
          let bounds = array.dtype.integerBounds
          let low = array.dtype == .uint64 ? 0 : Double(bounds.min)
          let high = array.dtype == .uint64 ? 0x1p64 : Double(bounds.max) + 1
          for (k, position) in flat.enumerated() {
            let stored = elements[Int(position)]
            let x = array.dtype == .uint64 ? Double(UInt64(bitPattern: stored)) : Double(stored)
            let step = Self.floatStep(ufunc, x, operands[k])
            guard step > low - 1 && step < high else {
              throw TensorError(
                "NotImplementedError",
                "np.\(ufunc).at stores \(step) into a \(array.dtype.rawValue) array: casting NaN, infinity or a float "
                  + "outside the dtype's range gives CPU-dependent values in NumPy; docbuild refuses it",
                isLimit: true)
            }
            let truncated = step.rounded(.towardZero)
            elements[Int(position)] =
              array.dtype == .uint64 ? Int64(bitPattern: UInt64(truncated)) : Int64(truncated)
          }
        }
        result = Tensor(shape: array.shape, storage: .int64(elements), isScalar: array.isScalar)
      case .float64(var elements):
        // A float32 (float16) array keeps its own loop for a narrow operand, which is rounded to it first (a Python
        // float is a float64 array here); every step's result is rounded to the array's dtype before the next step.
        let narrowLoop = Self.staysIn(array.dtype, operand.dtype)
        let operands = operand.doubles.map { narrowLoop ? Self.rounded($0, to: array.dtype) : $0 }
        for (k, position) in flat.enumerated() {
          let x = elements[Int(position)]
          elements[Int(position)] = Self.rounded(Self.floatStep(ufunc, x, operands[k]), to: array.dtype)
        }
        result = Tensor(shape: array.shape, storage: .float64(elements), isScalar: array.isScalar)
      case .bool(var elements):
        let operands = operand.doubles
        for (k, position) in flat.enumerated() {
          elements[Int(position)] = Self.floatStep(ufunc, elements[Int(position)] ? 1 : 0, operands[k]) != 0
        }
        result = Tensor(shape: array.shape, storage: .bool(elements), isScalar: array.isScalar)
      case .complex128: return array  // refused above
      }
      result.lineage = array.lineage
      return try result.astype(array.dtype)
    }
    try replaceEverywhere(array, with: updated)
    return .none
  }

  /// Whether `np.ufunc.at` on an integer array runs NumPy's integer loop: the operand is an integer array whose
  /// promotion with the array's dtype stays integer (int64 with uint64 goes to float64). `at` takes a Python number
  /// as an array of its default dtype, not as a weak scalar: `np.add.at(uint64_array, i, 2)` computes in float64.
  static func atLoopIsInteger(_ dtype: DType, _ operand: Tensor) -> Bool {
    guard operand.dtype.isInteger || operand.dtype == .bool else { return false }
    if dtype == .uint64 { return operand.dtype.isUnsigned || operand.dtype == .bool }
    return operand.dtype != .uint64 && !(dtype == .int64 && operand.dtype == .uint64)
  }

  /// Whether NumPy promotes a float16 or float32 array with an operand of `operand` dtype to the array's own dtype.
  static func staysIn(_ dtype: DType, _ operand: DType) -> Bool {
    switch dtype {
    case .float16: [.bool, .int8, .uint8, .float16].contains(operand)
    case .float32: [.bool, .int8, .uint8, .int16, .uint16, .float16, .float32].contains(operand)
    default: true
    }
  }

  /// An integer or bool tensor's values as int64 (uint64 keeps its bit pattern).
  static func integers(_ tensor: Tensor) -> [Int64] {
    switch tensor.storage {
    case .int64(let values): values
    case .bool(let values): values.map { $0 ? 1 : 0 }
    default: tensor.doubles.map { Int64($0) }
    }
  }

  /// One step of an integer `at` loop, in 64-bit two's complement (a narrower dtype wraps afterwards).
  static func integerStep(_ ufunc: String, _ x: Int64, _ y: Int64, unsigned: Bool) -> Int64 {
    switch ufunc {
    case "add": return x &+ y
    case "subtract": return x &- y
    case "multiply": return x &* y
    case "maximum": return unsigned ? (UInt64(bitPattern: x) >= UInt64(bitPattern: y) ? x : y) : Swift.max(x, y)
    case "minimum": return unsigned ? (UInt64(bitPattern: x) <= UInt64(bitPattern: y) ? x : y) : Swift.min(x, y)
    case "logical_and": return (x != 0 && y != 0) ? 1 : 0
    default: return (x != 0 || y != 0) ? 1 : 0
    }
  }

  /// One step of a float `at` loop.
  static func floatStep(_ ufunc: String, _ x: Double, _ y: Double) -> Double {
    switch ufunc {
    case "add": x + y
    case "subtract": x - y
    case "multiply": x * y
    case "divide", "true_divide": x / y
    case "maximum": x.isNaN || y.isNaN ? .nan : Swift.max(x, y)
    case "minimum": x.isNaN || y.isNaN ? .nan : Swift.min(x, y)
    case "logical_and": (x != 0 && y != 0) ? 1 : 0
    default: (x != 0 || y != 0) ? 1 : 0
    }
  }

  /// `value` wrapped to a narrow integer dtype, as NumPy's integer loops store it.
  static func wrapped(_ value: Int64, to dtype: DType) -> Int64 {
    switch dtype {
    case .int8: Int64(Int8(truncatingIfNeeded: value))
    case .int16: Int64(Int16(truncatingIfNeeded: value))
    case .int32: Int64(Int32(truncatingIfNeeded: value))
    case .uint8: Int64(UInt8(truncatingIfNeeded: value))
    case .uint16: Int64(UInt16(truncatingIfNeeded: value))
    case .uint32: Int64(UInt32(truncatingIfNeeded: value))
    default: value
    }
  }

  /// `value` rounded to a narrow float dtype (float64 keeps it).
  static func rounded(_ value: Double, to dtype: DType) -> Double {
    switch dtype {
    case .float32: Double(Float(value))
    case .float16: Double(Float16(value))
    default: value
    }
  }
}
