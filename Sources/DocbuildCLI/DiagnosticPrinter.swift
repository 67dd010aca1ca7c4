import Pipeline
import SourceText

/// Formats diagnostics as `PATH:LINE:COLUMN: error: MESSAGE`, the source line, a caret under the column and notes.
///
/// What reaches the terminal is bounded by the number of files, not by the content: each file prints at most
/// `perFileLimit` diagnostics and then a count of the rest, and a source line longer than `windowWidth` characters
/// shows only a window around its caret, with `…` where it was cut. Text from the content is escaped with
/// `TerminalText`, so it can neither move the cursor nor reorder the line.
public enum DiagnosticPrinter {
  /// Diagnostics printed per file; the rest are counted.
  public static let perFileLimit = 100
  /// Characters of a source line shown around the caret.
  public static let windowWidth = 100
  /// Characters of a message or note line shown before `…`; content quoted in a message cannot flood the terminal.
  public static let lineLimit = 500
  /// Lines of a note shown before a count of the rest.
  public static let noteLineLimit = 100

  /// All diagnostics in order, each followed by its source line and caret when the source is known; `isWarning`
  /// labels them `warning:` instead of `error:`.
  public static func format(
    _ diagnostics: [Diagnostic], sources: [SourceFile], color: Bool = false, isWarning: Bool = false
  ) -> String {
    let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    let style = Style(enabled: color)
    var text = ""
    var printedInFile = 0
    var hiddenInFile = 0
    var currentPath: String?
    func flushHidden() {
      guard hiddenInFile > 0, let path = currentPath else { return }
      let errors = Report.counted(hiddenInFile, isWarning ? "more warning" : "more error")
      text += style.bold("\(TerminalText.escaped(path)):") + " \(errors) not shown (the first \(perFileLimit) are)\n"
    }
    for diagnostic in diagnostics.sorted() {
      if diagnostic.path != currentPath {
        flushHidden()
        currentPath = diagnostic.path
        printedInFile = 0
        hiddenInFile = 0
      }
      guard printedInFile < perFileLimit else {
        hiddenInFile += 1
        continue
      }
      printedInFile += 1
      text += format(diagnostic, source: byPath[diagnostic.path], style: style, isWarning: isWarning)
    }
    flushHidden()
    return text
  }

  static func format(_ diagnostic: Diagnostic, source: SourceFile?, style: Style, isWarning: Bool = false) -> String {
    let path = TerminalText.escaped(diagnostic.path)
    var text = style.bold("\(path):\(diagnostic.line):\(diagnostic.column):") + " "
    text +=
      (isWarning ? style.bold("warning:") : style.red("error:")) + " "
      + style.bold(clipped(TerminalText.escaped(diagnostic.message))) + "\n"
    if let source, diagnostic.line >= 1, diagnostic.line <= source.lines.count {
      let excerpt = SourceExcerpt(source: source, line: diagnostic.line, column: diagnostic.column, width: windowWidth)
      let gutter = String(diagnostic.line)
      let blank = String(repeating: " ", count: gutter.count)
      text += "\(gutter) | \(excerpt.text)\n"
      text += "\(blank) | \(excerpt.caretIndent)" + style.green("^") + "\n"
    }
    for note in diagnostic.notes {
      let lines = TerminalText.escaped(note, keepingNewlines: true).split(
        separator: "\n", omittingEmptySubsequences: false)
      text += style.cyan("note:") + " " + clipped(lines.first ?? "") + "\n"
      for more in lines.dropFirst().prefix(noteLineLimit - 1) { text += "      \(clipped(more))\n" }
      if lines.count > noteLineLimit { text += "      … \(Report.counted(lines.count - noteLineLimit, "more line"))\n" }
    }
    return text
  }
}

/// `text` cut after `DiagnosticPrinter.lineLimit` characters, with `…` where it was cut.
private func clipped(_ text: some StringProtocol) -> String {
  let scalars = text.unicodeScalars
  guard let end = scalars.index(scalars.startIndex, offsetBy: DiagnosticPrinter.lineLimit, limitedBy: scalars.endIndex),
    end < scalars.endIndex
  else { return String(text) }
  var result = String.UnicodeScalarView()
  result.append(contentsOf: scalars[..<end])
  return String(result) + "…"
}

/// The part of a source line a diagnostic shows: at most `width` characters around the caret's byte column, escaped
/// for the terminal, with the indent that puts a caret under that column.
struct SourceExcerpt {
  /// The shown text, `…` at a cut end.
  var text = ""
  /// Tabs and spaces as wide as the shown text before the caret.
  var caretIndent = ""

  init(source: SourceFile, line: Int, column: Int, width: Int) {
    let start = source.lines.starts[line - 1] + source.byteOrderMarkLength
    let end = source.lines.contentEnds[line - 1] + source.byteOrderMarkLength
    let caret = min(max(start + column - 1, start), end)
    // Decode only a bounded stretch around the caret (4 bytes per character at most), so a diagnostic on a long line
    // costs the same as one on a short line.
    let reach = 4 * width
    var from = max(start, caret - reach)
    var to = min(end, caret + reach)
    while from > start && source.bytes[from] & 0xC0 == 0x80 { from -= 1 }
    while to < end && source.bytes[to] & 0xC0 == 0x80 { to += 1 }
    var caretInside = min(max(caret, from), to)
    while caretInside > from && caretInside < to && source.bytes[caretInside] & 0xC0 == 0x80 { caretInside -= 1 }
    let before = Array(String(decoding: source.bytes[from..<caretInside], as: UTF8.self).unicodeScalars)
    let after = Array(String(decoding: source.bytes[caretInside..<to], as: UTF8.self).unicodeScalars)
    // Keep the caret about two thirds of the way in, giving the rest of the width to what follows it.
    let wholeLine = from == start && to == end && before.count + after.count <= width
    let beforeCount = wholeLine ? before.count : min(before.count, max(width * 2 / 3, width - after.count))
    let afterCount = wholeLine ? after.count : min(after.count, width - beforeCount)
    let cutsStart = from > start || beforeCount < before.count
    let cutsEnd = to < end || afterCount < after.count
    if cutsStart {
      text += "…"
      caretIndent += " "
    }
    for scalar in before.suffix(beforeCount) {
      let shown = Self.shown(scalar)
      text += shown
      caretIndent += scalar == "\t" ? "\t" : String(repeating: " ", count: Self.width(of: scalar, shown: shown))
    }
    for scalar in after.prefix(afterCount) { text += Self.shown(scalar) }
    if cutsEnd { text += "…" }
  }

  private static func shown(_ scalar: Unicode.Scalar) -> String {
    TerminalText.isUnsafe(scalar) ? TerminalText.spelled(scalar) : String(scalar)
  }

  /// Columns a character takes: an escape its own length, a combining mark none, others one.
  private static func width(of scalar: Unicode.Scalar, shown: String) -> Int {
    if shown.unicodeScalars.count > 1 { return shown.unicodeScalars.count }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: return 1
    }
  }
}
