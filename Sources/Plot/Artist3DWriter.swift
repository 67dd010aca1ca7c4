import TensorCore

/// The artists of 3-D axes, as matplotlib orders them with `computed_zorder`: lines first (they keep zorder 2),
/// then each collection by its nearest point, farthest collection first; a surface's faces farthest first (its
/// `zsort='average'`), scatter points farthest first with nearer points more opaque (`depthshade`).
extension Axes3DWriter {
  func writeArtists(into svg: inout SVGBuilder) {
    let flat = AxesLayout(points: (projection.left, projection.top, projection.side, projection.side))
    var collections: [(depth: Double, order: Int, write: (inout SVGBuilder) -> Void)] = []
    for (order, artist) in scene.artists.enumerated() {
      switch artist {
      case .line(let line):
        var style = line.style
        let points = (0..<line.x.count).map { projection.project(line.x[$0], line.y[$0], line.z[$0]) }
        (style.x, style.y) = (points.map(\.x), points.map(\.y))
        ArtistWriter.line(style, layout: flat, into: &svg)
      case .surface(let surface) where surface.wireframe:
        let (path, depth) = wireframe(surface)
        collections.append(
          (
            depth, order,
            { svg in
              guard !path.isEmpty else { return }
              svg.line(
                "<path class=\"wireframe\" d=\"\(path)\" fill=\"none\" stroke=\"\(surface.color.hex)\" "
                  + "stroke-width=\"\(n(surface.lineWidth))\"\(ArtistWriter.opacity(surface.alpha))/>")
            }
          ))
      case .surface(let surface):
        let faces = faces(surface)
        collections.append(
          (
            faces.map(\.depth).min() ?? 0, order,
            { svg in
              guard !faces.isEmpty else { return }
              // Without edges, a hairline of each face's own colour hides the seams between neighbours.
              let edge = surface.edgeColor.map { " stroke=\"\($0.hex)\"" }
              let width = surface.edgeColor == nil ? 0.3 : surface.lineWidth
              svg.line(
                "<g class=\"surface\" stroke-linejoin=\"round\" stroke-width=\"\(n(width))\"\(edge ?? "")"
                  + "\(ArtistWriter.opacity(surface.alpha))>")
              for face in faces {
                svg.line(
                  "<path d=\"\(face.path)\" fill=\"\(face.color)\"" + (edge == nil ? " stroke=\"\(face.color)\"" : "")
                    + "/>")
              }
              svg.line("</g>")
            }
          ))
      case .scatter(let scatter):
        let points = (0..<scatter.x.count).map { projection.project(scatter.x[$0], scatter.y[$0], scatter.z[$0]) }
        collections.append(
          (points.map(\.depth).filter(\.isFinite).min() ?? 0, order, { svg in self.scatter(scatter, points, &svg) }))
      case .quiver(let quiver):
        var path = ""
        var depth = Double.infinity
        for segment in quiver.segments {
          let a = projection.project(segment[0], segment[1], segment[2])
          let b = projection.project(segment[3], segment[4], segment[5])
          guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { continue }
          depth = Swift.min(depth, a.depth, b.depth)
          path +=
            "M\(n(ArtistWriter.clamp(a.x))) \(n(ArtistWriter.clamp(a.y)))"
            + "L\(n(ArtistWriter.clamp(b.x))) \(n(ArtistWriter.clamp(b.y)))"
        }
        collections.append(
          (
            depth.isFinite ? depth : 0, order,
            { svg in
              guard !path.isEmpty else { return }
              svg.line(
                "<path class=\"quiver\" d=\"\(path)\" fill=\"none\" stroke=\"\(quiver.color.hex)\" "
                  + "stroke-width=\"\(n(quiver.width))\" stroke-linecap=\"square\"\(ArtistWriter.opacity(quiver.alpha))/>"
              )
            }
          ))
      }
    }
    collections.sort { $0.depth != $1.depth ? $0.depth > $1.depth : $0.order < $1.order }
    for collection in collections { collection.write(&svg) }
  }

  /// The faces of a filled surface, farthest first: each patch's outline, colour and mean depth.
  private func faces(_ surface: Surface3D) -> [(path: String, color: String, depth: Double)] {
    let rows = Surface3D.sampled(surface.rows, stride: surface.rowStride)
    let columns = Surface3D.sampled(surface.columns, stride: surface.columnStride)
    var faces: [(path: String, color: String, depth: Double)] = []
    for (r0, r1) in zip(rows, rows.dropFirst()) {
      for (c0, c1) in zip(columns, columns.dropFirst()) {
        // The patch's perimeter, as matplotlib's `_array_perimeter`: along the top row, down the right column,
        // back along the bottom row and up the left column.
        var indices: [(Int, Int)] = []
        for c in c0..<c1 { indices.append((r0, c)) }
        for r in r0..<r1 { indices.append((r, c1)) }
        for c in stride(from: c1, to: c0, by: -1) { indices.append((r1, c)) }
        for r in stride(from: r1, to: r0, by: -1) { indices.append((r, c0)) }
        let points = indices.map { (r, c) in
          let flat = r * surface.columns + c
          return [surface.x.values[flat], surface.y.values[flat], surface.z.values[flat]]
        }
        // A face with a NaN or infinite corner is left out (matplotlib drops its non-finite points).
        guard points.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { continue }
        let projected = points.map { projection.project($0[0], $0[1], $0[2]) }
        guard projected.allSatisfy({ $0.x.isFinite && $0.y.isFinite && $0.depth.isFinite }) else { continue }
        let path =
          projected.enumerated().map { (index, p) in
            (index == 0 ? "M" : "L") + "\(n(ArtistWriter.clamp(p.x))) \(n(ArtistWriter.clamp(p.y)))"
          }.joined() + "Z"
        let meanZ = points.map { $0[2] }.reduce(0, +) / Double(points.count)
        let color: String
        if let scale = surface.scale {
          color = (scale.color(meanZ) ?? surface.color).hex
        } else {
          color = shaded(surface.color, normal: Self.normal(points)).hex
        }
        faces.append((path, color, projected.map(\.depth).reduce(0, +) / Double(projected.count)))
      }
    }
    // Stable, so equal depths keep the grid's order and the bytes never depend on the sort's internals.
    return faces.enumerated().sorted { a, b in
      a.element.depth != b.element.depth ? a.element.depth > b.element.depth : a.offset < b.offset
    }.map(\.element)
  }

  /// `art3d._generate_normals` for one polygon: the cross product of two chords a third of the way round.
  static func normal(_ points: [[Double]]) -> [Double] {
    let count = points.count
    let (p1, p2, p3) = (points[0], points[count / 3], points[2 * count / 3])
    let a = (0..<3).map { p1[$0] - p2[$0] }
    let b = (0..<3).map { p2[$0] - p3[$0] }
    return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
  }

  /// `art3d._shade_colors` with matplotlib's default light (azimuth 225°, altitude 19.4712°): the colour scaled by
  /// 0.3…1 as the face turns from the light towards it.
  private func shaded(_ color: PlotColor, normal: [Double]) -> PlotColor {
    let azimuth = (90 - 225) * Double.pi / 180
    let altitude = 19.4712 * Double.pi / 180
    let light = [
      Elementary.cos(azimuth) * Elementary.cos(altitude), Elementary.sin(azimuth) * Elementary.cos(altitude),
      Elementary.sin(altitude),
    ]
    let length = (normal.map { $0 * $0 }.reduce(0, +)).squareRoot()
    let shade = length > 0 ? (0..<3).map { normal[$0] * light[$0] }.reduce(0, +) / length : 0
    let factor = 0.3 + 0.7 * (shade + 1) / 2
    let (r, g, b) = color.components
    func channel(_ value: UInt8) -> UInt8 { UInt8(Swift.min(255, (Double(value) * factor).rounded())) }
    return .rgb(channel(r), channel(g), channel(b))
  }

  /// A wireframe's lines along its sampled rows and columns, and its nearest depth.
  private func wireframe(_ surface: Surface3D) -> (String, Double) {
    var path = ""
    var depth = Double.infinity
    func run(_ indices: [Int]) {
      var penDown = false
      for flat in indices {
        let p = projection.project(surface.x.values[flat], surface.y.values[flat], surface.z.values[flat])
        guard p.x.isFinite, p.y.isFinite else {
          penDown = false
          continue
        }
        depth = Swift.min(depth, p.depth)
        path += (penDown ? "L" : "M") + "\(n(ArtistWriter.clamp(p.x))) \(n(ArtistWriter.clamp(p.y)))"
        penDown = true
      }
    }
    for row in Surface3D.sampled(surface.rows, stride: surface.rowStride) {
      run((0..<surface.columns).map { row * surface.columns + $0 })
    }
    for column in Surface3D.sampled(surface.columns, stride: surface.columnStride) {
      run((0..<surface.rows).map { $0 * surface.columns + column })
    }
    return (path, depth.isFinite ? depth : 0)
  }

  /// Each scatter point's opacity, nil for a point not drawn (NaN). With `depthshade`, a point's opacity falls from 1
  /// by its depth behind the nearest point over the projected points' diagonal, to at least 0.3 (`art3d._zalpha`),
  /// times `alpha` squared: matplotlib 3.11 multiplies the colour's alpha (already `alpha`) by the depth factor and
  /// then by `alpha` again.
  func scatterOpacities(_ scatter: Scatter3D, _ points: [(x: Double, y: Double, depth: Double)]) -> [Double?] {
    let style = scatter.style
    var visible: [Int] = []
    for index in points.indices where points[index].x.isFinite && points[index].y.isFinite {
      if let values = style.values?.values, !values[index].isFinite { continue }
      visible.append(index)
    }
    var opacities = [Double?](repeating: nil, count: points.count)
    guard !visible.isEmpty else { return opacities }
    // The depth-shading scale, in the projected plane's units as matplotlib measures it.
    let unit = (Projection3D.planeHigh - Projection3D.planeLow) / projection.side
    func spread(_ values: [Double]) -> Double { (values.max() ?? 0) - (values.min() ?? 0) }
    let xs = visible.map { points[$0].x * unit }
    let ys = visible.map { points[$0].y * unit }
    let depths = visible.map { points[$0].depth }
    let scale = (spread(xs) * spread(xs) + spread(ys) * spread(ys) + spread(depths) * spread(depths)).squareRoot()
    let nearest = depths.min() ?? 0
    for index in visible {
      var alpha = style.alpha
      if scatter.depthShade {
        alpha *= style.alpha
        if scale > 0 { alpha *= Swift.min(Swift.max(1 - (points[index].depth - nearest) / scale, 0.3), 1) }
      }
      opacities[index] = alpha
    }
    return opacities
  }

  /// Scatter markers, farthest first.
  private func scatter(
    _ scatter: Scatter3D, _ points: [(x: Double, y: Double, depth: Double)], _ svg: inout SVGBuilder
  ) {
    let style = scatter.style
    let opacities = scatterOpacities(scatter, points)
    let visible = points.indices.filter { opacities[$0] != nil }
    guard !visible.isEmpty else { return }
    let order = visible.enumerated().sorted { a, b in
      let (da, db) = (points[a.element].depth, points[b.element].depth)
      return da != db ? da > db : a.offset > b.offset
    }.map(\.element)
    let filled = style.marker != .plus && style.marker != .cross
    svg.line("<g class=\"scatter\" stroke-width=\"1\">")
    for index in order {
      let alpha = opacities[index] ?? 1
      let color =
        style.values.flatMap { values in style.scale?.color(values.values[index]) }?.hex ?? style.color.hex
      let size = (style.areas?[index] ?? style.area).squareRoot()
      let shape = MarkerShape.path(style.marker, size: size)
      svg.line(
        "<path d=\"M\(n(ArtistWriter.clamp(points[index].x))) \(n(ArtistWriter.clamp(points[index].y)))\(shape)\" fill=\"\(filled ? color : "none")\" "
          + "stroke=\"\(color)\"\(ArtistWriter.opacity(alpha))/>")
    }
    svg.line("</g>")
  }
}

extension PlotColor {
  /// The colour's red, green and blue channels.
  var components: (UInt8, UInt8, UInt8) {
    switch self {
    case .cycle(let index): Self.tab10[index % 10]
    case .rgb(let red, let green, let blue): (red, green, blue)
    }
  }
}
