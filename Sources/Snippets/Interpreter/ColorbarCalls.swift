import Plot

/// `plt.colorbar`, `fig.colorbar` and a colour bar's `set_label`.
extension Interpreter {
  /// `plt.colorbar(mappable=None, ax=None, label='')` and `fig.colorbar(mappable, ax=None, label='')`: a bar beside
  /// the mappable's axes (or `ax`), for the current image when no mappable is given.
  mutating func colorbar(_ call: CallArguments, figure current: FigureBox?, caller: String) throws(PythonError)
    -> Value
  {
    try Self.checkPlotKeywords(call, allowed: ["mappable", "ax", "label"], caller: caller)
    let bound = try call.bind(["mappable", "cax", "ax", "label"])
    if bound["cax"] != nil { throw Self.unsupportedPlot("\(caller)(cax=…)", supported: ["mappable", "ax", "label"]) }
    let target: (FigureBox, Int, Int)
    // A 3-D surface's scale, when the mappable is one (its index is among the scene's artists).
    var surfaceScale: ColorScale?
    switch bound["mappable"] {
    case .plot(.mappable(let box, let axes, let artist, _))?:
      target = (box, axes, artist)
    case .plot(.surface3D(let box, let axes, let artist))?:
      guard box.figure.axes.indices.contains(axes), let scene = box.figure.axes[axes].scene,
        scene.artists.indices.contains(artist), case .surface(let surface) = scene.artists[artist]
      else {
        throw PythonError("RuntimeError", "the surface's axes were cleared")
      }
      surfaceScale = surface.scale
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
    switch surfaceScale == nil ? box.figure.axes[mappableAxes].artists[artistIndex] : nil {
    case nil: colorbar = Colorbar(scale: surfaceScale)
    case .image(let image)?: colorbar = Colorbar(scale: image.scale)
    case .scatter(let scatter)? where scatter.scale != nil: colorbar = Colorbar(scale: scatter.scale)
    case .contour(let contour)?:
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
