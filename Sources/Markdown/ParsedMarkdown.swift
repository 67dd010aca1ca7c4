import SourceText

/// A parsed Markdown file: its blocks, its formulas in document order and any problems met on the way.
public struct ParsedMarkdown: Sendable {
  /// The document tree.
  public var document: Document
  /// Every formula of the document, indexed by `MathSpan.id`.
  public var math: [MathSpan]
  /// Problems found while parsing; the document is still usable.
  public var diagnostics: [Diagnostic]

  /// Makes a parse result.
  public init(document: Document, math: [MathSpan], diagnostics: [Diagnostic]) {
    self.document = document
    self.math = math
    self.diagnostics = diagnostics
  }
}
