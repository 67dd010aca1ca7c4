import TensorCore

extension Operators {
  /// `-x` and `+x`.
  static func unary(_ op: UnaryOperator, _ operand: Value) throws(PythonError) -> Value {
    switch (op, operand) {
    case (.negate, .tensor(let tensor)): return .tensor(try core { try tensor.negated() })
    case (.plus, .tensor): return operand
    case (.negate, .float(let value)): return .float(-value)
    case (.plus, .float): return operand
    case (_, .bool(let flag)): return try unary(op, .int(flag ? 1 : 0))
    case (.negate, .int(let value)):
      guard value != Int.min else {
        throw PythonError("OverflowError", "integer result of '-' does not fit in 64 bits")
      }
      return .int(-value)
    case (.plus, .int): return operand
    default: throw PythonError.type("bad operand type for unary \(op.rawValue): '\(operand.typeName)'")
    }
  }

  /// One comparison `left op right`: element-wise for tensors, Python's for everything else.
  static func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Value {
    if case .tensor = left { return try compareTensors(op, left, right) }
    if case .tensor = right { return try compareTensors(op, left, right) }
    switch op {
    case .equal: return .bool(pythonEquals(left, right))
    case .notEqual: return .bool(!pythonEquals(left, right))
    default: return .bool(try pythonOrder(op, left, right))
    }
  }

  private static func compareTensors(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError)
    -> Value
  {
    let a = try left.toTensor()
    let b = try right.toTensor()
    return .tensor(
      try core {
        switch op {
        case .equal: try a.equal(b)
        case .notEqual: try a.notEqual(b)
        case .less: try a.less(b)
        case .lessOrEqual: try a.lessEqual(b)
        case .greater: try a.greater(b)
        case .greaterOrEqual: try a.greaterEqual(b)
        }
      })
  }

  private static func numeric(_ value: Value) -> Double? {
    switch value {
    case .bool(let flag): flag ? 1 : 0
    case .int(let int): Double(int)
    case .float(let double): double
    default: nil
    }
  }

  /// Python's `==` for non-tensor values.
  static func pythonEquals(_ left: Value, _ right: Value) -> Bool {
    if let a = numeric(left), let b = numeric(right) {
      if case .int(let x) = left, case .int(let y) = right { return x == y }
      return a == b
    }
    switch (left, right) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.string(let a), .string(let b)): return a == b
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { pythonEquals($0, $1) }
    case (.dtype(let a), .dtype(let b)), (.dtype(let a), .scalarType(let b)), (.scalarType(let a), .dtype(let b)),
      (.scalarType(let a), .scalarType(let b)):
      return a == b
    case (.dtype(let a), .string(let b)), (.string(let b), .dtype(let a)): return a.rawValue == b
    case (.module(let a), .module(let b)), (.function(let a), .function(let b)): return a == b
    default: return false
    }
  }

  /// Python's ordering comparisons for numbers, strings and sequences.
  private static func pythonOrder(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws(PythonError) -> Bool {
    if let a = numeric(left), let b = numeric(right) {
      return a.isNaN || b.isNaN ? false : holds(op, a < b, a == b)
    }
    switch (left, right) {
    case (.string(let a), .string(let b)):
      return holds(op, a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars), a == b)
    case (.tuple(let a), .tuple(let b)), (.list(let a), .list(let b)):
      for (x, y) in zip(a, b) where !pythonEquals(x, y) {
        return try pythonOrder(op, x, y)
      }
      return holds(op, a.count < b.count, a.count == b.count)
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
    }
  }
}
