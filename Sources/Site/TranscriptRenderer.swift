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
    _ code: String, verifiedLines: Set<Int> = [], expectsError: Bool = false, inserts: [Int: HTML] = [:]
  ) -> HTML {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var open = HTML()
    open.open(
      "pre",
      [
        HTMLAttribute(
          "class", verifiedLines.isEmpty ? "code transcript" : "code transcript \(VerifiedMark.gutterClass)")
      ])
    open.open("code", [HTMLAttribute("class", "language-python")])
    // A figure after the last line needs no new `<pre>` after it.
    let splits = inserts.filter { $0.key < lines.count - 1 && $0.key >= 0 }
    let trailing = HTML.joined(inserts.filter { $0.key >= lines.count - 1 }.sorted { $0.key < $1.key }.map(\.value))
    var html = HTML()
    var outputRun: [(line: HTML, isError: Bool)] = []
    var index = 0
    func flushOutput() {
      guard !outputRun.isEmpty else { return }
      let kind = outputRun.contains { $0.isError } ? "output-lines error" : "output-lines"
      html.element("span", [HTMLAttribute("class", kind)], HTML.joined(outputRun.map { OutputLine.html($0.line) }))
      outputRun = []
    }
    var pieces = HTML()
    func split(after line: Int) {
      guard let insert = splits[line] else { return }
      flushOutput()
      pieces += open + html + .literal("</code></pre>\n") + insert
      html = HTML()
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
        if verifiedLines.contains(lineIndex) { html.append(VerifiedMark.html(claim: lines[lineIndex])) }
        html.element("span", [HTMLAttribute("class", "prompt")], .text(prompt))
        html.append(lineHTML)
        html.literal("\n")
      }
      split(after: index - 1)
    }
    flushOutput()
    return pieces + open + html + .literal("</code></pre>\n") + trailing
  }

  /// The code after a `>>> ` or `... ` prompt (a bare `>>>` line is an empty statement); nil when not a prompt line.
  private static func strippedPrompt(_ line: String, prompt: String) -> String? {
    if line == prompt { return "" }
    guard line.hasPrefix(prompt + " ") else { return nil }
    return String(line.dropFirst(prompt.count + 1))
  }

  private static func outputLine(_ line: String, expectsError: Bool) -> (line: HTML, isError: Bool) {
    guard expectsError, isErrorLine(line) else { return (.text(line), false) }
    return (.element("span", [HTMLAttribute("class", "error-line")], .text(line)), true)
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
  /// The line's HTML.
  static func html(_ line: HTML) -> HTML {
    .element("span", [HTMLAttribute("class", "line")], line + .literal("\n"))
  }
}

/// The ✓ before a claim that held: a tooltip and hidden text say what was verified; it is never copied with the code.
/// It opens the line and the stylesheet sets it in the block's left gutter, so a long claim cannot push it out of view.
enum VerifiedMark {
  /// The class of a `<pre>` with verified lines, which gives it the gutter the marks sit in.
  static let gutterClass = "has-verified"

  /// The mark's HTML for the claim on `line` (prompt and surrounding spaces are left out of the tooltip).
  static func html(claim line: String) -> HTML {
    var claim = Substring(line)
    for prompt in [">>> ", "... "] where claim.hasPrefix(prompt) { claim = claim.dropFirst(prompt.count) }
    let statement = claim.trimmingCharacters(in: .whitespaces)
    var html = HTML()
    html.open(
      "span",
      [
        HTMLAttribute("class", "verified"),
        HTMLAttribute("title", "Verified when this page was built: \(statement) held."),
      ])
    html.literal("<span aria-hidden=\"true\">✓</span>")
    html.literal("<span class=\"visually-hidden\">(verified: this claim held when the page was built)</span></span>")
    return html
  }
}
