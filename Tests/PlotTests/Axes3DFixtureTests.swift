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
}
