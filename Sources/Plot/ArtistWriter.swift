/// Draws artists as SVG elements in data coordinates mapped through an `AxesLayout`.
enum ArtistWriter {
  /// Coordinates beyond this many points from the axes are clamped, so a point far outside the view cannot print a
  /// 300-digit number; the clip path hides the difference.
  static let coordinateBound = 1e6

  static func clamp(_ value: Double) -> Double {
    Swift.min(Swift.max(value, -coordinateBound), coordinateBound)
  }

  /// matplotlib's dash patterns (`lines.*_pattern`), scaled by the line width as `lines.scale_dashes` does.
  static func dashArray(_ style: LineStyle, width: Double) -> String? {
    let pattern: [Double]
    switch style {
    case .dashed: pattern = [3.7, 1.6]
    case .dashDot: pattern = [6.4, 1.6, 1, 1.6]
    case .dotted: pattern = [1, 1.65]
    case .solid, .none: return nil
    }
    return pattern.map { n($0 * width) }.joined(separator: ",")
  }

  /// The SVG points of a line's data; nil where a coordinate is NaN, infinite, or not positive on a log axis.
  static func points(_ x: [Double], _ y: [Double], layout: AxesLayout) -> [(Double, Double)?] {
    zip(x, y).map { (x, y) in
      let px = layout.pointX(x)
      let py = layout.pointY(y)
      guard px.isFinite, py.isFinite else { return nil }
      return (clamp(px), clamp(py))
    }
  }

  static func line(_ line: Line, layout: AxesLayout, into svg: inout SVGBuilder) {
    let color = line.color.hex
    let points = points(line.x, line.y, layout: layout)
    if line.style != .none {
      var path = ""
      var penDown = false
      for point in points {
        guard let (x, y) = point else {
          penDown = false
          continue
        }
        path += (penDown ? "L" : "M") + "\(n(x)) \(n(y))"
        penDown = true
      }
      if !path.isEmpty {
        var attributes =
          "fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(n(line.width))\" stroke-linejoin=\"round\""
        if let dashes = dashArray(line.style, width: line.width) {
          attributes += " stroke-dasharray=\"\(dashes)\""
        } else {
          attributes += " stroke-linecap=\"square\""
        }
        svg.line("<path class=\"line\" d=\"\(path)\" \(attributes)\(opacity(line.alpha))/>")
      }
    }
    if let marker = line.marker {
      let shape = MarkerShape.path(marker, size: line.markerSize)
      var markers = ""
      for case let (x, y)? in points { markers += "M\(n(x)) \(n(y))" + shape }
      if !markers.isEmpty {
        let filled = marker != .plus && marker != .cross
        svg.line(
          "<path class=\"markers\" d=\"\(markers)\" fill=\"\(filled ? color : "none")\" stroke=\"\(color)\" "
            + "stroke-width=\"1\"\(opacity(line.alpha))/>")
      }
    }
  }
}

/// Marker outlines as relative path commands from the marker's centre (after an `M` to it).
enum MarkerShape {
  static func path(_ marker: Marker, size: Double) -> String {
    let r = size / 2
    switch marker {
    case .circle: return circle(r)
    case .point: return circle(r / 2)
    case .square:
      let h = r / 1.4142135623730951 * 1.0
      return "m\(n(-h)) \(n(-h))h\(n(2 * h))v\(n(2 * h))h\(n(-2 * h))z"
    case .diamond:
      let h = r / 1.4142135623730951 * 1.2
      return "m0 \(n(-h))l\(n(h)) \(n(h))l\(n(-h)) \(n(h))l\(n(-h)) \(n(-h))z"
    case .triangleUp:
      return "m0 \(n(-r))l\(n(r)) \(n(2 * r))h\(n(-2 * r))z"
    case .triangleDown:
      return "m0 \(n(r))l\(n(r)) \(n(-2 * r))h\(n(-2 * r))z"
    case .plus:
      return "m\(n(-r)) 0h\(n(2 * r))m\(n(-r)) \(n(-r))v\(n(2 * r))m0 \(n(-r))"
    case .cross:
      let h = r / 1.4142135623730951
      return "m\(n(-h)) \(n(-h))l\(n(2 * h)) \(n(2 * h))m0 \(n(-2 * h))l\(n(-2 * h)) \(n(2 * h))m\(n(h)) \(n(-h))"
    case .star:
      // A five-pointed star, outer radius r, inner 0.382r, points listed from the top clockwise.
      let outer: [(Double, Double)] = [
        (0, -1), (0.2245, -0.309), (0.9511, -0.309), (0.3633, 0.118), (0.5878, 0.809), (0, 0.382),
        (-0.5878, 0.809), (-0.3633, 0.118), (-0.9511, -0.309), (-0.2245, -0.309),
      ]
      var path = ""
      var previous = (0.0, 0.0)
      for (index, point) in outer.enumerated() {
        let (x, y) = (point.0 * r, point.1 * r)
        path += (index == 0 ? "m" : "l") + "\(n(x - previous.0)) \(n(y - previous.1))"
        previous = (x, y)
      }
      return path + "z"
    }
  }

  private static func circle(_ r: Double) -> String {
    "m\(n(-r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(2 * r)) 0a\(n(r)) \(n(r)) 0 1 0 \(n(-2 * r)) 0"
  }
}

extension ArtistWriter {
  /// An opacity attribute, empty at full opacity.
  static func opacity(_ alpha: Double, _ attribute: String = "opacity") -> String {
    alpha >= 1 ? "" : " \(attribute)=\"\(n(Swift.max(alpha, 0)))\""
  }

  static func scatter(_ scatter: Scatter, layout: AxesLayout, into svg: inout SVGBuilder) {
    if scatter.areas != nil || scatter.values != nil {
      scatterPerPoint(scatter, layout: layout, into: &svg)
      return
    }
    // matplotlib's `s` is the marker's area in points²; a marker's size is the side of its box.
    let shape = MarkerShape.path(scatter.marker, size: scatter.area.squareRoot())
    var path = ""
    for case let (x, y)? in points(scatter.x, scatter.y, layout: layout) { path += "M\(n(x)) \(n(y))" + shape }
    guard !path.isEmpty else { return }
    let color = scatter.color.hex
    let filled = scatter.marker != .plus && scatter.marker != .cross
    svg.line(
      "<path class=\"scatter\" d=\"\(path)\" fill=\"\(filled ? color : "none")\" stroke=\"\(color)\" "
        + "stroke-width=\"1\"\(opacity(scatter.alpha))/>")
  }

  static func bars(_ bars: Bars, layout: AxesLayout, into svg: inout SVGBuilder) {
    var path = ""
    for index in bars.left.indices {
      let x0 = layout.pointX(bars.left[index])
      let x1 = layout.pointX(bars.left[index] + bars.width[index])
      let y0 = layout.pointY(bars.bottom[index])
      let y1 = layout.pointY(bars.bottom[index] + bars.height[index])
      guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite else { continue }
      let (left, right) = (clamp(Swift.min(x0, x1)), clamp(Swift.max(x0, x1)))
      let (top, bottom) = (clamp(Swift.min(y0, y1)), clamp(Swift.max(y0, y1)))
      path += "M\(n(left)) \(n(top))H\(n(right))V\(n(bottom))H\(n(left))z"
    }
    guard !path.isEmpty else { return }
    svg.line("<path class=\"bars\" d=\"\(path)\" fill=\"\(bars.color.hex)\"\(opacity(bars.alpha))/>")
  }

  static func referenceLine(_ line: ReferenceLine, layout: AxesLayout, into svg: inout SVGBuilder) {
    var attributes = "stroke=\"\(line.color.hex)\" stroke-width=\"\(n(line.width))\""
    if let dashes = dashArray(line.style, width: line.width) { attributes += " stroke-dasharray=\"\(dashes)\"" }
    if line.horizontal {
      let y = layout.pointY(line.value)
      guard y.isFinite else { return }
      svg.line(
        "<path class=\"refline\" d=\"M\(n(layout.left)) \(n(clamp(y)))H\(n(layout.left + layout.width))\" "
          + "\(attributes)/>")
    } else {
      let x = layout.pointX(line.value)
      guard x.isFinite else { return }
      svg.line(
        "<path class=\"refline\" d=\"M\(n(clamp(x))) \(n(layout.top))V\(n(layout.top + layout.height))\" "
          + "\(attributes)/>")
    }
  }

  static func fill(_ fill: Fill, layout: AxesLayout, into svg: inout SVGBuilder) {
    // Runs of points where all three values are usable, each closed along the upper curve and back along the lower.
    var path = ""
    var run: [(Double, Double, Double)] = []
    func flush() {
      defer { run = [] }
      guard run.count > 1 else { return }
      path += "M" + run.map { "\(n($0.0)) \(n($0.2))" }.joined(separator: "L")
      path += "L" + run.reversed().map { "\(n($0.0)) \(n($0.1))" }.joined(separator: "L") + "z"
    }
    for index in fill.x.indices {
      let x = layout.pointX(fill.x[index])
      let low = layout.pointY(fill.lower[index])
      let high = layout.pointY(fill.upper[index])
      if x.isFinite, low.isFinite, high.isFinite {
        run.append((clamp(x), clamp(low), clamp(high)))
      } else {
        flush()
      }
    }
    flush()
    guard !path.isEmpty else { return }
    svg.line("<path class=\"fill\" d=\"\(path)\" fill=\"\(fill.color.hex)\"\(opacity(fill.alpha))/>")
  }

  static func text(_ note: TextNote, layout: AxesLayout, into svg: inout SVGBuilder) {
    let x = layout.pointX(note.x)
    let y = layout.pointY(note.y)
    guard x.isFinite, y.isFinite else { return }
    if let target = note.arrowTo, target.count == 2 {
      let tx = layout.pointX(target[0])
      let ty = layout.pointY(target[1])
      if tx.isFinite, ty.isFinite {
        svg.line(
          "<path class=\"arrow\" d=\"M\(n(clamp(x))) \(n(clamp(y)))L\(n(clamp(tx))) \(n(clamp(ty)))\" "
            + "stroke=\"currentColor\" stroke-width=\"1\"/>")
      }
    }
    let fill = note.color.map { " fill=\"\($0.hex)\"" } ?? ""
    let size = note.fontSize == 10 ? "" : " font-size=\"\(n(note.fontSize))\""
    svg.line(
      "<text class=\"note\" x=\"\(n(clamp(x)))\" y=\"\(n(clamp(y)))\"\(size)\(fill)>\(XMLText.escaped(note.text))</text>"
    )
  }
}
