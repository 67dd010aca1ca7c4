import Pipeline

/// Formats diagnostics as `PATH:LINE:COLUMN: error: MESSAGE`, the source line, a caret under the column and notes.
public enum DiagnosticPrinter {
  /// All diagnostics in order, each followed by its source line and caret when the source is known.
  public static func format(_ diagnostics: [Diagnostic], sources: [SourceFile], color: Bool = false) -> String {
    let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    return diagnostics.sorted().map { format($0, source: byPath[$0.path], style: Style(enabled: color)) }.joined()
  }

  static func format(_ diagnostic: Diagnostic, source: SourceFile?, style: Style) -> String {
    var text = style.bold("\(diagnostic.path):\(diagnostic.line):\(diagnostic.column):") + " "
    text += style.red("error:") + " " + style.bold(diagnostic.message) + "\n"
    if let source, diagnostic.line >= 1, diagnostic.line <= source.lines.count {
      let line = source.line(diagnostic.line)
      let gutter = String(diagnostic.line)
      let blank = String(repeating: " ", count: gutter.count)
      text += "\(gutter) | \(line)\n"
      text += "\(blank) | \(caretIndent(line, column: diagnostic.column))" + style.green("^") + "\n"
    }
    for note in diagnostic.notes {
      let lines = note.split(separator: "\n", omittingEmptySubsequences: false)
      text += style.cyan("note:") + " " + (lines.first.map(String.init) ?? "") + "\n"
      for more in lines.dropFirst() { text += "      \(more)\n" }
    }
    return text
  }

  /// Spaces up to a byte column, keeping tabs so the caret lines up, one space per character.
  static func caretIndent(_ line: String, column: Int) -> String {
    var indent = ""
    var bytes = 0
    for character in line {
      bytes += character.utf8.count
      if bytes > column - 1 { break }
      indent += character == "\t" ? "\t" : " "
    }
    return indent
  }
}
