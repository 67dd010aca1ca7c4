import TensorCore

/// `& | ^ << >> ~`: NumPy's bitwise ufuncs on bool and integer arrays (masks such as `(a > 2) & (a < 5)`), Python's
/// bit operations on ints, set algebra and dict merging.
extension Interpreter {
  /// NumPy's ufunc behind each operator.
  static func ufunc(_ op: BitwiseOperator) -> BitwiseFunction {
    switch op {
    case .and: .and
    case .or: .or
    case .xor: .xor
    case .leftShift: .leftShift
    case .rightShift: .rightShift
    }
  }

  /// An in-place `a op= b` result cast back to `a`'s dtype under NumPy's `same_kind` rule (an int result does not go
  /// into a bool array), or NumPy's UFuncTypeError.
  static func castBitwiseInPlace(_ updated: Tensor, to array: Tensor, _ op: BitwiseOperator) throws(PythonError)
    -> Tensor
  {
    guard updated.dtype != array.dtype else { return updated }
    if !DType.canCast(updated.dtype, to: array.dtype, casting: "same_kind") {
      throw PythonError.ufuncOutputCast(ufunc(op).rawValue, from: updated.dtype, to: array.dtype)
    }
    return try core { try updated.astype(array.dtype) }
  }

  /// NumPy's TypeError or casting error for `array op= operand`, which it reports before any shape error.
  static func inPlaceBitwiseCastError(_ array: Tensor, _ operand: Value, _ op: BitwiseOperator) -> PythonError? {
    let function = ufunc(op)
    return inPlaceTypeError(array, operand, ufunc: function.rawValue) { a, b throws(PythonError) in
      let (x, y) = (try a.toTensor(), try b.toTensor())
      return .tensor(try core { try Tensor.bitwise(function, x, y) })
    }
  }

  /// `left | right` where a class's snippet metaclass defines `__or__` or `__ror__`, as CPython's binary operator
  /// tries them: the right operand's `__ror__` first when its metaclass is a proper subclass of the left operand's
  /// type, then the left's `__or__` (`type.__or__`, a union, for a class without one), then the right's `__ror__`
  /// (`type.__ror__`). Nil when neither metaclass defines them.
  private mutating func metaclassOr(_ left: Value, _ right: Value) throws(PythonError) -> Value? {
    func method(_ value: Value, _ name: String) -> (metaclass: ClassBox, function: Value, type: ClassBox)? {
      guard case .classObject(let type) = value, let metaclass = type.userMetaclass,
        let found = metaclass.lookUp(name)
      else { return nil }
      return (metaclass, found.value, type)
    }
    let leftOr = method(left, "__or__")
    let rightOr = method(right, "__ror__")
    guard leftOr != nil || rightOr != nil else { return nil }
    let leftIsClass: Bool =
      switch left {
      case .classObject, .scalarType, .none: true
      case .function(let name): Builtins.isType(name)
      default: false
      }
    guard leftIsClass else {
      // Another value's own `__or__` comes first in CPython; snippets ask a metaclass only beside classes.
      throw PythonError.limit(
        "'|' between a '\(left.typeName)' value and a class whose metaclass defines __ror__ is not part of the "
          + "snippet language")
    }
    func call(_ found: (metaclass: ClassBox, function: Value, type: ClassBox), _ other: Value) throws(PythonError)
      -> Value?
    {
      let result = try callValue(
        bind(found.function, to: .classObject(found.type), type: found.metaclass), arguments([other]))
      return result.isNotImplemented ? nil : result
    }
    var rightTried = false
    if let rightOr {
      let rightFirst: Bool =
        switch left {
        case .classObject(let type):
          type.userMetaclass.map { $0 !== rightOr.metaclass && rightOr.metaclass.isSubclass(of: $0) } ?? true
        case .scalarType: true
        case .function(let name): Builtins.isType(name)
        default: false
        }
      if rightFirst {
        rightTried = true
        if let result = try call(rightOr, left) { return result }
      }
    }
    if let leftOr {
      if let result = try call(leftOr, right) { return result }
    } else if Self.makesUnion(left, right), !left.isNone {
      return try bitwise(.or, left, right, metaclassesAsked: true)
    }
    if let rightOr, !rightTried, let result = try call(rightOr, left) { return result }
    if rightOr == nil, Self.makesUnion(left, right), !right.isNone {
      return try bitwise(.or, left, right, metaclassesAsked: true)
    }
    func shown(_ value: Value) -> String {
      if case .classObject(let type) = value, let metaclass = type.userMetaclass { return metaclass.name }
      return value.typeName
    }
    throw PythonError.type("unsupported operand type(s) for |: '\(shown(left))' and '\(shown(right))'")
  }

  /// `left op right`.
  mutating func bitwise(_ op: BitwiseOperator, _ left: Value, _ right: Value, metaclassesAsked: Bool = false)
    throws(PythonError) -> Value
  {
    if op == .or, !metaclassesAsked, let result = try metaclassOr(left, right) { return result }
    if op == .or, Self.makesUnion(left, right), Self.isAbstractBaseClass(left) || Self.isAbstractBaseClass(right) {
      throw NumpyArrays.unsupported(
        "a union of types (\(left.isNone ? "None" : "a class") | \(right.isNone ? "None" : "a class")) with a "
          + "collections.abc class is not supported in snippets")
    }
    if op == .or, Self.makesUnion(left, right) {
      // `int | None` is a `types.UnionType` (GenericAliasSource.swift; an annotation's, Annotations.swift, is
      // evaluated without one). A metaclass's `__or__` is refused where it is defined.
      let union = try pythonModuleMember("_generic_alias", "__docbuild_union__") ?? .none
      return try callValue(union, arguments([left, right]))
    }
    try FlatIterator.checkOperands(op.rawValue, left, right)
    if left.isObject || right.isObject {
      // A snippet class's `__and__`, then the right operand's `__rand__`, as Python tries them.
      let name = op.specialMethodSuffix
      if case .element? = try arrayObjectPlan(array: left, object: right, symbol: op.rawValue, mayDefer: true) {
        throw ArrayObjectOperands.elementwise(op.rawValue, right)
      }
      if case .object(let object) = left, let result = try callSpecial(object, "__" + name, [right]),
        !result.isNotImplemented
      {
        return result
      }
      if case .element? = try arrayObjectPlan(array: right, object: left, symbol: op.rawValue, mayDefer: false) {
        throw ArrayObjectOperands.elementwise(op.rawValue, left)
      }
      if case .object(let object) = right, let result = try callSpecial(object, "__r" + name, [left]),
        !result.isNotImplemented
      {
        return result
      }
      throw PythonError.type(
        "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
    }
    if op == .and || op == .or || op == .xor,
      let result = try setOperator(op == .and ? "&" : op == .or ? "|" : "^", left, right)
    {
      return result
    }
    switch (left, right) {
    case (.tensor(let array), .bigInt(let big)), (.bigInt(let big), .tensor(let array)):
      // NumPy resolves the loop first: none for a float or complex array (its TypeError, as for any float); an
      // integer or bool array's loop then fails to convert the int to a C long, but a uint64 array takes one below
      // 2**64 as a uint64.
      guard array.dtype.isInexact else {
        if array.dtype == .uint64, let unsigned = Value.unsignedOperand(.bigInt(big), beside: array) {
          if case .bigInt = left { return try bitwise(op, .tensor(unsigned), right) }
          return try bitwise(op, left, .tensor(unsigned))
        }
        throw Operators.bigIntConversionError(big, beside: array.dtype)
      }
      if case .bigInt = left { return try bitwise(op, .float(1), right) }
      return try bitwise(op, left, .float(1))
    case (.tensor, _), (_, .tensor):
      guard Operators.isArrayLike(left), Operators.isArrayLike(right) else { break }
      let a = try left.toTensor()
      let b = try right.toTensor()
      var result = try core { try Tensor.bitwise(Self.ufunc(op), a, b) }
      MemoryOrder.followElementwise(&result, [a, b])
      return .tensor(result)
    case (.bool(let a), .bool(let b)) where op != .leftShift && op != .rightShift:
      return .bool(op == .and ? a && b : op == .or ? a || b : a != b)
    case (.dict(let a), .dict(let b)) where op == .or:
      return try .makeDict(Array(zip(a.keys, a.values)) + Array(zip(b.keys, b.values)))
    default:
      break
    }
    if let a = Self.smallInteger(left), let b = Self.smallInteger(right) {
      switch op {
      case .and: return .int(a & b)
      case .or: return .int(a | b)
      case .xor: return .int(a ^ b)
      case .rightShift:
        if b < 0 { throw PythonError.value("negative shift count") }
        return .int(b >= Int.bitWidth ? (a < 0 ? -1 : 0) : a >> b)
      case .leftShift:
        if b < 0 { throw PythonError.value("negative shift count") }
        if a == 0 { return .int(0) }
        let magnitudeBits = Int.bitWidth - a.magnitude.leadingZeroBitCount
        try BigInt.checkSize(bits: magnitudeBits + b)
        if magnitudeBits + b < Int.bitWidth - 1 { return .int(a << b) }
        var result = BigInt(a)
        var remaining = b
        while remaining > 0 {
          let step = Swift.min(remaining, 30)
          result = result * BigInt(1 << step)
          remaining -= step
        }
        return .integer(result)
      }
    }
    let isPythonInt = { (value: Value) in value.typeName == "int" || value.typeName == "bool" }
    if let a = left.bigInteger, let b = right.bigInteger, isPythonInt(left), isPythonInt(right) {
      // An operand beyond 64 bits: two's complement on the limbs, as CPython's long_bitwise.
      switch op {
      case .and: return .integer(a.bitwise("&", b))
      case .or: return .integer(a.bitwise("|", b))
      case .xor: return .integer(a.bitwise("^", b))
      case .rightShift, .leftShift:
        if b.compare(BigInt(0)) < 0 { throw PythonError.value("negative shift count") }
        guard let count = b.asInt else {
          if op == .rightShift { return .int(a.compare(BigInt(0)) < 0 ? -1 : 0) }
          if a.isZero { return .int(0) }
          try BigInt.checkSize(bits: Int.max)
          return .int(0)
        }
        return .integer(op == .rightShift ? a.shiftedRight(count) : try a.shiftedLeft(count))
      }
    }
    // NumPy makes a str or bytes operand a string array, for which its bitwise loops find none.
    for (array, text) in [(left, right), (right, left)] {
      guard case .tensor = array else { continue }
      switch text {
      case .string, .bytes: throw StringArrays.refusal("\(op.rawValue) between an array and a \(text.typeName)")
      default: continue
      }
    }
    if case .tensor(let array) = left,
      let error = Operators.objectLoopError(op.rawValue, array: array, other: right, arrayFirst: true)
    {
      throw error
    }
    if case .tensor(let array) = right,
      let error = Operators.objectLoopError(op.rawValue, array: array, other: left, arrayFirst: false)
    {
      throw error
    }
    throw PythonError.type(
      "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
  }

  /// True for `d.keys()` and `d.items()`, which take part in set operators (`d.keys() & other`) as sets.
  static func isSetLikeView(_ value: Value) -> Bool {
    if case .dictView(let view, _) = value { return view != .values }
    return false
  }

  /// `~value`.
  mutating func invert(_ value: Value) throws(PythonError) -> Value {
    switch value {
    case .bool(let flag): return .int(~(flag ? 1 : 0))
    case .int(let int): return .int(~int)
    case .bigInt(let big): return .integer(-(big + BigInt(1)))
    case .object(let object):
      if let result = try callSpecial(object, "__invert__", []) { return result }
      throw PythonError.type("bad operand type for unary ~: '\(value.typeName)'")
    case .tensor(let tensor) where tensor.isFlatIterator:
      throw PythonError.type("bad operand type for unary ~: 'numpy.flatiter'")
    case .tensor(let tensor):
      var result = try core { try tensor.inverted() }
      MemoryOrder.followElementwise(&result, [tensor])
      return .tensor(result)
    default:
      throw PythonError.type("bad operand type for unary ~: '\(value.typeName)'")
    }
  }

  /// A Python int or bool as an Int (not NumPy scalars, not ints beyond 64 bits).
  private static func smallInteger(_ value: Value) -> Int? {
    switch value {
    case .int(let int): int
    case .bool(let flag): flag ? 1 : 0
    default: nil
    }
  }
}

extension BitwiseOperator {
  /// The special method names after `__`: `and__` for `__and__`, `__rand__` and `__iand__`.
  var specialMethodSuffix: String {
    switch self {
    case .and: "and__"
    case .or: "or__"
    case .xor: "xor__"
    case .leftShift: "lshift__"
    case .rightShift: "rshift__"
    }
  }
}
