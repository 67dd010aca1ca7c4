import TensorCore

/// `np.frompyfunc(func, nin, nout)`: a ufunc of NumPy's object loop, which casts its broadcast inputs to objects
/// (an array's elements become Python numbers), calls the snippet function once per element in C order and gathers
/// what it returns in object arrays (a 0-d call returns the objects themselves). Held as
/// `.method(.tuple([func, nin, nout, name]), fromPyFuncMarker)`; its ufunc methods, keyword arguments and output
/// arrays are refused.
extension Interpreter {
  /// The method name that marks a ufunc made by `np.frompyfunc`.
  static let fromPyFuncMarker = "numpy.frompyfunc"

  /// `np.frompyfunc(func, nin, nout)`: the ufunc, named `func.__name__ + " (vectorized)"` as NumPy names it.
  mutating func makeFromPyFunc(_ call: CallArguments) throws(PythonError) -> Value {
    if call.positional.isEmpty {
      throw PythonError.type("frompyfunc() takes at least 1 positional argument (0 given)")
    }
    if call.keywords.contains(where: { $0.name == "identity" }) {
      throw NumpyArrays.unsupported("np.frompyfunc's identity= is not supported in snippets")
    }
    let bound = try call.bind(["func", "nin", "nout"], required: 3)
    let function = bound.value("func")
    guard function.isCallable else { throw PythonError.type("function must be callable") }
    let nin = try bound.value("nin").toInt()
    let nout = try bound.value("nout").toInt()
    guard (1...16).contains(nin), (1...16).contains(nout) else {
      throw NumpyArrays.unsupported(
        "np.frompyfunc with nin=\(nin) and nout=\(nout) is not supported in snippets (1 to 16 inputs and outputs are)")
    }
    guard case .string(let name) = try attributeValue(function, "__name__") else {
      throw NumpyArrays.unsupported("np.frompyfunc of a callable without a str __name__ is not supported in snippets")
    }
    return .method(
      try .makeTuple([function, .int(nin), .int(nout), .string(name + " (vectorized)")]), Self.fromPyFuncMarker)
  }

  /// The parts of a `np.frompyfunc` ufunc.
  private static func fromPyFuncParts(_ parts: Value) -> (function: Value, nin: Int, nout: Int, name: String)? {
    guard case .tuple(let items) = parts, items.count == 4, case .int(let nin) = items[1],
      case .int(let nout) = items[2], case .string(let name) = items[3]
    else { return nil }
    return (items[0], nin, nout, name)
  }

  /// NumPy's repr of a `np.frompyfunc` ufunc, `<ufunc 'f (vectorized)'>`.
  static func fromPyFuncRepr(_ parts: Value) -> String {
    "<ufunc '\(fromPyFuncParts(parts)?.name ?? "?")'>"
  }

  /// An attribute of a `np.frompyfunc` ufunc: its counts, name, identity (None), loop types and signature; what
  /// else NumPy's ufunc has (reduce, accumulate, outer, at, reduceat, …) is refused.
  static func fromPyFuncAttribute(_ parts: Value, _ attribute: String) throws(PythonError) -> Value {
    guard let ufunc = fromPyFuncParts(parts) else { return .none }
    switch attribute {
    case "nin": return .int(ufunc.nin)
    case "nout": return .int(ufunc.nout)
    case "nargs": return .int(ufunc.nin + ufunc.nout)
    case "__name__": return .string(ufunc.name)
    case "identity", "signature": return .none
    case "ntypes": return .int(1)
    case "types":
      return .list(
        ValueList([.string(String(repeating: "O", count: ufunc.nin) + "->" + String(repeating: "O", count: ufunc.nout))]
        ))
    default:
      throw NumpyArrays.unsupported(
        "the attribute \(attribute) of a np.frompyfunc ufunc is not supported in snippets (calling it, nin, nout, "
          + "nargs, __name__, identity, ntypes, types and signature are)")
    }
  }

  /// Calls a `np.frompyfunc` ufunc on its inputs.
  mutating func callFromPyFunc(_ parts: Value, _ call: CallArguments) throws(PythonError) -> Value {
    guard let ufunc = Self.fromPyFuncParts(parts) else { return .none }
    if let keyword = call.keywords.first {
      throw NumpyArrays.unsupported(
        "the keyword argument \(keyword.name)= of a np.frompyfunc ufunc is not supported in snippets")
    }
    let given = call.positional.count
    if given < ufunc.nin || given > ufunc.nin + ufunc.nout {
      throw PythonError.type(
        "\(ufunc.name)() takes from \(ufunc.nin) to \(ufunc.nin + ufunc.nout) positional arguments but \(given) "
          + (given == 1 ? "was given" : "were given"))
    }
    if given > ufunc.nin {
      throw NumpyArrays.unsupported("output arrays of a np.frompyfunc ufunc are not supported in snippets")
    }
    var inputs: [(elements: [Value], shape: [Int])] = []
    for argument in call.positional { inputs.append(try Self.objectElements(argument)) }
    let shapes = inputs.map(\.shape)
    let shape = try Interpreter.broadcastShape(of: shapes)
    let count = shape.reduce(1, *)
    // Each input's element index at each position of the broadcast shape, in C order.
    let indices = inputs.map { Self.broadcastIndices($0.shape, to: shape, count: count) }
    var outputs = [[Value]](repeating: [], count: ufunc.nout)
    for position in 0..<count {
      let arguments = inputs.indices.map { inputs[$0].elements[indices[$0][position]] }
      let result = try callValue(
        ufunc.function,
        CallArguments(
          function: "", positional: arguments, keywords: [], positionalTexts: arguments.map { _ in "" }))
      if ufunc.nout == 1 {
        if case .tuple = result, !shape.isEmpty {
          throw NumpyArrays.unsupported("a np.frompyfunc ufunc returning tuples into an object array is not supported")
        }
        if case .list = result, !shape.isEmpty {
          throw NumpyArrays.unsupported("a np.frompyfunc ufunc returning lists into an object array is not supported")
        }
        outputs[0].append(result)
        continue
      }
      guard case .tuple(let parts) = result, parts.count == ufunc.nout else {
        throw NumpyArrays.unsupported(
          "a np.frompyfunc ufunc with nout=\(ufunc.nout) whose function returns something other than a tuple of "
            + "\(ufunc.nout) values is not supported in snippets")
      }
      for (slot, part) in parts.enumerated() { outputs[slot].append(part) }
    }
    let results: [Value] = outputs.map { values in
      shape.isEmpty ? values[0] : .objectArray(ObjectArray(values, shape: shape))
    }
    return ufunc.nout == 1 ? results[0] : try .makeTuple(results)
  }

  /// An input as NumPy's cast to objects gives it: an array's elements as Python numbers (row-major), an object
  /// array's own elements, a list or tuple of numbers as the array it converts to, a Python number, str or None as
  /// one element.
  private static func objectElements(_ value: Value) throws(PythonError) -> (elements: [Value], shape: [Int]) {
    switch value {
    case .tensor(let tensor):
      if tensor.iterationOrder != nil && tensor.size > 1 {
        // NumPy's loop walks memory order, which decides the order of the function's calls (and its side effects).
        throw NumpyArrays.unsupported(
          "a np.frompyfunc ufunc of an array not in C memory order is not supported in snippets; pass a copy")
      }
      return (try objectValues(tensor), tensor.shape)
    case .objectArray(let array):
      let positions = array.flatPositions
      guard positions == positions.sorted() else {
        throw NumpyArrays.unsupported(
          "a np.frompyfunc ufunc of an object array not in C memory order is not supported in snippets")
      }
      return (positions.map { array.storage.items[$0] }, array.shape)
    case .list, .tuple:
      let converted: Tensor
      do {
        converted = try value.toTensor()
      } catch {
        throw NumpyArrays.unsupported(
          "a np.frompyfunc ufunc of a list or tuple that is not an array of numbers is not supported in snippets")
      }
      return (try objectValues(converted), converted.shape)
    case .none, .bool, .int, .bigInt, .float, .complex, .string:
      return ([value], [])
    default:
      // String, structured and other arrays, and objects that may convert themselves (`__array__`).
      throw NumpyArrays.unsupported(
        "a np.frompyfunc ufunc of a \(value.typeName) is not supported in snippets (numbers, str, None, numeric "
          + "and object arrays, and lists of numbers are)")
    }
  }

  /// The elements of a numeric array as Python numbers, row-major.
  private static func objectValues(_ tensor: Tensor) throws(PythonError) -> [Value] {
    let flat = try core { try tensor.reshape([tensor.size]) }
    switch flat.storage {
    case .bool(let values): return values.map { .bool($0) }
    case .int64(let values) where flat.dtype == .uint64: return values.map { Value.pythonInt($0, of: .uint64) }
    case .int64(let values): return values.map { .int(Int($0)) }
    case .float64(let values): return values.map { .float($0) }
    case .complex128(let values): return values.map { .complex($0) }
    }
  }

  /// For each position of `shape` in C order, the row-major index of the element of an array of shape `own` that
  /// broadcasting puts there.
  private static func broadcastIndices(_ own: [Int], to shape: [Int], count: Int) -> [Int] {
    let lead = shape.count - own.count
    var ownStrides = [Int](repeating: 1, count: own.count)
    for axis in own.indices.reversed().dropFirst() { ownStrides[axis] = ownStrides[axis + 1] * own[axis + 1] }
    var steps = [Int](repeating: 0, count: shape.count)
    for axis in own.indices where own[axis] != 1 { steps[lead + axis] = ownStrides[axis] }
    var result: [Int] = []
    result.reserveCapacity(count)
    var coordinate = [Int](repeating: 0, count: shape.count)
    var index = 0
    for _ in 0..<count {
      result.append(index)
      var axis = shape.count - 1
      while axis >= 0 {
        coordinate[axis] += 1
        index += steps[axis]
        if coordinate[axis] < shape[axis] { break }
        index -= steps[axis] * coordinate[axis]
        coordinate[axis] = 0
        axis -= 1
      }
    }
    return result
  }
}
