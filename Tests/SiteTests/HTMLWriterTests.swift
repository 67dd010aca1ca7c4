import TestSupport
import Testing

@testable import Site

/// The HTML writer keeps its markup as bytes; what it writes must be what the one escaper and the fixed tags spell.
@Suite struct HTMLWriterTests {
  /// XML's rule written out scalar by scalar, independent of both escapers.
  private func referenceEscape(_ text: String) -> String {
    let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
    return text.unicodeScalars.map { entities[$0] ?? String($0) }.joined()
  }

  @Test func textIsEscapedAsTheOneEscaperEscapesIt() {
    // Specials beside multi-byte scalars, combining marks on specials, controls; long enough for heap strings too.
    let alphabet: [Unicode.Scalar] = [
      "a", " ", "&", "<", ">", "\"", "'", "\u{E9}", "\u{2713}", "\u{1F600}", "\u{301}", "\t", "\n", "\u{1}",
    ]
    var generator = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 40) {
        scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      let text = String(scalars)
      var html = HTML()
      html.text(text)
      #expect(html.markup == referenceEscape(text), "\(text.debugDescription)")
      #expect(html.markup == escapeHTML(text))
      var fromSubstring = HTML()
      fromSubstring.text(text.dropFirst())
      #expect(fromSubstring.markup == referenceEscape(String(text.dropFirst())))
      var attribute = HTML()
      attribute.open("span", "title", text)
      #expect(attribute.markup == "<span title=\"" + referenceEscape(text) + "\">")
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
    let alphabet: [Unicode.Scalar] = ["a", "\n", "\r", "\u{301}", "\u{E9}", " "]
    var generator = SplitMix64(seed: 12)
    for _ in 0..<2000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 16) {
        scalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
      }
      let code = String(scalars)
      #expect(
        CodeBlockRenderer.lineCount(code) == code.split(separator: "\n", omittingEmptySubsequences: false).count,
        "\(code.debugDescription)")
    }
  }
}
