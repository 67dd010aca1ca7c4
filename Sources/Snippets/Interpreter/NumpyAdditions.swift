import TensorCore

/// The NumPy functions of issue 10's fourth round that are not in `np.linalg`: `einsum`, and (in their own files)
/// the statistics and searching functions and the ufunc methods. One entry point, so `Builtins` lists them once.
enum NumpyAdditions {
  /// The names answered, callable as `np.name` or plain `name`.
  static let names: Set<String> = Set(["einsum", "ndindex", "ndenumerate", "inner", "vdot", "broadcast"]).union(
    NumpyStatistics.names
  ).union(NumpyIndexTricks.names)

  /// Calls `np.name(...)`, or nil when the name is not one of these.
  static func call(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    guard names.contains(name) || name.contains(".") else { return nil }
    // np.inner and np.vdot take complex vectors (`ComplexProduct`), np.convolve complex sequences; their other
    // complex products refuse there. The logical reductions read the truth of either part, as np.any does.
    let takesComplex = [
      "inner", "vdot", "convolve", "logical_and.reduce", "logical_or.reduce", "add.reduce", "multiply.reduce",
      "maximum.reduce", "minimum.reduce", "add.accumulate",
    ]
    if !takesComplex.contains(name) { try refuseComplex(call, "np.\(name)") }
    switch name {
    case "einsum": return try einsum(call)
    case "ndindex", "ndenumerate": return try indexIterator(name, call)
    case "broadcast": return try broadcastObject(call)
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
        if name == "vdot" && (a.dtype.isComplex || b.dtype.isComplex) { return try a.complexVdot(b) }
        if name == "vdot" {
          // NumPy ravels each operand, which keeps a 1-d view in place: BLAS then reads its steps (`A[:, j]`).
          let left = a.ndim == 1 ? a : try a.flatten()
          let right = b.ndim == 1 && b.size == left.size ? b : try b.reshape([left.size])
          // A reversed or broadcast one BLAS cannot read, so NumPy's dot loop sums in order from zero, as `@` does
          // with such a vector (`np.dot` would copy it for BLAS instead).
          func unreadable(_ t: Tensor) -> Bool { t.isView && t.size > 1 && t.memoryStrides[0] <= 0 }
          if left.dtype == .float64, right.dtype == .float64, unreadable(left) || unreadable(right) {
            return try left.matmul(right)
          }
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

  /// `np.broadcast(*args)`: an iterator over the broadcast shape in C order whose items are tuples of each
  /// argument's element as a NumPy scalar; `b.shape`, `b.nd`, `b.ndim`, `b.size`, `b.numiter`, `b.index` and
  /// `b.reset()` are `LazyIterators`'.
  private static func broadcastObject(_ call: CallArguments) throws(PythonError) -> Value {
    if !call.keywords.isEmpty { throw PythonError.value("keyword arguments not accepted.") }
    guard call.positional.count <= 64 else {
      throw PythonError.value("Need at least 0 and at most 64 array objects.")
    }
    var arrays: [Tensor] = []
    for value in call.positional {
      switch value {
      case .tensor, .int, .float, .bool, .list, .tuple: break
      default:
        throw NumpyArrays.unsupported("np.broadcast of a \(value.typeName) is not supported in snippets")
      }
      var array = try value.toTensor()
      // NumPy makes an array of each argument: a Python number's element is a NumPy scalar of its default dtype.
      array.isPythonScalar = false
      arrays.append(array)
    }
    let shape = try core { try Tensor.broadcastShapes(arrays.map(\.shape)) }
    let size = shape.reduce(1, *)
    var columns: [[Value]] = []
    for array in arrays {
      let flat = try core { try array.broadcast(to: shape).reshape([size]) }
      columns.append(
        try (0..<size).map { (index: Int) throws(PythonError) -> Value in
          var element = try core { try flat.index([.int(index)]) }
          element.isScalar = true
          return .tensor(element)
        })
    }
    let items = (0..<size).map { index in Value.tuple(ValueList(columns.map { $0[index] })) }
    let box = IteratorBox(kind: "numpy.broadcast", items: items)
    box.broadcast = (shape, arrays.count)
    return .iterator(box)
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

  /// `np.einsum(subscripts, *operands, optimize=False)`, or its interleaved form
  /// `np.einsum(op0, sublist0, op1, sublist1, ..., [sublistout])`.
  private static func einsum(_ call: CallArguments) throws(PythonError) -> Value {
    let subscripts: String
    var operands: [Tensor] = []
    if case .string(let text)? = call.positional.first {
      subscripts = text
      for value in call.positional.dropFirst() { operands.append(try value.toTensor()) }
    } else {
      if call.positional.isEmpty {
        throw PythonError.type("einsum() missing 1 required positional argument: 'subscripts'")
      }
      let rewritten = try einsumStringForm(call)
      guard case .string(let text)? = rewritten.positional.first else { return .none }
      subscripts = text
      for value in rewritten.positional.dropFirst() { operands.append(try value.toTensor()) }
    }
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

  /// `np.einsum`'s interleaved form (`np.einsum(op0, sublist0, op1, sublist1, ..., [sublistout])`) as the
  /// subscripts form NumPy's C einsum turns it into (`einsum_sub_op_from_lists`), so views and layouts follow the
  /// same rules; other calls unchanged. Label 0-25 is 'A'-'Z' and 26-51 is 'a'-'z', so the implicit output's
  /// alphabetical order is the labels' numeric order.
  static func einsumStringForm(_ call: CallArguments) throws(PythonError) -> CallArguments {
    guard let first = call.positional.first else { return call }
    if case .string = first { return call }
    let arguments = call.positional
    guard arguments.count >= 2 else {
      throw PythonError.value("must provide at least an operand and a subscripts list to einsum")
    }
    var inputs: [String] = []
    var operands: [Value] = []
    var texts: [String] = []
    for pair in 0..<(arguments.count / 2) {
      operands.append(arguments[2 * pair])
      if 2 * pair < call.positionalTexts.count { texts.append(call.positionalTexts[2 * pair]) }
      inputs.append(try sublistLetters(arguments[2 * pair + 1]))
    }
    var text = inputs.joined(separator: ",")
    if arguments.count % 2 == 1 { text += "->" + (try sublistLetters(arguments[arguments.count - 1])) }
    var rewritten = call
    rewritten.positional = [.string(text)] + operands
    rewritten.positionalTexts = [Value.string(text).repr] + texts
    return rewritten
  }

  /// One sublist of the interleaved form as subscript letters.
  private static func sublistLetters(_ sublist: Value) throws(PythonError) -> String {
    let items: [Value]
    let eachSubscript = PythonError.type("each subscript must be either an integer or an ellipsis")
    // NumPy takes any sequence (`PySequence_GetItem`): an array's items, a range's, a string's one-letter strings.
    switch sublist {
    case .list(let values), .tuple(let values): items = Array(values)
    case .range(let start, let stop, let step): items = stride(from: start, to: stop, by: step).map { .int($0) }
    case .string(let text): if !text.isEmpty { throw eachSubscript } else { items = [] }
    case .tensor(let array) where array.ndim > 0:
      guard array.size > 0 else { items = []; break }
      guard array.ndim == 1, array.dtype.isInteger, array.dtype != .bool else { throw eachSubscript }
      items = try (0..<array.size).map { (index: Int) throws(PythonError) -> Value in
        .int(try Value.tensor(try core { try array.index([.int(index)]) }).toInt())
      }
    case .int, .float, .bool, .complex, .none, .tensor, .ellipsis:
      throw PythonError.type("the subscripts for each operand must be a list or a tuple")
    default:
      throw NumpyArrays.unsupported(
        "np.einsum's interleaved form with a \(sublist.typeName) as a subscripts list is not supported in snippets: "
          + "pass a list")
    }
    var text = ""
    for item in items {
      if case .ellipsis = item {
        guard !text.contains(".") else { throw PythonError.value("each subscripts list may have only one ellipsis") }
        text += "..."
        continue
      }
      let label: Int
      switch item {
      case .int(let value): label = value
      case .tensor(let scalar) where scalar.ndim == 0 && scalar.dtype.isInteger && !scalar.isPythonScalar:
        label = try Value.tensor(scalar).toInt()
      default: throw PythonError.type("each subscript must be either an integer or an ellipsis")
      }
      guard (0..<52).contains(label) else { throw PythonError.value("subscript is not within the valid range [0, 52)") }
      let scalar = label < 26 ? 65 + label : 97 + label - 26
      text.append(Character(UnicodeScalar(UInt8(scalar))))
    }
    return text
  }
}
