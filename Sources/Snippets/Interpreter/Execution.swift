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
    for value in globals.values { collectTensors(value, into: &roots) }
    meter.setMeasured(bytes: GraphMemory.prune(keeping: roots))
  }

  private func collectTensors(_ value: Value, into roots: inout [Tensor]) {
    switch value {
    case .tensor(let tensor): roots.append(tensor)
    case .list(let items), .tuple(let items): for item in items { collectTensors(item, into: &roots) }
    case .method(let receiver, _): collectTensors(receiver, into: &roots)
    default: break
    }
  }
}
