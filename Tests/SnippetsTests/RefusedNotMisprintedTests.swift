import SourceText
import Testing

@testable import Snippets

/// Cases a review found printing what Python would not (or crashing): each now prints Python's text or is refused
/// with an error a transcript can never expect. Expected outputs were printed by CPython 3.11 / NumPy 2.4.6.
struct RefusedNotMisprintedTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test func percentFormattingMatchesPython() {
    let transcript = """
      >>> '%5s|' % 'ab'
      '   ab|'
      >>> '%-5s|%5r' % ('ab', 'c')
      "ab   |  'c'"
      >>> '%05d' % -3
      '-0003'
      >>> '%d' % float('inf')
      OverflowError: cannot convert float infinity to integer
      >>> '%d' % float('nan')
      ValueError: cannot convert float NaN to integer

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  @Test(arguments: [
    "from autograd import grad\nf = lambda x: x ** 2\ngrad(grad(f))(1.5)\n",
    "rng = np.random.default_rng(3)\nx = 1\nrng.choice(100, 3, replace=False, shuffle=False)\n",
    "from autograd import grad\nf = lambda x: 1.0\ngrad(f)(2.0)\n",
    "x = np.zeros(2, dtype=int)\ny = 1\nx[0] = 1e30\n",
  ])
  func refusedAtTheStatement(script: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    // The top-level statement that raised: the last one of each script.
    let lastStatement = script.split(separator: "\n").lastIndex { !$0.hasPrefix(" ") }.map { $0 + 1 }
    #expect(result.diagnostics.first?.location.line == lastStatement)
  }
}
