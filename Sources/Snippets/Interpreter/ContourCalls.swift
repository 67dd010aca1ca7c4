import Plot
import TensorCore

/// `contour` and `contourf`: matplotlib's argument forms (`Z`, `X, Y, Z`, levels positional or by keyword), its
/// automatic levels, colours and line styles, and the lines or bands of docbuild's marching squares.
extension Interpreter {
  mutating func contour(
    _ box: FigureBox, _ index: Int, _ call: CallArguments, filled: Bool, alpha: Double, vmin: Double?, vmax: Double?
  ) throws(PythonError) -> Value {
    let function = filled ? "contourf" : "contour"
    let arguments = call.positional
    guard (1...4).contains(arguments.count) else {
      throw PythonError.type(
        "\(function)() takes from 1 to 4 positional arguments but \(arguments.count) were given")
    }
    let zValue = arguments.count <= 2 ? arguments[0] : arguments[2]
    let grid = try Self.plotGrid(zValue)
    guard grid.ndim == 2 else { throw PythonError.type("Input z must be 2D, not \(grid.ndim)D") }
    let (rows, columns) = (grid.rows, grid.columns)
    guard rows >= 2, columns >= 2 else {
      throw PythonError.type(
        "Input z must be at least a (2, 2) shaped array, but has shape \(pythonShapeRepr([rows, columns]))")
    }
    guard rows * columns <= Self.maxContourGrid else {
      var error = PythonError(
        "ValueError",
        "a contour grid of \(rows)×\(columns) values is larger than docbuild contours (at most "
          + "\(Self.maxContourGrid)); use every other point, such as Z[::2, ::2]")
      error.isLimit = true
      throw error
    }
    var x: [Double]
    var y: [Double]
    if arguments.count >= 3 {
      (x, y) = try Self.contourCoordinates(arguments[0], arguments[1], rows: rows, columns: columns)
    } else {
      x = (0..<(rows * columns)).map { Double($0 % columns) }
      y = (0..<(rows * columns)).map { Double($0 / columns) }
    }
    let finite = grid.values.filter(\.isFinite)
    guard let zmin = finite.min(), let zmax = finite.max() else {
      throw Self.unsupportedPlot("\(function) of data without a finite value", supported: ["finite data"])
    }
    let levelArgument =
      call.keywords.first { $0.name == "levels" && !$0.value.isNone }?.value
      ?? (arguments.count == 2 || arguments.count == 4 ? arguments.last : nil)
    let levels = try Self.contourLevels(levelArgument, zmin: zmin, zmax: zmax, filled: filled)
    let work = (rows - 1) * (columns - 1) * Swift.max(levels.count, 1)
    guard work <= Self.maxContourWork else {
      var error = PythonError(
        "ValueError",
        "\(levels.count) contour levels over a \(rows)×\(columns) grid are more work than docbuild does in one "
          + "statement (at most \(Self.maxContourWork) cells times levels); use fewer levels or a coarser grid")
      error.isLimit = true
      throw error
    }
    let generator = ContourGenerator(rows: rows, columns: columns, x: x, y: y, z: grid.values)
    var shapes: [[ContourArtist.Shape]] = []
    if filled {
      var lowers = Array(levels.dropLast())
      if zmin == lowers[0] { lowers[0] -= 1 }
      let rectilinear = generator.isRectilinear
      for (lower, upper) in zip(lowers, levels.dropFirst()) {
        shapes.append(
          generator.band(lower: lower, upper: upper, rectilinear: rectilinear).map { polygon in
            .init(coordinates: polygon.flatMap { [$0.x, $0.y] }, closed: true)
          })
      }
    } else {
      for level in levels {
        shapes.append(
          generator.lines(at: level).map { line in
            .init(coordinates: line.points.flatMap { [$0.x, $0.y] }, closed: line.closed)
          })
      }
    }
    try Self.charge(box, shapes.reduce(0) { $0 + $1.reduce(0) { $0 + $1.coordinates.values.count / 2 } })
    let (colors, scale, monochrome) = try contourColors(call, levels: levels, filled: filled, vmin: vmin, vmax: vmax)
    var widths: [Double] = []
    var styles: [LineStyle] = []
    if !filled {
      widths = try Self.cycled(
        call.keywords.first { $0.name == "linewidths" && !$0.value.isNone }?.value, count: levels.count, default: 1.5
      ) { (value) throws(PythonError) in
        let width = try Self.plotNumber(value, what: "linewidths")
        guard width >= 0, width <= 100 else { throw PythonError.value("linewidth must be between 0 and 100 points") }
        return width
      }
      let negative = -(zmax - zmin) * 1e-15
      let defaultStyles = levels.map { monochrome && $0 < negative ? LineStyle.dashed : .solid }
      if let given = call.keywords.first(where: { $0.name == "linestyles" && !$0.value.isNone })?.value {
        styles = try Self.cycled(given, count: levels.count, default: .solid) { (value) throws(PythonError) in
          try Self.plotLineStyle(value)
        }
      } else {
        styles = defaultStyles
      }
    }
    let bounds = [
      x.filter(\.isFinite).min() ?? 0, x.filter(\.isFinite).max() ?? 1, y.filter(\.isFinite).min() ?? 0,
      y.filter(\.isFinite).max() ?? 1,
    ]
    let artist = ContourArtist(
      filled: filled, levels: levels, shapes: shapes, colors: colors, widths: widths, styles: styles, alpha: alpha,
      scale: scale, bounds: bounds)
    box.figure.axes[index].artists.append(.contour(artist))
    return mappable(box, index, type: "matplotlib.contour.QuadContourSet")
  }

  /// X and Y of `contour(X, Y, Z)`: 1-D (a column and a row coordinate each) or 2-D like Z, as row-major grids.
  private static func contourCoordinates(_ xValue: Value, _ yValue: Value, rows: Int, columns: Int)
    throws(PythonError) -> ([Double], [Double])
  {
    let xTensor = try xValue.toTensor()
    let yTensor = try yValue.toTensor()
    guard xTensor.ndim == yTensor.ndim else {
      throw PythonError.type(
        "Number of dimensions of x (\(xTensor.ndim)) and y (\(yTensor.ndim)) do not match")
    }
    switch xTensor.ndim {
    case 1:
      guard xTensor.size == columns else {
        throw PythonError.type("Length of x (\(xTensor.size)) must match number of columns in z (\(columns))")
      }
      guard yTensor.size == rows else {
        throw PythonError.type("Length of y (\(yTensor.size)) must match number of rows in z (\(rows))")
      }
      let (xs, ys) = (xTensor.doubles, yTensor.doubles)
      return (
        (0..<(rows * columns)).map { xs[$0 % columns] }, (0..<(rows * columns)).map { ys[$0 / columns] }
      )
    case 2:
      guard xTensor.shape == [rows, columns] else {
        throw PythonError.type(
          "Shapes of x \(pythonShapeRepr(xTensor.shape)) and z \(pythonShapeRepr([rows, columns])) do not match")
      }
      guard yTensor.shape == [rows, columns] else {
        throw PythonError.type(
          "Shapes of y \(pythonShapeRepr(yTensor.shape)) and z \(pythonShapeRepr([rows, columns])) do not match")
      }
      return (xTensor.doubles, yTensor.doubles)
    default:
      throw PythonError.type("Inputs x and y must be 1D or 2D, not \(xTensor.ndim)D")
    }
  }

  /// `levels=`: a count for `_autolev`, or the levels themselves (increasing).
  private static func contourLevels(_ value: Value?, zmin: Double, zmax: Double, filled: Bool)
    throws(PythonError) -> [Double]
  {
    var levels: [Double]
    var count: Int?
    switch value {
    case nil: count = ContourLevels.defaultCount
    case .int(let given)?: count = given
    default: count = nil
    }
    if let count {
      guard count <= maxContourLevels else {
        var error = PythonError(
          "ValueError", "levels=\(count) is more contour levels than docbuild draws (at most \(maxContourLevels))")
        error.isLimit = true
        throw error
      }
      levels = ContourLevels.automatic(zmin: zmin, zmax: zmax, count: Swift.max(count, 0))
    } else if let value {
      levels = try plotData(value, what: "levels")
      guard levels.count <= maxContourLevels else {
        var error = PythonError(
          "ValueError",
          "\(levels.count) contour levels are more than docbuild draws (at most \(maxContourLevels))")
        error.isLimit = true
        throw error
      }
    } else {
      levels = []
    }
    if filled && levels.count < 2 { throw PythonError.value("Filled contours require at least 2 levels.") }
    if levels.count > 1 && zip(levels, levels.dropFirst()).contains(where: { !($1 - $0 > 0) }) {
      throw PythonError.value("Contour levels must be increasing")
    }
    guard levels.allSatisfy(\.isFinite) else {
      throw unsupportedPlot("contour levels that are not finite", supported: ["finite levels"])
    }
    return levels
  }

  /// The colours of a contour set's levels (lines) or bands (filled), the colour scale behind them (nil for
  /// `colors=`), and whether the set is monochrome (negative levels then dashed).
  private func contourColors(_ call: CallArguments, levels: [Double], filled: Bool, vmin: Double?, vmax: Double?)
    throws(PythonError) -> ([PlotColor], ColorScale?, Bool)
  {
    let count = filled ? levels.count - 1 : levels.count
    let colorsArgument = call.keywords.first { $0.name == "colors" && !$0.value.isNone }?.value
    let cmapArgument = call.keywords.first { $0.name == "cmap" && !$0.value.isNone }?.value
    if let colorsArgument {
      if cmapArgument != nil { throw PythonError.value("Either colors or cmap must be None") }
      // `ListedColormap(colors)` indexed by level: a single colour (a string) is monochrome.
      var given: [PlotColor] = []
      var monochrome = false
      if case .string = colorsArgument {
        given = [try Self.plotColor(colorsArgument)]
        monochrome = true
      } else {
        for item in try Self.iterationItems(colorsArgument) { given.append(try Self.plotColor(item)) }
        monochrome = given.count == 1
      }
      guard !given.isEmpty else { throw PythonError.value("colors must not be empty") }
      return ((0..<count).map { given[$0 % given.count] }, nil, monochrome)
    }
    let cmap = try Self.plotColormap(cmapArgument)
    // The norm spans the levels (not the data), and each band takes the colour of its midpoint.
    let scale = ColorScale(colormap: cmap, values: levels, vmin: vmin, vmax: vmax)
    try Self.checkScale(scale)
    let values = filled ? zip(levels, levels.dropFirst()).map { 0.5 * ($0 + $1) } : levels
    let colors = values.map { scale.color($0) ?? .rgb(0, 0, 0) }
    let monochrome = Set(Colormap.named(cmap)?.colors ?? []).count == 1
    return (colors, scale, monochrome)
  }

  /// `linewidths=`/`linestyles=`: one value for all levels, or a sequence repeated to the number of levels.
  private static func cycled<T>(
    _ value: Value?, count: Int, default fallback: T, _ convert: (Value) throws(PythonError) -> T
  ) throws(PythonError) -> [T] {
    guard let value else { return Array(repeating: fallback, count: count) }
    switch value {
    case .list, .tuple,
      .tensor(_) where (try? value.toTensor().ndim) == 1:
      var items: [T] = []
      for item in try iterationItems(value) { items.append(try convert(item)) }
      guard !items.isEmpty else { return Array(repeating: fallback, count: count) }
      return (0..<count).map { items[$0 % items.count] }
    default:
      return Array(repeating: try convert(value), count: count)
    }
  }

  /// `clabel(CS, levels=None, *, fontsize=10, inline=True, inline_spacing=5, fmt=None, colors=None)`: labels on a
  /// line contour set's lines. The labels' text is matplotlib's (`ScalarFormatter` over the levels, or `fmt % level`);
  /// their places follow its rules in spirit (the middle of each line long enough), not to the pixel, so the returned
  /// `Text`s cannot be echoed.
  mutating func clabel(_ call: CallArguments, caller: String) throws(PythonError) -> Value {
    try Self.checkPlotKeywords(
      call, allowed: ["CS", "levels", "fontsize", "inline", "inline_spacing", "fmt", "colors"], caller: caller)
    // Bind the positional parameters; the other keywords were checked above and are read one by one.
    var positional = call
    positional.keywords = call.keywords.filter { $0.name == "CS" || $0.name == "levels" }
    let bound = try positional.bind(["CS", "levels"], required: 1)
    guard case .plot(.mappable(let box, let axes, let index, _)) = bound.value("CS"),
      case .contour(var contour) = box.figure.axes[axes].artists[index], !contour.filled
    else {
      throw Self.unsupportedPlot("\(caller) of \(bound.value("CS").typeName)", supported: ["a line contour set"])
    }
    func keyword(_ name: String) -> Value? { call.keywords.first { $0.name == name && !$0.value.isNone }?.value }
    var chosen = contour.levels
    if let levels = bound["levels"] { chosen = try Self.plotData(levels, what: "levels") }
    let formatter = ScalarFormatter(
      ticks: contour.levels, view: (contour.levels.first ?? 0, contour.levels.last ?? 1))
    var texts: [String] = []
    for (position, level) in contour.levels.enumerated() {
      guard chosen.contains(level) else {
        texts.append("")
        continue
      }
      if let fmt = keyword("fmt") {
        guard case .string(let format) = fmt else {
          throw Self.unsupportedPlot("\(caller)(fmt=\(fmt.typeName))", supported: ["a '%' format string"])
        }
        texts.append(try PlotState.figureText(try Self.labelText(level, format: format, caller: caller)))
      } else {
        texts.append(formatter.labels[position])
      }
    }
    let fontSize =
      try keyword("fontsize").map { (value) throws(PythonError) in
        try Self.plotNumber(value, what: "fontsize")
      } ?? 10
    guard fontSize > 0, fontSize <= 100 else { throw PythonError.value("fontsize must be between 0 and 100 points") }
    let spacing =
      try keyword("inline_spacing").map { (value) throws(PythonError) in
        try Self.plotNumber(value, what: "inline_spacing")
      } ?? 5
    guard spacing >= 0, spacing <= 100 else { throw PythonError.value("inline_spacing must be between 0 and 100") }
    let color = try keyword("colors").map { (value) throws(PythonError) in try Self.plotColor(value) }
    let inline = try keyword("inline")?.truthValue() ?? true
    contour.labels = ContourLabels(texts: texts, fontSize: fontSize, color: color, inline: inline, spacing: spacing)
    box.figure.axes[axes].artists[index] = .contour(contour)
    return .plot(.artist("clabel"))
  }

  /// A level's label through `fmt` as matplotlib makes it, `fmt % level`: the first `%` conversion formats the
  /// level; a format without one is the label itself (a NumPy float indexes like a mapping, so `%` leaves it be).
  private static func labelText(_ level: Double, format: String, caller: String) throws(PythonError) -> String {
    guard let percent = format.firstIndex(of: "%") else { return format }
    var end = format.index(after: percent)
    while end < format.endIndex, !"diouxXeEfFgGs".contains(format[end]) { end = format.index(after: end) }
    guard end < format.endIndex else { throw PythonError.value("incomplete format") }
    var spec = String(format[format.index(after: percent)..<end])
    var value = Value.float(level)
    switch format[end] {
    case "d", "i", "u":
      // `'%d' % 1.5` truncates towards zero.
      value = .int(Int(level.rounded(.towardZero)))
      spec += "d"
    case "s": spec += ""
    default: spec.append(format[end])
    }
    let text = try Interpreter.format(value, spec)
    return String(format[..<percent]) + text + String(format[format.index(after: end)...])
  }
}
