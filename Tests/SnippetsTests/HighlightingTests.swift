import TestSupport
import Testing

@testable import Snippets

/// Highlighting: tokens tile the input exactly and are classified as a reader expects.
struct HighlightingTests {
  static let inputs = [
    "W = np.ones((2, 3))  # weights\nb = np.zeros(3)\nz = x @ W + b",
    "s = 'unterminated\nx = 1",
    "\"\"\"never closed",
    "x = $ ? `\u{00e9}` → 1abc 0x 1e",
    "y = f(a,\n      b) \\\n + 2\r\n",
    "",
    "\\",
    "é = 'ü' # ç",
  ]

  @Test(arguments: inputs)
  func tokensConcatenateBackToTheInput(code: String) {
    #expect(highlight(code).map(\.text).joined() == code)
  }

  @Test func classifiesEachKindOfToken() {
    let tokens = highlight("import numpy as np\nx = np.sum(a, axis=0) ** 2.5  # total\nprint('hi', None)")
    let kinds = Dictionary(tokens.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
    #expect(kinds["import"] == .keyword)
    #expect(kinds["None"] == .keyword)
    #expect(kinds["np"] == .builtin)
    #expect(kinds["print"] == .builtin)
    #expect(kinds["sum"] == .name)
    #expect(kinds["x"] == .name)
    #expect(kinds["2.5"] == .number)
    #expect(kinds["0"] == .number)
    #expect(kinds["'hi'"] == .string)
    #expect(kinds["# total"] == .comment)
    #expect(kinds["**"] == .operator)
    #expect(kinds["="] == .operator)
    #expect(kinds["("] == .punctuation)
    #expect(kinds[","] == .punctuation)
  }

  @Test func randomBytesNeverBreakTheTiling() {
    var generator = SplitMix64(seed: 7)
    let alphabet = Array("ab1 .e_()[]{}'\"\\\n\r#+-*/@=<>!$é\t:;,x0j")
    for _ in 0..<500 {
      let length = Int(generator.next() % 40)
      let code = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      #expect(highlight(code).map(\.text).joined() == code)
      _ = Parser.parse(code)
    }
  }
}
