import Markdown

/// Renders a fenced or indented code block: verified tensor snippets, highlighted Python, other code escaped.
enum CodeBlockRenderer {
  /// The HTML for `block`, using the pipeline's verified view when it has one.
  static func render(_ block: CodeBlock, snippet: SnippetView?) -> String {
    switch block.language {
    case "tensor":
      if let snippet { return render(snippet) }
      // Without a verified view (the pipeline left it out), show the source as written, still honouring `hide`.
      if block.info.split(separator: " ").contains("hide") { return "" }
      return renderPython(trimmingFinalNewlines(block.literal))
    case "python", "py", "pycon":
      return renderPython(trimmingFinalNewlines(block.literal))
    default:
      let language = block.language
      let classAttribute = language.isEmpty ? "" : " class=\"language-\(escapeHTML(language))\""
      let code = CodeHighlighter.plainLines(trimmingFinalNewlines(block.literal)).joined(separator: "\n")
      return "<pre class=\"code\"><code\(classAttribute)>\(code)</code></pre>\n"
    }
  }

  private static func render(_ snippet: SnippetView) -> String {
    let code = trimmingFinalNewlines(snippet.code)
    let verified = Set(snippet.verifiedClaimLines)
    var html: String
    switch snippet.kind {
    case .hidden:
      return ""
    case .transcript:
      var inserts: [Int: String] = [:]
      for placed in snippet.figures { inserts[placed.afterLine, default: ""] += FigureRenderer.html(placed.figure) }
      html = TranscriptRenderer.render(
        code, verifiedLines: verified, expectsError: snippet.expectsError, inserts: inserts)
    case .script:
      let sourceLines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let lines = CodeHighlighter.highlightedLines(code).enumerated().map { index, line in
        verified.contains(index) && index < sourceLines.count
          ? VerifiedMark.html(claim: sourceLines[index]) + line : line
      }
      let gutter = verified.isEmpty ? "" : " \(VerifiedMark.gutterClass)"
      html =
        "<pre class=\"code\(gutter)\"><code class=\"language-python\">\(lines.joined(separator: "\n"))</code></pre>\n"
      let output = trimmingFinalNewlines(snippet.output)
      if !output.isEmpty {
        let kind = snippet.expectsError ? "output error" : "output"
        let label = snippet.expectsError ? "Raises" : "Output"
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
          .map { OutputLine.html(escapeHTML(String($0))) }
        html += "<pre class=\"\(kind)\" data-label=\"\(label)\"><samp>\(lines.joined())</samp></pre>\n"
      }
      html += snippet.figures.map { FigureRenderer.html($0.figure) }.joined()
    }
    return html + snippet.broadcastDiagrams.map { BroadcastDiagramRenderer.render($0) }.joined()
      + snippet.gradientTables.map(GradientTableRenderer.render).joined()
  }

  private static func renderPython(_ code: String) -> String {
    if TranscriptRenderer.isTranscript(code) { return TranscriptRenderer.render(code) }
    let lines = CodeHighlighter.highlightedLines(code)
    return "<pre class=\"code\"><code class=\"language-python\">\(lines.joined(separator: "\n"))</code></pre>\n"
  }

  private static func trimmingFinalNewlines(_ text: String) -> String {
    var text = text
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return text
  }
}
