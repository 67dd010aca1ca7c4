import Foundation
import Site
import Testing

/// A page's sidebar lists a bounded window of chapters (`HostileInputTests` checks its size), so rendering a book
/// stays linear in its chapters; these check the marking and determinism. (Speed is measured by
/// `Benchmarks/book_benchmark.py`: a timed unit test fails on a busy machine.)
@Suite struct RenderSpeedShapeTests {
  /// A book's own copy of the default templates goes through the override path and must print the same pages.
  @Test(arguments: [0, 1, 17]) func defaultTemplatesGivenAsOverridesRenderTheSame(chapters: Int) throws {
    let book = SyntheticBook.book(chapters: chapters, withHome: true)
    let overrides = SyntheticBook.defaultTemplatesAsOverrides
    try #require(overrides.count == 3)
    #expect(differingFiles(SiteRenderer.render(book), SiteRenderer.render(book, templateOverrides: overrides)) == [])
  }

  @Test func sidebarMarksOnlyThePageItself() {
    let site = SiteRenderer.render(SyntheticBook.book(chapters: 5))
    let page = SampleBook.text(site, "chapter-3.html")
    // The sidebar template's list item, with the title escaped as HTML text.
    #expect(
      page.contains(
        "<li><a href=\"chapter-3.html\" aria-current=\"page\">Chapter 3 &lt;a &amp; b&gt; e\u{301}</a></li>\n"
          + "<li><a href=\"chapter-4.html\">Chapter 4 &lt;a &amp; b&gt; e\u{301}</a></li>\n"))
    #expect(page.components(separatedBy: "aria-current=\"page\"").count == 2)
    #expect(!SampleBook.text(site, "index.html").contains("<li><a href=\"chapter-1.html\" aria-current"))
  }

  @Test func filesDoNotDependOnJobs() {
    let book = SyntheticBook.book(chapters: 17, withHome: true)
    let single = SiteRenderer.render(book, jobs: 1)
    let parallel = SiteRenderer.render(book, jobs: 4)
    #expect(differingFiles(single, parallel) == [])
    #expect(single.diagnostics == parallel.diagnostics)
  }

  /// Names of the files that differ or exist in only one site (the bytes themselves would flood the log).
  private func differingFiles(_ first: RenderedSite, _ second: RenderedSite) -> [String] {
    Set(first.files.keys).union(second.files.keys).filter { first.files[$0] != second.files[$0] }.sorted()
  }
}
