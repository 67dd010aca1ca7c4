/// A readable, indented dump of parsed statements with every node's range, for golden tests and debugging.
enum ASTDump {
  /// One line per node, children indented by two spaces, each ending with its range `line:col-line:col`.
  static func dump(_ statements: [Statement]) -> String {
    var lines: [String] = []
    for statement in statements { dump(statement, into: &lines) }
    return lines.joined(separator: "\n")
  }

  private static func dump(_ statement: Statement, into lines: inout [String]) {
    let range = describe(statement.range)
    switch statement.kind {
    case .importNumpy(let alias):
      lines.append("import numpy as \(alias) \(range)")
    case .assignment(let targets, let value):
      lines.append("assign \(range)")
      for target in targets { dump(target, depth: 1, into: &lines) }
      dump(value, depth: 1, into: &lines)
    case .augmentedAssignment(let name, let op, let value):
      lines.append("augmented \(name) \(op.rawValue)= \(range)")
      dump(value, depth: 1, into: &lines)
    case .expression(let expression):
      lines.append("expression \(range)")
      dump(expression, depth: 1, into: &lines)
    case .assertion(let condition, let message):
      lines.append("assert \(range)")
      dump(condition, depth: 1, into: &lines)
      if let message { dump(message, depth: 1, into: &lines) }
    }
  }

  private static func dump(_ target: AssignmentTarget, depth: Int, into lines: inout [String]) {
    let indent = String(repeating: "  ", count: depth)
    switch target {
    case .name(let name, let range):
      lines.append("\(indent)target \(name) \(describe(range))")
    case .unpack(let targets, let range):
      lines.append("\(indent)unpack \(describe(range))")
      for target in targets { dump(target, depth: depth + 1, into: &lines) }
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
    case .name(let name): "name \(name)"
    case .integer(let value): "int \(value)"
    case .bigInteger(let value): "int \(value.decimal())"
    case .float(let value): "float \(value)"
    case .string(let value): "string \(String(reflecting: value))"
    case .boolean(let value): "bool \(value ? "True" : "False")"
    case .none: "None"
    case .ellipsis: "Ellipsis"
    case .tuple(let items): "tuple \(items.count)"
    case .list(let items): "list \(items.count)"
    case .unary(let op, _): "unary \(op.rawValue)"
    case .binary(let op, _, _): "binary \(op.rawValue)"
    case .logical(let op, _, _): op.rawValue
    case .not: "not"
    case .conditional: "conditional"
    case .comparison: "compare"
    case .attribute(_, let name): "attribute .\(name)"
    case .call(_, let arguments): "call \(arguments.count)"
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
