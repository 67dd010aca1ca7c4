import Snippets
import TensorCore

/// Renders a gradient table as an HTML `<table>` with a caption and row and column headers.
enum GradientTableRenderer {
  /// The table's HTML. Every cell carries a `data-label` naming its column, so the stylesheet can stack a row into
  /// a card on a phone while the markup stays a real table.
  static func render(_ table: GradientTable) -> HTML {
    let target = table.target
    var html = HTML()
    // Focusable and labelled, so keyboard users can scroll a table wider than its column; a group rather than a
    // region, since a page may hold several tables of the same loss and landmarks must have unique labels.
    html.open(
      "div",
      [
        HTMLAttribute("class", "table-scroll"), HTMLAttribute("role", "group"), HTMLAttribute("tabindex", "0"),
        HTMLAttribute("aria-label", "Gradients of \(target)"),
      ])
    html.literal("\n<table class=\"gradients\">\n<caption>Gradients of ")
    html.element("code", [], .text(target))
    html.literal(", checked against finite differences</caption>\n")
    // The rows hold different variables, so the headers say "gradient" and each cell's label names its own ∂l/∂x.
    html.literal("<thead><tr><th scope=\"col\">Variable</th><th scope=\"col\">Shape</th>")
    html.literal("<th scope=\"col\">Gradient shape</th><th scope=\"col\">Broadcast</th>")
    html.literal("<th scope=\"col\">Gradient</th><th scope=\"col\">Largest difference</th>")
    html.literal("<th scope=\"col\">Check</th></tr></thead>\n<tbody>\n")
    for row in table.rows {
      html.literal("<tr><th scope=\"row\">")
      html.element("code", [], .text(row.name))
      html.literal("</th>")
      html.element(
        "td", [HTMLAttribute("class", "shape"), HTMLAttribute("data-label", "Shape")], .text(shapeText(row.shape)))
      html.element(
        "td", [HTMLAttribute("class", "shape"), HTMLAttribute("data-label", "Gradient shape")],
        .text(shapeText(row.gradientShape)))
      html.element(
        "td", [HTMLAttribute("data-label", "Broadcast")], .text(summedAxesText(row.summedAxes)) + diagrams(for: row))
      html.element(
        "td", [HTMLAttribute("class", "values"), HTMLAttribute("data-label", "∂\(target)/∂\(row.name)")],
        .element("pre", [], .text(row.gradientText)))
      html.element(
        "td", [HTMLAttribute("class", "number"), HTMLAttribute("data-label", "Largest difference")],
        .text(differenceText(row.maxDifference)))
      if GradientCheck.passes(row) {
        html.literal("<td class=\"pass\" data-label=\"Check\"><span aria-hidden=\"true\">✓</span> ")
        html.literal("<span class=\"check-word\">passed</span></td>")
      } else {
        html.literal("<td class=\"fail\" data-label=\"Check\"><span aria-hidden=\"true\">✗</span> ")
        html.literal("<span class=\"check-word\">failed</span></td>")
      }
      html.literal("</tr>\n")
    }
    html.literal("</tbody>\n</table>\n</div>\n")
    return html
  }

  /// One shape diagram per broadcast result the argument took part in (usually one), or nothing when it was never
  /// broadcast: its axes under the result's, the summed ones marked.
  static func diagrams(for row: GradientRow) -> HTML {
    guard !row.broadcastShapes.isEmpty else { return HTML() }
    let operand = BroadcastDiagram.Operand(name: row.name, shape: row.shape)
    var html = HTML.literal("\n")
    for result in row.broadcastShapes {
      html += BroadcastDiagramRenderer.render(BroadcastDiagram(operands: [operand], result: result), labels: false)
    }
    return html
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
