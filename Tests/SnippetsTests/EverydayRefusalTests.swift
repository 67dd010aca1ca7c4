import SourceText
import Testing

@testable import Snippets

/// What the everyday functions refuse rather than print differently from NumPy: an order `partition`'s AVX-512
/// selection decides,
/// `pad` modes not reproduced (`linear_ramp`, `empty`), `out=`, and an in-place `sort`/`fill` where NumPy would write through a view.
struct EverydayRefusalTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: [
    "a = np.arange(300.0)\nnp.partition(a, 1)\n", "a = np.array([3, 1, 1])\na.argpartition(1)\n",
    "a = np.arange(4.0)\nnp.pad(a, 1, mode='linear_ramp')\n", "a = np.arange(4.0)\nnp.cumprod(a, out=a)\n",
    "a = np.arange(4.0)\nnp.pad(a, 1, mode='empty')\n",
    "from autograd import grad\ngrad(lambda v: v.sort() or np.sum(v))(np.array([2.0, 1.0]))\n",
  ])
  func refusedAtTheStatement(script: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.message))")
    let lines = script.split(separator: "\n").count
    #expect(result.diagnostics.first?.location.line == lines)
  }

  /// The in-place methods change the array every name holds, as NumPy's do.
  @Test func sortAndFillAreSeenThroughEveryName() {
    let transcript = """
      >>> a = np.array([3, 1, 2])
      >>> names = {'a': a}
      >>> a.sort()
      >>> names['a']
      array([1, 2, 3])
      >>> a.fill(9)
      >>> names['a']
      array([9, 9, 9])

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    #expect(result.statements.filter { !$0.passed }.isEmpty)
  }
}
