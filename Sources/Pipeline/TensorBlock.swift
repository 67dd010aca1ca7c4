import Markdown
import Snippets
import SourceText

/// A `tensor` block as the parse stage reads it, once: the code block, its options, and its text as a snippet with
/// any transcript already split into statements and expected output. Run, verify, fix and the page model read it.
struct TensorBlock: Sendable {
  /// The Markdown code block.
  var block: CodeBlock
  /// The block's text, origin, options and transcript split.
  var snippet: Snippet
  /// The info-string words that are no option, each a diagnostic.
  var unknownOptions: [FenceInfo.Word]

  /// Reads a fenced `tensor` block.
  init(_ block: CodeBlock) {
    self.block = block
    var options = SnippetOptions()
    var unknown: [FenceInfo.Word] = []
    for word in block.fenceInfo.options {
      switch word.text {
      case "hide": options.hide = true
      case "error": options.expectsError = true
      case "fresh": options.fresh = true
      // `checks=eq-NAME` binds the block's claims to an equation; the label stage reads it.
      case _ where word.text.hasPrefix("checks="): break
      default: unknown.append(word)
      }
    }
    unknownOptions = unknown
    let text = block.literal.hasSuffix("\n") ? String(block.literal.dropLast()) : block.literal
    snippet = Snippet(
      text: text, origin: SourcePosition(line: block.contentStart.line, column: block.contentStart.column),
      options: options)
  }

  /// The block's id within its page.
  var id: Int { block.id }

  /// The diagnostics of the unknown options, at the fence.
  func optionDiagnostics(path: String) -> [Diagnostic] {
    unknownOptions.map { word in
      Diagnostic(
        path: path, line: block.fence.line, column: block.fence.column,
        message: "unknown tensor option '\(word.text)'", notes: ["options are hide, error, fresh and checks=eq-NAME"])
    }
  }

  /// The 0-based lines of a statement's expected output (transcripts only), by the statement's index in the run.
  func expectedLines(ofStatement index: Int) -> Range<Int>? {
    guard let chunks = snippet.transcript?.chunks, chunks.indices.contains(index) else { return nil }
    return chunks[index].expectedLines
  }
}
