import TensorCore

extension Interpreter {
  /// Functions that make arrays and take a `dtype=`: with a big-endian (or explicitly little-endian) dtype they make
  /// the native array and keep its values in that byte order.
  static let orderedCreation: Set<String> = [
    "numpy.array", "numpy.asarray", "numpy.zeros", "numpy.ones", "numpy.full", "numpy.arange", "numpy.linspace",
    "numpy.eye", "numpy.identity", "numpy.zeros_like", "numpy.ones_like", "numpy.full_like",
  ]
  /// Where the creation functions take their dtype positionally.
  static let dtypePosition: [String: Int] = [
    "numpy.array": 1, "numpy.asarray": 1, "numpy.zeros": 1, "numpy.ones": 1, "numpy.full": 2, "numpy.eye": 3,
    "numpy.identity": 1, "numpy.zeros_like": 1, "numpy.ones_like": 1, "numpy.full_like": 2,
  ]
  /// NumPy functions whose result is a copy with the argument's dtype, byte order included.
  static let orderKeepingFunctions: Set<String> = [
    "numpy.copy", "numpy.sort", "numpy.zeros_like", "numpy.ones_like", "numpy.full_like", "numpy.repeat",
    "numpy.tile",
  ]
  /// NumPy's questions about dtypes, whose answers do not depend on byte order (`np.result_type` is native).
  static let dtypeQueries: Set<String> = [
    "numpy.issubdtype", "numpy.result_type", "numpy.iinfo", "numpy.finfo", "numpy.promote_types", "numpy.can_cast",
    "numpy.shape", "numpy.ndim", "numpy.size",
  ]
  /// NumPy functions that return a view, answered by the method of the same name.
  static let rawViewFunctions: Set<String> = ["numpy.transpose", "numpy.reshape", "numpy.ravel", "numpy.squeeze"]

  /// The bytes `bytes(x)` or `bytearray(x)` makes of its one argument when it is an iterable only the interpreter can
  /// go through (a deque or another object with `__iter__`, a dict view, a generator), taken one item at a time and
  /// checked as it comes, as CPython stops at the first bad one; an array.array's machine bytes (the buffer protocol);
  /// nil for every other argument, which `PythonBytes` reads itself. CPython takes any iterable of ints there (keon's
  /// algorithms build bytes from a deque).
  private mutating func bytesOfIterable(_ call: CallArguments, singular: Bool) throws(PythonError) -> [UInt8]? {
    guard call.positional.count == 1, call.keywords.isEmpty else { return nil }
    let source = call.positional[0]
    switch source {
    case .object(let object) where object.type.module == "array" && object.type.name == "array":
      guard case .bytes(let text)? = try callSpecial(object, "tobytes", []) else { return nil }
      return PythonBytes.raw(text)
    case .object(let object):
      // An int-like object (an IntEnum member) is a count in CPython, not an iterable.
      guard !source.isIntObject, object.type.lookUp("__iter__") != nil || object.type.lookUp("__getitem__") != nil
      else { return nil }
    case .dictView: break
    case .iterator(let box) where box.isLazy: break
    default: return nil
    }
    return try bytesFromIterator(try makeIterator(source), singular: singular)
  }

  /// Calls that involve raw bytes or byte order (RawArrays.swift, Bytes.swift), or nil to let the others answer;
  /// may replace raw arrays in `call` by their values for functions whose results are native.
  mutating func callByteLayer(_ function: Value, _ call: inout CallArguments) throws(PythonError) -> Value? {
    if case .function(let name) = function, name == "bytes" || name == "bytearray",
      case .tensor(let tensor)? = call.positional.first, tensor.ndim == 0, tensor.dtype.isInteger
    {
      // A NumPy integer (or 0-d integer array) is a count by its `__index__`, which CPython asks before the buffer.
      call.positional[0] = .int(try call.positional[0].toInt())
    }
    switch function {
    case .function("bytearray"):
      call.function = "bytearray"
      if case .iterator(let box)? = call.positional.first, box.isLazy, call.positional.count == 1,
        call.keywords.isEmpty
      {
        return .bytearray(ByteMemory(try bytesFromIterator(box, singular: true), isMutable: true))
      }
      if let bytes = try bytesOfIterable(call, singular: true) {
        return .bytearray(ByteMemory(bytes, isMutable: true))
      }
      if let source = call.positional.first, case .rawArray(let array) = source, call.positional.count == 1 {
        return .bytearray(ByteMemory(array.elementBytes(), isMutable: true))
      }
      if let source = call.positional.first, case .tensor(let tensor) = source, call.positional.count == 1,
        !tensor.isScalar
      {
        return .bytearray(
          ByteMemory(try RawArray(copying: tensor, as: OrderedDType(tensor.dtype)).elementBytes(), isMutable: true))
      }
      return try PythonBytes.constructArray(call)
    case .function("bytes") where call.positional.count == 1:
      switch call.positional[0] {
      case .bytearray(let memory): return PythonBytes.value(memory.bytes)
      case .rawArray(let array): return PythonBytes.value(array.elementBytes())
      case .tensor(let tensor) where !tensor.isScalar:
        return PythonBytes.value(try RawArray(copying: tensor, as: OrderedDType(tensor.dtype)).elementBytes())
      case .object(let object) where call.keywords.isEmpty:
        // CPython's bytes() asks a class for its `__bytes__` first (Fluent Python's Vector2d), and wants bytes back.
        if let made = try callSpecial(object, "__bytes__", []) {
          guard case .bytes = made else {
            throw PythonError.type("__bytes__ returned non-bytes (type \(made.typeName))")
          }
          return made
        }
        return try bytesOfIterable(call, singular: false).map(PythonBytes.value)
      default:
        return try bytesOfIterable(call, singular: false).map(PythonBytes.value)
      }
    case .function("len") where call.positional.count == 1 && Self.isByteArray(call.positional[0]):
      if case .bytearray(let memory) = call.positional[0] { return .int(memory.count) }
      return nil
    case .function("bytearray.fromhex"):
      call.function = "fromhex"
      guard case .bytes(let text) = try PythonBytes.fromHex(call) else { return nil }
      return .bytearray(ByteMemory(PythonBytes.raw(text), isMutable: true))
    case .function("numpy.frombuffer"):
      call.function = "frombuffer"
      return try RawArrays.frombuffer(call)
    case .function("numpy.ndarray")
    where call.keywords.contains(where: { $0.name == "buffer" }) || call.positional.count >= 3:
      call.function = "ndarray"
      return try RawArrays.ndarray(call)
    case .function("numpy.dtype"):
      if let first = call.positional.first, let ordered = ByteOrder.ordered(first) { return ordered.value }
      return nil
    case .method(.dtype(let dtype), "newbyteorder"):
      call.function = "newbyteorder"
      return try ByteOrder.newByteOrder(OrderedDType(dtype), call)
    case .method(.orderedDType(let dtype, let mark), "newbyteorder"):
      call.function = "newbyteorder"
      return try ByteOrder.newByteOrder(OrderedDType(dtype, mark), call)
    case .method(.structDType(let dtype), "newbyteorder"):
      call.function = "newbyteorder"
      return try ByteOrder.newByteOrder(dtype, call)
    case .method(.textDType(let dtype), "newbyteorder"):
      call.function = "newbyteorder"
      return try ByteOrder.newByteOrder(dtype, call)
    case .method(.bytearray(let memory), "extend"):
      call.function = "extend"
      try extendBytearray(memory, call)
      return Value.none
    case .method(.bytearray(let memory), let name):
      call.function = name
      return try PythonBytes.arrayMethod(name, memory, call)
    case .method(.rawArray(let array), let name):
      call.function = name
      return try rawMethod(name, array, call)
    case .method(.tensor(let tensor), let name):
      call.function = name
      return try tensorByteMethod(name, tensor, call)
    case .function where !Self.mayInvolveByteOrder(call):
      // The common call: nothing here concerns it, found without hashing its name.
      return nil
    case .function(let name) where Self.dtypeQueries.contains(name):
      // What these answer does not depend on byte order: they see the native dtype and values.
      try Self.readRaw(&call)
      for k in call.positional.indices {
        if case .orderedDType(let dtype, _) = call.positional[k] { call.positional[k] = .dtype(dtype) }
      }
      for k in call.keywords.indices {
        if case .orderedDType(let dtype, _) = call.keywords[k].value { call.keywords[k].value = .dtype(dtype) }
      }
      return nil
    case .function(let name):
      if Self.orderedCreation.contains(name), let result = try orderedCreation(function, &call) { return result }
      guard let raw = Self.firstRaw(call) else { return nil }
      return try functionOfRaw(name, raw, function, &call)
    default:
      return nil
    }
  }

  /// True when an argument is a raw array (also inside a list or tuple), a dtype object with an order, or a string
  /// that may name a big-endian dtype.
  private static func mayInvolveByteOrder(_ call: CallArguments) -> Bool {
    func involves(_ value: Value) -> Bool {
      switch value {
      case .rawArray, .orderedDType: return true
      case .string(let text): return text.utf8.first == UInt8(ascii: ">")
      case .list(let items), .tuple(let items):
        guard RawArray.mayExist else { return false }
        for item in items { if case .rawArray = item { return true } }
        return false
      default: return false
      }
    }
    for value in call.positional where involves(value) { return true }
    for keyword in call.keywords where involves(keyword.value) { return true }
    return false
  }

  /// True when a list or tuple argument holds a raw array.
  private static func rawInsideSequence(_ call: CallArguments) -> Bool {
    for value in call.positional {
      if case .list(let items) = value, items.contains(where: { if case .rawArray = $0 { true } else { false } }) {
        return true
      }
      if case .tuple(let items) = value, items.contains(where: { if case .rawArray = $0 { true } else { false } }) {
        return true
      }
    }
    return false
  }

  private static func isNdarrayType(_ value: Value) -> Bool {
    if case .function("numpy.ndarray") = value { return true }
    return false
  }

  private static func isByteArray(_ value: Value) -> Bool {
    if case .bytearray = value { return true }
    return false
  }

  /// The first raw array among the arguments (one level into lists and tuples).
  private static func firstRaw(_ call: CallArguments) -> RawArray? {
    // Every call passes here: no allocation on the way.
    func raw(_ value: Value) -> RawArray? {
      switch value {
      case .rawArray(let array): return array
      case .list(let items), .tuple(let items):
        for item in items { if case .rawArray(let array) = item { return array } }
        return nil
      default: return nil
      }
    }
    for value in call.positional { if let array = raw(value) { return array } }
    for keyword in call.keywords { if let array = raw(keyword.value) { return array } }
    return nil
  }

  /// Every raw array among the arguments (one level into lists and tuples) replaced by its values.
  private static func readRaw(_ call: inout CallArguments) throws(PythonError) {
    func read(_ value: Value) throws(PythonError) -> Value {
      switch value {
      case .rawArray(let array): return .tensor(try array.values())
      case .list(let items):
        var values: [Value] = []
        for item in items { values.append(try read(item)) }
        return .list(ValueList(values))
      case .tuple(let items):
        var values: [Value] = []
        for item in items { values.append(try read(item)) }
        return .tuple(ValueList(values))
      default: return value
      }
    }
    for k in call.positional.indices { call.positional[k] = try read(call.positional[k]) }
    for k in call.keywords.indices { call.keywords[k].value = try read(call.keywords[k].value) }
  }

  /// A function called with a raw array: native results read the values, copies keep the byte order, views are the
  /// methods; anything else is refused by name.
  private mutating func functionOfRaw(
    _ name: String, _ raw: RawArray, _ function: Value, _ call: inout CallArguments
  ) throws(PythonError) -> Value? {
    let short = Self.shortName(name)
    if !name.hasPrefix("numpy.") {
      switch name {
      case "len":
        // Only the array itself: `len([a])` counts the list, which `firstRaw` looked into.
        guard case .rawArray? = call.positional.first else { return nil }
        guard let first = raw.shape.first else { throw PythonError.type("len() of unsized object") }
        return .int(first)
      case _ where RawArrays.valueBuiltins.contains(name):
        try Self.readRaw(&call)
        return nil
      default: return nil
      }
    }
    if case .rawArray(let array)? = call.positional.first {
      switch name {
      case "numpy.asarray" where call.positional.count == 1 && call.keywords.isEmpty:
        return .rawArray(array)
      case "numpy.array" where call.positional.count == 1 && call.keywords.isEmpty:
        return .rawArray(try array.copied())
      case "numpy.array", "numpy.asarray":
        // With a dtype the result is that dtype's, read from the values; other arguments keep the byte order.
        guard call.positional.count + call.keywords.count == 2,
          call.positional.count == 2 || call.keywords.first?.name == "dtype"
        else { throw RawArrays.refusal("np.\(short) with arguments other than dtype=", array) }
      case _ where Self.rawViewFunctions.contains(name):
        var forwarded = call
        forwarded.positional.removeFirst()
        forwarded.positionalTexts = Array(forwarded.positionalTexts.dropFirst())
        forwarded.function = short
        return try rawMethod(short, array, forwarded)
      case _ where Self.orderKeepingFunctions.contains(name):
        // A dtype given to `np.zeros_like` and friends is the result's, native.
        let givesDType =
          call.keywords.contains { $0.name == "dtype" }
          || Self.dtypePosition[name].map { $0 < call.positional.count } == true
        try Self.readRaw(&call)
        if givesDType { return nil }
        call.function = short
        let result = try callValue(function, call)
        guard case .tensor(let values) = result, values.dtype == array.dtype.dtype, !values.isScalar else {
          return result
        }
        return try RawArrays.result(values, as: array.dtype)
      default: break
      }
    }
    if name == "numpy.array" || name == "numpy.asarray", Self.rawInsideSequence(call) {
      // NumPy keeps the byte order for `np.asarray([a])` but not for `np.array([a, a])`.
      throw RawArrays.refusal("np.\(short)", raw, inList: true)
    }
    if RawArrays.nativeResultFunctions.contains(short) || name == "numpy.array" || name == "numpy.asarray" {
      try Self.readRaw(&call)
      return nil
    }
    throw RawArrays.refusal("np.\(name.dropFirst(6))", raw)
  }

  /// A creation function with a `dtype=` that has an explicit byte order: the native array, kept in that order.
  private mutating func orderedCreation(_ function: Value, _ call: inout CallArguments) throws(PythonError) -> Value? {
    var native = call
    let ordered: OrderedDType
    if let slot = call.keywords.firstIndex(where: { $0.name == "dtype" }),
      let given = ByteOrder.ordered(call.keywords[slot].value)
    {
      ordered = given
      native.keywords[slot].value = .dtype(given.dtype)
    } else if case .function(let name) = function, let position = Self.dtypePosition[name],
      position < call.positional.count, let given = ByteOrder.ordered(call.positional[position])
    {
      ordered = given
      native.positional[position] = .dtype(given.dtype)
    } else {
      return nil
    }
    try Self.readRaw(&native)
    guard case .tensor(let values) = try callValue(function, native) else { return nil }
    return .rawArray(try RawArray(copying: values, as: ordered))
  }

  /// The byte-level methods of an ordinary array, or nil for the others.
  private mutating func tensorByteMethod(_ name: String, _ tensor: Tensor, _ call: CallArguments) throws(PythonError)
    -> Value?
  {
    switch name {
    case "tobytes":
      if tensor.ndim > 1, tensor.memoryAxes != nil || tensor.hasUnknownLayout || tensor.view != nil,
        case .string(let order)? = call.positional.first ?? call.keywords.first(where: { $0.name == "order" })?.value,
        order == "A" || order == "K"
      {
        // 'A' gives the bytes in Fortran order for a Fortran-contiguous array; the copy here is C-ordered.
        throw PythonError.limit(
          "a.tobytes(order='\(order)') of an array not held in C order is not supported in snippets: pass order='C' "
            + "or order='F'")
      }
      // Bytes show every bit (`a.tobytes().hex()`), and a decomposition's result has docbuild's last bits, not
      // LAPACK's (np.frombuffer of them would carry those bits on unseen).
      if tensor.dtype == .float64 || tensor.dtype == .complex128,
        let refusal = tensor.approximateDigitsRefusal(everyDigit: true)
      {
        throw PythonError(refusal)
      }
      return try RawArrays.tobytes(try RawArray(copying: tensor, as: OrderedDType(tensor.dtype)), call)
    case "byteswap":
      let inPlace = try call.bind(["inplace"])["inplace"]?.truthValue() ?? false
      let raw = try RawArray(copying: tensor, as: OrderedDType(tensor.dtype))
      let swapped = RawArrays.swappedCopy(raw)
      if inPlace {
        if ElementBytes.hasSignalingNaN(swapped.elementBytes(), tensor.dtype) {
          throw PythonError.limit(
            "byteswap(inplace=True) of this \(tensor.dtype.rawValue) array makes a signalling NaN, whose bits an "
              + "ordinary array does not keep in snippets: use byteswap() (a new array) instead")
        }
        return .tensor(try assignItem(tensor, .ellipsis, .tensor(try swapped.values())))
      }
      if tensor.isScalar {
        // A NumPy scalar's byteswap is a NumPy scalar of its type.
        var scalar = try swapped.values()
        scalar.isScalar = true
        return .tensor(scalar)
      }
      return .rawArray(swapped)
    case "view":
      // `a.view(cls)` of an ndarray subclass is the interpreter's (`viewAsSubclass`).
      if Interpreter.subclassRequested(by: call) != nil { return nil }
      let bound = try call.bind(["dtype", "type"])
      // A type given (None too, NumPy's error) is checked first, by the plain method. An explicit `dtype=None` is
      // NumPy's default dtype, float64: the bytes read as float64.
      guard var given = bound.values["dtype"], bound.values["type"] == nil else { return nil }
      if given.isNone { given = .dtype(.float64) }
      if StructuredArrays.isFieldList(given) {
        let view = try StructArray.viewing(tensor, as: given)
        // A void view holds a copy of the bytes: writes into either memory are refused while both are alive.
        if view.dtype.isOpaqueVoid {
          recfunctionLinks.link(.structArray(view), to: .tensor(tensor), by: "ndarray.view")
        }
        return .structArray(view)
      }
      let target = try ByteOrder.orderedOrNative(given)
      if target == OrderedDType(tensor.dtype) { return nil }
      return .rawArray(try RawArrays.view(try RawArrays.bridging(tensor), as: target))
    case "astype":
      guard let first = call.positional.first ?? call.keywords.first(where: { $0.name == "dtype" })?.value,
        let ordered = ByteOrder.ordered(first)
      else { return nil }
      var native = call
      if call.positional.isEmpty {
        native.keywords = call.keywords.map { $0.name == "dtype" ? (name: "dtype", value: .dtype(ordered.dtype)) : $0 }
      } else {
        native.positional[0] = .dtype(ordered.dtype)
      }
      guard case .tensor(let values) = try callValue(.method(.tensor(tensor), "astype"), native) else { return nil }
      return .rawArray(try RawArray(copying: values, as: ordered))
    default:
      return nil
    }
  }

  /// `array.name(...)` of a raw array.
  private mutating func rawMethod(_ name: String, _ array: RawArray, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    switch name {
    case "byteswap":
      let inPlace = try call.bind(["inplace"])["inplace"]?.truthValue() ?? false
      if inPlace {
        try array.swapInPlace()
        return .rawArray(array)
      }
      return .rawArray(RawArrays.swappedCopy(array))
    case "view":
      let bound = try call.bind(["dtype", "type"])
      if bound["type"] != nil { throw RawArrays.refusal("ndarray.view(type=)", array) }
      guard let given = bound["dtype"], !given.isNone, !Self.isNdarrayType(given) else {
        return .rawArray(array.viewing(shape: array.shape, offsets: array.offsets))
      }
      let target = try ByteOrder.orderedOrNative(given)
      // A structured field's elements sit an element apart in NumPy's memory, not next to each other as here.
      if array.isStructuredField && target.dtype.itemsize != array.dtype.dtype.itemsize {
        throw RawArrays.refusal("ndarray.view(dtype) of another item size of a structured field", array)
      }
      return .rawArray(try RawArrays.view(array, as: target))
    case "tobytes":
      return try RawArrays.tobytes(array, call)
    case "astype":
      let bound = try call.bind(["dtype", "order", "casting", "subok", "copy"], required: 1)
      let target = try ByteOrder.orderedOrNative(bound.value("dtype"))
      var native = call
      native.positional = [.dtype(target.dtype)]
      native.keywords = call.keywords.filter { $0.name != "dtype" }
      native.positionalTexts = []
      guard case .tensor(let values) = try callValue(.method(.tensor(try array.values()), "astype"), native) else {
        throw RawArrays.refusal("ndarray.astype", array)
      }
      return try RawArrays.result(values, as: target)
    case "copy":
      _ = try call.bind(["order"])
      // A copy of the bytes themselves: a float's NaN payload survives, as in NumPy's copy.
      return .rawArray(try array.copied())
    case "flatten":
      _ = try call.bind(["order"])
      var flat = try array.copied()
      flat.shape = [array.size]
      return .rawArray(flat)
    case "reshape", "ravel":
      let shape: [Int]
      if name == "ravel" {
        _ = try call.bind(["order"])
        shape = [-1]
      } else {
        if call.keywords.contains(where: { $0.name != "shape" }) {
          throw RawArrays.refusal("ndarray.reshape(order=)", array)
        }
        if call.positional.count == 1 {
          shape = try call.positional[0].toShape()
        } else if call.positional.isEmpty, let given = call.keywords.first?.value {
          shape = try given.toShape()
        } else {
          var values: [Int] = []
          for item in call.positional { values.append(try item.toInt()) }
          shape = values
        }
      }
      let reshaped = try core { try array.offsetTensor.reshape(shape) }
      if array.isContiguous { return .rawArray(array.viewing(shape: reshaped.shape, offsets: reshaped.int64sForRaw)) }
      return try RawArrays.result(try core { try array.values().reshape(shape) }, as: array.dtype)
    case "transpose":
      var axes: [Int]? = nil
      if call.positional.count == 1, !call.positional[0].isNone {
        axes = try call.positional[0].toShape()
      } else if call.positional.count > 1 {
        var values: [Int] = []
        for item in call.positional { values.append(try item.toInt()) }
        axes = values
      }
      return .rawArray(try RawArrays.transposed(array, axes))
    case "squeeze":
      let axisValue = try call.bind(["axis"])["axis"]
      let axes = try axisValue?.toShape()
      let isSingleAxis = axisValue.map(NumpyFunctions.isSingleAxis) ?? false
      let squeezed = try core { try array.offsetTensor.squeeze(axes, isSingleAxis: isSingleAxis) }
      return .rawArray(array.viewing(shape: squeezed.shape, offsets: squeezed.int64sForRaw))
    case "fill":
      let value = try call.bind(["value"], required: 1).value("value")
      try RawArrays.assign(array, .ellipsis, value)
      return .none
    case "sort":
      // NumPy sorts the memory itself, so every view sees the order.
      _ = try array.writableMemory(readOnly: "sort array is read-only")
      var forwarded = call
      forwarded.positional.insert(.tensor(try array.values()), at: 0)
      forwarded.positionalTexts = []
      forwarded.function = "sort"
      guard case .tensor(let sorted) = try callValue(.function("numpy.sort"), forwarded) else { return .none }
      try array.write(sorted)
      return .none
    case _ where RawArrays.nativeResultMethods.contains(name):
      return try callValue(.method(.tensor(try array.values()), name), call)
    default:
      throw RawArrays.refusal("ndarray.\(name)", array)
    }
  }
}
