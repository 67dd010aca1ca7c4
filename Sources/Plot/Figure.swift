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
  /// Where the legend goes: one of `LegendLocation.names` (`upper left`, …); nil for `best`.
  public var legendLocation: String?
  /// The next colour of the lines' property cycle (`C0`, `C1`, …).
  public var cycleIndex = 0
  /// The next colour of the patches' cycle (bars, histograms, scatter, fills), which matplotlib keeps apart.
  public var patchCycleIndex = 0
  /// The data aspect (`set_aspect`): nil for `'auto'`, 1 for `'equal'` (an image's default); the box shrinks to it.
  public var aspect: Double?
  /// True when the x axis runs right to left (an image whose extent says so).
  public var xInverted = false
  /// True when the y axis runs top to bottom (an image with `origin='upper'`).
  public var yInverted = false
  /// The colour bar beside the axes, which takes its room from them.
  public var colorbar: Colorbar?
  /// The z axis, view and 3-D artists of `projection='3d'` axes; nil for flat axes.
  public var scene: Scene3D?
  /// True when axes made later in the same cell cover these (`plt.axes(projection='3d')` again): not drawn.
  public var covered = false
  /// False after `axis('off')`: no frame, grid, ticks, tick labels or axis labels (the title and artists stay).
  public var axisOn = true

  /// Makes empty axes in a grid cell.
  public init(row: Int = 0, column: Int = 0) {
    self.row = row
    self.column = column
  }

  /// The colour the next unstyled line takes, advancing the cycle as matplotlib's does.
  public mutating func nextCycleColor() -> PlotColor {
    defer { cycleIndex += 1 }
    return .cycle(cycleIndex % 10)
  }

  /// The colour the next unstyled patch (bar, fill, scatter) takes, from the patches' own cycle.
  public mutating func nextPatchColor() -> PlotColor {
    defer { patchCycleIndex += 1 }
    return .cycle(patchCycleIndex % 10)
  }
}

/// Something drawn in axes.
public enum Artist: Sendable, Hashable, Codable {
  /// A `plot` line, with or without markers.
  case line(Line)
  /// `scatter` points.
  case scatter(Scatter)
  /// `bar` rectangles, or a histogram's.
  case bars(Bars)
  /// `axhline`/`axvline`: a line across the axes at one data value.
  case referenceLine(ReferenceLine)
  /// `fill_between`: the region between two curves.
  case fill(Fill)
  /// `text` and `annotate`.
  case text(TextNote)
  /// `imshow`.
  case image(ImageArtist)
  /// `contour` and `contourf`.
  case contour(ContourArtist)
}

/// Points drawn as markers of one colour (`scatter`).
public struct Scatter: Sendable, Hashable, Codable {
  /// x values.
  public var x: [Double]
  /// y values, as many as `x`.
  public var y: [Double]
  /// Fill colour.
  public var color: PlotColor
  /// Marker area in points² (matplotlib's `s`, default 36).
  public var area: Double
  /// Marker shape.
  public var marker: Marker
  /// Opacity, 0…1.
  public var alpha: Double
  /// Legend label.
  public var label: String?
  /// Per-point marker areas (`s=` an array); nil when every point has `area`.
  public var areas: [Double]?
  /// Per-point values coloured through `scale` (`c=` an array); nil when every point has `color`.
  public var values: Samples?
  /// The colour scale of `values`.
  public var scale: ColorScale?

  /// Makes scatter points.
  public init(
    x: [Double], y: [Double], color: PlotColor, area: Double = 36, marker: Marker = .circle, alpha: Double = 1,
    label: String? = nil, areas: [Double]? = nil, values: [Double]? = nil, scale: ColorScale? = nil
  ) {
    self.x = x
    self.y = y
    self.color = color
    self.area = area
    self.marker = marker
    self.alpha = alpha
    self.label = label
    self.areas = areas
    self.values = values.map(Samples.init)
    self.scale = scale
  }
}

/// Vertical bars: each spans [left, left + width] and [bottom, bottom + height].
public struct Bars: Sendable, Hashable, Codable {
  /// Left edges.
  public var left: [Double]
  /// Widths.
  public var width: [Double]
  /// Bottoms.
  public var bottom: [Double]
  /// Heights (negative bars go down).
  public var height: [Double]
  /// Fill colour.
  public var color: PlotColor
  /// Opacity, 0…1.
  public var alpha: Double
  /// Legend label.
  public var label: String?

  /// Makes bars.
  public init(
    left: [Double], width: [Double], bottom: [Double], height: [Double], color: PlotColor, alpha: Double = 1,
    label: String? = nil
  ) {
    self.left = left
    self.width = width
    self.bottom = bottom
    self.height = height
    self.color = color
    self.alpha = alpha
    self.label = label
  }
}

/// A line across the whole axes at y = value (horizontal) or x = value.
public struct ReferenceLine: Sendable, Hashable, Codable {
  /// True for `axhline`.
  public var horizontal: Bool
  /// The data value it marks.
  public var value: Double
  /// Stroke colour.
  public var color: PlotColor
  /// Dash pattern.
  public var style: LineStyle
  /// Stroke width in points.
  public var width: Double
  /// Legend label.
  public var label: String?

  /// Makes a reference line.
  public init(
    horizontal: Bool, value: Double, color: PlotColor, style: LineStyle = .solid, width: Double = 1.5,
    label: String? = nil
  ) {
    self.horizontal = horizontal
    self.value = value
    self.color = color
    self.style = style
    self.width = width
    self.label = label
  }
}

/// The region between `lower` and `upper` over `x`; a NaN in any of them splits it.
public struct Fill: Sendable, Hashable, Codable {
  /// x values.
  public var x: [Double]
  /// One boundary.
  public var lower: [Double]
  /// The other boundary.
  public var upper: [Double]
  /// Fill colour.
  public var color: PlotColor
  /// Opacity, 0…1.
  public var alpha: Double
  /// Legend label.
  public var label: String?

  /// Makes a fill.
  public init(x: [Double], lower: [Double], upper: [Double], color: PlotColor, alpha: Double = 1, label: String? = nil)
  {
    self.x = x
    self.lower = lower
    self.upper = upper
    self.color = color
    self.alpha = alpha
    self.label = label
  }
}

/// Text at a data position, optionally with an arrow to another (`annotate`).
public struct TextNote: Sendable, Hashable, Codable {
  /// Where the text's left baseline sits, in data coordinates.
  public var x: Double
  /// See `x`.
  public var y: Double
  /// The text.
  public var text: String
  /// Font size in points.
  public var fontSize: Double
  /// Text colour; nil for the theme's ink.
  public var color: PlotColor?
  /// The point an arrow from the text points at, in data coordinates.
  public var arrowTo: [Double]?

  /// Makes a text note.
  public init(
    x: Double, y: Double, text: String, fontSize: Double = 10, color: PlotColor? = nil, arrowTo: [Double]? = nil
  ) {
    self.x = x
    self.y = y
    self.text = text
    self.fontSize = fontSize
    self.color = color
    self.arrowTo = arrowTo
  }
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
  /// Opacity, 0…1.
  public var alpha: Double = 1

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
