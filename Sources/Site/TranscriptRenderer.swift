import Foundation
import Snippets

/// Renders a doctest-style transcript: prompts that cannot be selected, highlighted statements, distinct output.
/// Which line is a prompt, a continuation or output is `Transcript`'s split, the same the run and `fix` use.
enum TranscriptRenderer {
  /// The `<pre>` for a transcript, up to line `lineCount` (its trailing blank lines are not shown); lines in
  /// `verifiedLines` (0-based) get a verified mark, and for an `error` block the error line is marked as such.
  /// `inserts` (HTML by 0-based line) goes right after that line: the `<pre>` closes before it and a new one carries
  /// on with the lines after it.
  static func render(
    _ transcript: Transcript, lineCount: Int, verifiedLines: Set<Int> = [], expectsError: Bool = false,
    inserts: [Int: HTML] = [:]
  ) -> HTML {
    let lines = transcript.lines.prefix(lineCount).map(String.init)
    let roles = transcript.roles
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
      if outputRun.contains(where: { $0.isError }) {
        html.literal("<span class=\"output-lines error\">")
      } else {
        html.literal("<span class=\"output-lines\">")
      }
      for output in outputRun { OutputLine.write(output.line, into: &html) }
      html.literal("</span>")
      outputRun = []
    }
    var pieces = HTML()
    func split(after line: Int) {
      guard let insert = splits[line] else { return }
      flushOutput()
      pieces.append(open)
      pieces.append(html)
      pieces.literal("</code></pre>\n")
      pieces.append(insert)
      html = HTML()
    }
    while index < lines.count {
      guard case .prompt(let width) = roles[index] else {
        outputRun.append(outputLine(lines[index], expectsError: expectsError))
        split(after: index)
        index += 1
        continue
      }
      flushOutput()
      var statementLines = [(index, promptText(lines[index], width: width), body(lines[index], width))]
      index += 1
      while index < lines.count, case .continuation(let width) = roles[index] {
        statementLines.append((index, promptText(lines[index], width: width), body(lines[index], width)))
        index += 1
      }
      let highlighted = CodeHighlighter.highlightedLines(statementLines.map(\.2).joined(separator: "\n"))
      for ((lineIndex, prompt, code), lineHTML) in zip(statementLines, highlighted) {
        if verifiedLines.contains(lineIndex) { html.append(VerifiedMark.html(claim: code)) }
        html.literal("<span class=\"prompt\">")
        html.text(prompt)
        html.literal("</span>")
        html.append(lineHTML)
        html.literal("\n")
      }
      split(after: index - 1)
    }
    flushOutput()
    pieces.append(open)
    pieces.append(html)
    pieces.literal("</code></pre>\n")
    pieces.append(trailing)
    return pieces
  }

  /// The prompt as shown: its indentation, the `>>>` or `...`, and one space (a bare prompt gains it).
  private static func promptText(_ line: String, width: Int) -> String {
    let prompt = line.prefix(width)
    return String(prompt.hasSuffix(" ") ? prompt.dropLast() : prompt) + " "
  }

  /// The code after a prompt of `width` bytes.
  private static func body(_ line: String, _ width: Int) -> String {
    String(line.dropFirst(width))
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
  /// Writes the line's HTML into `html`.
  static func write(_ line: HTML, into html: inout HTML) {
    html.literal("<span class=\"line\">")
    html.append(line)
    html.literal("\n</span>")
  }

  /// Writes the HTML of a line of plain text, escaped, into `html`.
  static func write(text line: Substring, into html: inout HTML) {
    html.literal("<span class=\"line\">")
    html.text(line)
    html.literal("\n</span>")
  }
}

/// The ✓ before a claim that held: a tooltip and hidden text say what was verified; it is never copied with the code.
/// It opens the line and the stylesheet sets it in the block's left gutter, so a long claim cannot push it out of view.
enum VerifiedMark {
  /// The class of a `<pre>` with verified lines, which gives it the gutter the marks sit in.
  static let gutterClass = "has-verified"

  /// The mark's HTML for the claim `code` (a line without its prompt; surrounding spaces are left out of the
  /// tooltip).
  static func html(claim code: String) -> HTML {
    let statement = code.trimmingCharacters(in: .whitespaces)
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
