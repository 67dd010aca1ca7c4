import MarkupText

/// Escapes text for HTML element content and single- or double-quoted attribute values (see `MarkupText.escaped`);
/// only the five XML entities are used, which keeps every page parseable as XML.
public func escapeHTML(_ text: String) -> String {
  MarkupText.escaped(text)
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
