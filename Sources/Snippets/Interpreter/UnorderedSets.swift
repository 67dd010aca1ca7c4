/// The markers around a set of strings printed in insertion order (`Interpreter.text` while an echo or `print`
/// converts its values): private-use scalars that `appendPrinted` removes, keeping where the set is and its elements.
enum UnorderedSetMarkers {
  static let start: Unicode.Scalar = "\u{F0100}"
  static let separator: Unicode.Scalar = "\u{F0101}"
  static let end: Unicode.Scalar = "\u{F0102}"

  static func isMarker(_ scalar: Unicode.Scalar) -> Bool { scalar == start || scalar == separator || scalar == end }

  /// The set's text with its parts between markers: start, opening, parts with separators, closing, end.
  static func marked(_ parts: [String], frozen: Bool) -> String {
    let (opening, closing) = frozen ? ("frozenset({", "})") : ("{", "}")
    return String(start) + opening + parts.joined(separator: String(separator)) + closing + String(end)
  }
}

extension Interpreter {
  /// Appends printed text, turning the marked sets in it (`UnorderedSetMarkers`) into `printedSpans`. Markers that
  /// are not the conversion's own (a string holding those scalars) leave the set refused.
  mutating func appendPrinted(_ text: String) throws(PythonError) {
    guard markedSets > 0 || text.unicodeScalars.contains(where: UnorderedSetMarkers.isMarker) else {
      printed += text
      return
    }
    var offset = printed.unicodeScalars.count
    var plain = String.UnicodeScalarView()
    var spans: [UnorderedSpan] = []
    var current: (start: Int, parts: [String.UnicodeScalarView])?
    for scalar in text.unicodeScalars {
      switch scalar {
      case UnorderedSetMarkers.start:
        guard current == nil else { throw Self.unmatchedSetMarkers }
        current = (offset, [String.UnicodeScalarView()])
      case UnorderedSetMarkers.separator:
        guard current != nil else { throw Self.unmatchedSetMarkers }
        current?.parts.append(String.UnicodeScalarView())
        plain.append(contentsOf: ", ".unicodeScalars)
        offset += 2
      case UnorderedSetMarkers.end:
        guard let set = current else { throw Self.unmatchedSetMarkers }
        var parts = set.parts.map { String($0) }
        let frozen = parts[0].hasPrefix("frozenset({")
        let (opening, closing) = frozen ? ("frozenset({", "})") : ("{", "}")
        guard parts[0].hasPrefix(opening), parts[parts.count - 1].hasSuffix(closing) else {
          throw Self.unmatchedSetMarkers
        }
        parts[0] = String(parts[0].dropFirst(opening.count))
        parts[parts.count - 1] = String(parts[parts.count - 1].dropLast(closing.count))
        spans.append(UnorderedSpan(offset: set.start, opening: opening, elements: parts, closing: closing))
        current = nil
      default:
        if current != nil { current!.parts[current!.parts.count - 1].append(scalar) }
        plain.append(scalar)
        offset += 1
      }
    }
    guard current == nil, spans.count == markedSets else { throw Self.unmatchedSetMarkers }
    markedSets = 0
    printed += String(plain)
    printedSpans += spans
  }

  /// The refusal when printed text holds the set markers' scalars of its own: which set is which cannot be told.
  static var unmatchedSetMarkers: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "this output holds the private-use characters U+F0100–U+F0102, which docbuild uses to mark a set of strings "
        + "printed in any order: print it without them")
    error.isLimit = true
    return error
  }
}
