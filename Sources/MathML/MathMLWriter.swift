/// Writes a `MathNode` tree as MathML Core markup, tracking TeX's display/text style to place limits.
struct MathMLWriter {
  private var output = ""

  /// The complete `<math>` element for `node`, with the TeX kept as an annotation.
  static func document(for node: MathNode, tex: String, display: Bool) -> String {
    var writer = MathMLWriter()
    writer.output += display ? "<math display=\"block\"><semantics>" : "<math><semantics>"
    writer.write(node, display: display)
    writer.output += "<annotation encoding=\"application/x-tex\">\(XMLText.escape(tex))</annotation>"
    writer.output += "</semantics></math>"
    return writer.output
  }

  /// Writes `node`; `display` is true where TeX would be in display style (large operators, limits).
  private mutating func write(_ node: MathNode, display: Bool) {
    switch node {
    case .identifier(let text, let upright):
      let variant = upright && XMLText.isSlantedByDefault(text) ? " mathvariant=\"normal\"" : ""
      output += "<mi\(variant)>\(XMLText.escape(text))</mi>"
    case .number(let text):
      output += "<mn>\(XMLText.escape(text))</mn>"
    case .operator(let op):
      writeOperator(op)
    case .text(let text, let style):
      writeText(text, style: style)
    case .space(let width):
      output += "<mspace width=\"\(width)\"/>"
    case .row(let items):
      if items.count == 1 {
        write(items[0], display: display)
      } else {
        writeElement("mrow", items, display: display)
      }
    case .fraction(let numerator, let denominator, let lineThickness):
      let attribute = lineThickness.map { " linethickness=\"\($0)\"" } ?? ""
      output += "<mfrac\(attribute)>"
      write(numerator, display: false)
      write(denominator, display: false)
      output += "</mfrac>"
    case .squareRoot(let radicand):
      writeElement("msqrt", [radicand], display: display)
    case .root(let radicand, let index):
      output += "<mroot>"
      write(radicand, display: display)
      write(index, display: false)
      output += "</mroot>"
    case .scripts(let base, let sub, let sup, let limits):
      writeScripts(base: base, sub: sub, sup: sup, underOver: limits && display, display: display)
    case .accent(let base, let mark, let under):
      output += under ? "<munder accentunder=\"true\">" : "<mover accent=\"true\">"
      write(base, display: display)
      writeOperator(mark)
      output += under ? "</munder>" : "</mover>"
    case .fenced(let open, let body, let close):
      output += "<mrow>"
      if let open { writeOperator(open) }
      for item in body { write(item, display: display) }
      if let close { writeOperator(close) }
      output += "</mrow>"
    case .table(let rows, let layout):
      writeTable(rows, layout: layout)
    case .style(let displayStyle, let content):
      output += "<mstyle displaystyle=\"\(displayStyle)\" scriptlevel=\"0\">"
      write(content, display: displayStyle)
      output += "</mstyle>"
    }
  }

  private mutating func writeElement(_ name: String, _ items: [MathNode], display: Bool) {
    output += "<\(name)>"
    for item in items { write(item, display: display) }
    output += "</\(name)>"
  }

  private mutating func writeOperator(_ op: Operator) {
    var attributes = ""
    if let form = op.form { attributes += " form=\"\(form)\"" }
    if let stretchy = op.stretchy { attributes += " stretchy=\"\(stretchy)\"" }
    if let leftSpace = op.leftSpace { attributes += " lspace=\"\(leftSpace)\"" }
    if let rightSpace = op.rightSpace { attributes += " rspace=\"\(rightSpace)\"" }
    if let size = op.size { attributes += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
    output += "<mo\(attributes)>\(XMLText.escape(op.text))</mo>"
  }

  /// MathML trims spaces at the ends of token elements; no-break spaces keep `\text{if }` apart from what follows.
  private mutating func writeText(_ text: String, style: TextStyle) {
    var kept = text
    while kept.hasPrefix(" ") { kept = "\u{A0}" + kept.dropFirst() }
    while kept.hasSuffix(" ") { kept = kept.dropLast() + "\u{A0}" }
    let attribute =
      switch style {
      case .normal: ""
      case .bold: " style=\"font-weight: bold\""
      case .italic: " style=\"font-style: italic\""
      }
    output += "<mtext\(attribute)>\(XMLText.escape(kept))</mtext>"
  }

  private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, underOver: Bool, display: Bool) {
    let name: String
    switch (sub, sup) {
    case (.some, .some): name = underOver ? "munderover" : "msubsup"
    case (.some, nil): name = underOver ? "munder" : "msub"
    default: name = underOver ? "mover" : "msup"
    }
    output += "<\(name)>"
    write(base, display: display)
    if let sub { write(sub, display: false) }
    if let sup { write(sup, display: false) }
    output += "</\(name)>"
  }

  private mutating func writeTable(_ rows: [[MathNode]], layout: TableLayout) {
    output += layout == .aligned || layout == .gathered ? "<mtable displaystyle=\"true\">" : "<mtable>"
    let cellDisplay = layout == .aligned || layout == .gathered
    for row in rows {
      output += "<mtr>"
      for (column, cell) in row.enumerated() {
        output += "<mtd\(Self.cellAttributes(layout: layout, column: column, columns: row.count))>"
        write(cell, display: cellDisplay)
        output += "</mtd>"
      }
      output += "</mtr>"
    }
    output += "</mtable>"
  }

  /// Column alignment as a CSS style, which Chromium's MathML Core honours, plus `columnalign` for older engines.
  /// `aligned` pairs a right column with a left one, with no gap inside the pair and 2em between pairs.
  private static func cellAttributes(layout: TableLayout, column: Int, columns: Int) -> String {
    switch layout {
    case .aligned:
      if column % 2 == 1 {
        return " columnalign=\"left\" style=\"text-align: left; padding-left: 0; padding-right: 0\""
      }
      let gap = column == 0 ? "0" : "2em"
      return " columnalign=\"right\" style=\"text-align: right; padding-left: \(gap); padding-right: 0\""
    case .cases:
      let gap = column == columns - 1 ? "0" : "1em"
      return " columnalign=\"left\" style=\"text-align: left; padding-left: 0; padding-right: \(gap)\""
    case .matrix, .gathered:
      return ""
    }
  }
}
