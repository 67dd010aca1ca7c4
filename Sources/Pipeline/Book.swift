import Markdown
import Site
import Snippets
import SourceText

/// One page of the book (the home page or a chapter) and everything the stages learned about it.
public struct Page: Sendable {
  /// The Markdown file.
  public var source: SourceFile
  /// The page name: file name without extension and number prefix (`addition`), `index` for the home page.
  public var slug: String
  /// True for `index.md`.
  public var isHome: Bool
  /// Set by the parse stage.
  public var parsed: ParsedMarkdown?
  /// The first `# ` heading's text (the slug until parsed or without one).
  public var title: String
  /// The fenced `tensor` blocks in document order, each read once; set by the parse stage.
  var tensorBlocks: [TensorBlock] = []
  /// What each tensor block did when it ran, by `CodeBlock.id`; set by the run stage.
  public var results: [Int: BlockResult] = [:]
  /// The judgement of each block's results, by `CodeBlock.id`; set by the verify stage.
  public var verdicts: [Int: BlockVerdict] = [:]
  /// MathML for each formula that rendered, by `MathSpan.id`; set by the math stage.
  public var math: [Int: String] = [:]
  /// This page's problems, in file coordinates (its formulas' and its blocks' apart).
  public var diagnostics: [Diagnostic] = []
  /// The formulas that did not render; set by the math stage.
  var mathDiagnostics: [Diagnostic] = []
  /// True when the page's formulas and run were taken from `serve`'s memo or the run cache, so the math and run
  /// stages leave it as it is; set by the reuse stage.
  var reused = false
  /// The name of the page's run-cache entry, when there is a cache.
  var cacheEntry: String?
  /// The page ready to render; set by the page-model stage.
  public var chapterPage: ChapterPage?
  /// The claims its tensor blocks bind to equations; set by the label stage.
  var bindings: [EquationBinding] = []
  /// The equations each tensor block checked, by `CodeBlock.id`; set after the run.
  var checkedEquations: [Int: [String]] = [:]

  /// Makes an unparsed page.
  public init(source: SourceFile, slug: String, isHome: Bool) {
    self.source = source
    self.slug = slug
    self.isHome = isHome
    self.title = slug
  }
}

/// The whole book as it moves through the stages: load → parse → label → math → run → verify → page model → render →
/// write.
public struct Book: Sendable {
  /// The content folder as given.
  public var contentDirectory: String
  /// The content folder with its links resolved, which every file read must stay inside; set by the load stage.
  var resolvedContentDirectory: String?
  /// The home page (if `index.md` exists) first, then the chapters in file-name order.
  public var pages: [Page]
  /// Every problem of the run, sorted; set by the verify and render stages.
  public var diagnostics: [Diagnostic] = []
  /// The book's own theme files and switches, read by the load stage.
  public var settings = BookSettings()
  /// The rendered files; set by the render stage.
  public var site: RenderedSite?
  /// Files the chapters link to or embed, by path inside the content folder and the site; set by the assets stage.
  public var assets: [String: Asset] = [:]
  /// Sizes of the linked images by destination as written (normalised); set by the assets stage.
  var imageSizes: [String: ImageSize] = [:]
  /// Located problems that do not fail the command, such as an image without alt text.
  public var warnings: [Diagnostic] = []
  /// How many pages the run stage took from the run cache instead of running them.
  public var cachedPageCount = 0
  /// Every label's definition; set by the label stage.
  var labels: [String: LabelSite] = [:]
  /// Every label's number, place and checking code, as pages render them; set after the run.
  public var crossReferences = CrossReferenceTable()
  /// Numbered equations in the book, and how many of them code checked.
  public var equationCount = 0
  /// Numbered equations every claim bound to which held.
  public var checkedEquationCount = 0

  /// Makes a book of loaded pages.
  public init(contentDirectory: String, pages: [Page]) {
    self.contentDirectory = contentDirectory
    self.pages = pages
  }

  /// The chapters, without the home page.
  public var chapters: [Page] { pages.filter { !$0.isHome } }
}

/// Every code block of some blocks, in document order.
func codeBlocks(in blocks: [Block]) -> [CodeBlock] {
  blocks.flatMap { block -> [CodeBlock] in
    switch block {
    case .code(let code): return [code]
    case .blockQuote(let children): return codeBlocks(in: children)
    case .list(_, _, _, let items): return items.flatMap { codeBlocks(in: $0) }
    case .heading, .paragraph, .html, .thematicBreak: return []
    }
  }
}
