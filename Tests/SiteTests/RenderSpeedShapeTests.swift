import Foundation
import Site
import Testing

/// Every page lists every chapter. The default theme renders those lists once per book rather than once per page;
/// these check that the shortcut prints what a plain Mustache loop prints. (Its speed is measured by
/// `Benchmarks/book_benchmark.py`, not here: a timed unit test fails on a busy machine.)
@Suite struct RenderSpeedShapeTests {
  @Test(arguments: [0, 1, 2, 17], [false, true])
  func defaultThemeMatchesAPlainMustacheLoop(chapters: Int, withHome: Bool) throws {
    let book = SyntheticBook.book(chapters: chapters, withHome: withHome)
    // The same templates given as a book's own turn the shortcut off, so Mustache loops over every chapter.
    let overrides = SyntheticBook.defaultTemplatesAsOverrides
    try #require(overrides.count == 3)
    let shortcut = SiteRenderer.render(book)
    let plain = SiteRenderer.render(book, templateOverrides: overrides)
    #expect(shortcut.diagnostics == plain.diagnostics)
    #expect(differingFiles(shortcut, plain) == [])
  }

  @Test func sampleBookMatchesAPlainMustacheLoop() {
    let shortcut = SiteRenderer.render(SampleBook.book)
    let plain = SiteRenderer.render(SampleBook.book, templateOverrides: SyntheticBook.defaultTemplatesAsOverrides)
    #expect(differingFiles(shortcut, plain) == [])
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
