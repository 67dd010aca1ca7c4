import TensorCore

/// What string arrays answer: attributes, methods, operators, comparisons and the NumPy functions that take them.
extension StringArrays {
  /// `x.name` of a string array.
  static func attribute(_ name: String, of array: TextArray) throws(PythonError) -> Value {
    switch name {
    case "shape": return .intTuple(array.shape)
    case "ndim": return .int(array.shape.count)
    case "size": return .int(array.count)
    case "dtype": return .textDType(array.dtype)
    case "itemsize": return .int(array.dtype.itemsize)
    case "nbytes": return .int(array.dtype.itemsize * array.count)
    case "T": return .textArray(TextArray(viewing: array, positions: try core { try array.positions.transpose() }))
    case _ where methods.contains(name): return .method(.textArray(array), name)
    case _ where Attributes.tensorMethods.contains(name) || ArrayViewAttributes.names.contains(name):
      throw refusal("ndarray.\(name)")
    default:
      throw PythonError("AttributeError", "'numpy.ndarray' object has no attribute '\(name)'")
    }
  }

  /// The methods string arrays have.
  static let methods: Set<String> = [
    "astype", "tolist", "copy", "flatten", "ravel", "reshape", "transpose", "item", "sort", "argsort", "max", "min",
    "sum", "mean", "tobytes",
  ]

  /// The methods a big-endian (`'>U3'`) string array takes here: those that keep its elements as they are.
  static let bigEndianMethods: Set<String> = ["astype", "tolist", "copy", "flatten", "ravel", "reshape", "item"]

  /// Refuses `what` when one of `values` is a big-endian (`'>U3'`) string array: NumPy's results of other operations
  /// on one (native or not, swapped or not) are not reproduced.
  static func refuseBigEndian(_ values: [Value], _ what: String) throws(PythonError) {
    for value in values {
      if case .textArray(let array) = value, array.dtype.isBigEndian {
        throw PythonError.limit(
          "\(what) of a big-endian string array (dtype \(Value.quote(array.dtype.str))) is not supported in snippets "
            + "(they print, index, copy, compare and convert with astype); convert first with "
            + ".astype('U\(array.dtype.width)')")
      }
    }
  }

  /// `x.name(...)` of a string array.
  static func method(_ name: String, of array: TextArray, _ call: CallArguments) throws(PythonError) -> Value {
    if !bigEndianMethods.contains(name) { try refuseBigEndian([.textArray(array)], "ndarray.\(name)") }
    switch name {
    case "astype":
      let bound = try call.bind(["dtype", "order", "casting"], required: 1)
      let target = bound.value("dtype")
      if let text = TextDType.parse(target) { return .textArray(converted(array, to: text)) }
      return try parsed(array, as: try target.toDType())
    case "tolist":
      _ = try call.bind([])
      return try nestedList(array.elements, shape: array.shape, isBytes: array.dtype.isBytes)
    case "copy", "flatten":
      _ = try call.bind([])
      let copy = array.copied()
      return .textArray(name == "copy" ? copy : TextArray(copy.elements, shape: [copy.count], dtype: copy.dtype))
    case "ravel", "reshape", "transpose":
      let shape = try Methods.shapeArguments(call)
      let positions = try core {
        switch name {
        case "ravel": try array.positions.reshape([array.count])
        case "reshape": try array.positions.reshape(shape ?? [])
        default: try array.positions.transpose(shape)
        }
      }
      return .textArray(TextArray(viewing: array, positions: positions))
    case "item":
      guard call.positional.isEmpty, call.keywords.isEmpty else { throw refusal("ndarray.item with an index") }
      guard array.count == 1, let text = array.elements.first else {
        throw PythonError.value("can only convert an array of size 1 to a Python scalar")
      }
      return .string(text)
    case "argsort":
      _ = try call.bind(["axis", "kind"])
      return try sortedPlaces(array)
    case "sort":
      _ = try call.bind(["axis", "kind"])
      let sorted = try sortedCopy(array)
      for (place, text) in zip(array.flatPositions, sorted.elements) { array.storage.items[place] = text }
      return .none
    case "tobytes":
      _ = try call.bind(["order"])
      return try PythonBytes.tobytes(array)
    case "max", "min":
      throw noLoop(name == "max" ? "maximum" : "minimum", [array.dtype.repr, array.dtype.repr])
    default:
      throw PythonError.type(
        "the resolved dtypes are not compatible with add.reduce. Resolved (\(array.dtype.repr), "
          + "\(array.dtype.repr), \(TextDType(isBytes: array.dtype.isBytes, width: 2 * array.dtype.width).repr))")
    }
  }

  /// NumPy's error for a ufunc without a loop for these operand dtypes.
  static func noLoop(_ ufunc: String, _ dtypes: [String]) -> PythonError {
    PythonError(
      "UFuncTypeError",
      "ufunc '\(ufunc)' did not contain a loop with signature matching types (\(dtypes.joined(separator: ", "))) -> None"
    )
  }

  /// Nested Python lists of str, in `shape`.
  static func nestedList(_ items: [String], shape: [Int], isBytes: Bool) throws(PythonError) -> Value {
    guard let first = shape.first else { return items.first.map { isBytes ? .bytes($0) : .string($0) } ?? .none }
    let inner = shape.dropFirst().reduce(1, *)
    var parts: [Value] = []
    for k in 0..<first {
      parts.append(
        try nestedList(
          Array(items[(k * inner)..<((k + 1) * inner)]), shape: Array(shape.dropFirst()), isBytes: isBytes))
    }
    return try .makeList(parts)
  }

  /// Python's (and NumPy's) string order: code point by code point.
  static func precedes(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  /// `np.argsort` along the last axis (stable, as NumPy's string sort is for equal keys).
  static func sortedPlaces(_ array: TextArray) throws(PythonError) -> Value {
    try checkSize(count: array.count, width: 1, extra: array.count * 24)
    let items = array.elements
    let length = array.shape.last ?? 1
    var order: [Int64] = []
    order.reserveCapacity(items.count)
    for start in stride(from: 0, to: items.count, by: max(length, 1)) {
      let row = (0..<length).sorted { precedes(items[start + $0], items[start + $1]) }
      order += row.map { Int64($0) }
    }
    return .tensor(Tensor(shape: array.shape, storage: .int64(order)))
  }

  /// `np.sort` along the last axis.
  static func sortedCopy(_ array: TextArray) throws(PythonError) -> TextArray {
    try checkSize(count: array.count, width: 1, extra: array.count * 24)
    let items = array.elements
    let length = max(array.shape.last ?? 1, 1)
    var sorted: [String] = []
    for start in stride(from: 0, to: items.count, by: length) {
      sorted += items[start..<(start + length)].sorted { precedes($0, $1) }
    }
    return TextArray(sorted, shape: array.shape, dtype: array.dtype)
  }

  /// Whether a value is bytes text (`b'a'`, an `S` array) or str text (`'a'`, a `U` array); nil for anything else
  /// (numbers, lists, which NumPy converts by their items).
  static func textKindIsBytes(_ value: Value) -> Bool? {
    switch value {
    case .textArray(let array): array.dtype.isBytes
    case .string: false
    case .bytes: true
    case .textScalar(_, let isBytes): isBytes
    default: nil
    }
  }

  /// True when one of two values is bytes text and the other str text: NumPy's string ufuncs have no loop for the
  /// pair (docbuild converted one to the other's kind and answered).
  static func mixesBytesAndStr(_ left: Value, _ right: Value) -> Bool {
    guard let a = textKindIsBytes(left), let b = textKindIsBytes(right) else { return false }
    return a != b
  }

  /// NumPy's dtype of a text value as its errors print it: `dtype('<U1')`, `dtype('S2')`.
  static func textDTypeRepr(_ value: Value) -> String {
    switch value {
    case .textArray(let array): array.dtype.repr
    case .string(let text), .bytes(let text), .textScalar(let text, _):
      TextDType(isBytes: textKindIsBytes(value) == true, width: max(text.unicodeScalars.count, 1)).repr
    default: value.typeName
    }
  }

  /// The class NumPy's no-loop error names for a text value's dtype.
  static func textDTypeClass(_ value: Value) -> String {
    textKindIsBytes(value) == true ? "<class 'numpy.dtypes.BytesDType'>" : "<class 'numpy.dtypes.StrDType'>"
  }

  /// `a == b`, `a < b` and the others element-wise, when either side is a string array.
  static func compare(_ op: String, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    let holdsArray = [left, right].contains { if case .textArray = $0 { true } else { false } }
    if holdsArray, mixesBytesAndStr(left, right) { return try mixedKindComparison(op, left, right) }
    guard case .textArray = left, true else {
      guard case .textArray = right else { return nil }
      return try compare(mirrored(op), right, left)
    }
    guard case .textArray(let array) = left else { return nil }
    switch right {
    case .string, .textScalar, .textArray, .list, .tuple, .bytes:
      break
    case .int, .float, .bool, .tensor:
      if op == "==" || op == "!=" {
        return .tensor(try core { try Tensor.full(array.shape, Tensor(op == "!="), dtype: .bool) })
      }
      throw noLoop(ufuncName(op), ["<class 'numpy.dtypes.StrDType'>", "<class 'numpy.dtypes._PyLongDType'>"])
    default:
      return nil
    }
    let other = try operand(right, for: array.dtype)
    let shape = try core { try Tensor.broadcastShapes([array.shape, other.shape]) }
    let a = try core { try array.positions.broadcast(to: shape) }
    let b = try core { try other.positions.broadcast(to: shape) }
    guard case .int64(let first) = a.storage, case .int64(let second) = b.storage else { return nil }
    let lhs = array.storage.items
    let rhs = other.storage.items
    var flags: [Bool] = []
    flags.reserveCapacity(first.count)
    for (i, j) in zip(first, second) {
      let x = lhs[Int(i)]
      let y = rhs[Int(j)]
      switch op {
      case "==": flags.append(x == y && x.unicodeScalars.elementsEqual(y.unicodeScalars))
      case "!=": flags.append(!x.unicodeScalars.elementsEqual(y.unicodeScalars))
      case "<": flags.append(precedes(x, y))
      case "<=": flags.append(!precedes(y, x))
      case ">": flags.append(precedes(y, x))
      default: flags.append(!precedes(x, y))
      }
    }
    return .tensor(Tensor(shape: shape, storage: .bool(flags)))
  }

  /// A str array against bytes (or bytes against str): `==` is False and `!=` True everywhere the operands broadcast
  /// to, as NumPy answers; an ordering has no loop.
  private static func mixedKindComparison(_ op: String, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    guard op == "==" || op == "!=" else {
      throw noLoop(ufuncName(op), [textDTypeClass(left), textDTypeClass(right)])
    }
    func shape(_ value: Value) -> [Int] {
      if case .textArray(let array) = value { return array.shape }
      return []
    }
    let broadcast = try core { try Tensor.broadcastShapes([shape(left), shape(right)]) }
    return .tensor(try core { try Tensor.full(broadcast, Tensor(op == "!="), dtype: .bool) })
  }

  private static func mirrored(_ op: String) -> String {
    switch op {
    case "<": ">"
    case ">": "<"
    case "<=": ">="
    case ">=": "<="
    default: op
    }
  }

  private static func ufuncName(_ op: String) -> String {
    switch op {
    case "<": "less"
    case "<=": "less_equal"
    case ">": "greater"
    case ">=": "greater_equal"
    case "==": "equal"
    default: "not_equal"
    }
  }

  /// `a + b` when either is a string array: concatenation, the widths added; other operators give NumPy's errors.
  static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    try refuseBigEndian([left, right], "this operator")
    func dtypeText(_ value: Value) -> String {
      switch value {
      case .textArray(let array): array.dtype.repr
      case .int, .bool: "dtype('int64')"
      case .float: "dtype('float64')"
      case .tensor(let tensor): "dtype('\(tensor.dtype.rawValue)')"
      case .string(let text), .textScalar(let text, _):
        TextDType(isBytes: false, width: text.unicodeScalars.count).repr
      default: value.typeName
      }
    }
    let isText: (Value) -> Bool = {
      switch $0 {
      case .textArray, .string, .textScalar, .bytes: true
      default: false
      }
    }
    if op == .multiply, case .int = left, true {
      throw PythonError.type(
        "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to "
          + "multiply strings without specifying 'out'.")
    }
    if op == .multiply, case .int = right {
      throw PythonError.type(
        "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to "
          + "multiply strings without specifying 'out'.")
    }
    guard op == .add, isText(left), isText(right) else {
      let name = Interpreter.ufuncName(op)
      if [BinaryOperator.add, .subtract, .multiply, .divide].contains(op) {
        throw noLoop(name, [dtypeText(left), dtypeText(right)])
      }
      throw refusal("the operator \(op.rawValue)")
    }
    return .textArray(try joined(left, right))
  }

  /// Element-wise concatenation (`np.char.add`).
  static func joined(_ left: Value, _ right: Value) throws(PythonError) -> TextArray {
    if mixesBytesAndStr(left, right) {
      throw PythonError(
        "UFuncTypeError",
        "ufunc 'add' cannot use operands with types \(textDTypeRepr(left)) and \(textDTypeRepr(right))")
    }
    // Two bytes operands join as bytes (`np.char.add(b'a', b'b')` is `np.bytes_(b'ab')`); a number beside text
    // takes the text's kind.
    let kind = TextDType(isBytes: (textKindIsBytes(left) ?? textKindIsBytes(right)) == true, width: 0)
    let a = try operand(left, for: kind)
    let b = try operand(right, for: kind)
    let shape = try core { try Tensor.broadcastShapes([a.shape, b.shape]) }
    try checkSize(count: shape.reduce(1, *), width: a.dtype.width + b.dtype.width)
    let x = try core { try a.positions.broadcast(to: shape) }
    let y = try core { try b.positions.broadcast(to: shape) }
    guard case .int64(let first) = x.storage, case .int64(let second) = y.storage else {
      throw refusal("this operand")
    }
    let items = zip(first, second).map { a.storage.items[Int($0)] + b.storage.items[Int($1)] }
    let width = a.dtype.width + b.dtype.width
    return TextArray(items, shape: shape, dtype: TextDType(isBytes: a.dtype.isBytes, width: max(width, 1)))
  }
}
