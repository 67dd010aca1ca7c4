import TensorCore

/// Python's `abs`, `sum`, `max` and `min`. A snippet is valid Python, so these bare names mean Python's builtins
/// (as after `import numpy as np`), while `np.sum` and friends are NumPy's; on arrays they agree with NumPy anyway.
enum PythonReductions {
  /// Python iterates at most this many items in one `sum`/`max`/`min` call here; `np.sum` has no such limit.
  static let maxIteratedItems = 1_000_000

  /// `abs(x)`.
  static func abs(_ call: CallArguments) throws(PythonError) -> Value {
    try call.rejectKeywords()
    guard call.positional.count == 1 else {
      throw PythonError.type("abs() takes exactly one argument (\(call.positional.count) given)")
    }
    switch call.positional[0] {
    case .tensor(let tensor) where tensor.isFlatIterator:
      throw PythonError.type("bad operand type for abs(): 'numpy.flatiter'")
    case .tensor(let tensor): return .tensor(try core { try tensor.abs() })
    case .float(let value): return .float(Swift.abs(value))
    case .complex(let value): return try PythonComplex.magnitude(value)
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .int(let value):
      guard value != Int.min else { return .integer(-BigInt(value)) }
      return .int(Swift.abs(value))
    case .bigInt(let value): return .integer(value.compare(BigInt(0)) < 0 ? -value : value)
    case let other: throw PythonError.type("bad operand type for abs(): '\(other.typeName)'")
    }
  }

  /// `sum(iterable, start=0)`: `start + item1 + item2 + …`, left to right, as Python adds.
  static func sum(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["iterable", "start"], required: 1)
    var total = bound.values["start"] ?? .int(0)
    if case .string = total { throw PythonError.type("sum() can't sum strings [use ''.join(seq) instead]") }
    if case .bytes = total { throw PythonError.type("sum() can't sum bytes [use b''.join(seq) instead]") }
    if case .bytearray = total {
      throw PythonError.type("sum() can't sum bytearray [use b''.join(seq) instead]")
    }
    for item in try items(of: bound.value("iterable"), for: "sum") {
      if let sum = Interpreter.fastArithmetic(.add, total, item) {
        total = sum
      } else {
        total = try Operators.binary(.add, total, item)
      }
    }
    return total
  }

  /// The items Python's `for` would see, capped for Python's own reductions (`np.sum` has no such cap).
  static func items(of value: Value, for function: String) throws(PythonError) -> [Value] {
    try Interpreter.chargeSequenceWork(value)
    let count: Int
    switch value {
    case .list(let items), .tuple(let items): count = items.count
    case .string(let text): count = text.unicodeScalars.count
    case .tensor(let tensor) where tensor.ndim > 0: count = tensor.shape[0]
    case .range(let start, let stop, let step): count = Interpreter.rangeCount(start, stop, step)
    default: count = 0
    }
    guard count <= maxIteratedItems else {
      // A refusal, not a ValueError a transcript could expect or an `except` catch: Python would sum them.
      throw PythonError.limit(
        "Python's \(function)() over more than \(maxIteratedItems) items is not supported; use np.\(function)")
    }
    return try Interpreter.iterationItems(value)
  }
}
