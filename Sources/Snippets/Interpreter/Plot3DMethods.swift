import Plot
import TensorCore

/// The methods of 3-D axes (`projection='3d'`), with matplotlib 3.11's return values: the labels' `Text` reprs and
/// the limits' tuples come from `Tests/fixtures/matplotlib_3d.py`.
extension Interpreter {
  /// The methods of an `Axes3D`.
  static let axes3DMethods: Set<String> = [
    "plot", "scatter", "plot_surface", "plot_wireframe", "quiver", "set_xlabel", "set_ylabel", "set_zlabel",
    "set_title", "get_xlabel", "get_ylabel", "get_zlabel", "get_title", "set_xlim", "set_ylim", "set_zlim",
    "get_xlim", "get_ylim", "get_zlim", "legend", "grid", "view_init", "set_box_aspect",
  ]

  /// Runs `ax.NAME(...)` on 3-D axes `index` of `box`.
  mutating func axes3DMethod(_ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    var call = call
    call.function = name
    func scene(_ change: (inout Scene3D) -> Void) {
      var scene = box.figure.axes[index].scene ?? Scene3D()
      change(&scene)
      box.figure.axes[index].scene = scene
    }
    let current = box.figure.axes[index].scene ?? Scene3D()
    switch name {
    case "set_xlabel", "set_ylabel", "set_zlabel", "set_title":
      try Self.checkPlotKeywords(call, allowed: [], caller: caller)
      let parameter = name == "set_title" ? "label" : String(name.dropFirst(4))
      let text = try PlotState.figureText(try call.bind([parameter], required: 1).value(parameter).str)
      switch name {
      case "set_xlabel":
        box.figure.axes[index].xLabel = text
        return .plot(.text(repr: "Text(0.5, 0, \(Value.quote(text)))"))
      case "set_ylabel":
        box.figure.axes[index].yLabel = text
        return .plot(.text(repr: "Text(0.5, 0.5, \(Value.quote(text)))"))
      case "set_zlabel":
        scene { $0.zLabel = text }
        return .plot(.text(repr: "Text(0.5, 0, \(Value.quote(text)))"))
      default:
        box.figure.axes[index].title = text
        return .plot(.text(repr: "Text(0.5, 0.92, \(Value.quote(text)))"))
      }
    case "get_xlabel": _ = try call.bind([]); return .string(box.figure.axes[index].xLabel)
    case "get_ylabel": _ = try call.bind([]); return .string(box.figure.axes[index].yLabel)
    case "get_zlabel": _ = try call.bind([]); return .string(current.zLabel)
    case "get_title": _ = try call.bind([]); return .string(box.figure.axes[index].title)
    case "set_xlim", "set_ylim", "set_zlim":
      let axis = name == "set_xlim" ? 0 : name == "set_ylim" ? 1 : 2
      let (lowName, highName) = axis == 0 ? ("left", "right") : ("bottom", "top")
      try Self.checkPlotKeywords(call, allowed: [lowName, highName], caller: caller)
      let bound = try call.bind([lowName, highName])
      var low = bound[lowName].flatMap { $0.isNone ? nil : $0 }
      var high = bound[highName].flatMap { $0.isNone ? nil : $0 }
      if let pair = low, high == nil, case .tuple = pair {
        let items = try Self.iterationItems(pair)
        guard items.count == 2 else { throw PythonError.value("too many values to unpack (expected 2)") }
        (low, high) = (items[0].isNone ? nil : items[0], items[1].isNone ? nil : items[1])
      }
      // A missing end keeps the current view's; both ends are then fixed, as matplotlib turns autoscaling off.
      let view = box.figure.viewLimits3D(ofAxes: index)[axis]
      let lower = try low.map { (value) throws(PythonError) in try Self.plotNumber(value, what: "axis limits") }
      let upper = try high.map { (value) throws(PythonError) in try Self.plotNumber(value, what: "axis limits") }
      if lower?.isInfinite == true || upper?.isInfinite == true {
        throw PythonError.value(
          "Axis limits \(low?.str ?? pythonFloatRepr(view.0)), \(high?.str ?? pythonFloatRepr(view.1)) cannot be infinite"
        )
      }
      if lower?.isNaN == true || upper?.isNaN == true { throw PythonError.value("Axis limits cannot be NaN or Inf") }
      // Equal ends are widened by 5% each way, as the axis' locator does (`nonsingular`); other ends stay as given.
      var (first, second) = (lower ?? view.0, upper ?? view.1)
      let widened = LinearLocator.nonsingular(first, second, expander: 0.05)
      if widened != (Swift.min(first, second), Swift.max(first, second)) { (first, second) = widened }
      let limits = AxisLimits(lower: first, upper: second)
      switch axis {
      case 0: box.figure.axes[index].xLimits = limits
      case 1: box.figure.axes[index].yLimits = limits
      default: scene { $0.zLimits = limits }
      }
      return try .makeTuple([.float(limits.lower ?? 0), .float(limits.upper ?? 1)])
    case "get_xlim", "get_ylim", "get_zlim":
      _ = try call.bind([])
      let axis = name == "get_xlim" ? 0 : name == "get_ylim" ? 1 : 2
      let (a, b) = box.figure.viewLimits3D(ofAxes: index)[axis]
      return try .makeTuple([.tensor(Tensor(a)), .tensor(Tensor(b))])
    case "legend":
      return try axesMethodFlat(box, index, name, call, caller: caller)
    case "grid":
      try Self.checkPlotKeywords(call, allowed: ["visible"], caller: caller)
      let bound = try call.bind(["visible"])
      let visible = try bound["visible"].map { (value) throws(PythonError) in try value.truthValue() } ?? true
      scene { $0.grid = visible }
      return .none
    case "view_init":
      try Self.checkPlotKeywords(call, allowed: ["elev", "azim", "roll", "vertical_axis"], caller: caller)
      let bound = try call.bind(["elev", "azim", "roll", "vertical_axis", "share"])
      if let roll = bound["roll"], !roll.isNone, try Self.plotNumber(roll, what: "roll") != 0 {
        throw Self.unsupportedPlot("\(caller)(roll=…)", supported: ["elev", "azim"])
      }
      if let vertical = bound["vertical_axis"], vertical.repr != "'z'" {
        throw Self.unsupportedPlot("\(caller)(vertical_axis=\(vertical.repr))", supported: ["vertical_axis='z'"])
      }
      // None keeps matplotlib's initial view (30, −60), as `view_init` resets to it.
      let elevation = try bound["elev"].flatMap { $0.isNone ? nil : $0 }.map {
        (value) throws(PythonError) in try Self.angle(value, what: "elev")
      }
      let azimuth = try bound["azim"].flatMap { $0.isNone ? nil : $0 }.map {
        (value) throws(PythonError) in try Self.angle(value, what: "azim")
      }
      scene {
        $0.elevation = elevation ?? 30
        $0.azimuth = azimuth ?? -60
      }
      return .none
    case "set_box_aspect":
      try Self.checkPlotKeywords(call, allowed: ["aspect", "zoom"], caller: caller)
      let bound = try call.bind(["aspect", "zoom"], required: 1)
      if let zoom = bound["zoom"], try Self.plotNumber(zoom, what: "zoom") != 1 {
        throw Self.unsupportedPlot("\(caller)(zoom=…)", supported: ["zoom=1"])
      }
      var aspect = [4.0, 4, 3]
      let value = bound.value("aspect")
      if !value.isNone {
        let items = try Self.iterationItems(value)
        guard items.count == 3 else {
          throw PythonError.value("'aspect' must be 1D with shape (3,), but your input has shape (\(items.count),)")
        }
        aspect = []
        for item in items {
          let number = try Self.plotNumber(item, what: "aspect")
          guard number.isFinite, number >= 1e-6, number <= 1e6 else {
            throw Self.unsupportedPlot(
              "a box aspect of \(pythonFloatRepr(number))", supported: ["ratios from 1e-6 to 1e6"])
          }
          aspect.append(number)
        }
      }
      scene { $0.boxAspect = aspect }
      return .none
    case "plot", "scatter", "plot_surface", "plot_wireframe", "quiver":
      return try draw3D(box, index, name, call, caller: caller)
    default:
      throw Self.unsupportedPlot(caller, supported: Self.axes3DMethods)
    }
  }

  /// Runs a method of the flat axes (the legend) on 3-D axes, which share its state.
  private mutating func axesMethodFlat(
    _ box: FigureBox, _ index: Int, _ name: String, _ call: CallArguments, caller: String
  ) throws(PythonError) -> Value {
    let scene = box.figure.axes[index].scene
    box.figure.axes[index].scene = nil
    defer { box.figure.axes[index].scene = scene }
    return try axesMethod(box, index, name, call, caller: caller)
  }

  /// A view angle in degrees: finite.
  private static func angle(_ value: Value, what: String) throws(PythonError) -> Double {
    let number = try plotNumber(value, what: what)
    guard number.isFinite, number.magnitude <= 1e6 else {
      throw PythonError.value("\(what) must be a finite angle in degrees")
    }
    return number
  }
}
