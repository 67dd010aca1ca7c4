import Foundation

/// Renders a doctest-style transcript: prompts that cannot be selected, highlighted statements, distinct output.
enum TranscriptRenderer {
  /// Whether `code` reads as a transcript: its first non-blank line starts with a `>>>` prompt.
  static func isTranscript(_ code: String) -> Bool {
    let firstLine = code.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
    return firstLine.map { $0 == ">>>" || $0.hasPrefix(">>> ") } ?? false
  }

  /// The `<pre>` for a transcript; lines in `verifiedLines` (0-based) get a verified mark, and for an `error`
  /// block the error line is marked as such. `inserts` (HTML by 0-based line) goes right after that line: the
  /// `<pre>` closes before it and a new one carries on with the lines after it.
  static func render(
    _ code: String, verifiedLines: Set<Int> = [], expectsError: Bool = false, inserts: [Int: String] = [:]
  ) -> String {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let gutter = verifiedLines.isEmpty ? "" : " \(VerifiedMark.gutterClass)"
    let open = "<pre class=\"code transcript\(gutter)\"><code class=\"language-python\">"
    // A figure after the last line needs no new `<pre>` after it.
    let splits = inserts.filter { $0.key < lines.count - 1 && $0.key >= 0 }
    let trailing = inserts.filter { $0.key >= lines.count - 1 }.sorted { $0.key < $1.key }.map(\.value).joined()
    var html = ""
    var outputRun: [String] = []
    var index = 0
    func flushOutput() {
      guard !outputRun.isEmpty else { return }
      let kind =
        outputRun.contains { $0.hasPrefix("<span class=\"error-line\">") } ? "output-lines error" : "output-lines"
      html += "<span class=\"\(kind)\">" + outputRun.map(OutputLine.html).joined() + "</span>"
      outputRun = []
    }
    var pieces: [String] = []
    func split(after line: Int) {
      guard let insert = splits[line] else { return }
      flushOutput()
      pieces.append(open + html + "</code></pre>\n" + insert)
      html = ""
    }
    while index < lines.count {
      guard let firstCode = strippedPrompt(lines[index], prompt: ">>>") else {
        outputRun.append(outputLine(lines[index], expectsError: expectsError))
        split(after: index)
        index += 1
        continue
      }
      flushOutput()
      var statementLines = [(index, ">>> ", firstCode)]
      index += 1
      while index < lines.count, let more = strippedPrompt(lines[index], prompt: "...") {
        statementLines.append((index, "... ", more))
        index += 1
      }
      let highlighted = CodeHighlighter.highlightedLines(statementLines.map(\.2).joined(separator: "\n"))
      for ((lineIndex, prompt, _), lineHTML) in zip(statementLines, highlighted) {
        let mark = verifiedLines.contains(lineIndex) ? VerifiedMark.html(claim: lines[lineIndex]) : ""
        html += "\(mark)<span class=\"prompt\">\(escapeHTML(prompt))</span>\(lineHTML)\n"
      }
      split(after: index - 1)
    }
    flushOutput()
    return pieces.joined() + open + html + "</code></pre>\n" + trailing
  }

  /// The code after a `>>> ` or `... ` prompt (a bare `>>>` line is an empty statement); nil when not a prompt line.
  private static func strippedPrompt(_ line: String, prompt: String) -> String? {
    if line == prompt { return "" }
    guard line.hasPrefix(prompt + " ") else { return nil }
    return String(line.dropFirst(prompt.count + 1))
  }

  private static func outputLine(_ line: String, expectsError: Bool) -> String {
    guard expectsError, isErrorLine(line) else { return escapeHTML(line) }
    return "<span class=\"error-line\">\(escapeHTML(line))</span>"
  }

  /// `ValueError: …`, `Traceback (most recent call last):` and the like.
  static func isErrorLine(_ line: String) -> Bool {
    if line.hasPrefix("Traceback (") { return true }
    guard let colon = line.firstIndex(of: ":") else { return false }
    let name = line[..<colon]
    return (name.hasSuffix("Error") || name.hasSuffix("Exception")) && name.allSatisfy { $0.isLetter || $0 == "." }
  }
}

/// One line of output in its own element, so a line too long for its block wraps with a visible continuation
/// mark instead of hiding its end (the stylesheet draws the mark beside the continued rows).
enum OutputLine {
  /// The line's HTML; `line` is already escaped.
  static func html(_ line: String) -> String {
    "<span class=\"line\">\(line)\n</span>"
  }
}

/// The ✓ before a claim that held: a tooltip and hidden text say what was verified; it is never copied with the code.
/// It opens the line and the stylesheet sets it in the block's left gutter, so a long claim cannot push it out of view.
enum VerifiedMark {
  /// The class of a `<pre>` with verified lines, which gives it the gutter the marks sit in.
  static let gutterClass = "has-verified"

  /// The mark's HTML for the claim on `line` (prompt and surrounding spaces are left out of the tooltip).
  static func html(claim line: String) -> String {
    var claim = Substring(line)
    for prompt in [">>> ", "... "] where claim.hasPrefix(prompt) { claim = claim.dropFirst(prompt.count) }
    let statement = claim.trimmingCharacters(in: .whitespaces)
    let tooltip = escapeHTML("Verified when this page was built: \(statement) held.")
    return "<span class=\"verified\" title=\"\(tooltip)\"><span aria-hidden=\"true\">✓</span>"
      + "<span class=\"visually-hidden\">(verified: this claim held when the page was built)</span></span>"
  }
}
