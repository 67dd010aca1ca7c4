import MarkupText

/// Escaping for text and attribute values in the SVG: control characters XML 1.0 forbids are dropped and line breaks
/// folded, so hostile labels can neither break out of an element nor make the document ill-formed.
enum XMLText {
  static func escaped(_ text: String) -> String {
    MarkupText.escaped(text, options: [.dropsForbiddenCharacters, .foldsLineBreaks])
  }
}
