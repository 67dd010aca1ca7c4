import Site
import Testing

/// Same book, same bytes: no dates, no absolute paths, no dictionary order leaking into files.
@Suite struct DeterminismTests {
  @Test func renderingTwiceGivesTheSameBytes() {
    let first = SiteRenderer.render(SampleBook.book)
    let second = SiteRenderer.render(SampleBook.book)
    #expect(first.files == second.files)
    #expect(first.diagnostics == second.diagnostics)
  }

  @Test func filesContainNoAbsolutePaths() {
    for (name, bytes) in SiteRenderer.render(SampleBook.book).files {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(!text.contains("/work/") && !text.contains("file://"), "\(name)")
    }
  }

  @Test func searchIndexListsHeadingsAndTextPerPage() {
    let index = SampleBook.text(SiteRenderer.render(SampleBook.book), "search-index.json")
    #expect(
      index.hasPrefix("{\"pages\":[\n{\"href\":\"index.html\",\"sections\":[],\"title\":\"Gradients by Example\"},\n"))
    #expect(
      index.contains(
        "{\"heading\":\"The bias\",\"id\":\"the-bias\",\"text\":\"\"},"
          + "{\"heading\":\"Shapes\",\"id\":\"shapes\",\"text\":\"Back to the start\"}"))
  }
}
