import Markdown
import Snippets

/// How one tensor block appears on its page, as the pipeline verified it.
public struct SnippetView: Sendable {
  /// What the page shows for the block.
  public enum Kind: Sendable {
    /// `>>> ` statements with their verified outputs.
    case transcript
    /// Code, then an output block (omitted when `output` is empty).
    case script
    /// A `hide` block: nothing on the page.
    case hidden
  }

  /// How the block is shown.
  public var kind: Kind
  /// The block's text as it now stands (for transcripts, with the verified outputs in place).
  public var code: String
  /// For transcripts, the parse stage's split of `code` into prompts, continuations and output.
  public var transcript: Transcript?
  /// For scripts: what the block printed.
  public var output: String
  /// 0-based line indices within `code` of claims that held (each gets a verified mark).
  public var verifiedClaimLines: [Int]
  /// True for an `error` block, whose output is the error line it was required to raise.
  public var expectsError: Bool
  /// The gradient tables, shown right after the block.
  public var gradientTables: [GradientTable]
  /// The figures the block showed, in order.
  public var figures: [SnippetFigure]
  /// The broadcast diagrams (`broadcast_diagram(...)`), shown right after the block, before its gradient tables.
  public var broadcastDiagrams: [BroadcastDiagram]

  /// Makes a view.
  public init(
    kind: Kind, code: String, transcript: Transcript? = nil, output: String = "", verifiedClaimLines: [Int] = [],
    expectsError: Bool = false,
    gradientTables: [GradientTable] = [], broadcastDiagrams: [BroadcastDiagram] = [],
    figures: [SnippetFigure] = []
  ) {
    self.kind = kind
    self.code = code
    self.transcript = transcript
    self.output = output
    self.verifiedClaimLines = verifiedClaimLines
    self.expectsError = expectsError
    self.gradientTables = gradientTables
    self.figures = figures
    self.broadcastDiagrams = broadcastDiagrams
  }
}

/// One chapter ready to render: its parsed Markdown plus everything the pipeline computed for it.
public struct ChapterPage: Sendable {
  /// The source path as given to diagnostics (`content/01-addition.md`).
  public var sourcePath: String
  /// The page name without extension or number prefix (`addition`); `index` for the home page.
  public var slug: String
  /// The text of the first `# ` heading.
  public var title: String
  /// The parsed chapter.
  public var document: Document
  /// Verified tensor blocks, keyed by `CodeBlock.id`.
  public var snippets: [Int: SnippetView]
  /// Rendered MathML for each formula, keyed by `MathSpan.id`.
  public var math: [Int: String]
  /// Every label of the book, for numbering this page's equations and resolving its references.
  public var crossReferences = CrossReferenceTable()
  /// The equations each tensor block checked (every bound claim held), by `CodeBlock.id`.
  public var checkedEquations: [Int: [String]] = [:]

  /// Makes a chapter page.
  public init(
    sourcePath: String, slug: String, title: String, document: Document, snippets: [Int: SnippetView],
    math: [Int: String]
  ) {
    self.sourcePath = sourcePath
    self.slug = slug
    self.title = title
    self.document = document
    self.snippets = snippets
    self.math = math
  }
}

/// The whole book to render: its title, an optional home page and the chapters in order.
public struct BookSite: Sendable {
  /// The book's title (the home page's first heading, or a default).
  public var title: String
  /// `content/index.md` when present; without it the home page is generated from the chapter list.
  public var home: ChapterPage?
  /// The chapters in file-name order.
  public var chapters: [ChapterPage]
  /// Whether raw HTML in the Markdown reaches the pages; off by default, so it is dropped.
  public var allowsRawHTML: Bool
  /// The sizes of the book's own image files, by destination as written in the chapters (after `SafeURL.normalized`),
  /// so each `<img>` reserves its box; the pipeline reads them, since rendering touches no files.
  public var imageSizes: [String: ImageSize] = [:]

  /// Makes a book.
  public init(title: String, home: ChapterPage?, chapters: [ChapterPage], allowsRawHTML: Bool = false) {
    self.title = title
    self.home = home
    self.chapters = chapters
    self.allowsRawHTML = allowsRawHTML
  }
}
