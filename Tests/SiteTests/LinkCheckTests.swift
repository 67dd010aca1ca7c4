import Foundation
import Markdown
import Site
import SourceText
import Testing

/// Internal links and `#anchors` are checked at build time; each broken one is reported at the link.
@Suite struct LinkCheckTests {
  struct LinkCase: CustomTestStringConvertible, Sendable {
    var name: String
    var destination: String
    var brokenMessage: String?
    var testDescription: String { name }
  }

  static let cases: [LinkCase] = [
    LinkCase(name: "anchor on the same page", destination: "#second-part", brokenMessage: nil),
    LinkCase(
      name: "missing anchor on the same page", destination: "#nowhere",
      brokenMessage: "broken link '#nowhere': 'one.html' has no heading with id 'nowhere'"),
    LinkCase(name: "other chapter by source name", destination: "02-two.md", brokenMessage: nil),
    LinkCase(name: "other chapter with a query", destination: "02-two.md?v=1#deep-end", brokenMessage: nil),
    LinkCase(
      name: "missing chapter with a query", destination: "03-three.md?v=1",
      brokenMessage: "broken link '03-three.md?v=1': the book has no page '03-three.md'"),
    LinkCase(name: "other chapter percent-encoded", destination: "02-t%77o.md", brokenMessage: nil),
    LinkCase(name: "other chapter's anchor by page name", destination: "two.html#deep-end", brokenMessage: nil),
    LinkCase(
      name: "missing anchor in another chapter", destination: "02-two.md#shallow-end",
      brokenMessage: "broken link '02-two.md#shallow-end': 'two.html' has no heading with id 'shallow-end'"),
    LinkCase(
      name: "missing chapter", destination: "03-three.md",
      brokenMessage: "broken link '03-three.md': the book has no page '03-three.md'"),
    LinkCase(
      name: "missing page", destination: "three.html#x",
      brokenMessage: "broken link 'three.html#x': the book has no page 'three.html'"),
    LinkCase(name: "home page", destination: "index.html", brokenMessage: nil),
    LinkCase(name: "percent-encoded anchor", destination: "#second%2Dpart", brokenMessage: nil),
    LinkCase(name: "external site", destination: "https://example.com/#nowhere", brokenMessage: nil),
    LinkCase(name: "mail", destination: "mailto:someone@example.com", brokenMessage: nil),
    LinkCase(name: "other file", destination: "figures/plot.png", brokenMessage: nil),
  ]

  static func book(linkingTo destination: String) -> BookSite {
    let linkPosition = SourcePosition(line: 3, column: 9)
    let one = ChapterPage(
      sourcePath: "content/01-one.md", slug: "one", title: "One",
      document: Document(blocks: [
        .heading(level: 1, content: [.text("One")], position: SampleBook.at(1)),
        .paragraph(
          [
            .text("Go to "),
            .link(destination: destination, title: "", content: [.text("there")], position: linkPosition),
          ],
          position: SampleBook.at(3)),
        .heading(level: 2, content: [.text("Second part")], position: SampleBook.at(5)),
      ]), snippets: [:], math: [:])
    let two = ChapterPage(
      sourcePath: "content/02-two.md", slug: "two", title: "Two",
      document: Document(blocks: [
        .heading(level: 1, content: [.text("Two")], position: SampleBook.at(1)),
        .heading(level: 2, content: [.text("Deep end")], position: SampleBook.at(3)),
      ]), snippets: [:], math: [:])
    return BookSite(title: "Links", home: nil, chapters: [one, two])
  }

  @Test(arguments: cases)
  func linkIsCheckedAtItsPosition(_ linkCase: LinkCase) {
    let site = SiteRenderer.render(Self.book(linkingTo: linkCase.destination))
    if let message = linkCase.brokenMessage {
      #expect(
        site.diagnostics == [
          Diagnostic(
            path: "content/01-one.md", position: SourcePosition(line: 3, column: 9), message: message)
        ])
    } else {
      #expect(site.diagnostics.isEmpty)
    }
  }

  @Test func markdownLinksPointAtPages() {
    let site = SiteRenderer.render(Self.book(linkingTo: "02-two.md#deep-end"))
    #expect(SampleBook.text(site, "one.html").contains("<a href=\"two.html#deep-end\">there</a>"))
  }

  @Test(arguments: [
    "javascript:alert(1)", " JavaScript:alert(1)", "vbscript:x", "file:///etc/passwd", "data:text/html,x",
    "data:image/png;base64,AAAA",
  ])
  func scriptURLsAreRefusedUnlessTheBookOptsIn(destination: String) {
    var book = Self.book(linkingTo: destination)
    let refused = SiteRenderer.render(book)
    // The link keeps its text and loses its element; the build fails at the link.
    #expect(SampleBook.text(refused, "one.html").contains("<p>Go to there</p>"))
    #expect(refused.diagnostics.map(\.position) == [SourcePosition(line: 3, column: 9)])
    #expect(refused.diagnostics.first?.message.hasPrefix("link to a '") == true)
    book.allowsRawHTML = true
    let allowed = SiteRenderer.render(book)
    let written = destination.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "&", with: "&amp;")
    #expect(SampleBook.text(allowed, "one.html").contains("<a href=\"\(written)\">there</a>"))
    #expect(allowed.diagnostics.isEmpty)
  }

  @Test func sampleBookHasNoBrokenLinks() {
    #expect(SiteRenderer.render(SampleBook.book).diagnostics.isEmpty)
  }

  @Test func chaptersSharingAFileAreReported() {
    var book = Self.book(linkingTo: "#second-part")
    book.chapters.append(SampleBook.chapter(slug: "index", blocks: []))
    let site = SiteRenderer.render(book)
    #expect(site.diagnostics.map(\.path) == ["content/index.md"])
  }
}
