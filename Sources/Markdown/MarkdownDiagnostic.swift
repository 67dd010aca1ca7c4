/// A problem found while parsing Markdown (an unexpected node, nesting too deep), located in the file.
public struct MarkdownDiagnostic: Sendable, Hashable {
  /// What is wrong.
  public var message: String
  /// Where it is.
  public var position: MarkdownPosition

  /// Makes a diagnostic.
  public init(message: String, position: MarkdownPosition) {
    self.message = message
    self.position = position
  }
}

/// A parsed Markdown file: its blocks, its formulas in document order and any problems met on the way.
public struct ParsedMarkdown: Sendable {
  /// The document tree.
  public var document: Document
  /// Every formula of the document, indexed by `MathSpan.id`.
  public var math: [MathSpan]
  /// Problems found while parsing; the document is still usable.
  public var diagnostics: [MarkdownDiagnostic]

  /// Makes a parse result.
  public init(document: Document, math: [MathSpan], diagnostics: [MarkdownDiagnostic]) {
    self.document = document
    self.math = math
    self.diagnostics = diagnostics
  }
}
