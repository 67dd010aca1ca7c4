import SourceText

/// A plain-text outline of a document, one node per line, for golden tests and debugging.
extension Document {
  /// Each block and inline with its position, indented by depth; formulas show their TeX and where it starts.
  public var outline: String {
    var lines: [String] = []
    for block in blocks { describe(block, depth: 0, into: &lines) }
    return lines.map { $0 + "\n" }.joined()
  }
}

private func at(_ position: SourcePosition) -> String { "@\(position.line):\(position.column)" }

private func quoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    case "\r": result += "\\r"
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}

private func describe(_ block: Block, depth: Int, into lines: inout [String]) {
  let indent = String(repeating: "  ", count: depth)
  switch block {
  case .heading(let level, let content, let position):
    lines.append("\(indent)heading \(level) \(at(position))")
    for inline in content { describe(inline, depth: depth + 1, into: &lines) }
  case .paragraph(let content, let position):
    lines.append("\(indent)paragraph \(at(position))")
    for inline in content { describe(inline, depth: depth + 1, into: &lines) }
  case .blockQuote(let children):
    lines.append("\(indent)blockQuote")
    for child in children { describe(child, depth: depth + 1, into: &lines) }
  case .list(let ordered, let start, let tight, let items):
    lines.append("\(indent)list ordered=\(ordered) start=\(start) tight=\(tight)")
    for item in items {
      lines.append("\(indent)  item")
      for child in item { describe(child, depth: depth + 2, into: &lines) }
    }
  case .code(let code):
    lines.append(
      "\(indent)code #\(code.id) info=\(quoted(code.info)) fence\(at(code.fence)) content\(at(code.contentStart))"
        + " fenced=\(code.isFenced) \(quoted(code.literal))")
  case .html(let html, let position):
    lines.append("\(indent)html \(at(position)) \(quoted(html))")
  case .thematicBreak:
    lines.append("\(indent)thematicBreak")
  }
}

private func describe(_ inline: Inline, depth: Int, into lines: inout [String]) {
  let indent = String(repeating: "  ", count: depth)
  switch inline {
  case .text(let text): lines.append("\(indent)text \(quoted(text))")
  case .code(let code): lines.append("\(indent)code \(quoted(code))")
  case .emphasis(let children):
    lines.append("\(indent)emphasis")
    for child in children { describe(child, depth: depth + 1, into: &lines) }
  case .strong(let children):
    lines.append("\(indent)strong")
    for child in children { describe(child, depth: depth + 1, into: &lines) }
  case .link(let destination, let title, let content, let position):
    lines.append("\(indent)link \(quoted(destination)) title=\(quoted(title)) \(at(position))")
    for child in content { describe(child, depth: depth + 1, into: &lines) }
  case .image(let source, let title, let alt, let position):
    lines.append("\(indent)image \(quoted(source)) title=\(quoted(title)) \(at(position))")
    for child in alt { describe(child, depth: depth + 1, into: &lines) }
  case .math(let span):
    lines.append(
      "\(indent)math #\(span.id) \(span.isDisplay ? "display" : "inline") \(at(span.position)) \(quoted(span.tex))")
  case .html(let html, let position): lines.append("\(indent)html \(at(position)) \(quoted(html))")
  case .softBreak: lines.append("\(indent)softBreak")
  case .lineBreak: lines.append("\(indent)lineBreak")
  case .reference(let reference):
    let form = reference.numberOnly ? " number-only" : ""
    lines.append("\(indent)reference \(quoted(reference.label))\(form) \(at(reference.position))")
  case .label(let label): lines.append("\(indent)label \(quoted(label.label)) \(at(label.position))")
  }
}
