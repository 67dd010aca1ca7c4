import SourceText
import Testing

@testable import Snippets

/// Running blocks: REPL echo, the shared namespace, `fresh`, `error` blocks and results as data.
struct SessionTests {
  private func run(_ texts: [String], options: [SnippetOptions] = []) -> [CheckedBlock] {
    let session = SnippetSession()
    return texts.enumerated().map { position, text in
      session.check(
        Snippet(
          text: text, origin: SourcePosition(line: 1, column: 1),
          options: position < options.count ? options[position] : SnippetOptions()))
    }
  }

  @Test func scriptEchoesValuesThatAreNotNoneAndPrintsStr() {
    let result = run(["x = np.ones(2)\nx\nprint(x)\nNone\nx.shape\nprint('a', 1, sep='-', end='!')"])[0]
    #expect(result.form == .script)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.map(\.output) == ["", "array([1., 1.])", "[1. 1.]", "", "(2,)", "a-1!"])
    #expect(result.statements.map(\.codeLines) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5, 5..<6])
    #expect(result.statements.allSatisfy { $0.expected == nil && $0.expectedLines == nil } == true)
  }

  @Test func multiLineStatementsKeepTheirLinesAndCode() {
    let result = run(["y = np.array([[1, 2],\n              [3, 4]])  # rows\ny.T"])[0]
    #expect(result.statements.map(\.codeLines) == [0..<2, 2..<3])
    #expect(result.statements[0].code == "y = np.array([[1, 2],\n              [3, 4]])")
    #expect(result.statements[1].output == "array([[1, 3],\n       [2, 4]])")
  }

  @Test func aFailingStatementLeavesTheNamespaceAsItWas() {
    let results = run(["x = 1", "x = undefined_name", "n, d = (1, 2, 3)", "x", "n"])
    #expect(results[1].diagnostics.map(\.message) == ["NameError: name 'undefined_name' is not defined"])
    #expect(results[2].diagnostics.map(\.message) == ["ValueError: too many values to unpack (expected 2)"])
    #expect(results[3].statements.map(\.output) == ["1"])
    #expect(results[4].diagnostics.map(\.message) == ["NameError: name 'n' is not defined"])
  }

  @Test func namesAreSharedUntilAFreshBlock() {
    let results = run(
      ["x = 41", "x + 1", "x"], options: [SnippetOptions(), SnippetOptions(), SnippetOptions(fresh: true)])
    #expect(results[1].statements.map(\.output) == ["42"])
    #expect(results[2].diagnostics.map(\.message) == ["NameError: name 'x' is not defined"])
  }

  /// Only `np` is bound from the start, as after `import numpy as np`: a bare NumPy name is Python's NameError until
  /// it is imported.
  @Test func numpyNamesNeedThePrefixOrAnImport() {
    let results = run(["import numpy\nnumpy.zeros(2)\nones(2)", "from numpy import ones\nones(2)\nnp.pi"])
    #expect(results[0].statements.map(\.output) == ["", "array([0., 0.])", "NameError: name 'ones' is not defined"])
    #expect(results[1].statements.map(\.output) == ["", "array([1., 1.])", "3.141592653589793"])
  }

  @Test func pythonValuesPrintAsPythonPrintsThem() {
    let code = "(1, 2.5, 'a', None, True)\n[1, [2, 3]]\n(1,)\n-2**2\n2**-1\n7/2\n1 < 2 < 3\n'it\\'s'\n1e16\n1e-05"
    let result = run([code])[0]
    #expect(
      result.statements.map(\.output) == [
        "(1, 2.5, 'a', None, True)", "[1, [2, 3]]", "(1,)", "-4", "0.5", "3.5", "True", "\"it's\"", "1e+16", "1e-05",
      ])
  }

  @Test func errorBlocksShowTheirErrorLineAsOutput() {
    let result = run(
      ["a = np.ones((2, 3))\na + np.ones((4, 2))\na"], options: [SnippetOptions(expectsError: true)])[0]
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.count == 2)
    #expect(
      result.statements.last?.output == "ValueError: operands could not be broadcast together with shapes (2,3) (4,2) ")
    #expect(result.statements.allSatisfy { $0.passed })
  }

  @Test func transcriptResultsCarryExactExpectedLines() {
    let text = ">>> x = 2\n>>> x * 3\n7\n\n>>> print(x,\n...       x)\n2 2"
    let result = run([text])[0]
    #expect(result.form == .transcript)
    #expect(result.statements.map(\.expectedLines) == [1..<1, 2..<3, 6..<7])
    #expect(result.statements.map(\.codeLines) == [0..<1, 1..<2, 4..<6])
    #expect(result.statements.map(\.passed) == [true, false, true])
    #expect(result.statements[1].output == "6")
    #expect(result.diagnostics.map(\.location) == [SourcePosition(line: 2, column: 5)])
  }

  @Test func claimsReportWhetherTheyHeld() {
    let results = run([
      "a = np.ones(2)\nassert np.allclose(a, a)", "assert a.sum() == 3", "x = 1\nassert a @@ a",
    ])
    #expect(results[0].statements.map(\.claimHeld) == [nil, true])
    #expect(results[1].statements.map(\.claimHeld) == [false])
    #expect(results[1].statements.map(\.passed) == [false])
    // A syntax error anywhere in a script means none of it runs, as in Python.
    #expect(results[2].statements.isEmpty)
    #expect(results[2].diagnostics.count == 1)
  }

  @Test func gradientsRecordATableAndPrintNothing() {
    let code = "W = np.ones((2, 3))\nb = np.zeros(3)\nx = np.ones((4, 2))\nl = (x @ W + b).sum()\ngradients(l, W, b)"
    let result = run([code])[0]
    let table = result.gradientTables.first
    #expect(result.statements.last?.output == "")
    #expect(table?.target == "l")
    #expect(table?.rows.map(\.name) == ["W", "b"])
    #expect(table?.rows.map(\.shape) == [[2, 3], [3]])
    #expect(table?.rows.map(\.gradientShape) == [[2, 3], [3]])
    #expect(table?.rows.map(\.summedAxes) == [[], [0]])
    #expect(table?.rows.map(\.gradientText) == ["[[4. 4. 4.]\n [4. 4. 4.]]", "[4. 4. 4.]"])
  }
}

/// A block's body, and all it holds (the block's job, and through it the session and the chapter's values), is let
/// go on the worker's thread before the caller is woken. Let go after, it raced the caller: a process that returned
/// and exited first never freed the chapter's values (`LargeStackWorker`, session 57).
@Suite struct LargeStackWorkerTests {
  /// What a body holds, watched through a weak reference.
  final class Held: Sendable {}

  @Test func aBodyIsLetGoBeforeItsCallerReturns() {
    var survivors = 0
    for _ in 0..<20_000 {
      weak var watched: Held?
      do {
        let held = Held()
        watched = held
        SnippetSession.onLargeStack { withExtendedLifetime(held) {} }
      }
      if watched != nil { survivors += 1 }
    }
    #expect(survivors == 0)
  }
}
