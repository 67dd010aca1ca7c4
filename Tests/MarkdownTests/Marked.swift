import SourceText
import TestSupport

@testable import Markdown

extension Marked {
  /// The marks as Markdown positions.
  var positions: [SourcePosition] { marks.map { SourcePosition(line: $0.line, column: $0.column) } }
}

/// Every inline of a document's blocks in document order, each before the inlines inside it.
func allInlines(in blocks: [Block]) -> [Inline] {
  blocks.flatMap { block -> [Inline] in
    switch block {
    case .heading(_, let content, _), .paragraph(let content, _): return allInlines(in: content)
    case .blockQuote(let children): return allInlines(in: children)
    case .list(_, _, _, let items): return items.flatMap { allInlines(in: $0) }
    case .code, .html, .thematicBreak: return []
    }
  }
}

/// Some inlines in order, each before the inlines inside it.
func allInlines(in inlines: [Inline]) -> [Inline] {
  inlines.flatMap { inline -> [Inline] in
    switch inline {
    case .emphasis(let children), .strong(let children): return [inline] + allInlines(in: children)
    case .link(_, _, let content, _): return [inline] + allInlines(in: content)
    case .image(_, _, let alt, _): return [inline] + allInlines(in: alt)
    case .text, .code, .math, .html, .softBreak, .lineBreak, .reference, .label: return [inline]
    }
  }
}

/// Every formula of a document's blocks, in document order.
func formulas(in blocks: [Block]) -> [MathSpan] {
  allInlines(in: blocks).compactMap { if case .math(let span) = $0 { span } else { nil } }
}

/// Every formula of some inlines, in order.
func formulas(in inlines: [Inline]) -> [MathSpan] {
  allInlines(in: inlines).compactMap { if case .math(let span) = $0 { span } else { nil } }
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
func inlinePositions(in blocks: [Block]) -> [SourcePosition] {
  allInlines(in: blocks).compactMap { inline -> SourcePosition? in
    switch inline {
    case .link(_, _, _, let position), .image(_, _, _, let position), .html(_, let position): return position
    default: return nil
    }
  }
}
