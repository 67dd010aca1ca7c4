import Foundation
import Site
import Testing

/// Writes the sample site to `DOCBUILD_SAMPLE_SITE` for looking at in a browser; skipped when it is not set.
@Suite struct SampleSiteExport {
  static let folder = ProcessInfo.processInfo.environment["DOCBUILD_SAMPLE_SITE"]

  @Test(.enabled(if: folder != nil)) func writeSampleSite() throws {
    let folder = URL(fileURLWithPath: try #require(Self.folder))
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let site = SiteRenderer.render(SampleBook.book)
    for (name, bytes) in site.files {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))
  }
}
