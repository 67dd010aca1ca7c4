import TestSupport
import Testing

@testable import Markdown

/// A Markdown input whose `▸` markers sit where each formula's TeX starts, and the TeX cmark must not alter.
struct MathCase: CustomTestStringConvertible, Sendable {
  var name: String
  var source: String
  var tex: [String]
  var display: [Bool]
  var testDescription: String { name }
}

let mathCases: [MathCase] = [
  MathCase(
    name: "underscore and star", source: "Let $▸a_1*b_2$ and $▸c_3*d_4$ be.\n", tex: ["a_1*b_2", "c_3*d_4"],
    display: [false, false]),
  MathCase(
    name: "ampersand and double backslash", source: "$▸a & b \\\\ c$\n", tex: ["a & b \\\\ c"], display: [false]),
  MathCase(
    name: "aligned display over lines",
    source: " $$▸\\begin{aligned}\n  z &= x+y\n  \\\\\n  l &\\dashleftarrow z\\end{aligned}$$\n\n That's $▸z$\n",
    tex: ["\\begin{aligned}\n  z &= x+y\n  \\\\\n  l &\\dashleftarrow z\\end{aligned}", "z"], display: [true, false]),
  MathCase(name: "escaped dollars are no math", source: "It costs \\$5 or \\$6.\n", tex: [], display: []),
  MathCase(name: "prices are no math", source: "From $5 to $6.\n", tex: [], display: []),
  MathCase(
    name: "code span with dollars", source: "Use `$x$` and ``a $y$ ` b`` but $▸z$.\n", tex: ["z"], display: [false]),
  MathCase(
    name: "fenced code keeps dollars", source: "```python\nx = \"$a$\"\n```\n\n$▸b$\n", tex: ["b"], display: [false]),
  MathCase(
    name: "indented code keeps dollars", source: "Text.\n\n    cost = $a$\n\n$▸c$\n", tex: ["c"], display: [false]),
  MathCase(
    name: "emphasis around math", source: "*$▸x*y$* and **$▸\\_$**\n", tex: ["x*y", "\\_"], display: [false, false]),
  MathCase(name: "heading with math", source: "# Sum $▸\\sum_i x_i$\n", tex: ["\\sum_i x_i"], display: [false]),
  MathCase(name: "link text with math", source: "[see $▸x_1$](#a)\n", tex: ["x_1"], display: [false]),
  MathCase(
    name: "list item and quote", source: "- $▸a*b$\n\n> $$▸c_d$$\n", tex: ["a*b", "c_d"], display: [false, true]),
  MathCase(name: "unclosed dollar stays text", source: "Just $x here.\n\nAnd $▸y$.\n", tex: ["y"], display: [false]),
  MathCase(name: "dollar in TeX escaped", source: "$▸\\$ + 1$\n", tex: ["\\$ + 1"], display: [false]),
  MathCase(name: "math does not cross a blank line", source: "$$a\n\nb$$ and $▸c$\n", tex: ["c"], display: [false]),
  MathCase(
    name: "crlf line endings", source: "$$▸a\r\n+ b$$\r\n\r\n# $▸h$\r\n", tex: ["a\r\n+ b", "h"],
    display: [true, false]),
  MathCase(
    name: "escaped backtick before a code span", source: "\\``$a$` and $▸b$\n", tex: ["b"], display: [false]),
  MathCase(
    name: "code span closed after runs of other lengths", source: "``a ` ``` $b$ `` and $▸c$\n", tex: ["c"],
    display: [false]),
  MathCase(
    name: "unmatched runs of other lengths", source: "`` ` ``` $▸x$ ````\n", tex: ["x"], display: [false]),
  // Runs of 1, 2, 3… backticks, none closed: each opener used to scan the rest of the paragraph (quadratic).
  MathCase(
    name: "backtick runs of every length",
    source: (1..<400).map { String(repeating: "`", count: $0) + " " }.joined() + "$▸x$\n", tex: ["x"],
    display: [false]),
  MathCase(
    name: "markdown syntax inside display math", source: "$$▸\n- a\n# b\n> c\n$$\n", tex: ["\n- a\n# b\n> c\n"],
    display: [true]),
]

@Test(arguments: mathCases)
func formulasReachTheRendererByteForByte(_ testCase: MathCase) {
  let marked = Marked(testCase.source)
  let parsed = MarkdownParser.parse(marked.text)
  let found = formulas(in: parsed.document.blocks)
  #expect(found.map(\.tex) == testCase.tex)
  #expect(found.map(\.isDisplay) == testCase.display)
  #expect(found.map(\.position) == marked.positions)
  #expect(found.map(\.id) == Array(0..<found.count))
  #expect(parsed.math.map(\.tex) == testCase.tex)
  #expect(parsed.diagnostics.isEmpty)
}

@Test func escapedDollarIsALiteralDollar() {
  let parsed = MarkdownParser.parse("It costs \\$5.\n")
  guard case .paragraph(let inlines, _) = parsed.document.blocks.first else {
    Issue.record("expected a paragraph")
    return
  }
  #expect(plainText(of: inlines) == "It costs $5.")
}

@Test func codeSpanKeepsItsDollars() {
  let parsed = MarkdownParser.parse("Run `echo $HOME $x$` now.\n")
  guard case .paragraph(let inlines, _) = parsed.document.blocks.first else {
    Issue.record("expected a paragraph")
    return
  }
  #expect(plainText(of: inlines) == "Run echo $HOME $x$ now.")
}

@Test func multiLineDisplayMathLeavesNoBreaksOrMarks() {
  let parsed = MarkdownParser.parse("Before $$a\n  b\n  c$$ after\n")
  guard case .paragraph(let inlines, _) = parsed.document.blocks.first else {
    Issue.record("expected a paragraph")
    return
  }
  #expect(plainText(of: inlines) == "Before  after")
  #expect(!plainText(of: inlines).unicodeScalars.contains { (0xE000...0xE002).contains($0.value) })
}

@Test func mathInLinkDestinationIsRestoredAsWritten() {
  let parsed = MarkdownParser.parse("[a](x$b$y)\n")
  guard case .paragraph(let inlines, _) = parsed.document.blocks.first,
    case .link(let destination, _, _, _) = inlines.first
  else {
    Issue.record("expected a link")
    return
  }
  #expect(destination == "x$b$y")
}
