import TensorCore

/// Draws 3-D axes as matplotlib's `Axes3D.draw` lays them out: the three back panes, grid lines at the ticks, each
/// axis' line, ticks, tick labels and label on the edge matplotlib's `axis3d` picks for the view, then the artists
/// (lines first, then each collection farthest first, a surface's faces farthest first), the title and the legend.
struct Axes3DWriter {
  let axes: Axes
  let scene: Scene3D
  let projection: Projection3D
  let layout: AxesLayout

  /// matplotlib's pane colours (`axes3d.{x,y,z}axis.panecolor`, grey at half opacity), as opacities of the ink so a
  /// dark theme shows them too.
  static let paneOpacity = [0.025, 0.05, 0.0375]
  /// The cube's faces as corner indices (x low, x high, y low, y high, z low, z high), matplotlib's `_PLANES`.
  static let planes = [[0, 3, 7, 4], [1, 2, 6, 5], [0, 1, 5, 4], [3, 2, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7]]
  /// Per axis, the coordinates `_get_axis_line_edge_points` juggles (`_AXINFO[...]['juggled']`).
  static let juggled = [[1, 0, 2], [0, 1, 2], [0, 2, 1]]
  /// Per axis, the coordinate its ticks stick out along in the default view (`tickdir`).
  static let tickDirection = [1, 0, 0]

  init(axes: Axes, scene: Scene3D, figure: Figure) {
    self.axes = axes
    self.scene = scene
    layout = AxesLayout(axes: axes, in: figure)
    projection = Projection3D(
      axes: axes, scene: scene, box: (layout.left, layout.top, layout.width, layout.height))
  }

  func write(into svg: inout SVGBuilder) -> Extent {
    let limits = projection.limits
    let mins = limits.map { Swift.min($0.0, $0.1) }
    let maxs = limits.map { Swift.max($0.0, $0.1) }
    let corners: [[Double]] = [
      [mins[0], mins[1], mins[2]], [maxs[0], mins[1], mins[2]], [maxs[0], maxs[1], mins[2]],
      [mins[0], maxs[1], mins[2]], [mins[0], mins[1], maxs[2]], [maxs[0], mins[1], maxs[2]],
      [maxs[0], maxs[1], maxs[2]], [mins[0], maxs[1], maxs[2]],
    ]
    let cube = corners.map { projection.project($0[0], $0[1], $0[2]) }
    // Of each pair of parallel faces, the one farther from the eye carries the pane.
    let highs = (0..<3).map { axis in
      mean(Self.planes[2 * axis].map { cube[$0].depth }) < mean(Self.planes[2 * axis + 1].map { cube[$0].depth })
    }
    let minmax = (0..<3).map { highs[$0] ? maxs[$0] : mins[$0] }
    let maxmin = (0..<3).map { highs[$0] ? mins[$0] : maxs[$0] }
    let centers = (0..<3).map { (mins[$0] + maxs[$0]) / 2 }
    let deltas = (0..<3).map { (maxs[$0] - mins[$0]) * 0.08 }
    let side = projection.side
    // Text offsets are in points, converted to data units as matplotlib's rough estimate does.
    let deltasPerPoint = 48 / (2 * side)
    let ticks = (0..<3).map { axis in
      AxisTicks(view: limits[axis], scale: .linear, length: side, horizontal: true)
    }
    var extent = Extent(
      minX: projection.left, minY: projection.top, maxX: projection.left + side, maxY: projection.top + side)
    svg.line("<g class=\"axes axes3d\">")
    for axis in 0..<3 {
      let plane = Self.planes[2 * axis + (highs[axis] ? 1 : 0)]
      let path = plane.enumerated().map { (index, corner) in
        (index == 0 ? "M" : "L") + "\(n(cube[corner].x)) \(n(cube[corner].y))"
      }.joined()
      svg.line(
        "<path class=\"pane\" d=\"\(path)Z\" fill=\"currentColor\" fill-opacity=\"\(n(Self.paneOpacity[axis]))\"/>")
    }
    // Grid lines run from the far end of one pane through the panes' meeting line to the far end of the other.
    var grid = ""
    for axis in 0..<3 where scene.grid {
      for tick in ticks[axis].major {
        var middle = minmax
        middle[axis] = tick.value
        var first = middle
        first[(axis + 1) % 3] = maxmin[(axis + 1) % 3]
        var last = middle
        last[(axis + 2) % 3] = maxmin[(axis + 2) % 3]
        grid += "M" + [first, middle, last].map(point).joined(separator: "L")
      }
    }
    if !grid.isEmpty {
      svg.line("<path class=\"grid\" d=\"\(grid)\" fill=\"none\" stroke=\"#b0b0b0\" stroke-width=\"0.8\"/>")
    }
    var tickPath = ""
    var texts: [String] = []
    for axis in 0..<3 {
      let juggled = Self.juggled[axis]
      var start = minmax
      start[juggled[0]] = maxmin[juggled[0]]
      var end = start
      end[juggled[1]] = maxmin[juggled[1]]
      let a = projection.project(start[0], start[1], start[2])
      let b = projection.project(end[0], end[1], end[2])
      svg.line(
        "<path class=\"axis-line\" d=\"M\(n(a.x)) \(n(a.y))L\(n(b.x)) \(n(b.y))\" stroke=\"currentColor\" "
          + "stroke-width=\"0.8\"/>")
      let direction = Self.tickDirection[axis]
      let tickDelta = highs[direction] ? deltas[direction] : -deltas[direction]
      let labelDeltas = deltas.map { $0 * (3.5 + 8) * deltasPerPoint }
      for tick in ticks[axis].major {
        var position = start
        position[axis] = tick.value
        position[direction] = start[direction] + 0.1 * tickDelta
        let outer = point(position)
        position[direction] = start[direction] - 0.2 * tickDelta
        tickPath += "M\(outer)L\(point(position))"
        position[direction] = start[direction]
        let label = projectedAwayFromCentre(position, centers: centers, deltas: labelDeltas, except: axis)
        let text = tick.label.map(\.text).joined()
        texts.append(
          "<text class=\"tick-label\" x=\"\(n(label.x))\" y=\"\(n(label.y + 7.6))\" text-anchor=\"middle\">"
            + "\(XMLText.escaped(text))</text>")
        let half = TextMetrics.width(text, fontSize: 10) / 2
        extent.include(Extent(minX: label.x - half, minY: label.y, maxX: label.x + half, maxY: label.y + 10))
      }
      if !ticks[axis].offsetText.isEmpty {
        let outerEdge = juggled[2] == 2 ? start : end
        let labelDeltas = deltas.map { $0 * (4 + 21) * deltasPerPoint }
        let place = projectedAwayFromCentre(outerEdge, centers: centers, deltas: labelDeltas, except: axis)
        texts.append(
          "<text class=\"offset\" x=\"\(n(place.x))\" y=\"\(n(place.y + 3.6))\" text-anchor=\"middle\">"
            + "\(XMLText.escaped(ticks[axis].offsetText))</text>")
      }
      let label = [axes.xLabel, axes.yLabel, scene.zLabel][axis]
      if !label.isEmpty {
        let middle = (0..<3).map { (start[$0] + end[$0]) / 2 }
        let labelDeltas = deltas.map { $0 * (4 + 21) * deltasPerPoint }
        let place = projectedAwayFromCentre(middle, centers: centers, deltas: labelDeltas, except: axis)
        // A label longer than four characters turns to lie along its axis, as matplotlib's `get_rotate_label`.
        var angle = 0.0
        if label.count > 4 {
          angle = Self.textAngle(Elementary.atan2(-(b.y - a.y), b.x - a.x) * 180 / .pi)
        }
        texts.append(
          "<text class=\"axis-label\" transform=\"translate(\(n(place.x)) \(n(place.y)))"
            + (angle == 0 ? "" : " rotate(\(n(-angle)))") + "\" y=\"3.6\" text-anchor=\"middle\">"
            + "\(XMLText.escaped(label))</text>")
        let half = TextMetrics.width(label, fontSize: 10) / 2
        extent.include(
          Extent(minX: place.x - half, minY: place.y - half - 6, maxX: place.x + half, maxY: place.y + half + 6))
      }
    }
    if !tickPath.isEmpty {
      svg.line("<path class=\"ticks\" d=\"\(tickPath)\" stroke=\"currentColor\" stroke-width=\"0.8\"/>")
    }
    for text in texts { svg.line(text) }
    writeArtists(into: &svg)
    if !axes.title.isEmpty {
      // `set_title` puts the title at 0.92 of the height, but the draw moves it back above the square box, as a flat
      // axes' title sits.
      let x = projection.left + side / 2
      let y = projection.top - AxesWriter.titlePad - 2.8
      svg.line(
        "<text class=\"title\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"middle\" font-size=\"12\">"
          + "\(XMLText.escaped(axes.title))</text>")
      let half = TextMetrics.width(axes.title, fontSize: 12) / 2
      extent.include(Extent(minX: x - half, minY: y - 12, maxX: x + half, maxY: y + 4))
    }
    if axes.legend {
      let box = (projection.left, projection.top, side, side)
      LegendWriter(axes: legendAxes(), layout: AxesLayout(points: box)).write(into: &svg)
    }
    if let colorbar = axes.colorbar, let box = layout.colorbarBox {
      extent.include(ColorbarWriter(colorbar: colorbar, box: box).write(into: &svg))
    }
    svg.line("</g>")
    return extent.rounded
  }

  /// `art3d._norm_text_angle`: an angle in degrees brought into (−90, 90], so text never reads upside down.
  static func textAngle(_ degrees: Double) -> Double {
    var angle = (degrees + 180).truncatingRemainder(dividingBy: 180)
    if angle < 0 { angle += 180 }
    return angle > 90 ? angle - 180 : angle
  }

  private func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

  /// A data point's SVG coordinates as path text.
  private func point(_ p: [Double]) -> String {
    let projected = projection.project(p[0], p[1], p[2])
    return "\(n(ArtistWriter.clamp(projected.x))) \(n(ArtistWriter.clamp(projected.y)))"
  }

  /// `_move_from_center`: the point moved away from the box's centre by `deltas` along the other two axes, projected.
  private func projectedAwayFromCentre(_ p: [Double], centers: [Double], deltas: [Double], except axis: Int)
    -> (x: Double, y: Double, depth: Double)
  {
    var moved = p
    for other in 0..<3 where other != axis {
      moved[other] += (moved[other] - centers[other] < 0 ? -1 : 1) * deltas[other]
    }
    return projection.project(moved[0], moved[1], moved[2])
  }

  /// The artists as flat lines and markers in SVG points, labelled, for the legend to list and avoid.
  private func legendAxes() -> Axes {
    var flat = Axes(row: axes.row, column: axes.column)
    flat.legendLocation = axes.legendLocation
    for artist in scene.artists {
      switch artist {
      case .line(let line):
        var style = line.style
        (style.x, style.y) = projected(line.x, line.y, line.z)
        flat.artists.append(.line(style))
      case .scatter(let scatter):
        var style = scatter.style
        (style.x, style.y) = projected(scatter.x, scatter.y, scatter.z)
        flat.artists.append(.scatter(style))
      case .surface(let surface):
        let color = surface.scale.flatMap { $0.color(($0.vmin + $0.vmax) / 2) } ?? surface.color
        if surface.wireframe {
          flat.artists.append(.line(Line(x: [], y: [], color: color, width: surface.lineWidth, label: surface.label)))
        } else {
          flat.artists.append(.fill(Fill(x: [], lower: [], upper: [], color: color, label: surface.label)))
        }
      case .quiver(let quiver):
        var line = Line(x: [], y: [], color: quiver.color, width: quiver.width, label: quiver.label)
        for segment in quiver.segments {
          let (x, y) = projected([segment[0], segment[3]], [segment[1], segment[4]], [segment[2], segment[5]])
          line.x += x
          line.y += y
        }
        flat.artists.append(.line(line))
      }
    }
    return flat
  }

  private func projected(_ x: [Double], _ y: [Double], _ z: [Double]) -> ([Double], [Double]) {
    let points = (0..<Swift.min(x.count, y.count, z.count)).map { projection.project(x[$0], y[$0], z[$0]) }
    return (points.map(\.x), points.map(\.y))
  }
}
