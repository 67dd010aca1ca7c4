import Foundation
import Markdown
import Site
import SourceText

/// Generated books of any length, for tests of how rendering scales and of the chapter-list shortcut.
enum SyntheticBook {
  /// A book of `chapters` short chapters; titles carry characters HTML escapes and a combining accent, every third
  /// chapter has no summary paragraph, and `withHome` adds a written home page.
  static func book(chapters: Int, withHome: Bool = false) -> BookSite {
    let home = withHome ? page(slug: "index", title: "Synthetic", summary: "Welcome.") : nil
    return BookSite(
      title: "Synthetic <Book> & \"Co\"", home: home,
      chapters: (0..<chapters).map { index in
        let number = index + 1
        return
          page(
            slug: "chapter-\(number)", title: "Chapter \(number) <a & b> e\u{301}",
            summary: number % 3 == 0 ? nil : "Summary of *\(number)* & more.")
      })
  }

  /// Every default template's text, read from the package's theme folder, as a book would override it.
  static var defaultTemplatesAsOverrides: [String: String] {
    let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/Site/Theme").standardizedFileURL
    var overrides: [String: String] = [:]
    for name in ["page.mustache", "sidebar.mustache", "contents.mustache"] {
      overrides[name] = try? String(contentsOf: theme.appendingPathComponent(name), encoding: .utf8)
    }
    return overrides
  }

  private static func page(slug: String, title: String, summary: String?) -> ChapterPage {
    let at = SourcePosition(line: 1, column: 1)
    var blocks: [Block] = [.heading(level: 1, content: [.text(title)], position: at)]
    if let summary { blocks.append(.paragraph([.text(summary)], position: SourcePosition(line: 3, column: 1))) }
    blocks.append(.heading(level: 2, content: [.text("Details")], position: SourcePosition(line: 5, column: 1)))
    return ChapterPage(
      sourcePath: "content/\(slug).md", slug: slug, title: title, document: Document(blocks: blocks), snippets: [:],
      math: [:])
  }
}
