import MarkupText
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
