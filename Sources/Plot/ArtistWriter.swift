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
        svg.line("<path class=\"line\" d=\"\(path)\" \(attributes)/>")
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
            + "stroke-width=\"1\"/>")
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
