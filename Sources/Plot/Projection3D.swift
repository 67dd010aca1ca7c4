import TensorCore

/// How 3-D axes map data to the page, as matplotlib 3.11's `Axes3D.get_proj` does: data limits to a box of aspect
/// 4 : 4 : 3, seen from an eye at distance 10 (elevation 30°, azimuth −60° by default) through a perspective of focal
/// length 1, then the projected plane (−0.095…0.09 on both axes) onto a square axes box.
/// `Tests/fixtures/matplotlib_3d.py` records matplotlib's own limits and projected corners.
struct Projection3D {
  /// The view limits of x, y and z after autoscaling.
  let limits: [(Double, Double)]
  /// The square axes box in SVG points.
  let left: Double
  let top: Double
  let side: Double
  /// The eye, and the screen's right, up and out-of-screen directions, in box coordinates.
  private let eye: [Double]
  private let u: [Double]
  private let v: [Double]
  private let w: [Double]
  /// The box's sides in box coordinates (x, y, z).
  private let aspect: [Double]

  /// The camera's distance from the box's centre, matplotlib's `_dist`.
  static let distance = 10.0
  /// The 2-D view limits of the projected plane, matplotlib's `viewLim` (`-0.95 / dist`, `0.9 / dist`).
  static let planeLow = -0.095
  static let planeHigh = 0.09

  init(axes: Axes, scene: Scene3D, box: (left: Double, top: Double, width: Double, height: Double)) {
    // Limits whose span nears overflow (data near ±1e308) would make coordinates NaN; such an axis is drawn over
    // ±1e300, so every coordinate stays finite.
    limits = Self.viewLimits(axes: axes, scene: scene).map { limit in
      guard limit.0.isFinite, limit.1.isFinite, (limit.1 - limit.0).magnitude <= 2e300, limit.0 != limit.1 else {
        return (-1e300, 1e300)
      }
      return limit
    }
    // `apply_aspect`: the box shrinks to a square, centred.
    side = Swift.min(box.width, box.height)
    left = box.left + (box.width - side) / 2
    top = box.top + (box.height - side) / 2
    // `set_box_aspect`: the sides scaled to a fixed length (tuned in matplotlib to its 3.2 look, times 25/24).
    let norm = (scene.boxAspect.map { $0 * $0 }.reduce(0, +)).squareRoot()
    aspect = scene.boxAspect.map { $0 * 1.8294640721620434 * 25 / 24 / norm }
    let elevation = scene.elevation * .pi / 180
    let azimuth = scene.azimuth * .pi / 180
    let centre = aspect.map { $0 / 2 }
    let direction = [
      Elementary.cos(elevation) * Elementary.cos(azimuth), Elementary.cos(elevation) * Elementary.sin(azimuth),
      Elementary.sin(elevation),
    ]
    let eye = (0..<3).map { centre[$0] + Self.distance * direction[$0] }
    self.eye = eye
    let out = Self.normalized((0..<3).map { eye[$0] - centre[$0] })
    // Seen from beyond the poles (|elevation| > 90° once normalized), the picture is upside down.
    let up = [0, 0, Self.normalizedAngle(scene.elevation).magnitude > 90 ? -1.0 : 1.0]
    let right = Self.normalized(Self.cross(up, out))
    w = out
    u = right
    v = Self.cross(out, right)
  }

  /// A data point's place on the page (SVG points) and its depth (larger is farther from the eye).
  func project(_ x: Double, _ y: Double, _ z: Double) -> (x: Double, y: Double, depth: Double) {
    let data = [x, y, z]
    var world = [0.0, 0, 0]
    for axis in 0..<3 {
      let (low, high) = limits[axis]
      world[axis] = (data[axis] - low) / ((high - low) / aspect[axis])
    }
    let relative = (0..<3).map { world[$0] - eye[$0] }
    let a = Self.dot(u, relative)
    let b = Self.dot(v, relative)
    let c = Self.dot(w, relative)
    // The perspective transform with focal length 1, znear −10 and zfar 10: x / −c, y / −c, depth 10 / c.
    let planeX = a / -c
    let planeY = b / -c
    let span = Self.planeHigh - Self.planeLow
    return (
      left + (planeX - Self.planeLow) / span * side, top + side - (planeY - Self.planeLow) / span * side,
      Self.distance / c
    )
  }

  /// The view limits of each axis: explicit limits where set, otherwise `Axes3D.autoscale_view` over the data limits.
  static func viewLimits(axes: Axes, scene: Scene3D) -> [(Double, Double)] {
    // With no data the box is matplotlib's initial data limits (x and y inset by 0.05 · 10/11, z the unit interval).
    let inset = 0.05 * 10 / 11
    var data: [(Double, Double)]? = nil
    for artist in scene.artists {
      let points = dataPoints(artist)
      var bounds = [(Double.infinity, -Double.infinity), (.infinity, -.infinity), (.infinity, -.infinity)]
      for axis in 0..<3 {
        for value in points[axis] where value.isFinite {
          bounds[axis] = (Swift.min(bounds[axis].0, value), Swift.max(bounds[axis].1, value))
        }
      }
      // The first artist replaces the initial limits (`had_data` is false); later ones extend them.
      if let previous = data {
        data = (0..<3).map { (Swift.min(previous[$0].0, bounds[$0].0), Swift.max(previous[$0].1, bounds[$0].1)) }
      } else {
        data = bounds
      }
    }
    let start = data ?? [(inset, 1 - inset), (inset, 1 - inset), (0, 1)]
    let explicit = [axes.xLimits, axes.yLimits, scene.zLimits]
    // z has no margin until scatter points arrive, which set it to 0.05 for good (`Axes3D.scatter`).
    let scattered = scene.artists.contains { if case .scatter(let points) = $0 { !points.x.isEmpty } else { false } }
    let margins = [0.05, 0.05, scattered ? 0.05 : 0.0]
    return (0..<3).map { axis in
      if let low = explicit[axis].lower, let high = explicit[axis].upper { return (low, high) }
      var (low, high) = start[axis]
      if low > high { (low, high) = (-Double.infinity, Double.infinity) }
      (low, high) = LinearLocator.nonsingular(low, high, expander: 0.05)
      let delta = (high - low) * margins[axis]
      if delta.isFinite { (low, high) = (low - delta, high + delta) }
      (low, high) = LinearLocator.nonsingular(low, high, expander: 0.001)
      let pad = (high - low) / 48
      return (explicit[axis].lower ?? low - pad, explicit[axis].upper ?? high + pad)
    }
  }

  /// The coordinates an artist adds to the data limits (a quiver's tails only, as matplotlib's).
  static func dataPoints(_ artist: Artist3D) -> [[Double]] {
    switch artist {
    case .line(let line): [line.x, line.y, line.z]
    case .scatter(let scatter): [scatter.x, scatter.y, scatter.z]
    case .surface(let surface): [surface.x.values, surface.y.values, surface.z.values]
    case .quiver(let quiver): (0..<3).map { axis in quiver.tails.map { $0[axis] } }
    }
  }

  /// `art3d._norm_angle`: an angle in degrees brought into [−180, 180).
  static func normalizedAngle(_ degrees: Double) -> Double {
    let shifted = (degrees + 180).truncatingRemainder(dividingBy: 360)
    return (shifted < 0 ? shifted + 360 : shifted) - 180
  }

  private static func dot(_ a: [Double], _ b: [Double]) -> Double { a[0] * b[0] + a[1] * b[1] + a[2] * b[2] }

  private static func cross(_ a: [Double], _ b: [Double]) -> [Double] {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
  }

  private static func normalized(_ a: [Double]) -> [Double] {
    let length = dot(a, a).squareRoot()
    return length > 0 ? a.map { $0 / length } : a
  }
}

extension Figure {
  /// The view limits of 3-D axes `index` (x, y, z) after autoscaling, as `get_xlim`/`get_ylim`/`get_zlim`.
  public func viewLimits3D(ofAxes index: Int) -> [(Double, Double)] {
    Projection3D.viewLimits(axes: axes[index], scene: axes[index].scene ?? Scene3D())
  }
}
