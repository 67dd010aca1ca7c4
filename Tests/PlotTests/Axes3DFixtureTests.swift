import Foundation
import Testing

@testable import Plot
@testable import Snippets

/// 3-D axes against matplotlib's, from `Fixtures/matplotlib_3d.txt`, which `python3 Tests/fixtures/matplotlib_3d.py`
/// writes by running the same snippets with matplotlib 3.11.2: autoscaled limits, where the view box's corners land
/// on the page, and a transcript of echoed values.
struct Axes3DFixtureTests {
  struct Case {
    var name: String
    var code: [String] = []
    var limits: [[Double]] = []
    var corners: [Double] = []
    var alphas: [[Double]] = []
  }

  static func load() throws -> (cases: [Case], transcript: [String]) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/matplotlib_3d.txt")
    var cases: [Case] = []
    var transcript: [String] = []
    var inTranscript = false
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
      if inTranscript {
        transcript.append(String(line))
        continue
      }
      if line == "transcript" {
        inTranscript = true
        continue
      }
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { continue }
      let numbers = { parts[1].split(separator: " ").compactMap { Double(String($0)) } }
      switch parts[0] {
      case "case": cases.append(Case(name: parts[1]))
      case "code": cases[cases.count - 1].code.append(parts[1])
      case "xlim", "ylim", "zlim": cases[cases.count - 1].limits.append(numbers())
      case "corners": cases[cases.count - 1].corners = numbers()
      case "alphas": cases[cases.count - 1].alphas.append(numbers())
      default: break
      }
    }
    return (cases, transcript)
  }

  @Test func limitsAndProjectionMatchMatplotlib() throws {
    let cases = try Self.load().cases
    #expect(cases.count >= 8)
    for recorded in cases {
      let result = PlotSession.run(
        "import numpy as np\nimport matplotlib.pyplot as plt\n" + recorded.code.joined(separator: "\n"))
      #expect(result.diagnostics.isEmpty, "\(recorded.name): \(result.diagnostics)")
      guard let figure = result.statements.last?.figures.first,
        let scene = figure.axes[0].scene
      else {
        Issue.record("\(recorded.name): no 3-D figure")
        continue
      }
      let limits = figure.viewLimits3D(ofAxes: 0)
      for (axis, (ours, theirs)) in zip(limits, recorded.limits).enumerated() {
        // The same IEEE operations as matplotlib's, up to the last bits of the 1/48 margin.
        let close = zip([ours.0, ours.1], theirs).allSatisfy {
          ($0 - $1).magnitude <= 1e-12 * Swift.max($0.magnitude, $1.magnitude, 1)
        }
        #expect(close && theirs.count == 2, "\(recorded.name) axis \(axis): \(ours) != \(theirs)")
      }
      let layout = AxesLayout(axes: figure.axes[0], in: figure)
      let projection = Projection3D(
        axes: figure.axes[0], scene: scene, box: (layout.left, layout.top, layout.width, layout.height))
      let (x, y, z) = (limits[0], limits[1], limits[2])
      let corners = [
        (x.0, y.0, z.0), (x.1, y.0, z.0), (x.1, y.1, z.0), (x.0, y.1, z.0), (x.0, y.0, z.1), (x.1, y.0, z.1),
        (x.1, y.1, z.1), (x.0, y.1, z.1),
      ]
      #expect(recorded.corners.count == 16)
      for (position, corner) in corners.enumerated() where recorded.corners.count == 16 {
        let point = projection.project(corner.0, corner.1, corner.2)
        let expected = (recorded.corners[2 * position], recorded.corners[2 * position + 1])
        // A thousandth of a point: far below the SVG's two decimals.
        #expect(
          (point.x - expected.0).magnitude < 1e-3 && (point.y - expected.1).magnitude < 1e-3,
          "\(recorded.name) corner \(position): (\(point.x), \(point.y)) != \(expected)")
      }
      // Depth-shaded scatter opacities, point by point.
      let writer = Axes3DWriter(axes: figure.axes[0], scene: scene, figure: figure)
      let scatters = scene.artists.compactMap { if case .scatter(let points) = $0 { points } else { nil } }
      #expect(scatters.count == recorded.alphas.count, "\(recorded.name): scatter collections")
      for (points, expected) in zip(scatters, recorded.alphas) {
        let projected = (0..<points.x.count).map { writer.projection.project(points.x[$0], points.y[$0], points.z[$0]) }
        let ours = writer.scatterOpacities(points, projected)
        #expect(ours.count == expected.count)
        for (a, b) in zip(ours, expected) {
          #expect(
            a.map { ($0 - b).magnitude < 1e-9 } == true, "\(recorded.name): opacity \(String(describing: a)) != \(b)")
        }
      }
    }
  }

  @Test func echoedValuesAreMatplotlibs() throws {
    let transcript = try Self.load().transcript.filter { !$0.isEmpty }
    #expect(transcript.count > 20)
    let result = PlotSession.run(
      (["import numpy as np", "import matplotlib.pyplot as plt"].map { ">>> " + $0 } + transcript)
        .joined(separator: "\n"))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.statements.count == transcript.filter { $0.hasPrefix(">>> ") }.count + 2)
  }

  /// Data near the ends of the double range, NaN, degenerate limits and extreme views still draw a picture whose
  /// every coordinate is a number.
  @Test(arguments: [
    "_ = ax.scatter([1e308, -1e308], [0, 0], [np.nan, 1])\n_ = ax.plot([1e300, -1e300], [1, 2], [3, 4])\n"
      + "ax.view_init(90, 0)\nax.set_box_aspect((1e-6, 1, 1e6))",
    "ax.set_xlim(-8e307, 8e307)\nax.set_ylim(-1e-300, 1e-300)\nax.set_zlim(0, 1e-320)\n"
      + "_ = ax.quiver([0, 1e307], [0, 1], [0, 1], [1e308, 1], [1, 1], [1, 1e308], normalize=True)\n"
      + "ax.view_init(1e6, -1e6)",
    "X, Y = np.meshgrid([1.0, 2], [3.0, 4])\n_ = ax.plot_surface(X, Y, np.full((2, 2), np.nan), rstride=1000)\n"
      + "_ = ax.plot_wireframe(X, Y, np.array([[1, np.inf], [2, 3]]))\n_ = ax.scatter([], [], [])\n"
      + "_ = ax.quiver([], [], [], [], [], [])\nax.set_xlim(5, 5)\nax.view_init(-90, 45)",
  ])
  func extremeInputsDrawFiniteCoordinates(code: String) {
    let result = PlotSession.run(
      "import numpy as np\nimport matplotlib.pyplot as plt\nax = plt.figure().add_subplot(projection='3d')\n" + code)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let figures = result.statements.flatMap(\.figures)
    #expect(figures.count == 1)
    for figure in figures {
      let svg = FigureSVG.render(figure)
      #expect(!svg.contains("nan") && !svg.contains("inf"), "\(svg.prefix(2000))")
    }
  }
}
