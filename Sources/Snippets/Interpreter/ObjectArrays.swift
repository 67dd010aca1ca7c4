import TensorCore

/// The elements of one object array's memory: interpreter values, shared by the arrays that are views of it.
final class ObjectStorage: @unchecked Sendable {
  /// The elements; each is the Python object itself, as NumPy's object arrays hold references.
  var items: [Value]
  init(_ items: [Value]) { self.items = items }
}

/// A NumPy object array (`dtype=object`): its memory and where each element sits in it. A view (a slice, a
/// reshape, a transpose) shares `storage` and indexes it with its own `positions`, as a string array does, so a
/// write through it reaches its base; the positions are an int64 tensor so shape operations reuse the tensor core's.
/// The tensor core never sees the elements: they are the interpreter's values.
struct ObjectArray: Sendable {
  /// The memory.
  let storage: ObjectStorage
  /// Each element's index in `storage`, in the array's shape.
  var positions: Tensor

  /// The array's shape.
  var shape: [Int] { positions.shape }
  /// The number of elements.
  var count: Int { positions.shape.reduce(1, *) }

  /// A new array owning `items` (row-major).
  init(_ items: [Value], shape: [Int]) {
    storage = ObjectStorage(items)
    positions = Tensor(shape: shape, storage: .int64((0..<Int64(items.count)).map { $0 }))
  }

  /// A view of `base`'s memory at `positions`.
  init(viewing base: ObjectArray, positions: Tensor) {
    storage = base.storage
    self.positions = positions
  }

  /// Each element's index in the memory, row-major.
  var flatPositions: [Int] {
    if case .int64(let values) = positions.storage { return values.map { Int($0) } }
    return []
  }

  /// The elements in row-major order.
  var elements: [Value] {
    let items = storage.items
    return flatPositions.map { items[$0] }
  }

  /// A copy that owns its memory (what fancy indexing, `copy` and most functions return); the elements are the
  /// same objects, as NumPy's copy of an object array is shallow.
  func copied() -> ObjectArray { ObjectArray(elements, shape: shape) }

  /// True when the positions run through the memory in order, as a C-contiguous array's do: NumPy's reductions
  /// then visit the elements in the order docbuild does.
  var isInMemoryOrder: Bool {
    let places = flatPositions
    return zip(places, places.dropFirst()).allSatisfy { $0 < $1 }
  }
}

/// NumPy's object arrays in snippets: creation, printing, indexing, assignment, iteration, element-wise operators
/// calling the elements' own Python operators, and the reductions `sum`, `prod`, `max` and `min`.
enum ObjectArrays {
  /// What snippets do with object arrays, named by every refusal of something else.
  static let supported =
    "creation, printing, indexing, assignment, iteration, len, tolist, copy, fill, item, reshape, ravel, "
    + "flatten, transpose, the operators + - * / // % ** and comparisons, sum, prod, max and min (along one axis "
    + "too), np.outer and np.sort"

  /// The refusal of `what` on an object array.
  static func refusal(_ what: String) -> PythonError {
    PythonError.limit(
      "\(what) of a NumPy object array (dtype=object) is not supported in snippets (they have \(supported))")
  }

  /// True when `value` names NumPy's object dtype (`object`, `np.object_`, `'O'`, `np.dtype(object)`).
  static func isObjectDType(_ value: Value) -> Bool {
    switch value {
    case .objectDType, .function("object"), .function("numpy.object_"): true
    case .string(let code): code == "O" || code == "|O" || code == "=O" || code == "<O" || code == "object"
    default: false
    }
  }

  /// NumPy's error for the truth of an array of other than one element.
  static func truthError(_ count: Int) -> PythonError {
    count == 0
      ? PythonError.limit("the truth value of an empty object array is not supported in snippets")
      : PythonError.value(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
  }

  /// The `repr` of the object dtype.
  static let dtypeRepr = "dtype('O')"

  /// The attributes of the object dtype object.
  static func dtypeAttribute(_ name: String) throws(PythonError) -> Value {
    switch name {
    case "name": return .string("object")
    case "str": return .string("|O")
    case "kind", "char": return .string("O")
    case "itemsize", "alignment": return .int(8)
    case "type": return .function("numpy.object_")
    case "ndim": return .int(0)
    case "shape": return .intTuple([])
    case "byteorder": return .string("|")
    case "num": return .int(17)
    default:
      throw PythonError.limit("the object dtype's attribute '\(name)' is not part of the snippet language")
    }
  }

  // MARK: Making arrays

  /// True for a value NumPy stores only in an object array: not a number, string, bytes, NumPy value or sequence.
  static func needsObjectDType(_ value: Value) -> Bool {
    switch value {
    case .bool, .int, .float, .complex, .string, .bytes, .tensor, .textScalar, .list, .tuple, .range, .textArray,
      .dateArray, .structArray, .rawArray, .bigInt:
      false
    case .objectArray: true
    case .object(let object): object.array == nil && object.builtinValue == nil
    case .none, .dict, .set, .classObject, .userFunction, .function, .slice, .ellipsis: true
    default: false
    }
  }

  /// Why NumPy would read `value` otherwise than as one element while it discovers an object array's shape (an
  /// instance with `__getitem__` is a sequence to it, an `__array__` an array, a string array's elements are
  /// cast), which snippets do not follow; nil for a value that is one element.
  static func unreadLeaf(_ value: Value) -> PythonError? {
    switch value {
    case .object(let object) where object.array != nil || object.builtinValue != nil:
      return refusal("making one of instances of a subclass of a builtin or NumPy type (\(object.type.name))")
    case .object(let object):
      let protocols = ["__getitem__", "__array__", "__array_interface__", "__array_struct__", "__buffer__"]
      guard let found = protocols.first(where: { object.type.lookUp($0) != nil }) else { return nil }
      return refusal(
        "making one of instances NumPy reads as sequences or arrays (class \(object.type.name) defines \(found))")
    case .textArray, .dateArray, .structArray, .rawArray, .bytearray:
      return refusal("making one of string, datetime, structured or raw arrays or bytearrays")
    default: return nil
    }
  }

  /// The shape NumPy finds for `value` as an object array: each nesting level of lists, tuples and arrays whose
  /// members all agree in length, stopping where they disagree (the members there become elements), and at
  /// `maxDepth` levels when given (`ndmax=`).
  private static func discoveredShape(_ value: Value, maxDepth: Int) throws(PythonError) -> [Int] {
    guard maxDepth > 0 else { return [] }
    switch value {
    case .list(let items), .tuple(let items):
      try WorkMeter.charge(items.count)
      var common: [Int]? = nil
      for item in items {
        let inner = try discoveredShape(item, maxDepth: maxDepth - 1)
        if let known = common {
          var length = 0
          while length < known.count, length < inner.count, known[length] == inner[length] { length += 1 }
          common = Array(known.prefix(length))
        } else {
          common = inner
        }
      }
      return [items.count] + (common ?? [])
    case .range(let start, let stop, let step):
      // A range is a sequence of ints to NumPy.
      return [Interpreter.rangeCount(start, stop, step)]
    case .tensor(let tensor) where !tensor.isScalar: return Array(tensor.shape.prefix(maxDepth))
    case .objectArray(let array): return Array(array.shape.prefix(maxDepth))
    default:
      if let refusal = unreadLeaf(value) { throw refusal }
      return []
    }
  }

  /// The elements of `value` laid out in `shape`, row-major: what NumPy stores in an object array made of it.
  private static func gather(
    _ value: Value, _ shape: [Int], depth: Int, into elements: inout [Value]
  ) throws(PythonError) {
    if depth == shape.count {
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      elements.append(value)
      return
    }
    switch value {
    case .list(let items), .tuple(let items):
      for item in items { try gather(item, shape, depth: depth + 1, into: &elements) }
    case .range(let start, let stop, let step):
      let count = Interpreter.rangeCount(start, stop, step)
      for k in 0..<count { elements.append(.int(start + k * step)) }
    case .tensor(let tensor):
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      if tensor.ndim == shape.count - depth {
        elements += try pythonElements(of: tensor)
      } else {
        for row in 0..<tensor.shape[0] {
          let part = try core { try tensor.index([.int(row)]) }
          try gather(.tensor(part), shape, depth: depth + 1, into: &elements)
        }
      }
    case .objectArray(let array):
      if array.shape.count == shape.count - depth {
        elements += array.elements
      } else {
        for row in 0..<array.shape[0] {
          try gather(try index(array, .int(row)), shape, depth: depth + 1, into: &elements)
        }
      }
    default:
      throw PythonError.value("setting an array element with a sequence.")
    }
  }

  /// The elements of a numeric array cast to object, as NumPy's cast makes them: Python ints, floats, bools and
  /// complex numbers.
  static func pythonElements(of tensor: Tensor) throws(PythonError) -> [Value] {
    if tensor.approximateDigitsRefusal(everyDigit: true) != nil {
      throw refusal("casting an array whose last digits are docbuild's rather than NumPy's to object")
    }
    try WorkMeter.charge(tensor.size)
    switch tensor.storage {
    case .bool(let values): return values.map { .bool($0) }
    case .int64(let values): return values.map { .pythonInt($0, of: tensor.dtype) }
    case .float64(let values): return values.map { .float($0) }
    case .complex128(let values): return values.map { .complex($0) }
    }
  }

  /// Why object arrays take no part in differentiation.
  static let gradientRefusal = PythonError.limit(
    "an object array (dtype=object) holding a value being differentiated is not supported in snippets: autograd "
      + "differentiates through numeric arrays only; keep the values in a list or a float64 array")

  /// `np.array(value, dtype=object)`: the array NumPy makes, its shape discovered as NumPy does (at most `maxDepth`
  /// dimensions for `ndmax=`).
  static func make(_ value: Value, maxDepth: Int = 64) throws(PythonError) -> ObjectArray {
    let shape = try discoveredShape(value, maxDepth: maxDepth)
    let (total, overflow) = shape.reduce((1, false)) { partial, length in
      let (product, over) = partial.0.multipliedReportingOverflow(by: length)
      return (product, partial.1 || over)
    }
    if overflow || total > maxElementCount {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    var elements: [Value] = []
    elements.reserveCapacity(total)
    try gather(value, shape, depth: 0, into: &elements)
    return ObjectArray(elements, shape: shape)
  }

  /// `np.array(value)` without a dtype when NumPy would make an object array of it: a rectangular nesting of lists
  /// and tuples with at least one element NumPy keeps only as an object (None, an instance, a dict). Nil when NumPy
  /// would make another array or raise (a ragged nesting).
  static func automatic(_ value: Value) throws(PythonError) -> ObjectArray? {
    var found = false
    var unread = false
    var leafDepths: Set<Int> = []
    func visit(_ value: Value, depth: Int) {
      switch value {
      case .list(let items), .tuple(let items):
        if items.isEmpty { leafDepths.insert(depth + 1) }
        for item in items { visit(item, depth: depth + 1) }
      case .range: leafDepths.insert(depth + 1)
      case .tensor(let tensor) where !tensor.isScalar: leafDepths.insert(depth + tensor.ndim)
      case .objectArray(let array):
        found = true
        leafDepths.insert(depth + array.shape.count)
      default:
        if unreadLeaf(value) != nil { unread = true }
        if needsObjectDType(value) { found = true }
        leafDepths.insert(depth)
      }
    }
    switch value {
    case .list, .tuple: visit(value, depth: 0)
    default: return nil
    }
    // A value NumPy reads otherwise is left to the usual conversion, which refuses it by name.
    guard found, !unread, leafDepths.count == 1 else { return nil }
    let array = try make(value)
    // A rectangular nesting: every element sits at the full depth (else NumPy's inhomogeneous-shape ValueError).
    guard array.shape.count == leafDepths.first else { return nil }
    return array
  }

  /// `np.zeros`, `np.ones`, `np.empty` and `np.full` with the object dtype: the Python ints 0 and 1, None, or the
  /// fill value itself in every element.
  static func filled(_ shape: [Int], with value: Value) throws(PythonError) -> ObjectArray {
    let (total, overflow) = shape.reduce((1, false)) { partial, length in
      let (product, over) = partial.0.multipliedReportingOverflow(by: length)
      return (product, partial.1 || over)
    }
    if shape.contains(where: { $0 < 0 }) {
      throw PythonError.value("negative dimensions are not allowed")
    }
    if overflow || total > maxElementCount {
      throw PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    }
    if AutogradTracing.isTraced(value) { throw gradientRefusal }
    try WorkMeter.charge(total)
    return ObjectArray([Value](repeating: value, count: total), shape: shape)
  }

  // MARK: Indexing

  /// `x[index]`: the element itself for a full integer index, else an object array (a view for basic indexing, a
  /// copy for advanced indexing, as NumPy's).
  static func index(_ array: ObjectArray, _ index: Value) throws(PythonError) -> Value {
    let items = try Indexing.indexItems(index)
    let picked = try core { try array.positions.index(items) }
    if picked.isScalar, case .int64(let values) = picked.storage, let place = values.first {
      return array.storage.items[Int(place)]
    }
    let view = ObjectArray(viewing: array, positions: picked)
    let advanced = items.contains {
      switch $0 {
      case .indices, .mask: true
      default: false
      }
    }
    return .objectArray(advanced ? view.copied() : view)
  }

  /// `x[index] = value`: a full integer index stores the value itself; any other index takes the value's elements
  /// (an array, or a list read as NumPy reads it), broadcast to the selection.
  static func assign(_ array: ObjectArray, _ index: Value, _ value: Value) throws(PythonError) {
    let items = try Indexing.indexItems(index)
    let targets = try core { try array.positions.index(items) }
    guard case .int64(let places) = targets.storage else { return }
    if targets.isScalar || (targets.shape.isEmpty && array.shape.isEmpty) {
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      array.storage.items[Int(places[0])] = value
      return
    }
    // NumPy reads the value as an object array of at most the selection's dimensions: deeper lists are elements.
    let source: ObjectArray
    switch value {
    case .objectArray(let array): source = array
    case .tensor(let tensor) where !tensor.isScalar:
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      source = ObjectArray(try pythonElements(of: tensor), shape: tensor.shape)
    case .list, .tuple: source = try make(value, maxDepth: targets.shape.count)
    default: source = try operand(value)
    }
    let spread = try broadcastSource(source, to: targets.shape)
    try WorkMeter.charge(places.count)
    for (place, element) in zip(places, spread) { array.storage.items[Int(place)] = element }
  }

  /// `source`'s elements broadcast to `shape`, row-major, with NumPy's ValueError when they cannot be.
  private static func broadcastSource(_ source: ObjectArray, to shape: [Int]) throws(PythonError) -> [Value] {
    // NumPy drops the source's leading unit axes before broadcasting it into the selection.
    var sourceShape = source.shape
    while sourceShape.count > shape.count, sourceShape.first == 1 { sourceShape.removeFirst() }
    let fits =
      sourceShape.count <= shape.count
      && zip(sourceShape.reversed(), shape.reversed()).allSatisfy { $0 == $1 || $0 == 1 }
    guard fits else {
      throw PythonError.value(
        "could not broadcast input array from shape \(pythonShapeRepr(source.shape)) into shape "
          + pythonShapeRepr(shape))
    }
    let reshaped = try core { try source.positions.reshape(sourceShape).broadcast(to: shape) }
    guard case .int64(let from) = reshaped.storage else { return [] }
    let items = source.storage.items
    return from.map { items[Int($0)] }
  }

  /// A value as an object array operand: an object array itself, a numeric array cast to object, a list read as
  /// NumPy reads it, anything else a 0-d array holding it.
  static func operand(_ value: Value) throws(PythonError) -> ObjectArray {
    switch value {
    case .objectArray(let array): return array
    case .tensor(let tensor):
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      // A NumPy scalar is cast to object as an array is: its Python number.
      return ObjectArray(try pythonElements(of: tensor), shape: tensor.shape)
    case .list, .tuple:
      if let array = try automatic(value) { return array }
      if StringArrays.holdsText(value) {
        // NumPy makes a string array of it first: its elements are the strs only when every leaf is a str.
        let array = try make(value)
        guard array.elements.allSatisfy({ if case .string = $0 { true } else { false } }) else {
          throw refusal("a list mixing strings and other values as an operand")
        }
        return array
      }
      let tensor: Tensor
      do {
        tensor = try value.toTensor()
      } catch  where error.isLimit {
        throw refusal("a list of these elements as an operand")
      }
      return ObjectArray(try pythonElements(of: tensor), shape: tensor.shape)
    case .textArray, .dateArray, .structArray, .rawArray:
      throw refusal("mixing another kind of array with it")
    default:
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      return ObjectArray([value], shape: [])
    }
  }

  /// The shape two operands broadcast to, with NumPy's ValueError when they cannot.
  static func broadcastShape(_ a: [Int], _ b: [Int]) throws(PythonError) -> [Int] {
    let ndim = max(a.count, b.count)
    var result: [Int] = []
    for axis in 0..<ndim {
      let x = axis - (ndim - a.count) >= 0 ? a[axis - (ndim - a.count)] : 1
      let y = axis - (ndim - b.count) >= 0 ? b[axis - (ndim - b.count)] : 1
      guard x == y || x == 1 || y == 1 else {
        throw PythonError.value(
          "operands could not be broadcast together with shapes \(pythonShapeRepr(a)) \(pythonShapeRepr(b)) ")
      }
      result.append(x == 1 ? y : x)
    }
    return result
  }

  /// The elements of two operands (object arrays, or values an object array is made of) broadcast together, row-major,
  /// pair by pair, and the shape they broadcast to; the pairs' work charged.
  static func broadcastPairs(_ a: Value, _ b: Value) throws(PythonError) -> (
    xs: [Value], ys: [Value], shape: [Int]
  ) {
    let left = try operand(a)
    let right = try operand(b)
    let shape = try broadcastShape(left.shape, right.shape)
    let xs = try spread(left, to: shape)
    let ys = try spread(right, to: shape)
    try WorkMeter.charge(xs.count)
    return (xs, ys, shape)
  }

  /// `array`'s elements broadcast to `shape`, row-major.
  static func spread(_ array: ObjectArray, to shape: [Int]) throws(PythonError) -> [Value] {
    let positions = try core { try array.positions.broadcast(to: shape) }
    guard case .int64(let from) = positions.storage else { return [] }
    let items = array.storage.items
    return from.map { items[Int($0)] }
  }

  // MARK: Attributes

  /// `x.name` of an object array.
  static func attribute(_ name: String, of array: ObjectArray) throws(PythonError) -> Value {
    switch name {
    case "shape": return .intTuple(array.shape)
    case "ndim": return .int(array.shape.count)
    case "size": return .int(array.count)
    case "dtype": return .objectDType
    case "itemsize": return .int(8)
    case "nbytes": return .int(8 * array.count)
    case "T":
      return .objectArray(ObjectArray(viewing: array, positions: try core { try array.positions.transpose() }))
    case _ where methods.contains(name): return .method(.objectArray(array), name)
    case _ where Attributes.tensorMethods.contains(name) || ArrayViewAttributes.names.contains(name):
      throw refusal("ndarray.\(name)")
    default:
      throw PythonError("AttributeError", "'numpy.ndarray' object has no attribute '\(name)'")
    }
  }

  /// The methods object arrays have here.
  static let methods: Set<String> = [
    "tolist", "copy", "fill", "item", "reshape", "ravel", "flatten", "transpose", "sum", "prod", "max", "min",
    "astype", "__len__", "mean", "any", "all",
  ]

  /// `x.tolist()`: nested lists of the elements themselves; a 0-d array's one element.
  static func tolist(_ array: ObjectArray) throws(PythonError) -> Value {
    let elements = array.elements
    try WorkMeter.charge(elements.count)
    return Methods.nestedLists(elements, shape: array.shape)
  }

  /// The ints of a shape argument given as one tuple or list, or as several ints.
  private static func shapeArgument(_ positional: [Value]) throws(PythonError) -> [Int] {
    if positional.count == 1 {
      switch positional[0] {
      case .tuple(let items), .list(let items):
        var shape: [Int] = []
        for item in items { shape.append(try item.toInt()) }
        return shape
      default: return [try positional[0].toInt()]
      }
    }
    var shape: [Int] = []
    for item in positional { shape.append(try item.toInt()) }
    return shape
  }

  /// `x.name(...)` of an object array that needs no interpreter (the reductions are `Interpreter`'s).
  static func method(_ name: String, of array: ObjectArray, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "tolist":
      try call.rejectKeywords()
      guard call.positional.isEmpty else {
        throw PythonError.type("tolist() takes no arguments (\(call.positional.count) given)")
      }
      return try tolist(array)
    case "copy":
      let bound = try call.bind(["order"])
      if let order = bound["order"], !order.isNone, case .string(let text) = order, text != "C" {
        throw refusal("copy(order='\(text)')")
      }
      return .objectArray(array.copied())
    case "astype":
      let bound = try call.bind(["dtype", "order", "casting", "subok", "copy"], required: 1)
      guard isObjectDType(bound.value("dtype")) else { throw refusal("astype to a numeric or string dtype") }
      if bound["order"] != nil || bound["casting"] != nil || bound["subok"] != nil {
        throw refusal("astype(order=, casting=, subok=)")
      }
      if let copy = bound["copy"], try !copy.truthValue() { return .objectArray(array) }
      return .objectArray(array.copied())
    case "fill":
      let bound = try call.bind(["value"], required: 1)
      let value = bound.value("value")
      if AutogradTracing.isTraced(value) { throw gradientRefusal }
      try WorkMeter.charge(array.count)
      for place in array.flatPositions { array.storage.items[place] = value }
      return .none
    case "item":
      try call.rejectKeywords()
      if call.positional.isEmpty {
        guard array.count == 1 else {
          throw PythonError.value("can only convert an array of size 1 to a Python scalar")
        }
        return array.elements[0]
      }
      let index: Value =
        call.positional.count == 1 ? call.positional[0] : .tuple(ValueList(call.positional))
      if case .int(let flat) = index {
        let count = array.count
        guard flat >= -count, flat < count else {
          throw PythonError.index("index \(flat) is out of bounds for size \(count)")
        }
        return array.elements[flat < 0 ? flat + count : flat]
      }
      return try Self.index(array, index)
    case "reshape":
      var call = call
      if let slot = call.keywords.firstIndex(where: { $0.name == "order" }) {
        guard case .string("C") = call.keywords.remove(at: slot).value else { throw refusal("reshape(order=…)") }
      }
      if let slot = call.keywords.firstIndex(where: { $0.name == "shape" }) {
        call.positional.append(call.keywords.remove(at: slot).value)
      }
      try call.rejectKeywords()
      let shape = try shapeArgument(call.positional)
      // A reshape of memory-ordered positions is a view, as NumPy's of a C-contiguous array.
      let base = array.isInMemoryOrder ? array : array.copied()
      return .objectArray(ObjectArray(viewing: base, positions: try core { try base.positions.reshape(shape) }))
    case "ravel", "flatten":
      try call.rejectKeywords()
      guard call.positional.isEmpty else { throw refusal("\(name)(order)") }
      let base = name == "ravel" && array.isInMemoryOrder ? array : array.copied()
      return .objectArray(ObjectArray(viewing: base, positions: try core { try base.positions.reshape([-1]) }))
    case "transpose":
      try call.rejectKeywords()
      let axes: [Int]? = call.positional.isEmpty ? nil : try shapeArgument(call.positional)
      return .objectArray(ObjectArray(viewing: array, positions: try core { try array.positions.transpose(axes) }))
    default:
      throw refusal("ndarray.\(name)")
    }
  }
}

// MARK: The interpreter's part: printing, operators, reductions and NumPy's functions

extension Interpreter {
  /// `repr(x)` or `str(x)` of an object array: each element's own repr (a list's as `list([…])`), laid out as
  /// NumPy's `_formatArray` lays out elements of no common width.
  mutating func objectArrayText(_ array: ObjectArray, repr: Bool, depth: Int) throws(PythonError) -> String {
    // A summarised one names its shape or not depending on NumPy's legacy printing mode, which is refused here.
    PrintOptions.noteFormatting()
    if array.shape.isEmpty {
      let element = array.elements[0]
      if !repr { return try text(element, repr: false, depth: depth + 1) }
      return "array(" + (try elementText(element, depth: depth)) + ", dtype=object)"
    }
    let lineWidth = PrintOptions.active.lineWidth
    if array.count == 0 {
      if !repr { return "[]" }
      let shape = array.shape == [0] ? "" : ", shape=" + pythonShapeRepr(array.shape)
      return "array([]" + shape + ", dtype=object)"
    }
    // The elements shown: all of them, or (summarised) those the layout asks for, found by a first pass.
    final class Requested: @unchecked Sendable { var indices: Set<Int> = [] }
    let requested = Requested()
    let summarised = FormattedArrayText.summarises(array.count)
    let prefix = repr ? "array(" : ""
    let separator = repr ? ", " : " "
    let width = repr ? lineWidth - 1 : lineWidth
    if summarised {
      _ = FormattedArrayText.render(
        shape: array.shape, separator: separator, prefix: prefix, lineWidth: width, limit: .max
      ) { index in
        requested.indices.insert(index)
        return ""
      }
    } else {
      requested.indices = Set(0..<array.count)
    }
    let items = array.storage.items
    let places = array.flatPositions
    var texts: [Int: String] = [:]
    for index in requested.indices.sorted() {
      let shown = try elementText(items[places[index]], depth: depth)
      if shown.contains("\n") {
        throw refusal("printing an element whose repr spans several lines")
      }
      texts[index] = shown
    }
    guard
      let body = FormattedArrayText.render(
        shape: array.shape, separator: separator, prefix: prefix, lineWidth: width, limit: .max,
        element: { texts[$0] ?? "" })
    else { return "" }
    if !repr { return body }
    var extras: [String] = []
    if summarised { extras.append("shape=" + pythonShapeRepr(array.shape)) }
    extras.append("dtype=object")
    return FormattedArrayText.closed(
      head: prefix + body + ",", extras: extras, prefixWidth: prefix.count, lineWidth: lineWidth)
  }

  /// One element as NumPy's object formatter shows it: its repr, a list's as `list([…])`.
  private mutating func elementText(_ element: Value, depth: Int) throws(PythonError) -> String {
    let shown = try text(element, repr: true, depth: depth + 1)
    if case .list = element { return "list(" + shown + ")" }
    return shown
  }

  private func refusal(_ what: String) -> PythonError { ObjectArrays.refusal(what) }

  /// `a op b` with an object array on either side: the elements' own Python operator on each broadcast pair, an
  /// object array of the results (the one result for 0-d operands, as NumPy's ufuncs return it).
  mutating func objectArrayBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value {
    if op == .matrixMultiply { throw refusal("the @ operator") }
    let (xs, ys, shape) = try ObjectArrays.broadcastPairs(a, b)
    var results: [Value] = []
    results.reserveCapacity(xs.count)
    for (x, y) in zip(xs, ys) { results.append(try binaryGeneral(op, x, y)) }
    if shape.isEmpty { return results[0] }
    return .objectArray(ObjectArray(results, shape: shape))
  }

  /// `-x` and `+x` of an object array: each element's own operator.
  mutating func objectArrayUnary(_ op: UnaryOperator, _ array: ObjectArray) throws(PythonError) -> Value {
    var results: [Value] = []
    try WorkMeter.charge(array.count)
    for element in array.elements {
      if case .object(let object) = element {
        results.append(try objectUnary(op, object))
      } else if case .objectArray(let inner) = element {
        results.append(try objectArrayUnary(op, inner))
      } else {
        results.append(try Operators.unary(op, element))
      }
    }
    if array.shape.isEmpty { return results[0] }
    return .objectArray(ObjectArray(results, shape: array.shape))
  }

  /// `a op b` comparing with an object array on either side: each broadcast pair's Python comparison, its truth
  /// in a bool array, as NumPy's object comparison loops give.
  mutating func objectArrayCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value {
    switch op {
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: break
    default: throw refusal("the \(op.rawValue) operator")
    }
    let (xs, ys, shape) = try ObjectArrays.broadcastPairs(a, b)
    var results: [Bool] = []
    results.reserveCapacity(xs.count)
    for (x, y) in zip(xs, ys) { results.append(try truth(try compareGeneral(op, x, y))) }
    return .tensor(Tensor(shape: shape, storage: .bool(results), isScalar: shape.isEmpty))
  }

  /// `x op= y` of an object array: the results written into its own elements, which every view sees.
  mutating func objectArrayInPlace(_ array: ObjectArray, _ op: BinaryOperator, _ operand: Value) throws(PythonError) {
    let result = try objectArrayBinary(op, .objectArray(array), operand)
    let values: [Value]
    if case .objectArray(let computed) = result {
      guard computed.shape == array.shape else {
        throw PythonError.value(
          "non-broadcastable output operand with shape \(pythonShapeRepr(array.shape)) doesn't match the broadcast "
            + "shape \(pythonShapeRepr(computed.shape))")
      }
      values = computed.elements
    } else {
      values = [result]
    }
    for (place, value) in zip(array.flatPositions, values) { array.storage.items[place] = value }
  }

  /// `x.sum()`, `x.prod()`, `x.max()`, `x.min()` of an object array (and NumPy's functions of the same names):
  /// NumPy's reduction calls the elements' operators from the first element on, in memory order; `sum` and
  /// `prod` of no elements give the Python ints 0 and 1.
  mutating func objectArrayReduction(_ name: String, _ array: ObjectArray, _ call: CallArguments) throws(PythonError)
    -> Value
  {
    let bound = try call.bind(["axis", "dtype", "out", "keepdims", "initial", "where"])
    for parameter in ["dtype", "out", "keepdims", "initial", "where"] {
      if let given = bound[parameter], !given.isNone {
        if parameter == "keepdims", case .bool(false) = given { continue }
        throw refusal("\(name)(\(parameter)=…)")
      }
    }
    if let axis = bound["axis"], !axis.isNone { return try objectArrayReduction(name, array, along: axis) }
    guard array.isInMemoryOrder else { throw refusal("\(name)() of a transposed or reordered view") }
    let elements = array.elements
    try WorkMeter.charge(elements.count)
    return try fold(name, elements[...])
  }

  /// `elements` reduced by `name` from the first on, as NumPy's object reduction loop does; `sum` and `prod` of
  /// none give the Python ints 0 and 1.
  private mutating func fold(_ name: String, _ elements: ArraySlice<Value>) throws(PythonError) -> Value {
    guard var result = elements.first else {
      switch name {
      case "sum": return .int(0)
      case "prod": return .int(1)
      default:
        let ufunc = name == "max" ? "maximum" : "minimum"
        throw PythonError.value("zero-size array to reduction operation \(ufunc) which has no identity")
      }
    }
    for element in elements.dropFirst() {
      switch name {
      case "sum": result = try binaryGeneral(.add, result, element)
      case "prod": result = try binaryGeneral(.multiply, result, element)
      case "max":
        // NumPy's object maximum keeps the first operand when it compares greater or equal.
        if try !truth(try compareGeneral(.greaterOrEqual, result, element)) { result = element }
      default:
        if try !truth(try compareGeneral(.lessOrEqual, result, element)) { result = element }
      }
    }
    return result
  }

  /// `x.sum(axis=k)` and the others along one axis: each result folds its lane in index order, as NumPy's does
  /// (whatever the view's memory order). The order NumPy visits the lanes in is not followed, so an array holding
  /// instances (whose operators may print) is refused, and so is an element's error (which lane fails first).
  private mutating func objectArrayReduction(_ name: String, _ array: ObjectArray, along axisValue: Value)
    throws(PythonError) -> Value
  {
    let ndim = array.shape.count
    guard case .int(var axis) = axisValue, axis >= -ndim, axis < ndim else {
      throw refusal("\(name)(axis=…) with an axis other than one int within the dimensions")
    }
    if axis < 0 { axis += ndim }
    let elements = array.elements
    if elements.contains(where: { if case .object = $0 { true } else if case .objectArray = $0 { true } else { false } }
    ) {
      throw refusal("\(name)(axis=…) of an array holding instances")
    }
    var order = Array(0..<ndim)
    order.remove(at: axis)
    order.append(axis)
    let moved = try core { try array.positions.transpose(order) }
    let lanes = ObjectArray(viewing: array, positions: moved)
    let laneElements = lanes.elements
    try WorkMeter.charge(laneElements.count)
    let length = array.shape[axis]
    var shape = array.shape
    shape.remove(at: axis)
    let count = shape.reduce(1, *)
    var results: [Value] = []
    results.reserveCapacity(count)
    for lane in 0..<count {
      do throws(PythonError) {
        results.append(try fold(name, laneElements[(lane * length)..<(lane * length + length)]))
      } catch  where !error.isLimit && length > 0 {
        throw refusal("\(name)(axis=…) whose elements raise \(error.type)")
      }
    }
    if shape.isEmpty { return results[0] }
    return .objectArray(ObjectArray(results, shape: shape))
  }

  /// `np.sort(a)` of a 1-d object array: the elements ordered by their own `<`. NumPy's sort compares other pairs
  /// than a merge sort does, so the result is given only when it is the one order any sort finds (each element
  /// less than the next); an error or equal elements are refused.
  mutating func objectArraySort(_ array: ObjectArray, _ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["a", "axis", "kind", "order", "stable"], required: 1)
    for parameter in ["kind", "order", "stable"] where bound[parameter].map({ !$0.isNone }) ?? false {
      throw refusal("np.sort(\(parameter)=…)")
    }
    if let axis = bound["axis"], !(axis.isNone || (try? axis.toInt()) == -1 || (try? axis.toInt()) == 0) {
      throw refusal("np.sort(axis=…)")
    }
    guard array.shape.count == 1 else { throw refusal("np.sort of a multi-dimensional array") }
    let elements = array.elements
    try WorkMeter.charge(elements.count * max(1, elements.count.bitWidth - elements.count.leadingZeroBitCount))
    var sorted: [Value] = []
    do throws(PythonError) {
      sorted = try mergeSorted(elements[...])
      for (x, y) in zip(sorted, sorted.dropFirst()) where try !truth(try compareGeneral(.less, x, y)) {
        throw refusal("np.sort of elements that compare equal or unordered")
      }
    } catch  where !error.isLimit {
      throw refusal("np.sort of elements whose comparison raises \(error.type)")
    }
    return .objectArray(ObjectArray(sorted, shape: array.shape))
  }

  /// A stable merge sort by the elements' own `<`.
  private mutating func mergeSorted(_ items: ArraySlice<Value>) throws(PythonError) -> [Value] {
    guard items.count > 1 else { return Array(items) }
    let middle = items.startIndex + items.count / 2
    let left = try mergeSorted(items[..<middle])
    let right = try mergeSorted(items[middle...])
    var merged: [Value] = []
    merged.reserveCapacity(items.count)
    var i = 0
    var j = 0
    while i < left.count, j < right.count {
      if try truth(try compareGeneral(.less, right[j], left[i])) {
        merged.append(right[j])
        j += 1
      } else {
        merged.append(left[i])
        i += 1
      }
    }
    merged += left[i...]
    merged += right[j...]
    return merged
  }

  /// Calls that object arrays and the object dtype answer: their methods, `len`, NumPy's creation functions given
  /// the object dtype (or values only an object array holds), NumPy's functions given an object array, and
  /// `np.random.choice` of one. Nil for every other call.
  mutating func callObjectArray(_ function: Value, _ call: CallArguments) throws(PythonError) -> Value? {
    switch function {
    case .method(.objectArray(let array), let name):
      var call = call
      call.function = name
      switch name {
      case "sum", "prod", "max", "min": return try objectArrayReduction(name, array, call)
      case "mean", "any", "all": return try ObjectArrays.wholeReduction(name, array, call)
      case "__len__":
        guard let first = array.shape.first else { throw PythonError.type("len() of unsized object") }
        return .int(first)
      default: return try ObjectArrays.method(name, of: array, call)
      }
    case .method(.objectDType, let name):
      throw PythonError.limit("the object dtype's method '\(name)' is not part of the snippet language")
    case .function("len") where call.positional.count == 1 && call.keywords.isEmpty:
      guard case .objectArray(let array) = call.positional[0] else { return nil }
      guard let first = array.shape.first else { throw PythonError.type("len() of unsized object") }
      return .int(first)
    case .function("abs") where call.positional.count == 1 && call.keywords.isEmpty:
      guard case .objectArray(let array) = call.positional[0] else { return nil }
      var results: [Value] = []
      try WorkMeter.charge(array.count)
      for element in array.elements { results.append(try callValue(function, arguments([element]))) }
      if array.shape.isEmpty { return results[0] }
      return .objectArray(ObjectArray(results, shape: array.shape))
    case .function("bool") where call.positional.count == 1 && call.keywords.isEmpty:
      guard case .objectArray = call.positional[0] else { return nil }
      return .bool(try truth(call.positional[0]))
    case .function("reversed") where call.positional.count == 1 && call.keywords.isEmpty:
      guard case .objectArray(let array) = call.positional[0] else { return nil }
      let rows = try Self.iterationItems(.objectArray(array))
      return .iterator(IteratorBox(kind: "reversed", source: ReversedListSource(ValueList(rows))))
    case .function("numpy.random.choice"), .method(.randomObject, "choice"):
      guard case .objectArray(let array) = call.positional.first else { return nil }
      return try objectChoice(function, array, call)
    case .function(let name) where name.hasPrefix("numpy."):
      // Most NumPy calls involve no object array nor object dtype: they leave here without copying anything.
      let involved =
        Self.objectCreationFunctions.contains(name) || call.keywords.contains { $0.name == "dtype" }
        || call.positional.contains { $0.isObjectArray } || call.keywords.contains { $0.value.isObjectArray }
      guard involved else { return nil }
      return try objectNumpyFunction(String(name.dropFirst("numpy.".count)), call)
    default:
      return nil
    }
  }

  /// The NumPy functions that make an object array from values or a positional dtype.
  private static let objectCreationFunctions: Set<String> = [
    "numpy.array", "numpy.asarray", "numpy.asanyarray", "numpy.zeros", "numpy.ones", "numpy.empty", "numpy.full",
    "numpy.dtype",
  ]

  /// `np.random.choice(a, …)` of an object array: NumPy draws indices exactly as for any array of the same length,
  /// so the draw runs on the element positions and picks the elements they name.
  private mutating func objectChoice(_ function: Value, _ array: ObjectArray, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    guard array.shape.count == 1 else { throw refusal("np.random.choice of a multi-dimensional array") }
    var call = call
    let places = Tensor(shape: array.shape, storage: .int64((0..<Int64(array.count)).map { $0 }))
    call.positional[0] = .tensor(places)
    let drawn = try callValue(function, call)
    let base = ObjectArray(viewing: array, positions: array.positions)
    switch drawn {
    case .tensor(let picked) where picked.isScalar || picked.shape.isEmpty:
      return try ObjectArrays.index(base, .tensor(picked))
    case .tensor(let picked):
      return try ObjectArrays.index(base, .tensor(picked))
    case .int(let place):
      return try ObjectArrays.index(base, .int(place))
    default:
      throw refusal("np.random.choice")
    }
  }

  /// The NumPy functions that take the object dtype or an object array; nil when neither is involved.
  private mutating func objectNumpyFunction(_ name: String, _ call: CallArguments) throws(PythonError) -> Value? {
    let dtypeArgument =
      call.keywords.first(where: { $0.name == "dtype" })?.value
    let holdsObjectArray =
      call.positional.contains { if case .objectArray = $0 { true } else { false } }
      || call.keywords.contains { if case .objectArray = $0.value { true } else { false } }
    var call = call
    call.function = name
    switch name {
    case "dtype":
      guard let first = call.positional.first, ObjectArrays.isObjectDType(first) else { return nil }
      _ = try call.bind(["dtype", "align", "copy"], required: 1)
      return .objectDType
    case "array", "asarray", "asanyarray":
      var ndmax = 64
      if let slot = call.keywords.firstIndex(where: { $0.name == "ndmax" }) {
        // NumPy's C int parser: a float is its own TypeError.
        if call.keywords[slot].value.isFloatNumber { throw PythonError.type("integer argument expected, got float") }
        if case .bigInt = call.keywords[slot].value {
          throw PythonError("OverflowError", "Python int too large to convert to C long")
        }
        ndmax = try call.keywords[slot].value.toInt()
        guard ndmax >= 0, ndmax <= 64 else {
          throw PythonError.value("ndmax must be in the range [0, NPY_MAXDIMS (64)]")
        }
        call.keywords.remove(at: slot)
      }
      let dtype = dtypeArgument ?? (call.positional.count > 1 ? call.positional[1] : nil)
      let isObject = dtype.map(ObjectArrays.isObjectDType) ?? false
      guard let object = call.positional.first else { return nil }
      if dtype != nil && !isObject {
        if case .objectArray = object { throw refusal("np.\(name) with a numeric or string dtype") }
        return nil
      }
      if let slot = call.keywords.firstIndex(where: { $0.name == "copy" }), name == "array",
        case .objectArray = object
      {
        if try !call.keywords[slot].value.truthValue() { return object }
      }
      let known = call.keywords.map(\.name).allSatisfy { ["dtype", "copy", "order"].contains($0) }
      if isObject || holdsObjectArray {
        guard known else { throw refusal("np.\(name) with these arguments") }
        if case .objectArray(let array) = object {
          return name == "array" ? .objectArray(array.copied()) : object
        }
        return .objectArray(try ObjectArrays.make(object, maxDepth: ndmax))
      }
      guard let array = try ObjectArrays.automatic(object) else { return nil }
      guard known else { throw refusal("np.\(name) with these arguments") }
      return .objectArray(array)
    case "zeros", "ones", "empty", "full":
      let parameters = name == "full" ? ["shape", "fill_value", "dtype", "order"] : ["shape", "dtype", "order"]
      // Looked at without binding, so that every other call keeps NumPy's own argument errors (checked later).
      func given(_ parameter: String) -> Value? {
        if let keyword = call.keywords.first(where: { $0.name == parameter }) { return keyword.value }
        let slot = parameters.firstIndex(of: parameter) ?? parameters.count
        return slot < call.positional.count ? call.positional[slot] : nil
      }
      let dtype = given("dtype")
      // `np.full(shape, None)`: NumPy makes an object array of a fill value only an object array holds.
      let objectFill =
        name == "full" && (dtype?.isNone ?? true) && given("fill_value").map(ObjectArrays.needsObjectDType) == true
      guard objectFill || (dtype.map(ObjectArrays.isObjectDType) ?? false) else { return nil }
      let wellFormed =
        call.positional.count <= parameters.count && call.keywords.allSatisfy { parameters.contains($0.name) }
        && given("shape") != nil && (name != "full" || given("fill_value") != nil)
      guard wellFormed else { throw refusal("np.\(name)(dtype=object) with these arguments") }
      let bound = try call.bind(parameters, required: name == "full" ? 2 : 1)
      if let order = bound["order"], !order.isNone, case .string(let text) = order, text != "C" {
        throw refusal("np.\(name)(order='\(text)')")
      }
      let shape = try bound.value("shape").toCreationShape()
      let fill: Value =
        switch name {
        case "zeros": .int(0)
        case "ones": .int(1)
        case "empty": .none
        default: bound.value("fill_value")
        }
      return .objectArray(try ObjectArrays.filled(shape, with: fill))
    case _ where !holdsObjectArray:
      if let dtype = dtypeArgument, ObjectArrays.isObjectDType(dtype) { throw refusal("np.\(name)(dtype=object)") }
      return nil
    case "sum", "prod", "max", "min", "amax", "amin":
      guard case .objectArray(let array) = call.positional.first else { throw refusal("np.\(name)") }
      call.positional.removeFirst()
      let method = name == "amax" ? "max" : name == "amin" ? "min" : name
      return try objectArrayReduction(method, array, call)
    case "mean", "any", "all":
      guard case .objectArray(let array) = call.positional.first else { throw refusal("np.\(name)") }
      call.positional.removeFirst()
      return try ObjectArrays.wholeReduction(name, array, call)
    case "outer", "linalg.outer":
      // NumPy's `multiply(a.ravel()[:, newaxis], b.ravel()[newaxis, :])`.
      guard call.positional.count == 2, call.keywords.isEmpty else { throw refusal("np.\(name) with these arguments") }
      let a = try ObjectArrays.operand(call.positional[0])
      let b = try ObjectArrays.operand(call.positional[1])
      if name == "linalg.outer", a.shape.count != 1 || b.shape.count != 1 {
        throw refusal("np.linalg.outer of arrays that are not 1-d")
      }
      let column = ObjectArray(a.elements, shape: [a.count, 1])
      let row = ObjectArray(b.elements, shape: [1, b.count])
      return try objectArrayBinary(.multiply, .objectArray(column), .objectArray(row))
    case "sort":
      guard case .objectArray(let array) = call.positional.first else { throw refusal("np.sort with these arguments") }
      return try objectArraySort(array, call)
    case "copy":
      guard case .objectArray(let array) = call.positional.first, call.positional.count == 1, call.keywords.isEmpty
      else { throw refusal("np.copy with these arguments") }
      return .objectArray(array.copied())
    case "shape", "ndim", "size":
      guard case .objectArray(let array) = call.positional.first, call.positional.count == 1, call.keywords.isEmpty
      else { throw refusal("np.\(name) with these arguments") }
      return try ObjectArrays.attribute(name, of: array)
    default:
      throw refusal("np.\(name)")
    }
  }
}
