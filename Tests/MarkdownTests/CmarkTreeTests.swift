import SourceText
import TestSupport
import Testing

@testable import Markdown

@Test func codeBlocksKnowWhereTheirContentStarts() {
  let marked = Marked(
    "# T\n\n  ```tensor hide\n  ▸a\n  ```\n\n- item\n\n  ```py\n  ▸c\n  ```\n\n> ```\n> ▸q\n> ```\n\n    ▸indented\n")
  let codes = marked.text.isEmpty ? [] : codeBlocks(in: MarkdownParser.parse(marked.text).document.blocks)
  #expect(codes.map(\.contentStart) == marked.positions)
  #expect(codes.map(\.id) == [0, 1, 2, 3])
  #expect(codes.map(\.info) == ["tensor hide", "py", "", ""])
  #expect(codes.map(\.isFenced) == [true, true, true, false])
  #expect(codes.map(\.literal) == ["a\n", "c\n", "q\n", "indented\n"])
  #expect(codes.first?.language == "tensor")
}

@Test func crlfCodeBlockLiteralUsesNewlines() {
  let codes = codeBlocks(in: MarkdownParser.parse("```tensor\r\n>>> 1\r\n1\r\n```\r\n").document.blocks)
  #expect(codes.map(\.literal) == [">>> 1\n1\n"])
  #expect(codes.map(\.contentStart) == [SourcePosition(line: 2, column: 1)])
}

@Test func headingsParagraphsAndListsKeepPositions() {
  let marked = Marked("▸# Title\n\n▸Some *text*.\n\n1. ▸one\n2. ▸two\n")
  let blocks = MarkdownParser.parse(marked.text).document.blocks
  var positions: [SourcePosition] = []
  for block in blocks {
    switch block {
    case .heading(_, _, let position), .paragraph(_, let position): positions.append(position)
    case .list(let ordered, let start, let tight, let items):
      #expect(ordered && start == 1 && tight)
      for case .paragraph(_, let position) in items.flatMap({ $0 }) { positions.append(position) }
    default: Issue.record("unexpected block \(block)")
    }
  }
  #expect(positions == marked.positions)
}

@Test func deepNestingIsADiagnosticNotACrash() {
  let source = String(repeating: ">", count: 500) + " deep\n"
  let parsed = MarkdownParser.parse(source)
  #expect(parsed.diagnostics.count == 1)
  #expect(parsed.diagnostics.first?.message.contains("nested more than") == true)
}

@Test func emptyAndOddInputsParse() {
  #expect(MarkdownParser.parse("").document.blocks.isEmpty)
  #expect(MarkdownParser.parse("\u{E000}7\u{E001} \u{E000}x").diagnostics.isEmpty)
  #expect(MarkdownParser.parse(String(repeating: "$", count: 1000)).diagnostics.isEmpty)
  #expect(MarkdownParser.parse(String(repeating: "`$", count: 1000)).diagnostics.isEmpty)
}

@Test func rawHTMLIsKeptAsNodes() {
  let blocks = MarkdownParser.parse("<div>$x$</div>\n\nA <b>$y$</b>\n").document.blocks
  guard case .html(let html, _) = blocks.first else {
    Issue.record("expected an HTML block")
    return
  }
  #expect(html == "<div>$x$</div>\n")
}

func codeBlocks(in blocks: [Block]) -> [CodeBlock] {
  blocks.flatMap { block -> [CodeBlock] in
    switch block {
    case .code(let code): return [code]
    case .blockQuote(let children): return codeBlocks(in: children)
    case .list(_, _, _, let items): return items.flatMap { codeBlocks(in: $0) }
    default: return []
    }
  }
}

/// A formula's placeholder is shorter than the formula, so cmark's columns after it are not the file's; every
/// position must be mapped back (these marks are where the file has the link, image or tag).
@Test(arguments: [
  "After $a+b$ a ▸[link](x.html) and $\\frac{1}{2}$ an ▸![image](a.png).\n",
  "> quoted $x^2$ then ▸[a link](y.html)\n",
  "- item $\\alpha$ ▸[one](a.html)\n- $\\beta$ and ▸<span>tag▸</span>\n",
  "\tindented code $x$ [no](link)\n\nText\t$x$\t▸[tab](t.html)\n",
  "$$\na+b\n$$ text ▸[after display](d.html)\n",
  "Two $x$ on $y$ one line, *emphasis $z$ ▸[inside](e.html)*.\n",
  "Multibyte é $\\epsilon$ ▸[é](u.html)\n",
])
func positionsAfterInlineMathAreTheFilesColumns(marked source: String) {
  let marked = Marked(source)
  let parsed = MarkdownParser.parse(marked.text)
  #expect(parsed.diagnostics.isEmpty)
  #expect(inlinePositions(in: parsed.document.blocks) == marked.positions)
}

/// CommonMark splits an info string at any whitespace, so a tab separates the language from the options as a
/// space does: `tensor<TAB>hide` is a hidden tensor block, not a block in a language named "tensor<TAB>hide".
@Test func aTabSeparatesTheInfoStringsWords() throws {
  let parsed = MarkdownParser.parse("```tensor\thide fresh\nx = 1\n```\n")
  guard case .code(let block)? = parsed.document.blocks.first else {
    Issue.record("expected a code block, got \(parsed.document.blocks)")
    return
  }
  #expect(block.language == "tensor")
  #expect(block.fenceInfo.options.map(\.text) == ["hide", "fresh"])
  // Columns are bytes on the fence line: `hide` after the tab at byte 10, `fresh` after the space at byte 15.
  #expect(block.fenceInfo.options.map(\.column) == [11, 16])
}

@Test func aWordTheFenceLineSpellsOtherwiseIsPlacedAtTheFence() throws {
  // `&#104;ide` is `hide` to CommonMark, but the line does not spell `hide`: the word gets the fence's column.
  let marked = Marked("> ▸```tensor &#104;ide ▸fresh\n> x = 1\n> ```\n")
  let parsed = MarkdownParser.parse(marked.text)
  guard case .blockQuote(let blocks)? = parsed.document.blocks.first, case .code(let block)? = blocks.first else {
    Issue.record("expected a quoted code block, got \(parsed.document.blocks)")
    return
  }
  #expect(block.fenceInfo.options.map(\.text) == ["hide", "fresh"])
  #expect(block.fenceInfo.options.map(\.column) == marked.marks.map(\.column))
}
