import TensorCore

/// `np.r_[...]` and `np.c_[...]`: NumPy's `AxisConcatenator` step by step — slices become `arange`s, scalars and
/// arrays are raised to `ndmin` axes (1 for `r_`, 2 for `c_`, 1-d items placed by `trans1d`), everything takes
/// the common dtype (Python scalars weak, as in `np.result_type`) and is concatenated along the axis.
enum NumpyIndexTricks {
  /// The two objects, as `np.` members.
  static let names: Set<String> = ["r_", "c_"]

  /// `error`, or for `np.r_[…]` and `np.c_[…]` with a float or complex slice (`np.r_[-1:1:6j]`, NumPy's linspace)
  /// a refusal: the language's slices hold ints.
  static func refusingNonIntegerSlices(_ error: PythonError, of value: Value) -> PythonError {
    guard case .function(let name) = value, name == "numpy.r_" || name == "numpy.c_",
      error.message.hasPrefix("slice indices must be integers")
    else { return error }
    return NumpyArrays.unsupported(
      "np.\(name.dropFirst(6))[…] with a float or complex slice is not supported in snippets")
  }

  /// One entry of the index: a value as given, or the range NumPy made of a slice with a float or complex part.
  enum Item {
    case value(Value)
    case range(Tensor)
  }

  /// `np.r_[index]` or `np.c_[index]` (`name` is "numpy.r_" or "numpy.c_").
  static func index(_ name: String, _ index: Value) throws(PythonError) -> Value {
    var items: [Value] = [index]
    if case .tuple(let list) = index { items = Array(list) }
    return try self.index(name, items: items.map { .value($0) })
  }

  /// `np.r_[…]` or `np.c_[…]` of its items in order.
  static func index(_ name: String, items: [Item]) throws(PythonError) -> Value {
    let isColumns = name.hasSuffix("c_")
    var axis = isColumns ? -1 : 0
    var ndmin = isColumns ? 2 : 1
    var trans1d = isColumns ? 0 : -1
    var objects: [(tensor: Tensor, scalar: Value?)] = []
    for (position, entry) in items.enumerated() {
      let item: Value
      switch entry {
      case .value(let value): item = value
      case .range(var range):
        if ndmin > 1 {
          range = try core { try range.reshape([1, range.size]) }
          if trans1d != -1 { range = try core { try swapLastWith(range, trans1d) } }
        }
        objects.append((range, nil))
        continue
      }
      switch item {
      case .slice(let start, let stop, let step):
        // NumPy: start None is 0, and arange(start, None, step) counts from 0 up to start.
        let (low, high) = stop == nil ? (0, start ?? 0) : (start ?? 0, stop ?? 0)
        var range = try core { try Tensor.arange(.int(Int64(low)), .int(Int64(high)), step: .int(Int64(step ?? 1))) }
        if ndmin > 1 {
          range = try core { try range.reshape([1, range.size]) }
          if trans1d != -1 { range = try core { try swapLastWith(range, trans1d) } }
        }
        objects.append((range, nil))
      case .string(let text):
        if position != 0 { throw PythonError.value("special directives must be the first entry.") }
        if text == "r" || text == "c" {
          throw NumpyArrays.unsupported(
            "np.\(isColumns ? "c_" : "r_")['\(text)', ...] makes an np.matrix, which snippets do not have")
        }
        if text.contains(",") {
          let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            integer($0)
          }
          guard parts.count >= 2, let first = parts[0], let second = parts[1], parts.count <= 3,
            parts.count == 2 || parts[2] != nil
          else { throw PythonError.value("unknown special directive '\(text)'") }
          axis = first
          ndmin = second
          if parts.count == 3, let third = parts[2] { trans1d = third }
          continue
        }
        guard let given = integer(Substring(text)) else {
          throw PythonError.value("unknown special directive")
        }
        axis = given
      case .int, .float, .bool, .complex:
        objects.append((try item.toTensor(), item))
      default:
        var tensor = try item.toTensor()
        let itemDimensions = tensor.ndim
        if tensor.ndim < ndmin {
          tensor = try core { try tensor.reshape([Int](repeating: 1, count: ndmin - tensor.ndim) + tensor.shape) }
        }
        if trans1d != -1 && itemDimensions < ndmin {
          let k2 = ndmin - itemDimensions
          var k1 = trans1d
          if k1 < 0 { k1 += k2 + 1 }
          let axes = Array(0..<ndmin)
          let order =
            Array(axes[..<Swift.min(k1, ndmin)]) + Array(axes[Swift.min(k2, ndmin)...])
            + Array(axes[Swift.min(k1, ndmin)..<Swift.max(Swift.min(k2, ndmin), Swift.min(k1, ndmin))])
          if order.count == ndmin { tensor = try core { try tensor.transpose(order) } }
        }
        objects.append((tensor, nil))
      }
    }
    guard !objects.isEmpty else { return .tensor(try core { try Tensor.concatenate([], axis: axis) }) }
    let dtype = commonType(objects)
    var arrays: [Tensor] = []
    for (tensor, _) in objects {
      var converted = tensor.dtype == dtype ? tensor : try core { try tensor.astype(dtype) }
      if converted.ndim < ndmin {
        converted = try core {
          try converted.reshape([Int](repeating: 1, count: ndmin - converted.ndim) + converted.shape)
        }
      }
      arrays.append(converted)
    }
    return .tensor(try core { try Tensor.concatenate(arrays, axis: axis) })
  }

  /// Python's `int(text)` for a directive's part: surrounding spaces allowed.
  private static func integer(_ text: Substring) -> Int? {
    Int(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed().map(String.init).joined())
  }

  /// `np.result_type` of the items: arrays (and slices' ranges) strongly typed, Python scalars weak.
  private static func commonType(_ objects: [(tensor: Tensor, scalar: Value?)]) -> DType {
    let strong = objects.filter { $0.scalar == nil }.map(\.tensor.dtype)
    let weak = objects.compactMap { $0.scalar == nil ? nil : $0.tensor.dtype }
    guard var dtype = strong.first else { return weak.dropFirst().reduce(weak[0]) { DType.promoted($0, $1) } }
    for other in strong.dropFirst() { dtype = DType.promoted(dtype, other) }
    for scalar in weak where rank(scalar) > rank(dtype) {
      // A Python float or complex beside narrower arrays: float64/complex128, or complex64 beside float32.
      dtype = scalar.isComplex && dtype.isNarrowFloat ? .complex64 : scalar
    }
    return dtype
  }

  private static func rank(_ dtype: DType) -> Int {
    dtype == .bool ? 0 : dtype.isInteger ? 1 : dtype.isFloat ? 2 : 3
  }

  /// `newobj.swapaxes(-1, axis)` for the ranges of a slice under `ndmin > 1`.
  private static func swapLastWith(_ tensor: Tensor, _ axis: Int) throws -> Tensor {
    let ndim = tensor.ndim
    let other = try AxisArguments.normalize(axis, ndim: ndim, argument: "axis2")
    var axes = Array(0..<ndim)
    axes.swapAt(ndim - 1, other)
    return try tensor.transpose(axes)
  }
}

extension Interpreter {
  /// `np.r_[…]` or `np.c_[…]` from its index expression, each item evaluated once, left to right: a slice with a
  /// float or complex part, which the language's integer slices cannot hold, becomes what NumPy's
  /// `AxisConcatenator` makes of it, `np.arange(start, stop, step)` (`np.r_[-3:13:0.1]`) or, for a complex step,
  /// `np.linspace(start, stop, num=int(abs(step)))` (`np.r_[-1:1:6j]`), start None being 0 and step None 1.
  mutating func indexTricks(_ name: String, expression: Expression) throws(PythonError) -> Value {
    var expressions = [expression]
    if case .tuple(let list) = expression.kind { expressions = list }
    let isPlain = expressions.allSatisfy { item in
      if case .starred = item.kind { return false }
      return true
    }
    guard isPlain else { return try NumpyIndexTricks.index(name, try evaluate(expression)) }
    var items: [NumpyIndexTricks.Item] = []
    for item in expressions {
      guard case .slice(let start, let stop, let step) = item.kind else {
        items.append(.value(try evaluate(item)))
        continue
      }
      var parts: [Value] = []
      for part in [start, stop, step] {
        parts.append(try part.map { (part) throws(PythonError) in try evaluate(part) } ?? .none)
      }
      if let slice = try Self.integerSlice(parts) {
        items.append(.value(slice))
        continue
      }
      let (low, high, stride) = (parts[0].isNone ? .int(0) : parts[0], parts[1], parts[2].isNone ? .int(1) : parts[2])
      let range: Value
      if Self.isComplexNumber(stride) {
        guard !high.isNone else {
          throw NumpyArrays.unsupported(
            "np.\(name.dropFirst(6))[…] with a complex step and no stop is not supported in snippets")
        }
        let step: Complex
        switch stride {
        case .complex(let z): step = z
        case .tensor(let tensor): step = tensor.complexes[0]
        default: step = Complex(0, 0)
        }
        // Python's abs of a complex, and NumPy's of its complex scalars: the hypotenuse.
        let count = GlibcMath.hypot(step.real, step.imag)
        guard count.isFinite, count < Double(maxElementCount) + 1 else {
          throw NumpyArrays.unsupported(
            "np.\(name.dropFirst(6))[…] with a complex step this large is not supported in snippets")
        }
        range = try callValue(
          .function("numpy.linspace"),
          CallArguments(
            function: "linspace", positional: [low, high], keywords: [("num", .int(Int(count)))],
            positionalTexts: []))
      } else {
        range = try callValue(
          .function("numpy.arange"),
          CallArguments(function: "arange", positional: [low, high, stride], keywords: [], positionalTexts: []))
      }
      guard case .tensor(let tensor) = range else {
        throw PythonError.limit("np.r_ of this slice is not supported in snippets")
      }
      items.append(.range(tensor))
    }
    return try NumpyIndexTricks.index(name, items: items)
  }

  /// The slice of three evaluated parts when each is None or an int (`__index__`), as the language's slices hold;
  /// nil when a part is a float or complex number; a refusal for any other part.
  private static func integerSlice(_ parts: [Value]) throws(PythonError) -> Value? {
    var ints: [Int?] = []
    for part in parts {
      if part.isNone {
        ints.append(nil)
        continue
      }
      do {
        ints.append(try part.toInt())
      } catch {
        if isRealNumber(part) || isComplexNumber(part) { return nil }
        // NumPy hands such a part to np.arange, whose errors differ with its type.
        throw NumpyArrays.unsupported(
          "np.r_[…] and np.c_[…] with a slice part of type \(part.typeName) are not supported in snippets")
      }
    }
    return .slice(ints[0], ints[1], ints[2])
  }

  /// A Python float or a NumPy float scalar (a 0-d float array).
  private static func isRealNumber(_ value: Value) -> Bool {
    switch value {
    case .float: true
    case .tensor(let tensor): tensor.ndim == 0 && tensor.dtype.isFloat
    default: false
    }
  }

  /// A Python complex or a NumPy complex scalar (a 0-d complex array), which NumPy's slice reads as a point count.
  private static func isComplexNumber(_ value: Value) -> Bool {
    switch value {
    case .complex: true
    case .tensor(let tensor): tensor.ndim == 0 && tensor.dtype.isComplex
    default: false
    }
  }
}
