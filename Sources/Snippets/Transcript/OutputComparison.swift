/// How a statement's output is compared with the expected text of a transcript: the one normaliser that the verify
/// stage judges by and `fix` writes by.
public enum OutputComparison {
  static let tracebackHeader = "Traceback (most recent call last):"

  /// Output lines as `fix` writes them: trailing spaces, tabs and carriage returns removed, trailing blank lines
  /// dropped.
  public static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines
  }

  /// `lines`, and for an expected error the `Traceback (most recent call last):` header and the indented stack lines
  /// after it left out.
  public static func normalized(_ text: String) -> [String] {
    var lines = lines(text)
    if let header = lines.firstIndex(of: tracebackHeader) {
      var end = header + 1
      while end < lines.count, lines[end].hasPrefix(" ") || lines[end] == "..." { end += 1 }
      lines.removeSubrange(header..<end)
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines
  }

  /// True when `actual` matches `expected` under `normalized`.
  public static func matches(_ actual: String, _ expected: String) -> Bool {
    normalized(actual) == normalized(expected)
  }

  /// The notes of an output mismatch: the expected and the actual text.
  static func mismatchNotes(expected: String, actual: String) -> [String] {
    [
      "expected:\n" + (expected.isEmpty ? "(nothing)" : expected),
      "actual:\n" + (actual.isEmpty ? "(nothing)" : actual),
    ]
  }
}
