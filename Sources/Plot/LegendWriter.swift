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

  /// What a legend entry's handle shows.
  enum Handle {
    case line(Line)
    case marker(Marker, PlotColor, size: Double, alpha: Double)
    case patch(PlotColor, alpha: Double)
  }

  /// The labelled entries, in matplotlib's order: artists as drawn, bar containers after them; a label starting
  /// with "_" is skipped, as matplotlib skips it.
  var entries: [(label: String, handle: Handle)] {
    var entries: [(String, Handle)] = []
    var containers: [(String, Handle)] = []
    for artist in axes.artists {
      switch artist {
      case .line(let line):
        if let label = line.label { entries.append((label, .line(line))) }
      case .scatter(let scatter):
        if let label = scatter.label {
          entries.append(
            (label, .marker(scatter.marker, scatter.color, size: scatter.area.squareRoot(), alpha: scatter.alpha)))
        }
      case .bars(let bars):
        if let label = bars.label { containers.append((label, .patch(bars.color, alpha: bars.alpha))) }
      case .referenceLine(let line):
        if let label = line.label {
          entries.append((label, .line(Line(x: [], y: [], color: line.color, style: line.style, width: line.width))))
        }
      case .fill(let fill):
        if let label = fill.label { entries.append((label, .patch(fill.color, alpha: fill.alpha))) }
      case .text, .image, .contour:
        break
      }
    }
    return (entries + containers).filter { !$0.0.hasPrefix("_") }.map { (label: $0.0, handle: $0.1) }
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
      switch entry.handle {
      case .line(let line):
        if line.style != .none {
          var attributes = "stroke=\"\(line.color.hex)\" stroke-width=\"\(n(line.width))\""
          if let dashes = ArtistWriter.dashArray(line.style, width: line.width) {
            attributes += " stroke-dasharray=\"\(dashes)\""
          }
          svg.line("<path d=\"M\(n(handleX)) \(n(middle))h\(n(Self.handleLength))\" \(attributes)/>")
        }
        if let marker = line.marker {
          svg.line(markerHandle(marker, line.color, size: line.markerSize, alpha: 1, x: handleX, y: middle))
        }
      case .marker(let marker, let color, let size, let alpha):
        svg.line(markerHandle(marker, color, size: size, alpha: alpha, x: handleX, y: middle))
      case .patch(let color, let alpha):
        // matplotlib's patch handle: the handle's length by 0.7 of the font size.
        svg.line(
          "<rect x=\"\(n(handleX))\" y=\"\(n(middle - 3.5))\" width=\"\(n(Self.handleLength))\" height=\"7\" "
            + "fill=\"\(color.hex)\"\(ArtistWriter.opacity(alpha))/>")
      }
      svg.line(
        "<text x=\"\(n(handleX + Self.handleLength + Self.handlePad))\" y=\"\(n(middle + 3.6))\">"
          + "\(XMLText.escaped(entry.label))</text>")
    }
    svg.line("</g>")
  }

  private func markerHandle(_ marker: Marker, _ color: PlotColor, size: Double, alpha: Double, x: Double, y: Double)
    -> String
  {
    let filled = marker != .plus && marker != .cross
    return "<path d=\"M\(n(x + Self.handleLength / 2)) \(n(y))\(MarkerShape.path(marker, size: size))\" "
      + "fill=\"\(filled ? color.hex : "none")\" stroke=\"\(color.hex)\" stroke-width=\"1\"\(ArtistWriter.opacity(alpha))/>"
  }

  /// The legend's top-left corner for an explicit location, or the best candidate.
  private func place(width: Double, height: Double) -> (Double, Double) {
    let candidates = candidates(width: width, height: height)
    if let location = axes.legendLocation, let index = LegendLocation.names.firstIndex(of: location) {
      return candidates[index]
    }
    return best(candidates, width: width, height: height)
  }

  /// The top-left corners of matplotlib's ten locations, in the order of their codes (upper right, upper left, lower
  /// left, lower right, right, center left, center right, lower center, upper center, center).
  private func candidates(width: Double, height: Double) -> [(Double, Double)] {
    let pad = Self.axesPad
    let (left, top) = (layout.left + pad, layout.top + pad)
    let (right, bottom) = (layout.left + layout.width - pad - width, layout.top + layout.height - pad - height)
    let centerX = layout.left + (layout.width - width) / 2
    let centerY = layout.top + (layout.height - height) / 2
    return [
      (right, top), (left, top), (left, bottom), (right, bottom), (right, centerY), (left, centerY),
      (right, centerY), (centerX, bottom), (centerX, top), (centerX, centerY),
    ]
  }

  /// `best`: the first candidate covering the fewest data points.
  private func best(_ candidates: [(Double, Double)], width: Double, height: Double) -> (Double, Double) {
    var points: [(Double, Double)] = []
    for artist in axes.artists {
      switch artist {
      case .line(let line): points += ArtistWriter.points(line.x, line.y, layout: layout).compactMap { $0 }
      case .scatter(let scatter): points += ArtistWriter.points(scatter.x, scatter.y, layout: layout).compactMap { $0 }
      case .bars(let bars):
        let tops = zip(bars.bottom, bars.height).map { $0 + $1 }
        let centers = zip(bars.left, bars.width).map { $0 + $1 / 2 }
        points += ArtistWriter.points(centers, tops, layout: layout).compactMap { $0 }
      case .fill(let fill):
        points += ArtistWriter.points(fill.x, fill.upper, layout: layout).compactMap { $0 }
        points += ArtistWriter.points(fill.x, fill.lower, layout: layout).compactMap { $0 }
      case .referenceLine, .text, .image, .contour: break
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

/// matplotlib's legend locations, in the order of their codes 1…10 (0 is `best`).
public enum LegendLocation {
  /// The names `loc=` accepts besides `best`.
  public static let names = [
    "upper right", "upper left", "lower left", "lower right", "right", "center left", "center right", "lower center",
    "upper center", "center",
  ]
}
