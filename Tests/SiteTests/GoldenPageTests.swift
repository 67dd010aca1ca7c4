import Foundation
import Site
import TestSupport
import Testing

/// Compares whole rendered pages with the files in `Golden/`; `DOCBUILD_RECORD=1` rewrites them and fails on purpose.
@Suite struct GoldenPageTests {
  static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

  @Test(arguments: ["index.html", "addition.html", "affine-layers.html", "search-index.json"])
  func pageMatchesGolden(file: String) throws {
    let site = SiteRenderer.render(SampleBook.book)
    let rendered = try #require(site.files[file])
    Golden.check(
      String(decoding: rendered, as: UTF8.self), against: Self.goldenFolder.appendingPathComponent(file))
  }
}
