import TensorCore

extension Operators {
  /// `-x` and `+x`.
  static func unary(_ op: UnaryOperator, _ operand: Value) throws(PythonError) -> Value {
    if case .rawArray(let array) = operand { return try unary(op, .tensor(try array.values())) }
    switch (op, operand) {
    case (_, .dateArray(let array)):
      return try DateTimes.unary(op == .negate ? "negative" : "positive", array)
    case (_, .textArray(let array)):
      _ = array
      throw PythonError(
        "UFuncTypeError",
        "ufunc '\(op == .negate ? "negative" : "positive")' did not contain a loop with signature matching types "
          + "<class 'numpy.dtypes.\(array.dtype.isBytes ? "BytesDType" : "StrDType")'> -> None")
    case (_, .tensor(let tensor)) where tensor.isFlatIterator:
      throw PythonError.type("bad operand type for unary \(op.rawValue): 'numpy.flatiter'")
    case (.negate, .tensor(let tensor)): return .tensor(try core { try tensor.negated() })
    case (.plus, .tensor(let tensor)):
      // `+a` is np.positive(a): a new array (never `a` itself), a NumPy scalar of a 0-d array, no loop for bools.
      if tensor.dtype == .bool { throw DTypeArguments.boolPositive }
      return .tensor(try core { try tensor.apply(.positive) })
    case (.negate, .float(let value)): return .float(-value)
    case (.plus, .float): return operand
    case (.negate, .complex(let z)): return .complex(Complex(-z.real, -z.imag))
    case (.plus, .complex): return operand
    case (_, .bool(let flag)): return try unary(op, .int(flag ? 1 : 0))
    case (.negate, .int(let value)):
      guard value != Int.min else { return .integer(-BigInt(value)) }
      return .int(-value)
    case (.negate, .bigInt(let value)): return .integer(-value)
    case (.plus, .bigInt): return operand
    case (.plus, .int): return operand
    default: throw PythonError.type("bad operand type for unary \(op.rawValue): '\(operand.typeName)'")
    }
  }

  /// One comparison `left op right`: element-wise for tensors, Python's for everything else.
  static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    try Interpreter.chargeSequenceWork(left, right)
    if op == .in || op == .notIn, case .bytearray(let memory) = right, let byte = left.bigInteger?.asInt {
      guard (0..<256).contains(byte) else { throw PythonError.value("byte must be in range(0, 256)") }
      return .bool(memory.bytes.contains(UInt8(byte)) == (op == .in))
    }
    if op != .is && op != .isNot {
      if case .rawArray(let array) = left { return try compare(op, .tensor(try array.values()), right) }
      if case .rawArray(let array) = right { return try compare(op, left, .tensor(try array.values())) }
      if case .bytearray(let memory) = left { return try compare(op, PythonBytes.value(memory.bytes), right) }
      if case .bytearray(let memory) = right { return try compare(op, left, PythonBytes.value(memory.bytes)) }
    }
    if let mismatch = textScalarOrderMismatch(op, left, right) { throw mismatch }
    if case .textScalar(let text, let isBytes) = left {
      return try compare(op, isBytes ? .bytes(text) : .string(text), right)
    }
    if case .textScalar(let text, let isBytes) = right, op != .in, op != .notIn {
      return try compare(op, left, isBytes ? .bytes(text) : .string(text))
    }
    switch op {
    case .in: return .bool(try contains(right, left))
    case .notIn: return .bool(try !contains(right, left))
    case .is: return .bool(try identical(left, right))
    case .isNot: return .bool(try !identical(left, right))
    default: break
    }
    if let result = try equalityWithObject(op, left, right) { return result }
    if left.isDateValue || right.isDateValue { return try DateTimes.compare(op, left, right) }
    if case .dateDType(let dtype) = left { return try DateTimes.compareDType(op, dtype, right) }
    if case .dateDType(let dtype) = right { return try DateTimes.compareDType(op, dtype, left) }
    if StructuredArrays.isStructured(left) || StructuredArrays.isStructured(right) {
      return try StructuredArrays.compare(op, left, right)
    }
    if let result = try StringArrays.compare(op.rawValue, left, right) { return result }
    // complex's own `==` takes an `np.float64`, a float subclass, and answers with a Python bool.
    if op == .equal || op == .notEqual, case .complex(let z) = left, let real = Operators.pythonFloatOperand(right) {
      return .bool(PythonComplex.equals(z, .float(real)) == (op == .equal))
    }
    if case .tensor = left { return try compareTensors(op, left, right) }
    if case .tensor = right { return try compareTensors(op, left, right) }
    if op == .equal || op == .notEqual, nanIdentityDecides(left, right) { throw nanIdentityError }
    if op == .equal || op == .notEqual, let equal = try sequenceEqualityHoldingArrays(left, right) {
      return .bool(equal == (op == .equal))
    }
    if op == .equal || op == .notEqual, let equal = try methodEquality(left, right) {
      return .bool(equal == (op == .equal))
    }
    if let ordered = try sequenceOrderHoldingArrays(op, left, right) { return ordered }
    switch op {
    case .equal: return .bool(pythonEquals(left, right))
    case .notEqual: return .bool(!pythonEquals(left, right))
    default: return .bool(try pythonOrder(op, left, right))
    }
  }

  /// Python's `<`, `<=`, `>` or `>=` of two lists or two tuples that hold a NumPy array or scalar: the first pair of
  /// items that are not equal decides, by that pair's own comparison, so `(np.int64(1), 2) < (np.int64(2), 1)` is
  /// NumPy's `np.True_` and `sorted(Counter(a.flatten()).items())` sorts (`pythonOrder` knows no NumPy value and
  /// raised TypeError). nil for other operands.
  private static func sequenceOrderHoldingArrays(_ op: ComparisonOperator, _ left: Value, _ right: Value)
    throws(PythonError) -> Value?
  {
    guard [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) else { return nil }
    let (a, b): (ValueList, ValueList)
    switch (left, right) {
    case (.tuple(let x), .tuple(let y)), (.list(let x), .list(let y)): (a, b) = (x, y)
    default: return nil
    }
    guard holdsArray(left) || holdsArray(right) else { return nil }
    if a === b { return .bool(op == .lessOrEqual || op == .greaterOrEqual) }
    for (x, y) in zip(a, b) {
      if case .tensor(let p) = x, case .tensor(let q) = y, !p.isScalar, !q.isScalar, p.isSameObject(as: q) {
        continue
      }
      // CPython takes an item for equal to itself before calling `==`, and a NaN's identity is not tracked.
      for item in [x, y] {
        if case .tensor(let scalar) = item, scalar.isScalar, try compare(.notEqual, item, item).truthValue() {
          throw nanIdentityError
        }
        if case .float(let value) = item, value.isNaN { throw nanIdentityError }
      }
      if try !compare(.equal, x, y).truthValue() { return try compare(op, x, y) }
    }
    return .bool(holds(op, a.count < b.count, a.count == b.count))
  }

  private static func compareTensors(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError)
    -> Value
  {
    // A list, tuple or number on the left has no comparison with an array, so Python calls the array's reflected
    // one (`b >= a` for `a <= b`): the same values, but a broadcast error names the array's shape first.
    if case .tensor = right, !isTensorValue(left) {
      let mirrored: ComparisonOperator =
        switch op {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: op
        }
      return try compareTensors(mirrored, right, left)
    }
    if op != .equal, op != .notEqual, case .tensor(let array) = left,
      let error = Operators.objectLoopError(op.rawValue, array: array, other: right, arrayFirst: true, comparison: true)
    {
      throw error
    }
    if case .tensor(let array) = left, case .bigInt(let big) = right,
      Value.unsignedOperand(right, beside: array) == nil
    {
      return try comparedWithWideInt(op, array, big)
    }
    // `a > 0` of a float64 array in a loop: the Python number is compared as it is, not made an array first.
    if case .tensor(let array) = left, let x = comparedNumber(right), let ufunc = comparisonUfunc(op),
      let result = try core({ try array.compared(ufunc, toPythonFloat: x) })
    {
      return .tensor(result)
    }
    let a = try left.toTensor()
    var b: Tensor
    if let unsigned = Value.unsignedOperand(right, beside: a) { b = unsigned } else { b = try right.toTensor() }
    return .tensor(
      try core {
        switch op {
        case .equal: try a.equal(b)
        case .notEqual: try a.notEqual(b)
        case .less: try a.less(b)
        case .lessOrEqual: try a.lessEqual(b)
        case .greater: try a.greater(b)
        case .greaterOrEqual: try a.greaterEqual(b)
        case .in, .notIn, .is, .isNot: preconditionFailure("handled in compare")
        }
      })
  }

  /// `array op big` for a Python int past 63 bits that the array's dtype does not hold, as NumPy 2 compares them
  /// (NEP 50): an integer array exactly, so every element is on the same side of the int (all False or all True);
  /// a float or complex array with the int made a Python float (its OverflowError past float64); a bool array fails
  /// to read it as a C long.
  private static func comparedWithWideInt(_ op: ComparisonOperator, _ array: Tensor, _ big: BigInt) throws(PythonError)
    -> Value
  {
    if array.dtype == .bool { throw Operators.bigIntConversionError(big, beside: .bool) }
    if array.dtype.isInexact {
      guard let double = big.double else { throw PythonError("OverflowError", "int too large to convert to float") }
      return try compareTensors(op, .tensor(array), .float(double))
    }
    let holds: Bool
    switch op {
    case .equal: holds = false
    case .notEqual: holds = true
    case .less, .lessOrEqual: holds = !big.negative
    case .greater, .greaterOrEqual: holds = big.negative
    case .in, .notIn, .is, .isNot: preconditionFailure("handled in compare")
    }
    let flags = [Bool](repeating: holds, count: array.size)
    return .tensor(Tensor(shape: array.shape, storage: .bool(flags), isScalar: array.shape.isEmpty))
  }

  /// A Python float, or a Python int that float64 holds exactly, as NumPy converts it beside a float64 array; nil
  /// for anything else (a larger int is rounded, which the general path decides).
  private static func comparedNumber(_ value: Value) -> Double? {
    switch value {
    case .float(let x): x
    case .int(let n) where n.magnitude <= 1 << 53: Double(n)
    default: nil
    }
  }

  /// The comparison ufunc NumPy calls for `op` (nil for `in` and `is`, which no array operator is).
  private static func comparisonUfunc(_ op: ComparisonOperator) -> ComparisonUfunc? {
    switch op {
    case .equal: .equal
    case .notEqual: .notEqual
    case .less: .less
    case .lessOrEqual: .lessEqual
    case .greater: .greater
    case .greaterOrEqual: .greaterEqual
    case .in, .notIn, .is, .isNot: nil
    }
  }

  /// True for an array value (a NumPy array or scalar), which compares with an array itself.
  private static func isTensorValue(_ value: Value) -> Bool {
    if case .tensor = value { return true }
    return false
  }

  /// Python's `item in container`.
  static func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool {
    try Interpreter.chargeSequenceWork(container, item)
    switch container {
    case .list(let items), .tuple(let items):
      let identityMayDecide = item.holdsSelfUnequal
      for element in items {
        if identityMayDecide, searchDecidedByIdentity(element, item) { throw nanIdentityError }
        if Value.sameArrayObject(element, item) { return true }
        if case .tensor = element {
          if try compare(.equal, element, item).truthValue() { return true }
        } else if element.isDateValue || item.isDateValue {
          // NumPy's `==` of dates (NaT equal to nothing), as CPython's `in` calls it.
          if try compare(.equal, element, item).truthValue() { return true }
        } else if case .tensor = item {
          if try compare(.equal, element, item).truthValue() { return true }
        } else if pythonEquals(element, item) {
          return true
        }
      }
      return false
    case .string(let text):
      guard case .string(let part) = item else {
        throw PythonError.type("'in <string>' requires string as left operand, not \(item.typeName)")
      }
      return text.containsExactly(part)
    case .dict(let dict):
      return try dict.get(item) != nil
    case .set(let set):
      return try set.contains(item)
    case .bytes(let bytes):
      // A bytes-like item is a substring; an int is one byte.
      if let part = BytesMethods.bytesLike(item) { return bytes.containsExactly(part) }
      guard let number = item.bigInteger, item.typeName == "int" || item.typeName == "bool" else {
        throw PythonError.type("a bytes-like object is required, not '\(item.typeName)'")
      }
      guard let byte = number.asInt, (0..<256).contains(byte) else {
        throw PythonError.value("byte must be in range(0, 256)")
      }
      return bytes.unicodeScalars.contains { $0.value == UInt32(byte) }
    case .dictView(.keys, let dict):
      return try dict.get(item) != nil
    case .dictView(let view, let dict):
      return try contains(.list(ValueList(dict.items(view))), item)
    case .range(let start, let stop, let step):
      guard let value = item.bigInteger?.asInt else { return false }
      guard step > 0 ? (value >= start && value < stop) : (value <= start && value > stop) else { return false }
      return (value - start) % step == 0
    case .textArray, .dateArray:
      let equal = try compare(.equal, container, item)
      guard case .tensor(let mask) = equal else { return try equal.truthValue() }
      return mask.doubles.contains { $0 != 0 }
    case .textScalar(let text, false):
      return try contains(.string(text), item)
    case .tensor(let tensor):
      // NumPy's `__contains__`: `(array == item).any()`; a flat iterator has none, so Python's `in` iterates it.
      try FlatIterator.beginIteration(tensor)
      let equal = try compare(.equal, container, item)
      guard case .tensor(let mask) = equal else { return try equal.truthValue() }
      _ = tensor
      return mask.doubles.contains { $0 != 0 }
    default:
      throw PythonError.type("argument of type '\(container.typeName)' is not iterable")
    }
  }

  /// True when comparing two containers reaches a NaN float on both sides: Python then compares by identity first
  /// (`x = float('nan'); [x] == [x]` is True, `[float('nan')] == [float('nan')]` False), which snippets do not track.
  static func nanIdentityDecides(_ left: Value, _ right: Value) -> Bool {
    // `nan == nan` itself is float's `==`, False; only a container's comparison looks at identity first.
    if left.isSelfUnequal { return false }
    return nanAwareEquality(left, right) == nil
  }

  /// True when a search (`in`, `count`, `index`, `remove`) of `item` meets `element` and only their identity would
  /// decide: CPython's search asks `element is item` before `==`, so `x in [x]` is True for a NaN `x`.
  static func searchDecidedByIdentity(_ element: Value, _ item: Value) -> Bool {
    nanAwareEquality(element, item) == nil
  }

  /// `left == right` for containers as far as it is known without NaN floats' identity: nil when a pair of NaNs
  /// (whose equality CPython decides by whether they are one object) decides it; false as soon as another pair
  /// differs, which settles `==` whatever the NaNs are; true for a list or dict compared with itself.
  private static func nanAwareEquality(_ left: Value, _ right: Value) -> Bool? {
    if Value.mayBeOneSelfUnequalObject(left, right) { return nil }
    switch (left, right) {
    case (.list(let a), .list(let b)) where a === b: return true
    case (.dict(let a), .dict(let b)) where a === b: return true
    case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
      guard a.count == b.count else { return false }
      var known = true
      for (x, y) in zip(a, b) {
        switch nanAwareEquality(x, y) {
        case false?: return false
        case nil: known = false
        default: break
        }
      }
      return known ? true : nil
    case (.dict(let a), .dict(let b)):
      guard a.count == b.count else { return false }
      var known = true
      for (key, value) in zip(a.keys, a.values) {
        guard let other = try? b.get(key) else {
          // A NaN key is found only by identity.
          if (try? HashKey(key).holdsNaN) == true { known = false } else { return false }
          continue
        }
        switch nanAwareEquality(value, other) {
        case false?: return false
        case nil: known = false
        default: break
        }
      }
      return known ? true : nil
    case (.none, _), (.bool, _), (.int, _), (.bigInt, _), (.float, _), (.string, _), (.bytes, _):
      return pythonEquals(left, right)
    default:
      // Arrays, objects and the rest settle nothing here (nor refuse): `compare` decides them as before.
      return true
    }
  }

  /// `==` between methods of builtin types, as CPython compares them: a method descriptor (`str.lower`) is one
  /// object; two bound methods are equal when they are the same method of the same object (`__self__` compared by
  /// identity). Identity is known for lists, dicts and sets; for other receivers, equal values might or might not
  /// be one object, so that answer is refused. Nil for values this does not decide.
  static func methodEquality(_ left: Value, _ right: Value) throws(PythonError) -> Bool? {
    if case .boundMethod(let leftReceiver, let leftFunction) = left,
      case .boundMethod(let rightReceiver, let rightFunction) = right
    {
      // A snippet function bound to an object, or (a classmethod) to a class: CPython compares `__func__` with
      // `==` (identity, for functions) and `__self__` by identity, which snippets know for objects and classes.
      guard leftFunction === rightFunction else { return false }
      switch (leftReceiver, rightReceiver) {
      case (.object, .object), (.classObject, .classObject), (.object, .classObject), (.classObject, .object):
        return Interpreter.sameObject(leftReceiver, rightReceiver)
      default:
        throw PythonError.limit(
          "comparing bound methods compares their objects' identity, which snippets track only for objects, "
            + "classes, lists, dicts and sets: compare the values they are methods of instead")
      }
    }
    guard case .method(let leftReceiver, let leftName) = left, case .method(let rightReceiver, let rightName) = right
    else { return nil }
    let leftIsDescriptor = TypeMethods.isDescriptor(left)
    let rightIsDescriptor = TypeMethods.isDescriptor(right)
    if leftIsDescriptor || rightIsDescriptor {
      guard leftIsDescriptor && rightIsDescriptor else { return false }
      return pythonEquals(leftReceiver, rightReceiver) && leftName == rightName
    }
    guard let leftType = MethodSignature.ownerType(of: leftReceiver),
      let rightType = MethodSignature.ownerType(of: rightReceiver)
    else { return nil }
    guard leftName == rightName, leftType == rightType else { return false }
    switch (leftReceiver, rightReceiver) {
    case (.list(let a), .list(let b)): return a === b
    case (.dict(let a), .dict(let b)): return a === b
    case (.set(let a), .set(let b)): return a === b
    default: break
    }
    let holdsNaN = { (value: Value) in try? HashKey(value).holdsNaN }
    if leftReceiver.typeName != rightReceiver.typeName
      || (!pythonEquals(leftReceiver, rightReceiver) && holdsNaN(leftReceiver) == false
        && holdsNaN(rightReceiver) == false)
    {
      return false
    }
    throw PythonError.limit(
      "comparing bound methods compares their objects' identity, which snippets track only for lists, dicts and "
        + "sets: compare the values they are methods of instead")
  }

  /// The refusal for a comparison that NaN identity would decide.
  static var nanIdentityError: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "comparing containers that hold NaN floats (or a complex number or NumPy scalar holding a NaN, or a NaT) "
        + "depends on whether they are the same object, which snippets do not track: compare with math.isnan or "
        + "np.isnan instead")
    error.isLimit = true
    return error
  }

  /// Python's `is`: None, True, False and `...` are singletons; containers, arrays, objects, classes, modules and
  /// functions by their identity; numbers, strings and tuples where `ValueIdentity` decides it, else an error.
  static func identical(_ left: Value, _ right: Value) throws(PythonError) -> Bool {
    switch (left, right) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.none, _), (_, .none), (.bool, _), (_, .bool), (.ellipsis, _), (_, .ellipsis): return false
    case (.module(let a), .module(let b)), (.function(let a), .function(let b)): return a == b
    case (.scalarType(let a), .scalarType(let b)): return a == b
    // autograd's function for a NumPy callable is one object, never NumPy's own (`anp.sin is np.sin` is False).
    case (.wrapped(.autogradFunction, let a), .wrapped(.autogradFunction, let b)): return try identical(a, b)
    case (.wrapped(.autogradFunction, _), _), (_, .wrapped(.autogradFunction, _)): return false
    // A builtin function or class is one object, never another kind of value (`type(x) is np.float64`).
    case (.function, _), (_, .function): return false
    // A type's method descriptor is one object (`str.lower is str.lower`), distinct from every other.
    case (.method(.function(let leftType), let leftName), .method(.function(let rightType), let rightName))
    where TypeMethods.isDescriptor(left) && TypeMethods.isDescriptor(right):
      return leftType == rightType && leftName == rightName
    case (.object, _), (_, .object), (.classObject, _), (_, .classObject): return Interpreter.sameObject(left, right)
    // A module's C function is one object (`bisect.bisect is bisect.bisect_right`).
    case (.userFunction(let a), .userFunction(let b)) where a.standsForBuiltin && b.standsForBuiltin:
      return a.module == b.module && a.definition.qualifiedName == b.definition.qualifiedName
    case (.list(let a), .list(let b)): return a === b
    case (.dict(let a), .dict(let b)): return a === b
    case (.set(let a), .set(let b)): return a === b
    case (.list, _), (_, .list), (.dict, _), (_, .dict), (.set, _), (_, .set): return false
    case (.tensor(let a), .tensor(let b)) where !a.isScalar && !b.isScalar: return a.isSameObject(as: b)
    case (.rawArray(let a), .rawArray(let b)): return a.identity == b.identity
    // An object array is one object per name bound to it; each view or copy is a new one.
    case (.objectArray(let a), .objectArray(let b)):
      return a.storage === b.storage && a.positions.isSameObject(as: b.positions)
    case (.objectArray, _), (_, .objectArray): return false
    case (.bytearray(let a), .bytearray(let b)): return a === b
    case (.rawArray, .tensor), (.tensor, .rawArray), (.bytearray, _), (_, .bytearray): return false
    // Numbers, strings, tuples and arrays of two different types are never the same object (`1 is 1.0`): no
    // identity needs tracking for that answer.
    case _ where isPlainData(left) && isPlainData(right) && left.typeName != right.typeName: return false
    default:
      if let answer = ValueIdentity.decided(left, right, identical: identical) { return answer }
      throw ValueIdentity.refusal(left, right)
    }
  }

  /// True for the values whose Value case alone fixes their Python type: numbers, strings, tuples and arrays.
  private static func isPlainData(_ value: Value) -> Bool {
    switch value {
    case .int, .bigInt, .float, .complex, .string, .tuple, .tensor: true
    default: false
    }
  }

  /// Compares two Python numbers exactly, as Python does (ints of any size against floats included): whether both
  /// are numbers, and their order (nil when a NaN makes them unordered).
  static func numericOrder(_ left: Value, _ right: Value) -> (isNumber: Bool, order: Int?) {
    if case .int(let a) = left, case .int(let b) = right { return (true, a < b ? -1 : a == b ? 0 : 1) }
    switch (left.bigInteger, right.bigInteger) {
    case (let a?, let b?): return (true, a.compare(b))
    case (let a?, nil):
      guard case .float(let d) = right else { return (false, nil) }
      return (true, PythonNumbers.compare(a, d))
    case (nil, let b?):
      guard case .float(let d) = left else { return (false, nil) }
      return (true, PythonNumbers.compare(b, d).map { -$0 })
    case (nil, nil):
      guard case .float(let a) = left, case .float(let b) = right else { return (false, nil) }
      if a.isNaN || b.isNaN { return (true, nil) }
      return (true, a < b ? -1 : a == b ? 0 : 1)
    }
  }

  /// `==` of two lists or two tuples of which one holds a NumPy array or scalar at some depth, as CPython's
  /// list_richcompare and tuplerichcompare run it: the lengths first, then each pair of items, an item the same object
  /// as its partner equal without a comparison (`t == tuple(t)` is True whatever arrays `t` holds), any other pair by
  /// `==` and the truth of what it gives (NumPy's ambiguity error for an array of several elements). Nil when neither
  /// holds an array: `pythonEquals` answers those (it knows no array's `==`, and said False for every pair).
  static func sequenceEqualityHoldingArrays(_ left: Value, _ right: Value) throws(PythonError) -> Bool? {
    let (a, b): (ValueList, ValueList)
    switch (left, right) {
    case (.tuple(let x), .tuple(let y)), (.list(let x), .list(let y)): (a, b) = (x, y)
    default: return nil
    }
    guard holdsArray(left) || holdsArray(right) else { return nil }
    if a === b { return true }
    // Lists of other lengths are unequal at once; tuples compare their common items first (CPython's
    // `tuplerichcompare`), so `(a, 1) == (b,)` of two arrays raises NumPy's ValueError.
    if case .list = left, a.count != b.count { return false }
    for (x, y) in zip(a, b) {
      if isTensorValue(x) || isTensorValue(y) {
        if case .tensor(let p) = x, case .tensor(let q) = y, !p.isScalar, !q.isScalar, p.isSameObject(as: q) {
          continue
        }
        for item in [x, y] {
          // A NaN scalar equals itself in a container only when it is the same object, which is not tracked.
          if case .tensor(let scalar) = item, scalar.isScalar, try compare(.notEqual, item, item).truthValue() {
            throw nanIdentityError
          }
        }
        if try !compare(.equal, x, y).truthValue() { return false }
      } else if let equal = try sequenceEqualityHoldingArrays(x, y) {
        if !equal { return false }
      } else if !pythonEquals(x, y) {
        return false
      }
    }
    return a.count == b.count
  }

  /// Whether a list or tuple holds a NumPy array or scalar, at any depth of lists and tuples.
  private static func holdsArray(_ value: Value) -> Bool {
    switch value {
    case .tuple(let items), .list(let items): items.contains { isTensorValue($0) || holdsArray($0) }
    default: isTensorValue(value)
    }
  }

  /// Python's `==` for non-tensor values.
  static func pythonEquals(_ left: Value, _ right: Value) -> Bool {
    if case .complex(let z) = left { return PythonComplex.equals(z, right) ?? false }
    if case .complex(let z) = right { return PythonComplex.equals(z, left) ?? false }
    let (isNumber, order) = numericOrder(left, right)
    if isNumber { return order == 0 }
    switch (left, right) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.string(let a), .string(let b)), (.bytes(let a), .bytes(let b)):
      return a.unicodeScalars.elementsEqual(b.unicodeScalars)
    // A list or dict is equal to itself whatever it holds: CPython compares each item with itself, and identity
    // comes first (a NaN item included).
    case (.list(let a), .list(let b)) where a === b: return true
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { pythonEquals($0, $1) }
    case (.dtype(let a), .dtype(let b)), (.dtype(let a), .scalarType(let b)), (.scalarType(let a), .dtype(let b)),
      (.scalarType(let a), .scalarType(let b)):
      return a == b
    case (.dtype(let a), .string(let b)), (.string(let b), .dtype(let a)):
      return ByteOrder.ordered(.string(b)) == nil && DType(numpyName: b) == a
    // A dtype equals what np.dtype makes of a builtin type (`x.dtype == float` for float64, `== int` for int64).
    case (.dtype(let a), .function(let b)), (.function(let b), .dtype(let a)):
      return ["float", "complex", "int", "bool", "numpy.longlong", "numpy.ulonglong"].contains(b)
        && (try? Value.function(b).toDTypeIgnoringCLongLong()) == a
    case (.structDType(let a), .structDType(let b)): return a.isEquivalent(to: b)
    // A string dtype equals what names the same kind, width and byte order (`'U3'`, `'>U3'`, `str` for `'<U'`).
    case (.textDType(let a), .textDType(let b)): return a == b
    case (.textDType(let a), .string), (.textDType(let a), .function):
      return TextDType.parse(right) == a
    case (.string, .textDType(let b)), (.function, .textDType(let b)):
      return TextDType.parse(left) == b
    case (.orderedDType(let dtype, let mark), _): return ByteOrder.equals(OrderedDType(dtype, mark), right) ?? false
    case (_, .orderedDType(let dtype, let mark)): return ByteOrder.equals(OrderedDType(dtype, mark), left) ?? false
    case (.module(let a), .module(let b)), (.function(let a), .function(let b)): return a == b
    // autograd's functions compare by identity, as every Python function.
    case (.wrapped(.autogradFunction, let a), .wrapped(.autogradFunction, let b)): return pythonEquals(a, b)
    case (.wrapped(.autogradFunction, _), _), (_, .wrapped(.autogradFunction, _)): return false
    case (.dict(let a), .dict(let b)) where a === b: return true
    case (.dict(let a), .dict(let b)):
      guard a.count == b.count else { return false }
      for (key, value) in zip(a.keys, a.values) {
        guard let other = try? b.get(key), pythonEquals(value, other) else { return false }
      }
      return true
    case (.range(let a, let b, let c), .range(let x, let y, let z)):
      let first = Interpreter.rangeCount(a, b, c)
      let second = Interpreter.rangeCount(x, y, z)
      return first == second && (first == 0 || (a == x && (first == 1 || c == z)))
    case (.userFunction(let a), .userFunction(let b)): return a === b
    // Method descriptors (`str.lower`) and bound methods whose objects' identity is known; `compare` refuses the rest.
    case (.method, .method), (.boundMethod, .boundMethod): return (try? methodEquality(left, right)) == true
    case (.object, _), (_, .object), (.classObject, _), (_, .classObject): return Interpreter.sameObject(left, right)
    // A module's C function is one object (`bisect.bisect is bisect.bisect_right`).
    case (.userFunction(let a), .userFunction(let b)) where a.standsForBuiltin && b.standsForBuiltin:
      return a.module == b.module && a.definition.qualifiedName == b.definition.qualifiedName
    case (.set(let a), .set(let b)):
      guard a.count == b.count else { return false }
      for item in a.elements.keys where (try? b.contains(item)) != true { return false }
      return true
    default: return false
    }
  }

  /// CPython's TypeError for ordering an `np.str_` or `np.bytes_` against a Python value of another kind (a number,
  /// None, a container, bytes for a str or str for bytes, of either kind), naming NumPy's type as CPython does (the comparison below
  /// runs on the plain str and would name `str`). nil for any other pair.
  private static func textScalarOrderMismatch(_ op: ComparisonOperator, _ left: Value, _ right: Value) -> PythonError? {
    guard [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) else { return nil }
    func isMismatch(_ text: Value, _ other: Value) -> Bool {
      guard case .textScalar(_, let isBytes) = text else { return false }
      switch other {
      case .string: return isBytes
      case .bytes: return !isBytes
      case .textScalar(_, let otherIsBytes): return otherIsBytes != isBytes
      default:
        let plain = ["int", "float", "bool", "complex", "NoneType", "list", "tuple", "set", "frozenset", "dict"]
        return plain.contains(other.typeName)
      }
    }
    guard isMismatch(left, right) || isMismatch(right, left) else { return nil }
    return PythonError.type(
      "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
  }

  /// Python's ordering comparisons for numbers, strings and sequences.
  private static func pythonOrder(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Bool {
    let (isNumber, order) = numericOrder(left, right)
    if isNumber {
      guard let order else { return false }
      return holds(op, order < 0, order == 0)
    }
    switch (left, right) {
    // A bytes value's scalars are its bytes, so their order is the bytes' (CPython's memcmp).
    case (.string(let a), .string(let b)), (.bytes(let a), .bytes(let b)):
      return holds(
        op, a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars),
        a.unicodeScalars.elementsEqual(b.unicodeScalars))
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)):
      // Each item is itself, so equal to itself (a NaN too, as CPython checks identity first).
      if a === b { return holds(op, false, true) }
      for (x, y) in zip(a, b) where !pythonEquals(x, y) {
        // Two NaN floats (or complex numbers with a NaN) are equal here only if they are one object, not tracked.
        if Value.mayBeOneSelfUnequalObject(x, y) { throw nanIdentityError }
        return try pythonOrder(op, x, y)
      }
      return holds(op, a.count < b.count, a.count == b.count)
    case (.set(let a), .set(let b)):
      // Sets order by inclusion, a partial order: `{1} <= {2}` and `{2} <= {1}` are both False.
      func within(_ small: SetBox, _ large: SetBox) -> Bool {
        small.count <= large.count && small.elements.keys.allSatisfy { (try? large.contains($0)) == true }
      }
      switch op {
      case .less: return a.count < b.count && within(a, b)
      case .lessOrEqual: return within(a, b)
      case .greater: return b.count < a.count && within(b, a)
      case .greaterOrEqual: return within(b, a)
      default: return holds(op, false, pythonEquals(left, right))
      }
    default:
      throw PythonError.type(
        "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
    }
  }

  private static func holds(_ op: ComparisonOperator, _ less: Bool, _ equal: Bool) -> Bool {
    switch op {
    case .less: less
    case .lessOrEqual: less || equal
    case .greater: !less && !equal
    case .greaterOrEqual: !less
    case .equal: equal
    case .notEqual: !equal
    case .in, .notIn, .is, .isNot: false
    }
  }
}

extension Value {
  /// True for a value that `==` calls unequal to itself: a NaN float, a complex number with a NaN part, a NumPy
  /// float or complex scalar holding a NaN, a NaT scalar. Inside a container comparison or a search CPython takes
  /// such a value for equal to another only when the two are one object, which snippets do not track.
  var isSelfUnequal: Bool {
    switch self {
    case .float(let x): return x.isNaN
    case .complex(let z): return z.real.isNaN || z.imag.isNaN
    case .tensor(let tensor) where tensor.isScalar:
      switch tensor.storage {
      case .float64(let values): return values.first?.isNaN ?? false
      case .complex128(let values): return values.first.map { $0.real.isNaN || $0.imag.isNaN } ?? false
      default: return false
      }
    case .dateArray(let dates): return dates.isScalar && dates.values.first == DateTimes.notATime
    default: return false
    }
  }

  /// True when the value is `isSelfUnequal` or a list, tuple or dict holds one at any depth.
  var holdsSelfUnequal: Bool {
    switch self {
    case .list(let items), .tuple(let items): items.contains { $0.holdsSelfUnequal }
    case .dict(let dict): dict.keys.contains { $0.holdsSelfUnequal } || dict.values.contains { $0.holdsSelfUnequal }
    default: isSelfUnequal
    }
  }

  /// True when both are one NumPy array object (`a is a`), which a search takes for equal without calling `==`.
  static func sameArrayObject(_ left: Value, _ right: Value) -> Bool {
    guard case .tensor(let a) = left, case .tensor(let b) = right, !a.isScalar, !b.isScalar else { return false }
    return a.isSameObject(as: b)
  }

  /// True when `left` and `right` are both unequal to themselves and of one type, so they might be one object, which
  /// would make them equal wherever CPython asks `is` before `==`.
  static func mayBeOneSelfUnequalObject(_ left: Value, _ right: Value) -> Bool {
    switch (left, right) {
    case (.float, .float), (.complex, .complex), (.tensor, .tensor), (.dateArray, .dateArray):
      left.isSelfUnequal && right.isSelfUnequal
    default: false
    }
  }
}

extension Operators {
  /// `left == right` for plain values — ints, floats, texts, bools, None, and lists and tuples of them — as CPython
  /// decides it, without the general comparison's questions about arrays, objects, dates and text arrays (a search
  /// of a list of 3,000 pairs asked them at every item); nil for anything else, and where only identity would decide
  /// (a NaN met by a NaN), which the general path refuses.
  static func plainEquals(_ left: Value, _ right: Value) -> Bool? {
    switch (left, right) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x.isNaN && y.isNaN ? nil : x == y
    // An int of at most 53 bits is exactly a double, so comparing them as doubles is Python's exact comparison.
    case (.int(let x), .float(let y)) where x.magnitude <= exactDoubleIntegers: return Double(x) == y
    case (.float(let x), .int(let y)) where y.magnitude <= exactDoubleIntegers: return x == Double(y)
    case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.bool(let x), .bool(let y)): return x == y
    case (.none, .none): return true
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)):
      if a === b { return true }
      if case .list = left, a.count != b.count { return false }
      for (x, y) in zip(a, b) {
        guard let equal = plainEquals(x, y) else { return nil }
        if !equal { return false }
      }
      return a.count == b.count
    default: return nil
    }
  }

  /// `op` between two tuples (or two lists) of plain items, as CPython's sequence comparison: the first pair of items
  /// that differ decides, else the lengths do. Nil where an item pair is not plain (`plainEquals`), or differs in a
  /// way only the general comparison answers (an int against a float, texts against numbers: its TypeError).
  static func plainSequenceOrder(_ op: ComparisonOperator, _ a: ValueList, _ b: ValueList) -> Bool? {
    switch op {
    case .in, .notIn, .is, .isNot: return nil
    default: break
    }
    var index = 0
    while index < a.count && index < b.count {
      let (x, y) = (a[index], b[index])
      guard let equal = plainEquals(x, y) else { return nil }
      if !equal {
        switch op {
        case .equal: return false
        case .notEqual: return true
        default: return plainOrder(op, x, y)
        }
      }
      index += 1
    }
    let (m, n) = (a.count, b.count)
    switch op {
    case .equal: return m == n
    case .notEqual: return m != n
    case .less: return m < n
    case .lessOrEqual: return m <= n
    case .greater: return m > n
    case .greaterOrEqual: return m >= n
    case .in, .notIn, .is, .isNot: return nil
    }
  }

  /// The largest magnitude below which every int is exactly a double.
  private static let exactDoubleIntegers: UInt = 1 << 53

  /// `left < right` for plain items (`plainEquals`'s), nil for other pairs.
  static func plainLess(_ left: Value, _ right: Value) -> Bool? { plainOrder(.less, left, right) }

  /// `op` (an order) between two plain items; nil for other pairs.
  private static func plainOrder(_ op: ComparisonOperator, _ left: Value, _ right: Value) -> Bool? {
    func ordered<T: Comparable>(_ x: T, _ y: T) -> Bool? {
      switch op {
      case .less: x < y
      case .lessOrEqual: x <= y
      case .greater: x > y
      case .greaterOrEqual: x >= y
      default: nil
      }
    }
    switch (left, right) {
    case (.int(let x), .int(let y)): return ordered(x, y)
    case (.float(let x), .float(let y)): return ordered(x, y)
    case (.int(let x), .float(let y)) where x.magnitude <= exactDoubleIntegers: return ordered(Double(x), y)
    case (.float(let x), .int(let y)) where y.magnitude <= exactDoubleIntegers: return ordered(x, Double(y))
    case (.string(let x), .string(let y)):
      // UTF-8 bytes order as code points do; `x < y` for Swift strings would compare them as Unicode text.
      let order = x.utf8.lexicographicallyPrecedes(y.utf8) ? 0 : x.utf8.elementsEqual(y.utf8) ? 1 : 2
      return ordered(order, 1)
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)): return plainSequenceOrder(op, a, b)
    default: return nil
    }
  }
}
