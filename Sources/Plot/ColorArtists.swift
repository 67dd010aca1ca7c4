/// Doubles that survive JSON exactly: stored as bit patterns, so NaN (a hole) and infinities round-trip too.
public struct Samples: Sendable, Hashable, Codable {
  /// The values.
  public var values: [Double]

  /// Wraps values.
  public init(_ values: [Double]) {
    self.values = values
  }

  /// Decodes bit patterns.
  public init(from decoder: any Decoder) throws {
    values = try decoder.singleValueContainer().decode([UInt64].self).map(Double.init(bitPattern:))
  }

  /// Encodes bit patterns.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(values.map(\.bitPattern))
  }
}

/// `imshow`: a grid of values drawn as coloured cells, row 0 at the top (`origin='upper'`) or the bottom.
public struct ImageArtist: Sendable, Hashable, Codable {
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
