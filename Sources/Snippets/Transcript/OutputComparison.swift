/// How a statement's output is compared with the expected text of a transcript: the one normaliser that the verify
/// stage judges by and `fix` writes by.
public enum OutputComparison {
  static let tracebackHeader = "Traceback (most recent call last):"

  /// Output lines as `fix` writes them: trailing spaces and tabs removed, trailing blank lines dropped. A carriage
  /// return ends a line, alone or before a line feed, as it does in the Markdown the expected text is read from
  /// (CommonMark's line endings): `print('a\rb')` prints the two lines a transcript can hold.
  public static func lines(_ text: String) -> [String] {
    if let lines = asciiLines(text) { return lines }
    var lines = scalarLines(text).lines.map { line in
      String(String.UnicodeScalarView(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines
  }

  /// `text` cut into lines at `\n`, `\r` or `\r\n` among its scalars ("\r\n" is one Character), untrimmed, and for
  /// each scalar offset in `marked` the line and column it falls on.
  private static func scalarLines(_ text: String, marking marked: Set<Int> = [])
    -> (lines: [[Unicode.Scalar]], marks: [Int: (line: Int, column: Int)])
  {
    var lines: [[Unicode.Scalar]] = [[]]
    var marks: [Int: (line: Int, column: Int)] = [:]
    var afterCarriageReturn = false
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if marked.contains(offset) { marks[offset] = (lines.count - 1, lines[lines.count - 1].count) }
      defer { afterCarriageReturn = scalar == "\r" }
      if scalar == "\n", afterCarriageReturn { continue }
      if scalar == "\n" || scalar == "\r" { lines.append([]) } else { lines[lines.count - 1].append(scalar) }
    }
    return (lines, marks)
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
  /// after it left out. A header that ends a line the statement printed without its newline (`print(x, end='')`
  /// before the error: the REPL shows `0.2 * 0.5 + Traceback (most recent call last):`) leaves that text where the
  /// error line then starts, as the statement's output shows it.
  public static func normalized(_ text: String) -> [String] {
    var lines = lines(text)
    if let header = lines.firstIndex(where: { $0.hasSuffix(tracebackHeader) }) {
      let printed = String(lines[header].dropLast(tracebackHeader.count))
      var end = header + 1
      while end < lines.count, lines[end].hasPrefix(" ") || lines[end] == "..." { end += 1 }
      if !printed.isEmpty, end < lines.count { lines[end] = printed + lines[end] }
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

  /// True when `actual` matches `expected` under `normalized`, code point for code point: Swift's `==` on strings
  /// is canonical equivalence, under which an expected `'é'` (U+00E9) matched a printed `'é'` (e and U+0301),
  /// which Python prints differently (its `==` tells them apart, as snippets' does).
  public static func matches(_ actual: String, _ expected: String) -> Bool {
    let actualLines = normalized(actual)
    let expectedLines = normalized(expected)
    return actualLines.count == expectedLines.count
      && zip(actualLines, expectedLines).allSatisfy { sameCodePoints($0, $1) }
  }

  /// Whether two texts hold the same code points in the same order.
  static func sameCodePoints(_ first: String, _ second: String) -> Bool {
    first.unicodeScalars.elementsEqual(second.unicodeScalars)
  }

  /// `matches`, where each of `spans` (what CPython prints differently from run to run) may be shown in `expected` as
  /// any run would show it: a set of strings with its elements in any order, an address as any `0x` and hex digits
  /// (or `0x…`). The rest compares exactly, line by line.
  public static func matches(_ actual: String, _ expected: String, variable spans: [VariableSpan]) -> Bool {
    if matches(actual, expected) { return true }
    guard !spans.isEmpty, !actual.contains(tracebackHeader) else { return false }
    // Neither a set's text nor an address holds a line break, so each span lies in one line of the output.
    let spanAtOffset = Dictionary(spans.map { ($0.offset, $0) }, uniquingKeysWith: { first, _ in first })
    var (lines, marks) = scalarLines(actual, marking: Set(spanAtOffset.keys))
    var spansOfLine: [[(column: Int, span: VariableSpan)]] = Array(repeating: [], count: lines.count)
    for (offset, place) in marks.sorted(by: { $0.key < $1.key }) {
      if let span = spanAtOffset[offset] { spansOfLine[place.line].append((place.column, span)) }
    }
    guard spansOfLine.map(\.count).reduce(0, +) == spans.count else { return false }
    for index in lines.indices {
      while let last = lines[index].last, last == " " || last == "\t" { lines[index].removeLast() }
    }
    while let last = lines.last, last.isEmpty, spansOfLine[lines.count - 1].isEmpty {
      lines.removeLast()
      spansOfLine.removeLast()
    }
    let expectedLines = normalized(expected)
    guard expectedLines.count == lines.count else { return false }
    for (index, line) in lines.enumerated() {
      if spansOfLine[index].isEmpty {
        guard sameCodePoints(shortExceptionName(String(String.UnicodeScalarView(line))), expectedLines[index]) else {
          return false
        }
      } else {
        guard matchesLine(line, spansOfLine[index], Array(expectedLines[index].unicodeScalars)) else { return false }
      }
    }
    return true
  }

  /// One output line holding variable parts against the expected line: the text between the parts exactly, each
  /// part as any run could show it.
  private static func matchesLine(
    _ line: [Unicode.Scalar], _ spans: [(column: Int, span: VariableSpan)], _ expected: [Unicode.Scalar]
  ) -> Bool {
    var position = 0
    var column = 0
    func literal(upTo end: Int) -> Bool {
      let count = end - column
      guard position + count <= expected.count,
        expected[position..<(position + count)].elementsEqual(line[column..<end])
      else { return false }
      position += count
      return true
    }
    for (start, span) in spans {
      guard start >= column, literal(upTo: start) else { return false }
      let length = span.text.unicodeScalars.count
      column = start + length
      switch span.kind {
      case .anyOrder(let opening, let elements, let closing):
        guard position + length <= expected.count,
          isArrangement(Array(expected[position..<(position + length)]), opening, elements, closing)
        else { return false }
        position += length
      case .address:
        guard position + 2 < expected.count, expected[position] == "0", expected[position + 1] == "x" else {
          return false
        }
        position += 2
        if expected[position] == "…" {
          position += 1
        } else {
          // CPython prints a pointer as glibc's `%p`: lowercase hex digits without leading zeros.
          let digits = expected[position...].prefix { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
          guard (1...16).contains(digits.count), digits.first != "0" else { return false }
          position += digits.count
        }
      }
    }
    return literal(upTo: line.count) && position == expected.count
  }

  /// Whether `text` is a set with these elements in some order: its opening, the elements joined by ", ", its
  /// closing.
  static func isArrangement(_ text: [Unicode.Scalar], _ opening: String, _ elements: [String], _ closing: String)
    -> Bool
  {
    let opening = Array(opening.unicodeScalars)
    let closing = Array(closing.unicodeScalars)
    guard text.count >= opening.count + closing.count, Array(text.prefix(opening.count)) == opening,
      Array(text.suffix(closing.count)) == closing
    else { return false }
    let inner = Array(text[opening.count..<(text.count - closing.count)])
    var unused = elements.map { Array($0.unicodeScalars) }
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
    var notes = [
      "expected:\n" + (expected.isEmpty ? "(nothing)" : expected),
      "actual:\n" + (actual.isEmpty ? "(nothing)" : actual),
    ]
    if let difference = compositionDifference(expected: expected, actual: actual) { notes.append(difference) }
    return notes
  }

  /// Where two texts that look the same differ only in how their characters are composed (`é` as U+00E9, or as e and
  /// U+0301): the first character that differs, with the code points of each side; nil for texts that differ
  /// otherwise.
  static func compositionDifference(expected: String, actual: String) -> String? {
    let expectedLines = normalized(expected)
    let actualLines = normalized(actual)
    guard expectedLines == actualLines else { return nil }
    for (line, (wanted, printed)) in zip(expectedLines, actualLines).enumerated() where !sameCodePoints(wanted, printed)
    {
      for (column, (want, got)) in zip(wanted, printed).enumerated() where !sameCodePoints(String(want), String(got)) {
        func points(_ character: Character) -> String {
          character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
          }.joined(separator: " ")
        }
        return "the texts differ only in how a character is composed: line \(line + 1), character \(column + 1) is "
          + "\(points(want)) in the expected output, \(points(got)) in what Python prints"
      }
    }
    return nil
  }
}
