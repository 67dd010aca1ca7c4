/// What makes axes three-dimensional (`projection='3d'`): the z axis, the view and what is drawn in 3-D. The x and y
/// labels, limits, title and legend stay on the `Axes` that holds this scene.
public struct Scene3D: Sendable, Hashable, Codable {
  /// The z axis label.
  public var zLabel = ""
  /// Limits set by `set_zlim`.
  public var zLimits = AxisLimits()
  /// The elevation of the view in degrees (matplotlib's default 30).
  public var elevation = 30.0
  /// The azimuth of the view in degrees (matplotlib's default −60).
  public var azimuth = -60.0
  /// Whether grid lines are drawn on the panes (matplotlib's 3-D default: yes).
  public var grid = true
  /// The box's x : y : z side ratio (`set_box_aspect`, default 4 : 4 : 3).
  public var boxAspect: [Double] = [4, 4, 3]
  /// What is drawn, in order.
  public var artists: [Artist3D] = []

  /// Makes an empty scene with matplotlib's default view.
  public init() {}
}

/// Something drawn in 3-D axes.
public enum Artist3D: Sendable, Hashable, Codable {
  /// `plot(xs, ys, zs)`: a polyline.
  case line(Line3D)
  /// `scatter(xs, ys, zs)`: markers, shaded by depth.
  case scatter(Scatter3D)
  /// `plot_surface` and `plot_wireframe`: a grid of quadrilaterals, filled or as lines.
  case surface(Surface3D)
  /// `quiver`: arrows, each a shaft and two head strokes.
  case quiver(Quiver3D)
}

/// A polyline through 3-D points (a NaN ends a run).
public struct Line3D: Sendable, Hashable, Codable {
  /// x values.
  public var x: [Double]
  /// y values, as many as `x`.
  public var y: [Double]
  /// z values, as many as `x`.
  public var z: [Double]
  /// The stroke, marker, colour and label, as a 2-D line's.
  public var style: Line

  /// Makes a 3-D line from its coordinates and a 2-D line's style (whose own x and y are unused).
  public init(x: [Double], y: [Double], z: [Double], style: Line) {
    self.x = x
    self.y = y
    self.z = z
    self.style = style
  }
}

/// 3-D scatter points, drawn farthest first; nearer points are more opaque, as matplotlib's `depthshade`.
public struct Scatter3D: Sendable, Hashable, Codable {
  /// x values.
  public var x: [Double]
  /// y values.
  public var y: [Double]
  /// z values.
  public var z: [Double]
  /// Colour, size, marker and label as a 2-D scatter's (whose own x and y are unused).
  public var style: Scatter
  /// Whether nearer points are drawn more opaque.
  public var depthShade: Bool

  /// Makes 3-D scatter points.
  public init(x: [Double], y: [Double], z: [Double], style: Scatter, depthShade: Bool = true) {
    self.x = x
    self.y = y
    self.z = z
    self.style = style
    self.depthShade = depthShade
  }
}

/// A surface over a grid: the patches of `rows × columns` points, every `rowStride`-th row and `columnStride`-th
/// column, filled through a colour scale (or one colour) or drawn as a wireframe.
public struct Surface3D: Sendable, Hashable, Codable {
  /// Grid rows.
  public var rows: Int
  /// Grid columns.
  public var columns: Int
  /// x of each grid point, row-major.
  public var x: Samples
  /// y of each grid point.
  public var y: Samples
  /// z of each grid point.
  public var z: Samples
  /// Rows between patch edges.
  public var rowStride: Int
  /// Columns between patch edges.
  public var columnStride: Int
  /// True for `plot_wireframe`: lines along the sampled rows and columns, no faces.
  public var wireframe: Bool
  /// The faces' colour map over each patch's mean z; nil for one colour.
  public var scale: ColorScale?
  /// The faces' (or wireframe's) colour when `scale` is nil.
  public var color: PlotColor
  /// Edge (or wireframe line) width in points; faces have no edges unless `edgeColor` is set.
  public var lineWidth: Double
  /// The faces' edge colour (`edgecolor=`); nil draws none.
  public var edgeColor: PlotColor?
  /// Opacity, 0…1.
  public var alpha: Double
  /// Legend label.
  public var label: String?

  /// Makes a surface.
  public init(
    rows: Int, columns: Int, x: [Double], y: [Double], z: [Double], rowStride: Int, columnStride: Int,
    wireframe: Bool, scale: ColorScale?, color: PlotColor, lineWidth: Double, edgeColor: PlotColor? = nil,
    alpha: Double = 1, label: String? = nil
  ) {
    self.rows = rows
    self.columns = columns
    self.x = Samples(x)
    self.y = Samples(y)
    self.z = Samples(z)
    self.rowStride = rowStride
    self.columnStride = columnStride
    self.wireframe = wireframe
    self.scale = scale
    self.color = color
    self.lineWidth = lineWidth
    self.edgeColor = edgeColor
    self.alpha = alpha
    self.label = label
  }

  /// The sampled row (or column) indices: every `stride`-th one and the last, as matplotlib's `plot_surface`.
  public static func sampled(_ count: Int, stride step: Int) -> [Int] {
    guard count > 0 else { return [] }
    var indices = Array(stride(from: 0, to: count - 1, by: Swift.max(step, 1)))
    indices.append(count - 1)
    return indices
  }
}

/// `quiver(x, y, z, u, v, w)`: arrows from each tail, each a shaft and two head strokes, as matplotlib builds them.
public struct Quiver3D: Sendable, Hashable, Codable {
  /// The segments: start and end points, (x0, y0, z0, x1, y1, z1) each.
  public var segments: [[Double]]
  /// The tails (what autoscaling looks at, as matplotlib's does).
  public var tails: [[Double]]
  /// Stroke colour.
  public var color: PlotColor
  /// Stroke width in points.
  public var width: Double
  /// Opacity, 0…1.
  public var alpha: Double
  /// Legend label.
  public var label: String?

  /// Makes arrows.
  public init(
    segments: [[Double]], tails: [[Double]], color: PlotColor, width: Double = 1.5, alpha: Double = 1,
    label: String? = nil
  ) {
    self.segments = segments
    self.tails = tails
    self.color = color
    self.width = width
    self.alpha = alpha
    self.label = label
  }
}
