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
      let sourceLines = verified.isEmpty ? [] : code.split(separator: "\n", omittingEmptySubsequences: false)
      html = HTML()
      html.open("pre", "class", verified.isEmpty ? "code" : "code \(VerifiedMark.gutterClass)")
      html.literal("<code class=\"language-python\">")
      CodeHighlighter.write(code, into: &html) { index, html in
        guard verified.contains(index) && index < sourceLines.count else { return }
        html.append(VerifiedMark.html(claim: String(sourceLines[index])))
      }
      html.literal("</code></pre>\n")
      let output = trimmingFinalNewlines(snippet.output)
      if !output.isEmpty {
        if snippet.expectsError {
          html.literal("<pre class=\"output error\" data-label=\"Raises\"><samp>")
        } else {
          html.literal("<pre class=\"output\" data-label=\"Output\"><samp>")
        }
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
          OutputLine.write(text: line, into: &html)
        }
        html.literal("</samp></pre>\n")
      }
      for placed in snippet.figures { html += FigureRenderer.html(placed.figure) }
    }
    for diagram in snippet.broadcastDiagrams { html += BroadcastDiagramRenderer.render(diagram) }
    for table in snippet.gradientTables { html += GradientTableRenderer.render(table) }
    return html
  }

  private static func renderPython(_ code: String) -> HTML {
    if let transcript = Transcript(code) { return TranscriptRenderer.render(transcript, lineCount: lineCount(code)) }
    var html = HTML()
    html.literal("<pre class=\"code\"><code class=\"language-python\">")
    CodeHighlighter.write(code, into: &html)
    html.literal("</code></pre>\n")
    return html
  }

  /// `<pre class="…"><code class="…">…</code></pre>` and a line break.
  private static func codeElement(_ code: HTML, preClass: String, codeClass: String?) -> HTML {
    var html = HTML()
    html.open("pre", "class", preClass)
    if let codeClass { html.open("code", "class", codeClass) } else { html.open("code") }
    html.append(code)
    html.literal("</code></pre>\n")
    return html
  }

  /// The number of lines `code.split(separator: "\n", omittingEmptySubsequences: false)` gives, counted by bytes:
  /// one more than the line feeds that are a Character of their own (a CR-LF pair is one Character, not "\n").
  static func lineCount(_ code: String) -> Int {
    var count = 1
    var previous: UInt8 = 0
    for byte in code.utf8 {
      if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { count += 1 }
      previous = byte
    }
    return count
  }

  private static func trimmingFinalNewlines(_ text: String) -> String {
    var text = text
    while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
    return text
  }
}
