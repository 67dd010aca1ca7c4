/// Builds the values a page template sees; the names here are the documented template variables.
enum PageContext {
  /// The template context for `pages[index]`, whose body is already rendered; `entries` lists every chapter, and
  /// `homeListsChapters` says whether the home page prints that list (where the sidebar's "all chapters" link goes).
  static func make(
    bookTitle: String, pages: [PlannedPage], index: Int, body: RenderedBody, entries: [ChapterEntry],
    homeListsChapters: Bool
  ) -> [String: Any] {
    let page = pages[index]
    let tocHeadings = Array(body.headings.dropFirst(body.hasTitleHeading ? 1 : 0))
    let shallowest = tocHeadings.map(\.level).min() ?? 1
    var toc = tocHeadings.map { heading -> [String: Any] in
      ["id": heading.id, "html": heading.html, "text": templateText(heading.text), "depth": heading.level - shallowest]
    }
    let listsChapters = page.isHome && homeListsChapters
    // A written home page lists its own sections, then the chapter list the theme appends to it.
    if listsChapters && !toc.isEmpty && pages.count > 1 {
      toc.append(["id": "chapters-title", "html": "Chapters", "text": "Chapters", "depth": 0])
    }
    var context: [String: Any] = [
      "bookTitle": templateText(bookTitle),
      "pageTitle": templateText(page.title),
      "isHome": page.isHome,
      "listsChapters": listsChapters,
      "chapters": ChapterSequence(entries: entries[...], currentNumber: index),
      "chapterCount": entries.count,
      "hasToc": !toc.isEmpty,
      "toc": toc,
      "titleHTML": titleHTML(page: page, body: body),
      "content": body.html,
    ]
    let window = ChapterWindow(current: page.isHome ? nil : index, count: entries.count)
    context["nearbyChapters"] = ChapterSequence(entries: entries[window.indices], currentNumber: index)
    if window.indices.lowerBound > 0 {
      // The stylesheet numbers the sidebar's entries with a CSS counter, which starts where the window does.
      context["startsLater"] = true
      context["nearbyOffset"] = window.indices.lowerBound
    }
    if window.isPartial {
      context["allChaptersHref"] = homeListsChapters ? "index.html#chapters-title" : "index.html"
    }
    if index > 0 { context["previous"] = link(to: pages[index - 1]) }
    if index + 1 < pages.count { context["next"] = link(to: pages[index + 1]) }
    return context
  }

  /// Whether the home page prints the chapter list: it is generated, or written without a link to every chapter.
  static func homeListsChapters(pages: [PlannedPage], homeBody: RenderedBody) -> Bool {
    pages.first?.chapter == nil || !linksEveryChapter(body: homeBody, pages: pages)
  }

  /// Whether a written home page already links to every chapter, so a generated chapter list would repeat it.
  private static func linksEveryChapter(body: RenderedBody, pages: [PlannedPage]) -> Bool {
    let linked = Set(body.links.map(\.page))
    return pages.filter { !$0.isHome }.allSatisfy { linked.contains($0.file) }
  }

  /// The page's leading `# ` heading; a generated one only when the page has no level-1 heading anywhere.
  static func titleHTML(page: PlannedPage, body: RenderedBody) -> String {
    if !body.titleHTML.isEmpty || body.headings.contains(where: { $0.level == 1 }) { return body.titleHTML }
    return (HTML.element("h1", [], .text(page.title)) + .literal("\n")).markup
  }

  private static func link(to page: PlannedPage) -> [String: Any] {
    ["title": page.isHome ? "Home" : templateText(page.title), "href": page.href]
  }
}
