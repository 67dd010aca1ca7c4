import TestSupport
import Testing

@testable import Markdown

/// Every reference and label of a document's blocks, in document order.
private func references(in blocks: [Block]) -> [CrossReference] {
  blocks.flatMap { block -> [CrossReference] in
    switch block {
    case .heading(_, let content, _), .paragraph(let content, _): return references(in: content)
    case .blockQuote(let children): return references(in: children)
    case .list(_, _, _, let items): return items.flatMap { references(in: $0) }
    case .code, .html, .thematicBreak: return []
    }
  }
}

private func references(in inlines: [Inline]) -> [CrossReference] {
  inlines.flatMap { inline -> [CrossReference] in
    switch inline {
    case .reference(let reference): return [reference]
    case .emphasis(let children), .strong(let children), .link(_, _, let children, _), .image(_, _, let children, _):
      return references(in: children)
    default: return []
    }
  }
}

private func labels(in blocks: [Block]) -> [LabelDefinition] {
  blocks.flatMap { block -> [LabelDefinition] in
    let inlines: [Inline]
    switch block {
    case .heading(_, let content, _), .paragraph(let content, _): inlines = content
    case .blockQuote(let children): return labels(in: children)
    case .list(_, _, _, let items): return items.flatMap { labels(in: $0) }
    case .code, .html, .thematicBreak: return []
    }
    return inlines.compactMap { inline in
      if case .label(let label) = inline { return label }
      return nil
    }
  }
}

/// A case: Markdown with a `▸` before each reference, and the labels those references name.
struct ReferenceCase: CustomTestStringConvertible, Sendable {
  var markdown: String
  var labels: [String]
  var numberOnly: [Bool]
  var testDescription: String { markdown }
}

@Test(arguments: [
  ReferenceCase(markdown: "See ▸@eq-a.", labels: ["eq-a"], numberOnly: [false]),
  ReferenceCase(
    markdown: "Inline $x_1$ then ▸@eq-b, $y$ ▸[-@eq-c].", labels: ["eq-b", "eq-c"], numberOnly: [false, true]),
  ReferenceCase(markdown: "Escaped \\* and \\_ then ▸@sec-d", labels: ["sec-d"], numberOnly: [false]),
  ReferenceCase(markdown: "> quoted ▸@fig-e\n> and ▸[@eq-f]", labels: ["fig-e", "eq-f"], numberOnly: [false, false]),
  ReferenceCase(markdown: "- item\n  continued ▸@eq-g-h_2-i--", labels: ["eq-g-h_2-i"], numberOnly: [false]),
  ReferenceCase(markdown: "*emphasised ▸@eq-j* and **▸@eq-k**", labels: ["eq-j", "eq-k"], numberOnly: [false, false]),
  ReferenceCase(markdown: "(▸@eq-l) é▸@eq-m", labels: ["eq-l"], numberOnly: [false]),
])
func referencesAreFoundInProseWithTheirPositions(_ test: ReferenceCase) throws {
  let marked = Marked(test.markdown)
  let found = references(in: MarkdownParser.parse(marked.text).document.blocks)
  #expect(found.map(\.label) == test.labels)
  #expect(found.map(\.numberOnly) == test.numberOnly)
  #expect(Array(found.map(\.position).prefix(test.labels.count)) == Array(marked.positions.prefix(test.labels.count)))
}

@Test(arguments: [
  "Mail a.b@eq-x.com or user@sec-y.org", "`x @eq-y` in code", "An escaped \\@eq-z", "```\n@eq-w\n```\n",
  "    @eq-indented code\n", "@equation and @eq- and @eqx-1 and @fig_x", "[mail](mailto:me@eq-a.org)",
  "<a href=\"mailto:x@eq-b.org\">x</a>", "![alt](pic@eq-c.png)",
])
func atSignsOutsideProseOrWithoutALabelAreNotReferences(_ markdown: String) throws {
  #expect(references(in: MarkdownParser.parse(markdown).document.blocks).isEmpty)
}

@Test(arguments: [
  "$$ a $$ ▸{#eq-a}\n", "$$\na\n\\\\ b\n$$ ▸{#eq-b}\n", "## Title ▸{#sec-t}\n", "![caption](x.png)▸{#fig-x}\n",
  "Before $x$ and $$ y $$ ▸{#eq-c}\n",
])
func labelsAreFoundWithTheirPositions(_ markdown: String) throws {
  let marked = Marked(markdown)
  let found = labels(in: MarkdownParser.parse(marked.text).document.blocks)
  #expect(found.map(\.position) == marked.positions)
}

@Test func aHeadingLosesItsTrailingLabelAndSpaces() {
  let parsed = MarkdownParser.parse("## A *mini*-batch {#sec-batch}\n")
  guard case .heading(_, let content, _)? = parsed.document.blocks.first else {
    Issue.record("no heading")
    return
  }
  let (rest, label) = Inline.splittingTrailingLabel(content)
  #expect(label?.label == "sec-batch")
  #expect(plainText(of: rest) == "A mini-batch")
}
