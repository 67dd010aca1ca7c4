/// Contour lines and filled bands of a grid by marching squares, as matplotlib's default contour generator
/// (contourpy's `mpl2014` with `corner_mask=True`) draws them: crossings interpolated linearly along cell edges, a
/// saddle cell resolved by the mean of its four corners, a cell with one missing (NaN) corner contoured as the
/// triangle of the other three, a cell with more missing corners left out (a hole). Deterministic: the same grid
/// gives the same vertices in the same order.
public struct ContourGenerator: Sendable {
  /// Grid rows (the first axis of `Z`).
  public let rows: Int
  /// Grid columns.
  public let columns: Int
  /// x of each grid point, row-major.
  public let x: [Double]
  /// y of each grid point, row-major.
  public let y: [Double]
  /// The values, row-major; NaN (or ±inf) is missing.
  public let z: [Double]

  /// A contour line: its vertices in data coordinates, and whether it closes on itself.
  public struct Polyline: Sendable, Hashable {
    /// The vertices, in order (a closed line does not repeat its first vertex).
    public var points: [Point]
    /// True for a loop, false for a line that ends at the grid's edge or at a hole.
    public var closed: Bool
  }

  /// A point in data coordinates.
  public struct Point: Sendable, Hashable {
    /// x.
    public var x: Double
    /// y.
    public var y: Double
  }

  /// Makes a generator; the arrays are row-major and `rows × columns` long.
  public init(rows: Int, columns: Int, x: [Double], y: [Double], z: [Double]) {
    self.rows = rows
    self.columns = columns
    self.x = x
    self.y = y
    // matplotlib masks invalid values: an infinity is a hole like NaN.
    self.z = z.map { $0.isFinite ? $0 : .nan }
  }

  /// A point of a cell in index space: (column, row), fractional along an edge.
  private struct GridPoint {
    var column: Double
    var row: Double
    var value: Double
    /// The edge it lies on (a node of the line graph), or -1 for a corner.
    var edge: Int
  }

  /// The corners of cell (row, column) in order around it (a, b, c, d: (r, c), (r, c+1), (r+1, c+1), (r+1, c)),
  /// leaving out a missing one; nil when more than one is missing.
  private func cellCorners(_ row: Int, _ column: Int) -> [GridPoint]? {
    let positions = [(row, column), (row, column + 1), (row + 1, column + 1), (row + 1, column)]
    var corners: [GridPoint] = []
    for (r, c) in positions {
      let value = z[r * columns + c]
      if value.isNaN { continue }
      corners.append(GridPoint(column: Double(c), row: Double(r), value: value, edge: -1))
    }
    return corners.count >= 3 ? corners : nil
  }

  /// The node id of the edge between two corners of cell (row, column): its bottom, right, top or left side, or
  /// the diagonal of a triangle cell (which no other cell shares).
  private func edgeID(_ a: GridPoint, _ b: GridPoint, row: Int, column: Int) -> Int {
    let (r0, c0) = (Int(a.row), Int(a.column))
    let (r1, c1) = (Int(b.row), Int(b.column))
    if r0 == r1 { return ((r0 * columns) + Swift.min(c0, c1)) * 3 }
    if c0 == c1 { return ((Swift.min(r0, r1) * columns) + c0) * 3 + 1 }
    return ((row * columns) + column) * 3 + 2
  }

  /// The crossing of `level` on the edge from `a` to `b`.
  private func crossing(_ a: GridPoint, _ b: GridPoint, level: Double, edge: Int) -> GridPoint {
    let t = (level - a.value) / (b.value - a.value)
    return GridPoint(
      column: a.column + t * (b.column - a.column), row: a.row + t * (b.row - a.row), value: level, edge: edge)
  }

  /// A point in index space mapped to data coordinates: bilinear in the cell, which is linear along its edges.
  private func dataPoint(_ point: GridPoint) -> Point {
    let r0 = Swift.min(Int(point.row), rows - 2)
    let c0 = Swift.min(Int(point.column), columns - 2)
    let (u, v) = (point.column - Double(c0), point.row - Double(r0))
    func mix(_ values: [Double]) -> Double {
      let i = r0 * columns + c0
      let bottom = values[i] + u * (values[i + 1] - values[i])
      let top = values[i + columns] + u * (values[i + columns + 1] - values[i + columns])
      return bottom + v * (top - bottom)
    }
    if u == 0 && v == 0 { return Point(x: x[r0 * columns + c0], y: y[r0 * columns + c0]) }
    return Point(x: mix(x), y: mix(y))
  }

  /// The mean of a cell's four corners, which decides a saddle.
  private func centre(_ row: Int, _ column: Int) -> Double {
    let i = row * columns + column
    return (z[i] + z[i + 1] + z[i + columns + 1] + z[i + columns]) / 4
  }

  // MARK: Lines

  /// The contour lines at `level`: open lines first (in the order of the edge they start on), then loops.
  public func lines(at level: Double) -> [Polyline] {
    guard rows >= 2, columns >= 2 else { return [] }
    var neighbours: [Int: [Int]] = [:]
    var points: [Int: GridPoint] = [:]
    for row in 0..<(rows - 1) {
      for column in 0..<(columns - 1) {
        // Most cells lie wholly on one side of the level: decide that before building anything.
        let i = row * columns + column
        let values = (z[i], z[i + 1], z[i + columns + 1], z[i + columns])
        let above = (values.0 > level, values.1 > level, values.2 > level, values.3 > level)
        if !values.0.isNaN && !values.1.isNaN && !values.2.isNaN && !values.3.isNaN && above.0 == above.1
          && above.1 == above.2 && above.2 == above.3
        {
          continue
        }
        guard let corners = cellCorners(row, column) else { continue }
        var crossings: [GridPoint] = []
        for index in corners.indices {
          let (a, b) = (corners[index], corners[(index + 1) % corners.count])
          if (a.value > level) != (b.value > level) {
            let edge = edgeID(a, b, row: row, column: column)
            let point = points[edge] ?? crossing(a, b, level: level, edge: edge)
            points[edge] = point
            crossings.append(point)
          }
        }
        var pairs: [(Int, Int)] = []
        if crossings.count == 2 {
          pairs = [(crossings[0].edge, crossings[1].edge)]
        } else if crossings.count == 4 {
          // A saddle: crossings are in order around the cell, starting on the bottom edge. If the centre is above,
          // the above corners join, so each segment cuts off a below corner; otherwise it cuts off an above one.
          let firstAbove = corners[0].value > level
          let joinAbove = centre(row, column) > level
          // Corner a sits between crossing 3 (left edge) and crossing 0 (bottom edge).
          if firstAbove != joinAbove {
            pairs = [(crossings[3].edge, crossings[0].edge), (crossings[1].edge, crossings[2].edge)]
          } else {
            pairs = [(crossings[0].edge, crossings[1].edge), (crossings[2].edge, crossings[3].edge)]
          }
        }
        for (a, b) in pairs where a != b {
          neighbours[a, default: []].append(b)
          neighbours[b, default: []].append(a)
        }
      }
    }
    var visited = Set<Int>()
    var result: [Polyline] = []
    func walk(from start: Int) -> [Int] {
      var chain = [start]
      visited.insert(start)
      var current = start
      while let next = neighbours[current]?.first(where: { !visited.contains($0) }) {
        chain.append(next)
        visited.insert(next)
        current = next
      }
      return chain
    }
    let nodes = neighbours.keys.sorted()
    for node in nodes where neighbours[node]?.count == 1 && !visited.contains(node) {
      result.append(Polyline(points: walk(from: node).map { dataPoint(points[$0]!) }, closed: false))
    }
    for node in nodes where !visited.contains(node) {
      result.append(Polyline(points: walk(from: node).map { dataPoint(points[$0]!) }, closed: true))
    }
    return result
  }

  // MARK: Filled bands

  /// The region lower < z ≤ upper as polygons in data coordinates (a vertex list each, orientation as the grid's):
  /// rectangles for runs of cells wholly inside on a rectilinear grid, a convex piece per part of a cell otherwise.
  public func band(lower: Double, upper: Double) -> [[Point]] {
    guard rows >= 2, columns >= 2 else { return [] }
    return band(lower: lower, upper: upper, rectilinear: isRectilinear)
  }

  /// `band(lower:upper:)` with the grid's shape already known, for a contour set's many bands.
  public func band(lower: Double, upper: Double, rectilinear: Bool) -> [[Point]] {
    guard rows >= 2, columns >= 2 else { return [] }
    var polygons: [[Point]] = []
    for row in 0..<(rows - 1) {
      var runStart: Int?
      func flush(_ end: Int) {
        guard let start = runStart else { return }
        runStart = nil
        let corners = [(row, start), (row, end), (row + 1, end), (row + 1, start)]
        polygons.append(corners.map { Point(x: x[$0.0 * columns + $0.1], y: y[$0.0 * columns + $0.1]) })
      }
      for column in 0..<(columns - 1) {
        let i = row * columns + column
        let values = [z[i], z[i + 1], z[i + columns + 1], z[i + columns]]
        if !values.contains(where: \.isNaN) {
          // Wholly below or above the band (nothing to draw), or wholly inside it (part of a run).
          if values.allSatisfy({ $0 <= lower }) || values.allSatisfy({ $0 > upper }) {
            flush(column)
            continue
          }
          if rectilinear && values.allSatisfy({ $0 > lower && $0 <= upper }) {
            if runStart == nil { runStart = column }
            continue
          }
        }
        guard let corners = cellCorners(row, column) else {
          flush(column)
          continue
        }
        flush(column)
        let centreValue = corners.count == 4 ? centre(row, column) : .nan
        for piece in clip(corners, keep: { $0 > lower }, level: lower, centre: centreValue, row: row, column: column) {
          for part in clip(piece, keep: { $0 <= upper }, level: upper, centre: centreValue, row: row, column: column)
          where part.count >= 3 {
            polygons.append(part.map(dataPoint))
          }
        }
      }
      flush(columns - 1)
    }
    return polygons
  }

  /// True when x is the same along every column and y along every row (a `meshgrid` of 1-D coordinates), so a run
  /// of cells is one rectangle.
  public var isRectilinear: Bool {
    for row in 0..<rows {
      for column in 0..<columns {
        let i = row * columns + column
        if x[i] != x[column] || y[i] != y[row * columns] { return false }
      }
    }
    return true
  }

  /// The parts of a convex polygon (with values at its vertices, linear along its sides) where `keep` holds: the
  /// boundary walked with a crossing inserted wherever it enters or leaves. Two separate stretches of kept boundary
  /// (a saddle) form one piece when the cell's centre is kept, and two otherwise.
  private func clip(
    _ polygon: [GridPoint], keep: (Double) -> Bool, level: Double, centre: Double, row: Int, column: Int
  ) -> [[GridPoint]] {
    guard let start = polygon.indices.first(where: { !keep(polygon[$0].value) }) else { return [polygon] }
    // Walk from a dropped vertex, so every kept stretch lies wholly inside the walk.
    var stretches: [[GridPoint]] = []
    var current: [GridPoint] = []
    for step in 0..<polygon.count {
      let a = polygon[(start + step) % polygon.count]
      let b = polygon[(start + step + 1) % polygon.count]
      let (keepA, keepB) = (keep(a.value), keep(b.value))
      if keepA { current.append(a) }
      if keepA != keepB {
        let edge = a.edge < 0 && b.edge < 0 ? edgeID(a, b, row: row, column: column) : -1
        current.append(crossing(a, b, level: level, edge: edge))
        if keepA {
          stretches.append(current)
          current = []
        }
      }
    }
    if stretches.count == 2 && !centre.isNaN && keep(centre) {
      return [stretches[0] + stretches[1]]
    }
    return stretches
  }
}
