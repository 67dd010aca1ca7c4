import Foundation
import Site
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every page is written as XHTML-compatible HTML5, so an XML parser must accept it whole.
@Suite struct WellFormednessTests {
  final class ErrorCollector: NSObject, XMLParserDelegate {
    var errors: [String] = []
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      errors.append("line \(parser.lineNumber), column \(parser.columnNumber): \(parseError)")
    }
  }

  static func parseErrors(_ bytes: [UInt8]) -> [String] {
    let parser = XMLParser(data: Data(bytes))
    let collector = ErrorCollector()
    parser.delegate = collector
    let parsed = parser.parse()
    return parsed ? collector.errors : collector.errors + ["parse failed"]
  }

  static let books: [(String, BookSite)] = [
    ("generated home", SampleBook.book),
    (
      "written home",
      BookSite(
        title: "Written", home: SampleBook.chapter(slug: "index", blocks: SampleBook.affineDocument.blocks),
        chapters: SampleBook.book.chapters)
    ),
    (
      "raw HTML allowed",
      {
        var book = SampleBook.book; book.allowsRawHTML = true; return book
      }()
    ),
  ]

  @Test(arguments: books.indices)
  func everyPageIsWellFormed(book: Int) {
    let site = SiteRenderer.render(Self.books[book].1)
    let pages = site.files.keys.filter { $0.hasSuffix(".html") }.sorted()
    // The home page, two chapters and the print page.
    #expect(pages.count == 4)
    for page in pages {
      let errors = Self.parseErrors(site.files[page] ?? [])
      #expect(errors.isEmpty, "\(Self.books[book].0) \(page): \(errors)")
    }
  }

  @Test func checkerRejectsUnbalancedTags() {
    #expect(!Self.parseErrors(Array("<html><body><p>open</body></html>".utf8)).isEmpty)
  }
}
