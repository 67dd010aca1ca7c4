import TensorCore

/// The NumPy functions of issue 10's fourth round that are not in `np.linalg`: `einsum`, and (in their own files)
/// the statistics and searching functions and the ufunc methods. One entry point, so `Builtins` lists them once.
enum NumpyAdditions {
  /// The names answered, callable as `np.name` or plain `name`.
  static let names: Set<String> = Set(["einsum", "ndindex", "ndenumerate", "inner", "vdot"]).union(
    NumpyStatistics.names
  ).union(NumpyIndexTricks.names)

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard names.contains(name) || name.contains(".") else { return nil }
    try refuseComplex(call, "np.\(name)")
    switch name {
    case "einsum": return try einsum(call)
    case "ndindex", "ndenumerate": return try indexIterator(name, call)
    case "inner", "vdot": return try innerProduct(name, call)
    case "r_", "c_": throw PythonError.type("'\(name == "r_" ? "RClass" : "CClass")' object is not callable")
    default:
      if let result = try NumpyUfuncMethods.call(name, call) { return result }
      return try NumpyStatistics.call(name, call)
    }
  }

  /// `np.inner(a, b)` (NumPy's own steps: b's last two axes swapped, then `dot`) and `np.vdot(a, b)` (both
  /// flattened, then the 1-d `dot`, differentiated as `dot` is, where autograd has no rule).
  private static func innerProduct(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard call.positional.count == 2 else {
      throw PythonError.type("\(name)() takes exactly 2 arguments (\(call.positional.count) given)")
    }
    let a = try call.positional[0].toTensor()
    let b = try call.positional[1].toTensor()
    return .tensor(
      try core {
        if name == "vdot" {
          let left = try a.flatten()
          let right = try b.reshape([left.size])
          return try left.dot(right)
        }
        if a.ndim == 0 || b.ndim == 0 { return try a.dot(b) }  // NumPy's scalar case is dot's
        if b.ndim < 2 { return try a.dot(b) }
        var axes = Array(0..<b.ndim)
        axes.swapAt(b.ndim - 1, b.ndim - 2)
        return try a.dot(b.transpose(axes))
      })
  }

  /// `np.ndindex(*shape)` and `np.ndenumerate(a)`: iterators over every index tuple in C order (with the element, for
  /// `ndenumerate`), made eagerly, so bounded by the element limit.
  private static func indexIterator(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    var array: Tensor? = nil
    let shape: [Int]
    if name == "ndenumerate" {
      guard call.positional.count == 1 else {
        throw PythonError.type(
          "ndenumerate.__init__() takes 2 positional arguments but \(call.positional.count + 1) were given")
      }
      array = try call.positional[0].toTensor()
      shape = array!.shape
    } else if call.positional.count == 1, case .tuple = call.positional[0] {
      shape = try call.positional[0].toShape()
    } else {
      var extents: [Int] = []
      for value in call.positional { extents.append(try value.toInt()) }
      shape = extents
    }
    if let negative = shape.first(where: { $0 < 0 }) {
      _ = negative
      throw PythonError.value("negative dimensions are not allowed")
    }
    var count = 1
    for extent in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: extent)
      guard !overflow, product <= maxElementCount else {
        throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
      }
      count = product
    }
    try WorkMeter.charge(count * (shape.count + 1))
    var items: [Value] = []
    items.reserveCapacity(count)
    var index = [Int](repeating: 0, count: shape.count)
    for _ in 0..<count {
      let tuple = try Value.makeTuple(index.map { .int($0) })
      if let array {
        let position = index
        let element = try core { try array.index(position.map { .int($0) }) }
        items.append(try .makeTuple([tuple, .tensor(element)]))
      } else {
        items.append(tuple)
      }
      var axis = shape.count - 1
      while axis >= 0 {
        index[axis] += 1
        if index[axis] < shape[axis] { break }
        index[axis] = 0
        axis -= 1
      }
    }
    return .iterator(IteratorBox(kind: "numpy.\(name)", items: items))
  }

  /// Refuses complex arguments: these functions compute on real values, and would otherwise drop imaginary parts.
  static func refuseComplex(_ call: CallArguments, _ function: String) throws(PythonError) {
    func isComplex(_ value: Value) -> Bool {
      switch value {
      case .complex: return true
      case .tensor(let tensor): return tensor.dtype.isComplex
      case .list(let items), .tuple(let items): return items.contains(where: isComplex)
      default: return false
      }
    }
    if call.positional.contains(where: isComplex) || call.keywords.contains(where: { isComplex($0.value) }) {
      throw NumpyArrays.unsupported("\(function) of complex values is not supported in snippets")
    }
  }

  /// `np.einsum(subscripts, *operands, optimize=False)`.
  private static func einsum(_ call: CallArguments) throws(PythonError) -> Value {
    guard case .string(let subscripts)? = call.positional.first else {
      if call.positional.isEmpty {
        throw PythonError.type("einsum() missing 1 required positional argument: 'subscripts'")
      }
      throw NumpyArrays.unsupported(
        "np.einsum's interleaved form (operand, sublist, ...) is not supported in snippets: use a subscripts string")
    }
    var operands: [Tensor] = []
    for value in call.positional.dropFirst() { operands.append(try value.toTensor()) }
    for (name, value) in call.keywords {
      guard name == "optimize" else {
        throw NumpyArrays.unsupported("np.einsum's \(name)= is not supported in snippets")
      }
      // NumPy contracts through BLAS (tensordot) when optimizing two or more operands: other bits.
      if operands.count > 1, try value.truthValue() {
        throw NumpyArrays.unsupported(
          "np.einsum with optimize=\(value.repr) and several operands is not supported in snippets: NumPy then "
            + "contracts pairs through BLAS in an order docbuild does not reproduce; leave optimize=False")
      }
    }
    try EinsumLayout.refuseUnfollowedSummation(subscripts, operands)
    return .tensor(try core { try Tensor.einsum(subscripts, operands) })
  }
}
