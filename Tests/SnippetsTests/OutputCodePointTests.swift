import Testing

@testable import Snippets

/// An expected output matches what a statement printed only code point for code point: Python prints `'é'` as
/// U+00E9 or as e and U+0301 depending on how the string was made (`'e\u0301' == '\u00e9'` is False), where Swift's
/// `==` on strings calls them equal. The texts below are spelled with escapes so that no editor can normalize them.
struct OutputCodePointTests {
  static let composed = "'caf\u{E9}'"
  static let decomposed = "'cafe\u{301}'"

  @Test func canonicallyEquivalentTextsDoNotMatch() {
    #expect(Self.composed == Self.decomposed, "Swift's own comparison, which the check must not use")
    #expect(!OutputComparison.matches(Self.decomposed, Self.composed))
    #expect(!OutputComparison.matches(Self.composed, Self.decomposed))
    #expect(!OutputComparison.matches("x\n" + Self.decomposed, "x\n" + Self.composed))
  }

  @Test func theSameCodePointsMatch() {
    #expect(OutputComparison.matches(Self.decomposed, Self.decomposed))
    #expect(OutputComparison.matches(Self.composed + "  \n\n", Self.composed))
  }

  /// A line beside a set of strings, which compares by the line-by-line path, is held to code points too.
  @Test func aLineBesideAVariableSpanComparesByCodePoints() {
    let span = VariableSpan(offset: 0, kind: .anyOrder(opening: "{", elements: ["'a'", "'b'"], closing: "}"))
    let actual = "{'a', 'b'}\n" + Self.decomposed
    #expect(OutputComparison.matches(actual, "{'b', 'a'}\n" + Self.decomposed, variable: [span]))
    #expect(!OutputComparison.matches(actual, "{'b', 'a'}\n" + Self.composed, variable: [span]))
  }
}

extension OutputCodePointTests {
  /// The diagnostic of such a mismatch says where the texts differ and how, since both sides print alike.
  @Test func theMismatchNotesNameTheCodePoints() {
    let notes = OutputComparison.mismatchNotes(expected: "x\n" + Self.composed, actual: "x\n" + Self.decomposed)
    #expect(
      notes.last
        == "the texts differ only in how a character is composed: line 2, character 5 is U+00E9 in the expected "
        + "output, U+0065 U+0301 in what Python prints")
    #expect(OutputComparison.mismatchNotes(expected: "'cafe'", actual: Self.composed).count == 2)
  }
}
