import TensorCore

extension Interpreter {
  /// Evaluates an expression; the parser bounds its depth, so the recursion is bounded too.
  mutating func evaluate(_ expression: Expression) throws(PythonError) -> Value {
    // Every node counts against the step budget, so a long expression in a loop cannot outlast it.
    try tick()
    switch expression.kind {
    case .name(let name): return try lookUp(name)
    case .integer(let value): return .int(value)
    case .bigInteger(let value): return .bigInt(value)
    case .float(let value): return .float(value)
    case .string(let value): return .string(value)
    case .boolean(let value): return .bool(value)
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .tuple(let items): return try .makeTuple(try evaluateAll(items))
    case .list(let items): return try .makeList(try evaluateAll(items))
    case .dict(let pairs):
      var evaluated: [(Value, Value)] = []
      for pair in pairs { evaluated.append((try evaluate(pair.key), try evaluate(pair.value))) }
      return try .makeDict(evaluated)
    case .unary(let op, let operand): return try Operators.unary(op, try evaluate(operand))
    case .binary(let op, let left, let right):
      let a = try evaluate(left)
      return try Operators.binary(op, a, try evaluate(right))
    case .logical(let op, let left, let right):
      let value = try evaluate(left)
      // Python's `and`/`or` return the operand that decided, evaluating the right one only when needed.
      return try value.truthValue() == (op == .and) ? try evaluate(right) : value
    case .not(let operand): return .bool(try !evaluate(operand).truthValue())
    case .conditional(let test, let body, let orElse):
      return try evaluate(test).truthValue() ? try evaluate(body) : try evaluate(orElse)
    case .comparison(let first, let rest): return try evaluateComparison(first, rest)
    case .attribute(let base, let name):
      let value = try evaluate(base)
      let result = try Attributes.get(name, of: value)
      return ViewTracking.attributes.contains(name) ? asView(of: value, result) : result
    case .call(let callee, let arguments): return try evaluateCall(callee, arguments)
    case .index(let base, let index):
      let value = try evaluate(base)
      return asView(of: value, try Indexing.index(value, with: try evaluate(index)))
    case .slice(let start, let stop, let step):
      return .slice(try optionalInt(start), try optionalInt(stop), try optionalInt(step))
    case .lambda(let definition):
      return .userFunction(try makeClosure(definition))
    case .formatted(let parts):
      return .string(try evaluateFormatted(parts))
    case .comprehension(let comprehension):
      return try evaluateComprehension(comprehension)
    }
  }

  /// The text of an f-string's parts.
  private mutating func evaluateFormatted(_ parts: [FormattedPart]) throws(PythonError) -> String {
    var result = ""
    for part in parts {
      switch part {
      case .literal(let text): result += text
      case .field(let expression, let conversion, let specParts, let selfDocumenting):
        var value = try evaluate(expression)
        let spec = try evaluateFormatted(specParts)
        if let selfDocumenting { result += selfDocumenting }
        switch conversion {
        case "r", "a": value = .string(value.repr)
        case "s": value = .string(value.str)
        default: if selfDocumenting != nil, spec.isEmpty { value = .string(value.repr) }
        }
        result += try Self.format(value, spec)
      }
      if result.utf8.count > maxElementCount {
        throw PythonError("MemoryError", "a value may hold at most \(maxElementCount) elements")
      }
    }
    return result
  }

  private mutating func evaluateAll(_ items: [Expression]) throws(PythonError) -> [Value] {
    var values: [Value] = []
    for item in items { values.append(try evaluate(item)) }
    return values
  }

  private mutating func optionalInt(_ expression: Expression?) throws(PythonError) -> Int? {
    guard let expression else { return nil }
    let value = try evaluate(expression)
    if value.isNone { return nil }
    do {
      return try value.toInt()
    } catch {
      throw PythonError.type("slice indices must be integers or None or have an __index__ method")
    }
  }

  /// Python's chained comparison: `a < b < c` is `a < b and b < c`, with `b` evaluated once.
  private mutating func evaluateComparison(_ first: Expression, _ rest: [(ComparisonOperator, Expression)])
    throws(PythonError) -> Value
  {
    var left = try evaluate(first)
    var result = Value.none
    for (position, (op, operand)) in rest.enumerated() {
      let right = try evaluate(operand)
      result = try Operators.compare(op, left, right)
      if position < rest.count - 1, try !result.truthValue() { return result }
      left = right
    }
    return result
  }

  private mutating func evaluateCall(_ callee: Expression, _ arguments: [Argument]) throws(PythonError) -> Value {
    let function = try evaluate(callee)
    let namesArguments = if case .function("gradients") = function { true } else { false }
    var call = CallArguments(function: "", positional: [], keywords: [], positionalTexts: [])
    for argument in arguments {
      let value = try evaluate(argument.value)
      if let keyword = argument.keyword {
        call.keywords.append((keyword, value))
      } else {
        call.positional.append(value)
        // Only a gradient table names its rows by the arguments' code; other calls skip making the text.
        call.positionalTexts.append(namesArguments ? text(of: argument.value.range) : "")
      }
    }
    do {
      return try callValue(function, call)
    } catch {
      // An error raised inside a snippet's function names, as notes, the calls that led there (innermost first).
      guard error.location != nil, error.notes.count < 8, case .userFunction(let closure) = function else {
        throw error
      }
      var error = error
      let site = origin.fileLocation(callee.range.startLocation)
      let note = "in \(closure.definition.qualifiedName)(), called at line \(site.line), column \(site.column)"
      // Recursion repeats one call many times; Python's traceback collapses the repeats too.
      if error.notes.last != note { error.notes.append(note) }
      throw error
    }
  }

  /// Calls any callable value with evaluated arguments (`call.function` is filled in here).
  mutating func callValue(_ function: Value, _ call: CallArguments) throws(PythonError) -> Value {
    var call = call
    switch function {
    case .userFunction(let closure):
      return try callUser(closure, call)
    case .derivative(let derivative):
      return try callDerivative(derivative, call)
    case .function(let name):
      call.function = String(name.split(separator: ".").last ?? Substring(name))
      let result = try callFunction(name, call)
      guard ViewTracking.functions.contains(call.function), let first = call.positional.first else { return result }
      return asView(of: first, result)
    case .method(.randomObject(let handle), let name):
      call.function = name
      return try callRandomMethod(handle, name, call)
    case .method(.plot(let reference), let name):
      call.function = name
      return try callPlotMethod(reference, name, call)
    case .method(let receiver, let name) where ContainerMethods.has(name, on: receiver):
      return try callContainerMethod(name, on: receiver, call)
    case .method(let receiver, let name):
      call.function = name
      let result = try Methods.call(name, on: receiver, call)
      return ViewTracking.methods.contains(name) ? asView(of: receiver, result) : result
    case .scalarType(let dtype):
      call.function = scalarTypeName(dtype)
      return try Builtins.convert(call, to: dtype)
    default:
      throw PythonError.type("'\(function.typeName)' object is not callable")
    }
  }
}
