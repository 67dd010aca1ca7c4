import TensorCore

/// The everyday functions whose arguments need the most reading: `unravel_index`, `ravel_multi_index`, `delete`,
/// `select`, `pad` and `gradient`, with NumPy's argument checks in its order.
enum NumpyEverydayIndices {
  /// The arrays of a list or tuple argument (each converted as `np.asanyarray`).
  static func arrays(_ value: Value) throws(PythonError) -> [Tensor] {
    switch value {
    case .list(let items), .tuple(let items):
      var arrays: [Tensor] = []
      for item in items { arrays.append(try item.toTensor().asOperandArray) }
      return arrays
    case .range(let start, let stop, let step):
      return try NumpyArrays.rangeArrays(start, stop, step).map(\.asOperandArray)
    case .tensor(let tensor) where tensor.ndim > 0:
      var rows: [Tensor] = []
      for position in 0..<tensor.shape[0] { rows.append(try core { try tensor.index([.int(position)]) }) }
      return rows
    default:
      throw PythonError.type("arrays to stack must be passed as a \"sequence\" type such as list or tuple.")
    }
  }

  /// Calls `np.unravel_index` or `np.ravel_multi_index`.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    if name == "unravel_index" {
      let bound = try call.bind(["indices", "shape", "order"], required: 2)
      let indices = try bound.value("indices").toTensor()
      let shape = try bound.value("shape").toShape()
      let fortran = try order(bound)
      guard indices.dtype.isInteger || indices.dtype == .bool && false else {
        throw PythonError.type("only int indices permitted")
      }
      let size = try unravelSize(shape)
      var columns = [[Int64]](repeating: [], count: shape.count)
      for value in try indices.exactInts() {
        guard value >= 0, value < size else {
          throw PythonError.value("index \(value) is out of bounds for array with size \(size)")
        }
        var rest = value
        let axes = fortran ? Array(shape.indices) : shape.indices.reversed()
        for axis in axes {
          columns[axis].append(Int64(rest % shape[axis]))
          rest /= shape[axis]
        }
      }
      return try .makeTuple(
        columns.map { column in
          .tensor(Tensor(shape: indices.shape, storage: .int64(column), isScalar: indices.ndim == 0))
        })
    }
    let bound = try call.bind(["multi_index", "dims", "mode", "order"], required: 2)
    let coordinates = try NumpyEverydayIndices.arrays(bound.value("multi_index"))
    let dims = try bound.value("dims").toShape()
    let fortran = try order(bound)
    guard coordinates.count == dims.count else {
      throw PythonError.value(
        "parameter multi_index must be a sequence of length \(dims.count)")
    }
    let modes = try clipModes(bound["mode"], count: dims.count)
    if dims.contains(where: { $0 < 0 }) {
      throw NumpyArrays.unsupported("np.ravel_multi_index with a negative dimension is not supported in snippets")
    }
    // NumPy's strides, each checked for overflow as it is made (from the last axis, or the first in Fortran order).
    var strides = [Int](repeating: 0, count: dims.count)
    var stride = 1
    for axis in fortran ? Array(dims.indices) : dims.indices.reversed() {
      strides[axis] = stride
      let (next, overflow) = stride.multipliedReportingOverflow(by: dims[axis])
      if overflow {
        throw PythonError.value("invalid dims: array size defined by dims is larger than the maximum possible size.")
      }
      stride = next
    }
    let shape = try core { try Tensor.broadcastShapes(coordinates.map(\.shape)) }
    let count = shape.reduce(1, *)
    if count > 0 && dims.contains(0) {
      throw PythonError.value("cannot unravel if shape has zero entries (is empty).")
    }
    var result = [Int64](repeating: 0, count: count)
    for axis in dims.indices {
      let values = try core { try coordinates[axis].broadcast(to: shape) }
      guard values.dtype.isInteger else {
        throw PythonError.type("only int indices permitted")
      }
      let extent = dims[axis]
      for (position, value) in try values.exactInts().enumerated() {
        var index = value
        if index < 0 || index >= extent {
          switch modes[axis] {
          case "wrap":
            index %= extent
            if index < 0 { index += extent }
          case "clip": index = index < 0 ? 0 : extent - 1
          default: throw PythonError.value("invalid entry in coordinates array")
          }
        }
        // Each index is below its extent, so the total stays below the checked product of the extents.
        result[position] += Int64(index * strides[axis])
      }
    }
    return .tensor(Tensor(shape: shape, storage: .int64(result), isScalar: shape.isEmpty))
  }

  /// The element count of `np.unravel_index`'s shape, or NumPy's error when the product overflows (a zero extent
  /// ends the product first, as NumPy's does).
  private static func unravelSize(_ shape: [Int]) throws(PythonError) -> Int {
    if shape.contains(where: { $0 < 0 }) {
      throw NumpyArrays.unsupported("np.unravel_index with a negative dimension is not supported in snippets")
    }
    var size = 1
    for extent in shape {
      if extent == 0 { return 0 }
      let (product, overflow) = size.multipliedReportingOverflow(by: extent)
      if overflow {
        throw PythonError.value(
          "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.")
      }
      size = product
    }
    return size
  }

  /// `ravel_multi_index`'s `mode`: one of 'raise', 'wrap' and 'clip', or a sequence of them, one per axis.
  private static func clipModes(_ value: Value?, count: Int) throws(PythonError) -> [String] {
    func mode(_ item: Value) throws(PythonError) -> String {
      guard case .string(let text) = item else {
        throw NumpyArrays.unsupported("np.ravel_multi_index with a mode other than a str is not supported in snippets")
      }
      guard ["raise", "wrap", "clip"].contains(text) else {
        // NumPy's converter words a text starting as a mode's name would (any case) apart from the others.
        if let first = text.first, "cCwWrR".contains(first) {
          throw PythonError.value("Use one of 'clip', 'raise', or 'wrap' for clip mode")
        }
        throw PythonError.value("clipmode must be one of 'clip', 'raise', or 'wrap' (got '\(text)')")
      }
      return text
    }
    switch value {
    case nil: return [String](repeating: "raise", count: count)
    case .list(let items), .tuple(let items):
      guard items.count == count else {
        throw PythonError.value("list of clipmodes has wrong length (\(items.count) instead of \(count))")
      }
      var modes: [String] = []
      for item in items { modes.append(try mode(item)) }
      return modes
    case let single?: return [String](repeating: try mode(single), count: count)
    }
  }

  private static func order(_ bound: BoundArguments) throws(PythonError) -> Bool {
    guard let value = bound["order"] else { return false }
    guard case .string(let text) = value, ["C", "F", "A", "K"].contains(text) else {
      if case .string(let text) = value {
        throw PythonError.value("order must be one of 'C', 'F', 'A', or 'K' (got '\(text)')")
      }
      throw PythonError.type("order must be str, not \(value.typeName)")
    }
    return text == "F"
  }

  /// `np.delete(arr, obj, axis)`: every element except the positions `obj` names (an int, a slice or a list),
  /// along `axis` (the flattened array when None).
  static func delete(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["arr", "obj", "axis"], required: 2)
    var a = try bound.value("arr").toTensor()
    var axis = try bound["axis"]?.toAxis()
    if axis == nil {
      a = try core { try a.reshape([a.size]) }
      axis = 0
    }
    let normalized = try core { try AxisArguments.normalize(axis!, ndim: a.ndim) }
    let count = a.shape[normalized]
    var keep = [Bool](repeating: true, count: count)
    switch bound.value("obj") {
    case .slice(let start, let stop, let step):
      for position in AxisArguments.slicePositions(start, stop, step, count: count) { keep[position] = false }
    case let obj:
      let indices = try obj.toTensor()
      if indices.dtype == .bool {
        guard indices.ndim == 1, indices.size == count else {
          throw PythonError.value(
            "boolean array argument obj to delete must be one dimensional and match the axis length of \(count)")
        }
        keep = indices.doubles.map { $0 == 0 }
        break
      }
      guard indices.dtype.isInteger || indices.size == 0 else {
        throw PythonError.index("arrays used as indices must be of integer (or boolean) type")
      }
      // One index takes NumPy's single-value check, which names the axis; more go through `keep[obj,] = False`,
      // an index into the 1-d mask, whose IndexError names axis 0.
      let namedAxis = indices.size == 1 ? normalized : 0
      for value in try indices.exactInts() {
        guard value >= -count, value < count else {
          throw PythonError.index("index \(value) is out of bounds for axis \(namedAxis) with size \(count)")
        }
        keep[value < 0 ? value + count : value] = false
      }
    }
    let positions = keep.indices.filter { keep[$0] }
    let kept = a
    return .tensor(
      try core {
        try kept.index(
          [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: normalized)
            + [.indices(shape: [positions.count], values: positions)])
      })
  }

  /// `np.select(condlist, choicelist, default)`: NumPy's dtype from the choices and the default array, then the
  /// choices written last to first where their condition holds.
  static func select(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["condlist", "choicelist", "default"], required: 2)
    let conditions = try arrays(bound.value("condlist"))
    let choices = try arrays(bound.value("choicelist"))
    guard conditions.count == choices.count else {
      throw PythonError.value("list of cases must be same length as list of conditions")
    }
    if choices.isEmpty { throw PythonError.value("select with an empty condition list is not possible") }
    let fallback = try (bound["default"] ?? .int(0)).toTensor().asOperandArray
    for (position, condition) in conditions.enumerated() where condition.dtype != .bool {
      throw PythonError.type("invalid entry \(position) in condlist: should be boolean ndarray")
    }
    // NEP 50 as `np.select` spells it: a Python int, float or complex choice or default is weak, anything else an
    // array.
    func operand(_ value: Value) throws(PythonError) -> Value {
      switch value {
      case .int, .bigInt, .float, .complex: return value
      default: return .tensor(try value.toTensor().asOperandArray)
      }
    }
    var operands: [Value] = []
    if case .list(let items) = bound.value("choicelist") {
      for item in items { operands.append(try operand(item)) }
    } else if case .tuple(let items) = bound.value("choicelist") {
      for item in items { operands.append(try operand(item)) }
    } else {
      operands = choices.map { .tensor($0) }
    }
    operands.append(try operand(bound["default"] ?? .int(0)))
    let dtype = try NumpyDTypeQueries.resultType(operands)
    return .tensor(
      try core {
        var result = try fallback.astype(dtype)
        for (condition, choice) in zip(conditions, choices).reversed() {
          result = try Tensor.where(condition, choice.astype(dtype), result)
        }
        let shape = try Tensor.broadcastShapes((conditions + choices + [fallback]).map(\.shape))
        return try result.broadcast(to: shape).copy()
      })
  }

  /// `np.pad(array, pad_width, mode='constant', constant_values=0)` for the constant, edge, reflect, symmetric and
  /// wrap modes.
  static func pad(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["array", "pad_width", "mode", "constant_values", "reflect_type"], required: 2)
    var a = try bound.value("array").toTensor().asOperandArray
    // `np.asarray`: a NumPy scalar pads (by nothing) to a 0-d array.
    a.isScalar = false
    let widths = try padWidths(bound.value("pad_width"), ndim: a.ndim)
    guard widths.dtype.isInteger else { throw PythonError.type("`pad_width` must be of integral type.") }
    let modeName: String
    switch bound["mode"] ?? .string("constant") {
    case .string(let text): modeName = text
    default: throw NumpyArrays.unsupported("np.pad's mode= must be a name in snippets (a function is not supported)")
    }
    guard let mode = PadMode(rawValue: modeName) else {
      if ["linear_ramp", "maximum", "mean", "median", "minimum", "empty"].contains(modeName) {
        throw NumpyArrays.unsupported("np.pad's mode '\(modeName)' is not supported in snippets")
      }
      throw PythonError.value("mode '\(modeName)' is not supported")
    }
    if let reflect = bound["reflect_type"], case .string(let text) = reflect, text == "odd" {
      throw NumpyArrays.unsupported("np.pad's reflect_type='odd' is not supported in snippets")
    }
    if mode != .constant, bound["constant_values"] != nil {
      throw PythonError.value("unsupported keyword arguments for mode '\(modeName)': {'constant_values'}")
    }
    let pairs = try core { try widths.broadcast(to: [a.ndim, 2]) }.exactInts()
    if pairs.contains(where: { $0 < 0 }) { throw PythonError.value("index can't contain negative values") }
    let constants = try bound["constant_values"].map { (value) throws(PythonError) in
      let values = try value.toTensor()
      return try core { try values.broadcast(to: [a.ndim, 2]).copy() }
    }
    let list = stride(from: 0, to: pairs.count, by: 2).map { (pairs[$0], pairs[$0 + 1]) }
    return .tensor(try core { try a.padded(list, mode: mode, constants: constants) })
  }

  /// `pad_width` as an array; NumPy 2.4's dict of widths by axis (`{1: (1, 2)}`, `{-1: 2}`) becomes its list of
  /// pairs, `(0, 0)` for the axes it leaves out. Keys and widths other than Python ints are refused.
  private static func padWidths(_ given: Value, ndim: Int) throws(PythonError) -> Tensor {
    guard case .dict(let dict) = given else { return try given.toTensor() }
    var pairs = [[Value]](repeating: [.int(0), .int(0)], count: ndim)
    for (key, width) in zip(dict.keys, dict.values) {
      guard case .int(let axis) = key else {
        throw NumpyArrays.unsupported(
          "np.pad with a dict pad_width whose keys are not ints is not supported in snippets")
      }
      guard axis >= -ndim, axis < ndim else { throw PythonError("IndexError", "list assignment index out of range") }
      switch width {
      case .int: pairs[axis < 0 ? axis + ndim : axis] = [width, width]
      case .tuple(let items) where items.count == 2 && items.allSatisfy({ if case .int = $0 { true } else { false } }):
        pairs[axis < 0 ? axis + ndim : axis] = Array(items)
      default:
        throw NumpyArrays.unsupported(
          "np.pad with a dict pad_width whose widths are not an int or a pair of ints is not supported in snippets")
      }
    }
    return try Value.makeList(pairs.map { (pair) throws(PythonError) in try Value.makeTuple(pair) }).toTensor()
  }

  /// `np.gradient(f, *varargs, axis=None, edge_order=1)`: one array per axis (a tuple for several).
  static func gradient(_ call: CallArguments) throws(PythonError) -> Value {
    guard let first = call.positional.first else {
      throw PythonError.type("gradient() missing 1 required positional argument: 'f'")
    }
    var axisValue: Value = .none
    var edgeOrder = 1
    for (name, value) in call.keywords {
      switch name {
      case "axis": axisValue = value
      case "edge_order": edgeOrder = try value.toInt()
      default: throw PythonError.type("gradient() got an unexpected keyword argument '\(name)'")
      }
    }
    let f = try first.toTensor()
    let axes: [Int]
    switch axisValue {
    case .none: axes = Array(0..<f.ndim)
    default:
      let given = try AxisConversion.axes(axisValue)
      axes = try core { try AxisArguments.normalizeTuple(given, ndim: f.ndim) }
    }
    let spacings = Array(call.positional.dropFirst())
    var perAxis: [Value]
    if spacings.isEmpty {
      perAxis = [Value](repeating: .float(1), count: axes.count)
    } else if spacings.count == 1, (try? spacings[0].toTensor().ndim) == 0 {
      perAxis = [Value](repeating: spacings[0], count: axes.count)
    } else if spacings.count == axes.count {
      perAxis = spacings
    } else {
      throw PythonError.type("invalid number of arguments")
    }
    if edgeOrder > 2 { throw PythonError.value("'edge_order' greater than 2 not supported") }
    if edgeOrder < 1 {
      throw NumpyArrays.unsupported(
        "np.gradient with edge_order below 1 is not supported in snippets: NumPy takes its second-order edges")
    }
    var results: [Tensor] = []
    for (axis, spacing) in zip(axes, perAxis) {
      // NumPy converts integer arrays to float64 but subtracts bool ones as they are, past its size check.
      if f.dtype == .bool, f.shape[axis] >= edgeOrder + 1 {
        throw PythonError.type(
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the "
            + "logical_xor function instead.")
      }
      let distances = try spacing.toTensor()
      if distances.ndim == 0 {
        let dx = distances.doubles[0]
        results.append(try core { try f.numericalGradient(axis: axis, spacing: dx, edgeOrder: edgeOrder) })
        continue
      }
      guard distances.ndim == 1 else { throw PythonError.value("distances must be either scalars or 1d") }
      guard distances.size == f.shape[axis] else {
        throw PythonError.value("when 1d, distances must match the length of the corresponding dimension")
      }
      let coordinates = try core { try distances.dtype.isInteger ? distances.astype(.float64) : distances }
      let differences = try core { try coordinates.difference(order: 1, axis: 0, prepend: nil, append: nil) }
      let values = differences.doubles
      if let dx = values.first, values.allSatisfy({ $0 == dx }), differences.dtype == .float64 {
        results.append(try core { try f.numericalGradient(axis: axis, spacing: dx, edgeOrder: edgeOrder) })
      } else {
        results.append(try core { try f.numericalGradient(axis: axis, spacings: differences, edgeOrder: edgeOrder) })
      }
    }
    return results.count == 1 ? .tensor(results[0]) : try NumpyEveryday.tuple(results)
  }

  /// `np.lexsort(keys, axis=-1)` of 1-d keys: the stable order by the last key, ties broken by the one before, and
  /// so on; NaN sorts last, as in NumPy.
  static func lexsort(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["keys", "axis"], required: 1)
    let axis = try bound["axis"]?.toAxis() ?? -1
    if axis != -1, axis != 0 {
      throw NumpyArrays.unsupported("np.lexsort's axis= other than the last is not supported in snippets")
    }
    // NumPy's C lexsort asks for a sequence first: a Python number is none.
    switch bound.value("keys") {
    case .int, .float, .bool, .complex, .bigInt, .none:
      throw PythonError.type("need sequence of keys with len > 0 in lexsort")
    default: break
    }
    let keys = try arrays(bound.value("keys"))
    guard let count = keys.first?.size else { throw PythonError.type("need sequence of keys with len > 0 in lexsort") }
    guard keys.allSatisfy({ $0.ndim == 1 && $0.size == count }) else {
      if keys.contains(where: { $0.ndim != 1 }) {
        throw NumpyArrays.unsupported("np.lexsort of keys with other than one dimension is not supported in snippets")
      }
      throw PythonError.value("all keys need to be the same shape")
    }
    // Each key is compared in its own dtype: integers exactly (uint64 as unsigned), floats with NaN last.
    let columns: [(Int, Int) -> Bool?] = keys.reversed().map { key in
      if let ints = key.orderKeys {
        return { i, j in ints[i] == ints[j] ? nil : ints[i] < ints[j] }
      }
      let values = key.doubles
      return { i, j in
        let (x, y) = (values[i], values[j])
        if x == y || (x.isNaN && y.isNaN) { return nil }
        if x.isNaN { return false }
        if y.isNaN { return true }
        return x < y
      }
    }
    func before(_ i: Int, _ j: Int) -> Bool {
      for column in columns {
        if let isBefore = column(i, j) { return isBefore }
      }
      return i < j
    }
    let order = (0..<count).sorted(by: before)
    return .tensor(Tensor(shape: [count], storage: .int64(order.map { Int64($0) })))
  }
}
