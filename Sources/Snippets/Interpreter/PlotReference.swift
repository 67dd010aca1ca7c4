import Plot

/// A figure a snippet is drawing. A class, since a figure is one object whatever names hold it: `fig`, `ax` and
/// pyplot's current figure all change the same one. Only the running block's thread touches it.
final class FigureBox: @unchecked Sendable {
  var figure: Figure
  /// The axes pyplot's functions (`plt.plot`, `plt.xlabel`) draw on: `plt.gca()`.
  var currentAxes: Int?
  /// Data points drawn so far, bounded by `PlotState.maxPointsPerFigure`.
  var points = 0
  /// The last colour-mapped artist drawn (axes index, artist index): pyplot's current image (`gci`), which
  /// `plt.colorbar()` without a mappable uses.
  var currentMappable: (Int, Int)?

  init(_ figure: Figure) {
    self.figure = figure
  }
}

/// A matplotlib object in a snippet: a figure, one of its axes, the NumPy object array of axes `plt.subplots`
/// returns, a `Text`, or another artist (`Line2D`, `Legend`) that the snippet can only hold.
enum PlotReference: Sendable {
  /// A `Figure`.
  case figure(FigureBox)
  /// An `Axes`: its figure and its index there.
  case axes(FigureBox, Int)
  /// The array of axes `plt.subplots(nrows, ncols)` returns: axes indices in row-major order and the array's shape.
  case axesArray(FigureBox, indices: [Int], shape: [Int])
  /// A `Text` (from `xlabel`, `title`, `text`): Python's repr, `Text(0.5, 0, 'x')`.
  case text(repr: String)
  /// The `BarContainer` of `bar` or `hist`: its repr names how many bars it holds.
  case barContainer(Int)
  /// Any other artist, named by its class path (`matplotlib.lines.Line2D`); its repr holds a memory address.
  case artist(String)
  /// A colour-mapped artist a colour bar can show (`AxesImage`, `QuadContourSet`, a coloured `PathCollection`):
  /// its figure, axes and index among the axes' artists; its repr holds a memory address.
  case mappable(FigureBox, axes: Int, artist: Int, typeName: String)
  /// A colour-mapped surface of 3-D axes (`plot_surface(…, cmap=…)`): its figure, axes and index among the scene's
  /// artists; its repr holds a memory address.
  case surface3D(FigureBox, axes: Int, artist: Int)
  /// The `Colorbar` beside axes of a figure; its repr holds a memory address.
  case colorbar(FigureBox, axes: Int)
  /// A colour map (`plt.cm.viridis`, `plt.get_cmap('RdBu')`), by name; its repr holds a memory address.
  case colormap(String)
  /// The module `matplotlib.cm`, whose attributes are colour maps.
  case colormapModule

  /// The colour maps matplotlib keeps as a list of colours; the others are built from segments.
  static let listedColormaps: Set<String> = [
    "viridis", "plasma", "inferno", "magma", "cividis", "twilight", "twilight_shifted", "turbo",
  ]

  /// Python's name for the object's type.
  var typeName: String {
    switch self {
    case .figure: "matplotlib.figure.Figure"
    case .axes(let box, let index):
      box.figure.axes[index].scene == nil ? "matplotlib.axes._axes.Axes" : "mpl_toolkits.mplot3d.axes3d.Axes3D"
    case .axesArray: "numpy.ndarray"
    case .text: "matplotlib.text.Text"
    case .barContainer: "matplotlib.container.BarContainer"
    case .artist(let path): path
    case .mappable(_, _, _, let typeName): typeName
    case .surface3D: "mpl_toolkits.mplot3d.art3d.Poly3DCollection"
    case .colorbar: "matplotlib.colorbar.Colorbar"
    case .colormap(let name):
      Self.listedColormaps.contains(name.hasSuffix("_r") ? String(name.dropLast(2)) : name)
        ? "matplotlib.colors.ListedColormap" : "matplotlib.colors.LinearSegmentedColormap"
    case .colormapModule: "module"
    }
  }

  /// The array's items along its first axis: axes, or rows of a 2-D array.
  var arrayItems: [Value] {
    guard case .axesArray(let box, let indices, let shape) = self else { return [] }
    if shape.count == 1 { return indices.map { .plot(.axes(box, $0)) } }
    let columns = shape[1]
    return (0..<shape[0]).map { row in
      .plot(.axesArray(box, indices: Array(indices[(row * columns)..<((row + 1) * columns)]), shape: [columns]))
    }
  }

  /// Python's repr; nil for an artist, whose repr holds its memory address.
  var repr: String? {
    switch self {
    case .figure(let box):
      // A colour bar is drawn in axes of its own, which matplotlib counts.
      let figure = box.figure
      return "<Figure size \(Self.general(figure.width * 100))x\(Self.general(figure.height * 100)) with "
        + "\(figure.axes.count + figure.axes.filter { $0.colorbar != nil }.count) Axes>"
    case .axes(let box, let index):
      let axes = box.figure.axes[index]
      var fields: [String] = []
      if !axes.title.isEmpty { fields.append("title={'center': \(Value.quote(axes.title))}") }
      if !axes.xLabel.isEmpty { fields.append("xlabel=\(Value.quote(axes.xLabel))") }
      if !axes.yLabel.isEmpty { fields.append("ylabel=\(Value.quote(axes.yLabel))") }
      if let label = axes.scene?.zLabel, !label.isEmpty { fields.append("zlabel=\(Value.quote(label))") }
      return "<\(axes.scene == nil ? "Axes" : "Axes3D"): \(fields.joined(separator: ", "))>"
    case .axesArray(let box, let indices, let shape):
      let items = indices.map { PlotReference.axes(box, $0).repr ?? "" }
      if shape.count == 1 { return "array([\(items.joined(separator: ", "))], dtype=object)" }
      let rows = stride(from: 0, to: items.count, by: shape[1]).map {
        "[" + items[$0..<($0 + shape[1])].joined(separator: ", ") + "]"
      }
      return "array([" + rows.joined(separator: ",\n       ") + "], dtype=object)"
    case .text(let repr):
      return repr
    case .barContainer(let count):
      return "<BarContainer object of \(count) artists>"
    case .artist, .mappable, .surface3D, .colorbar, .colormap, .colormapModule:
      return nil
    }
  }

  /// Python's `format(x, 'g')` of a figure's size in pixels: up to six significant digits, no trailing zeros.
  private static func general(_ value: Double) -> String {
    (try? Interpreter.format(.float(value), "g")) ?? "\(value)"
  }
}

extension Value {
  /// True for a matplotlib object, or a non-empty list or tuple of nothing else (what `plt.plot` and
  /// `plt.subplots` return): a script echoes none of them, as Python scripts and `;`-ended notebook lines do not.
  var isPlotObject: Bool {
    switch self {
    case .plot: true
    case .list(let items), .tuple(let items): !items.isEmpty && items.allSatisfy(\.isPlotObject)
    default: false
    }
  }
}
