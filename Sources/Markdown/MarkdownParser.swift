/// Parses Markdown with libcmark, keeping `$…$` and `$$…$$` math out of cmark's reach.
public enum MarkdownParser {
  /// Parses a file's text (without a byte-order mark); positions count lines from 1 and columns in UTF-8 bytes.
  public static func parse(_ source: String) -> ParsedMarkdown {
    let bytes = Array(source.utf8)
    // cmark decides what is code; math is only looked for outside those lines.
    let verbatimLines = CmarkTree.verbatimLines(in: bytes)
    let protected = MathProtector.protect(bytes, skippingLines: verbatimLines)
    let tree = CmarkTree.convert(protected, original: bytes)
    return ParsedMarkdown(
      document: Document(blocks: tree.blocks), math: protected.spans, diagnostics: tree.diagnostics)
  }
}
