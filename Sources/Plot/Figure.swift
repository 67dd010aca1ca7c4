/// A figure as a snippet built it with matplotlib's API: its size and its axes, ready to be written as SVG.
public struct Figure: Sendable, Hashable, Codable {
  /// Width and height in inches (matplotlib's default 6.4 × 4.8).
  public var width: Double
  /// Height in inches.
  public var height: Double
  /// The subplot grid's rows and columns.
  public var rows: Int
  /// Columns of the subplot grid.
  public var columns: Int
  /// The axes, in the order they were made.
  public var axes: [Axes]

  /// Makes an empty figure.
  public init(width: Double = 6.4, height: Double = 4.8, rows: Int = 1, columns: Int = 1, axes: [Axes] = []) {
    self.width = width
    self.height = height
    self.rows = rows
    self.columns = columns
    self.axes = axes
  }
}

/// How an axis maps data to position.
public enum AxisScale: String, Sendable, Hashable, Codable {
  case linear
  case log
}

/// Explicit limits set with `xlim`/`ylim`; a nil end is autoscaled.
public struct AxisLimits: Sendable, Hashable, Codable {
  /// The left or bottom end.
  public var lower: Double?
  /// The right or top end.
  public var upper: Double?

  /// Makes limits.
  public init(lower: Double? = nil, upper: Double? = nil) {
    self.lower = lower
    self.upper = upper
  }
}

/// One set of axes: its cell in the grid, what is drawn in it, and its labels.
public struct Axes: Sendable, Hashable, Codable {
  /// 0-based row of the grid cell.
  public var row: Int
  /// 0-based column of the grid cell.
  public var column: Int
  /// What is drawn, in order.
  public var artists: [Artist] = []
  /// The title above the axes ("" for none).
  public var title = ""
  /// The x axis label.
  public var xLabel = ""
  /// The y axis label.
  public var yLabel = ""
  /// Limits set by `xlim`.
  public var xLimits = AxisLimits()
  /// Limits set by `ylim`.
  public var yLimits = AxisLimits()
  /// Linear or log x axis.
  public var xScale = AxisScale.linear
  /// Linear or log y axis.
  public var yScale = AxisScale.linear
  /// Whether grid lines are drawn at the major ticks.
  public var grid = false
  /// Whether a legend of the labelled artists is drawn.
  public var legend = false
  /// The next colour of the property cycle (`C0`, `C1`, …).
  public var cycleIndex = 0

  /// Makes empty axes in a grid cell.
  public init(row: Int = 0, column: Int = 0) {
    self.row = row
    self.column = column
  }

  /// The colour the next unstyled artist takes, advancing the cycle as matplotlib's does.
  public mutating func nextCycleColor() -> PlotColor {
    defer { cycleIndex += 1 }
    return .cycle(cycleIndex % 10)
  }
}

/// Something drawn in axes.
public enum Artist: Sendable, Hashable, Codable {
  /// A `plot` line, with or without markers.
  case line(Line)
}

/// How a line is stroked.
public enum LineStyle: String, Sendable, Hashable, Codable {
  case solid = "-"
  case dashed = "--"
  case dashDot = "-."
  case dotted = ":"
  case none = ""
}

/// The marker shapes of matplotlib's format strings and `marker=`.
public enum Marker: String, Sendable, Hashable, Codable, CaseIterable {
  case point = "."
  case circle = "o"
  case square = "s"
  case triangleUp = "^"
  case triangleDown = "v"
  case diamond = "D"
  case plus = "+"
  case cross = "x"
  case star = "*"
}

/// A colour: one of the tab10 cycle (themable), or a fixed RGB.
public enum PlotColor: Sendable, Hashable, Codable {
  /// `C0` … `C9`.
  case cycle(Int)
  /// An sRGB colour, each channel 0…255.
  case rgb(UInt8, UInt8, UInt8)

  /// matplotlib's default colour cycle, tab10.
  public static let tab10: [(UInt8, UInt8, UInt8)] = [
    (0x1f, 0x77, 0xb4), (0xff, 0x7f, 0x0e), (0x2c, 0xa0, 0x2c), (0xd6, 0x27, 0x28), (0x94, 0x67, 0xbd),
    (0x8c, 0x56, 0x4b), (0xe3, 0x77, 0xc2), (0x7f, 0x7f, 0x7f), (0xbc, 0xbd, 0x22), (0x17, 0xbe, 0xcf),
  ]

  /// `#rrggbb`.
  public var hex: String {
    let (r, g, b): (UInt8, UInt8, UInt8)
    switch self {
    case .cycle(let index): (r, g, b) = Self.tab10[index % 10]
    case .rgb(let red, let green, let blue): (r, g, b) = (red, green, blue)
    }
    let digits = Array("0123456789abcdef")
    return "#" + [r, g, b].map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 15)])" }.joined()
  }
}

/// A `plot` line: points joined in order (a NaN ends a run), optionally marked.
public struct Line: Sendable, Hashable, Codable {
  /// x values.
  public var x: [Double]
  /// y values, as many as `x`.
  public var y: [Double]
  /// Stroke and marker colour.
  public var color: PlotColor
  /// The stroke's dash pattern, or none (markers only).
  public var style: LineStyle
  /// Stroke width in points.
  public var width: Double
  /// The marker at each point, if any.
  public var marker: Marker?
  /// Marker size in points.
  public var markerSize: Double
  /// The legend label (nil or starting with "_" for none, as in matplotlib).
  public var label: String?

  /// Makes a line with matplotlib's defaults.
  public init(
    x: [Double], y: [Double], color: PlotColor, style: LineStyle = .solid, width: Double = 1.5,
    marker: Marker? = nil, markerSize: Double = 6, label: String? = nil
  ) {
    self.x = x
    self.y = y
    self.color = color
    self.style = style
    self.width = width
    self.marker = marker
    self.markerSize = markerSize
    self.label = label
  }
}

extension Line {
  private enum CodingKeys: String, CodingKey {
    case x, y, color, style, width, marker, markerSize, label
  }

  /// Decodes a line whose data was stored as bit patterns.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    x = try container.decode([UInt64].self, forKey: .x).map(Double.init(bitPattern:))
    y = try container.decode([UInt64].self, forKey: .y).map(Double.init(bitPattern:))
    color = try container.decode(PlotColor.self, forKey: .color)
    style = try container.decode(LineStyle.self, forKey: .style)
    width = try container.decode(Double.self, forKey: .width)
    marker = try container.decodeIfPresent(Marker.self, forKey: .marker)
    markerSize = try container.decode(Double.self, forKey: .markerSize)
    label = try container.decodeIfPresent(String.self, forKey: .label)
  }

  /// Encodes the data as bit patterns: exact, and NaN (a gap) and infinities survive JSON, which has neither.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(x.map(\.bitPattern), forKey: .x)
    try container.encode(y.map(\.bitPattern), forKey: .y)
    try container.encode(color, forKey: .color)
    try container.encode(style, forKey: .style)
    try container.encode(width, forKey: .width)
    try container.encodeIfPresent(marker, forKey: .marker)
    try container.encode(markerSize, forKey: .markerSize)
    try container.encodeIfPresent(label, forKey: .label)
  }
}
