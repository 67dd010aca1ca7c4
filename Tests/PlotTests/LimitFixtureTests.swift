import Foundation
import Testing

@testable import Plot
@testable import Snippets

/// Autoscaled limits for every kind of artist against matplotlib's, from `Fixtures/matplotlib_limits.txt`, which
/// `python3 Tests/fixtures/matplotlib_limits.py` writes by running the same snippets with matplotlib 3.11.2.
struct LimitFixtureTests {
  struct Case {
    var name: String
    var code: [String] = []
    var x = [Double]()
    var y = [Double]()
  }

  static func cases() throws -> [Case] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/matplotlib_limits.txt")
    var cases: [Case] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { continue }
      switch parts[0] {
      case "case": cases.append(Case(name: parts[1]))
      case "code": cases[cases.count - 1].code.append(parts[1])
      case "xlim": cases[cases.count - 1].x = parts[1].split(separator: " ").compactMap { Double(String($0)) }
      case "ylim": cases[cases.count - 1].y = parts[1].split(separator: " ").compactMap { Double(String($0)) }
      default: break
      }
    }
    return cases
  }

  @Test func autoscaledLimitsMatchMatplotlib() throws {
    let cases = try Self.cases()
    #expect(cases.count >= 27)
    for recorded in cases {
      let result = PlotSession.run("import matplotlib.pyplot as plt\n" + recorded.code.joined(separator: "\n"))
      #expect(result.diagnostics.isEmpty, "\(recorded.name): \(result.diagnostics)")
      guard let figure = result.statements.last?.figures.first else {
        Issue.record("\(recorded.name): no figure")
        continue
      }
      let view = figure.viewLimits(ofAxes: 0)
      // Exact for linear axes (the same IEEE operations); log margins go through log10 and a power.
      let tolerance = recorded.code.contains { $0.contains("scale('log')") } ? 1e-12 : 0
      for (ours, theirs, axis) in [([view.x.0, view.x.1], recorded.x, "x"), ([view.y.0, view.y.1], recorded.y, "y")] {
        let close = zip(ours, theirs).allSatisfy {
          ($0 - $1).magnitude <= tolerance * Swift.max($0.magnitude, $1.magnitude)
        }
        #expect(close && theirs.count == 2, "\(recorded.name) \(axis): \(ours) != \(theirs)")
      }
    }
  }

  @Test func returnValuesPrintAsInPython() {
    // Expected texts as CPython 3.11 with matplotlib 3.11.2 prints them.
    let result = PlotSession.run(
      """
      >>> import matplotlib.pyplot as plt
      >>> plt.hist([1, 2, 3])
      (array([1., 0., 0., 0., 0., 1., 0., 0., 0., 1.]), array([1. , 1.2, 1.4, 1.6, 1.8, 2. , 2.2, 2.4, 2.6, 2.8, 3. ]), <BarContainer object of 10 artists>)
      >>> plt.bar([1, 2], [3, 4])
      <BarContainer object of 2 artists>
      >>> plt.annotate('hi', xy=(1, 2), xytext=(3, 4))
      Text(3, 4, 'hi')
      >>> plt.text(1, 2.5, 'a')
      Text(1, 2.5, 'a')
      """)
    #expect(result.diagnostics.map(\.message) == [])
  }
}
