import Testing

@testable import MathML

/// A TeX input that must fail, with `1️⃣` marking where the error is reported.
struct ErrorCase: Sendable, CustomTestStringConvertible {
  static let marker = "1️⃣"

  var marked: String
  var message: String

  var testDescription: String { marked }

  /// The input with the marker removed.
  var tex: String { marked.replacingOccurrences(of: Self.marker, with: "") }

  /// The UTF-8 byte offset of the marker.
  var offset: Int {
    guard let range = marked.range(of: Self.marker) else { return -1 }
    return marked.utf8.distance(from: marked.startIndex, to: range.lowerBound)
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

@Suite struct ErrorTests {
  static let cases: [ErrorCase] = [
    ErrorCase(marked: "a + 1️⃣\\foo x", message: "unsupported command \\foo"),
    ErrorCase(marked: "α + 1️⃣\\foo", message: "unsupported command \\foo"),
    ErrorCase(marked: "1️⃣\\begin{tabular} a \\end{tabular}", message: "unsupported environment tabular"),
    ErrorCase(marked: "\\frac{a}1️⃣", message: "missing argument for \\frac"),
    ErrorCase(marked: "{\\frac{a}1️⃣}", message: "missing argument for \\frac"),
    ErrorCase(marked: "\\mathbb1️⃣", message: "missing argument for \\mathbb"),
    ErrorCase(marked: "x^1️⃣", message: "missing argument for ^"),
    ErrorCase(marked: "x_1️⃣&", message: "missing argument for _"),
    ErrorCase(marked: "x^1️⃣_2", message: "missing argument for ^"),
    ErrorCase(marked: "1️⃣{a + b", message: "unbalanced '{': missing '}'"),
    ErrorCase(marked: "{a}1️⃣}", message: "unmatched '}'"),
    ErrorCase(marked: "1️⃣\\left( a", message: "\\left without matching \\right"),
    ErrorCase(marked: "{1️⃣\\left( a}", message: "\\left without matching \\right"),
    ErrorCase(marked: "a 1️⃣\\right)", message: "\\right outside its context"),
    ErrorCase(marked: "\\left 1️⃣x \\right)", message: "\\left needs a delimiter"),
    ErrorCase(marked: "\\left( x \\right1️⃣", message: "\\right needs a delimiter"),
    ErrorCase(marked: "\\left( x \\middle 1️⃣y \\right)", message: "\\middle needs a delimiter"),
    ErrorCase(marked: "x^a1️⃣^b", message: "double superscript"),
    ErrorCase(marked: "x_a1️⃣_b", message: "double subscript"),
    ErrorCase(marked: "x^21️⃣'", message: "double superscript"),
    ErrorCase(marked: "1️⃣\\begin{aligned} a &= b", message: "\\begin{aligned} without \\end{aligned}"),
    ErrorCase(marked: "\\begin{aligned} a 1️⃣\\end{matrix}", message: "\\end{matrix} does not match \\begin{aligned}"),
    ErrorCase(marked: "a 1️⃣\\end{aligned}", message: "\\end{aligned} without \\begin{aligned}"),
    ErrorCase(marked: "\\begin{aligned} a 1️⃣} \\end{aligned}", message: "unexpected '}' in aligned"),
    ErrorCase(marked: "a 1️⃣& b", message: "'&' outside an alignment environment"),
    ErrorCase(marked: "a 1️⃣\\\\ b", message: "\\\\ outside its context"),
    ErrorCase(marked: "\\begin 1️⃣x", message: "\\begin needs an environment name in braces"),
    ErrorCase(marked: "\\text 1️⃣x", message: "\\text needs a braced argument"),
    ErrorCase(marked: "\\text{a 1️⃣\\foo}", message: "unsupported command inside \\text"),
    ErrorCase(marked: "\\text{1️⃣$x$}", message: "'$' must be escaped inside \\text"),
    ErrorCase(marked: "\\text1️⃣{a", message: "unclosed brace in \\text"),
    ErrorCase(marked: "a 1️⃣#", message: "unexpected '#' in math"),
    ErrorCase(marked: "a 1️⃣$ b", message: "unexpected '$' in math"),
    ErrorCase(marked: "a 1️⃣@ b", message: "unsupported character '@' in math"),
    ErrorCase(marked: "a + 1️⃣\\", message: "a backslash ends the formula"),
    ErrorCase(marked: "a1️⃣\u{1}", message: "unsupported control character U+1"),
    ErrorCase(marked: "a % comment 1️⃣\u{7}", message: "unsupported control character U+7"),
    ErrorCase(marked: "a 1️⃣\\limits", message: "\\limits must follow a large operator"),
    ErrorCase(marked: "x1️⃣\\nolimits_2", message: "\\nolimits must follow a large operator"),
    ErrorCase(marked: "\\operatorname1️⃣{\\frac{a}{b}}", message: "\\operatorname takes letters and digits only"),
    ErrorCase(marked: "\\sqrt1️⃣[3 x", message: "missing ']' after the index of \\sqrt"),
    ErrorCase(marked: "\\frac{1️⃣\\end{x}}{b}", message: "unexpected \\end{x} inside a group"),
  ]

  @Test(arguments: cases)
  func reportsTheOffendingToken(_ errorCase: ErrorCase) {
    #expect(throws: MathError(message: errorCase.message, offset: errorCase.offset)) {
      try MathML.render(tex: errorCase.tex, display: false)
    }
  }

  @Test func refusesNestingPastTheLimit() {
    let depth = Parser.maximumDepth
    // The top-level row is the first level, so the brace that opens level 65 is refused at its content.
    let marked =
      String(repeating: "{", count: depth) + ErrorCase.marker + "{x" + String(repeating: "}", count: depth + 1)
    let errorCase = ErrorCase(marked: marked, message: "formula nests more than \(depth) levels deep")
    #expect(throws: MathError(message: errorCase.message, offset: errorCase.offset)) {
      try MathML.render(tex: errorCase.tex, display: true)
    }
  }

  @Test func acceptsNestingUpToTheLimit() throws {
    let depth = Parser.maximumDepth - 1
    let tex = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
    let output = try MathML.render(tex: tex, display: false)
    #expect(output.contains("<mi>x</mi>"))
  }

  @Test(arguments: ["\\sqrt", "\\frac1", "x^", "\\left(", "\\begin{matrix}", "\\mathbf", "\\text{"])
  func refusesDeepRepetitionWithoutCrashing(_ prefix: String) {
    let tex = String(repeating: prefix, count: 10_000) + "x"
    #expect(throws: MathError.self) { try MathML.render(tex: tex, display: false) }
  }
}
