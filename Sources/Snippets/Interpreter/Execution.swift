import TensorCore

/// What running one statement did.
struct Execution: Sendable {
  /// What it printed (echo and `print` output), each line ending in "\n".
  var printed = ""
  /// The exception it raised, if any; the namespace is then as it was before the statement.
  var error: PythonError?
  /// For `assert`: the claim's outcome.
  var claim: ClaimOutcome?
  /// For `gradients(...)`: the table.
  var gradientTable: GradientTable?
}

extension Interpreter {
  /// Runs one statement of `code`; names are bound only once everything has been evaluated, so a statement that
  /// raises leaves the namespace untouched.
  mutating func execute(_ statement: Statement, in code: [UInt8]) -> Execution {
    self.code = code
    printed = ""
    gradientTable = nil
    var execution = Execution()
    ResourceMeter.current?.beginStatement()
    defer { releaseUnreachableValues() }
    do throws(PythonError) {
      switch statement.kind {
      case .importNumpy(let alias):
        globals[alias] = .module("numpy")
      case .assignment(let targets, let expression):
        let value = try evaluate(expression)
        var bindings: [(String, Value)] = []
        for target in targets { try bind(target, to: value, into: &bindings) }
        for (name, bound) in bindings { globals[name] = bound }
      case .augmentedAssignment(let name, let op, let expression):
        let current = try lookUp(name)
        let operand = try evaluate(expression)
        try assignInPlace(name, current, op, operand)
      case .expression(let expression):
        let value = try evaluate(expression)
        if !value.isNone {
          var remaining = Interpreter.printLimit - printed.utf8.count
          try checkPrintable(value, repr: true, remaining: &remaining)
          printed += value.repr + "\n"
        }
      case .assertion(let condition, let message):
        execution.claim = try check(condition, message: message)
      }
    } catch {
      execution.error = error
    }
    execution.printed = printed
    execution.gradientTable = gradientTable
    return execution
  }

  /// Destructures `value` onto `target` as Python's assignment does (`n, d = x.shape`).
  private func bind(_ target: AssignmentTarget, to value: Value, into bindings: inout [(String, Value)])
    throws(PythonError)
  {
    switch target {
    case .name(let name, _):
      bindings.append((name, value))
    case .unpack(let targets, _):
      // Arrays are checked by length first, so a huge array is never split into items just to fail.
      let count = if case .tensor(let tensor) = value, let first = tensor.shape.first { first } else { -1 }
      if count > targets.count { throw PythonError.value("too many values to unpack (expected \(targets.count))") }
      let items = try unpackedItems(of: value)
      if items.count > targets.count {
        throw PythonError.value("too many values to unpack (expected \(targets.count))")
      }
      if items.count < targets.count {
        throw PythonError.value("not enough values to unpack (expected \(targets.count), got \(items.count))")
      }
      for (inner, item) in zip(targets, items) { try bind(inner, to: item, into: &bindings) }
    }
  }

  private func unpackedItems(of value: Value) throws(PythonError) -> [Value] {
    switch value {
    case .tuple(let items), .list(let items): return Array(items)
    case .string(let text): return text.map { .string(String($0)) }
    case .tensor(let tensor) where tensor.ndim > 0:
      var items: [Value] = []
      for position in 0..<tensor.shape[0] {
        items.append(.tensor(try core { try tensor.index([.int(position)]) }))
      }
      return items
    case .tensor:
      throw PythonError.type("iteration over a 0-d array")
    default:
      throw PythonError.type("cannot unpack non-iterable \(value.typeName) object")
    }
  }

  /// Frees the values no name or gradient can reach any more and tells the meter what the names still hold, when
  /// enough was allocated since the last time for the walk over the graph to be worth it.
  private func releaseUnreachableValues() {
    guard let meter = ResourceMeter.current, meter.wantsMeasurement else { return }
    var roots: [Tensor] = []
    var pythonBytes = 0
    var lists: Set<UnsafeRawPointer> = []
    for value in globals.values { collect(value, tensors: &roots, pythonBytes: &pythonBytes, lists: &lists) }
    meter.setMeasured(bytes: GraphMemory.prune(keeping: roots) + pythonBytes)
  }

  /// Gathers the tensors a value holds and adds up its lists' and strings' bytes (a list bound to two names, one
  /// buffer, is counted once).
  private func collect(
    _ value: Value, tensors: inout [Tensor], pythonBytes: inout Int, lists: inout Set<UnsafeRawPointer>
  ) {
    switch value {
    case .tensor(let tensor): tensors.append(tensor)
    case .list(let list), .tuple(let list):
      let buffer = list.items.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
      if let buffer, !lists.insert(buffer).inserted { return }
      pythonBytes += list.items.count * MemoryLayout<Value>.stride
      for item in list.items { collect(item, tensors: &tensors, pythonBytes: &pythonBytes, lists: &lists) }
    case .string(let text): pythonBytes += text.utf8.count
    case .method(let receiver, _): collect(receiver, tensors: &tensors, pythonBytes: &pythonBytes, lists: &lists)
    default: break
    }
  }
}

extension Interpreter {
  /// `name op= operand`. NumPy arrays are updated in place, as NumPy does: the result keeps the array's shape and dtype
  /// (or NumPy's error), and every other name bound to the same array sees the change. Python's numbers, strings and
  /// tuples are immutable, so for them it is `name = name op operand`.
  mutating func assignInPlace(_ name: String, _ current: Value, _ op: BinaryOperator, _ operand: Value)
    throws(PythonError)
  {
    let result: Value
    do {
      result = try Operators.binary(op, current, operand)
    } catch {
      // Python names the augmented operator in its TypeError: "unsupported operand type(s) for +=: …".
      let plain = "unsupported operand type(s) for \(op.rawValue):"
      guard error.type == "TypeError", error.message.hasPrefix(plain) else { throw error }
      throw PythonError.type("unsupported operand type(s) for \(op.rawValue)=:" + error.message.dropFirst(plain.count))
    }
    guard case .tensor(let array) = current, !array.isScalar else {
      globals[name] = result
      return
    }
    guard case .tensor(var updated) = result else {
      globals[name] = result
      return
    }
    if updated.shape != array.shape {
      throw PythonError.value(
        "non-broadcastable output operand with shape \(Self.numpyShape(array.shape)) doesn't match the "
          + "broadcast shape \(Self.numpyShape(updated.shape))")
    }
    if updated.dtype != array.dtype {
      // NumPy's `same_kind` casting: bool → int → float only.
      let rank: [DType: Int] = [.bool: 0, .int64: 1, .float64: 2]
      if rank[updated.dtype, default: 0] > rank[array.dtype, default: 0] {
        throw PythonError(
          "UFuncTypeError",
          "Cannot cast ufunc '\(Self.ufuncName(op))' output from dtype('\(updated.dtype.rawValue)') to "
            + "dtype('\(array.dtype.rawValue)') with casting rule 'same_kind'")
      }
      updated = try core { try updated.astype(array.dtype) }
    }
    for (other, value) in globals where other != name {
      if case .tensor(let bound) = value, bound.sharesStorage(with: array) { globals[other] = .tensor(updated) }
    }
    globals[name] = .tensor(updated)
  }

  /// A shape as NumPy's C code prints it in this message: `(2,3)`, `(3,)`.
  private static func numpyShape(_ shape: [Int]) -> String {
    "(" + shape.map(String.init).joined(separator: ",") + (shape.count == 1 ? ",)" : ")")
  }

  private static func ufuncName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: "add"
    case .subtract: "subtract"
    case .multiply: "multiply"
    case .divide: "divide"
    case .power: "power"
    case .matrixMultiply: "matmul"
    case .floorDivide: "floor_divide"
    case .modulo: "remainder"
    }
  }
}

extension Tensor {
  /// True when both hold the very same element buffer: the same NumPy array bound to two names.
  func sharesStorage(with other: Tensor) -> Bool {
    guard shape == other.shape, size > 0 else { return false }
    switch (storage, other.storage) {
    case (.float64(let a), .float64(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    case (.int64(let a), .int64(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    case (.bool(let a), .bool(let b)):
      return a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    default:
      return false
    }
  }
}
