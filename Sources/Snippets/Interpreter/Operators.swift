import TensorCore

/// Python's arithmetic and comparisons over values: Python semantics for Python numbers and containers, NumPy's
/// (through the core) as soon as a tensor takes part.
enum Operators {
  /// `left op right`.
  static func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    // Two arrays, the common case in a loop, go straight to the core (the tests below would each copy both).
    if case .tensor(let a) = left, case .tensor(let b) = right,
      op != .matrixMultiply || !(isScalarOperand(left) && isScalarOperand(right))
    {
      if a.isFlatIterator && b.isFlatIterator { try FlatIterator.checkOperands(op.rawValue, left, right) }
      return .tensor(try core { try arrays(op, a, b) })
    }
    if case .rawArray(let array) = left { return try binary(op, .tensor(try array.values()), right) }
    if case .rawArray(let array) = right { return try binary(op, left, .tensor(try array.values())) }
    if op == .multiply, let repeated = try repeatedBytearray(left, right) { return repeated }
    if case .bytearray(let memory) = left {
      // `bytearray % values` formats as bytes do and gives a bytearray.
      if op == .modulo, case .bytes(let formatted) = try binary(op, PythonBytes.value(memory.bytes), right) {
        return .bytearray(ByteMemory(PythonBytes.raw(formatted), isMutable: true))
      }
      if case .bytes = right, op == .add || op == .multiply,
        case .bytes(let joined) = try binary(op, PythonBytes.value(memory.bytes), right)
      {
        return .bytearray(ByteMemory(PythonBytes.raw(joined), isMutable: true))
      }
      if case .int = right, op == .multiply,
        case .bytes(let joined) = try binary(op, PythonBytes.value(memory.bytes), right)
      {
        return .bytearray(ByteMemory(PythonBytes.raw(joined), isMutable: true))
      }
    }
    if case .bytearray(let memory) = right, case .bytes = left, op == .add {
      return try binary(op, left, PythonBytes.value(memory.bytes))
    }
    if left.isDateValue || right.isDateValue { return try DateTimes.binary(op, left, right) }
    if case .structArray = left { throw StructuredArrays.refusal("arithmetic") }
    if case .structArray = right { throw StructuredArrays.refusal("arithmetic") }
    if case .complex = left, let real = pythonFloatOperand(right),
      op == .add || op == .subtract || op == .multiply || op == .divide || op == .power
    {
      return try PythonComplex.binary(op, left, .float(real)) ?? .none
    }
    if case .textArray = left { return try StringArrays.binary(op, left, right) }
    if case .textArray = right { return try StringArrays.binary(op, left, right) }
    // `np.str_` is a str: Python's operators on it give plain str results.
    if case .textScalar(let text, let isBytes) = left {
      return try binary(op, isBytes ? .bytes(text) : .string(text), right)
    }
    if case .textScalar(let text, let isBytes) = right {
      return try binary(op, left, isBytes ? .bytes(text) : .string(text))
    }
    if op == .multiply, let repeated = try repeatedByNumpyScalar(left, right) { return repeated }
    if op == .modulo, case .string(let text) = left, case .bytes = right {
      return .string(try Interpreter.percentFormat(text, right))
    }
    // `bytes % array` is bytes formatting and `bytes * array` refused as a repetition (`PythonBytes.binary`).
    if isTensor(left) || isTensor(right), case .bytes = isTensor(left) ? right : left, op != .multiply,
      op != .modulo || isTensor(left)
    {
      // NumPy makes the bytes an `S` array, for which its arithmetic loops find none (or repeat it, for `*`).
      throw StringArrays.refusal("arithmetic between an array and a bytes value")
    }
    if let result = try PythonBytes.binary(op, left, right) { return result }
    if op == .subtract, case .set(let a) = left, case .set(let b) = right { return .set(try a.subtracting(b)) }
    if op == .modulo, case .string(let text) = left { return .string(try Interpreter.percentFormat(text, right)) }
    if isTensor(left) || isTensor(right) {
      try FlatIterator.checkOperands(op.rawValue, left, right)
      if case .string = left { throw StringArrays.refusal("arithmetic between an array and a str") }
      if case .string = right { throw StringArrays.refusal("arithmetic between an array and a str") }
      if case .bigInt(let big) = left, case .tensor(let array) = right {
        return try namingOperands(left, right) { () throws(PythonError) in
          try binary(op, try bigIntOperand(big, op, array), right)
        }
      }
      if case .bigInt(let big) = right, case .tensor(let array) = left {
        return try namingOperands(left, right) { () throws(PythonError) in
          try binary(op, left, try bigIntOperand(big, op, array))
        }
      }
      guard isArrayLike(left), isArrayLike(right) else {
        if case .tensor(let array) = left, op != .matrixMultiply,
          let error = objectLoopError(op.messageSymbol, array: array, other: right, arrayFirst: true)
        {
          throw error
        }
        if case .tensor(let array) = right, op != .matrixMultiply,
          let error = objectLoopError(op.messageSymbol, array: array, other: left, arrayFirst: false)
        {
          throw error
        }
        if op == .matrixMultiply, let error = objectMatrixProductError(left, right) { throw error }
        throw PythonError.type(
          "unsupported operand type(s) for \(op.messageSymbol): '\(left.typeName)' and '\(right.typeName)'")
      }
      // NumPy scalars define no `@`: two scalars (or a scalar and a Python number) are Python's TypeError.
      if op == .matrixMultiply && isScalarOperand(left) && isScalarOperand(right) {
        throw PythonError.type(
          "unsupported operand type(s) for \(op.messageSymbol): '\(left.typeName)' and '\(right.typeName)'")
      }
      let a = try arithmeticOperand(left, beside: right)
      let b = try arithmeticOperand(right, beside: left)
      return .tensor(try core { try arrays(op, a, b) })
    }
    if let result = try PythonComplex.binary(op, left, right) { return result }
    var number = try PythonNumbers.binary(op, left, right)
    if number == nil { number = try pythonNumbers(op, left, right) }
    if let result = number {
      // An int too large for a float (a big int beside a float operand) converts to none: nothing of it was noted.
      if Tensor.approximateResultsMayExist, case .float(let made) = result {
        ApproximateFloats.carry(
          op, (try? PythonNumbers.double(left)).flatMap { $0 } ?? 0,
          (try? PythonNumbers.double(right)).flatMap { $0 } ?? 0,
          into: made)
      }
      return result
    }
    if let result = try sequences(op, left, right) { return result }
    throw PythonError.type(
      "unsupported operand type(s) for \(op.messageSymbol): '\(left.typeName)' and '\(right.typeName)'")
  }

  /// The value of an `np.float64` scalar, which is a subclass of Python's float: a Python complex on the left of
  /// `+ - * / **` takes it as a float and gives a Python complex (`1j + np.float64(3.0)` is `(3+1j)`, not NumPy's
  /// `np.complex128(3+1j)`), because its type is not a subclass of complex and so complex's own method runs first.
  /// Nil for other values, and for a value autograd would hold as a box (not a float: its own method runs).
  static func pythonFloatOperand(_ value: Value) -> Double? {
    guard case .tensor(let tensor) = value, tensor.isScalar, !tensor.isPythonScalar, tensor.dtype == .float64,
      case .float64(let values) = tensor.storage, values.count == 1, !AutogradTracing.isTraced(value)
    else { return nil }
    return values[0]
  }

  /// True for a NumPy scalar (not a 0-d array) or a Python number.
  private static func isScalarOperand(_ value: Value) -> Bool {
    switch value {
    case .int, .bool, .float, .bigInt, .complex: true
    case .tensor(let tensor): tensor.isScalar || tensor.isPythonScalar
    default: false
    }
  }

  /// `body`'s result, or its error with `left`'s and `right`'s own type names when it is Python's "unsupported
  /// operand type(s)": a big int goes in as a float, but CPython names the int (`2**70 // np.complex128(1j)`).
  private static func namingOperands(
    _ left: Value, _ right: Value, _ body: () throws(PythonError) -> Value
  ) throws(PythonError) -> Value {
    do {
      return try body()
    } catch {
      let prefix = "unsupported operand type(s) for "
      guard error.type == "TypeError", error.message.hasPrefix(prefix),
        let colon = error.message.firstIndex(of: ":")
      else { throw error }
      throw PythonError.type(
        error.message[...colon] + " '\(left.typeName)' and '\(right.typeName)'")
    }
  }

  /// A Python int beyond 64 bits against an array, as NumPy 2 takes it: a float for a float or complex array and
  /// in true division (its float64 loop), and otherwise the OverflowError of its conversion to a C long.
  private static func bigIntOperand(_ big: BigInt, _ op: BinaryOperator, _ array: Tensor) throws(PythonError) -> Value {
    guard array.dtype.isInexact || op == .divide else {
      // A uint64 array takes an int below 2**64 as a uint64.
      if array.dtype == .uint64, let unsigned = Value.unsignedOperand(.bigInt(big), beside: array) {
        return .tensor(unsigned)
      }
      throw bigIntConversionError(big, beside: array.dtype)
    }
    guard let double = big.double else { throw PythonError("OverflowError", "int too large to convert to float") }
    return .float(double)
  }

  /// NumPy's error converting a Python int past 64 bits for an integer or bool operand's loop: a C long's
  /// OverflowError, except that a uint32 operand reads it as an unsigned long first, so an int from 2**63 to
  /// 2**64 - 1 fits that and then fails uint32's range check (`np.uint32(5) + 2**63`).
  static func bigIntConversionError(_ big: BigInt, beside dtype: DType) -> PythonError {
    if dtype == .uint32, !big.negative, big.bitWidth <= 64 {
      return PythonError("OverflowError", "Python integer \(big.decimal()) out of bounds for uint32")
    }
    return PythonError("OverflowError", "Python int too large to convert to C long")
  }

  /// `a op b` for two arrays, NumPy's operator.
  private static func arrays(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
    switch op {
    case .add: try a.adding(b)
    case .subtract: try a.subtracting(b)
    case .multiply: try a.multiplying(b)
    case .divide: try a.dividing(b)
    case .power: try a.powerOperator(b)
    case .matrixMultiply: try a.matmul(b)
    case .floorDivide: try a.floorDivided(by: b)
    case .modulo: try a.remainder(b)
    }
  }

  /// `value` as an operand of arithmetic with `other`: a Python float beside a float64 array is a constant with no
  /// graph node (`Tensor.pythonFloatOperand`; the result is float64 and recorded, so nothing is lost: the operand
  /// cannot be differentiated and never outlives the operation except as the recorded result's input); anything
  /// else as `toTensor` converts it (beside a float32 or complex array the result may take a detour node, which
  /// looks for an operand with a node).
  private static func arithmeticOperand(_ value: Value, beside other: Value) throws(PythonError) -> Tensor {
    if case .float(let number) = value, case .tensor(let array) = other, array.dtype == .float64 {
      // A float taken from a decomposition's result keeps its mark (`np.float64(2.0) * x`), as `toTensor` keeps it.
      guard Tensor.approximateResultsMayExist else { return Tensor.pythonFloatOperand(number) }
      return ApproximateFloats.decompositionOfOperand(Tensor.pythonFloatOperand(number), madeFrom: number)
    }
    return try value.toTensor()
  }

  /// True for what NumPy turns into an array operand: numbers, lists, tuples, ranges and arrays.
  /// True for a Python value NumPy wraps as a 0-d array of dtype object when it meets an array in an operator: None,
  /// a dict, a set, a function, a module (not a number, a sequence or text, which it converts to numbers or text).
  static func wrapsAsObject(_ value: Value) -> Bool {
    switch value {
    case .none, .dict, .set, .userFunction, .module: true
    default: false
    }
  }

  /// True when an array or NumPy scalar meets a value NumPy wraps as an object array (`wrapsAsObject`): the TypeError
  /// then comes from the object loop's own operator, which an augmented assignment does not rename (`+`, not `+=`).
  static func meetsObjectLoop(_ left: Value, _ right: Value) -> Bool {
    if case .tensor = left, wrapsAsObject(right) { return true }
    if case .tensor = right, wrapsAsObject(left) { return true }
    return false
  }

  /// NumPy's error for an in-place operator of an array (not a NumPy scalar) with a value it wraps as an object
  /// array (`wrapsAsObject`): the ufunc's object result cannot be cast back into the array's dtype, whatever the
  /// elements (an empty array too).
  static func objectOutputCastError(_ ufunc: String, into array: Tensor) -> PythonError {
    PythonError.ufuncOutputCast(ufunc, from: "dtype('O')", to: "dtype('\(array.dtype.rawValue)')")
  }

  /// NumPy's error for an array or NumPy scalar `array` meeting `other` (`wrapsAsObject`) in an operator or an
  /// ordering comparison (`comparison`): its object loop applies Python's operator to the first element, made a
  /// Python bool, int, float or complex, and `other`, which raises Python's TypeError naming the two in the operands'
  /// order (`arrayFirst`). Nil for other values; an empty array, whose result NumPy gives as an empty array of dtype
  /// object, is refused.
  static func objectLoopError(
    _ symbol: String, array: Tensor, other: Value, arrayFirst: Bool, comparison: Bool = false
  ) -> PythonError? {
    switch other {
    case .function, .method, .boundMethod, .classObject, .wrapped:
      // NumPy wraps these too, but names them by Python's own types, which snippets' values do not all carry.
      return PythonError.limit(
        "\(symbol) between a NumPy value and a function or class is not supported in snippets: NumPy applies it to "
          + "each element and the object in an array of dtype object")
    default: break
    }
    guard wrapsAsObject(other) else { return nil }
    if array.size == 0 {
      return PythonError.limit(
        "\(symbol) between an empty array and a \(other.typeName) value is not supported in snippets: NumPy gives an "
          + "empty array of dtype object")
    }
    let element =
      array.dtype == .bool ? "bool" : array.dtype.isComplex ? "complex" : array.dtype.isFloat ? "float" : "int"
    let (first, second) = arrayFirst ? (element, other.typeName) : (other.typeName, element)
    if comparison {
      return PythonError.type("'\(symbol)' not supported between instances of '\(first)' and '\(second)'")
    }
    return PythonError.type("unsupported operand type(s) for \(symbol): '\(first)' and '\(second)'")
  }

  /// NumPy's error for `@` between an array and a value it wraps as a 0-d object array (`wrapsAsObject`): matmul
  /// names the first operand without the one dimension its signature needs. Nil where a NumPy scalar takes part
  /// (it has no `@`: Python's TypeError) or neither operand is such a value.
  static func objectMatrixProductError(_ left: Value, _ right: Value) -> PythonError? {
    guard wrapsAsObject(left) || wrapsAsObject(right) else { return nil }
    for operand in [left, right] {
      if case .tensor(let array) = operand, array.isScalar { return nil }
    }
    let leftIsArray: Bool
    if case .tensor(let array) = left { leftIsArray = array.ndim > 0 } else { leftIsArray = false }
    return PythonError.value(
      "matmul: Input operand \(leftIsArray ? 1 : 0) does not have enough dimensions (has 0, gufunc core with "
        + "signature (n?,k),(k,m?)->(n?,m?) requires 1)")
  }

  static func isArrayLike(_ value: Value) -> Bool {
    switch value {
    case .bool, .int, .float, .complex, .list, .tuple, .range, .tensor: true
    default: false
    }
  }

  /// True for NumPy values; when one takes part, NumPy converts the other operand (lists included).
  private static func isTensor(_ value: Value) -> Bool {
    if case .tensor = value { return true }
    return false
  }

  private static func number(_ value: Value) -> Double? {
    switch value {
    case .bool(let flag): flag ? 1 : 0
    case .int(let int): Double(int)
    case .float(let double): double
    default: nil
    }
  }

  private static func integer(_ value: Value) -> Int? {
    switch value {
    case .bool(let flag): flag ? 1 : 0
    case .int(let int): int
    default: nil
    }
  }

  /// Python's int/float arithmetic (bools count as ints), or nil when an operand is not a Python number.
  private static func pythonNumbers(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    guard let x = number(left), let y = number(right) else { return nil }
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .divide:
      guard y != 0 else {
        let bothInts = integer(left) != nil && integer(right) != nil
        throw PythonError("ZeroDivisionError", bothInts ? "division by zero" : "float division by zero")
      }
      return .float(x / y)
    case .power:
      if x == 0 && y < 0 { throw PythonError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
      return try PythonNumbers.floatPower(x, y)
    case .matrixMultiply, .floorDivide, .modulo:
      return nil
    }
  }

  /// `name += suffix` of a name holding a str, appended where the name held it: with the name's own reference dropped
  /// first, a text nothing else holds grows in place (CPython's own shortcut for `s += t`), where `a + b` copied the
  /// whole text at every step and charged for it, so a loop building a 10^5-character text passed the work budget.
  /// Charged for the bytes moved: the suffix, or the whole text where it was copied (another name or a kept
  /// `TextPositions` layout holds it, or its buffer grew).
  static func appendInPlace(_ value: inout Value, _ suffix: String) throws(PythonError) {
    guard case .string(var text) = value else { return }
    let length = text.utf8.count + suffix.utf8.count
    if length > maxElementCount { throw tooLarge }
    value = .none
    let start = TextPositions.withBytes(of: text) { UnsafeRawPointer($0.baseAddress) }
    text.append(suffix)
    let grewInPlace = TextPositions.withBytes(of: text) { UnsafeRawPointer($0.baseAddress) } == start
    value = .string(text)
    let moved = grewInPlace ? suffix.utf8.count : length
    try WorkMeter.charge(moved)
    try core { try ResourceMeter.chargePythonValue(bytes: moved) }
  }

  /// Concatenation and repetition of strings, lists and tuples, bounded by the element limit.
  private static func sequences(_ op: BinaryOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value? {
    switch (op, left, right) {
    case (.add, .string(let a), .string(let b)):
      if a.utf8.count + b.utf8.count > maxElementCount { throw tooLarge }
      try WorkMeter.charge(a.utf8.count + b.utf8.count)
      try core { try ResourceMeter.chargePythonValue(bytes: a.utf8.count + b.utf8.count) }
      return .string(a + b)
    case (.add, .list(let a), .list(let b)): return try .makeList(Array(a) + Array(b))
    case (.add, .tuple(let a), .tuple(let b)): return try .makeTuple(Array(a) + Array(b))
    case (.add, .string, _): throw PythonError.type("can only concatenate str (not \"\(right.typeName)\") to str")
    case (.add, .list, _): throw PythonError.type("can only concatenate list (not \"\(right.typeName)\") to list")
    case (.add, .tuple, _): throw PythonError.type("can only concatenate tuple (not \"\(right.typeName)\") to tuple")
    case (.multiply, .string, _), (.multiply, .list, _), (.multiply, .tuple, _):
      return try repeated(left, times: right)
    case (.multiply, _, .string), (.multiply, _, .list), (.multiply, _, .tuple):
      return try repeated(right, times: left)
    default: return nil
    }
  }

  private static var tooLarge: PythonError {
    var error = PythonError.limit("a value may hold at most \(maxElementCount) elements", type: "MemoryError")
    error.isLimit = true  // docbuild's limit: Python would make the value
    return error
  }

  /// `items` `copies` times over, in one buffer (a joined array of arrays took seconds for `[0] * 10**7`).
  private static func repeatedItems(_ items: [Value], _ copies: Int) -> [Value] {
    var result: [Value] = []
    result.reserveCapacity(items.count * copies)
    for _ in 0..<copies { result.append(contentsOf: items) }
    return result
  }

  /// `[1, 2] * np.int64(2)` and `np.int64(2) * 'ab'`: a NumPy scalar gives way to a Python sequence, which repeats
  /// by the scalar's `__index__`; a NumPy float, bool or complex has none, which is Python's TypeError (never
  /// NumPy's element-wise product, which only a 0-d array or an array makes).
  /// `bytearray * n` and `n * bytearray`, a new bytearray repeated by the count's `__index__`: a Python int or bool,
  /// or a NumPy integer, whose multiplication gives way to the bytearray's repetition (NumPy's bool has no
  /// `__index__`). Nil for other operands.
  private static func repeatedBytearray(_ left: Value, _ right: Value) throws(PythonError) -> Value? {
    let memory: ByteMemory
    let count: Value
    switch (left, right) {
    case (.bytearray(let bytes), _): (memory, count) = (bytes, right)
    case (_, .bytearray(let bytes)): (memory, count) = (bytes, left)
    default: return nil
    }
    let times: Int
    switch count {
    case .int(let number): times = number
    case .bool(let flag): times = flag ? 1 : 0
    case .bigInt: throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer")
    case .tensor(let scalar) where scalar.isScalar && !scalar.isPythonScalar && scalar.dtype == .bool:
      throw PythonError.type("can't multiply sequence by non-int of type '\(count.typeName)'")
    case .tensor(let scalar) where scalar.isScalar && !scalar.isPythonScalar && scalar.dtype.isInteger:
      if count.isHighUnsigned { throw count.cannotFitIndex("OverflowError") }
      times = try count.toInt()
    case .tensor(let array) where !array.isScalar: throw arrayTimesBytearray
    default: return nil
    }
    guard case .bytes(let joined)? = try PythonBytes.binary(.multiply, PythonBytes.value(memory.bytes), .int(times))
    else { return nil }
    return .bytearray(ByteMemory(PythonBytes.raw(joined), isMutable: true))
  }

  /// Why an array times a bytearray is refused: NumPy reads the bytearray's buffer as a uint8 array and multiplies.
  static let arrayTimesBytearray = PythonError.limit(
    "an array times a bytearray is not supported in snippets: NumPy reads the bytearray's buffer as a uint8 array")

  private static func repeatedByNumpyScalar(_ left: Value, _ right: Value) throws(PythonError) -> Value? {
    let sequence: Value
    let count: Tensor
    switch (left, right) {
    case (.string, .tensor(let scalar)), (.list, .tensor(let scalar)), (.tuple, .tensor(let scalar)),
      (.bytes, .tensor(let scalar)):
      (sequence, count) = (left, scalar)
    case (.tensor(let scalar), .string), (.tensor(let scalar), .list), (.tensor(let scalar), .tuple),
      (.tensor(let scalar), .bytes):
      (sequence, count) = (right, scalar)
    default:
      return nil
    }
    guard count.isScalar else { return nil }
    guard case .int(let times) = try core({ try count.item() }) else {
      throw PythonError.type("can't multiply sequence by non-int of type '\(Value.tensor(count).typeName)'")
    }
    if count.dtype == .uint64, times < 0 { throw Value.tensor(count).cannotFitIndex("OverflowError") }
    return try binary(.multiply, sequence, .int(Int(times)))
  }

  private static func repeated(_ sequence: Value, times count: Value) throws(PythonError) -> Value {
    if case .bigInt = count { throw PythonError("OverflowError", "cannot fit 'int' into an index-sized integer") }
    guard let times = integer(count) else {
      throw PythonError.type("can't multiply sequence by non-int of type '\(count.typeName)'")
    }
    let copies = max(times, 0)
    func checked(_ length: Int) throws(PythonError) {
      if length > 0, copies > maxElementCount / length {
        throw tooLarge
      }
    }
    switch sequence {
    case .string(let text):
      try checked(text.utf8.count)
      try WorkMeter.charge(text.utf8.count * copies)
      try core { try ResourceMeter.chargePythonValue(bytes: text.utf8.count * copies) }
      return .string(String(repeating: text, count: copies))
    case .list(let items):
      try checked(items.weight)
      return try .makeList(repeatedItems(items.items, copies))
    case .tuple(let items):
      try checked(items.weight)
      return try .makeTuple(repeatedItems(items.items, copies))
    default:
      throw PythonError.type("can't multiply sequence by non-int of type '\(count.typeName)'")
    }
  }
}
