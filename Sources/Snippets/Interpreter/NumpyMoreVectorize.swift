import TensorCore

/// `np.vectorize(pyfunc, otypes=, excluded=)`: a callable that broadcasts its array arguments and calls the snippet
/// function once per element (each call counts against the step budget), as NumPy's does: without `otypes` the
/// function is first called on the first elements to find the output dtype, so it runs `size + 1` times. The
/// vectorized value is held as `.method(.tuple([pyfunc, otypes, excluded]), "numpy.vectorize")`.
extension Interpreter {
  /// The method name that marks a vectorized function.
  static let vectorizedMarker = "numpy.vectorize"

  /// `np.vectorize(...)`: the callable.
  mutating func makeVectorized(_ call: CallArguments) throws(PythonError) -> Value {
    if call.positional.isEmpty && !call.keywords.contains(where: { $0.name == "pyfunc" }) {
      // `@np.vectorize(otypes=[float])`: NumPy gives a decorator that takes the function.
      throw NumpyArrays.unsupported(
        "np.vectorize with only keyword arguments (as a decorator) is not supported in snippets")
    }
    let bound = try call.bind(["pyfunc", "otypes", "doc", "excluded", "cache", "signature"], required: 1)
    if bound["signature"] != nil {
      throw NumpyArrays.unsupported("np.vectorize's signature= is not supported in snippets")
    }
    let function = bound.value("pyfunc")
    guard function.isCallable else {
      throw PythonError.type("When used as a decorator, only accepts keyword arguments.")
    }
    var otype = Value.none
    if let given = bound["otypes"] {
      var items: [Value] = [given]
      if case .list(let list) = given { items = Array(list) }
      if case .tuple(let list) = given { items = Array(list) }
      if case .string(let text) = given { items = text.map { .string(String($0)) } }
      guard items.count == 1 else {
        throw NumpyArrays.unsupported("np.vectorize with several outputs is not supported in snippets")
      }
      otype = .dtype(try items[0].toDType())
    }
    return .method(try .makeTuple([function, otype, bound["excluded"] ?? .none]), Self.vectorizedMarker)
  }

  /// Calls a vectorized function.
  mutating func callVectorized(_ parts: Value, _ call: CallArguments) throws(PythonError) -> Value {
    guard case .tuple(let items) = parts, items.count == 3 else { return .none }
    let function = items[0]
    var excluded: [Value] = []
    if case .list(let list) = items[2] { excluded = Array(list) }
    if case .tuple(let list) = items[2] { excluded = Array(list) }
    if case .set(let set) = items[2] { excluded = set.items }
    func isExcluded(_ key: Value) -> Bool { excluded.contains { $0.repr == key.repr } }
    for (name, _) in call.keywords where !isExcluded(.string(name)) {
      throw NumpyArrays.unsupported("np.vectorize with vectorized keyword arguments is not supported in snippets")
    }
    var arrays: [Tensor] = []
    var slots: [Int] = []
    for (position, argument) in call.positional.enumerated() where !isExcluded(.int(position)) {
      arrays.append(try argument.toTensor())
      slots.append(position)
    }
    let shapes = arrays.map(\.shape)
    let shape = try Interpreter.broadcastShape(of: shapes)
    let spread = try arrays.map { (array) throws(PythonError) in
      try core { try array.broadcast(to: shape).copy() }
    }
    let count = shape.reduce(1, *)
    var otype: DType?
    if case .dtype(let given) = items[1] { otype = given }
    func arguments(_ index: Int) -> CallArguments {
      var positional = call.positional
      for (slot, array) in zip(slots, spread) {
        // A NumPy scalar argument is the object NumPy's object array holds: the scalar itself, not a Python number.
        if case .tensor(let given) = call.positional[slot], given.isScalar { continue }
        positional[slot] = Self.element(array, index)
      }
      return CallArguments(
        function: "", positional: positional, keywords: call.keywords, positionalTexts: positional.map { _ in "" })
    }
    if otype == nil {
      guard count > 0 else {
        throw PythonError.value("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
      }
      // NumPy's extra first call, whose result decides the output dtype, takes `arg.flat[0]`: NumPy scalars of the
      // arrays' dtypes (a float16 array's first element computes in float16 there), not the object loop's numbers.
      var positional = call.positional
      for (slot, array) in zip(slots, spread) {
        positional[slot] = .tensor(try core { try array.reshape([array.size]).index([.int(0)]) })
      }
      let firstArguments = CallArguments(
        function: "", positional: positional, keywords: call.keywords, positionalTexts: positional.map { _ in "" })
      let first = try callValue(function, firstArguments)
      otype = try Self.outputType(first)
    }
    var results: [NestedValue] = []
    results.reserveCapacity(count)
    for index in 0..<count {
      let result = try callValue(function, arguments(index))
      _ = try Self.outputType(result)
      results.append(try result.toNested())
    }
    let values = results
    let dtype = otype
    return .tensor(
      try core {
        let flat = try Tensor.array(.list(values), dtype: dtype)
        return try flat.reshape(shape)
      })
  }

  /// Element `index` (row-major) of `array` as a Python number, as NumPy's object loop hands it over.
  private static func element(_ array: Tensor, _ index: Int) -> Value {
    switch array.storage {
    case .bool(let values): .bool(values[index])
    case .int64(let values) where array.dtype == .uint64: .int(Int(truncatingIfNeeded: values[index]))
    case .int64(let values): .int(Int(values[index]))
    case .float64(let values): .float(values[index])
    case .complex128(let values): .complex(values[index])
    }
  }

  /// The dtype of one output, or NumPy's error for a function that returns a sequence.
  private static func outputType(_ value: Value) throws(PythonError) -> DType {
    switch value {
    case .tuple:
      throw NumpyArrays.unsupported("np.vectorize of a function returning a tuple is not supported in snippets")
    case .list:
      throw PythonError.value("setting an array element with a sequence.")
    case .tensor(let tensor) where tensor.ndim > 0:
      throw PythonError.value("setting an array element with a sequence.")
    default:
      let tensor = try value.toTensor()
      return tensor.dtype
    }
  }
}
