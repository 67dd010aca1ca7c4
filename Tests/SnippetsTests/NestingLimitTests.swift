import SourceText
import Testing

@testable import Snippets

/// Nesting past the limits is a syntax error, never a stack overflow.
struct NestingLimitTests {
  /// A way of nesting an expression.
  enum Nesting: String, CaseIterable, Sendable {
    case brackets, lists, unaryMinus, powers, calls

    func make(depth: Int) -> String {
      switch self {
      case .brackets: String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
      case .lists: String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
      case .unaryMinus: String(repeating: "-", count: depth) + "1"
      case .powers: Array(repeating: "2", count: depth + 1).joined(separator: " ** ")
      case .calls: String(repeating: "f(", count: depth) + String(repeating: ")", count: depth)
      }
    }
  }

  @Test(arguments: Nesting.allCases)
  func nestingUpToTheLimitParsesAndBeyondIsAnError(nesting: Nesting) {
    #expect(Parser.parse("x = " + nesting.make(depth: Parser.maxNesting - 1)).errors.isEmpty)
    for depth in [Parser.maxNesting + 1, 10_000] {
      let errors = Parser.parse("x = " + nesting.make(depth: depth)).errors
      #expect(errors.count == 1, "depth \(depth)")
      #expect(errors.first?.message.contains("nested") == true, "\(errors.first?.message ?? "")")
    }
  }

  @Test func longOperatorChainsAreBoundedToo() {
    let chain = Array(repeating: "a", count: 100_000).joined(separator: " + ")
    let errors = Parser.parse(chain).errors
    #expect(errors.first?.message.contains("too complex") == true)
    #expect(Parser.parse(Array(repeating: "a", count: 200).joined(separator: " + ")).errors.isEmpty)
  }

  @Test func longTrailerChainsAreBounded() {
    let chain = "x" + String(repeating: ".T", count: 50_000)
    #expect(Parser.parse(chain).errors.first?.message.contains("too complex") == true)
  }
}

/// Runtime limits: values built up name by name stay within the nesting and element limits.
struct ValueLimitTests {
  private func messages(_ code: String) -> [String] {
    SnippetSession().check(Snippet(text: code, origin: SourcePosition(line: 1, column: 1))).diagnostics.map(\.message)
  }

  @Test func listsNestedNameByNameStopAtTheLimit() {
    let lines = ["a = 1"] + Array(repeating: "a = [a]", count: maxValueNesting + 1)
    // A refusal, not a Python error: Python nests them as deep as memory allows.
    #expect(
      messages(lines.joined(separator: "\n")) == [
        "NotImplementedError: lists, tuples and dicts nested more than 64 levels deep are not supported in snippets "
          + "(docbuild bounds the nesting of every value)"
      ])
    #expect(
      messages((["a = 1"] + Array(repeating: "a = (a,)", count: maxValueNesting)).joined(separator: "\n")).isEmpty)
  }

  @Test(arguments: [
    "[0] * 16777217", "'ab' * 8388609", "b = [0] * 4096\nc = [b] * 4097", "s = 'a' * 16777216\ns + 'b'",
    "x = np.ones(8388609)\n[x, x]", "(1, 2) * -1 + (3,) * 16777217", "np.ones((4097, 4096))",
    "np.random.rand(4097, 4096)",
  ])
  func valuesOverTheElementLimitAreErrors(code: String) {
    let found = messages(code)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("MemoryError") == true || found.first?.hasPrefix("ValueError") == true, "\(found)")
  }

  @Test func integersPastTheBitLimitAreErrorsNotHangs() {
    let limit =
      "MemoryError: integer too large: snippets hold integers of at most 14280 bits (4,298 digits, about what "
      + "Python prints)"
    #expect(messages("2 ** 64").isEmpty)
    #expect(messages("-(-9223372036854775807 - 1)").isEmpty)
    #expect(messages("2 ** 14280") == [limit])
    #expect(messages("2 ** 14279").isEmpty)
    #expect(messages("7 ** (10 ** 18)") == [limit])
    #expect(messages("3 ** (2 ** 200)") == [limit])
    #expect(messages("x = 2 ** 10000\nx * x") == [limit])
    #expect(messages("x = 2 ** 14279\nx + x") == [limit])
    #expect(messages("int('9' * 4301)").first?.hasPrefix("ValueError: Exceeds the limit (4300 digits)") == true)
    #expect(messages("(1, 2)[-9223372036854775807 - 1]") == ["IndexError: tuple index out of range"])
    #expect(messages("[1, 2][::9223372036854775807]").isEmpty)
    #expect(messages("[1, 2][9223372036854775807::-9223372036854775807]").isEmpty)
  }
}
