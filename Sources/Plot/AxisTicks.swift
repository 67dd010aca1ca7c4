/// The ticks one axis draws: positions, their labels, the offset text, and unlabelled minor ticks.
struct AxisTicks {
  /// A drawn major tick.
  struct Tick {
    let value: Double
    /// The label as runs of text; a superscript run is the exponent of a log label (`10` + `−2`).
    let label: [(text: String, superscript: Bool)]
  }

  var major: [Tick] = []
  /// Unlabelled minor ticks.
  var minor: [Double] = []
  /// Minor ticks with a label (a log axis spanning less than a decade or so): drawn short, labelled as major ones.
  var labelledMinor: [Tick] = []
  var offsetText = ""

  /// The ticks of an axis showing `view` on `scale`, `length` points long.
  init(view: (Double, Double), scale: AxisScale, length: Double, horizontal: Bool) {
    switch scale {
    case .linear:
      let bins = LinearLocator.binCount(axisLength: length, fontSize: AxesLayout.fontSize, horizontal: horizontal)
      let all = LinearLocator.ticks(view.0, view.1, bins: bins)
      let formatter = ScalarFormatter(ticks: all, view: view)
      let shown = Set(LinearLocator.visible(all, in: view))
      for (value, label) in zip(all, formatter.labels) where shown.contains(value) {
        major.append(Tick(value: value, label: [(label, false)]))
      }
      offsetText = formatter.offsetText
    case .log:
      let space = LinearLocator.binCount(axisLength: length, fontSize: AxesLayout.fontSize, horizontal: horizontal)
      let labelled = LogFormatter.labelledCoefficients(view)
      let decades = LogLocator.majorDecades(view.0, view.1, requested: space)
      let values = decades.map { PowersOfTen.power($0) }
      for value in LinearLocator.visibleLog(values, in: view) {
        major.append(Tick(value: value, label: LogFormatter.label(value, labelled: labelled)))
      }
      // matplotlib draws a minor tick where a major one is too; one mark is enough here.
      let majorSet = Set(values)
      for value in LinearLocator.visibleLog(LogLocator.minorTicks(view.0, view.1, requested: space), in: view)
      where !majorSet.contains(value) {
        let label = LogFormatter.label(value, labelled: labelled)
        if label.isEmpty { minor.append(value) } else { labelledMinor.append(Tick(value: value, label: label)) }
      }
    }
  }
}

extension LinearLocator {
  /// The ticks a log axis draws: those within the view, with the relative slack taken in log space.
  static func visibleLog(_ ticks: [Double], in view: (Double, Double)) -> [Double] {
    let (low, high) = view.0 <= view.1 ? view : (view.1, view.0)
    guard low > 0 else { return ticks.filter { $0 > 0 && $0 <= high } }
    let (a, b) = (LogLocator.log10(low), LogLocator.log10(high))
    let slack = (b - a) * 1e-10
    return ticks.filter { $0 > 0 && a - slack <= LogLocator.log10($0) && LogLocator.log10($0) <= b + slack }
  }
}
