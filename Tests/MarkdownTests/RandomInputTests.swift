import SourceText
import TestSupport
import Testing

@testable import Markdown

/// Pieces that matter to Markdown or to math protection.
let markdownPieces = [
  "$", "$$", "`", "``", "\\", "\\$", "\n", "\r\n", "\n\n", " ", "    ", "\t", "# ", "> ", "- ", "1. ", "*", "_", "a",
  "x_1",
  "[", "]", "(", ")", "```", "~~~", "<b>", "&", "é", "\\\\", "```tensor\n",
]

func randomMarkdown(_ generator: inout SplitMix64) -> String {
  let count = Int.random(in: 1...60, using: &generator)
  return (0..<count).map { _ in markdownPieces.randomElement(using: &generator) ?? "" }.joined()
}

func texts(in inlines: [Inline]) -> [String] {
  inlines.flatMap { inline -> [String] in
    switch inline {
    case .text(let text): return [text]
    case .emphasis(let children), .strong(let children): return texts(in: children)
    case .link(_, _, let content, _): return texts(in: content)
    case .image(_, _, let alt, _): return texts(in: alt)
    default: return []
    }
  }
}

func texts(in blocks: [Block]) -> [String] {
  blocks.flatMap { block -> [String] in
    switch block {
    case .heading(_, let content, _), .paragraph(let content, _): return texts(in: content)
    case .blockQuote(let children): return texts(in: children)
    case .list(_, _, _, let items): return items.flatMap { texts(in: $0) }
    case .code, .html, .thematicBreak: return []
    }
  }
}

@Test func randomMarkdownKeepsEveryFormulaByteForByteAndLeaksNoPlaceholder() {
  var generator = SplitMix64(seed: 20_261_126)
  for _ in 0..<2000 {
    let source = randomMarkdown(&generator)
    let bytes = Array(source.utf8)
    let lines = LineTable(bytes)
    let parsed = MarkdownParser.parse(source)
    #expect(parsed.diagnostics.isEmpty, "\(source.debugDescription)")
    for span in parsed.math {
      guard let offset = lines.offset(of: span.position) else {
        Issue.record("formula position outside the file: \(source.debugDescription)")
        continue
      }
      let tex = Array(span.tex.utf8)
      let opening = span.isDisplay ? 2 : 1
      #expect(offset >= opening && bytes[(offset - opening)..<offset].allSatisfy { $0 == UInt8(ascii: "$") })
      #expect(Array(bytes[offset..<min(offset + tex.count, bytes.count)]) == tex, "\(source.debugDescription)")
    }
    let leaked = texts(in: parsed.document.blocks).joined().unicodeScalars.contains {
      (0xE000...0xE002).contains($0.value)
    }
    #expect(!leaked, "placeholder left in text: \(source.debugDescription)")
    let ids = formulas(in: parsed.document.blocks).map(\.id)
    #expect(ids == Array(Set(ids)).sorted(), "formulas out of order or repeated: \(source.debugDescription)")
  }
}

/// Linear time is measured in `Benchmarks/adversarial_markdown.py` (n against 4n); here a minute of the parse's own
/// running is the bound, which a quadratic scan of 100,000 openers (10^10 steps) cannot meet and a linear one meets on
/// any loaded machine. The clock starts when the parse starts: a test that waits for a thread while long tests hold
/// both of the test runner's threads has not yet run. The half-hour limit only stops a hang: it counts that waiting
/// too, and at load 20 on two cores the whole suite took 18 minutes, so ten minutes failed tests that did not hang.
@Test(.timeLimit(.minutes(30)), arguments: ["$a ", "$$a ", "`` `a ", "\\$a $", "$5 "])
func unclosedOpenersInAHugeParagraphStayLinear(_ piece: String) {
  let source = String(repeating: piece, count: 100_000) + "\n"
  var blockCount = 0
  let elapsed = ContinuousClock().measure { blockCount = MarkdownParser.parse(source).document.blocks.count }
  #expect(blockCount == 1)
  #expect(elapsed < .seconds(60))
}
