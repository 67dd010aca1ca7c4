/// Draws the legend of the labelled artists, placed as matplotlib's `loc='best'` does in spirit: of its nine
/// candidate places, the first (in matplotlib's order) that covers the fewest data points.
struct LegendWriter {
  let axes: Axes
  let layout: AxesLayout

  /// Spacing in points at font size 10 (`legend.borderpad` .4, `labelspacing` .5, `handlelength` 2,
  /// `handletextpad` .8, `borderaxespad` .5, all in font sizes).
  static let borderPad = 4.0
  static let labelSpacing = 5.0
  static let handleLength = 20.0
  static let handlePad = 8.0
  static let axesPad = 5.0
  static let rowHeight = 11.6

  /// The labelled entries: a label not starting with "_", as matplotlib skips those.
  var entries: [(label: String, line: Line)] {
    axes.artists.compactMap { artist in
      switch artist {
      case .line(let line):
        guard let label = line.label, !label.hasPrefix("_") else { return nil }
        return (label, line)
      }
    }
  }

  func write(into svg: inout SVGBuilder) {
    let entries = entries
    guard !entries.isEmpty else { return }
    let textWidth = entries.map { TextMetrics.width($0.label, fontSize: 10) }.max() ?? 0
    let width = 2 * Self.borderPad + Self.handleLength + Self.handlePad + textWidth
    let count = Double(entries.count)
    let height = 2 * Self.borderPad + count * Self.rowHeight + (count - 1) * Self.labelSpacing
    let (x, y) = place(width: width, height: height)
    svg.line("<g class=\"legend\">")
    svg.line(
      "<rect class=\"legend-frame\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" "
        + "rx=\"2\" fill=\"#ffffff\" fill-opacity=\"0.8\" stroke=\"#cccccc\" stroke-width=\"1\"/>")
    for (index, entry) in entries.enumerated() {
      let rowTop = y + Self.borderPad + Double(index) * (Self.rowHeight + Self.labelSpacing)
      let middle = rowTop + Self.rowHeight / 2
      let handleX = x + Self.borderPad
      let line = entry.line
      if line.style != .none {
        var attributes = "stroke=\"\(line.color.hex)\" stroke-width=\"\(n(line.width))\""
        if let dashes = ArtistWriter.dashArray(line.style, width: line.width) {
          attributes += " stroke-dasharray=\"\(dashes)\""
        }
        svg.line("<path d=\"M\(n(handleX)) \(n(middle))h\(n(Self.handleLength))\" \(attributes)/>")
      }
      if let marker = line.marker {
        let filled = marker != .plus && marker != .cross
        svg.line(
          "<path d=\"M\(n(handleX + Self.handleLength / 2)) \(n(middle))"
            + "\(MarkerShape.path(marker, size: line.markerSize))\" fill=\"\(filled ? line.color.hex : "none")\" "
            + "stroke=\"\(line.color.hex)\" stroke-width=\"1\"/>")
      }
      svg.line(
        "<text x=\"\(n(handleX + Self.handleLength + Self.handlePad))\" y=\"\(n(middle + 3.6))\">"
          + "\(XMLText.escaped(entry.label))</text>")
    }
    svg.line("</g>")
  }

  /// The legend's top-left corner: matplotlib's candidates in its order (upper right, upper left, lower left, lower
  /// right, right, center left, center right, lower center, upper center, center), the first covering fewest points.
  private func place(width: Double, height: Double) -> (Double, Double) {
    let pad = Self.axesPad
    let (left, top) = (layout.left + pad, layout.top + pad)
    let (right, bottom) = (layout.left + layout.width - pad - width, layout.top + layout.height - pad - height)
    let centerX = layout.left + (layout.width - width) / 2
    let centerY = layout.top + (layout.height - height) / 2
    let candidates = [
      (right, top), (left, top), (left, bottom), (right, bottom), (right, centerY), (left, centerY),
      (right, centerY), (centerX, bottom), (centerX, top), (centerX, centerY),
    ]
    var points: [(Double, Double)] = []
    for artist in axes.artists {
      switch artist {
      case .line(let line):
        points += ArtistWriter.points(line.x, line.y, layout: layout).compactMap { $0 }
      }
    }
    var best = candidates[0]
    var fewest = Int.max
    for candidate in candidates {
      let covered = points.filter { point in
        point.0 >= candidate.0 && point.0 <= candidate.0 + width && point.1 >= candidate.1
          && point.1 <= candidate.1 + height
      }.count
      if covered < fewest {
        fewest = covered
        best = candidate
      }
    }
    return best
  }
}
