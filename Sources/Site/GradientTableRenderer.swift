import Foundation
import Snippets

/// Renders a gradient table as an HTML `<table>` with a caption and row and column headers.
enum GradientTableRenderer {
  /// The table's HTML.
  static func render(_ table: GradientTable) -> String {
    let target = escapeHTML(table.target)
    // A focusable, labelled region, so keyboard users can scroll a table wider than a phone.
    var html = "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Gradients of \(target)\">\n"
    html += "<table class=\"gradients\">\n"
    html += "<caption>Gradients of <code>\(target)</code>, checked against finite differences</caption>\n"
    let headers = [
      "Variable", "Shape", "∂\(target)/∂x shape", "Broadcast", "∂\(target)/∂x", "Largest difference", "Check",
    ]
    html += "<thead><tr>" + headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr><th scope=\"row\"><code>\(escapeHTML(row.name))</code></th>"
      html += "<td>\(shapeText(row.shape))</td><td>\(shapeText(row.gradientShape))</td>"
      html += "<td>\(escapeHTML(summedAxesText(row.summedAxes)))</td>"
      html += "<td><pre>\(escapeHTML(row.gradientText))</pre></td>"
      html += "<td class=\"number\">\(differenceText(row.maxDifference))</td>"
      html +=
        row.passed
        ? "<td class=\"pass\"><span aria-hidden=\"true\">✓</span> passed</td>"
        : "<td class=\"fail\"><span aria-hidden=\"true\">✗</span> failed</td>"
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
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
  static func differenceText(_ value: Double) -> String {
    if value == 0 { return "0" }
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let formatted = String(format: "%.1e", value)
    guard let e = formatted.firstIndex(of: "e") else { return formatted }
    let mantissa = formatted[..<e]
    var exponent = formatted[formatted.index(after: e)...]
    let sign = exponent.first == "-" ? "-" : ""
    exponent = exponent.drop { $0 == "+" || $0 == "-" }.drop { $0 == "0" }
    return "\(mantissa)e\(sign)\(exponent.isEmpty ? "0" : exponent)"
  }
}
