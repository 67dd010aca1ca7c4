import Plot
import TensorCore

/// Converting snippet values to what a figure holds: data arrays, colours, line styles, markers and format strings,
/// with matplotlib's errors for bad ones and docbuild's refusals for what it does not draw.
extension Interpreter {
  /// A number argument (`figsize` entries, `linewidth`) as a double.
  static func plotNumber(_ value: Value, what: String) throws(PythonError) -> Double {
    if case .tensor(let tensor) = value, tensor.size == 1 { return tensor.doubles[0] }
    guard let double = try PythonNumbers.double(value) else {
      throw PythonError.type("\(what) must be a number, not \(value.typeName)")
    }
    return double
  }

  /// One data argument as a flat list of doubles: a 1-D array, a list or tuple of numbers, a range, or a number.
  static func plotData(_ value: Value, what: String) throws(PythonError) -> [Double] {
    let tensor: Tensor
    switch value {
    case .range: tensor = try Value.list(ValueList(try iterationItems(value))).toTensor()
    case .string: throw unsupportedPlot("\(what) given as text (categorical data)", supported: ["numbers"])
    case .none: throw unsupportedPlot("\(what) given as None", supported: ["numbers"])
    default: tensor = try value.toTensor()
    }
    guard tensor.ndim <= 1 else {
      throw unsupportedPlot(
        "\(what) with shape \(pythonShapeRepr(tensor.shape)) (one line per column)", supported: ["1-D data"])
    }
    return tensor.doubles
  }

  /// matplotlib's single-letter colours (`'b'`, `'g'`, …) as `to_hex` rounds them.
  static let baseColors: [Character: PlotColor] = [
    "b": .rgb(0, 0, 255), "g": .rgb(0, 128, 0), "r": .rgb(255, 0, 0), "c": .rgb(0, 191, 191),
    "m": .rgb(191, 0, 191), "y": .rgb(191, 191, 0), "k": .rgb(0, 0, 0), "w": .rgb(255, 255, 255),
  ]

  /// The tab10 names (`tab:blue`) in cycle order.
  static let tableauNames = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"]

  /// Common CSS4 colour names, with matplotlib's values.
  static let namedColors: [String: PlotColor] = [
    "black": .rgb(0, 0, 0), "white": .rgb(255, 255, 255), "red": .rgb(255, 0, 0), "green": .rgb(0, 128, 0),
    "blue": .rgb(0, 0, 255), "orange": .rgb(255, 165, 0), "purple": .rgb(128, 0, 128), "brown": .rgb(165, 42, 42),
    "pink": .rgb(255, 192, 203), "gray": .rgb(128, 128, 128), "grey": .rgb(128, 128, 128),
    "olive": .rgb(128, 128, 0), "cyan": .rgb(0, 255, 255), "magenta": .rgb(255, 0, 255),
    "yellow": .rgb(255, 255, 0), "navy": .rgb(0, 0, 128), "teal": .rgb(0, 128, 128), "gold": .rgb(255, 215, 0),
    "crimson": .rgb(220, 20, 60), "darkblue": .rgb(0, 0, 139), "darkgreen": .rgb(0, 100, 0),
    "darkred": .rgb(139, 0, 0), "darkorange": .rgb(255, 140, 0), "lightgray": .rgb(211, 211, 211),
    "lightgrey": .rgb(211, 211, 211), "darkgray": .rgb(169, 169, 169), "darkgrey": .rgb(169, 169, 169),
    "steelblue": .rgb(70, 130, 180), "skyblue": .rgb(135, 206, 235), "tomato": .rgb(255, 99, 71),
    "salmon": .rgb(250, 128, 114), "indigo": .rgb(75, 0, 130), "violet": .rgb(238, 130, 238),
    "lime": .rgb(0, 255, 0), "maroon": .rgb(128, 0, 0), "coral": .rgb(255, 127, 80),
  ]

  /// A colour argument: `C0`–`C9`, a base letter, `tab:NAME`, a common name, `#rrggbb`/`#rgb`, a grey level
  /// string, or an (r, g, b) tuple of numbers in [0, 1].
  static func plotColor(_ value: Value) throws(PythonError) -> PlotColor {
    switch value {
    case .string(let text):
      if let color = colorFromText(text) { return color }
      var error = PythonError(
        "ValueError",
        "\(Value.quote(text)) is not a colour docbuild knows: use C0–C9, one of b g r c m y k w, tab:NAME, a common "
          + "name such as 'orange', '#rrggbb', a grey level such as '0.5', or an (r, g, b) tuple")
      error.isLimit = true
      throw error
    case .tuple, .list:
      let items = try iterationItems(value)
      guard items.count == 3 else {
        throw unsupportedPlot("a colour with \(items.count) components", supported: ["(r, g, b)"])
      }
      var channels: [UInt8] = []
      for item in items {
        let channel = try plotNumber(item, what: "a colour component")
        guard channel >= 0, channel <= 1 else { throw PythonError.value("RGBA values should be within 0-1 range") }
        channels.append(UInt8((channel * 255).rounded(.toNearestOrEven)))
      }
      return .rgb(channels[0], channels[1], channels[2])
    default:
      throw PythonError.value("\(value.repr) is not a valid value for color")
    }
  }

  private static func colorFromText(_ text: String) -> PlotColor? {
    let lower = text.lowercased()
    if lower.count == 2, lower.hasPrefix("c"), let digit = lower.last?.wholeNumberValue { return .cycle(digit) }
    if lower.count == 1, let color = baseColors[lower.first!] { return color }
    if lower.hasPrefix("tab:"), let index = tableauNames.firstIndex(of: String(lower.dropFirst(4))) {
      return .cycle(index)
    }
    if let color = namedColors[lower] { return color }
    if lower.hasPrefix("#") {
      let digits = Array(lower.dropFirst())
      let values = digits.compactMap(\.hexDigitValue)
      guard values.count == digits.count else { return nil }
      if values.count == 6 {
        return .rgb(
          UInt8(values[0] * 16 + values[1]), UInt8(values[2] * 16 + values[3]), UInt8(values[4] * 16 + values[5]))
      }
      if values.count == 3 {
        return .rgb(UInt8(values[0] * 17), UInt8(values[1] * 17), UInt8(values[2] * 17))
      }
      return nil
    }
    if let level = Double(lower), level >= 0, level <= 1, !lower.contains("e"), !lower.contains("n") {
      let channel = UInt8((level * 255).rounded(.toNearestOrEven))
      return .rgb(channel, channel, channel)
    }
    return nil
  }

  /// A `linestyle=` argument.
  static func plotLineStyle(_ value: Value) throws(PythonError) -> LineStyle {
    guard case .string(let text) = value else {
      throw unsupportedPlot("linestyle=\(value.typeName)", supported: ["'-'", "'--'", "'-.'", "':'", "'None'"])
    }
    switch text {
    case "-", "solid": return .solid
    case "--", "dashed": return .dashed
    case "-.", "dashdot": return .dashDot
    case ":", "dotted": return .dotted
    case "None", "none", " ", "": return .none
    default:
      throw PythonError.value(
        "\(Value.quote(text)) is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', "
          + "'', 'solid', 'dashed', 'dashdot', 'dotted'")
    }
  }

  /// The markers matplotlib has that docbuild does not draw.
  static let otherMarkers: Set<Character> = [
    ",", "<", ">", "1", "2", "3", "4", "8", "p", "P", "h", "H", "X", "d", "|", "_",
  ]

  /// A `marker=` argument; nil for none.
  static func plotMarker(_ value: Value) throws(PythonError) -> Marker? {
    guard case .string(let text) = value else {
      if value.isNone { return nil }
      throw unsupportedPlot("marker=\(value.typeName)", supported: Set(Marker.allCases.map { "'\($0.rawValue)'" }))
    }
    if text == "None" || text == "none" || text == "" || text == " " { return nil }
    if let marker = Marker(rawValue: text) { return marker }
    throw unsupportedPlot("marker \(Value.quote(text))", supported: Set(Marker.allCases.map { "'\($0.rawValue)'" }))
  }

  /// A format string such as `'o--'`, `'r'`, `'C2.'`: line style, marker and colour, each optional.
  static func plotFormat(_ format: String) throws(PythonError) -> (LineStyle?, Marker?, PlotColor?) {
    // A whole-string colour (`'C1'`, `'red'`, `'0.5'`, but not the integer `'1'`, a marker) is just a colour.
    if Int(format) == nil, let color = colorFromText(format) { return (nil, nil, color) }
    var style: LineStyle?
    var marker: Marker?
    var color: PlotColor?
    let characters = Array(format)
    var index = 0
    func illegal(_ what: String) -> PythonError {
      PythonError.value("Illegal format string \(Value.quote(format)); two \(what) symbols")
    }
    while index < characters.count {
      let character = characters[index]
      let pair = index + 1 < characters.count ? String(characters[index...(index + 1)]) : ""
      if pair == "--" || pair == "-." {
        if style != nil { throw illegal("linestyle") }
        style = pair == "--" ? .dashed : .dashDot
        index += 2
        continue
      }
      if character == "-" || character == ":" {
        if style != nil { throw illegal("linestyle") }
        style = character == "-" ? .solid : .dotted
      } else if character == "C", index + 1 < characters.count, let digit = characters[index + 1].wholeNumberValue {
        if color != nil { throw illegal("color") }
        color = .cycle(digit)
        index += 1
      } else if let shape = Marker(rawValue: String(character)) {
        if marker != nil { throw illegal("marker") }
        marker = shape
      } else if otherMarkers.contains(character) {
        throw unsupportedPlot(
          "marker '\(character)' (in \(Value.quote(format)))",
          supported: Set(Marker.allCases.map { "'\($0.rawValue)'" }))
      } else if let base = baseColors[character] {
        if color != nil { throw illegal("color") }
        color = base
      } else {
        throw PythonError.value("Unrecognized character \(character) in format string \(Value.quote(format))")
      }
      index += 1
    }
    return (style, marker, color)
  }
}
