import Snippets

/// Draws a broadcast diagram as a small inline SVG: the result's axes in columns, each operand's axes aligned under
/// them from the right, and the axes broadcasting added or stretched marked "summed".
///
/// Every coordinate is an integer computed from character counts, so the bytes never depend on fonts or platform;
/// colours come from the page's CSS variables (the attributes are only a fallback for a page without the theme).
enum BroadcastDiagramRenderer {
  /// Pixel sizes of the drawing; the SVG scales down with its container on a phone.
  private enum Metrics {
    static let characterWidth = 8  // a generous advance for 12px monospace digits and names
    static let cellHeight = 26
    static let minimumCellWidth = 52
    static let compactCellWidth = 44  // still wider than "summed" at 10px (6 × 6px), for a table's narrow column
    static let columnGap = 6
    static let rowGap = 6
    static let captionHeight = 14
    static let headerHeight = 16
    static let labelGap = 12
    static let maximumNameLength = 24
  }

  /// The SVG element (one line per shape, ending in a newline). Without `labels` (inside a gradient table, whose row
  /// already names the argument and its shape) the rows are drawn without their names, so the column stays narrow:
  /// the operand's row on top, the result's under the rule.
  static func render(_ diagram: BroadcastDiagram, labels: Bool = true) -> HTML {
    let result = diagram.result
    let rows: [(label: String, shape: [Int], alignment: [BroadcastDiagram.Alignment]?)] =
      diagram.operands.map { operand in
        (describe(operand), operand.shape, BroadcastDiagram.alignment(of: operand.shape, under: result))
      } + [("result \(GradientTableRenderer.shapeText(result))", result, nil)]
    let labelWidth = labels ? (rows.map { $0.label.count }.max() ?? 0) * Metrics.characterWidth + Metrics.labelGap : 0
    let columnWidths = result.map { extent in
      max(
        labels ? Metrics.minimumCellWidth : Metrics.compactCellWidth, String(extent).count * Metrics.characterWidth + 16
      )
    }
    var columnX: [Int] = []
    var x = labelWidth
    for width in columnWidths {
      columnX.append(x)
      x += width + Metrics.columnGap
    }
    let width = max(x - (result.isEmpty ? 0 : Metrics.columnGap), labelWidth) + 2

    var body = HTML()
    func text(_ kind: String, x: Int, y: Int, centered: Bool = true, size: Int, fill: String, _ content: String) {
      body.element(
        "text",
        [
          HTMLAttribute("class", kind), HTMLAttribute("x", String(x)), HTMLAttribute("y", String(y)),
          HTMLAttribute("text-anchor", centered ? "middle" : nil), HTMLAttribute("font-size", String(size)),
          HTMLAttribute("fill", fill),
        ], .text(content))
      body.literal("\n")
    }
    func cell(_ kind: String, x: Int, y: Int, width: Int, fill: String, dashed: Bool = false) {
      body.selfClosing(
        "rect",
        [
          HTMLAttribute("class", kind), HTMLAttribute("x", String(x)), HTMLAttribute("y", String(y)),
          HTMLAttribute("width", String(width)), HTMLAttribute("height", String(Metrics.cellHeight)),
          HTMLAttribute("rx", "3"), HTMLAttribute("fill", fill), HTMLAttribute("stroke", "#953800"),
          HTMLAttribute("stroke-dasharray", dashed ? "4 3" : nil),
        ], svg: true)
      body.literal("\n")
    }
    for (axis, left) in columnX.enumerated() {
      text("bd-axis-label", x: left + columnWidths[axis] / 2, y: 11, size: 10, fill: "#57606a", "axis \(axis)")
    }
    var y = Metrics.headerHeight
    for (index, row) in rows.enumerated() {
      let isResult = index == rows.count - 1
      if isResult {
        // A rule above the result, as under the operands of a written-out addition.
        body.selfClosing(
          "line",
          [
            HTMLAttribute("class", "bd-rule"), HTMLAttribute("x1", "0"), HTMLAttribute("y1", String(y)),
            HTMLAttribute("x2", String(width - 2)), HTMLAttribute("y2", String(y)), HTMLAttribute("stroke", "#d0d7de"),
          ], svg: true)
        body.literal("\n")
        y += Metrics.rowGap
      }
      if labels { text("bd-name", x: 0, y: y + 17, centered: false, size: 12, fill: "#1f2328", row.label) }
      var hasCaption = false
      for (axis, left) in columnX.enumerated() {
        let cellWidth = columnWidths[axis]
        let center = left + cellWidth / 2
        let alignment = row.alignment?[axis] ?? .kept(result[axis])
        switch alignment {
        case .kept(let extent):
          body.selfClosing(
            "rect",
            [
              HTMLAttribute("class", isResult ? "bd-cell bd-result" : "bd-cell"), HTMLAttribute("x", String(left)),
              HTMLAttribute("y", String(y)), HTMLAttribute("width", String(cellWidth)),
              HTMLAttribute("height", String(Metrics.cellHeight)), HTMLAttribute("rx", "3"),
              HTMLAttribute("fill", "#f6f8fa"), HTMLAttribute("stroke", "#57606a"),
            ], svg: true)
          body.literal("\n")
          text("bd-extent", x: center, y: y + 17, size: 12, fill: "#1f2328", String(extent))
        case .stretched:
          cell("bd-cell bd-summed", x: left, y: y, width: cellWidth, fill: "#fff1e5")
          text("bd-extent", x: center, y: y + 17, size: 12, fill: "#1f2328", "1")
        case .added:
          cell("bd-cell bd-summed bd-added", x: left, y: y, width: cellWidth, fill: "none", dashed: true)
        }
        if alignment == .stretched || alignment == .added {
          hasCaption = true
          text("bd-caption", x: center, y: y + Metrics.cellHeight + 11, size: 10, fill: "#953800", "summed")
        }
      }
      y += Metrics.cellHeight + (hasCaption ? Metrics.captionHeight : 0) + Metrics.rowGap
    }
    let height = y - Metrics.rowGap + 2
    var svg = HTML()
    svg.open(
      "svg",
      [
        HTMLAttribute("class", "broadcast-diagram"), HTMLAttribute("xmlns", "http://www.w3.org/2000/svg"),
        HTMLAttribute("role", "img"), HTMLAttribute("aria-label", label(diagram)),
        HTMLAttribute("width", String(width)),
        HTMLAttribute("height", String(height)), HTMLAttribute("viewBox", "0 0 \(width) \(height)"),
        HTMLAttribute("font-family", "ui-monospace, Menlo, Consolas, monospace"),
      ])
    svg.literal("\n")
    return svg + body + .literal("</svg>\n")
  }

  /// The words a screen reader says: "b (3,) broadcast to (4, 3): axis 0 summed", one clause per operand.
  static func label(_ diagram: BroadcastDiagram) -> String {
    let result = GradientTableRenderer.shapeText(diagram.result)
    return diagram.operands.map { operand in
      let axes = BroadcastDiagram.summedAxes(of: operand.shape, under: diagram.result)
      switch axes.count {
      case 0: return "\(describe(operand)) has the result's shape: nothing summed"
      case 1: return "\(describe(operand)) broadcast to \(result): axis \(axes[0]) summed"
      default:
        let list = axes.map(String.init).joined(separator: ", ")
        return "\(describe(operand)) broadcast to \(result): axes \(list) summed"
      }
    }.joined(separator: "; ")
  }

  /// "A (2, 3)", or just "(2, 3)" for an operand given as a shape.
  private static func describe(_ operand: BroadcastDiagram.Operand) -> String {
    let shape = GradientTableRenderer.shapeText(operand.shape)
    return operand.name.isEmpty ? shape : "\(shortName(operand.name)) \(shape)"
  }

  /// A name short enough for the label column; a long argument expression is cut with an ellipsis.
  private static func shortName(_ name: String) -> String {
    let single = name.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard single.count > Metrics.maximumNameLength else { return single }
    return String(single.prefix(Metrics.maximumNameLength - 1)) + "…"
  }
}
