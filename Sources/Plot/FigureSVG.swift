/// Writes a figure as a standalone, deterministic SVG: every number through `DecimalText`, text as `<text>`, ink in
/// `currentColor` (so the page's light or dark theme colours it), no scripts and no external references.
public enum FigureSVG {
  /// The SVG for `figure`. It has no ids (data is clipped by a nested `<svg>`), so any number of figures can share a
  /// page, and the print page's id rewriting leaves them alone.
  public static func render(_ figure: Figure) -> String {
    var extent = Extent(minX: 0, minY: 0, maxX: figure.width * 72, maxY: figure.height * 72)
    var body = SVGBuilder()
    for axes in figure.axes where !axes.covered {
      if let scene = axes.scene {
        extent.include(Axes3DWriter(axes: axes, scene: scene, figure: figure).write(into: &body))
      } else {
        extent.include(AxesWriter(axes: axes, layout: AxesLayout(axes: axes, in: figure)).write(into: &body))
      }
    }
    // A label that would fall outside the figure widens the picture instead of being cut off, as a notebook's
    // inline figures (saved with a tight bounding box) show every label whole.
    let (width, height) = (extent.maxX - extent.minX, extent.maxY - extent.minY)
    var svg = SVGBuilder()
    let label = accessibleLabel(figure)
    svg.line(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" "
        + "viewBox=\"\(n(extent.minX)) \(n(extent.minY)) \(n(width)) \(n(height))\" "
        + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(XMLText.escaped(label))\" "
        + "font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"10\" fill=\"currentColor\">")
    svg.text += body.text
    svg.line("</svg>")
    return svg.text
  }

  /// "Plot: title; x axis: label; y axis: label" over every axes that has any of them.
  static func accessibleLabel(_ figure: Figure) -> String {
    var parts: [String] = []
    for axes in figure.axes where !axes.covered {
      var part: [String] = []
      if !axes.title.isEmpty { part.append(axes.title) }
      if !axes.xLabel.isEmpty { part.append("x axis: \(axes.xLabel)") }
      if !axes.yLabel.isEmpty { part.append("y axis: \(axes.yLabel)") }
      if let label = axes.scene?.zLabel, !label.isEmpty { part.append("z axis: \(label)") }
      if let label = axes.colorbar?.label, !label.isEmpty { part.append("colour bar: \(label)") }
      if !part.isEmpty { parts.append(part.joined(separator: "; ")) }
    }
    return parts.isEmpty ? "Plot" : "Plot: " + parts.joined(separator: " | ")
  }
}

/// A coordinate's text (two decimals at most).
func n(_ value: Double) -> String { DecimalText.coordinate(value) }

/// The box a figure's drawing covers, in points, grown to hold every label (with a little room around text).
struct Extent {
  var minX: Double
  var minY: Double
  var maxX: Double
  var maxY: Double

  mutating func include(_ other: Extent) {
    minX = min(minX, other.minX)
    minY = min(minY, other.minY)
    maxX = max(maxX, other.maxX)
    maxY = max(maxY, other.maxY)
  }

  /// Rounds outwards to whole points, so the bytes stay short and a label's edge never lands on a fraction.
  var rounded: Extent {
    Extent(
      minX: minX.rounded(.down), minY: minY.rounded(.down), maxX: maxX.rounded(.up), maxY: maxY.rounded(.up))
  }
}

/// Accumulates the SVG's lines.
struct SVGBuilder {
  var text = ""
  mutating func line(_ line: String) { text += line + "\n" }
}

/// Draws one axes: grid, artists (clipped to the axes box), spines, ticks, labels, title and legend.
struct AxesWriter {
  let axes: Axes
  let layout: AxesLayout

  /// matplotlib's defaults, in points.
  static let tickLength = 3.5
  static let minorTickLength = 2.0
  static let tickPad = 3.5
  static let labelPad = 4.0
  static let titlePad = 6.0
  static let spineWidth = 0.8

  /// Writes the axes and returns the box its frame and text cover (text boxes estimated, as the browser sets it).
  func write(into svg: inout SVGBuilder) -> Extent {
    let (left, top, width, height) = (layout.left, layout.top, layout.width, layout.height)
    let right = left + width
    let bottom = top + height
    var extent = Extent(minX: left, minY: top, maxX: right, maxY: bottom)
    let xTicks = AxisTicks(view: layout.xView, scale: layout.xScale, length: width, horizontal: true)
    let yTicks = AxisTicks(view: layout.yView, scale: layout.yScale, length: height, horizontal: false)
    svg.line("<g class=\"axes\">")
    if axes.grid, axes.axisOn {
      var path = ""
      for tick in xTicks.major { path += "M\(n(layout.pointX(tick.value))) \(n(top))V\(n(bottom))" }
      for tick in yTicks.major { path += "M\(n(left)) \(n(layout.pointY(tick.value)))H\(n(right))" }
      if !path.isEmpty {
        svg.line("<path class=\"grid\" d=\"\(path)\" fill=\"none\" stroke=\"#b0b0b0\" stroke-width=\"0.8\"/>")
      }
    }
    // A nested viewport clips what lies outside the axes box (its overflow is hidden), with no id to keep unique.
    svg.line(
      "<svg class=\"data\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(height))\" "
        + "viewBox=\"\(n(left)) \(n(top)) \(n(width)) \(n(height))\" overflow=\"hidden\">")
    for artist in axes.artists {
      switch artist {
      case .line(let line): ArtistWriter.line(line, layout: layout, into: &svg)
      case .scatter(let scatter): ArtistWriter.scatter(scatter, layout: layout, into: &svg)
      case .bars(let bars): ArtistWriter.bars(bars, layout: layout, into: &svg)
      case .referenceLine(let line): ArtistWriter.referenceLine(line, layout: layout, into: &svg)
      case .fill(let fill): ArtistWriter.fill(fill, layout: layout, into: &svg)
      case .image(let image): ArtistWriter.image(image, layout: layout, into: &svg)
      case .contour(let contour): ArtistWriter.contour(contour, layout: layout, into: &svg)
      case .text: break
      }
    }
    svg.line("</svg>")
    guard axes.axisOn else {
      // `axis('off')`: matplotlib hides both axes (spines, ticks, their labels) and keeps the title and artists.
      for case .text(let note) in axes.artists { ArtistWriter.text(note, layout: layout, into: &svg) }
      writeTitle(into: &svg, extent: &extent)
      if axes.legend { LegendWriter(axes: axes, layout: layout).write(into: &svg) }
      if let colorbar = axes.colorbar, let box = layout.colorbarBox {
        extent.include(ColorbarWriter(colorbar: colorbar, box: box).write(into: &svg))
      }
      svg.line("</g>")
      return extent.rounded
    }
    svg.line(
      "<rect class=\"frame\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(width))\" height=\"\(n(height))\" "
        + "fill=\"none\" stroke=\"currentColor\" stroke-width=\"\(n(Self.spineWidth))\" stroke-linecap=\"square\"/>")
    for case .text(let note) in axes.artists { ArtistWriter.text(note, layout: layout, into: &svg) }
    writeTicks(xTicks, yTicks, into: &svg)
    let yLabelWidth = yTicks.major.map { TextMetrics.width(plain($0.label), fontSize: 10) }.max() ?? 0
    let xLabelHeight = xTicks.major.isEmpty ? 0.0 : 11.6
    // Tick labels: below the x axis (centred on their ticks) and left of the y axis.
    for tick in xTicks.major + xTicks.labelledMinor where !tick.label.isEmpty {
      let half = TextMetrics.width(plain(tick.label), fontSize: 10) / 2
      let x = layout.pointX(tick.value)
      extent.include(
        Extent(minX: x - half, minY: bottom, maxX: x + half, maxY: bottom + Self.tickLength + Self.tickPad + 14))
    }
    if !yTicks.major.isEmpty {
      extent.minX = min(extent.minX, left - Self.tickLength - Self.tickPad - yLabelWidth - 2)
    }
    if !axes.xLabel.isEmpty {
      let y = bottom + Self.tickLength + Self.tickPad + xLabelHeight + Self.labelPad + 7.6
      svg.line(
        "<text class=\"xlabel\" x=\"\(n(left + width / 2))\" y=\"\(n(y))\" text-anchor=\"middle\">"
          + "\(XMLText.escaped(axes.xLabel))</text>")
      let half = TextMetrics.width(axes.xLabel, fontSize: 10) / 2
      extent.include(Extent(minX: left + width / 2 - half, minY: y - 10, maxX: left + width / 2 + half, maxY: y + 4))
    }
    if !axes.yLabel.isEmpty {
      let x = left - Self.tickLength - Self.tickPad - yLabelWidth - Self.labelPad - 2.4
      let y = top + height / 2
      svg.line(
        "<text class=\"ylabel\" transform=\"translate(\(n(x)) \(n(y))) rotate(-90)\" text-anchor=\"middle\">"
          + "\(XMLText.escaped(axes.yLabel))</text>")
      let half = TextMetrics.width(axes.yLabel, fontSize: 10) / 2
      extent.include(Extent(minX: x - 10, minY: y - half, maxX: x + 4, maxY: y + half))
    }
    writeTitle(into: &svg, extent: &extent)
    if !xTicks.offsetText.isEmpty {
      let y = bottom + Self.tickLength + Self.tickPad + xLabelHeight + 7.6
      svg.line(
        "<text class=\"offset\" x=\"\(n(right))\" y=\"\(n(y))\" text-anchor=\"end\">"
          + "\(XMLText.escaped(xTicks.offsetText))</text>")
    }
    if !yTicks.offsetText.isEmpty {
      svg.line(
        "<text class=\"offset\" x=\"\(n(left))\" y=\"\(n(top - 4))\">\(XMLText.escaped(yTicks.offsetText))</text>")
    }
    if axes.legend { LegendWriter(axes: axes, layout: layout).write(into: &svg) }
    if let colorbar = axes.colorbar, let box = layout.colorbarBox {
      extent.include(ColorbarWriter(colorbar: colorbar, box: box).write(into: &svg))
    }
    svg.line("</g>")
    return extent.rounded
  }

  /// The title above the axes, centred.
  private func writeTitle(into svg: inout SVGBuilder, extent: inout Extent) {
    guard !axes.title.isEmpty else { return }
    let (left, top, width) = (layout.left, layout.top, layout.width)
    svg.line(
      "<text class=\"title\" x=\"\(n(left + width / 2))\" y=\"\(n(top - Self.titlePad - 2.8))\" "
        + "text-anchor=\"middle\" font-size=\"12\">\(XMLText.escaped(axes.title))</text>")
    let half = TextMetrics.width(axes.title, fontSize: 12) / 2
    extent.include(
      Extent(
        minX: left + width / 2 - half, minY: top - Self.titlePad - 2.8 - 12, maxX: left + width / 2 + half,
        maxY: top))
  }

  private func plain(_ label: [(text: String, superscript: Bool)]) -> String {
    label.map(\.text).joined()
  }

  private func labelText(_ label: [(text: String, superscript: Bool)]) -> String {
    label.map { run in
      run.superscript
        ? "<tspan dy=\"-4\" font-size=\"7\">\(XMLText.escaped(run.text))</tspan>" : XMLText.escaped(run.text)
    }.joined()
  }

  private func writeTicks(_ xTicks: AxisTicks, _ yTicks: AxisTicks, into svg: inout SVGBuilder) {
    let bottom = layout.top + layout.height
    let left = layout.left
    var major = ""
    var minor = ""
    for tick in xTicks.major { major += "M\(n(layout.pointX(tick.value))) \(n(bottom))v\(n(Self.tickLength))" }
    for tick in yTicks.major { major += "M\(n(left)) \(n(layout.pointY(tick.value)))h\(n(-Self.tickLength))" }
    for value in xTicks.minor + xTicks.labelledMinor.map(\.value) {
      minor += "M\(n(layout.pointX(value))) \(n(bottom))v\(n(Self.minorTickLength))"
    }
    for value in yTicks.minor + yTicks.labelledMinor.map(\.value) {
      minor += "M\(n(left)) \(n(layout.pointY(value)))h\(n(-Self.minorTickLength))"
    }
    if !major.isEmpty {
      svg.line("<path class=\"ticks\" d=\"\(major)\" stroke=\"currentColor\" stroke-width=\"0.8\"/>")
    }
    if !minor.isEmpty {
      svg.line("<path class=\"minor-ticks\" d=\"\(minor)\" stroke=\"currentColor\" stroke-width=\"0.6\"/>")
    }
    let superscripted = xTicks.major.contains { $0.label.contains { $0.superscript } }
    let labelY = bottom + Self.tickLength + Self.tickPad + 7.6 + (superscripted ? 3 : 0)
    for tick in xTicks.major + xTicks.labelledMinor where !tick.label.isEmpty {
      svg.line(
        "<text class=\"tick-label\" x=\"\(n(layout.pointX(tick.value)))\" y=\"\(n(labelY))\" "
          + "text-anchor=\"middle\">\(labelText(tick.label))</text>")
    }
    for tick in yTicks.major + yTicks.labelledMinor where !tick.label.isEmpty {
      svg.line(
        "<text class=\"tick-label\" x=\"\(n(left - Self.tickLength - Self.tickPad))\" "
          + "y=\"\(n(layout.pointY(tick.value) + 3.6))\" text-anchor=\"end\">\(labelText(tick.label))</text>")
    }
  }
}
