import SourceText
import Testing

@testable import DocbuildCLI
@testable import Pipeline

@Test func diagnosticsPrintLocationSourceLineCaretAndNotes() throws {
  let source = try #require(
    SourceFile(path: "content/01-a.md", fileSystemPath: "x", bytes: Array("# A\n\n\t>>> café + x\n".utf8)))
  let diagnostic = Diagnostic(
    path: "content/01-a.md", line: 3, column: 14, message: "name 'x' is not defined",
    notes: ["left: array([1., 2.])\nright: array([1., 3.])", "largest difference: 1.0"])
  let expected = """
    content/01-a.md:3:14: error: name 'x' is not defined
    3 | \t>>> café + x
      | \t           ^
    note: left: array([1., 2.])
          right: array([1., 3.])
    note: largest difference: 1.0

    """
  #expect(DiagnosticPrinter.format([diagnostic], sources: [source]) == expected)
}

@Test func diagnosticsPrintSortedByPathLineAndColumn() {
  let diagnostics = [
    Diagnostic(path: "b.md", line: 1, column: 1, message: "third"),
    Diagnostic(path: "a.md", line: 10, column: 2, message: "second"),
    Diagnostic(path: "a.md", line: 2, column: 30, message: "first"),
  ]
  let printed = DiagnosticPrinter.format(diagnostics, sources: [])
  #expect(printed == "a.md:2:30: error: first\na.md:10:2: error: second\nb.md:1:1: error: third\n")
}

@Test func colourIsOnlyAddedWhenAsked() {
  let diagnostic = Diagnostic(path: "a.md", line: 1, column: 1, message: "m")
  #expect(!DiagnosticPrinter.format([diagnostic], sources: []).contains("\u{1B}["))
  #expect(DiagnosticPrinter.format([diagnostic], sources: [], color: true).contains("\u{1B}[1;31merror:"))
}

/// Each rule of `Console.wantsColor` on its own, on a terminal and off one, so none passes merely because tests run
/// without a terminal.
@Test func colourFollowsTheTerminalNoColorAndTerm() {
  #expect(Console.wantsColor(environment: [:], isTerminal: true))
  #expect(Console.wantsColor(environment: ["NO_COLOR": "", "TERM": "xterm-256color"], isTerminal: true))
  #expect(!Console.wantsColor(environment: ["NO_COLOR": "1"], isTerminal: true))
  #expect(!Console.wantsColor(environment: ["TERM": "dumb"], isTerminal: true))
  #expect(!Console.wantsColor(environment: [:], isTerminal: false))
}

@Test func summaryCountsInTheSpecifiedForm() {
  #expect(Report.counted(1, "chapter") == "1 chapter")
  #expect(Report.counted(6, "gradient table") == "6 gradient tables")
}

/// 4,000 bad formulas on one 28 KB line printed the whole line once per error (168 MB): now the first hundred of a
/// file print, each with a window of its line around the caret, and a count stands for the rest.
@Test func errorsOnALongLinePrintABoundedWindowAndACount() throws {
  let formula = "$\\bad$ "
  let line = String(repeating: formula, count: 4000)
  let source = try #require(SourceFile(path: "c/01-a.md", fileSystemPath: "x", bytes: Array("# A\n\n\(line)\n".utf8)))
  let columns = (0..<4000).map { $0 * formula.utf8.count + 2 }
  let diagnostics = columns.map {
    Diagnostic(path: "c/01-a.md", line: 3, column: $0, message: "unsupported command '\\bad'")
  }
  let printed = DiagnosticPrinter.format(diagnostics, sources: [source])
  let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(lines.count == 100 * 3 + 2)
  #expect(lines[300] == "c/01-a.md: 3900 more errors not shown (the first 100 are)")
  #expect(printed.utf8.count < 100 * 300)
  for index in [0, 1, 50, 99] {
    let shown = Array(lines[3 * index + 1].dropFirst(4).unicodeScalars)
    let caretLine = Array(lines[3 * index + 2].dropFirst(4).unicodeScalars)
    #expect(shown.count <= DiagnosticPrinter.windowWidth + 2)
    // The caret sits under the byte its column names: the backslash of the formula.
    #expect(caretLine.last == "^")
    #expect(shown[caretLine.count - 1] == "\\", "diagnostic \(index): \(String(String.UnicodeScalarView(shown)))")
    #expect(shown[caretLine.count - 2] == "$")
  }
  #expect(lines[20 * 3 + 1].hasPrefix("3 | …") && lines[20 * 3 + 1].hasSuffix("…"))
  #expect(lines[1].hasPrefix("3 | $\\bad$") && lines[1].hasSuffix("…"))
}

@Test func shortLinesPrintWhole() throws {
  let text = "x = é + 1  # a comment that fills the line up to eighty or so characters in all"
  let source = try #require(SourceFile(path: "a.md", fileSystemPath: "x", bytes: Array(text.utf8)))
  let printed = DiagnosticPrinter.format(
    [Diagnostic(path: "a.md", line: 1, column: 10, message: "m")], sources: [source])
  #expect(printed == "a.md:1:10: error: m\n1 | \(text)\n  |         ^\n")
}

/// ESC/OSC sequences, other C0 and C1 controls, DEL and bidirectional overrides from a chapter or a snippet's output
/// reach the terminal spelt out, with or without colour.
@Test(arguments: [false, true]) func controlCharactersFromContentAreSpeltOut(color: Bool) throws {
  let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{7F}\u{202E}txt.exe\u{2066}\u{0}"
  let source = try #require(
    SourceFile(path: "c/\u{1B}[31m.md", fileSystemPath: "x", bytes: Array("a \(hostile) b\n".utf8)))
  let diagnostic = Diagnostic(
    path: "c/\u{1B}[31m.md", line: 1, column: 3, message: "bad \(hostile)", notes: ["expected:\n\(hostile)"])
  let printed = DiagnosticPrinter.format([diagnostic], sources: [source], color: color)
  let styles = ["\u{1B}[1m", "\u{1B}[1;31m", "\u{1B}[32m", "\u{1B}[1;36m", "\u{1B}[0m"]
  let unstyled = styles.reduce(printed) { $0.replacingOccurrences(of: $1, with: "") }
  let unsafe = unstyled.unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" }
  #expect(unsafe.isEmpty, "\(unsafe.map(\.value))")
  #expect(unstyled.contains("\\x1B]0;owned\\x07\\x1B[2J\\x9B31m\\x7F\\u{202E}txt.exe\\u{2066}\\x00"))
  #expect(unstyled.hasPrefix("c/\\x1B[31m.md:1:3: error: bad \\x1B]0;"))
  let progress = Report.progressLine(
    PageProgress(path: "c/\u{1B}]0;x\u{07}.md", snippets: 1, problems: 0), style: Style(enabled: color))
  #expect(progress.contains("c/\\x1B]0;x\\x07.md"))
}

/// Content quoted in a message or a note (an unsupported command's name, a mismatched output) is cut, so one
/// diagnostic cannot print megabytes.
@Test func longMessagesAndNotesAreCut() {
  let name = String(repeating: "a", count: 30_000)
  let note = (1...1000).map { "line \($0)" }.joined(separator: "\n")
  let diagnostic = Diagnostic(
    path: "a.md", line: 1, column: 1, message: "unsupported command \\\(name)", notes: [note, name])
  let lines = DiagnosticPrinter.format([diagnostic], sources: []).split(separator: "\n")
  #expect(lines[0] == "a.md:1:1: error: unsupported command \\" + name.prefix(500 - 21) + "…")
  #expect(lines[1] == "note: line 1")
  #expect(lines[100] == "      line 100")
  #expect(lines[101] == "      … 900 more lines")
  #expect(lines[102] == "note: " + name.prefix(500) + "…")
  #expect(lines.count == 103)
}
