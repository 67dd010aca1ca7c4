/// Writes a `MathNode` tree as MathML Core markup, tracking TeX's display/text style to place limits.
struct MathMLWriter {
  private var output = ""

  /// The complete `<math>` element for `node`, with the TeX kept as an annotation.
  static func document(for node: MathNode, tex: String, display: Bool) -> String {
    var writer = MathMLWriter()
    writer.output += display ? "<math display=\"block\"><semantics>" : "<math><semantics>"
    writer.write(node, style: display ? .display : .text)
    writer.output += "<annotation encoding=\"application/x-tex\">\(XMLText.escape(tex))</annotation>"
    writer.output += "</semantics></math>"
    return writer.output
  }

  /// Writes `node` in TeX's math `style`.
  private mutating func write(_ node: MathNode, style: MathStyle) {
    switch node {
    case .identifier(let text, let upright):
      let variant = upright && XMLText.isSlantedByDefault(text) ? " mathvariant=\"normal\"" : ""
      output += "<mi\(variant)>\(XMLText.escape(text))</mi>"
    case .number(let text):
      output += "<mn>\(XMLText.escape(text))</mn>"
    case .operator(let op):
      writeOperator(op, style: style)
    case .text(let text, let style):
      writeText(text, style: style)
    case .space(let width):
      output += "<mspace width=\"\(width)\"/>"
    case .row(let items):
      if items.count == 1 {
        write(items[0], style: style)
      } else {
        writeElement("mrow", items, style: style)
      }
    case .fraction(let numerator, let denominator, let lineThickness):
      let attribute = lineThickness.map { " linethickness=\"\($0)\"" } ?? ""
      output += "<mfrac\(attribute)>"
      write(numerator, style: style.fraction)
      write(denominator, style: style.fraction)
      output += "</mfrac>"
    case .squareRoot(let radicand):
      writeElement("msqrt", [radicand], style: style)
    case .root(let radicand, let index):
      output += "<mroot>"
      write(radicand, style: style)
      write(index, style: .script)
      output += "</mroot>"
    case .scripts(let base, let sub, let sup, let limits):
      writeScripts(base: base, sub: sub, sup: sup, underOver: limits && style == .display, style: style)
    case .stack(let base, let mark, let under, let isAccent):
      let attribute = isAccent ? (under ? " accentunder=\"true\"" : " accent=\"true\"") : ""
      output += under ? "<munder\(attribute)>" : "<mover\(attribute)>"
      write(base, style: style)
      if case .operator(let op) = mark {
        writeOperator(op, style: style, isMark: true)
      } else {
        write(mark, style: .script)
      }
      output += under ? "</munder>" : "</mover>"
    case .fenced(let open, let body, let close):
      output += "<mrow>"
      if let open { writeOperator(open, style: style) }
      for item in body { write(item, style: style) }
      if let close { writeOperator(close, style: style) }
      output += "</mrow>"
    case .table(let rows, let layout):
      writeTable(rows, layout: layout)
    case .style(let displayStyle, let content):
      output += "<mstyle displaystyle=\"\(displayStyle)\" scriptlevel=\"0\">"
      write(content, style: displayStyle ? .display : .text)
      output += "</mstyle>"
    }
  }

  private mutating func writeElement(_ name: String, _ items: [MathNode], style: MathStyle) {
    output += "<\(name)>"
    for item in items { write(item, style: style) }
    output += "</\(name)>"
  }

  /// Writes an `<mo>`. Where MathML's operator dictionary would space it unlike TeX, the spacing is explicit:
  /// ordinary symbols (`.`, `/`, `|`, `…`, primes) take none, and in script style neither do binary operators,
  /// relations or punctuation. Accent marks (`isMark`) sit over their base, so spacing does not apply.
  private mutating func writeOperator(_ op: Operator, style: MathStyle, isMark: Bool = false) {
    var leftSpace = op.leftSpace
    var rightSpace = op.rightSpace
    let spacedInText = [.binary, .relation, .punctuation].contains(op.atomClass)
    let ordinaryWithoutSpacing = op.atomClass == .ordinary && !isMark && leftSpace == nil && rightSpace == nil
    if ordinaryWithoutSpacing || (spacedInText && style == .script) {
      (leftSpace, rightSpace) = ("0", "0")
    }
    var attributes = ""
    if let form = op.form { attributes += " form=\"\(form)\"" }
    if let stretchy = op.stretchy { attributes += " stretchy=\"\(stretchy)\"" }
    if let leftSpace { attributes += " lspace=\"\(leftSpace)\"" }
    if let rightSpace { attributes += " rspace=\"\(rightSpace)\"" }
    if let size = op.size { attributes += " minsize=\"\(size)\" maxsize=\"\(size)\"" }
    output += "<mo\(attributes)>\(XMLText.escape(op.text))</mo>"
  }

  /// MathML trims spaces at the ends of token elements; no-break spaces keep `\text{if }` apart from what follows.
  private mutating func writeText(_ text: String, style: TextStyle) {
    let leading = text.prefix { $0 == " " }.count
    let trailing = leading == text.count ? 0 : text.reversed().prefix { $0 == " " }.count
    let middle = text.dropFirst(leading).dropLast(trailing)
    let kept = String(repeating: "\u{A0}", count: leading) + middle + String(repeating: "\u{A0}", count: trailing)
    let attribute =
      switch style {
      case .normal: ""
      case .bold: " style=\"font-weight: bold\""
      case .italic: " style=\"font-style: italic\""
      }
    output += "<mtext\(attribute)>\(XMLText.escape(kept))</mtext>"
  }

  private mutating func writeScripts(base: MathNode, sub: MathNode?, sup: MathNode?, underOver: Bool, style: MathStyle)
  {
    let name: String
    switch (sub, sup) {
    case (.some, .some): name = underOver ? "munderover" : "msubsup"
    case (.some, nil): name = underOver ? "munder" : "msub"
    default: name = underOver ? "mover" : "msup"
    }
    output += "<\(name)>"
    write(base, style: style)
    if let sub { write(sub, style: .script) }
    if let sup { write(sup, style: .script) }
    output += "</\(name)>"
  }

  private mutating func writeTable(_ rows: [[MathNode]], layout: TableLayout) {
    output += layout == .aligned || layout == .gathered ? "<mtable displaystyle=\"true\">" : "<mtable>"
    let cellStyle: MathStyle = layout == .aligned || layout == .gathered ? .display : .text
    for row in rows {
      output += "<mtr>"
      for (column, cell) in row.enumerated() {
        output += "<mtd\(Self.cellAttributes(layout: layout, column: column, columns: row.count))>"
        write(cell, style: cellStyle)
        output += "</mtd>"
      }
      output += "</mtr>"
    }
    output += "</mtable>"
  }

  /// Column alignment for each engine: Chromium aligns a cell's math box only by `-webkit-left`/`-webkit-right`
  /// (plain `text-align` moves inline content, and a cell holds a block), Firefox and WebKit read `columnalign`.
  /// `aligned` pairs a right column with a left one, with no gap inside the pair and 2em between pairs.
  private static func cellAttributes(layout: TableLayout, column: Int, columns: Int) -> String {
    switch layout {
    case .aligned:
      if column % 2 == 1 {
        return " columnalign=\"left\" style=\"text-align: -webkit-left; padding-left: 0; padding-right: 0\""
      }
      let gap = column == 0 ? "0" : "2em"
      return " columnalign=\"right\" style=\"text-align: -webkit-right; padding-left: \(gap); padding-right: 0\""
    case .cases:
      let gap = column == columns - 1 ? "0" : "1em"
      return " columnalign=\"left\" style=\"text-align: -webkit-left; padding-left: 0; padding-right: \(gap)\""
    case .matrix, .gathered:
      return ""
    }
  }
}
