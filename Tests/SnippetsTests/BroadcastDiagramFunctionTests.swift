import SourceText
import Testing

@testable import Snippets

/// `broadcast_diagram(...)` records a diagram and prints nothing; gradient tables record the shapes their broadcast
/// rows were broadcast to. Error texts are NumPy's `np.broadcast_shapes` ones where NumPy has one.
struct BroadcastDiagramFunctionTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test func arraysAreNamedByTheirCodeAndShapesByThemselves() {
    let result = run("A = np.ones((2, 3))\nbroadcast_diagram(A, (4, 2, 3), 3)")
    #expect(result.statements.map(\.output) == ["", ""])
    let diagram = result.broadcastDiagrams.first
    #expect(
      diagram?.operands == [
        .init(name: "A", shape: [2, 3]), .init(name: "", shape: [4, 2, 3]), .init(name: "", shape: [3]),
      ])
    #expect(diagram?.result == [4, 2, 3])
  }

  @Test(arguments: [
    (
      "broadcast_diagram(np.ones((2, 3)), np.ones((4, 2)))",
      "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with "
        + "shape (2, 3) and arg 1 with shape (4, 2)."
    ),
    ("broadcast_diagram((-1,))", "ValueError: negative dimensions are not allowed"),
    ("broadcast_diagram()", "TypeError: broadcast_diagram() needs at least one array or shape"),
    (
      "broadcast_diagram((1,) * 33)",
      "RuntimeError: this function only supports up to 32 dimensions but the array has 33."
    ),
    ("broadcast_diagram(None)", "TypeError: Use () not None as shape arguments"),
    (
      "broadcast_diagram(" + String(repeating: "1, ", count: 33) + ")",
      "ValueError: broadcast_diagram() draws at most 32 operands, not 33"
    ),
    ("broadcast_diagram((2.0,))", "TypeError: 'float' object cannot be interpreted as an integer"),
  ])
  func badArgumentsRaise(code: String, error: String) {
    let result = run(code)
    #expect(result.statements.first?.output == error)
    #expect(result.broadcastDiagrams.isEmpty)
  }

  @Test func gradientTablesRecordTheBroadcastResultShape() {
    let code = "X = np.ones((4, 2))\nW = np.ones((2, 3))\nb = np.zeros(3)\nl = (X @ W + b).sum()\ngradients(l, W, b)"
    let rows = run(code).gradientTables.first?.rows ?? []
    #expect(rows.map(\.broadcastShapes) == [[], [[4, 3]]])
    #expect(rows.map(\.summedAxes) == [[], [0]])
  }
}
