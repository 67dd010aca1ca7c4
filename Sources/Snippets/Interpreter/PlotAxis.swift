import Plot

/// matplotlib 3.11's `Axes.axis` (and `plt.axis`): `'on'`/`'off'` (or `True`/`False`), the limits as
/// `[xmin, xmax, ymin, ymax]` or `xmin=` … keywords, and no argument; it returns `(*get_xlim(), *get_ylim())`. The
/// modes that rescale the view when the figure is drawn (`'equal'`, `'tight'`, `'scaled'`, `'image'`, `'square'`,
/// `'auto'`) are refused by name.
extension Interpreter {
  mutating func axisCall(_ box: FigureBox, _ index: Int, _ call: CallArguments, caller: String)
    throws(PythonError) -> Value
  {
    if box.figure.axes[index].scene != nil {
      throw Self.unsupportedPlot("\(caller) on 3-D axes", supported: Self.axesMethods.subtracting(["axis"]))
    }
    guard call.positional.count <= 1 else {
      throw PythonError.type(
        "Axes.axis() takes from 1 to 2 positional arguments but \(call.positional.count + 1) were given")
    }
    var keywords: [String: Value] = [:]
    for (name, value) in call.keywords where name != "emit" { keywords[name] = value }
    let argument = call.positional.first.flatMap { $0.isNone ? nil : $0 }
    switch argument {
    case .string(let text)?:
      try setAxisMode(box, index, text.lowercased(), caller: caller)
    case .bool(let on)?:
      try setAxisMode(box, index, on ? "on" : "off", caller: caller)
    case let limits?:
      let items: [Value]
      do {
        items = try Self.iterationItems(limits)
      } catch {
        throw PythonError.type("object of type '\(limits.typeName)' has no len()")
      }
      guard items.count == 4 else {
        throw PythonError.type("The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
      }
      try setLimits(box, index, items[0], items[1], items[2], items[3], caller: caller)
    case nil:
      let names = ["xmin", "xmax", "ymin", "ymax"]
      let values = names.map { keywords.removeValue(forKey: $0) ?? .none }
      try setLimits(box, index, values[0], values[1], values[2], values[3], caller: caller)
    }
    if let extra = keywords.keys.sorted().first {
      throw PythonError.type("axis() got an unexpected keyword argument '\(extra)'")
    }
    let empty = CallArguments(function: caller, positional: [], keywords: [], positionalTexts: [])
    guard case .tuple(let x) = try axesMethod(box, index, "get_xlim", empty, caller: caller),
      case .tuple(let y) = try axesMethod(box, index, "get_ylim", empty, caller: caller)
    else { throw PythonError("SystemError", "axis limits") }
    return try .makeTuple(Array(x) + Array(y))
  }

  /// `axis('on')`, `axis('off')` and matplotlib's message for a string it does not know.
  private mutating func setAxisMode(_ box: FigureBox, _ index: Int, _ mode: String, caller: String)
    throws(PythonError)
  {
    switch mode {
    case "on": box.figure.axes[index].axisOn = true
    case "off": box.figure.axes[index].axisOn = false
    case "equal", "tight", "scaled", "auto", "image", "square":
      throw Self.unsupportedPlot(
        "\(caller)('\(mode)')", supported: ["axis('on')", "axis('off')", "axis([xmin, xmax, ymin, ymax])"])
    default:
      throw PythonError.value("Unrecognized string \(Value.string(mode).repr) to axis; try 'on' or 'off'")
    }
  }

  /// `set_xlim(xmin, xmax)` and `set_ylim(ymin, ymax)`, a None limit left as it is.
  private mutating func setLimits(
    _ box: FigureBox, _ index: Int, _ xmin: Value, _ xmax: Value, _ ymin: Value, _ ymax: Value, caller: String
  ) throws(PythonError) {
    for (method, low, high, names) in [
      ("set_xlim", xmin, xmax, ("left", "right")), ("set_ylim", ymin, ymax, ("bottom", "top")),
    ] {
      var keywords: [(name: String, value: Value)] = []
      if !low.isNone { keywords.append((names.0, low)) }
      if !high.isNone { keywords.append((names.1, high)) }
      guard !keywords.isEmpty else { continue }
      _ = try axesMethod(
        box, index, method, CallArguments(function: caller, positional: [], keywords: keywords, positionalTexts: []),
        caller: caller)
    }
  }
}
