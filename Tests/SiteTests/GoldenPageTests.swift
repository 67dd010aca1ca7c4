import Foundation
import Site
import Testing

/// Compares whole rendered pages with the files in `Golden/`; `DOCBUILD_RECORD=1` rewrites them and fails on purpose.
@Suite struct GoldenPageTests {
  static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  @Test(arguments: ["index.html", "addition.html", "affine-layers.html", "search-index.json"])
  func pageMatchesGolden(file: String) throws {
    let site = SiteRenderer.render(SampleBook.book)
    let rendered = try #require(site.files[file])
    let golden = Self.goldenFolder.appendingPathComponent(file)
    if ProcessInfo.processInfo.environment["DOCBUILD_RECORD"] == "1" {
      try Data(rendered).write(to: golden)
      Issue.record("recorded \(file); run again without DOCBUILD_RECORD to compare")
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    let actual = String(decoding: rendered, as: UTF8.self)
    if actual != expected {
      let firstDifference = zip(actual.split(separator: "\n"), expected.split(separator: "\n"))
        .enumerated().first { $0.element.0 != $0.element.1 }
      Issue.record(
        """
        \(file) differs from Golden/\(file) at line \((firstDifference?.offset ?? 0) + 1):
        actual:   \(firstDifference?.element.0 ?? "")
        expected: \(firstDifference?.element.1 ?? "")
        """)
    }
  }
}
