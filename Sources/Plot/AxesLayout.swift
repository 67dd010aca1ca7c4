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
    xView = Self.view(axes.xLimits, scale: axes.xScale, axes: axes, horizontal: true)
    yView = Self.view(axes.yLimits, scale: axes.yScale, axes: axes, horizontal: false)
  }

  /// The values each artist contributes to one axis' data limits, and its sticky edges (bars' bottoms, which
  /// margins may not cross); nil values when no artist touches this axis (a text, or `axhline` along x).
  private static func dataValues(_ axes: Axes, horizontal: Bool) -> (values: [Double]?, sticky: [Double]) {
    var values: [Double]?
    var sticky: [Double] = []
    func add(_ more: [Double]) { values = (values ?? []) + more }
    for artist in axes.artists {
      switch artist {
      case .line(let line): add(horizontal ? line.x : line.y)
      case .scatter(let scatter): add(horizontal ? scatter.x : scatter.y)
      case .bars(let bars):
        if horizontal {
          add(zip(bars.left, bars.width).flatMap { [$0, $0 + $1] })
        } else {
          add(zip(bars.bottom, bars.height).flatMap { [$0, $0 + $1] })
          sticky += bars.bottom
        }
      case .referenceLine(let line): if line.horizontal != horizontal { add([line.value]) }
      case .fill(let fill): add(horizontal ? fill.x : fill.lower + fill.upper)
      case .text: break
      }
    }
    return (values, sticky)
  }

  /// The finite data range of the axes' artists (positive values only on a log axis); nil when nothing is drawn
  /// along this axis, and (inf, -inf) when what is drawn holds no usable value, as matplotlib's null bounding box.
  private static func dataRange(_ axes: Axes, horizontal: Bool, _ scale: AxisScale) -> (Double, Double)? {
    guard let values = dataValues(axes, horizontal: horizontal).values else { return nil }
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite && (scale == .linear || value > 0) {
      low = Swift.min(low, value)
      high = Swift.max(high, value)
    }
    return (low, high)
  }

  /// The view interval: explicit limits where set, otherwise autoscaled data limits with 5% margins that stop at a
  /// sticky edge the data starts or ends on (a bar's bottom), as `autoscale_view` does.
  private static func view(_ limits: AxisLimits, scale: AxisScale, axes: Axes, horizontal: Bool) -> (Double, Double) {
    var auto: (Double, Double)
    if let data = dataRange(axes, horizontal: horizontal, scale) {
      let (low, high) =
        scale == .log
        ? LogLocator.nonsingular(data.0, data.1)
        : LinearLocator.nonsingular(data.0, data.1, expander: 0.05)
      let tolerance = 1e-5 * (high - low).magnitude
      let sticky = dataValues(axes, horizontal: horizontal).sticky.filter { scale == .linear || $0 > 0 }.sorted()
      let lowBound = sticky.last { $0 < low + tolerance }
      let highBound = sticky.first { $0 > high - tolerance }
      let (a, b) = (Transform.forward(low, scale), Transform.forward(high, scale))
      var delta = (b - a) * 0.05
      if !delta.isFinite { delta = 0 }
      auto = (Transform.inverse(a - delta, scale), Transform.inverse(b + delta, scale))
      if let lowBound { auto.0 = Swift.max(auto.0, lowBound) }
      if let highBound { auto.1 = Swift.min(auto.1, highBound) }
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
