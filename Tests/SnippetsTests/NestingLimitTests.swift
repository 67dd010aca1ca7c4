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
