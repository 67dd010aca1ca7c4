import Foundation
import Markdown
import Site
import Testing

/// Issue 13: math that typesets everywhere, readable search text, unique ids on the print page, page metadata.
@Suite struct TrustedPageTests {
  let site = SiteRenderer.render(SampleBook.book)
  var addition: String { SampleBook.text(site, "addition.html") }

  /// A one-paragraph chapter whose formula 0 has the given MathML.
  private func chapter(mathML: String, tex: String) -> ChapterPage {
    let span = MathSpan(id: 0, tex: tex, isDisplay: false, position: SampleBook.at(1))
    return ChapterPage(
      sourcePath: "content/m.md", slug: "m", title: "M",
      document: Document(blocks: [
        .paragraph([.text("Let "), .math(span), .text(" hold.")], position: SampleBook.at(1))
      ]),
      snippets: [:], math: [0: mathML])
  }

  private func searchText(mathML: String, tex: String) -> String {
    let rendered = SiteRenderer.render(BookSite(title: "T", home: nil, chapters: [chapter(mathML: mathML, tex: tex)]))
    return SampleBook.text(rendered, "search-index.json")
  }

  @Test(arguments: [
    (
      "<math><mi>W</mi><mo>∈</mo><msup><mi>ℝ</mi><mrow><mi>d</mi><mo>×</mo><mi>m</mi></mrow></msup></math>",
      "W \\in \\mathbb{R}^{d \\times m}", "Let W ∈ ℝ^(d × m) hold."
    ),
    (
      "<math><mfrac><mrow><mi mathvariant=\"normal\">∂</mi><mi>l</mi></mrow><mrow><mi mathvariant=\"normal\">∂</mi><mi>x</mi></mrow></mfrac></math>",
      "\\frac{\\partial l}{\\partial x}", "Let ∂l/∂x hold."
    ),
    (
      "<math><msub><mi>x</mi><mn>1</mn></msub><mo>&lt;</mo><msqrt><mn>2</mn></msqrt><mo>&amp;</mo><mi>&#x3B1;</mi></math>",
      "x_1 < \\sqrt 2", "Let x_1 < √2&α hold."
    ),
  ])
  func searchTextReadsMathAsUnicodeNotTeX(mathML: String, tex: String, expected: String) {
    let index = searchText(mathML: mathML, tex: tex)
    #expect(index.contains("\"text\":\"\(expected)\""), "\(index)")
    #expect(!index.contains("\\\\"))
  }

  @Test func hostileMathMLNeitherCrashesNorHangs() {
    let deep = String(repeating: "<mrow>", count: 5000) + "x" + String(repeating: "</mrow>", count: 5000)
    for mathML in ["<math><mi>x", "<math><mi>a</mi></mo></math>&", "<", deep, "&#xFFFFFFFF;&bogus;"] {
      let index = searchText(mathML: mathML, tex: "x")
      #expect(index.hasPrefix("{\"pages\":["))
    }
  }

  @Test func pagesLinkTheBundledMathFontFaviconAndDescription() throws {
    let font = try #require(site.files["docbuild-math.woff2"])
    // WOFF2's signature (the font script once saved plain OpenType under this name); the licence names the source.
    #expect(Array(font.prefix(4)) == Array("wOF2".utf8))
    let licence = SampleBook.text(site, "docbuild-math-LICENSE.txt")
    #expect(licence.contains("SIL Open Font License, Version 1.1"))
    #expect(licence.contains("STIX Math"))
    #expect(SampleBook.text(site, "favicon.svg").hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(addition.contains("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\" />"))
    #expect(addition.contains("<meta name=\"description\" content=\""))
  }

  @Test func descriptionIsTheFirstParagraphCutAtAWord() {
    let words = (1...60).map { "word\($0)" }.joined(separator: " ")
    let long = SampleBook.chapter(slug: "long", blocks: [.paragraph([.text(words)], position: SampleBook.at(1))])
    let page = SampleBook.text(SiteRenderer.render(BookSite(title: "T", home: nil, chapters: [long])), "long.html")
    let content = page.firstMatch(of: /<meta name="description" content="([^"]*)"/).map { String($0.output.1) }
    let description = content ?? ""
    #expect(description.hasSuffix("…"))
    #expect(description.count <= 161)
    // Whole words only: the text before the ellipsis is a prefix of the paragraph ending at a word.
    let kept = String(description.dropLast())
    #expect(words.hasPrefix(kept + " "))
  }

  @Test func printPageHoldsEveryPageWithUniqueIDsAndInternalLinks() throws {
    let print = SampleBook.text(site, "print.html")
    let ids = print.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
    #expect(Set(ids).count == ids.count, "duplicate ids on the print page")
    for section in ["index", "addition", "affine-layers"] {
      #expect(ids.contains(section))
    }
    // Every same-page link on the print page lands on an id that exists there.
    let targets = print.matches(of: /\shref="#([^"]*)"/).map { String($0.output.1) }
    #expect(!targets.isEmpty)
    for target in targets {
      #expect(ids.contains(target), "#\(target) has no element on the print page")
    }
    #expect(!print.contains("href=\"addition.html#"))
    #expect(!print.contains("class=\"pager\""))
    #expect(addition.contains("<a href=\"print.html\">Print the whole book</a>"))
  }

  @Test func aChapterCalledPrintIsReportedNotOverwritten() {
    let print = SampleBook.chapter(slug: "print", blocks: [.paragraph([.text("Mine.")], position: SampleBook.at(1))])
    let rendered = SiteRenderer.render(BookSite(title: "T", home: nil, chapters: [print]))
    #expect(rendered.diagnostics.map(\.message).contains { $0.contains("'print.html'") })
    #expect(!SampleBook.text(rendered, "print.html").contains("<p>Mine.</p>"))
  }

  @Test func gradientTablesAreFocusableGroupsNotRepeatedLandmarks() {
    #expect(
      addition.contains("<div class=\"table-scroll\" role=\"group\" tabindex=\"0\" aria-label=\"Gradients of l\">"))
    #expect(!addition.contains("role=\"region\""))
  }

  @Test func outputLinesWrapWithAContinuationMark() {
    let stylesheet = SampleBook.text(site, "style.css")
    #expect(
      stylesheet.contains(".output-lines .line,\npre.output .line {\n  display: block;\n  white-space: pre-wrap;"))
    #expect(stylesheet.contains("math[display=\"block\"] {\n  margin: 0.5rem 0;\n  padding: 0.5rem 0;"))
  }
}
