import Markdown
import ParallelMap
import SourceText

/// Every file of the site, by path relative to the output folder, plus the problems found while rendering.
public struct RenderedSite: Sendable {
  /// File contents by relative path (`addition.html`, `style.css`, `search-index.json`).
  public var files: [String: [UInt8]]
  /// Broken links and other render-time problems; the build fails when there are any.
  public var diagnostics: [Diagnostic]

  /// Makes a rendered site.
  public init(files: [String: [UInt8]], diagnostics: [Diagnostic]) {
    self.files = files
    self.diagnostics = diagnostics
  }
}

/// Renders a verified book into the files of its static site.
public enum SiteRenderer {
  /// Renders every page, the stylesheet, the search index and its script; pure, deterministic, writes nothing. With
  /// `pages` false it renders only what finds problems (the bodies, their links and anchors) and names the files.
  /// `templateOverrides` maps a template file name (`page.mustache`) to a book's own version of it; pages render on
  /// up to `jobs` threads, and the files do not depend on `jobs`.
  public static func render(
    _ book: BookSite, templateOverrides: [String: String] = [:], jobs: Int = 1, pages: Bool = true
  ) -> RenderedSite {
    let theme = Theme.load(overrides: templateOverrides)
    let plan = SitePlan(book)
    let resolver = plan.resolver
    let rendered = parallelMap(Array(plan.pages.indices), jobs: jobs) { index in
      renderBody(of: plan.pages[index], resolver: resolver, allowsRawHTML: book.allowsRawHTML)
    }
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
    let tasks = plan.pages.indices.flatMap { [TailTask.page($0), .printSection($0), .searchEntry($0)] }
    let pieces = parallelMap(tasks, jobs: jobs) { task -> TailPiece in
      switch task {
      case .page(let index):
        var context = PageContext.make(
          bookTitle: book.title, pages: plan.pages, index: index, body: bodies[index], entries: entries,
          homeListsChapters: homeListsChapters)
        context["description"] = rendered[index].description.map(templateText) ?? templateText(book.title)
        return .bytes(Array((theme.library.render(context, withTemplate: "page") ?? "").utf8))
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
    for (task, piece) in zip(tasks, pieces) {
      switch (task, piece) {
      case (.page(let index), .bytes(let bytes)): files[plan.pages[index].file] = bytes
      case (.printSection, .text(let text)): sections.append(text)
      case (.searchEntry, .text(let text)): searchEntries.append(text)
      default: break
      }
    }
    files[PrintPage.file] = printPage(
      book: book, content: sections.joined(), bodies: bodies, entries: entries,
      plan: plan, theme: theme)
    for (name, bytes) in theme.assets { files[name] = bytes }
    let searchJSON = SearchIndex.json(entries: searchEntries)
    files["search-index.json"] = Array(searchJSON.utf8)
    files["search-index.js"] = Array(SearchIndex.script(json: searchJSON).utf8)
    return RenderedSite(files: files, diagnostics: diagnostics.sorted(by: diagnosticOrder))
  }

  /// A page's article and, for a chapter, its summary for the home page's chapter list.
  private static func renderBody(
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
    return Array((theme.library.render(context, withTemplate: "page") ?? "").utf8)
  }

  /// One piece of work after the bodies: a page file, a print-page section or a search-index line, by page index.
  private enum TailTask: Sendable {
    case page(Int)
    case printSection(Int)
    case searchEntry(Int)
  }

  /// What a `TailTask` made.
  private enum TailPiece: Sendable {
    case bytes([UInt8])
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
