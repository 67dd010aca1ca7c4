/// Where axes sit in their figure and how they map data to points, following matplotlib's default subplot
/// parameters (left .125, right .9, bottom .11, top .88, spacing .2) and its autoscaling (5% margins).
struct AxesLayout {
  /// The axes' box in SVG points, y growing downwards.
  let left: Double
  let top: Double
  let width: Double
  let height: Double
  /// The view limits.
  let xView: (Double, Double)
  let yView: (Double, Double)
  let xScale: AxisScale
  let yScale: AxisScale

  /// matplotlib's default font size for tick labels, axis labels and legends.
  static let fontSize = 10.0

  init(axes: Axes, in figure: Figure) {
    let figureWidth = figure.width * 72
    let figureHeight = figure.height * 72
    let columns = Double(Swift.max(figure.columns, 1))
    let rows = Double(Swift.max(figure.rows, 1))
    let cellWidth = (0.9 - 0.125) / (columns + 0.2 * (columns - 1))
    let cellHeight = (0.88 - 0.11) / (rows + 0.2 * (rows - 1))
    let leftFraction = 0.125 + Double(axes.column) * cellWidth * 1.2
    let topFraction = 0.88 - Double(axes.row) * cellHeight * 1.2
    left = leftFraction * figureWidth
    top = (1 - topFraction) * figureHeight
    width = cellWidth * figureWidth
    height = cellHeight * figureHeight
    xScale = axes.xScale
    yScale = axes.yScale
    xView = Self.view(axes.xLimits, scale: axes.xScale, data: Self.dataRange(axes, horizontal: true, axes.xScale))
    yView = Self.view(axes.yLimits, scale: axes.yScale, data: Self.dataRange(axes, horizontal: false, axes.yScale))
  }

  /// The finite data range of the axes' artists (positive values only on a log axis); nil with no artists, and
  /// (inf, -inf) when the artists hold no usable value, as matplotlib's null bounding box.
  private static func dataRange(_ axes: Axes, horizontal: Bool, _ scale: AxisScale) -> (Double, Double)? {
    guard !axes.artists.isEmpty else { return nil }
    var low = Double.infinity
    var high = -Double.infinity
    for artist in axes.artists {
      switch artist {
      case .line(let line):
        for value in horizontal ? line.x : line.y where value.isFinite && (scale == .linear || value > 0) {
          low = Swift.min(low, value)
          high = Swift.max(high, value)
        }
      }
    }
    return (low, high)
  }

  /// The view interval: explicit limits where set, otherwise autoscaled data limits with 5% margins.
  private static func view(_ limits: AxisLimits, scale: AxisScale, data: (Double, Double)?) -> (Double, Double) {
    var auto: (Double, Double)
    if let data {
      let (low, high) =
        scale == .log
        ? LogLocator.nonsingular(data.0, data.1)
        : LinearLocator.nonsingular(data.0, data.1, expander: 0.05)
      let (a, b) = (Transform.forward(low, scale), Transform.forward(high, scale))
      var delta = (b - a) * 0.05
      if !delta.isFinite { delta = 0 }
      auto = (Transform.inverse(a - delta, scale), Transform.inverse(b + delta, scale))
      if scale == .linear { auto = LinearLocator.nonsingular(auto.0, auto.1, expander: 1e-12, tiny: 1e-13) }
    } else {
      auto = scale == .log ? (1, 10) : (0, 1)
    }
    return (limits.lower ?? auto.0, limits.upper ?? auto.1)
  }

  /// The x position in points of data value `x`.
  func pointX(_ x: Double) -> Double {
    let (a, b) = (Transform.forward(xView.0, xScale), Transform.forward(xView.1, xScale))
    return left + (Transform.forward(x, xScale) - a) / (b - a) * width
  }

  /// The y position in points (downwards) of data value `y`.
  func pointY(_ y: Double) -> Double {
    let (a, b) = (Transform.forward(yView.0, yScale), Transform.forward(yView.1, yScale))
    return top + height - (Transform.forward(y, yScale) - a) / (b - a) * height
  }
}

extension Figure {
  /// The view limits of axes `index` ((left, right), (bottom, top)) after autoscaling, as `get_xlim`/`get_ylim`.
  public func viewLimits(ofAxes index: Int) -> (x: (Double, Double), y: (Double, Double)) {
    let layout = AxesLayout(axes: axes[index], in: self)
    return (layout.xView, layout.yView)
  }
}

/// The forward and inverse transforms of an axis scale.
enum Transform {
  static func forward(_ value: Double, _ scale: AxisScale) -> Double {
    switch scale {
    case .linear: value
    case .log: value > 0 ? LogLocator.log10(value) : -.infinity
    }
  }

  static func inverse(_ value: Double, _ scale: AxisScale) -> Double {
    switch scale {
    case .linear: value
    case .log: LogLocator.exp10(value)
    }
  }
}
