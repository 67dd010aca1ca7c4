import Plot
import TensorCore

/// The methods of an `Axes` (and the pyplot functions that call them on the current axes).
extension Interpreter {
  /// The keywords `plot` accepts, with their matplotlib aliases.
  static let plotKeywords: Set<String> = [
    "color", "c", "linestyle", "ls", "linewidth", "lw", "marker", "markersize", "ms", "label", "alpha",
  ]

  /// Refuses keyword arguments outside `allowed`, naming the call as the snippet wrote it.
  static func checkPlotKeywords(_ call: CallArguments, allowed: Set<String>, caller: String) throws(PythonError) {
    for (name, _) in call.keywords where !allowed.contains(name) {
      throw unsupportedPlot("\(caller)(\(name)=…)", supported: allowed.isEmpty ? ["no keywords"] : allowed)
    }
  }

  /// Runs `ax.NAME(...)` on axes `index` of `box`.
  /// `caller` names the call in refusals as the snippet wrote it (`plt.xlabel`, `ax.set_xlabel`).
  mutating func axesMethod(_ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    if box.figure.axes[index].scene != nil { return try axes3DMethod(box, index, name, call, caller: caller) }
    var call = call
    call.function = name
    switch name {
    case "plot":
      try Self.checkPlotKeywords(call, allowed: Self.plotKeywords, caller: caller)
      let lines = try makeLines(call, axes: &box.figure.axes[index])
      let points = lines.reduce(0) { $0 + $1.x.count }
      guard box.points + points <= PlotState.maxPointsPerFigure else {
        var error = PythonError(
          "ValueError",
          "this figure would hold \(box.points + points) data points, more than docbuild draws in one figure "
            + "(\(PlotState.maxPointsPerFigure)); plot fewer points, such as every tenth (x[::10], y[::10])")
        error.isLimit = true
        throw error
      }
      box.points += points
      box.figure.axes[index].artists += lines.map(Artist.line)
      return try .makeList(lines.map { _ in .plot(.artist("matplotlib.lines.Line2D")) })
    case "set_xlabel", "set_ylabel", "set_title":
      try Self.checkPlotKeywords(call, allowed: [], caller: caller)
      let parameter = name == "set_title" ? "label" : name == "set_xlabel" ? "xlabel" : "ylabel"
      let text = try PlotState.figureText(try call.bind([parameter], required: 1).value(parameter).str)
      switch name {
      case "set_xlabel":
        box.figure.axes[index].xLabel = text
        return .plot(.text(repr: "Text(0.5, 0, \(Value.quote(text)))"))
      case "set_ylabel":
        box.figure.axes[index].yLabel = text
        return .plot(.text(repr: "Text(0, 0.5, \(Value.quote(text)))"))
      default:
        box.figure.axes[index].title = text
        return .plot(.text(repr: "Text(0.5, 1.0, \(Value.quote(text)))"))
      }
    case "get_xlabel": _ = try call.bind([]); return .string(box.figure.axes[index].xLabel)
    case "get_ylabel": _ = try call.bind([]); return .string(box.figure.axes[index].yLabel)
    case "get_title": _ = try call.bind([]); return .string(box.figure.axes[index].title)
    case "legend":
      try Self.checkPlotKeywords(call, allowed: ["loc"], caller: caller)
      let bound = try call.bind(["labels", "loc"])
      switch bound.values["loc"] {
      case nil, .string("best")?, .int(0)?:
        box.figure.axes[index].legendLocation = nil
      case .string(let name)? where LegendLocation.names.contains(name):
        box.figure.axes[index].legendLocation = name
      case .int(let code)? where (1...10).contains(code):
        box.figure.axes[index].legendLocation = LegendLocation.names[code - 1]
      case let other?:
        throw PythonError.value(
          "\(other.repr) is not a valid value for loc; supported values are 'best', "
            + LegendLocation.names.map { "'\($0)'" }.joined(separator: ", "))
      }
      if let labels = bound["labels"] {
        // `legend(['a', 'b'])` labels the lines in the order they were drawn.
        var remaining: ArraySlice<String> = []
        for item in try Self.iterationItems(labels) { remaining.append(try PlotState.figureText(item.str)) }
        for (position, artist) in box.figure.axes[index].artists.enumerated() {
          guard case .line(var line) = artist, let label = remaining.popFirst() else { continue }
          line.label = label
          box.figure.axes[index].artists[position] = .line(line)
        }
      }
      box.figure.axes[index].legend = true
      return .plot(.artist("matplotlib.legend.Legend"))
    case "grid":
      try Self.checkPlotKeywords(call, allowed: ["visible"], caller: caller)
      let bound = try call.bind(["visible"])
      if let visible = bound["visible"] {
        box.figure.axes[index].grid = try visible.truthValue()
      } else {
        // With no argument, `grid()` toggles the grid, as matplotlib's does.
        box.figure.axes[index].grid.toggle()
      }
      return .none
    case "set_xlim", "set_ylim":
      try Self.checkPlotKeywords(call, allowed: ["left", "right", "bottom", "top"], caller: caller)
      let horizontal = name == "set_xlim"
      let (lowName, highName) = horizontal ? ("left", "right") : ("bottom", "top")
      let bound = try call.bind([lowName, highName])
      var low = bound[lowName]
      var high = bound[highName]
      if let pair = low, high == nil, pair.isLimitPair {
        // matplotlib unpacks any iterable `left` (`plt.xlim([-10, 10])`) as `left, right = left`.
        let items = try Self.iterationItems(pair)
        guard items.count == 2 else {
          throw PythonError.value(
            items.count > 2
              ? "too many values to unpack (expected 2)"
              : "not enough values to unpack (expected 2, got \(items.count))")
        }
        (low, high) = (items[0].isNone ? nil : items[0], items[1].isNone ? nil : items[1])
      }
      var limits = horizontal ? box.figure.axes[index].xLimits : box.figure.axes[index].yLimits
      if let low { limits.lower = try Self.limitValue(low) }
      if let high { limits.upper = try Self.limitValue(high) }
      if horizontal { box.figure.axes[index].xLimits = limits } else { box.figure.axes[index].yLimits = limits }
      let view = box.figure.viewLimits(ofAxes: index)
      let (a, b) = horizontal ? view.x : view.y
      return try .makeTuple([.float(a), .float(b)])
    case "axis":
      return try axisCall(box, index, call, caller: caller)
    case "get_xlim", "get_ylim":
      _ = try call.bind([])
      let view = box.figure.viewLimits(ofAxes: index)
      let (a, b) = name == "get_xlim" ? view.x : view.y
      return try .makeTuple([.tensor(Tensor(a)), .tensor(Tensor(b))])
    case "set_xscale", "set_yscale":
      try Self.checkPlotKeywords(call, allowed: [], caller: caller)
      let value = try call.bind(["value"], required: 1).value("value")
      let scale: AxisScale
      switch value {
      case .string("linear"): scale = .linear
      case .string("log"): scale = .log
      case .string("symlog"), .string("logit"), .string("asinh"), .string("function"), .string("functionlog"):
        throw Self.unsupportedPlot("\(caller)(\(value.repr))", supported: ["'linear'", "'log'"])
      default:
        throw PythonError.value(
          "\(value.repr) is not a valid value for scale; supported values are 'asinh', 'function', 'functionlog', "
            + "'linear', 'log', 'logit', 'symlog'")
      }
      if name == "set_xscale" { box.figure.axes[index].xScale = scale } else { box.figure.axes[index].yScale = scale }
      return .none
    case "scatter", "bar", "hist", "axhline", "axvline", "fill_between", "text", "annotate":
      return try drawOther(box, index, name, call, caller: caller)
    case "imshow", "contour", "contourf":
      return try drawColored(box, index, name, call, caller: caller)
    case "clabel":
      return try clabel(call, caller: caller)
    case "set_aspect":
      try Self.checkPlotKeywords(call, allowed: [], caller: caller)
      let value = try call.bind(["aspect"], required: 1).value("aspect")
      switch value {
      case .string("equal"): box.figure.axes[index].aspect = 1
      case .string("auto"): box.figure.axes[index].aspect = nil
      default:
        let number = try Self.plotNumber(value, what: "aspect")
        guard number > 0, number.isFinite else { throw PythonError.value("aspect must be finite and positive ") }
        box.figure.axes[index].aspect = number
      }
      return .none
    default:
      throw Self.unsupportedPlot(caller, supported: Self.axesMethods)
    }
  }

  /// An axis limit: a finite number.
  private static func limitValue(_ value: Value) throws(PythonError) -> Double {
    let number = try plotNumber(value, what: "axis limits")
    guard number.isFinite else { throw PythonError.value("Axis limits cannot be NaN or Inf") }
    return number
  }

  /// The lines of `plot(x1, y1, fmt1, x2, y2, fmt2, …, **kwargs)`: each group is `[x], y, [fmt]`.
  func makeLines(_ call: CallArguments, axes: inout Plot.Axes) throws(PythonError) -> [Line] {
    var groups: [(x: Value?, y: Value, format: String?)] = []
    var arguments = call.positional[...]
    while !arguments.isEmpty {
      let first = arguments.removeFirst()
      if case .string = first { throw PythonError.value("third arg must be a format string") }
      var x: Value?
      var y = first
      if let next = arguments.first {
        if case .string = next {
        } else {
          x = first
          y = arguments.removeFirst()
        }
      }
      var format: String?
      if case .string(let text)? = arguments.first {
        format = text
        arguments.removeFirst()
      }
      groups.append((x, y, format))
    }
    var style = LineStyle.solid
    var styleGiven = false
    if let value = call.keywords.first(where: { $0.name == "linestyle" || $0.name == "ls" })?.value {
      style = try Self.plotLineStyle(value)
      styleGiven = true
    }
    var marker: Marker?
    if let value = call.keywords.first(where: { $0.name == "marker" })?.value { marker = try Self.plotMarker(value) }
    var color: PlotColor?
    if let value = call.keywords.first(where: { $0.name == "color" || $0.name == "c" })?.value {
      color = try Self.plotColor(value)
    }
    var width = 1.5
    if let value = call.keywords.first(where: { $0.name == "linewidth" || $0.name == "lw" })?.value {
      width = try Self.plotNumber(value, what: "linewidth")
      guard width >= 0, width <= 100 else { throw PythonError.value("linewidth must be between 0 and 100 points") }
    }
    var size = 6.0
    if let value = call.keywords.first(where: { $0.name == "markersize" || $0.name == "ms" })?.value {
      size = try Self.plotNumber(value, what: "markersize")
      guard size >= 0, size <= 100 else { throw PythonError.value("markersize must be between 0 and 100 points") }
    }
    // `label=` a string for every line, or a list with one per column of 2-D data.
    var labels: [String]?
    var label: String?
    if let value = call.keywords.first(where: { $0.name == "label" })?.value {
      switch value {
      case .list, .tuple:
        var texts: [String] = []
        for item in try Self.iterationItems(value) { texts.append(try PlotState.figureText(item.str)) }
        labels = texts
      default:
        label = try PlotState.figureText(value.str)
      }
    }
    var lines: [Line] = []
    for group in groups {
      let (yShape, yColumns) = try Self.plotColumns(group.y, what: "y")
      let (xShape, xColumns) =
        try group.x.map { (value) throws(PythonError) in try Self.plotColumns(value, what: "x") }
        ?? ([yShape[0]], [(0..<yShape[0]).map(Double.init)])
      guard xShape[0] == yShape[0] else {
        throw PythonError.value(
          "x and y must have same first dimension, but have shapes \(pythonShapeRepr(xShape)) and "
            + "\(pythonShapeRepr(yShape))")
      }
      guard xShape.count <= 2, yShape.count <= 2 else {
        throw PythonError.value(
          "x and y can be no greater than 2D, but have shapes \(pythonShapeRepr(xShape)) and "
            + "\(pythonShapeRepr(yShape))")
      }
      guard xColumns.count == 1 || yColumns.count == 1 || xColumns.count == yColumns.count else {
        throw PythonError.value("x has \(xColumns.count) columns but y has \(yColumns.count) columns")
      }
      let datasets = Swift.max(xColumns.count, yColumns.count)
      if xColumns.isEmpty || yColumns.isEmpty { continue }
      if let labels, labels.count != datasets {
        throw PythonError.value(
          "label must be scalar or have the same length as the input data, but found \(labels.count) for "
            + "\(datasets) datasets.")
      }
      // Each column of 2-D data is a line of its own, taking the next colour of the cycle.
      for column in 0..<datasets {
        let x = xColumns[xColumns.count == 1 ? 0 : column]
        let y = yColumns[yColumns.count == 1 ? 0 : column]
        let label = labels?[column] ?? label
        var (lineStyle, lineMarker, lineColor) = (style, marker, color)
        if let format = group.format {
          let (formatStyle, formatMarker, formatColor) = try Self.plotFormat(format)
          if !styleGiven {
            // A format with a marker and no line style draws markers only.
            lineStyle = formatStyle ?? (formatMarker != nil ? .none : .solid)
          }
          if let formatMarker, marker == nil { lineMarker = formatMarker }
          if let formatColor, color == nil { lineColor = formatColor }
        }
        var line = Line(
          x: x, y: y, color: lineColor ?? axes.nextCycleColor(), style: lineStyle, width: width, marker: lineMarker,
          markerSize: size, label: label)
        if let value = call.keywords.first(where: { $0.name == "alpha" })?.value {
          line.alpha = try Self.plotAlpha(value)
        }
        lines.append(line)
      }
    }
    return lines
  }

  /// A `plot` data argument as its shape (a scalar counts as one point) and its columns: one for 1-D data, one per
  /// column for 2-D data.
  static func plotColumns(_ value: Value, what: String) throws(PythonError) -> ([Int], [[Double]]) {
    let tensor: Tensor
    switch value {
    case .range: tensor = try Value.list(ValueList(try iterationItems(value))).toTensor()
    case .string: throw unsupportedPlot("\(what) given as text (categorical data)", supported: ["numbers"])
    case .none: throw unsupportedPlot("\(what) given as None", supported: ["numbers"])
    default: tensor = try value.toTensor()
    }
    let values = tensor.doubles
    switch tensor.ndim {
    case 0: return ([1], [values])
    case 1: return (tensor.shape, [values])
    case 2:
      let (rows, columns) = (tensor.shape[0], tensor.shape[1])
      return (tensor.shape, (0..<columns).map { column in (0..<rows).map { values[$0 * columns + column] } })
    default: return (tensor.shape, [values])
    }
  }
}

extension Value {
  /// True for the iterables matplotlib's `set_xlim(left)` unpacks into both limits: tuples, lists and 1-d arrays.
  fileprivate var isLimitPair: Bool {
    switch self {
    case .tuple, .list: true
    case .tensor(let array): array.ndim == 1
    default: false
    }
  }
}
