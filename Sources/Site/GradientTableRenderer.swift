import Snippets
import TensorCore

/// Renders a gradient table as an HTML `<table>` with a caption and row and column headers.
enum GradientTableRenderer {
  /// The table's HTML. Every cell carries a `data-label` naming its column, so the stylesheet can stack a row into
  /// a card on a phone while the markup stays a real table.
  static func render(_ table: GradientTable) -> String {
    let target = escapeHTML(table.target)
    // Focusable and labelled, so keyboard users can scroll a table wider than its column; a group rather than a
    // region, since a page may hold several tables of the same loss and landmarks must have unique labels.
    var html = "<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" aria-label=\"Gradients of \(target)\">\n"
    html += "<table class=\"gradients\">\n"
    html += "<caption>Gradients of <code>\(target)</code>, checked against finite differences</caption>\n"
    // The rows hold different variables, so the headers say "gradient" and each cell's label names its own ∂l/∂x.
    let headers = ["Variable", "Shape", "Gradient shape", "Broadcast", "Gradient", "Largest difference", "Check"]
    html += "<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      let name = escapeHTML(row.name)
      let derivative = "∂\(target)/∂\(name)"
      html += "<tr><th scope=\"row\"><code>\(name)</code></th>"
      html += "<td class=\"shape\" data-label=\"Shape\">\(shapeText(row.shape))</td>"
      html += "<td class=\"shape\" data-label=\"Gradient shape\">\(shapeText(row.gradientShape))</td>"
      html += "<td data-label=\"Broadcast\">\(escapeHTML(summedAxesText(row.summedAxes)))"
      html += diagrams(for: row) + "</td>"
      html += "<td class=\"values\" data-label=\"\(derivative)\"><pre>\(escapeHTML(row.gradientText))</pre></td>"
      html += "<td class=\"number\" data-label=\"Largest difference\">\(differenceText(row.maxDifference))</td>"
      html +=
        row.passed
        ? "<td class=\"pass\" data-label=\"Check\"><span aria-hidden=\"true\">✓</span> <span class=\"check-word\">passed</span></td>"
        : "<td class=\"fail\" data-label=\"Check\"><span aria-hidden=\"true\">✗</span> <span class=\"check-word\">failed</span></td>"
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }

  /// One shape diagram per broadcast result the argument took part in (usually one), or "" when it was never
  /// broadcast: its axes under the result's, the summed ones marked.
  static func diagrams(for row: GradientRow) -> String {
    guard !row.broadcastShapes.isEmpty else { return "" }
    let operand = BroadcastDiagram.Operand(name: row.name, shape: row.shape)
    return "\n"
      + row.broadcastShapes.map {
        BroadcastDiagramRenderer.render(BroadcastDiagram(operands: [operand], result: $0), labels: false)
      }
      .joined()
  }

  /// A shape as NumPy prints it: `(2, 3)`, `(3,)`, `()`.
  static func shapeText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// "summed over axis 0", "summed over axes 0, 1", or "—" when nothing was summed.
  static func summedAxesText(_ axes: [Int]) -> String {
    switch axes.count {
    case 0: return "—"
    case 1: return "summed over axis \(axes[0])"
    default: return "summed over axes " + axes.map(String.init).joined(separator: ", ")
    }
  }

  /// Two significant digits in scientific notation with a short exponent (`3.2e-11`); `0` for exact agreement.
  /// The digits round the exact binary value (ties to even) with the tensor core's Dragon4, so neither libm nor a
  /// locale can change the bytes.
  static func differenceText(_ value: Double) -> String {
    if value == 0 { return "0" }
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let (digits, exponent) = significantDigits(of: value, count: 2)
    return "\(value < 0 ? "-" : "")\(digits[0]).\(digits[1])e\(exponent)"
  }

}
