import Foundation
import Markdown
import Site
import Testing

/// Fixes from reading the real book in a browser: tables that fit, marks that stay visible, lines that break well.
@Suite struct ReadingLayoutTests {
  let site = SiteRenderer.render(SampleBook.book)
  var addition: String { SampleBook.text(site, "addition.html") }
  var stylesheet: String { SampleBook.text(site, "style.css") }

  /// One paragraph of `inlines` with `$x$` as math id 0, rendered on its own page.
  private func paragraphHTML(_ inlines: [Inline]) -> String {
    let chapter = ChapterPage(
      sourcePath: "content/p.md", slug: "p", title: "P",
      document: Document(blocks: [.paragraph(inlines, position: SampleBook.at(1))]), snippets: [:],
      math: [0: "<math><mi>x</mi></math>"])
    let page = SampleBook.text(SiteRenderer.render(BookSite(title: "T", home: nil, chapters: [chapter])), "p.html")
    guard let start = page.range(of: "<p>"), let end = page.range(of: "</p>", range: start.upperBound..<page.endIndex)
    else { return "" }
    return String(page[start.lowerBound..<end.upperBound])
  }

  private func inlineX() -> Inline { .math(MathSpan(id: 0, tex: "x", isDisplay: false, position: SampleBook.at(1))) }

  @Test func punctuationAfterInlineMathStaysOnItsLine() {
    #expect(
      paragraphHTML([.text("Take "), inlineX(), .text("), then stop.")])
        == "<p>Take <span class=\"nowrap\"><math><mi>x</mi></math>),</span> then stop.</p>")
    #expect(
      paragraphHTML([.text("Ends with "), inlineX(), .text(".")])
        == "<p>Ends with <span class=\"nowrap\"><math><mi>x</mi></math>.</span></p>")
  }

  @Test func inlineMathWithoutFollowingPunctuationIsLeftAlone() {
    #expect(paragraphHTML([inlineX(), .text(" and more")]) == "<p><math><mi>x</mi></math> and more</p>")
    #expect(paragraphHTML([.text("End "), inlineX()]) == "<p>End <math><mi>x</mi></math></p>")
    #expect(
      paragraphHTML([inlineX(), .emphasis([.text(",")])]) == "<p><math><mi>x</mi></math><em>,</em></p>")
  }

  @Test func escapedPunctuationIsStillEscaped() {
    #expect(
      paragraphHTML([inlineX(), .text("&<b")])
        == "<p><span class=\"nowrap\"><math><mi>x</mi></math>&amp;</span>&lt;b</p>")
  }

  @Test func nowrapAndMathFontsAreStyled() {
    #expect(stylesheet.contains(".nowrap {\n  white-space: nowrap;\n}"))
    // The bundled math font comes first, so formulas typeset alike in every browser with no font installed.
    #expect(stylesheet.contains("font-family: \"docbuild Math\", math;"))
    #expect(stylesheet.contains("src: url(\"docbuild-math.woff2\") format(\"woff2\");"))
  }

  @Test func gradientHeadersDoNotNameAVariable() {
    // The rows are for A and b; a header saying ∂l/∂x would read as a gradient with respect to some x.
    #expect(!addition.contains("∂l/∂x"))
    #expect(addition.contains("<td class=\"values\" data-label=\"∂l/∂A\">"))
    #expect(addition.contains("<td class=\"shape\" data-label=\"Gradient shape\">(2, 3)</td>"))
  }

  @Test func everyGradientCellIsLabelledForTheStackedLayout() throws {
    let row = try #require(addition.firstRange(of: /<tr><th scope="row">.*?<\/tr>/))
    let cells = addition[row].components(separatedBy: "<td").dropFirst()
    #expect(cells.count == 6)
    #expect(cells.allSatisfy { $0.contains("data-label=\"") })
    #expect(stylesheet.contains("content: attr(data-label);"))
    // The cards follow the width of the text column, not the window, so a tablet beside the sidebar gets them too.
    #expect(stylesheet.contains("container-type: inline-size;"))
    // 34rem: the seven columns fit a desktop text column with common sans fonts, so cards are for phones and tablets.
    #expect(stylesheet.contains("@container (max-width: 34rem) {"))
  }

  @Test func verifiedMarksOpenTheirLineInAGutter() {
    #expect(addition.contains("<pre class=\"code has-verified\"><code class=\"language-python\">"))
    #expect(addition.contains("<pre class=\"code transcript has-verified\">"))
    // The transcript without claims gets no gutter.
    #expect(addition.contains("<pre class=\"code transcript\"><code class=\"language-python\"><span class=\"prompt\">"))
    #expect(stylesheet.contains("pre.has-verified {\n  position: relative;\n  padding-left: 1.75rem;\n}"))
  }

  @Test func writtenHomePageThatLinksEveryChapterIsNotFollowedByASecondList() {
    let links: [Inline] = [
      .link(destination: "01-addition.md", title: "", content: [.text("one")], position: SampleBook.at(3)),
      .text(" and "),
      .link(destination: "02-affine-layers.md", title: "", content: [.text("two")], position: SampleBook.at(3, 30)),
    ]
    let home = ChapterPage(
      sourcePath: "content/index.md", slug: "index", title: "Welcome",
      document: Document(blocks: [
        .heading(level: 1, content: [.text("Welcome")], position: SampleBook.at(1)),
        .heading(level: 2, content: [.text("Contents")], position: SampleBook.at(2)),
        .paragraph(links, position: SampleBook.at(3)),
      ]), snippets: [:], math: [:])
    let rendered = SiteRenderer.render(BookSite(title: "Welcome", home: home, chapters: SampleBook.book.chapters))
    let page = SampleBook.text(rendered, "index.html")
    #expect(page.contains("<a href=\"addition.html\">one</a> and <a href=\"affine-layers.html\">two</a>"))
    #expect(!page.contains("chapters-title"))
    #expect(!page.contains("chapter-summaries"))
  }
}
