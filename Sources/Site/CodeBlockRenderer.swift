import Markdown
import Snippets

/// Renders a fenced or indented code block: verified tensor snippets, highlighted Python, other code escaped.
enum CodeBlockRenderer {
  /// The HTML for `block`, using the pipeline's verified view when it has one.
  static func render(_ block: CodeBlock, snippet: SnippetView?) -> HTML {
    switch block.language {
    case "tensor":
      if let snippet { return render(snippet) }
      // Without a verified view (the pipeline left it out), show the source as written, still honouring `hide`.
      if block.fenceInfo.options.contains(where: { $0.text == "hide" }) { return HTML() }
      return renderPython(trimmingFinalNewlines(block.literal))
    case "python", "py", "pycon":
      return renderPython(trimmingFinalNewlines(block.literal))
    default:
      let language = block.language
      let code = HTML.joined(CodeHighlighter.plainLines(trimmingFinalNewlines(block.literal)), separator: "\n")
      return codeElement(code, preClass: "code", codeClass: language.isEmpty ? nil : "language-\(language)")
    }
  }

  private static func render(_ snippet: SnippetView) -> HTML {
    let code = trimmingFinalNewlines(snippet.code)
    let verified = Set(snippet.verifiedClaimLines)
    var html: HTML
    switch snippet.kind {
    case .hidden:
      return HTML()
    case .transcript:
      var inserts: [Int: HTML] = [:]
      for placed in snippet.figures { inserts[placed.afterLine, default: HTML()] += FigureRenderer.html(placed.figure) }
      // A view made by hand (a test's) may come without the parse stage's split; the same parser makes it then.
      guard let transcript = snippet.transcript ?? Transcript(code) else { return renderPython(code) }
      html = TranscriptRenderer.render(
        transcript, lineCount: lineCount(code), verifiedLines: verified, expectsError: snippet.expectsError,
        inserts: inserts)
    case .script:
      let sourceLines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let lines = CodeHighlighter.highlightedLines(code).enumerated().map { index, line in
        verified.contains(index) && index < sourceLines.count
          ? VerifiedMark.html(claim: sourceLines[index]) + line : line
      }
      html = codeElement(
        HTML.joined(lines, separator: "\n"),
        preClass: verified.isEmpty ? "code" : "code \(VerifiedMark.gutterClass)", codeClass: "language-python")
      let output = trimmingFinalNewlines(snippet.output)
      if !output.isEmpty {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
          .map { OutputLine.html(.text(String($0))) }
        html.open(
          "pre",
          [
            HTMLAttribute("class", snippet.expectsError ? "output error" : "output"),
            HTMLAttribute("data-label", snippet.expectsError ? "Raises" : "Output"),
          ])
        html.element("samp", [], HTML.joined(lines))
        html.literal("</pre>\n")
      }
      for placed in snippet.figures { html += FigureRenderer.html(placed.figure) }
    }
    for diagram in snippet.broadcastDiagrams { html += BroadcastDiagramRenderer.render(diagram) }
    for table in snippet.gradientTables { html += GradientTableRenderer.render(table) }
    return html
  }

  private static func renderPython(_ code: String) -> HTML {
    if let transcript = Transcript(code) { return TranscriptRenderer.render(transcript, lineCount: lineCount(code)) }
    let lines = CodeHighlighter.highlightedLines(code)
    return codeElement(HTML.joined(lines, separator: "\n"), preClass: "code", codeClass: "language-python")
  }

  /// `<pre class="…"><code class="…">…</code></pre>` and a line break.
  private static func codeElement(_ code: HTML, preClass: String, codeClass: String?) -> HTML {
    var html = HTML()
    html.open("pre", [HTMLAttribute("class", preClass)])
    html.element("code", [HTMLAttribute("class", codeClass)], code)
    html.literal("</pre>\n")
    return html
  }

  private static func lineCount(_ code: String) -> Int {
    code.split(separator: "\n", omittingEmptySubsequences: false).count
  }

  private static func trimmingFinalNewlines(_ text: String) -> String {
    var text = text
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return text
  }
}
