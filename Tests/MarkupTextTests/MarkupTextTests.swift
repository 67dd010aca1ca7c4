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

@Test func randomTextEscapesAsXMLSays() {
  // The escaper's byte-level and unchanged-text paths, against XML's rule written out scalar by scalar.
  var generator = SplitMix64(seed: 16)
  for _ in 0..<2000 {
    let string = MarkupReference.randomText(&generator, maximumLength: 12)
    #expect(MarkupText.escaped(string) == MarkupReference.escape(string), "\(string.debugDescription)")
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
