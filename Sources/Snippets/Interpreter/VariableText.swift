/// The markers in the text an echo or `print` converts its values into (`Interpreter.text`) around what CPython
/// prints differently from run to run: private-use scalars that `appendPrinted` removes, keeping where each part is.
enum VariableTextMarkers {
  /// Starts a set printed in insertion order.
  static let setStart: Unicode.Scalar = "\u{F0100}"
  /// Stands for the `, ` between the set's elements.
  static let setSeparator: Unicode.Scalar = "\u{F0101}"
  /// Ends the set.
  static let setEnd: Unicode.Scalar = "\u{F0102}"
  /// Stands for a memory address, printed `0x…`.
  static let address: Unicode.Scalar = "\u{F0103}"

  static func isMarker(_ scalar: Unicode.Scalar) -> Bool { ("\u{F0100}"..."\u{F0103}").contains(scalar) }

  /// The set's text with its parts between markers: start, opening, parts with separators, closing, end.
  static func markedSet(_ parts: [String], frozen: Bool) -> String {
    let (opening, closing) = frozen ? ("frozenset({", "})") : ("{", "}")
    return String(setStart) + opening + parts.joined(separator: String(setSeparator)) + closing + String(setEnd)
  }
}

extension IteratorBox {
  /// The iterator kinds whose name is the one CPython's repr shows (`<list_iterator object at 0x…>`); others (an
  /// iterator over a set, a view, an object) are refused when printed.
  static let kindsNamedAsCPython: Set<String> = [
    "list_iterator", "list_reverseiterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "range_iterator",
    "dict_keyiterator", "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator", "map",
    "filter", "zip", "enumerate", "reversed",
  ]
}

extension Interpreter {
  /// Whether the running conversion is an echo's or `print`'s own (not a `__repr__` it runs, one call deeper), so
  /// that what CPython prints differently from run to run may be marked in it.
  var marksVariableText: Bool { marksVariableTextAtDepth == callDepth }

  /// The marked text of an address in `<… at 0x…>`, or the refusal `error` outside an echo or `print`.
  mutating func markedAddress(refusing error: PythonError) throws(PythonError) -> String {
    guard marksVariableText else { throw error }
    markedParts += 1
    return String(VariableTextMarkers.address)
  }

  /// Appends printed text, turning its marked parts (`VariableTextMarkers`) into `printedSpans`. Markers that are not
  /// the conversion's own (a string holding those scalars) are refused.
  mutating func appendPrinted(_ text: String) throws(PythonError) {
    guard markedParts > 0 || text.unicodeScalars.contains(where: VariableTextMarkers.isMarker) else {
      printed += text
      return
    }
    var offset = printed.unicodeScalars.count
    var plain = String.UnicodeScalarView()
    var spans: [VariableSpan] = []
    var current: (start: Int, parts: [String.UnicodeScalarView])?
    for scalar in text.unicodeScalars {
      switch scalar {
      case VariableTextMarkers.setStart:
        guard current == nil else { throw Self.unmatchedTextMarkers }
        current = (offset, [String.UnicodeScalarView()])
      case VariableTextMarkers.setSeparator:
        guard current != nil else { throw Self.unmatchedTextMarkers }
        current?.parts.append(String.UnicodeScalarView())
        plain.append(contentsOf: ", ".unicodeScalars)
        offset += 2
      case VariableTextMarkers.setEnd:
        guard let set = current else { throw Self.unmatchedTextMarkers }
        var parts = set.parts.map { String($0) }
        let frozen = parts[0].hasPrefix("frozenset({")
        let (opening, closing) = frozen ? ("frozenset({", "})") : ("{", "}")
        guard parts[0].hasPrefix(opening), parts[parts.count - 1].hasSuffix(closing) else {
          throw Self.unmatchedTextMarkers
        }
        parts[0] = String(parts[0].dropFirst(opening.count))
        parts[parts.count - 1] = String(parts[parts.count - 1].dropLast(closing.count))
        spans.append(
          VariableSpan(offset: set.start, kind: .anyOrder(opening: opening, elements: parts, closing: closing)))
        current = nil
      case VariableTextMarkers.address:
        // An element of a set is hashable: an address inside one would be an object's, which is refused before.
        guard current == nil else { throw Self.unmatchedTextMarkers }
        spans.append(VariableSpan(offset: offset, kind: .address))
        plain.append(contentsOf: "0x…".unicodeScalars)
        offset += 3
      default:
        if current != nil { current!.parts[current!.parts.count - 1].append(scalar) }
        plain.append(scalar)
        offset += 1
      }
    }
    guard current == nil, spans.count == markedParts else { throw Self.unmatchedTextMarkers }
    markedParts = 0
    printed += String(plain)
    printedSpans += spans
  }

  /// The refusal when printed text holds the markers' scalars of its own: which part is which cannot be told.
  static var unmatchedTextMarkers: PythonError {
    var error = PythonError(
      "NotImplementedError",
      "this output holds the private-use characters U+F0100–U+F0103, which docbuild uses to mark what CPython "
        + "prints differently from run to run (a set of strings, an address): print it without them")
    error.isLimit = true
    return error
  }
}
