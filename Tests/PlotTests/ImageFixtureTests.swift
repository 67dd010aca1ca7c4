import Foundation
import Testing

@testable import Plot

/// Contour levels, colour-map colours, image and colour-bar layout, and contour geometry against matplotlib's own,
/// from `Fixtures/matplotlib_images.txt`, which `python3 Tests/fixtures/matplotlib_images.py` writes with
/// matplotlib 3.11.2 and contourpy.
struct ImageFixtureTests {
  /// The fixture's records of one kind: each line's fields after the kind, split at ` | `.
  static func records(_ kind: String) throws -> [[String]] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/matplotlib_images.txt")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
      .filter { $0.hasPrefix(kind + " ") }
      .map { $0.dropFirst(kind.count + 1).components(separatedBy: " | ") }
  }

  static func doubles(_ text: String) -> [Double] {
    text.split(separator: " ").compactMap { Double(String($0)) }
  }

  @Test func contourLevelsAreMatplotlibs() throws {
    let records = try Self.records("levels")
    #expect(records.count > 800)
    var failures: [String] = []
    for record in records {
      let fields = record[0].split(separator: " ").map(String.init)
      let (zmin, zmax) = (Double(fields[0])!, Double(fields[1])!)
      let count = Int(fields[2])!
      let levels = ContourLevels.automatic(zmin: zmin, zmax: zmax, count: count == 0 ? 7 : count)
      if record[1].hasPrefix("error") {
        // matplotlib refuses a filled contour with fewer than two levels, as the interpreter does.
        if !(fields[3] == "1" && levels.count < 2) { failures.append("\(record): \(levels)") }
      } else if levels != Self.doubles(record[1]) {
        failures.append("\(record[0]): \(levels) != \(Self.doubles(record[1]))")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) of \(records.count): \(failures.prefix(5))")
  }

  @Test func colormapColorsAreMatplotlibs() throws {
    let records = try Self.records("colors")
    #expect(records.count >= 60)
    for record in records {
      let head = record[0].split(separator: " ").map(String.init)
      let scale = ColorScale(colormap: head[0], vmin: Double(head[1])!, vmax: Double(head[2])!)
      #expect(Colormap.named(head[0]) != nil, "\(head[0])")
      let values = record[1].split(separator: " ").map { Double(String($0))! }
      let colors = values.map { scale.color($0)?.hex ?? "none" }
      #expect(colors.joined(separator: " ") == record[2], "\(record[0])")
    }
  }

  @Test func imageAndColorbarLayoutIsMatplotlibs() throws {
    let records = try Self.records("layout")
    #expect(records.count == 64)
    for record in records {
      let head = record[0].split(separator: " ").map(String.init)
      let (width, height) = (Double(head[0])!, Double(head[1])!)
      let (rows, columns) = (Int(head[2])!, Int(head[3])!)
      var axes = Axes()
      axes.artists = [
        .image(
          ImageArtist(
            rows: rows, columns: columns, values: Array(repeating: 0, count: rows * columns),
            scale: ColorScale(colormap: "viridis", vmin: 0, vmax: 1),
            extent: [-0.5, Double(columns) - 0.5, Double(rows) - 0.5, -0.5], upperOrigin: true))
      ]
      axes.yInverted = true
      axes.aspect = head[5] == "equal" ? 1 : nil
      if head[4] == "1" { axes.colorbar = Colorbar(scale: ColorScale(colormap: "viridis", vmin: 0, vmax: 1)) }
      let figure = Figure(width: width, height: height, axes: [axes])
      let layout = AxesLayout(axes: axes, in: figure)
      func fractions(_ box: (Double, Double, Double, Double)) -> [Double] {
        let (w, h) = (width * 72, height * 72)
        return [box.0 / w, 1 - (box.1 + box.3) / h, box.2 / w, box.3 / h]
      }
      let expected = Self.doubles(record[1])
      let actual = fractions((layout.left, layout.top, layout.width, layout.height))
      #expect(zip(actual, expected).allSatisfy { ($0 - $1).magnitude < 1e-9 }, "\(record[0]): \(actual) \(expected)")
      let bar = Self.doubles(record[2])
      if let box = layout.colorbarBox {
        let actualBar = fractions((box.left, box.top, box.width, box.height))
        #expect(zip(actualBar, bar).allSatisfy { ($0 - $1).magnitude < 1e-9 }, "\(record[0]): \(actualBar) \(bar)")
      } else {
        #expect(bar.isEmpty)
      }
      // matplotlib's image fills its view: the limits are the extent, the y axis inverted.
      #expect(layout.xView == (-0.5, Double(columns) - 0.5))
      #expect(layout.yView == (Double(rows) - 0.5, -0.5))
    }
  }

  /// The grids of the contour records, by name.
  static func grids() throws -> [String: ContourGenerator] {
    var grids: [String: ContourGenerator] = [:]
    for record in try records("grid") {
      let head = record[0].split(separator: " ").map(String.init)
      grids[head[0]] = ContourGenerator(
        rows: Int(head[1])!, columns: Int(head[2])!, x: doubles(record[1]), y: doubles(record[2]),
        z: doubles(record[3]))
    }
    return grids
  }

  @Test func contourLinesHaveMatplotlibsVerticesAndShapes() throws {
    let grids = try Self.grids()
    #expect(grids.count == 6)
    let records = try Self.records("lines")
    #expect(records.count > 30)
    for record in records {
      let head = record[0].split(separator: " ").map(String.init)
      guard let grid = grids[head[0]] else { continue }
      let level = Double(head[1])!
      let lines = grid.lines(at: level)
      let open = lines.filter { !$0.closed }.count
      #expect(open == Int(head[2])!, "\(record[0]): open lines")
      #expect(lines.count - open == Int(head[3])!, "\(record[0]): closed lines")
      // Sorted by position rounded to 1e-9, so two vertices a few ulps apart (contourpy interpolates
      // differently) cannot swap places.
      func sorted(_ points: [(Double, Double)]) -> [(Double, Double)] {
        func key(_ point: (Double, Double)) -> (Double, Double) {
          ((point.0 * 1e9).rounded(), (point.1 * 1e9).rounded())
        }
        return points.sorted { key($0) < key($1) }
      }
      let expected = sorted(
        record[1].split(separator: " ").map { pair in
          let parts = pair.split(separator: ",")
          return (Double(String(parts[0]))!, Double(String(parts[1]))!)
        })
      let actual = sorted(lines.flatMap(\.points).map { ($0.x, $0.y) })
      #expect(actual.count == expected.count, "\(record[0]): vertex count")
      let close = zip(actual, expected).allSatisfy { a, b in
        (a.0 - b.0).magnitude <= 1e-12 * Swift.max(1, b.0.magnitude)
          && (a.1 - b.1).magnitude <= 1e-12 * Swift.max(1, b.1.magnitude)
      }
      #expect(close, "\(record[0]): vertices differ")
    }
  }

  @Test func filledBandsHaveMatplotlibsAreas() throws {
    let grids = try Self.grids()
    let records = try Self.records("bands")
    #expect(records.count > 30)
    for record in records {
      let head = record[0].split(separator: " ").map(String.init)
      guard let grid = grids[head[0]] else { continue }
      var lower = Double(head[1])!
      let upper = Double(head[2])!
      let expected = Double(head[3])!
      // As `_get_lowers_and_uppers`: the lowest band also holds values equal to the minimum.
      if lower == grid.z.filter(\.isFinite).min() { lower -= 1 }
      var area = 0.0
      for polygon in grid.band(lower: lower, upper: upper) {
        for (a, b) in zip(polygon, polygon.dropFirst() + polygon.prefix(1)) { area += (a.x * b.y - b.x * a.y) / 2 }
      }
      #expect(
        (area.magnitude - expected).magnitude <= 1e-9 * Swift.max(1, expected), "\(record[0]): \(area.magnitude)")
    }
  }
}
