import Foundation
import Testing

@testable import Plot

/// Ticks, tick labels, offset texts and autoscaled limits against matplotlib's own, from
/// `Fixtures/matplotlib_ticks.txt`, which `python3 Tests/fixtures/matplotlib_ticks.py` writes with matplotlib 3.11.2.
struct TickFixtureTests {
  /// One recorded axis.
  struct Case {
    var kind = ""
    var axis = ""
    var width = 0.0
    var height = 0.0
    var low = 0.0
    var high = 0.0
    var view = (0.0, 0.0)
    var major: [Double] = []
    var labels: [String] = []
    var offset = ""
    var minor: [Double] = []
    var minorLabels: [String] = []

    var name: String { "\(kind) \(axis) \(width)x\(height) (\(low), \(high))" }
  }

  static func cases() throws -> [Case] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/matplotlib_ticks.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    var cases: [Case] = []
    func doubles(_ text: Substring) -> [Double] {
      text.split(separator: " ").compactMap { Double(String($0)) }
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
      let (key, rest) =
        line.firstIndex(of: " ").map { (line[..<$0], line[line.index(after: $0)...]) } ?? (line, Substring(""))
      switch key {
      case "case":
        let fields = rest.split(separator: " ")
        var next = Case()
        next.kind = String(fields[0])
        next.axis = String(fields[1])
        next.width = Double(String(fields[2])) ?? 0
        next.height = Double(String(fields[3])) ?? 0
        next.low = Double(String(fields[4])) ?? 0
        next.high = Double(String(fields[5])) ?? 0
        cases.append(next)
      case "view":
        let values = doubles(rest)
        cases[cases.count - 1].view = (values[0], values[1])
      case "major": cases[cases.count - 1].major = doubles(rest)
      case "labels": cases[cases.count - 1].labels = rest.isEmpty ? [] : rest.components(separatedBy: "\t")
      case "offset": cases[cases.count - 1].offset = String(rest)
      case "minor": cases[cases.count - 1].minor = doubles(rest)
      case "minorlabels": cases[cases.count - 1].minorLabels = rest.isEmpty ? [] : rest.components(separatedBy: "\t")
      default: break
      }
    }
    return cases
  }

  /// Our label in matplotlib's text: plain for linear ticks, mathtext (`$\mathdefault{2\times10^{-3}}$`) for log.
  static func matplotlibText(_ label: [(text: String, superscript: Bool)]) -> String {
    guard label.contains(where: \.superscript) else { return label.map(\.text).joined() }
    let base = label.filter { !$0.superscript }.map(\.text).joined().replacingOccurrences(of: "\u{D7}", with: "\\times")
    let power = label.filter(\.superscript).map(\.text).joined().replacingOccurrences(of: "\u{2212}", with: "-")
    return "$\\mathdefault{\(base)^{\(power)}}$"
  }

  /// Positions agree to 1e-9 of the view's extent (matplotlib's log ticks come from NumPy's vectorised power, which
  /// may differ from the correctly rounded power of ten in the last bit).
  static func close(_ a: [Double], _ b: [Double], view: (Double, Double), log: Bool) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in
      log
        ? (x - y).magnitude <= 1e-12 * Swift.max(x.magnitude, y.magnitude)
        : (x - y).magnitude <= 1e-9 * (view.1 - view.0).magnitude
    }
  }

  @Test func ticksAndLabelsMatchMatplotlib() throws {
    let cases = try Self.cases()
    #expect(cases.count > 1000)
    var failures: [String] = []
    for recorded in cases {
      var axes = Axes()
      let horizontal = recorded.axis == "x"
      switch recorded.kind {
      case "data":
        let line = Line(
          x: horizontal ? [recorded.low, recorded.high] : [0, 1],
          y: horizontal ? [0, 1] : [recorded.low, recorded.high],
          color: .cycle(0))
        axes.artists = [.line(line)]
      case "log":
        if horizontal { axes.xScale = .log } else { axes.yScale = .log }
        fallthrough
      default:
        let limits = AxisLimits(lower: recorded.low, upper: recorded.high)
        if horizontal { axes.xLimits = limits } else { axes.yLimits = limits }
      }
      let figure = Figure(width: recorded.width, height: recorded.height, axes: [axes])
      let layout = AxesLayout(axes: axes, in: figure)
      let view = horizontal ? layout.xView : layout.yView
      let isLog = recorded.kind == "log"
      if !Self.close([view.0, view.1], [recorded.view.0, recorded.view.1], view: view, log: isLog) {
        failures.append("\(recorded.name): view \(view) != \(recorded.view)")
        continue
      }
      let ticks = AxisTicks(
        view: view, scale: isLog ? .log : .linear, length: horizontal ? layout.width : layout.height,
        horizontal: horizontal)
      let positions = ticks.major.map(\.value)
      let labels = ticks.major.map { Self.matplotlibText($0.label) }
      if !Self.close(positions, recorded.major, view: view, log: isLog) {
        failures.append("\(recorded.name): major \(positions) != \(recorded.major)")
      } else if labels != recorded.labels {
        failures.append("\(recorded.name): labels \(labels) != \(recorded.labels)")
      }
      if isLog {
        // matplotlib draws a minor tick under each major one as well; ours leaves those out.
        let majors = Set(recorded.major)
        let expected = zip(recorded.minor, recorded.minorLabels).filter { !majors.contains($0.0) }
        let ours =
          (ticks.minor.map { ($0, "") } + ticks.labelledMinor.map { ($0.value, Self.matplotlibText($0.label)) })
          .sorted { $0.0 < $1.0 }
        if !Self.close(ours.map(\.0), expected.map(\.0), view: view, log: true) {
          failures.append("\(recorded.name): minor \(ours.map(\.0)) != \(expected.map(\.0))")
        } else if ours.map(\.1) != expected.map(\.1) {
          failures.append("\(recorded.name): minor labels \(ours.map(\.1)) != \(expected.map(\.1))")
        }
      } else if ticks.offsetText != recorded.offset {
        failures.append("\(recorded.name): offset \(ticks.offsetText) != \(recorded.offset)")
      }
    }
    let report = failures.prefix(40).joined(separator: "\n")
    #expect(failures.isEmpty, "\(failures.count) of \(cases.count) axes differ:\n\(report)")
  }
}
