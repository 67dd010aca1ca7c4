import Markdown
import ParallelMap
import SourceText
import Synchronization

/// Every file of the site, by path relative to the output folder, plus the problems found while rendering.
public struct RenderedSite: Sendable {
  /// File contents by relative path (`addition.html`, `style.css`, `search-index.json`).
  public var files: [String: [UInt8]]
  /// Broken links and other render-time problems; the build fails when there are any.
  public var diagnostics: [Diagnostic]
  /// Files named but not yet made (`serve`'s print page and search index), each made when first asked for.
  public var deferred: DeferredFiles?
  /// What a later build needs to re-render a few chapters alone; nil unless every file was made.
  public var skeleton: SiteSkeleton?

  /// Makes a rendered site.
  public init(files: [String: [UInt8]], diagnostics: [Diagnostic]) {
    self.files = files
    self.diagnostics = diagnostics
  }
}

/// Renders a verified book into the files of its static site.
public enum SiteRenderer {
  /// Reads and parses the default theme ahead of `render`; safe to call from any thread, and more than once.
  public static func prepareTheme() { Theme.prepareDefault() }

  /// Renders every page, the stylesheet, the search index and its script; pure, deterministic, writes nothing. With
  /// `pages` false it renders only what finds problems (the bodies, their links and anchors) and names the files.
  /// `templateOverrides` maps a template file name (`page.mustache`) to a book's own version of it; pages render on
  /// up to `jobs` threads, and the files do not depend on `jobs`.
  /// With a `memo`, a chapter whose `sources` entry (its bytes, by source path) and book-wide inputs are those of the
  /// memo's last render reuses that render's body instead of rendering it again. With `defersWholeBook` the print
  /// page and the search index, which read every page, are made only when first asked for (`serve`: an edit then
  /// costs the edited page, not the whole book).
  public static func render(
    _ book: BookSite, templateOverrides: [String: String] = [:], jobs: Int = 1, pages: Bool = true,
    memo: BodyMemo? = nil, sources: [String: [UInt8]] = [:], defersWholeBook: Bool = false
  ) -> RenderedSite {
    let theme = Theme.load(overrides: templateOverrides)
    let plan = SitePlan(book)
    let resolver = plan.resolver
    let shared = BodyMemo.Shared(
      targets: book.chapters.first?.crossReferences.targets ?? book.home?.crossReferences.targets ?? [:],
      resolver: resolver, allowsRawHTML: book.allowsRawHTML)
    let remembered = memo?.bodies(for: shared) ?? [:]
    let rendered = parallelMap(Array(plan.pages.indices), jobs: jobs) { index in
      let page = plan.pages[index]
      let key = page.chapter.map { BodyMemo.Key(page: page, chapter: $0, bytes: sources[$0.sourcePath]) }
      if let key, let body = remembered[page.file], body.key == key { return body.rendered }
      return renderBody(of: page, resolver: resolver, allowsRawHTML: book.allowsRawHTML)
    }
    memo?.remember(
      shared: shared,
      bodies: plan.pages.indices.compactMap { index in
        let page = plan.pages[index]
        return page.chapter.map {
          (
            page.file,
            BodyMemo.Body(
              key: BodyMemo.Key(page: page, chapter: $0, bytes: sources[$0.sourcePath]), rendered: rendered[index])
          )
        }
      })
    let bodies = rendered.map(\.body)
    var diagnostics = theme.diagnostics + plan.diagnostics
    for (page, body) in zip(plan.pages, bodies) {
      guard let chapter = page.chapter else { continue }
      diagnostics += body.problems.map {
        Diagnostic(path: chapter.sourcePath, position: $0.position, message: $0.message)
      }
    }
    diagnostics += brokenAnchors(plan: plan, bodies: bodies)

    guard pages else {
      // Verifying only (`check`, `fix`): every problem is known once the bodies are rendered. The files are named,
      // empty, so a linked file that would overwrite one is still reported.
      var names = Dictionary(uniqueKeysWithValues: plan.pages.map { ($0.file, [UInt8]()) })
      for name in [PrintPage.file, "search-index.json", "search-index.js"] + Array(theme.assets.keys) {
        names[name] = []
      }
      return RenderedSite(files: names, diagnostics: diagnostics.sorted(by: diagnosticOrder))
    }
    let entries = ChapterEntry.list(pages: plan.pages, summaries: rendered.map(\.summary))
    let homeListsChapters = PageContext.homeListsChapters(pages: plan.pages, homeBody: bodies[0])
    // Every page file, print-page section and search-index line is independent of the others: one pool makes them
    // all, so nothing but the two joins below runs on one thread.
    let prefixes = PrintPage.sectionPrefixes(plan.pages)
    let tasks = plan.pages.indices.flatMap {
      defersWholeBook ? [TailTask.page($0)] : [TailTask.page($0), .printSection($0), .searchEntry($0)]
    }
    // With a memo, a page whose whole template context is what it was last time keeps its bytes.
    let entriesToken = memo?.entriesToken(entries: entries, templateOverrides: templateOverrides)
    let rememberedPages = memo?.pages() ?? [:]
    let pieces = parallelMap(tasks, jobs: jobs) { task -> TailPiece in
      switch task {
      case .page(let index):
        var context = PageContext.make(
          bookTitle: book.title, pages: plan.pages, index: index, body: bodies[index], entries: entries,
          homeListsChapters: homeListsChapters)
        context["description"] = rendered[index].description.map(templateText) ?? templateText(book.title)
        let fingerprint = entriesToken.flatMap { BodyMemo.fingerprint(of: context, entriesToken: $0) }
        if let fingerprint, let page = rememberedPages[plan.pages[index].file], page.fingerprint == fingerprint {
          return .page(page.bytes, fingerprint)
        }
        return .page(theme.renderPage(context), fingerprint)
      case .printSection(let index):
        let page = plan.pages[index]
        let title = PageContext.titleHTML(page: page, body: bodies[index])
        return .text(PrintPage.section(page, title: title, body: bodies[index], prefixes: prefixes))
      case .searchEntry(let index):
        let page = plan.pages[index]
        return .text(
          SearchIndex.entry(SearchPage(href: page.href, title: page.title, sections: bodies[index].sections)))
      }
    }
    var files: [String: [UInt8]] = [:]
    var sections: [String] = []
    var searchEntries: [String] = []
    var pageMemo: [String: BodyMemo.PageFile] = [:]
    for (task, piece) in zip(tasks, pieces) {
      switch (task, piece) {
      case (.page(let index), .page(let bytes, let fingerprint)):
        files[plan.pages[index].file] = bytes
        if let fingerprint {
          pageMemo[plan.pages[index].file] = BodyMemo.PageFile(fingerprint: fingerprint, bytes: bytes)
        }
      case (.printSection, .text(let text)): sections.append(text)
      case (.searchEntry, .text(let text)): searchEntries.append(text)
      default: break
      }
    }
    memo?.remember(pages: pageMemo)
    for (name, bytes) in theme.assets { files[name] = bytes }
    var site = RenderedSite(files: files, diagnostics: diagnostics.sorted(by: diagnosticOrder))
    if defersWholeBook {
      site.deferred = DeferredFiles(
        wholeBookOf: book, plan: plan, bodies: bodies, entries: entries, theme: theme, jobs: jobs)
      site.skeleton = skeleton(
        book: book, plan: plan, bodies: bodies, summaries: rendered.map(\.summary),
        homeListsChapters: homeListsChapters, sections: nil, searchEntries: nil, printPage: nil)
    } else {
      for (name, bytes) in wholeBookFiles(
        book: book, sections: sections, searchEntries: searchEntries, bodies: bodies, entries: entries, plan: plan,
        theme: theme, jobs: jobs)
      {
        site.files[name] = bytes
      }
      site.skeleton = skeleton(
        book: book, plan: plan, bodies: bodies, summaries: rendered.map(\.summary),
        homeListsChapters: homeListsChapters, sections: sections, searchEntries: searchEntries,
        printPage: site.files[PrintPage.file] ?? [])
    }
    return site
  }

  /// The print page and the search index, from every page's print section and search entry in reading order; the
  /// print page and the two index files are made side by side when `jobs` allows (a large book's are megabytes).
  fileprivate static func wholeBookFiles(
    book: BookSite, sections: [String], searchEntries: [String], bodies: [RenderedBody], entries: [ChapterEntry],
    plan: SitePlan, theme: Theme, jobs: Int
  ) -> [String: [UInt8]] {
    let parts = parallelMap([true, false], jobs: jobs) { isPrintPage -> [(String, [UInt8])] in
      if isPrintPage {
        let page = printPage(
          book: book, content: sections.joined(), bodies: bodies, entries: entries, plan: plan, theme: theme)
        return [(PrintPage.file, page)]
      }
      let searchJSON = SearchIndex.json(entries: searchEntries)
      return [
        ("search-index.json", Array(searchJSON.utf8)),
        ("search-index.js", Array(SearchIndex.script(json: searchJSON).utf8)),
      ]
    }
    return Dictionary(uniqueKeysWithValues: parts.flatMap { $0 })
  }

  /// The whole-book files made on request: the same bytes `render` makes without deferring.
  fileprivate static func wholeBookFiles(
    book: BookSite, plan: SitePlan, bodies: [RenderedBody], entries: [ChapterEntry], theme: Theme, jobs: Int
  ) -> [String: [UInt8]] {
    let prefixes = PrintPage.sectionPrefixes(plan.pages)
    let pieces = parallelMap(Array(plan.pages.indices), jobs: jobs) { index -> (String, String) in
      let page = plan.pages[index]
      let title = PageContext.titleHTML(page: page, body: bodies[index])
      return (
        PrintPage.section(page, title: title, body: bodies[index], prefixes: prefixes),
        SearchIndex.entry(SearchPage(href: page.href, title: page.title, sections: bodies[index].sections))
      )
    }
    return wholeBookFiles(
      book: book, sections: pieces.map(\.0), searchEntries: pieces.map(\.1), bodies: bodies, entries: entries,
      plan: plan, theme: theme, jobs: jobs)
  }

  /// A page's article and, for a chapter, its summary for the home page's chapter list.
  static func renderBody(
    of page: PlannedPage, resolver: LinkResolver, allowsRawHTML: Bool
  ) -> (body: RenderedBody, summary: String?, description: String?) {
    guard let chapter = page.chapter else { return (generatedHomeBody(), nil, nil) }
    var renderer = BodyRenderer(
      pageFile: page.file, resolver: resolver, snippets: chapter.snippets, math: chapter.math,
      allowsRawHTML: allowsRawHTML, pageName: chapter.slug, references: chapter.crossReferences,
      checkedEquations: chapter.checkedEquations)
    let body = renderer.render(chapter.document)
    var summaryRenderer = BodyRenderer(
      pageFile: page.file, resolver: resolver, snippets: [:], math: chapter.math, allowsRawHTML: allowsRawHTML,
      pageName: chapter.slug, references: chapter.crossReferences)
    return (body, summaryRenderer.summaryHTML(of: chapter.document), PageDescription.of(chapter))
  }

  /// `print.html`: the page template around every page's article (`content`, the sections joined), ids made unique
  /// across the book.
  private static func printPage(
    book: BookSite, content: String, bodies: [RenderedBody], entries: [ChapterEntry], plan: SitePlan, theme: Theme
  ) -> [UInt8] {
    var context = PageContext.make(
      bookTitle: book.title, pages: plan.pages, index: 0, body: bodies[0], entries: entries, homeListsChapters: false)
    context["isHome"] = false
    context["isPrint"] = true
    context["pageTitle"] = "Print"
    context["hasToc"] = false
    context["toc"] = [[String: Any]]()
    context["titleHTML"] = ""
    context["content"] = content
    context["previous"] = nil
    context["next"] = nil
    context["description"] = templateText("The whole of \(book.title) on one page, for printing.")
    return theme.renderPage(context)
  }

  /// One piece of work after the bodies: a page file, a print-page section or a search-index line, by page index.
  private enum TailTask: Sendable {
    case page(Int)
    case printSection(Int)
    case searchEntry(Int)
  }

  /// What a `TailTask` made.
  private enum TailPiece: Sendable {
    /// A page file and, when it can be remembered, its context's fingerprint.
    case page([UInt8], String?)
    case text(String)
  }

  /// The home page body when the book has no `index.md`: only the chapter list, which the template adds.
  private static func generatedHomeBody() -> RenderedBody {
    RenderedBody(
      titleHTML: "", html: "", headings: [], hasTitleHeading: false, links: [], problems: [], sections: [])
  }

  /// Links to a page that exists but has no element with the linked id.
  private static func brokenAnchors(plan: SitePlan, bodies: [RenderedBody]) -> [Diagnostic] {
    var anchors: [String: Set<String>] = [:]
    for (page, body) in zip(plan.pages, bodies) {
      anchors[page.file] = Set(body.headings.map(\.id)).union(HeadingSlugger.themeIDs)
      // Labelled equations and figures, and the code that checked an equation, are link targets too.
      if let chapter = page.chapter {
        anchors[page.file]?.formUnion(chapter.crossReferences.ids(onPage: chapter.slug))
        anchors[page.file]?.formUnion(chapter.checkedEquations.keys.map { checkingCodeID(blockID: $0) })
      }
    }
    var diagnostics: [Diagnostic] = []
    for (page, body) in zip(plan.pages, bodies) {
      guard let chapter = page.chapter else { continue }
      for link in body.links {
        guard let anchor = link.anchor, !anchor.isEmpty, anchors[link.page]?.contains(anchor) == false else { continue }
        diagnostics.append(
          Diagnostic(
            path: chapter.sourcePath, position: link.position,
            message: "broken link '\(link.written)': '\(link.page)' has no heading with id '\(anchor)'"))
      }
    }
    return diagnostics
  }

  private static func diagnosticOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    (a.path, a.position.line, a.position.column, a.message)
      < (b.path, b.position.line, b.position.column, b.message)
  }
}

/// The files of a render that read every page (the print page and the search index), made together the first time
/// one of them is asked for and kept; `serve` asks only when a browser does.
public final class DeferredFiles: Sendable {
  /// The names of the files this makes.
  public let names: Set<String> = [PrintPage.file, "search-index.json", "search-index.js"]
  private let book: BookSite
  private let plan: SitePlan
  private let bodies: [RenderedBody]
  private let entries: [ChapterEntry]
  private let theme: Theme
  private let jobs: Int
  private let made = Mutex<[String: [UInt8]]?>(nil)

  fileprivate init(
    wholeBookOf book: BookSite, plan: SitePlan, bodies: [RenderedBody], entries: [ChapterEntry], theme: Theme,
    jobs: Int
  ) {
    self.book = book
    self.plan = plan
    self.bodies = bodies
    self.entries = entries
    self.theme = theme
    self.jobs = jobs
  }

  private func make() -> [String: [UInt8]] {
    SiteRenderer.wholeBookFiles(book: book, plan: plan, bodies: bodies, entries: entries, theme: theme, jobs: jobs)
  }

  /// The same files with re-rendered chapters in place of their old versions (`serve` after a save that changed
  /// nothing other pages read); still made only when asked for.
  public func replacing(_ chapters: [RerenderedChapter]) -> DeferredFiles {
    var plan = plan
    var bodies = bodies
    for chapter in chapters {
      guard let body = chapter.body, let planned = chapter.planned, plan.pages.indices.contains(chapter.index) else {
        continue
      }
      plan.pages[chapter.index] = planned
      bodies[chapter.index] = body
    }
    return DeferredFiles(wholeBookOf: book, plan: plan, bodies: bodies, entries: entries, theme: theme, jobs: jobs)
  }

  /// The file's bytes, made on first use (later callers wait for the first); nil for a name this does not make.
  public func file(_ name: String) -> [UInt8]? {
    guard names.contains(name) else { return nil }
    return made.withLock { made in
      if made == nil { made = make() }
      return made?[name]
    }
  }
}

/// Page bodies kept between renders in one process (`serve`): a body is a function of its chapter's bytes (the parse
/// and run come from them), its page file, name and checked equations, and of what every page shares — the label
/// table, the links between pages and files, and the raw-HTML switch. When the shared part differs from the last
/// render nothing is reused; otherwise a chapter whose own part is equal keeps its body.
public final class BodyMemo: Sendable {
  /// What every page's body reads.
  struct Shared: Equatable {
    var targets: [String: LabelTarget]
    var pagesBySource: [String: String]
    var pages: Set<String>
    var imageSizes: [String: ImageSize]
    var allowsRawHTML: Bool

    init(targets: [String: LabelTarget], resolver: LinkResolver, allowsRawHTML: Bool) {
      self.targets = targets
      pagesBySource = resolver.pagesBySource
      pages = resolver.pages
      imageSizes = resolver.imageSizes
      self.allowsRawHTML = allowsRawHTML
    }
  }

  /// What one chapter's body reads of its own; nil bytes never match (a caller that gave none).
  struct Key: Equatable {
    var file: String
    var sourcePath: String
    var slug: String
    var checkedEquations: [Int: [String]]
    var bytes: [UInt8]?

    init(page: PlannedPage, chapter: ChapterPage, bytes: [UInt8]?) {
      file = page.file
      sourcePath = chapter.sourcePath
      slug = chapter.slug
      checkedEquations = chapter.checkedEquations
      self.bytes = bytes
    }

    static func == (a: Key, b: Key) -> Bool {
      a.bytes != nil && a.bytes == b.bytes && a.file == b.file && a.sourcePath == b.sourcePath && a.slug == b.slug
        && a.checkedEquations == b.checkedEquations
    }
  }

  /// One remembered body.
  struct Body: Sendable {
    var key: Key
    var rendered: (body: RenderedBody, summary: String?, description: String?)
  }

  private let state = Mutex<(shared: Shared?, bodies: [String: Body])>((nil, [:]))

  /// A page file and the fingerprint of the template context it was rendered from.
  struct PageFile: Sendable {
    var fingerprint: String
    var bytes: [UInt8]
  }

  /// The last render's page files, the book's theme files and chapter list then, and a token that changes whenever
  /// either of those did.
  private let pageState = Mutex<
    (files: [String: PageFile], overrides: [String: String]?, entries: String, generation: Int)
  >(([:], nil, "", 0))

  /// A token naming this render's chapter list and theme: the same as last render's when both are unchanged (the
  /// whole list is too long to put into every page's fingerprint, and the templates depend on the theme). A change
  /// of theme forgets every page.
  func entriesToken(entries: [ChapterEntry], templateOverrides: [String: String]) -> String {
    var list = ""
    for entry in entries { Self.append(entry, to: &list) }
    return pageState.withLock { state in
      if state.overrides != templateOverrides {
        state.files = [:]
        state.overrides = templateOverrides
        state.generation += 1
      }
      if state.entries != list {
        state.entries = list
        state.generation += 1
      }
      return "all-chapters-\(state.generation)"
    }
  }

  /// The page files last remembered.
  func pages() -> [String: PageFile] {
    pageState.withLock { $0.files }
  }

  /// Keeps this render's page files (and only them).
  func remember(pages: [String: PageFile]) {
    pageState.withLock { $0.files = pages }
  }

  /// Every value of a page's template context, written out with lengths so no two contexts give one text; nil when
  /// the context holds a value of a kind this does not know (such a page is always rendered). A template's output
  /// depends on nothing else, so equal fingerprints under one theme mean equal pages.
  static func fingerprint(of context: [String: Any], entriesToken: String) -> String? {
    var text = ""
    return append(context, to: &text, entriesToken: entriesToken) ? text : nil
  }

  private static func append(_ value: Any, to text: inout String, entriesToken: String) -> Bool {
    switch value {
    case let string as String:
      text += "s\(string.utf8.count):"
      text += string
    case let number as Int: text += "i\(number);"
    case let flag as Bool: text += flag ? "T" : "F"
    case let dictionary as [String: Any]:
      text += "d\(dictionary.count){"
      for key in dictionary.keys.sorted() {
        text += "k\(key.utf8.count):\(key)"
        guard let child = dictionary[key], append(child, to: &text, entriesToken: entriesToken) else { return false }
      }
      text += "}"
    case let array as [Any]:
      text += "a\(array.count)["
      for child in array where !append(child, to: &text, entriesToken: entriesToken) { return false }
      text += "]"
    case let sequence as ChapterSequence:
      // A sidebar window is written out; the whole list, on every page, is named by the token.
      if sequence.entries.count <= ChapterWindow.fullListLimit {
        text += "w\(sequence.currentNumber)["
        for entry in sequence.entries { append(entry, to: &text) }
        text += "]"
      } else {
        text += "W\(sequence.currentNumber):\(sequence.entries.count):\(entriesToken)"
      }
    default: return false
    }
    return true
  }

  private static func append(_ entry: ChapterEntry, to text: inout String) {
    text += "e\(entry.number);\(entry.title.utf8.count):\(entry.title)\(entry.href.utf8.count):\(entry.href)"
    text += "\(entry.summary.utf8.count):\(entry.summary)\(entry.current ? "T" : "F")"
  }

  /// An empty memo.
  public init() {}

  /// The last render's bodies by page file, if it shared these inputs.
  func bodies(for shared: Shared) -> [String: Body] {
    state.withLock { $0.shared == shared ? $0.bodies : [:] }
  }

  /// Keeps this render's bodies (and only them).
  func remember(shared: Shared, bodies: [(String, Body)]) {
    let table = Dictionary(bodies, uniquingKeysWith: { first, _ in first })
    state.withLock { $0 = (shared, table) }
  }
}
