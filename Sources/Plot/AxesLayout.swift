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

  /// The colour bar's box in SVG points (left, top, width, height), when the axes have one.
  let colorbarBox: (left: Double, top: Double, width: Double, height: Double)?

  init(axes: Axes, in figure: Figure) {
    let figureWidth = figure.width * 72
    let figureHeight = figure.height * 72
    let columns = Double(Swift.max(figure.columns, 1))
    let rows = Double(Swift.max(figure.rows, 1))
    let cellWidth = (0.9 - 0.125) / (columns + 0.2 * (columns - 1))
    let cellHeight = (0.88 - 0.11) / (rows + 0.2 * (rows - 1))
    let leftFraction = 0.125 + Double(axes.column) * cellWidth * 1.2
    let topFraction = 0.88 - Double(axes.row) * cellHeight * 1.2
    xScale = axes.xScale
    yScale = axes.yScale
    xView = Self.view(axes.xLimits, scale: axes.xScale, axes: axes, horizontal: true, inverted: axes.xInverted)
    yView = Self.view(axes.yLimits, scale: axes.yScale, axes: axes, horizontal: false, inverted: axes.yInverted)
    // The box as figure fractions from the bottom left, as matplotlib's positions are.
    var box = (x: leftFraction, y: topFraction - cellHeight, width: cellWidth, height: cellHeight)
    let figureAspect = figure.height / figure.width
    var anchorX = 0.5
    var colorbarBox: (Double, Double, Double, Double)?
    if axes.colorbar != nil {
      // `make_axes_gridspec` (fraction .15, pad .05, aspect 20): the cell splits into the axes and the bar's column
      // with a gap, and the bar, anchored left and centred, keeps a height 20 times its width.
      let (pad, fraction) = (0.05, 0.15)
      let space = 2 * pad / (1 - pad)
      let cell = box.width / (2 + space)
      let scale = cell * 2 / (1 - pad)
      let parentWidth = (1 - fraction - pad) * scale
      let barCell = (x: box.x + parentWidth + space * cell, width: fraction * scale)
      let bar = Self.shrunk(width: barCell.width, height: box.height, boxAspect: 20, figureAspect: figureAspect)
      colorbarBox = (
        barCell.x * figureWidth, (1 - (box.y + (box.height - bar.height) / 2) - bar.height) * figureHeight,
        bar.width * figureWidth, bar.height * figureHeight
      )
      box.width = parentWidth
      anchorX = 1
    }
    self.colorbarBox = colorbarBox
    if let aspect = axes.aspect {
      // `apply_aspect` with adjustable 'box': the box shrinks so one data unit is as long on both axes (times the
      // aspect), anchored at its centre (or its right, beside a colour bar).
      let (x0, x1) = (Transform.forward(xView.0, xScale), Transform.forward(xView.1, xScale))
      let (y0, y1) = (Transform.forward(yView.0, yScale), Transform.forward(yView.1, yScale))
      let ratio = Swift.max((y1 - y0).magnitude, 1e-30) / Swift.max((x1 - x0).magnitude, 1e-30)
      if ratio.isFinite, aspect * ratio > 0 {
        let shrunk = Self.shrunk(
          width: box.width, height: box.height, boxAspect: aspect * ratio, figureAspect: figureAspect)
        box.x += anchorX * (box.width - shrunk.width)
        box.y += 0.5 * (box.height - shrunk.height)
        (box.width, box.height) = (shrunk.width, shrunk.height)
      }
    }
    left = box.x * figureWidth
    top = (1 - box.y - box.height) * figureHeight
    width = box.width * figureWidth
    height = box.height * figureHeight
  }

  /// A layout whose data coordinates are already SVG points: 3-D axes draw their projected lines and legend
  /// through it.
  init(points box: (left: Double, top: Double, width: Double, height: Double)) {
    left = box.left
    top = box.top
    width = box.width
    height = box.height
    xView = (box.left, box.left + box.width)
    yView = (box.top + box.height, box.top)
    xScale = .linear
    yScale = .linear
    colorbarBox = nil
  }

  /// `Bbox.shrunk_to_aspect`: the largest box inside width × height (figure fractions) whose physical height is
  /// `boxAspect` times its width.
  private static func shrunk(width: Double, height: Double, boxAspect: Double, figureAspect: Double)
    -> (width: Double, height: Double)
  {
    let tall = width * boxAspect / figureAspect
    if tall <= height { return (width, tall) }
    return (height * figureAspect / boxAspect, height)
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
      case .image(let image):
        // An image's extent is its data limits, and sticky: autoscaling adds no margin beyond it.
        let edges = horizontal ? [image.extent[0], image.extent[1]] : [image.extent[2], image.extent[3]]
        add(edges)
        sticky += edges
      case .contour(let contour):
        let edges = horizontal ? [contour.bounds[0], contour.bounds[1]] : [contour.bounds[2], contour.bounds[3]]
        add(edges)
        sticky += edges
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
  private static func view(
    _ limits: AxisLimits, scale: AxisScale, axes: Axes, horizontal: Bool, inverted: Bool
  ) -> (Double, Double) {
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
    if inverted { auto = (auto.1, auto.0) }
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
