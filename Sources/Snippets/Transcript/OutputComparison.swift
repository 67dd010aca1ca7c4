/// How a statement's output is compared with the expected text of a transcript: the one normaliser that the verify
/// stage judges by and `fix` writes by.
public enum OutputComparison {
  static let tracebackHeader = "Traceback (most recent call last):"

  /// Output lines as `fix` writes them: trailing spaces and tabs removed, trailing blank lines dropped. A carriage
  /// return ends a line, alone or before a line feed, as it does in the Markdown the expected text is read from
  /// (CommonMark's line endings): `print('a\rb')` prints the two lines a transcript can hold.
  public static func lines(_ text: String) -> [String] {
    if let lines = asciiLines(text) { return lines }
    // "\r\n" is one Character, so lines are cut among the scalars.
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var afterCarriageReturn = false
    func endLine() {
      while let last = line.last, last == " " || last == "\t" { line.removeLast() }
      lines.append(String(line))
      line = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      if scalar == "\n", afterCarriageReturn { continue }
      if scalar == "\n" || scalar == "\r" {
        endLine()
      } else {
        line.append(scalar)
      }
    }
    endLine()
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
  /// `UFuncTypeError`: either spelling of an error line matches.
  static let qualifiedExceptionNames: [(qualified: String, short: String)] = [
    ("numpy.exceptions.AxisError: ", "AxisError: "),
    ("numpy.linalg.LinAlgError: ", "LinAlgError: "),
    ("numpy._core._exceptions._UFuncInputCastingError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._UFuncOutputCastingError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._UFuncNoLoopError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._UFuncBinaryResolutionError: ", "UFuncTypeError: "),
    ("numpy._core._exceptions._ArrayMemoryError: ", "MemoryError: "),
    ("numpy.exceptions.DTypePromotionError: ", "DTypePromotionError: "),
  ]

  private static func shortExceptionName(_ line: String) -> String {
    guard line.hasPrefix("numpy.") else { return line }
    for (qualified, short) in qualifiedExceptionNames where line.hasPrefix(qualified) {
      return short + line.dropFirst(qualified.count)
    }
    return line
  }

  /// True when `actual` matches `expected` under `normalized`.
  public static func matches(_ actual: String, _ expected: String) -> Bool {
    normalized(actual) == normalized(expected)
  }

  /// `matches`, where each of `spans` (a set of strings in `actual`) may show its elements in any order in
  /// `expected`: every arrangement has the same length, so the expected text holds it at the same place.
  public static func matches(_ actual: String, _ expected: String, unordered spans: [UnorderedSpan]) -> Bool {
    if matches(actual, expected) { return true }
    guard !spans.isEmpty else { return false }
    // A set's text holds no line break (its elements are reprs), so each span lies in one line of the output.
    var lines: [[Unicode.Scalar]] = [[]]
    var lineOfOffset: [Int: (line: Int, column: Int)] = [:]
    let starts = Set(spans.map(\.offset))
    var offset = 0
    var afterCarriageReturn = false
    for scalar in actual.unicodeScalars {
      if starts.contains(offset) { lineOfOffset[offset] = (lines.count - 1, lines[lines.count - 1].count) }
      defer { afterCarriageReturn = scalar == "\r" }
      offset += 1
      if scalar == "\n", afterCarriageReturn { continue }
      if scalar == "\n" || scalar == "\r" { lines.append([]) } else { lines[lines.count - 1].append(scalar) }
    }
    let expectedLines = normalized(expected).map { Array($0.unicodeScalars) }
    for span in spans {
      guard let (line, column) = lineOfOffset[span.offset], line < expectedLines.count else { return false }
      let length = span.text.unicodeScalars.count
      let expectedLine = expectedLines[line]
      guard column + length <= expectedLine.count, column + length <= lines[line].count,
        isArrangement(Array(expectedLine[column..<(column + length)]), of: span)
      else { return false }
      lines[line].replaceSubrange(column..<(column + length), with: expectedLine[column..<(column + length)])
    }
    let rewritten = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    return !rewritten.contains(tracebackHeader) && normalized(rewritten) == normalized(expected)
  }

  /// Whether `text` is the span's set with its elements in some order: its opening, the elements joined by ", ",
  /// its closing.
  static func isArrangement(_ text: [Unicode.Scalar], of span: UnorderedSpan) -> Bool {
    let opening = Array(span.opening.unicodeScalars)
    let closing = Array(span.closing.unicodeScalars)
    guard text.count >= opening.count + closing.count, Array(text.prefix(opening.count)) == opening,
      Array(text.suffix(closing.count)) == closing
    else { return false }
    let inner = Array(text[opening.count..<(text.count - closing.count)])
    var unused = span.elements.map { Array($0.unicodeScalars) }
    var budget = 100_000
    // Depth-first: an element that starts here, then ", " and the rest. Reprs of distinct values rarely start alike,
    // so this seldom backtracks; the budget bounds what a hostile set could make of it.
    func place(from position: Int) -> Bool {
      budget -= 1
      if budget < 0 { return false }
      if unused.isEmpty { return position == inner.count }
      var tried: Set<[Unicode.Scalar]> = []
      for index in unused.indices {
        let element = unused[index]
        guard tried.insert(element).inserted, position + element.count <= inner.count,
          inner[position..<(position + element.count)].elementsEqual(element)
        else { continue }
        var next = position + element.count
        if unused.count > 1 {
          guard next + 2 <= inner.count, inner[next] == ",", inner[next + 1] == " " else { continue }
          next += 2
        }
        unused.remove(at: index)
        if place(from: next) { return true }
        unused.insert(element, at: index)
      }
      return false
    }
    return place(from: 0)
  }

  /// The notes of an output mismatch: the expected and the actual text.
  static func mismatchNotes(expected: String, actual: String) -> [String] {
    [
      "expected:\n" + (expected.isEmpty ? "(nothing)" : expected),
      "actual:\n" + (actual.isEmpty ? "(nothing)" : actual),
    ]
  }
}
