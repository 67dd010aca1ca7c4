import Foundation
import Testing

@testable import Site

/// The search index's string literals, checked against Foundation's JSON parser on text with and without escapes.
@Suite struct SearchIndexQuotingTests {
  @Test(arguments: [
    "plain words", "", "a → b (U+2192 shares its first UTF-8 byte with U+2028)", "quote \" and backslash \\",
    "tab\tnew\nline\r", "separators \u{2028} \u{2029}", "control \u{1} \u{1F}", "é e\u{301} 𝑥",
  ])
  func quotedTextParsesBackToItself(text: String) throws {
    let literal = SearchIndex.quoted(text)
    let parsed = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
    #expect(parsed == text)
    #expect(!literal.contains("\u{2028}") && !literal.contains("\u{2029}"))
  }

  @Test func textWithoutEscapesIsOnlyWrappedInQuotes() {
    #expect(SearchIndex.quoted("a → b") == "\"a → b\"")
    #expect(SearchIndex.quoted("x\u{2029}") == "\"x\\u2029\"")
  }

  @Test func scriptAssignsTheJSONWithoutItsFinalNewline() {
    let json = SearchIndex.json([SearchPage(href: "a.html", title: "A", sections: [])])
    #expect(json == "{\"pages\":[\n{\"href\":\"a.html\",\"sections\":[],\"title\":\"A\"}\n]}\n")
    #expect(
      SearchIndex.script(json: json)
        == "window.docbuildSearchIndex = {\"pages\":[\n{\"href\":\"a.html\",\"sections\":[],\"title\":\"A\"}\n]};\n")
  }
}
