import Plot
import TensorCore

/// matplotlib's pyplot interface, as far as snippets go: the functions that make figures and axes and draw lines on
/// them, each attached to the statement that shows it. Everything else of matplotlib is refused by name.
extension Interpreter {
  /// The pyplot functions of the language.
  static let pyplotFunctions: Set<String> = [
    "figure", "subplots", "plot", "show", "close", "xlabel", "ylabel", "title", "legend", "grid", "xlim", "ylim",
    "xscale", "yscale", "gca", "gcf", "tight_layout", "scatter", "bar", "hist", "axhline", "axvline", "fill_between",
    "text", "annotate", "imshow", "contour", "contourf", "colorbar", "get_cmap", "clabel", "subplot", "axes",
    "clf", "savefig", "axis",
  ]

  /// The methods of an `Axes`.
  static let axesMethods: Set<String> = [
    "plot", "set_xlabel", "set_ylabel", "set_title", "legend", "grid", "set_xlim", "set_ylim", "set_xscale",
    "set_yscale", "get_xlim", "get_ylim", "get_xlabel", "get_ylabel", "get_title", "scatter", "bar", "hist",
    "axhline", "axvline", "fill_between", "text", "annotate", "imshow", "contour", "contourf", "set_aspect",
    "clabel", "axis",
  ]

  /// The methods of a `Figure`.
  static let figureMethods: Set<String> = ["tight_layout", "colorbar", "add_subplot", "clf", "savefig"]

  /// `matplotlib.NAME` or `matplotlib.pyplot.NAME`: every name is a function, so that calling one outside the
  /// subset is refused by name (matplotlib has it; docbuild does not draw it).
  static func pyplotMember(_ name: String, module: String) -> Value? {
    // `plt.cm` and `matplotlib.cm`: the colour maps by name (`plt.cm.viridis`).
    if name == "cm" { return .plot(.colormapModule) }
    if module == "matplotlib" {
      switch name {
      case "pyplot": return .module("matplotlib.pyplot")
      default: return .function("matplotlib.\(name)")
      }
    }
    return .function("matplotlib.pyplot.\(name)")
  }

  /// A refusal of part of matplotlib that docbuild does not draw: an error Python would not raise.
  static func unsupportedPlot(_ what: String, supported: Set<String>) -> PythonError {
    var error = PythonError(
      "NotImplementedError",
      "\(what) is not part of docbuild's plotting subset, which has " + supported.sorted().joined(separator: ", "))
    error.isLimit = true
    return error
  }

  /// Why an echo of a `Line2D` or `Legend` is refused: its repr holds its memory address.
  static func plotReprError(_ reference: PlotReference) -> PythonError {
    if case .artist("clabel") = reference {
      var error = PythonError(
        "ValueError",
        "clabel's Text labels print their positions, which come from matplotlib's label placement that docbuild "
          + "does not reproduce to the pixel; assign the result (`_ = plt.clabel(cs)`) or write the call in a script")
      error.isLimit = true
      return error
    }
    var error = PythonError(
      "ValueError",
      "a \(reference.typeName.split(separator: ".").last ?? "")'s repr holds its memory address "
        + "(<\(reference.typeName) object at 0x…>), which changes on every run, so docbuild does not echo it; "
        + "assign the result (`_ = plt.plot(x, y)`) or write the call in a script block")
    error.isLimit = true
    return error
  }

  /// `fig.NAME` or `ax.NAME`: a bound method, or an error naming what the subset has.
  static func plotAttribute(_ name: String, of reference: PlotReference) throws(PythonError) -> Value {
    switch reference {
    case .axes(let box, let index):
      if box.figure.axes[index].scene != nil {
        if axes3DMethods.contains(name) { return .method(.plot(reference), name) }
        throw unsupportedPlot("Axes3D.\(name)", supported: axes3DMethods)
      }
      if axesMethods.contains(name) { return .method(.plot(reference), name) }
      throw unsupportedPlot("Axes.\(name)", supported: axesMethods)
    case .figure:
      if figureMethods.contains(name) { return .method(.plot(reference), name) }
      throw unsupportedPlot("Figure.\(name)", supported: figureMethods)
    case .colorbar:
      if name == "set_label" { return .method(.plot(reference), name) }
      throw unsupportedPlot("Colorbar.\(name)", supported: ["set_label"])
    case .colormapModule:
      if Colormap.named(name) != nil { return .plot(.colormap(name)) }
      throw unknownColormap(name)
    case .mappable(let box, let axes, let artist, _):
      // A contour set's levels, as `cs.levels`.
      if name == "levels", box.figure.axes[axes].artists.indices.contains(artist),
        case .contour(let contour) = box.figure.axes[axes].artists[artist]
      {
        return .tensor(Tensor(shape: [contour.levels.count], storage: .float64(contour.levels)))
      }
    case .axesArray(_, let indices, let shape):
      switch name {
      case "shape": return .intTuple(shape)
      case "size": return .int(indices.count)
      case "ndim": return .int(shape.count)
      case "flat": return .iterator(IteratorBox(kind: "numpy.flatiter", items: flatAxes(reference)))
      case "ravel", "flatten": return .method(.plot(reference), name)
      default: break
      }
    default: break
    }
    throw PythonError("AttributeError", "'\(reference.typeName)' object has no attribute '\(name)'")
  }

  /// Every axes of an axes array, in row-major order.
  static func flatAxes(_ reference: PlotReference) -> [Value] {
    guard case .axesArray(let box, let indices, _) = reference else { return [] }
    return indices.map { .plot(.axes(box, $0)) }
  }

  /// `axs[i]`, `axs[i, j]`, `axs[i][j]`.
  static func indexAxesArray(_ reference: PlotReference, with index: Value) throws(PythonError) -> Value {
    guard case .axesArray(let box, let indices, let shape) = reference else { return .none }
    let parts: [Value] = if case .tuple(let items) = index { Array(items) } else { [index] }
    guard parts.count <= shape.count else {
      throw PythonError.index(
        "too many indices for array: array is \(shape.count)-dimensional, but \(parts.count) were indexed")
    }
    var position: [Int] = []
    for (axis, part) in parts.enumerated() {
      guard case .int(var value) = part else {
        throw unsupportedPlot("indexing an array of axes with \(part.typeName)", supported: ["int indices"])
      }
      if value < 0 { value += shape[axis] }
      guard value >= 0, value < shape[axis] else {
        throw PythonError.index(
          "index \(value) is out of bounds for axis \(axis) with size \(shape[axis])")
      }
      position.append(value)
    }
    if position.count == shape.count {
      let flat = position.count == 1 ? position[0] : position[0] * shape[1] + position[1]
      return .plot(.axes(box, indices[flat]))
    }
    return reference.arrayItems[position[0]]
  }

  /// Calls `matplotlib.NAME` or `matplotlib.pyplot.NAME`.
  mutating func callPyplot(_ qualified: String, _ call: CallArguments) throws(PythonError) -> Value {
    if qualified.hasPrefix("matplotlib.pyplot.") {
      let name = String(qualified.dropFirst("matplotlib.pyplot.".count))
      guard Self.pyplotFunctions.contains(name) else {
        throw Self.unsupportedPlot("plt.\(name)", supported: Self.pyplotFunctions)
      }
      return try pyplot(name, call)
    }
    let name = String(qualified.dropFirst("matplotlib.".count))
    guard name == "use" else { throw Self.unsupportedPlot("matplotlib.\(name)", supported: ["use", "pyplot"]) }
    // Choosing a backend changes nothing here: figures always become inline SVG.
    let bound = try call.bind(["backend", "force"], required: 1)
    guard case .string = bound.value("backend") else {
      throw PythonError.type("backend must be a string, not \(bound.value("backend").typeName)")
    }
    return .none
  }

  private mutating func pyplot(_ name: String, _ call: CallArguments) throws(PythonError) -> Value {
    switch name {
    case "figure":
      let bound = try call.bind(["num", "figsize"])
      if bound["num"] != nil { throw Self.unsupportedPlot("plt.figure(num=…)", supported: ["figsize"]) }
      let (width, height) = try figureSize(bound["figsize"])
      return .plot(.figure(try newFigure(Figure(width: width, height: height))))
    case "subplots":
      return try subplots(call)
    case "subplot":
      return try subplot(call, on: try currentFigure(), caller: "subplot", reusing: true)
    case "axes":
      // `plt.axes()` adds axes where a single subplot sits.
      let bound = try call.bind(["arg", "projection", "polar"])
      if bound["arg"] != nil { throw Self.unsupportedPlot("plt.axes(rect)", supported: ["plt.axes()"]) }
      let threeD = try Self.checkProjection(bound)
      return try placeAxes(
        on: try currentFigure(), rows: 1, columns: 1, number: 1, reusing: false, threeD: threeD)
    case "show":
      let bound = try call.bind(["block"])
      _ = bound
      plots.showAll()
      return .none
    case "close":
      let bound = try call.bind(["fig"])
      switch bound["fig"] {
      case nil:
        if let current = plots.current { plots.close(current) }
      case .string("all"):
        _ = plots.closeAll()
      case .plot(.figure(let box))?:
        plots.close(box)
      case let other?:
        throw Self.unsupportedPlot("plt.close(\(other.typeName))", supported: ["plt.close()", "'all'", "a Figure"])
      }
      return .none
    case "gcf":
      _ = try call.bind([])
      return .plot(.figure(try currentFigure()))
    case "gca":
      _ = try call.bind([])
      let box = try currentFigure()
      return .plot(.axes(box, try currentAxes(of: box)))
    case "colorbar":
      return try colorbar(call, figure: plots.current, caller: "plt.colorbar")
    case "get_cmap":
      let bound = try call.bind(["name", "lut"])
      if bound["lut"] != nil { throw Self.unsupportedPlot("plt.get_cmap(lut=…)", supported: ["name"]) }
      return .plot(.colormap(try Self.plotColormap(bound["name"])))
    case "clf":
      _ = try call.bind(["keep_observers"])
      try clearFigure(try currentFigure())
      return .none
    case "savefig":
      return try saveFigure(call, caller: "savefig")
    case "tight_layout":
      // matplotlib's layout engine is not reproduced; the default subplot spacing already fits the usual labels.
      _ = try call.bind(["pad"])
      return .none
    default:
      let box = try currentFigure()
      let index = try currentAxes(of: box)
      let method: String =
        switch name {
        case "xlabel", "ylabel", "title", "xlim", "ylim", "xscale", "yscale": "set_" + name
        default: name
        }
      // `plt.xlim()` with no limits reads them, as `ax.get_xlim()`.
      if name == "xlim" || name == "ylim", call.positional.isEmpty, call.keywords.isEmpty {
        return try axesMethod(box, index, "get_" + name, call, caller: "plt.\(name)")
      }
      return try axesMethod(box, index, method, call, caller: "plt.\(name)")
    }
  }

  /// Makes a figure current and open, counting it against the chapter's budget.
  private mutating func newFigure(_ figure: Figure) throws(PythonError) -> FigureBox {
    guard plots.made < PlotState.maxFigures else {
      var error = PythonError(
        "MemoryError", "a chapter may make at most \(PlotState.maxFigures) figures (each is an SVG in its page)")
      error.isLimit = true
      throw error
    }
    plots.made += 1
    let box = FigureBox(figure)
    plots.open.append(box)
    plots.current = box
    return box
  }

  /// pyplot's current figure, made when none is open.
  private mutating func currentFigure() throws(PythonError) -> FigureBox {
    if let current = plots.current { return current }
    return try newFigure(Figure())
  }

  /// The figure's current axes, made (a single subplot) when it has none.
  private func currentAxes(of box: FigureBox) throws(PythonError) -> Int {
    if let index = box.currentAxes { return index }
    box.figure.axes.append(Plot.Axes())
    box.currentAxes = box.figure.axes.count - 1
    return box.figure.axes.count - 1
  }

  /// `figsize=(w, h)` in inches, bounded.
  private func figureSize(_ value: Value?) throws(PythonError) -> (Double, Double) {
    guard let value else { return (6.4, 4.8) }
    let items = try Self.iterationItems(value)
    guard items.count == 2 else { throw PythonError.value("figure size must be a (width, height) pair") }
    let width = try Self.plotNumber(items[0], what: "figsize")
    let height = try Self.plotNumber(items[1], what: "figsize")
    guard width > 0, height > 0, width.isFinite, height.isFinite else {
      throw PythonError.value("figure size must be positive finite, not (\(width), \(height))")
    }
    guard width <= PlotState.maxFigureInches, height <= PlotState.maxFigureInches else {
      var error = PythonError(
        "ValueError",
        "figsize=(\(pythonFloatRepr(width)), \(pythonFloatRepr(height))) is larger than docbuild draws: at most "
          + "\(Int(PlotState.maxFigureInches)) inches a side")
      error.isLimit = true
      throw error
    }
    return (width, height)
  }

  /// `plt.subplots(nrows=1, ncols=1, figsize=…)`: the figure and its axes (one, or an array as NumPy's `squeeze`).
  private mutating func subplots(_ call: CallArguments) throws(PythonError) -> Value {
    let bound = try call.bind(["nrows", "ncols", "figsize"])
    let rows = try bound["nrows"]?.toInt() ?? 1
    let columns = try bound["ncols"]?.toInt() ?? 1
    for (count, noun) in [(rows, "rows"), (columns, "columns")] where count < 1 {
      throw PythonError.value("Number of \(noun) must be a positive integer, not \(count)")
    }
    guard rows * columns <= PlotState.maxSubplots else {
      var error = PythonError(
        "ValueError", "a \(rows)×\(columns) grid is more axes than docbuild draws (at most \(PlotState.maxSubplots))")
      error.isLimit = true
      throw error
    }
    let (width, height) = try figureSize(bound["figsize"])
    var figure = Figure(width: width, height: height, rows: rows, columns: columns)
    for row in 0..<rows {
      for column in 0..<columns { figure.axes.append(Plot.Axes(row: row, column: column)) }
    }
    let box = try newFigure(figure)
    box.currentAxes = rows * columns - 1
    let indices = Array(0..<(rows * columns))
    let axes: Value =
      rows * columns == 1
      ? .plot(.axes(box, 0))
      : .plot(.axesArray(box, indices: indices, shape: rows == 1 || columns == 1 ? [rows * columns] : [rows, columns]))
    return try .makeTuple([.plot(.figure(box)), axes])
  }

  /// `plt.subplot(nrows, ncols, index)`, `plt.subplot(211)` and `fig.add_subplot(…)`: axes in one cell of the figure's
  /// grid. pyplot's `subplot` returns the axes already in that cell; `add_subplot` always adds new ones.
  private mutating func subplot(_ call: CallArguments, on box: FigureBox, caller: String, reusing: Bool)
    throws(PythonError) -> Value
  {
    let keywords = CallArguments(function: caller, positional: [], keywords: call.keywords, positionalTexts: [])
    let threeD = try Self.checkProjection(try keywords.bind(["projection", "polar"]))
    let grid: (rows: Int, columns: Int, number: Int)
    switch call.positional.count {
    case 0:
      grid = (1, 1, 1)
    case 1:
      // A three-digit integer: rows, columns and index, one digit each.
      guard case .int(let code) = call.positional[0], (100...999).contains(code) else {
        throw PythonError.value(
          "Single argument to subplot must be a three-digit integer, not \(call.positional[0].repr)")
      }
      grid = (code / 100, code / 10 % 10, code % 10)
    case 3:
      var numbers: [Int] = []
      for (value, noun) in zip(call.positional, ["rows", "columns"]) {
        guard case .int(let count) = value, count > 0 else {
          throw PythonError.value("Number of \(noun) must be a positive integer, not \(value.repr)")
        }
        numbers.append(count)
      }
      guard case .int(let number) = call.positional[2] else {
        throw Self.unsupportedPlot("\(caller) spanning cells", supported: ["an int index"])
      }
      grid = (numbers[0], numbers[1], number)
    default:
      throw PythonError.type("\(caller)() takes 1 or 3 positional arguments but \(call.positional.count) were given")
    }
    for (count, noun) in [(grid.rows, "rows"), (grid.columns, "columns")] where count < 1 {
      throw PythonError.value("Number of \(noun) must be a positive integer, not \(count)")
    }
    guard (1...(grid.rows * grid.columns)).contains(grid.number) else {
      throw PythonError.value(
        "num must be an integer with 1 <= num <= \(grid.rows * grid.columns), not \(grid.number)")
    }
    return try placeAxes(
      on: box, rows: grid.rows, columns: grid.columns, number: grid.number, reusing: reusing, threeD: threeD)
  }

  /// Axes in cell `number` (1-based, row-major) of a `rows × columns` grid, 3-D with `threeD`. A figure here holds
  /// one grid, and one visible axes per cell: new 3-D axes cover the cell's axes (matplotlib draws their opaque
  /// background over them), other overlaps are refused.
  private mutating func placeAxes(
    on box: FigureBox, rows: Int, columns: Int, number: Int, reusing: Bool, threeD: Bool
  ) throws(PythonError) -> Value {
    guard rows * columns <= PlotState.maxSubplots else {
      var error = PythonError(
        "ValueError", "a \(rows)×\(columns) grid is more axes than docbuild draws (at most \(PlotState.maxSubplots))")
      error.isLimit = true
      throw error
    }
    if box.figure.axes.isEmpty {
      box.figure.rows = rows
      box.figure.columns = columns
    } else if box.figure.rows != rows || box.figure.columns != columns {
      throw Self.unsupportedPlot(
        "axes of a \(rows)×\(columns) grid in a figure whose axes are in a "
          + "\(box.figure.rows)×\(box.figure.columns) grid", supported: ["one grid per figure"])
    }
    let row = (number - 1) / columns
    let column = (number - 1) % columns
    if let index = box.figure.axes.lastIndex(where: { $0.row == row && $0.column == column && !$0.covered }) {
      if threeD, !reusing || box.figure.axes[index].scene == nil {
        box.figure.axes[index].covered = true
        return appendAxes(to: box, row: row, column: column, threeD: true)
      }
      guard reusing else {
        throw Self.unsupportedPlot(
          "a second axes in the same cell of a figure (matplotlib draws them on top of each other)",
          supported: ["one axes per cell"])
      }
      box.currentAxes = index
      plots.current = box
      return .plot(.axes(box, index))
    }
    return appendAxes(to: box, row: row, column: column, threeD: threeD)
  }

  /// New axes in a cell, made the figure's (and pyplot's) current ones.
  private mutating func appendAxes(to box: FigureBox, row: Int, column: Int, threeD: Bool) -> Value {
    var axes = Plot.Axes(row: row, column: column)
    if threeD { axes.scene = Scene3D() }
    box.figure.axes.append(axes)
    box.currentAxes = box.figure.axes.count - 1
    plots.current = box
    return .plot(.axes(box, box.figure.axes.count - 1))
  }

  /// `plt.clf()`: the figure loses its axes (and so its grid), as matplotlib's.
  private func clearFigure(_ box: FigureBox) throws(PythonError) {
    box.figure.axes = []
    box.figure.rows = 1
    box.figure.columns = 1
    box.currentAxes = nil
  }

  /// `savefig(fname, …)`: docbuild writes no file (a snippet never touches the disk); the figure is in the page,
  /// where it shows when the block ends or `plt.show()` runs. matplotlib returns None.
  private func saveFigure(_ call: CallArguments, caller: String) throws(PythonError) -> Value {
    guard let target = call.positional.first ?? call.keywords.first(where: { $0.name == "fname" })?.value else {
      throw PythonError.type("\(caller)() missing 1 required positional argument: 'fname'")
    }
    guard case .string = target else {
      throw Self.unsupportedPlot("savefig to a \(target.typeName)", supported: ["a file name (nothing is written)"])
    }
    return .none
  }

  /// True for `projection='3d'`; flat rectangular axes otherwise. Other projections and `polar=True` are refused.
  private static func checkProjection(_ bound: BoundArguments) throws(PythonError) -> Bool {
    if let polar = bound["polar"], try polar.truthValue() {
      throw unsupportedPlot("polar axes", supported: ["rectangular axes", "projection='3d'"])
    }
    switch bound["projection"] {
    case nil, .some(Value.none), .string("rectilinear")?: return false
    case .string("3d")?: return true
    case let projection?:
      throw unsupportedPlot(
        "projection=\(projection.repr)", supported: ["projection=None", "projection='rectilinear'", "projection='3d'"])
    }
  }

  /// Calls a method of a figure, axes or axes array.
  mutating func callPlotMethod(_ reference: PlotReference, _ name: String, _ call: CallArguments)
    throws(PythonError) -> Value
  {
    switch reference {
    case .axes(let box, let index):
      // Drawing on axes makes them (and their figure) pyplot's current ones, as in matplotlib's `sca`.
      box.currentAxes = index
      return try axesMethod(box, index, name, call, caller: "ax.\(name)")
    case .figure(let box):
      if name == "colorbar" { return try colorbar(call, figure: box, caller: "fig.colorbar") }
      if name == "add_subplot" { return try subplot(call, on: box, caller: "add_subplot", reusing: false) }
      if name == "clf" {
        _ = try call.bind(["keep_observers"])
        try clearFigure(box)
        return .none
      }
      if name == "savefig" { return try saveFigure(call, caller: "Figure.savefig") }
      _ = try call.bind(["pad"])
      return .none
    case .colorbar(let box, let index):
      return try colorbarMethod(box, index, name, call)
    case .axesArray(let box, let indices, _):
      // `ravel()` and `flatten()`: the same axes as a 1-D array.
      _ = try call.bind([])
      return .plot(.axesArray(box, indices: indices, shape: [indices.count]))
    default:
      throw PythonError.type("'\(reference.typeName)' object is not callable")
    }
  }
}
