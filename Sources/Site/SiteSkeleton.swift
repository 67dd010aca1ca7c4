import Foundation
import Markdown
import SourceText

/// What a full render knew about the whole book that one chapter's page reads of the others: page files, titles and
/// chapter-list summaries, every page's link targets, the label table, and where each page's part sits in the print
/// page and the search index. With it a later build re-renders only the chapters whose bytes changed and splices
/// their parts into the whole-book files (the manual, docs/01-books.md, "The run cache").
public struct SiteSkeleton: Sendable, Equatable {
  /// One page as the other pages see it.
  public struct Page: Sendable, Equatable {
    /// The output file (`index.html`, `addition.html`).
    public var file: String
    /// The page title.
    public var title: String
    /// True for the home page.
    public var isHome: Bool
    /// The chapter's source path; nil for a home page generated from the chapter list.
    public var sourcePath: String?
    /// The chapter-list summary (the first paragraph as HTML), "" for none.
    public var summary: String
    /// The ids other pages' links may point at (headings, labels, checking code), sorted.
    public var anchors: [String]
    /// The UTF-8 length of the page's line in `search-index.json`.
    public var searchEntryLength: Int
    /// The UTF-8 length of the page's section of `print.html`.
    public var printSectionLength: Int

    /// Makes a page.
    public init(
      file: String, title: String, isHome: Bool, sourcePath: String?, summary: String, anchors: [String],
      searchEntryLength: Int, printSectionLength: Int
    ) {
      self.file = file
      self.title = title
      self.isHome = isHome
      self.sourcePath = sourcePath
      self.summary = summary
      self.anchors = anchors
      self.searchEntryLength = searchEntryLength
      self.printSectionLength = printSectionLength
    }
  }

  /// The book's title.
  public var title: String
  /// Whether the home page prints the chapter list.
  public var homeListsChapters: Bool
  /// Whether raw HTML reaches the pages.
  public var allowsRawHTML: Bool
  /// The book's image sizes, by normalised destination.
  public var imageSizes: [String: ImageSize]
  /// Every label's target.
  public var targets: [String: LabelTarget]
  /// The pages in reading order, home first.
  public var pages: [Page]
  /// Where the first page's section starts in `print.html`.
  public var printContentOffset: Int

  /// Makes a skeleton.
  public init(
    title: String, homeListsChapters: Bool, allowsRawHTML: Bool, imageSizes: [String: ImageSize],
    targets: [String: LabelTarget], pages: [Page], printContentOffset: Int
  ) {
    self.title = title
    self.homeListsChapters = homeListsChapters
    self.allowsRawHTML = allowsRawHTML
    self.imageSizes = imageSizes
    self.targets = targets
    self.pages = pages
    self.printContentOffset = printContentOffset
  }

  /// Where page `index`'s line starts in `search-index.json` (lines are joined by ",\n" after `{"pages":[\n`).
  public func searchEntryOffset(_ index: Int) -> Int {
    SearchIndex.json(entries: []).utf8.count - "\n]}\n".utf8.count
      + pages[..<index].reduce(0) { $0 + $1.searchEntryLength + 2 }
  }

  /// Where page `index`'s section starts in `print.html`.
  public func printSectionOffset(_ index: Int) -> Int {
    printContentOffset + pages[..<index].reduce(0) { $0 + $1.printSectionLength }
  }

  /// The print page's file name.
  public static let printFile = PrintPage.file

  /// The search index script for the index `json`, as a full render writes it.
  public static func searchScript(json: String) -> String { SearchIndex.script(json: json) }
}

/// One chapter re-rendered against a skeleton: its page file and its parts of the whole-book files, and what the
/// other pages read of it, to compare with the skeleton's.
public struct RerenderedChapter: Sendable {
  /// The skeleton's index of the page.
  public var index: Int
  /// The page file's bytes.
  public var page: [UInt8]
  /// Its section of `print.html`.
  public var printSection: String
  /// Its line of `search-index.json`.
  public var searchEntry: String
  /// The page as the other pages see it now.
  public var summary: SiteSkeleton.Page
  /// Its body and place in the book, for whole-book files made later.
  var body: RenderedBody?
  var planned: PlannedPage?
}

extension SiteRenderer {
  /// The skeleton of a full render, or nil when the print page does not hold the sections verbatim (a theme that
  /// changes `content`), so no later build can splice into it. Without the whole-book files (`serve` makes them
  /// later) their lengths are 0 and the print page's offset -1.
  static func skeleton(
    book: BookSite, plan: SitePlan, bodies: [RenderedBody], summaries: [String?], homeListsChapters: Bool,
    sections: [String]?, searchEntries: [String]?, printPage: [UInt8]?
  ) -> SiteSkeleton? {
    var start = -1
    if let sections, let printPage {
      guard let first = sections.first, let offset = firstOffset(of: Array(first.utf8), in: printPage),
        holds(sections, in: printPage, from: offset)
      else { return nil }
      start = offset
    }
    let pages = plan.pages.indices.map { index in
      let page = plan.pages[index]
      return SiteSkeleton.Page(
        file: page.file, title: page.title, isHome: page.isHome, sourcePath: page.chapter?.sourcePath,
        summary: summaries[index] ?? "", anchors: anchors(of: page, body: bodies[index]),
        searchEntryLength: searchEntries?[index].utf8.count ?? 0, printSectionLength: sections?[index].utf8.count ?? 0)
    }
    return SiteSkeleton(
      title: book.title, homeListsChapters: homeListsChapters, allowsRawHTML: book.allowsRawHTML,
      imageSizes: book.imageSizes,
      targets: book.chapters.first?.crossReferences.targets ?? book.home?.crossReferences.targets ?? [:], pages: pages,
      printContentOffset: start)
  }

  /// The ids a page offers other pages' links, theme ids aside: headings, labels, the code that checked an equation.
  static func anchors(of page: PlannedPage, body: RenderedBody) -> [String] {
    var anchors = Set(body.headings.map(\.id))
    if let chapter = page.chapter {
      anchors.formUnion(chapter.crossReferences.ids(onPage: chapter.slug))
      anchors.formUnion(chapter.checkedEquations.keys.map { checkingCodeID(blockID: $0) })
    }
    return anchors.sorted()
  }

  /// Renders `chapters` (chapters of the skeleton's book, with their cross-reference tables set) as a full render
  /// would, reading everything else from `skeleton`; nil when a chapter is not a page of the skeleton or the theme
  /// has problems. Broken links found on the way are in `diagnostics`.
  public static func rerender(
    _ chapters: [ChapterPage], skeleton: SiteSkeleton, templateOverrides: [String: String]
  ) -> (chapters: [RerenderedChapter], diagnostics: [Diagnostic])? {
    let theme = Theme.load(overrides: templateOverrides)
    guard theme.diagnostics.isEmpty else { return nil }
    var plan = skeleton.pages.map {
      PlannedPage(file: $0.file, title: $0.title, chapter: nil, isHome: $0.isHome)
    }
    var changed: [Int] = []
    for chapter in chapters {
      guard let index = skeleton.pages.firstIndex(where: { $0.sourcePath == chapter.sourcePath && !$0.isHome }),
        plan[index].file == chapter.slug + ".html"
      else { return nil }
      plan[index] = PlannedPage(file: plan[index].file, title: chapter.title, chapter: chapter, isHome: false)
      changed.append(index)
    }
    var pagesBySource: [String: String] = ["index.md": "index.html"]
    for page in skeleton.pages {
      guard let sourcePath = page.sourcePath else { continue }
      let fileName = sourcePath.split(separator: "/").last.map(String.init) ?? sourcePath
      pagesBySource[fileName] = page.file
    }
    let resolver = LinkResolver(
      pagesBySource: pagesBySource, pages: Set(skeleton.pages.map(\.file)), imageSizes: skeleton.imageSizes)
    var anchorsByFile: [String: Set<String>] = [:]
    var summaries = skeleton.pages.map { Optional($0.summary) }
    var rendered: [Int: (body: RenderedBody, summary: String?, description: String?)] = [:]
    for index in changed {
      let body = renderBody(of: plan[index], resolver: resolver, allowsRawHTML: skeleton.allowsRawHTML)
      rendered[index] = body
      summaries[index] = body.summary
    }
    for (index, page) in skeleton.pages.enumerated() {
      let own = rendered[index].map { anchors(of: plan[index], body: $0.body) } ?? page.anchors
      anchorsByFile[page.file] = Set(own).union(HeadingSlugger.themeIDs)
    }
    let entries = ChapterEntry.list(pages: plan, summaries: summaries)
    let prefixes = PrintPage.sectionPrefixes(plan)
    var diagnostics: [Diagnostic] = []
    var results: [RerenderedChapter] = []
    for index in changed {
      guard let (body, summary, description) = rendered[index], let chapter = plan[index].chapter else { continue }
      diagnostics += body.problems.map {
        Diagnostic(path: chapter.sourcePath, position: $0.position, message: $0.message)
      }
      for link in body.links {
        guard let anchor = link.anchor, !anchor.isEmpty, anchorsByFile[link.page]?.contains(anchor) == false else {
          continue
        }
        diagnostics.append(
          Diagnostic(
            path: chapter.sourcePath, position: link.position,
            message: "broken link '\(link.written)': '\(link.page)' has no heading with id '\(anchor)'"))
      }
      var context = PageContext.make(
        bookTitle: skeleton.title, pages: plan, index: index, body: body, entries: entries,
        homeListsChapters: skeleton.homeListsChapters)
      context["description"] = description.map(templateText) ?? templateText(skeleton.title)
      let page = theme.renderPage(context)
      let title = PageContext.titleHTML(page: plan[index], body: body)
      let section = PrintPage.section(plan[index], title: title, body: body, prefixes: prefixes)
      let entry = SearchIndex.entry(
        SearchPage(href: plan[index].href, title: plan[index].title, sections: body.sections))
      let seen = SiteSkeleton.Page(
        file: plan[index].file, title: plan[index].title, isHome: false, sourcePath: chapter.sourcePath,
        summary: summary ?? "", anchors: anchors(of: plan[index], body: body),
        searchEntryLength: entry.utf8.count, printSectionLength: section.utf8.count)
      results.append(
        RerenderedChapter(
          index: index, page: page, printSection: section, searchEntry: entry, summary: seen, body: body,
          planned: plan[index]))
    }
    return (results, diagnostics)
  }

  /// Whether `bytes` from `offset` on start with `texts` one after another. Compared in place: a large book's print
  /// page is megabytes, which joining its sections again would copy.
  private static func holds(_ texts: [String], in bytes: [UInt8], from offset: Int) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var cursor = offset
      for var text in texts {
        let equal = text.withUTF8 { utf8 in
          guard utf8.count <= buffer.count - cursor else { return false }
          guard let start = buffer.baseAddress, let other = utf8.baseAddress, utf8.count > 0 else { return true }
          return memcmp(start + cursor, other, utf8.count) == 0
        }
        guard equal else { return false }
        cursor += text.utf8.count
      }
      return true
    }
  }

  private static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard let head = needle.first, needle.count <= haystack.count else { return nil }
    var index = 0
    while index + needle.count <= haystack.count {
      guard let found = haystack[index...].firstIndex(of: head), found + needle.count <= haystack.count else {
        return nil
      }
      if haystack[found..<(found + needle.count)].elementsEqual(needle) { return found }
      index = found + 1
    }
    return nil
  }
}

extension SiteSkeleton {
  /// The default theme's files (templates, assets and fonts) by name, sorted: a build that reuses pages must know
  /// they are the ones those pages were made with.
  public static func defaultThemeFiles() -> [(name: String, bytes: [UInt8])] {
    let texts = DefaultTheme.files.map { ($0.key, Array($0.value.utf8)) }
    let fonts = DefaultTheme.fontBytes.map { ($0.key, $0.value) }
    return (texts + fonts).sorted { $0.0 < $1.0 }.map { (name: $0.0, bytes: $0.1) }
  }
}
