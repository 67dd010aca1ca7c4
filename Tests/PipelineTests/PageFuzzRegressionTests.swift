import Foundation
import Markdown
import MathML
import Site
import Testing

/// Every committed input of the page fuzzer (`Fuzz/page-seeds`, and `Fuzz/regressions/pages` for inputs that once
/// failed) runs through the Markdown, math and page path as `Fuzz/FuzzPages.swift` runs it: no crash, no refused URL
/// and no `<script` of the content's on any page.
struct PageFuzzRegressionTests {
  static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fuzz").standardized

  static var inputs: [String] {
    ["page-seeds", "regressions/pages"].flatMap { folder in
      let path = fuzzFolder.appendingPathComponent(folder).path
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }
  }

  @Test func thereAreSeeds() {
    #expect(Self.inputs.contains { $0.hasPrefix("page-seeds/") })
  }

  @Test(arguments: inputs)
  func committedInputRendersSafely(name: String) throws {
    let bytes = try Data(contentsOf: Self.fuzzFolder.appendingPathComponent(name))
    guard let flags = bytes.first else { return }
    let allowsRawHTML = flags & 1 != 0
    let parsed = MarkdownParser.parse(String(decoding: bytes.dropFirst(), as: UTF8.self))
    var math: [Int: String] = [:]
    for span in parsed.math {
      if let rendered = try? MathML.render(tex: span.tex, display: span.isDisplay) { math[span.id] = rendered }
    }
    let chapter = ChapterPage(
      sourcePath: "content/01-fuzz.md", slug: "fuzz", title: "Fuzz", document: parsed.document, snippets: [:],
      math: math)
    let home = ChapterPage(
      sourcePath: "content/index.md", slug: "index", title: "Book",
      document: MarkdownParser.parse("# Book\n\n[Fuzz](01-fuzz.md)\n").document, snippets: [:], math: [:])
    let site = SiteRenderer.render(
      BookSite(title: "Book", home: home, chapters: [chapter], allowsRawHTML: allowsRawHTML))
    #expect(site.files["fuzz.html"] != nil)
    guard !allowsRawHTML else { return }
    for (file, contents) in site.files where file.hasSuffix(".html") {
      let html = String(decoding: contents, as: UTF8.self)
      #expect(html.components(separatedBy: "<script").count == 2, "\(file)")
      for attribute in [" href=\"", " src=\""] {
        for piece in html.components(separatedBy: attribute).dropFirst() {
          let value = piece.prefix { $0 != "\"" }.replacingOccurrences(of: "&amp;", with: "&")
          let scalars = value.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
          let text = String(String.UnicodeScalarView(scalars)).lowercased()
          #expect(
            !text.hasPrefix("javascript:") && !text.hasPrefix("vbscript:") && !text.hasPrefix("data:text"),
            "\(file): \(value)")
        }
      }
    }
  }
}
