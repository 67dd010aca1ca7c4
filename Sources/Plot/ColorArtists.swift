/// A list of values an artist colours or sizes by (NaN leaves a point or cell out).
public struct Samples: Sendable, Hashable, Codable {
  /// The values.
  public var values: [Double]

  /// Wraps values.
  public init(_ values: [Double]) {
    self.values = values
  }
}

/// `imshow`: a grid of values drawn as coloured cells, row 0 at the top (`origin='upper'`) or the bottom.
public struct ImageArtist: Sendable, Hashable, Codable {
  /// The most cells an image draws as rectangles; a larger one is one PNG raster.
  public static let maxVectorCells = 40_000

  /// Rows of the grid (the first axis of the array).
  public var rows: Int
  /// Columns.
  public var columns: Int
  /// The values, row-major; NaN and infinities are transparent.
  public var values: Samples
  /// How values become colours.
  public var scale: ColorScale
  /// matplotlib's `extent`: left, right, bottom, top in data coordinates.
  public var extent: [Double]
  /// True when row 0 is drawn at the top of the extent (`origin='upper'`, the default).
  public var upperOrigin: Bool
  /// Opacity, 0…1.
  public var alpha: Double

  /// Makes an image.
  public init(
    rows: Int, columns: Int, values: [Double], scale: ColorScale, extent: [Double], upperOrigin: Bool,
    alpha: Double = 1
  ) {
    self.rows = rows
    self.columns = columns
    self.values = Samples(values)
    self.scale = scale
    self.extent = extent
    self.upperOrigin = upperOrigin
    self.alpha = alpha
  }
}

/// `contour` or `contourf`: lines at levels, or the bands between them, in data coordinates.
public struct ContourArtist: Sendable, Hashable, Codable {
  /// One drawn shape: a line, or a polygon of a band.
  public struct Shape: Sendable, Hashable, Codable {
    /// x0, y0, x1, y1, … in data coordinates.
    public var coordinates: Samples
    /// True for a loop or a polygon.
    public var closed: Bool

    /// Makes a shape.
    public init(coordinates: [Double], closed: Bool) {
      self.coordinates = Samples(coordinates)
      self.closed = closed
    }
  }

  /// True for `contourf`.
  public var filled: Bool
  /// The levels, increasing.
  public var levels: [Double]
  /// Per level (lines) or per band (filled): what is drawn.
  public var shapes: [[Shape]]
  /// Per level or band: its colour.
  public var colors: [PlotColor]
  /// Per level: the line width in points (empty for filled).
  public var widths: [Double]
  /// Per level: the dash pattern (empty for filled).
  public var styles: [LineStyle]
  /// Opacity, 0…1.
  public var alpha: Double
  /// The colour scale of the levels (nil when `colors=` gave the colours), for a colour bar.
  public var scale: ColorScale?
  /// The grid's x range and y range: the data limits, which are also sticky (no margins), as matplotlib's.
  public var bounds: [Double]
  /// The level labels `clabel` adds to a line contour set.
  public var labels: ContourLabels?

  /// Makes a contour set.
  public init(
    filled: Bool, levels: [Double], shapes: [[Shape]], colors: [PlotColor], widths: [Double] = [],
    styles: [LineStyle] = [], alpha: Double = 1, scale: ColorScale? = nil, bounds: [Double]
  ) {
    self.filled = filled
    self.levels = levels
    self.shapes = shapes
    self.colors = colors
    self.widths = widths
    self.styles = styles
    self.alpha = alpha
    self.scale = scale
    self.bounds = bounds
  }
}

/// A colour bar beside axes: a continuous scale (images, scatter colours), or a contour set's bands or lines.
public struct Colorbar: Sendable, Hashable, Codable {
  /// The scale of an image or scatter; its colours run from vmin to vmax.
  public var scale: ColorScale?
  /// A contour set's levels: the bar's boundaries (filled) or where its lines go.
  public var levels: [Double]
  /// A filled contour set's band colours, or a line contour set's level colours.
  public var colors: [PlotColor]
  /// True for a line contour set: the bar shows its lines, not bands.
  public var lines: Bool
  /// The label along the bar ("" for none).
  public var label: String

  /// Makes a colour bar.
  public init(
    scale: ColorScale? = nil, levels: [Double] = [], colors: [PlotColor] = [], lines: Bool = false, label: String = ""
  ) {
    self.scale = scale
    self.levels = levels
    self.colors = colors
    self.lines = lines
    self.label = label
  }

  /// The bar's value range: vmin…vmax, or the first and last level.
  public var range: (Double, Double) {
    if let scale { return (scale.vmin, scale.vmax) }
    return (levels.first ?? 0, levels.last ?? 1)
  }
}

/// `clabel`: a label on each contour line long enough to hold it, at the middle of the line along its length, turned
/// along the line and kept upright, with a gap cut into the line for it (`inline`).
public struct ContourLabels: Sendable, Hashable, Codable {
  /// Per level: its label, "" for a level left unlabelled.
  public var texts: [String]
  /// Font size in points.
  public var fontSize: Double
  /// The labels' colour; nil for each level's own.
  public var color: PlotColor?
  /// Whether the line is cut where its label sits.
  public var inline: Bool
  /// Room left on each side of a label in the line's gap, in points (`inline_spacing`).
  public var spacing: Double

  /// Makes labels.
  public init(texts: [String], fontSize: Double = 10, color: PlotColor? = nil, inline: Bool = true, spacing: Double = 5)
  {
    self.texts = texts
    self.fontSize = fontSize
    self.color = color
    self.inline = inline
    self.spacing = spacing
  }
}
