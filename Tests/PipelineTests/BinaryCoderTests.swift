import Foundation
import Plot
import Snippets
import Testing

@testable import Pipeline

/// A chapter whose run holds every kind of result: transcript and script statements, an expected error, a gradient
/// table with broadcast rows, a broadcast diagram, a figure (enums with payloads, optionals), a failed claim and math.
private let everyKindOfResult = """
  # Every result

  Inline $x^2$ and display math:

  $$\\frac{\\partial l}{\\partial b}$$

  ```tensor
  >>> import numpy as np
  >>> A = np.ones((2, 3))
  >>> b = np.array([1.0, 2.0, 3.0])
  >>> A + b
  array([[2., 3., 4.],
         [2., 3., 4.]])
  >>> A + np.ones((4, 2))
  ValueError: operands could not be broadcast together with shapes (2,3) (4,2) 
  ```

  ```tensor
  l = ((A + b) ** 2).sum()
  print(l)
  gradients(l, A, b)
  broadcast_diagram(A, b, (3, 1, 1))
  assert 1 + 1 == 3
  ```

  ```tensor
  import matplotlib.pyplot as plt
  _ = plt.plot([0, 1, 2], [1.0, 0.5, 0.25], "o-", label="loss")
  _ = plt.legend()
  plt.show()
  ```

  """

private func runOf(_ text: String) throws -> CachedRun {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["01-every.md": Array(text.utf8)], under: folder)
  var book = try LoadStage.load(contentDirectory: folder.path, workingDirectory: folder.path)
  book = ParseStage.parse(book, jobs: 1)
  let page = RunStage.run(MathStage.render(book.pages[0])).page
  return CachedRun(
    results: page.results, math: page.math,
    diagnostics: page.mathDiagnostics.map {
      CachedDiagnostic(line: $0.line, column: $0.column, message: $0.message, notes: $0.notes)
    })
}

@Test func aRunSurvivesTheBinaryFormatExactly() throws {
  let run = try runOf(everyKindOfResult)
  let statements = run.results.values.flatMap(\.statements)
  // The chapter really produced each kind of result, so the round trip below covers them.
  #expect(run.results.count == 3)
  #expect(statements.contains { $0.gradientTable != nil })
  #expect(statements.contains { $0.broadcastDiagram != nil })
  #expect(statements.contains { !$0.figures.isEmpty })
  #expect(statements.contains { $0.claimHeld == false })
  #expect(run.results.values.contains { $0.form == .transcript } && run.results.values.contains { $0.form == .script })
  #expect(run.math.count == 2)
  let bytes = try BinaryCoder.encode(run)
  let decoded = try BinaryCoder.decode(CachedRun.self, from: bytes)
  #expect(decoded.results == run.results)
  #expect(decoded.math == run.math)
  #expect(decoded.diagnostics.map(\.message) == run.diagnostics.map(\.message))
  // Dictionaries encode in their iteration order, so compare values, not bytes, after a second trip.
  #expect(try BinaryCoder.decode(CachedRun.self, from: BinaryCoder.encode(decoded)).results == run.results)
}

@Test func damagedBytesNeverDecode() throws {
  let bytes = try BinaryCoder.encode(try runOf(everyKindOfResult))
  // Every cut ends a value early somewhere; a flipped tag or length is caught by the tag, bounds and key checks.
  for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) {
    #expect((try? BinaryCoder.decode(CachedRun.self, from: Array(bytes[..<length]))) == nil)
  }
  #expect((try? BinaryCoder.decode(CachedRun.self, from: bytes + [0])) == nil)
  #expect((try? BinaryCoder.decode(CachedDiagnostic.self, from: bytes)) == nil)
}

/// Values of another type's shape fail on their keys instead of filling the wrong fields.
@Test func aValueOfAnotherShapeIsRefused() throws {
  struct Old: Codable { var line: Int; var column: Int; var text: String }
  let bytes = try BinaryCoder.encode(Old(line: 1, column: 2, text: "x"))
  #expect((try? BinaryCoder.decode(CachedDiagnostic.self, from: bytes)) == nil)
  let scalars: [Int?] = [nil, -1, Int.min, Int.max, 0]
  #expect(try BinaryCoder.decode([Int?].self, from: BinaryCoder.encode(scalars)) == scalars)
  let doubles = [0.1, -0.0, .infinity, .leastNonzeroMagnitude]
  #expect(try BinaryCoder.decode([Double].self, from: BinaryCoder.encode(doubles)) == doubles)
  #expect(try BinaryCoder.decode(Double.self, from: BinaryCoder.encode(Double.nan)).isNaN)
}

/// A figure's data may hold NaN (a gap) and infinities everywhere; the run cache must give every artist back exactly,
/// so a cached page draws the same SVG as a fresh run.
@Test func aFigureWithNaNEverywhereSurvivesTheBinaryFormat() throws {
  let run = try runOf(
    """
    ```tensor
    import matplotlib.pyplot as plt
    nan = np.nan
    fig, (a, b) = plt.subplots(1, 2)
    a.plot([1, nan, 3], [nan, 2, 3])
    a.scatter([1, nan], [2, 3], s=[4, nan], c=[nan, 1])
    a.bar([1, 2], [nan, 1])
    a.fill_between([0, 1, 2], [0, nan, 1])
    a.axhline(nan)
    a.text(nan, 1, 'gone')
    Z = np.eye(3); Z[0, 1] = nan
    b.imshow(Z)
    cs = b.contourf(Z)
    plt.colorbar(cs, label='z')
    plt.show()
    ```
    """)
  let figures = run.results.values.flatMap(\.statements).flatMap(\.figures)
  #expect(figures.count == 1)
  let decoded = try BinaryCoder.decode(CachedRun.self, from: BinaryCoder.encode(run))
  let decodedFigures = decoded.results.values.flatMap(\.statements).flatMap(\.figures)
  #expect(decodedFigures.map(FigureSVG.render) == figures.map(FigureSVG.render))
  #expect(figures.map(FigureSVG.render).joined().contains("colour bar: z"))
}
