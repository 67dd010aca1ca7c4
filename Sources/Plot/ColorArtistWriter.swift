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

  /// A contour set: a path per band (filled) or per level (lines), in level order.
  static func contour(_ contour: ContourArtist, layout: AxesLayout, into svg: inout SVGBuilder) {
    var lines: [String] = []
    for (index, shapes) in contour.shapes.enumerated() where index < contour.colors.count {
      var path = ""
      for shape in shapes {
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
    guard !lines.isEmpty else { return }
    let rendering = contour.filled ? " shape-rendering=\"crispEdges\"" : ""
    svg.line("<g class=\"\(contour.filled ? "contourf" : "contour")\"\(rendering)\(opacity(contour.alpha))>")
    for line in lines { svg.line(line) }
    svg.line("</g>")
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
