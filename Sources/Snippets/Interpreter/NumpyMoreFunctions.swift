import TensorCore

/// The functions of issue 10's seventh round that are not bitwise: the set routines, the float-representation
/// ufuncs, `insert`, `resize`, `geomspace`, `block`, `ediff1d`, the triangle and diagonal index
/// helpers, `nanmedian`, and the small predicates; each binds its arguments as NumPy 2.4 names them.
enum NumpyMoreFunctions {
  /// The names answered.
  static let names: Set<String> = Set([
    "isin", "setdiff1d", "union1d", "intersect1d", "setxor1d", "nextafter", "spacing", "fabs", "frexp", "ldexp",
    "modf", "gcd", "lcm", "cbrt", "isneginf", "isposinf", "fix", "isscalar", "ediff1d", "diagflat",
    "rollaxis", "triu_indices", "tril_indices", "diag_indices", "nanmedian", "histogram_bin_edges", "vectorize",
    "frompyfunc",
    "char", "strings", "ma", "rec",
    "fmod", "divmod", "take_along_axis",
  ]).union(NumpyMoreArrays.names).union(NumpyMoreGrids.names)

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    if NumpyMoreGrids.names.contains(name) {
      throw PythonError.type("'\(name == "mgrid" ? "MGridClass" : "OGridClass")' object is not callable")
    }
    if let refusal = outsideModule(name) { throw refusal }
    if let result = try sets(name, call) { return result }
    if let result = try floatBits(name, call) { return result }
    if let result = try helpers(name, call) { return result }
    return try NumpyMoreArrays.call(name, call)
  }

  /// An integer argument of `np.tril_indices` or `np.triu_indices`. NumPy takes other numbers too (`np.tri` compares
  /// with an `arange` of them: a float k acts as its floor, a float n as its length), with other errors for what is
  /// no number: refused by name, never read otherwise.
  private static func triangleArgument(_ value: Value, _ name: String) throws(PythonError) -> Int {
    switch value {
    case .int, .bool: return try value.toInt()
    case .tensor(let scalar) where scalar.isScalar && (scalar.dtype.isInteger || scalar.dtype == .bool):
      return try value.toInt()
    default:
      throw NumpyArrays.unsupported(
        "np.\(name) with an argument that is not an integer (\(value.typeName)) is not supported in snippets")
    }
  }

  /// NumPy's submodules for what snippets do not have, refused by name (`np.char.upper`, `np.ma.masked_array`).
  static func outsideModule(_ name: String) -> PythonError? {
    switch name {
    case "char", "strings": NumpyArrays.unsupported("np.\(name) (string arrays) is not supported in snippets")
    case "ma": NumpyArrays.unsupported("np.ma (masked arrays) is not supported in snippets")
    case "rec": NumpyArrays.unsupported("np.rec (record arrays) is not supported in snippets")
    default: nil
    }
  }

  private static func sets(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "isin":
      let bound = try call.bind(["element", "test_elements", "assume_unique", "invert", "kind"], required: 2)
      if let kind = bound["kind"], kind.str != "sort", kind.str != "table" {
        throw PythonError.value("Invalid kind: '\(kind.str)'. Please use None, 'sort' or 'table'.")
      }
      let element = try bound.value("element").toTensor()
      let test = try bound.value("test_elements").toTensor()
      let invert = try bound.flag("invert")
      return .tensor(try core { try Tensor.isIn(element, test, invert: invert) })
    case "setdiff1d", "union1d", "intersect1d", "setxor1d":
      let parameters =
        name == "union1d"
        ? ["ar1", "ar2"]
        : name == "intersect1d"
          ? ["ar1", "ar2", "assume_unique", "return_indices"]
          : ["ar1", "ar2", "assume_unique"]
      let bound = try call.bind(parameters, required: 2)
      if try bound.flag("return_indices") {
        throw NumpyArrays.unsupported("np.intersect1d's return_indices= is not supported in snippets")
      }
      let a = try bound.value("ar1").toTensor()
      let b = try bound.value("ar2").toTensor()
      let assumeUnique = name == "union1d" ? false : try bound.flag("assume_unique")
      if assumeUnique && (name == "setdiff1d" || name == "setxor1d") {
        // NumPy trusts the flag: values that repeat (or NaNs) give results its unique-free steps make up.
        func repeatsOrHoldsNaN(_ operand: Tensor) throws -> Bool {
          if operand.dtype.isComplex || (operand.dtype.isFloat && operand.doubles.contains(where: \.isNaN)) {
            return true
          }
          return try operand.uniqueValues().values.size != operand.size
        }
        for operand in [a, b] where try core({ try repeatsOrHoldsNaN(operand) }) {
          throw NumpyArrays.unsupported(
            "np.\(name)(..., assume_unique=True) of values that repeat or hold NaN is not supported in snippets")
        }
        // setxor1d's steps of unique operands give the default's result; setdiff1d keeps ar1's order.
        if name == "setdiff1d" { return .tensor(try core { try Tensor.setDifferenceInOrder(a, b) }) }
      }
      return .tensor(
        try core {
          switch name {
          case "setdiff1d": try Tensor.setDifference(a, b)
          case "union1d": try Tensor.union(a, b)
          case "intersect1d": try Tensor.intersection(a, b, assumeUnique: assumeUnique)
          default: try Tensor.symmetricDifference(a, b)
          }
        })
    default:
      return nil
    }
  }

  private static func floatBits(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "nextafter", "ldexp", "gcd", "lcm":
      let (a, b) = try NumpyMore.binaryUfuncOperands(name, call)
      return .tensor(
        try core {
          switch name {
          case "nextafter": try Tensor.nextAfter(a, b)
          case "ldexp": try Tensor.loadExponent(a, b)
          default: try Tensor.greatestCommonDivisor(a, b, leastCommonMultiple: name == "lcm")
          }
        })
    case "fmod":
      let (a, b) = try NumpyMore.binaryUfuncOperands(name, call)
      return .tensor(try core { try Tensor.truncatedRemainder(a, b) })
    case "divmod":
      let (a, b) = try NumpyMore.binaryUfuncOperands(name, call)
      let (quotient, remainder) = try core { (try a.floorDivided(by: b), try a.remainder(b)) }
      return try .makeTuple([.tensor(quotient), .tensor(remainder)])
    case "spacing", "fabs":
      let x = try NumpyMore.unaryUfuncOperand(name, call)
      return .tensor(try core { name == "spacing" ? try x.spacing() : try x.floatAbsolute() })
    case "frexp", "modf":
      let x = try NumpyMore.unaryUfuncOperand(name, call)
      let (first, second) = try core {
        name == "frexp" ? try x.fractionAndExponent() : try x.fractionalAndIntegral()
      }
      return try .makeTuple([.tensor(first), .tensor(second)])
    case "cbrt":
      // float64 and float32: NumPy's SVML kernels, as NumPy runs them on x86-64 with AVX-512 (glibc's cbrt and
      // cbrtf, which NumPy calls for an operand it reads backwards, differ in the last bit: refused there). float16:
      // every float32 kernel rounds to the same half except near rounding boundaries, which that path refuses.
      let x = try NumpyMore.unaryUfuncOperand(name, call)
      if let root = try core({ try x.numpyCubeRoot() }) { return .tensor(root) }
      if let root = try core({ try x.float32CubeRoot() }) { return .tensor(root) }
      if let root = try core({ try x.halfCubeRoot() }) { return .tensor(root) }
      throw NumpyArrays.unsupported(
        "np.cbrt of \(x.dtype.rawValue) values is not supported in snippets: NumPy computes it with its float32 "
          + "kernel (SVML's), which docbuild does not reproduce; convert first with .astype(np.float64)")
    default:
      return nil
    }
  }

  private static func helpers(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    switch name {
    case "isneginf", "isposinf":
      let bound = try call.bind(["x", "out"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      let x = try bound.value("x").toTensor()
      if x.dtype.isComplex {
        throw PythonError.type("This operation is not supported for complex values because it would be ambiguous.")
      }
      let negative = name == "isneginf"
      let flags = x.doubles.map { $0.isInfinite && ($0 < 0) == negative }
      return .tensor(Tensor(shape: x.shape, storage: .bool(flags), isScalar: x.shape.isEmpty))
    case "fix":
      let bound = try call.bind(["x", "out"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      let x = try bound.value("x").toTensor()
      // np.fix is trunc, then a 0-d result made an array again (NumPy's `np.asanyarray(...)[()]` gives a scalar).
      return .tensor(try core { try x.apply(.trunc) })
    case "isscalar":
      let element = try call.bind(["element"], required: 1).value("element")
      switch element {
      case .bool, .int, .float, .complex, .bigInt, .string, .bytes: return .bool(true)
      case .tensor(let tensor): return .bool(tensor.isScalar && !tensor.isPythonScalar || tensor.isPythonScalar)
      case .object(let object):
        // A `numbers.Number` is a scalar to NumPy: of the classes snippets have, fractions.Fraction and its subclasses.
        return .bool(
          ([object.type] + object.type.ancestors).contains { $0.module == "fractions" && $0.name == "Fraction" })
      default: return .bool(false)
      }
    case "ediff1d":
      let bound = try call.bind(["ary", "to_end", "to_begin"], required: 1)
      let array = try bound.value("ary").toTensor()
      let end = try bound["to_end"]?.toTensor()
      let begin = try bound["to_begin"]?.toTensor()
      return .tensor(
        try core {
          let flat = try array.flatten()
          var parts = [try flat.difference(order: 1, axis: 0, prepend: nil, append: nil)]
          // NumPy casts to_begin/to_end to the array's dtype under same_kind rules.
          for (extra, label) in [(begin, "to_begin"), (end, "to_end")] {
            guard let extra else { continue }
            if !DType.canCast(extra.dtype, to: array.dtype, casting: "same_kind") {
              throw TensorError(
                "TypeError", "dtype of `\(label)` must be compatible with input `ary` under the `same_kind` rule.")
            }
            let cast = try extra.astype(array.dtype).flatten()
            if label == "to_begin" { parts.insert(cast, at: 0) } else { parts.append(cast) }
          }
          // NumPy subtracts (np.diff compares bools; ediff1d's `-` refuses them), after its dtype checks.
          if array.dtype == .bool {
            throw TensorError(
              "TypeError",
              "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, "
                + "or the logical_xor function instead.")
          }
          return parts.count == 1 ? parts[0] : try Tensor.concatenate(parts, axis: 0)
        })
    case "take_along_axis":
      let bound = try call.bind(["arr", "indices", "axis"], required: 2)
      // NumPy reads `arr.ndim` (or `arr.flat`), `indices.ndim` and `indices.dtype` as attributes: lists have none.
      let (arrayValue, indicesValue) = (bound.value("arr"), bound.value("indices"))
      func requireArray(_ value: Value, _ attribute: String) throws(PythonError) {
        if case .tensor = value { return }
        throw PythonError("AttributeError", "'\(value.typeName)' object has no attribute '\(attribute)'")
      }
      let axis = bound.values["axis"].map { $0.isNone ? nil : $0 } ?? .int(-1)
      if axis == nil {
        try requireArray(indicesValue, "ndim")
        if try indicesValue.toTensor().ndim == 1 { try requireArray(arrayValue, "flat") }
      } else {
        try requireArray(arrayValue, "ndim")
      }
      let array = try arrayValue.toTensor()
      let givenAxis = try axis.map { (value) throws(PythonError) in try value.toAxis() }
      if let givenAxis { _ = try AxisConversion.normalized(givenAxis, ndim: array.ndim) }
      try requireArray(indicesValue, "dtype")
      let indices = try indicesValue.toTensor()
      return .tensor(try takeAlongAxis(array, indices, axis: givenAxis))
    case "diagflat":
      let bound = try call.bind(["v", "k"], required: 1)
      let v = try bound.value("v").toTensor()
      let k = try bound["k"]?.toInt() ?? 0
      return .tensor(try core { try v.flatten().diag(k) })
    case "rollaxis":
      let bound = try call.bind(["a", "axis", "start"], required: 2)
      // NumPy reads `a.ndim` first: a list or a Python number has none.
      switch bound.value("a") {
      case .tensor: break
      case let other: throw PythonError("AttributeError", "'\(other.typeName)' object has no attribute 'ndim'")
      }
      let a = try bound.value("a").toTensor()
      let n = a.ndim
      let axis = try AxisConversion.normalized(try bound.value("axis").toAxis(), ndim: n)
      if case .bigInt(let big)? = bound["start"] {
        // NumPy compares `start` as a Python int: the message holds it (plus n when negative), however long.
        let shown = big.compare(BigInt(0)) < 0 ? big + BigInt(n) : big
        throw PythonError(
          "AxisError", "'start' arg requires \(-n) <= start < \(n + 1), but \(shown.decimal()) was passed in")
      }
      var start = try bound["start"]?.toInt() ?? 0
      if start < 0 { start += n }
      guard start >= 0 && start <= n else {
        throw PythonError("AxisError", "'start' arg requires \(-n) <= start < \(n + 1), but \(start) was passed in")
      }
      if axis < start { start -= 1 }
      if axis == start { return .tensor(a) }
      var axes = Array(0..<n)
      axes.remove(at: axis)
      axes.insert(axis, at: start)
      return .tensor(try core { try a.transpose(axes) })
    case "triu_indices", "tril_indices":
      let bound = try call.bind(["n", "k", "m"], required: 1)
      let givenRows = try Self.triangleArgument(bound.value("n"), name)
      let k = try bound["k"].map { (value) throws(PythonError) in try Self.triangleArgument(value, name) } ?? 0
      let given = (
        rows: givenRows,
        columns: try bound["m"].map { (value) throws(PythonError) in try Self.triangleArgument(value, name) }
          ?? givenRows
      )
      // NumPy's np.tri of a negative extent is empty along it (`arange(N)`, `arange(-k, M - k)`).
      let (rows, columns) = (Swift.max(given.rows, 0), Swift.max(given.columns, 0))
      if rows > 0, columns > maxElementCount / rows {
        throw NumpyArrays.unsupported("np.\(name) of a \(rows)×\(columns) matrix is beyond snippets' element limit")
      }
      var first: [Int64] = []
      var second: [Int64] = []
      for i in 0..<rows {
        for j in 0..<columns where name == "triu_indices" ? j - i >= k : j - i <= k {
          first.append(Int64(i))
          second.append(Int64(j))
        }
      }
      return try .makeTuple([
        .tensor(Tensor(shape: [first.count], storage: .int64(first))),
        .tensor(Tensor(shape: [second.count], storage: .int64(second))),
      ])
    case "diag_indices":
      let bound = try call.bind(["n", "ndim"], required: 1)
      let given = bound.value("n")
      let dimensions = try bound["ndim"]?.toInt() ?? 2
      var isFloatCount = false
      switch given {
      case .float: isFloatCount = true
      case .tensor(let count) where count.ndim == 0 && count.dtype.isFloat: isFloatCount = true
      default: break
      }
      if isFloatCount {
        // NumPy's `np.arange(n)` of a float count: float64 steps from 0 (none for n <= 0).
        var arange = call
        arange.function = "arange"
        (arange.positional, arange.keywords, arange.positionalTexts) = ([given], [], [])
        let index = try NumpyFunctions.call("arange", arange)
        return try .makeTuple(Array(repeating: index, count: Swift.max(dimensions, 0)))
      }
      let n = try given.toInt()
      guard n >= 0 else { throw PythonError.value("negative dimensions are not allowed") }
      let index = try core { try Tensor.arange(.int(0), .int(Int64(n))) }
      return try .makeTuple(Array(repeating: .tensor(index), count: Swift.max(dimensions, 0)))
    case "nanmedian":
      let bound = try call.bind(["a", "axis", "out", "overwrite_input", "keepdims"], required: 1)
      try NumpyEveryday.refuseOut(bound, name)
      try NumpyStatistics.refuseOverwrittenInput(bound, name)
      let a = try bound.value("a").toTensor()
      if a.size == 0 {
        // NumPy's nanmedian of an empty array is its nanmean (axis errors and all).
        var mean = call
        mean.keywords.removeAll { $0.name == "overwrite_input" || $0.name == "out" }
        if mean.positional.count > 2 {
          mean.positional = Array(mean.positional.prefix(2))
          mean.positionalTexts = Array(mean.positionalTexts.prefix(2))
        }
        return try NumpyEverydayMath.call("nanmean", mean)
      }
      let axis = try AxisConversion.oneOrAll(bound["axis"], ndim: a.ndim, function: "np.nanmedian")
      let keepdims = try bound.flag("keepdims")
      return .tensor(try core { try a.nanMedian(axis: axis, keepdims: keepdims) })
    case "histogram_bin_edges":
      let bound = try call.bind(["a", "bins", "range", "weights"], required: 1)
      let a = try bound.value("a").toTensor()
      var range: (Double, Double)?
      if let given = bound["range"] {
        guard case .tuple(let items) = given, items.count == 2 else {
          throw PythonError.value("too many values to unpack (expected 2)")
        }
        range = (try items[0].toTensor().doubles[0], try items[1].toTensor().doubles[0])
      }
      var bins = 10
      var edges: Tensor?
      if let given = bound["bins"] {
        if case .string = given {
          throw NumpyArrays.unsupported("np.histogram_bin_edges's string bins are not supported in snippets")
        }
        let tensor = try given.toTensor()
        if tensor.ndim == 0 { bins = try given.toInt() } else { edges = tensor }
      }
      let weights = try bound["weights"]?.toTensor()
      let (bins0, range0, edges0) = (bins, range, edges)
      return .tensor(
        try core {
          try a.histogram(bins: bins0, edges: edges0, range: range0, weights: weights, density: false).edges
        })
    default:
      return nil
    }
  }

  /// `np.take_along_axis(arr, indices, axis)`: one advanced index per axis (`indices` along `axis`, an `arange`
  /// spread over its own axis elsewhere), so the gather broadcasts as NumPy's and its gradient scatters back.
  static func takeAlongAxis(_ given: Tensor, _ indices: Tensor, axis givenAxis: Int?) throws(PythonError) -> Tensor {
    // In NumPy's order: the axis (or, for None, the indices' one dimension), the indices' dtype, their dimensions.
    func requireIntegers() throws(PythonError) {
      if indices.dtype.isInexact || indices.dtype == .bool {
        throw PythonError("IndexError", "`indices` must be an integer array")
      }
    }
    var array = given
    var axis = 0
    if let givenAxis {
      axis = try AxisConversion.normalized(givenAxis, ndim: array.ndim)
      try requireIntegers()
      if indices.ndim != array.ndim {
        throw PythonError.value("`indices` and `arr` must have the same number of dimensions")
      }
    } else {
      if indices.ndim != 1 {
        throw PythonError.value("when axis=None, `indices` must have a single dimension.")
      }
      try requireIntegers()
      array = try core { try given.flatten() }
    }
    let ndim = array.ndim
    var items: [IndexItem] = []
    for dimension in 0..<ndim {
      if dimension == axis {
        items.append(.indices(shape: indices.shape, values: try indices.exactInts()))
      } else {
        var shape = [Int](repeating: 1, count: ndim)
        shape[dimension] = array.shape[dimension]
        items.append(.indices(shape: shape, values: Array(0..<array.shape[dimension])))
      }
    }
    let source = array
    let picks = items
    return try core { try source.index(picks) }
  }
}
