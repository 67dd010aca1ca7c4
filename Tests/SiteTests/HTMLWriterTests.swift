import TestSupport
import Testing

@testable import Site

/// The HTML writer keeps its markup as bytes; what it writes must be what the one escaper and the fixed tags spell.
@Suite struct HTMLWriterTests {
  @Test func textIsEscapedAsTheOneEscaperEscapesIt() {
    // Up to 40 scalars: long enough for heap strings too.
    var generator = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      let text = MarkupReference.randomText(&generator, maximumLength: 40)
      var html = HTML()
      html.text(text)
      #expect(html.markup == MarkupReference.escape(text), "\(text.debugDescription)")
      #expect(html.markup == escapeHTML(text))
      var fromSubstring = HTML()
      fromSubstring.text(text.dropFirst())
      #expect(fromSubstring.markup == MarkupReference.escape(String(text.dropFirst())))
      var attribute = HTML()
      attribute.open("span", "title", text)
      #expect(attribute.markup == "<span title=\"" + MarkupReference.escape(text) + "\">")
    }
  }

  @Test func elementsAndLiteralsSpellTheirTags() {
    var html = HTML()
    html.open("pre", [HTMLAttribute("class", "code"), HTMLAttribute("id", nil)])
    html.element("code", "class", "language-python", .text("a < b"))
    html.selfClosing("img", [HTMLAttribute("alt", "x")])
    html.selfClosing("rect", [], svg: true)
    html.literal("\u{A0}✓\n")
    html.close("pre")
    #expect(
      html.markup
        == "<pre class=\"code\"><code class=\"language-python\">a &lt; b</code><img alt=\"x\" /><rect/>\u{A0}✓\n</pre>")
    html.dropTrailingNewline()
    #expect(html.markup.hasSuffix("</pre>"))
    html.literal("\n")
    html.dropTrailingNewline()
    #expect(html.markup.hasSuffix("</pre>"))
    #expect(HTML(trusted: "<math>é</math>").markup == "<math>é</math>")
  }

  @Test func linesAreCountedAsTheCharacterSplitCountsThem() {
    // A CR-LF pair is one Character, so it does not end a line there; a combining mark after a line feed does not
    // join it.
    var generator = SplitMix64(seed: 12)
    for _ in 0..<2000 {
      let code = MarkupReference.randomText(
        &generator, maximumLength: 16, alphabet: ["a", "\n", "\r", "\u{301}", "\u{E9}", " "])
      #expect(
        CodeBlockRenderer.lineCount(code) == code.split(separator: "\n", omittingEmptySubsequences: false).count,
        "\(code.debugDescription)")
    }
  }
}
