import TensorCore

/// NumPy's everyday functions of issue 10's sixth round (`diff`, `cumprod`, `tril`, `split`, `roll`, `pad`,
/// `average`, `tensordot`, …): argument binding as NumPy names its parameters and NumPy's argument errors, then the
/// core's compositions. The element-wise ones and the NaN-skipping reductions are in `NumpyEverydayMath`.
enum NumpyEveryday {
  /// The names answered, callable as `np.name`.
  static let names: Set<String> = Set([
    "empty", "copy", "diff", "cumprod", "tril", "triu", "tri", "split", "array_split", "hsplit", "vsplit", "dsplit",
    "roll", "swapaxes", "moveaxis", "tensordot", "kron", "average", "ptp", "atleast_1d", "atleast_2d", "atleast_3d",
    "column_stack", "dstack", "append", "take", "pad", "logspace", "rot90", "indices", "ix_", "unravel_index",
    "ravel_multi_index", "flatnonzero", "select", "array_equiv", "cross", "gradient", "trapezoid", "vander", "delete",
    "diagonal", "compress", "lexsort", "partition", "argpartition",
    "fromfunction", "apply_along_axis", "apply_over_axes", "piecewise", "fromiter", "ascontiguousarray",
  ]).union(NumpyEverydayMath.names)

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard names.contains(name) else { return nil }
    if let result = try NumpyEverydayMath.call(name, call) { return result }
    if let result = try shapes(name, call) { return result }
    if let result = try joins(name, call) { return result }
    return try calculus(name, call)
  }

  /// Refuses `out=`, which snippets do not support (a value is never written into a given array).
  static func refuseOut(_ bound: BoundArguments, _ name: String) throws(PythonError) {
    if bound["out"] != nil { throw NumpyArrays.unsupported("np.\(name)'s out= is not supported in snippets") }
  }

  /// np.compress's and `a.compress`'s out and condition in NumPy's order: an out that is no array is its converter's
  /// TypeError (an array out, which NumPy writes, is refused), then a condition that is not 1-d its ValueError.
  static func compressCondition(_ bound: BoundArguments) throws(PythonError) -> [Bool] {
    if let out = bound["out"], !NumpyArrays.isOutputArray(out) { throw PythonError.type("output must be an array") }
    try refuseOut(bound, "compress")
    let condition = try bound.value("condition").toTensor()
    if condition.ndim != 1 { throw PythonError.value("condition must be a 1-d array") }
    return condition.doubles.map { $0 != 0 }
  }

  /// An optional `axis=` argument as an int (None when absent or None) of `np.function`, whose NumPy converter reads
  /// `-2**31` as `axis=None` (`Value.toAxis(readAsNoneBy:)`).
  static func axis(_ bound: BoundArguments, of function: String) throws(PythonError) -> Int? {
    try bound["axis"]?.toAxis(readAsNoneBy: "np." + function)
  }

  /// A Python list of arrays.
  static func list(_ arrays: [Tensor]) throws(PythonError) -> Value {
    try .makeList(arrays.map { .tensor($0) })
  }

  /// A Python tuple of arrays.
  static func tuple(_ arrays: [Tensor]) throws(PythonError) -> Value {
    try .makeTuple(arrays.map { .tensor($0) })
  }

  /// The integer list of a scalar-or-sequence argument (`shift`, `axis`), or nil for a scalar.
  static func intList(_ value: Value) throws(PythonError) -> [Int]? {
    switch value {
    case .list, .tuple: return try value.toShape()
    case .tensor(let tensor) where tensor.ndim == 1: return try value.toShape()
    default: return nil
    }
  }

  /// An int or a sequence of ints, as a list.
  static func ints(_ value: Value) throws(PythonError) -> [Int] {
    if let list = try intList(value) { return list }
    return [try value.toInt()]
  }

  private static func shapes(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "empty":
      // NumPy leaves the memory uninitialised; snippets fill it with zeros, so pages never show garbage.
      let bound = try call.bind(["shape", "dtype", "order"], required: 1)
      try NumpyFunctions.requireCreationOrder(bound["order"], name)
      let shape = try bound.value("shape").toCreationShape()
      let dtype = try bound["dtype"]?.toDType() ?? .float64
      return .tensor(try core { try Tensor.zeros(shape, dtype: dtype) })
    case "copy":
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      var copied = try core { try a.copy() }
      copied.isScalar = false
      copied.isPythonScalar = false
      return .tensor(copied)
    case "diff":
      let bound = try call.bind(["a", "n", "axis", "prepend", "append"], required: 1)
      // NumPy returns `a` itself, unconverted, for n = 0, and checks n, then the dimension, then the axis (with C's
      // int parser); a float n is compared as it is and fails only where NumPy loops over it (`range(n - 1)`).
      if case .float(let order)? = bound["n"] {
        if order == 0 { return bound.value("a") }
        if order < 0 { throw PythonError.value("order must be non-negative but got \(Value.float(order).str)") }
      }
      let floatOrder = if case .float? = bound["n"] { true } else { false }
      let n = floatOrder ? 1 : try bound["n"]?.toInt() ?? 1
      if n == 0 { return bound.value("a") }
      if n < 0 { throw PythonError.value("order must be non-negative but got \(n)") }
      let a = try bound.value("a").toTensor()
      if a.ndim == 0 { throw PythonError.value("diff requires input that is at least one dimensional") }
      if bound.values["axis"]?.isNone == true {
        throw PythonError.type("'NoneType' object cannot be interpreted as an integer")
      }
      if case .float? = bound["axis"] { throw PythonError.type("integer argument expected, got float") }
      if floatOrder { throw PythonError.type("'float' object cannot be interpreted as an integer") }
      let axis = try bound["axis"]?.toAxis() ?? -1
      let prepend = try bound["prepend"]?.toTensor()
      let append = try bound["append"]?.toTensor()
      return .tensor(try core { try a.difference(order: n, axis: axis, prepend: prepend, append: append) })
    case "cumprod":
      let bound = try call.bind(["a", "axis", "dtype", "out"], required: 1)
      try refuseOut(bound, name)
      let a = try bound.value("a").toTensor()
      let axis = try axis(bound, of: name)
      let dtype = try bound["dtype"].flatMap { (given) throws(PythonError) in given.isNone ? nil : try given.toDType() }
      return .tensor(try NumpyArrays.cumulative(name, a, axis: axis, dtype: dtype))
    case "tri":
      let bound = try call.bind(["N", "M", "k", "dtype"], required: 1)
      // NumPy's np.tri of a negative extent is empty along it (`arange(N)`, `arange(-k, M - k)`).
      let rows = Swift.max(try bound.value("N").toInt(), 0)
      let columns = try bound["M"].map { (value) throws(PythonError) in Swift.max(try value.toInt(), 0) }
      let k = try bound["k"]?.toInt() ?? 0
      let dtype = try bound["dtype"]?.toDType() ?? .float64
      return .tensor(try core { try Tensor.tri(rows, columns, k: k, dtype: dtype) })
    case "tril", "triu":
      let bound = try call.bind(["m", "k"], required: 1)
      let m = try bound.value("m").toTensor()
      let k = try bound["k"]?.toInt() ?? 0
      return .tensor(try core { try m.triangle(k: k, upper: name == "triu") })
    case "roll":
      let bound = try call.bind(["a", "shift", "axis"], required: 2)
      let a = try bound.value("a").toTensor()
      let shiftValue = bound.value("shift")
      // NumPy adds `int(sh)` of each shift: a float one is truncated (a single float, `NoneArguments`).
      let floatShifts: Bool
      switch shiftValue {
      case .list(let items), .tuple(let items): floatShifts = items.contains { $0.isFloatNumber }
      case .tensor(let tensor): floatShifts = tensor.ndim > 0 && tensor.dtype.isFloat
      default: floatShifts = false
      }
      if floatShifts {
        throw NumpyArrays.unsupported("np.roll with float shifts is not supported in snippets: NumPy truncates them")
      }
      let shifts = try ints(shiftValue)
      guard let axisValue = bound["axis"] else {
        return .tensor(try core { try a.rolled(shifts, axes: nil) })
      }
      var axes = try AxisConversion.axes(axisValue)
      var pairs = shifts
      if axes.count != pairs.count {
        if pairs.count == 1 {
          pairs = [Int](repeating: pairs[0], count: axes.count)
        } else if axes.count == 1 {
          axes = [Int](repeating: axes[0], count: pairs.count)
        } else {
          throw PythonError.value(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
              + "(\(pairs.count),) and arg 1 with shape (\(axes.count),).")
        }
      }
      if a.ndim == 0 && axes.isEmpty {
        // NumPy zips the rolls of no axes into its two index tuples: nothing to unpack.
        throw PythonError.value("not enough values to unpack (expected 2, got 0)")
      }
      let (rolledShifts, rolledAxes) = (pairs, axes)
      return .tensor(try core { try a.rolled(rolledShifts, axes: rolledAxes) })
    case "swapaxes":
      let bound = try call.bind(["a", "axis1", "axis2"], required: 3)
      let a = try bound.value("a").toTensor()
      let first = try bound.value("axis1").toAxis()
      let second = try bound.value("axis2").toAxis()
      return .tensor(try core { try a.swappingAxes(first, second) })
    case "moveaxis":
      let bound = try call.bind(["a", "source", "destination"], required: 3)
      let a = try bound.value("a").toTensor()
      // NumPy's normalize_axis_tuple iterates what is no index: a float is its TypeError there.
      for key in ["source", "destination"] {
        if case .float = bound.value(key) { throw PythonError.type("'float' object is not iterable") }
      }
      let source = try AxisConversion.axes(bound.value("source"))
      let destination = try AxisConversion.axes(bound.value("destination"))
      return .tensor(try core { try a.movingAxes(from: source, to: destination) })
    case "rot90":
      let bound = try call.bind(["m", "k", "axes"], required: 1)
      let m = try bound.value("m").toTensor()
      let k = try bound["k"]?.toInt() ?? 1
      let axes = try bound["axes"].map { (value) throws(PythonError) in try AxisConversion.axes(value) } ?? [0, 1]
      guard axes.count == 2 else { throw PythonError.value("len(axes) must be 2.") }
      let ndim = m.ndim
      if let given = bound["axes"], axes[0] != axes[1], abs(axes[0] - axes[1]) != ndim,
        !axes.allSatisfy({ -ndim..<ndim ~= $0 })
      {
        // NumPy's message shows `tuple(axes)` as given: `(0, np.int64(5))`.
        let shown = Value.tuple(ValueList(try Interpreter.iterationItems(given))).repr
        throw PythonError.value("Axes=\(shown) out of range for array of ndim=\(ndim).")
      }
      return .tensor(try core { try m.rotated90(k, axes: (axes[0], axes[1])) })
    case "take":
      let bound = try call.bind(["a", "indices", "axis", "out", "mode"], required: 2)
      try refuseOut(bound, name)
      let a = try bound.value("a").toTensor()
      let indices = try bound.value("indices").toTensor()
      if indices.dtype.isComplex {
        throw PythonError.type(
          "Cannot cast array data from dtype('complex128') to dtype('int64') according to the rule 'unsafe'")
      }
      let axis = try axis(bound, of: name)
      let mode =
        try bound["mode"].map { (value) throws(PythonError) -> String in
          switch value {
          case .string(let text): return text
          case _ where value.isIntegerNumber:
            // NumPy's clip modes by number: CLIP, WRAP, RAISE.
            let number = try value.toInt()
            // Another number is NumPy's ValueError, raised after a take in raise mode (its IndexError first).
            return (0...2).contains(number) ? ["clip", "wrap", "raise"][number] : "invalid"
          default: throw PythonError.type("clipmode not understood")
          }
        } ?? "raise"
      if mode == "invalid" {
        let (picks, shape) = (try indices.exactInts(), indices.shape)
        _ = try core { try a.taking(picks, shape: shape, axis: axis, mode: "raise") }
        throw PythonError.value("integer clipmode must be RAISE, WRAP, or CLIP from 'numpy._core.multiarray'")
      }
      guard ["raise", "wrap", "clip"].contains(mode) else {
        throw PythonError.value("clipmode must be one of 'clip', 'raise', or 'wrap' (got '\(mode)')")
      }
      let picks = try indices.exactInts()
      var result = try core { try a.taking(picks, shape: indices.shape, axis: axis, mode: mode) }
      if indices.ndim == 0, axis == nil || a.ndim <= 1 { result = result.scalar }
      return .tensor(result)
    case "split", "array_split", "hsplit", "vsplit", "dsplit":
      return try split(name, call)
    case "ascontiguousarray":
      // NumPy's `array(a, copy=None, order='C', ndmin=1)`: a C-contiguous array of at least one axis is returned
      // itself; any other array is copied into C order (ResultLayout makes the copy row-major).
      let bound = try call.bind(["a", "dtype", "like"], required: 1)
      if bound["like"] != nil {
        throw NumpyArrays.unsupported("np.ascontiguousarray(like=) is not supported in snippets")
      }
      let given = bound.value("a")
      var a = try given.toTensor()
      var isCast = false
      if let dtype = bound["dtype"], !dtype.isNone, try dtype.toDType() != a.dtype {
        a = try core { try a.astype(try dtype.toDType()) }
        isCast = true
      }
      if a.ndim == 0 {
        // NumPy's one-element view of the 0-d array itself, or of the 0-d array it made of a scalar or a cast.
        var made = try core { try a.reshape([1]).asNewArray() }
        made.isScalar = false
        made.isPythonScalar = false
        if !isCast, case .tensor(let array) = given, !array.isScalar, !array.isPythonScalar {
          return .tensor(ViewTracking.oneAxisView(made, of: array))
        }
        return .tensor(ViewTracking.oneAxisView(made, of: nil))
      }
      if isCast { return .tensor(a) }
      guard case .tensor = given, a.isCContiguous else {
        var copied = try core { try a.copy() }
        copied.isScalar = false
        return .tensor(copied)
      }
      return given
    case "atleast_1d", "atleast_2d", "atleast_3d":
      try call.rejectKeywords()
      let rank = name == "atleast_1d" ? 1 : name == "atleast_2d" ? 2 : 3
      var results: [Tensor] = []
      for argument in call.positional {
        let a = try argument.toTensor()
        results.append(try core { try atLeast(a, rank) })
      }
      if results.count == 1 { return .tensor(results[0]) }
      return try tuple(results)
    case "indices":
      let bound = try call.bind(["dimensions", "dtype", "sparse"], required: 1)
      // NumPy takes `tuple(dimensions)`: any iterable of ints (a generator too), never a bare int.
      var given = bound.value("dimensions")
      switch given {
      case .iterator(let box): given = .tuple(ValueList(try Interpreter.iterationItems(.iterator(box))))
      case .int, .bigInt, .bool, .float:
        throw PythonError.type("'\(given.typeName)' object is not iterable")
      default: break
      }
      if case .tuple(let items) = given, items.contains(where: { if case .bigInt = $0 { true } else { false } }) {
        throw PythonError.value("Maximum allowed dimension exceeded")
      }
      let dimensions = try given.toShape()
      if dimensions.contains(where: { $0 < 0 }) { throw PythonError.value("negative dimensions are not allowed") }
      let dtype = try bound["dtype"]?.toDType() ?? .int64
      let sparse = try bound.flag("sparse")
      var grids: [Tensor] = []
      for (axis, extent) in dimensions.enumerated() {
        var shape = [Int](repeating: 1, count: dimensions.count)
        shape[axis] = extent
        let line = try core { try Tensor.arange(.int(0), .int(Int64(extent)), dtype: dtype).reshape(shape) }
        grids.append(sparse ? line : try core { try line.broadcast(to: dimensions).copy() })
      }
      if sparse { return try tuple(grids) }
      if dimensions.isEmpty { return .tensor(try core { try Tensor.zeros([0], dtype: dtype) }) }
      return .tensor(try core { try Tensor.stack(grids, axis: 0).astype(dtype) })
    case "ix_":
      try call.rejectKeywords()
      var grids: [Tensor] = []
      for (axis, argument) in call.positional.enumerated() {
        var line = try argument.toTensor()
        if case .list(let items) = argument, items.isEmpty { line = try core { try line.astype(.int64) } }
        guard line.ndim == 1 else { throw PythonError.value("Cross index must be 1 dimensional") }
        if line.dtype == .bool { line = try core { try line.nonzeroIndices()[0] } }
        var shape = [Int](repeating: 1, count: call.positional.count)
        shape[axis] = line.size
        grids.append(try core { try line.reshape(shape) })
      }
      return try tuple(grids)
    case "flatnonzero":
      let a = try call.bind(["a"], required: 1).value("a").toTensor()
      return .tensor(try core { try a.reshape([a.size]).nonzeroIndices()[0] })
    case "unravel_index", "ravel_multi_index":
      return try NumpyEverydayIndices.call(name, call)
    case "partition", "argpartition":
      return try NumpyPartition.call(name, call)
    case "diagonal":
      let bound = try call.bind(["a", "offset", "axis1", "axis2"], required: 1)
      let a = try bound.value("a").toTensor()
      let offset = try bound["offset"]?.toInt() ?? 0
      let first = try bound["axis1"]?.toAxis() ?? 0
      let second = try bound["axis2"]?.toAxis() ?? 1
      return .tensor(try core { try a.diagonal(offset: offset, axis1: first, axis2: second) })
    case "compress":
      let bound = try call.bind(["condition", "a", "axis", "out"], required: 2)
      let a = try bound.value("a").toTensor()
      let axis = try axis(bound, of: name)
      let condition = try compressCondition(bound)
      return .tensor(try core { try a.compressed(condition, axis: axis) })
    case "lexsort":
      return try NumpyEverydayIndices.lexsort(call)
    default:
      return nil
    }
  }

  /// `np.atleast_Nd`: NumPy's placement of the new unit axes.
  static func atLeast(_ a: Tensor, _ rank: Int) throws -> Tensor {
    var shaped = a
    shaped.isScalar = false
    shaped.isPythonScalar = false
    if a.ndim >= rank { return a.isScalar ? try shaped.reshape(a.shape) : a }
    switch (rank, a.ndim) {
    case (1, _), (2, 0), (3, 0): return try shaped.reshape([Int](repeating: 1, count: rank))
    case (2, _): return try shaped.reshape([1] + a.shape)
    case (3, 1): return try shaped.reshape([1] + a.shape + [1])
    default: return try shaped.reshape(a.shape + [1])
    }
  }

  /// `np.split`, `np.array_split` and `hsplit`/`vsplit`/`dsplit`, following NumPy's own code: the extent split is
  /// `ary.shape[axis]` (Python's tuple indexing, so `axis=None` is its TypeError) for an array, and `len(ary)` when
  /// `array_split` is given a list whatever the axis (a list's other axes keep their elements past that length);
  /// `split` with a count reads `ary.shape`, which a list lacks.
  private static func split(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    let directional = name != "split" && name != "array_split"
    let bound = try call.bind(
      directional ? ["ary", "indices_or_sections"] : ["ary", "indices_or_sections", "axis"], required: 2)
    let aryValue = bound.value("ary")
    let isArray: Bool
    if case .tensor = aryValue { isArray = true } else { isArray = false }
    func missingAttribute(_ attribute: String) -> PythonError {
      PythonError("AttributeError", "'\(aryValue.typeName)' object has no attribute '\(attribute)'")
    }
    var axisValue = bound.values["axis"] ?? .int(0)
    switch name {
    case "hsplit":
      // `_nx.ndim(ary) == 0` first (a Python number's ValueError), then `ary.ndim`, which a list lacks.
      let a = try aryValue.toTensor()
      if a.ndim == 0 { throw PythonError.value("hsplit only works on arrays of 1 or more dimensions") }
      guard isArray else { throw missingAttribute("ndim") }
      axisValue = .int(a.ndim > 1 ? 1 : 0)
    case "vsplit":
      if try aryValue.toTensor().ndim < 2 {
        throw PythonError.value("vsplit only works on arrays of 2 or more dimensions")
      }
    case "dsplit":
      if try aryValue.toTensor().ndim < 3 {
        throw PythonError.value("dsplit only works on arrays of 3 or more dimensions")
      }
      axisValue = .int(2)
    default: break
    }
    let a = try aryValue.toTensor()
    /// `ary.shape[axis]` as Python indexes a tuple.
    func extent() throws(PythonError) -> Int {
      let axis: Int
      do { axis = try axisValue.toInt() } catch  where error.type == "TypeError" {
        throw PythonError.type("tuple indices must be integers or slices, not \(axisValue.typeName)")
      }
      let normalized = axis < 0 ? axis + a.ndim : axis
      guard normalized >= 0, normalized < a.ndim else { throw PythonError.index("tuple index out of range") }
      return a.shape[normalized]
    }
    let argument = bound.value("indices_or_sections")
    switch argument {
    case .list(let items), .tuple(let items):
      // NumPy slices the array at each point (`sary[st:end]`): a str or float there is the slice's TypeError.
      if items.items.contains(where: \.isSliceIndexError) {
        throw PythonError.type("slice indices must be integers or None or have an __index__ method")
      }
    default: break
    }
    let indices = try intList(argument)
    if name != "array_split", indices == nil {
      guard isArray else { throw missingAttribute("shape") }
      let sections = try argument.toInt()
      let total = try extent()
      if sections == 0 { throw PythonError("ZeroDivisionError", "integer modulo by zero") }
      if total % sections != 0 {
        throw PythonError.value("array split does not result in an equal division")
      }
    }
    let total: Int
    switch aryValue {
    case .tensor: total = try extent()
    case .list(let items), .tuple(let items): total = items.count
    case .range(let start, let stop, let step): total = Interpreter.rangeCount(start, stop, step)
    default: throw PythonError.type("object of type '\(aryValue.typeName)' has no len()")
    }
    return try splitList(a, total, indices, argument, axisValue)
  }

  /// `array_split`'s pieces of `a` along the axis, at the points its `total` and the indices or sections give.
  private static func splitList(
    _ a: Tensor, _ total: Int, _ indices: [Int]?, _ argument: Value, _ axisValue: Value
  ) throws(PythonError) -> Value {
    let points: [Int]
    if let indices {
      points = [0] + indices + [total]
    } else {
      let sections = try argument.toInt()
      if sections <= 0 { throw PythonError.value("number sections must be larger than 0.") }
      // The list holds one array per section: past the element limit it is refused before any is made.
      if sections > maxElementCount {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      let (each, extras) = (total / sections, total % sections)
      var running = [0]
      for section in 0..<sections { running.append(running.last! + each + (section < extras ? 1 : 0)) }
      points = running
    }
    // `swapaxes(ary, axis, 0)`: a list's axis is checked only here.
    let axis = try axisValue.toInt()
    let normalized = try core { try AxisArguments.normalize(axis, ndim: a.ndim, argument: "axis1") }
    return try list(try core { try a.splitting(at: points, axis: normalized) })
  }

  private static func joins(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "column_stack", "dstack":
      let arrays = try NumpyEverydayIndices.arrays(try call.bind(["tup"], required: 1).value("tup"))
      return .tensor(
        try core {
          if name == "dstack" { return try Tensor.concatenate(arrays.map { try atLeast($0, 3) }, axis: 2) }
          let columns = try arrays.map { a in
            a.ndim < 2 ? try atLeast(a, 2).transpose() : a
          }
          return try Tensor.concatenate(columns, axis: 1)
        })
    case "append":
      let bound = try call.bind(["arr", "values", "axis"], required: 2)
      let a = try bound.value("arr").toTensor().asOperandArray
      let values = try bound.value("values").toTensor().asOperandArray
      guard let axis = try axis(bound, of: name) else {
        return .tensor(
          try core { try Tensor.concatenate([a.reshape([a.size]), values.reshape([values.size])], axis: 0) })
      }
      return .tensor(try core { try Tensor.concatenate([a, values], axis: axis) })
    case "delete":
      return try NumpyEverydayIndices.delete(call)
    case "tensordot":
      let bound = try call.bind(["a", "b", "axes"], required: 2)
      let a = try bound.value("a").toTensor()
      let b = try bound.value("b").toTensor()
      let (first, second) = try tensordotAxes(bound.values["axes"] ?? .int(2))
      return .tensor(try core { try Tensor.tensordot(a, b, axesA: first, axesB: second) })
    case "kron":
      let bound = try call.bind(["a", "b"], required: 2)
      let a = try bound.value("a").toTensor().asOperandArray
      let b = try bound.value("b").toTensor().asOperandArray
      return .tensor(try core { try Tensor.kron(a, b) })
    case "select":
      return try NumpyEverydayIndices.select(call)
    case "array_equiv":
      let bound = try call.bind(["a1", "a2"], required: 2)
      let a = try bound.value("a1").toTensor()
      let b = try bound.value("a2").toTensor()
      guard let shape = try? core({ try Tensor.broadcastShapes([a.shape, b.shape]) }) else { return .bool(false) }
      let equal = try core { try a.broadcast(to: shape).equal(b.broadcast(to: shape)) }
      return .bool(!equal.doubles.contains(0))
    case "pad":
      return try NumpyEverydayIndices.pad(call)
    default:
      return nil
    }
  }

  /// `tensordot`'s `axes`: N (the last N of `a` with the first N of `b`) or a pair of axis lists.
  private static func tensordotAxes(_ value: Value) throws(PythonError) -> ([Int], [Int]) {
    switch value {
    case .tuple(let items), .list(let items):
      guard items.count == 2 else {
        throw PythonError.value("not enough values to unpack (expected 2, got \(items.count))")
      }
      let first = try ints(items[0])
      let second = try ints(items[1])
      return (first, second)
    default:
      let n = try value.toInt()
      return (n > 0 ? Array(-n..<0) : [], Array(0..<Swift.max(n, 0)))
    }
  }

  private static func calculus(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "average":
      let bound = try call.bind(["a", "axis", "weights", "returned", "keepdims"], required: 1)
      let a = try bound.value("a").toTensor()
      let axes = try bound["axis"].map { (value) throws(PythonError) in try AxisConversion.axes(value) }
      // NumPy's average normalises its axes with `argname="axis"`, which prefixes the AxisError with "axis: ".
      var seen = Set<Int>()
      for axis in axes ?? [] {
        let normalized = try AxisConversion.normalized(axis, ndim: a.ndim, argument: "axis")
        if !seen.insert(normalized).inserted { throw PythonError.value("repeated axis in `axis` argument") }
      }
      let weights = try bound["weights"]?.toTensor()
      let keepdims = try bound.flag("keepdims")
      let (average, scale) = try core { try Tensor.average(a, axes: axes, weights: weights, keepdims: keepdims) }
      // Unweighted, NumPy computes its scale as `a.size / avg.size` in Python, which an empty result divides by 0.
      if weights == nil, average.size == 0 { throw PythonError("ZeroDivisionError", "division by zero") }
      if try bound.flag("returned") { return try tuple([average, scale]) }
      return .tensor(average)
    case "ptp":
      let bound = try call.bind(["a", "axis", "out", "keepdims"], required: 1)
      try refuseOut(bound, name)
      let a = try bound.value("a").toTensor()
      let axes = try bound.values["axis"]?.toAxes() ?? .all
      let keepdims = try bound.flag("keepdims")
      return .tensor(try core { try a.peakToPeak(axis: axes, keepdims: keepdims) })
    case "logspace":
      let bound = try call.bind(["start", "stop", "num", "endpoint", "base", "dtype", "axis"], required: 2)
      for end in ["start", "stop"] {
        // As np.linspace's: NumPy spaces arrays of ends (and complex ones) too.
        if let value = bound[end], value.isComplexOrArray {
          throw PythonError.limit("np.logspace with a \(value.typeName) \(end) is not part of the snippet language")
        }
        if case .tensor(let given)? = bound[end], given.dtype.isNarrowFloat, !given.isPythonScalar {
          throw NumpyArrays.unsupported(
            "np.logspace with \(given.dtype) ends is not supported in snippets: NumPy computes in that dtype")
        }
      }
      // NumPy's logspace spaces with np.linspace first (its errors for None), then raises base to the samples.
      try NumpyFunctions.checkSpacingNones(bound)
      if case .none? = bound.values["base"] {
        throw NumpyArrays.unsupported("np.logspace with base=None is not supported in snippets")
      }
      let start = try bound.double("start", default: 0)
      let stop = try bound.double("stop", default: 0)
      let count = try bound["num"]?.toInt() ?? 50
      if count < 0 { throw PythonError.value("Number of samples, \(count), must be non-negative.") }
      let endpoint = try bound.values["endpoint"]?.truthValue() ?? true
      let base = try bound["base"]?.toTensor() ?? Tensor(10.0)
      if base.ndim > 0 {
        throw NumpyArrays.unsupported("np.logspace with an array as its base is not supported in snippets")
      }
      if let axis = bound["axis"] {
        // Scalar ends make one axis; NumPy moves it to the axis given, with its own errors for any other.
        guard case .int(0) = axis else {
          throw NumpyArrays.unsupported("np.logspace's axis= other than 0 is not supported in snippets")
        }
      }
      let dtype = try bound["dtype"]?.toDType()
      return .tensor(
        try core {
          var weakBase = base
          weakBase.isPythonScalar = base.isPythonScalar
          let exponents = try Tensor.linspace(start, stop, num: count, endpoint: endpoint)
          let powers = try weakBase.power(exponents)
          return try dtype.map { try powers.astype($0) } ?? powers
        })
    case "cross":
      let bound = try call.bind(["a", "b", "axisa", "axisb", "axisc", "axis"], required: 2)
      let a = try bound.value("a").toTensor()
      let b = try bound.value("b").toTensor()
      // axisa, axisb and axisc default to -1; axis= sets all three.
      var axes = [-1, -1, -1]
      for (index, name) in ["axisa", "axisb", "axisc"].enumerated() {
        // The binder reads an explicit None as absent: NumPy's normalize_axis_index raises for it (for axisc only
        // with 3-vectors), so it is refused.
        let explicit = call.keywords.first { $0.name == name }?.value ?? call.positional.dropFirst(2 + index).first
        if case .none? = explicit {
          throw NumpyArrays.unsupported("np.cross with \(name)=None is not supported in snippets")
        }
        guard let given = bound[name] else { continue }
        axes[index] = try given.toAxis()
      }
      if let given = bound["axis"] {
        if case .none = given {} else { axes = Array(repeating: try given.toAxis(), count: 3) }
      }
      return .tensor(try core { try Tensor.cross(a, b, axisa: axes[0], axisb: axes[1], axisc: axes[2]) })
    case "trapezoid":
      let bound = try call.bind(["y", "x", "dx", "axis"], required: 1)
      let y = try bound.value("y").toTensor()
      let x = try bound["x"]?.toTensor()
      let dx = try bound.double("dx", default: 1.0)
      let axis = try bound["axis"]?.toInt() ?? -1
      // NumPy's trapezoid sets the axis's entry of a list of slices (and of the 1-d x's shape): out of range is
      // that list's IndexError. A 2-d x goes through np.diff's AxisError first.
      if x.map({ $0.ndim == 1 }) ?? true, !(-y.ndim..<y.ndim).contains(axis) {
        throw PythonError.index("list assignment index out of range")
      }
      return .tensor(try core { try Tensor.trapezoid(y, x: x, dx: dx, axis: axis) })
    case "vander":
      let bound = try call.bind(["x", "N", "increasing"], required: 1)
      let x = try bound.value("x").toTensor()
      let columns = try bound["N"]?.toInt()
      let increasing = try bound.flag("increasing")
      return .tensor(try core { try Tensor.vander(x, columns: columns, increasing: increasing) })
    case "gradient":
      return try NumpyEverydayIndices.gradient(call)
    default:
      return nil
    }
  }
}

extension Tensor {
  /// The value as an array argument (`np.asarray`): a NumPy scalar or Python number becomes a 0-d array operand.
  var asOperandArray: Tensor {
    var result = self
    result.isPythonScalar = false
    return result
  }
}

extension Value {
  /// True for a value a Python slice refuses as a bound (a str, or a float, Python's or NumPy's).
  fileprivate var isSliceIndexError: Bool {
    switch self {
    case .string, .float: true
    case .tensor(let tensor): tensor.isScalar && tensor.dtype.isFloat
    default: false
    }
  }
}
