/// A readable, indented dump of parsed statements with every node's range, for golden tests and debugging.
enum ASTDump {
  /// One line per node, children indented by two spaces, each ending with its range `line:col-line:col`.
  static func dump(_ statements: [Statement]) -> String {
    var lines: [String] = []
    for statement in statements { dump(statement, into: &lines) }
    return lines.joined(separator: "\n")
  }

  private static func dump(_ statement: Statement, into lines: inout [String], depth: Int = 0) {
    let range = describe(statement.range)
    let indent = String(repeating: "  ", count: depth)
    var inner: [String] = []
    dumpKind(statement, range: range, into: &inner, depth: depth)
    lines += inner.enumerated().map { $0 == 0 ? indent + $1 : $1 }
  }

  private static func dumpBody(_ label: String, _ body: [Statement], depth: Int, into lines: inout [String]) {
    lines.append(String(repeating: "  ", count: depth) + label)
    for statement in body { dump(statement, into: &lines, depth: depth + 1) }
  }

  private static func dumpKind(_ statement: Statement, range: String, into lines: inout [String], depth: Int) {
    switch statement.kind {
    case .conditional(let branches, let orElse):
      lines.append("if \(range)")
      for branch in branches {
        dump(branch.condition, depth: depth + 1, into: &lines)
        dumpBody("then", branch.body, depth: depth + 1, into: &lines)
      }
      if !orElse.isEmpty { dumpBody("else", orElse, depth: depth + 1, into: &lines) }
    case .whileLoop(let condition, let body, let orElse):
      lines.append("while \(range)")
      dump(condition, depth: depth + 1, into: &lines)
      dumpBody("body", body, depth: depth + 1, into: &lines)
      if !orElse.isEmpty { dumpBody("else", orElse, depth: depth + 1, into: &lines) }
    case .forLoop(let target, let iterable, let body, let orElse):
      lines.append("for \(range)")
      dump(target, depth: depth + 1, into: &lines)
      dump(iterable, depth: depth + 1, into: &lines)
      dumpBody("body", body, depth: depth + 1, into: &lines)
      if !orElse.isEmpty { dumpBody("else", orElse, depth: depth + 1, into: &lines) }
    case .tryStatement(let body, let handlers, let orElse, let finally):
      lines.append("try \(range)")
      dumpBody("body", body, depth: depth + 1, into: &lines)
      for handler in handlers {
        dumpBody("except \(handler.name ?? "")", handler.body, depth: depth + 1, into: &lines)
        if let types = handler.types { dump(types, depth: depth + 2, into: &lines) }
      }
      if !orElse.isEmpty { dumpBody("else", orElse, depth: depth + 1, into: &lines) }
      if !finally.isEmpty { dumpBody("finally", finally, depth: depth + 1, into: &lines) }
    case .raise(let value):
      lines.append("raise \(range)")
      if let value { dump(value, depth: depth + 1, into: &lines) }
    case .yieldValue(let value, let delegating, let targets):
      lines.append("\(targets.isEmpty ? "" : "\(targets.count) targets = ")yield\(delegating ? " from" : "") \(range)")
      if let value { dump(value, depth: depth + 1, into: &lines) }
    case .match(let subject, let cases):
      lines.append("match \(range)")
      dump(subject, depth: depth + 1, into: &lines)
      for matchCase in cases {
        if let condition = matchCase.guardCondition { dump(condition, depth: depth + 1, into: &lines) }
        dumpBody("case", matchCase.body, depth: depth + 1, into: &lines)
      }
    case .breakLoop: lines.append("break \(range)")
    case .continueLoop: lines.append("continue \(range)")
    case .pass: lines.append("pass \(range)")
    case .global(let names): lines.append("global \(names.joined(separator: ", ")) \(range)")
    case .nonlocal(let names): lines.append("nonlocal \(names.joined(separator: ", ")) \(range)")
    case .returnValue(let value):
      lines.append("return \(range)")
      if let value { dump(value, depth: depth + 1, into: &lines) }
    case .functionDefinition(let function):
      let parameters = function.parameters.map { parameter in
        switch parameter.kind {
        case .normal: parameter.name + (parameter.defaultValue == nil ? "" : "=")
        case .keywordOnly: "kw:" + parameter.name + (parameter.defaultValue == nil ? "" : "=")
        case .variadic: "*" + parameter.name
        case .variadicKeywords: "**" + parameter.name
        }
      }
      lines.append(
        "def \(function.qualifiedName)(\(parameters.joined(separator: ", "))) locals: "
          + "\(function.locals.sorted().joined(separator: ",")) \(range)")
      for parameter in function.parameters {
        if let value = parameter.defaultValue { dump(value, depth: depth + 1, into: &lines) }
      }
      dumpBody("body", function.body, depth: depth + 1, into: &lines)
    case .classDefinition(let definition):
      lines.append(
        "class \(definition.qualifiedName) locals: \(definition.body.locals.sorted().joined(separator: ",")) \(range)")
      for base in definition.bases { dump(base, depth: depth + 1, into: &lines) }
      dumpBody("body", definition.body.body, depth: depth + 1, into: &lines)
    case .decorated(let decorators, let inner):
      lines.append("decorated \(range)")
      for decorator in decorators { dump(decorator, depth: depth + 1, into: &lines) }
      dump(inner, into: &lines, depth: depth + 1)
    case .augmentedTarget(.local(_, let name, _), let op, let value):
      // A resolved `name op= value` dumps as the parser wrote it: slots are the interpreter's business.
      lines.append("augmented \(name) \(op.rawValue)= \(range)")
      dump(value, depth: depth + 1, into: &lines)
    case .augmentedTarget(let target, let op, let value):
      lines.append("augmented \(op.rawValue)= \(range)")
      dump(target, depth: depth + 1, into: &lines)
      dump(value, depth: depth + 1, into: &lines)
    case .augmentedBitwise(let target, let op, let value):
      lines.append("augmented \(op.rawValue)= \(range)")
      dump(target, depth: depth + 1, into: &lines)
      dump(value, depth: depth + 1, into: &lines)
    case .delete(let targets):
      lines.append("del \(range)")
      for target in targets { dump(target, depth: depth + 1, into: &lines) }
    case .with(let items, let body):
      lines.append("with \(range)")
      for item in items {
        dump(item.manager, depth: depth + 1, into: &lines)
        if let target = item.target { dump(target, depth: depth + 2, into: &lines) }
      }
      dumpBody("body", body, depth: depth + 1, into: &lines)
    case .importModule(let path, let name):
      lines.append("import \(path) as \(name) \(range)")
    case .importFrom(let path, let names):
      lines.append("from \(path) import \(names.map { "\($0.member) as \($0.name)" }.joined(separator: ", ")) \(range)")
    case .assignment(let targets, let value):
      lines.append("assign \(range)")
      for target in targets { dump(target, depth: depth + 1, into: &lines) }
      dump(value, depth: depth + 1, into: &lines)
    case .augmentedAssignment(let name, let op, let value):
      lines.append("augmented \(name) \(op.rawValue)= \(range)")
      dump(value, depth: depth + 1, into: &lines)
    case .expression(let expression):
      lines.append("expression \(range)")
      dump(expression, depth: depth + 1, into: &lines)
    case .assertion(let condition, let message):
      lines.append("assert \(range)")
      dump(condition, depth: depth + 1, into: &lines)
      if let message { dump(message, depth: depth + 1, into: &lines) }
    }
  }

  private static func dump(_ target: AssignmentTarget, depth: Int, into lines: inout [String]) {
    let indent = String(repeating: "  ", count: depth)
    switch target {
    case .name(let name, let range), .local(_, let name, let range), .global(_, let name, let range):
      lines.append("\(indent)target \(name) \(describe(range))")
    case .item(let base, let index, let range):
      lines.append("\(indent)target subscript \(describe(range))")
      dump(base, depth: depth + 1, into: &lines)
      dump(index, depth: depth + 1, into: &lines)
    case .attribute(let base, let name, let range):
      lines.append("\(indent)target attribute .\(name) \(describe(range))")
      dump(base, depth: depth + 1, into: &lines)
    case .unpack(let targets, let range):
      lines.append("\(indent)unpack \(describe(range))")
      for target in targets { dump(target, depth: depth + 1, into: &lines) }
    case .starred(let inner, let range):
      lines.append("\(indent)starred \(describe(range))")
      dump(inner, depth: depth + 1, into: &lines)
    }
  }

  private static func dump(_ expression: Expression, depth: Int, into lines: inout [String]) {
    let indent = String(repeating: "  ", count: depth)
    lines.append("\(indent)\(label(expression.kind)) \(describe(expression.range))")
    switch expression.kind {
    case .comparison(let first, let rest):
      dump(first, depth: depth + 1, into: &lines)
      for (op, operand) in rest {
        lines.append("\(indent)  \(op.rawValue)")
        dump(operand, depth: depth + 1, into: &lines)
      }
    case .call(let callee, let arguments):
      dump(callee, depth: depth + 1, into: &lines)
      for argument in arguments {
        if let keyword = argument.keyword { lines.append("\(indent)  keyword \(keyword)") }
        dump(argument.value, depth: depth + 1, into: &lines)
      }
    case .slice(let start, let stop, let step):
      for (name, part) in [("start", start), ("stop", stop), ("step", step)] {
        guard let part else { continue }
        lines.append("\(indent)  \(name)")
        dump(part, depth: depth + 1, into: &lines)
      }
    default:
      for child in Expression.children(of: expression.kind) { dump(child, depth: depth + 1, into: &lines) }
    }
  }

  private static func label(_ kind: Expression.Kind) -> String {
    switch kind {
    case .name(let name), .local(_, let name), .global(_, let name): "name \(name)"
    case .integer(let value): "int \(value)"
    case .bigInteger(let value): "int \(value.decimal())"
    case .float(let value): "float \(value)"
    case .imaginary(let value): "imaginary \(value)"
    case .string(let value): "string \(String(reflecting: value))"
    case .bytes(let value): "bytes \(String(reflecting: value))"
    case .boolean(let value): "bool \(value ? "True" : "False")"
    case .none: "None"
    case .ellipsis: "Ellipsis"
    case .tuple(let items): "tuple \(items.count)"
    case .list(let items): "list \(items.count)"
    case .dict(let pairs): "dict \(pairs.count)"
    case .set(let items): "set \(items.count)"
    case .formatted(let parts): "f-string \(parts.count)"
    case .annotation: "annotation"
    case .comprehension(let comprehension):
      "comprehension \(comprehension.kind.rawValue) \(comprehension.clauses.count)"
    case .lambda(let function): "lambda \(function.parameters.map(\.name).joined(separator: ","))"
    case .unary(let op, _): "unary \(op.rawValue)"
    case .binary(let op, _, _): "binary \(op.rawValue)"
    case .logical(let op, _, _): op.rawValue
    case .not: "not"
    case .invert: "invert"
    case .starred: "starred"
    case .namedValue: "named value"
    case .bitwise(let op, _, _): "bitwise \(op.rawValue)"
    case .conditional: "conditional"
    case .comparison: "compare"
    case .attribute(_, let name): "attribute .\(name)"
    case .call(_, let arguments):
      "call \(arguments.count)"
        + arguments.map { $0.unpacking == .positional ? " *" : $0.unpacking == .keywords ? " **" : "" }.joined()
    case .index: "index"
    case .slice: "slice"
    }
  }

  private static func describe(_ range: SourceRange) -> String {
    let start = range.startLocation
    let end = range.endLocation
    return "\(start.line):\(start.column)-\(end.line):\(end.column)"
  }
}
