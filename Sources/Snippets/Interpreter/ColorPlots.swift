import Plot
import TensorCore

/// The colour-mapped artists: `imshow`, `contour`, `contourf`, and the colour bars and colour maps they use, with
/// matplotlib's arguments, defaults and errors.
extension Interpreter {
  /// The most cells one image may have (1024 × 1024): up to 40,000 each is a rectangle in the SVG, beyond that the
  /// image is one PNG raster in it (`ImageArtist.maxVectorCells`).
  static let maxImageCells = 1 << 20
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
          + "\(Self.maxImageCells) cells); show every other cell, such as Z[::2, ::2]")
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
    // A raster cell costs a few bytes of the page where a rectangle costs dozens.
    try Self.charge(box, cells > ImageArtist.maxVectorCells ? cells / 16 : cells)
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
  func mappable(_ box: FigureBox, _ index: Int, type: String) -> Value {
    let artist = box.figure.axes[index].artists.count - 1
    box.currentMappable = (index, artist)
    return .plot(.mappable(box, axes: index, artist: artist, typeName: type))
  }

  /// Records scatter points coloured by value as the figure's current image.
  func scatterMappable(_ box: FigureBox, _ index: Int) -> Value {
    mappable(box, index, type: "matplotlib.collections.PathCollection")
  }
}
