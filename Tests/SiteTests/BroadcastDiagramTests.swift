import Foundation
import Snippets
import TestSupport
import Testing

@testable import Site

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Broadcast diagrams: golden SVGs for the book's shapes, well-formed XML, labels that say what was summed, and the
/// diagram inside a gradient table's row. `DOCBUILD_RECORD=1` rewrites the goldens and fails on purpose.
@Suite struct BroadcastDiagramTests {
  static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/broadcast")

  /// One operand against a result, as a gradient-table row draws it, plus the chapter's two-operand addition.
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var diagram: BroadcastDiagram
    var label: String
    var labels = true
    var testDescription: String { file }
  }

  static func one(_ name: String, _ shape: [Int], _ result: [Int]) -> BroadcastDiagram {
    BroadcastDiagram(operands: [.init(name: name, shape: shape)], result: result)
  }

  static let cases: [Case] = [
    Case(
      file: "vector-under-matrix.svg", diagram: one("b", [3], [4, 3]),
      label: "b (3,) broadcast to (4, 3): axis 0 summed"),
    Case(
      file: "matrix-under-stack.svg", diagram: one("A", [2, 3], [4, 2, 3]),
      label: "A (2, 3) broadcast to (4, 2, 3): axis 0 summed"),
    Case(
      file: "row-under-matrix.svg", diagram: one("r", [1, 3], [4, 3]),
      label: "r (1, 3) broadcast to (4, 3): axis 0 summed"),
    Case(
      file: "column-keepdims.svg", diagram: one("q", [4, 1], [4, 3]),
      label: "q (4, 1) broadcast to (4, 3): axis 1 summed"),
    Case(
      file: "scalar-under-stack.svg", diagram: one("c", [], [2, 4, 3]),
      label: "c () broadcast to (2, 4, 3): axes 0, 1, 2 summed"),
    Case(
      file: "table-vector-under-matrix.svg", diagram: one("b", [3], [4, 3]),
      label: "b (3,) broadcast to (4, 3): axis 0 summed", labels: false),
    Case(
      file: "table-column-under-stack.svg", diagram: one("q", [4, 1], [2, 4, 3]),
      label: "q (4, 1) broadcast to (2, 4, 3): axes 0, 2 summed", labels: false),
    Case(
      file: "addition.svg",
      diagram: BroadcastDiagram(
        operands: [.init(name: "A", shape: [2, 3]), .init(name: "B", shape: [4, 2, 3])], result: [4, 2, 3]),
      label: "A (2, 3) broadcast to (4, 2, 3): axis 0 summed; B (4, 2, 3) has the result's shape: nothing summed"),
    Case(
      file: "shapes-both-stretched.svg",
      diagram: BroadcastDiagram(
        operands: [.init(name: "", shape: [4, 1]), .init(name: "", shape: [3])], result: [4, 3]),
      label: "(4, 1) broadcast to (4, 3): axis 1 summed; (3,) broadcast to (4, 3): axis 0 summed"),
  ]

  @Test(arguments: cases)
  func diagramMatchesGolden(_ example: Case) throws {
    let svg = BroadcastDiagramRenderer.render(example.diagram, labels: example.labels).markup
    Golden.check(svg, against: Self.goldenFolder.appendingPathComponent(example.file))
  }

  /// What an XML parser saw: the root's attributes, the text of every `<text>`, and how many `<rect>`s.
  final class SVGReader: NSObject, XMLParserDelegate {
    var rootAttributes: [String: String]?
    var texts: [String] = []
    var rects = 0
    var errors: [String] = []
    private var inText = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if rootAttributes == nil { rootAttributes = attributes }
      if name == "text" { inText = true; texts.append("") }
      if name == "rect" { rects += 1 }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "text" { inText = false }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText { texts[texts.count - 1] += string }
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { errors.append("\(parseError)") }

    static func read(_ svg: String) -> SVGReader {
      let reader = SVGReader()
      let parser = XMLParser(data: Data(svg.utf8))
      parser.delegate = reader
      if !parser.parse() { reader.errors.append("parse failed") }
      return reader
    }
  }

  @Test(arguments: cases)
  func diagramIsWellFormedAndLabelled(_ example: Case) throws {
    let reader = SVGReader.read(BroadcastDiagramRenderer.render(example.diagram, labels: example.labels).markup)
    #expect(reader.errors.isEmpty)
    #expect(reader.rootAttributes?["role"] == "img")
    #expect(reader.rootAttributes?["aria-label"] == example.label)
    // One "summed" caption per summed axis of each operand, and one cell per result axis per row.
    let summed = example.diagram.operands.reduce(0) {
      $0 + BroadcastDiagram.summedAxes(of: $1.shape, under: example.diagram.result).count
    }
    #expect(reader.texts.filter { $0 == "summed" }.count == summed)
    #expect(reader.rects == example.diagram.result.count * (example.diagram.operands.count + 1))
  }

  @Test func summedAxesAgreeWithTheTensorCoresUnbroadcast() {
    // NumPy's rule from the right: added leading axes, then stretched size-1 axes (HIPS autograd's unbroadcast).
    #expect(BroadcastDiagram.summedAxes(of: [4, 1], under: [2, 4, 3]) == [0, 2])
    #expect(BroadcastDiagram.summedAxes(of: [2, 1, 3], under: [2, 4, 3]) == [1])
    #expect(BroadcastDiagram.summedAxes(of: [1], under: [1]) == [])
    #expect(BroadcastDiagram.summedAxes(of: [1, 1], under: [1, 5]) == [1])
  }

  @Test func longOrHostileNamesAreCutAndEscaped() throws {
    let name = "<script>&\"" + String(repeating: "x", count: 100) + "\n" + "y"
    let svg = BroadcastDiagramRenderer.render(Self.one(name, [3], [4, 3])).markup
    #expect(!svg.contains("<script>"))
    #expect(svg.contains("&lt;script&gt;&amp;&quot;xxx"))
    #expect(!svg.contains(String(repeating: "x", count: 30)))
    #expect(SVGReader.read(svg).errors.isEmpty)
  }

  @Test func gradientTableDrawsOnlyBroadcastRows() {
    let table = GradientTable(
      target: "l",
      rows: [
        GradientRow(
          name: "W", shape: [2, 3], gradientShape: [2, 3], summedAxes: [], gradientText: "[[1. 1. 1.]]",
          autodiff: [0], numeric: [0]),
        GradientRow(
          name: "b", shape: [3], gradientShape: [3], summedAxes: [0], gradientText: "[4. 4. 4.]",
          autodiff: [0], numeric: [0], broadcastShapes: [[4, 3]]),
      ])
    let html = GradientTableRenderer.render(table).markup
    #expect(html.components(separatedBy: "<svg").count == 2)
    #expect(html.contains("aria-label=\"b (3,) broadcast to (4, 3): axis 0 summed\""))
    #expect(html.contains("summed over axis 0\n<svg class=\"broadcast-diagram\""))
  }
}
