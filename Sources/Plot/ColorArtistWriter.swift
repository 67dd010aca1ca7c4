import TensorCore

/// Draws images and contour sets. Filled areas are drawn with `shape-rendering="crispEdges"`, as matplotlib draws
/// `contourf` unantialiased: cells and bands then meet without a hairline of background between them.
extension ArtistWriter {
  /// An image: one path per colour, each a list of rectangles (runs of equal cells in a row merged), in the order
  /// the colours first appear; NaN cells stay transparent.
  static func image(_ image: ImageArtist, layout: AxesLayout, into svg: inout SVGBuilder) {
    guard image.rows > 0, image.columns > 0, image.extent.count == 4 else { return }
    let (left, right, bottom, top) = (image.extent[0], image.extent[1], image.extent[2], image.extent[3])
    let columnEdges = (0...image.columns).map { column in
      clamp(layout.pointX(left + Double(column) * (right - left) / Double(image.columns)))
    }
    let rowEdges = (0...image.rows).map { row in
      let fraction = Double(row) / Double(image.rows)
      return clamp(
        layout.pointY(image.upperOrigin ? top + fraction * (bottom - top) : bottom + fraction * (top - bottom)))
    }
    guard columnEdges.allSatisfy(\.isFinite), rowEdges.allSatisfy(\.isFinite) else { return }
    let map = Colormap.named(image.scale.colormap)
    if image.rows * image.columns > ImageArtist.maxVectorCells {
      raster(image, columnEdges: columnEdges, rowEdges: rowEdges, map: map, into: &svg)
      return
    }
    var order: [String] = []
    var paths: [String: String] = [:]
    let values = image.values.values
    for row in 0..<image.rows {
      var column = 0
      while column < image.columns {
        let value = values[row * image.columns + column]
        var end = column + 1
        guard value.isFinite, let color = map?.color(normalized: image.scale.normalized(value)) else {
          column = end
          continue
        }
        while end < image.columns {
          let next = values[row * image.columns + end]
          guard next.isFinite, map?.color(normalized: image.scale.normalized(next)) == color else { break }
          end += 1
        }
        let hex = color.hex
        if paths[hex] == nil { order.append(hex) }
        paths[hex, default: ""] +=
          "M\(n(columnEdges[column])) \(n(rowEdges[row]))H\(n(columnEdges[end]))V\(n(rowEdges[row + 1]))"
          + "H\(n(columnEdges[column]))z"
        column = end
      }
    }
    guard !order.isEmpty else { return }
    svg.line("<g class=\"image\" shape-rendering=\"crispEdges\"\(opacity(image.alpha))>")
    for hex in order { svg.line("<path d=\"\(paths[hex]!)\" fill=\"\(hex)\"/>") }
    svg.line("</g>")
  }

  /// A large image as one PNG of its cells, stretched over the cells' box without smoothing, so each cell stays a
  /// flat rectangle of its colour as in the vector form; NaN cells are transparent pixels.
  static func raster(
    _ image: ImageArtist, columnEdges: [Double], rowEdges: [Double], map: Colormap?, into svg: inout SVGBuilder
  ) {
    let values = image.values.values
    // Pixel rows run top to bottom and columns left to right, whichever way the extent and origin point.
    let rowsDown = rowEdges[0] <= rowEdges[image.rows]
    let columnsRight = columnEdges[0] <= columnEdges[image.columns]
    var pixels = [UInt8](repeating: 0, count: image.rows * image.columns * 4)
    var cache: [Double: PlotColor?] = [:]
    for pixelRow in 0..<image.rows {
      let row = rowsDown ? pixelRow : image.rows - 1 - pixelRow
      for pixelColumn in 0..<image.columns {
        let column = columnsRight ? pixelColumn : image.columns - 1 - pixelColumn
        let value = values[row * image.columns + column]
        guard value.isFinite else { continue }
        let color: PlotColor?
        if let known = cache[value] {
          color = known
        } else {
          color = map?.color(normalized: image.scale.normalized(value))
          if cache.count < 65_536 { cache[value] = color }
        }
        guard case .rgb(let red, let green, let blue)? = color else { continue }
        let offset = (pixelRow * image.columns + pixelColumn) * 4
        pixels[offset] = red
        pixels[offset + 1] = green
        pixels[offset + 2] = blue
        pixels[offset + 3] = 255
      }
    }
    let png = PNGEncoder.encode(width: image.columns, height: image.rows, rgba: pixels)
    let x = min(columnEdges[0], columnEdges[image.columns])
    let y = min(rowEdges[0], rowEdges[image.rows])
    let width = abs(columnEdges[image.columns] - columnEdges[0])
    let height = abs(rowEdges[image.rows] - rowEdges[0])
    svg.line("<g class=\"image\"\(opacity(image.alpha))>")
    svg.line(
      "<image x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" "
        + "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" "
        + "href=\"data:image/png;base64,\(PNGEncoder.base64(png))\"/>")
    svg.line("</g>")
  }

  /// A contour set: a path per band (filled) or per level (lines), in level order, and any `clabel` labels.
  static func contour(_ contour: ContourArtist, layout: AxesLayout, into svg: inout SVGBuilder) {
    var lines: [String] = []
    var texts: [String] = []
    for (index, shapes) in contour.shapes.enumerated() where index < contour.colors.count {
      var path = ""
      for shape in shapes {
        if let labels = contour.labels, index < labels.texts.count, !labels.texts[index].isEmpty,
          let labelled = labelledLine(
            shape, text: labels.texts[index], labels: labels, color: labels.color ?? contour.colors[index],
            layout: layout)
        {
          path += labelled.path
          texts.append(labelled.text)
          continue
        }
        let coordinates = shape.coordinates.values
        var penDown = false
        for point in stride(from: 0, to: coordinates.count - 1, by: 2) {
          let x = layout.pointX(coordinates[point])
          let y = layout.pointY(coordinates[point + 1])
          guard x.isFinite, y.isFinite else {
            penDown = false
            continue
          }
          path += (penDown ? "L" : "M") + "\(n(clamp(x))) \(n(clamp(y)))"
          penDown = true
        }
        if shape.closed && penDown { path += "z" }
      }
      guard !path.isEmpty else { continue }
      let color = contour.colors[index].hex
      if contour.filled {
        lines.append("<path d=\"\(path)\" fill=\"\(color)\"/>")
      } else {
        let width = index < contour.widths.count ? contour.widths[index] : 1.5
        let style = index < contour.styles.count ? contour.styles[index] : .solid
        var attributes = "fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(n(width))\" stroke-linejoin=\"round\""
        if let dashes = dashArray(style, width: width) { attributes += " stroke-dasharray=\"\(dashes)\"" }
        lines.append("<path d=\"\(path)\" \(attributes)/>")
      }
    }
    guard !lines.isEmpty || !texts.isEmpty else { return }
    let rendering = contour.filled ? " shape-rendering=\"crispEdges\"" : ""
    svg.line("<g class=\"\(contour.filled ? "contourf" : "contour")\"\(rendering)\(opacity(contour.alpha))>")
    for line in lines { svg.line(line) }
    for text in texts { svg.line(text) }
    svg.line("</g>")
  }

  /// A contour line with its label: the path with a gap for the label (when inline) and the label's `<text>`; nil
  /// when the line is too short for it (its extent at most 1.2 label widths, as matplotlib's `print_label`) or
  /// leaves the drawable area.
  static func labelledLine(
    _ shape: ContourArtist.Shape, text: String, labels: ContourLabels, color: PlotColor, layout: AxesLayout
  ) -> (path: String, text: String)? {
    let coordinates = shape.coordinates.values
    var points: [(Double, Double)] = []
    for index in stride(from: 0, to: coordinates.count - 1, by: 2) {
      let x = layout.pointX(coordinates[index])
      let y = layout.pointY(coordinates[index + 1])
      guard x.isFinite, y.isFinite else { return nil }
      points.append((clamp(x), clamp(y)))
    }
    if shape.closed, let first = points.first { points.append(first) }
    guard points.count >= 2 else { return nil }
    let width = TextMetrics.width(text, fontSize: labels.fontSize)
    let xs = points.map(\.0)
    let ys = points.map(\.1)
    guard (xs.max()! - xs.min()!) > 1.2 * width || (ys.max()! - ys.min()!) > 1.2 * width else { return nil }
    // Arc length along the line, and the label at its middle.
    var lengths = [0.0]
    for (a, b) in zip(points, points.dropFirst()) {
      let (dx, dy) = (b.0 - a.0, b.1 - a.1)
      lengths.append(lengths[lengths.count - 1] + (dx * dx + dy * dy).squareRoot())
    }
    let total = lengths[lengths.count - 1]
    guard total > 0 else { return nil }
    func point(at distance: Double) -> (x: Double, y: Double, segment: Int) {
      let segment = Swift.max(0, Swift.min(lengths.lastIndex { $0 <= distance } ?? 0, points.count - 2))
      let span = lengths[segment + 1] - lengths[segment]
      let t = span > 0 ? (distance - lengths[segment]) / span : 0
      let (a, b) = (points[segment], points[segment + 1])
      return (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1), segment)
    }
    let middle = point(at: total / 2)
    let (a, b) = (points[middle.segment], points[middle.segment + 1])
    // Turned along the line, and kept upright as matplotlib's `rightside_up`.
    var angle = Elementary.atan2(b.1 - a.1, b.0 - a.0) * 180 / Double.pi
    if angle > 90 { angle -= 180 } else if angle < -90 { angle += 180 }
    var path = ""
    let gap = labels.inline ? width / 2 + labels.spacing : 0
    let (start, end) = (total / 2 - gap, total / 2 + gap)
    if labels.inline && start > 0 {
      let cut = point(at: start)
      path += "M" + points[0...cut.segment].map { "\(n($0.0)) \(n($0.1))" }.joined(separator: "L")
      path += "L\(n(cut.x)) \(n(cut.y))"
    }
    if labels.inline && end < total {
      let cut = point(at: end)
      path += "M\(n(cut.x)) \(n(cut.y))"
      path += points[(cut.segment + 1)...].map { "L\(n($0.0)) \(n($0.1))" }.joined()
    }
    if !labels.inline {
      path = "M" + points.map { "\(n($0.0)) \(n($0.1))" }.joined(separator: "L")
    }
    let size = labels.fontSize == 10 ? "" : " font-size=\"\(n(labels.fontSize))\""
    let label =
      "<text class=\"clabel\" transform=\"translate(\(n(middle.x)) \(n(middle.y))) rotate(\(n(angle)))\" "
      + "text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"\(color.hex)\"\(size)>"
      + "\(XMLText.escaped(text))</text>"
    return (path, label)
  }

  /// Scatter points with a size or a colour per point: consecutive points that share both go in one path, so the
  /// drawing order (later points on top) is kept. A point whose colour value is NaN is not drawn, as matplotlib's
  /// "bad" colour is transparent.
  static func scatterPerPoint(_ scatter: Scatter, layout: AxesLayout, into svg: inout SVGBuilder) {
    let map = scatter.scale.flatMap { Colormap.named($0.colormap) }
    var runs: [(color: String, path: String)] = []
    for (index, point) in points(scatter.x, scatter.y, layout: layout).enumerated() {
      guard let (x, y) = point else { continue }
      var color = scatter.color
      if let values = scatter.values?.values, let scale = scatter.scale {
        guard index < values.count, values[index].isFinite,
          let mapped = map?.color(normalized: scale.normalized(values[index]))
        else { continue }
        color = mapped
      }
      let area = scatter.areas.map { index < $0.count ? $0[index] : scatter.area } ?? scatter.area
      guard area.isFinite, area >= 0 else { continue }
      let shape = "M\(n(x)) \(n(y))" + MarkerShape.path(scatter.marker, size: area.squareRoot())
      if let last = runs.last, last.color == color.hex {
        runs[runs.count - 1].path += shape
      } else {
        runs.append((color.hex, shape))
      }
    }
    guard !runs.isEmpty else { return }
    let filled = scatter.marker != .plus && scatter.marker != .cross
    svg.line("<g class=\"scatter\"\(opacity(scatter.alpha))>")
    for run in runs {
      svg.line(
        "<path d=\"\(run.path)\" fill=\"\(filled ? run.color : "none")\" stroke=\"\(run.color)\" stroke-width=\"1\"/>")
    }
    svg.line("</g>")
  }
}
