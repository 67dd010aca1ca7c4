import MarkupText
import TestSupport
import Testing

// Expected texts follow XML 1.0 (its five predefined entities and its `Char` production), not our own output.

@Test func theFiveSpecialsAreAlwaysEntities() {
  #expect(
    MarkupText.escaped(#"<a href="x">Tom & 'Jerry'</a>"#)
      == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
}

@Test func aQuoteCarryingACombiningMarkIsStillEscaped() {
  #expect(MarkupText.escaped("\"\u{301}") == "&quot;\u{301}")
}

@Test func forbiddenCharactersAreDroppedOnlyWhenAsked() {
  let text = "a\u{1}b\u{FFFE}c\u{FFFF}d\te\nf"
  #expect(MarkupText.escaped(text) == text)
  #expect(MarkupText.escaped(text, options: .dropsForbiddenCharacters) == "abcd\te\nf")
  #expect(MarkupText.escaped(text, options: [.dropsForbiddenCharacters, .foldsLineBreaks]) == "abcd e f")
}

@Test func invisibleCharactersAreSpeltOnlyWhenAsked() {
  let text = "f\u{2061}x\u{A0}y\u{302}"
  #expect(MarkupText.escaped(text) == text)
  #expect(MarkupText.escaped(text, options: .spellsInvisibleCharacters) == "f&#x2061;x&#xA0;y&#x302;")
}

/// XML's rule written out scalar by scalar, for comparing with the escaper's byte-level and unchanged-text paths.
private func referenceEscape(_ text: String) -> String {
  let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
  return text.unicodeScalars.map { entities[$0] ?? String($0) }.joined()
}

@Test func randomTextEscapesAsXMLSays() {
  // Specials beside multi-byte scalars (é, ✓, an emoji), combining marks, controls and line breaks.
  let alphabet: [Unicode.Scalar] = [
    "a", " ", "&", "<", ">", "\"", "'", "\u{E9}", "\u{2713}", "\u{1F600}", "\u{301}", "\t", "\n", "\u{1}",
  ]
  var generator = SplitMix64(seed: 16)
  for _ in 0..<2000 {
    var text = String.UnicodeScalarView()
    for _ in 0..<Int(generator.next() % 12) { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
    let string = String(text)
    #expect(MarkupText.escaped(string) == referenceEscape(string), "\(string.debugDescription)")
  }
}

@Test func plainTextComesBackUnchangedWithEveryOption() {
  let text = "x = np.ones((4, 3)) + b[0] * 2.5e-3; # fine"
  #expect(MarkupText.escaped(text) == text)
  #expect(
    MarkupText.escaped(
      text, options: [.dropsForbiddenCharacters, .foldsLineBreaks, .spellsInvisibleCharacters]) == text)
  #expect(MarkupText.escaped("a'b", options: .foldsLineBreaks) == "a&#39;b")
}
