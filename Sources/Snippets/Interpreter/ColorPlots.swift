import Plot
import TensorCore

/// The colour-mapped artists: `imshow`, `contour`, `contourf`, and the colour bars and colour maps they use, with
/// matplotlib's arguments, defaults and errors.
extension Interpreter {
  /// The most cells one image may have: each is a rectangle in the SVG.
  static let maxImageCells = 40_000
  /// The most values a contour grid may hold.
  static let maxContourGrid = 250_000
  /// The most levels one contour set may have.
  static let maxContourLevels = 1_000
  /// The most cell visits (grid cells times levels) one contour call may make, so no statement runs for minutes.
  static let maxContourWork = 10_000_000

  /// matplotlib's `Normalize` refuses a scale that runs backwards (when it draws; docbuild says so at the call).
  static func checkScale(_ scale: ColorScale) throws(PythonError) {
    guard scale.vmin <= scale.vmax else {
      var error = PythonError("ValueError", "minvalue must be less than or equal to maxvalue")
      // matplotlib raises it when the figure is drawn, at another statement: no transcript may expect it here.
      error.isLimit = true
      throw error
    }
  }

  /// The keywords each of these calls accepts.
  static let colorKeywords: [String: Set<String>] = [
    "imshow": ["X", "cmap", "norm", "aspect", "interpolation", "alpha", "vmin", "vmax", "origin", "extent"],
    "contour": ["levels", "colors", "cmap", "norm", "vmin", "vmax", "linewidths", "linestyles", "alpha"],
    "contourf": ["levels", "colors", "cmap", "norm", "vmin", "vmax", "alpha"],
  ]

  /// The interpolations that look like matplotlib's default (`'auto'`: nearest neighbour when each cell covers
  /// several pixels, as on a page): every cell one flat colour.
  static let flatInterpolations: Set<String> = ["nearest", "none", "auto", "antialiased"]

  /// A `cmap=` argument: a name docbuild has, or a colour map object (`plt.cm.viridis`, `plt.get_cmap('RdBu')`).
  static func plotColormap(_ value: Value?) throws(PythonError) -> String {
    guard let value else { return Colormap.defaultName }
    switch value {
    case .string(let name):
      if Colormap.named(name) != nil { return name }
      throw unknownColormap(name)
    case .plot(.colormap(let name)):
      return name
    default:
      throw PythonError.type("cmap must be a str or Colormap, not \(value.typeName)")
    }
  }

  /// Why a colour map name is refused: docbuild has most of matplotlib's, not all.
  static func unknownColormap(_ name: String) -> PythonError {
    var error = PythonError(
      "ValueError",
      "\(Value.quote(name)) is not a colour map docbuild has; it has "
        + Colormap.names.filter { !$0.hasSuffix("_r") }.joined(separator: ", ") + " (each also reversed, NAME_r)")
    error.isLimit = true
    return error
  }

  /// `vmin=`/`vmax=`: a finite number, or nil.
  static func colorLimit(_ value: Value?, what: String) throws(PythonError) -> Double? {
    guard let value else { return nil }
    let number = try plotNumber(value, what: what)
    guard number.isFinite else { throw PythonError.value("\(what) must be finite, not \(pythonFloatRepr(number))") }
    return number
  }

  /// A 2-D array argument: its rows, columns and row-major values.
  static func plotGrid(_ value: Value) throws(PythonError) -> (rows: Int, columns: Int, values: [Double], ndim: Int) {
    let tensor: Tensor
    switch value {
    case .string, .none: throw PythonError.type("Image data of dtype \(value.typeName) cannot be converted to float")
    default: tensor = try value.toTensor()
    }
    let shape = tensor.shape
    guard shape.count == 2 else { return (0, 0, [], shape.count) }
    return (shape[0], shape[1], tensor.doubles, 2)
  }

  /// `norm=`: only None (the linear `Normalize` of vmin and vmax) is drawn.
  private static func checkNorm(_ value: Value?, caller: String) throws(PythonError) {
    guard let value else { return }
    if case .string("linear") = value { return }
    throw unsupportedPlot("\(caller)(norm=…)", supported: ["the default linear norm, with vmin and vmax"])
  }

  /// Runs `imshow`, `contour` or `contourf` on axes `index` of `box`.
  mutating func drawColored(_ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    try Self.checkPlotKeywords(call, allowed: Self.colorKeywords[name] ?? [], caller: caller)
    func keyword(_ key: String) -> Value? {
      call.keywords.first { $0.name == key && !$0.value.isNone }?.value
    }
    try Self.checkNorm(keyword("norm"), caller: caller)
    let alpha = try keyword("alpha").map { (value) throws(PythonError) in try Self.plotAlpha(value) } ?? 1
    let vmin = try Self.colorLimit(keyword("vmin"), what: "vmin")
    let vmax = try Self.colorLimit(keyword("vmax"), what: "vmax")
    if name == "imshow" {
      return try imshow(box, index, call, alpha: alpha, vmin: vmin, vmax: vmax, caller: caller)
    }
    return try contour(box, index, call, filled: name == "contourf", alpha: alpha, vmin: vmin, vmax: vmax)
  }

  private mutating func imshow(
    _ box: FigureBox, _ index: Int, _ call: CallArguments, alpha: Double, vmin: Double?, vmax: Double?,
    caller: String
  ) throws(PythonError) -> Value {
    let bound = try call.bind(
      ["X", "cmap", "norm", "aspect", "interpolation", "alpha", "vmin", "vmax", "origin", "extent"], required: 1)
    let grid = try Self.plotGrid(bound.value("X"))
    guard grid.ndim == 2 else {
      if grid.ndim == 3 {
        throw Self.unsupportedPlot("\(caller) of RGB(A) data", supported: ["2-D data with a colour map"])
      }
      let shape = (try? bound.value("X").toTensor().shape) ?? []
      throw PythonError.type("Invalid shape \(pythonShapeRepr(shape)) for image data")
    }
    let cells = grid.rows * grid.columns
    guard cells <= Self.maxImageCells else {
      var error = PythonError(
        "ValueError",
        "an image of \(grid.rows)×\(grid.columns) cells is larger than docbuild draws (at most "
          + "\(Self.maxImageCells) cells, each a rectangle in the page); show every other cell, such as Z[::2, ::2]")
      error.isLimit = true
      throw error
    }
    let cmap = try Self.plotColormap(bound["cmap"])
    let upper: Bool
    switch bound["origin"] {
    case nil, .string("upper")?: upper = true
    case .string("lower")?: upper = false
    case let other?:
      throw PythonError.value("\(other.repr) is not a valid value for origin. Supported values are 'upper', 'lower'")
    }
    if let interpolation = bound["interpolation"] {
      guard case .string(let text) = interpolation, Self.flatInterpolations.contains(text) else {
        throw Self.unsupportedPlot(
          "\(caller)(interpolation=\(interpolation.repr))",
          supported: Set(Self.flatInterpolations.map { "'\($0)'" }))
      }
    }
    var extent: [Double]
    if let given = bound["extent"] {
      let items = try Self.iterationItems(given)
      guard items.count == 4 else {
        throw PythonError.value("extent must be a sequence of 4 numbers, not \(items.count)")
      }
      extent = []
      for item in items {
        let value = try Self.plotNumber(item, what: "extent")
        guard value.isFinite else { throw PythonError.value("extent must be finite") }
        extent.append(value)
      }
    } else {
      let (columns, rows) = (Double(grid.columns), Double(grid.rows))
      extent = upper ? [-0.5, columns - 0.5, rows - 0.5, -0.5] : [-0.5, columns - 0.5, -0.5, rows - 0.5]
    }
    var aspect: Double? = 1
    switch bound["aspect"] {
    case nil, .string("equal")?: aspect = 1
    case .string("auto")?: aspect = nil
    case let other?:
      let number = try Self.plotNumber(other, what: "aspect")
      guard number > 0, number.isFinite else { throw PythonError.value("aspect must be finite and positive ") }
      aspect = number
    }
    try Self.charge(box, cells)
    let scale = ColorScale(colormap: cmap, values: grid.values, vmin: vmin, vmax: vmax)
    try Self.checkScale(scale)
    let image = ImageArtist(
      rows: grid.rows, columns: grid.columns, values: grid.values, scale: scale, extent: extent,
      upperOrigin: upper, alpha: alpha)
    var axes = box.figure.axes[index]
    axes.artists.append(.image(image))
    axes.aspect = aspect
    // As `set_extent`'s `set_xlim(left, right)`: an extent given right to left (or top below bottom) inverts the
    // axis, unless the snippet set that axis' limits itself.
    if axes.xLimits.lower == nil && axes.xLimits.upper == nil { axes.xInverted = extent[0] > extent[1] }
    if axes.yLimits.lower == nil && axes.yLimits.upper == nil { axes.yInverted = extent[2] > extent[3] }
    box.figure.axes[index] = axes
    return mappable(box, index, type: "matplotlib.image.AxesImage")
  }

  /// The reference `imshow`, `contour` or `scatter` returns, remembered as the figure's current image (`gci`).
  private func mappable(_ box: FigureBox, _ index: Int, type: String) -> Value {
    let artist = box.figure.axes[index].artists.count - 1
    box.currentMappable = (index, artist)
    return .plot(.mappable(box, axes: index, artist: artist, typeName: type))
  }

  /// Records scatter points coloured by value as the figure's current image.
  func scatterMappable(_ box: FigureBox, _ index: Int) -> Value {
    mappable(box, index, type: "matplotlib.collections.PathCollection")
  }

  private mutating func contour(
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

  // MARK: Colour bars

  /// `plt.colorbar(mappable=None, ax=None, label='')` and `fig.colorbar(mappable, ax=None, label='')`: a bar beside
  /// the mappable's axes (or `ax`), for the current image when no mappable is given.
  mutating func colorbar(_ call: CallArguments, figure current: FigureBox?, caller: String) throws(PythonError)
    -> Value
  {
    try Self.checkPlotKeywords(call, allowed: ["mappable", "ax", "label"], caller: caller)
    let bound = try call.bind(["mappable", "cax", "ax", "label"])
    if bound["cax"] != nil { throw Self.unsupportedPlot("\(caller)(cax=…)", supported: ["mappable", "ax", "label"]) }
    let target: (FigureBox, Int, Int)
    switch bound["mappable"] {
    case .plot(.mappable(let box, let axes, let artist, _))?:
      target = (box, axes, artist)
    case nil:
      guard let box = current, let (axes, artist) = box.currentMappable else {
        throw PythonError(
          "RuntimeError",
          "No mappable was found to use for colorbar creation. First define a mappable such as an image (with "
            + "imshow) or a contour set (with contourf).")
      }
      target = (box, axes, artist)
    case .plot(.artist("matplotlib.collections.PathCollection"))?:
      throw Self.unsupportedPlot(
        "\(caller) of scatter points of one colour", supported: ["scatter points coloured by value (c=…)"])
    case let other?:
      throw Self.unsupportedPlot(
        "\(caller) of \(other.typeName)", supported: ["an image", "a contour set", "scatter points coloured by value"])
    }
    let (box, mappableAxes, artistIndex) = target
    var axesIndex = mappableAxes
    if let ax = bound["ax"] {
      guard case .plot(.axes(let axBox, let index)) = ax, axBox === box else {
        throw Self.unsupportedPlot("\(caller)(ax=\(ax.typeName))", supported: ["one Axes of the mappable's figure"])
      }
      axesIndex = index
    }
    let label = try bound["label"].map { (value) throws(PythonError) in try PlotState.figureText(value.str) } ?? ""
    var colorbar: Colorbar
    switch box.figure.axes[mappableAxes].artists[artistIndex] {
    case .image(let image): colorbar = Colorbar(scale: image.scale)
    case .scatter(let scatter) where scatter.scale != nil: colorbar = Colorbar(scale: scatter.scale)
    case .contour(let contour):
      colorbar = Colorbar(levels: contour.levels, colors: contour.colors, lines: !contour.filled)
    default:
      throw Self.unsupportedPlot(
        "\(caller) of scatter points of one colour", supported: ["scatter points coloured by value (c=…)"])
    }
    colorbar.label = label
    guard box.figure.axes[axesIndex].colorbar == nil else {
      throw Self.unsupportedPlot("a second colorbar beside the same axes", supported: ["one colorbar per axes"])
    }
    box.figure.axes[axesIndex].colorbar = colorbar
    return .plot(.colorbar(box, axes: axesIndex))
  }

  /// `cbar.set_label(label)`.
  mutating func colorbarMethod(_ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    guard name == "set_label" else { throw Self.unsupportedPlot("Colorbar.\(name)", supported: ["set_label"]) }
    try Self.checkPlotKeywords(call, allowed: [], caller: "cbar.set_label")
    let text = try PlotState.figureText(try call.bind(["label"], required: 1).value("label").str)
    box.figure.axes[index].colorbar?.label = text
    return .none
  }
}
