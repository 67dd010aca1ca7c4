import Plot
import TensorCore

/// The artists other than `plot` lines: `scatter`, `bar`, `hist`, `axhline`/`axvline`, `fill_between`, `text` and
/// `annotate`, with matplotlib's return values.
extension Interpreter {
  /// An `alpha=` argument: a number in [0, 1].
  static func plotAlpha(_ value: Value) throws(PythonError) -> Double {
    let alpha = try plotNumber(value, what: "alpha")
    guard alpha >= 0, alpha <= 1 else {
      throw PythonError.value("alpha (\(pythonFloatRepr(alpha))) is outside 0-1 range")
    }
    return alpha
  }

  /// Counts data points against the figure's budget.
  static func charge(_ box: FigureBox, _ points: Int) throws(PythonError) {
    guard box.points + points <= PlotState.maxPointsPerFigure else {
      var error = PythonError(
        "ValueError",
        "this figure would hold \(box.points + points) data points, more than docbuild draws in one figure "
          + "(\(PlotState.maxPointsPerFigure)); plot fewer points, such as every tenth (x[::10], y[::10])")
      error.isLimit = true
      throw error
    }
    box.points += points
  }

  /// One value or a sequence of them, repeated to `count` (NumPy broadcasting of a scalar argument).
  private static func broadcastData(_ value: Value, count: Int, what: String) throws(PythonError) -> [Double] {
    let values = try plotData(value, what: what)
    if values.count == 1 { return Array(repeating: values[0], count: count) }
    guard values.count == count else {
      throw PythonError.value(
        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape "
          + "(\(count),) and arg 1 with shape (\(values.count),).")
    }
    return values
  }

  mutating func drawOther(_ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    let keywords: [String: Set<String>] = [
      "scatter": ["x", "y", "s", "c", "color", "marker", "alpha", "label", "cmap", "vmin", "vmax", "norm"],
      "bar": ["x", "height", "width", "bottom", "color", "alpha", "label", "align"],
      "hist": ["x", "bins", "color", "alpha", "label", "density"],
      "axhline": ["y", "color", "c", "linestyle", "ls", "linewidth", "lw", "label"],
      "axvline": ["x", "color", "c", "linestyle", "ls", "linewidth", "lw", "label"],
      "fill_between": ["x", "y1", "y2", "color", "alpha", "label"],
      "text": ["x", "y", "s", "fontsize", "color"],
      "annotate": ["text", "xy", "xytext", "arrowprops", "fontsize", "color"],
    ]
    try Self.checkPlotKeywords(call, allowed: keywords[name] ?? [], caller: caller)
    func keyword(_ names: String...) -> Value? {
      call.keywords.first { names.contains($0.name) && !$0.value.isNone }?.value
    }
    // Bind only the named parameters; the other keywords were checked above and are read with `keyword`.
    func bind(_ parameters: [String], required: Int) throws(PythonError) -> BoundArguments {
      var positional = call
      positional.keywords = call.keywords.filter { parameters.contains($0.name) }
      return try positional.bind(parameters, required: required)
    }
    let label = try keyword("label").map { (value) throws(PythonError) in try PlotState.figureText(value.str) }
    let alpha = try keyword("alpha").map { (value) throws(PythonError) in try Self.plotAlpha(value) } ?? 1
    switch name {
    case "scatter":
      let bound = try bind(["x", "y", "s", "c", "marker", "alpha", "color", "label"], required: 2)
      let x = try Self.plotData(bound.value("x"), what: "x")
      let y = try Self.plotData(bound.value("y"), what: "y")
      guard x.count == y.count else { throw PythonError.value("x and y must be the same size") }
      var area = 36.0
      var areas: [Double]?
      if let s = bound["s"] {
        let sizes = try Self.plotData(s, what: "s")
        guard sizes.count == 1 || sizes.count == x.count else {
          throw PythonError.value("s (size \(sizes.count)) cannot be broadcast to match x and y (size \(x.count))")
        }
        guard sizes.allSatisfy({ $0.isNaN || ($0 >= 0 && $0 <= 10_000) }) else {
          throw PythonError.value("s must be between 0 and 10000 points²")
        }
        if sizes.count == 1 || Set(sizes.map(\.bitPattern)).count == 1 {
          area = sizes.first ?? 36
        } else {
          areas = sizes
        }
      }
      var color: PlotColor?
      var values: [Double]?
      var scale: ColorScale?
      if let c = bound["c"] ?? bound["color"] {
        switch c {
        case .string, .tuple:
          color = try Self.plotColor(c)
        case .list(let items) where items.contains(where: { if case .string = $0 { true } else { false } }):
          throw Self.unsupportedPlot(
            "\(caller)(c=…) with a colour name per point", supported: ["one colour", "values"])
        default:
          // Numbers: one value per point, coloured through the colour map (`c=values, cmap=…`).
          let data = try Self.plotData(c, what: "c")
          guard data.count == x.count else {
            throw PythonError.value(
              "'c' argument has \(data.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count).")
          }
          values = data
          let valueScale = ColorScale(
            colormap: try Self.plotColormap(keyword("cmap")), values: data,
            vmin: try Self.colorLimit(keyword("vmin"), what: "vmin"),
            vmax: try Self.colorLimit(keyword("vmax"), what: "vmax"))
          try Self.checkScale(valueScale)
          scale = valueScale
        }
      }
      if keyword("norm") != nil {
        throw Self.unsupportedPlot("\(caller)(norm=…)", supported: ["the default linear norm, with vmin and vmax"])
      }
      let marker = try bound["marker"].map { (value) throws(PythonError) in try Self.plotMarker(value) } ?? .circle
      try Self.charge(box, x.count)
      // Points coloured by value take no colour from the cycle, as matplotlib's `_parse_scatter_color_args`.
      let scatter = Scatter(
        x: x, y: y, color: color ?? (values != nil ? .cycle(0) : box.figure.axes[index].nextPatchColor()),
        area: area, marker: marker ?? .circle, alpha: alpha, label: label, areas: areas, values: values, scale: scale)
      box.figure.axes[index].artists.append(.scatter(scatter))
      if values != nil { return scatterMappable(box, index) }
      return .plot(.artist("matplotlib.collections.PathCollection"))
    case "bar":
      let bound = try bind(["x", "height", "width", "bottom", "align", "color", "alpha", "label"], required: 2)
      if case .string = bound.value("x") {
        throw Self.unsupportedPlot("\(caller) with text categories", supported: ["numeric x"])
      }
      if case .list(let items) = bound.value("x"),
        items.contains(where: { if case .string = $0 { true } else { false } })
      {
        throw Self.unsupportedPlot("\(caller) with text categories", supported: ["numeric x"])
      }
      let x = try Self.plotData(bound.value("x"), what: "x")
      let height = try Self.broadcastData(bound.value("height"), count: x.count, what: "height")
      let width =
        try bound["width"].map { (value) throws(PythonError) in
          try Self.broadcastData(value, count: x.count, what: "width")
        } ?? Array(repeating: 0.8, count: x.count)
      let bottom =
        try bound["bottom"].map { (value) throws(PythonError) in
          try Self.broadcastData(value, count: x.count, what: "bottom")
        } ?? Array(repeating: 0, count: x.count)
      let edge = bound["align"]?.str == "edge"
      if let align = bound["align"], align.str != "edge", align.str != "center" {
        throw PythonError.value("\(align.repr) is not a valid value for align; supported values are 'center', 'edge'")
      }
      try Self.charge(box, x.count)
      let left = zip(x, width).map { edge ? $0 : $0 - $1 / 2 }
      let color = try bound["color"].map { (value) throws(PythonError) in try Self.plotColor(value) }
      let bars = Bars(
        left: left, width: width, bottom: bottom, height: height,
        color: color ?? box.figure.axes[index].nextPatchColor(), alpha: alpha, label: label)
      box.figure.axes[index].artists.append(.bars(bars))
      return .plot(.barContainer(x.count))
    case "hist":
      let bound = try bind(["x", "bins"], required: 1)
      let data = try Self.plotData(bound.value("x"), what: "x")
      // matplotlib's hist is NumPy's histogram (counts, edges, and `density=True`: each count over the total and
      // its bin's width); the edges are worked out first only to bound the work.
      let checkedEdges = try Self.histogramEdges(data, bins: bound["bins"])
      let sample = Tensor(shape: [data.count], storage: .float64(data))
      var givenEdges: Tensor? = Tensor(shape: [checkedEdges.count], storage: .float64(checkedEdges))
      if bound["bins"] == nil { givenEdges = nil }
      if case .int? = bound["bins"] { givenEdges = nil }
      let density = try keyword("density")?.truthValue() == true
      let (binCounts, binEdges) = try core {
        try sample.histogram(
          bins: checkedEdges.count - 1, edges: givenEdges, range: nil, weights: nil, density: density)
      }
      let counts = binCounts.doubles
      let edges = binEdges.doubles
      try Self.charge(box, counts.count)
      let color = try keyword("color").map { (value) throws(PythonError) in try Self.plotColor(value) }
      // As matplotlib's `hist`: bars centred at edge + width/2, whose left edge is then centre − width/2.
      let widths = zip(edges.dropFirst(), edges).map { $0 - $1 }
      let bars = Bars(
        left: zip(edges, widths).map { ($0 + 0.5 * $1) - $1 / 2 }, width: widths,
        bottom: Array(repeating: 0, count: counts.count), height: counts,
        color: color ?? box.figure.axes[index].nextPatchColor(), alpha: alpha, label: label)
      box.figure.axes[index].artists.append(.bars(bars))
      return try .makeTuple([
        .tensor(Tensor(shape: [counts.count], storage: .float64(counts))),
        .tensor(Tensor(shape: [edges.count], storage: .float64(edges))),
        .plot(.barContainer(counts.count)),
      ])
    case "axhline", "axvline":
      let horizontal = name == "axhline"
      let parameter = horizontal ? "y" : "x"
      let bound = try bind([parameter], required: 0)
      let value =
        try bound[parameter].map { (value) throws(PythonError) in try Self.plotNumber(value, what: parameter) } ?? 0
      let color = try keyword("color", "c").map { (value) throws(PythonError) in try Self.plotColor(value) }
      let style = try keyword("linestyle", "ls").map { (value) throws(PythonError) in try Self.plotLineStyle(value) }
      let width =
        try keyword("linewidth", "lw").map { (value) throws(PythonError) in
          try Self.plotNumber(value, what: "linewidth")
        } ?? 1.5
      guard width >= 0, width <= 100 else { throw PythonError.value("linewidth must be between 0 and 100 points") }
      let line = ReferenceLine(
        horizontal: horizontal, value: value, color: color ?? box.figure.axes[index].nextCycleColor(),
        style: style ?? .solid, width: width, label: label)
      box.figure.axes[index].artists.append(.referenceLine(line))
      return .plot(.artist("matplotlib.lines.Line2D"))
    case "fill_between":
      let bound = try bind(["x", "y1", "y2"], required: 2)
      let x = try Self.plotData(bound.value("x"), what: "x")
      let upper = try Self.broadcastData(bound.value("y1"), count: x.count, what: "y1")
      let lower =
        try bound["y2"].map { (value) throws(PythonError) in
          try Self.broadcastData(value, count: x.count, what: "y2")
        } ?? Array(repeating: 0, count: x.count)
      try Self.charge(box, 2 * x.count)
      let color = try keyword("color").map { (value) throws(PythonError) in try Self.plotColor(value) }
      let fill = Fill(
        x: x, lower: lower, upper: upper, color: color ?? box.figure.axes[index].nextPatchColor(), alpha: alpha,
        label: label)
      box.figure.axes[index].artists.append(.fill(fill))
      return .plot(.artist("matplotlib.collections.FillBetweenPolyCollection"))
    case "text", "annotate":
      let isText = name == "text"
      let bound = try bind(isText ? ["x", "y", "s"] : ["text", "xy"], required: isText ? 3 : 2)
      var position: [Value]
      let text: String
      var arrowTo: [Double]?
      if isText {
        position = [bound.value("x"), bound.value("y")]
        text = try PlotState.figureText(bound.value("s").str)
      } else {
        text = try PlotState.figureText(bound.value("text").str)
        let xy = try Self.iterationItems(bound.value("xy"))
        guard xy.count == 2 else { throw PythonError.value("xy must be an (x, y) pair") }
        position = xy
        if let xytext = keyword("xytext") {
          let items = try Self.iterationItems(xytext)
          guard items.count == 2 else { throw PythonError.value("xytext must be an (x, y) pair") }
          if keyword("arrowprops") != nil {
            arrowTo = [try Self.plotNumber(xy[0], what: "xy"), try Self.plotNumber(xy[1], what: "xy")]
          }
          position = items
        }
      }
      let x = try Self.plotNumber(position[0], what: "x")
      let y = try Self.plotNumber(position[1], what: "y")
      let size =
        try keyword("fontsize").map { (value) throws(PythonError) in try Self.plotNumber(value, what: "fontsize") }
        ?? 10
      guard size > 0, size <= 100 else { throw PythonError.value("fontsize must be between 0 and 100 points") }
      let color = try keyword("color").map { (value) throws(PythonError) in try Self.plotColor(value) }
      try Self.charge(box, 1)
      box.figure.axes[index].artists.append(
        .text(TextNote(x: x, y: y, text: text, fontSize: size, color: color, arrowTo: arrowTo)))
      // matplotlib's Text repr formats its position with str(): `Text(3, 4, 'hi')`, `Text(0.5, 1.0, 'x')`.
      return .plot(.text(repr: "Text(\(position[0].str), \(position[1].str), \(Value.quote(text)))"))
    default:
      throw Self.unsupportedPlot(caller, supported: Self.axesMethods)
    }
  }

  /// `np.histogram`'s bin edges: `bins` equal bins over the data's range (±0.5 around a single value), or the edges
  /// given.
  static func histogramEdges(_ data: [Double], bins: Value?) throws(PythonError) -> [Double] {
    if let bins, case .int(let count) = bins {
      guard count >= 1 else { throw PythonError.value("`bins` must be positive, when an integer") }
      guard count <= 10_000 else {
        var error = PythonError("ValueError", "bins=\(count) is more bars than docbuild draws (at most 10000)")
        error.isLimit = true
        throw error
      }
      return try equalEdges(data, count: count)
    }
    guard let bins else { return try equalEdges(data, count: 10) }
    let edges = try plotData(bins, what: "bins")
    guard edges.count >= 2, zip(edges, edges.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      throw PythonError.value("`bins` must increase monotonically, when an array")
    }
    return edges
  }

  private static func equalEdges(_ data: [Double], count: Int) throws(PythonError) -> [Double] {
    var (first, last) = (data.min() ?? 0, data.max() ?? 1)
    if data.isEmpty { (first, last) = (0, 1) }
    guard first.isFinite, last.isFinite else {
      throw PythonError.value(
        "autodetected range of [\(pythonFloatRepr(first)), \(pythonFloatRepr(last))] is not finite")
    }
    if first == last {
      first -= 0.5
      last += 0.5
    }
    return try core { try Tensor.linspace(first, last, num: count + 1) }.doubles
  }
}
