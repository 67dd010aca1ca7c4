import TestSupport

@testable import Markdown

extension Marked {
  /// The marks as Markdown positions.
  var positions: [MarkdownPosition] { marks.map { MarkdownPosition(line: $0.line, column: $0.column) } }
}

/// Every formula of a document's blocks, in document order.
func formulas(in blocks: [Block]) -> [MathSpan] {
  blocks.flatMap { block -> [MathSpan] in
    switch block {
    case .heading(_, let content, _), .paragraph(let content, _): return formulas(in: content)
    case .blockQuote(let children): return formulas(in: children)
    case .list(_, _, _, let items): return items.flatMap { formulas(in: $0) }
    case .code, .html, .thematicBreak: return []
    }
  }
}

/// Every formula of some inlines, in order.
func formulas(in inlines: [Inline]) -> [MathSpan] {
  inlines.flatMap { inline -> [MathSpan] in
    switch inline {
    case .math(let span): return [span]
    case .emphasis(let children), .strong(let children): return formulas(in: children)
    case .link(_, _, let content, _): return formulas(in: content)
    case .image(_, _, let alt, _): return formulas(in: alt)
    case .text, .code, .html, .softBreak, .lineBreak, .reference, .label: return []
    }
  }
}

/// The concatenated plain text of some inlines (text and code spans), formulas left out.
func plainText(of inlines: [Inline]) -> String {
  inlines.map { inline -> String in
    switch inline {
    case .text(let text), .code(let text): return text
    case .emphasis(let children), .strong(let children): return plainText(of: children)
    case .link(_, _, let content, _): return plainText(of: content)
    case .image(_, _, let alt, _): return plainText(of: alt)
    case .softBreak, .lineBreak: return "\n"
    case .reference(let reference): return reference.written
    case .math, .html, .label: return ""
    }
  }.joined()
}

/// Where every link, image and inline HTML of a document's blocks starts, in document order.
func inlinePositions(in blocks: [Block]) -> [MarkdownPosition] {
  blocks.flatMap { block -> [MarkdownPosition] in
    switch block {
    case .heading(_, let content, _), .paragraph(let content, _): return inlinePositions(in: content)
    case .blockQuote(let children): return inlinePositions(in: children)
    case .list(_, _, _, let items): return items.flatMap { inlinePositions(in: $0) }
    case .code, .html, .thematicBreak: return []
    }
  }
}

/// Where every link, image and inline HTML among some inlines starts, in order.
func inlinePositions(in inlines: [Inline]) -> [MarkdownPosition] {
  inlines.flatMap { inline -> [MarkdownPosition] in
    switch inline {
    case .link(_, _, let content, let position): return [position] + inlinePositions(in: content)
    case .image(_, _, let alt, let position): return [position] + inlinePositions(in: alt)
    case .html(_, let position): return [position]
    case .emphasis(let children), .strong(let children): return inlinePositions(in: children)
    case .text, .code, .math, .softBreak, .lineBreak, .reference, .label: return []
    }
  }
}
