import SourceText
import Testing

@testable import Snippets

/// Generator objects in snippets: what NumPy prints with a memory address is refused, objects are shared by every
/// name bound to them, and sizes past the limits are errors before anything is drawn. The values themselves are
/// checked against NumPy in `transcripts/14-random-generator.txt`.
struct RandomGeneratorSessionTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(
      Snippet(text: text, origin: SourcePosition(line: 1, column: 1), options: SnippetOptions()))
  }

  private func messages(_ text: String) -> [String] {
    run(text).diagnostics.map(\.message)
  }

  @Test(arguments: [
    "rng = np.random.default_rng(0)\nrng",
    "rng = np.random.default_rng(0)\n[rng]",
    "rng = np.random.default_rng(0)\nrng.random",
    "rng = np.random.default_rng(0)\nprint(rng.random)",
    "np.random.default_rng(1)",
  ])
  func echoingAGeneratorIsRefused(_ code: String) {
    let found = messages(code)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("ValueError: a Generator's repr holds its memory address") == true)
  }

  @Test func aRandomStateEchoIsRefusedAndPrintShowsNumPysStr() {
    let result = run("rs = np.random.RandomState(3)\nprint(rs)\nrs")
    #expect(result.statements.map(\.output).prefix(2) == ["", "RandomState(MT19937)"])
    #expect(result.diagnostics.first?.message.hasPrefix("ValueError: a RandomState's repr") == true)
  }

  @Test func namesBoundToOneGeneratorShareItsStream() {
    let shared = run("a = np.random.default_rng(5)\nb = a\na.random()\nb.random()")
    let fresh = run("c = np.random.default_rng(5)\nc.random()\nc.random()")
    #expect(shared.diagnostics.isEmpty)
    #expect(shared.statements.suffix(2).map(\.output) == fresh.statements.suffix(2).map(\.output))
    #expect(shared.statements[2].output != shared.statements[3].output)
  }

  @Test func aFailedClaimDoesNotAdvanceAGenerator() {
    let claimed = run("g = np.random.default_rng(8)\nassert g.random() == 2.0\ng.random()")
    let plain = run("h = np.random.default_rng(8)\nh.random()\nh.random()")
    #expect(claimed.statements.last?.output == plain.statements.last?.output)
  }

  @Test(arguments: [
    "np.random.default_rng(0).standard_normal((2**20, 2**20))",
    "np.random.default_rng(0).choice(10**9, 10**8, replace=False)",
    "np.random.choice(10**9, 5, replace=False)",
    "np.random.default_rng(0).permutation(10**12)",
    "np.random.default_rng(0).integers(0, 10, size=10**9)",
  ])
  func sizesPastTheLimitAreErrors(_ code: String) {
    let found = messages(code)
    #expect(found.count == 1)
    #expect(found.first?.contains("is too large: a value may hold at most 16,777,216 elements") == true, "\(found)")
  }

  /// docbuild's own refusals are never an output a transcript may expect, so `fix` cannot record them.
  @Test(arguments: [
    "np.random.default_rng()", "np.random.default_rng(0).poisson(np.ones(3))",
    "np.random.default_rng(0).integers(5, dtype=np.float64)", "np.random.default_rng(0)",
    "x = (1, 2)\n>>> np.random.shuffle(x)",
  ])
  func refusalsCannotBeExpected(_ statement: String) {
    let first = run(">>> " + statement)
    let message = first.diagnostics.last?.message ?? ""
    let errorLine = message.split(separator: "\n").first.map(String.init) ?? message
    let expected = run(">>> " + statement + "\n" + errorLine)
    #expect(!first.diagnostics.isEmpty)
    #expect(!expected.diagnostics.isEmpty, "\(errorLine)")
  }

  @Test func unseededGeneratorsAreRefused() {
    // Making an unseeded Generator prints nothing, as in NumPy; drawing from it is what is refused.
    #expect(messages("rng = np.random.default_rng()").isEmpty)
    #expect(messages("rng = np.random.default_rng(None)\nprint(rng)").isEmpty)
    #expect(messages("np.random.default_rng().random(3)").first?.contains("without a seed") == true)
    #expect(messages("rng = np.random.default_rng()\nx = rng.normal(size=2)").first?.contains("without a seed") == true)
    #expect(messages("np.random.RandomState()").first?.contains("needs a seed") == true)
  }
}

/// `shuffle` inside a function reaches the caller's array, as NumPy's in-place shuffle does.
struct RandomShuffleScopeTests {
  @Test func shuffleInAFunctionShufflesTheCallersArray() {
    let session = SnippetSession()
    let inFunction = session.check(
      Snippet(
        text:
          "rng = np.random.default_rng(0)\ndef f(a):\n    rng.shuffle(a)\n    return None\nx = np.arange(5)\nf(x)\nx",
        origin: SourcePosition(line: 1, column: 1), options: SnippetOptions()))
    let atTopLevel = SnippetSession().check(
      Snippet(
        text: "rng = np.random.default_rng(0)\nx = np.arange(5)\nrng.shuffle(x)\nx",
        origin: SourcePosition(line: 1, column: 1), options: SnippetOptions()))
    #expect(inFunction.diagnostics.isEmpty)
    #expect(inFunction.statements.last?.output == atTopLevel.statements.last?.output)
    #expect(atTopLevel.statements.last?.output != "array([0, 1, 2, 3, 4])")
  }
}
