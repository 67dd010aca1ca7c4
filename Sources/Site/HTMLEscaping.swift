import MarkupText

/// Escapes text for HTML element content and single- or double-quoted attribute values (see `MarkupText.escaped`);
/// only the five XML entities are used, which keeps every page parseable as XML.
public func escapeHTML(_ text: String) -> String {
  MarkupText.escaped(text)
}

/// Appends `text` to `bytes` escaped as `escapeHTML` escapes it (the bytes of `MarkupText.escaped`, which a test
/// compares on random text), without making a `String`: the HTML writer keeps its markup as bytes.
func appendEscapedHTML(_ text: String, to bytes: inout [UInt8]) {
  if text.utf8.withContiguousStorageIfAvailable({ appendEscapedHTML(utf8: $0, to: &bytes) }) == nil {
    Array(text.utf8).withUnsafeBufferPointer { appendEscapedHTML(utf8: $0, to: &bytes) }
  }
}

/// Appends `text` to `bytes` escaped (see the `String` version).
func appendEscapedHTML(_ text: Substring, to bytes: inout [UInt8]) {
  if text.utf8.withContiguousStorageIfAvailable({ appendEscapedHTML(utf8: $0, to: &bytes) }) == nil {
    Array(text.utf8).withUnsafeBufferPointer { appendEscapedHTML(utf8: $0, to: &bytes) }
  }
}

/// Copies the runs between specials whole and writes each special as its entity (a special is one ASCII byte, which
/// never occurs inside a multi-byte sequence).
private func appendEscapedHTML(utf8 source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
  var runStart = 0
  for index in source.indices {
    let entity: StaticString
    switch source[index] {
    case UInt8(ascii: "&"): entity = "&amp;"
    case UInt8(ascii: "<"): entity = "&lt;"
    case UInt8(ascii: ">"): entity = "&gt;"
    case UInt8(ascii: "\""): entity = "&quot;"
    case UInt8(ascii: "'"): entity = "&#39;"
    default: continue
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
    entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
    runStart = index + 1
  }
  bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
}

/// Text for a `{{variable}}` of a template, which Mustache escapes one Character at a time: a `"`, `'`, `<`, `>`
/// or `&` carrying a combining mark (`"\u{301}`) is one Character that its table does not hold, so it would reach
/// the page unescaped and could close an attribute. A zero-width space before the mark makes the special character
/// a Character of its own, which Mustache escapes; the mark then sits on the invisible space.
func templateText(_ text: String) -> String {
  guard text.utf8.contains(where: { "<>&\"'".utf8.contains($0) }) else { return text }
  var result = ""
  for character in text {
    let scalars = character.unicodeScalars
    if scalars.count > 1, let first = scalars.first, "<>&\"'".unicodeScalars.contains(first) {
      result.unicodeScalars.append(first)
      result.unicodeScalars.append("\u{200B}")
      result.unicodeScalars.append(contentsOf: scalars.dropFirst())
    } else {
      result.append(character)
    }
  }
  return result
}
