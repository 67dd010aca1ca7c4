import Foundation
import Markdown
import Testing

@testable import Site

/// Hostile chapters: script URLs in every disguise a browser accepts, page names that look like schemes, template
/// values that slip past Mustache's escaping, repeated headings, and books long enough to make every page list a
/// thousand chapters.
@Suite struct HostileInputTests {
  /// A book whose only chapter is `markdown`, parsed as the pipeline parses it.
  static func book(_ markdown: String, slug: String = "one", title: String = "Book") -> BookSite {
    let parsed = MarkdownParser.parse(markdown)
    let chapter = ChapterPage(
      sourcePath: "content/01-\(slug).md", slug: slug, title: "One", document: parsed.document, snippets: [:],
      math: [:])
    return BookSite(title: title, home: nil, chapters: [chapter])
  }

  /// Every `href` and `src` value of every HTML file, entities decoded as an HTML parser decodes them.
  static func urls(in site: RenderedSite) -> [String] {
    var found: [String] = []
    for (name, bytes) in site.files where name.hasSuffix(".html") {
      let html = String(decoding: bytes, as: UTF8.self)
      for attribute in [" href=\"", " src=\""] {
        for piece in html.components(separatedBy: attribute).dropFirst() {
          let value = piece.prefix { $0 != "\"" }
          found.append(
            value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
              .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
              .replacingOccurrences(of: "&amp;", with: "&"))
        }
      }
    }
    return found
  }

  /// What a browser does before it reads the scheme (WHATWG URL parsing), written out independently of `SafeURL`.
  static func browserScheme(_ url: String) -> String? {
    let trimmed = url.unicodeScalars.drop { $0.value <= 0x20 }
    let kept = String(String.UnicodeScalarView(trimmed.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
    guard let colon = kept.firstIndex(of: ":") else { return nil }
    let scheme = kept[..<colon]
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return nil }
    return scheme.lowercased()
  }

  static let disguisedScripts = [
    "[t](java&#9;script:alert(1))", "[t](java&#10;script:alert(1))", "[t](java&#13;script:alert(1))",
    "[t](<&#1;javascript:alert(1)>)", "[t](<&#32;javascript:alert(1)>)", "[t](JaVaScRiPt:alert(1))",
    "<javascript:alert(1)>", "[t](&#x6A;avascript:alert(1))", "[t][r]\n\n[r]: java&#9;script:alert(1)",
    "[t](vbscript:msgbox(1))", "[t](data:text/html,<script>alert(1)</script>)",
    "![i](javascript:alert(1))", "![i](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
  ]

  @Test(arguments: disguisedScripts)
  func noScriptURLReachesAnyPage(markdown: String) {
    // In the first paragraph (the home page's summary), in a heading (the table of contents) and in the body.
    let site = SiteRenderer.render(Self.book("# One\n\n\(markdown)\n\n## A \(markdown)\n\n## B\n\n\(markdown)\n"))
    let schemes = Self.urls(in: site).compactMap(Self.browserScheme)
    #expect(schemes.allSatisfy { ["http", "https", "mailto"].contains($0) }, "\(schemes)")
    // Reported once per place the author wrote it, at the link.
    #expect(site.diagnostics.count == 3)
    #expect(site.diagnostics.allSatisfy { $0.message.contains("URL refused") })
  }

  @Test func allowedURLsAreWrittenAsTheBrowserReadsThem() {
    let site = SiteRenderer.render(
      Self.book("# One\n\n[a](<&#9; https://example.com/a b>) [m](mailto:x@example.com) [r](notes/x&#1;y.txt)\n"))
    let urls = Self.urls(in: site)
    #expect(urls.contains("https://example.com/a%20b"))
    #expect(urls.contains("mailto:x@example.com"))
    #expect(urls.contains("notes/x%01y.txt"))
    #expect(site.diagnostics.isEmpty)
  }

  @Test func rawHTMLOptInKeepsAnySchemeButNotTheControls() {
    var book = Self.book("# One\n\n[t](java&#9;script:go())\n")
    book.allowsRawHTML = true
    let site = SiteRenderer.render(book)
    #expect(Self.urls(in: site).contains("javascript:go()"))
    #expect(site.diagnostics.isEmpty)
  }

  @Test func pageNamesThatLookLikeSchemesStayRelative() {
    let site = SiteRenderer.render(
      Self.book("# One\n\n[self](01-javascript:alert(1).md)\n", slug: "javascript:alert(1)"))
    #expect(site.files["javascript:alert(1).html"] != nil)
    let urls = Self.urls(in: site)
    #expect(urls.contains("javascript%3Aalert(1).html"))
    #expect(urls.compactMap(Self.browserScheme).isEmpty, "\(urls)")
    let index = String(decoding: site.files["search-index.json"] ?? [], as: UTF8.self)
    #expect(index.contains("\"href\":\"javascript%3Aalert(1).html\""))
  }

  @Test func templateValuesWithCombiningMarksStayEscaped() {
    let title = "A\"\u{301} onmouseover=alert(1) '\u{301}<\u{301}b>"
    let site = SiteRenderer.render(
      Self.book("# One\n", title: title), templateOverrides: ["page.mustache": "<a title=\"{{bookTitle}}\">x</a>"])
    let page = String(decoding: site.files["one.html"] ?? [], as: UTF8.self)
    #expect(!page.contains("\"\u{301}") && !page.contains("<\u{301}") && !page.contains("'\u{301}"))
    #expect(page.hasPrefix("<a title=\"A&quot;\u{200B}\u{301} onmouseover=alert(1) &#39;"))
  }

  @Test func repeatedHeadingsTakeLinearWork() {
    var slugger = HeadingSlugger()
    // A heading that takes a later repeat's id first must not be reused.
    #expect(slugger.uniqueID(for: "A 2") == "a-2")
    let ids = (0..<20_000).map { _ in slugger.uniqueID(for: "A") }
    #expect(ids.prefix(4) == ["a", "a-1", "a-3", "a-4"])
    #expect(Set(ids).count == ids.count)
    #expect(slugger.probes <= 2 * ids.count)
  }

  @Test func pageSizeDoesNotGrowWithTheBook() throws {
    let small = SiteRenderer.render(SyntheticBook.book(chapters: 10))
    let large = SiteRenderer.render(SyntheticBook.book(chapters: 1000))
    let smallest = small.files.filter { $0.key.hasPrefix("chapter-") }.map(\.value.count).max() ?? 0
    let largest = large.files.filter { $0.key.hasPrefix("chapter-") }.map(\.value.count).max() ?? 0
    // The titles carry the chapter's number, a few bytes longer in the large book; the sidebar adds one link.
    #expect(largest <= smallest + 400, "10 chapters: \(smallest) bytes, 1000 chapters: \(largest) bytes")
    // Still navigable without script: each page links to its neighbours and to the home page, which lists all.
    let page = SampleBook.text(large, "chapter-500.html")
    for neighbour in [496, 499, 500, 501, 504] { #expect(page.contains("href=\"chapter-\(neighbour).html\"")) }
    #expect(!page.contains("href=\"chapter-495.html\"") && !page.contains("href=\"chapter-505.html\""))
    #expect(page.contains("<a class=\"all-chapters\" href=\"index.html#chapters-title\">All 1000 chapters</a>"))
    #expect(page.contains("style=\"counter-reset: chapter 495\""))
    let home = SampleBook.text(large, "index.html")
    #expect((1...1000).allSatisfy { home.contains("<a href=\"chapter-\($0).html\">") })
  }

  @Test func windowStaysInsideTheBook() {
    #expect(ChapterWindow(current: 1, count: 1000).indices == 0..<9)
    #expect(ChapterWindow(current: 1000, count: 1000).indices == 991..<1000)
    #expect(ChapterWindow(current: nil, count: 1000).indices == 0..<9)
    #expect(ChapterWindow(current: 7, count: 10).indices == 0..<10)
    #expect(ChapterWindow(current: nil, count: 0).indices.isEmpty)
  }
}
