/// How a statement's output is compared with the expected text of a transcript: the one normaliser that the verify
/// stage judges by and `fix` writes by.
public enum OutputComparison {
  static let tracebackHeader = "Traceback (most recent call last):"

  /// Output lines as `fix` writes them: trailing spaces, tabs and carriage returns removed, trailing blank lines
  /// dropped.
  public static func lines(_ text: String) -> [String] {
    if let lines = asciiLines(text) { return lines }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines
  }

  /// `lines` for ASCII text without carriage returns, where every byte is one `Character`: splitting and trimming bytes
  /// gives the same lines without grapheme breaking, which was most of judging a 1000-chapter book's outputs. Nil for
  /// any other text.
  private static func asciiLines(_ text: String) -> [String]? {
    text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      var lines: [String] = []
      var start = 0
      for index in 0...bytes.count {
        if index < bytes.count {
          let byte = bytes[index]
          if byte >= 0x80 || byte == 0x0D { return nil }
          if byte != 0x0A { continue }
        }
        var end = index
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = index + 1
      }
      while let last = lines.last, last.isEmpty { lines.removeLast() }
      return lines
    } ?? nil
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
    return lines.map(shortExceptionName)
  }

  /// Python's traceback names NumPy's exceptions by module and class (`numpy.exceptions.AxisError: …`,
  /// `numpy._core._exceptions._UFuncOutputCastingError: …`) where `type(e).__name__` and docbuild say `AxisError`,
  /// `UFuncTypeError`: either spelling of an error line matches. So do the exceptions of the standard-library modules
  /// snippets write in their own language (`re.error`, `statistics.StatisticsError`).
  static let qualifiedExceptionNames: [(qualified: String, short: String)] = [
    ("numpy.exceptions.AxisError: ", "AxisError: "),
    ("numpy.linalg.LinAlgError: ", "LinAlgError: "),
    ("numpy._core._exceptions._UFuncInputCastingError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._UFuncOutputCastingError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._UFuncNoLoopError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._UFuncBinaryResolutionError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._ArrayMemoryError: ", "MemoryError: "),
    ("numpy.exceptions.DTypePromotionError: ", "DTypePromotionError: "),
    ("numpy.ma.core.MaskError: ", "MaskError: "),
    ("re.error: ", "error: "),
    ("statistics.StatisticsError: ", "StatisticsError: "),
    ("dataclasses.FrozenInstanceError: ", "FrozenInstanceError: "),
  ]

  private static func shortExceptionName(_ line: String) -> String {
    guard
      line.hasPrefix("numpy.") || line.hasPrefix("re.") || line.hasPrefix("statistics.")
        || line.hasPrefix("dataclasses.")
    else { return line }
    for (qualified, short) in qualifiedExceptionNames where line.hasPrefix(qualified) {
      return short + line.dropFirst(qualified.count)
    }
    return line
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
