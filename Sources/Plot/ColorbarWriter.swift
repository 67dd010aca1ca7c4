/// Draws a colour bar as matplotlib's vertical `Colorbar` looks: the colours from bottom (vmin) to top (vmax) in a
/// framed box, ticks and labels on its right, the label beyond them reading upwards.
struct ColorbarWriter {
  let colorbar: Colorbar
  let box: (left: Double, top: Double, width: Double, height: Double)

  /// `FixedLocator(levels, nbins=10)`, which a contour set's bar uses: every k-th level so at most ten remain,
  /// starting where the ticks come closest to zero.
  static func fixedTicks(_ levels: [Double], bins: Int = 10) -> [Double] {
    guard !levels.isEmpty else { return [] }
    let step = Swift.max((levels.count + bins - 1) / bins, 1)
    func every(from start: Int) -> [Double] { stride(from: start, to: levels.count, by: step).map { levels[$0] } }
    var ticks = every(from: 0)
    for start in 1..<step {
      let other = every(from: start)
      if let a = other.map(\.magnitude).min(), let b = ticks.map(\.magnitude).min(), a < b { ticks = other }
    }
    return ticks
  }

  func write(into svg: inout SVGBuilder) -> Extent {
    let (left, top, width, height) = box
    let right = left + width
    let bottom = top + height
    // matplotlib widens an empty range (`nonsingular` with expander 0.1) before drawing the bar.
    let range = LinearLocator.nonsingular(colorbar.range.0, colorbar.range.1, expander: 0.1)
    func y(_ value: Double) -> Double {
      ArtistWriter.clamp(bottom - (value - range.0) / (range.1 - range.0) * height)
    }
    var extent = Extent(minX: left, minY: top, maxX: right, maxY: bottom)
    svg.line("<g class=\"colorbar\">")
    var bands: [(low: Double, high: Double, color: String)] = []
    if let scale = colorbar.scale, let map = Colormap.named(scale.colormap) {
      // `_uniform_y(N + 1)`: one band per colour of the map, evenly spaced from vmin to vmax.
      let count = map.colors.count
      for (index, color) in map.colors.enumerated() {
        let low = range.0 + (range.1 - range.0) * Double(index) / Double(count)
        let high = range.0 + (range.1 - range.0) * Double(index + 1) / Double(count)
        if let last = bands.last, last.color == color.hex {
          bands[bands.count - 1].high = high
        } else {
          bands.append((low, high, color.hex))
        }
      }
    } else if !colorbar.lines {
      for index in colorbar.colors.indices where index + 1 < colorbar.levels.count {
        bands.append((colorbar.levels[index], colorbar.levels[index + 1], colorbar.colors[index].hex))
      }
    }
    if !bands.isEmpty {
      svg.line("<g shape-rendering=\"crispEdges\">")
      for band in bands {
        svg.line(
          "<path d=\"M\(n(left)) \(n(y(band.high)))H\(n(right))V\(n(y(band.low)))H\(n(left))z\" "
            + "fill=\"\(band.color)\"/>")
      }
      svg.line("</g>")
    }
    if colorbar.lines {
      for (level, color) in zip(colorbar.levels, colorbar.colors) where level >= range.0 && level <= range.1 {
        svg.line(
          "<path d=\"M\(n(left)) \(n(y(level)))H\(n(right))\" stroke=\"\(color.hex)\" stroke-width=\"1.5\"/>")
      }
    }
    svg.line(
      "<rect class=\"frame\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(height))\" "
        + "fill=\"none\" stroke=\"currentColor\" stroke-width=\"\(n(AxesWriter.spineWidth))\"/>")
    // Ticks: the axis' own AutoLocator for a continuous bar, the levels (at most ten) for a contour set's.
    var ticks: [(value: Double, label: String)] = []
    var offsetText = ""
    if colorbar.scale != nil {
      let axis = AxisTicks(view: range, scale: .linear, length: height, horizontal: false)
      ticks = axis.major.map { ($0.value, $0.label.map(\.text).joined()) }
      offsetText = axis.offsetText
    } else {
      let values = Self.fixedTicks(colorbar.levels)
      let formatter = ScalarFormatter(ticks: values, view: range)
      ticks = zip(values, formatter.labels).filter { LinearLocator.visible([$0.0], in: range).count == 1 }
        .map { ($0.0, $0.1) }
      offsetText = formatter.offsetText
    }
    if !ticks.isEmpty {
      let path = ticks.map { "M\(n(right)) \(n(y($0.value)))h\(n(AxesWriter.tickLength))" }.joined()
      svg.line("<path class=\"ticks\" d=\"\(path)\" stroke=\"currentColor\" stroke-width=\"0.8\"/>")
    }
    let labelX = right + AxesWriter.tickLength + AxesWriter.tickPad
    var labelWidth = 0.0
    for tick in ticks {
      svg.line(
        "<text class=\"tick-label\" x=\"\(n(labelX))\" y=\"\(n(y(tick.value) + 3.6))\">"
          + "\(XMLText.escaped(tick.label))</text>")
      labelWidth = Swift.max(labelWidth, TextMetrics.width(tick.label, fontSize: 10))
    }
    extent.include(Extent(minX: left, minY: top - 6, maxX: labelX + labelWidth + 2, maxY: bottom + 6))
    if !offsetText.isEmpty {
      svg.line("<text class=\"offset\" x=\"\(n(left))\" y=\"\(n(top - 4))\">\(XMLText.escaped(offsetText))</text>")
      extent.include(
        Extent(
          minX: left, minY: top - 16, maxX: left + TextMetrics.width(offsetText, fontSize: 10), maxY: top))
    }
    if !colorbar.label.isEmpty {
      let x = labelX + labelWidth + AxesWriter.labelPad + 9.5
      let middle = top + height / 2
      svg.line(
        "<text class=\"ylabel\" transform=\"translate(\(n(x)) \(n(middle))) rotate(-90)\" text-anchor=\"middle\">"
          + "\(XMLText.escaped(colorbar.label))</text>")
      let half = TextMetrics.width(colorbar.label, fontSize: 10) / 2
      extent.include(Extent(minX: x - 10, minY: middle - half, maxX: x + 4, maxY: middle + half))
    }
    svg.line("</g>")
    return extent
  }
}
